"""`kg export` for RDF formats: the store serialised by pyoxigraph.

Triple formats (ttl, nt) hold the union of all graphs; quad formats (nq, trig) and
JSON-LD keep each article's named graph so provenance survives.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from ..errors import KGError
from .store import open_store
from .vocab import USER_PREFIXES

FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": None,  # via rdflib, which writes named graphs as JSON-LD @graph objects
}


def export_rdf(store_path: Path | str | None, fmt: str, output: Path | None = None) -> None:
    store = open_store(store_path, read_only=True)
    if fmt == "jsonld":
        data = _jsonld(store)
    elif fmt in ("ttl", "nt"):
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in store)
        data = ox.serialize(triples, format=FORMATS[fmt], prefixes=USER_PREFIXES if fmt == "ttl" else None)
    else:
        data = store.dump(format=FORMATS[fmt], prefixes=USER_PREFIXES if fmt == "trig" else None)
    if output is None:
        sys.stdout.buffer.write(data)
        return
    try:
        output.write_bytes(data)
    except OSError as e:
        raise KGError(f"cannot write {output}: {e.strerror}") from None


def _jsonld(store: ox.Store) -> bytes:
    import rdflib

    ds = rdflib.Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    context = dict(USER_PREFIXES)
    return ds.serialize(format="json-ld", context=context, indent=1).encode("utf-8")
