"""The knowledge graph as a network: projections into networkx, centralities, communities.

The RDF store is read once, read-only, into plain records (`GraphData`: entities, facts,
articles); each projection is then a pure function of those records, so exports, the
interactive view and `kg analyze` all see the same network. Results can be written back
into the store's analysis graph so saved SPARQL queries can rank by them.

Projections (nodes are entity IRIs in every one):
  entity       people, organisations, partnerships, awards, initiatives and places, linked
               by posts, partnership membership, award results, conferring bodies,
               initiatives' leads and the places organisations serve
  people-orgs  bipartite: people to organisations through their posts (org:Membership)
  org-org      organisations linked by a shared partnership, a shared award (same kg:award)
               or a shared person (posts at both)

Edges carry `weight` (number of supporting facts) and `articles` (distinct articles).
"""
from __future__ import annotations

import itertools
import random
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..errors import KGError
from ..rdf.store import default_store_path, open_store, replace_graph
from ..rdf.vocab import ANALYSIS_GRAPH, FOAF, KG, ORG, SCHEMA, XSD, sparql_prologue
from ..rdf.vocab import PREFIXES as _PREFIXES

PROJECTIONS = ("entity", "people-orgs", "org-org")
KINDS = ("person", "organisation", "partnership", "award", "initiative", "place")
SEED = 42
#: Above this many nodes, betweenness and closeness are estimated from SAMPLE_SIZE
#: sampled sources (fixed seed) instead of all of them: exact values cost O(nodes x edges).
EXACT_LIMIT = 1000
SAMPLE_SIZE = 100
METRICS = ("degree", "weighted_degree", "betweenness", "pagerank", "closeness")
METRIC_PROPERTY = {"degree": "degree", "weighted_degree": "weightedDegree", "betweenness": "betweenness",
                   "pagerank": "pagerank", "closeness": "closeness", "community": "community"}


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


# --- projections -----------------------------------------------------------------------------
class _EdgeAcc:
    """Accumulates the facts behind one edge."""
    __slots__ = ("weight", "articles", "relations", "labels", "dates")

    def __init__(self):
        self.weight = 0
        self.articles: set[str] = set()
        self.relations: set[str] = set()
        self.labels: set[str] = set()
        self.dates: set[str] = set()

    def add(self, relation: str, article: str | None, label: str = "", date: str | None = None):
        self.weight += 1
        self.relations.add(relation)
        if article:
            self.articles.add(article)
        if label:
            self.labels.add(label)
        if date:
            self.dates.add(date)


def project(data: GraphData, projection: str = "entity") -> nx.Graph:
    """The named projection as an undirected weighted networkx graph."""
    if projection not in PROJECTIONS:
        raise NetworkError(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    if projection == "entity":
        kinds, edges = set(KINDS), _entity_edges(data)
    elif projection == "people-orgs":
        kinds, edges = {"person", "organisation", "partnership"}, _post_edges(data)
    else:
        kinds, edges = {"organisation", "partnership"}, _org_org_edges(data)
    return _build_graph(data, kinds, edges, projection)


def _edge_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def _entity_edges(data: GraphData) -> dict[tuple[str, str], _EdgeAcc]:
    edges: dict[tuple[str, str], _EdgeAcc] = defaultdict(_EdgeAcc)
    for f in data.facts:
        if f.target is None or f.source == f.target:
            continue
        edges[_edge_key(f.source, f.target)].add(f.relation, f.article, f.detail, data.fact_date(f))
    return edges


def _post_edges(data: GraphData) -> dict[tuple[str, str], _EdgeAcc]:
    edges: dict[tuple[str, str], _EdgeAcc] = defaultdict(_EdgeAcc)
    for f in data.facts:
        if f.relation == "post":
            edges[_edge_key(f.source, f.target)].add("post", f.article, f.detail, data.fact_date(f))
    return edges


def _org_org_edges(data: GraphData) -> dict[tuple[str, str], _EdgeAcc]:
    """Pairs of organisations sharing a partnership, an award or a person."""
    groups: dict[tuple[str, str], dict[str, list[Fact]]] = defaultdict(lambda: defaultdict(list))
    shared_by = {"partnership": "target", "award": "target", "post": "source"}
    for f in data.facts:
        if f.relation in shared_by:
            hub = f.target if shared_by[f.relation] == "target" else f.source
            org = f.source if shared_by[f.relation] == "target" else f.target
            groups[(f.relation, hub)][org].append(f)
    edges: dict[tuple[str, str], _EdgeAcc] = defaultdict(_EdgeAcc)
    for (relation, hub), members in groups.items():
        label = f"{relation}: {data.entities[hub].label}" if hub in data.entities else relation
        for a, b in itertools.combinations(sorted(members), 2):
            facts = members[a] + members[b]
            acc = edges[_edge_key(a, b)]
            acc.add(relation, None, label)
            acc.articles.update(f.article for f in facts if f.article)
            acc.dates.update(d for d in (data.fact_date(f) for f in facts) if d)
    return edges


def _build_graph(data: GraphData, kinds: set[str], edges: dict[tuple[str, str], _EdgeAcc],
                 projection: str) -> nx.Graph:
    """Nodes in IRI order and edges in key order, so seeded algorithms repeat exactly."""
    G = nx.Graph(projection=projection)
    for iri in sorted(data.entities):
        ent = data.entities[iri]
        if ent.kind in kinds:
            attrs = {"iri": iri, "label": ent.label, "kind": ent.kind, "org_type": ent.org_type,
                     "articles": ent.articles}
            if ent.first_seen:
                attrs["first_seen"] = ent.first_seen
            if projection == "people-orgs":
                attrs["bipartite"] = 0 if ent.kind == "person" else 1
            G.add_node(iri, **attrs)
    for (a, b) in sorted(edges):
        if a not in G or b not in G:
            continue
        acc = edges[(a, b)]
        attrs = {"weight": acc.weight, "articles": len(acc.articles), "relation": ";".join(sorted(acc.relations)),
                 "label": "; ".join(sorted(acc.labels))}
        if acc.dates:
            attrs["first_seen"] = min(acc.dates)
        G.add_edge(a, b, **attrs)
    return G


# --- analysis -------------------------------------------------------------------------------
@dataclass
class Analysis:
    """Metrics per node plus the structure a reader looks for first."""
    projection: str
    graph: nx.Graph
    metrics: dict[str, dict[str, float]]  # node -> metric -> value (including "community")
    communities: list[list[str]]  # largest first; index = community id
    components: list[list[str]]  # largest first
    interlocks: list[dict]  # {iri, label, organisations: [{iri, label}]}: posts at 2+ organisations
    sampled: bool  # betweenness/closeness estimated from sampled sources

    def top(self, metric: str, n: int = 10) -> list[tuple[str, float]]:
        ranked = sorted(self.metrics.items(), key=lambda kv: (-kv[1][metric], kv[0]))
        return [(node, m[metric]) for node, m in ranked[:n]]

    def brokers(self, n: int = 10) -> list[tuple[str, float]]:
        """Nodes on the most shortest paths between others: the bridges between groups."""
        return [(node, v) for node, v in self.top("betweenness", n) if v > 0]


def analyze_graph(G: nx.Graph, data: GraphData | None = None) -> Analysis:
    """Centralities, Louvain communities (seeded) and components of one projection."""
    sampled = G.number_of_nodes() > EXACT_LIMIT
    metrics: dict[str, dict[str, float]] = {n: {} for n in G}
    for node, d in G.degree():
        metrics[node]["degree"] = d
    for node, d in G.degree(weight="weight"):
        metrics[node]["weighted_degree"] = int(d)  # weights count facts
    for name, values in (("betweenness", _betweenness(G, sampled)),
                         ("pagerank", nx.pagerank(G, weight="weight") if len(G) else {}),
                         ("closeness", _closeness(G, sampled))):
        for node, v in values.items():
            metrics[node][name] = float(v)
    communities = _communities(G)
    for cid, members in enumerate(communities):
        for node in members:
            metrics[node]["community"] = cid
    components = sorted((sorted(c) for c in nx.connected_components(G)), key=lambda c: (-len(c), c[0]))
    for node, values in metrics.items():
        G.nodes[node].update(values)
    return Analysis(G.graph.get("projection", ""), G, metrics, communities, components,
                    interlocking_people(data) if data is not None else [], sampled)


def _betweenness(G: nx.Graph, sampled: bool) -> dict:
    if sampled:
        return nx.betweenness_centrality(G, k=min(SAMPLE_SIZE, len(G)), seed=SEED)
    return nx.betweenness_centrality(G)


def _closeness(G: nx.Graph, sampled: bool) -> dict:
    """networkx's (Wasserman-Faust) closeness, estimated from sampled sources on big graphs.

    Distances are symmetric, so the mean distance from a node to its component is
    estimated by its mean distance from sampled sources in that component.
    """
    if not sampled:
        return nx.closeness_centrality(G)
    n = len(G)
    rng = random.Random(SEED)
    out: dict = {}
    for comp in nx.connected_components(G):
        size = len(comp)
        if size == 1:
            out[next(iter(comp))] = 0.0
            continue
        nodes = sorted(comp)
        sources = nodes if size <= SAMPLE_SIZE else rng.sample(nodes, SAMPLE_SIZE)
        total: dict = dict.fromkeys(nodes, 0)
        count: dict = dict.fromkeys(nodes, 0)
        for s in sources:
            for node, d in nx.single_source_shortest_path_length(G, s).items():
                if node != s:
                    total[node] += d
                    count[node] += 1
        for node in nodes:
            mean = total[node] / count[node] if count[node] else 0
            out[node] = (1 / mean) * (size - 1) / (n - 1) if mean else 0.0
    return out


def _communities(G: nx.Graph) -> list[list[str]]:
    if G.number_of_edges() == 0:
        parts = [{n} for n in G]
    else:
        parts = nx.community.louvain_communities(G, weight="weight", seed=SEED)
    return sorted((sorted(c) for c in parts), key=lambda c: (-len(c), c[0]))


def interlocking_people(data: GraphData) -> list[dict]:
    """People holding posts at two or more organisations (interlocks), most connected first."""
    orgs: dict[str, set[str]] = defaultdict(set)
    for f in data.facts:
        if f.relation == "post" and f.target:
            orgs[f.source].add(f.target)
    label = lambda iri: data.entities[iri].label if iri in data.entities else iri  # noqa: E731
    found = [{"iri": p, "label": label(p), "organisations": [{"iri": o, "label": label(o)} for o in sorted(os_)]}
             for p, os_ in orgs.items() if len(os_) >= 2]
    return sorted(found, key=lambda x: (-len(x["organisations"]), x["iri"]))


# --- the store's analysis graph ----------------------------------------------------------------
def analysis_triples(analysis: Analysis) -> list[ox.Triple]:
    """kg:degree, kg:weightedDegree, ... as typed literals on each node's IRI."""
    integer, double = ox.NamedNode(XSD + "integer"), ox.NamedNode(XSD + "double")
    out = []
    for node in sorted(analysis.metrics):
        subject = ox.NamedNode(node)
        for metric, prop in METRIC_PROPERTY.items():
            value = analysis.metrics[node].get(metric)
            if value is None:
                continue
            if metric in ("degree", "weighted_degree", "community"):
                lit = ox.Literal(str(int(value)), datatype=integer)
            else:
                lit = ox.Literal(repr(float(value)), datatype=double)
            out.append(ox.Triple(subject, ox.NamedNode(KG + prop), lit))
    return out


def write_analysis(store: ox.Store, analysis: Analysis) -> int:
    """Replace the analysis graph with these results in one update; returns triples written."""
    triples = analysis_triples(analysis)
    replace_graph(store, ANALYSIS_GRAPH, triples)
    return len(triples)


# --- the one call the CLI and exports use --------------------------------------------------------
def load_network(store_path: Path | str | None, projection: str = "entity",
                 store: ox.Store | None = None) -> tuple[GraphData, nx.Graph]:
    """Read the store (read-only unless an open store is passed) and project it."""
    if projection not in PROJECTIONS:
        raise NetworkError(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    store = store if store is not None else open_store(store_path, read_only=True)
    data = read_graph_data(store)
    if not data.entities:
        raise NetworkError(f"the store at {store_path or default_store_path()} holds no people or organisations "
                           "yet (run `kg build` first)")
    return data, project(data, projection)


def analyzed_network(store_path: Path | str | None, projection: str = "entity") -> tuple[GraphData, Analysis]:
    """Read-only: the projection with every metric and community set as node attributes."""
    data, G = load_network(store_path, projection)
    return data, analyze_graph(G, data)


def analyze(store_path: Path | str | None, projection: str = "entity", *, write: bool = True) -> Analysis:
    """Analyse one projection; with `write`, store the metrics in id:graph/analysis.

    Writing opens the store writable first, so a store locked by a build fails at once
    with the StoreError message instead of after the analysis.
    """
    if write and not Path(store_path or default_store_path()).is_dir():
        open_store(store_path, read_only=True)  # raises the usual "no kg store" error; never create one here
    store = open_store(store_path) if write else None
    data, G = load_network(store_path, projection, store=store)
    analysis = analyze_graph(G, data)
    if store is not None:
        write_analysis(store, analysis)
        store.flush()
    return analysis


def report(analysis: Analysis, top: int = 10) -> dict:
    """A JSON-ready summary: top nodes per metric, communities, components, brokers, interlocks."""
    G = analysis.graph

    def node(iri: str, value=None) -> dict:
        attrs = G.nodes[iri] if iri in G else {}
        out = {"iri": iri, "label": attrs.get("label", iri), "kind": attrs.get("kind", "")}
        if value is not None:
            out["value"] = round(value, 6) if isinstance(value, float) else value
        return out

    def by_rank(members: list[str]) -> list[str]:
        return sorted(members, key=lambda m: (-analysis.metrics[m]["pagerank"], m))

    return {
        "projection": analysis.projection,
        "nodes": G.number_of_nodes(),
        "edges": G.number_of_edges(),
        "sampled": analysis.sampled,
        "top": {m: [node(n, v) for n, v in analysis.top(m, top)] for m in METRICS},
        "communities": [{"id": i, "size": len(c), "members": [node(n) for n in by_rank(c)[:top]]}
                        for i, c in enumerate(analysis.communities[:top])],
        "community_count": len(analysis.communities),
        "components": {"count": len(analysis.components), "sizes": [len(c) for c in analysis.components[:top]],
                       "largest": [node(n) for n in by_rank(analysis.components[0])[:top]]
                       if analysis.components else []},
        "brokers": [node(n, v) for n, v in analysis.brokers(top)],
        "interlocks": analysis.interlocks[:top],
    }
