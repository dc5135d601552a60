"""ontology/kg.ttl declares, labels and explains every kg: term the graph uses, and parses everywhere."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf import mapping as rdfmap
from kg.articles import Article
from kg.facts import (ArticleFacts, AwardResult, Evidence, Initiative, Organisation, Partnership, Person, Post,
                      Quotation)
from kg.rdf.store import open_store
from kg.rdf.vocab import KG, ONTOLOGY_GRAPH, ORG, PROV

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
KGNS = rdflib.Namespace(KG)
ORGNS = rdflib.Namespace(ORG)
PROVNS = rdflib.Namespace(PROV)
ANALYSIS_TERMS = {"degree", "weightedDegree", "betweenness", "pagerank", "closeness", "community"}


def every_kind_of_fact() -> tuple[Article, ArticleFacts]:
    """One article whose facts exercise every branch of rdfmap.article_triples."""
    ev = Evidence("Walsall Together won the award.", 0, 31)
    f = ArticleFacts()
    f.people = {"Michelle McManus": Person("Michelle McManus", ["Dr"], ["OBE"]),
                "Alastair McLellan": Person("Alastair McLellan")}
    f.organisations = {o.name: o for o in [
        Organisation("Walsall Together", set(), "Partnership", "Walsall"),
        Organisation("Walsall Council", {"the council"}, "LocalAuthority", "Walsall"),
        Organisation("NHS Walsall Clinical Commissioning Group", {"Walsall CCG"}, "CCG"),
        Organisation("Walsall Healthcare NHS Trust", set(), "NHSTrust"),
        Organisation("NHS Black Country Integrated Care Board", set(), "ICB"),
        Organisation("NHS England", set(), "GovernmentBody"),
        Organisation("Health Service Journal", {"HSJ"}, "Media"),
        Organisation("Walsall Together Charity", set(), "Voluntary"),
        Organisation("Local Government Association", set(), "Other"),
    ]}
    f.posts = [Post("Michelle McManus", "Walsall Together", "director of place", "Director of Place", ev, confidence=0.9),
               Post("Michelle McManus", "Walsall Council", "chief executive", "Chief Executive", ev),
               Post("Alastair McLellan", "NHS England", "former adviser", "Adviser", ev, former=True)]
    f.partnerships = [Partnership("Walsall Together", ["Walsall Council", "Walsall Healthcare NHS Trust"], ev),
                      Partnership(None, ["Walsall Council", "NHS Walsall Clinical Commissioning Group"], ev)]
    f.awards = [AwardResult("Walsall Together", f"Place Based Partnership Award {i}", outcome, ev, scheme="HSJ Awards",
                            year=2023, conferred_by="Health Service Journal", initiative="Walsall Pilot")
                for i, outcome in enumerate(rdfmap.OUTCOME)]
    f.awards.append(AwardResult("Walsall Council", "Council of the Year", "won", ev,
                                conferred_by="Local Government Association"))
    f.quotations = [Quotation("Michelle McManus", "We are delighted.", ev)]
    f.initiatives = [Initiative("Walsall Pilot", ["Walsall Together"])]
    article = Article(text="Walsall Together won the award.", source="seeds/004_walsall.txt", key="004-walsall",
                      title="Walsall wins", date=date(2023, 11, 21))
    return article, f


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def kg_terms_in_rdfmap_source() -> set[str]:
    source = (ROOT / "kg" / "rdf" / "mapping.py").read_text(encoding="utf-8")
    return set(re.findall(r'p\(KG, "(\w+)"\)', source))


def kg_terms_in_triples(triples) -> set[str]:
    """Local names of kg: IRIs used as class, predicate or object (kg:Won) in the triples."""
    out = set()
    for t in triples:
        for term in (t.predicate, t.object):
            if isinstance(term, ox.NamedNode) and term.value.startswith(KG):
                out.add(term.value[len(KG):])
    return out


def test_ontology_parses_with_pyoxigraph_and_declares_itself():
    parsed = ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE)
    triples = {(q.subject.value, q.predicate.value, q.object.value) for q in parsed}
    assert ("https://w3id.org/newskg/ontology", str(RDF.type), str(OWL.Ontology)) in triples


def test_source_scan_finds_the_terms_rdfmap_writes():
    # guards the regex below: if rdfmap changes how it spells terms, this scan must follow
    article, facts = every_kind_of_fact()
    used = kg_terms_in_triples(rdfmap.article_triples(article, facts))
    assert used <= kg_terms_in_rdfmap_source()
    assert {"AwardResult", "evidence", "Won", "unnamed", "former", "forInitiative"} <= used


def test_every_kg_term_rdfmap_writes_is_declared_with_label_and_comment(ontology):
    article, facts = every_kind_of_fact()
    used = kg_terms_in_rdfmap_source() | kg_terms_in_triples(rdfmap.article_triples(article, facts))
    undeclared = sorted(t for t in used if (KGNS[t], RDF.type, None) not in ontology)
    assert not undeclared
    for t in used:
        assert ontology.value(KGNS[t], RDFS.label) is not None, t
        assert ontology.value(KGNS[t], RDFS.comment) is not None, t


def test_analysis_properties_are_declared(ontology):
    for t in ANALYSIS_TERMS:
        assert (KGNS[t], RDF.type, OWL.DatatypeProperty) in ontology
        assert ontology.value(KGNS[t], RDFS.comment) is not None


def test_every_declared_kg_term_has_label_and_comment(ontology):
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(KG)}
    assert len(declared) > 40
    for s in declared:
        assert ontology.value(s, RDFS.label) is not None, s
        assert ontology.value(s, RDFS.comment) is not None, s


def test_properties_have_domains_and_ranges(ontology):
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in ontology.subjects(RDF.type, kind):
            if str(prop)[len(KG):] in ANALYSIS_TERMS:
                continue
            assert ontology.value(prop, RDFS.domain) is not None, prop
            assert ontology.value(prop, RDFS.range) is not None, prop


def test_alignment_with_org_and_prov(ontology):
    for cls in rdfmap.ORG_KIND_CLASS.values():
        if cls.value.startswith(KG):
            assert (rdflib.URIRef(cls.value), RDFS.subClassOf, ORGNS.Organization) in ontology
    assert (KGNS.AwardResult, RDFS.subClassOf, PROVNS.Entity) in ontology
    assert (KGNS.PartnershipStatement, RDFS.subClassOf, PROVNS.Entity) in ontology


def test_outcomes_are_exactly_the_individuals_of_outcome(ontology):
    individuals = {str(s) for s in ontology.subjects(RDF.type, KGNS.Outcome)}
    assert individuals == {iri.value for iri in rdfmap.OUTCOME.values()}


def test_shapes_use_only_declared_kg_terms(ontology):
    shapes = rdflib.Graph().parse(SHAPES, format="turtle")
    used = {t for triple in shapes for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(KG)}
    assert used and all((t, RDF.type, None) in ontology for t in used)


def test_build_loads_the_ontology_graph(seeds_store):
    store = open_store(seeds_store, read_only=True)
    assert ox.Quad(ox.NamedNode(KG + "AwardResult"), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(OWL.Class)),
                   ONTOLOGY_GRAPH) in store
