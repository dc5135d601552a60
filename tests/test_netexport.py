"""GEXF, GraphML and CSV exports: schema-valid, readable back, attributes intact."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from click.testing import CliRunner
from lxml import etree

from kg.cli import cli
from kg.network.export import export_network
from kg.network.analysis import PROJECTIONS, NetworkError
from kg.rdf.vocab import ID
from tests.conftest import store_from_trig

FIXTURE = Path(__file__).parent / "data" / "network_fixture.trig"
GEXF_XSD = Path(__file__).parent / "schemas" / "gexf-1.3" / "gexf.xsd"
WALSALL = ID + "org/walsall-together"
HSJ = ID + "org/health-service-journal"
PLACE_AWARD = ID + "award/place-based-partnership-and-integrated-care-award"
GEXF = "{http://gexf.net/1.3}"


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    return store_from_trig(tmp_path_factory.mktemp("netexport") / "store", FIXTURE)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(file=str(GEXF_XSD))


def assert_valid(schema: etree.XMLSchema, path: Path) -> etree._ElementTree:
    doc = etree.parse(str(path))
    assert schema.validate(doc), "\n".join(str(e) for e in schema.error_log)
    return doc


# --- GEXF ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("projection", PROJECTIONS)
def test_gexf_validates_against_the_official_schema(fixture_store, schema, tmp_path, projection):
    out = tmp_path / f"{projection}.gexf"
    export_network(fixture_store, "gexf", out, projection=projection)
    assert_valid(schema, out)


def test_seeds_gexf_validates(seeds_store, schema, tmp_path):
    out = tmp_path / "seeds.gexf"
    export_network(seeds_store, "gexf", out)
    assert_valid(schema, out)


def test_gexf_reads_back_with_attributes(fixture_store, tmp_path):
    out = tmp_path / "g.gexf"
    export_network(fixture_store, "gexf", out)
    G = nx.read_gexf(str(out))
    assert (G.number_of_nodes(), G.number_of_edges()) == (19, 26)
    walsall = G.nodes[WALSALL]
    assert walsall["label"] == "Walsall Together" and walsall["kind"] == "partnership"
    assert isinstance(walsall["pagerank"], float) and isinstance(walsall["community"], int)
    assert walsall["degree"] == 5
    assert walsall["start"] == "2023-01-01"  # the award year: Gephi's timeline start
    edge = G.edges[WALSALL, PLACE_AWARD]
    assert edge["weight"] == 1 and edge["relation"] == "award" and edge["articles"] == 1


def test_gexf_has_timeline_colours_and_sizes(fixture_store, tmp_path):
    out = tmp_path / "g.gexf"
    export_network(fixture_store, "gexf", out)
    root = etree.parse(str(out)).getroot()
    graph = root.find(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    assert graph.get("name") is None
    nodes = {n.get("id"): n for n in root.iter(f"{GEXF}node")}
    colours = {(c.get("r"), c.get("g"), c.get("b")) for n in nodes.values() for c in n.iter(f"{GEXF}color")}
    assert len(colours) == 6  # one per kind
    sizes = {n_id: float(n.find(f"{GEXF}size").get("value")) for n_id, n in nodes.items()}
    assert sizes[WALSALL] > sizes[ID + "person/alastair-mclellan"]  # sized by PageRank
    # an edge never starts before its nodes: McManus (2023-11-21) joins Walsall Together (2023-01-01)
    starts = [e.get("start") for e in root.iter(f"{GEXF}edge")
              if {e.get("source"), e.get("target")} == {ID + "person/michelle-mcmanus", WALSALL}]
    assert starts == ["2023-11-21"]


def test_gexf_to_stdout_when_no_output(fixture_store, schema, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "gexf",
                                      "--projection", "org-org"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "stdout.gexf"
    path.write_bytes(result.stdout_bytes)
    assert_valid(schema, path)


# --- GraphML ---------------------------------------------------------------------------------------
def test_graphml_reads_back_with_typed_attributes(fixture_store, tmp_path):
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(str(out))
    assert (G.number_of_nodes(), G.number_of_edges()) == (19, 26)
    hsj = G.nodes[HSJ]
    assert hsj["label"] == "Health Service Journal" and hsj["org_type"] == "MediaOrganisation"
    assert isinstance(hsj["betweenness"], float) and hsj["betweenness"] > 0
    assert isinstance(hsj["degree"], int) and hsj["color"].startswith("#")
    edge = G.edges[ID + "person/alastair-mclellan", HSJ]
    assert (edge["weight"], edge["articles"], edge["relation"]) == (2, 2, "post")


def test_graphml_people_orgs_keeps_bipartite_sets(fixture_store, tmp_path):
    out = tmp_path / "po.graphml"
    export_network(fixture_store, "graphml", out, projection="people-orgs")
    G = nx.read_graphml(str(out))
    assert {d["bipartite"] for _, d in G.nodes(data=True)} == {0, 1}


# --- CSV ------------------------------------------------------------------------------------------
def test_csv_folder_in_gephi_spreadsheet_layout(fixture_store, tmp_path):
    out = tmp_path / "csv"
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    with open(out / "nodes.csv", newline="", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(out / "edges.csv", newline="", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert list(nodes[0])[:3] == ["Id", "Label", "iri"]
    assert list(edges[0])[:4] == ["Source", "Target", "Type", "Weight"]
    assert len(nodes) == 19 and len(edges) == 26
    walsall = next(n for n in nodes if n["Id"] == WALSALL)
    assert walsall["kind"] == "partnership" and walsall["community"].isdigit()
    assert {e["Type"] for e in edges} == {"Undirected"}
    node_ids = {n["Id"] for n in nodes}
    assert all(e["Source"] in node_ids and e["Target"] in node_ids for e in edges)


def test_csv_needs_an_output_folder(fixture_store):
    with pytest.raises(NetworkError, match="-o FOLDER"):
        export_network(fixture_store, "csv", None)
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "csv"])
    assert result.exit_code == 1 and result.output.startswith("Error: csv export writes a folder")


def test_csv_onto_a_file_is_a_clear_error(fixture_store, tmp_path):
    target = tmp_path / "taken"
    target.write_text("x")
    with pytest.raises(NetworkError, match="is a file"):
        export_network(fixture_store, "csv", target)


def test_unknown_projection_is_one_line_error(fixture_store):
    result = CliRunner().invoke(cli, ["export", "--store", str(fixture_store), "--format", "gexf",
                                      "--projection", "nope"])
    assert result.exit_code == 1 and "unknown projection 'nope'" in result.output


# --- hostile text --------------------------------------------------------------------------------
HOSTILE = "Trafford\x01 Council\x0b <!--<script> & \ufffe\"quoted\""


@pytest.fixture(scope="module")
def hostile_store(fixture_store, tmp_path_factory) -> Path:
    """The fixture with an organisation whose name holds control characters and markup."""
    import shutil

    path = tmp_path_factory.mktemp("hostile") / "store"
    shutil.copytree(fixture_store, path)
    store = ox.Store(str(path))
    label = HOSTILE.replace("\\", "\\\\").replace('"', '\\"')
    store.update("INSERT DATA { GRAPH <https://w3id.org/newskg/id/article/network-walsall> { "
                 f'<{WALSALL}> <http://www.w3.org/2004/02/skos/core#prefLabel> "{label}" }} }}')
    store.flush()
    del store
    return path


def test_control_characters_are_dropped_from_gexf(hostile_store, schema, tmp_path):
    out = tmp_path / "g.gexf"
    export_network(hostile_store, "gexf", out)
    doc = assert_valid(schema, out)
    labels = [n.get("label") for n in doc.iter(f"{GEXF}node")]
    assert 'Trafford Council <!--<script> & "quoted"' in labels


def test_control_characters_are_dropped_from_graphml(hostile_store, tmp_path):
    out = tmp_path / "g.graphml"
    result = CliRunner().invoke(cli, ["export", "--store", str(hostile_store), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    G = nx.read_graphml(str(out))
    assert 'Trafford Council <!--<script> & "quoted"' in {a["label"] for _, a in G.nodes(data=True)}
