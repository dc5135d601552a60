"""Builds at scale: does peak memory stay flat as the corpus grows, and is a no-op rebuild quick?

Two measurements on deterministic synthetic corpora (bench_build.py's generator, cut to the
lead and one more paragraph so that 16,000 articles take minutes, not an hour):

  memory  `kg build` of 1,000, 4,000 and 16,000 articles into fresh stores, each in its own
          subprocess with extraction in that process (-j 1), so its peak RSS is everything the
          build holds: the spaCy pipeline, a batch of facts, and whatever grows with the corpus.
  no-op   a corpus built once, then built again with nothing changed: the wall time of the
          second build (reading and hashing every file, comparing with the store).

Run from the repository root:

    python benchmarks/bench_scale.py                        # memory at 1k/4k/16k, no-op at 10k
    python benchmarks/bench_scale.py --sizes 200,800 --noop 500   # a quick look
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import Cast, paragraphs  # noqa: E402


def short_article(i: int, rng: random.Random) -> str:
    c = Cast(rng)
    lead, _, quote, *_ = paragraphs(c, rng)
    return f"{c.partnership} celebrates {c.scheme.split()[0]} success\n\ndate {c.year}-06-{1 + i % 28:02d}\n\n" \
           f"{lead}\n\n{quote}\n"


def make_corpus(folder: Path, n: int, seed: int = 11) -> int:
    """Write `n` short articles; the number of words."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        text = short_article(i, rng)
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def kg(*args: str) -> tuple[float, float, str]:
    """Run `kg ARGS` in a fresh process: (seconds, its peak RSS in MiB, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", "from kg.cli import cli; cli()", *args],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.exit(f"kg {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is a running maximum: a smaller later run cannot be told apart
    return seconds, max(peak, before) / 1024, proc.stdout.strip()


def memory(work: Path, sizes: list[int]) -> list[dict]:
    rows = []
    for n in sorted(sizes):  # ascending, so the running maximum is this run's own peak
        corpus = work / f"corpus-{n}"
        words = make_corpus(corpus, n)
        seconds, peak, summary = kg("build", str(corpus), "--store", str(work / f"store-{n}"), "-j", "1", "-q")
        rows.append({"articles": n, "words": words, "seconds": round(seconds, 1), "peak_rss_mib": round(peak)})
        print(f"  {n:>6} articles  {words:>9,} words  {seconds:7.1f} s  peak RSS {peak:6.0f} MiB", flush=True)
    return rows


def noop(work: Path, n: int, processes: int) -> dict:
    corpus = work / f"noop-{n}"
    make_corpus(corpus, n, seed=13)
    store = work / f"noop-store-{n}"
    first, _, _ = kg("build", str(corpus), "--store", str(store), "-j", str(processes), "-q")
    again = [kg("build", str(corpus), "--store", str(store), "-q")[0] for _ in range(3)]
    row = {"articles": n, "first_build_seconds": round(first, 1), "noop_seconds": [round(s, 2) for s in again]}
    print(f"  no-op rebuild of {n:,} articles: {min(again):.2f} s (best of 3; first build {first:.0f} s)")
    return row


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,4000,16000", help="corpus sizes for the memory runs")
    ap.add_argument("--noop", type=int, default=10000, help="corpus size for the no-op rebuild (0: skip)")
    ap.add_argument("-j", "--processes", type=int, default=2, help="processes for the no-op corpus's first build")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        print("peak memory of kg build (-j 1):")
        rows = memory(work, [int(s) for s in args.sizes.split(",") if s])
        if len(rows) > 1:
            print(f"  largest / smallest: {rows[-1]['peak_rss_mib'] / rows[0]['peak_rss_mib']:.2f}x")
        result = {"memory": rows, "noop": noop(work, args.noop, args.processes) if args.noop else None}
    if args.json:
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
