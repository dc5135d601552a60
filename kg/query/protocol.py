"""The media types of the SPARQL 1.1 Protocol, content negotiation and the Service Description."""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from . import format_result
from .run import QueryResult

# media type -> kg format name, in order of preference for each kind of result
SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
ASK_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
             "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
             "text/csv": "csv", "text/tab-separated-values": "tsv", "text/plain": "csv"}
RDF_TYPES = {"text/turtle": "ttl", "application/n-triples": "nt", "application/rdf+xml": "xml",
             "application/ld+json": "jsonld", "application/n-quads": "nq", "application/trig": "trig",
             "text/plain": "nt", "application/x-turtle": "ttl"}
GRAPH_TYPES = RDF_TYPES
HTML = {"text/html": "html", "application/xhtml+xml": "html"}
# the page's ?format= names
FORMAT_TYPES = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                "xml": "application/sparql-results+xml", "ttl": "text/turtle", "nt": "application/n-triples",
                "jsonld": "application/ld+json", "nq": "application/n-quads", "trig": "application/trig"}


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    out = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = min(max(float(f[2:]), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        if fields[0]:
            out.append((fields[0].lower(), q))
    return out


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """q of the most specific range that matches `media` (RFC 9110 12.5.1); 0 if none does."""
    kind = media.split("/")[0]
    best, best_specificity = 0.0, -1
    for rng, q in ranges:
        specificity = 2 if rng == media else 1 if rng == f"{kind}/*" else 0 if rng == "*/*" else -1
        if specificity > best_specificity:
            best, best_specificity = q, specificity
    return best if best_specificity >= 0 else 0.0


def negotiate(accept: str | None, offered: dict[str, str]) -> tuple[str, str] | None:
    """(media type, format) best matching an Accept header among `offered` (first is the default).

    None when the header accepts none of them (the caller answers 406).
    """
    if not accept or not accept.strip():
        media = next(iter(offered))
        return media, offered[media]
    ranges = _parse_accept(accept)
    scored = [(_quality(m, ranges), -i, m) for i, m in enumerate(offered)]
    q, _, media = max(scored)
    return (media, offered[media]) if q > 0 else None


def render(result: QueryResult, fmt: str) -> bytes:
    return format_result(result, fmt).encode("utf-8")


OFFERS = {"select": SELECT_TYPES, "ask": ASK_TYPES, "graph": GRAPH_TYPES}


def result_kind(result: QueryResult) -> str:
    """'select', 'ask' or 'graph': which media types a result can be written in."""
    return "graph" if result.is_graph else "ask" if result.form == "ask" else "select"


def choose_formats(accept: str | None, format_param: str | None) -> dict[str, tuple[str, str] | None]:
    """(media type, format) for each kind of result, from ?format= or else Accept; None: 406.

    Decided before the query runs, so the worker that runs it can also write the answer.
    """
    chosen: dict[str, tuple[str, str] | None] = {}
    for kind, offered in OFFERS.items():
        if format_param in FORMAT_TYPES and FORMAT_TYPES[format_param] in offered:
            chosen[kind] = FORMAT_TYPES[format_param], format_param
        else:
            chosen[kind] = negotiate(accept, offered)
    return chosen


@dataclass
class Rendered:
    """A result already written in its negotiated format (body None: no acceptable format)."""
    kind: str
    media: str | None
    body: bytes | None
    truncated: bool
    limit: int | None


def render_result(result: QueryResult, formats: dict[str, tuple[str, str] | None]) -> Rendered:
    kind = result_kind(result)
    choice = formats.get(kind)
    if choice is None:
        return Rendered(kind, None, None, result.truncated, result.limit)
    media, fmt = choice
    return Rendered(kind, media, render(result, fmt), result.truncated, result.limit)


_SD = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix format: <http://www.w3.org/ns/formats/> .
<{url}> a sd:Service ;
  sd:endpoint <{url}> ;
  sd:supportedLanguage sd:SPARQL11Query ;
  sd:feature sd:UnionDefaultGraph{features} ;
  sd:resultFormat format:SPARQL_Results_JSON, format:SPARQL_Results_XML, format:SPARQL_Results_CSV,
    format:SPARQL_Results_TSV, format:Turtle, format:N-Triples, format:RDF_XML, format:JSON-LD,
    format:N-Quads, format:TriG ;
  sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""


def service_description(url: str, fmt: str, *, federation: bool = False) -> bytes:
    """The SPARQL 1.1 Service Description of this endpoint, in an RDF format kg writes."""
    turtle = _SD.format(url=url, features=", sd:BasicFederatedQuery" if federation else "")
    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE)]
    prefixes = {"sd": "http://www.w3.org/ns/sparql-service-description#", "format": "http://www.w3.org/ns/formats/"}
    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
                  "jsonld": ox.RdfFormat.JSON_LD, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
    return ox.serialize(triples, format=rdf_format, prefixes=prefixes if fmt in ("ttl", "trig", "xml") else None)
