"""Extraction in worker processes, in bounded batches, in input order.

spaCy is the expensive part of a build, so it runs in a pool of processes, each loading the
pipeline once. Batches are submitted a few at a time (never the whole corpus at once), so
memory does not grow with the number of articles; results come back in input order. Workers
die with the build: a worker whose parent is killed ends itself instead of running on.
Very long texts are parsed in sections, since the parser's memory grows faster than the text.
"""
from __future__ import annotations

import ctypes
import os
import re
import signal
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Iterable, Iterator, Sequence

from .facts import ArticleFacts

#: Below this many articles, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
#: Articles per nlp.pipe call in a worker.
PIPE_BATCH = 32
#: Texts longer than this are parsed in sections of at most this many characters.
SECTION_CHARS = 50_000

Job = tuple[str, object]  # (text, date)
#: Where a long text may be cut, best first: paragraph ends, line ends, sentence ends.
BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"))

_worker_nlp = None
_parent_pid = None


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM to this worker when the build process dies (even by SIGKILL)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        return
    if os.getppid() != _parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def init_worker(model: str | None, parent_pid: int | None = None) -> None:
    global _worker_nlp, _parent_pid
    from . import nlp as nlp_mod

    if parent_pid is not None:
        _parent_pid = parent_pid
        _die_with_parent()
    _worker_nlp = nlp_mod.load(model)


def sections(text: str, limit: int = SECTION_CHARS) -> list[str]:
    """`text` cut at paragraph (else line, else sentence) ends into pieces of at most ~`limit`
    characters whose concatenation is exactly `text`, so offsets stay those of the article."""
    if len(text) <= limit:
        return [text]
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit  # no break in sight: cut hard
        for breaks in BREAKS:
            last = max((m.end() for m in breaks.finditer(window)), default=0)
            if last > limit // 4:
                cut = last
                break
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def parse(texts: Sequence[str]) -> Iterator[object]:
    """One spaCy Doc per text; long texts parsed in sections and joined back into one Doc."""
    from spacy.tokens import Doc

    short = [t for t in texts if len(t) <= SECTION_CHARS]
    parsed = iter(_worker_nlp.pipe(short, batch_size=PIPE_BATCH))
    for text in texts:
        if len(text) <= SECTION_CHARS:
            yield next(parsed)
        else:
            parts = list(_worker_nlp.pipe(sections(text), batch_size=4))
            yield Doc.from_docs(parts, ensure_whitespace=False)


def extract_batch(batch: list[Job]) -> list[ArticleFacts]:
    from .extract import extract

    return [extract(doc, d) for doc, (_, d) in zip(parse([t for t, _ in batch]), batch)]


def _chunks(jobs: Sequence[Job], size: int) -> Iterator[list[Job]]:
    for i in range(0, len(jobs), size):
        yield list(jobs[i:i + size])


def extract_in_order(jobs: Sequence[Job], processes: int | None = None, model: str | None = None,
                     batch_size: int = PIPE_BATCH) -> Iterator[list[ArticleFacts]]:
    """The facts of each batch of `jobs`, batch by batch, in order."""
    if processes is None:
        processes = min(os.cpu_count() or 1, 4) if len(jobs) >= PARALLEL_THRESHOLD else 1
    if processes <= 1:
        init_worker(model)
        for chunk in _chunks(jobs, batch_size):
            yield extract_batch(chunk)
        return
    with ProcessPoolExecutor(processes, initializer=init_worker, initargs=(model, os.getpid())) as pool:
        yield from bounded_map(pool, _chunks(jobs, batch_size), in_flight=2 * processes)


def bounded_map(pool: ProcessPoolExecutor, chunks: Iterable[list[Job]], in_flight: int) -> Iterator[list]:
    """`pool.map` that keeps at most `in_flight` batches submitted and unread."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(pool.submit(extract_batch, chunk))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
