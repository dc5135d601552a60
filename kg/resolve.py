"""Entity resolution across articles.

Inside one article, extraction already links acronyms, short forms and "the council" to
full names. Across articles, identity comes from minting IRIs from canonical names; this
module adds what one article cannot know alone: an acronym or short form defined in one
article ("Health Service Journal (HSJ)") names the same organisation when another
article uses it bare ("HSJ editor"). Aliases claimed by two different organisations are
ambiguous and left alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections import defaultdict
from dataclasses import replace

import pyoxigraph as ox

from .facts import ArticleFacts
from .rdf.vocab import sparql_prologue


def norm(name: str) -> str:
    """Comparison key: lower case, 'the' dropped, punctuation and spaces folded."""
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return re.sub(r"[^a-z0-9&]+", " ", name.lower()).strip()


def is_distinctive_alias(alias: str, canonical: str) -> bool:
    """Acronyms and multi-word short forms identify an organisation; 'the council' does not."""
    a = alias.strip()
    if a.lower().startswith(("the ", "our ", "this ")) or norm(a) == norm(canonical):
        return False
    if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z]", a) and len(a) >= 2:
        return a.upper() not in generic_acronyms()
    return len(a.split()) >= 2


@lru_cache(maxsize=1)
def generic_acronyms() -> frozenset[str]:
    """Acronyms that name a kind of body, not one body (the list extraction uses too)."""
    from .extract import lexicon

    return lexicon.words("generic_acronyms")


class Registry:
    """Aliases known across articles: alias key -> canonical organisation name."""

    def __init__(self):
        self._claims: dict[str, set[str]] = defaultdict(set)

    def learn_from_store(self, store: ox.Store) -> None:
        rows = store.query(sparql_prologue() + """
            SELECT DISTINCT ?pref ?alt WHERE { ?o a org:Organization ; skos:prefLabel ?pref ; skos:altLabel ?alt }""",
            use_default_graph_as_union=True)
        for r in rows:
            self.claim(r["alt"].value, r["pref"].value)

    def learn(self, facts: ArticleFacts) -> None:
        for org in facts.organisations.values():
            for alias in org.aliases:
                self.claim(alias, org.name)

    def claim(self, alias: str, canonical: str) -> None:
        if is_distinctive_alias(alias, canonical):
            self._claims[norm(alias)].add(canonical)

    def canonical(self, name: str) -> str | None:
        owners = self._claims.get(norm(name))
        if owners and len(owners) == 1:
            return next(iter(owners))
        return None

    def resolve(self, facts: ArticleFacts) -> ArticleFacts:
        """The same facts with organisations known elsewhere by a fuller name renamed."""
        rename: dict[str, str] = {}
        for name, org in facts.organisations.items():
            full = self.canonical(name)
            if full and full != name:
                rename[name] = full
        if not rename:
            return facts
        return rename_organisations(facts, rename)


def rename_organisations(facts: ArticleFacts, rename: dict[str, str]) -> ArticleFacts:
    """Apply `rename` to every organisation reference, merging organisations that meet."""
    r = lambda n: rename.get(n, n) if n else n  # noqa: E731
    orgs = {}
    for name, org in facts.organisations.items():
        new = r(name)
        if new in orgs:
            orgs[new].aliases |= org.aliases | {name}
        else:
            orgs[new] = replace(org, name=new, aliases=set(org.aliases) | ({name} if new != name else set()))
    return ArticleFacts(
        people=facts.people,
        organisations=orgs,
        posts=[replace(x, organisation=r(x.organisation)) for x in facts.posts],
        partnerships=[replace(x, name=r(x.name), members=list(dict.fromkeys(r(m) for m in x.members)))
                      for x in facts.partnerships],
        awards=[replace(x, recipient=r(x.recipient), conferred_by=r(x.conferred_by)) for x in facts.awards],
        quotations=facts.quotations,
        initiatives=[replace(x, led_by=[r(m) for m in x.led_by]) for x in facts.initiatives],
        places=facts.places,
    )


def drop_weak(facts: ArticleFacts, min_confidence: float) -> ArticleFacts:
    """Facts at or above `min_confidence`; entities stay, weak relations go."""
    if min_confidence <= 0:
        return facts
    return replace(
        facts,
        posts=[x for x in facts.posts if x.confidence >= min_confidence],
        partnerships=[x for x in facts.partnerships if x.confidence >= min_confidence],
        awards=[x for x in facts.awards if x.confidence >= min_confidence],
    )
