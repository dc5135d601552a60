"""The build pipeline behind `kg build`: read articles -> extract -> resolve -> map to RDF -> store.

Data flows one way through the stages. Extraction (spaCy plus rules) is the expensive
part and runs in worker processes for large inputs; resolution and writing run in this
process, one atomic graph replacement per article, so an interrupted build leaves every
article either as it was or fully rebuilt. Articles are read twice: first for what they are
(identity and content hash, to decide what to build), then one at a time as extraction takes
them, so memory never holds the corpus.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from itertools import tee
from typing import Callable, Iterable, Iterator, NamedTuple

import pyoxigraph as ox

from .articles import Article, InputError, SkippedFile, iter_articles, labelled_files, read_items
from .facts import ArticleFacts
from .fingerprint import extraction_fingerprint
from .rdf.mapping import article_rdf
from .resolve import Registry, drop_weak
from .resources import ontology_file, seeds_dir
from .rdf.shared import TallyCache, write_articles
from .rdf.store import article_states, default_store_path, load_ontology, open_store
from .registers import registers_version
from .workers import DaskCluster, LocalPool, Workers, extract_in_order, local_processes

#: Articles extracted, resolved and committed together: a build killed part-way keeps every
#: batch it committed, and memory holds one batch's facts at a time.
COMMIT_BATCH = 64
#: An embedded store is closed and opened again after this many articles written. The memory an
#: open Oxigraph (RocksDB) store holds grows with what it has written and read (its caches and
#: buffers; pyoxigraph sets no limit on them) and is freed only when it is closed, so a store
#: held open for a whole build grows with the corpus (benchmarks/README.md, bench_scale).
REOPEN_AFTER = COMMIT_BATCH


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
    """The seed articles that ship with kg."""
    return [seeds_dir()]


# --- extraction --------------------------------------------------------------------------
def extract_articles(articles: Iterable[Article], processes: int | None = None, model: str | None = None,
                     cluster: Workers | None = None, count: int | None = None) -> Iterator[ArticleFacts]:
    """Facts for each article, in order (worker processes for large inputs, or Dask workers).
    A stream of articles is read as extraction goes; give its `count` (it has no len())."""
    count = len(articles) if count is None else count
    jobs = ((a.text, a.date) for a in articles)
    for facts in extract_in_order(jobs, processes, model, cluster=cluster, count=count):
        yield from facts


def extracted(articles: Iterable[Article], count: int, processes: int | None,
              cluster: Workers | None) -> Iterator[tuple[Article, ArticleFacts]]:
    """(article, its facts) for a stream of `count` articles, holding only those in flight."""
    mine, theirs = tee(articles)
    return zip(mine, extract_articles(theirs, processes, cluster=cluster, count=count))


# --- pruning -----------------------------------------------------------------------------
class Pruning:
    """Which stored articles this build knows to be gone.

    Sources are relative to the folder named on the command line (`seeds/000_x.txt`), so a
    stored article is known to be gone only when this build listed the folder or file its
    source names and either the file is no longer there, or it was read and now holds other
    text (the old article is replaced by the new one). Articles from folders and files this
    build did not name, and articles known by URL, are never pruned.
    """

    def __init__(self, paths: list[Path], articles: Iterable[Found]):
        self.folders = {p.resolve().name for p in paths if p.is_dir()}
        self.files = {p.name for p in paths if p.is_file()}
        self.present = {label for p in paths if p.is_dir() for _, label in labelled_files(p)} | self.files
        self.read = {a.source.split("#")[0] for a in articles if "://" not in a.source}

    def known_gone(self, source: str) -> bool:
        if "://" in source:
            return False
        file = source.split("#")[0]
        if file.split("/")[0] not in self.folders and file not in self.files:
            return False  # not listed by this build: nothing is known about it
        return file not in self.present or file in self.read


def previous_versions(states: dict[str, tuple], seen: dict[str, str]) -> dict[str, str]:
    """source -> the stored article it held before, for the sources this build read anew.

    An edited file is a new article (its identity is its text); the article it replaces is
    the stored one with the same source that this build did not read again.
    """
    read_sources = set(seen.values())
    return {source: iri for iri, (_, _, source) in states.items()
            if source in read_sources and iri not in seen and "://" not in source}


# --- official registers (kg/registers), when loaded --------------------------------------------
def registers_gazetteer(store):
    """The gazetteer of the loaded registers, or None when none are loaded."""
    from .registers.gazetteer import Gazetteer

    return Gazetteer.from_store(store)


def link_facts(facts, text, when, gazetteer):
    from .registers.link import link_facts as link

    return link(facts, text, when, gazetteer)


def link_triples(article, facts):
    from .registers.link import link_triples as triples

    return triples(article, facts)


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
          force: bool = False, progress: Callable[[int, int, int], None] | None = None,
          batch_size: int = COMMIT_BATCH, scheduler: str | None = None,
          dask_workers: int | None = None) -> BuildReport:
    """Build or update the store from the articles under `paths` (default: the bundled seeds).

    Articles stream through extraction, resolution and writing in batches of `batch_size`;
    each batch is committed before the next is held, and a last pass re-links articles
    whose organisations gained a fuller name in a later batch, so the graph equals one built
    all at once. `progress(done, total, words)` is called before extraction and after each
    batch, with the articles and words extracted so far.
    With `scheduler` (a Dask scheduler's address) or `dask_workers` (a local Dask cluster of
    that many processes) extraction runs on Dask workers; writing stays in this process.
    When no article can be read the store is left untouched and the report lists why.
    """
    started = time.perf_counter()
    paths = as_paths(paths)
    found, skipped = survey(paths)
    report = BuildReport(skipped=skipped)
    if not found and not skipped:
        raise InputError("no articles found in " + ", ".join(str(p) for p in paths)
                         + " (kg reads .txt, .md, .html, .htm and .jsonl files)")
    if not found:
        return report

    # the writer holds the only reference to the store, so that it can close and reopen it
    writer = Writer(StoreHandle(store_path), min_confidence, report)
    load_ontology(writer.store, ontology_file())
    writer.states = states = article_states(writer.store)
    # everything that shapes an article's graph: a change to any of it rebuilds the article
    writer.version = extraction_fingerprint(
        options={"min-confidence": f"{min_confidence:g}" if min_confidence > 0 else ""},
        registers=registers_version(writer.store))
    todo, seen = plan(found, states, writer.version, force, report)
    writer.earlier = previous_versions(states, seen)
    if todo:  # aliases known from earlier builds, and the official registers if loaded
        writer.registry.learn_from_store(writer.store)
        writer.gazetteer = registers_gazetteer(writer.store)
    if progress:
        progress(0, len(todo), 0)
    cluster = extraction_workers(len(todo), processes, scheduler, dask_workers) if todo else None
    try:
        if todo:
            extract_and_commit(writer, paths, todo, processes, cluster, batch_size, progress)
            writer.relink(paths, processes, cluster)
    finally:
        if cluster is not None:
            cluster.close()

    if prune:
        gone = Pruning(paths, found)
        dropped = [(iri, source) for iri, (_, _, source) in states.items() if iri not in seen and gone.known_gone(source)]
        write_articles(writer.store, [(iri, None) for iri, _ in dropped], writer.cache)
        report.pruned.extend(source for _, source in dropped)
    writer.store.flush()
    report.seconds = time.perf_counter() - started
    return report


def extraction_workers(count: int, processes: int | None, scheduler: str | None,
                       dask_workers: int | None) -> Workers | None:
    """The workers that extract this build's `count` articles, started once for all its passes:
    a Dask cluster when asked for, else a pool of local processes, else None (this process)."""
    if scheduler or dask_workers:
        return DaskCluster(scheduler, dask_workers)
    n = local_processes(count, processes)
    return LocalPool(n) if n > 1 else None


def extract_and_commit(writer: "Writer", paths: list[Path], todo: dict[str, None], processes: int | None,
                       cluster: Workers | None, batch_size: int,
                       progress: Callable[[int, int, int], None] | None) -> None:
    """Read the articles in `todo` again one at a time, extract them and commit them in batches.
    A file that changed since `survey` read it now holds another article, left for the next build.
    `todo` is emptied as its articles are taken."""
    total = len(todo)
    to_extract = take(iter_articles(paths), todo)
    done = 0
    for batch in batches(extracted(to_extract, total, processes, cluster), batch_size):
        writer.commit(batch)
        done += len(batch)
        if progress:
            progress(done, total, writer.report.words)


def batches(items: Iterable, size: int) -> Iterator[list]:
    """Lists of `size` items (the last may be shorter), consuming `items` lazily."""
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Found(NamedTuple):
    """An article read by `survey`: its identity, not its text (read again when extracted)."""
    iri: str
    source: str
    content_hash: str


def survey(paths: list[Path]) -> tuple[list[Found], list[SkippedFile]]:
    """Every article under `paths` by identity, and what was skipped; texts are not kept, so
    memory holds a few strings per article, not the corpus."""
    found: list[Found] = []
    skipped: list[SkippedFile] = []
    for item in read_items(paths):
        if isinstance(item, SkippedFile):
            skipped.append(item)
        else:
            found.append(Found(item.iri, item.source, item.content_hash))
    return found, skipped


def plan(articles: Iterable[Found], states: dict, version: str, force: bool,
         report: BuildReport) -> tuple[dict[str, None], dict[str, str]]:
    """The IRIs of the articles to extract (in reading order), and every article read (IRI ->
    source); unchanged ones are reported as such, and a second copy of an article read twice
    as skipped."""
    todo: dict[str, None] = {}
    seen: dict[str, str] = {}
    for article in articles:
        if article.iri in seen:
            if seen[article.iri] != article.source:  # the same file named twice is no news
                report.skipped.append(SkippedFile(article.source, f"{article.source}: same article as "
                                                                  f"{seen[article.iri]}, which was read first"))
            continue
        seen[article.iri] = article.source
        state = states.get(article.iri)
        if not force and state and state[0] == article.content_hash and state[1] == version:
            report.unchanged.append(article.source)
        else:
            todo[article.iri] = None
    return todo, seen


class StoreHandle:
    """The build's store, which can be closed and opened again (an embedded one; a remote
    store holds nothing in this process and is kept as it is). Should another kg process
    take the store in the moment it is closed, opening it again fails with the store's
    "in use" error, and every batch written until then is kept, as after any stop."""

    def __init__(self, location: Path | str | None):
        self.location = location if location is not None else default_store_path()
        self.store = open_store(self.location)
        self.written = 0

    def wrote(self, articles: int) -> None:
        """Count articles written; past `REOPEN_AFTER`, close the embedded store and open it
        again, which frees what RocksDB held (everything written is committed by then)."""
        self.written += articles
        if self.written >= REOPEN_AFTER and isinstance(self.store, ox.Store):
            self.written = 0
            self.store = None  # the last reference: the store closes and releases its lock
            self.store = open_store(self.location)


class Writer:
    """Resolves extracted facts against every alias known so far and commits them.

    It remembers, per article written, which fuller name each of its organisations resolved
    to (a few strings, not the article), so that `relink` can find the articles a later batch
    would have resolved differently, read them again and write them again.
    """

    def __init__(self, handle: StoreHandle, min_confidence: float, report: BuildReport):
        self.handle = handle
        self.states: dict[str, tuple] = {}  # stored article IRI -> (hash, version, source)
        self.earlier: dict[str, str] = {}  # source -> the stored article it held before (previous_versions)
        self.version = ""
        self.min_confidence, self.report = min_confidence, report
        self.registry = Registry()
        self.gazetteer = None  # the official registers' names, when loaded (kg registers load)
        self.cache = TallyCache()  # this build is the store's only writer (the store lock)
        self.resolved_as: dict[str, tuple[tuple[str, str | None], ...]] = {}
        self._renames: dict[tuple[str, str | None], tuple[str, str | None]] = {}  # each pair once

    @property
    def store(self):
        return self.handle.store

    def commit(self, batch: list[tuple[Article, ArticleFacts]], again: bool = False) -> None:
        """Write a batch of articles (and what they replace) in one transaction."""
        for _, facts in batch:
            self.registry.learn(facts)
        changes: list = []
        for article, facts in batch:
            self.resolved_as[article.iri] = self.renames(facts)
            changes += self.changes(article, facts, again)
        write_articles(self.store, changes, self.cache)
        self.store.flush()
        self.handle.wrote(len(batch))

    def renames(self, facts: ArticleFacts) -> tuple[tuple[str, str | None], ...]:
        """(name, what it resolves to) for each organisation; the pairs are shared between the
        articles that name the same organisation, so what is kept per article is a few pointers."""
        pairs = ((name, self.registry.canonical(name)) for name in facts.organisations)
        return tuple(self._renames.setdefault(pair, pair) for pair in pairs)

    def changes(self, article: Article, facts: ArticleFacts, again: bool) -> list[tuple[str, object]]:
        """The article's new graph, and the drop of the article it replaces, if any."""
        resolved = drop_weak(self.registry.resolve(facts), self.min_confidence)
        if self.gazetteer is not None:  # official names, kinds and codes from the loaded registers
            resolved = link_facts(resolved, article.text, article.date, self.gazetteer)
        rdf = article_rdf(article, resolved, self.version)
        if self.gazetteer is not None:
            rdf.graph += link_triples(article, resolved)
        if again:
            return [(article.iri, rdf)]
        old = self.earlier.get(article.source)  # the file now holds other text: the new article replaces it
        report = self.report
        (report.updated if article.iri in self.states or old else report.added).append(article.source)
        report.words += len(article.text.split())
        report.triples += len(rdf.graph)
        for kind in ("people", "organisations", "posts", "partnerships", "awards", "quotations"):
            report.facts[kind] = report.facts.get(kind, 0) + len(getattr(resolved, kind))
        return [(article.iri, rdf)] + ([(old, None)] if old else [])

    def relink(self, paths: list[Path], processes: int | None, cluster: Workers | None = None) -> None:
        """Write again the articles whose organisations resolve differently now that every
        batch has been seen (an acronym defined in a later article, say); their texts are
        read again from `paths`, as they were not kept."""
        stale = {iri for iri, renames in self.resolved_as.items()
                 if any(self.registry.canonical(name) != was for name, was in renames)}
        if not stale:
            return
        again = take(iter_articles(paths), dict.fromkeys(stale))
        for batch in batches(extracted(again, len(stale), processes, cluster), COMMIT_BATCH):
            self.commit(batch, again=True)


def take(articles: Iterable[Article], wanted: dict[str, None]) -> Iterator[Article]:
    """The articles whose IRI is in `wanted`, each once (the first copy read, as `plan` keeps
    it), removing each from `wanted` as it is taken: memory shrinks as the build goes, where a
    set of the IRIs seen would grow with the corpus."""
    for article in articles:
        if not wanted:
            return  # the rest need not even be read
        if wanted.pop(article.iri, 0) is None:
            yield article
