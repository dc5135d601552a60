"""The shared graph (kg.rdf.shared): one description per entity and fact, derived from every article's
mentions and attestations, rewritten with the article graphs in one transaction."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from kg.articles import Article
from kg.facts import ArticleFacts, Evidence, Organisation, Person, Post
from kg.rdf.mapping import article_rdf
from kg.rdf.shared import TallyCache, canonical_name, write_articles
from kg.rdf.vocab import ENTITIES_GRAPH, PREFIXES, REGISTERS_GRAPH, mint

FOAF, SKOS, KG, ORG = PREFIXES["foaf"], PREFIXES["skos"], PREFIXES["kg"], PREFIXES["org"]


def news(key: str, person: str, org: str, role: str = "Chief Executive", confidence: float = 0.8,
         when: date = date(2023, 5, 1)) -> tuple[str, object]:
    """One article saying `person` is `role` of `org`."""
    sentence = f"{person}, {role.lower()} of {org}, said the plans were agreed."
    facts = ArticleFacts(people={person: Person(person)},
                         organisations={org: Organisation(org, set(), "LocalAuthority", None)},
                         posts=[Post(person, org, role.lower(), role, Evidence(sentence, 0, len(sentence)),
                                     confidence=confidence)])
    article = Article(text=sentence, source=f"{key}.txt", key=key, title=key, date=when)
    return article.iri, article_rdf(article, facts)


def objects(store: ox.Store, s: ox.NamedNode, p: str, graph=None) -> list[str]:
    return sorted(q.object.value for q in store.quads_for_pattern(s, ox.NamedNode(p), None, graph))


def count_union(store: ox.Store) -> tuple[int, int]:
    rows = lambda q: int(next(iter(store.query(q, use_default_graph_as_union=True)))["n"].value)  # noqa: E731
    return (rows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
            rows("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"))


def test_canonical_name_is_the_most_frequent_form_then_the_one_with_more_capitals():
    assert canonical_name(["Jane Mcadam", "Jane Mcadam", "Jane McAdam"]) == "Jane Mcadam"
    assert canonical_name(["Jane Mcadam", "Jane McAdam"]) == "Jane McAdam"
    assert canonical_name(["I-Care", "i-Care"]) == "I-Care"
    assert canonical_name(["b", "a"]) == "a"  # then code-point order: never depends on input order


def test_two_spellings_give_one_name_and_an_alias():
    store = ox.Store()
    write_articles(store, [news("a1", "Jane McAdam", "Walsall Council"), news("a2", "Jane Mcadam", "Walsall Council"),
                           news("a3", "Jane McAdam", "Walsall Council")])
    jane = mint("person", "Jane McAdam")
    assert objects(store, jane, FOAF + "name") == ["Jane McAdam"]
    assert objects(store, jane, SKOS + "altLabel") == ["Jane Mcadam"]
    post = mint("membership", "Jane McAdam", "Walsall Council", "Chief Executive")
    assert len(objects(store, post, PREFIXES["prov"] + "wasDerivedFrom")) == 3  # one node, three articles
    total, distinct = count_union(store)
    assert total == distinct


def test_replacing_and_dropping_articles_keeps_only_what_some_article_supports():
    store = ox.Store()
    write_articles(store, [news("a1", "Jane McAdam", "Walsall Council", confidence=0.9),
                           news("a2", "Jane McAdam", "Walsall Council", confidence=0.6)])
    post = mint("membership", "Jane McAdam", "Walsall Council", "Chief Executive")
    assert objects(store, post, KG + "confidence") == ["0.9"]  # the maximum of its attestations

    # a1 now says something else: the post keeps a2's support and confidence, a1's new post appears
    write_articles(store, [news("a1", "Jane McAdam", "Walsall Council", role="Chair", confidence=0.7)])
    assert objects(store, post, KG + "confidence") == ["0.6"]
    assert objects(store, mint("membership", "Jane McAdam", "Walsall Council", "Chair"), KG + "confidence") == ["0.7"]

    write_articles(store, [(news("a2", "x", "y")[0], None)])  # prune a2
    assert list(store.quads_for_pattern(post, None, None, None)) == []
    write_articles(store, [(news("a1", "x", "y")[0], None)])  # and a1: nothing is left at all
    assert list(store.quads_for_pattern(None, None, None, ENTITIES_GRAPH)) == []
    assert len(store) == 0


def test_the_registers_name_wins_and_registers_triples_are_not_repeated():
    store = ox.Store()
    council = mint("org", "Walsall Council")
    registers = [(council, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Walsall Council")),
                 (council, ox.NamedNode(PREFIXES["rdf"] + "type"), ox.NamedNode(ORG + "Organization")),
                 (council, ox.NamedNode(ORG + "identifier"), ox.Literal("E08000030"))]
    store.extend(ox.Quad(s, p, o, REGISTERS_GRAPH) for s, p, o in registers)
    write_articles(store, [news("a1", "Jane McAdam", "Walsall council"), news("a2", "Sam Reid", "Walsall council")])

    assert objects(store, council, SKOS + "prefLabel", ENTITIES_GRAPH) == []  # the official name is the name
    assert objects(store, council, SKOS + "prefLabel") == ["Walsall Council"]
    assert objects(store, council, SKOS + "altLabel", ENTITIES_GRAPH) == ["Walsall council"]
    assert objects(store, council, PREFIXES["rdf"] + "type", ENTITIES_GRAPH) == [KG + "LocalAuthority"]
    total, distinct = count_union(store)
    assert total == distinct


class CountingStore:
    """A store that records its updates: every write must be a single SPARQL update (one transaction)."""

    def __init__(self, store: ox.Store):
        self.store, self.updates = store, []

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __contains__(self, quad) -> bool:
        return quad in self.store

    def update(self, text: str) -> None:
        self.updates.append(text)
        self.store.update(text)


def test_article_graphs_and_shared_graph_change_in_one_update():
    store = ox.Store()
    write_articles(store, [news("a1", "Jane McAdam", "Walsall Council"), news("a2", "Sam Reid", "Walsall Council")])
    counting = CountingStore(store)
    write_articles(counting, [news("a1", "Jane McAdam", "Walsall Council", role="Chair"),
                              (news("a2", "x", "y")[0], None)])
    (update,) = counting.updates
    assert "DROP SILENT GRAPH" in update and str(ENTITIES_GRAPH) in update
    assert objects(store, mint("person", "Sam Reid"), FOAF + "name") == []  # gone with a2


def test_registers_loaded_after_the_articles_take_effect_on_rebuild_shared():
    from kg.rdf.shared import rebuild_shared

    store = ox.Store()
    write_articles(store, [news("a1", "Jane McAdam", "Walsall council")])
    council = mint("org", "Walsall Council")
    before = set(store)
    rebuild_shared(store)
    assert set(store) == before  # nothing changes without new information
    store.add(ox.Quad(council, ox.NamedNode(SKOS + "prefLabel"), ox.Literal("Walsall Council"), REGISTERS_GRAPH))
    rebuild_shared(store)
    assert objects(store, council, SKOS + "prefLabel") == ["Walsall Council"]
    assert objects(store, council, SKOS + "altLabel") == ["Walsall council"]
    post = mint("membership", "Jane McAdam", "Walsall Council", "Chief Executive")
    assert objects(store, post, KG + "confidence") == ["0.8"]  # facts survive the rebuild


def test_a_tally_cache_bounded_below_the_corpus_writes_what_no_cache_writes():
    """Batches touching two often-mentioned councils: a cache too small to hold both tallies
    drops entries and reads them again, and the store ends as it does without a cache."""
    towns = ["Walsall", "Dudley", "Sandwell", "Wolverhampton", "Solihull", "Coventry"]
    batches = [[news(f"a{i}{j}", f"Person {i}{j}", f"{towns[j % 2]} Council") for j in range(4)] for i in range(6)]
    batches.append([(news("a00", "x", "y")[0], None), news("a11", "Person 11", "Coventry Council")])
    plain, cached = ox.Store(), ox.Store()
    cache, held = TallyCache(min_records=2, max_pairs=6), set()
    for batch in batches:
        write_articles(plain, batch)
        write_articles(cached, batch, cache)
        assert sum(map(len, cache.entries.values())) <= 6
        held |= set(cache.entries)
    assert set(plain) == set(cached)
    assert held and not set(cache.entries) >= held  # entries were kept, and some dropped again


def test_a_tally_that_loses_records_describes_what_the_remaining_records_describe():
    """Replacing an article takes its records out of a node's tally: the description is then the
    one derived from the other articles' records, names, confidence and kg:former included."""
    from kg.rdf.shared import FORMER, Tally, describe_entity, describe_fact

    name, alias, conf, title = (ox.NamedNode(KG + x) for x in ("name", "alias", "confidence", "title"))
    lit = ox.Literal
    true = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    dec = lambda v: ox.Literal(v, datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))  # noqa: E731
    node = mint("person", "Jane McAdam")
    mentions = [[(name, lit("Jane Mcadam"))], [(name, lit("Jane Mcadam")), (alias, lit("JM"))],
                [(name, lit("Jane McAdam"))], [(name, lit("Jane McAdam"))]]
    tally = Tally.of(mentions)
    for gone in (mentions[2], mentions[3]):
        tally.remove(gone)
    assert describe_entity(node, tally, None) == describe_entity(node, mentions[:2], None)
    pref = ox.NamedNode(SKOS + "prefLabel")
    assert ox.Triple(node, pref, lit("Jane Mcadam")) in describe_entity(node, tally, None)
    assert ox.Triple(node, pref, lit("Jane McAdam")) in describe_entity(node, Tally.of(mentions), None)

    fact = mint("membership", "Jane McAdam", "Walsall Council", "Chair")
    attestations = [[(conf, dec("0.9")), (title, lit("chair")), (FORMER, true)],
                    [(conf, dec("0.6")), (title, lit("Chair")), (FORMER, true)],
                    [(conf, dec("0.7")), (title, lit("Chair"))]]
    tally = Tally.of(attestations, only=frozenset({conf, title, FORMER}))
    tally.remove(attestations[2])
    tally.remove(attestations[0])
    described = describe_fact(fact, [], tally)
    assert set(described) == set(describe_fact(fact, [], attestations[1:2]))
    assert ox.Triple(fact, FORMER, true) in described and ox.Triple(fact, conf, dec("0.6")) in described
