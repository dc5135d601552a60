"""A name index of every body in the loaded registers graph, and date-aware lookup.

A name is found four ways, most certain first: a body's own official name (that body, whatever
the date), its exact folded form (a name the registers give), its (core, kind) key ("Nottingham City CCG" ~ "NHS Nottingham
City Clinical Commissioning Group"), or, for a bare name with no kind words ("Pennine
Care"), its core under the kind extraction gave it. When several bodies answer, the date
decides: the body open at the article's date ("Dorset County Council" in 2018, "Dorset
Council" in 2020).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyoxigraph as ox

from ..rdf.vocab import ORG, SCHEMA, SKOS, mint
from .graph import CLASS_KIND, DATATYPE_SCHEME, REGISTERS_GRAPH, registers_version
from .names import NAME_KIND, fold, name_keys

#: Extraction's kinds -> the register kinds they can be.
COMPATIBLE = {"LocalAuthority": {"LocalAuthority", "CombinedAuthority"}, "CCG": {"CCG"}, "ICB": {"ICB"},
              "NHSTrust": {"NHSTrust", "HealthBoard", "PCT"}, "Partnership": {"ICS", "HSCP"}}
#: Register kinds -> extraction's kind (ArticleFacts.Organisation.kind).
FACTS_KIND = {"LocalAuthority": "LocalAuthority", "CombinedAuthority": "LocalAuthority", "CCG": "CCG",
              "ICB": "ICB", "NHSTrust": "NHSTrust", "HealthBoard": "NHSTrust"}
#: Kinds whose bodies news also calls "NHS <place>".
NHS_PLACE_KINDS = {"ccg", "icb", "pct", "healthboard"}


@dataclass(frozen=True)
class Entry:
    iri: str
    name: str
    kind: str
    founded: date | None
    dissolved: date | None
    codes: tuple[tuple[str, str], ...]  # (scheme, code)

    def open_at(self, when: date) -> bool:
        return (self.founded is None or self.founded <= when) and (self.dissolved is None or when <= self.dissolved)

    def distance(self, when: date) -> int:
        """Days between `when` and this body's life span (0 when open)."""
        if self.founded and when < self.founded:
            return (self.founded - when).days
        if self.dissolved and when > self.dissolved:
            return (when - self.dissolved).days
        return 0

    @property
    def linkable(self) -> bool:
        """Extraction mints an organisation's IRI from its name: a body whose IRI carries a
        disambiguating suffix cannot be reached by renaming."""
        return _linkable(self.name, self.iri)


@dataclass
class Match:
    entry: Entry
    how: str  # official | exact (another register name) | variant | bare | longer (the text's name contains extraction's)
    confidence: float
    chosen_by_date: bool  # several bodies answered and the date chose


#: How news writes a body of each name kind, around its core: what recognition looks for.
FORMS = {
    "ccg": ("{} ccg", "nhs {} ccg", "{} clinical commissioning group", "nhs {} clinical commissioning group"),
    "icb": ("{} icb", "nhs {} icb", "{} integrated care board", "nhs {} integrated care board"),
    "council": ("{} council", "{} city council", "{} county council", "{} borough council", "{} district council",
                "{} metropolitan borough council", "{} mbc", "london borough of {}", "royal borough of {}"),
    "trust": ("{} nhs foundation trust", "{} nhs trust", "{} foundation trust", "{} nhs ft", "{} ft"),
    "healthboard": ("{} health board", "{} university health board", "{} teaching health board",
                    "{} local health board"),
    "pct": ("{} pct", "{} primary care trust"),
    "ics": ("{} ics", "{} integrated care system", "{} stp", "{} health and care partnership"),
    "hscp": ("{} hscp", "{} health and social care partnership"),
    "nhs": ("nhs {}",),
}


@dataclass
class Gazetteer:
    version: str
    exact: dict[str, list[Entry]] = field(default_factory=dict)
    keyed: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)
    official: dict[str, list[Entry]] = field(default_factory=dict)  # official names only
    forms: set[str] = field(default_factory=set)  # folded names recognition looks for in text
    finals: set[str] = field(default_factory=set)  # the last words of those names

    @classmethod
    def from_store(cls, store: ox.Store) -> "Gazetteer | None":
        """The gazetteer of the loaded registers, or None when none are loaded."""
        version = registers_version(store)
        if not version:
            return None
        gaz = cls(version)
        for entry, names in read_entries(store):
            for name in names:
                gaz.add(name, entry)
        gaz.forms.update(f for (core, kind) in gaz.keyed for f in (t.format(core) for t in FORMS.get(kind, ())))
        gaz.finals = {f.rsplit(" ", 1)[-1] for f in gaz.forms}
        return gaz

    def add(self, name: str, entry: Entry) -> None:
        folded = fold(name)
        if not folded:
            return
        _put(self.exact, folded, entry)
        if name == entry.name:
            _put(self.official, folded, entry)
        keys = name_keys(name)
        if keys and " " in folded:
            self.forms.add(folded)
        for core, kind in keys:
            _put(self.keyed, (core, kind), entry)
            if kind in NHS_PLACE_KINDS:
                _put(self.keyed, (core, "nhs"), entry)

    def candidates(self, name: str, extracted_kind: str = "Other") -> tuple[list[Entry], list[Entry], str]:
        """(exact hits, other hits, how the other hits were found)."""
        exact = self.exact.get(fold(name), [])
        keys = name_keys(name)
        allowed = COMPATIBLE.get(extracted_kind)
        if not keys:  # a place name ("Leicester City") is a body only if extraction says of which kind
            exact = [e for e in exact if allowed and e.kind in allowed]
        keyed = [e for k in keys for e in self.keyed.get(k, []) if not allowed or e.kind in allowed]
        how = "variant"
        if not keys and allowed and not exact:
            keyed = [e for kind in {NAME_KIND[k] for k in allowed if k in NAME_KIND}
                     for e in self.keyed.get((fold(name), kind), []) if e.kind in allowed]
            how = "bare"
        return exact, [e for e in dict.fromkeys(keyed) if e not in exact], how

    def lookup(self, name: str, when: date | None, extracted_kind: str = "Other") -> Match | None:
        """The body `name` denotes at `when` (None: the latest body), or None if none or several."""
        exact, other, how = self.candidates(name, extracted_kind)
        official = [e for e in self.official.get(fold(name), []) if e in exact]
        if official:  # a body's own official name means that body, whatever the date
            entry, by_date = choose(official, [], when)
            if entry is not None:
                return Match(entry, "official", 0.6 if by_date and when is None else 0.95, by_date)
        if not exact and not other:
            return None
        entry, by_date = choose(exact, other, when)
        if entry is None:
            return None
        confidence = {"exact": 0.95, "variant": 0.9, "bare": 0.8}[how if entry not in exact else "exact"]
        if by_date and when is None:
            confidence = 0.6
        return Match(entry, "exact" if entry in exact else how, confidence, by_date)


@lru_cache(maxsize=None)
def _linkable(name: str, iri: str) -> bool:
    return mint("org", name).value == iri


def _put(index: dict, key, entry: Entry) -> None:
    bucket = index.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)


def choose(exact: list[Entry], other: list[Entry], when: date | None) -> tuple[Entry | None, bool]:
    """The one body open at `when` (exact names first), else the nearest in time; None when
    two distinct bodies are equally good. The flag says whether the date decided."""
    everyone = list(dict.fromkeys(exact + other))
    if len(everyone) == 1:
        return everyone[0], False
    if when is None:  # the latest body: open now, else dissolved last; exact names break ties
        latest = lambda e: (e.dissolved is None, e.dissolved or date.max, e.founded or date.min)  # noqa: E731
        best = max(latest(e) for e in everyone)
        top = [e for e in everyone if latest(e) == best]
        top = [e for e in top if e in exact] or top
        return (top[0], True) if len(top) == 1 else (None, True)
    for pool in (exact, other):
        if not pool:
            continue
        open_now = [e for e in pool if e.open_at(when)]
        if len(open_now) == 1:
            return open_now[0], True
        if len(open_now) > 1:
            return None, True
    for pool in (exact, other):  # nobody open then: the nearest in time, exact names first
        ranked = sorted(pool, key=lambda e: e.distance(when))
        if ranked and (len(ranked) == 1 or ranked[0].distance(when) < ranked[1].distance(when)):
            return ranked[0], True
    return None, True


def read_entries(store: ox.Store) -> list[tuple[Entry, list[str]]]:
    """Every body in the registers graph with the names it is known by."""
    g = REGISTERS_GRAPH
    data: dict[str, dict] = {}
    for q in store.quads_for_pattern(None, None, None, g):
        s, pred = q.subject.value, q.predicate.value
        if pred == SKOS + "prefLabel":
            data.setdefault(s, {}).setdefault("name", q.object.value)
        elif pred == SKOS + "hiddenLabel":
            data.setdefault(s, {}).setdefault("names", []).append(q.object.value)
        elif pred == ORG + "identifier":
            scheme = DATATYPE_SCHEME.get(q.object.datatype.value, "register")
            data.setdefault(s, {}).setdefault("codes", []).append((scheme, q.object.value))
        elif pred == SCHEMA + "foundingDate":
            data.setdefault(s, {})["founded"] = date.fromisoformat(q.object.value)
        elif pred == SCHEMA + "dissolutionDate":
            data.setdefault(s, {})["dissolved"] = date.fromisoformat(q.object.value)
        elif pred.endswith("#type") and q.object.value in CLASS_KIND:
            kind = CLASS_KIND[q.object.value]
            if data.setdefault(s, {}).get("kind") not in ("HealthBoard", "CombinedAuthority"):
                data[s]["kind"] = kind
    out = []
    for iri, d in data.items():
        if "name" not in d or "kind" not in d:
            continue
        entry = Entry(iri, d["name"], d["kind"], d.get("founded"), d.get("dissolved"), tuple(sorted(d.get("codes", []))))
        out.append((entry, [d["name"], *d.get("names", [])]))
    return out


__all__ = ["Gazetteer", "Entry", "Match", "FACTS_KIND", "choose"]
