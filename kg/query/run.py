"""Preparing a query (safety, parameters) and running it on an open store."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..rdf.store import open_store
from ..rdf.vocab import USER_PREFIXES as PREFIXES
from .catalogue import find_query
from .params import Param, find_params, to_term
from .syntax import (MAX_QUERY_CHARS, QueryError, QueryTimeout, Token, _first_line, _syntax_error, check_safety,
                     has_dataset_clause, tokenize)

DEFAULT_LIMIT = 10_000
DEFAULT_TIMEOUT = 30.0


def is_store_object(store) -> bool:
    """An opened store (embedded or remote) rather than a location to open in a worker."""
    from ..rdf.remote import RemoteStore

    return isinstance(store, (ox.Store, RemoteStore))


# --- preparing and running -----------------------------------------------------------------
@dataclass
class Prepared:
    text: str  # what runs: the user's text, maybe with a parameter added to the projection
    form: str
    substitutions: dict[ox.Variable, ox.Term]
    hidden: set[str]  # variables added to the projection only so they can be substituted
    has_dataset: bool = False  # the query names its dataset (FROM / FROM NAMED)


def _projection(tokens: list[Token]) -> tuple[int, list[Token]] | None:
    """Index of the top-level SELECT keyword's last modifier and the projected variable tokens."""
    depth = 0
    for i, t in enumerate(tokens):
        if t.text == "{":
            depth += 1
        elif t.text == "}":
            depth -= 1
        elif depth == 0 and t.keyword == "SELECT":
            j = i + 1 if i + 1 < len(tokens) and tokens[i + 1].keyword in ("DISTINCT", "REDUCED") else i
            projected, parens, k = [], 0, j + 1
            while k < len(tokens) and tokens[k].keyword not in ("WHERE", "FROM") and tokens[k].text != "{":
                tk = tokens[k]
                parens += (tk.text == "(") - (tk.text == ")")
                if tk.text == "*" and parens == 0:
                    projected.append(tk)
                elif tk.kind == "var" and (parens == 0 or tokens[k - 1].keyword == "AS"):
                    projected.append(tk)
                k += 1
            return j, projected
    return None


def _group_by_end(tokens: list[Token]) -> Token | None:
    """The BY of a top-level GROUP BY, if any."""
    depth = 0
    for i, t in enumerate(tokens):
        depth += (t.text == "{") - (t.text == "}")
        if depth == 0 and t.keyword == "GROUP" and i + 1 < len(tokens) and tokens[i + 1].keyword == "BY":
            return tokens[i + 1]
    return None


def _make_visible(text: str, tokens: list[Token], variables: list[str]) -> tuple[str, set[str]]:
    """Add substituted variables to a SELECT's projection (and GROUP BY), as substitution needs."""
    found = _projection(tokens)
    if found is None:
        return text, set()
    j, projected = found
    names = {t.text[1:] for t in projected}
    missing = [v for v in variables if v not in names]
    if not missing or any(t.text == "*" for t in projected):
        return text, set()
    extra = "".join(f" ?{v}" for v in missing)
    inserts = [(tokens[j].start + len(tokens[j].text), extra)]
    by = _group_by_end(tokens)
    if by is not None:
        inserts.append((by.start + len(by.text), extra))
    for pos, s in sorted(inserts, reverse=True):
        text = text[:pos] + s + text[pos:]
    return text, set(missing)


def prepare(text: str, values: dict[str, str] | None = None, *, defaults: dict[str, str] | None = None,
            store: ox.Store | None = None, allow_federation: bool = False,
            allow_update: bool = False, strict: bool = True) -> Prepared:
    """Check a query's safety and bind its parameters; the text itself is never given values."""
    # tokenized once for every check below (text over the length limit: check_safety refuses it first)
    tokens = tokenize(text) if len(text) <= MAX_QUERY_CHARS else None
    form = check_safety(text, allow_federation=allow_federation, allow_update=allow_update, tokens=tokens)
    values = dict(values or {})
    params = find_params(text, tokens)
    known = {p.name for p in params} | {p.variable.lstrip("_") for p in params} | {p.variable for p in params}
    unknown = sorted(set(values) - known)
    if unknown:
        offered = ", ".join(p.name for p in params) or "none"
        raise QueryError(f"unknown parameter {', '.join(unknown)} (this query takes: {offered})")
    subs: dict[ox.Variable, ox.Term] = {}
    for p in params:
        value = _value_for(p, values, defaults or {})
        if value is None:
            if not p.optional and strict:  # not strict (the endpoint): an unbound variable, as in SPARQL
                raise QueryError(f"missing parameter {p.name} (give --param {p.name}=...)")
            continue
        subs[ox.Variable(p.variable)] = to_term(p, value, store)
    hidden: set[str] = set()
    has_dataset = has_dataset_clause(tokens)
    if form == "select" and subs:
        text, hidden = _make_visible(text, tokens, [v.value for v in subs])
    if form == "update" and subs:
        raise QueryError("parameters cannot be used in an UPDATE")
    return Prepared(text, form, subs, hidden, has_dataset)


def _value_for(p: Param, values: dict[str, str], defaults: dict[str, str]) -> str | None:
    for source in (values, defaults):
        for key in (p.name, p.variable.lstrip("_"), p.variable):
            if source.get(key) not in (None, ""):
                return str(source[key])
    return None


@dataclass
class QueryResult:
    form: str  # select | ask | construct | describe | update
    variables: list[str] = field(default_factory=list)
    rows: list[list[ox.Term | None]] = field(default_factory=list)
    triples: list[ox.Triple] = field(default_factory=list)
    boolean: bool | None = None
    truncated: bool = False
    limit: int | None = None
    seconds: float = 0.0

    @property
    def is_graph(self) -> bool:
        return self.form in ("construct", "describe")

    def __len__(self) -> int:
        return len(self.triples) if self.is_graph else len(self.rows)

    def records(self) -> list[dict[str, ox.Term | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]


def resolve_text(query: str, is_text: bool | None = None) -> tuple[str, dict[str, str]]:
    """(SPARQL text, declared defaults) for a saved name, an .rq path or literal query text.

    With is_text None, text is told from names by the characters a name never has.
    """
    if is_text is None:
        is_text = any(c in query for c in "{}?\n ") and not query.endswith(".rq")
    if is_text:
        return query, {}
    saved = find_query(query)
    return saved.text, saved.defaults


def run_query(query: str, store: Path | str | ox.Store | None = None, *, params: dict[str, str] | None = None,
              limit: int | None = DEFAULT_LIMIT, timeout: float | None = DEFAULT_TIMEOUT,
              allow_federation: bool = False, allow_update: bool = False, is_text: bool | None = None,
              default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
              pool=None, strict_params: bool = True) -> QueryResult:
    """Run a saved query (by name or .rq path) or SPARQL text against the store, safely.

    With a store path (every user-facing command) the query runs in a worker process of
    `pool` (kg.query.isolation) that is killed at `timeout` seconds; with an open
    `ox.Store` it runs in this process. The dataset is the query's FROM / FROM NAMED, or
    the protocol's `default_graphs` / `named_graphs`, else the union of all graphs.
    Results stop at `limit` rows (`truncated` tells).
    """
    text, defaults = resolve_text(query, is_text)
    if check_safety(text, allow_federation=allow_federation, allow_update=allow_update) == "update":
        return _run_update(text, store, allow_federation=allow_federation)
    task = dict(text=text, params=params, defaults=defaults, limit=limit, allow_federation=allow_federation,
                default_graphs=default_graphs, named_graphs=named_graphs, strict_params=strict_params)
    if is_store_object(store):
        return run_on_store(store, timeout=timeout, **task)
    started = time.monotonic()
    result = _pool_for(pool, store, allow_federation).call("query", task, timeout)
    result.seconds = time.monotonic() - started
    return result


def render_query(query: str, store: Path | str | ox.Store | None, formats: dict, *, limit: int | None = DEFAULT_LIMIT,
                 timeout: float | None = DEFAULT_TIMEOUT, allow_federation: bool = False,
                 default_graphs: list[str] | None = None, named_graphs: list[str] | None = None, pool=None):
    """Run SPARQL text as `run_query` does and write its result where it ran (the endpoint's path).

    `formats` maps each kind of result to its (media type, format) (kg.query.protocol.
    choose_formats). The worker sends back the written bytes, not the rows, so writing a
    large result costs the worker's core instead of the server's interpreter. Returns a
    kg.query.protocol.Rendered. Updates are refused.
    """
    check_safety(query, allow_federation=allow_federation)
    task = dict(text=query, params=None, defaults={}, limit=limit, allow_federation=allow_federation,
                default_graphs=default_graphs, named_graphs=named_graphs, strict_params=False)
    if is_store_object(store):
        from .protocol import render_result

        return render_result(run_on_store(store, timeout=timeout, **task), formats)
    return _pool_for(pool, store, allow_federation).call("render", dict(task, formats=formats), timeout)


def _pool_for(pool, store, allow_federation: bool):
    if pool is not None:
        return pool
    from .isolation import shared_pool

    return shared_pool(store, allow_federation)


def run_on_store(db: ox.Store, *, text: str, params: dict[str, str] | None, defaults: dict[str, str],
                 limit: int | None, allow_federation: bool, timeout: float | None,
                 default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                 strict_params: bool = True) -> QueryResult:
    """Prepare and run a query on an open store, in this process."""
    prepared = prepare(text, params, defaults=defaults, store=db, allow_federation=allow_federation,
                       strict=strict_params)
    options = dataset_options(prepared.has_dataset, default_graphs, named_graphs)
    started = time.monotonic()
    work = lambda cancel: _execute(db, prepared, text, limit, cancel, options)  # noqa: E731
    result = work(threading.Event()) if timeout is None else _with_time_limit(work, timeout)
    result.seconds = time.monotonic() - started
    return result


def dataset_options(has_dataset: bool, default_graphs: list[str] | None, named_graphs: list[str] | None) -> dict:
    """Store.query keywords for the RDF dataset (SPARQL 1.1 Protocol, section 2.1.4).

    The protocol's graphs win over the query's FROM / FROM NAMED; without either, the
    default graph is the union of all graphs (kg keeps every triple in a named graph).
    """
    if default_graphs or named_graphs:
        try:
            return {"default_graph": [ox.NamedNode(g) for g in default_graphs or []],
                    "named_graphs": [ox.NamedNode(g) for g in named_graphs or []]}
        except ValueError as e:
            raise QueryError(f"not a valid graph IRI: {e}") from None
    if has_dataset:
        return {}
    return {"use_default_graph_as_union": True}


def _run_update(text: str, store, *, allow_federation: bool) -> QueryResult:
    if is_store_object(store):
        db = store
    else:
        db = open_store(store)  # a clear error if a build holds the lock
    try:
        db.update(text, prefixes=PREFIXES)
    except SyntaxError as e:
        raise _syntax_error(e, text) from None
    except OSError as e:
        raise QueryError(f"the update failed: {e}") from None
    return QueryResult("update")


def _with_time_limit(work, timeout: float | None):
    """Run work(cancel_event) in a worker thread; stop waiting after `timeout` seconds.

    pyoxigraph releases the GIL while evaluating, so the caller stays responsive; a
    cancelled query stops at its next result row (a query still computing its first row
    finishes in the background, on a read-only snapshot).
    """
    cancel = threading.Event()
    box: dict[str, object] = {}

    def target():
        try:
            box["result"] = work(cancel)
        except BaseException as e:  # handed to the caller's thread
            box["error"] = e

    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        cancel.set()
        raise QueryTimeout(f"the query was stopped after {timeout:g} s (time limit; raise it with --timeout)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["result"]


def _execute(db: ox.Store, prepared: Prepared, original: str, limit: int | None,
             cancel: threading.Event, options: dict) -> QueryResult:
    with _engine_errors(db, prepared, original):
        return _collect(_start(db, prepared, options), prepared, limit, cancel)


def _start(db: ox.Store, prepared: Prepared, options: dict):
    return db.query(prepared.text, **options, prefixes=PREFIXES, substitutions=prepared.substitutions or None)


def _collect(answer, prepared: Prepared, limit: int | None, cancel: threading.Event) -> QueryResult:
    """The engine's answer as a QueryResult, cut at `limit` rows."""
    if isinstance(answer, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(answer))
    if isinstance(answer, ox.QueryTriples):
        triples, truncated = _take(answer, limit, cancel)
        return QueryResult(prepared.form, triples=triples, truncated=truncated, limit=limit)
    variables = [v.value for v in answer.variables if v.value not in prepared.hidden]
    solutions, truncated = _take(answer, limit, cancel)
    rows = [[s[v] for v in variables] for s in solutions]
    return QueryResult("select", variables=variables, rows=rows, truncated=truncated, limit=limit)


@contextmanager
def _engine_errors(db: ox.Store, prepared: Prepared, original: str):
    """Oxigraph's errors (while parsing or while evaluating lazily) as kg's, with positions."""
    try:
        yield
    except SyntaxError as e:
        if prepared.text != original:
            _explain_prepared_failure(db, original, e)
        raise _syntax_error(e, prepared.text) from None
    except (OSError, RuntimeError) as e:
        if "SELECT projection" in str(e):
            raise QueryError("a parameter must be visible to the SELECT clause: with SELECT *, use it in "
                             f"a triple pattern, or list the variables ({_first_line(e)})") from None
        raise QueryError(f"the query failed: {_first_line(e)}") from None


_NATIVE_RESULTS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                   "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}


def render_on_store(db: ox.Store, formats: dict, *, text: str, params: dict[str, str] | None,
                    defaults: dict[str, str], limit: int | None, allow_federation: bool,
                    default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
                    strict_params: bool = True):
    """Prepare and run a query, and write its result in the format `formats` gives its kind.

    Solutions that need no row cut and no hidden variable are written by Oxigraph's own
    SPARQL results writers, straight from the engine (no Python object per term);
    everything else goes through a QueryResult. No time limit: the worker's parent kills.
    """
    from .protocol import Rendered, render_result

    prepared = prepare(text, params, defaults=defaults, store=db, allow_federation=allow_federation,
                       strict=strict_params)
    options = dataset_options(prepared.has_dataset, default_graphs, named_graphs)
    with _engine_errors(db, prepared, text):
        answer = _start(db, prepared, options)
        chosen = formats.get("select")
        if (isinstance(answer, ox.QuerySolutions) and limit is None and not prepared.hidden
                and chosen is not None and chosen[1] in _NATIVE_RESULTS):
            return Rendered("select", chosen[0], answer.serialize(format=_NATIVE_RESULTS[chosen[1]]), False, None)
        result = _collect(answer, prepared, limit, threading.Event())
    return render_result(result, formats)


def _take(iterator: Iterable, limit: int | None, cancel: threading.Event) -> tuple[list, bool]:
    out = []
    for item in iterator:
        if cancel.is_set():
            break
        if limit is not None and len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


def _explain_prepared_failure(db: ox.Store, original: str, error: SyntaxError) -> None:
    """A syntax error after adding parameters to the projection: report the user's own error."""
    try:
        db.query(original, use_default_graph_as_union=True, prefixes=PREFIXES)
    except SyntaxError as e:
        raise _syntax_error(e, original) from None
    except (OSError, RuntimeError):
        pass
    raise QueryError("parameters must be in scope of the SELECT clause: add them to the projection "
                     f"(and to GROUP BY) ({_first_line(error)})")


