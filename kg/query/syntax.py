"""SPARQL text before it reaches the engine: a small tokenizer, the query form, and refusals.

The tokenizer is a first, friendly line of defence (clear messages for updates and SERVICE);
the guarantee that a query cannot write or reach the network comes from how it runs
(read-only store, `Store.query` only, a worker without network: see kg.query.isolation).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import KGError


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
| (?P<comment>\#[^\r\n]*)
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


MAX_NESTING = 100  # brackets deep; Oxigraph's recursive parser overflows its stack in the thousands
MAX_QUERY_CHARS = 1_000_000


def check_nesting(tokens: list[Token], limit: int = MAX_NESTING) -> None:
    """Refuse a query nested deeper than `limit` brackets before the engine's recursion meets it.

    A query that slips past this check through some lexer difference can at worst crash
    the one worker process running it (kg.query.isolation), never the caller.
    """
    depth = 0
    for t in tokens:
        if t.kind != "punct":
            continue
        if t.text in "([{":
            depth += 1
            if depth > limit:
                raise QueryRefused(f"the query is nested more than {limit} brackets deep; "
                                   "write it flatter (for example with VALUES or UNION)")
        elif t.text in ")]}" and depth:
            depth -= 1


def has_dataset_clause(tokens: list[Token]) -> bool:
    """True when the query names its own dataset with FROM or FROM NAMED."""
    return any(t.keyword == "FROM" for t in tokens)


def check_safety(text: str, *, allow_federation: bool = False, allow_update: bool = False,
                 tokens: list[Token] | None = None) -> str:
    """Refuse over-long or over-nested text, updates and SERVICE/LOAD unless allowed; return the form.

    A first line of defence with clear messages. The guarantees do not depend on this
    reading of the text: user queries run through `Store.query` (which cannot update) on
    a read-only store, in a worker process without network (kg.query.isolation).
    `tokens`: the text's tokens when the caller has them already.
    """
    if len(text) > MAX_QUERY_CHARS:
        raise QueryRefused(f"the query is longer than {MAX_QUERY_CHARS:,} characters")
    if tokens is None:
        tokens = tokenize(text)
    check_nesting(tokens)
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


_ERROR_AT = re.compile(r"error at (\d+):(\d+):\s*(.*)", re.S)


def _syntax_error(e: SyntaxError, text: str) -> QuerySyntaxError:
    m = _ERROR_AT.search(str(e))
    if not m:
        return QuerySyntaxError(_first_line(e), text=text)
    return QuerySyntaxError(m.group(3).strip().splitlines()[0], int(m.group(1)), int(m.group(2)), text)


def _first_line(e: Exception) -> str:
    s = str(e).strip()
    return s.splitlines()[0] if s else type(e).__name__

