"""An article's named graph read back into the structure a gold file has (see kg.evaluate)."""
from __future__ import annotations

import pyoxigraph as ox

from ..rdf.mapping import MENTION_PROPERTY, ORG_KIND_CLASS, OUTCOME
from ..rdf.vocab import DCTERMS, ENTITIES_GRAPH, FOAF, KG, ORG, RDF, RDFS, SCHEMA, SKOS
from .match import AwardFact, Facts, Org, PartnershipFact, PostFact

# --- reading the store ----------------------------------------------------------------------
def _iri(ns: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(ns + local)


TYPE = _iri(RDF, "type")
PREF, ALT = _iri(SKOS, "prefLabel"), _iri(SKOS, "altLabel")
NAME = _iri(FOAF, "name")
#: class IRI -> kind, the mapping's own table read backwards (partnerships are scored apart)
KIND_OF_CLASS = {cls.value: kind for kind, cls in ORG_KIND_CLASS.items() if kind != "Partnership"}
OUTCOME_NAME = {iri.value: name for name, iri in OUTCOME.items()}
MENTION_OF, ATTESTS, TITLE = _iri(KG, "mentionOf"), _iri(KG, "attests"), _iri(KG, "title")
RDFS_LABEL = _iri(RDFS, "label")


class ArticleGraph:
    """One article's named graph, indexed in memory: the facts it attests and its mentions.

    Entities are read through the article's own mention of them (the name as written there,
    its aliases and types), so scores do not depend on what other articles say; a fact's
    structure (member, organisation, role, ...) comes from the shared graph, where it is
    described once, and a post's title as written from this article's attestation.
    """

    def __init__(self, store: ox.Store, iri: str):
        self.store = store
        self.iri = iri
        self.index: dict[tuple[str, str], list] = {}
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(iri)):
            self.index.setdefault((q.subject.value, q.predicate.value), []).append(q.object)
        self.mention = {objs[0].value: s for (s, p), objs in self.index.items() if p == MENTION_OF.value}
        self.attestation = {objs[0].value: s for (s, p), objs in self.index.items() if p == ATTESTS.value}

    def _own(self, s: str, p: str) -> list:
        return self.index.get((s, p), [])

    def objects(self, s, p: ox.NamedNode) -> list:
        """`s p ?o` as this article states it: through its mention, attestation or the fact."""
        if s.value in self.mention:
            return self._own(self.mention[s.value], MENTION_PROPERTY.get(p, p).value)
        if s.value in self.attestation:
            if p == RDFS_LABEL:
                return self._own(self.attestation[s.value], TITLE.value)
            return [q.object for q in self.store.quads_for_pattern(s, p, None, ENTITIES_GRAPH)]
        return self._own(s.value, p.value)

    def one(self, s, p: ox.NamedNode):
        found = self.objects(s, p)
        return found[0] if found else None

    def subjects_of_type(self, cls: ox.NamedNode) -> list[ox.NamedNode]:
        """Entities this article mentions, or facts it attests, of class `cls`."""
        nodes = [ox.NamedNode(n) for n in sorted(set(self.mention) | set(self.attestation))]
        return [n for n in nodes if cls.value in self.types(n)]

    def types(self, s) -> set[str]:
        return {o.value for o in self.objects(s, TYPE)}

    def label(self, node, predicate: ox.NamedNode) -> str:
        """The node's name as this article writes it, else in the union, else words from its IRI."""
        found = self.one(node, predicate)
        if found is None:
            found = next((q.object for q in self.store.quads_for_pattern(node, predicate, None, None)), None)
        if found is not None:
            return found.value
        return node.value.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


def org_from_node(graph: ArticleGraph, node) -> Org:
    types = graph.types(node)
    kind = next((KIND_OF_CLASS[t] for t in sorted(types) if t in KIND_OF_CLASS), None)
    if kind is None:
        kind = "Partnership" if ORG + "OrganizationalCollaboration" in types else "Other"
    aliases = sorted(a.value for a in graph.objects(node, ALT))
    return Org(graph.label(node, PREF), aliases, kind)


def facts_from_graph(graph: ArticleGraph) -> Facts:
    """One article graph read back as `Facts`, the gold structure."""
    facts = Facts()
    unnamed = _iri(KG, "unnamed")
    # the people and organisations the article names (schema:mentions); one referred to only as
    # a speaker or an award's conferrer, say, has a mention for its name but was not found as such
    mentioned = set(graph.objects(ox.NamedNode(graph.iri), _iri(SCHEMA, "mentions")))
    facts.people = [graph.label(n, NAME) for n in graph.subjects_of_type(_iri(FOAF, "Person")) if n in mentioned]
    facts.organisations = [org_from_node(graph, n) for n in graph.subjects_of_type(_iri(ORG, "Organization"))
                           if n in mentioned and not any(o.value == "true" for o in graph.objects(n, unnamed))]
    for m in graph.subjects_of_type(_iri(ORG, "Membership")):
        person, org, role = (graph.one(m, _iri(ORG, x)) for x in ("member", "organization", "role"))
        if person is None or org is None:
            continue
        wordings = [graph.label(role, PREF)] if role is not None else []
        wordings += [x.value for x in graph.objects(m, _iri(RDFS, "label"))]
        facts.posts.append(PostFact(graph.label(person, NAME), graph.label(org, PREF), wordings or [""]))
    for st in graph.subjects_of_type(_iri(KG, "PartnershipStatement")):
        part = graph.one(st, _iri(KG, "partnership"))
        if part is None:
            continue
        is_unnamed = any(o.value == "true" for o in graph.objects(part, unnamed))
        members = [graph.label(m, PREF) for m in graph.objects(st, _iri(KG, "member"))]
        facts.partnerships.append(PartnershipFact(None if is_unnamed else graph.label(part, PREF), members))
    for r in graph.subjects_of_type(_iri(KG, "AwardResult")):
        recipient, award = graph.one(r, _iri(KG, "recipient")), graph.one(r, _iri(KG, "award"))
        if recipient is None or award is None:
            continue
        rtypes = graph.types(recipient)
        rname = graph.label(recipient, NAME if FOAF + "Person" in rtypes else PREF)
        outcome, year = graph.one(r, _iri(KG, "outcome")), graph.one(r, _iri(KG, "year"))
        facts.awards.append(AwardFact(rname, graph.label(award, PREF),
                                      OUTCOME_NAME.get(outcome.value) if outcome is not None else None,
                                      int(year.value) if year is not None and year.value.isdigit() else None))
    return facts


def store_articles(store: ox.Store) -> dict[str, str]:
    """article IRI -> dcterms:source, for every article graph."""
    rows = store.query(f"""
        SELECT ?a ?source WHERE {{
          GRAPH ?a {{ ?a a <{SCHEMA}NewsArticle> ; <{DCTERMS}source> ?source }} }}""")
    return {r["a"].value: r["source"].value for r in rows}
