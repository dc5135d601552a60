"""A SPARQL 1.1 store over HTTP (Oxigraph server, Fuseki, GraphDB, Virtuoso) behind the same
methods kg uses on an embedded pyoxigraph Store, so every command works against either.

Reads go through the SPARQL 1.1 Protocol (results parsed by pyoxigraph into the same terms an
embedded store returns); writes through SPARQL 1.1 Update (one request per batch, which the
server applies as one transaction) and loads through the Graph Store HTTP Protocol (`PUT`
replaces a graph, so a rerun is idempotent). Endpoints default to Oxigraph's layout
(`/query`, `/update`, `/store` under the store URL) and can be set one by one; HTTP basic auth
comes from KG_STORE_USER / KG_STORE_PASSWORD. Connection failures and 5xx answers are retried
a few times, then reported in one line.
"""
from __future__ import annotations

import base64
import io
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Iterable, Iterator

import pyoxigraph as ox

from ..errors import KGError

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
RETRIES = 3
TIMEOUT_S = 300


class RemoteStoreError(KGError):
    """The remote store cannot be reached, or refused a request; the message is for the user."""


def is_remote(location: object) -> bool:
    return isinstance(location, str) and location.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    gsp: str

    @classmethod
    def for_store(cls, url: str, query: str | None = None, update: str | None = None,
                  gsp: str | None = None) -> "Endpoints":
        """Oxigraph's layout under `url` unless set (by argument or KG_*_ENDPOINT variables)."""
        base = url.rstrip("/")
        for suffix in ("/query", "/sparql"):  # a query endpoint given as the store: its siblings
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        return cls(query or os.environ.get("KG_QUERY_ENDPOINT") or f"{base}/query",
                   update or os.environ.get("KG_UPDATE_ENDPOINT") or f"{base}/update",
                   gsp or os.environ.get("KG_GSP_ENDPOINT") or f"{base}/store")


def _auth_header() -> dict[str, str]:
    user = os.environ.get("KG_STORE_USER")
    if not user:
        return {}
    token = base64.b64encode(f"{user}:{os.environ.get('KG_STORE_PASSWORD', '')}".encode()).decode()
    return {"Authorization": f"Basic {token}"}


def _term(t) -> str:
    """A term in SPARQL syntax (pyoxigraph's str() is N-Triples, which SPARQL accepts)."""
    return str(t)


class RemoteStore:
    """The subset of `pyoxigraph.Store` kg uses, over HTTP."""

    def __init__(self, url: str, *, read_only: bool = False, endpoints: Endpoints | None = None):
        self.url = url
        self.read_only = read_only
        self.endpoints = endpoints or Endpoints.for_store(url)

    # --- HTTP ----------------------------------------------------------------------------------
    def _request(self, method: str, url: str, body: bytes | None = None, headers: dict | None = None) -> tuple[str, bytes]:
        headers = {**(headers or {}), **_auth_header(), "User-Agent": "kg"}
        last = ""
        for attempt in range(RETRIES):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                    return response.headers.get("Content-Type", ""), response.read()
            except urllib.error.HTTPError as e:
                detail = e.read().decode("utf-8", "replace").strip().splitlines()
                last = f"{e.code} {e.reason}" + (f": {detail[0][:300]}" if detail else "")
                if e.code < 500:
                    break  # the server refused: retrying will not help
            except (urllib.error.URLError, OSError) as e:
                last = str(getattr(e, "reason", e))
            time.sleep(0.2 * 2 ** attempt)
        raise RemoteStoreError(f"the SPARQL store at {self.url} failed a {method} to {url}: {last}")

    def _post_form(self, url: str, fields: list[tuple[str, str]], accept: str) -> tuple[str, bytes]:
        body = urllib.parse.urlencode(fields).encode()
        return self._request("POST", url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                 "Accept": accept})

    def ping(self) -> None:
        self.query("ASK { }")

    # --- reading -------------------------------------------------------------------------------
    def query(self, sparql: str, *, use_default_graph_as_union: bool = False, default_graph=None,
              named_graphs=None, substitutions: dict | None = None, base_iri: str | None = None,
              prefixes: dict[str, str] | None = None, **_):
        """Like `Store.query`: solutions, a boolean, or triples (CONSTRUCT/DESCRIBE)."""
        if prefixes:
            sparql = "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes.items()) + sparql
        if base_iri:
            sparql = f"BASE <{base_iri}>\n{sparql}"
        if substitutions:
            sparql = bind_values(sparql, substitutions)
        fields = [("query", sparql)]
        if use_default_graph_as_union and not default_graph:
            fields.append(("union-default-graph", ""))  # Oxigraph; other stores: configure a union default graph
        for g in _as_list(default_graph):
            fields.append(("default-graph-uri", g.value))
        for g in _as_list(named_graphs):
            fields.append(("named-graph-uri", g.value))
        ctype, body = self._post_form(self.endpoints.query, fields, f"{RESULTS_JSON}, {N_TRIPLES};q=0.9")
        if "n-triples" in ctype or "turtle" in ctype:
            return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)]
        return ox.parse_query_results(body, ox.QueryResultsFormat.JSON)

    def quads_for_pattern(self, subject=None, predicate=None, obj=None, graph_name=None) -> Iterator[ox.Quad]:
        s, p, o, g = (_term(x) if x is not None else f"?{v}" for x, v in
                      ((subject, "s"), (predicate, "p"), (obj, "o"), (graph_name, "g")))
        rows = self.query(f"SELECT * WHERE {{ GRAPH {g} {{ {s} {p} {o} }} }}")
        for row in rows:
            yield ox.Quad(subject or row["s"], predicate or row["p"], obj or row["o"], graph_name or row["g"])

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()

    def __contains__(self, quad: ox.Quad) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {_term(quad.graph_name)} {{ {_term(quad.subject)} "
                               f"{_term(quad.predicate)} {_term(quad.object)} }} }}"))

    def __len__(self) -> int:
        rows = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(rows[0]["n"].value)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            yield row["g"]

    def dump(self, output=None, format=None, *, from_graph=None, **_) -> bytes | None:
        quads = self.quads_for_pattern(graph_name=from_graph)
        data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads) if from_graph
                            else quads, format=format)
        if output is None:
            return data
        if isinstance(output, (str, os.PathLike)):
            with open(output, "wb") as f:
                f.write(data)
        else:
            output.write(data)
        return None

    # --- writing -------------------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise RemoteStoreError(f"the SPARQL store at {self.url} was opened read-only")

    def update(self, sparql: str, *, prefixes: dict[str, str] | None = None, **_) -> None:
        self._writable()
        if prefixes:
            sparql = "".join(f"PREFIX {k}: <{v}>\n" for k, v in prefixes.items()) + sparql
        self._request("POST", self.endpoints.update, sparql.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"})

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        batch: list[str] = []
        for q in quads:
            batch.append(str(q) + " .")
            if len(batch) >= 5000:
                self._insert(batch)
                batch = []
        if batch:
            self._insert(batch)

    def _insert(self, lines: list[str]) -> None:
        # N-Quads lines become one INSERT DATA: a quad is 'GRAPH <g> { s p o }'
        body = "\n".join(_quad_as_graph_pattern(line) for line in lines)
        self.update(f"INSERT DATA {{ {body} }}")

    def add(self, quad: ox.Quad) -> None:
        self.extend([quad])

    def remove(self, quad: ox.Quad) -> None:
        self.update(f"DELETE DATA {{ {_quad_as_graph_pattern(str(quad) + ' .')} }}")

    def load(self, input=None, format=None, *, path=None, to_graph=None, **_) -> None:
        """Replace nothing, add everything: parse here, send as INSERT DATA."""
        quads = ox.parse(input, format, path=path, without_named_graphs=False) if to_graph is None else (
            ox.Quad(q.subject, q.predicate, q.object, to_graph) for q in ox.parse(input, format, path=path))
        self.extend(quads)

    def put_graph(self, graph: ox.NamedNode, triples: Iterable[ox.Triple]) -> None:
        """Graph Store Protocol PUT: the graph becomes exactly `triples`."""
        self._writable()
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        url = f"{self.endpoints.gsp}?{urllib.parse.urlencode({'graph': graph.value})}"
        self._request("PUT", url, data, {"Content-Type": N_TRIPLES})

    def clear_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"CLEAR SILENT GRAPH {_term(graph)}")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {_term(graph)}")

    def flush(self) -> None:
        """Nothing to flush: the server commits each request."""

    def optimize(self) -> None:
        """The server's business."""


def _as_list(x) -> list:
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple, set)) else [x]


_QUAD = re.compile(r"^(.*)\s+(<[^>]*>|_:\S+)\s*\.\s*$", re.S)


def _quad_as_graph_pattern(line: str) -> str:
    """'s p o <g> .' -> 'GRAPH <g> { s p o . }'; a triple line stays as it is."""
    quad = ox.parse(line, ox.RdfFormat.N_QUADS)
    (q,) = list(quad)
    if isinstance(q.graph_name, ox.DefaultGraph):
        return f"{q.subject} {q.predicate} {q.object} ."
    return f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} . }}"


def bind_values(sparql: str, substitutions: dict) -> str:
    """Substitutions as a trailing VALUES clause, which SPARQL 1.1 joins with the results; like
    pyoxigraph's `substitutions=`, the variables must be projected."""
    names = " ".join(f"?{getattr(v, 'value', v)}" for v in substitutions)
    values = " ".join(_term(t) for t in substitutions.values())
    return f"{sparql}\nVALUES ({names}) {{ ({values}) }}"
