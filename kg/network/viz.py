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


_TEMPLATE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>%%TITLE%%</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
  #app { display: flex; height: 100%; }
  #stage { flex: 1; position: relative; background: #fbfbfb; overflow: hidden; }
  #bar { position: absolute; top: 8px; left: 8px; right: 8px; display: flex; gap: 8px; align-items: center; z-index: 2; }
  #bar input, #bar select, #bar button { font: inherit; padding: 4px 8px; border: 1px solid #bbb; border-radius: 4px; background: #fff; }
  #search { width: 18em; }
  #status { color: #666; font-size: 12px; }
  svg { width: 100%; height: 100%; cursor: grab; display: block; }
  svg.dragging { cursor: grabbing; }
  line.edge { stroke: #c4c4c4; }
  circle.node { stroke: #fff; stroke-width: 1; cursor: pointer; }
  circle.node.match { stroke: #000; stroke-width: 3; }
  circle.node.selected { stroke: #d00; stroke-width: 3; }
  g.dim circle.node:not(.near), g.dim line.edge:not(.near) { opacity: 0.15; }
  text.label { font-size: 11px; fill: #333; pointer-events: none; paint-order: stroke; stroke: #fbfbfb; stroke-width: 3px; }
  text.hover { font-weight: 600; fill: #000; }
  #legend { position: absolute; left: 8px; bottom: 8px; background: rgba(255,255,255,.9); padding: 6px 8px; border-radius: 4px; font-size: 12px; }
  #legend span.sw { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 8px; }
  #panel { width: 380px; border-left: 1px solid #ddd; overflow-y: auto; padding: 12px 16px; background: #fff; }
  #panel h2 { font-size: 17px; margin: 0 0 4px; }
  #panel .kind { color: #666; margin-bottom: 8px; }
  #panel .iri { font-size: 11px; color: #888; word-break: break-all; }
  #panel table { border-collapse: collapse; margin: 8px 0; }
  #panel td { padding: 1px 8px 1px 0; font-size: 12px; }
  #panel li { margin-bottom: 10px; }
  #panel blockquote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #ddd; color: #444; font-size: 13px; }
  #panel .src { font-size: 12px; color: #666; }
</style>
</head>
<body>
<div id="app">
  <div id="stage">
    <div id="bar">
      <input id="search" type="search" placeholder="Search names (Enter to go)" autocomplete="off">
      <label>Colour <select id="colorBy"><option value="kind">by kind</option><option value="community">by community</option></select></label>
      <button id="reset" type="button">Reset view</button>
      <span id="status"></span>
    </div>
    <svg id="graph" xmlns="http://www.w3.org/2000/svg"><g id="viewport"><g id="edges"></g><g id="nodes"></g><g id="labels"></g></g></svg>
    <div id="legend"></div>
  </div>
  <div id="panel"><p>Click a node to see its facts, the sentences they came from and their articles.</p></div>
</div>
<script type="application/json" id="kg-data">%%DATA%%</script>
<script>
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var SVGNS = "http://www.w3.org/2000/svg";
  var svg = document.getElementById("graph"), viewport = document.getElementById("viewport");
  var colorBy = data.colorBy, circles = [], lines = [], neighbours = data.nodes.map(function () { return []; });
  var view = { x: 0, y: 0, k: 1 }, selected = -1;

  function el(tag, attrs, ns) {
    var e = ns ? document.createElementNS(SVGNS, tag) : document.createElement(tag);
    for (var a in attrs) { e.setAttribute(a, attrs[a]); }
    return e;
  }
  function text(tag, content, cls) { var e = el(tag, cls ? { "class": cls } : {}); e.textContent = content; return e; }

  function draw() {
    var edgeLayer = document.getElementById("edges"), nodeLayer = document.getElementById("nodes"),
        labelLayer = document.getElementById("labels");
    data.edges.forEach(function (e, i) {
      var a = data.nodes[e[0]], b = data.nodes[e[1]];
      var line = el("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, "class": "edge",
                              "stroke-width": Math.min(1 + Math.log(e[2]), 5) }, true);
      edgeLayer.appendChild(line); lines.push(line);
      neighbours[e[0]].push([e[1], i]); neighbours[e[1]].push([e[0], i]);
    });
    data.nodes.forEach(function (n, i) {
      var c = el("circle", { cx: n.x, cy: n.y, r: n.r, "class": "node", "data-i": i }, true);
      var t = el("title", {}, true); t.textContent = n.label + " (" + n.kind + (n.codes ? "; " + n.codes : "") + ")"; c.appendChild(t);
      c.addEventListener("click", function (ev) { ev.stopPropagation(); select(i); });
      c.addEventListener("mouseenter", function () { showHover(i); });
      c.addEventListener("mouseleave", function () { showHover(-1); });
      nodeLayer.appendChild(c); circles.push(c);
    });
    placeLabels(labelLayer);
    hover = el("text", { "class": "label hover", visibility: "hidden" }, true); labelLayer.appendChild(hover);
    recolour();
    var shown = data.nodes.length < data.total ? data.nodes.length + " of " + data.total + " nodes (highest PageRank)" : data.nodes.length + " nodes";
    document.getElementById("status").textContent = data.projection + " network: " + shown + ", " + data.edges.length + " edges";
  }

  // Permanent labels for the biggest nodes, largest first, skipping any that would overlap one
  // already placed (boxes estimated from the text length); every other name shows on hover.
  function placeLabels(layer) {
    var order = data.nodes.map(function (n, i) { return i; }).sort(function (a, b) { return data.nodes[b].r - data.nodes[a].r; });
    var placed = [], limit = Math.min(60, order.length);
    for (var j = 0; j < order.length && placed.length < limit; j++) {
      var n = data.nodes[order[j]], w = 6.2 * n.label.length, box = { x: n.x + n.r + 2, y: n.y - 8, w: w, h: 12 };
      var clash = placed.some(function (p) { return box.x < p.x + p.w && p.x < box.x + box.w && box.y < p.y + p.h && p.y < box.y + box.h; });
      if (clash) { continue; }
      placed.push(box);
      var label = el("text", { x: box.x, y: n.y + 4, "class": "label", "data-i": order[j] }, true);
      label.textContent = n.label; layer.appendChild(label);
    }
  }
  var hover = null;
  function showHover(i) {
    if (i < 0) { hover.setAttribute("visibility", "hidden"); return; }
    var n = data.nodes[i];
    hover.setAttribute("x", n.x + n.r + 2); hover.setAttribute("y", n.y + 4);
    hover.textContent = n.label; hover.setAttribute("visibility", "visible");
    hover.parentNode.appendChild(hover);  // on top of the other labels
  }

  function recolour() {
    circles.forEach(function (c, i) { c.setAttribute("fill", data.nodes[i].colors[colorBy]); });
    var legend = document.getElementById("legend"); legend.textContent = "";
    if (colorBy === "kind") {
      var kinds = {}; data.nodes.forEach(function (n) { kinds[n.kind] = true; });
      Object.keys(kinds).sort().forEach(function (k) {
        legend.appendChild(el("span", { "class": "sw", style: "background:" + (data.legend.kind[k] || "#999") }));
        legend.appendChild(document.createTextNode(k));
      });
    } else {
      legend.appendChild(document.createTextNode("colour = community (Louvain); " +
        (new Set(data.nodes.map(function (n) { return n.community; }))).size + " communities"));
    }
  }

  function applyView() { viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
  function fit() {
    var box = svg.getBoundingClientRect(), size = 1000;
    view.k = Math.min(box.width, box.height) / size || 1;
    view.x = (box.width - size * view.k) / 2; view.y = (box.height - size * view.k) / 2; applyView();
  }
  function centreOn(i) {
    var box = svg.getBoundingClientRect(), n = data.nodes[i];
    view.k = Math.max(view.k, 2); view.x = box.width / 2 - n.x * view.k; view.y = box.height / 2 - n.y * view.k; applyView();
  }

  function select(i) {
    if (selected >= 0) { circles[selected].classList.remove("selected"); }
    selected = i;
    var layer = document.getElementById("nodes").parentNode;
    circles.forEach(function (c) { c.classList.remove("near"); });
    lines.forEach(function (l) { l.classList.remove("near"); });
    if (i < 0) { layer.classList.remove("dim"); return; }
    circles[i].classList.add("selected", "near");
    neighbours[i].forEach(function (nb) { circles[nb[0]].classList.add("near"); lines[nb[1]].classList.add("near"); });
    layer.classList.add("dim");
    showPanel(data.nodes[i]);
  }

  function fmt(v) { return typeof v === "number" && !Number.isInteger(v) ? v.toFixed(4) : String(v); }

  function showPanel(n) {
    var panel = document.getElementById("panel"); panel.textContent = "";
    panel.appendChild(text("h2", n.label));
    panel.appendChild(text("div", n.kind + (n.first_seen ? " \u00b7 first seen " + n.first_seen : "") +
                                  " \u00b7 " + n.articles + " article(s)", "kind"));
    if (n.official) panel.appendChild(text("div", "official: " + n.official + (n.codes ? " \u00b7 " + n.codes : ""), "kind"));
    panel.appendChild(text("div", n.iri, "iri"));
    var table = el("table", {});
    Object.keys(n.metrics).forEach(function (m) {
      if (n.metrics[m] === null || n.metrics[m] === undefined) { return; }
      var tr = el("tr", {}); tr.appendChild(text("td", m.replace("_", " "))); tr.appendChild(text("td", fmt(n.metrics[m])));
      table.appendChild(tr);
    });
    panel.appendChild(table);
    panel.appendChild(text("h3", n.facts.length ? "Facts (" + n.facts.length + ")" : "No facts beyond mentions"));
    var list = el("ol", { "class": "facts" });
    n.facts.forEach(function (fi) {
      var f = data.facts[fi], li = el("li", { "class": "fact" });
      li.appendChild(text("div", f.text, "fact-text"));
      if (f.evidence) { li.appendChild(text("blockquote", f.evidence, "evidence")); }
      var a = f.article >= 0 ? data.articles[f.article] : null;
      if (a) {
        var src = a.headline || a.source || a.iri;
        li.appendChild(text("div", src + (a.date ? " (" + a.date + ")" : "") + (a.source && a.source !== src ? " \u2014 " + a.source : ""), "src"));
      }
      list.appendChild(li);
    });
    panel.appendChild(list);
  }

  function norm(s) { return s.replace(/\s+/g, " ").trim().toLowerCase(); }
  // 0: the whole name, 1: the name starts with the query, 2: contains it, -1: no match
  function matchRank(label, q) {
    var l = norm(label);
    return l === q ? 0 : l.indexOf(q) === 0 ? 1 : l.indexOf(q) >= 0 ? 2 : -1;
  }
  function search(q, go) {
    q = norm(q); var best = -1, bestRank = 3, count = 0;
    circles.forEach(function (c, i) {
      var rank = q.length > 0 ? matchRank(data.nodes[i].label, q) : -1;
      c.classList.toggle("match", rank >= 0);
      if (rank < 0) { return; }
      count++;
      if (rank < bestRank || (rank === bestRank && data.nodes[i].r > data.nodes[best].r)) { best = i; bestRank = rank; }
    });
    if (go && best >= 0) { centreOn(best); select(best); }
    return count;
  }

  // pan by dragging the background, zoom with the wheel around the pointer
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX - view.x, y: ev.clientY - view.y }; svg.classList.add("dragging"); });
  window.addEventListener("mousemove", function (ev) { if (drag) { view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y; applyView(); } });
  window.addEventListener("mouseup", function () { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect(), px = ev.clientX - box.left, py = ev.clientY - box.top;
    var k = Math.max(0.05, Math.min(40, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k; applyView();
  }, { passive: false });
  svg.addEventListener("click", function () { select(-1); });
  document.getElementById("search").addEventListener("input", function (ev) { search(ev.target.value, false); });
  document.getElementById("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { search(ev.target.value, true); } });
  var colourSelect = document.getElementById("colorBy");
  colourSelect.value = colorBy;
  colourSelect.addEventListener("change", function (ev) { colorBy = ev.target.value; recolour(); });
  document.getElementById("reset").addEventListener("click", function () { select(-1); fit(); });
  window.addEventListener("resize", fit);

  draw(); fit();
  window.kgGraph = { select: select, search: search, nodeCount: circles.length,
                     selected: function () { return selected; } };
})();
</script>
</body>
</html>
"""
