"""Network projections and analysis, on a hand-checked fixture and on the seeds' graph."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from click.testing import CliRunner

from kg.cli import cli
from kg.network.analysis import (NetworkError, analyze, analyze_graph, interlocking_people, load_network, project,
                                 read_graph_data, report)
from kg.rdf.store import StoreError
from kg.rdf.vocab import ANALYSIS_GRAPH, ID, sparql_prologue
from tests.conftest import store_from_trig

FIXTURE = Path(__file__).parent / "data" / "network_fixture.trig"
PERSON, ORG, AWARD = ID + "person/", ID + "org/", ID + "award/"
MCLELLAN, HSJ = PERSON + "alastair-mclellan", ORG + "health-service-journal"
WALSALL = ORG + "walsall-together"
PLACE_AWARD = AWARD + "place-based-partnership-and-integrated-care-award"
NOTTS_AWARD = AWARD + "improved-partnerships-between-health-and-local-government"
NOTTS = [ORG + "nottingham-city-council", ORG + "nottingham-city-clinical-commissioning-group",
         ORG + "nottingham-citycare-partnership"]


def load_fixture(path: Path) -> Path:
    return store_from_trig(path, FIXTURE)


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    """Read-only use only; tests that write copy it."""
    return load_fixture(tmp_path_factory.mktemp("netfx") / "store")


@pytest.fixture(scope="module")
def data(fixture_store):
    return read_graph_data(ox.Store.read_only(str(fixture_store)))


@pytest.fixture
def writable_store(fixture_store, tmp_path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(fixture_store, copy)
    return copy


# --- reading and projections ---------------------------------------------------------------------
def test_entities_have_kind_label_and_first_seen(data):
    walsall = data.entities[WALSALL]
    assert (walsall.kind, walsall.label) == ("partnership", "Walsall Together")
    assert data.entities[MCLELLAN].kind == "person" and data.entities[MCLELLAN].articles == 2
    assert data.entities[NOTTS[0]].org_type == "LocalAuthority"
    # the Nottingham article is undated: the 2016 award year gives its organisations a time
    assert data.entities[NOTTS[0]].first_seen == "2016-01-01"
    # a dated article: McManus first seen on its publication date
    assert data.entities[PERSON + "michelle-mcmanus"].first_seen == "2023-11-21"
    assert data.entities[PLACE_AWARD].first_seen == "2023-01-01"  # award year before the article date


def test_entity_projection_edges_are_weighted_by_facts(data):
    G = project(data, "entity")
    assert set(nx.get_node_attributes(G, "kind").values()) == {
        "person", "organisation", "partnership", "award", "initiative", "place"}
    edge = G.edges[WALSALL, PLACE_AWARD]
    assert (edge["relation"], edge["weight"], edge["articles"]) == ("award", 1, 1)
    assert "won 2023" in edge["label"]
    # McLellan is Editor at the HSJ in both award articles: two facts, two articles
    mc = G.edges[MCLELLAN, HSJ]
    assert (mc["relation"], mc["weight"], mc["articles"]) == ("post", 2, 2)
    # both awards are conferred by the HSJ, which therefore joins the two stories
    assert G.has_edge(NOTTS_AWARD, HSJ) and G.has_edge(PLACE_AWARD, HSJ)
    assert G.edges[ORG + "walsall-council", WALSALL]["relation"] == "partnership"
    assert G.edges[NOTTS[0], ID + "place/nottingham"]["relation"] == "area-served"
    assert G.edges[ID + "initiative/nottingham-integrated-care-programme", NOTTS[0]]["relation"] == "led-by"


def test_people_orgs_projection_is_bipartite_by_posts(data):
    G = project(data, "people-orgs")
    assert nx.is_bipartite(G)
    assert {G.nodes[n]["bipartite"] for n in G} == {0, 1}
    assert set(G[PERSON + "priya-shah"]) == {ORG + "walsall-healthcare-nhs-trust", ORG + "nottingham-citycare-partnership"}
    assert G.edges[PERSON + "michelle-mcmanus", WALSALL]["label"].startswith("director of transformation")
    assert all(G.nodes[n]["kind"] != "award" for n in G)


def test_org_org_projection_links_shared_partnerships_awards_and_people(data):
    G = project(data, "org-org")
    assert all(G.nodes[n]["kind"] in ("organisation", "partnership") for n in G)
    council, ccg, citycare = NOTTS
    # one unnamed partnership and one award shared: weight 2, both relations named
    assert G.edges[council, ccg]["weight"] == 2
    assert G.edges[council, ccg]["relation"] == "award;partnership"
    # Priya Shah's two posts tie a Walsall trust to a Nottingham provider
    assert G.edges[citycare, ORG + "walsall-healthcare-nhs-trust"]["relation"] == "post"
    # winner and later shortlisted entrant of the same award category
    assert G.edges[WALSALL, ORG + "walsall-healthcare-nhs-trust"]["relation"] == "award"
    assert G.edges[WALSALL, ORG + "walsall-healthcare-nhs-trust"]["articles"] == 2


def test_unknown_projection_is_a_user_error(data):
    with pytest.raises(NetworkError, match="unknown projection 'people'"):
        project(data, "people")


# --- analysis ------------------------------------------------------------------------------------
def test_analysis_finds_brokers_interlocks_and_communities(data):
    analysis = analyze_graph(project(data, "entity"), data)
    brokers = [n for n, _ in analysis.brokers(5)]
    assert HSJ in brokers  # the bridge between the Walsall and Nottingham stories
    assert [p["label"] for p in analysis.interlocks] == ["Priya Shah"]
    assert len(analysis.components) == 1
    community = {n: m["community"] for n, m in analysis.metrics.items()}
    assert community[WALSALL] == community[ORG + "walsall-council"]
    assert community[WALSALL] != community[NOTTS[1]]
    assert analysis.metrics[MCLELLAN]["degree"] == 1 and analysis.metrics[MCLELLAN]["betweenness"] == 0
    assert abs(sum(m["pagerank"] for m in analysis.metrics.values()) - 1) < 1e-6


def test_analysis_repeats_exactly(data):
    first = analyze_graph(project(data, "entity"), data)
    second = analyze_graph(project(data, "entity"), data)
    assert first.communities == second.communities
    assert first.metrics == second.metrics


def test_sampled_centralities_track_exact_ones(monkeypatch):
    """Large graphs use sampled sources; on a small graph forced to sample, the ranking holds."""
    import kg.network.analysis as network

    G = nx.relabel_nodes(nx.barbell_graph(30, 4), str)
    nx.set_node_attributes(G, "x", "kind")
    nx.set_edge_attributes(G, 1, "weight")
    exact = analyze_graph(G.copy())
    monkeypatch.setattr(network, "EXACT_LIMIT", 10)
    monkeypatch.setattr(network, "SAMPLE_SIZE", 40)
    sampled = analyze_graph(G.copy())
    assert sampled.sampled and not exact.sampled
    bridge = {n for n, _ in exact.top("betweenness", 6)}  # the path and the two nodes it joins
    assert {n for n, _ in sampled.top("betweenness", 4)} <= bridge
    for n in G:
        assert sampled.metrics[n]["closeness"] == pytest.approx(exact.metrics[n]["closeness"], rel=0.1)


def test_interlocking_people_need_two_organisations(data):
    found = interlocking_people(data)
    assert [(p["label"], [o["label"] for o in p["organisations"]]) for p in found] == [
        ("Priya Shah", ["Nottingham CityCare Partnership", "Walsall Healthcare NHS Trust"])]


def test_report_is_json_ready(data):
    r = report(analyze_graph(project(data, "entity"), data), top=3)
    text = json.dumps(r)
    assert r["nodes"] == 19 and len(r["top"]["pagerank"]) == 3
    assert "Priya Shah" in text and r["components"]["count"] == 1


# --- writing the analysis graph --------------------------------------------------------------------
def _analysis_rows(path: Path) -> dict[tuple[str, str], ox.Literal]:
    store = ox.Store.read_only(str(path))
    return {(q.subject.value, q.predicate.value.rsplit("#", 1)[-1]): q.object
            for q in store.quads_for_pattern(None, None, None, ANALYSIS_GRAPH)}


def test_analyze_writes_typed_metrics_into_the_analysis_graph(writable_store):
    analyze(writable_store, "entity")
    rows = _analysis_rows(writable_store)
    assert rows[(HSJ, "degree")].datatype.value.endswith("#integer")
    assert rows[(HSJ, "betweenness")].datatype.value.endswith("#double")
    assert float(rows[(HSJ, "betweenness")].value) > 0
    assert {p for _, p in rows} == {"degree", "weightedDegree", "betweenness", "pagerank", "closeness", "community"}
    # saved queries can rank by them over the union graph
    store = ox.Store.read_only(str(writable_store))
    top = list(store.query(sparql_prologue() + """
        SELECT ?name WHERE { ?o skos:prefLabel ?name ; kg:betweenness ?b } ORDER BY DESC(?b) LIMIT 3""",
                           use_default_graph_as_union=True))
    assert "Health Service Journal" in [r["name"].value for r in top]


def test_analyze_replaces_the_whole_analysis_graph(writable_store):
    analyze(writable_store, "entity")
    analyze(writable_store, "org-org")
    subjects = {s for s, _ in _analysis_rows(writable_store)}
    assert MCLELLAN not in subjects  # people are not in the org-org network
    assert WALSALL in subjects


def test_no_write_leaves_the_store_alone(writable_store):
    analyze(writable_store, "entity", write=False)
    assert _analysis_rows(writable_store) == {}


def test_locked_store_gives_the_store_error(writable_store):
    holder = ox.Store(str(writable_store))
    try:
        with pytest.raises(StoreError, match="in use by another kg process"):
            analyze(writable_store, "entity")
        analyze(writable_store, "entity", write=False)  # reading still works
    finally:
        del holder


def test_missing_or_empty_store_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        analyze(tmp_path / "nothing", "entity")
    assert not (tmp_path / "nothing").exists()
    ox.Store(str(tmp_path / "empty")).flush()
    with pytest.raises(NetworkError, match="kg build"):
        load_network(tmp_path / "empty")


# --- the command line -----------------------------------------------------------------------------
def test_cli_analyze_report_and_json(writable_store):
    runner = CliRunner()
    result = runner.invoke(cli, ["analyze", "--store", str(writable_store), "--top", "3"])
    assert result.exit_code == 0, result.output
    assert "brokers" in result.output and "Priya Shah: Nottingham CityCare Partnership" in result.output
    assert "written to the analysis graph" in result.output
    result = runner.invoke(cli, ["analyze", "--store", str(writable_store), "--projection", "org-org",
                                 "--json", "--no-write"])
    assert result.exit_code == 0, result.output
    parsed = json.loads(result.output)
    assert parsed["projection"] == "org-org" and parsed["written"] is False


def test_cli_analyze_locked_store_is_one_line_error(writable_store):
    holder = ox.Store(str(writable_store))
    try:
        result = CliRunner().invoke(cli, ["analyze", "--store", str(writable_store)])
    finally:
        del holder
    assert result.exit_code == 1
    assert result.output.startswith("Error: the store at") and "Traceback" not in result.output


# --- the seeds' graph (needs posts, partnerships and awards from extraction) ------------------------
@pytest.fixture(scope="module")
def seeds(seeds_store):
    return load_network(seeds_store, "entity")


def test_seeds_mclellan_is_quoted_in_both_award_articles(seeds):
    data, G = seeds
    assert data.entities[MCLELLAN].articles == 2
    assert G.has_edge(MCLELLAN, HSJ), "Alastair McLellan, editor of the Health Service Journal"
    assert G.edges[MCLELLAN, HSJ]["articles"] == 2


def test_seeds_walsall_together_won_its_award(seeds):
    _, G = seeds
    assert G.has_edge(WALSALL, PLACE_AWARD)
    assert "award" in G.edges[WALSALL, PLACE_AWARD]["relation"]
    assert G.nodes[WALSALL]["kind"] == "partnership"
    assert G.has_edge(PERSON + "michelle-mcmanus", WALSALL)


def test_seeds_hsj_links_the_two_award_stories(seeds):
    data, G = seeds
    assert nx.has_path(G, WALSALL, NOTTS[0])
    analysis = analyze_graph(G, data)
    assert HSJ in [n for n, _ in analysis.brokers(10)]


def test_seeds_nottingham_partners_share_partnership_and_award(seeds_store):
    """The council and the CCG share a partnership and the award; CityCare shares the award with
    each (the shipped scorer keeps no pair with it: see test_extract.py)."""
    _, G = load_network(seeds_store, "org-org")
    assert {"award", "partnership"} <= set(G.edges[NOTTS[0], NOTTS[1]]["relation"].split(";"))
    for a, b in [(NOTTS[0], NOTTS[2]), (NOTTS[1], NOTTS[2])]:
        assert G.has_edge(a, b)
        assert "award" in G.edges[a, b]["relation"].split(";")
