"""Read a folder of register files into plain records: bodies and the changes between them.

Each file is recognised by its header row (the trimmed layouts in shared/registers) or,
for the ODS downloads that have none (`etr.csv`, `ect.csv`, `eccg.csv`), by its name and
column count. Rows are read in full before any is used, so a malformed row stops the load
with a one-line error naming the file and line, and nothing reaches the store.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..errors import KGError


class RegisterError(KGError):
    """A register folder or file cannot be read; the message names the file and line."""


@dataclass
class Body:
    """One public body as the registers describe it."""
    key: str  # unique in one load: "la:NGM", "ods:04K", "gss:E38000132", ...
    name: str  # official name, usual case
    kind: str  # LocalAuthority | CombinedAuthority | CCG | ICB | ICS | NHSTrust | PCT | HealthBoard | ...
    codes: dict[str, set[str]] = field(default_factory=dict)  # scheme (ods, gss, register) -> codes
    names: set[str] = field(default_factory=set)  # other names the registers give it
    founded: date | None = None
    dissolved: date | None = None
    sources: set[str] = field(default_factory=set)
    unit_of: str | None = None  # the body this one is part of (a sub-ICB entity of an ICB)
    parent: str | None = None  # a CCG's ICB area (ODS high level health geography)
    linked: set[str] = field(default_factory=set)  # partners (an ICB's councils and trusts)

    def add_code(self, scheme: str, code: str) -> None:
        if code:
            self.codes.setdefault(scheme, set()).add(code.strip())


@dataclass
class Change:
    """A merger, abolition, replacement, succession or rename."""
    kind: str
    originals: list[str]
    results: list[str]
    date: date | None
    source: str


@dataclass
class RegisterFile:
    name: str
    layout: str
    rows: int
    sha1: str
    latest_date: date | None
    data_date: str | None = None  # as the folder's README states it


@dataclass
class Registers:
    bodies: dict[str, Body] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    files: list[RegisterFile] = field(default_factory=list)
    by_code: dict[tuple[str, str], str] = field(default_factory=dict)  # (scheme, code) -> body key
    unmatched: dict[str, int] = field(default_factory=dict)  # file -> rows naming no known body

    def add(self, body: Body, source: str) -> Body:
        """Add a body, or merge it into the one already known by the same key."""
        known = self.bodies.get(body.key)
        if known is None:
            self.bodies[body.key] = known = body
        else:
            for scheme, codes in body.codes.items():
                known.codes.setdefault(scheme, set()).update(codes)
            known.names |= body.names
            known.founded = known.founded or body.founded
            known.dissolved = known.dissolved or body.dissolved
        known.sources.add(source)
        for scheme, codes in known.codes.items():
            for code in codes:
                self.by_code.setdefault((scheme, code), known.key)
        return known

    def find(self, scheme: str, code: str) -> Body | None:
        key = self.by_code.get((scheme, code.strip()))
        return self.bodies.get(key) if key else None


# --- reading files -----------------------------------------------------------------------------
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COMPACT = re.compile(r"^\d{8}$")


def parse_date(text: str, where: str, column: str) -> date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        if ISO.match(text):
            return date.fromisoformat(text)
        if COMPACT.match(text):
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        pass
    raise RegisterError(f"{where}: bad date {text!r} in column {column} (expected YYYY-MM-DD or YYYYMMDD)")


@dataclass
class Table:
    """One file's rows as dicts, each with the line it came from."""
    path: Path
    layout: str
    rows: list[tuple[int, dict[str, str]]]
    sha1: str

    def where(self, line: int) -> str:
        return f"{self.path.name} line {line}"

    def date(self, line: int, row: dict, column: str) -> date | None:
        return parse_date(row.get(column, ""), self.where(line), column)


#: layout -> the header columns that identify it
LAYOUTS: dict[str, tuple[str, ...]] = {
    "mysociety_las": ("la_code", "gss_code", "official_name", "la_type", "start_date", "end_date", "replaced_by"),
    "mysociety_names": ("name", "la_code"),
    "ons_rgc": ("gss_code", "name", "name_welsh", "entity", "oper_date", "term_date"),
    "ons_lad_successors": ("lad_code", "lad_name", "successor_lad_code"),
    "ods_trusts": ("ods_code", "name", "other_names_seen", "open_date", "close_date"),
    "ccgs": ("ods_code", "ons_code", "ods_name", "onspd_names_pre2022", "kind", "parent_hlhg_code",
             "open_date", "close_date"),
    "icbs": ("ons_code", "ods_code", "name", "established"),
    "stps": ("stp21_ons_code", "stp21_name", "member_ccgs_ods", "successor_icb_ons_code"),
    "icb_partners": ("icb_ods_code", "icb_ons_code", "icb_name", "partner_la_name", "partner_la_ods_code",
                     "partner_trust_name", "partner_trust_ods_code"),
    "pcts": ("ons_code", "ods_code", "name", "other_names", "kind", "ccg_successors_ods:postcode_pct"),
    "health_authorities": ("ons_code", "name", "other_names", "kind", "first_seen", "last_seen"),
    "hscps": ("ons_code", "name", "constructed_long_name"),
    "csus": ("ods_code", "name"),
}
#: ODS standard layout (no header): code, name, national grouping, high level health geography,
#: address lines 1-5, postcode, open date, close date, ...
ODS_COLUMNS = ("ods_code", "name", "national_grouping", "parent_hlhg_code", "address1", "address2", "address3",
               "address4", "address5", "postcode", "open_date", "close_date")
OPTIONAL_COLUMNS = {"mysociety_las": ("former_gss_codes", "alt_names_raw"), "ons_rgc": ("register_la_code",)}
ODS_HEADERLESS = {"etr": "ods_raw_trusts", "ect": "ods_raw_trusts", "eccg": "ods_raw_ccgs"}


#: The publishers' own column names where they differ from the trimmed files (mySociety's CSV)
HEADER_ALIASES = {"local_authority_code": "la_code", "local_authority_type": "la_type",
                  "local_authority_type_name": "la_type_name", "replaced_by": "replaced_by"}


def column_name(header: str) -> str:
    name = header.strip().lower().replace("-", "_").replace(" ", "_")
    return HEADER_ALIASES.get(name, name)


def detect_layout(path: Path, header: list[str]) -> str | None:
    columns = {column_name(h) for h in header}
    for layout, needed in LAYOUTS.items():
        if set(needed) <= columns and (layout != "csus" or len(columns) == 2) \
                and (layout != "mysociety_names" or len(columns) == 2):
            return layout
    stem = path.stem.lower()
    if stem in ODS_HEADERLESS and len(header) >= len(ODS_COLUMNS):
        return ODS_HEADERLESS[stem]
    return None


def read_table(path: Path) -> Table | None:
    """The file's rows, or None for a CSV kg does not know (reported, not fatal)."""
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise RegisterError(f"cannot read register file {path}: {e}") from None
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader, None)
    except csv.Error as e:
        raise RegisterError(f"{path.name} line 1: {e}") from None
    if not header:
        return None
    layout = detect_layout(path, header)
    if layout is None:
        return None
    headerless = layout.startswith("ods_raw")
    columns = list(ODS_COLUMNS) if headerless else [column_name(h) for h in header]
    rows: list[tuple[int, dict[str, str]]] = []
    lines = ([(1, header)] if headerless else []) + [(reader.line_num, r) for r in _rows(reader, path)]
    for line, values in lines:
        if not any(v.strip() for v in values):
            continue
        if headerless:
            if len(values) < len(ODS_COLUMNS):
                raise RegisterError(f"{path.name} line {line}: expected at least {len(ODS_COLUMNS)} columns "
                                    f"(ODS layout), found {len(values)}")
            values = values[:len(ODS_COLUMNS)]
        elif len(values) != len(columns):
            raise RegisterError(f"{path.name} line {line}: expected {len(columns)} columns "
                                f"({', '.join(columns[:4])}, ...), found {len(values)}")
        row = {c: v.strip() for c, v in zip(columns, values)}
        for optional in OPTIONAL_COLUMNS.get(layout, ()):
            row.setdefault(optional, "")
        rows.append((line, row))
    return Table(path, layout, rows, hashlib.sha1(raw).hexdigest())


def _rows(reader, path: Path):
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            raise RegisterError(f"{path.name} line {reader.line_num}: {e}") from None
        yield row


def readme_data_dates(folder: Path) -> dict[str, str]:
    """file name -> the 'data date' cell of the folder README's table, where there is one."""
    readme = folder / "README.md"
    if not readme.is_file():
        return {}
    out, date_col = {}, None
    for line in readme.read_text(encoding="utf-8", errors="replace").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 2:
            continue
        lowered = [c.lower() for c in cells]
        if "data date" in lowered:
            date_col = lowered.index("data date")
            continue
        name = cells[0].strip("` ")
        if date_col is not None and name.endswith(".csv") and date_col < len(cells):
            out[name] = cells[date_col]
    return out


def latest_date(table: Table) -> date | None:
    found = [v for _, row in table.rows for v in row.values() if ISO.match(v)]
    return date.fromisoformat(max(found)) if found else None


def day_before(d: date | None) -> date | None:
    return d - timedelta(days=1) if d else None


def day_after(d: date | None) -> date | None:
    return d + timedelta(days=1) if d else None
