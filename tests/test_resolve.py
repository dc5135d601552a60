"""Entity resolution across articles, and confidence filtering, on the seeds' graph."""
from __future__ import annotations

import shutil

from kg.pipeline import build
from kg.resolve import Registry
from kg.rdf.store import open_store
from kg.rdf.vocab import sparql_prologue
from tests.conftest import SEEDS


def select(store_path, query):
    store = open_store(store_path, read_only=True)
    return [tuple(t.value if t is not None else None for t in row)
            for row in store.query(sparql_prologue() + query, use_default_graph_as_union=True)]


def test_one_person_across_two_articles(seeds_store):
    rows = select(seeds_store, """
        SELECT ?p (COUNT(DISTINCT ?a) AS ?n) WHERE {
          ?p a foaf:Person ; foaf:name "Alastair McLellan" .
          GRAPH ?a { ?m kg:mentionOf ?p } } GROUP BY ?p""")
    assert len(rows) == 1 and int(rows[0][1]) == 2


def test_acronym_and_full_name_are_one_organisation(seeds_store):
    rows = select(seeds_store, """
        SELECT DISTINCT ?o WHERE { ?o skos:prefLabel "Health Service Journal" ; skos:altLabel "HSJ" }""")
    assert len(rows) == 1
    assert select(seeds_store, 'SELECT ?o WHERE { ?o skos:prefLabel "HSJ" }') == []


def test_every_entity_has_exactly_one_name(seeds_store):
    assert select(seeds_store, """
        SELECT ?x WHERE { { ?x a foaf:Person ; foaf:name ?n } UNION { ?x a org:Organization ; skos:prefLabel ?n } }
        GROUP BY ?x HAVING (COUNT(DISTINCT ?n) > 1)""") == []


def test_an_acronym_defined_in_one_article_resolves_a_bare_use_in_another(tmp_path, nlp):
    from kg.extract import extract

    first = extract(nlp("Leeds Teaching Hospitals NHS Trust (LTHT) opened a new ward on Monday."))
    second = extract(nlp("Jane Doe, chief executive of LTHT, said the ward would open in May."))
    registry = Registry()
    registry.learn(first)
    registry.learn(second)
    resolved = registry.resolve(second)
    assert "Leeds Teaching Hospitals NHS Trust" in resolved.organisations
    assert {p.organisation for p in resolved.posts} == {"Leeds Teaching Hospitals NHS Trust"}


def test_min_confidence_drops_weak_facts_and_rebuilds_on_change(tmp_path):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    store = tmp_path / "store"
    build([articles], store, processes=1)
    # the threshold: the median of the posts' confidences, so some posts fall below it whatever the model
    confidences = sorted(float(row[0]) for row in select(
        store, "SELECT ?c WHERE { ?m a org:Membership ; kg:confidence ?c }"))
    cut = confidences[len(confidences) // 2]
    assert confidences[0] < cut, "the seeds' posts have confidences of more than one value"
    weak = f"SELECT ?m WHERE {{ ?m a org:Membership ; kg:confidence ?c FILTER(?c < {cut}) }}"
    report = build([articles], store, processes=1, min_confidence=cut)
    assert len(report.updated) == 5  # a new threshold rebuilds every article
    assert select(store, weak) == []
    assert select(store, weak.replace("org:Membership", "kg:AwardResult")) == []
    kept = select(store, "SELECT ?m WHERE { ?m a org:Membership }")
    assert len(kept) >= len(confidences) - len(confidences) // 2
    assert len(build([articles], store, processes=1, min_confidence=cut).unchanged) == 5
