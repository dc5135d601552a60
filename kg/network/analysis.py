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
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..rdf.store import default_store_path, open_store, replace_graph
from ..rdf.vocab import ANALYSIS_GRAPH, KG, XSD
from .records import Fact, GraphData, NetworkError, read_graph_data

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
