"""Extraction: a spaCy Doc of one article -> `ArticleFacts` (placeholder, replaced next)."""
from __future__ import annotations

from ..facts import ArticleFacts, Organisation, Person


def add_components(nlp) -> None:
    pass


def extract(doc, article_date=None) -> ArticleFacts:
    facts = ArticleFacts()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            facts.people.setdefault(ent.text, Person(ent.text))
        elif ent.label_ == "ORG":
            facts.organisations.setdefault(ent.text, Organisation(ent.text))
    return facts
