"""Extraction: one article's spaCy Doc -> `ArticleFacts`.

Stages, each in its own module: entities (people and organisations, linked within the
article), posts, partnerships, awards and quotations. They read the parse, the NER and
the lexicons in kg/data/; none names a particular person or organisation.
"""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import ArticleFacts
from . import lexicon
from .awards import find_awards
from .entities import find_entities
from .initiatives import find_initiatives
from .partnerships import find_partnerships
from .posts import find_posts
from .quotes import find_quotations


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


def extract(doc: Doc, article_date: date | None = None) -> ArticleFacts:
    lex = lexicon.load()
    ents = find_entities(doc, lex)
    facts = ArticleFacts(people=dict(ents.people), organisations=dict(ents.orgs))
    facts.posts = find_posts(doc, ents, lex)
    facts.awards = find_awards(doc, ents, lex, article_date)
    facts.partnerships = find_partnerships(doc, ents, lex, facts.posts)
    facts.quotations = find_quotations(doc, ents)
    facts.initiatives = find_initiatives(doc, ents)
    for result in facts.awards:  # "... joint winner ... for their New Realities (Merseyside) project"
        result.initiative = next((i.name for i in facts.initiatives if i.name in result.evidence.text), None)
    return facts
