"""`kg sparql`: statements split from piped input, dot commands, and a real pseudo-terminal session."""
from __future__ import annotations

import io
import os
import subprocess
import time
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query.console import Console, split_statements, statement_complete

from conftest import store_from_trig

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def mini(tmp_path_factory) -> Path:
    return store_from_trig(tmp_path_factory.mktemp("mini") / "store", DATA / "mini.trig")


def test_a_statement_ends_at_a_semicolon_outside_braces_or_a_blank_line():
    assert not statement_complete("SELECT ?n WHERE { ?p a foaf:Person ;")
    assert not statement_complete('SELECT ?n WHERE { ?p foaf:name "a } ;"')
    assert statement_complete("SELECT ?n WHERE { ?p foaf:name ?n } ;")
    text = "SELECT ?n WHERE {\n ?p a foaf:Person ;\n  foaf:name ?n } ;\n.format csv\nASK { ?s ?p ?o }\n\nASK {}"
    assert list(split_statements(io.StringIO(text))) == [
        "SELECT ?n WHERE {\n ?p a foaf:Person ;\n  foaf:name ?n } ;", ".format csv", "ASK { ?s ?p ?o }", "ASK {}"]


def run_console(mini: Path, text: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = Console(mini, out=out, err=err).batch(io.StringIO(text))
    return code, out.getvalue(), err.getvalue()


def test_piped_queries_and_commands(mini):
    code, out, err = run_console(mini, (
        "SELECT DISTINCT ?n WHERE {\n  ?p a foaf:Person ;\n     foaf:name ?n .\n} ORDER BY ?n LIMIT 2;\n"
        ".format csv\n"
        ".run award-results year=2023\n"
        ".format json\n"
        "ASK { ?s foaf:name 'Lyn Bacon' }\n\n"
        ".prefixes\n"))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[:5] == ["n", "-----------------", "Alastair McLellan", "Alex Norris", "(2 rows)"]
    assert "year,scheme,award,recipient,outcome,article" in lines
    assert any(line.startswith("2023,HSJ Awards,Place Based Partnership") for line in lines)
    assert '"boolean": true' in out.replace('"boolean":true', '"boolean": true')
    assert "PREFIX kg: <https://w3id.org/newskg/ontology#>" in lines


def test_errors_are_reported_and_the_console_goes_on(mini):
    code, out, err = run_console(mini, "SELECT * WHERE {\n ?s ?p }\n\nDROP ALL ;\n.nope\n.run award-results "
                                       "colour=red\nASK { ?s foaf:name 'Lyn Bacon' };\n.quit\nASK {};\n")
    assert code == 1
    assert "SPARQL syntax error at line 2" in err and " ?s ?p }\n" in err  # the line, with a caret under it
    assert "read-only" in err and "unknown command .nope" in err and "unknown parameter colour" in err
    assert out.splitlines() == ["true"]  # ASK after the errors ran; nothing ran after .quit


CLI = "import sys; from kg.cli import cli; sys.exit(cli())"


def test_kg_sparql_reads_standard_input(mini):
    done = subprocess.run([sys.executable, "-c", CLI, "sparql", "--store", str(mini), "-f", "csv"],
                          input="SELECT ?n WHERE { ?p foaf:name 'Lyn Bacon' , ?n } ;\n",
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["n", "Lyn Bacon"]


def test_interactive_console_in_a_pseudo_terminal(mini, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    history = tmp_path / "history"
    env = {**os.environ, "KG_HISTORY": str(history), "TERM": "dumb"}
    child = pexpect.spawn(sys.executable, ["-c", CLI, "sparql", "--store", str(mini)], env=env,
                          encoding="utf-8", timeout=20, dimensions=(40, 200))
    try:
        child.expect("kg> ")
        child.send("SELECT ?n WHERE {\r")  # Enter inside braces continues the statement
        child.send("  ?p foaf:name ?n ;\r")
        child.send("     a foaf:Person } ORDER BY ?n LIMIT 1 ;\r")
        child.expect(r"\(1 row\)")
        assert "Alastair McLellan" in child.before
        child.send(".run posts-at-organisation org=id:org/walsall-together\r")
        child.expect(r"\(1 row\)")
        assert "Michelle McManus" in child.before
        child.send("SELECT * WHERE { ?s ?p }\r\r")  # a blank line ends a statement too
        child.expect("line 1, column")
        child.send(".quit\r")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    saved = history.read_text()
    assert "+SELECT ?n WHERE {" in saved and "+.run posts-at-organisation" in saved  # history across runs


def largest_graph(store) -> tuple[str, int]:
    """The store's largest named graph and its quad count, by pyoxigraph itself."""
    sizes: dict[str, int] = {}
    for quad in ox.Store.read_only(str(store)):
        if isinstance(quad.graph_name, ox.NamedNode):
            sizes[quad.graph_name.value] = sizes.get(quad.graph_name.value, 0) + 1
    return max(sizes.items(), key=lambda kv: (kv[1], kv[0]))


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?q ?r ?s }"


def test_help_exit_quit_and_backslash_q_are_commands(mini):
    for leave in ("exit", "quit", "\\q", "QUIT;"):
        out, err = io.StringIO(), io.StringIO()
        console = Console(mini, out=out, err=err)
        code = console.batch(io.StringIO(f"help\n{leave}\nASK {{ ?s ?p ?o }} ;\n"))
        assert code == 0 and err.getvalue() == ""
        assert ".timeout S" in out.getvalue() and ".format FMT" in out.getvalue()
        assert "true" not in out.getvalue()  # nothing ran after leaving


def test_from_chooses_the_graph_in_the_console(mini):
    graph, size = largest_graph(mini)
    out, err = io.StringIO(), io.StringIO()
    console = Console(mini, fmt="csv", out=out, err=err)
    console.batch(io.StringIO(f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }} ;\n"
                              "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } ;\n"))
    assert err.getvalue() == ""
    one, union = [int(x) for x in out.getvalue().split() if x.isdigit()]
    assert one == size and union > one


def test_from_chooses_the_graph_in_kg_query(mini):
    graph, size = largest_graph(mini)
    done = subprocess.run([sys.executable, "-c", CLI, "query", "--store", str(mini), "-f", "csv", "-e",
                           f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.split() == ["n", str(size)]


def _interrupt_until(child, answer: str, tries: int = 5) -> None:
    """Ctrl-C, again if need be, until the console answers. prompt_toolkit gives the terminal back
    a moment before it gives back the interrupt signal's handler, so a Ctrl-C in that moment is
    lost (seen on a busy machine: the query then ran on); a user presses it again, and so do we."""
    import pexpect

    for _ in range(tries - 1):
        child.sendintr()
        if child.expect([answer, pexpect.TIMEOUT], timeout=10) == 0:  # (a loaded machine answers slowly)
            return
    child.sendintr()
    child.expect(answer)


def _wait_until_the_prompt_has_let_go(child, limit: float = 30.0) -> None:
    """Until the prompt has read the line and given the terminal back (echo on again): a Ctrl-C
    typed while the prompt still holds the terminal in raw mode is a keystroke it reads, not the
    signal that cancels a query, however long the query then runs. On a busy machine the prompt
    may hold it for seconds."""
    start = time.monotonic()
    raw_seen = False
    while time.monotonic() - start < limit:
        echo = child.getecho()
        raw_seen = raw_seen or not echo
        if raw_seen and echo:
            return
        if not raw_seen and time.monotonic() - start > 2.0:
            return  # the raw spell passed between two looks: the terminal is back already
        time.sleep(0.01)


def test_ctrl_c_cancels_the_query_and_keeps_the_console(mini, tmp_path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "KG_HISTORY": str(tmp_path / "history"), "TERM": "dumb"}
    child = pexpect.spawn(sys.executable, ["-c", CLI, "sparql", "--store", str(mini), "--timeout", "120"],
                          env=env, encoding="utf-8", timeout=20, dimensions=(40, 200))
    try:
        child.expect("kg> ")
        child.send(SLOW + " ;\r")
        _wait_until_the_prompt_has_let_go(child)
        time.sleep(1.0)
        _interrupt_until(child, "(?:query )?cancelled")  # (or while its worker was still starting)
        child.expect("kg> ")
        child.send("ASK { ?s a foaf:Person } ;\r")
        child.expect("true")
        child.send("help\r")
        child.expect(r"\.timeout S")
        child.send("exit\r")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0
