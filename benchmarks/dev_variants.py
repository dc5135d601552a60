"""Copies of the development articles with people's first names varied, for scale checks on real text.

Each variant k of an article swaps every first name from a fixed list for the one k places
further on, so variants share their organisations, awards and places (the overlap that made
the old layout slow) while their people differ. Issue 14's acceptance check:

    python benchmarks/dev_variants.py -k 13 /tmp/dev-variants    # 27 articles x 13 = 351
    kg build /tmp/dev-variants --store /tmp/dev-variants-store
    kg validate --store /tmp/dev-variants-store
    python benchmarks/bench_queries.py --store /tmp/dev-variants-store
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "articles" / "dev"]
NAMES = ("Alex Alastair Alison Andrew Angela Anna Ben Carol Catherine Chris Claire David Emma Fiona Gareth Helen "
         "Ian James Jane John Julie Karen Kevin Lyn Mark Martin Michael Michelle Neil Nicola Paul Peter Rachel "
         "Richard Sarah Simon Stephen Susan Tom").split()
WORD = re.compile(r"\b(" + "|".join(NAMES) + r")\b")


def vary(text: str, k: int) -> str:
    return WORD.sub(lambda m: NAMES[(NAMES.index(m.group(1)) + k) % len(NAMES)], text) if k else text


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("-k", "--variants", type=int, default=10)
    args = parser.parse_args(argv)
    articles = sorted(p for folder in SOURCES for p in folder.glob("*.txt"))
    for k in range(args.variants):
        folder = args.out / f"v{k:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in articles:
            (folder / path.name).write_text(vary(path.read_text(encoding="utf-8"), k), encoding="utf-8")
    print(f"wrote {len(articles) * args.variants} articles ({len(articles)} x {args.variants}) to {args.out}")


if __name__ == "__main__":
    main()
