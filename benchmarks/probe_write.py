"""The writing side of `kg build` alone: where its memory and time go as the store grows.

Extraction (spaCy) dominates a build, so a build's memory and time hide the writer's. This
probe extracts a corpus once into an SQLite file (article IRI -> pickled facts), then runs
`kg.pipeline.build` with extraction replaced by those facts, printing the process's RSS and
peak RSS (VmHWM) every N articles, and optionally `malloc_trim` after every batch (what is
left is live data, not freed memory the allocator kept) and tracemalloc diffs between two
points (which lines hold the Python heap that grew).

    python benchmarks/bench_scale.py --sizes 16000 --noop 0 --workdir /tmp/s   # writes /tmp/s/corpus-16000
    python benchmarks/probe_write.py extract /tmp/s/corpus-16000 /tmp/facts.db   # once, 2 processes
    python benchmarks/probe_write.py run /tmp/s/corpus-16000 /tmp/probe-store /tmp/facts.db
    python benchmarks/probe_write.py run ... --trim            # RSS after malloc_trim each batch
    python benchmarks/probe_write.py run ... --trace 2048,6144  # tracemalloc diff between the two
"""
from __future__ import annotations

import argparse
import ctypes
import pickle
import shutil
import sqlite3
import sys
import time
import tracemalloc
from pathlib import Path


def status() -> dict[str, int]:
    out = {}
    for line in open("/proc/self/status"):
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) // 1024
    return out


def extract(corpus: Path, db: Path, processes: int) -> None:
    from kg.articles import iter_articles
    from kg.pipeline import extract_articles, take

    con = sqlite3.connect(db)
    con.execute("CREATE TABLE IF NOT EXISTS facts (iri TEXT PRIMARY KEY, facts BLOB)")
    have = {r[0] for r in con.execute("SELECT iri FROM facts")}
    articles = list(take(iter_articles([corpus]), {a.iri: None for a in iter_articles([corpus]) if a.iri not in have}))
    started = time.perf_counter()
    for i, (article, facts) in enumerate(zip(articles, extract_articles(articles, processes=processes))):
        con.execute("INSERT INTO facts VALUES (?, ?)", (article.iri, pickle.dumps(facts, protocol=5)))
        if i % 1000 == 999:
            con.commit()
            print(f"{i + 1:6d} articles extracted, {time.perf_counter() - started:.0f} s", flush=True)
    con.commit()


def run(corpus: Path, store: Path, db: Path, trim: bool, trace: set[int], every: int) -> None:
    import kg.pipeline as pipeline

    if trace:
        tracemalloc.start()
    libc = ctypes.CDLL("libc.so.6")
    con = sqlite3.connect(db)

    def from_db(articles, processes=None, model=None, cluster=None, count=None):
        for article in articles:
            (blob,) = con.execute("SELECT facts FROM facts WHERE iri = ?", (article.iri,)).fetchone()
            yield pickle.loads(blob)

    pipeline.extract_articles = from_db
    commit, done, snapshot, started = pipeline.Writer.commit, [0], [None], time.perf_counter()

    def observed(self, batch, again=False):
        commit(self, batch, again)
        if trim:
            libc.malloc_trim(0)
        done[0] += len(batch)
        n = done[0]
        if n % every < len(batch) or n in trace:
            s = status()
            print(f"{n:7d} articles {time.perf_counter() - started:7.1f} s  RSS {s['VmRSS']:5d} MiB  "
                  f"peak {s['VmHWM']:5d} MiB  tallies cached {len(self.cache.entries)}", flush=True)
        if n in trace:
            now = tracemalloc.take_snapshot()
            if snapshot[0] is not None:
                print(f"--- Python heap, what grew up to {n} articles:")
                for stat in now.compare_to(snapshot[0], "lineno")[:12]:
                    print("   ", stat)
            snapshot[0] = now

    pipeline.Writer.commit = observed
    shutil.rmtree(store, ignore_errors=True)
    report = pipeline.build([corpus], store, processes=1)
    s = status()
    print(f"done: {len(report.added)} articles in {time.perf_counter() - started:.1f} s "
          f"(CPU {time.process_time():.1f} s), peak RSS {s['VmHWM']} MiB", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="extract a corpus once into an SQLite file")
    ex.add_argument("corpus", type=Path)
    ex.add_argument("db", type=Path)
    ex.add_argument("-j", "--processes", type=int, default=2)
    rn = sub.add_parser("run", help="build the corpus from the extracted facts, writing only")
    rn.add_argument("corpus", type=Path)
    rn.add_argument("store", type=Path, help="a fresh store (removed first)")
    rn.add_argument("db", type=Path)
    rn.add_argument("--trim", action="store_true", help="malloc_trim after every batch")
    rn.add_argument("--trace", default="", help="article counts to diff tracemalloc snapshots at (e.g. 2048,6144)")
    rn.add_argument("--every", type=int, default=1024, help="print RSS every N articles [1024]")
    args = ap.parse_args(argv)
    if args.command == "extract":
        extract(args.corpus, args.db, args.processes)
    else:
        run(args.corpus, args.store, args.db, args.trim, {int(x) for x in args.trace.split(",") if x}, args.every)


if __name__ == "__main__":
    sys.exit(main())
