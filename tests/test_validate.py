"""`kg validate`: the SHACL shapes accept the data model and reject each kind of breach."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.rdf import mapping as rdfmap
from kg.cli import cli
from kg.rdf.shared import write_articles
from kg.rdf.vocab import short_hash
from kg.rdf.store import StoreError, load_ontology, open_store
from kg.rdf.validate import ShapesError, validate_store
from test_ontology import every_kind_of_fact

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "data" / "shapes_valid.trig"
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
ID = "https://w3id.org/newskg/id/"
PREFIXES = """PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX id: <https://w3id.org/newskg/id/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
WALSALL = f"<{ID}article/004-walsall>"
NOTTINGHAM = f"<{ID}article/000-nottingham>"
POST = f"<{ID}membership/michelle-mcmanus--walsall-together--director-of-transformation-and-place-development>"
RESULT = f"<{ID}award-result/walsall-together--place-based-partnership-and-integrated-care-award--2023>"
#: Walsall's attestation of RESULT: where that article's sentence, offsets and confidence live.
RESULT_ATTESTATION = f"<{ID}attestation/{short_hash(ID + 'article/004-walsall')}.{RESULT.strip('<>')[len(ID):].replace('/', '.')}>"
UNNAMED = f"<{ID}org/partnership-of-nottingham-city-council-and-nottingham-citycare-partnership>"


def make_store(path: Path, update: str | None = None) -> Path:
    """A store holding the fixture and the ontology, changed by one SPARQL update."""
    store = open_store(path)
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    load_ontology(store, ONTOLOGY)
    if update:
        store.update(PREFIXES + update)
    store.flush()
    del store
    return path


def test_fixture_conforms(tmp_path):
    conforms, text = validate_store(make_store(tmp_path / "s"))
    assert conforms, text
    assert text.startswith("conforms:") and "no violations" in text


BREACHES = [
    # (SPARQL update, focus node, path) of the violation it must cause
    (f"DELETE WHERE {{ GRAPH ?g {{ id:person\\/michelle-mcmanus foaf:name ?n }} }}",
     "id:person/michelle-mcmanus", "foaf:name"),
    # entities are shared across article graphs: a second name in another graph still breaks "exactly one"
    (f'INSERT DATA {{ GRAPH {NOTTINGHAM} {{ id:person\\/alastair-mclellan foaf:name "Alistair McLellan" }} }}',
     "id:person/alastair-mclellan", "foaf:name"),
    (f'INSERT DATA {{ GRAPH {NOTTINGHAM} {{ id:org\\/health-service-journal skos:prefLabel "HSJ" }} }}',
     "id:org/health-service-journal", "skos:prefLabel"),
    (f"DELETE WHERE {{ GRAPH ?g {{ id:org\\/walsall-council a org:Organization }} }}",
     "id:org/walsall-council", "rdf:type"),
    (f"DELETE WHERE {{ GRAPH ?g {{ id:role\\/editor skos:prefLabel ?l }} }}",
     "id:role/editor", "skos:prefLabel"),
    (f"DELETE {{ GRAPH ?g {{ {POST} org:member ?p }} }} INSERT {{ GRAPH ?g {{ {POST} org:member id:org\\/walsall-council }} }} "
     f"WHERE {{ GRAPH ?g {{ {POST} org:member ?p }} }}",
     POST.strip("<>").replace(ID, "id:"), "org:member"),
    (f"DELETE WHERE {{ GRAPH ?g {{ {POST} <http://www.w3.org/2000/01/rdf-schema#label> ?l }} }}",
     POST.strip("<>").replace(ID, "id:"), "rdfs:label"),
    (f"DELETE {{ GRAPH ?g {{ {RESULT} kg:outcome ?o }} }} INSERT {{ GRAPH ?g {{ {RESULT} kg:outcome kg:Lost }} }} "
     f"WHERE {{ GRAPH ?g {{ {RESULT} kg:outcome ?o }} }}",
     RESULT.strip("<>").replace(ID, "id:"), "kg:outcome"),
    (f'DELETE {{ GRAPH ?g {{ {RESULT_ATTESTATION} kg:charStart ?s }} }} '
     f'INSERT {{ GRAPH ?g {{ {RESULT_ATTESTATION} kg:charStart "500"^^xsd:integer }} }} '
     f"WHERE {{ GRAPH ?g {{ {RESULT_ATTESTATION} kg:charStart ?s }} }}",
     RESULT_ATTESTATION.strip("<>").replace(ID, "id:"), "kg:charStart"),
    (f'DELETE {{ GRAPH ?g {{ {RESULT_ATTESTATION} kg:confidence ?c }} }} '
     f'INSERT {{ GRAPH ?g {{ {RESULT_ATTESTATION} kg:confidence "1.5"^^xsd:decimal }} }} '
     f"WHERE {{ GRAPH ?g {{ {RESULT_ATTESTATION} kg:confidence ?c }} }}",
     RESULT_ATTESTATION.strip("<>").replace(ID, "id:"), "kg:confidence"),
    # a fact with no attestation left (no article supports it) must not stay in the graph
    (f"DELETE WHERE {{ GRAPH ?g {{ {RESULT_ATTESTATION} ?p ?o }} }}",
     RESULT.strip("<>").replace(ID, "id:"), "^kg:attests"),
    (f'DELETE {{ GRAPH ?g {{ {RESULT} kg:confidence ?c }} }} INSERT {{ GRAPH ?g {{ {RESULT} kg:confidence "1.5"^^xsd:decimal }} }} '
     f"WHERE {{ GRAPH ?g {{ {RESULT} kg:confidence ?c }} }}",
     RESULT.strip("<>").replace(ID, "id:"), "kg:confidence"),
    (f'DELETE {{ GRAPH ?g {{ {POST} kg:confidence ?c }} }} INSERT {{ GRAPH ?g {{ {POST} kg:confidence "high" }} }} '
     f"WHERE {{ GRAPH ?g {{ {POST} kg:confidence ?c }} }}",
     POST.strip("<>").replace(ID, "id:"), "kg:confidence"),
    (f'INSERT DATA {{ GRAPH {WALSALL} {{ {POST} kg:evidence "A second sentence." }} }}',
     POST.strip("<>").replace(ID, "id:"), "kg:evidence"),
    (f"DELETE WHERE {{ GRAPH ?g {{ {RESULT} prov:wasDerivedFrom ?a }} }}",
     RESULT.strip("<>").replace(ID, "id:"), "prov:wasDerivedFrom"),
    (f"DELETE WHERE {{ GRAPH ?g {{ {UNNAMED} org:hasMember id:org\\/nottingham-city-council }} }}",
     UNNAMED.strip("<>").replace(ID, "id:"), "org:hasMember"),
]


@pytest.mark.parametrize("update,focus,path", BREACHES, ids=[f"{b[1]} {b[2]}"[-60:] for b in BREACHES])
def test_each_breach_is_reported_with_focus_and_path(tmp_path, update, focus, path):
    conforms, text = validate_store(make_store(tmp_path / "s", update))
    assert not conforms
    assert text.startswith("does not conform:")
    assert any(line.startswith(f"Violation: {focus} {path}") for line in text.splitlines()), text


def rdfmap_store(path: Path, article, facts) -> Path:
    store = open_store(path)
    write_articles(store, [(article.iri, rdfmap.article_rdf(article, facts))])
    load_ontology(store, ONTOLOGY)
    store.flush()
    del store
    return path


def test_rdfmap_output_conforms(tmp_path):
    """The shapes and the mapping agree on every kind of node except quotations (below)."""
    article, facts = every_kind_of_fact()
    facts.quotations = []
    conforms, text = validate_store(rdfmap_store(tmp_path / "s", article, facts))
    assert conforms, text


def test_rdfmap_quotations_conform(tmp_path):
    article, facts = every_kind_of_fact()
    conforms, text = validate_store(rdfmap_store(tmp_path / "s", article, facts))
    assert conforms, text


def test_seeds_store_conforms(seeds_store):
    conforms, text = validate_store(seeds_store)
    assert conforms, text


def test_cli_exit_status_and_report(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["validate", "--store", str(make_store(tmp_path / "ok"))])
    assert ok.exit_code == 0 and "conforms" in ok.output
    bad = runner.invoke(cli, ["validate", "--store", str(make_store(tmp_path / "bad", BREACHES[0][0]))])
    assert bad.exit_code == 1
    assert "Violation: id:person/michelle-mcmanus foaf:name" in bad.output


def test_unreadable_shapes_file_is_a_user_error(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("this is not turtle")
    with pytest.raises(ShapesError, match="cannot read the shapes file"):
        validate_store(make_store(tmp_path / "s"), shapes)
    result = CliRunner().invoke(cli, ["validate", "--store", str(tmp_path / "s"), "--shapes", str(shapes)])
    assert result.exit_code == 1 and result.output.startswith("Error: cannot read the shapes file")


def test_missing_store_is_a_user_error(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        validate_store(tmp_path / "nowhere")
