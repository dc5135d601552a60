"""Benchmark `kg serve` and the cost of running queries in sandboxed worker processes.

On a synthetic store (benchmarks/bench_network.py's generator: one named graph per article,
in the shapes kg/rdf/mapping.py writes), it measures

1. the p50/p90 latency of saved queries run in this process on an open store, and through
   kg.query.run_query with a store path (a warm worker process: the isolation's cost);
2. the load target: `kg serve` in a subprocess, 50 client threads x 20 requests each
   (saved queries and lookups over HTTP/1.1 keep-alive), counting 200s, clean 503s, and
   resets or other failures, with p50/p99 latency; then the same with a trivial ASK only,
   which measures the server's own overhead;
3. stopping: two queries that outlive `--timeout 2`, then the server's CPU (its process and
   its workers) over the 2 s after their 503s.

    python benchmarks/bench_serve.py --articles 10000           # the issue's target
    python benchmarks/bench_serve.py --articles 300 --store /tmp/s   # build once, keep
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_network import build_store  # noqa: E402

from kg.query import QueryError, list_queries, run_query  # noqa: E402
from kg.query.isolation import Pool  # noqa: E402
from kg.rdf.store import open_store  # noqa: E402

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LOOKUPS = ["SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name } LIMIT 20",
           "ASK { ?o a org:Organization }",
           "SELECT ?p ?o WHERE { kgorg:org-7 ?p ?o }",
           "SELECT (COUNT(*) AS ?n) FROM kgarticle:bench-42 WHERE { ?s ?p ?o }"]
CLI = "import sys; from kg.cli import cli; sys.exit(cli())"


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def saved_query_times(store: Path) -> dict[str, float]:
    """Seconds of each parameter-free saved query (those within 5 s; best of 3 under 1 s), in a worker.

    In a worker, so that a query stopped at 5 s is killed: run in this process, it would go
    on in a background thread (pyoxigraph cannot cancel) and steal a core from the load test.
    """
    pool = Pool(store, size=1, wait=60.0)
    times = {}
    try:
        for q in list_queries():
            if q.params:  # sent as text over HTTP, a query's parameters would have no values
                continue
            best = None
            for _ in range(3):  # best of three for those under 1 s, so the load's mix is the same each run
                start = time.perf_counter()
                try:
                    run_query(q.name, store, limit=1000, timeout=5, pool=pool)
                except QueryError:
                    break
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
                if best > 1:
                    break
            if best is not None:
                times[q.name] = round(best, 3)
    finally:
        pool.close()
    return times


def latency(store: Path, queries: list[str], runs: int) -> dict:
    """p50/p90 of each query (saved name or text) in this process and through a worker.

    The two are timed alternately, so a change in the machine's load touches both alike.
    """
    db = open_store(store, read_only=True)
    out = {}
    for query in queries:
        times: dict[str, list[float]] = {"in_process": [], "worker": []}
        for _ in range(runs):
            for label, target in (("in_process", db), ("worker", store)):
                start = time.perf_counter()
                run_query(query, target, limit=1000, timeout=30)
                times[label].append((time.perf_counter() - start) * 1000)
        row = {label: {"p50_ms": round(percentile(t, 50), 2), "p90_ms": round(percentile(t, 90), 2)}
               for label, t in times.items()}
        out[query if len(query) < 40 else query[:37] + "..."] = row
    return out


def start_server(store: Path, *args: str):
    proc = subprocess.Popen([sys.executable, "-c", CLI, "serve", "--store", str(store), "--port", "0", *args],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = proc.stderr.readline()
    m = re.search(r"http://([\d.]+):(\d+)/sparql", line)
    if not m:
        proc.kill()
        raise SystemExit(f"kg serve did not start: {line}")
    threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep its pipe drained
    return proc, m.group(1), int(m.group(2))


def load(host: str, port: int, texts: list[str], clients: int, requests: int) -> dict:
    statuses: dict[str, int] = {}
    times: list[float] = []
    lock = threading.Lock()

    def client(i: int):
        conn = http.client.HTTPConnection(host, port, timeout=60)
        for j in range(requests):
            body = urllib.parse.urlencode({"query": texts[(i + j) % len(texts)]})
            start = time.perf_counter()
            try:
                conn.request("POST", "/sparql", body, {"Content-Type": "application/x-www-form-urlencoded",
                                                       "Accept": "application/sparql-results+json"})
                response = conn.getresponse()
                response.read()
                key = str(response.status)
            except (OSError, http.client.HTTPException) as e:
                key = type(e).__name__
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
            with lock:
                statuses[key] = statuses.get(key, 0) + 1
                times.append((time.perf_counter() - start) * 1000)
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {"statuses": statuses, "p50_ms": round(percentile(times, 50), 1),
            "p99_ms": round(percentile(times, 99), 1), "max_ms": round(max(times), 1),
            "requests_per_s": round(len(times) / wall, 1)}


def tree_cpu(pid: int) -> float:
    ticks, total = os.sysconf("SC_CLK_TCK"), 0.0
    pids = [pid] + [int(c) for t in os.listdir(f"/proc/{pid}/task")
                    for c in open(f"/proc/{pid}/task/{t}/children").read().split()]
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks
        except FileNotFoundError:
            pass
    return total


def stopping(store: Path) -> dict:
    proc, host, port = start_server(store, "--timeout", "2")
    try:
        answers = []

        def slow():
            conn = http.client.HTTPConnection(host, port, timeout=60)
            conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": SLOW}))
            answers.append(conn.getresponse().status)

        threads = [threading.Thread(target=slow) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        time.sleep(1.0)  # replacement workers start in this second (an interpreter each)
        before = tree_cpu(proc.pid)
        time.sleep(1.0)
        share = tree_cpu(proc.pid) - before
        return {"statuses": answers, "cpu_share_1s_to_2s_after": round(share, 3)}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--store", type=Path, help="Build the store here (kept), or reuse it if it exists.")
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--runs", type=int, default=20, help="Runs of each saved query for the latency figures.")
    ap.add_argument("--max-queries", type=int, default=None, help="Query workers (default: kg serve's, one per core).")
    args = ap.parse_args(argv)
    workdir = tempfile.TemporaryDirectory(prefix="kg-bench-serve-")
    store = args.store or Path(workdir.name) / "store"
    report: dict = {"articles": args.articles}
    if not store.exists():
        start = time.perf_counter()
        report["quads"] = build_store(store, args.articles, 1)
        report["build_s"] = round(time.perf_counter() - start, 1)
    report["saved_query_seconds"] = times = saved_query_times(store)
    fastest = sorted(times, key=times.get)[:3]
    report["latency"] = latency(store, fastest + LOOKUPS, args.runs)
    cheap = [name for name in fastest if times[name] < 0.2]
    texts = [q.text for q in list_queries() if q.name in cheap] + LOOKUPS
    report["load_queries"] = cheap + [f"{len(LOOKUPS)} lookups"]
    proc, host, port = start_server(store, *(["--max-queries", str(args.max_queries)] if args.max_queries else []))
    try:
        report["load"] = load(host, port, texts, args.clients, args.requests)
        report["load_ask_only"] = load(host, port, ["ASK { ?o a org:Organization }"], args.clients, args.requests)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    report["stopping"] = stopping(store)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
