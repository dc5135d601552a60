"""Every saved query on a 1,000-article synthetic graph, its row count checked against an
independent computation in Python from the generator's facts (tests/data/synthetic.py).

The graph is written once per session, straight from facts through kg.rdf.mapping and kg.rdf.shared
(no spaCy). The expected counts below never read RDF: they follow the data model's identity
rules (an entity is its kind and slugged canonical name, a fact its parts) over the facts.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import run_query
from kg.rdf.mapping import ORG_KIND_CLASS, head_titles, unnamed_partnership_label
from kg.rdf.vocab import slug

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
from synthetic import make_corpus, write_corpus  # noqa: E402

N_ARTICLES = 1000
QUERIES = Path(__file__).resolve().parent.parent / "queries"
WINS = {"won", "joint_winner"}


class Expected:
    """Facts of the corpus keyed by identity, and what each saved query must return."""

    def __init__(self, corpus):
        self.corpus = corpus
        self.posts: dict[str, dict] = {}      # article -> {post key: post}
        self.awards: dict[str, dict] = {}
        self.statements: dict[str, dict] = {}
        self.quotes: dict[str, dict] = {}
        self.names: dict[tuple, set[str]] = defaultdict(set)   # entity -> every label (names, aliases)
        self.types: dict[tuple, set[str]] = defaultdict(set)   # entity -> types
        self.places: dict[tuple, set[str]] = defaultdict(set)  # org -> places served
        self.members: dict[tuple, set[tuple]] = defaultdict(set)  # partnership -> member orgs
        self.mentions: set[tuple] = set()                      # (article, entity)
        self.initiatives_of: dict[tuple, set[tuple]] = defaultdict(set)  # award result -> initiatives
        for article, facts in corpus:
            self._read(article.iri, facts)

    def _entity(self, article: str, kind: str, name: str, *types: str) -> tuple:
        e = (kind, slug(name))
        self.names[e].add(name)
        self.types[e].update(types)
        self.mentions.add((article, e))
        return e

    def _read(self, a: str, f) -> None:
        person = lambda n: self._entity(a, "person", n, "Person")  # noqa: E731
        org = lambda n: self._entity(a, "org", n, "Organization")  # noqa: E731
        for p in f.people.values():
            person(p.name)
        for o in f.organisations.values():
            e = org(o.name)
            if o.kind in ORG_KIND_CLASS:
                self.types[e].add(ORG_KIND_CLASS[o.kind].value)
            self.names[e].update(o.aliases)
            if o.place:
                self.places[e].add(o.place)
                self._entity(a, "place", o.place, "Place")
        self.posts[a], self.awards[a], self.statements[a], self.quotes[a] = {}, {}, {}, {}
        for x in f.posts:
            key = (person(x.person), org(x.organisation), self._entity(a, "role", x.role, "Role"))
            self.posts[a][key] = x
        for x in f.partnerships:
            label = x.name or unnamed_partnership_label(x.members)
            p = org(label)
            self.types[p].add(ORG_KIND_CLASS["Partnership"].value)
            members = frozenset(org(m) for m in x.members)
            self.members[p] |= members
            self.statements[a][(p, members)] = x
        for x in f.awards:
            award = self._entity(a, "award", x.award, "Award")
            self._entity(a, "scheme", x.scheme, "AwardScheme")
            key = (org(x.recipient), award, x.year, x.outcome)
            self.awards[a][key] = x
            if x.initiative:  # a result's initiatives are those any article names for it
                self.initiatives_of[key].add(self._entity(a, "initiative", x.initiative, "Initiative"))
        for x in f.initiatives:
            self._entity(a, "initiative", x.name, "Initiative")
            for m in x.led_by:
                org(m)
        for x in f.quotations:
            self.quotes[a][(person(x.speaker), x.text)] = x

    # --- helpers ---------------------------------------------------------------------------
    def attested(self, which: dict) -> list[tuple[str, tuple]]:
        return [(a, key) for a, facts in which.items() for key in facts]

    def distinct(self, which: dict) -> set:
        return {key for facts in which.values() for key in facts}

    def of_kind(self, kind: str) -> list[tuple]:
        return [e for e in self.names if e[0] == kind]

    def persons_at(self) -> dict[tuple, set]:
        out = defaultdict(set)
        for p, o, _ in self.distinct(self.posts):
            out[o].add(p)
        return out

    # --- one method per saved query: its row count with default parameters ------------------
    def articles(self):
        return len(self.corpus)

    def articles_mentioning(self):
        return len(self.mentions)

    def award_results(self):
        return len(self.attested(self.awards))  # every award belongs to exactly one scheme here

    def changes_between(self):
        return sum(len(self.attested(x)) for x in (self.posts, self.awards, self.statements, self.quotes))

    def entity_facts(self):
        links = len(self.attested(self.posts)) * 3  # member, organization, role
        links += sum(3 + len(self.initiatives_of[key]) for _, key in self.attested(self.awards))
        links += sum(1 + len(key[1]) for _, key in self.attested(self.statements))
        return links + len(self.attested(self.quotes))  # creator

    def find_entity(self):
        # a row per label per type (people: foaf:Person, the query leaves schema:Person out)
        return sum(len(self.names[e]) * len(self.types[e]) for e in self.names)

    def heads_of_organisations(self):
        heads = {(p, o) for a, facts in self.posts.items() for (p, o, _), x in facts.items()
                 if not x.former and any(x.role.lower() == h or x.role.lower().endswith(" " + h) for h in head_titles())}
        posts = self.distinct(self.posts)
        return sum(max(1, sum(1 for (pp, oo, _) in posts if (pp, oo) == (p, o))) for p, o in heads)

    def initiatives(self):
        return len(self.of_kind("initiative"))

    def interlocks(self):
        orgs = defaultdict(set)
        for p, o, _ in self.distinct(self.posts):
            orgs[p].add(o)
        return sum(len(v) >= 2 for v in orgs.values())

    def low_confidence_facts(self):
        which = (self.posts, self.awards, self.statements, self.quotes)
        return sum(x.confidence < 0.6 for d in which for facts in d.values() for x in facts.values())

    def most_quoted(self):
        return len({p for p, _ in self.distinct(self.quotes)})

    def organisation_awards(self):
        return sum(1 + len(self.members.get(key[0], ())) for _, key in self.attested(self.awards))

    def organisations_by_kind(self):
        return sum(max(1, len(self.types[e] - {"Organization"})) * max(1, len(self.places[e]))
                   for e in self.of_kind("org"))

    def partnership_members(self):
        return sum(len(m) for m in self.members.values())

    def people_honorifics(self):
        return len(self.of_kind("person"))

    def person_connections(self):
        at = self.persons_at()
        rows = {(p1, "colleague", p2, o) for o, people in at.items() for p1 in people for p2 in people if p1 != p2}
        for p, members in self.members.items():
            for o1 in members:
                for o2 in members - {o1}:
                    rows |= {(p1, "partner", p2, p) for p1 in at[o1] for p2 in at[o2] if p1 != p2}
        return len(rows)

    def person_posts(self):
        return len(self.attested(self.posts))

    posts_at_organisation = person_posts

    def quotations(self):
        return len(self.attested(self.quotes))

    def shortlisted_never_won(self):
        results = self.distinct(self.awards)
        winners = {key[0] for key in results if key[3] in WINS}
        return sum(key[3] in {"shortlisted", "finalist", "highly_commended"} and key[0] not in winners
                   for key in results)

    def top_partnering_organisations(self):
        return len(set().union(*self.members.values()))

    # The synthetic corpus loads no official registers, so the register queries (tested on the
    # real registers in test_registers_*.py) must return nothing here, not rows from articles.
    def lineage(self) -> int:
        return 0

    def organisation_codes(self) -> int:
        return 0

    def what_became_of(self) -> int:
        return 0


@pytest.fixture(scope="session")
def synthetic():
    """(store, expected) for the 1,000-article corpus; the store is in memory and read-only by convention."""
    _, corpus = make_corpus(N_ARTICLES)
    store = ox.Store()
    write_corpus(store, corpus)
    return store, Expected(corpus)


SAVED = sorted(p.stem for p in QUERIES.glob("*.rq"))



def test_every_saved_query_has_an_expected_count():
    assert all(hasattr(Expected, name.replace("-", "_")) for name in SAVED)


@pytest.mark.parametrize("name", SAVED)
def test_saved_query_row_count_matches_the_facts(synthetic, name):
    store, expected = synthetic
    result = run_query(name, store, limit=None, timeout=None)
    assert len(result.rows) == getattr(expected, name.replace("-", "_"))()


def test_the_union_is_a_set(synthetic):
    """No triple is stored in two graphs: counting the union equals counting distinct triples."""
    store, _ = synthetic
    count = lambda q: int(next(iter(store.query(q, use_default_graph_as_union=True)))["n"].value)  # noqa: E731
    total = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert total == count("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert total == len({(q.subject, q.predicate, q.object) for q in store})


def test_one_name_per_entity_even_when_articles_spell_it_differently(synthetic):
    store, expected = synthetic
    spelled_two_ways = [e for e in expected.of_kind("person") if len(expected.names[e]) > 1]
    assert spelled_two_ways  # the generator misspells "Mc" names now and then
    rows = list(store.query("""
        PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?x WHERE { { ?x foaf:name ?n } UNION { ?x skos:prefLabel ?n } } GROUP BY ?x HAVING (COUNT(?n) > 1)""",
                             use_default_graph_as_union=True))
    assert rows == []


def test_the_synthetic_graph_conforms_to_the_shapes(synthetic):
    """`kg validate` on 1,000 articles: one name per entity, every fact attested, offsets per article."""
    from kg.resources import ontology_file
    from kg.rdf.store import load_ontology
    from kg.rdf.validate import load_shapes, store_union_graph, validate_graph

    store, _ = synthetic
    copy = ox.Store()
    copy.extend(store)
    load_ontology(copy, ontology_file())
    conforms, found = validate_graph(store_union_graph(copy), load_shapes(None))
    assert conforms, [v.line() for v in found[:5]]
