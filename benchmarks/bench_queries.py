"""Saved-query latency: every queries/*.rq with its default parameters on synthetic graphs.

Writes (once, then reuses) a store per size from the deterministic synthetic corpus
(tests/data/synthetic.py: facts mapped by kg.rdf.mapping and written by kg.rdf.shared, as a build
does), then runs each saved query through `kg.query.run_query` (default row limit and
time limit, as `kg query NAME` does) a few times and prints p50 and max per query.
Targets (issue 14): p50 <= 50 ms and max <= 1 s for every saved query at 10,000 articles.

Run from the repository root:

    python benchmarks/bench_queries.py                     # 1,000 and 10,000 articles
    python benchmarks/bench_queries.py -n 1000 -r 5        # one size, 5 runs per query
    python benchmarks/bench_queries.py --store /tmp/dev10  # an existing store (e.g. a real build)
    python benchmarks/bench_queries.py --json
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "data")]

from kg.query import QueryTimeout, run_query  # noqa: E402
from kg.rdf.store import open_store  # noqa: E402
from synthetic import make_world, write_synthetic_store  # noqa: E402

QUERIES = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
TARGET_P50, TARGET_MAX = 0.050, 1.0


def synthetic_store(n: int, workdir: Path) -> Path:
    """The store of the n-article synthetic corpus, written once and reused."""
    path = workdir / f"synthetic-{n}"
    if (path / "done").exists():
        return path
    started = time.perf_counter()
    quads = write_synthetic_store(n, path)
    (path / "done").write_text(f"{quads}\n")
    print(f"wrote {n} articles ({quads} quads) in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def time_queries(path: Path, runs: int, timeout: float = 30.0) -> list[dict]:
    """p50 and max seconds per saved query; a query stopped at `timeout` counts as infinitely slow."""
    db = open_store(path, read_only=True)
    out = []
    for name in QUERIES:
        seconds, rows = [], 0
        try:
            run_query(name, db, timeout=timeout)  # warm up: parse, caches
            for _ in range(runs):
                result = run_query(name, db, timeout=timeout)
                seconds.append(result.seconds)
                rows = len(result.rows)
        except QueryTimeout:
            seconds.append(float("inf"))
        out.append({"query": name, "rows": rows, "p50": statistics.median(seconds), "max": max(seconds)})
        print(f"  {name}: p50 {1000 * out[-1]['p50']:.1f} ms", file=sys.stderr)
    return out


def parameterised(n: int) -> list[tuple[str, dict[str, str]]]:
    """Saved queries asked about one entity, as users mostly run them: the organisation with
    the most posts in the synthetic world and the first person with two posts."""
    from collections import Counter

    world = make_world(n)
    org = Counter(o for posts in world.posts.values() for o, _, _ in posts).most_common(1)[0][0]
    person = next(p for p, posts in world.posts.items() if len(posts) > 1)
    return [("posts-at-organisation", {"org": org}), ("organisation-awards", {"org": org}),
            ("articles-mentioning", {"entity": org}), ("entity-facts", {"entity": org}),
            ("person-posts", {"person": person}), ("person-connections", {"person": person}),
            ("quotations", {"person": person}), ("award-results", {"year": "2020"})]


def time_parameterised(path: Path, asks: list, runs: int, timeout: float) -> list[dict]:
    db = open_store(path, read_only=True)
    out = []
    for name, params in asks:
        seconds, rows = [], 0
        try:
            run_query(name, db, params=params, timeout=timeout)
            for _ in range(runs):
                result = run_query(name, db, params=params, timeout=timeout)
                seconds.append(result.seconds)
                rows = len(result.rows)
        except QueryTimeout:
            seconds.append(float("inf"))
        label = name + " " + " ".join(f"{k}=" + (v if len(v) < 20 else v[:17] + "...") for k, v in params.items())
        out.append({"query": label, "rows": rows, "p50": statistics.median(seconds), "max": max(seconds)})
    return out


def table(label: str, quads: int, results: list[dict]) -> str:
    lines = [f"{label} ({quads:,} quads)", f"{'query':34s} {'rows':>7s} {'p50 ms':>8s} {'max ms':>8s}"]
    for r in results:
        flag = "" if r["p50"] <= TARGET_P50 and r["max"] <= TARGET_MAX else "  over target"
        ms = lambda x: f"{1000 * x:8.1f}" if x != float("inf") else " timeout"  # noqa: E731
        lines.append(f"{r['query']:34s} {r['rows']:7d} {ms(r['p50'])} {ms(r['max'])}{flag}")
    return "\n".join(lines)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--articles", type=int, action="append", help="corpus size (repeatable)")
    parser.add_argument("-r", "--runs", type=int, default=5, help="timed runs per query (default 5)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/kg-bench-queries"),
                        help="where the synthetic stores are kept between runs")
    parser.add_argument("--store", type=Path, help="time an existing store instead")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a query counts as a timeout")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if args.store:
        stores = [(str(args.store), args.store)]
    else:
        args.workdir.mkdir(parents=True, exist_ok=True)
        stores = [(f"{n:,} articles", synthetic_store(n, args.workdir), n) for n in (args.articles or [1000, 10000])]
    report = {}
    for label, path, *n in stores:
        quads = len(open_store(path, read_only=True))
        report[label] = {"quads": quads, "queries": time_queries(path, args.runs, args.timeout)}
        if n:
            report[label]["with a parameter"] = time_parameterised(path, parameterised(n[0]), args.runs, args.timeout)
        if not args.json:
            print(table(label, quads, report[label]["queries"]) + "\n")
            if n:
                print(table(label + ", with a parameter", quads, report[label]["with a parameter"]) + "\n")
    if args.json:
        print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
