"""Read articles from files and folders: .txt, .md, .html/.htm and .jsonl.

The first stage of the pipeline. It turns paths into `Article` records (text plus
metadata) and reports every file it cannot use as a `SkippedFile` instead of raising,
so one bad file never stops a build.
"""
from __future__ import annotations

from .errors import KGError

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from .rdf.vocab import ID, short_hash, slug

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

#: Articles longer than this are refused: news articles are a few thousand words, and
#: spaCy's parser needs memory in proportion to the document.
MAX_ARTICLE_CHARS = 1_000_000
MAX_FILE_BYTES = 200_000_000  # a .jsonl may carry many articles
#: An HTML page carries scripts and markup around its text; news pages of a few MB are common.
MAX_HTML_CHARS = 20_000_000


class InputError(KGError):
    """A path the user named cannot be read as articles at all."""


@dataclass
class Article:
    """One article. Its identity (`key`, hence its IRI) is its URL when it has one, else its
    content: the same text read from another folder is the same article.

    `source` is what the graph publishes as dcterms:source: the URL, or the path relative to
    the folder named on the command line (`seeds/000_x.txt`), never a local absolute path.
    """
    text: str
    source: str
    key: str = ""
    title: str | None = None
    date: date | None = None
    content_hash: str = ""
    url: str | None = None

    def __post_init__(self):
        if not self.content_hash:
            self.content_hash = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        if not self.key:
            self.key = short_hash(self.url, 16) if self.url else self.content_hash[:16]
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


DATELINE = re.compile(rf"(?:(?:date|published|posted|updated)\b:?\s*)?(?:{ISO_DATE.pattern}|{DMY_DATE.pattern}|"
                      rf"{MDY_DATE.pattern})\W*", re.I)


def guess_title(text: str) -> str | None:
    """A short first line without a final full stop reads as a headline.

    A line holding nothing but a date ("date 2023-11-21") is a dateline, not a title.
    """
    for line in text.splitlines():
        line = line.strip()
        if not line or DATELINE.fullmatch(line):
            continue
        if len(line) <= 150 and not line.endswith((".", ":", "\u201d", '"')):
            return line
        return None
    return None


# --- decoding ------------------------------------------------------------------------
def decode_text(raw: bytes, name: str, max_chars: int | None = None) -> str:
    """UTF-8 text or an `InputError` naming what is wrong with it."""
    max_chars = MAX_ARTICLE_CHARS if max_chars is None else max_chars
    if not raw.strip():
        raise InputError(f"{name}: file is empty")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})") from None
    check_length(text, name, max_chars)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_length(text: str, name: str, max_chars: int | None = None) -> None:
    max_chars = MAX_ARTICLE_CHARS if max_chars is None else max_chars
    if len(text) > max_chars:
        raise InputError(f"{name}: {len(text):,} characters is larger than the {max_chars:,} kg reads as one article")


def html_to_text(html: str, name: str) -> tuple[str, str | None, date | None]:
    """Main text, title and date of an HTML page, boilerplate removed by trafilatura."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    check_length(text, name)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    published = None
    if meta is not None and meta.date:
        try:
            published = date.fromisoformat(meta.date[:10])
        except ValueError:
            published = None
    return text, title, published


def source_label(path: Path, root: Path | None = None) -> str:
    """How the graph names a file: relative to the folder given on the command line, that
    folder's own name first ('seeds/004_x.txt'); a file given by itself by its name alone."""
    if root is None:
        return path.name
    return (Path(root.resolve().name) / path.relative_to(root)).as_posix()


def byte_limit(suffix: str) -> int:
    """Largest file kg reads, checked before reading it: UTF-8 takes at most 4 bytes a character."""
    if suffix in JSONL_SUFFIXES:
        return MAX_FILE_BYTES
    return min(MAX_FILE_BYTES, 4 * (MAX_HTML_CHARS if suffix in HTML_SUFFIXES else MAX_ARTICLE_CHARS))


def read_file(path: Path, label: str | None = None) -> Iterator[Article | SkippedFile]:
    """The articles of one file; a .jsonl line that cannot be used is yielded as a `SkippedFile`.

    `label` is the file's published name (`source_label`). Problems with the file as a whole
    raise `InputError`.
    """
    name = str(path)
    label = label or path.name
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    limit = byte_limit(suffix)
    if size > limit:
        raise InputError(f"{name}: {size:,} bytes is larger than the {limit:,} kg reads from one such file")
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{name}: cannot read ({e.strerror})") from None
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(raw, path, label)
        return
    if suffix in HTML_SUFFIXES:
        html = decode_text(raw, name, MAX_HTML_CHARS)
        text, title, published = html_to_text(html, name)
        yield Article(text=text, source=label, title=title, date=published)
        return
    text = decode_text(raw, name)
    yield Article(text=text, source=label)


def read_jsonl(raw: bytes, path: Path, label: str | None = None) -> Iterator[Article | SkippedFile]:
    """One JSON object per line: {"text": ..., "url"?, "title"?, "date"?, "id"?}.

    A bad line is reported and skipped; the file's other lines are still read.
    """
    name = str(path)
    body = decode_text(raw, name, max_chars=MAX_FILE_BYTES)
    for lineno, line in enumerate(body.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            yield jsonl_article(line, path, lineno, label)
        except InputError as e:
            yield SkippedFile(where, str(e))


def jsonl_article(line: str, path: Path, lineno: int, label: str | None = None) -> Article:
    """The article on one .jsonl line, or an `InputError` naming the line and its problem.

    Its identity is its "id" when given, else its "url", else its text; without a url its
    source is `<file label>#<line>`.
    """
    where = f"{path}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: not valid JSON ({e.msg})") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
        raise InputError(f'{where}: each line needs an object with a non-empty "text"')
    text = obj["text"]
    check_length(text, where)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise InputError(f"{where}: text holds an unpaired surrogate escape, not valid Unicode") from None
    published = None
    if obj.get("date"):
        raw_date = str(obj["date"])
        try:
            published = date.fromisoformat(raw_date[:10])
        except ValueError:
            published = find_date(raw_date)
            if published is None:
                raise InputError(f"{where}: date {raw_date!r} is not a date like 2023-11-21") from None
    url = str(obj["url"]) if obj.get("url") else None
    source = url or f"{label or path.name}#{lineno}"
    key = slug(str(obj["id"])) if obj.get("id") else ""
    title = str(obj["title"]).strip() if obj.get("title") else None
    return Article(text=text.replace("\r\n", "\n"), source=source, key=key, title=title, date=published, url=url)


def _supported_parts(folder: Path) -> list[tuple[str, ...]]:
    """The relative paths (as parts) of supported files under `folder`, hidden files and folders
    left out, in `Path` order; one directory scan per folder, no stat per file."""
    found: list[tuple[str, ...]] = []

    def scan(directory: str, parts: tuple[str, ...]) -> None:
        with os.scandir(directory) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    scan(entry.path, parts + (entry.name,))
                elif os.path.splitext(entry.name)[1].lower() in SUPPORTED_SUFFIXES and entry.is_file():
                    found.append(parts + (entry.name,))

    scan(str(folder), ())
    return sorted(found)


def files_in(folder: Path) -> list[Path]:
    """Files under `folder` with a supported suffix, hidden files and folders left out, sorted."""
    return [folder.joinpath(*parts) for parts in _supported_parts(folder)]


def labelled_files(folder: Path) -> list[tuple[Path, str]]:
    """`files_in(folder)`, each with its `source_label` (the folder resolved once, not per file)."""
    root = folder.resolve().name
    return [(folder.joinpath(*parts), "/".join((root,) + parts)) for parts in _supported_parts(folder)]


def read_articles(paths: Iterable[Path]) -> ReadResult:
    """Every article under `paths`; unusable paths, files and lines are listed in `skipped`, not raised."""
    result = ReadResult()
    for item in read_items(paths):
        (result.skipped if isinstance(item, SkippedFile) else result.articles).append(item)
    return result


def iter_articles(paths: Iterable[Path]) -> Iterator[Article]:
    """The articles under `paths` one at a time, without holding them all (skips left out)."""
    return (item for item in read_items(paths) if isinstance(item, Article))


def read_items(paths: Iterable[Path]) -> Iterator[Article | SkippedFile]:
    """Each article under `paths`, or why a path, file or line was skipped, in reading order."""
    for path in map(Path, paths):
        if not path.exists():
            yield SkippedFile(str(path), f"{path}: no such file or directory")
        elif path.is_dir():
            files = labelled_files(path)
            if not files:
                yield SkippedFile(str(path), f"{path}: folder holds no {supported_list()} files")
            for file, label in files:
                yield from read_one(file, label)
        else:
            yield from read_one(path, source_label(path))


def supported_list() -> str:
    return ", ".join(sorted(SUPPORTED_SUFFIXES))


def read_one(path: Path, label: str | None = None) -> list[Article | SkippedFile]:
    """The articles of one file, or why it was skipped.

    The file is read before anything is returned, so a file that fails part-way adds nothing.
    """
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return [SkippedFile(str(path), f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
                                       f"kg reads {supported_list()}")]
    try:
        return list(read_file(path, label))
    except InputError as e:
        return [SkippedFile(str(path), str(e))]
