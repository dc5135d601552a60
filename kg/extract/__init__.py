"""Extraction: one article's spaCy Doc -> `ArticleFacts`.

Candidates, then a decision. Stages, each in its own module -- entities (people and
organisations, linked within the article), posts, partnerships, awards, quotations -- plus
the wide generators (wide_posts, wide_relations) propose candidate facts with the rule that
produced them and features (candidates.py, proposals.py); a scorer (scoring.py: the learned
model, or the precise rules alone) decides which become facts. They read the parse, the NER
and the lexicons in kg/data/ (lexicon.py); none names a particular person or organisation.
"""
from __future__ import annotations

#: What `kg.extract` offers from extractor.py, imported on first use: spaCy loads only when
#: extraction runs, so a build with nothing to extract, or code reading the lexicons or the
#: scorer's settings, never pays for it.
_FROM_EXTRACTOR = ("extract", "add_components", "line_breaks")


def __getattr__(name: str):
    if name in _FROM_EXTRACTOR:
        from . import extractor

        return getattr(extractor, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
