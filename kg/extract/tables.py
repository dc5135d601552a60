"""Tables flattened to text: a header line that names its columns ('Name / Role on Board /
Organisation', 'Region | Partners | Host'), then a line a row with the same separators.

Board pages, annual reports and minutes print their members this way; the columns say what
each cell is, which no sentence does. `table_rows` finds the rows once per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .organisations import doc_text

#: What parts the cells of a row, tried in order: a slash, a bar or a tab between spaces, or a
#: run of spaces where columns were aligned.
SEPARATORS = (re.compile(r"\s+/\s+"), re.compile(r"\s*\|\s*"), re.compile(r"\t+\s*"), re.compile(r" {2,}"))
#: Column headers of the person's name, of their role and of the body they come from.
NAME_COLUMNS = {"name", "member", "members", "board member", "person", "representative"}
ROLE_COLUMNS = re.compile(r"^(?:role|title|position|post|job|job title|designation|office)\b", re.I)
BODY_COLUMNS = re.compile(r"^(?:organi[sz]ation|body|employer|representing|nominated by|agency|sector|from|partner)$",
                          re.I)
#: A column that lists the bodies a row's partnership joins ('Partners', 'Member organisations').
PARTNERS_COLUMNS = re.compile(r"^(?:partners|members|partner organi[sz]ations|member organi[sz]ations|"
                              r"partner bodies|organi[sz]ations(?: involved)?|bodies)$", re.I)


@dataclass
class Row:
    """One row: each cell's character offsets in the document and the kind of its column."""
    cells: list[tuple[int, int]]
    kinds: list[str | None]

    def cell(self, doc: Doc, kind: str) -> tuple[int, int] | None:
        """The first cell whose column is of `kind`: 'name', 'role', 'body' or 'partners'."""
        for (start, end), column in zip(self.cells, self.kinds):
            if column == kind and doc_text(doc)[start:end].strip(" -–—"):
                return start, end
        return None


def column_kind(header: str) -> str | None:
    header = header.strip().lower()
    if header in NAME_COLUMNS:
        return "name"
    if ROLE_COLUMNS.match(header):
        return "role"
    if BODY_COLUMNS.match(header):
        return "body"
    if PARTNERS_COLUMNS.match(header):
        return "partners"
    return None


def table_rows(doc: Doc) -> list[Row]:
    """Every row under a header line with a name or a partners column; cached on the document."""
    if "kg_table_rows" not in doc.user_data:
        doc.user_data["kg_table_rows"] = _find_rows(doc_text(doc))
    return doc.user_data["kg_table_rows"]


def _find_rows(text: str) -> list[Row]:
    rows: list[Row] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    k = 0
    while k < len(lines):
        header = _header(lines[k][1])
        if header is None:
            k += 1
            continue
        separator, kinds = header
        k += 1
        while k < len(lines):
            offset, line = lines[k]
            cells = _cells(offset, line, separator)
            if len(cells) != len(kinds) or _header(line) is not None:
                break
            rows.append(Row(cells, kinds))
            k += 1
    return rows


def _header(line: str) -> tuple[re.Pattern, list[str | None]] | None:
    """A line of two to six short column names, one of them a name column and another a role
    or body column, or one of them a partners column: its separator and the columns' kinds."""
    for separator in SEPARATORS:
        names = [c.strip() for c in separator.split(line.strip())]
        if len(names) < 2:
            continue
        kinds = [column_kind(n) for n in names]
        if len(names) <= 6 and ("name" in kinds and ({"role", "body"} & set(kinds)) or "partners" in kinds) \
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
