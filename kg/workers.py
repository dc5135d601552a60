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
from itertools import islice
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Sequence

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


def extract_batch(batch: list[Job], model: str | None = None) -> list[ArticleFacts]:
    """The facts of each (text, date) in `batch`; loads the pipeline on first use, so a Dask
    worker loads spaCy once and keeps it for every batch it is sent."""
    from .extract import extract

    if _worker_nlp is None:
        init_worker(model)
    return [extract(doc, d) for doc, (_, d) in zip(parse([t for t, _ in batch]), batch)]


def _chunks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """Lists of `size` jobs, taken from `jobs` only as they are needed."""
    jobs = iter(jobs)
    while chunk := list(islice(jobs, size)):
        yield chunk


def extract_in_order(jobs: Iterable[Job], processes: int | None = None, model: str | None = None,
                     batch_size: int = PIPE_BATCH, cluster: Workers | None = None,
                     count: int | None = None) -> Iterator[list[ArticleFacts]]:
    """The facts of each batch of `jobs`, batch by batch, in order: on a Dask cluster when one
    is given, else in `processes` local worker processes (or in this process). Jobs are read
    as batches are submitted, so a stream of jobs is never held whole; `count` (how many there
    are, for choosing the number of processes) is needed when `jobs` has no len()."""
    if cluster is not None:  # a Dask cluster, or a LocalPool started for the whole build
        yield from cluster.map_in_order(_chunks(jobs, batch_size), model)
        return
    processes = local_processes(len(jobs) if count is None else count, processes)
    if processes <= 1:
        init_worker(model)
        for chunk in _chunks(jobs, batch_size):
            yield extract_batch(chunk)
        return
    with LocalPool(processes, model) as pool:
        yield from pool.map_in_order(_chunks(jobs, batch_size), model)


def local_processes(count: int, processes: int | None = None) -> int:
    """How many local processes extract `count` articles: `processes` when given, else one
    per core (up to 4) for enough articles to repay starting them, else this process alone."""
    if processes is not None:
        return processes
    return min(os.cpu_count() or 1, 4) if count >= PARALLEL_THRESHOLD else 1


def bounded_map(submit: Callable[[list[Job]], Any], chunks: Iterable[list[Job]], in_flight: int) -> Iterator[list]:
    """Results of `submit(chunk)` futures in order, keeping at most `in_flight` submitted and
    unread (a concurrent.futures executor's or a Dask client's futures alike)."""
    pending: deque = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class LocalPool:
    """Extraction in `processes` local worker processes, each loading spaCy once. A build
    starts one for all its passes (the main pass and the re-link of stale articles), so the
    pipeline is not loaded again for the last pass."""

    def __init__(self, processes: int, model: str | None = None):
        self.processes = processes
        self.executor = ProcessPoolExecutor(processes, initializer=init_worker, initargs=(model, os.getpid()))

    def map_in_order(self, chunks: Iterable[list[Job]], model: str | None = None) -> Iterator[list[ArticleFacts]]:
        submit = lambda chunk: self.executor.submit(extract_batch, chunk)  # noqa: E731
        yield from bounded_map(submit, chunks, 2 * self.processes)

    def close(self) -> None:
        self.executor.shutdown(cancel_futures=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class DaskCluster:
    """Extraction on Dask workers: a scheduler's address ('tcp://host:8786'), or a local
    cluster of `workers` processes started here. Each worker loads spaCy once."""

    def __init__(self, scheduler: str | None = None, workers: int | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            from .errors import KGError

            raise KGError("Dask is not installed: pip install 'kg-news[dask]'") from None
        self._local = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                                   dashboard_address=None) if scheduler is None else None
        try:
            self.client = Client(scheduler or self._local, timeout="10s")
        except OSError as e:
            from .errors import KGError

            raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None

    def map_in_order(self, chunks: Iterable[list[Job]], model: str | None) -> Iterator[list[ArticleFacts]]:
        workers = max(len(self.client.scheduler_info().get("workers", {})), 1)
        submit = lambda chunk: self.client.submit(extract_batch, chunk, model, pure=False)  # noqa: E731
        yield from bounded_map(submit, chunks, 2 * workers)

    def close(self) -> None:
        self.client.close()
        if self._local is not None:
            self._local.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


#: The workers a build starts once for all its passes: a Dask cluster or a pool of local processes.
Workers = DaskCluster | LocalPool
