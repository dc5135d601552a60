"""Where spaCy's time goes: each pipeline component's time on the same texts.

Texts: the first N articles of bench_build's synthetic corpus (deterministic) plus the project's
own articles (seeds/ and tests/articles/*/). Each component runs over batches of 32 documents,
as `nlp.pipe(batch_size=32)` runs it, and is timed on its own (CPU time of this process); the
whole pass is repeated and the best time per component kept.

Run from the repository root:

    python benchmarks/bench_components.py                 # 200 synthetic + the project's articles, best of 3
    python benchmarks/bench_components.py --kg            # kg's pipeline (kg.nlp.load) instead of plain spaCy
    python benchmarks/bench_components.py -n 100 --runs 5 --json
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
PROJECT_FOLDERS = ("seeds", "tests/articles/dev", "tests/articles/written", "tests/articles/holdout",
                   "tests/articles/holdout-written")


def synthetic(n: int, seed: int = 7) -> list[str]:
    from bench_build import article

    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def project_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for folder in PROJECT_FOLDERS
            for p in sorted((ROOT / folder).glob("*.txt"))]


def time_components(nlp, texts: list[str], batch_size: int = 32) -> dict[str, float]:
    """CPU seconds per component (and the tokenizer) over `texts`, one pass."""
    from spacy.util import minibatch

    clock = time.process_time
    spent = {"tokenizer": 0.0, **{name: 0.0 for name in nlp.pipe_names}}
    for batch in minibatch(texts, size=batch_size):
        t = clock()
        docs = [nlp.make_doc(text) for text in batch]
        spent["tokenizer"] += clock() - t
        for name, proc in nlp.pipeline:
            t = clock()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch_size))
            else:
                docs = [proc(doc) for doc in docs]
            spent[name] += clock() - t
    return spent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=200, help="synthetic articles [200]")
    ap.add_argument("--runs", type=int, default=3, help="passes; the best time per component is kept [3]")
    ap.add_argument("--kg", action="store_true", help="time kg's pipeline (kg.nlp.load()) instead of plain spaCy")
    ap.add_argument("--no-project", action="store_true", help="synthetic articles only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    import spacy

    from kg import nlp as kg_nlp

    nlp = kg_nlp.load() if args.kg else spacy.load(kg_nlp.model_name())
    texts = synthetic(args.articles) + ([] if args.no_project else project_texts())
    words = sum(len(t.split()) for t in texts)
    time_components(nlp, texts[:20])  # warm up
    best: dict[str, float] = {}
    for _ in range(args.runs):
        for name, seconds in time_components(nlp, texts).items():
            best[name] = min(best.get(name, float("inf")), seconds)
    total = sum(best.values())
    result = {"pipeline": "kg" if args.kg else "plain", "articles": len(texts), "words": words,
              "seconds": {k: round(v, 3) for k, v in best.items()}, "total": round(total, 3)}
    if args.json:
        print(json.dumps(result))
        return
    print(f"{'kg' if args.kg else 'plain spaCy'} pipeline {nlp.pipe_names}: {len(texts)} articles, {words:,} words, "
          f"best of {args.runs} (CPU s)")
    for name, seconds in best.items():
        print(f"  {name:<18} {seconds:7.3f} s  {seconds / total:6.1%}")
    print(f"  {'total':<18} {total:7.3f} s  ({words / total:,.0f} words/s)")


if __name__ == "__main__":
    main()
