"""Extraction CPU (propose + the scorer's decision) on the synthetic bench corpus, parsing excluded.

    python benchmarks/bench_extract_corpus.py [N]        # N articles of bench_build's corpus (300)

Parses the articles once, then times extraction three times and prints the least CPU. Run from
another checkout with PYTHONPATH=<checkout> (from outside both) to compare two versions of the
rules on the same articles; the spread between runs on a shared machine is a few seconds.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_build  # noqa: E402  (the corpus maker beside this file)


def main(n: int = 300) -> None:
    import kg
    from kg.extract.proposals import propose
    from kg.extract.scoring import get_scorer
    from kg.nlp import load

    with tempfile.TemporaryDirectory() as tmp:
        bench_build.make_corpus(Path(tmp), n)
        texts = [p.read_text() for p in sorted(Path(tmp).glob("*.txt"))][:n]
    nlp, scorer = load(), get_scorer()
    docs = list(nlp.pipe(texts, batch_size=32))
    best = float("inf")
    for _ in range(3):
        for doc in docs:
            doc.user_data.clear()
        start = time.process_time()
        for doc in docs:
            scorer.decide(propose(doc))
        best = min(best, time.process_time() - start)
    print(f"kg from {kg.__file__}: extraction CPU {best:.2f} s (least of 3) on {len(docs)} articles")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
