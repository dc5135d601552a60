"""Result formats: SPARQL 1.1 JSON/XML/CSV/TSV, tables and Markdown for people, RDF for graphs."""
from __future__ import annotations

import csv
import io
import json
import re
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape as _escape

import pyoxigraph as ox

from ..rdf.vocab import USER_PREFIXES, XSD
from .syntax import QueryError

if TYPE_CHECKING:
    from .run import QueryResult

SELECT_FORMATS = ["table", "csv", "tsv", "json", "md", "xml"]
GRAPH_FORMATS = ["ttl", "nt", "jsonld", "nq", "trig"]
FORMATS = SELECT_FORMATS + GRAPH_FORMATS


# --- formats -------------------------------------------------------------------------------
_BY_LENGTH = sorted(USER_PREFIXES.items(), key=lambda kv: -len(kv[1]))


def compact(term: ox.Term | None) -> str:
    """A short, readable form of a term: 'id:person/lyn-bacon', 'Lyn Bacon', '2023'."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in _BY_LENGTH:
            if term.value.startswith(ns) and len(term.value) > len(ns):
                return f"{prefix}:{term.value[len(ns):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _plain(term: ox.Term | None) -> str:
    """SPARQL 1.1 CSV form: IRIs and literals by their value."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if hasattr(term, "value") else str(term)


def _tsv_term(term: ox.Term | None) -> str:
    """SPARQL 1.1 TSV form: terms in SPARQL/Turtle syntax; tabs and newlines escaped."""
    if term is None:
        return ""
    return str(term).replace("\t", "\\t").replace("\n", "\\n")


def _json_term(term: ox.Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD + "string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON, compact.

    No `indent`: it would select json's pure-Python encoder, four times slower than the C
    one, which was most of the endpoint's time on results of a few hundred rows.
    """
    if result.form == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}})


def to_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML."""
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f'<variable name="{v}"/>' for v in result.variables]
    out.append("</head>")
    if result.form == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            out.append("<result>")
            for v, t in zip(result.variables, row):
                if t is not None:
                    out.append(f'<binding name="{v}">{_xml_term(t)}</binding>')
            out.append("</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out)


# Characters XML 1.0 cannot carry at all (C0 controls but tab/newline/CR, lone surrogates,
# U+FFFE/U+FFFF): an article's text can hold them, so XML outputs drop them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(s: str) -> str:
    return _NOT_XML.sub("", s)


def xml_escape(s: str) -> str:
    return _escape(xml_text(s))


def _xml_term(t: ox.Term) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f'<literal xml:lang="{t.language}">{xml_escape(t.value)}</literal>'
        if t.datatype.value != XSD + "string":
            return f'<literal datatype="{xml_escape(t.datatype.value)}">{xml_escape(t.value)}</literal>'
        return f"<literal>{xml_escape(t.value)}</literal>"
    return f"<literal>{xml_escape(str(t))}</literal>"


def _delimited(result: QueryResult, delimiter: str) -> str:
    buf = io.StringIO()
    if delimiter == ",":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.variables)
        w.writerows([_plain(t) for t in row] for row in result.rows)
    else:
        buf.write("\t".join(f"?{v}" for v in result.variables) + "\n")
        for row in result.rows:
            buf.write("\t".join(_tsv_term(t) for t in row) + "\n")
    return buf.getvalue()


def to_table(result: QueryResult, max_width: int | None = 60) -> str:
    """Aligned columns with compact terms; cells cut at `max_width` (None: never, for files and pipes)."""
    if result.form == "ask":
        return "true" if result.boolean else "false"
    cells = [[_clip(compact(t), max_width) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    fmt = lambda row: "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()  # noqa: E731
    lines = [fmt(result.variables), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells]
    return "\n".join(lines)


def _clip(s: str, n: int | None) -> str:
    s = " ".join(s.split())
    return s if n is None or len(s) <= n else s[: n - 1] + "…"


def to_markdown(result: QueryResult) -> str:
    if result.form == "ask":
        return "true" if result.boolean else "false"
    esc = lambda s: " ".join(s.split()).replace("|", "\\|")  # noqa: E731
    lines = ["| " + " | ".join(result.variables) + " |", "|" + "---|" * len(result.variables)]
    lines += ["| " + " | ".join(esc(compact(t)) for t in row) + " |" for row in result.rows]
    return "\n".join(lines)


_RDF_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "xml": ox.RdfFormat.RDF_XML,
                "jsonld": ox.RdfFormat.JSON_LD, "nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def to_rdf(result: QueryResult, fmt: str) -> str:
    """CONSTRUCT/DESCRIBE triples in an RDF format (quad formats put them in the default graph)."""
    prefixes = USER_PREFIXES if fmt in ("ttl", "xml", "trig") else None
    return ox.serialize(result.triples, format=_RDF_FORMATS[fmt], prefixes=prefixes).decode("utf-8")


def format_result(result: QueryResult, fmt: str = "table", *, clip: bool = True) -> str:
    """Render a result: table | csv | tsv | json | md | xml for SELECT/ASK; ttl | nt | jsonld | nq | trig | xml
    for graphs."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if result.form == "update":
        return "update done"
    if result.is_graph:
        return to_rdf(result, fmt if fmt in _RDF_FORMATS else "ttl")
    if fmt in GRAPH_FORMATS:
        raise QueryError(f"{fmt} is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv, json, md or xml")
    if result.form == "ask" and fmt in ("csv", "tsv"):
        return "true\n" if result.boolean else "false\n"
    render = {"table": lambda r: to_table(r, 60 if clip else None), "md": to_markdown, "json": to_json, "xml": to_xml,
              "csv": lambda r: _delimited(r, ","), "tsv": lambda r: _delimited(r, "\t")}[fmt]
    return render(result)


def truncation_note(result: QueryResult) -> str | None:
    """A line telling the user the rows were cut, or None."""
    if not result.truncated:
        return None
    what = "triples" if result.is_graph else "rows"
    return (f"showing the first {result.limit} {what} (row limit); "
            "raise it with --limit, or add LIMIT/OFFSET to the query")

