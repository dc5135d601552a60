"""The per-document token lists the rules read instead of spaCy's objects (kg/extract/tokens.py)
say exactly what the Doc says, and extraction leaves no Token behind on the Doc."""
from pathlib import Path

import pytest

from kg.extract.proposals import propose
from kg.extract.tokens import (whole_word_hits, doc_ents, doc_sents, doc_text, doc_tokens, span_text, span_tokens, token_texts,
                               tokens_text)

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def docs(nlp):
    return [nlp(path.read_text(encoding="utf-8")) for path in SEEDS[:3]]


def test_lists_match_the_doc(docs):
    for doc in docs:
        words, spaces = token_texts(doc)
        assert [t.text for t in doc_tokens(doc)] == words == [t.text for t in doc]
        assert spaces == [t.whitespace_ for t in doc]
        assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
        assert doc_text(doc) == doc.text
        assert [(s.start, s.end) for s in doc_sents(doc)] == [(s.start, s.end) for s in doc.sents]
        assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_span_texts_match_spacy(docs):
    """Sentences (some end in a line break token), and every slice a rule may ask for: empty,
    reversed, negative and past the end, as Doc slicing clamps them."""
    for doc in docs:
        for sent in doc_sents(doc):
            assert span_text(sent) == sent.text
            assert [t.i for t in span_tokens(sent)] == [t.i for t in sent]
        n = len(doc)
        bounds = [0, 1, 2, 5, n // 2, n - 3, n - 1, n, n + 4, -1, -3, -n, -n - 2]
        for start in bounds:
            for end in bounds:
                assert tokens_text(doc, start, end) == doc[start:end].text, (start, end)


def test_extraction_releases_the_token_objects(docs):
    """Each Token holds its Doc: a list of them left in user_data would keep every Doc alive
    through a reference cycle until the garbage collector ran."""
    doc = docs[0]
    proposal = propose(doc)
    assert proposal.candidates
    assert not {"kg_tokens", "kg_sents", "kg_ents"} & set(doc.user_data)


def test_whole_word_hits_finds_what_the_lookaround_pattern_finds(docs):
    """whole_word_hits (no pattern compiled per name) finds a name where the regular expression
    with lookarounds does, on the seeds' text: whole words only, a hyphen or an apostrophe joining
    a word when asked ('Jo Bell-Smith' holds no 'Jo Bell'), left to right without overlaps."""
    import re

    text = "Jo Bell met Jo Bell-Smith and Jo Bell's team; Jo Bellamy and AJo Bell did not. Jo Bell"
    end = len(text) - len("Jo Bell")
    assert whole_word_hits(text, "Jo Bell", "-") == [0, 30, end]
    assert whole_word_hits(text, "Jo Bell", "'’-") == [0, end]
    assert whole_word_hits("aaaa", "aa") == []  # (a word character on a side)
    for doc in docs:
        words = doc_text(doc).split()
        for phrase in {" ".join(words[k:k + 2]) for k in range(0, len(words) - 1, 7)}:
            for joiners in ("-", "'’-"):
                pattern = rf"(?<![\w{re.escape(joiners)}]){re.escape(phrase)}(?![\w{re.escape(joiners)}])"
                assert whole_word_hits(doc_text(doc), phrase, joiners) == [
                    m.start() for m in re.finditer(pattern, doc_text(doc))], phrase
