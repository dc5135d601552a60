"""Codes and lineage of one organisation, for `kg describe` and the network views."""
from __future__ import annotations

import pyoxigraph as ox

from ..rdf.vocab import ORG, SCHEMA, SKOS
from .graph import DATATYPE_SCHEME

SCHEME_LABEL = {"ods": "ODS", "gss": "GSS", "register": "register"}


def codes(store: ox.Store, node: ox.NamedNode) -> list[str]:
    """'ODS 04K', 'GSS E38000132', ... for the organisation, in a stable order."""
    found = {(DATATYPE_SCHEME.get(q.object.datatype.value, "register"), q.object.value)
             for q in store.quads_for_pattern(node, ox.NamedNode(ORG + "identifier"), None, None)}
    return [f"{SCHEME_LABEL[s]} {c}" for s, c in sorted(found)]


def _one(store: ox.Store, s, p: str):
    q = next(iter(store.quads_for_pattern(s, ox.NamedNode(p), None, None)), None)
    return q.object if q is not None else None


def _label(store: ox.Store, node) -> str:
    found = _one(store, node, SKOS + "prefLabel")
    return found.value if found is not None else node.value


def lineage(store: ox.Store, node: ox.NamedNode, limit: int = 50) -> list[str]:
    """Every change before and after the organisation, one line each, oldest first:
    '2020-04-01 merger: NHS Nottingham City CCG, ... -> NHS Nottingham and Nottinghamshire CCG'."""
    changed_by, resulting, original = (ox.NamedNode(ORG + x) for x in
                                       ("changedBy", "resultingOrganization", "originalOrganization"))
    events: set = set()
    for forward in (True, False):
        todo, seen = [node], {node}
        while todo and len(events) < limit:
            current = todo.pop()
            found = ([q.object for q in store.quads_for_pattern(current, changed_by, None, None)] if forward else
                     [q.subject for q in store.quads_for_pattern(None, resulting, current, None)])
            for event in found:
                events.add(event)
                nxt = resulting if forward else original
                for q in store.quads_for_pattern(event, nxt, None, None):
                    if q.object not in seen:
                        seen.add(q.object)
                        todo.append(q.object)
    lines = []
    for event in events:
        when = _one(store, event, SCHEMA + "startDate")
        kind = _one(store, event, "https://w3id.org/newskg/ontology#changeKind")
        olds = sorted({_label(store, q.object) for q in store.quads_for_pattern(event, original, None, None)})
        news = sorted({_label(store, q.object) for q in store.quads_for_pattern(event, resulting, None, None)})
        lines.append(f"{when.value if when is not None else 'undated'} {kind.value if kind is not None else 'change'}: "
                     f"{', '.join(olds)} -> {', '.join(news)}")
    return sorted(lines)


def life_span(store: ox.Store, node: ox.NamedNode) -> str:
    founded, dissolved = _one(store, node, SCHEMA + "foundingDate"), _one(store, node, SCHEMA + "dissolutionDate")
    if founded is None and dissolved is None:
        return ""
    return f"{founded.value if founded is not None else '?'} to {dissolved.value if dissolved is not None else 'now'}"


__all__ = ["codes", "lineage", "life_span"]


def official_attributes(store: ox.Store, iris) -> dict[str, dict[str, str]]:
    """iri -> {"official_name", "codes"} for the nodes that are register bodies (network views)."""
    from .graph import REGISTERS_GRAPH

    out = {}
    pref = ox.NamedNode(SKOS + "prefLabel")
    for iri in iris:
        node = ox.NamedNode(iri)
        name = next(iter(store.quads_for_pattern(node, pref, None, REGISTERS_GRAPH)), None)
        if name is None:
            continue
        out[iri] = {"official_name": name.object.value, "codes": "; ".join(codes(store, node))}
    return out


def add_official_attributes(G, store_path) -> None:
    """Set official_name and codes on the network's nodes that are register bodies."""
    from ..rdf.store import open_store

    for iri, attrs in official_attributes(open_store(store_path, read_only=True), list(G.nodes)).items():
        G.nodes[iri].update(attrs)
