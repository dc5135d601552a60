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
def canonical_name(forms: Iterable[str] | Counter) -> str:
    """The most frequent form; ties go to the form with more capitals, then code-point order.
    `forms` may be given as counts (a Counter of form -> occurrences).

    "Jane McAdam" x2 + "Jane Mcadam" x1 -> "Jane McAdam"; one each -> "Jane McAdam" too.
    """
    counts = forms if isinstance(forms, Counter) else Counter(forms)
    return min(counts, key=lambda f: (-counts[f], -sum(c.isupper() for c in f), f))


def label_property(types: set[str]) -> ox.NamedNode:
    """The property that names an entity of these types (data model: Person, Place, Initiative)."""
    if FOAF + "Person" in types:
        return p(FOAF, "name")
    if SCHEMA + "Place" in types or KG + "Initiative" in types:
        return p(SCHEMA, "name")
    return PREF


class Registers:
    """What `id:graph/registers` already says: official names win, and nothing is said twice.
    When no registers are loaded (the graph is empty) nothing is looked up per node or triple."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.loaded = next(iter(store.quads_for_pattern(None, None, None, REGISTERS_GRAPH)), None) is not None

    def official_name(self, node: ox.NamedNode) -> str | None:
        if not self.loaded:
            return None
        found = next(iter(self.store.quads_for_pattern(node, PREF, None, REGISTERS_GRAPH)), None)
        return found.object.value if found is not None else None

    def holds(self, t: ox.Triple) -> bool:
        return self.loaded and ox.Quad(t.subject, t.predicate, t.object, REGISTERS_GRAPH) in self.store


# --- what the records of a node say together ----------------------------------------------------
#: The only statements of an attestation that its fact's shared description reads.
FACT_INPUTS = frozenset({CONFIDENCE, TITLE, FORMER, FOR_INITIATIVE})


class Tally:
    """Everything a node's shared description is derived from, without the records themselves:
    how often each (predicate, object) pair occurs over its records, how many records there are,
    and how many of them say kg:former true. Records can be added and taken away again, so a
    description is updated from the records that change, not read again from every article.
    `only`: count only these predicates (a fact's description reads just FACT_INPUTS)."""

    __slots__ = ("counts", "records", "former", "only")

    def __init__(self, only: frozenset | None = None):
        self.counts: dict[tuple, int] = {}
        self.records = self.former = 0
        self.only = only

    @classmethod
    def of(cls, records: Iterable[Record], only: frozenset | None = None) -> "Tally":
        tally = cls(only)
        for rec in records:
            tally.add(rec)
        return tally

    def add(self, record: Record, sign: int = 1) -> None:
        counts, only = self.counts, self.only
        self.records += sign
        former = False
        for pair in record:
            pr = pair[0]
            if pr == FORMER and pair[1].value == "true":
                former = True
            if only is not None and pr not in only:
                continue
            n = counts.get(pair, 0) + sign
            if n:
                counts[pair] = n
            else:
                del counts[pair]
        if former:
            self.former += sign

    def remove(self, record: Record) -> None:
        self.add(record, -1)

    def copy(self) -> "Tally":
        tally = Tally(self.only)
        tally.counts, tally.records, tally.former = dict(self.counts), self.records, self.former
        return tally

    def __len__(self) -> int:
        return len(self.counts)

    def values(self, prop: ox.NamedNode) -> list:
        return [o for pr, o in self.counts if pr == prop]

    def forms(self, prop: ox.NamedNode) -> Counter:
        """How often each lexical form of `prop`'s objects occurs."""
        out: Counter = Counter()
        for (pr, o), n in self.counts.items():
            if pr == prop:
                out[o.value] += n
        return out


# --- deriving shared descriptions ---------------------------------------------------------------
def describe_entity(node: ox.NamedNode, mentions: Sequence[Record] | Tally, official: str | None) -> list[ox.Triple]:
    """An entity's shared triples from its mentions in all articles (none when it has none)."""
    tally = mentions if isinstance(mentions, Tally) else Tally.of(mentions)
    if not tally.records:
        return []
    out: dict[ox.Triple, None] = {}
    types = {o.value for o in tally.values(STATED_TYPE)}
    names = tally.forms(NAME)
    aliases = {o.value for o in tally.values(ALIAS)}
    for t in sorted(types):
        out[ox.Triple(node, A, ox.NamedNode(t))] = None
    chosen = official or (canonical_name(names) if names else None)
    if chosen is not None and official is None:
        out[ox.Triple(node, label_property(types), ox.Literal(chosen))] = None
    for alias in sorted((set(names) | aliases) - {chosen}):
        out[ox.Triple(node, ALT, ox.Literal(alias))] = None
    for pr, o in tally.counts:
        if pr not in (STATED_TYPE, NAME, ALIAS):
            out[ox.Triple(node, pr, o)] = None
    return list(out)


def describe_fact(node: ox.NamedNode, structure: Sequence[tuple], attestations: Sequence[Record] | Tally) -> list[ox.Triple]:
    """A fact's shared triples: its structure and what its attestations say together."""
    tally = attestations if isinstance(attestations, Tally) else Tally.of(attestations, FACT_INPUTS)
    if not tally.records:
        return []
    out = [ox.Triple(node, pr, o) for pr, o in structure if pr not in DERIVED]
    best = max(tally.values(CONFIDENCE), key=lambda o: (float(o.value), o.value), default=None)
    if best is not None:
        out.append(ox.Triple(node, CONFIDENCE, best))
    titles = tally.forms(TITLE)
    if titles:
        out.append(ox.Triple(node, p(RDFS, "label"), ox.Literal(canonical_name(titles))))
    if tally.former == tally.records:  # every attestation says former
        said = sorted((o for o in tally.values(FORMER) if o.value == "true"), key=str)
        out.append(ox.Triple(node, FORMER, said[0]))
    for ini in sorted(tally.values(FOR_INITIATIVE), key=str):
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


def _only(link: ox.NamedNode) -> frozenset | None:
    return FACT_INPUTS if link == ATTESTS else None


class TallyCache:
    """The tallies of often-mentioned nodes, kept across the writes of one build.

    A role or a place named by thousands of articles would otherwise have every mention read
    again by every batch that touches it, so each batch would cost more as the store grows, in
    time and in memory. A tally is the size of what its records say differently (names, types,
    aliases), not of the number of records. Only nodes with at least `min_records` records are
    kept, and at most `max_pairs` (predicate, object) pairs in all: past that the nodes with the
    fewest records (the cheapest to read again) are dropped, so memory stays bounded however
    large the corpus. The cache follows each successful write and is emptied when one fails.
    Use one cache per writer, only while no other process writes the store.
    """

    def __init__(self, min_records: int = 16, max_pairs: int = 50_000):
        self.min_records, self.max_pairs = min_records, max_pairs
        self.entries: dict[tuple[ox.NamedNode, ox.NamedNode], Tally] = {}

    def get(self, key: tuple[ox.NamedNode, ox.NamedNode]) -> Tally | None:
        return self.entries.get(key)

    def follow(self, tallies: dict[tuple[ox.NamedNode, ox.NamedNode], Tally]) -> None:
        """Take the tallies of the nodes a successful write touched (what the store now holds)."""
        for key, tally in tallies.items():
            if tally.records >= self.min_records:
                self.entries[key] = tally
            else:
                self.entries.pop(key, None)
        self.trim()

    def trim(self) -> None:
        """Drop the entries with the fewest records until at most `max_pairs` pairs are held."""
        total = sum(map(len, self.entries.values()))
        if total <= self.max_pairs:
            return
        for key in sorted(self.entries, key=lambda k: self.entries[k].records):
            total -= len(self.entries.pop(key))
            if total <= self.max_pairs:
                return


def _record(store: ox.Store, subject: ox.NamedNode, graph: ox.NamedNode, link: ox.NamedNode) -> list:
    return [(x.predicate, x.object) for x in store.quads_for_pattern(subject, None, None, graph)
            if x.predicate not in (A, link)]


def _stored_tally(store: ox.Store, node: ox.NamedNode, link: ox.NamedNode, changed: set[str],
                  old: list[tuple[ox.NamedNode, ox.NamedNode]], cache: TallyCache | None) -> Tally:
    """The tally of `node`'s records (mentions or attestations) in every article graph but the
    `changed` ones. `old`: (graph, record subject) of its records in the changed graphs."""
    cached = cache.get((link, node)) if cache is not None else None
    if cached is not None:
        tally = cached.copy()
        for graph, subject in old:  # the versions this write replaces or drops
            tally.remove(_record(store, subject, graph, link))
        return tally
    tally = Tally(_only(link))
    for q in store.quads_for_pattern(None, link, node, None):
        if q.graph_name.value not in changed:
            tally.add(_record(store, q.subject, q.graph_name, link))
    return tally


def _touched(store: ox.Store, graphs: Iterable[str], link: ox.NamedNode) -> dict:
    """node -> [(graph, record subject)] of the records in the stored versions of `graphs`."""
    out: dict = defaultdict(list)
    for g in graphs:
        graph = ox.NamedNode(g)
        for q in store.quads_for_pattern(None, link, None, graph):
            out[q.object].append((graph, q.subject))
    return out


def shared_descriptions(store: ox.Store, changes: Sequence[Change], cache: TallyCache | None = None,
                        tallies: dict | None = None) -> tuple[set, list[ox.Triple]]:
    """(touched nodes, their new shared triples) once `changes` are applied.

    `tallies`, when given, is filled with the touched nodes' tallies after the changes:
    (link, node) -> Tally (what `TallyCache.follow` takes once the write succeeded).
    """
    changed = {iri for iri, _ in changes}
    tallies = {} if tallies is None else tallies
    new: dict = {}  # (link, node) -> the changes' own records
    structure: dict = {}
    for iri, rdf in changes:
        if rdf is None:
            continue
        mentions, attestations = _records_in(rdf.graph)
        for link, records in ((MENTION_OF, mentions), (ATTESTS, attestations)):
            for node, rec in records.items():
                new.setdefault((link, node), []).append(rec)
        for fact, pos in rdf.facts.items():
            structure.setdefault(fact, pos)
    old = {MENTION_OF: _touched(store, changed, MENTION_OF), ATTESTS: _touched(store, changed, ATTESTS)}
    entities = set(old[MENTION_OF]) | {n for link, n in new if link == MENTION_OF}
    facts = set(old[ATTESTS]) | {n for link, n in new if link == ATTESTS}

    def tally(link: ox.NamedNode, node: ox.NamedNode) -> Tally:
        t = _stored_tally(store, node, link, changed, old[link].get(node, ()), cache)
        for rec in new.get((link, node), ()):
            t.add(rec)
        tallies[(link, node)] = t
        return t

    registers = Registers(store)
    out: list[ox.Triple] = []
    for node in sorted(entities, key=lambda n: n.value):
        out += describe_entity(node, tally(MENTION_OF, node), registers.official_name(node))
    for node in sorted(facts, key=lambda n: n.value):
        known = structure.get(node) or [(q.predicate, q.object)
                                         for q in store.quads_for_pattern(node, None, None, ENTITIES_GRAPH)]
        out += describe_fact(node, known, tally(ATTESTS, node))
    out = [t for t in dict.fromkeys(out) if not registers.holds(t)]
    return entities | facts, out


# --- writing --------------------------------------------------------------------------------------
def _nt(t: ox.Triple | ox.Quad) -> str:
    return f"{t.subject} {t.predicate} {t.object} ."


def write_articles(store: ox.Store, changes: Sequence[Change], cache: TallyCache | None = None) -> int:
    """Replace (or, for None, drop) each article graph and rewrite the shared descriptions of
    every entity and fact they touch, before and after, in one transaction.

    `cache` (optional, one per writer) saves re-reading the mentions of popular nodes.
    Returns the number of triples written to the article graphs.
    """
    if not changes:
        return 0
    tallies: dict = {}
    touched, new_shared = shared_descriptions(store, changes, cache, tallies)
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
        cache.follow(tallies)
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


__all__ = ["write_articles", "TallyCache", "Tally", "shared_descriptions", "describe_entity", "describe_fact", "canonical_name",
           "rebuild_shared", "Registers", "ENTITIES_GRAPH", "REGISTERS_GRAPH"]
