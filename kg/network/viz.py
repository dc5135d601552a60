"""`kg viz`: one self-contained HTML page to explore the network, and an optional PNG.

The layout is computed here (networkx spring layout, fixed seed, so the picture repeats)
and the page only draws it: inline SVG plus a little hand-written JavaScript for search,
zoom/pan, colouring by kind or community, and a side panel that shows, for the clicked
node, its metrics and every fact about it with the sentence and article it came from.
Nothing is fetched when the page opens, so it works offline and from an e-mail attachment.
"""
from __future__ import annotations

import html
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
import numpy as np

from .export import COMMUNITY_COLOURS, KIND_COLOURS, node_colour, node_sizes
from .analysis import SEED, analyzed_network
from .records import Fact, GraphData, NetworkError

COLOR_MODES = ("kind", "community")
DEFAULT_MAX_NODES = 1500
MAX_FACTS_PER_NODE = 60
CANVAS = 1000.0  # layout coordinates are scaled into [0, CANVAS]


@dataclass
class VizResult:
    output: Path
    nodes_shown: int
    nodes_total: int
    png: Path | None = None


def write_viz(store_path: Path | str | None, output: Path, *, projection: str = "entity",
              color_by: str = "kind", png: Path | None = None,
              max_nodes: int = DEFAULT_MAX_NODES) -> VizResult:
    """Analyse the projection (read-only), lay it out and write the page (and the PNG)."""
    if color_by not in COLOR_MODES:
        raise NetworkError(f"unknown colour mode {color_by!r}; choose kind or community")
    data, analysis = analyzed_network(store_path, projection)
    G = top_subgraph(analysis.graph, max_nodes)
    from ..registers.describe import add_official_attributes

    add_official_attributes(G, store_path)  # official name and codes of register bodies
    positions = layout(G)
    page = render_html(G, positions, data, color_by=color_by, total=analysis.graph.number_of_nodes())
    _write(output, page.encode("utf-8"))
    if png is not None:
        write_png(G, positions, png, color_by=color_by)
    return VizResult(output, G.number_of_nodes(), analysis.graph.number_of_nodes(), png)


def _write(path: Path, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as e:
        raise NetworkError(f"cannot write {path}: {e.strerror or e}") from None


def top_subgraph(G: nx.Graph, max_nodes: int) -> nx.Graph:
    """The `max_nodes` highest-PageRank nodes: a browser draws a few thousand SVG nodes at most."""
    if G.number_of_nodes() <= max_nodes:
        return G
    keep = sorted(G, key=lambda n: (-G.nodes[n].get("pagerank", 0.0), n))[:max_nodes]
    return G.subgraph(sorted(keep)).copy()


def layout(G: nx.Graph, iterations: int = 120) -> dict[str, tuple[float, float]]:
    """Force-directed layout (fixed seed, so it repeats), scaled into the page's [0, CANVAS] square."""
    if G.number_of_nodes() == 0:
        return {}
    pos = force_layout(G, iterations=iterations)
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    margin = 0.05 * CANVAS
    scale = (CANVAS - 2 * margin) / span
    return {n: (round(margin + (p[0] - min(xs)) * scale, 2), round(margin + (p[1] - min(ys)) * scale, 2))
            for n, p in pos.items()}


def force_layout(G: nx.Graph, iterations: int = 120, gravity: float = 0.05) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold with numpy arrays, plus a pull to the centre so isolates stay in view.

    networkx's spring_layout loops in Python above 500 nodes (about 10 s for 1,300
    nodes); this vectorised version does a view-sized graph (1,500 nodes) in seconds.
    """
    nodes = list(G)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in G.edges()], dtype=np.intp).reshape(-1, 2)
    pos = np.random.default_rng(SEED).random((n, 2))
    k = 1.0 / np.sqrt(n)  # ideal edge length
    temperature, cooling = 0.1, 0.1 / (iterations + 1)
    for _ in range(iterations):
        dx = pos[:, 0, None] - pos[None, :, 0]
        dy = pos[:, 1, None] - pos[None, :, 1]
        d2 = np.maximum(dx * dx + dy * dy, 1e-6)
        repulse = (k * k) / d2
        np.fill_diagonal(repulse, 0.0)
        disp = np.stack([(dx * repulse).sum(1), (dy * repulse).sum(1)], axis=1)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = delta * np.sqrt((delta ** 2).sum(1))[:, None] / k
            np.subtract.at(disp, edges[:, 0], pull)
            np.add.at(disp, edges[:, 1], pull)
        disp -= gravity * (pos - pos.mean(0)) * n * k
        length = np.maximum(np.sqrt((disp ** 2).sum(1)), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, temperature)
        temperature -= cooling
    return {v: (float(pos[index[v], 0]), float(pos[index[v], 1])) for v in nodes}


# --- the page ------------------------------------------------------------------------------------
def fact_text(fact: Fact, data: GraphData) -> str:
    """One fact as a short English line: 'Michelle McManus — director of ... — Walsall Together'."""
    name = lambda iri: data.entities[iri].label if iri in data.entities else (iri or "")  # noqa: E731
    if fact.relation == "quotation":
        return f"{name(fact.source)}: \u201c{fact.detail}\u201d"
    if fact.relation == "partnership":
        return f"{name(fact.source)} is a member of {name(fact.target)}"
    verb = {"post": fact.detail or "post at", "award": fact.detail or "award",
            "conferred-by": "conferred by", "led-by": "led by", "area-served": "serves",
            "for-initiative": "recognised by"}.get(fact.relation, fact.relation)
    if fact.relation == "led-by":
        return f"{name(fact.target)} led by {name(fact.source)}"
    return f"{name(fact.source)} \u2014 {verb} \u2014 {name(fact.target)}"


def page_payload(G: nx.Graph, positions: dict, data: GraphData, color_by: str, total: int) -> dict:
    """The JSON the page's script draws from: nodes, edges, facts and their articles."""
    index = {n: i for i, n in enumerate(G)}
    articles: dict[str, int] = {}
    facts: list[dict] = []
    node_facts: dict[str, list[int]] = {n: [] for n in G}
    for fact in data.facts:
        ends = [e for e in (fact.source, fact.target) if e in node_facts]
        if not ends:
            continue
        if fact.article and fact.article not in articles:
            articles[fact.article] = len(articles)
        facts.append({"text": fact_text(fact, data), "evidence": fact.evidence or "",
                      "article": articles.get(fact.article, -1)})
        for e in ends:
            if len(node_facts[e]) < MAX_FACTS_PER_NODE:
                node_facts[e].append(len(facts) - 1)
    sizes = node_sizes(G, lo=4.0, hi=22.0)
    nodes = []
    for n, attrs in G.nodes(data=True):
        x, y = positions[n]
        nodes.append({"iri": n, "label": attrs.get("label", n), "kind": attrs.get("kind", ""),
                      "community": attrs.get("community", -1), "x": x, "y": y, "r": sizes[n],
                      "first_seen": attrs.get("first_seen", ""), "articles": attrs.get("articles", 0),
                      "metrics": {m: attrs.get(m) for m in ("degree", "weighted_degree", "betweenness",
                                                             "pagerank", "closeness", "community")},
                      "colors": {mode: node_colour(attrs, mode) for mode in COLOR_MODES},
                      "facts": node_facts[n],
                      "official": attrs.get("official_name", ""), "codes": attrs.get("codes", "")})
    edges = [[index[u], index[v], a.get("weight", 1), a.get("relation", "")] for u, v, a in G.edges(data=True)]
    arts = [None] * len(articles)
    for iri, i in articles.items():
        info = data.articles.get(iri)
        arts[i] = {"iri": iri, "headline": info.headline if info else "", "source": info.source if info else "",
                   "date": (info.date or "") if info else ""}
    return {"projection": G.graph.get("projection", "entity"), "colorBy": color_by, "total": total,
            "nodes": nodes, "edges": edges, "facts": facts, "articles": arts,
            "legend": {"kind": KIND_COLOURS, "community": COMMUNITY_COLOURS}}


def embed_json(payload) -> str:
    """JSON safe inside <script type="application/json">: no '<', '>' or '&' at all, so no text
    (`</script>`, `<!--<script>`) can end the block or switch the HTML parser's script states."""
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_html(G: nx.Graph, positions: dict, data: GraphData, *, color_by: str = "kind",
                total: int | None = None) -> str:
    payload = page_payload(G, positions, data, color_by, total if total is not None else len(G))
    blob = embed_json(payload)
    title = f"kg network: {payload['projection']} ({len(G)} nodes)"
    return (_TEMPLATE.replace("%%TITLE%%", html.escape(title))
            .replace("%%DATA%%", blob))


# --- the static picture ----------------------------------------------------------------------------
def write_png(G: nx.Graph, positions: dict, path: Path, *, color_by: str = "kind", labels: int = 25) -> None:
    """A static picture with matplotlib (Agg, no display needed): the same layout and colours."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    fig, ax = plt.subplots(figsize=(12, 12), dpi=110)
    ax.set_axis_off()
    ax.invert_yaxis()  # same orientation as the SVG page
    segments = [(positions[u], positions[v]) for u, v in G.edges()]
    ax.add_collection(LineCollection(segments, colors="#b0b0b0", linewidths=0.6, zorder=1))
    nodes = list(G)
    sizes = node_sizes(G, lo=3.0, hi=18.0)
    ax.scatter([positions[n][0] for n in nodes], [positions[n][1] for n in nodes],
               s=[sizes[n] ** 2 for n in nodes], c=[node_colour(G.nodes[n], color_by) for n in nodes],
               edgecolors="white", linewidths=0.5, zorder=2)
    for n in sorted(nodes, key=lambda n: -G.nodes[n].get("pagerank", 0.0))[:labels]:
        ax.annotate(G.nodes[n].get("label", n), positions[n], fontsize=8, zorder=3,
                    xytext=(4, 4), textcoords="offset points")
    if color_by == "kind":
        kinds = sorted({G.nodes[n].get("kind", "") for n in nodes})
        ax.legend(handles=[Line2D([], [], marker="o", ls="", color=KIND_COLOURS.get(k, "#999"), label=k)
                           for k in kinds], loc="lower left", frameon=False)
    ax.set_title(f"{G.graph.get('projection', 'entity')} network: {len(G)} nodes, {G.number_of_edges()} edges")
    ax.autoscale_view()
    try:
        fig.savefig(path, bbox_inches="tight")
    except OSError as e:
        raise NetworkError(f"cannot write {path}: {e.strerror or e}") from None
    finally:
        plt.close(fig)


#: The page: kg/data/viz-page.html, with %%PLACEHOLDERS%% filled by render_html.
_TEMPLATE = resources.files("kg").joinpath("data/viz-page.html").read_text(encoding="utf-8")
