"""Extraction: one article's spaCy Doc -> `ArticleFacts`.

Stages, each in its own module: entities (people and organisations, linked within the
article), posts, partnerships, awards and quotations. They read the parse, the NER and
the lexicons in kg/data/; none names a particular person or organisation.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from ..facts import ArticleFacts
from . import lexicon
from .entities import find_entities


def add_components(nlp) -> None:
    """Hook for pipeline components; extraction currently runs after the pipeline."""


def extract(doc: Doc, article_date: date | None = None) -> ArticleFacts:
    lex = lexicon.load()
    ents = find_entities(doc, lex)
    facts = ArticleFacts(people=dict(ents.people), organisations=dict(ents.orgs))
    try:
        from .posts import find_posts
        facts.posts = find_posts(doc, ents, lex)
    except ImportError:
        pass
    return facts
