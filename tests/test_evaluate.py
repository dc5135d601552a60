"""`kg eval`: the scoring rules of tests/gold/SCHEMA.md, on hand-made structures and end to end."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.articles import Article
from kg.cli import cli
from kg.evaluate import (AwardFact, EvalError, Facts, GoldFile, Names, Org, PartnershipFact, PostFact, Score,
                         ArticleGraph, award_similarity, evaluate_store, facts_from_graph, find_article,
                         format_report, match_one_to_one, normalise_name, role_similarity, score_article)
from kg.facts import ArticleFacts, AwardResult, Evidence, Organisation, Partnership, Person, Post
from kg.rdf.mapping import article_rdf
from kg.rdf.shared import write_articles
from kg.rdf.store import open_store
from kg.rdf.vocab import slug

GOLD = Path(__file__).resolve().parent / "gold"
KINDS = ("people", "organisations", "posts", "partnerships", "awards")


# --- normalisation ---------------------------------------------------------------------------
@pytest.mark.parametrize("raw,expected", [
    ("Cllr Alex Norris", "alex norris"),
    ("Professor Sir Bruce Keogh KBE", "bruce keogh"),
    ("Dr. Sarah  Zaidi", "sarah zaidi"),
    ("Shona Robison MSP", "shona robison"),
    ("The King's Fund", "kings fund"),
    ("the Health Service Journal", "health service journal"),
    ("NHS Ayrshire & Arran", "nhs ayrshire and arran"),
    ("Person-centred   care", "person centred care"),
    ("Dr", "dr"),  # a bare honorific is kept rather than emptied
])
def test_normalise_name(raw, expected):
    assert normalise_name(raw) == expected


@pytest.mark.parametrize("gold,predicted,matches", [
    ("Chief Executive", ["chief executive officer"], True),           # 2/3
    ("Director", ["Director of Finance"], True),                      # 1/2, "of" ignored: exactly 0.5
    ("Director of Primary Care", ["Medical Director"], False),        # 1/4
    ("Chair", ["Chief Executive"], False),
    ("Editor", ["", "editor of the HSJ"], True),                      # best of the wordings: 1/2
    ("Portfolio Holder for Adults and Health", ["portfolio holder"], True),  # 2/4
    ("Portfolio Holder for Adults and Health", ["holder"], False),    # 1/4
])
def test_role_jaccard_threshold(gold, predicted, matches):
    assert (role_similarity(gold, predicted) >= 0.5) is matches


@pytest.mark.parametrize("gold,predicted,matches", [
    ("Place Based Partnership and Integrated Care Award", "Place Based Partnership and Integrated Care", True),
    ("Integration Pioneer", "Pioneer", True),                      # containment
    ("ICS of the Year", "ICS of the Year Award", True),
    ("Integration Pioneer", "Award", False),                       # "award" alone says nothing
    ("Managing Long Term Conditions", "Improving Care with Technology", False),
    ("Pioneer status", "Integration Pioneer", False),              # 1/3, neither contains the other
])
def test_award_matching(gold, predicted, matches):
    assert (award_similarity(gold, predicted) is not None) is matches


# --- alias mapping ---------------------------------------------------------------------------
def test_gold_aliases_and_predicted_altlabels_map_to_one_name():
    gold = [Org("Nottingham City Clinical Commissioning Group", ["Nottingham City CCG"]),
            Org("Health Service Journal", ["HSJ", "the Health Service Journal"])]
    predicted = [Org("Nottingham City CCG"),  # prefLabel is a gold alias
                 Org("HSJ Ltd", ["Health Service Journal"]),  # an altLabel is the gold name
                 Org("Walsall Together", ["WT"])]  # unknown to gold: its own prefLabel
    names = Names(gold, predicted)
    assert names.predicted_key(predicted[0]) == "nottingham city clinical commissioning group"
    assert names.predicted_key(predicted[1]) == "health service journal"
    assert names.key("the HSJ") == "health service journal"
    assert names.key("HSJ Ltd") == "health service journal"
    assert names.key("WT") == "walsall together"


def test_an_alias_two_gold_organisations_share_maps_to_neither():
    names = Names([Org("East Ayrshire Council", ["the council"]), Org("North Ayrshire Council", ["the council"])])
    assert names.key("The Council") == "council"
    assert names.key("East Ayrshire Council") == "east ayrshire council"


# --- matching and counts ---------------------------------------------------------------------
def test_matching_is_one_to_one_and_prefers_the_best_pair():
    pairs = match_one_to_one(["chief executive"], ["chief executive officer", "chief executive"],
                             lambda g, p: role_similarity(g, [p]) or None)
    assert pairs == [(0, 1)]
    assert match_one_to_one(["a", "a"], ["a"], lambda g, p: 1.0 if g == p else None) == [(0, 0)]


def test_empty_kinds_score_perfect_only_when_both_sides_are_empty():
    assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)
    assert Score(fn=2).f1 == 0.0 and Score(fp=1).f1 == 0.0
    s = Score(tp=3, fp=1, fn=2)
    assert (s.precision, s.recall) == (0.75, 0.6) and s.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def gold_facts() -> Facts:
    return Facts(
        people=["Cllr Alex Norris", "Lyn Bacon"],
        organisations=[Org("Nottingham City Council", ["the City Council"], "LocalAuthority"),
                       Org("Nottingham City Clinical Commissioning Group", ["Nottingham City CCG"], "CCG"),
                       Org("Nottingham CityCare Partnership", [], "Other"),
                       Org("Walsall Together", [], "Partnership")],
        posts=[PostFact("Alex Norris", "Nottingham City Council", ["Portfolio Holder for Adults and Health"]),
               PostFact("Lyn Bacon", "Nottingham CityCare Partnership", ["Chief Executive"])],
        partnerships=[PartnershipFact(None, ["Nottingham City Council", "Nottingham City Clinical Commissioning Group",
                                             "Nottingham CityCare Partnership"]),
                      PartnershipFact("Walsall Together", ["Nottingham City Council"])],
        awards=[AwardFact("Nottingham City Council", "Improved Partnerships between Health and Local Government",
                          "won", 2016),
                AwardFact("Nottingham City Clinical Commissioning Group",
                          "Improved Partnerships between Health and Local Government", "won", 2016)])


def test_score_article_on_a_hand_made_prediction():
    predicted = Facts(
        people=["Alex Norris", "Lyn Bacon", "Portfolio Holder"],
        organisations=[Org("Nottingham City Council", [], "LocalAuthority"),
                       Org("Nottingham City CCG", [], "Other"),      # alias of a gold name; kind wrong
                       Org("the City Council", [], "LocalAuthority"),  # a duplicate node: one-to-one makes it an extra
                       Org("Walsall Together", [], "Partnership")],
        posts=[PostFact("Alex Norris", "the City Council", ["portfolio holder for adults", "portfolio holder"]),
               PostFact("Lyn Bacon", "Nottingham CityCare Partnership", ["Chair"])],  # wrong role
        partnerships=[PartnershipFact(None, ["Nottingham City Council", "Nottingham City CCG"]),
                      PartnershipFact("Walsall Together", ["Nottingham City Council"])],
        awards=[AwardFact("Nottingham City CCG", "Improved Partnerships between Health and Local Government Award",
                          "shortlisted", 2016)])
    result = score_article(gold_facts(), predicted)
    k = result.kinds
    assert (k["people"].tp, k["people"].fp, k["people"].fn) == (2, 1, 0)
    assert (k["organisations"].tp, k["organisations"].fp, k["organisations"].fn) == (3, 1, 1)
    assert k["organisations"].missed == ["Nottingham CityCare Partnership"]
    assert (k["posts"].tp, k["posts"].fp, k["posts"].fn) == (1, 1, 1)
    # members of named partnerships: 1 of 1; org pairs: 1 of 3 (+ 0 extra)
    assert (k["partnership_members"].tp, k["partnership_members"].fn) == (1, 0)
    assert (k["partnership_pairs"].tp, k["partnership_pairs"].fp, k["partnership_pairs"].fn) == (1, 0, 2)
    assert (k["partnerships"].tp, k["partnerships"].fp, k["partnerships"].fn) == (2, 0, 2)
    assert (k["awards"].tp, k["awards"].fp, k["awards"].fn) == (1, 0, 1)
    assert (result.awards_matched, result.outcome_agree, result.year_agree) == (1, 0, 1)
    assert (result.orgs_matched, result.kind_agree) == (3, 2)


# --- which article a gold file is about -------------------------------------------------------
def test_gold_files_find_their_articles():
    articles = {"iri:seed0": "seeds/000_63c71ec97b4d5c55.txt", "iri:d01": "tests/articles/dev/d01.txt",
                "iri:web": "https://example.org/news/story-1"}
    seed = GoldFile(Path("seed-000.json"), {"id": "seed-000", "source": "000_63c71ec97b4d5c55.txt"})
    dev = GoldFile(Path("d01.json"), {"id": "d01", "source": "https://www.bbc.co.uk/news/uk-wales-11165467"})
    web = GoldFile(Path("x.json"), {"id": "x", "source": "https://example.org/news/story-1"})
    missing = GoldFile(Path("d02.json"), {"id": "d02", "source": "https://example.org/other"})
    assert find_article(seed, articles) == "iri:seed0"
    assert find_article(dev, articles) == "iri:d01"
    assert find_article(web, articles) == "iri:web"
    assert find_article(missing, articles) is None


# --- end to end: gold facts written as RDF score perfectly ----------------------------------
def gold_to_article_facts(gold: dict) -> tuple[Article, ArticleFacts]:
    """A gold file's facts as the extractor would hand them to rdfmap."""
    ev = Evidence("gold", 0, 4)
    facts = ArticleFacts()
    for person in gold["people"]:
        facts.people[person["name"]] = Person(person["name"], list(person.get("honorifics", [])))
        facts.posts += [Post(person["name"], r["organisation"], r["role"], r["role"], ev)
                        for r in person.get("roles", [])]
    for org in gold["organisations"]:
        facts.organisations[org["name"]] = Organisation(org["name"], set(org.get("aliases", [])),
                                                        org.get("type", "Other"), org.get("place"))
    facts.partnerships = [Partnership(p["name"], list(p["members"]), ev) for p in gold["partnerships"]]
    facts.awards = [AwardResult(a["recipient"], a["award"], a["outcome"], ev, a.get("scheme"), a.get("year"),
                                a.get("conferred_by")) for a in gold["awards"]]
    article = Article(text=f"gold facts of {gold['id']}", source=gold["source"], key=slug(gold["id"]))
    return article, facts


def write_store(path: Path, articles: list[tuple[Article, ArticleFacts]]) -> Path:
    store = open_store(path)
    write_articles(store, [(article.iri, article_rdf(article, facts)) for article, facts in articles])
    store.flush()
    del store
    return path


def all_gold() -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(GOLD.glob("*/*.json"))]


@pytest.fixture(scope="module")
def gold_store(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("gold") / "store", [gold_to_article_facts(g) for g in all_gold()])


def test_gold_written_as_rdf_scores_one(gold_store):
    result = evaluate_store(gold_store, sorted(p for p in GOLD.iterdir() if p.is_dir()))
    assert result["matched"] == len(all_gold()) and not result["skipped"]
    for kind in KINDS:
        assert result["kinds"][kind]["f1"] == 1.0, (kind, format_report(result, details=True))
    assert result["macro_f1"] == 1.0
    assert all(a["agree"] == a["matched"] > 0 for a in result["agreement"].values())


def test_store_read_back_as_gold_structure(gold_store):
    gold = json.loads((GOLD / "seeds" / "seed-004.json").read_text())
    article, _ = gold_to_article_facts(gold)
    facts = facts_from_graph(ArticleGraph(open_store(gold_store, read_only=True), article.iri))
    assert sorted(facts.people) == sorted(p["name"] for p in gold["people"])
    assert [(a.recipient, a.award, a.outcome, a.year) for a in facts.awards] == [
        ("Walsall Together", "Place Based Partnership and Integrated Care Award", "won", 2023)]
    assert {o.name: o.kind for o in facts.organisations}["Walsall Together"] == "Partnership"


def test_a_missing_fact_is_counted_and_listed(tmp_path):
    gold = json.loads((GOLD / "seeds" / "seed-000.json").read_text())
    article, facts = gold_to_article_facts(gold)
    facts.posts = [p for p in facts.posts if p.person != "Lyn Bacon"]
    facts.awards = facts.awards[:1]
    facts.awards[0].outcome = "shortlisted"
    result = evaluate_store(write_store(tmp_path / "s", [(article, facts)]), [GOLD / "seeds"])
    assert result["matched"] == 1 and len(result["skipped"]) == 4
    assert (result["kinds"]["posts"]["tp"], result["kinds"]["posts"]["fn"]) == (3, 1)
    assert (result["kinds"]["awards"]["tp"], result["kinds"]["awards"]["fn"]) == (1, 2)
    assert result["agreement"]["award_outcome"] == {"agree": 0, "matched": 1}
    report = format_report(result, details=True)
    assert "posts                missed Lyn Bacon | Nottingham CityCare Partnership | Chief Executive" in report
    assert "skipped seed-001" in report


def test_no_gold_file_matching_the_store_is_a_user_error(tmp_path):
    gold = json.loads((GOLD / "seeds" / "seed-000.json").read_text())
    store = write_store(tmp_path / "s", [gold_to_article_facts(gold)])
    n_dev = len(list((GOLD / "dev").glob("*.json")))
    with pytest.raises(EvalError, match=f"none of the {n_dev} gold files"):
        evaluate_store(store, [GOLD / "dev"])
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(EvalError, match="cannot read gold file"):
        evaluate_store(store, [bad])


# --- the real seeds store ------------------------------------------------------------------------
def test_cli_eval_prints_the_table_for_the_seeds(seeds_store):
    result = CliRunner().invoke(cli, ["eval", "--store", str(seeds_store), "--gold", str(GOLD / "seeds")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("5 gold article(s) matched")
    header = next(line for line in lines if line.startswith("kind"))
    assert header.split() == ["kind", "P", "R", "F1", "tp", "fp", "fn"]
    for kind in KINDS:
        assert any(line.split()[:1] == [kind] and len(line.split()) == 7 for line in lines), kind
    assert any(line.startswith("macro F1") for line in lines)
    as_json = CliRunner().invoke(cli, ["eval", "--store", str(seeds_store), "--gold", str(GOLD / "seeds"), "--json"])
    assert json.loads(as_json.output)["matched"] == 5


def test_seeds_store_finds_the_people_the_gold_names(seeds_store):
    result = evaluate_store(seeds_store, [GOLD / "seeds"])
    assert result["kinds"]["people"]["recall"] >= 0.9


# These need the new extraction (posts, partnerships, awards); they fail until it lands.
def seed_facts(seeds_store, prefix: str) -> Facts:
    store = open_store(seeds_store, read_only=True)
    (iri,) = [r["a"].value for r in store.query(
        "SELECT ?a WHERE { GRAPH ?a { ?a <http://purl.org/dc/terms/source> ?s } "
        f"FILTER(CONTAINS(STR(?s), '/{prefix}_')) }}")]
    return facts_from_graph(ArticleGraph(store, iri))


def test_seeds_store_has_the_walsall_post_and_award(seeds_store):
    facts = seed_facts(seeds_store, "004")
    assert any(p.person == "Michelle McManus" and p.organisation == "Walsall Together"
               and role_similarity("Director of Transformation and Place Development", p.roles) >= 0.5
               for p in facts.posts)
    assert any(a.recipient == "Walsall Together" and a.outcome == "won" and a.year == 2023
               and award_similarity("Place Based Partnership and Integrated Care Award", a.award) is not None
               for a in facts.awards)


def test_seeds_store_has_the_nottingham_partnership(seeds_store):
    """The council and the CCG are partners and all three won; whether the shipped scorer keeps
    the pairs with 'Nottingham CityCare Partnership' depends on the model (round 26's keeps one
    of them), so at least the council and the CCG of the gold's three pairs, and no wrong pair."""
    result = evaluate_store(seeds_store, [GOLD / "seeds" / "seed-000.json"])
    assert result["kinds"]["partnership_pairs"]["tp"] >= 1 and result["kinds"]["partnership_pairs"]["fp"] == 0
    assert result["kinds"]["awards"]["tp"] == 3
