"""kg.nlp_fast's FastAttributeRuler and FastLemmatizer give exactly the token attributes of spaCy's
attribute_ruler and lemmatizer."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DEV_ARTICLES, SEEDS

ARRAY_ATTRS = ["ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "MORPH", "NORM", "ENT_IOB", "ENT_TYPE", "SENT_START"]


def _texts() -> list[str]:
    paths = sorted(SEEDS.glob("*.txt")) + sorted(DEV_ARTICLES.glob("*.txt"))[:10]
    return [p.read_text(encoding="utf-8") for p in paths]


def _view(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.norm_, t.ent_iob_, t.ent_type_)
            for t in doc]


def _assert_same(a, b, where: str) -> None:
    va, vb = _view(a), _view(b)
    diffs = [(x, y) for x, y in zip(va, vb) if x != y]
    assert len(va) == len(vb) and not diffs, f"{where}: {len(diffs)} tokens differ, e.g. {diffs[:3]}"
    assert (a.to_array(ARRAY_ATTRS) == b.to_array(ARRAY_ATTRS)).all(), where
    assert a.to_bytes() == b.to_bytes(), where


def test_kg_pipeline_uses_the_compiled_ruler(nlp):
    from kg.nlp_fast import FastAttributeRuler, FastLemmatizer

    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert nlp.get_pipe("lemmatizer").mode == "rule"

    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, FastAttributeRuler)
    assert ruler.fallback_ids == []  # every rule of en_core_web_sm is compiled, none left to spaCy
    assert len(ruler.rule_attrs) == len(ruler.patterns) > 100


def test_same_parse_as_spacys_ruler_on_real_articles(nlp):
    """The whole pipeline (lemmatizer and NER after the ruler) on the seeds and ten dev articles."""
    from kg.nlp import load

    stock = load(fast=False)
    assert type(stock.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"
    texts = _texts()
    assert len(texts) >= 15
    tokens = 0
    for i, (a, b) in enumerate(zip(nlp.pipe(texts), stock.pipe(texts))):
        _assert_same(a, b, f"text {i}")
        tokens += len(a)
    assert tokens > 5000


# Rules of shapes the compiler leaves to spaCy (operators, attributes it does not set or read),
# placed before, between and after the pipeline's own rules so that precedence is exercised,
# and compiled shapes the model does not use (REGEX on TAG, NOT_IN on DEP, three tokens,
# a negative index, ORTH, flags).
EXTRA_FIRST = [
    {"patterns": [[{"LOWER": "care"}]], "attrs": {"LEMMA": "CARE-EARLY"}},
    {"patterns": [[{"LOWER": "council", "OP": "+"}]], "attrs": {"POS": "PROPN", "LEMMA": "COUNCIL"}},
    {"patterns": [[{"TAG": "NNP"}]], "attrs": {"NORM": "proper-noun"}},
]
EXTRA_MIDDLE = [
    {"patterns": [[{"LOWER": "social"}, {"LOWER": "care"}]], "attrs": {"LEMMA": "SC"}, "index": -1},
    {"patterns": [[{"IS_SENT_START": True}]], "attrs": {"MORPH": "Start=Yes"}},
    {"patterns": [[{"TAG": {"REGEX": "^VB[DN]$"}}]], "attrs": {"LEMMA": "PAST"}},
]
EXTRA_LAST = [
    {"patterns": [[{"LOWER": "care", "DEP": "conj"}]], "attrs": {"LEMMA": "CARE-LATE"}},
    {"patterns": [[{"LOWER": "council", "DEP": "pobj"}]], "attrs": {"LEMMA": "COUNCIL-LATE"}},
    {"patterns": [[{"LOWER": "said", "OP": "+"}]], "attrs": {"LEMMA": "SAY-LATE"}},
    {"patterns": [[{"LOWER": "said"}]], "attrs": {"POS": "X", "DEP": "said"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["nsubj", "ROOT", "punct"]}, "IS_TITLE": True}]], "attrs": {"TAG": "TITLE"}},
    {"patterns": [[{"ORTH": "NHS"}, {}]], "attrs": {"MORPH": "After=NHS"}, "index": 1},
    {"patterns": [[{"LOWER": "the", "OP": "?"}, {"LOWER": "trust"}]], "attrs": {"LEMMA": "THE-TRUST"}, "index": -1},
]


@pytest.mark.parametrize("extra", [False, True], ids=["model rules", "model rules + fallback shapes"])
def test_same_attributes_as_spacys_ruler_with_other_rules(nlp, extra):
    """The ruler alone, on documents parsed up to it, with the model's rules and extra ones."""
    from spacy.pipeline import AttributeRuler

    from kg.nlp import load
    from kg.nlp_fast import FastAttributeRuler

    stock_nlp = load(fast=False)
    own = stock_nlp.get_pipe("attribute_ruler").patterns
    patterns = (EXTRA_FIRST + own[:50] + EXTRA_MIDDLE + own[50:] + EXTRA_LAST) if extra else own
    stock = AttributeRuler(stock_nlp.vocab)
    stock.add_patterns(patterns)
    fast = FastAttributeRuler(stock)
    if extra:
        assert len(fast.fallback_ids) == 5  # the three OP rules, NORM, IS_SENT_START
    with stock_nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock_nlp.pipe(_texts()))
    lemmas = set()
    for i, doc in enumerate(docs):
        a, b = doc.copy(), doc.copy()
        _assert_same(fast(a), stock(b), f"text {i}")
        lemmas.update(t.lemma_ for t in b)
    if extra:  # the rules that compete for the same attribute of the same token all fired
        assert {"CARE-EARLY", "SC", "CARE-LATE", "COUNCIL", "COUNCIL-LATE", "THE-TRUST", "PAST", "SAY-LATE"} <= lemmas
    # and the cache gives the same answer on a second pass
    for i, doc in enumerate(docs[:3]):
        a, b = doc.copy(), doc.copy()
        _assert_same(fast(a), stock(b), f"text {i}, second pass")
