"""How long kg's extraction takes on top of spaCy's parse, on the project's own articles.

The articles (seeds, d01-d22 and the written ones) are parsed once; then `extract()` -- every
rule, the wide candidate generators and the learned scorer -- runs over the parsed documents
several times and the best time is kept. Compare two versions of kg by running this from each
checkout (`PYTHONPATH=<checkout> python benchmarks/bench_extract.py`) on a quiet machine.

Run from the repository root:

    python benchmarks/bench_extract.py            # best of 5
    python benchmarks/bench_extract.py --runs 10 --json
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("seeds", "tests/articles/dev", "tests/articles/written")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed passes over the parsed articles (best kept)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args()

    from kg.extract import extract
    from kg.nlp import load

    nlp = load()
    texts = [p.read_text(encoding="utf-8") for folder in FOLDERS for p in sorted((ROOT / folder).glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse = time.perf_counter() - start
    best = float("inf")
    for _ in range(args.runs):
        start = time.perf_counter()
        for doc in docs:
            extract(doc)
        best = min(best, time.perf_counter() - start)
    result = {"articles": len(texts), "words": words, "parse_s": round(parse, 3), "extract_s": round(best, 3),
              "extract_share_of_parse": round(best / parse, 3)}
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(texts)} articles, {words:,} words: spaCy parse {parse:.2f} s, kg extraction {best:.3f} s "
              f"(best of {args.runs}) = {best / parse:.0%} of the parse")


if __name__ == "__main__":
    main()
