"""Ask the graph: saved SPARQL queries, parameters, safe execution and result formats.

Every way a user runs SPARQL (`kg query`, the console, the endpoint) goes through
`run_query`, so the safety rules live here once: the store is opened read-only, updates
are refused unless asked for, SERVICE and LOAD (which make the store fetch from the
network) are refused unless federation is allowed, and a query is stopped after a time
limit and cut at a row limit. Parameter values are bound with pyoxigraph `substitutions=`,
never pasted into the query text, so no value can change what a query does.

Saved queries are `queries/*.rq` files with grlc-style headers (`#+ summary:` ...) and
grlc/BASIL parameter names (`?_org_iri`, `?__year_integer` optional, ...), so grlc can
serve the same folder unchanged.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape as xml_escape

import pyoxigraph as ox

from .errors import KGError
from .store import open_store
from .vocab import FOAF, PREFIXES, SCHEMA, SKOS, XSD

QUERIES_ENV = "KG_QUERIES"
DEFAULT_LIMIT = 10_000
DEFAULT_TIMEOUT = 30.0
SELECT_FORMATS = ["table", "csv", "tsv", "json", "md", "xml"]
GRAPH_FORMATS = ["ttl", "nt"]
FORMATS = SELECT_FORMATS + GRAPH_FORMATS


class QueryError(KGError):
    """A query cannot be found, prepared or run; the message says why."""


class QuerySyntaxError(QueryError):
    """The SPARQL text does not parse; `line` and `column` are 1-based."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None, text: str = ""):
        where = f" at line {line}, column {column}" if line else ""
        super().__init__(f"SPARQL syntax error{where}: {message}")
        self.line, self.column, self.text = line, column, text

    def pointer(self) -> str:
        """The offending line with a caret under the column, for consoles."""
        lines = self.text.splitlines()
        if not self.line or self.line > len(lines):
            return ""
        return f"{lines[self.line - 1]}\n{' ' * max(self.column - 1, 0)}^"


class QueryRefused(QueryError):
    """The query would write to the store or reach the network without permission."""


class QueryTimeout(QueryError):
    """The query ran longer than its time limit."""


# --- tokenizer -----------------------------------------------------------------------------
# Just enough of the SPARQL lexer to tell keywords from strings, comments, IRIs, variables
# and prefixed names, so a keyword inside a string or an IRI is never mistaken for one.
_TOKEN = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n]*)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
             |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<var>[?$]\w+)
| (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
| (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w:%-]|\\.|\.(?=[\w:%-]))*)
| (?P<word>[^\W\d]\w*)
| (?P<number>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
| (?P<punct>\^\^|&&|\|\||!=|<=|>=|.)
""", re.X | re.S)

UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
FEDERATION_WORDS = {"SERVICE", "LOAD"}
QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}


@dataclass(frozen=True)
class Token:
    kind: str  # string | iri | var | lang | pname | word | number | punct
    text: str
    start: int

    @property
    def keyword(self) -> str | None:
        return self.text.upper() if self.kind == "word" else None


def tokenize(text: str) -> list[Token]:
    """SPARQL tokens without white space and comments."""
    return [Token(m.lastgroup, m.group(), m.start()) for m in _TOKEN.finditer(text)
            if m.lastgroup not in ("ws", "comment")]


def query_form(tokens: list[Token]) -> str:
    """'select', 'construct', 'describe', 'ask' or 'update' (the first keyword after the prologue)."""
    keywords = [t.keyword for t in tokens if t.keyword and t.keyword not in ("BASE", "PREFIX")]
    if not keywords:
        return "empty"
    if keywords[0] in QUERY_FORMS and not UPDATE_WORDS.intersection(keywords[1:]) - {"WITH"}:
        return keywords[0].lower()
    return "update" if UPDATE_WORDS.intersection(keywords) else keywords[0].lower()


def check_safety(text: str, *, allow_federation: bool = False, allow_update: bool = False) -> str:
    """Refuse updates and SERVICE/LOAD unless allowed; return the query form."""
    tokens = tokenize(text)
    form = query_form(tokens)
    if form == "update" and not allow_update:
        raise QueryRefused("this is a SPARQL UPDATE; the graph is read-only here "
                           "(kg builds it from articles; run `kg build` to change it)")
    remote = sorted({t.keyword for t in tokens if t.keyword in FEDERATION_WORDS})
    if remote and not allow_federation:
        raise QueryRefused(f"{' and '.join(remote)} would fetch data from the network; "
                           "pass --allow-federation if you mean it")
    if form == "empty":
        raise QueryError("the query is empty")
    return form


def line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


# --- parameters ----------------------------------------------------------------------------
_SIMPLE_TYPES = {"iri": None, "literal": None, "integer": "integer", "decimal": "decimal",
                 "boolean": "boolean", "date": "date", "datetime": "dateTime", "gyear": "gYear"}


@dataclass(frozen=True)
class Param:
    """A grlc/BASIL parameter: `?_name_type` (required) or `?__name_type` (optional)."""
    variable: str  # without '?': '_org_iri'
    name: str  # what users type: 'org'
    kind: str  # iri | literal | lang | typed
    optional: bool
    datatype: str | None = None  # full IRI for typed literals
    language: str | None = None

    @property
    def type_label(self) -> str:
        return self.language and f"@{self.language}" or (self.datatype or self.kind).rsplit("#", 1)[-1]


def parse_param(variable: str) -> Param | None:
    """Param for a variable name such as '_org_iri' or '__year_integer'; None if not a parameter."""
    if not variable.startswith("_"):
        return None
    optional = variable.startswith("__")
    body = variable[2:] if optional else variable[1:]
    parts = body.split("_")
    if len(parts) >= 3 and parts[-2] in PREFIXES and parts[-2] != "id":
        return Param(variable, "_".join(parts[:-2]), "typed", optional, PREFIXES[parts[-2]] + parts[-1])
    if len(parts) >= 2:
        suffix = parts[-1].lower()
        name = "_".join(parts[:-1])
        if suffix in ("iri", "literal"):
            return Param(variable, name, suffix, optional)
        if suffix in _SIMPLE_TYPES:
            return Param(variable, name, "typed", optional, XSD + _SIMPLE_TYPES[suffix])
        if re.fullmatch(r"[a-z]{2}", parts[-1]):
            return Param(variable, name, "lang", optional, language=parts[-1])
    return Param(variable, body, "literal", optional)


def find_params(text: str) -> list[Param]:
    """The parameters a query text uses, in order of first appearance."""
    seen: dict[str, Param] = {}
    for t in tokenize(text):
        if t.kind == "var" and t.text[1:] not in seen:
            p = parse_param(t.text[1:])
            if p:
                seen[t.text[1:]] = p
    return list(seen.values())


def _expand_iri(value: str) -> str | None:
    """A full IRI from '<...>', 'prefix:local' (project prefixes) or 'scheme:...'; None for a name."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in PREFIXES and " " not in value:
        return PREFIXES[prefix] + local
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value):
        return value
    return None


def to_term(param: Param, value: str, store: ox.Store | None = None) -> ox.NamedNode | ox.Literal:
    """The RDF term a parameter's string value stands for; an _iri value may also be a name."""
    try:
        if param.kind == "iri":
            iri = _expand_iri(value)
            if iri is None:
                return resolve_entity(store, value) if store is not None else ox.NamedNode(value)
            return ox.NamedNode(iri)
        if param.kind == "lang":
            return ox.Literal(value, language=param.language)
        if param.kind == "typed":
            _check_lexical(param, value)
            return ox.Literal(value.strip(), datatype=ox.NamedNode(param.datatype))
        return ox.Literal(value)
    except ValueError as e:
        raise QueryError(f"parameter {param.name}: {value!r} is not a valid {param.type_label} ({e})") from None


def _check_lexical(param: Param, value: str) -> None:
    local = param.datatype.rsplit("#", 1)[-1]
    checks = {"integer": lambda v: int(v), "decimal": lambda v: float(v), "date": date.fromisoformat,
              "gYear": lambda v: re.fullmatch(r"-?\d{4,}", v) or int("x"),
              "boolean": lambda v: v in ("true", "false") or int("x")}
    if local in checks:
        checks[local](value.strip())


def resolve_entity(store: ox.Store, ref: str) -> ox.NamedNode:
    """The one entity an IRI, CURIE or name refers to; a clear error if none or several."""
    iri = _expand_iri(ref)
    if iri is not None:
        return ox.NamedNode(iri)
    matches = find_entities(store, ref)
    if not matches:
        raise QueryError(f"no person, organisation or other entity is named {ref!r}")
    exact = [m for m in matches if m[1].casefold() == ref.strip().casefold()]
    chosen = {iri for iri, _ in (exact or matches)}
    if len(chosen) > 1:
        names = "; ".join(f"{label} <{iri}>" for iri, label in (exact or matches)[:8])
        raise QueryError(f"{ref!r} is ambiguous: {names}; give the IRI instead")
    return ox.NamedNode(chosen.pop())


_ENTITY_NAMES = f"""
SELECT DISTINCT ?e ?label WHERE {{
  VALUES ?p {{ <{FOAF}name> <{SKOS}prefLabel> <{SKOS}altLabel> <{SCHEMA}name> }}
  ?e ?p ?label .
}}"""


def entity_names(store: ox.Store) -> list[tuple[str, str]]:
    """(IRI, label) for every named entity: people, organisations, awards, places, ..."""
    rows = store.query(_ENTITY_NAMES, use_default_graph_as_union=True)
    return sorted({(r["e"].value, r["label"].value) for r in rows if isinstance(r["e"], ox.NamedNode)},
                  key=lambda x: (x[1].casefold(), x[0]))


def find_entities(store: ox.Store, name: str) -> list[tuple[str, str]]:
    """Entities whose label equals `name` (ignoring case), else those whose label contains it."""
    wanted = " ".join(name.split()).casefold()
    names = entity_names(store)
    exact = [(iri, label) for iri, label in names if label.casefold() == wanted]
    return exact or [(iri, label) for iri, label in names if wanted in label.casefold()]


# --- saved queries -------------------------------------------------------------------------
def queries_dir() -> Path:
    """$KG_QUERIES, else the queries/ folder next to the kg package."""
    env = os.environ.get(QUERIES_ENV)
    return Path(env) if env else Path(__file__).resolve().parent.parent / "queries"


@dataclass
class SavedQuery:
    name: str
    path: Path
    text: str
    summary: str = ""
    description: str = ""
    tags: list[str] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)
    params: list[Param] = field(default_factory=list)


def parse_header(text: str) -> dict[str, object]:
    """The grlc decorators (`#+ key: value`, YAML-style lists) at the top of a query file."""
    lines = [line[2:] for line in text.splitlines() if line.startswith("#+")]
    header: dict[str, object] = {}
    key = None
    for raw in lines:
        line = raw.strip()
        item = re.match(r"^-\s*(.*)$", line)
        if item and key is not None:
            value = item.group(1)
            kv = re.match(r"^([\w-]+)\s*:\s*(.*)$", value)
            if header.get(key) is None:
                header[key] = {} if kv else []
            target = header[key]
            if kv and isinstance(target, dict):
                target[kv.group(1)] = _unquote(kv.group(2))
            elif isinstance(target, list):
                target.append(_unquote(value))
            continue
        kv = re.match(r"^([\w-]+)\s*:\s*(.*)$", line)
        if kv:
            key = kv.group(1)
            header[key] = _unquote(kv.group(2)) if kv.group(2) else None
        elif key and isinstance(header.get(key), str):  # a continued line
            header[key] = f"{header[key]} {line}".strip()
    return header


def _unquote(s: str) -> str:
    s = s.strip()
    return s[1:-1] if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"" else s


def load_saved(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    header = parse_header(text)
    tags = header.get("tags") or []
    defaults = header.get("defaults") or {}
    return SavedQuery(name=path.stem, path=path, text=text, summary=str(header.get("summary") or ""),
                      description=str(header.get("description") or ""),
                      tags=list(tags) if isinstance(tags, list) else [str(tags)],
                      defaults=dict(defaults) if isinstance(defaults, dict) else {},
                      params=find_params(text))


def list_queries(directory: Path | None = None) -> list[SavedQuery]:
    """Every saved query in the folder, by name."""
    directory = directory or queries_dir()
    return [load_saved(p) for p in sorted(directory.glob("*.rq"))]


def find_query(ref: str, directory: Path | None = None) -> SavedQuery:
    """A saved query by name ('posts-at-organisation') or by the path of an .rq file."""
    path = Path(ref)
    if path.suffix == ".rq" and path.is_file():
        return load_saved(path)
    candidate = (directory or queries_dir()) / f"{ref}.rq"
    if candidate.is_file():
        return load_saved(candidate)
    names = ", ".join(q.name for q in list_queries(directory)) or "none"
    raise QueryError(f"no saved query called {ref!r} (saved queries: {names}; `kg queries` lists them)")


# --- preparing and running -----------------------------------------------------------------
@dataclass
class Prepared:
    text: str  # what runs: the user's text, maybe with a parameter added to the projection
    form: str
    substitutions: dict[ox.Variable, ox.Term]
    hidden: set[str]  # variables added to the projection only so they can be substituted


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
            allow_update: bool = False) -> Prepared:
    """Check a query's safety and bind its parameters; the text itself is never given values."""
    form = check_safety(text, allow_federation=allow_federation, allow_update=allow_update)
    values = dict(values or {})
    params = find_params(text)
    known = {p.name for p in params} | {p.variable.lstrip("_") for p in params} | {p.variable for p in params}
    unknown = sorted(set(values) - known)
    if unknown:
        offered = ", ".join(p.name for p in params) or "none"
        raise QueryError(f"unknown parameter {', '.join(unknown)} (this query takes: {offered})")
    subs: dict[ox.Variable, ox.Term] = {}
    for p in params:
        value = _value_for(p, values, defaults or {})
        if value is None:
            if not p.optional:
                raise QueryError(f"missing parameter {p.name} (give --param {p.name}=...)")
            continue
        subs[ox.Variable(p.variable)] = to_term(p, value, store)
    hidden: set[str] = set()
    if form == "select" and subs:
        text, hidden = _make_visible(text, tokenize(text), [v.value for v in subs])
    if form == "update" and subs:
        raise QueryError("parameters cannot be used in an UPDATE")
    return Prepared(text, form, subs, hidden)


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
              allow_federation: bool = False, allow_update: bool = False,
              is_text: bool | None = None) -> QueryResult:
    """Run a saved query (by name or .rq path) or SPARQL text against the store, safely.

    The default graph is the union of all graphs and the project prefixes are declared.
    Results stop at `limit` rows (`truncated` tells) and the query at `timeout` seconds.
    """
    text, defaults = resolve_text(query, is_text)
    if check_safety(text, allow_federation=allow_federation, allow_update=allow_update) == "update":
        return _run_update(text, store, allow_federation=allow_federation)
    db = store if isinstance(store, ox.Store) else open_store(store, read_only=True)
    prepared = prepare(text, params, defaults=defaults, store=db, allow_federation=allow_federation)
    started = time.monotonic()
    result = _with_time_limit(lambda cancel: _execute(db, prepared, text, limit, cancel), timeout)
    result.seconds = time.monotonic() - started
    return result


def _run_update(text: str, store, *, allow_federation: bool) -> QueryResult:
    if isinstance(store, ox.Store):
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
             cancel: threading.Event) -> QueryResult:
    try:
        answer = db.query(prepared.text, use_default_graph_as_union=True, prefixes=PREFIXES,
                          substitutions=prepared.substitutions or None)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer))
        if isinstance(answer, ox.QueryTriples):
            triples, truncated = _take(answer, limit, cancel)
            return QueryResult(prepared.form, triples=triples, truncated=truncated, limit=limit)
        variables = [v.value for v in answer.variables if v.value not in prepared.hidden]
        solutions, truncated = _take(answer, limit, cancel)
        rows = [[s[v] for v in variables] for s in solutions]
        return QueryResult("select", variables=variables, rows=rows, truncated=truncated, limit=limit)
    except SyntaxError as e:
        if prepared.text != original:
            _explain_prepared_failure(db, original, e)
        raise _syntax_error(e, prepared.text) from None
    except (OSError, RuntimeError) as e:
        if "SELECT projection" in str(e):
            raise QueryError("a parameter must be visible to the SELECT clause: with SELECT *, use it in "
                             f"a triple pattern, or list the variables ({_first_line(e)})") from None
        raise QueryError(f"the query failed: {_first_line(e)}") from None


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


_ERROR_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)


def _syntax_error(e: SyntaxError, text: str) -> QuerySyntaxError:
    m = _ERROR_AT.search(str(e))
    if not m:
        return QuerySyntaxError(_first_line(e), text=text)
    return QuerySyntaxError(m.group(3).strip().splitlines()[0], int(m.group(1)), int(m.group(2)), text)


def _first_line(e: Exception) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else type(e).__name__


# --- formats -------------------------------------------------------------------------------
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


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
    """SPARQL 1.1 Query Results JSON."""
    if result.form == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, indent=1)


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


def to_table(result: QueryResult, max_width: int = 60) -> str:
    """Aligned columns with compact terms, for terminals."""
    if result.form == "ask":
        return "true" if result.boolean else "false"
    cells = [[_clip(compact(t), max_width) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    fmt = lambda row: "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()  # noqa: E731
    lines = [fmt(result.variables), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells]
    return "\n".join(lines)


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def to_markdown(result: QueryResult) -> str:
    if result.form == "ask":
        return "true" if result.boolean else "false"
    esc = lambda s: " ".join(s.split()).replace("|", "\\|")  # noqa: E731
    lines = ["| " + " | ".join(result.variables) + " |", "|" + "---|" * len(result.variables)]
    lines += ["| " + " | ".join(esc(compact(t)) for t in row) + " |" for row in result.rows]
    return "\n".join(lines)


def to_rdf(result: QueryResult, fmt: str) -> str:
    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                  "xml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    prefixes = PREFIXES if fmt in ("ttl", "xml") else None
    return ox.serialize(result.triples, format=rdf_format, prefixes=prefixes).decode("utf-8")


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """Render a result: table | csv | tsv | json | md | xml for SELECT/ASK; ttl | nt for graphs."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if result.form == "update":
        return "update done"
    if result.is_graph:
        return to_rdf(result, fmt if fmt in GRAPH_FORMATS + ["xml"] else "ttl")
    if fmt in GRAPH_FORMATS:
        raise QueryError(f"{fmt} is for CONSTRUCT and DESCRIBE queries; use table, csv, tsv, json or md")
    if result.form == "ask" and fmt in ("csv", "tsv"):
        return "true\n" if result.boolean else "false\n"
    render = {"table": to_table, "md": to_markdown, "json": to_json, "xml": to_xml,
              "csv": lambda r: _delimited(r, ","), "tsv": lambda r: _delimited(r, "\t")}[fmt]
    return render(result)


def truncation_note(result: QueryResult) -> str | None:
    """A line telling the user the rows were cut, or None."""
    if not result.truncated:
        return None
    what = "triples" if result.is_graph else "rows"
    return (f"showing the first {result.limit} {what} (row limit); "
            "raise it with --limit, or add LIMIT/OFFSET to the query")


# --- describing one entity -----------------------------------------------------------------
_PROVENANCE = {f"{PREFIXES['prov']}wasDerivedFrom", f"{PREFIXES['kg']}evidence", f"{PREFIXES['kg']}charStart",
               f"{PREFIXES['kg']}charEnd", f"{PREFIXES['kg']}confidence", f"{PREFIXES['schema']}isPartOf",
               f"{PREFIXES['rdf']}type"}

_LABELS = """
SELECT ?e (SAMPLE(?l) AS ?label) WHERE {
  { ?e foaf:name|skos:prefLabel|schema:name|schema:headline ?l }
} GROUP BY ?e"""

_OWN = "SELECT DISTINCT ?e ?p ?o WHERE { ?e ?p ?o }"
_INCOMING = """SELECT DISTINCT ?e ?s ?p WHERE {
  ?s ?p ?e . FILTER NOT EXISTS { ?s kg:evidence ?any } FILTER(?p != schema:mentions) }"""
_FACTS = """SELECT DISTINCT ?e ?fact ?p ?o WHERE {
  ?fact ?link ?e ; kg:evidence ?evidence . ?fact ?p ?o }"""


@dataclass
class EntityFact:
    """One relation node (post, award result, quotation, ...) that involves the entity."""
    iri: str
    kinds: list[str]
    fields: list[tuple[str, str]]  # (property, value), provenance left out
    evidence: str
    article: str
    article_label: str = ""
    date: str = ""
    confidence: str = ""


@dataclass
class EntityDescription:
    iri: str
    label: str
    properties: list[tuple[str, str]]
    linked_from: list[tuple[str, str]]  # (subject label, property)
    facts: list[EntityFact]
    codes: list[str] = field(default_factory=list)  # official codes from the registers ("ODS 04K")
    lineage: list[str] = field(default_factory=list)  # the registers' changes before and after it

    def as_dict(self) -> dict:
        from dataclasses import asdict

        return asdict(self)


def describe_entity(ref: str, store: Path | str | ox.Store | None = None) -> EntityDescription:
    """Everything the graph says about one entity (IRI, CURIE or name), with evidence and articles."""
    db = store if isinstance(store, ox.Store) else open_store(store, read_only=True)
    entity = resolve_entity(db, ref)
    subs = {ox.Variable("e"): entity}
    ask = lambda q: list(db.query(q, use_default_graph_as_union=True, prefixes=PREFIXES,  # noqa: E731
                                  substitutions=subs))
    own = ask(_OWN)
    if not own:
        raise QueryError(f"nothing is known about <{entity.value}>")
    labels = {r["e"].value: r["label"].value for r in db.query(_LABELS, use_default_graph_as_union=True,
                                                                 prefixes=PREFIXES) if r["label"]}
    show = lambda t: labels.get(t.value, compact(t)) if isinstance(t, ox.NamedNode) else compact(t)  # noqa: E731
    properties = sorted({(compact(r["p"]), show(r["o"])) for r in own})
    linked = sorted({(show(r["s"]), compact(r["p"])) for r in ask(_INCOMING)})
    properties = [(p, v) for p, v in properties if p != "skos:hiddenLabel"]  # register search variants
    return EntityDescription(entity.value, labels.get(entity.value, compact(entity)), properties, linked,
                             _facts(ask(_FACTS), show, labels, db), *_official(db, entity))


def _official(db: ox.Store, entity: ox.NamedNode) -> tuple[list[str], list[str]]:
    """Codes and lineage from the official registers (kg registers load), if any."""
    from .registers.describe import codes, lineage

    return codes(db, entity), lineage(db, entity)


def _facts(rows, show, labels: dict[str, str], db: ox.Store) -> list[EntityFact]:
    by_node: dict[str, dict[str, list[ox.Term]]] = {}
    for r in rows:
        by_node.setdefault(r["fact"].value, {}).setdefault(r["p"].value, []).append(r["o"])
    dates = {r["a"].value: r["d"].value for r in db.query(
        "SELECT ?a ?d WHERE { ?a schema:datePublished ?d }", use_default_graph_as_union=True, prefixes=PREFIXES)}
    facts = []
    for node, props in sorted(by_node.items()):
        first = lambda p: props.get(PREFIXES[p.split(":")[0]] + p.split(":")[1], [None])[0]  # noqa: E731
        article = first("prov:wasDerivedFrom")
        fields = sorted({(compact(ox.NamedNode(p)), show(o)) for p, values in props.items()
                         if p not in _PROVENANCE for o in values})
        facts.append(EntityFact(
            iri=node, kinds=sorted({compact(t) for t in props.get(PREFIXES["rdf"] + "type", [])}),
            fields=fields, evidence=compact(first("kg:evidence")), article=article.value if article else "",
            article_label=labels.get(article.value, "") if article else "",
            date=dates.get(article.value, "") if article else "",
            confidence=compact(first("kg:confidence"))))
    return sorted(facts, key=lambda f: (f.kinds, f.date, f.article, f.iri))


def format_description(d: EntityDescription) -> str:
    """A plain-text report of one entity: what it is, how it is linked, and each fact's evidence."""
    lines = [f"{d.label}  <{d.iri}>"]
    if d.codes:
        lines.append("official codes: " + ", ".join(d.codes))
    if d.lineage:
        lines.append("lineage (official registers):")
        lines += [f"  {step}" for step in d.lineage]
    lines += [f"  {p}: {v}" for p, v in d.properties]
    if d.linked_from:
        lines.append("linked from:")
        lines += [f"  {s} ({p})" for s, p in d.linked_from]
    lines.append(f"facts ({len(d.facts)}):")
    for f in d.facts:
        lines.append(f"  {', '.join(f.kinds) or 'fact'}  {compact(ox.NamedNode(f.iri))}")
        lines += [f"      {p}: {v}" for p, v in f.fields]
        lines.append(f"      \"{' '.join(f.evidence.split())}\"")
        source = f.article_label or compact(ox.NamedNode(f.article)) if f.article else "?"
        extra = ", ".join(x for x in (f.date, f.confidence and f"confidence {f.confidence}") if x)
        lines.append(f"      -- {source}" + (f" ({extra})" if extra else "") +
                     (f"  <{f.article}>" if f.article else ""))
    return "\n".join(lines)
