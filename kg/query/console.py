"""`kg sparql`: an interactive SPARQL console over the store.

A statement ends with `;` outside braces (`SELECT ... { ?s a foaf:Person ; foaf:name ?n } ;`),
or with an empty line; lines starting with `.` are console commands (.help lists them).
In a terminal the console has history across runs, SPARQL highlighting and completion of
prefixes, vocabulary, saved query names and entity names; when standard input is not a
terminal it reads the same statements from it, so it can be piped and scripted.
"""
from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator, TextIO

from ..errors import KGError
from . import FORMATS, QuerySyntaxError, format_result, list_queries, run_query, tokenize, truncation_note
from .isolation import QueryCancelled, shared_pool
from ..rdf.vocab import USER_PREFIXES as PREFIXES

HISTORY_ENV = "KG_HISTORY"

HELP = """\
Type SPARQL; a statement ends with ';' outside braces, or with an empty line.
Ctrl-C cancels a running query (or clears the line); Ctrl-D leaves.
FROM <graph> / FROM NAMED <graph> choose the graphs; without them a query sees all graphs.
Project prefixes are declared for you: {prefixes}.
Commands:
  .run NAME [name=value ...]   run a saved query with parameters
  .queries                     list the saved queries
  .format FMT                  output format: {formats}
  .limit N                     row limit for each query (now {limit})
  .timeout S                   time limit in seconds for each query (now {timeout:g})
  .prefixes                    show the declared prefixes
  .help, help                  this text
  .quit, exit, quit, \\q        leave (also Ctrl-D)"""

# Words a user types to leave or ask for help, taken as commands when they are the whole statement.
BARE_COMMANDS = {"help": ".help", "?": ".help", "exit": ".quit", "quit": ".quit", "\\q": ".quit",
                 "\\h": ".help", "\\?": ".help"}

VOCABULARY = [
    "foaf:Person", "foaf:name", "schema:Person", "schema:honorificPrefix", "schema:honorificSuffix",
    "org:Organization", "org:OrganizationalCollaboration", "org:hasMember", "org:memberOf", "org:headOf",
    "org:Membership", "org:member", "org:organization", "org:role", "org:Role", "skos:prefLabel",
    "skos:altLabel", "rdfs:label", "kg:former", "kg:asOf", "kg:Award", "kg:AwardScheme", "kg:awardScheme",
    "kg:conferredBy", "kg:AwardResult", "kg:recipient", "kg:award", "kg:outcome", "kg:year", "kg:Won",
    "kg:JointWinner", "kg:Shortlisted", "kg:HighlyCommended", "kg:Finalist", "kg:Designated",
    "kg:forInitiative", "kg:Initiative", "kg:ledBy", "kg:PartnershipStatement", "kg:partnership", "kg:member",
    "kg:unnamed", "kg:evidence", "kg:charStart", "kg:charEnd", "kg:confidence", "prov:wasDerivedFrom",
    "schema:NewsArticle", "schema:datePublished", "schema:headline", "schema:mentions", "dcterms:source",
    "schema:Quotation", "schema:text", "schema:creator", "schema:isPartOf", "schema:Place", "schema:name",
    "schema:areaServed", "kg:LocalAuthority", "kg:ClinicalCommissioningGroup", "kg:NHSTrust",
    "kg:IntegratedCareBoard", "kg:GovernmentBody", "kg:MediaOrganisation", "kg:VoluntaryOrganisation",
]
KEYWORDS = ["SELECT", "DISTINCT", "WHERE", "OPTIONAL", "FILTER", "UNION", "MINUS", "GRAPH", "BIND", "VALUES",
            "GROUP BY", "ORDER BY", "HAVING", "LIMIT", "OFFSET", "ASK", "CONSTRUCT", "DESCRIBE", "COUNT",
            "SAMPLE", "GROUP_CONCAT", "CONTAINS", "LCASE", "STR", "REGEX", "NOT EXISTS", "DESC", "ASC"]


def history_path() -> Path:
    """$KG_HISTORY, else $XDG_STATE_HOME/kg/sparql_history (~/.local/state/kg/...)."""
    if os.environ.get(HISTORY_ENV):
        return Path(os.environ[HISTORY_ENV])
    state = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return state / "kg" / "sparql_history"


def statement_complete(text: str) -> bool:
    """True when the text ends with ';' outside braces (strings, IRIs and comments ignored)."""
    tokens = tokenize(text)
    depth = sum((t.text == "{") - (t.text == "}") for t in tokens)
    return bool(tokens) and tokens[-1].text == ";" and depth <= 0


def bare_command(text: str) -> str | None:
    """The dot command for `help`, `exit`, `quit`, `\\q` typed alone (with or without ';'), else None."""
    return BARE_COMMANDS.get(text.strip().rstrip(";").strip().lower())


def strip_terminator(text: str) -> str:
    tokens = tokenize(text)
    if tokens and tokens[-1].text == ";":
        return text[: tokens[-1].start].rstrip()
    return text.strip()


def split_statements(lines: Iterable[str]) -> Iterator[str]:
    """Statements from lines: dot commands, and queries ended by ';' outside braces or a blank line."""
    buf: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not buf and (line.strip().startswith(".") or bare_command(line)):
            yield line.strip()
            continue
        if not line.strip():
            if buf:
                yield "\n".join(buf)
                buf = []
            continue
        buf.append(line)
        if statement_complete("\n".join(buf)):
            yield "\n".join(buf)
            buf = []
    if buf and "\n".join(buf).strip():
        yield "\n".join(buf)


class Console:
    """Runs statements and dot commands; the terminal and piped front ends share it."""

    def __init__(self, store, *, fmt: str = "table", limit: int | None = None, timeout: float | None = None,
                 allow_federation: bool = False, out: TextIO | None = None, err: TextIO | None = None):
        from . import DEFAULT_LIMIT, DEFAULT_TIMEOUT

        self.store, self.fmt = store, fmt
        self.limit = limit or DEFAULT_LIMIT
        self.timeout = timeout or DEFAULT_TIMEOUT
        self.allow_federation = allow_federation
        self.out, self.err = out or sys.stdout, err or sys.stderr
        self.failed = False
        self._names: list[tuple[str, str]] | None = None

    # --- front ends ------------------------------------------------------------------
    def run(self, stdin: TextIO | None = None) -> int:
        stdin = stdin or sys.stdin
        if stdin.isatty() and self.out.isatty():
            return self.interactive()
        return self.batch(stdin)

    def batch(self, stream: Iterable[str]) -> int:
        """Run every statement from a stream; exit status 1 if any failed."""
        for statement in split_statements(stream):
            if self.handle(statement) is False:
                break
        return 1 if self.failed else 0

    def interactive(self) -> int:
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory
        from prompt_toolkit.lexers import PygmentsLexer
        from pygments.lexers import SparqlLexer

        path = history_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        session = PromptSession(history=FileHistory(str(path)), lexer=PygmentsLexer(SparqlLexer),
                                completer=KGCompleter(self), complete_while_typing=False, multiline=True,
                                key_bindings=_key_bindings(), prompt_continuation="   ... ")
        self.out.write("kg SPARQL console: end a query with ';' or an empty line; .help for help, "
                       ".quit to leave.\n")
        while True:
            try:
                text = session.prompt("kg> ")
            except KeyboardInterrupt:
                continue
            except EOFError:
                return 0
            if text.strip() and self.handle(text.strip()) is False:
                return 0

    # --- statements ------------------------------------------------------------------
    def handle(self, statement: str) -> bool:
        """Run one statement or command; False means quit."""
        statement = bare_command(statement) or statement
        try:
            if statement.startswith("."):
                return self.command(statement)
            self.execute(strip_terminator(statement), {})
        except QueryCancelled:
            self._fail("query cancelled")
        except QuerySyntaxError as e:
            self._fail(f"Error: {e}\n{e.pointer()}".rstrip())
        except KGError as e:
            self._fail(f"Error: {e}")
        except KeyboardInterrupt:  # between the worker's answer and the output
            self._fail("cancelled")
        return True

    def execute(self, query: str, params: dict[str, str], *, is_text: bool = True) -> None:
        result = run_query(query, self.store, params=params, limit=self.limit, timeout=self.timeout,
                           allow_federation=self.allow_federation, is_text=is_text)
        text = format_result(result, self.fmt, clip=self.out.isatty())
        self.out.write(text if text.endswith("\n") else text + "\n")
        note = truncation_note(result)
        if note:
            self.err.write(f"note: {note}\n")
        elif result.form == "select" and self.fmt == "table":
            self.out.write(f"({len(result)} row{'s' if len(result) != 1 else ''})\n")
        self.out.flush()

    def command(self, line: str) -> bool:
        try:
            words = shlex.split(line)
        except ValueError as e:
            self._fail(f"Error: {e}")
            return True
        name, args = words[0].lower(), words[1:]
        handler: Callable[[list[str]], bool | None] | None = {
            ".quit": lambda a: False, ".exit": lambda a: False, ".help": self._help, ".prefixes": self._prefixes,
            ".queries": self._queries, ".format": self._format, ".run": self._run, ".limit": self._limit,
            ".timeout": self._timeout}.get(name)
        if handler is None:
            self._fail(f"Error: unknown command {name} (.help lists the commands)")
            return True
        return handler(args) is not False

    def _help(self, args):
        prefixes = ", ".join(f"{p}:" for p in PREFIXES)
        self.out.write(HELP.format(prefixes=prefixes, formats=", ".join(FORMATS), limit=self.limit,
                                   timeout=self.timeout) + "\n")

    def _prefixes(self, args):
        self.out.write("".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()))

    def _queries(self, args):
        for q in list_queries():
            params = " ".join(f"{p.name}=" for p in q.params)
            self.out.write(f"{q.name}  {params}\n    {q.summary}\n")

    def _format(self, args):
        if len(args) != 1 or args[0] not in FORMATS:
            self._fail(f"Error: .format takes one of {', '.join(FORMATS)} (now {self.fmt})")
        else:
            self.fmt = args[0]
            self.out.write(f"format: {self.fmt}\n")

    def _limit(self, args):
        if len(args) == 1 and args[0].isdigit() and int(args[0]) > 0:
            self.limit = int(args[0])
            self.out.write(f"row limit: {self.limit}\n")
        else:
            self._fail("Error: .limit takes a positive whole number")

    def _timeout(self, args):
        try:
            self.timeout = float(args[0])
            assert self.timeout > 0 and len(args) == 1
            self.out.write(f"time limit: {self.timeout:g} s\n")
        except (IndexError, ValueError, AssertionError):
            self._fail("Error: .timeout takes a number of seconds")

    def _run(self, args):
        if not args:
            self._fail("Error: .run NAME [name=value ...] (.queries lists the names)")
            return
        params = {}
        for pair in args[1:]:
            key, sep, value = pair.partition("=")
            if not sep:
                self._fail(f"Error: {pair!r} is not name=value")
                return
            params[key] = value
        try:
            self.execute(args[0], params, is_text=False)
        except QueryCancelled:
            self._fail("query cancelled")
        except KGError as e:
            self._fail(f"Error: {e}")

    def _fail(self, message: str) -> None:
        self.failed = True
        self.err.write(message + "\n")
        self.err.flush()

    # --- completion data -------------------------------------------------------------
    def names(self) -> list[tuple[str, str]]:
        """(IRI, label) of the store's entities, read once."""
        if self._names is None:
            try:  # in a query worker: this process never opens the store
                self._names = shared_pool(self.store, self.allow_federation).call("names", {}, self.timeout)
            except KGError:
                self._names = []
        return self._names


def _key_bindings():
    """Enter runs a complete statement (';' outside braces, a blank line, or a dot command)."""
    from prompt_toolkit.key_binding import KeyBindings

    kb = KeyBindings()

    @kb.add("enter")
    def _(event):
        buf = event.current_buffer
        text = buf.text
        current_line = buf.document.current_line
        if (not text.strip() or text.lstrip().startswith(".") or bare_command(text) or statement_complete(text)
                or (not current_line.strip() and buf.document.is_cursor_at_the_end)):
            buf.validate_and_handle()
        else:
            buf.insert_text("\n")

    return kb


def KGCompleter(console: Console):  # noqa: N802 - a factory, so prompt_toolkit loads lazily
    from prompt_toolkit.completion import Completer, Completion

    class _Completer(Completer):
        def get_completions(self, document, complete_event):
            line = document.text_before_cursor.split("\n")[-1]
            if line.lstrip().startswith(".run ") and line.count(" ") == 1 + line.index(".run"):
                word = line.rsplit(" ", 1)[-1]
                for q in list_queries():
                    if q.name.startswith(word):
                        yield Completion(q.name, -len(word), display_meta=q.summary)
                return
            word = document.get_word_before_cursor(WORD=True).lstrip("({")
            if not word:
                return
            if line.lstrip().startswith(".") and " " not in line.strip():
                for c in (".run", ".queries", ".format", ".limit", ".timeout", ".prefixes", ".help", ".quit"):
                    if c.startswith(word):
                        yield Completion(c, -len(word))
                return
            low = word.lower()
            for p in PREFIXES:
                if (p + ":").startswith(low):
                    yield Completion(p + ":", -len(word), display_meta=PREFIXES[p])
            for term in VOCABULARY:
                if term.lower().startswith(low) and term != word:
                    yield Completion(term, -len(word))
            for kw in KEYWORDS:
                if kw.lower().startswith(low) and kw.lower() != low:
                    yield Completion(kw, -len(word))
            if len(word) >= 2 and ":" not in word:
                seen = set()
                for iri, label in console.names():
                    if low in label.lower() and iri not in seen:
                        seen.add(iri)
                        yield Completion(f"<{iri}>", -len(word), display=label, display_meta=iri)

    return _Completer()
