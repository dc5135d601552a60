"""`kg export --format gexf|graphml|csv`: the analysed network for Gephi and other tools.

GEXF is written with lxml rather than networkx's writer, whose 1.3 output does not
validate against the official schema (xsi namespace, empty graph name, "long" time
format). The schema used (tests/schemas/gexf-1.3) declares color/size/position in the
GEXF namespace itself, so they are written there; Gephi matches them by local name.
Every export carries labels, kinds, centralities and communities as node attributes,
and first-seen dates (article dates, award years) as start times for Gephi's timeline.
"""
from __future__ import annotations

import csv
import io
import math
import sys
from datetime import date
from pathlib import Path

import networkx as nx
from lxml import etree

from .. import __version__
from .analysis import analyzed_network
from .records import NetworkError
from ..query.formats import xml_text

FORMATS = ("gexf", "graphml", "csv")
GEXF_NS = "http://gexf.net/1.3"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
GEXF_SCHEMA_LOCATION = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd"

#: Colour per node kind (Tableau 10), shared with the interactive view.
KIND_COLOURS = {
    "person": "#4e79a7", "organisation": "#f28e2b", "partnership": "#59a14f",
    "award": "#e15759", "initiative": "#b07aa1", "place": "#76b7b2",
}
COMMUNITY_COLOURS = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
                     "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"]
OTHER_COLOUR = "#999999"

#: (attribute, GEXF type) in the order Gephi shows them in its data table.
NODE_ATTRS = [("iri", "string"), ("kind", "string"), ("org_type", "string"), ("articles", "integer"),
              ("first_seen", "string"), ("degree", "integer"), ("weighted_degree", "integer"),
              ("betweenness", "double"), ("pagerank", "double"), ("closeness", "double"),
              ("community", "integer"), ("official_name", "string"), ("codes", "string")]
EDGE_ATTRS = [("relation", "string"), ("articles", "integer"), ("facts", "string"), ("first_seen", "string")]
CSV_NODE_COLUMNS = ["Id", "Label"] + [name for name, _ in NODE_ATTRS]
CSV_EDGE_COLUMNS = ["Source", "Target", "Type", "Weight", "Label", "relation", "articles", "first_seen"]


def export_network(store_path: Path | str | None, fmt: str, output: Path | None = None,
                   projection: str = "entity") -> None:
    """Write the analysed projection as GEXF, GraphML (file or stdout) or a CSV folder."""
    if fmt not in FORMATS:
        raise NetworkError(f"unknown network format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "csv" and output is None:
        raise NetworkError("csv export writes a folder with nodes.csv and edges.csv; name it with -o FOLDER")
    _, analysis = analyzed_network(store_path, projection)
    G = analysis.graph
    add_official_attributes(G, store_path)  # official name and codes of register bodies
    if fmt == "csv":
        write_csv(G, Path(output))
        return
    data = gexf_bytes(G) if fmt == "gexf" else graphml_bytes(G)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        Path(output).write_bytes(data)
    except OSError as e:
        raise NetworkError(f"cannot write {output}: {e.strerror or e}") from None


# --- colours and sizes ------------------------------------------------------------------------
def add_official_attributes(G: nx.Graph, store_path) -> None:
    from ..registers.describe import add_official_attributes as add

    add(G, store_path)


def node_colour(attrs: dict, color_by: str = "kind") -> str:
    if color_by == "community":
        cid = attrs.get("community")
        return COMMUNITY_COLOURS[cid % len(COMMUNITY_COLOURS)] if cid is not None else OTHER_COLOUR
    return KIND_COLOURS.get(attrs.get("kind", ""), OTHER_COLOUR)


def node_sizes(G: nx.Graph, lo: float = 4.0, hi: float = 40.0) -> dict[str, float]:
    """Size by PageRank (square root, so area tracks rank), scaled into [lo, hi]."""
    ranks = {n: G.nodes[n].get("pagerank", 0.0) for n in G}
    top = max(ranks.values(), default=0.0) or 1.0
    return {n: round(lo + (hi - lo) * math.sqrt(r / top), 2) for n, r in ranks.items()}


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


# --- GEXF ----------------------------------------------------------------------------------
def _q(tag: str) -> str:
    return f"{{{GEXF_NS}}}{tag}"


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return repr(v)
    return xml_text(str(v))


def gexf_bytes(G: nx.Graph) -> bytes:
    """GEXF 1.3 (dynamic, dates): attributes, viz colour and size, start times."""
    root = etree.Element(_q("gexf"), nsmap={None: GEXF_NS, "xsi": XSI_NS}, version="1.3")
    root.set(f"{{{XSI_NS}}}schemaLocation", GEXF_SCHEMA_LOCATION)
    meta = etree.SubElement(root, _q("meta"), lastmodifieddate=date.today().isoformat())
    etree.SubElement(meta, _q("creator")).text = f"kg {__version__}"
    etree.SubElement(meta, _q("description")).text = (
        f"{G.graph.get('projection', 'entity')} projection of a kg knowledge graph; "
        "node start = first seen (article date or award year)")
    graph = etree.SubElement(root, _q("graph"), defaultedgetype="undirected", mode="dynamic",
                             timeformat="date", timerepresentation="interval", idtype="string")
    _gexf_attribute_decls(graph, "node", NODE_ATTRS)
    _gexf_attribute_decls(graph, "edge", EDGE_ATTRS)
    _gexf_nodes(graph, G)
    _gexf_edges(graph, G)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _gexf_attribute_decls(graph, cls: str, attrs: list[tuple[str, str]]) -> None:
    el = etree.SubElement(graph, _q("attributes"), {"class": cls, "mode": "static"})
    for i, (name, typ) in enumerate(attrs):
        etree.SubElement(el, _q("attribute"), id=str(i), title=name, type=typ)


def _gexf_attvalues(parent, attrs: dict, decls: list[tuple[str, str]]) -> None:
    values = etree.SubElement(parent, _q("attvalues"))
    for i, (name, _) in enumerate(decls):
        if attrs.get(name) not in (None, ""):
            etree.SubElement(values, _q("attvalue"), {"for": str(i), "value": _value(attrs[name])})


def _gexf_nodes(graph, G: nx.Graph) -> None:
    nodes = etree.SubElement(graph, _q("nodes"), count=str(G.number_of_nodes()))
    sizes = node_sizes(G)
    for n, attrs in G.nodes(data=True):
        el = etree.SubElement(nodes, _q("node"), id=xml_text(n), label=xml_text(attrs.get("label", n)))
        if attrs.get("first_seen"):
            el.set("start", attrs["first_seen"])
        _gexf_attvalues(el, attrs, NODE_ATTRS)
        r, g, b = _rgb(node_colour(attrs))
        etree.SubElement(el, _q("color"), r=str(r), g=str(g), b=str(b))
        etree.SubElement(el, _q("size"), value=str(sizes[n]))


def _gexf_edges(graph, G: nx.Graph) -> None:
    edges = etree.SubElement(graph, _q("edges"), count=str(G.number_of_edges()))
    for i, (u, v, attrs) in enumerate(G.edges(data=True)):
        el = etree.SubElement(edges, _q("edge"), id=str(i), source=xml_text(u), target=xml_text(v),
                              weight=str(attrs.get("weight", 1)))
        start = _edge_start(G, u, v, attrs)
        if start:
            el.set("start", start)
        _gexf_attvalues(el, {**attrs, "facts": attrs.get("label", "")}, EDGE_ATTRS)


def _edge_start(G: nx.Graph, u: str, v: str, attrs: dict) -> str | None:
    """An edge cannot appear on the timeline before either of its ends."""
    starts = [s for s in (attrs.get("first_seen"), G.nodes[u].get("first_seen"), G.nodes[v].get("first_seen")) if s]
    return max(starts) if starts else None


# --- GraphML and CSV --------------------------------------------------------------------------
def graphml_bytes(G: nx.Graph) -> bytes:
    """GraphML with flat typed attributes (networkx's writer infers the key types)."""
    clean = lambda v: xml_text(v) if isinstance(v, str) else v  # noqa: E731
    H = nx.Graph(projection=G.graph.get("projection", "entity"))
    for n, attrs in G.nodes(data=True):
        H.add_node(clean(n), **{k: clean(v) for k, v in attrs.items() if v is not None}, color=node_colour(attrs))
    H.add_edges_from((clean(u), clean(v), {k: clean(x) for k, x in a.items()}) for u, v, a in G.edges(data=True))
    buf = io.BytesIO()
    nx.write_graphml(H, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def write_csv(G: nx.Graph, folder: Path) -> None:
    """Gephi's spreadsheet import layout: nodes.csv (Id, Label, ...) and edges.csv (Source, Target, ...)."""
    if folder.exists() and not folder.is_dir():
        raise NetworkError(f"{folder} is a file; csv export needs a folder for nodes.csv and edges.csv")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "nodes.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(CSV_NODE_COLUMNS)
            for n, attrs in G.nodes(data=True):
                w.writerow([n, attrs.get("label", n)] + [_csv(attrs.get(name)) for name, _ in NODE_ATTRS])
        with open(folder / "edges.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(CSV_EDGE_COLUMNS)
            for u, v, attrs in G.edges(data=True):
                w.writerow([u, v, "Undirected", attrs.get("weight", 1), attrs.get("label", ""),
                            attrs.get("relation", ""), attrs.get("articles", 0), _csv(attrs.get("first_seen"))])
    except OSError as e:
        raise NetworkError(f"cannot write {folder}: {e.strerror or e}") from None


def _csv(v) -> str:
    return "" if v is None else _value(v)
