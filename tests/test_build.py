"""The build pipeline: idempotent, incremental, safe to interrupt; export round trips; stats."""
from __future__ import annotations

import gc
import importlib
import json
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.pipeline import BuildReport
from kg.cli import cli
from kg.rdf.export import export_rdf
from kg.stats import KIND_CLASSES, store_stats
from kg.rdf.store import isomorphic
from kg.rdf.vocab import ENTITIES_GRAPH, ONTOLOGY_GRAPH, PREFIXES, USER_PREFIXES

from conftest import SEEDS

DATA = Path(__file__).resolve().parent / "data"
FIXTURE = DATA / "build_fixture.trig"
build_module = importlib.import_module("kg.pipeline")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


# --- helpers ---------------------------------------------------------------------------------
def quads(store_path: Path) -> set[ox.Quad]:
    return set(ox.Store.read_only(str(store_path)))


def same_quads(a, b) -> bool:
    """Equal up to blank-node names: the ontology's blank nodes are named afresh by every
    store and every parser."""
    return isomorphic(a, b)


def as_quads(triples) -> set[ox.Quad]:
    return {ox.Quad(t.subject, t.predicate, t.object) for t in triples}


def graphs(store_path: Path) -> dict[str, set[ox.Quad]]:
    """graph IRI -> its quads."""
    out: dict[str, set[ox.Quad]] = defaultdict(set)
    for q in quads(store_path):
        out[q.graph_name.value].add(q)
    return dict(out)


def graph_of(store_path: Path, source: Path) -> set[ox.Quad]:
    """The quads of the article read from `source`."""
    source_lit = ox.Literal(label(source))
    (graph,) = {q.graph_name for q in quads(store_path) if q.object == source_lit}
    return {q for q in quads(store_path) if q.graph_name == graph}


def copy_seeds(tmp_path: Path) -> tuple[Path, list[Path]]:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder, sorted(folder.glob("*.txt"))


def label(path: Path) -> str:
    """How the graph and the report name a file read from a folder: folder name, then file."""
    return f"{path.parent.name}/{path.name}"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build(*args, **kwargs) -> BuildReport:
    return build_module.build(*args, processes=1, **kwargs)


def release_store() -> None:
    """Close stores still referenced by a failed build's traceback, releasing the write lock."""
    gc.collect()


@pytest.fixture
def fixture_store(tmp_path) -> Path:
    path = tmp_path / "fixture-store"
    store = ox.Store(str(path))
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return path


# --- idempotence and incremental builds ---------------------------------------------------------
def test_two_builds_of_the_same_input_give_identical_quads(tmp_path, seeds_store):
    again = tmp_path / "again"
    report = build([SEEDS], again)
    assert len(report.added) == 5 and report.skipped == []
    assert same_quads(quads(again), quads(seeds_store))
    article_quads = lambda path: {q for q in quads(path) if q.graph_name != ONTOLOGY_GRAPH}  # noqa: E731
    assert article_quads(again) == article_quads(seeds_store)


def test_rebuilding_the_same_store_changes_nothing(tmp_path):
    folder, _ = copy_seeds(tmp_path)
    store = tmp_path / "store"
    build(folder, store)
    before = quads(store)
    report = build(folder, store)
    assert (report.added, report.updated, report.pruned) == ([], [], [])
    assert len(report.unchanged) == 5
    assert report.words == 0 and report.triples == 0
    assert quads(store) == before


def test_editing_one_article_replaces_only_its_graph(tmp_path):
    folder, files = copy_seeds(tmp_path)
    store = tmp_path / "store"
    build(folder, store)
    before = graphs(store)
    edit(files[4], "for its work to improve outcomes for the Citizens of Walsall.",
         "for its work with Walsall Healthcare NHS Trust and Walsall Council to improve outcomes for residents.")

    report = build(folder, store)
    assert report.updated == [label(files[4])]
    assert sorted(report.unchanged) == sorted(label(f) for f in files[:4])
    after = graphs(store)
    # the edited text is a new article (identity is content) that replaces the old one
    (old,) = before.keys() - after.keys()
    (new,) = after.keys() - before.keys()
    assert all(after[g] == before[g] for g in before.keys() & after.keys() - {ENTITIES_GRAPH.value})
    assert graph_of(store, files[4]) == after[new]
    new_hash = {q.object.value for q in after[new] if q.predicate.value.endswith("#contentHash")}
    old_hash = {q.object.value for q in before[old] if q.predicate.value.endswith("#contentHash")}
    assert new_hash != old_hash


def test_prune_drops_only_the_deleted_articles_graph(tmp_path):
    folder, files = copy_seeds(tmp_path)
    store = tmp_path / "store"
    build(folder, store)
    before = graphs(store)
    gone = graph_of(store, files[1])
    files[1].unlink()

    kept = build(folder, store)  # without --prune the article stays
    assert kept.pruned == [] and graphs(store) == before

    report = build(folder, store, prune=True)
    assert report.pruned == [label(files[1])]
    after = graphs(store)
    (dropped,) = before.keys() - after.keys()
    assert before[dropped] == gone
    assert all(after[g] == before[g] for g in after if g != ENTITIES_GRAPH.value)
    # what only the dropped article supported is gone from the shared graph: it is exactly
    # the shared graph of a store built from the remaining articles alone
    clean = tmp_path / "clean"
    build(folder, clean)
    assert after[ENTITIES_GRAPH.value] == graphs(clean)[ENTITIES_GRAPH.value]
    assert after[ENTITIES_GRAPH.value] != before[ENTITIES_GRAPH.value]


def test_force_re_extracts_every_article_to_the_same_graph(tmp_path):
    folder, _ = copy_seeds(tmp_path)
    store = tmp_path / "store"
    build(folder, store)
    before = quads(store)
    report = build(folder, store, force=True)
    assert len(report.updated) == 5 and report.unchanged == []
    assert report.words > 0
    assert quads(store) == before


def test_cli_reports_unchanged_on_second_build(tmp_path):
    folder, _ = copy_seeds(tmp_path)
    store = tmp_path / "store"
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(folder), "--store", str(store)])
    second = runner.invoke(cli, ["build", str(folder), "--store", str(store)])
    assert first.exit_code == second.exit_code == 0
    assert first.stdout.startswith("5 added, 0 updated, 0 unchanged, 0 pruned, 0 skipped;")
    assert second.stdout.startswith("0 added, 0 updated, 5 unchanged, 0 pruned, 0 skipped;")


# --- interruption ----------------------------------------------------------------------------------
def edit_all(files: list[Path]) -> None:
    for f in files:
        f.write_text(f.read_text(encoding="utf-8") + "\nThe council said more would follow next year.\n",
                     encoding="utf-8")


def test_build_failing_part_way_leaves_every_graph_whole(tmp_path, monkeypatch):
    folder, files = copy_seeds(tmp_path)
    store = tmp_path / "store"
    build(folder, store)
    before = {f: graph_of(store, f) for f in files}
    edit_all(files)

    real = build_module.write_articles
    calls = []

    def fail_on_third(*args):
        calls.append(1)  # not the args: a reference to the store would keep it locked
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        real(*args)

    monkeypatch.setattr(build_module, "write_articles", fail_on_third)
    try:
        build(folder, store, batch_size=1)  # one article per transaction
    except RuntimeError as e:
        assert str(e) == "disk on fire"
    else:
        pytest.fail("the build should have failed")
    release_store()
    monkeypatch.undo()

    for f in files[:2]:
        assert graph_of(store, f) != before[f]  # rebuilt completely
    for f in files[2:]:
        assert graph_of(store, f) == before[f]  # untouched, not half-written

    report = build(folder, store)
    assert sorted(report.updated) == sorted(label(f) for f in files[2:])
    assert sorted(report.unchanged) == sorted(label(f) for f in files[:2])
    clean = tmp_path / "clean"
    build(folder, clean)
    assert same_quads(quads(store), quads(clean))


KILL_ON_THIRD_WRITE = """
import importlib, os, signal, sys
build_module = importlib.import_module("kg.pipeline")
real = build_module.write_articles
calls = []
def kill_on_third(*args):
    calls.append(1)
    if len(calls) == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    real(*args)
build_module.write_articles = kill_on_third
build_module.build([sys.argv[1]], sys.argv[2], processes=1, batch_size=1)
"""


def test_build_killed_part_way_recovers(tmp_path):
    folder, files = copy_seeds(tmp_path)
    store = tmp_path / "store"
    build(folder, store)
    before = {f: graph_of(store, f) for f in files}
    edit_all(files)

    proc = subprocess.run([sys.executable, "-c", KILL_ON_THIRD_WRITE, str(folder), str(store)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr

    for f in files[:2]:
        assert graph_of(store, f) != before[f]
    for f in files[2:]:
        assert graph_of(store, f) == before[f]
    report = build(folder, store)
    assert len(report.updated) == 3 and len(report.unchanged) == 2


# --- the Python API ------------------------------------------------------------------------------------
def test_python_api_from_a_notebook(tmp_path, monkeypatch):
    folder, files = copy_seeds(tmp_path)
    monkeypatch.chdir(tmp_path)
    from kg import build as kg_build

    report = kg_build("articles", "my-store")  # one path as a plain string
    assert isinstance(report, BuildReport)
    assert sorted(report.added) == sorted(label(f) for f in files)  # relative to the folder given, never absolute
    assert report.words == sum(len(f.read_text(encoding="utf-8").split()) for f in files)
    by_graph = graphs(tmp_path / "my-store")  # report.triples: the article graphs' triples
    assert report.triples == len(quads(tmp_path / "my-store")) - len(by_graph[ONTOLOGY_GRAPH.value]) \
        - len(by_graph[ENTITIES_GRAPH.value])
    assert report.words_per_second > 0


def test_python_api_reports_unreadable_input_without_creating_a_store(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    report = build([tmp_path / "empty.txt", tmp_path / "missing.md"], tmp_path / "store")
    assert [s.path for s in report.skipped] == [str(tmp_path / "empty.txt"), str(tmp_path / "missing.md")]
    assert report.added == [] and not (tmp_path / "store").exists()


# --- export ---------------------------------------------------------------------------------------------
def parse_export(path: Path, fmt: str) -> set:
    if fmt == "jsonld":  # via rdflib, back to N-Quads, so terms compare as pyoxigraph's
        ds = rdflib.Dataset()
        ds.parse(str(path), format="json-ld")
        nq = ds.serialize(format="nquads")
        return set(ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    fmt_ = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
            "trig": ox.RdfFormat.TRIG}[fmt]
    return set(ox.parse(path=str(path), format=fmt_))


@pytest.mark.parametrize("fmt", ["nq", "trig", "jsonld"])
@pytest.mark.parametrize("which", ["fixture", "seeds"])
def test_quad_formats_round_trip_with_named_graphs(tmp_path, fixture_store, seeds_store, fmt, which):
    store = fixture_store if which == "fixture" else seeds_store
    out = tmp_path / f"graph.{fmt}"
    export_rdf(store, fmt, out)
    back = parse_export(out, fmt)
    assert same_quads(back, quads(store))
    assert {q.graph_name for q in back if isinstance(q.graph_name, ox.NamedNode)} == \
        {q.graph_name for q in quads(store)}


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
@pytest.mark.parametrize("which", ["fixture", "seeds"])
def test_triple_formats_round_trip_as_the_union(tmp_path, fixture_store, seeds_store, fmt, which):
    store = fixture_store if which == "fixture" else seeds_store
    out = tmp_path / f"graph.{fmt}"
    export_rdf(store, fmt, out)
    back = parse_export(out, fmt)
    assert same_quads(back, as_quads(quads(store)))


def test_turtle_and_trig_use_the_prefixes(tmp_path, fixture_store):
    for fmt in ("ttl", "trig"):
        out = tmp_path / f"graph.{fmt}"
        export_rdf(fixture_store, fmt, out)
        text = out.read_text(encoding="utf-8")
        for prefix in ("kgorg", "kgperson", "kg", "org", "foaf", "schema", "skos", "prov", "dcterms"):
            assert f"@prefix {prefix}: <{USER_PREFIXES[prefix]}> ." in text
        assert "org:Membership" in text
        assert text.count("<https://w3id.org/newskg/ontology#") == 1  # only in its @prefix line


def test_cli_export_to_standard_output(fixture_store):
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "nq"])
    assert result.exit_code == 0
    assert same_quads(ox.parse(result.stdout_bytes, format=ox.RdfFormat.N_QUADS), quads(fixture_store))


def test_cli_export_to_unwritable_path_is_a_one_line_error(tmp_path, fixture_store):
    out = tmp_path / "no-such-folder" / "graph.ttl"
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "ttl", "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: cannot write {out}: No such file or directory\n"


# --- stats ------------------------------------------------------------------------------------------------
def counted(store_path: Path) -> tuple[dict[str, int], dict[str, dict[str, int]]]:
    """Totals of typed instances, and per article graph the instances it mentions (kg:Mention
    with kg:statedType) or attests (kg:attests a fact of that type), counted in Python from the quads."""
    kg = PREFIXES["kg"]
    curie = {cls: ox.NamedNode(PREFIXES[cls.split(":")[0]] + cls.split(":")[1]) for cls in KIND_CLASSES.values()}
    all_quads = quads(store_path)
    types: dict[ox.NamedNode, set] = defaultdict(set)
    for q in all_quads:
        if q.predicate == RDF_TYPE:
            types[q.subject].add(q.object)
    stated: dict[tuple, set] = defaultdict(set)  # (graph, mention) -> stated types
    about: dict[tuple, ox.NamedNode] = {}  # (graph, mention or attestation) -> entity or fact
    for q in all_quads:
        key = (q.graph_name.value, q.subject)
        if q.predicate.value == kg + "statedType":
            stated[key].add(q.object)
        elif q.predicate.value in (kg + "mentionOf", kg + "attests"):
            about[key] = q.object
    totals = {kind: sum(curie[cls] in t for t in types.values()) for kind, cls in KIND_CLASSES.items()}
    per_graph: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for (graph, node), target in about.items():
        node_types = stated[(graph, node)] if (graph, node) in stated else types[target]
        for kind, cls in KIND_CLASSES.items():
            if curie[cls] in node_types:
                per_graph[graph][kind].add(target)
    return totals, {g: {k: len(v) for k, v in kinds.items()} for g, kinds in per_graph.items()}


def test_stats_of_the_fixture(fixture_store):
    result = store_stats(fixture_store)
    assert result["totals"] == {"articles": 2, "people": 3, "organisations": 6, "partnerships": 2, "posts": 3,
                                "award results": 2, "awards": 2, "quotations": 2, "initiatives": 1, "places": 2}
    assert result["organisation_kinds"] == {"OrganizationalCollaboration": 2, "LocalAuthority": 1,
                                            "ClinicalCommissioningGroup": 1, "NHSTrust": 1, "MediaOrganisation": 1}
    rows = {r["source"]: {k: r[k] for k in ("people", "organisations", "posts", "awards")} for r in result["articles"]}
    assert rows == {"nottingham.txt": {"people": 1, "organisations": 4, "posts": 1, "awards": 1},
                    "walsall.txt": {"people": 2, "organisations": 2, "posts": 2, "awards": 1}}


@pytest.mark.parametrize("which", ["fixture", "seeds"])
def test_stats_match_the_store(fixture_store, seeds_store, which):
    store = fixture_store if which == "fixture" else seeds_store
    result = store_stats(store)
    totals, per_graph = counted(store)
    assert result["totals"] == totals
    assert len(result["articles"]) == totals["articles"]
    for row in result["articles"]:
        kinds = per_graph[row["article"]]
        assert (row["people"], row["organisations"], row["posts"], row["awards"]) == (
            kinds.get("people", 0), kinds.get("organisations", 0), kinds.get("posts", 0),
            kinds.get("award results", 0))


def test_cli_stats_json(fixture_store):
    result = CliRunner().invoke(cli, ["stats", "--store", str(fixture_store), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == store_stats(fixture_store)


# --- the seeds' facts (from tests/gold/seeds; these need the full extractor) ----------------------------------
def test_seeds_store_holds_the_gold_award_results_and_posts(seeds_store, seed_gold):
    rows = {Path(r["source"]).name: r for r in store_stats(seeds_store)["articles"]}
    for gold in seed_gold.values():
        row = rows[gold["source"]]
        if gold["awards"]:
            assert row["awards"] >= 1, gold["source"]
        if any(p.get("roles") for p in gold["people"]):
            assert row["posts"] >= 1, gold["source"]
    totals = store_stats(seeds_store)["totals"]
    assert totals["partnerships"] >= 2 and totals["quotations"] >= 2
