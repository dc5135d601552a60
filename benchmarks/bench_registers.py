"""Official registers: how long loading them takes, and what linking costs a build.

1. `kg registers load`: every file of the registers folder into a fresh store (median of
   --repeats runs);
2. `kg build` of the same corpus into a fresh store without registers and into one with them
   loaded (load time excluded), interleaved --repeats times; the fastest run of each is
   compared. The corpus is bench_build's synthetic news (-n articles) plus the seeds and the
   development articles, one process (-j 1) unless told otherwise. Whole builds on a shared
   machine vary by more than the cost being measured, so
3. the linking step alone (gazetteer from the store, then link_facts and link_triples for
   every article, on facts extracted once) is timed too, as a share of the build.

Run: python benchmarks/bench_registers.py [-n 200] [--repeats 3] [--registers DIR] [--json]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_build import make_corpus  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.registers import load_registers  # noqa: E402
from kg.rdf.store import open_store  # noqa: E402


def registers_dir(given: Path | None) -> Path:
    for candidate in (given, os.environ.get("KG_TEST_REGISTERS"), ROOT.parent / "shared" / "registers",
                      Path("/work/shared/registers")):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    sys.exit("no registers folder: pass --registers DIR")


def time_load(folder: Path, work: Path, repeats: int) -> dict:
    times = []
    for i in range(repeats):
        store_path = work / f"load-{i}"
        started = time.perf_counter()
        report = load_registers(open_store(store_path), folder)
        times.append(time.perf_counter() - started)
        shutil.rmtree(store_path)
    return {"seconds_median": statistics.median(times), "seconds_all": times, "bodies": report.bodies,
            "changes": report.changes, "triples": report.triples}


def time_builds(corpus: list[Path], folder: Path, work: Path, repeats: int, processes: int) -> dict:
    runs: dict[str, list[float]] = {"without": [], "with": []}
    for i in range(repeats):
        for mode in ("without", "with"):
            store_path = work / f"build-{mode}-{i}"
            if mode == "with":
                load_registers(open_store(store_path), folder)
            started = time.perf_counter()
            report = build(corpus, store_path, processes=processes)
            runs[mode].append(time.perf_counter() - started)
            shutil.rmtree(store_path)
    best = {m: min(t) for m, t in runs.items()}
    return {"articles": len(report.added), "words": report.words, "runs": runs, "best": best,
            "slowdown": best["with"] / best["without"] - 1}


def time_link_step(corpus: list[Path], folder: Path, work: Path) -> dict:
    """The linking step alone, on facts extracted once: robust to other load on the machine."""
    from kg.articles import read_articles
    from kg.pipeline import extract_articles
    from kg.registers.gazetteer import Gazetteer
    from kg.registers.link import link_facts, link_triples

    articles = read_articles(corpus).articles
    facts = list(extract_articles(articles, 1))
    store = open_store(work / "link")
    load_registers(store, folder)
    started = time.perf_counter()
    gazetteer = Gazetteer.from_store(store)
    gazetteer_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for article, f in zip(articles, facts):
        link_triples(article, link_facts(f, article.text, article.date, gazetteer))
    seconds = time.perf_counter() - started
    return {"gazetteer_seconds": gazetteer_seconds, "link_seconds": seconds,
            "ms_per_article": 1000 * seconds / len(articles)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=200, help="synthetic articles besides seeds and dev [200]")
    ap.add_argument("--repeats", type=int, default=3, help="runs of each measurement [3]")
    ap.add_argument("-j", "--processes", type=int, default=1, help="extraction processes [1]")
    ap.add_argument("--registers", type=Path, default=None, help="registers folder [../shared/registers]")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    folder = registers_dir(args.registers)
    with tempfile.TemporaryDirectory(prefix="kg-bench-registers-") as tmp:
        work = Path(tmp)
        make_corpus(work / "corpus", args.articles)
        corpus = [work / "corpus", ROOT / "seeds", ROOT / "tests" / "articles" / "dev"]
        result = {"load": time_load(folder, work, args.repeats),
                  "build": time_builds(corpus, folder, work, args.repeats, args.processes),
                  "link": time_link_step(corpus, folder, work)}
    if args.json:
        print(json.dumps(result, indent=2))
        return
    load, b = result["load"], result["build"]
    print(f"registers load: {load['seconds_median']:.2f} s median of {args.repeats} "
          f"({load['bodies']} bodies, {load['changes']} changes, {load['triples']} triples)")
    print(f"build of {b['articles']} articles ({b['words']:,} words), best of {args.repeats}: "
          f"{b['best']['without']:.1f} s without registers, {b['best']['with']:.1f} s with "
          f"({b['slowdown']:+.1%})")
    link = result["link"]
    share = (link["gazetteer_seconds"] + link["link_seconds"]) / b["best"]["without"]
    print(f"linking step alone: gazetteer {link['gazetteer_seconds']:.2f} s once per build, "
          f"{link['ms_per_article']:.1f} ms per article; {share:.1%} of the build without registers")


if __name__ == "__main__":
    main()
