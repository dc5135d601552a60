"""Initiatives: the named projects and programmes organisations run.

News names them by a capitalised or quoted name before a programme word ("the i-Care
project", "our Caring Together programme", "Known as 'Connect', the programme"), or after
"called"/"known as". The organisations that are the subject of the same sentence lead them.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..facts import Initiative
from .entities import Entities
from . import lexicon
from .tokens import doc_sents, doc_tokens, span_text

PROGRAMME_WORDS = r"(?:project|programme|program|initiative|scheme|pilot|service|campaign|plan|bid|model)"
NAMED_BEFORE = re.compile(
    rf"(?:[‘'\"“](?P<q>[A-Z][^‘’'\"“”]{{1,40}})[’'\"”]|(?P<n>(?:[A-Z][\w-]*|i-[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w]*\)))*))"
    rf"\s+{PROGRAMME_WORDS}\b")
NAMED_AFTER = re.compile(
    rf"\b{PROGRAMME_WORDS}\s+(?:called|known as|named|dubbed)\s+[‘'\"“]?(?P<n>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*)*)")
KNOWN_AS = re.compile(r"\b[Kk]nown as\s+[‘'\"“](?P<n>[A-Z][^‘’'\"“”]{1,40})[’'\"”],?\s+the\s+" + PROGRAMME_WORDS)
NOT_NAMES = lexicon.words("not_names")


def _clean(name: str) -> str | None:
    name = name.strip(" ,.")
    words = name.split()
    while words and words[0] in NOT_NAMES:
        words.pop(0)
    if not words or len(words) > 6:
        return None
    return " ".join(words)


def find_initiatives(doc: Doc, ents: Entities) -> list[Initiative]:
    toks = doc_tokens(doc)
    found: dict[str, Initiative] = {}
    org_names = set(ents.orgs) | {a for o in ents.orgs.values() for a in o.aliases}
    for sent in doc_sents(doc):
        text = span_text(sent)
        names = [m.group("q") or m.group("n") for m in NAMED_BEFORE.finditer(text)]
        names += [m.group("n") for m in NAMED_AFTER.finditer(text)]
        names += [m.group("n") for m in KNOWN_AS.finditer(text)]
        for raw in names:
            name = _clean(raw)
            if not name or name in org_names or name.lower() in {n.lower() for n in found}:
                continue
            lead = [m.entity for m in ents.within(sent.start, sent.end, "ORG")
                    if toks[m.start].idx < sent.start_char + text.find(raw)]
            found[name] = Initiative(name, list(dict.fromkeys(lead)))
    return list(found.values())
