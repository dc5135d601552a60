"""Tables flattened to text: a header line that names its columns ('Name / Role on Board /
Organisation', 'Region | Partners | Host'), then a line a row with the same separators; or a
PDF's table one cell a line, rows parted by blank lines.

Board pages, annual reports and minutes print their members this way; the columns say what
each cell is, which no sentence does. `table_rows` finds the rows once per document.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from .tokens import doc_text, doc_tokens

#: What parts the cells of a row, tried in order: a slash, a bar or a tab between spaces, or a
#: run of spaces where columns were aligned.
#: (a pipe first: "Name | Role on SPG | Organisation / representing" has a slash inside a column's name)
SEPARATORS = (re.compile(r"\s*\|\s*"), re.compile(r"\s+/\s+"), re.compile(r"\t+\s*"), re.compile(r" {2,}"))
#: Column headers of the person's name, of their role and of the body they come from.
NAME_COLUMNS = {"name", "member", "members", "board member", "person", "representative", "cabinet member",
                "lead member", "lead director", "councillor", "chair", "portfolio holder"}
#: A column of portfolios or services ('Portfolio / Cabinet member / Lead director'): no bodies in it.
PORTFOLIO_COLUMNS = {"portfolio", "portfolios", "service", "services", "remit", "responsibility", "responsibilities"}
ROLE_COLUMNS = re.compile(r"^(?:role|title|position|post|job|job title|designation|office)\b", re.I)
BOARD_ROLE_COLUMNS = re.compile(r"^(?:(?:role|position|title)\s+(?:(?:of|in)\s+(?:the\s+)?(?:board|partnership|committee)"
                                r"|on\s+(?:the\s+)?[\w-]+)"  # "Role on IJB"
                                r"|board\s+(?:role|position))\b", re.I)
BODY_COLUMNS = re.compile(r"^(?:organi[sz]ation|body|employer|representing|nominated by|agency|sector|from|partner|"
                          r"entrants?|entered by|(?:project|entry|team)\s*\((?:entrant|organi[sz]ation|body)s?\))$",
                          re.I)
#: An awards table's columns: the category and the result ('Winner', 'Finalist').
CATEGORY_COLUMNS = re.compile(r"^(?:(?:award\s+)?category|award)$", re.I)
RESULT_COLUMNS = re.compile(r"^(?:result|outcome|status|placing)$", re.I)
#: An awards table's column of entries ('Entry': "Link Workers - Harford Care Partnership"; 'Team or
#: service'): the bodies after a dash, or the body alone.
ENTRY_COLUMNS = re.compile(r"^(?:entry|entries|entrant|nominee|nominated|shortlisted entry|team(?: or (?:service|project))?|"
                           r"service|project(?: or (?:service|team))?|initiative)$", re.I)
#: An awards table's column that names each row's scheme ('Awards': "HSJ Awards 2013").
SCHEME_COLUMNS = re.compile(r"^(?:awards|scheme|awards? scheme|competition)$", re.I)
#: A register of interests' column ('Interest declared'): "Title, Body" cells name posts elsewhere.
INTEREST_COLUMNS = re.compile(r"^(?:(?:details|nature|description) of (?:the )?interests?|interests?(?: declared)?|"
                              r"declared interests?|declarations?(?: of interests?)?)$", re.I)
#: A column that lists the bodies a row's partnership joins ('Partners', 'Member organisations').
PARTNERS_COLUMNS = re.compile(r"^(?:partners|members|partner organi[sz]ations|member organi[sz]ations|"
                              r"partner bodies|organi[sz]ations(?: involved)?|bodies)$", re.I)


@dataclass
class Row:
    """One row: each cell's character offsets in the document and the kind of its column."""
    cells: list[tuple[int, int]]
    kinds: list[str | None]
    names: tuple[str, ...] = ()  # the header's column names, when the table has a header line

    def cell(self, doc: Doc, kind: str) -> tuple[int, int] | None:
        """The first cell whose column is of `kind` (see column_kind)."""
        for (start, end), column in zip(self.cells, self.kinds):
            if column == kind and doc_text(doc)[start:end].strip(" -–—"):
                return start, end
        return None


#: A board-role column that names its board: "Role on SPG", "Position on the Forum".
ROLE_ON = re.compile(r"^(?:role|position|title)\s+(?:on|in)\s+(?:the\s+)?(?P<board>\S.*)$", re.I)


def board_of_role_column(doc: Doc, ents, row: Row) -> str | None:
    """The body a board-role column's header names by the name or short form the article uses
    ('Role on SPG': the Strategic Planning Group the article calls the SPG), else None."""
    for name, kind in zip(row.names, row.kinds):
        m = ROLE_ON.match(name) if kind == "board_role" else None
        if m and m.group("board").lower() not in {"board", "partnership", "committee"}:
            said, text, toks = m.group("board").strip(), doc_text(doc), doc_tokens(doc)
            found = {mention.entity for mention in ents.mentions if mention.kind == "ORG"
                     and text.startswith(said, toks[mention.start].idx)}
            return found.pop() if len(found) == 1 else None
    return None


def listing_partnership(doc: Doc, ents, row: Row) -> str | None:
    """The partnership a table of members lists ('Name / Representing / Position' under the
    Health and Wellbeing Board's heading): the body the table's caption names, else the
    partnership named most before the row, when the row has a body column. `ents` is the
    article's extract.entities.Entities."""
    if "body" not in row.kinds:
        return None
    if "name" not in row.kinds:  # "Table 1: Members of the X Partnership" over "Partner | Role | Joined": a body a row
        return captioned_body(doc, ents, row)
    return captioned_body(doc, ents, row) or partnership_named_most_before(doc, ents, row.cells[0][0])


#: A table's caption that says whose members it lists: "Table 1: Membership of the X Joint Board".
MEMBERSHIP_CAPTION = re.compile(r"\b(?:membership|members)\s+of\b|\b(?:partners|members)\s+(?:in|of)\s+the\b"
                                r"|\bmembership\s*:?\s*$", re.I)  # ("Table 2: Partners in the X PSP at 31 March")


def captioned_body(doc: Doc, ents, row: Row) -> str | None:
    """The one body a caption line above the table names ('Table 1: Membership of the Falkirk
    Integration Joint Board at 31 March 2020'), over its sub-headings and earlier rows; None at
    the first line of prose or after twenty lines."""
    text = doc_text(doc)
    end = text.rfind("\n", 0, row.cells[0][0])
    for _ in range(20):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line, line_end, end = text[start:end].strip(), end, start - 1
        if line.endswith(".") and len(line.split()) > 8:
            return None
        if not MEMBERSHIP_CAPTION.search(line):
            continue
        span = doc.char_span(start, line_end, alignment_mode="expand")
        bodies = {m.entity for m in ents.within(span.start, span.end, "ORG")} if span is not None else set()
        return bodies.pop() if len(bodies) == 1 else None
    return None


#: The kind of body a heading over a list speaks of: "Who sits on the board?", "Members of the alliance".
HEADING_NOUN = re.compile(r"\bthe\s+(board|alliance|partnership|committee|group|forum|network|collaborative)\b", re.I)


def partnership_named_most_before(doc: Doc, ents, at: int, heading: str = "") -> str | None:
    """The partnership the text names most often before character offset `at` (by name, not
    'the board'), the first of equals; None when it names none. When `heading` speaks of 'the
    board' (or alliance, partnership, ...), one whose name ends in that noun comes first."""
    toks = doc_tokens(doc)
    counts = Counter(m.entity for m in ents.mentions if m.kind == "ORG" and not m.generic
                     and ents.orgs[m.entity].kind == "Partnership" and toks[m.start].idx < at)
    noun = HEADING_NOUN.search(heading)
    if noun:
        counts = Counter({name: n for name, n in counts.items()
                          if name.lower().endswith(noun.group(1).lower())}) or counts
    return counts.most_common(1)[0][0] if counts else None


def in_table_cell(doc: Doc, i: int, kind: str | None = None) -> bool:
    """Whether token i lies in a cell of a table's row (with `kind`, of a column of that kind:
    'portfolio')."""
    toks = doc_tokens(doc)
    at = toks[i].idx
    return any((kind is None or column == kind) and start <= at < end
               for row in table_rows(doc) for (start, end), column in zip(row.cells, row.kinds))


def column_kind(header: str) -> str | None:
    """'name', 'role' (a post), 'board_role' (a role on the board the page is about: 'Role on
    Board'), 'body', 'portfolio', 'partners', 'interest' (a register's declared interests), or an
    awards table's 'category', 'result', 'scheme' and 'entry'."""
    header = header.strip().lower()
    if "/" in header and len(header) <= 40:  # "Organisation / representing": either word says the column
        kinds = {column_kind(part) for part in header.split("/") if part.strip()} - {None}
        if len(kinds) == 1:
            return kinds.pop()
    if header in NAME_COLUMNS:
        return "name"
    if ROLE_COLUMNS.match(header) or BOARD_ROLE_COLUMNS.match(header):
        return "board_role" if BOARD_ROLE_COLUMNS.match(header) else "role"
    if BODY_COLUMNS.match(header):
        return "body"
    if header in PORTFOLIO_COLUMNS:
        return "portfolio"
    if PARTNERS_COLUMNS.match(header):
        return "partners"
    if INTEREST_COLUMNS.match(header):
        return "interest"
    if CATEGORY_COLUMNS.match(header):
        return "category"
    if RESULT_COLUMNS.match(header):
        return "result"
    if SCHEME_COLUMNS.match(header):
        return "scheme"
    if ENTRY_COLUMNS.match(header):
        return "entry"
    return None


def table_rows(doc: Doc) -> list[Row]:
    """Every row under a header line with a name or a partners column; cached on the document."""
    if "kg_table_rows" not in doc.user_data:  # the article as written: the parser's text has commas for tabs
        doc.user_data["kg_table_rows"] = _find_rows(doc.user_data.get("kg_source") or doc_text(doc))
    return doc.user_data["kg_table_rows"]


def _find_rows(text: str) -> list[Row]:
    text = _without_edge_pipes(text)
    return _rows_under_header_lines(text) + _rows_of_stacked_cells(text)


#: A line written as a table's row with a pipe at each edge: "| Partner | Role | Joined |".
EDGE_PIPES = re.compile(r"(?m)^([ \t]*)\|(.*)\|([ \t]*)$")


def _without_edge_pipes(text: str) -> str:
    """The text with the pipes at the edges of '| A | B |' rows blanked (offsets kept), so that
    such a row reads like 'A | B'."""
    return EDGE_PIPES.sub(lambda m: f"{m.group(1)} {m.group(2)} {m.group(3)}", text)


def _rows_of_stacked_cells(text: str) -> list[Row]:
    """A table a PDF flattened one cell a line: a block of column names ('Name', 'Organisation',
    'Role', a line each), then blocks of as many lines, one a row, parted by blank lines."""
    blocks = [[(m.start() + b.start(), m.group()) for m in re.finditer(r"[^\n]+", b.group())]
              for b in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text)]
    rows: list[Row] = []
    k = 0
    while k < len(blocks):
        kinds = [column_kind(line) for _, line in blocks[k]]
        width = len(kinds)
        if not (2 <= width <= 6 and all(len(line.split()) <= 4 for _, line in blocks[k]) and "name" in kinds
                and {"role", "board_role", "body"} & set(kinds) and None not in kinds):
            k += 1
            continue
        k += 1
        name = kinds.index("name")
        while k < len(blocks) and len(blocks[k]) == width and column_kind(blocks[k][0][1]) is None \
                and ":" not in blocks[k][name][1] and len(blocks[k][name][1].split()) <= 6:
            rows.append(Row([(at, at + len(line.rstrip())) for at, line in blocks[k]], kinds))
            k += 1
    return rows


def _rows_under_header_lines(text: str, header=None) -> list[Row]:
    """The rows under each line `header` reads as a table's header (its separator and its
    columns' kinds; by default `_header`'s people, partners and awards tables), a line a row while
    the cells are as many as the columns and no new header starts."""
    header = header or _header
    rows: list[Row] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        found = header(lines[k][1])
        if found is None:
            k += 1
            continue
        separator, kinds = found
        names = tuple(c.strip() for c in separator.split(lines[k][1].strip()))
        k += 1
        while k < len(lines):
            offset, line = lines[k]
            cells = _cells(offset, line, separator)
            if len(cells) == 1 and len(kinds) > 1 and len(line.split()) <= 4 and k + 1 < len(lines) \
                    and len(_cells(*lines[k + 1], separator)) == len(kinds) and header(lines[k + 1][1]) is None:
                k += 1  # "Senior staff" between two runs of rows: the table's sub-heading, the table goes on
                continue
            if len(cells) != len(kinds) or header(line) is not None:
                break
            name = kinds.index("name") if "name" in kinds else None
            if name is not None and rows and cells[name][0] == cells[name][1] and rows[-1].kinds == kinds:
                cells[name] = rows[-1].cells[name]  # " | | Trustee, X": a row that goes on with the last row's person
            rows.append(Row(cells, kinds, names))
            k += 1
    return rows


def rows_under_headers(doc: Doc, column_test) -> list[Row]:
    """Rows under a header line of two to six columns whose every name passes `column_test`: a
    table of a kind this module does not know ('Global digital exemplar | Fast follower(s)'),
    each row keeping the header's column names (its kinds unknown)."""
    def header(line: str) -> tuple[re.Pattern, list[None]] | None:
        separator = next((sep for sep in SEPARATORS if len(sep.split(line.strip())) >= 2), None)
        names = [c.strip() for c in separator.split(line.strip())] if separator else []
        if 2 <= len(names) <= 6 and all(n and len(n.split()) <= 5 and column_test(n) for n in names):
            return separator, [None] * len(names)
        return None

    return _rows_under_header_lines(doc.user_data.get("kg_source") or doc_text(doc), header)


def _header(line: str) -> tuple[re.Pattern, list[str | None]] | None:
    """A line of two to eight short column names, one of them a name column and another a role
    or body column, or one of them a partners column, or an awards table's category, result and
    body columns: its separator and the columns' kinds."""
    for separator in SEPARATORS:
        names = [c.strip() for c in separator.split(line.strip())]
        if len(names) < 2:
            continue
        kinds = [column_kind(n) for n in names]
        if kinds.count("category") == 2 and any(n.lower() in {"award", "awards"} for n in names):
            kinds = ["scheme" if n.lower() in {"award", "awards"} else k for n, k in zip(names, kinds)]
            # "Award | Category | Result": the award beside the category is the scheme ("LGC Awards 2025")
        if len(names) <= 8 and ("name" in kinds and ({"role", "board_role", "body", "portfolio"} & set(kinds))
                                or "partners" in kinds or {"category", "result"} <= set(kinds)
                                and {"body", "entry"} & set(kinds) or kinds[0] == "body" and "name" not in kinds) \
                and all(n and len(n.split()) <= 5 for n in names):
            return separator, kinds
        return None  # the first separator the line has decides
    return None


def _cells(offset: int, line: str, separator: re.Pattern) -> list[tuple[int, int]]:
    """Character offsets of each cell of a row (spaces around it left out)."""
    out, at = [], 0
    for m in list(separator.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        cell = line[at:end]
        lead = len(cell) - len(cell.lstrip())
        out.append((offset + at + lead, offset + at + lead + len(cell.strip())))
        at = m.end() if m else len(line)
    return out


def entry_bodies(text: str, cell: tuple[int, int] | None) -> tuple[int, int] | None:
    """The part of an awards table's entry cell that names the entrants: after the spaced dash
    ('Link Workers - Harford Care Partnership'; 'Discharge Hub - joint entry, A and B': after the
    label too), or the whole cell when it has none ('Harford Council')."""
    if cell is None:
        return None
    start, end = cell
    dash = re.search(r"\s[-–—]\s+(?:(?:a\s+)?joint\s+(?:entry|bid)(?:\s+(?:with|by|from))?\s*[,:]?\s*)?",
                     text[start:end], re.I)
    return (start + dash.end(), end) if dash else cell
