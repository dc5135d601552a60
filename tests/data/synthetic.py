"""A deterministic synthetic news corpus: N articles of news-like facts with overlapping entities.

Used to test the saved queries on a 1,000-article graph and to benchmark them at 10,000
(benchmarks/bench_queries.py). Articles are made as `kg.facts.ArticleFacts` directly (no text,
no spaCy) and mapped by kg.rdf.mapping / written by kg.rdf.shared exactly as a build would.

The world is fixed by the seed: a pool of people, each holding one or two posts at
organisations, organisations with a kind, place and acronym, partnerships of organisations,
awards in schemes with recipients and outcomes, and a stock of quotations. Each article
restates a few of these facts (so the same post or award result is reported by many articles)
and, now and then, spells a name differently ("Jane McAdam" / "Jane Mcadam"), so that the
layout's one-node-per-fact and one-canonical-name rules are exercised at scale.

    python tests/data/synthetic.py 1000 /tmp/synthetic-store   # write a store
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kg.articles import Article
from kg.facts import (ArticleFacts, AwardResult, Evidence, Initiative, Organisation, Partnership, Person, Post,
                      Quotation)

FIRST = ("Jane Alex Sam Priya Tom Aisha Mark Ruth Owen Grace Imran Lucy David Fiona Kwame Helen Rhys Nadia "
         "Paul Sarah Ben Chloe Hamid Moira Ian Joy Neil Tara Omar Beth").split()
LAST = ("McAdam McLellan Norris Bacon Patel Jones Okafor Evans Hughes Khan Murphy Clarke Shaw Reid Walsh "
        "MacLeod Price Lewis Ahmed Brennan Doyle Fraser Gill Hart Lowe Moss Nash Quinn Rowe Stone").split()
PLACES = ("Ashby Barford Calder Denholm Eastleigh Fairburn Glenmoor Harwick Ironbridge Kelsall Langmere "
          "Marsden Northam Oakford Penrith Redcliffe Selworth Thornbury Upton Wexcombe").split()
KINDS = [("{} City Council", "LocalAuthority"), ("{} NHS Foundation Trust", "NHSTrust"),
         ("NHS {} Clinical Commissioning Group", "CCG"), ("{} Integrated Care Board", "ICB"),
         ("{} Voluntary Action", "Voluntary")]
ROLES = [("Chief Executive", "chief executive"), ("Chair", "chair"), ("Director of Nursing", "director of nursing"),
         ("Medical Director", "medical director"), ("Leader", "council leader"), ("Finance Director", "finance director"),
         ("Programme Manager", "programme manager")]
AWARDS = ["Place Based Partnership Award", "Digital Innovation Award", "Patient Safety Award", "Workforce Award",
          "Community Care Award", "Integrated Care Award", "Mental Health Award", "Primary Care Award"]
SCHEMES = ["HSJ Awards", "Nursing Times Awards", "NHS Wales Awards"]
OUTCOMES = ["won", "shortlisted", "highly_commended", "finalist", "joint_winner"]
SAYINGS = ["This is great news for {}.", "We are delighted for everyone in {}.", "Partnership works in {}.",
           "The award recognises years of work in {}.", "Patients in {} will feel the difference."]


@dataclass
class World:
    """Everything true in the synthetic world; articles report parts of it."""
    people: list[str] = field(default_factory=list)
    prefixes: dict[str, list[str]] = field(default_factory=dict)
    orgs: list[Organisation] = field(default_factory=list)
    posts: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # person -> (org, role, title)
    partnerships: list[tuple[str | None, list[str]]] = field(default_factory=list)
    results: list[tuple[str, str, str, int, str | None]] = field(default_factory=list)  # recipient, award, outcome, year, initiative
    quotes: list[tuple[str, str]] = field(default_factory=list)  # speaker, text


def variant(name: str) -> str:
    """A plausible misspelling that mints the same IRI: 'Jane McAdam' -> 'Jane Mcadam'."""
    return " ".join(w[:2] + w[2:].lower() if w.startswith(("Mc", "Mac")) else w for w in name.split())


def make_world(n_articles: int, seed: int = 14) -> World:
    rng = random.Random(seed)
    w = World()
    n_people = max(40, n_articles // 2)
    seen = set()
    while len(w.people) < n_people:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if len(seen) >= len(FIRST) * len(LAST):
            break
        if name in seen:
            name = f"{name.split()[0]} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {name.split()[1]}"
            if name in seen:
                continue
        seen.add(name)
        w.people.append(name)
        w.prefixes[name] = rng.choice([[], [], ["Dr"], ["Cllr"], ["Prof"]])
    places = list(PLACES) + [f"{a} {b}" for a in ("North", "South", "East", "West") for b in PLACES]
    n_orgs = max(20, n_articles // 5)
    for i in range(n_orgs):
        pattern, kind = KINDS[i % len(KINDS)]
        place = places[(i // len(KINDS)) % len(places)]
        suffix = "" if i < len(KINDS) * len(places) else f" {i}"
        name = pattern.format(place) + suffix
        acronym = "".join(x[0] for x in name.split() if x[0].isupper())
        w.orgs.append(Organisation(name, {acronym} if len(acronym) >= 3 else set(), kind, place))
    org_names = [o.name for o in w.orgs]
    for person in w.people:
        w.posts[person] = []
        for _ in range(rng.choice([1, 1, 2])):
            role, title = rng.choice(ROLES)
            w.posts[person].append((rng.choice(org_names), role, title))
    for i in range(max(10, n_articles // 20)):
        members = rng.sample(org_names, rng.choice([2, 3]))
        name = None if i % 3 == 0 else f"{w.orgs[org_names.index(members[0])].place} Together {i}"
        w.partnerships.append((name, members))
    for i in range(max(20, n_articles // 4)):
        recipient = rng.choice(org_names + [p for p, _ in w.partnerships if p])
        initiative = f"{recipient.split()[0]} Care Programme" if i % 5 == 0 else None
        w.results.append((recipient, rng.choice(AWARDS), rng.choice(OUTCOMES), rng.choice(range(2015, 2024)),
                          initiative))
    for person in w.people[: n_people // 2]:
        w.quotes.append((person, rng.choice(SAYINGS).format(rng.choice(places))))
    return w


def award_scheme(award: str) -> str:
    return SCHEMES[AWARDS.index(award) % len(SCHEMES)]


def org_named(w: World, name: str) -> Organisation:
    return next(o for o in w.orgs if o.name == name)


def make_article(w: World, i: int, rng: random.Random) -> tuple[Article, ArticleFacts]:
    f = ArticleFacts()
    day = date(2016, 1, 1) + timedelta(days=i % 2500)
    sentence = lambda text: Evidence(text, 40 * len(f.posts), 40 * len(f.posts) + len(text))  # noqa: E731

    def person(name: str) -> str:
        written = variant(name) if rng.random() < 0.15 else name
        f.people.setdefault(written, Person(written, list(w.prefixes[name])))
        return written

    def org(name: str) -> str:
        if name in f.organisations:
            return name
        known = next((o for o in w.orgs if o.name == name), None)
        if known is not None:
            aliases = set(known.aliases) if rng.random() < 0.5 else set()
            f.organisations[name] = Organisation(name, aliases, known.kind, known.place)
        else:  # a named partnership
            f.organisations[name] = Organisation(name, set(), "Partnership")
        return name

    for name in rng.sample(w.people, 3):
        org_name, role, title = rng.choice(w.posts[name])
        former = rng.random() < 0.2
        text = f"{name}, {'former ' if former else ''}{title} of {org_name}, spoke on {day}."
        f.posts.append(Post(person(name), org(org_name), ("former " if former else "") + title, role, sentence(text),
                            former=former, confidence=rng.choice([0.5, 0.7, 0.85, 0.9])))
    if rng.random() < 0.5:
        pname, members = rng.choice(w.partnerships)
        for m in members:
            org(m)
        if pname:
            org(pname)
        f.partnerships.append(Partnership(pname, list(members), sentence(f"{' and '.join(members)} work together."),
                                          confidence=rng.choice([0.55, 0.7])))
    for _ in range(rng.choice([0, 1, 1, 2])):
        recipient, award, outcome, year, initiative = rng.choice(w.results)
        org(recipient)
        f.awards.append(AwardResult(recipient, award, outcome, sentence(f"{recipient} {outcome} the {award}."),
                                    scheme=award_scheme(award), year=year, initiative=initiative, confidence=0.75))
        if initiative:
            f.initiatives.append(Initiative(initiative, [recipient]))
    if rng.random() < 0.6:
        speaker, text = rng.choice(w.quotes)
        f.quotations.append(Quotation(person(speaker), text, sentence(f'{speaker} said: "{text}"')))
    article = Article(text=f"synthetic article {i}", source=f"synthetic/{i:05d}.txt", key=f"synthetic-{i:05d}",
                      title=f"Synthetic news {i}", date=day)
    return article, f


def make_corpus(n_articles: int, seed: int = 14) -> tuple[World, list[tuple[Article, ArticleFacts]]]:
    """The world and `n_articles` articles reporting on it; the same arguments, the same corpus."""
    w = make_world(n_articles, seed)
    rng = random.Random(seed + 1)
    return w, [make_article(w, i, rng) for i in range(n_articles)]


def write_corpus(store, corpus: list[tuple[Article, ArticleFacts]], batch: int = 64) -> None:
    """Map and write the articles as `kg build` does (article graphs + shared graph), in batches."""
    from kg.rdf.mapping import article_rdf
    from kg.rdf.shared import TallyCache, write_articles

    cache = TallyCache()
    for start in range(0, len(corpus), batch):
        write_articles(store, [(a.iri, article_rdf(a, f)) for a, f in corpus[start:start + batch]], cache)


def write_synthetic_store(n: int, path: Path) -> int:
    """A store at `path` holding the ontology and the n-article corpus; its number of quads."""
    from kg.resources import ontology_file
    from kg.rdf.store import load_ontology, open_store

    _, corpus = make_corpus(n)
    store = open_store(path)
    load_ontology(store, ontology_file())
    write_corpus(store, corpus)
    store.flush()
    quads = len(store)
    del store
    return quads


def main(argv: list[str]) -> None:
    import time

    n, path = int(argv[0]), Path(argv[1])
    started = time.perf_counter()
    quads = write_synthetic_store(n, path)
    print(f"wrote {n} synthetic articles to {path} ({quads} quads) in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
