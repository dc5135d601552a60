"""Linking one article's resolved facts to the official registers.

A step after resolution (kg/build.py): every organisation extraction found whose name, or
one of its aliases, is a register body's name or a variant of it takes the official name
as its canonical name (the forms seen in the text stay aliases) and the register's kind;
bodies named in the text that extraction missed are added. Which body a name means is
decided by the article's date; an undated article is read as of the latest date its other
facts allow (the earliest dissolution among the bodies it names unambiguously), and its
links say so with a lower kg:confidence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Triple

from ..articles import Article
from ..facts import ArticleFacts, Organisation, RegisterLink
from ..resolve import rename_organisations
from ..rdf.vocab import KG, PROV, RDF, RDFS, XSD, mint, short_hash
from .gazetteer import COMPATIBLE, FACTS_KIND, Gazetteer, Match
from .names import fold, name_keys

#: The longest name recognition looks for, in words.
MAX_WORDS = 12
WORD = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*|&")


def link_facts(facts: ArticleFacts, text: str, when: date | None, gazetteer: Gazetteer) -> ArticleFacts:
    """The same facts with organisations renamed to their official names, register kinds,
    the bodies extraction missed added, and a `RegisterLink` for each linked body."""
    as_of = when or latest_date_allowed(facts, gazetteer)
    mentions = scan(text, as_of, gazetteer)
    links: list[RegisterLink] = []
    rename: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for org in facts.organisations.values():
        found = match_organisation(org, as_of, gazetteer) or match_mention(org, mentions)
        if found is None:
            continue
        surface, match = found
        official = match.entry.name
        rename[org.name] = official
        kinds[official] = FACTS_KIND.get(match.entry.kind, org.kind)
        links.append(make_link(official, surface, match, when, as_of))
    linked = facts if not rename else rename_organisations(facts, {k: v for k, v in rename.items() if k != v})
    organisations = {name: replace(o, kind=kinds.get(name, o.kind)) for name, o in linked.organisations.items()}
    covered = {fold(n) for o in organisations.values() for n in (o.name, *o.aliases)}
    bodies = {link.body for link in links}
    for surface, phrase, match in mentions:  # named in the text, missed by extraction
        if phrase in covered or match.entry.iri in bodies:
            continue
        bodies.add(match.entry.iri)
        official = match.entry.name
        organisations[official] = Organisation(official, {surface} - {official}, FACTS_KIND.get(match.entry.kind, "Other"))
        links.append(make_link(official, surface, match, when, as_of))
    return replace(linked, organisations=organisations, register_links=_unique(links))


def match_mention(org: Organisation, mentions: list[tuple[str, str, Match]]) -> tuple[str, Match] | None:
    """A register name in the text that contains the organisation's name: extraction kept only
    part of it ("Wigan and Leigh NHS Foundation Trust" in "Wrightington, Wigan and Leigh ...")."""
    allowed = COMPATIBLE.get(org.kind)
    names = [fold(n) for n in (org.name, *org.aliases) if len(n.split()) >= 2 and not n.lower().startswith("the ")]
    for surface, phrase, match in mentions:
        if allowed and match.entry.kind not in allowed:
            continue
        if any(n != phrase and f" {n} " in f" {phrase} " for n in names):
            return surface, replace(match, confidence=min(match.confidence, 0.8), how="longer")
    return None


def match_organisation(org: Organisation, when: date | None, gazetteer: Gazetteer) -> tuple[str, Match] | None:
    """The register body an extracted organisation is: by its name, else its aliases (longest first)."""
    names = [org.name] + sorted((a for a in org.aliases if a != org.name), key=lambda a: (-len(a), a))
    for i, name in enumerate(names):
        if i and not name_keys(name):
            continue  # an alias with no kind words ("the council") says nothing by itself
        match = gazetteer.lookup(name, when, org.kind)
        if match is not None and match.entry.linkable:
            return name, match
    return None


def latest_date_allowed(facts: ArticleFacts, gazetteer: Gazetteer) -> date | None:
    """For an undated article: the earliest dissolution among bodies it names unambiguously
    (it was written while they existed), or None (as of today)."""
    ends = []
    for org in facts.organisations.values():
        exact, other, _ = gazetteer.candidates(org.name, org.kind)
        bodies = set(exact + other)
        if len(bodies) == 1:
            (entry,) = bodies
            if entry.dissolved:
                ends.append(entry.dissolved)
    return min(ends) if ends else None


def make_link(official: str, surface: str, match: Match, when: date | None, as_of: date | None) -> RegisterLink:
    if when is not None:
        note = f"article dated {when.isoformat()}"
    elif match.chosen_by_date:
        note = ("article has no date: linked to the body open at " +
                (f"{as_of.isoformat()}, the latest date the article's other facts allow" if as_of
                 else "the latest date in the registers"))
    else:
        note = "article has no date; only one body has this name"
    confidence = match.confidence
    if when is None and match.chosen_by_date:  # the date that chose between bodies is only inferred
        confidence = min(confidence, 0.7 if as_of else 0.6)
    return RegisterLink(official, match.entry.iri, surface, confidence,
                        (when or as_of).isoformat() if (when or as_of) else None, f"{match.how} name; {note}")


def scan(text: str, when: date | None, gazetteer: Gazetteer) -> list[tuple[str, str, Match]]:
    """(surface, folded phrase, match) for every register name in the text, the longest at
    each place, each starting with a capital letter."""
    words = [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    folded = [_fold_word(w) for w, _, _ in words]
    found: list[tuple[str, str, Match]] = []
    taken_until = -1
    for end in (j for j, w in enumerate(folded) if w in gazetteer.finals):
        if end <= taken_until:
            continue
        for start in range(max(taken_until + 1, end - MAX_WORDS + 1), end):  # longest first
            if not words[start][0][:1].isupper():
                continue
            phrase = " ".join(folded[start:end + 1])
            if phrase not in gazetteer.forms:
                continue
            surface = text[words[start][1]:words[end][2]]
            match = gazetteer.lookup(surface, when)
            if match is None or not match.entry.linkable:
                continue
            taken_until = end
            found.append((surface, phrase, match))
            break
    return found


def _fold_word(word: str) -> str:
    """One word as `fold` would write it, cheaply: this runs on every word of every article."""
    if word == "&":
        return "and"
    if word.isascii():
        return word.lower().replace("'", "")
    return fold(word)


def _unique(links: list[RegisterLink]) -> list[RegisterLink]:
    seen, out = set(), []
    for link in links:
        if (link.organisation, link.surface) not in seen:
            seen.add((link.organisation, link.surface))
            out.append(link)
    return out


def link_triples(article: Article, facts: ArticleFacts) -> list[Triple]:
    """The article's register links, for its own graph: which body each name was linked to,
    as of which date, how surely, and the sentence it was seen in."""
    out: list[Triple] = []
    art = NamedNode(article.iri)
    akey = short_hash(article.iri)
    for link in facts.register_links:
        node = mint("register-link", link.organisation, link.surface, akey)
        add = lambda p, o: out.append(Triple(node, p, o))  # noqa: E731
        add(NamedNode(RDF + "type"), NamedNode(KG + "RegisterLink"))
        add(NamedNode(KG + "linkedBody"), NamedNode(link.body))
        add(NamedNode(KG + "surfaceForm"), Literal(link.surface))
        add(NamedNode(KG + "confidence"), Literal(str(Decimal(str(round(link.confidence, 3)))),
                                                  datatype=NamedNode(XSD + "decimal")))
        if link.as_of:
            add(NamedNode(KG + "linkDate"), Literal(link.as_of, datatype=NamedNode(XSD + "date")))
        add(NamedNode(RDFS + "comment"), Literal(link.note))
        add(NamedNode(PROV + "wasDerivedFrom"), art)
        at = article.text.find(link.surface)
        if at >= 0:
            start, end = sentence_around(article.text, at, at + len(link.surface))
            add(NamedNode(KG + "evidence"), Literal(article.text[start:end]))
            add(NamedNode(KG + "charStart"), Literal(str(start), datatype=NamedNode(XSD + "integer")))
            add(NamedNode(KG + "charEnd"), Literal(str(end), datatype=NamedNode(XSD + "integer")))
    return out


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence (or line) holding text[start:end]."""
    left = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return left, min(right, len(text))
