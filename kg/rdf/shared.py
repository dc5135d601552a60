"""The shared graph `id:graph/entities`: every entity and fact described once.

An article graph holds only the article's own statements: a `kg:Mention` per entity (its name
as written there and what the article says about it) and a `kg:Attestation` per fact. The
shared description of a node is derived from all the mentions (or attestations) of it in all
article graphs, so it never depends on which article was written last, and a node no article
supports any more simply derives to nothing. `write_articles` replaces a batch of article graphs
and rewrites the shared descriptions they touch (before and after) in ONE SPARQL update, which
Oxigraph applies as one transaction: the store is never seen half-written.

Derivation rules (docs/data-model.md, "Graphs and provenance"):
* names: the most frequent form among the mentions (ties: more capitals, then code-point
  order), unless `id:graph/registers` gives the entity a skos:prefLabel, which then wins and
  is not repeated; every other form and alias is a skos:altLabel;
* types and other statements: the union over the mentions;
* facts: their structure (member, role, recipient, ...) as the builder mapped it, plus
  kg:confidence = the maximum of their attestations' confidences, rdfs:label (a post's title)
  the most frequent title as written, kg:former only when every attestation says former;
* nothing the registers graph already holds is written again.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

import pyoxigraph as ox

from .mapping import A, ArticleRDF, p
from .vocab import ENTITIES_GRAPH, FOAF, KG, RDFS, REGISTERS_GRAPH, SCHEMA, SKOS

MENTION, MENTION_OF, ATTESTATION, ATTESTS = p(KG, "Mention"), p(KG, "mentionOf"), p(KG, "Attestation"), p(KG, "attests")
NAME, ALIAS, STATED_TYPE = p(KG, "name"), p(KG, "alias"), p(KG, "statedType")
ALT, PREF = p(SKOS, "altLabel"), p(SKOS, "prefLabel")
CONFIDENCE, TITLE, FORMER, FOR_INITIATIVE = p(KG, "confidence"), p(KG, "title"), p(KG, "former"), p(KG, "forInitiative")
#: Fact properties derived from the attestations, not part of a fact's structure.
DERIVED = {CONFIDENCE, p(RDFS, "label"), FORMER, FOR_INITIATIVE}

Record = Sequence  # a mention's or attestation's (predicate, object) pairs
Change = tuple[str, "ArticleRDF | None"]  # article IRI, its new RDF (None: drop the article)


# --- choosing names -----------------------------------------------------------------------------
def canonical_name(forms: Iterable[str]) -> str:
    """The most frequent form; ties go to the form with more capitals, then code-point order.

    "Jane McAdam" x2 + "Jane Mcadam" x1 -> "Jane McAdam"; one each -> "Jane McAdam" too.
    """
    counts = Counter(forms)
    return min(counts, key=lambda f: (-counts[f], -sum(c.isupper() for c in f), f))


def label_property(types: set[str]) -> ox.NamedNode:
    """The property that names an entity of these types (data model: Person, Place, Initiative)."""
    if FOAF + "Person" in types:
        return p(FOAF, "name")
    if SCHEMA + "Place" in types or KG + "Initiative" in types:
        return p(SCHEMA, "name")
    return PREF


class Registers:
    """What `id:graph/registers` already says: official names win, and nothing is said twice."""

    def __init__(self, store: ox.Store):
        self.store = store

    def official_name(self, node: ox.NamedNode) -> str | None:
        found = next(iter(self.store.quads_for_pattern(node, PREF, None, REGISTERS_GRAPH)), None)
        return found.object.value if found is not None else None

    def holds(self, t: ox.Triple) -> bool:
        return ox.Quad(t.subject, t.predicate, t.object, REGISTERS_GRAPH) in self.store


# --- deriving shared descriptions ---------------------------------------------------------------
def describe_entity(node: ox.NamedNode, mentions: Sequence[Record], official: str | None) -> list[ox.Triple]:
    """An entity's shared triples from its mentions in all articles (none when it has none)."""
    if not mentions:
        return []
    out: dict[ox.Triple, None] = {}
    types = {o.value for rec in mentions for pr, o in rec if pr == STATED_TYPE}
    names = [o.value for rec in mentions for pr, o in rec if pr == NAME]
    aliases = {o.value for rec in mentions for pr, o in rec if pr == ALIAS}
    for t in sorted(types):
        out[ox.Triple(node, A, ox.NamedNode(t))] = None
    chosen = official or (canonical_name(names) if names else None)
    if chosen is not None and official is None:
        out[ox.Triple(node, label_property(types), ox.Literal(chosen))] = None
    for alias in sorted((set(names) | aliases) - {chosen}):
        out[ox.Triple(node, ALT, ox.Literal(alias))] = None
    for rec in mentions:
        for pr, o in rec:
            if pr not in (STATED_TYPE, NAME, ALIAS):
                out[ox.Triple(node, pr, o)] = None
    return list(out)


def describe_fact(node: ox.NamedNode, structure: Sequence[tuple], attestations: Sequence[Record]) -> list[ox.Triple]:
    """A fact's shared triples: its structure and what its attestations say together."""
    if not attestations:
        return []
    out = [ox.Triple(node, pr, o) for pr, o in structure if pr not in DERIVED]
    values = lambda prop: [o for rec in attestations for pr, o in rec if pr == prop]  # noqa: E731
    best = max(values(CONFIDENCE), key=lambda o: float(o.value), default=None)
    if best is not None:
        out.append(ox.Triple(node, CONFIDENCE, best))
    titles = [o.value for o in values(TITLE)]
    if titles:
        out.append(ox.Triple(node, p(RDFS, "label"), ox.Literal(canonical_name(titles))))
    if all(any(pr == FORMER and o.value == "true" for pr, o in rec) for rec in attestations) and values(FORMER):
        out.append(ox.Triple(node, FORMER, values(FORMER)[0]))
    for ini in dict.fromkeys(values(FOR_INITIATIVE)):
        out.append(ox.Triple(node, FOR_INITIATIVE, ini))
    return list(dict.fromkeys(out))


# --- reading support from article graphs ----------------------------------------------------------
def _records_in(triples: Iterable[ox.Triple]) -> tuple[dict, dict]:
    """(entity -> mention record, fact -> attestation record) of one article graph's triples."""
    by_subject: dict[ox.NamedNode, list] = defaultdict(list)
    for t in triples:
        by_subject[t.subject].append((t.predicate, t.object))
    mentions, attestations = {}, {}
    for pos in by_subject.values():
        for pr, o in pos:
            if pr == MENTION_OF:
                mentions[o] = [x for x in pos if x[0] not in (A, MENTION_OF)]
            elif pr == ATTESTS:
                attestations[o] = [x for x in pos if x[0] not in (A, ATTESTS)]
    return mentions, attestations


class RecordCache:
    """Mention/attestation records of often-mentioned nodes, kept across the writes of one build.

    A role or an award named by thousands of articles would otherwise have every mention read
    again by every batch that touches it. Only nodes with at least `min_records` records are
    kept, and at most `max_records` records in all: past that the nodes with the fewest
    records (the cheapest to read again) are dropped, so memory stays bounded however large
    the corpus. Records are kept as tuples of shared (predicate, object) pairs: the mentions
    of one node mostly say the same things. The cache follows each successful write and is
    emptied when one fails. Use one cache per writer, only while no other process writes the
    store.
    """

    def __init__(self, min_records: int = 16, max_records: int = 50_000):
        self.min_records, self.max_records = min_records, max_records
        self.entries: dict[tuple[ox.NamedNode, ox.NamedNode], dict[str, Record]] = {}
        self.pairs: dict[tuple, tuple] = {}  # each (predicate, object) once

    def compact(self, record: Record) -> Record:
        if len(self.pairs) > self.max_records:  # forget the table, not the records
            self.pairs.clear()
        return tuple(self.pairs.setdefault(pair, pair) for pair in record)

    def admit(self, key: tuple[ox.NamedNode, ox.NamedNode], entry: dict[str, Record]) -> None:
        if len(entry) >= self.min_records:
            self.entries[key] = {g: self.compact(rec) for g, rec in entry.items()}
            self.trim()

    def trim(self) -> None:
        """Drop the smallest entries until at most `max_records` records are held."""
        total = sum(map(len, self.entries.values()))
        if total <= self.max_records:
            return
        for key in sorted(self.entries, key=lambda k: len(self.entries[k])):
            total -= len(self.entries.pop(key))
            if total <= self.max_records:
                return


def _stored_records(store: ox.Store, node: ox.NamedNode, link: ox.NamedNode, skip: set[str],
                    cache: RecordCache | None) -> list[Record]:
    """The mention (or attestation) records of `node` in every article graph not in `skip`."""
    entry = cache.entries.get((link, node)) if cache is not None else None
    if entry is None:
        entry = {}
        for q in store.quads_for_pattern(None, link, node, None):
            entry[q.graph_name.value] = [(x.predicate, x.object)
                                         for x in store.quads_for_pattern(q.subject, None, None, q.graph_name)
                                         if x.predicate not in (A, link)]
        if cache is not None:
            cache.admit((link, node), entry)
    return [rec for g, rec in entry.items() if g not in skip]


def _follow(cache: RecordCache, changes: Sequence[Change], new: dict) -> None:
    """Bring cached entries up to date once `changes` are written; `new`: (link, node) -> {graph: record}."""
    changed = [iri for iri, _ in changes]
    for key, entry in cache.entries.items():
        for g in changed:
            entry.pop(g, None)
        entry.update((g, cache.compact(rec)) for g, rec in new.get(key, {}).items())
    cache.trim()


def _touched(store: ox.Store, graphs: Iterable[str], link: ox.NamedNode) -> set:
    return {q.object for g in graphs for q in store.quads_for_pattern(None, link, None, ox.NamedNode(g))}


def shared_descriptions(store: ox.Store, changes: Sequence[Change], cache: RecordCache | None = None,
                        new: dict | None = None) -> tuple[set, list[ox.Triple]]:
    """(touched nodes, their new shared triples) once `changes` are applied.

    `new`, when given, is filled with the changes' own records: (link, node) -> {graph: record}.
    """
    changed = {iri for iri, _ in changes}
    new = {} if new is None else new
    structure: dict = {}
    for iri, rdf in changes:
        if rdf is None:
            continue
        mentions, attestations = _records_in(rdf.graph)
        for link, records in ((MENTION_OF, mentions), (ATTESTS, attestations)):
            for node, rec in records.items():
                new.setdefault((link, node), {})[iri] = rec
        for fact, pos in rdf.facts.items():
            structure.setdefault(fact, pos)
    fresh = lambda link, node: list(new.get((link, node), {}).values())  # noqa: E731
    entities = _touched(store, changed, MENTION_OF) | {n for link, n in new if link == MENTION_OF}
    facts = _touched(store, changed, ATTESTS) | {n for link, n in new if link == ATTESTS}
    registers = Registers(store)
    out: list[ox.Triple] = []
    for node in sorted(entities, key=lambda n: n.value):
        mentions = _stored_records(store, node, MENTION_OF, changed, cache) + fresh(MENTION_OF, node)
        out += describe_entity(node, mentions, registers.official_name(node))
    for node in sorted(facts, key=lambda n: n.value):
        attestations = _stored_records(store, node, ATTESTS, changed, cache) + fresh(ATTESTS, node)
        known = structure.get(node) or [(q.predicate, q.object)
                                         for q in store.quads_for_pattern(node, None, None, ENTITIES_GRAPH)]
        out += describe_fact(node, known, attestations)
    out = [t for t in dict.fromkeys(out) if not registers.holds(t)]
    return entities | facts, out


# --- writing --------------------------------------------------------------------------------------
def _nt(t: ox.Triple | ox.Quad) -> str:
    return f"{t.subject} {t.predicate} {t.object} ."


def write_articles(store: ox.Store, changes: Sequence[Change], cache: RecordCache | None = None) -> int:
    """Replace (or, for None, drop) each article graph and rewrite the shared descriptions of
    every entity and fact they touch, before and after, in one transaction.

    `cache` (optional, one per writer) saves re-reading the mentions of popular nodes.
    Returns the number of triples written to the article graphs.
    """
    if not changes:
        return 0
    new: dict = {}
    touched, new_shared = shared_descriptions(store, changes, cache, new)
    old_shared = {ox.Triple(q.subject, q.predicate, q.object)
                  for node in touched for q in store.quads_for_pattern(node, None, None, ENTITIES_GRAPH)}
    wanted = set(new_shared)
    ops = [f"DROP SILENT GRAPH <{iri}>" for iri, _ in changes]
    stale = [t for t in old_shared if t not in wanted]
    if stale:
        ops.append(f"DELETE DATA {{ GRAPH {ENTITIES_GRAPH} {{\n" + "\n".join(map(_nt, stale)) + "\n} }")
    inserts, written = [], 0
    for iri, rdf in changes:
        if rdf is not None and rdf.graph:
            inserts.append(f"GRAPH <{iri}> {{\n" + "\n".join(map(_nt, rdf.graph)) + "\n}")
            written += len(rdf.graph)
    fresh = [t for t in new_shared if t not in old_shared]
    if fresh:
        inserts.append(f"GRAPH {ENTITIES_GRAPH} {{\n" + "\n".join(map(_nt, fresh)) + "\n}")
    if inserts:
        ops.append("INSERT DATA {\n" + "\n".join(inserts) + "\n}")
    try:
        store.update(" ;\n".join(ops))
    except BaseException:
        if cache is not None:
            cache.entries.clear()
        raise
    if cache is not None:
        _follow(cache, changes, new)
    return written


def rebuild_shared(store: ox.Store) -> None:
    """Derive every shared description again from the article graphs, e.g. after the registers
    graph was loaded or reloaded: article graphs are rewritten unchanged, so only the shared graph
    moves. Facts keep the structure the shared graph already holds (it is not in the articles)."""
    graphs = sorted({q.graph_name.value for q in store.quads_for_pattern(None, MENTION_OF, None, None)}
                    | {q.graph_name.value for q in store.quads_for_pattern(None, ATTESTS, None, None)})
    for i in range(0, len(graphs), 256):
        batch = []
        for iri in graphs[i:i + 256]:
            g = ox.NamedNode(iri)
            rdf = ArticleRDF(iri, [ox.Triple(q.subject, q.predicate, q.object)
                                   for q in store.quads_for_pattern(None, None, None, g)])
            batch.append((iri, rdf))
        write_articles(store, batch)


__all__ = ["write_articles", "RecordCache", "shared_descriptions", "describe_entity", "describe_fact", "canonical_name",
           "rebuild_shared", "Registers", "ENTITIES_GRAPH", "REGISTERS_GRAPH"]
