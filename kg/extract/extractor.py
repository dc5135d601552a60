"""The spaCy side of extraction: kg's pipeline component, and one Doc -> `ArticleFacts`."""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import ArticleFacts
from .proposals import Proposal, propose
from .scoring import get_scorer


@Language.component("kg_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    News copy puts headlines, captions, datelines and list items ("Category: Winner") on
    lines of their own, without a full stop; the parser would run them into the next line.
    """
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and tok.is_alpha and "\n" not in tok.whitespace_ and not nxt.is_space:
                nxt.is_sent_start = False  # a line's first word is not a sentence of its own
    return doc


def add_components(nlp) -> None:
    """Insert kg's rule-based components into a loaded pipeline."""
    if "kg_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser" if "parser" in nlp.pipe_names else None)


def extract(doc: Doc, article_date: date | None = None, scorer=None) -> ArticleFacts:
    """The article's facts: every stage proposes candidates, the scorer decides.

    `scorer` defaults to `scoring.get_scorer()`: the shipped learned model, or what the
    KG_SCORER ("learned" | "rules") and KG_MODEL environment variables choose.
    """
    return (scorer or get_scorer()).decide(propose(doc, article_date))
