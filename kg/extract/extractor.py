"""The spaCy side of extraction: kg's pipeline component, and one Doc -> `ArticleFacts`."""
from __future__ import annotations

import re
from datetime import date

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, SENT_START
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
    A line's first word is not a sentence of its own, and no sentence ends mid-line after an
    unpunctuated word ("Better Lives for Older People") or before a table's cell bar. The tokens
    are read once into lists and the sentence starts written back with one `Doc.from_array`: a
    spaCy Token made for every read cost ten times as much.
    """
    n = len(doc)
    if n < 2:
        return doc
    texts = [t.text for t in doc]
    spaces = [t.whitespace_ for t in doc]
    alpha_space = doc.to_array([IS_ALPHA, IS_SPACE]).tolist()
    starts = doc.to_array(SENT_START).tolist()  # 1 starts, -1 does not, 0 undecided
    before = list(starts)
    for i in range(1, n):
        p = i - 1
        if "\n" in texts[p] or "\n" in spaces[p]:
            starts[i] = 1
            if i + 1 < n and (alpha_space[i][0] or texts[i] in OPENING_QUOTES) and "\n" not in spaces[i] \
                    and not alpha_space[i + 1][1]:
                starts[i + 1] = -1  # (nor is a line's opening quote mark: '"Home by Lunch", a joint entry by ...')
        elif starts[i] == 0 and (texts[i] == "|" or not alpha_space[p][1] and texts[p] not in SENTENCE_ENDS):
            starts[i] = -1  # (nor at a table's cell bar: "| X Award (sponsored by Y) | Entry |" is one row)
    if starts != before:
        doc.from_array([SENT_START], numpy.array(starts, dtype=numpy.int64).astype(numpy.uint64).reshape(n, 1))
    return doc


#: Quote marks that open a line's first sentence.
OPENING_QUOTES = {'"', "“", "‘", "'"}
#: Tokens after which a sentence may end inside a line.
SENTENCE_ENDS = {".", "!", "?", ":", ";", '"', "”", "’", "'", ")", "…"}


#: A gap between the columns of a line: a tab, or three spaces or more, after a word.
COLUMN_GAP = re.compile(r"(?<=[^\s,;:.!?\-–—(])(?:[ ]*\t[ \t]*|[ ]{3,})(?=\S)")


def columns_as_commas(text: str) -> str:
    """'Gordon Brannigan      Chief Officer, Inverclyde HSCP' -> 'Gordon Brannigan,     Chief
    Officer, ...': minutes, board lists and tables flattened to text set their columns apart
    with runs of spaces or tabs, which the parser would read as one phrase. The text keeps
    its length, so every offset into it is an offset into the article."""
    return COLUMN_GAP.sub(lambda m: "," + m.group()[1:] if len(m.group()) > 1 else ",", text)


#: A paragraph's first word in capitals before a capitalised word: a newspaper's lede ("CARTREFI Conwy has ...").
SHOUTED_LEDE = re.compile(r"(?:\A|\n[ \t]*\n[ \t]*)([A-Z]{5,})(?= [A-Z][a-z])")


def ledes_as_written(text: str) -> str:
    """'CARTREFI Conwy has become ...' -> 'Cartrefi Conwy has become ...' where the text writes the word
    in title case elsewhere: a lede's shouted first word, read as the name it opens. Acronyms (never
    written in title case) stay; the text keeps its length, so every offset is the article's."""
    def title(m: re.Match) -> str:
        word = m.group(1)
        return m.group(0)[:m.start(1) - m.start()] + word.title() if word.title() in text else m.group(0)
    return SHOUTED_LEDE.sub(title, text)


#: A comma between a closing bracket or quote and the next word, as a column gap leaves it.
BRACKET_COMMA = r"(?<=[)\]\"”’']),(?=[^\s,])"
#: The full stop after an acronym whose last part after '&' is one capital ("NCH&C.", "A&E."):
#: spaCy's suffixes split a stop only after two capitals, so the sentence ran on into the next.
AMPERSAND_ACRONYM_STOP = r"(?<=&[A-Z])\.$"


class ColumnGapTokenizer:
    """The pipeline's tokenizer, reading column gaps as commas (columns_as_commas) and a lede's
    shouted first word as the text writes it elsewhere (ledes_as_written); the
    article's own text stays in doc.user_data["kg_source"] for the evidence of each fact."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        infixes = tokenizer.infix_finditer.__self__.pattern  # a compiled regex's bound finditer
        if BRACKET_COMMA not in infixes:  # "(Labour)<tab>Ipswich" becomes "(Labour),Ipswich": split at the comma
            tokenizer.infix_finditer = re.compile(infixes + "|" + BRACKET_COMMA).finditer
        suffixes = tokenizer.suffix_search.__self__.pattern
        if AMPERSAND_ACRONYM_STOP not in suffixes:
            tokenizer.suffix_search = re.compile(suffixes + "|" + AMPERSAND_ACRONYM_STOP).search

    def __call__(self, text: str) -> Doc:
        prose = ledes_as_written(columns_as_commas(text))
        doc = self.tokenizer(prose)
        if prose != text:
            doc.user_data["kg_source"] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name):  # serialisation and settings are the wrapped tokenizer's
        return getattr(self.tokenizer, name)


def add_components(nlp) -> None:
    """Insert kg's rule-based components into a loaded pipeline."""
    if not isinstance(nlp.tokenizer, ColumnGapTokenizer):
        nlp.tokenizer = ColumnGapTokenizer(nlp.tokenizer)
    if "kg_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("kg_line_breaks", before="parser" if "parser" in nlp.pipe_names else None)


def extract(doc: Doc, article_date: date | None = None, scorer=None) -> ArticleFacts:
    """The article's facts: every stage proposes candidates, the scorer decides.

    `scorer` defaults to `scoring.get_scorer()`: the shipped learned model, or what the
    KG_SCORER ("learned" | "rules") and KG_MODEL environment variables choose.
    """
    return (scorer or get_scorer()).decide(propose(doc, article_date))
