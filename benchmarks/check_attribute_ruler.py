"""Do kg's FastAttributeRuler and FastLemmatizer give exactly the token attributes of spaCy's own components?

Parses the same texts with kg's pipeline twice -- `kg.nlp.load()` (the compiled ruler and the
cached lemmatizer) and `kg.nlp.load(fast=False)` (spaCy's components) -- and compares every token of every
document: text, whitespace, tag, POS, morphology string, lemma (after the lemmatizer), dependency
and head, sentence starts, norm, entity IOB/type/KB id, plus the two Docs' whole serialisations
(`Doc.to_bytes`). Texts: bench_build's synthetic corpus (first N articles) and the project's
own articles (seeds/, tests/articles/*/), optionally the plain spaCy pipeline as well.

    python benchmarks/check_attribute_ruler.py -n 2000
    python benchmarks/check_attribute_ruler.py -n 0 --plain     # project articles, kg's and plain pipelines
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

ARRAY_ATTRS = ["ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LEMMA", "POS", "TAG", "DEP", "HEAD",
               "MORPH", "ENT_IOB", "ENT_TYPE", "ENT_ID", "ENT_KB_ID", "SENT_START", "SPACY", "IDX"]


def token_view(token) -> tuple:
    return (token.text, token.whitespace_, token.tag_, token.pos_, str(token.morph), token.lemma_, token.dep_,
            token.head.i, token.is_sent_start, token.norm_, token.ent_iob_, token.ent_type_, token.ent_kb_id_)


def differences(a, b) -> list[str]:
    """What differs between two parses of the same text (empty if nothing)."""
    out = []
    if len(a) != len(b):
        return [f"{len(a)} tokens against {len(b)}"]
    for ta, tb in zip(a, b):
        va, vb = token_view(ta), token_view(tb)
        if va != vb:
            out.append(f"token {ta.i} {ta.text!r}: {va} != {vb}")
    if not (a.to_array(ARRAY_ATTRS) == b.to_array(ARRAY_ATTRS)).all():
        out.append("to_array differs")
    if [(e.start, e.end, e.label_) for e in a.ents] != [(e.start, e.end, e.label_) for e in b.ents]:
        out.append("entities differ")
    if a.to_bytes() != b.to_bytes():
        out.append("to_bytes differs")
    return out


def compare(fast, stock, texts: list[str], label: str) -> int:
    started = time.perf_counter()
    tokens = differing = 0
    for i, (a, b) in enumerate(zip(fast.pipe(texts, batch_size=32), stock.pipe(texts, batch_size=32))):
        tokens += len(a)
        diff = differences(a, b)
        if diff:
            differing += 1
            print(f"{label} text {i}: " + "; ".join(diff[:5]), file=sys.stderr)
    print(f"{label}: {len(texts)} texts, {tokens:,} tokens, {differing} differing "
          f"({time.perf_counter() - started:.0f} s)")
    return differing


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=2000, help="synthetic articles [2000]")
    ap.add_argument("--plain", action="store_true", help="also compare on the plain spaCy pipeline")
    args = ap.parse_args(argv)

    import spacy

    from bench_components import project_texts, synthetic
    from kg import nlp as kg_nlp
    from kg.nlp_fast import use_fast_attribute_ruler, use_fast_lemmatizer

    fast, stock = kg_nlp.load(), kg_nlp.load(fast=False)
    project = project_texts()
    bad = compare(fast, stock, project, "project articles, kg pipeline")
    if args.articles:
        bad += compare(fast, stock, synthetic(args.articles), f"{args.articles} synthetic articles, kg pipeline")
    if args.plain:
        plain_fast, plain_stock = spacy.load(kg_nlp.model_name()), spacy.load(kg_nlp.model_name())
        use_fast_attribute_ruler(plain_fast)
        use_fast_lemmatizer(plain_fast)
        bad += compare(plain_fast, plain_stock, project, "project articles, plain pipeline")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
