"""The embedded Oxigraph store: opening it, and replacing one article's graph at a time.

Every write that matters is a single SPARQL update, which Oxigraph applies in one
transaction, so a build stopped at any point leaves each article graph either as it was
or wholly replaced, never half-written.
"""
from __future__ import annotations

from ..errors import KGError

import os
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from .vocab import ONTOLOGY_GRAPH, sparql_prologue

DEFAULT_STORE = "kg-store"
STORE_ENV = "KG_STORE"


class StoreError(KGError):
    """The store cannot be opened or written; the message is for the user."""


def default_store_path() -> Path | str:
    """$KG_STORE (a folder or an http(s):// URL), else ./kg-store."""
    location = os.environ.get(STORE_ENV) or DEFAULT_STORE
    return location if location.startswith(("http://", "https://")) else Path(location)


def open_store(path: Path | str | None = None, *, read_only: bool = False) -> ox.Store:
    """Open (or, for writing, create) the store at `path` with a clear error on failure.

    `path` is a folder (an embedded Oxigraph store) or the http(s):// URL of a SPARQL 1.1
    store (`kg.rdf.remote.RemoteStore`, reached once here so that a wrong URL fails now).
    Read-only opens are snapshots that work while a build holds the write lock.
    """
    from .remote import RemoteStore, is_remote

    location = str(path) if path is not None else str(default_store_path())
    if is_remote(location):
        remote = RemoteStore(location, read_only=read_only)
        remote.ping()
        return remote
    path = Path(location)
    if read_only:
        if not path.is_dir():
            raise StoreError(f"no kg store at {path} (run `kg build` first, or pass --store)")
        try:
            return ox.Store.read_only(str(path))
        except OSError as e:
            raise StoreError(f"cannot open the store at {path} for reading: {_first_line(e)}") from None
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory")
    try:
        return ox.Store(str(path))
    except OSError as e:
        if "lock" in str(e).lower():
            raise StoreError(
                f"the store at {path} is in use by another kg process (a build or a writer); "
                "wait for it to finish, or use a different --store") from None
        raise StoreError(f"cannot open the store at {path}: {_first_line(e)}") from None


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


def replace_graph(store: ox.Store, graph: ox.NamedNode, triples: Iterable[ox.Triple | ox.Quad]) -> None:
    """Drop `graph` and insert `triples` into it in one transaction."""
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)  # N-Triples forms
    store.update(f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}")


def drop_graph(store: ox.Store, graph: ox.NamedNode) -> None:
    store.update(f"DROP SILENT GRAPH {graph}")


def article_states(store: ox.Store) -> dict[str, tuple[str, str, str]]:
    """article IRI -> (content hash, extractor version, source) for every article graph."""
    rows = store.query(
        sparql_prologue() + """
        SELECT ?a ?hash ?version ?source WHERE {
          GRAPH ?a { ?a a schema:NewsArticle ; kg:contentHash ?hash ; dcterms:source ?source .
                     OPTIONAL { ?a kg:extractorVersion ?version } }
        }""")
    return {r["a"].value: (r["hash"].value, r["version"].value if r["version"] else "", r["source"].value)
            for r in rows}


def load_ontology(store: ox.Store, ontology_file: Path) -> None:
    """Replace the ontology graph with the Turtle file's triples, in one transaction.

    Left alone when it already holds them: every insert gives the ontology's blank nodes
    (class unions, lists) fresh names, so rewriting an unchanged ontology would change the
    store on every build.
    """
    triples = list(ox.parse(path=str(ontology_file), format=ox.RdfFormat.TURTLE))
    wanted = [ox.Quad(t.subject, t.predicate, t.object, ONTOLOGY_GRAPH) for t in triples]
    if not isomorphic(store.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH), wanted):
        replace_graph(store, ONTOLOGY_GRAPH, triples)


def isomorphic(a: Iterable[ox.Quad], b: Iterable[ox.Quad]) -> bool:
    """The same quads up to the names of blank nodes."""
    left, right = ox.Dataset(a), ox.Dataset(b)
    if len(left) != len(right):
        return False
    left.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    right.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return left == right


__all__ = ["open_store", "replace_graph", "drop_graph", "article_states", "load_ontology", "isomorphic",
           "StoreError", "default_store_path", "DEFAULT_STORE", "STORE_ENV"]
