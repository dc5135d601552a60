"""Saved queries: `queries/*.rq` files with grlc-style headers."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .params import Param, find_params
from .syntax import QueryError

QUERIES_ENV = "KG_QUERIES"


# --- saved queries -------------------------------------------------------------------------
def queries_dir() -> Path:
    """$KG_QUERIES, else the saved queries that ship with kg."""
    from ..config import settings
    from ..resources import bundled

    return settings().queries_dir or bundled("queries")


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
    if not directory.is_dir():
        raise QueryError(f"saved-query folder {directory} does not exist")
    found = [load_saved(p) for p in sorted(directory.glob("*.rq"))]
    if not found:
        raise QueryError(f"no saved queries (.rq files) in {directory}")
    return found


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

