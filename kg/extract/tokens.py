"""A document's tokens and texts, read once and kept in its user_data.

Every `doc[i]` and every pass of `for tok in doc` builds a new spaCy Token object, and the rules
read the same tokens many times over: about 9 million Token objects for 300 news articles, more
time than all the rules' own work. The rules read these lists instead. `release` drops the
Token list when extraction ends (each Token holds its Doc, so the list would keep a cycle alive).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token


def doc_tokens(doc: Doc) -> list[Token]:
    """The document's Token objects, made once: index and iterate these, not the Doc."""
    toks = doc.user_data.get("kg_tokens")
    if toks is None:
        toks = doc.user_data["kg_tokens"] = list(doc)
    return toks


def token_texts(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text and the white space after it."""
    cached = doc.user_data.get("kg_texts")
    if cached is None:
        toks = doc_tokens(doc)
        cached = doc.user_data["kg_texts"] = ([t.text for t in toks], [t.whitespace_ for t in toks])
    return cached


def doc_text(doc: Doc) -> str:
    """The document's text, built once (Doc.text joins every token on each call)."""
    text = doc.user_data.get("kg_text")
    if text is None:
        words, spaces = token_texts(doc)
        text = doc.user_data["kg_text"] = "".join(w + s for w, s in zip(words, spaces))
    return text


def doc_sents(doc: Doc) -> list[Span]:
    """The document's sentences (Doc.sents walks the parse again on every call)."""
    sents = doc.user_data.get("kg_sents")
    if sents is None:
        sents = doc.user_data["kg_sents"] = list(doc.sents)
    return sents


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The named entities (Doc.ents builds its Spans again on every call)."""
    ents = doc.user_data.get("kg_ents")
    if ents is None:
        ents = doc.user_data["kg_ents"] = doc.ents
    return ents


def release(doc: Doc) -> None:
    """Forget the Tokens and Spans, which hold the Doc (the texts stay)."""
    for key in ("kg_tokens", "kg_sents", "kg_ents"):
        doc.user_data.pop(key, None)


def span_tokens(span: Span) -> list[Token]:
    """A span's tokens from the document's list (iterating a Span makes new Tokens)."""
    return doc_tokens(span.doc)[span.start:span.end]


def span_text(span: Span) -> str:
    """A span's text, cut from the document's (Span.text joins its tokens on each call)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def tokens_text(doc: Doc, start: int, end: int) -> str:
    """The text of doc[start:end] (a Span's bounds, negative ones too), without making the Span."""
    toks = doc_tokens(doc)
    start, end, _ = slice(start, end).indices(len(toks))
    if start >= end:
        return ""
    last = toks[end - 1]
    return doc_text(doc)[toks[start].idx:last.idx + len(last.text)]


def word_ending_at(toks: list[Token], i: int) -> str:
    """The whole word token i ends: 'co-ordinator' from the tokens 'co', '-', 'ordinator' (the
    tokenizer splits a hyphenated word, so one token is only part of it)."""
    k = i
    while k > 0 and not toks[k - 1].whitespace_ and toks[k - 1].text not in {",", "(", ")", ":", ";"}:
        k -= 1
    return "".join(t.text for t in toks[k:i + 1])


def line_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """Where the line holding token i starts and ends, as character offsets in the text."""
    text, at = doc_text(doc), doc_tokens(doc)[i].idx
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def starts_line(sent: Span) -> bool:
    """A sentence at the start of a line (a long list item the parser cut in two starts one)."""
    toks = doc_tokens(sent.doc)
    before = toks[sent.start - 1] if sent.start > 0 else None
    return before is None or "\n" in before.whitespace_ or "\n" in before.text


def whole_word_hits(text: str, phrase: str, joiners: str = "") -> list[int]:
    """Where `phrase` stands in `text` as whole words (no word character, nor one of `joiners`, on
    either side), left to right without overlaps: what re.finditer with a lookbehind and a
    lookahead for a word character or a joiner finds, with no pattern compiled per phrase."""
    def joined(c: str) -> bool:
        return c.isalnum() or c == "_" or c in joiners

    hits, at = [], text.find(phrase) if phrase else -1
    while at >= 0:
        end = at + len(phrase)
        if not (at > 0 and joined(text[at - 1])) and not (end < len(text) and joined(text[end])):
            hits.append(at)
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return hits


def text_between(doc: Doc, end: int, start: int) -> str:
    """The text after token end - 1 and before token `start`: what joins two names."""
    toks = doc_tokens(doc)
    last = toks[end - 1]
    return doc_text(doc)[last.idx + len(last):toks[start].idx]


def text_after(doc: Doc, end: int, size: int) -> str:
    """Up to `size` characters of the text after token end - 1: what follows a name."""
    last = doc_tokens(doc)[end - 1]
    return doc_text(doc)[last.idx + len(last):last.idx + len(last) + size]


#: The characters a bulleted line opens with, as pages copied from a browser show them.
BULLETS = "•-*–·"
#: The same marks as a set, one token each (a string's `in` would also match "" and "-*").
BULLET_MARKS = frozenset(BULLETS)


#: Words a name written out in capitals keeps in lower case ("Board of Trustees", "Health and Care").
SMALL_NAME_WORDS = frozenset({"and", "of", "for", "&", "the"})
#: The dashes news copy sets between words or a list's parts: hyphen-minus, en and em dash.
DASHES = frozenset({"-", "–", "—"})


def capitalised_words(words: str, keep: frozenset[str] = SMALL_NAME_WORDS) -> str:
    """'social work resources committee' -> 'Social Work Resources Committee', 'Global digital
    exemplar' -> 'Global Digital Exemplar': a name's words capitalised, its joining words (`keep`)
    kept as written."""
    return " ".join(w if w.lower() in keep or not w[:1].islower() else w[:1].upper() + w[1:]
                    for w in words.split())
