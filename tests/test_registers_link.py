"""Linking articles to the official registers: gazetteer variants, dates, recognition, and
the issue's done-when checks on the seeds, two dated Dorset articles and the dev set."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build
from kg.evaluate import evaluate_store
from kg.facts import ArticleFacts, Organisation
from kg.registers import load_registers, registers_version
from kg.registers.gazetteer import Gazetteer
from kg.registers.link import link_facts
from kg.registers.names import name_keys, usual_case
from kg.rdf.store import open_store
from kg.rdf.vocab import sparql_prologue

from test_registers_load import registers_dir

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
DORSET = TESTS / "data" / "registers"


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory) -> Gazetteer:
    store = open_store(tmp_path_factory.mktemp("gaz") / "store")
    load_registers(store, registers_dir())
    return Gazetteer.from_store(store)


def store_with_registers(path: Path, *inputs: Path) -> Path:
    store = open_store(path)
    load_registers(store, registers_dir())
    del store
    build(list(inputs), path, processes=1)
    return path


@pytest.fixture(scope="module")
def seeds_with_registers(tmp_path_factory) -> Path:
    return store_with_registers(tmp_path_factory.mktemp("seedsreg") / "store", ROOT / "seeds")


def ask(path: Path, query: str) -> list[dict]:
    solutions = ox.Store.read_only(str(path)).query(sparql_prologue() + query, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in solutions]


def codes_of(path: Path, name: str) -> set[str]:
    """Codes of the organisation an article graph calls `name` (official name or a form seen)."""
    rows = ask(path, f"""SELECT DISTINCT ?c WHERE {{ GRAPH ?a {{ ?a a schema:NewsArticle ; schema:mentions ?o }}
        ?o skos:prefLabel|skos:altLabel ?n FILTER(LCASE(STR(?n)) = LCASE("{name}")) ?o org:identifier ?c }}""")
    return {r["c"] for r in rows}


# --- names and lookup -----------------------------------------------------------------------------
def test_register_names_in_their_usual_case():
    assert usual_case("THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST") == \
        "The Newcastle upon Tyne Hospitals NHS Foundation Trust"
    assert usual_case("KING'S COLLEGE HOSPITAL NHS FOUNDATION TRUST") == "King's College Hospital NHS Foundation Trust"
    assert usual_case("Stoke-on-Trent City Council") == "Stoke-on-Trent City Council"


@pytest.mark.parametrize("written", ["NHS Nottingham City CCG", "Nottingham City CCG", "nottingham city ccg",
                                     "Nottingham City Clinical Commissioning Group", "NHS Nottingham City"])
def test_ways_news_writes_a_ccg_are_one_body(gazetteer, written):
    match = gazetteer.lookup(written, date(2016, 6, 1))
    assert match.entry.name == "NHS Nottingham City Clinical Commissioning Group"
    assert ("ods", "04K") in match.entry.codes


@pytest.mark.parametrize("written, code", [("Trafford Council", "E08000009"), ("Trafford MBC", "E08000009"),
                                           ("Newham Council", "E09000025"), ("Hywel Dda UHB", "W11000025"),
                                           ("Blackburn with Darwen Council", "E06000008"),
                                           ("Tameside & Glossop CCG", "E38000182")])
def test_variants_and_ampersands(gazetteer, written, code):
    match = gazetteer.lookup(written, date(2017, 1, 1))
    assert match is not None and ("gss", code) in match.entry.codes, written


def test_kind_words_are_read_as_such():
    assert name_keys("Pennine Care NHS Foundation Trust") == {("pennine care", "trust")}
    assert name_keys("London Borough of Newham") == {("newham", "council")}
    assert name_keys("the council") == set()


def test_a_place_name_alone_is_a_body_only_with_a_kind(gazetteer):
    assert gazetteer.lookup("Leicester City", date(2018, 12, 12)) is None
    assert gazetteer.lookup("Leicester City", date(2018, 12, 12), "CCG").entry.name == \
        "NHS Leicester City Clinical Commissioning Group"


@pytest.mark.parametrize("written, when, code", [
    ("Dorset County Council", date(2018, 5, 1), "E10000009"), ("Dorset Council", date(2020, 5, 1), "E06000059"),
    ("Dorset County Council", date(2019, 3, 31), "E10000009"), ("Dorset Council", date(2019, 4, 1), "E06000059"),
    ("NHS Dorset", date(2021, 1, 1), "E38000045"), ("NHS Dorset", date(2023, 1, 1), "E54000041")])
def test_the_date_picks_between_a_body_and_its_successor(gazetteer, written, when, code):
    assert ("gss", code) in gazetteer.lookup(written, when).entry.codes


# --- the linking step -----------------------------------------------------------------------------
def facts_with(*orgs: Organisation) -> ArticleFacts:
    return ArticleFacts(organisations={o.name: o for o in orgs})


def test_extracted_names_become_official_names_and_keep_their_forms(gazetteer):
    text = "Nottingham City CCG and the City Council signed the deal."
    facts = facts_with(Organisation("Nottingham City Clinical Commissioning Group", {"Nottingham City CCG"}, "CCG"),
                       Organisation("Walsall Together", set(), "Partnership"))
    linked = link_facts(facts, text, date(2016, 3, 1), gazetteer)
    ccg = linked.organisations["NHS Nottingham City Clinical Commissioning Group"]
    assert ccg.aliases >= {"Nottingham City CCG", "Nottingham City Clinical Commissioning Group"}
    assert ccg.kind == "CCG" and "Walsall Together" in linked.organisations
    (link,) = linked.register_links
    assert link.body.endswith("/org/nhs-nottingham-city-clinical-commissioning-group") and link.confidence >= 0.9


def test_bodies_the_rules_missed_are_recognised_in_the_text(gazetteer):
    text = ("Published: 2 March 2016\n\nThe scheme is run by Pennine Care NHS Foundation Trust with Trafford "
            "Council and Manchester University NHS Foundation Trust.")
    linked = link_facts(facts_with(Organisation("Trafford Council", set(), "LocalAuthority")), text,
                        date(2016, 3, 2), gazetteer)
    assert set(linked.organisations) == {"Trafford Metropolitan Borough Council", "Pennine Care NHS Foundation Trust",
                                         "Manchester University NHS Foundation Trust"}
    assert linked.organisations["Pennine Care NHS Foundation Trust"].kind == "NHSTrust"


def test_a_truncated_extracted_name_is_completed_from_the_text(gazetteer):
    text = "The chief executive of Wrightington, Wigan and Leigh NHS Foundation Trust (WWL) said so."
    facts = facts_with(Organisation("Wigan and Leigh NHS Foundation Trust", {"WWL"}, "NHSTrust"))
    linked = link_facts(facts, text, date(2015, 1, 20), gazetteer)
    assert list(linked.organisations) == ["Wrightington, Wigan and Leigh NHS Foundation Trust"]
    assert {"WWL", "Wigan and Leigh NHS Foundation Trust"} <= linked.organisations[
        "Wrightington, Wigan and Leigh NHS Foundation Trust"].aliases


def test_an_undated_article_links_to_the_latest_body_its_other_facts_allow(gazetteer):
    facts = facts_with(Organisation("NHS Dorset", set(), "Other"))
    (alone,) = link_facts(facts, "NHS Dorset met.", None, gazetteer).register_links
    assert alone.body.endswith("/org/nhs-dorset-integrated-care-board") and alone.confidence < 0.9
    assert "no date" in alone.note and "latest date" in alone.note
    # the article also names a CCG dissolved in 2020, so it was written before then: NHS Dorset was the CCG
    facts = facts_with(Organisation("NHS Dorset", set(), "Other"),
                       Organisation("Nottingham City CCG", set(), "CCG"))
    links = {l.surface: l for l in link_facts(facts, "", None, gazetteer).register_links}
    assert links["NHS Dorset"].body.endswith("/org/nhs-dorset-clinical-commissioning-group")
    assert links["NHS Dorset"].as_of == "2020-03-31" and links["NHS Dorset"].confidence < 0.9


def test_an_official_name_is_its_own_body_whatever_the_date(gazetteer):
    """'Dorset County Council' in a 2020 article is the abolished county council it names,
    not its successor: an article naming both keeps them apart."""
    assert ("gss", "E10000009") in gazetteer.lookup("Dorset County Council", date(2020, 5, 1)).entry.codes
    facts = facts_with(Organisation("Dorset Council", set(), "LocalAuthority"),
                       Organisation("Dorset County Council", set(), "LocalAuthority"))
    linked = link_facts(facts, "", date(2020, 5, 1), gazetteer)
    assert set(linked.organisations) == {"Dorset Council", "Dorset County Council"}


# --- the build, end to end (done-when of issue 10) ---------------------------------------------
def test_seeds_carry_official_codes_and_lineage(seeds_with_registers):
    path = seeds_with_registers
    assert {"04K", "E38000132"} <= codes_of(path, "Nottingham City CCG")
    assert "E08000009" in codes_of(path, "Trafford Council")
    assert "E06000018" in codes_of(path, "Nottingham City Council")
    assert "RT2" in codes_of(path, "Pennine Care NHS Foundation Trust")
    rows = ask(path, """SELECT DISTINCT ?icb WHERE { GRAPH ?a { ?a a schema:NewsArticle ; schema:mentions ?ccg }
        ?ccg skos:altLabel "Nottingham City CCG" . ?ccg (org:changedBy/org:resultingOrganization)+ ?icb .
        ?icb org:identifier ?q , ?e FILTER(STR(?q) = "QT1" && STR(?e) = "E54000060") }""")
    assert len(rows) == 1


def test_dated_articles_link_dorset_by_date(tmp_path):
    path = store_with_registers(tmp_path / "store", DORSET)
    assert "E10000009" in codes_of(path, "Dorset County Council")
    assert "E06000059" in codes_of(path, "Dorset Council")
    by_article = {Path(r["src"]).stem: r["c"] for r in ask(path, """
        SELECT ?src ?c WHERE { GRAPH ?a { ?a dcterms:source ?src . ?l a kg:RegisterLink ; kg:linkedBody ?o }
        ?o org:identifier ?c
        FILTER(STRSTARTS(STR(?c), "E06") || STRSTARTS(STR(?c), "E10")) }""")}
    assert by_article == {"dorset-2018": "E10000009", "dorset-2020": "E06000059"}


def test_seeds_score_at_least_as_well_with_registers(seeds_store, seeds_with_registers):
    gold = [TESTS / "gold" / "seeds"]
    without, with_ = evaluate_store(seeds_store, gold), evaluate_store(seeds_with_registers, gold)
    for kind, score in without["kinds"].items():
        assert with_["kinds"][kind]["f1"] >= score["f1"], kind
    assert with_["official_codes"]["share"] == 1.0
    assert without["official_codes"] == {"loaded": False}


def test_a_build_without_registers_is_as_before(seeds_store):
    store = ox.Store.read_only(str(seeds_store))
    assert registers_version(store) == ""
    assert not bool(store.query(sparql_prologue() + "ASK { ?l a kg:RegisterLink }", use_default_graph_as_union=True))
    versions = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode("https://w3id.org/newskg/ontology#extractorVersion"), None, None)}
    assert versions and not any("registers=" in v for v in versions)


def test_reloading_registers_relinks_articles(tmp_path):
    path = store_with_registers(tmp_path / "store", DORSET)
    assert build([DORSET], path, processes=1).unchanged  # nothing changed: nothing rebuilt
    small = tmp_path / "small"
    small.mkdir()
    (small / "icbs_ons_2024.csv").write_bytes((registers_dir() / "icbs_ons_2024.csv").read_bytes())
    load_registers(open_store(path), small)
    report = build([DORSET], path, processes=1)
    assert len(report.updated) == 2
    assert codes_of(path, "Dorset Council") == set()


def test_dev_set_statutory_bodies_carry_the_right_code(tmp_path):
    dev = TESTS / "articles" / "dev"
    path = store_with_registers(tmp_path / "store", dev)
    result = evaluate_store(path, [TESTS / "gold" / "dev"])["official_codes"]
    assert result["bodies"] >= 60 and result["share"] >= 0.9, result["wrong"]


def test_stats_count_register_bodies_apart(seeds_store, seeds_with_registers):
    from kg.stats import store_stats

    without, with_ = store_stats(seeds_store)["totals"], store_stats(seeds_with_registers)["totals"]
    assert with_["organisations"] == without["organisations"]
    assert with_["register bodies"] > 1000 and "register bodies" not in without
