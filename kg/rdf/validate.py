"""`kg validate`: check the store against the data model's SHACL shapes with pyshacl.

Entity nodes (people, organisations) are shared by many article graphs, so the shapes
are checked against the union of all graphs (articles, ontology and analysis), not graph
by graph: "exactly one foaf:name" is a statement about the whole store.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from ..errors import KGError
from ..resources import shapes_file
from .store import open_store
from .vocab import PREFIXES



class ShapesError(KGError):
    """The SHACL shapes file cannot be read."""


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, in the compact form the report prints."""
    severity: str  # "Violation" | "Warning" | "Info"
    focus: str
    path: str
    value: str
    message: str

    def line(self) -> str:
        value = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path}{value}: {self.message}"


def store_union_graph(store: ox.Store) -> rdflib.Graph:
    """Every triple of every graph of the store, as one rdflib graph."""
    data = store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    graph = rdflib.Graph()
    graph.parse(data=data.serialize(format=ox.RdfFormat.N_TRIPLES), format="nt")
    return graph


def load_shapes(shapes_path: Path | str | None) -> rdflib.Graph:
    path = Path(shapes_path) if shapes_path is not None else shapes_file()
    try:
        return rdflib.Graph().parse(str(path), format="turtle")
    except FileNotFoundError:
        raise ShapesError(f"no shapes file at {path}") from None
    except Exception as e:  # rdflib raises several unrelated parser exception types
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ShapesError(f"cannot read the shapes file {path} as Turtle: {first}") from None


def _compact(term, graph: rdflib.Graph) -> str:
    """An IRI as prefix:local when a kg prefix covers it, literals in N-Triples form."""
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
            if str(term).startswith(ns):
                return f"{prefix}:{str(term)[len(ns):]}"
        return f"<{term}>"
    if isinstance(term, rdflib.BNode):
        return "[]" if (term, None, None) not in graph else _describe_path(term, graph)
    return term.n3()


def _describe_path(node, graph: rdflib.Graph) -> str:
    """Blank-node result paths (sh:inversePath and the like) as `^path` etc."""
    inverse = graph.value(node, SH.inversePath)
    return f"^{_compact(inverse, graph)}" if inverse is not None else "[]"


def violations(results: rdflib.Graph) -> list[Violation]:
    """The validation results of a pyshacl results graph, sorted for stable output."""
    out = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        severity = results.value(result, SH.resultSeverity)
        out.append(Violation(
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            focus=_compact(results.value(result, SH.focusNode), results),
            path=_compact(results.value(result, SH.resultPath), results),
            value=_compact(results.value(result, SH.value), results),
            message=str(results.value(result, SH.resultMessage) or ""),
        ))
    return sorted(out, key=lambda v: (v.severity != "Violation", v.focus, v.path, v.message, v.value))


def format_violations(found: list[Violation], triples: int) -> str:
    errors = sum(v.severity == "Violation" for v in found)
    warnings = len(found) - errors
    if not found:
        return f"conforms: {triples} triples checked, no violations"
    head = (f"{'conforms' if not errors else 'does not conform'}: {triples} triples checked, "
            f"{errors} violation{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    return "\n".join([head] + [v.line() for v in found])


def validate_graph(data: rdflib.Graph, shapes: rdflib.Graph) -> tuple[bool, list[Violation]]:
    """(conforms, results) of `data` against `shapes`; warnings do not break conformance."""
    import pyshacl

    conforms, results, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", allow_warnings=True, advanced=False)
    return bool(conforms), violations(results)


def validate_store(store_path: Path | str | None, shapes_path: Path | str | None = None) -> tuple[bool, str]:
    """(conforms, report) for the store against the shapes (default ontology/shapes.ttl).

    The report lists each violation and warning as `focus path (value): message`.
    """
    shapes = load_shapes(shapes_path)
    store = open_store(store_path, read_only=True)
    data = store_union_graph(store)
    conforms, found = validate_graph(data, shapes)
    return conforms, format_violations(found, len(data))
