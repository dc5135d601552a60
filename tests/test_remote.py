"""kg against a remote SPARQL 1.1 store: `oxigraph serve` (the PyPI `oxigraph` package) on a
loopback port, built and queried over HTTP, holding exactly the quads of an embedded build."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KGError
from kg.pipeline import build
from kg.rdf.store import open_store
from kg.rdf.vocab import ONTOLOGY_GRAPH

from conftest import SEEDS

OXIGRAPH = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(OXIGRAPH is None, reason="the oxigraph server (pip install oxigraph) is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "server-data"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def named_graph_quads(store) -> set[ox.Quad]:
    """Every quad outside the ontology graph (whose blank nodes are named afresh on each load)."""
    return {q for q in store.quads_for_pattern(None, None, None, None)
            if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != ONTOLOGY_GRAPH}


def test_a_remote_build_holds_exactly_the_quads_of_an_embedded_build(tmp_path, server, seeds_store):
    report = build([SEEDS], server, processes=1)
    assert len(report.added) == 5
    remote = named_graph_quads(open_store(server, read_only=True))
    embedded = named_graph_quads(ox.Store.read_only(str(seeds_store)))
    assert len(embedded) > 500 and remote == embedded
    again = build([SEEDS], server, processes=1)  # idempotent: nothing to redo, nothing changes
    assert len(again.unchanged) == 5
    assert named_graph_quads(open_store(server, read_only=True)) == embedded


def test_saved_queries_and_stats_run_against_the_remote_store(server):
    build([SEEDS], server, processes=1)
    runner = CliRunner()
    result = runner.invoke(cli, ["query", "interlocks", "--store", server, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert "Richard Spearing" in result.output
    stats = runner.invoke(cli, ["stats", "--store", server, "--json"])
    assert stats.exit_code == 0, stats.output


def test_an_unreachable_store_is_one_clear_error():
    port = free_port()  # nothing listens there
    with pytest.raises(KGError, match=f"the SPARQL store at http://127.0.0.1:{port} failed"):
        open_store(f"http://127.0.0.1:{port}")
    result = CliRunner().invoke(cli, ["stats", "--store", f"http://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: the SPARQL store at") and result.output.count("\n") == 1


def test_endpoints_can_be_set_one_by_one(server, monkeypatch):
    for name in ("KG_QUERY_ENDPOINT", "KG_UPDATE_ENDPOINT", "KG_GSP_ENDPOINT"):
        monkeypatch.setenv(name, "")  # the command sets them; they are unset again after the test
    build([SEEDS], server, processes=1)
    runner = CliRunner()
    ok = runner.invoke(cli, ["--query-endpoint", f"{server}/query", "stats", "--store", "http://127.0.0.1:9/nowhere"])
    assert ok.exit_code == 0, ok.output
    wrong = runner.invoke(cli, ["--query-endpoint", f"{server}/no-such-endpoint", "stats", "--store", server])
    assert wrong.exit_code == 1 and "404" in wrong.output
