"""Gold files (tests/gold/SCHEMA.md) and the article in the store each one is about."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

from .match import EvalError

# --- gold files and which article each is about ---------------------------------------------
@dataclass
class GoldFile:
    path: Path
    data: dict

    @property
    def id(self) -> str:
        return str(self.data.get("id") or self.path.stem)


def load_gold(paths: Iterable[Path | str]) -> list[GoldFile]:
    """Every *.json under the given folders and files, sorted by path."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(path.glob("*.json"))
        elif path.exists():
            files.append(path)
        else:
            raise EvalError(f"gold path {path} does not exist")
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise EvalError(f"cannot read gold file {f}: {e}") from None
        if not isinstance(data, dict):
            raise EvalError(f"gold file {f} is not a JSON object (see tests/gold/SCHEMA.md)")
        out.append(GoldFile(f, data))
    if not out:
        raise EvalError("no gold .json files in " + ", ".join(str(p) for p in paths))
    return out


def _basename(source: str) -> str:
    return PurePosixPath(source.split("#")[0].replace("\\", "/").rstrip("/")).name


def _stem(source: str) -> str:
    return PurePosixPath(_basename(source)).stem


def find_article(gold: GoldFile, articles: dict[str, str]) -> str | None:
    """The article IRI a gold file is about, by its "source", else its "id" or file name.

    Seeds' gold names the article file ("000_63c7....txt"); the dev gold names the page's
    URL and has the id of the article file ("d01" for tests/articles/dev/d01.txt).
    """
    source = str(gold.data.get("source") or "")
    tests: list[Callable[[str], bool]] = []
    if source:
        tests += [lambda s: s == source, lambda s: _basename(s) == _basename(source)]
    names = {gold.id, gold.path.stem}
    tests.append(lambda s: _stem(s) in names)
    for test in tests:
        hits = sorted(iri for iri, s in articles.items() if test(s))
        if hits:
            return hits[0]
    return None
