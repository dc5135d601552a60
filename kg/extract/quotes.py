"""Quotations and who said them.

News quotes a speaker once and lets the quote run on: over several paragraphs (each
opening with a quote mark and none closing until the end), or after "he said". So the
article is read paragraph by paragraph: a quoted passage is attributed to a person named
outside the quote marks in the same paragraph (the one nearest the reporting verb), to the
last named person when the attribution is a pronoun ("she said"), or, when a paragraph is
nothing but a continuing quote, to the speaker of the paragraph before.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..facts import Evidence, Quotation
from .entities import Entities
from .tokens import doc_text, doc_tokens

OPEN_CLOSE = [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")]
CLOSING = dict(OPEN_CLOSE)
OPENERS = re.compile("[" + "".join(re.escape(o) for o, _ in OPEN_CLOSE) + "]")
#: An opening mark that stands outside a word (the apostrophe of "council's" opens no quotation).
QUOTE_OPENING = re.compile(r"(?<!\w)" + OPENERS.pattern)
REPORTING = re.compile(r"\b(said|says|say|added|adds|commented|explained|continued|told|stated|noted|"
                       r"according to|believes|remarked|concluded)\b", re.I)
PRONOUN_ATTRIBUTION = re.compile(r"\b(he|she|they)\s+(said|says|added|continued|explained)\b", re.I)


def quoted_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of quoted passages in one paragraph, absolute offsets, marks excluded.

    A passage opened and not closed runs to the paragraph's end (multi-paragraph quotes).
    Single quotes count only around a passage of several words, so apostrophes don't.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while (m := OPENERS.search(text, i)) is not None:
        i = m.start()
        ch = text[i]
        if ch == "'" and i > 0 and text[i - 1].isalnum():
            i += 1
            continue
        c = CLOSING[ch]
        j = text.find(c, i + 1)
        while j >= 0 and ((c == "'" and j + 1 < n and text[j + 1].isalnum())
                          or (c == "’" and j + 1 < n and text[j + 1].isalpha() and text[j - 1].isalpha())):
            j = text.find(c, j + 1)
        if j < 0:
            j = n
        inner = text[i + 1:j].strip()
        if len(inner.split()) >= 4:
            spans.append((offset + i + 1, offset + j))
        i = j + 1
    return spans


def quoted_spans_in(text: str) -> list[tuple[int, int]]:
    """Every quoted passage of a whole text, read line by line as `quoted_spans` reads one."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans += quoted_spans(line, offset)
        offset += len(line) + 1
    return spans


def find_quotations(doc: Doc, ents: Entities) -> list[Quotation]:
    toks = doc_tokens(doc)
    text = doc_text(doc)
    people = [m for m in ents.mentions if m.kind == "PERSON"]
    quotes: list[Quotation] = []
    last_speaker: str | None = None
    prev_para_quote_only = False
    pos = 0
    for para in re.split(r"(\n\s*\n|\n)", text):
        start = pos
        pos += len(para)
        if not para.strip() or para.startswith("\n"):
            continue
        spans = quoted_spans(para, start)
        if not spans:
            prev_para_quote_only = False
            names_here = [m for m in people if start <= toks[m.start].idx < pos]
            if names_here:
                last_speaker = names_here[-1].entity
            continue
        inside = lambda i: any(a <= i < b for a, b in spans)  # noqa: E731
        speakers = [m for m in people if start <= toks[m.start].idx < pos and not inside(toks[m.start].idx)]
        cuts = [start] + [x for a, b in spans for x in (a, b)] + [pos]
        outside = "".join(text[cuts[k]:cuts[k + 1]] for k in range(0, len(cuts), 2))  # text outside the quotes
        speaker = None
        if speakers and REPORTING.search(outside) or speakers and ":" in outside:
            verb = REPORTING.search(outside)
            anchor = start + (verb.start() if verb else outside.find(":"))
            speaker = min(speakers, key=lambda m: abs(toks[m.start].idx - anchor)).entity
        elif PRONOUN_ATTRIBUTION.search(outside) and last_speaker:
            speaker = last_speaker
        elif not outside.strip(" \t\"“”'‘’.,") and prev_para_quote_only is not None and last_speaker:
            speaker = last_speaker  # a paragraph that only continues the quote
        prev_para_quote_only = not outside.strip(" \t\"“”'‘’.,")
        if speaker is None:
            continue
        last_speaker = speaker
        for a, b in spans:
            quote = text[a:b].strip()
            quotes.append(Quotation(speaker, quote, Evidence(para.strip(), start, pos),
                                    confidence=0.85 if speakers else 0.65))
    return quotes
