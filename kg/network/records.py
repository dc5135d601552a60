"""The records the network is made of, read once from the store: entities, facts, articles.

One read-only pass of SPARQL over the store fills a `GraphData`; every projection, export
and view is then a pure function of it (kg/network/analysis.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox

from ..errors import KGError
from ..rdf.vocab import FOAF, KG, ORG, SCHEMA, sparql_prologue
from ..rdf.vocab import PREFIXES as _PREFIXES


class NetworkError(KGError):
    """A network request the user can fix (unknown projection, empty graph...)."""


# --- records read from the store ----------------------------------------------------------
@dataclass
class Entity:
    iri: str
    label: str
    kind: str  # one of KINDS
    org_type: str = ""  # kg subclass local name for organisations, e.g. "LocalAuthority"
    articles: int = 0  # distinct articles whose graph names it
    first_seen: str | None = None  # ISO date: earliest of its articles' dates and award years


@dataclass(frozen=True)
class Fact:
    """One statement linking entities, with where it came from.

    relation: post | partnership | award | quotation | conferred-by | led-by | area-served |
    for-initiative. `target` is None for quotations (a person's own statement).
    """
    relation: str
    source: str
    target: str | None
    detail: str = ""
    article: str | None = None
    evidence: str | None = None
    year: str | None = None


@dataclass
class ArticleInfo:
    iri: str
    source: str = ""
    headline: str = ""
    date: str | None = None


@dataclass
class GraphData:
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    articles: dict[str, ArticleInfo] = field(default_factory=dict)

    def fact_date(self, fact: Fact) -> str | None:
        """When a fact was first reported: its article's date, else its award year."""
        art = self.articles.get(fact.article) if fact.article else None
        if art and art.date:
            return art.date
        return f"{fact.year}-01-01" if fact.year else None


# --- reading -------------------------------------------------------------------------------
KIND_CLASSES = {FOAF + "Person": "person", ORG + "Organization": "organisation", KG + "Award": "award",
                KG + "Initiative": "initiative", SCHEMA + "Place": "place"}

#: (class, label property). Entities are described once (id:graph/entities, or the registers).
_ENTITY_LABELS = [("foaf:Person", "foaf:name"), ("org:Organization", "skos:prefLabel"),
                  ("kg:Award", "skos:prefLabel"), ("kg:Initiative", "schema:name"), ("schema:Place", "schema:name")]
#: Entities the articles name (a mention): register bodies no article names are not in the network.
_ENTITY = "SELECT DISTINCT ?x ?l WHERE {{ ?m kg:mentionOf ?x . ?x a {cls} . OPTIONAL {{ ?x {label} ?l }} }}"
_ORG_TYPES = """
SELECT DISTINCT ?x ?t WHERE {
  VALUES ?t { org:OrganizationalCollaboration kg:LocalAuthority kg:ClinicalCommissioningGroup kg:NHSTrust
              kg:IntegratedCareBoard kg:GovernmentBody kg:MediaOrganisation kg:VoluntaryOrganisation }
  ?x a ?t }"""
_APPEARANCES = """
SELECT ?x (COUNT(DISTINCT ?a) AS ?n) (MIN(?d) AS ?first) WHERE {
  VALUES ?cls { foaf:Person org:Organization kg:Award kg:Initiative schema:Place }
  ?x a ?cls .
  GRAPH ?a { ?a a schema:NewsArticle . ?m kg:mentionOf ?x }
  OPTIONAL { GRAPH ?a { ?a schema:datePublished ?d } }
} GROUP BY ?x"""
_ARTICLES = """
SELECT ?a ?source ?headline ?date WHERE {
  GRAPH ?a { ?a a schema:NewsArticle .
    OPTIONAL { ?a dcterms:source ?source } OPTIONAL { ?a schema:headline ?headline }
    OPTIONAL { ?a schema:datePublished ?date } }
}"""
_POSTS = """
SELECT ?s ?t ?detail ?a ?ev WHERE {
  ?m a org:Membership ; org:member ?s ; org:organization ?t .
  ?att kg:attests ?m ; prov:wasDerivedFrom ?a ; kg:evidence ?ev . OPTIONAL { ?att kg:title ?detail }
}"""
_PARTNERSHIPS = """
SELECT ?s ?t ?a ?ev WHERE {
  ?st a kg:PartnershipStatement ; kg:partnership ?t ; kg:member ?s .
  ?att kg:attests ?st ; prov:wasDerivedFrom ?a ; kg:evidence ?ev .
}"""
_HAS_MEMBER = "SELECT ?s ?t WHERE { ?t a org:OrganizationalCollaboration ; org:hasMember ?s }"
_AWARDS = """
SELECT ?s ?t ?outcome ?year ?a ?ev ?ini WHERE {
  ?r a kg:AwardResult ; kg:recipient ?s ; kg:award ?t .
  OPTIONAL { ?r kg:outcome ?outcome } OPTIONAL { ?r kg:year ?year }
  ?att kg:attests ?r ; prov:wasDerivedFrom ?a ; kg:evidence ?ev .
  OPTIONAL { ?att kg:forInitiative ?ini }
}"""
_QUOTES = """
SELECT ?s ?text ?a ?ev WHERE {
  ?q a schema:Quotation ; schema:creator ?s .
  OPTIONAL { ?q schema:text ?text }
  ?att kg:attests ?q ; prov:wasDerivedFrom ?a ; kg:evidence ?ev .
}"""
#: Plain triples (no relation node): one fact per article that states them on its mentions.
_TRIPLE_FACTS = {
    "conferred-by": ("{ ?ms kg:mentionOf ?s ; kg:awardScheme ?scheme . ?mc kg:mentionOf ?scheme ; kg:conferredBy ?t }"
                     " UNION { ?ms kg:mentionOf ?s ; kg:conferredBy ?t }"),
    "led-by": "?mt kg:mentionOf ?t ; kg:ledBy ?s",
    "area-served": "?ms kg:mentionOf ?s ; schema:areaServed ?t",
}


def read_graph_data(store: ox.Store) -> GraphData:
    """Everything the projections need, in a handful of SPARQL queries over the union graph."""
    data = GraphData()
    data.articles = _read_articles(store)
    data.entities = _read_entities(store)
    data.facts = _read_facts(store)
    _add_award_years(data)
    return data


def _query(store: ox.Store, text: str):
    return store.query(sparql_prologue() + text, use_default_graph_as_union=True)


def _v(term) -> str | None:
    return term.value if term is not None else None


def _read_articles(store: ox.Store) -> dict[str, ArticleInfo]:
    out = {}
    for r in _query(store, _ARTICLES):
        iri = r["a"].value
        out[iri] = ArticleInfo(iri, _v(r["source"]) or "", _v(r["headline"]) or "", _v(r["date"]))
    return out


def _read_entities(store: ox.Store) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for cls, label_property in _ENTITY_LABELS:
        prefix, local = cls.split(":")
        kind = KIND_CLASSES[_PREFIXES[prefix] + local]
        for r in _query(store, _ENTITY.format(cls=cls, label=label_property)):
            iri, label = r["x"].value, _v(r["l"])
            ent = entities.get(iri)
            if ent is None or (ent.kind != "person" and kind == "person"):
                entities[iri] = Entity(iri, label or iri.rstrip("/").rsplit("/", 1)[-1], kind)
            elif label and ent.kind == kind and label < ent.label:
                ent.label = label  # the same one every time when a build left two
    for r in _query(store, _ORG_TYPES):
        ent = entities.get(r["x"].value)
        local = r["t"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if ent is None or ent.kind not in ("organisation", "partnership"):
            continue
        if local == "OrganizationalCollaboration":
            ent.kind = "partnership"
        elif not ent.org_type or local < ent.org_type:
            ent.org_type = local
    for r in _query(store, _APPEARANCES):
        ent = entities.get(r["x"].value)
        if ent is not None:
            ent.articles = int(r["n"].value)
            ent.first_seen = _v(r["first"])
    return entities


def _read_facts(store: ox.Store) -> list[Fact]:
    facts: list[Fact] = []
    for r in _query(store, _POSTS):
        facts.append(Fact("post", r["s"].value, r["t"].value, _v(r["detail"]) or "", _v(r["a"]), _v(r["ev"])))
    stated = set()
    for r in _query(store, _PARTNERSHIPS):
        facts.append(Fact("partnership", r["s"].value, r["t"].value, "member of", _v(r["a"]), _v(r["ev"])))
        stated.add((r["s"].value, r["t"].value))
    for r in _query(store, _HAS_MEMBER):  # membership stated without a statement node still counts once
        if (r["s"].value, r["t"].value) not in stated:
            facts.append(Fact("partnership", r["s"].value, r["t"].value, "member of"))
    for r in _query(store, _AWARDS):
        outcome = (_v(r["outcome"]) or "").rsplit("#", 1)[-1]
        year = _v(r["year"])
        detail = " ".join(x for x in (_outcome_words(outcome), year) if x)
        facts.append(Fact("award", r["s"].value, r["t"].value, detail, _v(r["a"]), _v(r["ev"]), year))
        if r["ini"] is not None:
            facts.append(Fact("for-initiative", r["ini"].value, r["t"].value, "recognised by",
                              _v(r["a"]), _v(r["ev"]), year))
    for r in _query(store, _QUOTES):
        facts.append(Fact("quotation", r["s"].value, None, _v(r["text"]) or "", _v(r["a"]), _v(r["ev"])))
    for relation, pattern in _TRIPLE_FACTS.items():
        q = f"SELECT DISTINCT ?s ?t ?a WHERE {{ GRAPH ?a {{ ?a a schema:NewsArticle . {pattern} }} }}"
        for r in _query(store, q):
            facts.append(Fact(relation, r["s"].value, r["t"].value, relation.replace("-", " "), r["a"].value))
    return facts


def _add_award_years(data: GraphData) -> None:
    """An award year (as 1 January) counts as a sighting: undated articles still get a time."""
    for f in data.facts:
        if not f.year:
            continue
        start = f"{f.year}-01-01"
        for iri in (f.source, f.target):
            ent = data.entities.get(iri) if iri else None
            if ent is not None and (ent.first_seen is None or start < ent.first_seen):
                ent.first_seen = start


def _outcome_words(outcome: str) -> str:
    """'HighlyCommended' -> 'highly commended'."""
    return "".join(" " + c.lower() if c.isupper() else c for c in outcome).strip()
