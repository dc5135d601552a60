"""`kg build`: read articles -> extract -> resolve -> map to RDF -> store.

Data flows one way through the stages. Extraction (spaCy plus rules) is the expensive
part and runs in worker processes for large inputs; resolution and writing run in this
process, one atomic graph replacement per article, so an interrupted build leaves every
article either as it was or fully rebuilt.
"""
from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .articles import Article, InputError, SkippedFile, read_articles
from .facts import ArticleFacts
from .rdfmap import EXTRACTOR_VERSION, article_rdf
from .resolve import Registry, drop_weak
from .shared import RecordCache, write_articles
from .store import article_states, load_ontology, open_store

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "kg.ttl"
SEEDS_DIR = ROOT / "seeds"

#: Below this many articles, starting worker processes costs more than it saves.
PARALLEL_THRESHOLD = 24
BATCH_SIZE = 32
#: Articles written per transaction (article graphs and the shared descriptions they touch).
WRITE_BATCH = 64


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    words: int = 0
    triples: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def default_inputs() -> list[Path]:
    here = Path("seeds")
    return [here if here.is_dir() else SEEDS_DIR]


# --- extraction, possibly in worker processes ------------------------------------------
_worker_nlp = None


def _init_worker(model: str | None) -> None:
    global _worker_nlp
    from . import nlp as nlp_mod

    _worker_nlp = nlp_mod.load(model)


def _extract_batch(batch: list[tuple[str, object]]) -> list[ArticleFacts]:
    from .extract import extract

    texts = [t for t, _ in batch]
    return [extract(doc, d) for doc, (_, d) in zip(_worker_nlp.pipe(texts, batch_size=BATCH_SIZE), batch)]


def extract_articles(articles: list[Article], processes: int | None = None,
                     model: str | None = None) -> Iterator[ArticleFacts]:
    """Facts for each article, in order."""
    jobs = [(a.text, a.date) for a in articles]
    if processes is None:
        processes = min(os.cpu_count() or 1, 4) if len(articles) >= PARALLEL_THRESHOLD else 1
    if processes <= 1:
        _init_worker(model)
        for i in range(0, len(jobs), BATCH_SIZE):
            yield from _extract_batch(jobs[i:i + BATCH_SIZE])
        return
    batches = [jobs[i:i + BATCH_SIZE] for i in range(0, len(jobs), BATCH_SIZE)]
    with ProcessPoolExecutor(processes, initializer=_init_worker, initargs=(model,)) as pool:
        for facts in pool.map(_extract_batch, batches):
            yield from facts


# --- the build ---------------------------------------------------------------------------
def as_paths(paths: Iterable[Path | str] | Path | str | None) -> list[Path]:
    """The input paths as a list; one path on its own (`build("articles/")`) is accepted too."""
    if not paths:
        return default_inputs()
    if isinstance(paths, (str, os.PathLike)):
        return [Path(paths)]
    return [Path(p) for p in paths]


def build(paths: Iterable[Path | str] | Path | str | None = None, store_path: Path | str | None = None, *,
          prune: bool = False, min_confidence: float = 0.0, processes: int | None = None,
          force: bool = False, progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build or update the store from the articles under `paths` (default: seeds/).

    `progress(done, total)` is called before extraction and after each extracted article.
    When no article can be read the store is left untouched and the report lists why.
    """
    started = time.perf_counter()
    paths = as_paths(paths)
    read = read_articles(paths)
    report = BuildReport(skipped=read.skipped)
    if not read.articles and not read.skipped:
        raise InputError("no articles found in " + ", ".join(str(p) for p in paths)
                         + " (kg reads .txt, .md, .html, .htm and .jsonl files)")
    if not read.articles:
        return report

    store = open_store(store_path)
    load_ontology(store, ONTOLOGY_FILE)
    states = article_states(store)
    # the settings that shape an article's graph: a change to either rebuilds it
    version = EXTRACTOR_VERSION + (f" min-confidence={min_confidence:g}" if min_confidence > 0 else "")

    todo: list[Article] = []
    seen: dict[str, str] = {}  # article IRI -> source
    for article in read.articles:
        if article.iri in seen:
            if seen[article.iri] != article.source:  # the same file named twice is no news
                report.skipped.append(SkippedFile(article.source, f"{article.source}: same article id as "
                                                                  f"{seen[article.iri]}, which was read first"))
            continue
        seen[article.iri] = article.source
        state = states.get(article.iri)
        if not force and state and state[0] == article.content_hash and state[1] == version:
            report.unchanged.append(article.source)
        else:
            todo.append(article)

    registry = Registry()
    if todo:  # aliases known from earlier builds; an all-unchanged rebuild needs none
        registry.learn_from_store(store)
    extracted: list[tuple[Article, ArticleFacts]] = []
    if progress:
        progress(0, len(todo))
    for article, facts in zip(todo, extract_articles(todo, processes)):
        registry.learn(facts)
        extracted.append((article, facts))
        report.words += len(article.text.split())
        if progress:
            progress(len(extracted), len(todo))

    pending: list = []  # (article IRI, its RDF): written a batch at a time, shared graph included
    cache = RecordCache()  # this build is the store's only writer (the store lock)
    for article, facts in extracted:
        facts = drop_weak(registry.resolve(facts), min_confidence)
        rdf = article_rdf(article, facts, version)
        pending.append((article.iri, rdf))
        (report.updated if article.iri in states else report.added).append(article.source)
        report.triples += len(rdf.graph)
        for kind in ("people", "organisations", "posts", "partnerships", "awards", "quotations"):
            report.facts[kind] = report.facts.get(kind, 0) + len(getattr(facts, kind))
        if len(pending) >= WRITE_BATCH:
            write_articles(store, pending, cache)
            pending = []
    write_articles(store, pending, cache)

    if prune:
        gone = [(iri, source) for iri, (_, _, source) in states.items()
                if iri not in seen and not source.startswith(("http://", "https://"))
                and not Path(source.split("#")[0]).exists()]
        write_articles(store, [(iri, None) for iri, _ in gone], cache)
        report.pruned.extend(source for _, source in gone)
    store.flush()
    report.seconds = time.perf_counter() - started
    return report
