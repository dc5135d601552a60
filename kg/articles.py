"""Read articles from files and folders: .txt, .md, .html/.htm and .jsonl.

The first stage of the pipeline. It turns paths into `Article` records (text plus
metadata) and reports every file it cannot use as a `SkippedFile` instead of raising,
so one bad file never stops a build.
"""
from __future__ import annotations

from .errors import KGError

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .vocab import ID, short_hash, slug

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Articles longer than this are refused: news articles are a few thousand words, and
#: spaCy's parser needs memory in proportion to the document.
MAX_ARTICLE_CHARS = 1_000_000
MAX_FILE_BYTES = 200_000_000  # a .jsonl may carry many articles


class InputError(KGError):
    """A path the user named cannot be read as articles at all."""


@dataclass
class Article:
    text: str
    source: str  # file path or URL
    key: str  # stable local name, used to mint the article IRI
    title: str | None = None
    date: date | None = None
    content_hash: str = ""

    def __post_init__(self):
        if not self.content_hash:
            self.content_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        if self.title is None:
            self.title = guess_title(self.text)
        if self.date is None:
            self.date = find_date(self.text)

    @property
    def iri(self) -> str:
        return f"{ID}article/{self.key}"


@dataclass
class SkippedFile:
    path: str
    reason: str


@dataclass
class ReadResult:
    articles: list[Article] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)


# --- dates ---------------------------------------------------------------------------
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS)
ISO_DATE = re.compile(r"\b(?:date|published|posted|updated)?:?\s*(\d{4})-(\d{2})-(\d{2})\b", re.I)
DMY_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH_RE})\s*,?\s+(\d{{4}})\b")
MDY_DATE = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?,\s+(\d{{4}})\b")


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The publication date when the text states one on a line of its own.

    News pages carry it as a dateline at the top ("date 2023-11-21", "Published: 3 March
    2015") or a line at the foot ("26 July 2017"); dates inside sentences are about
    events, not publication, so only short lines near either end are read.
    """
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    candidates = lines[:3] + lines[-3:]
    for line in candidates:
        head = line[:60]
        if len(line) > 60 and not re.match(r"\s*(date|published|posted)\b", line, re.I):
            continue
        for rx, order in ((ISO_DATE, "ymd"), (DMY_DATE, "dmy"), (MDY_DATE, "mdy")):
            m = rx.search(head)
            if not m:
                continue
            a, b, c = m.groups()
            if order == "ymd":
                found = _safe_date(int(a), int(b), int(c))
            elif order == "dmy":
                found = _safe_date(int(c), MONTHS[b.lower()], int(a))
            else:
                found = _safe_date(int(c), MONTHS[a.lower()], int(b))
            if found:
                return found
    return None


def guess_title(text: str) -> str | None:
    """A short first line without a final full stop reads as a headline."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= 150 and not line.endswith((".", ":", "\u201d", '"')):
            return line
        return None
    return None


# --- decoding ------------------------------------------------------------------------
def decode_text(raw: bytes, name: str) -> str:
    """UTF-8 text or an `InputError` naming what is wrong with it."""
    if not raw.strip():
        raise InputError(f"{name}: file is empty")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})") from None
    if len(text) > MAX_ARTICLE_CHARS:
        raise InputError(f"{name}: {len(text):,} characters is larger than the {MAX_ARTICLE_CHARS:,} an article may have")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def html_to_text(html: str, name: str) -> tuple[str, str | None, date | None]:
    """Main text, title and date of an HTML page, boilerplate removed by trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    published = None
    if meta is not None and meta.date:
        try:
            published = date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    return text, title, published


def article_key(path: Path) -> str:
    """'seeds/004_8c85afb9.txt' -> '004-8c85afb9-<hash of the absolute path>'.

    The stem keeps the IRI readable; the hash keeps two files of the same name in
    different folders apart, and the same file always gets the same key.
    """
    return f"{slug(path.stem)}-{short_hash(str(path.resolve()), 6)}"


def read_file(path: Path) -> Iterator[Article]:
    name = str(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"{name}: {size:,} bytes is larger than the {MAX_FILE_BYTES:,} kg reads from one file")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(raw, path)
        return
    if suffix in HTML_SUFFIXES:
        html = decode_text(raw, name)
        text, title, published = html_to_text(html, name)
        yield Article(text=text, source=name, key=article_key(path), title=title, date=published)
        return
    text = decode_text(raw, name)
    yield Article(text=text, source=name, key=article_key(path))


def read_jsonl(raw: bytes, path: Path) -> Iterator[Article]:
    """One JSON object per line: {"text": ..., "url"?, "title"?, "date"?}."""
    name = str(path)
    body = decode_text(raw, name) if len(raw) <= MAX_ARTICLE_CHARS else raw.decode("utf-8", errors="strict")
    for lineno, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{where}: not valid JSON ({e.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
            raise InputError(f'{where}: each line needs an object with a non-empty "text"')
        if len(obj["text"]) > MAX_ARTICLE_CHARS:
            raise InputError(f"{where}: article text is larger than {MAX_ARTICLE_CHARS:,} characters")
        published = None
        if obj.get("date"):
            try:
                published = date.fromisoformat(str(obj["date"])[:10])
            except ValueError:
                raise InputError(f"{where}: date {obj['date']!r} is not YYYY-MM-DD") from None
        url = obj.get("url")
        source = url or f"{name}#{lineno}"
        key = slug(obj.get("id") or "") if obj.get("id") else f"{slug(path.stem)}-{lineno}-{short_hash(source, 6)}"
        yield Article(text=obj["text"].replace("\r\n", "\n"), source=source, key=key,
                      title=obj.get("title"), date=published)


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under the given paths with a supported suffix, in a stable order."""
    for path in paths:
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("."):
                    yield p
        else:
            yield path


def read_articles(paths: Iterable[Path]) -> ReadResult:
    """Every article under `paths`; unusable files are listed in `skipped`, not raised."""
    result = ReadResult()
    for path in iter_files(paths):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.skipped.append(SkippedFile(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                                                         f"kg reads {', '.join(sorted(SUPPORTED_SUFFIXES))}"))
            continue
        try:
            result.articles.extend(read_file(path))
        except InputError as e:
            result.skipped.append(SkippedFile(str(path), str(e)))
    return result
