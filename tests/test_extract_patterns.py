"""Patterns of unseen news (issue 9), on sentences written for these tests with invented people
and organisations: candidate generation must cover each, and the default (learned) scorer
decides. Also: the rule-only scorer stays selectable, extraction is deterministic, and
`kg train` / `kg eval --cv` / `kg eval --candidates` work end to end."""
from __future__ import annotations

import json
from pathlib import Path

import os

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.extract import extract, lexicon
from kg.extract.entities import Entities, Mention, _add_places_under_a_plural_head
from kg.extract.proposals import propose
from kg.extract.scoring import RuleScorer, ScorerError, get_scorer, load_model
from kg.extract.training import CUTS, Example, choose_threshold, f1_by_cut, fit, load_examples
from tests.conftest import GOLD, SEEDS


@pytest.fixture(scope="module")
def parse(nlp):
    return nlp


def candidates(nlp, text, kind):
    return {c.key for c in propose(nlp(text)).candidates if c.kind == kind}


def ruled(nlp, text, kind):
    """The candidates a precise rule proposed (the rule-only scorer keeps exactly these)."""
    return {c.key for c in propose(nlp(text)).candidates if c.kind == kind and c.rule_confidence}


def post_triples(facts) -> set[tuple[str, str, str]]:
    """(person, organisation, role in lower case) of each post decided."""
    return {(p.person, p.organisation, p.role.lower()) for p in facts.posts}


def title_triples(facts) -> set[tuple[str, str, str]]:
    """(person, organisation, title as written, in lower case) of each post decided."""
    return {(p.person, p.organisation, p.title.lower()) for p in facts.posts}


def post_pairs(facts) -> set[tuple[str, str]]:
    """(person, organisation) of each post decided."""
    return {(p.person, p.organisation) for p in facts.posts}


def named_members(facts) -> dict[str, set[str]]:
    """The members of each named partnership decided."""
    return {p.name: set(p.members) for p in facts.partnerships if p.name}


def award_triples(facts) -> set[tuple[str, str, str]]:
    """(recipient, award, outcome) of each award result decided."""
    return {(a.recipient, a.award, a.outcome) for a in facts.awards}


# --- organisation names -----------------------------------------------------------------------
def test_lower_case_heads_are_organisations(parse):
    facts = extract(parse("Officers from Brackenshire county council met staff of Eastholm NHS foundation trust "
                          "and Wyvern Vale University health board on Monday."))
    assert {"Brackenshire County Council", "Eastholm NHS Foundation Trust",
            "Wyvern Vale University Health Board"} <= set(facts.organisations)
    facts = extract(parse("The Denholm sustainability and transformation partnership has named a chair, and the "
                          "Westmoor integrated care system works with the Eastvale primary care network and the "
                          "Farley provider collaborative."))
    assert {"Denholm Sustainability and Transformation Partnership", "Westmoor Integrated Care System",
            "Eastvale Primary Care Network", "Farley Provider Collaborative"} <= set(facts.organisations)


def test_commas_inside_a_name_and_between_two_names(parse):
    facts = extract(parse("Dr Ruth Okafor chairs Ashcombe, Rye and Hollowmere Integrated Care Board.\n\n"
                          "The partners are Northvale Health NHS Trust, Southmere NHS Foundation Trust and "
                          "Eastbrook Council."))
    orgs = set(facts.organisations)
    assert "Ashcombe, Rye and Hollowmere Integrated Care Board" in orgs
    assert {"Northvale Health NHS Trust", "Southmere NHS Foundation Trust"} <= orgs


def test_an_acronym_that_leaves_out_nhs_is_linked(parse):
    facts = extract(parse("Priya Mistry is chief executive of Fernhill Vale NHS Foundation Trust. "
                          "FVFT said the new ward would open in May."))
    assert "FVFT" in facts.organisations["Fernhill Vale NHS Foundation Trust"].aliases


def test_abbreviated_heads_expand(parse):
    facts = extract(parse("The scheme is run by Hollinbrook MBC and Castlemere FT."))
    assert {"Hollinbrook Metropolitan Borough Council", "Castlemere Foundation Trust"} <= set(facts.organisations)


# --- posts ------------------------------------------------------------------------------------
def test_post_in_a_later_where_clause_is_a_candidate(parse):
    text = ("Owen Pritchard, the chief executive of Marlow Bay NHS Foundation Trust, is to be seconded to "
            "Kestrel Moor NHS Foundation Trust, where he will take over as interim chief executive.")
    found = candidates(parse, text, "post")
    assert ("Owen Pritchard", "Kestrel Moor NHS Foundation Trust", "interim chief executive") in found


def test_pronoun_subject_post_is_a_candidate(parse):
    text = ("Gemma Thorne joined Redbank Council in 2019.\n\n"
            "She was appointed director of adult social care at Redbank Council last year.")
    found = {(p, o) for p, o, _ in candidates(parse, text, "post")}
    assert ("Gemma Thorne", "Redbank Council") in found


# --- partnerships -----------------------------------------------------------------------------
def test_members_listed_in_bullets_after_the_partnership(parse):
    text = ("Harbour Care Alliance will run community services from April.\n\n"
            "The alliance is made up of:\n\n"
            "• Saltmarsh Community Healthcare NHS Trust;\n"
            "• Harbourside Clinical Commissioning Group;\n"
            "• Saltmarsh Borough Council.\n\n"
            "The alliance will not be a separate legal body.")
    found = candidates(parse, text, "member")
    assert {("Harbour Care Alliance", "Saltmarsh Community Healthcare NHS Trust"),
            ("Harbour Care Alliance", "Saltmarsh Borough Council")} <= found
    facts = extract(parse(text))
    members = {m for p in facts.partnerships if p.name == "Harbour Care Alliance" for m in p.members}
    assert "Saltmarsh Borough Council" in members


def test_partners_named_in_the_sentence_after_the_partnership(parse):
    text = ("We bid to become a vanguard as Millbrook Together.\n\n"
            "Most of the partners involved, Millbrook Health NHS Trust, Millbrook Council and "
            "Millbrook GP Care Group, had worked together before.")
    found = candidates(parse, text, "member")
    assert ("Millbrook Together", "Millbrook Council") in found


# --- awards -----------------------------------------------------------------------------------
AWARDS_PAGE = """Civic Care Awards 2019: the shortlist

The teams shortlisted in each category of this year's awards.

Shortlist:

Care

Brackenshire county council: family support service
Hope Lantern: befriending older people

Housing

Eastbrook Council: homes for care leavers
"""


def test_awards_list_page_lines_under_category_headings(parse):
    found = candidates(parse, AWARDS_PAGE, "award")
    assert {("Brackenshire County Council", "care"), ("Hope Lantern", "care"),
            ("Eastbrook Council", "housing")} <= found
    facts = extract(parse(AWARDS_PAGE))
    results = award_triples(facts)
    assert ("Brackenshire County Council", "Care", "shortlisted") in results
    assert ("Eastbrook Council", "Housing", "shortlisted") in results


def test_a_partnership_a_recipient_unites_is_not_a_recipient(parse):
    facts = extract(parse('The Department of Health has given "vanguard status" to Tamar Valley Care Alliance, '
                          "which unites Tamarside Council with local NHS trusts."))
    assert {a.recipient for a in facts.awards} == {"Tamar Valley Care Alliance"}


def test_a_headline_is_not_a_category(parse):
    found = candidates(parse, "Coastal partners scoop national award for joined-up care\n\n"
                              "Eastbrook Council won the Integrated Care Award at the Civic Care Awards.", "award")
    assert not any("scoop" in award for _, award in found)


# --- scorers, determinism, model --------------------------------------------------------------
def test_rule_scorer_stays_selectable_and_learned_is_default(parse):
    doc = parse(AWARDS_PAGE)
    rules = extract(doc, scorer=RuleScorer())
    learned = extract(doc)
    assert len(learned.awards) > len(rules.awards)
    assert all(0.0 < a.confidence <= 1.0 for a in learned.awards)


def test_extraction_is_deterministic(parse):
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text()
    one, two = extract(parse(text)), extract(parse(text))
    assert one == two


def test_a_short_form_links_the_same_way_whatever_the_hash_seed():
    """'Harford Carers' begins two longer names of the same length ('... Trust', '... Forum'):
    which one it is short for must not hang on Python's string hashing (a set's order), or one
    text gives two graphs from one run to the next."""
    import subprocess
    import sys
    code = ("from kg.nlp import load; from kg.extract.entities import Entities, Mention, _link_orgs; "
            "from kg.extract import lexicon; "
            "doc = load()('Harford Carers Trust runs it. Harford Carers Forum meets. Harford Carers said so.'); "
            "ms = [Mention(s, e, doc[s:e].text, 'ORG') for s, e in ((0, 3), (6, 9), (11, 13))]; "
            "_link_orgs(doc, ms, Entities(), lexicon.load()); print([m.entity for m in ms])")
    seen = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": str(seed)},
                           capture_output=True, text=True, check=True).stdout for seed in range(1, 7)}
    assert len(seen) == 1, seen


def test_a_broken_model_is_a_clear_error(tmp_path):
    bad = tmp_path / "model.json"
    bad.write_text('{"kinds": {"post": {"coef": [1]}}}')
    with pytest.raises(ScorerError, match="not a kg scorer model"):
        load_model(str(bad))
    bad.write_text('{"kinds": 3}')
    load_model.cache_clear()
    with pytest.raises(ScorerError, match="not a kg scorer model"):
        load_model(str(bad))
    with pytest.raises(ScorerError, match="does not exist"):
        get_scorer("learned", tmp_path / "missing.json")


def test_train_and_cross_validate_from_the_command_line(tmp_path, monkeypatch):
    gold = sorted((GOLD / "seeds").glob("*.json"))[:4]
    args = [*(x for g in gold for x in ("--gold", str(g))), str(SEEDS)]
    model = tmp_path / "mine.json"
    result = CliRunner().invoke(cli, ["train", *args, "-o", str(model)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(model.read_text())
    assert set(data["kinds"]) <= {"post", "member", "pair", "award"} and data["trained_on"]
    cv = CliRunner().invoke(cli, ["eval", "--cv", "2", *args], catch_exceptions=False)
    assert cv.exit_code == 0 and "2-fold cross-validation, pooled" in cv.output
    cands = CliRunner().invoke(cli, ["eval", "--candidates", "--json", *args], catch_exceptions=False)
    assert json.loads(cands.output)["kinds"]["posts"]["recall"] >= 0.9
    store_only = CliRunner().invoke(cli, ["eval", "--cv", "2", "--gold", str(gold[0])])
    assert store_only.exit_code != 0 and "need ARTICLES" in store_only.output


def test_an_article_weighted_n_times_fits_as_n_copies_of_itself():
    """`--weight PATH=N` exists to count one kind of article (real news) more than another
    (written practice): the fitted model must be the one N copies of each article would give."""
    gold = sorted((GOLD / "seeds").glob("*.json"))[:2]
    examples = load_examples(gold, [SEEDS], weights={gold[0]: 2})
    assert [ex.weight for ex in examples] == [2.0, 1.0]
    plain = [Example(ex.gold, ex.proposal, ex.labels) for ex in examples]
    weighted, copied, unweighted = fit(examples), fit([plain[0], *plain]), fit(plain)
    assert weighted["weights"] == {examples[0].gold.id: 2.0} and "weights" not in copied
    assert weighted["kinds"].keys() == copied["kinds"].keys()
    for kind, model in weighted["kinds"].items():
        assert model["threshold"] == copied["kinds"][kind]["threshold"]
        assert model["coef"] == pytest.approx(copied["kinds"][kind]["coef"], abs=1e-4)
    assert any(model["coef"] != pytest.approx(unweighted["kinds"][kind]["coef"], abs=1e-4)
               for kind, model in weighted["kinds"].items())


def test_weights_from_the_command_line_and_their_errors(tmp_path):
    gold = sorted((GOLD / "seeds").glob("*.json"))[:2]
    args = [*(x for g in gold for x in ("--gold", str(g))), str(SEEDS)]
    model = tmp_path / "mine.json"
    ok = CliRunner().invoke(cli, ["train", *args, "--weight", f"{gold[1]}=3", "-o", str(model)])
    assert ok.exit_code == 0, ok.output
    assert list(json.loads(model.read_text())["weights"].values()) == [3.0]
    for bad, says in ((f"{gold[1]}", "is not PATH=N"), (f"{gold[1]}=many", "is not a number"),
                      (f"{gold[1]}=-1", "positive"), (f"{tmp_path}/nowhere=2", "does not exist"),
                      (f"{tmp_path}=2", "no gold file of the training articles lies there")):
        result = CliRunner().invoke(cli, ["train", *args, "--weight", bad, "-o", str(tmp_path / "no.json")])
        assert result.exit_code != 0 and says in result.output, (bad, result.output)
        assert not (tmp_path / "no.json").exists()
    no_cv = CliRunner().invoke(cli, ["eval", *args, "--weight", f"{gold[1]}=3"])
    assert no_cv.exit_code != 0 and "use it with --cv" in no_cv.output


def test_candidate_f1_at_each_cut():
    f1 = dict(zip(CUTS, f1_by_cut([0.9, 0.6, 0.3, 0.2], [1, 0, 1, 0])))
    assert f1[0.1] == pytest.approx(4 / 6)   # all four kept: 2 right, 2 wrong
    assert f1[0.5] == pytest.approx(2 / 4)   # 0.9 and 0.6 kept: 1 right, 1 wrong, 1 missed
    assert f1[0.7] == pytest.approx(2 / 3)   # 0.9 alone: 1 right, 1 missed
    assert f1[0.9] == pytest.approx(2 / 3)


def test_a_threshold_follows_what_every_split_agrees_on_not_one_splits_peak():
    # Five out-of-fold splits, all good around 0.40; one of them peaks sharply at 0.75 (a
    # handful of articles that happened to fall together). The best cut of that split alone
    # is 0.75; averaged over the splits and each cut's neighbours it is 0.40.
    broad = [0.70 - 0.02 * abs(i - CUTS.index(0.4)) for i in range(len(CUTS))]
    spiky = list(broad)
    spiky[CUTS.index(0.75)] = 0.75
    assert max(CUTS, key=lambda c: spiky[CUTS.index(c)]) == 0.75
    assert choose_threshold([spiky, broad, broad, broad, broad]) == 0.4


def test_a_flat_f1_chooses_the_lower_cut_for_recall():
    assert choose_threshold([[0.6] * len(CUTS)] * 3) == CUTS[0]


def test_title_then_organisation_with_no_preposition(parse):
    facts = extract(parse("Chief Executive NHS Glenmoor Tom Ruddock said the plan was sound."))
    assert ("Tom Ruddock", "NHS Glenmoor") in post_pairs(facts)


def test_title_and_organisation_in_brackets(parse):
    facts = extract(parse("The meeting was chaired by Alan Reid (Chief Officer, Westbury Health and Social "
                          "Care Partnership)."))
    assert "Chief Officer, Westbury Health and Social Care Partnership" not in facts.organisations
    assert ("Alan Reid", "Westbury Health and Social Care Partnership", "Chief Officer") in {
        (p.person, p.organisation, p.role) for p in facts.posts}


def test_respectively_pairs_people_and_titles_in_order(parse):
    text = "Brian Holt and Lisa Wray are chief executive and chair of Redcliffe NHS Trust respectively."
    found = candidates(parse, text, "post")
    assert {(p, r) for p, _, r in found} == {("Brian Holt", "chief executive"), ("Lisa Wray", "chair")}


def test_shortlisted_for_several_awards_in_a_semicolon_list(parse):
    text = ("Northvale Mental Health Partnership NHS Trust has been shortlisted for four Civic Care Awards, "
            "among them Mental Health Innovation of the Year; Workforce Initiative of the Year; and Patient "
            "Safety Award.")
    found = {award for name, award in candidates(parse, text, "award")
             if name == "Northvale Mental Health Partnership NHS Trust"}
    assert {"mental health innovation of the year", "workforce initiative of the year",
            "patient safety award"} <= found


LABELLED_PAGE = ("Civic Care Awards 2022\n\nWinners\n\nHealth and Social Care\n\n"
                 "Winner: Home first discharge service, Eastmoor Council\n\n"
                 "Highly commended: Falls prevention team, Westbury MBC\n\n"
                 "Digital Council\n\nWinner: Online care finder, Northvale DC\n")


def test_winner_and_highly_commended_lines_under_headings(parse):
    found = candidates(parse, LABELLED_PAGE, "award")
    assert {("Eastmoor Council", "health and social care"),
            ("Westbury Metropolitan Borough Council", "health and social care"),
            ("Northvale District Council", "digital council")} <= found
    outcomes = {(a.recipient, a.outcome) for a in extract(parse(LABELLED_PAGE)).awards}
    assert ("Westbury Metropolitan Borough Council", "highly_commended") in outcomes


def test_designations_listed_after_a_colon(parse):
    text = ("Three areas have been chosen as vanguard sites for the new care models programme: "
            "Eastmoor Together, Westbury Care Alliance and Northvale Health Partnership.")
    assert {name for name, _ in candidates(parse, text, "award")} == {
        "Eastmoor Together", "Westbury Care Alliance", "Northvale Health Partnership"}
    listed = "The pioneers are:\n\n• Eastmoor Integrated Care Partnership\n• Westbury Health and Care Alliance\n"
    assert {name for name, _ in candidates(parse, listed, "award")} == {
        "Eastmoor Integrated Care Partnership", "Westbury Health and Care Alliance"}


def test_an_award_to_a_person_names_the_person(parse):
    text = "Dr Ann Lee of Westbury Hospice won the Nurse of the Year award at the Civic Care Awards."
    facts = extract(parse(text))
    assert "Ann Lee" in facts.people and "Westbury Hospice" in facts.organisations
    assert ("Ann Lee", "nurse of the year") in candidates(parse, text, "award")


def test_prefixed_council_names_and_nhs_boards(parse):
    facts = extract(parse("The London Borough of Ashwick, the Royal Borough of Kingsmere and the City and County "
                          "of Carrow agreed the plan with NHS Glenmoor and NHS Greater Strathmore and Clyde."))
    kinds = {name: org.kind for name, org in facts.organisations.items()}
    assert kinds["London Borough of Ashwick"] == kinds["Royal Borough of Kingsmere"] == "LocalAuthority"
    assert kinds["City and County of Carrow"] == "LocalAuthority"
    assert kinds["NHS Glenmoor"] == kinds["NHS Greater Strathmore and Clyde"] == "NHSTrust"


def test_titled_names_and_abbreviated_councils_are_not_what_they_look_like(parse):
    facts = extract(parse("Linda Connor chairs Fenwick HSCP. Ms Connor said Wigmore MBC and Somerby CC agreed."))
    assert "Ms Connor" not in facts.organisations
    assert not {"Wigmore MBC", "Somerby CC"} & set(facts.people)
    assert {"Fenwick Health and Social Care Partnership", "Wigmore Metropolitan Borough Council",
            "Somerby County Council"} <= set(facts.organisations)


def test_a_career_list_is_not_a_partnership(parse):
    facts = extract(parse("Her career also includes roles at Ashcombe Hospitals NHS Foundation Trust, Redbank "
                          "Healthcare NHS Trust, and the Fenwick Mental Health Partnership NHS Trust."))
    assert not [p for p in facts.partnerships if p.members]


def test_partners_of_an_agreement_stated_with_a_verb(parse):
    facts = extract(parse("Eastmoor Council has signed a concordat with Eastmoor Clinical Commissioning Group "
                          "to pool their budgets for adult social care."))
    assert {frozenset(p.members) for p in facts.partnerships} == {
        frozenset({"Eastmoor Council", "Eastmoor Clinical Commissioning Group"})}


# --- posts: whose title is whose ------------------------------------------------------------------
def test_a_title_before_and_belongs_to_the_previous_person(parse):
    text = ("Among those appointed are Liam Hart, the former leader of Castleton Borough Council, and Nina "
            "Patel, previously chief nurse at Castleton Hospitals NHS Trust.")
    by_rules = ruled(parse, text, "post")
    assert ("Nina Patel", "Castleton Hospitals NHS Trust", "chief nurse") in by_rules
    assert ("Nina Patel", "Castleton Borough Council", "leader") not in by_rules


def test_each_person_in_a_sentence_gets_their_own_predicate(parse):
    text = ("The minister said Dr Alan Burns will be appointed chair of the Southmoor Health and Social Care "
            "Trust (SMHSCT) and Mary Doyle will be acting chair of the Westmoor Health and Social Care Trust.")
    by_rules = {key[:2] for key in ruled(parse, text, "post")}
    assert by_rules == {("Mary Doyle", "Westmoor Health and Social Care Trust"),
                     ("Alan Burns", "Southmoor Health and Social Care Trust")}
    assert by_rules <= post_pairs(extract(parse(text)))


def test_a_title_shared_over_bodies_ends_where_the_title_ends(parse):
    text = ("Kate Lin and Omar Said, chief executive and chair respectively of Northgate NHS Foundation Trust, "
            "spoke first. Dr John Fell, chair of both trusts, said little.")
    roles = {p.role for p in extract(parse(text)).posts}
    assert "Chair" in roles and not [r for r in roles if "respectively" in r.lower() or "both" in r.lower()]


def test_title_and_body_before_a_copula(parse):
    text = ("Lowmoor Care Partnership was launched on Monday. The new managing director of the partnership is "
            "Emma Stone. Brackley CCG's current chief officer is Joan Hale.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Emma Stone", "Lowmoor Care Partnership", "Managing Director") in posts
    assert ("Joan Hale", "Brackley Clinical Commissioning Group", "Chief Officer") in posts


def test_a_post_offered_to_him_by_the_body_named_as_subject(parse):
    text = ("Tom Grant retired as director of children's services at Fenmore County Council last year. "
            "Fenmore Integrated Care System has asked him to become its non-executive chair.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Tom Grant", "Fenmore Integrated Care System", "Non-Executive Chair") in posts


def test_hospitals_and_hotels_named_as_places_are_not_organisations(parse):
    facts = extract(parse("Patients at Westgate General Hospital and guests at the Grand Harbour Hotel heard "
                          "from Westgate Hospitals NHS Trust."))
    assert set(facts.organisations) == {"Westgate Hospitals NHS Trust"}


# --- awards: names and outcomes in more shapes ----------------------------------------------------
def test_named_something_of_the_year_is_a_win(parse):
    text = ("Ravensbrook Health and Care Partnership has been named Integrated Care Partnership of the Year at "
            "the 2020 National Care Awards. The partnership, which brings together Ravensbrook Council and "
            "Ravensbrook NHS Trust, beat five other finalists.")
    awards = award_triples(extract(parse(text)))
    assert awards == {("Ravensbrook Health and Care Partnership", "Integrated Care Partnership of the Year", "won")}


def test_an_award_written_in_lower_case_and_two_awards_in_one_sentence(parse):
    text = ("Westmere University Health Board won two awards at the NHS Wales Awards 2018: the Improving "
            "Patient Safety award and the Working Together award.")
    facts = extract(parse(text))
    assert "Working Together" not in facts.organisations
    assert {"working together", "improving patient safety"} <= {
        award for name, award in candidates(parse, text, "award") if name == "Westmere University Health Board"}


def test_a_spaced_dash_ends_a_name_on_an_awards_line(parse):
    page = ("Care Excellence Awards 2021: the winners\n\nCommunity Care Team of the Year\n\n"
            "Winner: Hartley Council – Reablement at Home\n\nShortlisted: Greyfield MBC; Northam Council\n")
    facts = extract(parse(page))
    assert "Hartley Council" in facts.organisations
    found = candidates(parse, page, "award")
    assert ("Hartley Council", "community care team of the year") in found
    assert not [award for _, award in found if "council" in award or "shortlisted" in award]


# --- coreference and names of schemes -------------------------------------------------------------
def test_the_community_trust_is_the_trust_whose_name_says_community(parse):
    text = ("Eastfold Hospitals NHS Foundation Trust and Eastfold Community Health NHS Trust will share a chair. "
            "Brian Lister, who has been interim chief executive of the community trust since January, will "
            "step down.")
    posts = post_pairs(extract(parse(text)))
    assert ("Brian Lister", "Eastfold Community Health NHS Trust") in posts
    assert ("Brian Lister", "Eastfold Hospitals NHS Foundation Trust") not in posts


def test_an_awards_scheme_with_its_year_is_not_an_organisation(parse):
    facts = extract(parse("The winners of the Care Innovation Awards 2022 were announced on Thursday night."))
    assert not facts.organisations


def test_a_former_post_in_a_where_clause_keeps_its_whole_title(parse):
    text = ("Dr Marion Tate is chief executive of Calderbrook Hospitals NHS Foundation Trust. She joined the trust "
            "in 2015 from Ellesford County Council, where she was director of adult social services.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Marion Tate", "Ellesford County Council", "Director of Adult Social Services") in posts


# --- shapes found by the written articles -----------------------------------------------------------
def test_the_board_is_the_body_named_board_before_it(parse):
    text = ("Dunmore Integration Joint Board met on Monday with NHS Carrow. Councillor Moira Kerr, chair of the "
            "integration joint board, said the board would also elect Dr Colin Reid, a non-executive director "
            "of NHS Carrow, as its vice chair.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Moira Kerr", "Dunmore Integration Joint Board", "Chair") in posts
    assert ("Colin Reid", "NHS Carrow", "Non-Executive Director") in posts
    assert ("Colin Reid", "Dunmore Integration Joint Board", "vice chair") in candidates(parse, text, "post")


def test_appointed_as_a_title_of_another_body(parse):
    text = ("The Strathmoor Integration Joint Board has confirmed Fiona Baird as chief officer of the Strathmoor "
            "Health and Social Care Partnership.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Fiona Baird", "Strathmoor Health and Social Care Partnership", "Chief Officer") in posts


def test_its_chair_is_the_chair_of_the_body_the_sentence_before_is_about(parse):
    text = ("Harrowfield Together brings together Harrowfield Council, Harrowfield CCG and Harrowfield Community "
            "NHS Trust. Its chair, Dr Lucy Ames, said the designation was a vote of confidence.")
    by_rules = ruled(parse, text, "post")
    assert by_rules == {("Lucy Ames", "Harrowfield Together", "chair")}


def test_a_joint_venture_company_is_a_partnership_of_the_bodies_that_set_it_up(parse):
    facts = extract(parse("Ridgeway Council and Ridgeway NHS Trust have set up a joint venture company, Ridgeway "
                          "Care Ltd, to run community services."))
    named = {p.name: set(p.members) for p in facts.partnerships if p.name}
    assert named == {"Ridgeway Care Ltd": {"Ridgeway Council", "Ridgeway NHS Trust"}}
    assert facts.organisations["Ridgeway Care Ltd"].kind == "Partnership"


def test_partners_listed_under_the_boards_partners_are(parse):
    text = ("The West Glasford Regional Partnership Board has agreed a pooled fund.\n\nThe board's partners are:\n\n"
            "• Glasford University Health Board\n• Aberfen County Council\n• Penvale CBC\n")
    members = {m for name, m in candidates(parse, text, "member") if name == "West Glasford Regional Partnership Board"}
    assert members == {"Glasford University Health Board", "Aberfen County Council", "Penvale County Borough Council"}


def test_people_listed_under_an_introduction_hold_its_title(parse):
    text = ("Northvale Integrated Care System has recruited its first non-executive directors. A formal process "
            "was used to appoint the three non-executive directors. Those appointed are:\n\n"
            "• Ann Hobbs from Northvale Community NHS Trust\n• Raj Patel from Northvale Council\n"
            "• Lena Brook from Northvale Hospitals NHS Trust\n\nThe board will meet monthly.")
    facts = extract(parse(text))
    assert {"Ann Hobbs", "Raj Patel", "Lena Brook"} <= set(facts.people)
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert {(name, "Northvale Integrated Care System", "Non-Executive Director")
            for name in ("Ann Hobbs", "Raj Patel", "Lena Brook")} <= posts


def test_a_post_held_at_both_bodies(parse):
    text = ("Calderbrook Hospitals NHS Foundation Trust and Calderbrook Community Health NHS Trust are to share a "
            "chief executive. Dr Marion Tate, currently chief executive of Calderbrook Hospitals NHS Foundation "
            "Trust, will lead both organisations.")
    posts = post_pairs(extract(parse(text)))
    assert {("Marion Tate", "Calderbrook Hospitals NHS Foundation Trust"),
            ("Marion Tate", "Calderbrook Community Health NHS Trust")} <= posts


def test_entrants_before_the_colon_on_a_shortlist_page(parse):
    page = ("Civic Care Awards 2019: the shortlist\n\nHousing\n\n"
            "Greenway housing association: into work project\n"
            "Second Chances: a charity helping people leaving prison to find homes, working with Eastmoor Council, "
            "Westbury District Council and two local churches in a wider partnership\n"
            "Westbury Homes: homes that work\n")
    found = candidates(parse, page, "award")
    assert {("Greenway Housing Association", "housing"), ("Second Chances", "housing"),
            ("Westbury Homes", "housing")} <= found


def test_dates_brackets_and_model_acronyms_are_not_parts_of_names(parse):
    facts = extract(parse("Under an agreement signed on 28 February, Ashcombe Council and Ashcombe NHS Trust hold equal "
                          "stakes. The Integrated Care System (ICS) Board met. The MCP and the ACO models were compared."))
    assert set(facts.organisations) == {"Ashcombe Council", "Ashcombe NHS Trust"}


def test_bodies_working_together_as_a_named_partnership_are_its_members(parse):
    text = ("Most of the partners involved – Eastmoor Health NHS Trust, Eastmoor Council and the Eastmoor GP "
            "Federation – were already working together as the Eastmoor Integrated Provider Partnership.")
    named = {p.name: set(p.members) for p in extract(parse(text)).partnerships if p.name}
    assert named["Eastmoor Integrated Provider Partnership"] == {
        "Eastmoor Health NHS Trust", "Eastmoor Council", "Eastmoor GP Federation"}


# --- shapes found by the third batch of written articles ---------------------------------------------
def test_name_then_title_and_body_in_brackets_is_a_person(parse):
    facts = extract(parse("The panel included Sean Kelly (Permanent Secretary, Department of Health) and Una "
                          "Mallon (Chair, Patient Client Council)."))
    assert {"Sean Kelly", "Una Mallon"} <= set(facts.people)
    assert ("Una Mallon", "Patient Client Council", "Chair") in {(p.person, p.organisation, p.role) for p in facts.posts}


def test_a_kind_of_body_before_a_title_is_no_body(parse):
    assert not extract(parse("Retiring council director to chair new integrated care system\n\nThe plan was "
                             "agreed on Monday.")).organisations


def test_nhs_and_a_plural_head_shared_by_a_list_of_places(parse):
    facts = extract(parse("NHS Wessex Vale Integrated Care Board took over from NHS Avonmere, Brackwater and "
                          "Chiltern CCGs on Friday."))
    assert {"NHS Avonmere Clinical Commissioning Group", "NHS Brackwater Clinical Commissioning Group",
            "NHS Chiltern Clinical Commissioning Group"} <= set(facts.organisations)


def test_designated_as_a_kind_of_body_is_a_designation(parse):
    text = "Kestrel Moor Health Partnership has been designated as an integrated care system by NHS England."
    assert ("Kestrel Moor Health Partnership", "integrated care system") in candidates(parse, text, "award")


def test_names_listed_after_brings_together_are_organisations(parse):
    facts = extract(parse("Five charities have formed the Ellerby Carers Alliance. The alliance brings together "
                          "Ellerby Carers Centre, Age UK Ellerby and Ellerby Mind."))
    assert {"Ellerby Carers Centre", "Age UK Ellerby", "Ellerby Mind"} <= set(facts.organisations)
    assert "Ellerby Mind" not in facts.people


def test_a_category_of_the_year_is_not_an_organisation(parse):
    facts = extract(parse("Marlwood NHS Trust is shortlisted for Mental Health Innovation of the Year."))
    assert set(facts.organisations) == {"Marlwood NHS Trust"}


def test_respectively_with_currently_is_a_rule(parse):
    text = ("Dr Helen Ash and Mark Yeo, currently chief executive and chair respectively of Avonford Hospitals NHS "
            "Foundation Trust, will take up the group roles.")
    by_rules = ruled(parse, text, "post")
    assert by_rules == {("Helen Ash", "Avonford Hospitals NHS Foundation Trust", "chief executive"),
                     ("Mark Yeo", "Avonford Hospitals NHS Foundation Trust", "chair")}


def test_who_has_been_a_title_of_the_trust(parse):
    text = ("Dr Niall Quinn will be chair of the Lagan Valley Trust. He replaces Deirdre Walsh, who has been acting "
            "chair of the trust since last summer.")
    assert ("Deirdre Walsh", "Lagan Valley Trust", "acting chair") in candidates(parse, text, "post")


def test_a_list_of_signatories_with_their_own_titles_is_not_the_lists_members(parse):
    text = ("The board's partners are:\n\n• Glasford University Health Board\n• Aberfen County Council\n\n"
            "The agreement was signed by:\n\nHuw Pritchard, chief executive, Glasford University Health Board\n"
            "Catrin Morgan, director of social services, Aberfen County Council\n")
    found = candidates(parse, text, "post")
    assert ("Huw Pritchard", "Glasford University Health Board", "chief executive") in found
    assert not [r for _, _, r in found if r == "partner"]


# --- shapes found by the fourth batch of written articles ----------------------------------------------
def test_a_possessive_inside_a_name_and_a_one_word_owner(parse):
    text = ("Aldmoor Hospitals NHS Trust will be acquired by Bexford NHS Foundation Trust.\n\nBexford's chief "
            "executive, Naveen Rao, will lead the enlarged trust. Jane Corrigan, chief executive of St Anselm's "
            "Hospice, welcomed it.")
    facts = extract(parse(text))
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert ("Naveen Rao", "Bexford NHS Foundation Trust", "Chief Executive") in posts
    assert ("Jane Corrigan", "St Anselm's Hospice", "Chief Executive") in posts
    assert not [r for _, _, r in posts if "lead" in r.lower()]  # "will lead the enlarged trust" is no title


def test_joining_a_body_as_its_officer(parse):
    text = ("Karen Lowe, the former chief executive of Severnside NHS Foundation Trust, left in April to join NHS "
            "Wessex Integrated Care Board as its chief operating officer.")
    assert ("Karen Lowe", "NHS Wessex Integrated Care Board", "chief operating officer") in candidates(parse, text, "post")


def test_the_health_board_is_the_health_board_the_article_is_about(parse):
    text = ("Dyffryn Teifi University Health Board has appointed Rhian Howells as its interim chief executive "
            "while it recruits a permanent successor. "
            "Ms Howells has been director of nursing at the health board since 2019. Before that she was deputy "
            "director of nursing at Gwent Valleys University Health Board. The West Glasford Regional Partnership "
            "Board was told. Chair of the health board Professor Alun Evans said she had the confidence of staff.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Alun Evans", "Dyffryn Teifi University Health Board", "Chair") in posts
    assert ("Rhian Howells", "Dyffryn Teifi University Health Board", "Interim Chief Executive") in posts


def test_chairs_as_a_verb_and_its_title_after_become(parse):
    text = ("Four trusts have formed the Northwest Mental Health Provider Collaborative. Mersey Vale NHS Foundation "
            "Trust will act as lead provider. Its chief executive, Daniel Okoro, will chair the collaborative's "
            "board.\n\nBexford's chief executive, Naveen Rao, will lead Bexford NHS Foundation Trust. Aldmoor's "
            "interim chief executive, Claire Dunne, will become its chief operating officer.")
    found = candidates(parse, text, "post")
    assert ("Daniel Okoro", "Northwest Mental Health Provider Collaborative", "chair") in found
    assert ("Daniel Okoro", "Mersey Vale NHS Foundation Trust", "chief executive") in found
    assert ("Claire Dunne", "Bexford NHS Foundation Trust", "chief operating officer") in found


def test_a_council_title_with_no_body_named_is_at_the_articles_council(parse):
    text = ("Wexley Council has agreed to pool budgets with NHS Wexley CCG. Councillor Naomi Fitch, Cabinet Member "
            "for Health and Adult Social Care, said services would be commissioned together.")
    posts = post_pairs(extract(parse(text)))
    assert ("Naomi Fitch", "Wexley Council") in posts


# --- shapes found by the fifth batch of written articles -----------------------------------------------
def test_a_board_list_of_names_and_titles_after_dashes(parse):
    text = ("Eastcliff Community Health NHS Trust is run by a board of directors.\n\nBoard members:\n\n"
            "Dr Simon Hale – Chief Executive\nRebecca Lyons – Director of Finance\n"
            "Professor Anil Kapoor – Non-Executive Director\n\nThe board meets in public.")
    facts = extract(parse(text))
    assert "Rebecca Lyons" in facts.people and "Rebecca Lyons" not in facts.organisations
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert {("Simon Hale", "Eastcliff Community Health NHS Trust", "Chief Executive"),
            ("Rebecca Lyons", "Eastcliff Community Health NHS Trust", "Director of Finance"),
            ("Anil Kapoor", "Eastcliff Community Health NHS Trust", "Non-Executive Director")} <= posts


def test_a_post_the_group_shares_and_a_plural_possessive(parse):
    text = ("Leaders from Fernlea University Hospitals NHS Foundation Trust, Fernlea Council and NHS Fernlea CCG "
            "have signed a memorandum of understanding.\n\nThe three organisations will also share a director of "
            "transformation, Kieran Walsh, who joins from the University of Fernlea.\n\nFernlea University "
            "Hospitals' chief executive, Dr Beatrice Nolan, said patients did not care who provided their care.")
    facts = extract(parse(text))
    assert "Beatrice Nolan" in facts.people
    found = candidates(parse, text, "post")
    assert {("Kieran Walsh", org, "director of transformation") for org in (
        "Fernlea University Hospitals NHS Foundation Trust", "Fernlea Council",
        "NHS Fernlea Clinical Commissioning Group")} <= found
    assert ("Beatrice Nolan", "Fernlea University Hospitals NHS Foundation Trust", "chief executive") in found


def test_an_nhs_board_and_a_council_are_two_names(parse):
    facts = extract(parse("The IJB's voting members are drawn from NHS Lomond and Glenrothie Council."))
    assert {"NHS Lomond", "Glenrothie Council"} <= set(facts.organisations)


def test_a_name_without_its_place_is_the_body_with_it(parse):
    text = ("Minutes of the Health and Wellbeing Board\n\nThe meeting of the Marrowby Health and Wellbeing Board "
            "was held on 10 July.\n\nPresent: Councillor Hugh Ward (Chair), Dr Aisha Khan (Clinical Chair, NHS "
            "Marrowby CCG).")
    facts = extract(parse(text))
    assert "Health and Wellbeing Board" not in facts.organisations
    assert ("Hugh Ward", "Marrowby Health and Wellbeing Board", "chair") in candidates(parse, text, "post")


# --- shapes found by the sixth batch of written articles -----------------------------------------------
def test_she_is_the_woman_named_before_not_the_last_man(parse):
    text = ("Greyhaven Hospitals NHS Foundation Trust has named Olivia Grant as its new chief executive. Ms Grant "
            "will succeed Martin Shaw in January. Mr Shaw is retiring. She is currently deputy chief executive at "
            "Harlow Bridge NHS Trust.")
    found = candidates(parse, text, "post")
    assert ("Olivia Grant", "Harlow Bridge NHS Trust", "deputy chief executive") in found
    assert ("Martin Shaw", "Harlow Bridge NHS Trust", "deputy chief executive") not in ruled(parse, text, "post")


def test_the_person_replaced_held_the_post(parse):
    text = ("Dr Emma Lowe becomes medical director of Tarrow Community NHS Trust on 1 April, replacing Dr Ian "
            "Brooks, who has retired.")
    assert ("Ian Brooks", "Tarrow Community NHS Trust", "medical director") in candidates(parse, text, "post")


def test_it_will_be_chaired_by(parse):
    text = ("The Fenshire Sustainability and Transformation Partnership has set up a board. The board includes the "
            "chief executives of the councils.\n\nIt will be chaired by Sir Robert Hinds, chair of Fenshire Acute "
            "NHS Foundation Trust.")
    found = candidates(parse, text, "post")
    assert ("Robert Hinds", "Fenshire Sustainability and Transformation Partnership", "chair") in found
    assert ("Robert Hinds", "Fenshire Acute NHS Foundation Trust", "chair") in found


def test_a_city_council_and_a_county_council_of_one_place_are_two(parse):
    facts = extract(parse("Healthwatch Dunmere has teamed up with Dunmere City Council and Dunmere County Council "
                          "to launch a patient panel. Healthwatch Dunmere manager Sophie Turner welcomed it."))
    assert {"Dunmere City Council", "Dunmere County Council", "Healthwatch Dunmere"} <= set(facts.organisations)
    assert "Healthwatch Dunmere" not in facts.people


def test_the_appointment_of_a_person_as_a_title(parse):
    text = ("Castlemere County Council has a new director. The council has announced the appointment of Helen Ward "
            "as interim director while it recruits. Ms Ward is currently assistant director for commissioning.")
    facts = extract(parse(text))
    assert "Helen Ward" in facts.people
    assert ("Helen Ward", "Castlemere County Council", "interim director") in candidates(parse, text, "post")


def test_members_in_an_apposition_are_not_recipients(parse):
    text = ("Oakdene Together, the partnership of Oakdene Council, Oakdene Community Health NHS Trust and local GP "
            "practices, has won the Integrated Care Award at the 2019 Civic Care Awards.")
    by_rules = ruled(parse, text, "award")
    assert by_rules == {("Oakdene Together", "integrated care award")}


def test_members_named_in_a_later_sentence(parse):
    cases = {
        "Westbay Together was launched in 2019. Its partners are Westbay Council, Westbay NHS Trust and Westbay "
        "Voluntary Action.": ("Westbay Together", {"Westbay Council", "Westbay NHS Trust", "Westbay Voluntary Action"}),
        "The Kelby Alliance met for the first time on Monday. Members include Kelby Council and Kelby Hospitals NHS "
        "Trust.": ("Kelby Alliance", {"Kelby Council", "Kelby Hospitals NHS Trust"}),
        "Northfield Council is a key partner in the Northfield Health and Care Alliance, alongside Northfield NHS "
        "Foundation Trust.": ("Northfield Health and Care Alliance", {"Northfield Council", "Northfield NHS Foundation Trust"}),
    }
    for text, (name, members) in cases.items():
        found = {m for target, m in candidates(parse, text, "member") if target == name}
        assert members <= found, text


def test_asides_after_a_name_and_its_within_one_sentence(parse):
    posts = set()
    for text in ("Jane Smith (pictured), chief executive of Harwick NHS Trust, said the plan was ambitious.",
                 "Tom Reed, 54, chief executive of Lowmoor County Council, will retire in May.",
                 "Eastmoor ICB's chief executive, Raj Patel, and its chair, Dr Kate Lim, both spoke."):
        posts |= {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert {("Jane Smith", "Harwick NHS Trust", "Chief Executive"),
            ("Tom Reed", "Lowmoor County Council", "Chief Executive"),
            ("Kate Lim", "Eastmoor Integrated Care Board", "Chair")} <= posts


def test_a_possessive_place_name_and_an_nhs_board_with_and_in_its_name(parse):
    facts = extract(parse("King's Moor Hospital NHS Foundation Trust signed the plan. NHS Greater Strathmoor and "
                          "Clyde and Strathmoor City Council signed it too."))
    assert {"King's Moor Hospital NHS Foundation Trust", "NHS Greater Strathmoor and Clyde",
            "Strathmoor City Council"} <= set(facts.organisations)


def test_category_label_lines_head_the_results_below(parse):
    page = ("Healthcare Heroes Awards 2023 - the results\n\nCategory: Best Integrated Service\n"
            "Winner: Kelby County Council for its Home from Hospital service\n"
            "Runners-up: Lowmoor NHS Trust; Westvale Carers Trust\n\nCategory: Volunteer Team of the Year\n"
            "Highly commended: Ashdown Hospice\n")
    results = award_triples(extract(parse(page)))
    assert {("Kelby County Council", "Best Integrated Service", "won"),
            ("Lowmoor NHS Trust", "Best Integrated Service", "finalist"),
            ("Ashdown Hospice", "Volunteer Team of the Year", "highly_commended")} <= results
    assert not [r for r in results if r[1].lower() in {"highly commended", "runners-up"}]


# --- shapes found by the seventh batch of written articles ---------------------------------------------
def test_a_whos_who_list_of_title_colon_name_lines(parse):
    text = ("NHS Coldharbour Integrated Care Board has published the names of its first board members.\n\n"
            "Chair: Dame Alison Hart, previously chair of Coldharbour Teaching Hospitals NHS Foundation Trust\n"
            "Director of finance: Claire Benson\n"
            "Partner member (local authorities): Cllr Tony Marsh, leader of Coldharbour City Council\n")
    facts = extract(parse(text))
    assert "Claire Benson" in facts.people
    found = candidates(parse, text, "post")
    assert {("Alison Hart", "NHS Coldharbour Integrated Care Board", "chair"),
            ("Claire Benson", "NHS Coldharbour Integrated Care Board", "director of finance"),
            ("Tony Marsh", "NHS Coldharbour Integrated Care Board", "partner member"),
            ("Tony Marsh", "Coldharbour City Council", "leader")} <= found


def test_the_new_trust_and_two_predicates_in_one_sentence(parse):
    text = ("Sandmere Hospitals NHS Trust and North Sandmere Community NHS Trust will merge, creating Sandmere "
            "Health NHS Trust. Professor Ruth Ellison, who has chaired Sandmere Hospitals NHS Trust since 2020, "
            "will be chair of the new trust. Mr Gareth Pym joined the community trust in 2017 from Kelso Valley "
            "Health Board, where he was director of operations.")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert {("Ruth Ellison", "Sandmere Hospitals NHS Trust", "Chair"),
            ("Ruth Ellison", "Sandmere Health NHS Trust", "Chair"),
            ("Gareth Pym", "Kelso Valley Health Board", "Director of Operations")} <= posts


def test_includes_representatives_from_and_took_an_award(parse):
    text = ("The Wrexford Health and Care Partnership Board includes representatives from Wrexford Borough Council "
            "and NHS Wrexford CCG. The Wrexford Community NHS Trust falls service took the Partnership Working "
            "award at the National Care Awards.")
    members = {m for t, m in candidates(parse, text, "member") if t == "Wrexford Health and Care Partnership Board"}
    assert {"Wrexford Borough Council", "NHS Wrexford Clinical Commissioning Group"} <= members
    assert ("Wrexford Community NHS Trust", "partnership working") in candidates(parse, text, "award")


# --- shapes found by the eighth batch of written articles ----------------------------------------------
def test_a_project_before_the_comma_on_a_winners_line_is_not_part_of_the_name(parse):
    page = ("Public Service Awards 2019 winners\n\nHealth and Social Care\n\n"
            "Winner : Integrated Discharge Team, Marshfield MBC and NHS Marshfield CCG\n")
    facts = extract(parse(page))
    assert {"Marshfield Metropolitan Borough Council", "NHS Marshfield Clinical Commissioning Group"} <= set(
        facts.organisations)
    assert not [n for n in facts.organisations if n.startswith("Integrated Discharge Team")]


def test_the_short_form_of_a_trust_and_he_will_replace(parse):
    text = ("The Lough Erne Health and Social Care Trust has appointed Dr Conal Breen as its new chief executive. "
            "He will replace Maeve Toner, who retired in March. Since then Owen Magee, the Lough Erne Trust's "
            "director of finance, has been acting chief executive.")
    facts = extract(parse(text))
    assert "Lough Erne Trust" not in facts.organisations
    found = candidates(parse, text, "post")
    assert ("Maeve Toner", "Lough Erne Health and Social Care Trust", "chief executive") in found
    assert ("Owen Magee", "Lough Erne Health and Social Care Trust", "director of finance") in found


def test_members_who_have_also_joined(parse):
    text = ("A new place partnership, Hartwell Together, was launched on Monday. Hartwell Primary Care Network and "
            "Hartwell Community Voluntary Action have also joined.")
    members = {m for t, m in candidates(parse, text, "member") if t == "Hartwell Together"}
    assert {"Hartwell Primary Care Network", "Hartwell Community Voluntary Action"} <= members


def test_a_places_possessive_and_pooling_funding_with(parse):
    text = ("The Royal Borough of Kensmere and the City and County of Portwell will pool £12m of mental health "
            "funding with NHS Riverside Integrated Care Board.\n\nKensmere's director of public health, Dr Helen "
            "Park, will lead the programme.")
    facts = extract(parse(text))
    assert ("Helen Park", "Royal Borough of Kensmere") in post_pairs(facts)
    pairs = ruled(parse, text, "pair")
    assert ("NHS Riverside Integrated Care Board", "Royal Borough of Kensmere") in pairs


def test_named_partnerships_formed_made_up_or_described_by_their_members(parse):
    cases = {
        "The Westmoor Hospitals Alliance, a provider collaborative of Westmoor NHS Trust and Eastmoor NHS Foundation "
        "Trust, will run elective surgery.": "Westmoor Hospitals Alliance",
        "Westmoor NHS Trust and Eastmoor NHS Foundation Trust form the Moorland Hospitals Group.": "Moorland Hospitals Group",
        "The two trusts, which make up the Moorland Acute Alliance, will share a chair. They are Westmoor NHS Trust "
        "and Eastmoor NHS Foundation Trust.": "Moorland Acute Alliance",
        "The Moorland Joint Committee, which includes Westmoor NHS Trust and Eastmoor NHS Foundation Trust, met on "
        "Monday.": "Moorland Joint Committee",
    }
    for text, name in cases.items():
        named = {p.name: set(p.members) for p in extract(parse(text)).partnerships if p.name}
        assert named.get(name) == {"Westmoor NHS Trust", "Eastmoor NHS Foundation Trust"}, text


def test_a_merged_trust_is_not_one_of_the_merging_trusts(parse):
    facts = extract(parse("Northam Hospitals NHS Trust and Southam NHS Foundation Trust will merge in April to form "
                          "Northam and Southam NHS Foundation Trust."))
    assert {"Southam NHS Foundation Trust", "Northam and Southam NHS Foundation Trust"} <= set(facts.organisations)
    assert not [p for p in facts.partnerships if p.name]


def test_its_is_the_subject_or_the_nearest_body_and_former_is_no_part_of_a_name(parse):
    found = set()
    for text in ("Kelby Integrated Care Board has announced that Sarah Lyons, currently director of strategy at Kelby "
                 "Hospitals NHS Foundation Trust, will become its chief executive in September.",
                 "Dr Fiona Grey, who led Harbour Health Partnership's response to the pandemic, is to step down as "
                 "its clinical director.",
                 "Former Lowmoor Council chief executive Jim Barnes has been named interim chair of the Lowmoor Care "
                 "Alliance.",
                 "Raj Kapoor takes up the role of director of adult social services at Eastfield County Council on "
                 "Monday, succeeding Maria Lopez."):
        found |= candidates(parse, text, "post")
    assert {("Sarah Lyons", "Kelby Integrated Care Board", "chief executive"),
            ("Fiona Grey", "Harbour Health Partnership", "clinical director"),
            ("Jim Barnes", "Lowmoor Council", "chief executive"),
            ("Raj Kapoor", "Eastfield County Council", "director of adult social services"),
            ("Maria Lopez", "Eastfield County Council", "director of adult social services")} <= found
    kelby = ("Kelby Integrated Care Board has announced that Sarah Lyons, currently director of strategy at Kelby "
             "Hospitals NHS Foundation Trust, will become its chief executive in September.")
    assert ("Sarah Lyons", "Kelby Hospitals NHS Foundation Trust", "chief executive") not in ruled(parse, kelby, "post")


def test_a_post_announced_then_taken_up_by_a_person(parse):
    """'X has appointed its first managing director. Name ... will take up the post in May': the
    post is the one the sentence before announced."""
    found = set()
    for text in ("Ashwell Care Partnership has appointed its first managing director.\n\nTom Reilly, who is "
                 "currently head of finance at Ashwell Council, will take up the post in May.",
                 "The Denholm Health and Care Partnership has named a new independent chair. "
                 "Brenda Cole will start in the role in October.",
                 "Northcombe Hospitals NHS Trust is recruiting a permanent chief executive.\n\nThe trust said Dr Ana "
                 "Ruiz, the current medical director, would fill the position on an interim basis."):
        found |= candidates(parse, text, "post")
    assert {("Tom Reilly", "Ashwell Care Partnership", "managing director"),
            ("Brenda Cole", "Denholm Health and Care Partnership", "independent chair"),
            ("Ana Ruiz", "Northcombe Hospitals NHS Trust", "chief executive")} <= found, found


def test_a_titles_field_is_no_part_of_the_body_and_a_cvs_is_a_body(parse):
    text = ("Director of Public Health Corrieburn Council Dr Hamish Grant opened the event with Joyce Pell, chief "
            "officer of Eastwold CVS, and Ann Kirby, Director of Nursing Eastwold NHS Foundation Trust.")
    facts = extract(parse(text))
    assert {"Corrieburn Council", "Eastwold Council for Voluntary Service",
            "Eastwold NHS Foundation Trust"} <= set(facts.organisations), set(facts.organisations)
    assert not [n for n in facts.organisations if n.startswith(("Public Health", "Nursing"))]
    found = candidates(parse, text, "post")
    assert {("Hamish Grant", "Corrieburn Council", "director of public health"),
            ("Joyce Pell", "Eastwold Council for Voluntary Service", "chief officer")} <= found, found


def test_a_shared_title_before_people_each_from_their_own_body(parse):
    text = ("Non-executive members are Dr Alan Price from Harrowby Hospice and Janet Lowe from Harrowby Carers "
            "Centre.")
    found = ruled(parse, text, "post")
    assert {("Alan Price", "Harrowby Hospice", "non-executive member"),
            ("Janet Lowe", "Harrowby Carers Centre", "non-executive member")} <= found, found
    assert ("Janet Lowe", "Harrowby Hospice", "non-executive member") not in found


def test_columns_of_a_minute_are_read_apart_and_departments_are_no_bodies(parse):
    """Minutes and tables flattened to text set columns apart with runs of spaces or tabs."""
    text = ("Minute of Meeting of Eastholm Integration Joint Board\n\nNon-Voting Members:\n"
            "Gordon Birse            Chief Officer, Eastholm Health and Social Care Partnership\n"
            "Janice Orr             Chief Social Work Officer, Eastholm Council\n"
            "Also present:\n"
            "Siobhan Tait\tHead of Mental Health, Alcohol and Drugs Recovery Services, Eastholm Council\n")
    doc = parse(text)
    facts = extract(doc)
    assert {"Gordon Birse", "Janice Orr", "Siobhan Tait"} <= set(facts.people)
    assert not {"Alcohol and Drugs Recovery Services", "Social Work"} & set(facts.organisations)
    found = candidates(parse, text, "post")
    assert {("Gordon Birse", "Eastholm Health and Social Care Partnership", "chief officer"),
            ("Janice Orr", "Eastholm Council", "chief social work officer")} <= found, found
    post = next(p for p in facts.posts if p.person == "Gordon Birse")
    assert text[post.evidence.start:post.evidence.end] == post.evidence.text  # the article's own text
    assert "Gordon Birse            Chief Officer" in post.evidence.text


def test_a_minutes_bracketed_title_is_at_the_meeting_body_and_a_second_apposition_follows(parse):
    text = ("Minute of Meeting of Eastholm Integration Joint Board\nMonday 22 March 2021\n\nPresent:\n"
            "Councillor Morag Aird (Chair)        Eastholm Council\n"
            "Kenneth Dunn (Vice Chair)                  Non-Executive Board Member, NHS Eastholm\n\n"
            "The Chair welcomed everyone to the meeting of the IJB.")
    facts = extract(parse(text))
    assert {"Eastholm Integration Joint Board", "Eastholm Council", "NHS Eastholm"} == set(facts.organisations)
    found = ruled(parse, text, "post")
    assert {("Morag Aird", "Eastholm Integration Joint Board", "chair"),
            ("Kenneth Dunn", "Eastholm Integration Joint Board", "vice chair"),
            ("Kenneth Dunn", "NHS Eastholm", "non-executive board member")} <= found, found


def test_members_named_one_sentence_at_a_time(parse):
    """A partnership's members, each in a sentence of its own, after the partnership is named."""
    text = ("The Hallam Local Care Alliance went live on Monday.\n\n"
            "Hallam Hospitals NHS Trust is one of the founding partners, alongside Hallam Community NHS Trust.\n\n"
            "Hallam GP Federation has also signed up. So has Hallam Council, whose social workers will join the "
            "new teams.\n\nHallam Care Ltd, the council-owned company, is a partner in its own right.\n\n"
            "The voluntary sector is represented by Hallam Voluntary Action, and Hallam Hospice completes the "
            "line-up. Hallam Housing Trust is expected to sign up later this year.")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Hallam Local Care Alliance"
               for m in p.members}
    assert {"Hallam Hospitals NHS Trust", "Hallam Community NHS Trust", "Hallam GP Federation", "Hallam Council",
            "Hallam Care Ltd", "Hallam Voluntary Action", "Hallam Hospice"} <= members, members
    assert "Hallam Housing Trust" not in members


def test_a_name_the_sentence_calls_a_partnership(parse):
    text = ("Joining Care is a partnership of Harbury Council, the CCG and Pinfold Hospitals NHS Trust. "
            "Pinfold Community NHS Trust joined it last year.")
    facts = extract(parse(text))
    assert facts.organisations["Joining Care"].kind == "Partnership"
    members = {m for p in facts.partnerships if p.name == "Joining Care" for m in p.members}
    assert {"Pinfold Hospitals NHS Trust", "Pinfold Community NHS Trust"} <= members, members
    assert not [p for p in facts.partnerships if p.name == "Pinfold Hospitals NHS Trust"]
    text = ("The new director will work closely with Marlbury Health and Care, the community health services "
            "provider formed in 2016 as a partnership between Marlbury Hospitals NHS Foundation Trust and Yeoford "
            "NHS Foundation Trust. The Marlbury Local Care Organisation went live in April.")
    facts = extract(parse(text))
    assert facts.organisations["Marlbury Health and Care"].kind == "Partnership"
    assert facts.organisations["Marlbury Local Care Organisation"].kind == "Partnership"
    assert {m for p in facts.partnerships if p.name == "Marlbury Health and Care" for m in p.members} == {
        "Marlbury Hospitals NHS Foundation Trust", "Yeoford NHS Foundation Trust"}


def test_a_generic_bodys_possessive_titles_and_a_person_the_tagger_called_a_body(parse):
    text = ("Harwick Council and NHS Harwick CCG have created a joint post. She will report to the Council's "
            "Corporate Director for Adult Care and Health, Simon Aldous, and to the CCG's Accountable Officer, "
            "Dr Rachel Whitbread.\n\nThe council and NHS Fellside ICB announced the appointment of Naomi "
            "Calverley. Ms Calverley will be the ICB's executive place director for Harwick and the council's "
            "director of adults.")
    facts = extract(parse(text))
    assert "Naomi Calverley" in facts.people and "Naomi Calverley" not in facts.organisations
    found = ruled(parse, text, "post")
    assert {("Simon Aldous", "Harwick Council", "corporate director for adult care and health"),
            ("Rachel Whitbread", "NHS Harwick Clinical Commissioning Group", "accountable officer"),
            ("Naomi Calverley", "NHS Fellside Integrated Care Board", "executive place director for harwick"),
            ("Naomi Calverley", "Harwick Council", "director of adults")} <= found, found
    assert ("Simon Aldous", "NHS Harwick Clinical Commissioning Group", "accountable officer") not in found


def test_its_title_comma_name_a_fronted_body_and_a_long_name_after_chairs(parse):
    found = set()
    texts = ("Fellbrook Health and Care was formed in 2016. Its managing director, Sam Hurst, said the appointment "
             "would help.",
             "The chief executive of NHS Kinross, Euan Bell, said: \"Lorna has shown real leadership.\"",
             "At Wetherfield University Hospitals NHS Trust, Fiona Tregaron has been confirmed as director of "
             "nursing after a year in the role.",
             "The Council's Leader, Cllr Bernard Tallis, who chairs the Marlbury Health and Wellbeing Board, said "
             "the plan was agreed.")
    for text in texts:
        found |= ruled(parse, text, "post")
    assert {("Sam Hurst", "Fellbrook Health and Care", "managing director"),
            ("Euan Bell", "NHS Kinross", "chief executive"),
            ("Fiona Tregaron", "Wetherfield University Hospitals NHS Trust", "director of nursing"),
            ("Bernard Tallis", "Marlbury Health and Wellbeing Board", "chair")} <= found, found
    assert "NHS Kinross" in extract(parse(texts[1])).organisations


def test_an_awards_shortlist_of_entry_lines_under_category_headings(parse):
    page = ("Anytown Awards 2016\n\nShortlist 2016\n\nCare and Health Integration\n\n"
            "Castlemere LBC & NHS Castlemere CCG – Community Treatment Team\n"
            "Eastmoor CC – Better Lives for Older People\n"
            "Harbury City Council & Harbury Royal FT – Integrated Care Organisation\n\n"
            "Council of the Year\n\nNorthmoor Council\nWestbay RB\n")
    facts = extract(parse(page))
    assert {"London Borough of Castlemere", "Royal Borough of Westbay"} <= set(facts.organisations)
    got = award_triples(facts)
    assert {("London Borough of Castlemere", "Care and Health Integration", "shortlisted"),
            ("NHS Castlemere Clinical Commissioning Group", "Care and Health Integration", "shortlisted"),
            ("Eastmoor County Council", "Care and Health Integration", "shortlisted"),
            ("Harbury Royal Foundation Trust", "Care and Health Integration", "shortlisted"),
            ("Northmoor Council", "Council of the Year", "shortlisted"),
            ("Royal Borough of Westbay", "Council of the Year", "shortlisted")} <= got, got
    assert not [a for a in facts.awards if a.award.startswith("Community Treatment")]


def test_bodies_that_announce_a_post_do_not_hold_it_and_a_title_ends_before_its_date(parse):
    text = ("Lorna Kinnaird has been confirmed as the permanent chief officer of the Aberlour Health and Social Care "
            "Partnership, NHS Strathdee and Aberlour Council announced today. She succeeds Graeme Pirnie, who "
            "returned to his substantive role as NHS Strathdee's General Manager for Aberlour in August.")
    found = ruled(parse, text, "post")
    assert ("Lorna Kinnaird", "Aberlour Health and Social Care Partnership", "permanent chief officer") in found
    assert not [p for p in found if p[0] == "Lorna Kinnaird" and p[1] in {"NHS Strathdee", "Aberlour Council"}]
    assert ("Graeme Pirnie", "NHS Strathdee", "general manager for aberlour") in found, found


def test_a_hospital_is_a_facility_wherever_it_stands(parse):
    facts = extract(parse("Castlebrook General Hospital will close its minor injuries unit. Staff at Kelby Royal "
                          "Infirmary were told on Monday by Castlebrook Hospitals NHS Trust."))
    assert set(facts.organisations) == {"Castlebrook Hospitals NHS Trust"}


def test_names_with_hyphens_with_saints_and_with_words_the_tagger_called_people(parse):
    text = ("Staff from Ashcombe and Maudsley NHS Foundation Trust met Bramley-on-Sea City Council officers. "
            "Ashby with Fellwick Borough Council and NHS Penrose and Isles of Tresco Integrated Care Board "
            "signed the deal with North Harrow and St Anselm's Mental Health NHS Trust. The Eastwold and Fenby "
            "VCSE Assembly met Age UK Eastwold and Fenby Mind.")
    facts = extract(parse("Who sits on the board?\nNigel Fenwick, chair, Healthwatch Eastwold\n"))
    assert ("Nigel Fenwick", "Healthwatch Eastwold", "Chair") in {(p.person, p.organisation, p.role)
                                                                  for p in facts.posts}
    assert {"Ashcombe and Maudsley NHS Foundation Trust", "Bramley-on-Sea City Council",
            "Ashby with Fellwick Borough Council", "NHS Penrose and Isles of Tresco Integrated Care Board",
            "North Harrow and St Anselm's Mental Health NHS Trust", "Eastwold and Fenby VCSE Assembly",
            "Age UK Eastwold", "Fenby Mind"} <= set(extract(parse(text)).organisations)


def test_a_long_definite_description_and_a_pct_refer_back(parse):
    facts = extract(parse("The Eastwold Health and Wellbeing Board met on Tuesday. Coun Margaret Tolley, who chairs "
                          "the health and wellbeing board, spoke first. NHS Harbury said the PCT would close."))
    assert "the health and wellbeing board" in facts.organisations["Eastwold Health and Wellbeing Board"].aliases
    assert "the PCT" in facts.organisations["NHS Harbury"].aliases and "PCT" not in facts.organisations
    assert ("Margaret Tolley", "Eastwold Health and Wellbeing Board") in {(p.person, p.organisation)
                                                                          for p in facts.posts}


def test_mixed_case_acronyms_a_title_in_apposition_and_the_two_organisations(parse):
    text = ("Harbury University Teaching Hospitals NHS Trust (HUTH) and Northern Fenby and Goole NHS Foundation "
            "Trust (NFaG) confirmed that Jon Fairley will become group chief executive of the two organisations. "
            "Paul Gribble, NFaG's deputy chief executive, will become managing director of NFaG.\n\n"
            "East Dunmore Healthcare NHS Trust runs two hospitals. East Dunmore Healthcare said its deputy chief "
            "executive, Sean Maybrick, would act as interim chief executive.")
    facts = extract(parse(text))
    assert "Sean Maybrick" in facts.people and "NFaG" not in facts.organisations
    found = ruled(parse, text, "post")
    assert {("Jon Fairley", "Harbury University Teaching Hospitals NHS Trust", "group chief executive"),
            ("Jon Fairley", "Northern Fenby and Goole NHS Foundation Trust", "group chief executive"),
            ("Paul Gribble", "Northern Fenby and Goole NHS Foundation Trust", "deputy chief executive"),
            ("Paul Gribble", "Northern Fenby and Goole NHS Foundation Trust", "managing director"),
            ("Sean Maybrick", "East Dunmore Healthcare NHS Trust", "deputy chief executive")} <= found, found


def test_a_semicolon_list_of_categories_names_awards_not_bodies(parse):
    text = ("Fenmoor Partnership NHS Foundation Trust (FPFT) has been shortlisted for seven HSJ Awards. The trust is "
            "in the running for Mental Health Innovation of the Year; Community Health Service Redesign; Improving "
            "Care for Older People; and Workforce Initiative of the Year.\n\nThe Thornbury Together partnership "
            "has been shortlisted for three HSJ Awards: Integrated Care Initiative of the Year; Community Health "
            "Service Redesign; and Improving Care for Older People.")
    facts = extract(parse(text))
    assert set(facts.organisations) == {"Fenmoor Partnership NHS Foundation Trust", "Thornbury Together"}
    got = {(a.recipient, a.award) for a in facts.awards}
    assert {("Fenmoor Partnership NHS Foundation Trust", "Community Health Service Redesign"),
            ("Fenmoor Partnership NHS Foundation Trust", "Improving Care for Older People"),
            ("Thornbury Together", "Community Health Service Redesign")} <= got, got


def test_designations_listed_after_the_choice_and_of_a_first_wave(parse):
    text = ("Six areas have been chosen to take part in the Healthy Villages programme, run jointly by the Fenwick "
            "Foundation and the Lindley Trust. The six areas are Ashfield (Ashfield CVS and partners), Brampton "
            "(Brampton Council for Voluntary Service and partners) and Coxley (Coxley Community Trust).\n\n"
            "The chosen vanguard sites include Farnley Health and Care Alliance, the Oxmoor Partnership and "
            "Redfield Together.\n\nThe Strathmoor Integrated Care System has been formally designated as one of "
            "the first wave of integrated care systems.")
    got = award_triples(extract(parse(text)))
    assert {("Oxmoor Partnership", "Vanguard", "designated"),
            ("Strathmoor Integrated Care System", "Integrated Care System", "designated")} <= got, got
    # the rules propose the three areas; the model retrained in round 24 (award threshold 0.60)
    # weighs them at 0.38-0.51, so this asks about the rules' reading
    assert {("Ashfield Council for Voluntary Service", "healthy villages"),
            ("Coxley Community Trust", "healthy villages")} <= ruled(parse, text, "award")
    assert not [a for a in got if a[0] in {"Fenwick Foundation", "Lindley Trust"}]


def test_one_plural_title_shared_respectively_over_short_forms(parse):
    text = ("Avonford Hospitals NHS Foundation Trust, Severnside NHS Foundation Trust and Wychwood Community NHS "
            "Foundation Trust are to share a chair and chief executive. Liam Cole and Sara Finch, chief executives "
            "of Avonford and Severnside respectively, will lead the group on an interim basis.")
    found = ruled(parse, text, "post")
    assert {("Liam Cole", "Avonford Hospitals NHS Foundation Trust", "chief executive"),
            ("Sara Finch", "Severnside NHS Foundation Trust", "chief executive")} <= found, found
    assert ("Liam Cole", "Severnside NHS Foundation Trust", "chief executive") not in found


def test_a_title_ends_at_a_dash_a_bracket_or_a_clause(parse):
    found = set()
    for text in ("Gwen Price was appointed to the new Programme Director post – funded jointly by Harbury Council "
                 "and NHS Harbury – in May.",
                 "Cllr Adrian Vane, the Liberal Democrat group leader on Harbury Council, said the plan was rushed.",
                 "Kenneth Dunn, Vice Chair of Eastholm Integration Joint Board, and that board's chair met on Monday."):
        found |= {k[2] for k in candidates(parse, text, "post")}
    assert not [t for t in found if "funded" in t or "and that" in t or t.startswith("but ")], found


def test_board_list_lines_of_name_dash_title_comma_body(parse):
    text = ("Present:\nCarol Wrenn – Chief Executive, Fenby Community Health and Care NHS Trust (FCH&C)\n"
            "Dr Hamish Lowrie – Director of Public Health, Fenby County Council\n")
    assert {("Carol Wrenn", "Fenby Community Health and Care NHS Trust", "chief executive"),
            ("Hamish Lowrie", "Fenby County Council", "director of public health")} <= ruled(parse, text, "post")


def test_a_surname_that_is_also_a_title_word(parse):
    facts = extract(parse("Board members:\n\nMargaret Dean – Chair\nDr Simon Hale – Chief Executive\n\n"
                          "Hollin Vale NHS Trust said Ms Dean would chair the meeting."))
    assert {"Margaret Dean", "Simon Hale"} <= set(facts.people)


def test_the_title_comma_name_is_at_the_body_the_text_is_about(parse):
    text = ("NHS Strathmoor has announced a new structure. The outgoing chief executive, Gerry Lynch, leaves at "
            "the end of the month.")
    assert ("Gerry Lynch", "NHS Strathmoor", "chief executive") in ruled(parse, text, "post")


def test_a_title_after_whose_belongs_to_the_body_before_it(parse):
    text = ("A spokesman for Wessex Vale NHS Foundation Trust, whose chief executive, Mary Holt, sits on the "
            "cluster's board, said the trust was ready.")
    found = ruled(parse, text, "post")
    assert ("Mary Holt", "Wessex Vale NHS Foundation Trust", "chief executive") in found
    assert not [k for k in found if k[2] == "spokesman"], found
    text = ("The plan was backed by Brackmoor City Council, whose director of adult social services Peter Quinn "
            "said the money was welcome.")
    assert ("Peter Quinn", "Brackmoor City Council", "director of adult social services") in ruled(parse, text, "post")


def test_a_style_word_that_opens_a_title_of_a_place_stays_in_the_title(parse):
    text = ("Brackmoor City Council has appointed a new director. The Mayor of Brackmoor, Janet Rowe, said the "
            "appointment mattered. Professor of Nursing Alan Hext, of Brackmoor University, agreed.")
    found = candidates(parse, text, "post")
    # "Mayor" stays a title, not a style; "of Brackmoor" is the council's own place, so the post is "mayor"
    assert ("Janet Rowe", "Brackmoor City Council", "mayor") in found, found
    assert not [k for k in found if k[2].startswith("of ")], found


def test_a_plural_head_with_an_and_of_its_own_goes_with_every_place(parse):
    facts = extract(parse("The minister named non-executive directors to the boards of the Kilbrook, South Eastern "
                          "and Western Health and Social Care Trusts on Tuesday."))
    assert {"Kilbrook Health and Social Care Trust", "South Eastern Health and Social Care Trust",
            "Western Health and Social Care Trust"} <= set(facts.organisations), facts.organisations
    facts = extract(parse("Jean Kerr and Callum Ross lead the Strathmoor and Kelvale Health and Social Care "
                          "Partnerships."))
    assert {"Strathmoor Health and Social Care Partnership", "Kelvale Health and Social Care Partnership"} \
        <= set(facts.organisations), facts.organisations
    facts = extract(parse("Staff at Harford Health and Social Care Trust were told on Monday."))
    assert "Harford Health and Social Care Trust" in facts.organisations


def test_a_board_list_line_of_a_title_phrase_names_a_person_not_the_title(parse):
    text = ("NHS Wessex Vale Integrated Care Board\n\nMinutes of the Board meeting held in public\n\nPresent:\n"
            "Rosa White – Chair\nKeith Rumble – Non-Executive Member (Chair of Audit and Risk Committee)\n"
            "Cllr Adam Duff – Partner Member, Local Authorities (Brackmoor County Council)\n"
            "Alice Bright – Partner Member, NHS Trusts (Chief Executive, Harford Community NHS Trust)\n")
    facts = extract(parse(text))
    assert {"Rosa White", "Keith Rumble", "Adam Duff", "Alice Bright"} <= set(facts.people), facts.people
    assert not [p for p in facts.people if "Member" in p], facts.people
    found = candidates(parse, text, "post")
    assert ("Keith Rumble", "NHS Wessex Vale Integrated Care Board", "non-executive member") in found
    assert ("Alice Bright", "Harford Community NHS Trust", "chief executive") in found


def test_a_sponsor_line_under_a_category_heading_keeps_the_heading(parse):
    text = ("Wessex Partnership Awards 2019\n\nTHE SHORTLIST\n\nBest Mental Health Partnership with the NHS\n"
            "Sponsored by Kestrel Healthcare\n\n"
            "Harford Community NHS Trust and Brackmoor Mind – Crisis café network\n"
            "Wessex Vale NHS Foundation Trust with Brackmoor United Foundation – Kick Off Your Mind\n\n"
            "Best Integrated Care Partnership\nSponsored by Allocate Software\n\n"
            "Brackmoor Healthcare NHS Trust and Brackmoor County Council – Discharge to assess\n")
    found = candidates(parse, text, "award")
    assert {("Harford Community NHS Trust", "best mental health partnership with the nhs"),
            ("Brackmoor Mind", "best mental health partnership with the nhs"),
            ("Brackmoor County Council", "best integrated care partnership")} <= found, found
    assert not [k for k in found if k[0] in {"Kestrel Healthcare", "Allocate Software"}], found
    facts = extract(parse(text))
    assert not [o for o in facts.organisations if o.startswith("Best ")], facts.organisations


def test_page_furniture_and_other_stories_headlines_are_no_award_categories(parse):
    text = ("Harford team shortlisted for national award\n\nA joint team run by Harford Council and Harford "
            "Community NHS Trust has been shortlisted in the integrated care category of the Wessex Health "
            "Awards.\n\nAdvertisement\n\nThe service is paid for by NHS Harford Clinical Commissioning Group and "
            "the council, and it has cut delayed discharges by a third since it started last year.\n\n"
            "Share this article\n\nRead more:\nBrackmoor GP surgery to close its list to new patients\n"
            "Kelso man jailed after stealing charity box\n")
    awards = {k[1] for k in candidates(parse, text, "award")}
    assert not [a for a in awards if "advertisement" in a or "surgery" in a or "jailed" in a or "share" in a], awards


def test_board_list_lines_with_a_bracketed_other_post(parse):
    text = ("NHS Wessex Vale Integrated Care Board takes over from the county's CCG tomorrow.\n\n"
            "Who is on the board\n\nExecutive members\nJane Pike - Chair\n"
            "Matthew Kerr - Director of Finance (currently chief finance officer, NHS Wessex Vale CCG)\n"
            "Non-executive members\nAlison Tate - Non-executive member, chair of the audit committee\n"
            "Neil Hobb - Non-executive member (former chief executive, Harford District Council)\n")
    facts = extract(parse(text))
    assert {"Jane Pike", "Matthew Kerr", "Alison Tate", "Neil Hobb"} == set(facts.people), facts.people
    ruled_posts = ruled(parse, text, "post")
    assert ("Matthew Kerr", "NHS Wessex Vale Clinical Commissioning Group", "chief finance officer") in ruled_posts
    assert ("Neil Hobb", "Harford District Council", "chief executive") in ruled_posts
    assert not [k for k in ruled_posts if k[2] in {"director of finance", "non-executive member"}
                and k[1] != "NHS Wessex Vale Integrated Care Board"], ruled_posts
    found = candidates(parse, text, "post")
    assert ("Alison Tate", "NHS Wessex Vale Integrated Care Board", "non-executive member") in found, found
    assert ("Matthew Kerr", "NHS Wessex Vale Integrated Care Board", "director of finance") in found, found


def test_places_saints_buildings_dates_and_sponsors_are_not_people(parse):
    text = ("Sefton is one of nine places in Cheshire and Merseyside, alongside Cheshire East, Cheshire West and "
            "Mid Devon. Volunteers from St Luke's hospice met at John Muir House in January.\n\n"
            "Best Care Partnership\nSponsored by Hill Dickinson\n\n"
            "Kate West, chief executive of Harford Community NHS Trust, said the service was a model.")
    facts = extract(parse(text))
    assert set(facts.people) == {"Kate West"}, facts.people


def test_first_names_that_are_months_stay_names(parse):
    facts = extract(parse("June Harley, chief executive of Harford Community NHS Trust, and April Stone, chair of "
                          "Brackmoor City Council, met in May."))
    assert {"June Harley", "April Stone"} <= set(facts.people), facts.people


# --- round 5: board pages, own committees, double-barrelled names, places' titles -------------
BOARD_PAGE = ("Harford Vale Community NHS Trust\n\nBoard of Directors\n\nNon-Executive Directors\n\n"
              "Gerald Fairbank\nDeputy Chair and Senior Independent Director\n"
              "Gerald is a chartered accountant and chairs the Audit Committee.\n\n"
              "Dr Colin Mackintosh\nNon-Executive Director\n"
              "Colin chairs the Finance and Performance Committee.\n\n"
              "Executive Directors\n\nPaula Strand-Ellis\nChief Operating Officer\n\n"
              "Joanne Marsh\nDirector of Finance, Harford Vale Community NHS Trust\n")


def test_a_name_line_over_a_title_line_names_a_person_with_a_post_at_the_page_body(parse):
    facts = extract(parse(BOARD_PAGE))
    assert {"Gerald Fairbank", "Colin Mackintosh", "Paula Strand-Ellis", "Joanne Marsh"} <= set(facts.people)
    found = candidates(parse, BOARD_PAGE, "post")
    body = "Harford Vale Community NHS Trust"
    for key in [("Colin Mackintosh", body, "non-executive director"), ("Paula Strand-Ellis", body, "chief operating officer"),
                ("Joanne Marsh", body, "director of finance"), ("Gerald Fairbank", body, "senior independent director")]:
        assert key in found, (key, found)
    # a line of prose under a name is no title line
    prose = candidates(parse, "Harford Vale Community NHS Trust\n\nJane Pike\nThe chair said the director would go.\n", "post")
    assert not [k for k in prose if k[0] == "Jane Pike"], prose


def test_a_boards_own_committee_is_part_of_the_body_and_its_chair_a_post_there(parse):
    facts = extract(parse(BOARD_PAGE))
    assert not [o for o in facts.organisations if "Committee" in o], facts.organisations
    found = candidates(parse, BOARD_PAGE, "post")
    assert ("Gerald Fairbank", "Harford Vale Community NHS Trust", "chair of the audit committee") in found, found
    # a committee with a place or a joint committee is a body of its own
    facts = extract(parse("Dr Asha Menon chairs Brackmoor Local Medical Committee, and the Harford Joint Committee "
                          "of the three trusts meets monthly."))
    assert {"Brackmoor Local Medical Committee", "Harford Joint Committee"} <= set(facts.organisations), facts.organisations


def test_a_given_name_and_hyphenated_surname_is_a_person(parse):
    text = ("Mrs Lloyd takes over from Nerys Cadwaladr-Pryce, the health board's assistant director of partnerships.\n\n"
            "Brackmoor Council has chosen Dr Imogen Stalwood-Fry as director of adult social care.\n\n"
            "Rosalind Fairley-Khan, who joins from Harford County Council, will be its place director.\n\n"
            "His counterpart at Wyvern Council, Yasmin Okoro-Penrose, was appointed in the spring. "
            "The bus runs from Stockton-on-Tees to Barrow-in-Furness.")
    facts = extract(parse(text))
    assert {"Nerys Cadwaladr-Pryce", "Imogen Stalwood-Fry", "Rosalind Fairley-Khan",
            "Yasmin Okoro-Penrose"} <= set(facts.people), facts.people
    assert not [p for p in facts.people if "Stockton" in p or "Barrow" in p or p == "Fairley-Khan"], facts.people
    assert not [o for o in facts.organisations if "Cadwaladr" in o or "Stalwood" in o], facts.organisations


def test_a_places_title_is_at_that_places_body(parse):
    text = ("Harford Teaching Hospitals NHS Foundation Trust and Harford City Council have agreed a joint plan. "
            "Harford's director of adult social services, Karen Whitley, welcomed it.")
    found = candidates(parse, text, "post")
    assert ("Karen Whitley", "Harford City Council", "director of adult social services") in found, found
    # a council's statutory title with no body of the place named: the place, as written
    text = ("Bridgend and Swansea councils met the health board. Wyvernshire's director of social services, "
            "Aled Pennant, said the plan was sound.")
    found = candidates(parse, text, "post")
    assert ("Aled Pennant", "Wyvernshire", "director of social services") in found, found


def test_a_group_of_bodies_in_reported_speech_spreads_no_post(parse):
    text = ("Harford Mental Health NHS Trust, Brackmoor NHS Foundation Trust and Wyvern Care NHS Trust have formed a "
            "provider collaborative. Stuart Penrith, chair of Harford Mental Health NHS Trust, said the three trusts "
            "had spent a year learning each other's numbers. \"Both boards agreed,\" he said.")
    found = candidates(parse, text, "post")
    assert not [k for k in found if k[0] == "Stuart Penrith" and k[1] != "Harford Mental Health NHS Trust"
                and "rule:shared_over" in next(c.rules for c in propose(parse(text)).candidates if c.key == k)], found
    # the post a sentence spans over both bodies is at each
    text = ("Calderbrook Hospitals NHS Foundation Trust and Calderbrook Community Health NHS Trust are to share a "
            "chair. Peter Ogden, currently chair of the community trust, will chair both boards.")
    assert {("Peter Ogden", "Calderbrook Hospitals NHS Foundation Trust", "chair"),
            ("Peter Ogden", "Calderbrook Community Health NHS Trust", "chair")} <= candidates(parse, text, "post")


def test_a_place_that_opens_another_bodys_name_is_no_short_form_of_it(parse):
    text = ("The Harford District and Wyvern Health and Care Partnership brings together:\n"
            "- City of Harford Metropolitan District Council\n- Harford District Care NHS Foundation Trust\n"
            "- Wyvern Hospitals NHS Foundation Trust\n")
    facts = extract(parse(text))
    assert "Harford District and Wyvern Health and Care Partnership" in facts.organisations, facts.organisations
    assert "Wyvern Health and Care Partnership" not in facts.organisations
    # a real short form still splits: 'Pennine Vale Care' of 'Pennine Vale Care NHS Foundation Trust'
    facts = extract(parse("Pennine Vale Care NHS Foundation Trust runs the service. Pennine Vale Care and Brackmoor "
                          "Council will sign the agreement."))
    assert {"Pennine Vale Care NHS Foundation Trust", "Brackmoor Council"} <= set(facts.organisations), facts.organisations


def test_an_nhs_body_named_after_a_council_in_one_run(parse):
    facts = extract(parse("The chair alternates between Wyvernshire Council and NHS Wyvernshire; she hands over to "
                          "the health board's vice-chair in April. Harford City Council and NHS Greater Harford and "
                          "Clydevale signed it."))
    assert {"Wyvernshire Council", "NHS Wyvernshire", "Harford City Council",
            "NHS Greater Harford and Clydevale"} <= set(facts.organisations), facts.organisations


def test_local_voluntary_bodies_named_after_their_national_network(parse):
    facts = extract(parse("Kathryn Sowden, chief executive of Community Action Harford and District, said "
                          "Healthwatch Harford and District and Voluntary Action Brackmoor had backed the plan."))
    assert {"Community Action Harford and District", "Healthwatch Harford and District",
            "Voluntary Action Brackmoor"} <= set(facts.organisations), facts.organisations
    assert ("Kathryn Sowden", "Community Action Harford and District") in {
        (p.person, p.organisation) for p in facts.posts}


def test_a_service_before_at_and_a_title_before_of_are_no_part_of_a_name(parse):
    facts = extract(parse("Before that she was Clinical Director for Adult Mental Health at Harford and Brackmoor "
                          "Partnership NHS Foundation Trust. She is a former Pro-Vice-Chancellor of Wyvern Moores "
                          "University."))
    assert {"Harford and Brackmoor Partnership NHS Foundation Trust", "Wyvern Moores University"} <= set(
        facts.organisations), facts.organisations
    assert not [o for o in facts.organisations if o.startswith(("Adult", "Pro"))], facts.organisations


def test_a_possessor_at_the_start_of_a_sentence_holds_the_title(parse):
    found = candidates(parse, "Unicare's northern regional organiser, Kevin Farrow, said all staff would transfer.",
                       "post")
    assert ("Kevin Farrow", "Unicare", "northern regional organiser") in found, found


def test_members_of_a_body_the_text_calls_the_partnership_of_a_list(parse):
    text = ("Harford Community Health NHS Trust\n\nWorking in partnership\nThe Trust is a member of Healthy Harford, "
            "the partnership of Harford Council, NHS Harford CCG, Brackmoor Partnership NHS Foundation Trust and the "
            "Trust, and is part of the Wyvern and Harford Health and Care Partnership.\n")
    facts = extract(parse(text))
    assert not [o for o in facts.organisations if o[:1] in ",-"], facts.organisations
    ruled_members = {k for k in ruled(parse, text, "member")}
    assert {("Healthy Harford", "Harford Council"), ("Healthy Harford", "NHS Harford Clinical Commissioning Group"),
            ("Healthy Harford", "Brackmoor Partnership NHS Foundation Trust")} <= ruled_members, ruled_members
    assert ("Healthy Harford", "Wyvern and Harford Health and Care Partnership") not in ruled_members


def test_a_field_in_ing_is_part_of_the_title_and_a_joint_post_at_both_bodies(parse):
    facts = extract(parse("Jane Smeaton, joint director of commissioning for Harford Council and NHS Harford CCG, "
                          "said the fund would grow."))
    posts = post_triples(facts)
    assert {("Jane Smeaton", "Harford Council", "joint director of commissioning"),
            ("Jane Smeaton", "NHS Harford Clinical Commissioning Group", "joint director of commissioning")} <= posts, posts
    facts = extract(parse("Bob Jarrow was appointed director of integration, a joint post between Harford Council "
                          "and Wyvern Hospitals NHS Trust."))
    posts = post_triples(facts)
    assert {("Bob Jarrow", "Harford Council", "director of integration"),
            ("Bob Jarrow", "Wyvern Hospitals NHS Trust", "director of integration")} <= posts, posts


def test_national_bodies_opened_by_a_head_and_of_keep_their_whole_name(parse):
    facts = extract(parse("The Association of Directors of Coastal Care Services and the Society of Harbour Authority "
                          "Chief Executives warned of churn, and the Royal College of Community Practitioners agreed."))
    assert {"Association of Directors of Coastal Care Services", "Society of Harbour Authority Chief Executives",
            "Royal College of Community Practitioners"} <= set(facts.organisations), facts.organisations


def test_an_acronym_of_a_name_without_its_kind_of_body_is_that_body(parse):
    facts = extract(parse("Wyvern Bro Harford University Health Board said the plan was sound. WBHU chief executive "
                          "Gareth Pryce said it would help. The new trust, North Brackmoor Integrated Care NHS "
                          "Foundation Trust, will be known as NBIC. NBIC said it was proud."))
    orgs = facts.organisations
    assert "WBHU" in orgs["Wyvern Bro Harford University Health Board"].aliases, orgs
    assert "NBIC" in orgs["North Brackmoor Integrated Care NHS Foundation Trust"].aliases, orgs
    assert "Gareth Pryce" in facts.people and "Gareth Pryce" not in orgs
    assert ("Gareth Pryce", "Wyvern Bro Harford University Health Board") in {
        (p.person, p.organisation) for p in facts.posts}


def test_an_acronym_in_brackets_after_a_title_is_no_body(parse):
    facts = extract(parse("He also holds the statutory role of Director of Adult Social Services (DASS) for "
                          "Harford Council."))
    assert set(facts.organisations) == {"Harford Council"}, facts.organisations


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(parse):
    facts = extract(parse("Brackmoor Council has chosen Dr Imogen Stalwood-Fry as director. Dr Stalwood-Fry, who "
                          "starts in October, has been corporate director for adult care at Harford Council since "
                          "2021. From September the role grows, and Greater Harford staff were told."))
    assert set(facts.people) == {"Imogen Stalwood-Fry"}, facts.people
    assert ("Imogen Stalwood-Fry", "Harford Council") in post_pairs(facts)


def test_a_shared_plural_head_gives_its_kind_words_to_a_first_name_without_any(parse):
    for head in ("County Borough Councils", "county borough councils"):
        facts = extract(parse(f"The board is made up of Wyvern University Health Board and Brackmoor Tydfil and "
                              f"Harford Cynon Vale {head}."))
        assert {"Brackmoor Tydfil County Borough Council", "Harford Cynon Vale County Borough Council"} <= set(
            facts.organisations), facts.organisations
    facts = extract(parse("Harford City and Wyvern District Councils agreed. Brackmoor Teaching Hospitals and "
                          "Harford NHS Foundation Trusts merged."))
    assert {"Harford City Council", "Wyvern District Council", "Brackmoor Teaching Hospitals NHS Foundation Trust",
            "Harford NHS Foundation Trust"} <= set(facts.organisations), facts.organisations


def test_a_campus_and_an_emergency_department_are_sites_not_bodies(parse):
    facts = extract(parse("Staff at Harford General A&E and the Brackmoor Campus were told. Harford Council agreed."))
    assert set(facts.organisations) == {"Harford Council"}, facts.organisations


# --- round 6: shapes from the w100-w109 study ---------------------------------------------------
def test_a_body_named_in_capitals_is_an_organisation_with_its_name_in_normal_case(parse):
    """Minutes and press releases set the body's name in capitals in their heading."""
    facts = extract(parse("HARFORD INTEGRATION JOINT BOARD\n\nMINUTES of the meeting held on 3 March 2016\n\n"
                          "The WYVERN HEALTH AND WELLBEING BOARD met on Monday.\n"))
    assert {"Harford Integration Joint Board", "Wyvern Health and Wellbeing Board"} <= set(
        facts.organisations), facts.organisations


def test_a_chief_executive_of_a_name_without_a_head_word_is_at_that_body(parse):
    """'chief executive of Carers Support Wyvern': a title held only at a body, so what follows
    'of' is a body, where 'director of Primary Care' names a field."""
    facts = extract(parse("Kim Fry, chief executive of Carers Support Wyvern, said the grant was welcome. "
                          "Jo Bell, director of Primary Care Development at Wyvern Hospitals NHS Trust, agreed."))
    assert ("Kim Fry", "Carers Support Wyvern") in post_pairs(facts), facts.posts
    assert "Primary Care Development" not in facts.organisations


def test_a_title_opened_by_a_verb_form_keeps_its_first_word(nlp):
    """'managing director': the tagger reads 'managing' as a verb; the title is whole."""
    got = candidates(nlp, "Harford Community Services runs district nursing. Appointed as managing director in "
                          "2017, Jane Smeaton has led the merger.", "post")
    assert any(key[2] == "managing director" for key in got), got


def test_a_chair_of_a_boards_own_committee_keeps_the_committee_in_the_title(nlp):
    got = candidates(nlp, "Anjali Seth, a non-executive director of Wyvern Community NHS Trust, is chair of the "
                          "Quality and Safety Committee.", "post")
    assert ("Anjali Seth", "Wyvern Community NHS Trust", "chair of the quality and safety committee") in got, got


def test_a_bulleted_list_of_bodies_names_bodies_without_a_head_word(parse):
    """Statutory partners in bullets: 'Invest Harford' and 'the Education Authority' are bodies
    because the list they stand in names bodies; a line that names a person stays a person."""
    facts = extract(parse("The plan was launched by the Harford Growth Partnership, the community planning "
                          "partnership for the district.\n\nSome public bodies must take part. In Harford these are:"
                          "\n\n- the Wyvern Health and Social Care Trust\n- the Education Authority\n"
                          "- Invest Harford\n\nThe partnership also includes Harford Regional College.\n"))
    assert {"Education Authority", "Invest Harford"} <= set(facts.organisations), facts.organisations
    members = {m for p in facts.partnerships if p.name == "Harford Growth Partnership" for m in p.members}
    assert {"Wyvern Health and Social Care Trust", "Harford Regional College"} <= members, facts.partnerships
    facts = extract(parse("The board has three members:\n\n- Jane Smeaton, Harford Council\n"
                          "- Bob Jarrow, NHS Wyvern\n- Alan Tull, Wyvern Hospitals NHS Trust\n"))
    assert "Bob Jarrow" in facts.people and "Bob Jarrow" not in facts.organisations


def test_a_list_line_that_names_a_group_then_its_bodies_gives_the_group_those_members(parse):
    """Designation lists: '- Name – A, B and C'. Each line's bodies belong to that line's group,
    not to the group of the line before; a place alone names no group."""
    facts = extract(parse("The care home vanguards are:\n\n"
                          "- Harford and partners – Harford NHS Foundation Trust, NHS Harford CCG and Harford "
                          "Council, extending the telemedicine hub.\n\n"
                          "- Brackmoor Homes of Care – NHS Brackmoor CCG and the London Borough of Brackmoor, with "
                          "Brackmoor Community NHS Trust.\n\n"
                          "- Fenby Alliance – made up of NHS Fenby CCG, Fenby City Council and Fenby Hospitals "
                          "NHS Trust.\n"))
    members = {p.name: set(p.members) for p in facts.partnerships if p.name}
    assert members.get("Harford and partners", set()) >= {"Harford NHS Foundation Trust", "Harford Council"}, members
    assert members.get("Brackmoor Homes of Care", set()) >= {"London Borough of Brackmoor"}, members
    assert not members.get("Brackmoor Homes of Care", set()) & {"Fenby City Council", "Fenby Hospitals NHS Trust"}


def test_an_awards_list_entry_that_names_a_person_gives_the_award_to_the_person(parse):
    """'Winner: Name, Title, Employer': an award given to a person is not given to their employer;
    the employer is a body even without a head word, and the title is nobody's name."""
    facts = extract(parse("The Harford Care Awards 2012 - Winners and Finalists\n\nTHE HOME CARE WORKER AWARD\n"
                          "Winner: Maureen Tibbs, Home Care Worker, Harford Homecare (Stockport)\n"
                          "Finalists: Janet Worsley, Care Worker, Brackmoor Homecare; Craig Ashurst, Support Worker, "
                          "Fenby Space\n"))
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert {("Maureen Tibbs", "won"), ("Janet Worsley", "finalist"), ("Craig Ashurst", "finalist")} <= got, got
    assert not {r for r, _ in got} & {"Harford Homecare", "Brackmoor Homecare", "Fenby Space"}, got
    assert "Harford Homecare" in facts.organisations and "Support Worker" not in facts.people


def test_people_named_in_apposition_are_not_taken_for_an_employer(parse):
    facts = extract(parse("The Mayor of Harford, Coun Barry Curran, and the Mayoress, Carol Curran, opened it. "
                          "The post holder reports to the council's chief executive, Paul Hale, and the CCG's "
                          "accountable officer, Dr Ruth Lavery."))
    assert {"Carol Curran", "Ruth Lavery"} <= set(facts.people), facts.people
    assert not {"Carol Curran", "Ruth Lavery"} & set(facts.organisations)


def test_a_title_without_a_body_in_minutes_is_at_the_body_the_heading_names(parse):
    """Minutes and board pages open with their body's name alone; a title with no body beside it
    ('Kate Aber, Interim Chief Officer') is held there, not at the body named most often."""
    facts = extract(parse("HARFORD INTEGRATION JOINT BOARD\n\nMINUTES of the meeting held on 3 March 2016\n\n"
                          "Voting Members\nAlan Tull, Non-Executive Board Member, NHS Wyvern\n"
                          "Ruth Mack, Non-Executive Board Member, NHS Wyvern\n\nNon-Voting Members\n"
                          "Kate Aber, Interim Chief Officer\nEwan Lock, Chief Finance Officer\n\n"
                          "Apologies were received from Dr Jo Hart, Non-Executive Board Member, NHS Wyvern.\n"))
    posts = post_pairs(facts)
    assert {("Kate Aber", "Harford Integration Joint Board"), ("Ewan Lock", "Harford Integration Joint Board"),
            ("Alan Tull", "NHS Wyvern")} <= posts, posts


def test_an_employer_after_a_title_may_be_an_acronym_or_hyphenated(parse):
    facts = extract(parse("THE NURSE AWARD\nFinalists: Rosemary Duckworth, Registered Manager, HWA; Gemma Fairley, "
                          "Care Assistant, HC-Two\n"))
    assert {"HWA", "HC-Two"} <= set(facts.organisations), facts.organisations


def test_a_kind_acronym_alone_refers_to_the_body_of_that_kind_named_before(parse):
    """'the ACO's director' after 'the Harford Accountable Care Organisation': the acronym of a
    kind of body, alone, is the one body of that kind the article named."""
    facts = extract(parse("The Harford Accountable Care Organisation brings together Harford Council and Wyvern "
                          "Hospitals NHS Foundation Trust. Jo Bell will be the ACO's director of integrated care."))
    assert "ACO" not in facts.organisations, facts.organisations
    assert ("Jo Bell", "Harford Accountable Care Organisation") in post_pairs(facts)


def test_their_title_after_bodies_spoken_of_as_a_group_is_held_at_each(parse):
    facts = extract(parse("NHS Harford CCG and NHS Wyvern CCG have agreed a pooled budget with Harford Council. "
                          "The two CCGs, which share a chief officer, will put the largest sum into the fund. "
                          "Their chief officer, Tamsin Rook, said the agreement was good."))
    posts = post_pairs(facts)
    assert {("Tamsin Rook", "NHS Harford Clinical Commissioning Group"),
            ("Tamsin Rook", "NHS Wyvern Clinical Commissioning Group")} <= posts, posts
    assert ("Tamsin Rook", "Harford Council") not in posts


# --- round 7 --------------------------------------------------------------------------------------
def test_bodies_listed_in_brackets_after_a_name_are_its_members(parse):
    """'X (A, B and C)': brackets that hold only a list of bodies name the members of the group
    before them, on an awards list line or in prose; a name in the list with no head word
    ('Age UK Westvale') is a body like the others, and the group before the brackets is one
    even with a single hyphened word for a name."""
    facts = extract(parse("Partnership of the Year\n\nQuadborough (Harford City Council, Mereby LBC and Eastwick RBC) "
                          "– Shared Adult Social Care\n"))
    groups = {p.name: set(p.members) for p in facts.partnerships}
    assert groups.get("Quadborough") == {"Harford City Council", "London Borough of Mereby",
                                         "Royal Borough of Eastwick"}, groups
    facts = extract(parse("The Westvale Alliance (NHS Westvale CCG, Westvale Council and Age UK Westvale) was "
                          "highly commended for its work on hospital discharge."))
    groups = {p.name: set(p.members) for p in facts.partnerships}
    assert groups.get("Westvale Alliance") == {"NHS Westvale Clinical Commissioning Group", "Westvale Council",
                                               "Age UK Westvale"}, groups


def test_brackets_that_are_not_a_list_of_bodies_name_no_members(parse):
    facts = extract(parse("Harford Council (HC) and Mereby Hospitals NHS Trust (formerly Mereby and District "
                          "Hospitals) signed an agreement on Monday."))
    assert not [p for p in facts.partnerships if p.name], facts.partnerships


def test_a_category_heading_set_in_capitals_governs_the_entry_lines_below(parse):
    """An awards shortlist page sets its categories in capitals ('PRIMARY CARE INNOVATION OF THE
    YEAR') with a sponsor line under them ('In partnership with X'); the entries below are
    shortlisted for the category, read as a name writes it, and the sponsor is no entrant."""
    facts = extract(parse("Harford Health Awards 2024\n\nThe Harford Health Awards 2024 shortlist is revealed\n\n"
                          "Below are the finalists in two categories.\n\n"
                          "PRIMARY CARE INNOVATION OF THE YEAR\n\nIn partnership with Wyvern Analytics\n\n"
                          "Mereby GP Federation and Mereby Health NHS Trust - Community diabetes clinics\n"
                          "NHS Wyvern ICB - A single response to long Covid\n\n"
                          "PLACE-BASED PARTNERSHIP AWARD\n\n"
                          "Harford Borough Council - One front door for residents\n"))
    results = award_triples(facts)
    assert {("Mereby GP Federation", "Primary Care Innovation of the Year", "shortlisted"),
            ("Mereby Health NHS Trust", "Primary Care Innovation of the Year", "shortlisted"),
            ("NHS Wyvern Integrated Care Board", "Primary Care Innovation of the Year", "shortlisted"),
            ("Harford Borough Council", "Place-based Partnership Award", "shortlisted")} <= results, results
    assert not {a for a in facts.awards if a.recipient == "Wyvern Analytics"}
    assert not {"In Partnership", "THE", "OF"} & set(facts.organisations), facts.organisations


def test_an_entrant_before_a_colon_ends_at_the_colon_and_page_labels_are_no_entrants(parse):
    """'Mereby City Council: Integrated teams for ...' on a shortlist: the body's name ends at the
    colon (the tagger runs it on into the project's title); 'Related: ...' and 'Plus: ...' are
    labels of the page, not entrants."""
    facts = extract(parse("Plus: a new nursing director for Harford's community trust\n\n"
                          "Harford Nursing Awards 2012: the shortlist\n\nCare of Older People\n\n"
                          "Mereby Community Healthcare NHS Trust and Mereby City Council: Integrated neighbourhood "
                          "teams for frail older people in south Mereby\n"
                          "Wyvern Health and Social Care Trust: Care home support team\n\n"
                          "Related: Harford Nursing Awards 2012 - full shortlist\n"))
    recipients = {a.recipient for a in facts.awards}
    assert {"Mereby City Council", "Mereby Community Healthcare NHS Trust",
            "Wyvern Health and Social Care Trust"} <= recipients, recipients
    assert not {"Related", "Plus"} & (recipients | set(facts.organisations)), facts.organisations
    assert not [o for o in facts.organisations if ":" in o], facts.organisations


def test_bodies_counted_under_a_plural_head_then_named_by_place_are_bodies_of_that_kind(parse):
    """'the area's five councils - A, B, C, D and E', 'the seven GP consortia - A, B and C; D; E':
    each place names a body of the kind the plural gives, with the place as written for an alias;
    semicolons, where the list has them, part the places; a place that already names a body of
    that kind is that body; a list of bodies named in full adds nothing."""
    facts = extract(parse("The Gwentmoor Frailty Programme, a partnership between the health board and the area's "
                          "five councils - Blaenmoor, Caerford, Monmoor, Newhaven and Torvale - won the integration "
                          "category at the NHS Wales Awards in 2014."))
    councils = {n for n, o in facts.organisations.items() if o.kind == "LocalAuthority"}
    assert councils == {f"{p} Council" for p in ("Blaenmoor", "Caerford", "Monmoor", "Newhaven", "Torvale")}, councils
    assert "Torvale" in facts.organisations["Torvale Council"].aliases
    members = {m for p in facts.partnerships if p.name == "The Gwentmoor Frailty Programme" for m in p.members}
    assert "Newhaven Council" in members and "Blaenmoor Council" in members, facts.partnerships
    facts = extract(parse("The shadow board brings together Harford County Council, the primary care trust and the "
                          "four GP consortia - Eastby, Westby and Northby; Mereby; Wyvern Coast; and Dunmoor."))
    consortia = {n for n, o in facts.organisations.items() if n.endswith("GP Consortium")}
    assert consortia == {"Eastby, Westby and Northby GP Consortium", "Mereby GP Consortium",
                         "Wyvern Coast GP Consortium", "Dunmoor GP Consortium"}, facts.organisations
    facts = extract(parse("Aylmoor District Council signed the deal. The money goes to the county's four district "
                          "councils - Aylmoor, Wyeford, Chilmoor and South Brent - for adaptations."))
    assert "Aylmoor Council" not in facts.organisations and "Aylmoor District Council" in facts.organisations
    assert {"Wyeford District Council", "Chilmoor District Council"} <= set(facts.organisations)
    # a place some earlier step already linked (a short form) is still one mention, not two
    doc = parse("The money goes to the county's four district councils - Aylmoor, Wyeford, Chilmoor and South Brent.")
    ents = Entities()
    ents.add_org("Aylmoor District Council", kind="LocalAuthority")
    aylmoor = next(t.i for t in doc if t.text == "Aylmoor")
    ents.mentions.append(Mention(aylmoor, aylmoor + 1, "Aylmoor", "ORG", entity="Aylmoor District Council"))
    _add_places_under_a_plural_head(doc, ents, lexicon.load())
    spans = [(m.start, m.end) for m in ents.mentions]
    assert len(spans) == len(set(spans)) == 4, ents.mentions
    facts = extract(parse("It covers the three trusts - Harford Hospitals NHS Trust, Mereby Community NHS Trust and "
                          "Wyvern Ambulance Service NHS Trust."))
    assert not [n for n in facts.organisations if n.endswith("NHS Trust NHS Trust") or n == "Harford NHS Trust"]


def test_a_title_listing_fields_is_whole_and_respectively_may_imply_the_body(parse):
    """'director of primary, community and mental health services': commas between fields stay
    inside the title; 'A and B have been appointed as X and Y respectively' with no body named
    gives X to A and Y to B at the body the article is about."""
    text = ("Harford University Health Board confirmed two appointments on Thursday. Dr Gethin Rowe and Cara Bell "
            "have been appointed as director of primary, community and mental health services and director of "
            "workforce and organisational development respectively.")
    found = candidates(parse, text, "post")
    assert ("Gethin Rowe", "Harford University Health Board",
            "director of primary, community and mental health services") in found, found
    assert ("Cara Bell", "Harford University Health Board",
            "director of workforce and organisational development") in found, found
    assert not {c for c in found if c[0] == "Cara Bell" and "primary" in c[2]}, found


def test_their_group_is_the_last_coordination_of_that_kind_not_the_last_of_any(parse):
    facts = extract(parse("NHS Harford CCG and NHS Wyvern CCG have agreed a pooled budget with Harford Council. "
                          "Grants go to the county's three district councils - Eastby, Westby and Northby. "
                          "The two CCGs share a chief officer. Their chief officer, Tamsin Rook, said the agreement "
                          "was good."))
    posts = post_pairs(facts)
    assert {("Tamsin Rook", "NHS Harford Clinical Commissioning Group"),
            ("Tamsin Rook", "NHS Wyvern Clinical Commissioning Group")} <= posts, posts


def test_a_prefixed_title_word_is_a_title(parse):
    """'vice-chairman', 'co-leader': a title word after vice-, co-, deputy- is a title, so 'The
    board's vice-chairman, X,' is X's post at the board as 'The board's chair, X,' is."""
    text = ("The partnership is overseen by Harford Integration Joint Board. The board's vice-chairman, Ewan Gair, "
            "said the plan was sound.")
    assert ("Ewan Gair", "Harford Integration Joint Board", "vice-chairman") in ruled(parse, text, "post")
    assert ("Ewan Gair", "Harford Integration Joint Board", "Vice-Chairman") in {
        (p.person, p.organisation, p.role) for p in extract(parse(text)).posts}


def test_chairing_a_bodys_committee_named_after_its_possessive(parse):
    facts = extract(parse("Councillor Ewan Gair, who also chairs Harford Council's communities committee, said "
                          "the plan was sound."))
    assert ("Ewan Gair", "Harford Council", "Chair of the Communities Committee") in {
        (p.person, p.organisation, p.role) for p in facts.posts}, facts.posts


def test_a_body_then_and_then_the_next_title_in_capitals(parse):
    """'Director of Integrated Care for the London Borough of Harford and Borough Director
    (Harford) for the CCG': the capitals run on from the body into the next title; the body
    ends before 'and', and each title goes with its own body."""
    facts = extract(parse("Harford Council and NHS Wyvern CCG have signed a section 75 agreement. Rachel Oye will "
                          "become Director of Integrated Care for the London Borough of Harford and Borough Director "
                          "(Harford) for the CCG from 1 November."))
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert ("Rachel Oye", "London Borough of Harford", "Director of Integrated Care") in posts, posts
    assert ("Rachel Oye", "NHS Wyvern Clinical Commissioning Group", "Borough Director") in posts, posts


def test_bulleted_members_with_acronyms_and_names_the_tagger_takes_for_people(parse):
    """A body whose name opens with an honorific's word ('Sir Harfryn ... Alliance': 'Sir' is
    Welsh for county) is a body when it has a head word; bulleted members keep a bracketed
    acronym ('(WWAMH)'), and a line the tagger opens with a 'person' ('Threshold DAS',
    'Crossroads Sir Harfryn') is still a body unless a full name opens it."""
    facts = extract(parse(
        "Seven charities have formed a new alliance.\n\n"
        "The Sir Harfryn Community Wellbeing Alliance has been formed by:\n\n"
        "• Age Cymru Harfryn\n• Crossroads Sir Harfryn\n• West Harfryn Action for Mental Health (WHAMH)\n"
        "• Threshold DAS\n• Citizens Advice Harfryn\n\n"
        "The alliance's chair is Huw Pryce, chief executive of Age Cymru Harfryn.\n"))
    members = {m for p in facts.partnerships if p.name == "Sir Harfryn Community Wellbeing Alliance" for m in p.members}
    assert {"Age Cymru Harfryn", "Crossroads Sir Harfryn", "West Harfryn Action for Mental Health", "Threshold DAS",
            "Citizens Advice Harfryn"} <= members, facts.partnerships
    assert not [p for p in facts.people if "Harfryn" in p], facts.people


def test_a_shared_lower_case_plural_head_takes_no_word_of_the_body_before_the_list(parse):
    facts = extract(parse("The regional partnership board brings together Wyvern University Health Board, "
                          "Harfordshire, Merebyshire and Dunshire county councils, and the third sector."))
    councils = {n for n in facts.organisations if n.endswith("County Council")}
    assert councils == {"Harfordshire County Council", "Merebyshire County Council", "Dunshire County Council"}, councils


def test_a_post_where_she_is_after_a_described_body_and_latterly_as(parse):
    """'from X, the primary care trust cluster, where she is assistant director of ...': the
    description between the body and 'where' does not hide the body; 'spent eight years at Y,
    latterly as head of nursing' is a former post at Y."""
    text = ("Harford Community NHS Trust has appointed Jane Holt as its director of nursing. Ms Holt joins the trust "
            "in September from NHS Mereby and Wyvern, the primary care trust cluster, where she is assistant "
            "director of nursing and patient safety. Before that she spent eight years at Dunmoor NHS Foundation "
            "Trust, latterly as head of nursing for medicine.")
    found = ruled(parse, text, "post")
    assert ("Jane Holt", "NHS Mereby and Wyvern", "assistant director of nursing and patient safety") in found, found
    assert ("Jane Holt", "Dunmoor NHS Foundation Trust", "head of nursing for medicine") in found, found


def test_a_places_body_named_in_lower_case_its_chair_and_vice_chair(parse):
    """"Harfordshire's shadow health and wellbeing board" names a body (the place's possessive,
    then words that name bodies); "It is chaired by the county council's cabinet member ..., Cllr
    X" after sentences that open with 'It' gives X the chair of the body they are about; "The
    vice-chairman is Y" just after is at the body the chair is at (a candidate the scorer weighs)."""
    text = ("Harfordshire's shadow health and wellbeing board brings together Harfordshire County Council, the NHS "
            "Harford primary care trust cluster and the GP consortia.\n\nThe board, set up under the reforms, will "
            "run in shadow form until April. It is expected to take on its powers in 2013, when primary care trusts "
            "are abolished.\n\nIt is chaired by the county council's cabinet member for adult social care, Cllr "
            "Roger Ash. The vice-chairman is Dr Meena Varma, a Tonbridge GP.")
    facts = extract(parse(text))
    board = "Harfordshire Shadow Health and Wellbeing Board"
    assert board in facts.organisations, facts.organisations
    assert ("Roger Ash", board, "Chair") in {(p.person, p.organisation, p.role) for p in facts.posts}, facts.posts
    assert ("Meena Varma", board, "vice-chairman") in candidates(parse, text, "post")
    members = {m for p in facts.partnerships if p.name == board for m in p.members}
    assert "Harfordshire County Council" in members, facts.partnerships
    facts = extract(parse("The ACO's shadow board met on Monday. Kent's board met too."))
    assert not [n for n in facts.organisations if "Shadow Board" in n or n == "Kent Board"], facts.organisations


def test_gp_surgeries_and_practices_are_bodies_not_people(parse):
    """'Colwick Surgery', 'Hartmoor Medical Practice', 'Dene Valley Practice': a GP practice is a
    body (the tagger often takes 'X Surgery' for a person), and a bulleted list introduced by
    'listed below' lists members."""
    facts = extract(parse("Wyvern Health Alliance is owned by the practices listed below.\n\n"
                          "- Colwick Surgery\n- Hartmoor Medical Practice\n- Dene Valley Practice\n- Brinsop Surgery\n"))
    assert {"Colwick Surgery", "Hartmoor Medical Practice", "Dene Valley Practice", "Brinsop Surgery"} <= set(
        facts.organisations), facts.organisations
    assert not [p for p in facts.people if "Surgery" in p or "Practice" in p], facts.people
    members = {m for p in facts.partnerships if p.name == "Wyvern Health Alliance" for m in p.members}
    assert {"Colwick Surgery", "Brinsop Surgery"} <= members, facts.partnerships


def test_a_board_table_of_name_and_title_lines_on_a_bodys_own_page(parse):
    """A body's own page, its first line 'Wyvern Healthcare - the GP federation for Wyvernshire',
    with its board as a flattened table ('Dr Jo Hale - Chair'): each title is at that body."""
    facts = extract(parse("Wyvern Healthcare - the GP federation for Wyvernshire\n\nHome | About us | Contact\n\n"
                          "We work with NHS Wyvernshire CCG and Wyvernshire Council, and with NHS Wyvernshire CCG's "
                          "primary care team.\n\nOur board\n\nName - Title\nDr Joanna Hale - Chair\n"
                          "Dr Marcus Okoro - Managing Director\nBeth Lloyd-Evans - Director of Finance\n"))
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert {("Joanna Hale", "Wyvern Healthcare", "Chair"), ("Marcus Okoro", "Wyvern Healthcare", "Managing Director"),
            ("Beth Lloyd-Evans", "Wyvern Healthcare", "Director of Finance")} <= posts, posts


def test_one_of_the_designated_sites(parse):
    text = "Harford Council is one of 12 vanguard sites chosen by NHS England to test new models of care."
    assert ("Harford Council", "vanguard") in ruled(parse, text, "award")
    assert ("Harford Council", "designated") in {(a.recipient, a.outcome) for a in extract(parse(text)).awards}


def test_a_name_and_title_line_on_a_bodys_own_page_is_a_post_there(parse):
    """A precise reading, not a guess: in minutes headed by a body, 'Ewan Lock, Chief Finance
    Officer' on a line of its own is a post at that body."""
    text = ("HARFORD INTEGRATION JOINT BOARD\n\nMINUTES of the meeting held on 3 March 2016\n\nNon-Voting Members\n"
            "Kate Aber, Interim Chief Officer\nEwan Lock, Chief Finance Officer\n\nIn attendance: Jo Hart, "
            "Non-Executive Board Member, NHS Wyvern.\n")
    found = ruled(parse, text, "post")
    assert {("Kate Aber", "Harford Integration Joint Board", "interim chief officer"),
            ("Ewan Lock", "Harford Integration Joint Board", "chief finance officer")} <= found, found
    assert not {c for c in found if c[0] == "Jo Hart" and c[1] == "Harford Integration Joint Board"}


def test_winners_still_to_be_announced_leave_a_shortlist_shortlisted(parse):
    """A shortlist page says when 'the winners will be revealed': a promise of winners to come,
    not an outcome, so the entries below stay shortlisted; winners announced are winners."""
    page = ("Civic Care Awards 2021\n\nThe shortlist\n\nThe Civic Care Awards 2021 shortlist has been announced. "
            "Finalists will present to the judges in February, and the winners will be revealed at the ceremony "
            "in Harford on 16 March.\n\nCare and Health Integration\n\n"
            "Eastmoor County Council - Better Lives at Home\nNorthmoor Council - Home First\n")
    got = {(a.recipient, a.outcome) for a in extract(parse(page)).awards}
    assert got == {("Eastmoor County Council", "shortlisted"), ("Northmoor Council", "shortlisted")}, got
    page = page.replace("The shortlist", "The winners").replace(
        "shortlist has been announced. Finalists will present to the judges in February, and the winners will be "
        "revealed at the ceremony in Harford on 16 March.", "winners were announced at the ceremony in Harford "
        "last night.")
    got = {(a.recipient, a.outcome) for a in extract(parse(page)).awards}
    assert got == {("Eastmoor County Council", "won"), ("Northmoor Council", "won")}, got


def test_a_shortlist_beaten_is_the_field_not_the_outcome(parse):
    """'saw off a strong shortlist to take the top prize', 'took the award, ahead of a shortlist
    of nine': the shortlist is the field the winner beat; 'was shortlisted' stays shortlisted."""
    for text in ("At the ceremony on Tuesday, Harford Council saw off a strong shortlist to take the top prize in the "
                 "Care and Health Integration category of the Civic Care Awards.",
                 "Harford Council took the Care and Health Integration award at the Civic Care Awards 2019, ahead of "
                 "a shortlist of nine."):
        got = {(a.recipient, a.outcome) for a in extract(parse(text)).awards}
        assert ("Harford Council", "won") in got, got
    got = {(a.recipient, a.outcome) for a in extract(parse(
        "Harford Council was shortlisted for the Care and Health Integration award at the Civic Care Awards 2019."
    )).awards}
    assert ("Harford Council", "shortlisted") in got, got


ENTRY_LABEL_PAGE = """Civic Care Awards 2020: all the winners

By the news team | 4 December 2020

Here are the results in every category.

CARE HOME OF THE YEAR
Sponsored by Carefold Software
WINNER: Harbour Lodge Care
HIGHLY COMMENDED: Brightwater Home Care
Finalists: Larkspur Living; Meadowsweet Care Group; Oakhaven

PARTNERSHIP OF THE YEAR (INCOME UNDER £1M)
Winner: Harford Carers Hub and Harford County Council - Home from Hospital
Shortlisted:
Wyvern Mind in partnership with Harford City Council - Safe Haven
Eastby Community Transport, Harford - Lifts to Clinics
Highly commended: Integrated Discharge Team, Wyvern Council and NHS Wyvern CCG

CARE WORKER OF THE YEAR
WINNER: Jo Bell, senior carer, Willowbank House
Finalists: Sam Okafor; Priya Shah
Runner-up: Dee Ray, Activities Co-ordinator, Harford Homes
"""


def test_entrants_on_outcome_labelled_lines_are_bodies_even_without_a_head_word(parse):
    """'WINNER: X', 'Finalists: A; B; C', 'Shortlisted:' over entry lines: the names before a
    project's dash are the entrants, organisations though many (charities, companies) have no
    head word; a place after a comma, a project and a person with a title are not; a category
    heading with digits in brackets is still a heading."""
    facts = extract(parse(ENTRY_LABEL_PAGE))
    got = award_triples(facts)
    expected = {("Harbour Lodge Care", "Care Home of the Year", "won"),
                ("Brightwater Home Care", "Care Home of the Year", "highly_commended"),
                ("Larkspur Living", "Care Home of the Year", "finalist"),
                ("Meadowsweet Care Group", "Care Home of the Year", "finalist"),
                ("Oakhaven", "Care Home of the Year", "finalist"),
                ("Harford Carers Hub", "Partnership of the Year (Income under £1m)", "won"),
                ("Harford County Council", "Partnership of the Year (Income under £1m)", "won"),
                ("Wyvern Mind", "Partnership of the Year (Income under £1m)", "shortlisted"),
                ("Harford City Council", "Partnership of the Year (Income under £1m)", "shortlisted"),
                ("Eastby Community Transport", "Partnership of the Year (Income under £1m)", "shortlisted")}
    assert expected <= got, sorted(got - expected)
    assert not {n for n in facts.organisations if n in {"Harford", "Home from Hospital", "Safe Haven", "Lifts to Clinics"}}
    assert "Carefold Software" in facts.organisations  # a sponsor is a body, not an entrant
    assert not [a for a in facts.awards if a.recipient == "Carefold Software"]
    assert "Jo Bell" in facts.people and not [a for a in facts.awards if a.recipient == "Willowbank House"]
    assert "Larkspur Living" not in facts.people  # a body, whatever the tagger took it for
    assert not {n for n in facts.organisations if n in {"Integrated Discharge Team", "Activities Co-ordinator"}}
    assert {"Sam Okafor", "Priya Shah"} <= set(facts.people)  # people compete for care worker of the year


def test_a_listed_body_with_a_head_then_and_then_a_body_without_one_are_two(parse):
    """'..., Monitor, the NHS Workforce Development Authority and Public Health Harford': in a
    list, a name that ends in a head word and the capitalised name after its 'and' are two
    bodies, though the second has no head word; a name with an 'and' inside it stays whole."""
    facts = extract(parse("The collaboration brings together the Local Care Association, NHS Harford, the Department "
                          "of Care, the Harford Workforce Development Authority and Public Health Harford, with "
                          "Carers Voice Harford."))
    assert {"Harford Workforce Development Authority", "Public Health Harford"} <= set(facts.organisations), \
        facts.organisations
    facts = extract(parse("The deal brings together NHS Harford, the Harford Council, Wyvern West and Chester Council "
                          "and Age UK Harford."))
    assert "Wyvern West and Chester Council" in facts.organisations, facts.organisations


def test_plural_boroughs_of_a_list_and_nhs_before_a_list_cut_by_commas(parse):
    """'the London Boroughs of A, B and C' is three London boroughs; 'the NHS A, B, C and D CCGs'
    gives NHS and the head to every place, though the commas cut the capitals in two."""
    facts = extract(parse("Harford Council signed the deal with the London Boroughs of Eastby, Westby and Northby "
                          "and the NHS Eastby, Westby, North Vale and South Vale CCGs."))
    assert {"London Borough of Eastby", "London Borough of Westby", "London Borough of Northby",
            "NHS Eastby Clinical Commissioning Group", "NHS Westby Clinical Commissioning Group",
            "NHS North Vale Clinical Commissioning Group", "NHS South Vale Clinical Commissioning Group"} \
        <= set(facts.organisations), facts.organisations
    assert not {n for n in facts.organisations if n in {"London Boroughs", "Northby"}} and "Northby" not in facts.people


PIONEER_LIST = """Pioneers named

1 November 2013

Fourteen areas of England have been chosen as the first health and social care integration "pioneers", national \
partners announced today.

The 14 pioneers are:

- Harford: Harford Council and NHS Harford Clinical Commissioning Group (CCG)
- Wyvern (Wyvern Council, NHS Wyvern CCG and Wyvern Community NHS Trust)
- Kent
- Eastby: Eastby City Council and the city's three CCGs

The pioneers will share what they learn.
"""


def test_a_designation_list_of_areas_names_the_bodies_not_the_areas(parse):
    """'- Harford: A and B', '- Wyvern (A, B and C)': on a list of designated areas the area
    before the colon or the brackets labels the line; the bodies are the recipients, the area
    is no entrant and no partnership, and a line naming only an area is no category."""
    found = candidates(parse, PIONEER_LIST, "award")
    recipients = {name for name, _ in found}
    assert {"Harford Council", "NHS Harford Clinical Commissioning Group", "Wyvern Council",
            "NHS Wyvern Clinical Commissioning Group", "Wyvern Community NHS Trust", "Eastby City Council"} \
        <= recipients, found
    assert not recipients & {"Harford", "Wyvern", "Eastby"}, found
    assert {award for _, award in found} == {"pioneer"}, found
    assert not [p for p in extract(parse(PIONEER_LIST)).partnerships if p.name == "Wyvern"]


def test_a_name_the_tagger_misses_between_commas_after_a_title(parse):
    """'The Trust's Director of Community Care, Siobhan Devlin, will ...': capitalised words
    between commas right after a title are a person, even a name the tagger has not met
    ('Ruairi Mac Giolla Bhrighde'); a body there ('Harford Council', 'Age UK Harford') is not."""
    text = ("Wyvern Borough Council has signed an agreement with the Northern Health and Social Care Trust. "
            "The Trust's Director of Community Care, Siobhan Devlin, will be the Trust's lead officer. "
            "The Council's Head of Community Planning, Ruairi Mac Giolla Bhrighde, said the deal was welcome. "
            "The Director of Public Health, Harford Council, said so too.")
    facts = extract(parse(text))
    assert {"Siobhan Devlin", "Ruairi Mac Giolla Bhrighde"} <= set(facts.people), facts.people
    assert "Harford Council" in facts.organisations and "Harford Council" not in facts.people
    posts = post_pairs(facts)
    assert ("Siobhan Devlin", "Northern Health and Social Care Trust") in posts, posts
    assert ("Ruairi Mac Giolla Bhrighde", "Wyvern Borough Council") in posts, posts


def test_a_title_of_the_bodys_own_place_is_the_title(parse):
    """'the Mayor of Harford Vale, Councillor Eamon Mullally' at Harford Vale Borough Council:
    the place after 'of' is the council's own, so the post is 'Mayor'; 'Director of Harford
    Services' at another body keeps its words."""
    facts = extract(parse("Harford Vale Borough Council has signed an agreement with the Wyvern Health and Social "
                          "Care Trust. It was signed by the Mayor of Harford Vale, Councillor Eamon Mullally, and the "
                          "Trust's Chief Executive, Dr Bronagh Quigley."))
    assert ("Eamon Mullally", "Harford Vale Borough Council", "Mayor") in {
        (p.person, p.organisation, p.role) for p in facts.posts}, facts.posts


BOARD_TABLE = """Harford Regional Partnership Board

Annual Report 2022-23

Board membership

Name / Role on Board / Organisation
Cllr Rhian Bowen-Price / Chair / Harford County Council
Idris Vaughan-Lloyd / Member / Director of Social Services, Harford County Council
Dr Nia Ap Gwilym / Member / Director of Finance, Wyvern University Health Board
Cerys Madoc / Third sector / Chief Officer, Harford Voluntary Action
Tegid Pryse / Carers representative / -

The Board met six times during the year.
"""


def test_a_table_with_a_header_row_gives_each_row_its_posts(parse):
    """'Name / Role on Board / Organisation' over rows: the name column holds people (names the
    tagger has not met too), the role column their post at the body the page is about, and a
    'Title, Organisation' cell a post at that organisation; a body alone is no post there."""
    found = candidates(parse, BOARD_TABLE, "post")
    assert {("Rhian Bowen-Price", "Harford Regional Partnership Board", "chair"),
            ("Idris Vaughan-Lloyd", "Harford Regional Partnership Board", "member"),
            ("Idris Vaughan-Lloyd", "Harford County Council", "director of social services"),
            ("Nia Ap Gwilym", "Wyvern University Health Board", "director of finance"),
            ("Cerys Madoc", "Harford Voluntary Action", "chief officer"),
            ("Tegid Pryse", "Harford Regional Partnership Board", "carers representative")} <= found, sorted(found)
    from_table = {c.key for c in propose(parse(BOARD_TABLE)).candidates
                  if c.kind == "post" and c.rules & {"rule:table_role", "rule:table_title_at_body"}}
    assert not [k for k in from_table if k[0] == "Rhian Bowen-Price" and k[1] == "Harford County Council"], from_table
    assert {"Idris Vaughan-Lloyd", "Cerys Madoc", "Tegid Pryse"} <= set(extract(parse(BOARD_TABLE)).people)


def test_a_name_the_tagger_cut_at_its_place_is_whole(parse):
    """'The Police Service of Northern Ireland': the tagger ends the body at 'of' and calls the
    rest a place; the place is the end of the body's name."""
    facts = extract(parse("The Police Service of Northern Ireland and the Wyvern Health and Social Care Trust "
                          "are also partners of the Harford Community Planning Partnership."))
    assert "Police Service of Northern Ireland" in facts.organisations, facts.organisations
    assert "Police Service" not in facts.organisations


PARTNERS_TABLE = """Written Statement - Care Fund 2014-15: regional plans

The arrangements agreed in each region are summarised below.

Region | Partners | Host of pooled fund | Revenue allocation

North Harford | Harford University Health Board, Eastby County Council, Westby County Council | Eastby County Council | £4.6m

Wyvern | Wyvern University Health Board; Nant Coch, Caerford and Torvale County Borough Councils; Monmoor County Council | Caerford County Borough Council | £5.9m

Each region has nominated a lead officer.
"""


def test_a_table_of_partners_pairs_the_bodies_of_each_row(parse):
    """'Region | Partners | Host' over rows: the bodies of a row's partners cell work together;
    a place of two words leads a shared plural head ('Nant Coch, Caerford and Torvale County
    Borough Councils'); bodies of different rows are not paired by the table."""
    found = {c.key for c in propose(parse(PARTNERS_TABLE)).candidates
             if c.kind == "pair" and "rule:table_partners" in c.rules}
    assert {("Eastby County Council", "Harford University Health Board"),
            ("Eastby County Council", "Westby County Council"),
            ("Nant Coch County Borough Council", "Wyvern University Health Board"),
            ("Caerford County Borough Council", "Torvale County Borough Council"),
            ("Monmoor County Council", "Wyvern University Health Board")} <= found, sorted(found)
    assert not [k for k in found if "Harford University Health Board" in k and "Monmoor County Council" in k]


def test_a_comma_after_a_service_or_an_agency_parts_two_bodies(parse):
    facts = extract(parse("Shortlisted: Royal Wyvern Voluntary Service, Harford City Council & Harford Community "
                          "Healthcare NHS Trust - Home from Hospital"))
    assert {"Royal Wyvern Voluntary Service", "Harford City Council"} <= set(facts.organisations), facts.organisations


def test_a_title_ends_before_a_clause_of_time(parse):
    """'latterly as its chief social work officer, before joining X': the title ends at the
    comma before 'before', 'after', 'until', 'having' ..."""
    found = candidates(parse, "Morag Strachan-Kerr spent nine years at East Harford Council, latterly as its chief "
                              "social work officer, before joining Wyvern Council in 2013.", "post")
    assert ("Morag Strachan-Kerr", "East Harford Council", "chief social work officer") in found, found
    assert not [k for k in found if "before" in k[2]], found


def test_a_collaboration_is_a_partnership_and_the_collaboration_refers_back(parse):
    facts = extract(parse("The pioneers will get support from the National Collaboration for Joined-up Care, the group "
                          "of national bodies that launched the programme. The collaboration brings together the "
                          "Harford Care Association, NHS Wyvern and the Department of Care."))
    assert facts.organisations["National Collaboration for Joined-up Care"].kind == "Partnership"
    members = {m for p in facts.partnerships if p.name == "National Collaboration for Joined-up Care"
               for m in p.members}
    assert {"Harford Care Association", "NHS Wyvern"} <= members, facts.partnerships


BOARD_BIOS = """Cymraeg | Contact us | Accessibility

Harford University Health Board

Home > About us > Our Board > Meet the Board

Meet the Board

The Board of Harford University Health Board is responsible for setting our strategic direction.

Independent Members

Ieuan Harries - Independent Member (Finance)
A chartered accountant and former audit partner, Ieuan chairs the Audit and Risk Committee.

Carys Lewis - Independent Member (Third Sector)
Carys is Chief Executive of Interlink Harford, the county voluntary council.
"""


def test_a_board_page_after_its_menu_with_first_names_in_the_biographies(parse):
    """A body's own page whose first line is its menu ('Cymraeg | Contact us'): the body named
    on the next line is the page's; 'the Board of X' is X; 'Name - Independent Member (Finance)'
    is a post at it; a first name alone ('Carys is ...') after the full name is that person; and
    what a title is 'of' is a body though the tagger took it for a person's name."""
    facts = extract(parse(BOARD_BIOS))
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert "Board of Harford University Health Board" not in facts.organisations, facts.organisations
    assert {("Ieuan Harries", "Harford University Health Board"), ("Carys Lewis", "Harford University Health Board"),
            ("Carys Lewis", "Interlink Harford")} <= {(p, o) for p, o, _ in posts}, posts
    assert "Interlink Harford" in facts.organisations and "Interlink Harford" not in facts.people


def test_nurses_on_an_awards_list_and_in_prose_hold_their_posts(parse):
    """'Runner-up: Declan Hare, Community Staff Nurse (Southern Health and Social Care Trust)':
    after an outcome label a name, a comma and a title are a person (names the tagger misses
    too) and the bracket their employer; 'a district nursing sister with X' is a post at X;
    ward sisters, lecturers, specialists and practitioners hold titles."""
    page = ("Nurse of the Year Awards 2019\n\nThe winners were announced last night.\n\nNursing in the Community\n"
            "Winner: Siobhan Maguire-Keys, District Nursing Sister (Western Health and Social Care Trust)\n"
            "Runner-up: Declan Hare, Community Staff Nurse (Southern Health and Social Care Trust)\n\n"
            "Education\nWinner: Clare Rankin-Burke, Lecturer in Nursing (Harford University)\n"
            "Runner-up: Gemma Tohill, Staff Nurse (Praxis Homes)\n\n"
            "Eileen Craig, a ward sister with the Wyvern Health and Social Care Trust, received the overall award.\n")
    facts = extract(parse(page))
    posts = post_pairs(facts)
    assert {("Siobhan Maguire-Keys", "Western Health and Social Care Trust"),
            ("Declan Hare", "Southern Health and Social Care Trust"),
            ("Clare Rankin-Burke", "Harford University"), ("Gemma Tohill", "Praxis Homes"),
            ("Eileen Craig", "Wyvern Health and Social Care Trust")} <= posts, posts
    assert ("Declan Hare", "Nursing in the Community", "finalist") in {
        (a.recipient, a.award, a.outcome) for a in facts.awards}, facts.awards


def test_a_title_after_a_plural_possessive_is_held_at_each_body_of_the_group(parse):
    """'Mr Jon Scar, the CCGs' joint chief finance officer, ...': the title is his at each CCG
    of the last coordination of CCGs; the possessive is no part of the title."""
    found = candidates(parse, "NHS Harford CCG and NHS Wyvern CCG will merge in April. Mr Jon Scar, the CCGs' joint "
                              "chief finance officer, will become chief finance officer of the merged group. The "
                              "trusts' joint chair, Jo Bell, agreed.", "post")
    assert {("Jon Scar", "NHS Harford Clinical Commissioning Group", "joint chief finance officer"),
            ("Jon Scar", "NHS Wyvern Clinical Commissioning Group", "joint chief finance officer")} <= found, found
    assert not [k for k in found if "'" in k[2] or "’" in k[2]], found


def test_an_nhs_board_after_a_title_and_of(parse):
    """'Hazel Muir, Chief Executive of NHS Orkney, said': 'NHS <place>' after a title and 'of'
    in one run of capitals is the body, as it is without the 'of'."""
    facts = extract(parse('Hazel Muir, Chief Executive of NHS Skerray, said: "She brings a rare combination."'))
    assert ("Hazel Muir", "NHS Skerray", "Chief Executive") in {(p.person, p.organisation, p.role)
                                                             for p in facts.posts}, facts.posts


def test_a_page_that_is_about_no_award_gives_none(parse):
    """A blog's byline ('March 3, 2015 | No Comments | Category: Uncategorized'), "they won't
    be" and a photo credit ('Photo: Harford City Council') are no awards context: a heading
    and a councillor's line below them are no award results."""
    text = ("Harford's first integration joint boards approved\n\nMarch 3, 2015 | No Comments | Category: "
            "Uncategorized\n\nEast and West Harford Councils will become the first to set up integration joint "
            "boards.\n\nWest Harford\n\nCouncillor Rita Millar, Chair of the West Harford Shadow Integration "
            "Board, says: \"We are ready.\"\n\nPeople worry decisions will be made elsewhere. We will hold the "
            "new board to its promise that they won't be.\n\nNaomi Cale will take up the post in June. Photo: "
            "Harford City Council\n")
    assert not extract(parse(text)).awards, extract(parse(text)).awards


@pytest.mark.parametrize("sentence, name, members", [
    ("The hub will be commissioned by the Ashby Commissioning Board, the joint body set up last year by Ashby "
     "Council and NHS Ashby Clinical Commissioning Group.",
     "Ashby Commissioning Board", {"Ashby Council", "NHS Ashby Clinical Commissioning Group"}),
    ("Staff will transfer to Carnmoor Community Services, a joint venture between Carnmoor Borough Council and "
     "Carnmoor Healthcare NHS Trust.",
     "Carnmoor Community Services", {"Carnmoor Borough Council", "Carnmoor Healthcare NHS Trust"}),
    ("Northfield Care, the partnership formed by Northfield Council and NHS Northfield, will run the service.",
     "Northfield Care", {"Northfield Council", "NHS Northfield"}),
    ("Notes to editors: Harbury Health and Care is the health and social care partnership between NHS Harbury "
     "and Harbury Islands Council.",
     "Harbury Health and Care", {"NHS Harbury", "Harbury Islands Council"}),
])
def test_a_name_the_text_defines_as_a_joint_body_is_a_partnership_of_the_bodies_after(parse, sentence, name, members):
    facts = extract(parse("Joint working agreed\n\n" + sentence))
    named = {p.name: set(p.members) for p in facts.partnerships if p.name}
    assert members <= named.get(name, set()), facts.partnerships


COUNCIL_RELEASE = """Harford Council Newsroom | Cymraeg

Home > News > Health and Social Care

Council and health board sign pooled budget deal

Harford Council and Harford University Health Board have signed a pooled budget agreement for services
that help people leave hospital.

The Cabinet Member for Social Services (Adults), Cllr Nia Pryce-Jones, said the service would start taking
referrals in October.

Notes to editors

1. The Harford Regional Partnership Board was set up in 2016. Its members include Harford Council, Harford
University Health Board and the third sector, represented by Harford Third Sector Council (HTSC).

For more information contact Harford Council Media Office: 029 2087 0000
"""


def test_a_councils_news_desk_is_the_council_and_a_third_sector_council_is_another_body(parse):
    facts = extract(parse(COUNCIL_RELEASE))
    orgs = facts.organisations
    assert "Harford Council" in orgs and orgs["Harford Council"].kind == "LocalAuthority"
    assert "Harford Third Sector Council" in orgs and orgs["Harford Third Sector Council"].kind == "Voluntary"
    assert not [n for n in orgs if "Newsroom" in n or "Media Office" in n or "Cabinet" in n], sorted(orgs)


def test_a_title_with_a_qualifier_in_brackets_before_a_name(parse):
    facts = extract(parse(COUNCIL_RELEASE))
    posts = {(p.person, p.organisation): p.role for p in facts.posts}
    assert posts.get(("Nia Pryce-Jones", "Harford Council"), "").startswith("Cabinet Member for Social Services")
    facts = extract(parse("Staff moved to the new service.\n\nJo Bell (Chair), Cllr Owen Tudor-Baines and Dr Amy "
                          "Reeve attended the meeting of Harford Council."))
    assert not [p for p in facts.posts if p.person == "Owen Tudor-Baines" and p.role.lower() == "chair"]


APPOINTMENTS_ROUND_UP = """The Harford Gazette

News | Health

New faces at the top as health trusts fill senior posts

By Ciara Devlin-Rourke | 22 August, 2012

Ciara Devlin-Rourke
Health Correspondent

Nuala Brennan-Moss has been appointed as director of mental health services at the Southern Harford Health and Social Care Trust. She will take up the post on October 1.

The Southern Trust's chief executive, Dr Kevin Loughlin-Ward, said she brought a wealth of experience.

In Westbridge, Dr Aine McCrory has been appointed as medical director of the Westbridge Health and Social Care Trust, the largest trust in the region.

Dr McCrory, a consultant anaesthetist, is currently the trust's associate medical director for surgery.

Meanwhile, the Northern Harford Health and Social Care Trust has chosen Gerard Tully-Barr as its new chief executive. Before that he was director of finance at the Harford Ambulance Service Trust.

He succeeds Orla Devenney-Hart, who has been interim chief executive since April. Mrs Devenney-Hart is the Northern Trust's director of acute services and will go back to that role when Mr Tully-Barr arrives.

Speaking from the trust's headquarters at Altnaveigh, the Northern Trust's chairwoman, Sadie McCloskey-Bell, said the board had been unanimous.

At regional level, Deirdre Kearney-Moss has been appointed as the first director of integrated care at the Health and Social Services Board.

Ms Kearney-Moss is currently head of primary care at the Public Wellbeing Agency, and is a former chief executive of the Carnmoor Health and Social Services Trust.

The Royal College of Carers's Harford director, Garrett Mulvenna-Shaw, said the new directors would face a tough year.

© 2012 The Harford Gazette Ltd. All rights reserved.
"""


def test_a_round_up_of_appointments_with_double_barrelled_names(parse):
    facts = extract(parse(APPOINTMENTS_ROUND_UP))
    posts = post_triples(facts)
    # "Ms Kearney-Moss": an honorific and a double-barrelled surname are the person named before
    assert ("Deirdre Kearney-Moss", "Public Wellbeing Agency", "head of primary care") in posts
    assert ("Deirdre Kearney-Moss", "Carnmoor Health and Social Services Trust", "chief executive") in posts
    # a national body named only with words of a kind, and "the first" holder of a post
    assert ("Deirdre Kearney-Moss", "Health and Social Services Board", "director of integrated care") in posts
    # a title in lower case after a possessive, then a name the tagger does not know
    assert ("Sadie McCloskey-Bell", "Northern Harford Health and Social Care Trust", "chairwoman") in posts
    # the title ends before "and will ..."
    assert ("Orla Devenney-Hart", "Northern Harford Health and Social Care Trust", "director of acute services") in posts
    # "the trust's" in a round-up: the trust of the paragraph before, not the article's first
    assert ("Aine McCrory", "Westbridge Health and Social Care Trust",
            "associate medical director for surgery") in posts
    # a place after a possessive qualifies the title; it is no short form of a body named earlier
    assert ("Garrett Mulvenna-Shaw", "Royal College of Carers", "harford director") in posts
    # the byline names a person whose "Health Correspondent" is not held at a trust
    assert "Ciara Devlin-Rourke" in facts.people
    assert not [p for p in facts.posts if p.person == "Ciara Devlin-Rourke"]
    # the copyright line names the publisher, not a body of the story
    assert not [n for n in facts.organisations if "Gazette" in n]


def test_the_nhs_before_each_name_of_a_plural_head_and_a_counted_group(parse):
    facts = extract(parse("People moves\n\nTwo Harford CCGs, NHS Amberley and South Rye and NHS Greater Wexley "
                          "CCGs, are to share a chief officer. She will also lead the NHS Care Commissioning Board's "
                          "Harford and Wexley area team."))
    orgs = set(facts.organisations)
    assert {"NHS Amberley and South Rye Clinical Commissioning Group",
            "NHS Greater Wexley Clinical Commissioning Group", "NHS Care Commissioning Board"} <= orgs, orgs
    assert not [n for n in orgs if n.startswith("Two ") or n.endswith("Groups") or n == "Harford and Wexley"], orgs


MEMBERSHIP_PAGE = """Skip to main content
Harford County Council

Home > Council and democracy > Health and Wellbeing Board

Harford Health and Wellbeing Board - membership

The Harford Health and Wellbeing Board is a formal committee of Harford County Council. It brings together the
councils, the NHS, the police and the voluntary sector, and it publishes the Joint Health and Wellbeing Strategy.

Members

Name\tRepresenting\tPosition
Cllr Bronwen Hale-Morton (Conservative)\tHarford County Council\tCabinet Member for Adult Care; Chair of the Board
Cllr Tariq Osei-Lindqvist (Labour)\tWexley Borough Council\tPortfolio Holder for Health and Wellbeing
Dr Oliver Thackeray-Nunn\tNHS Harford and Wexley ICB\tChief Medical Officer; Vice-Chair of the Board
Marcus Ofori-Lane\tWest Harford and Wexley NHS Foundation Trust\tDeputy Chief Executive
Ch Supt Nadia Kerrigan-Hale\tHarford Constabulary\tHead of Partnerships and Safeguarding
Rosalind Tebbutt-Shaw\tCommunity Action Harford\tChief Executive
"""


def test_a_partnerships_table_of_members_separated_by_tabs(parse):
    """'Name <tab> Representing <tab> Position' under a partnership's heading: each body of the
    body column is a member of the partnership, and the position the member's post there
    ('... ; Chair of the Board' at the partnership)."""
    facts = extract(parse(MEMBERSHIP_PAGE))
    posts = post_triples(facts)
    assert {("Bronwen Hale-Morton", "Harford County Council", "cabinet member for adult care"),
            ("Bronwen Hale-Morton", "Harford Health and Wellbeing Board", "chair"),
            ("Tariq Osei-Lindqvist", "Wexley Borough Council", "portfolio holder for health and wellbeing"),
            ("Marcus Ofori-Lane", "West Harford and Wexley NHS Foundation Trust", "deputy chief executive"),
            ("Nadia Kerrigan-Hale", "Harford Constabulary", "head of partnerships and safeguarding"),
            } <= posts, sorted(posts)
    members = {m for p, m in candidates(parse, MEMBERSHIP_PAGE, "member") if p == "Harford Health and Wellbeing Board"}
    assert {"Wexley Borough Council", "West Harford and Wexley NHS Foundation Trust", "Harford Constabulary",
            "Community Action Harford"} <= members, members
    assert not [n for n in facts.organisations if "Strategy" in n or "Conservative" in n]
    assert "Harford Constabulary" not in facts.people


FEDERATION_STORY = """Practices form federation to host practice pharmacists

By Ciaran Devlin-Hart
23 February 2016

The Wexmoor GP Federation, a not-for-profit company owned by its member practices, was incorporated last month.

It covers around 150,000 patients in Ashby, Carnford and the surrounding villages.

Founding member practices include:

• Ashby: Bridge Street Medical Practice, Castle Road Surgery and Riverside Medical Practice
• Carnford: Linenhall Surgery and Quay Road Medical Centre

Its board is chaired by Dr Siobhan McAleese-Rowe, a GP partner at Bridge Street Medical Practice and a former chair of the local GP commissioning group. The federation's clinical director is Dr Peadar Rodgers-Kane of Castle Road Surgery, and its chief executive, Janine Millar-Stewart, joins from the Northern Wexmoor Health and Social Care Trust, where she was assistant director of primary care.
"""


def test_a_federations_member_practices_in_place_labelled_bullets_and_its_officers(parse):
    members = {m for p, m in candidates(parse, FEDERATION_STORY, "member") if p == "Wexmoor GP Federation"}
    assert {"Bridge Street Medical Practice", "Castle Road Surgery", "Riverside Medical Practice",
            "Linenhall Surgery", "Quay Road Medical Centre"} <= members, members
    facts = extract(parse(FEDERATION_STORY))
    posts = post_triples(facts)
    # "Its board is chaired by": a rule's candidate (whether it is kept is the scorer's call: 0.34
    # against a threshold of 0.35 with the model retrained on 185 articles)
    assert ("Siobhan McAleese-Rowe", "Wexmoor GP Federation", "chair") in ruled(parse, FEDERATION_STORY, "post")
    # "its" after "The federation's clinical director is A of X": the federation, not X
    assert ("Janine Millar-Stewart", "Wexmoor GP Federation", "chief executive") in posts
    # "where she was ...": the last person before the body, not the sentence's first
    assert ("Janine Millar-Stewart", "Northern Wexmoor Health and Social Care Trust",
            "assistant director of primary care") in posts
    assert not [p for p in posts if p[0] == "Peadar Rodgers-Kane" and "Trust" in p[1]]
    assert not [n for n in facts.organisations if "Commissioning Group" in n]  # "the local GP commissioning group"


def test_and_the_inside_a_trusts_name_a_missed_full_stop_and_a_place_after_in(parse):
    facts = extract(parse("Alliance lessons\n\nMental health care comes from North Harford and the Wexmoor NHS "
                          "Foundation Trust, which most people call NHWT. Harford Council and NHS Wexley CCG are "
                          "the commissioners.\n\nDr Rachel Ng-Whitfield, a GP in Thornton Vale and chair of the "
                          "Harford GP Collaborative, said the networks had changed how practices worked."))
    orgs = set(facts.organisations)
    assert {"North Harford and the Wexmoor NHS Foundation Trust", "Harford Council"} <= orgs, orgs
    assert not [n for n in orgs if "NHWT" in n and "Council" in n]  # "NHWT. Harford Council"
    assert set(facts.people) == {"Rachel Ng-Whitfield"}
    assert ("Rachel Ng-Whitfield", "Harford GP Collaborative") in post_pairs(facts)


AWARDS_PAGE_WITH_SPONSORS = """Harford Health Awards 2014 - Winners

Home | About | Categories | Winners | Gallery | Contact

INTEGRATED CARE AWARD
Sponsored by the Joint Harford Improvement Team
Winner: Harford Council and NHS Harford – Adult Care Lead Agency Transition
Highly commended: Wexley City Council and NHS Greater Wexley – North West Wexley Rehabilitation Partnership

INNOVATION AWARD
Sponsored by the Mental Welfare Commission for Harford
Winner: NHS Carnmoor and University of Carnford – Tele-dermatology triage
Highly commended: Ashby and Dale Council Reablement Service

VOLUNTEER AWARD
Winner: Jessie Urquhart-Bain, Cancer Support Volunteer, Harford Cancer Care at Ashby Hospital
"""


def test_an_awards_page_with_sponsors_projects_after_dashes_and_a_councils_service(parse):
    facts = extract(parse(AWARDS_PAGE_WITH_SPONSORS))
    orgs = set(facts.organisations)
    # a sponsor line names its sponsor whole, with or without a head word
    assert {"Joint Harford Improvement Team", "Mental Welfare Commission for Harford"} <= orgs, orgs
    # "A and University of B": two entrants; "X Council Reablement Service": the council
    assert {"NHS Carnmoor", "University of Carnford", "Ashby and Dale Council"} <= orgs, orgs
    results = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert {("NHS Carnmoor", "innovation award", "won"), ("University of Carnford", "innovation award", "won"),
            ("Ashby and Dale Council", "innovation award", "highly_commended"),
            ("Harford Council", "integrated care award", "won"),
            ("Jessie Urquhart-Bain", "volunteer award", "won")} <= results, results
    # the project after the dash wins nothing, and a volunteer's award is not the page's body's
    assert not [r for r in results if r[0] in {"Adult Care Lead Agency Transition",
                                               "North West Wexley Rehabilitation Partnership"}], results
    assert {r[0] for r in results if r[1] == "volunteer award"} == {"Jessie Urquhart-Bain"}, results


def test_an_acronym_of_a_bodys_places_a_dateline_month_and_and_the_ccg(parse):
    facts = extract(parse("News | Health\n\nCouncil chief to run CCG too\n\n10:42, 14 MAR 2019\n\nSiobhan Kettle, "
                          "chief executive of Ashby Borough Council, will also be accountable officer of NHS "
                          "Heywood, Marton and Ashby Clinical Commissioning Group. HMA CCG's chief finance officer, "
                          "Rukhsana Malik-Sherwood, has been interim accountable officer since then.\n\n(Photo "
                          "caption: Siobhan Kettle will hold the top jobs at both Number One Riverside and the CCG.)"))
    orgs = set(facts.organisations)
    assert orgs == {"Ashby Borough Council", "NHS Heywood, Marton and Ashby Clinical Commissioning Group"}, orgs
    assert ("Rukhsana Malik-Sherwood", "NHS Heywood, Marton and Ashby Clinical Commissioning Group",
            "chief finance officer") in post_triples(facts)


def test_a_bullet_line_that_lists_bodies_without_heads_beside_one_the_tagger_knows(parse):
    members = {m for p, m in candidates(parse, "Partnership members\n\nThe Harford Growth Partnership brings "
                                               "together:\n- Harford City and Wexley District Council\n- Libraries "
                                               "Harford, Leisure Harford and Tourism Harford\n- the Northern Harford "
                                               "Health and Social Care Trust", "member")
               if p == "Harford Growth Partnership"}
    assert {"Libraries Harford", "Leisure Harford", "Tourism Harford",
            "Northern Harford Health and Social Care Trust"} <= members, members


def test_a_vice_chair_named_with_the_chair_and_a_chair_of_both_predecessors(parse):
    facts = extract(parse("IJB confirms chair\n\nThe Harford Integration Joint Board has confirmed its chair and "
                          "vice-chair. Councillor Isla Crombie, the council's Social Work Committee chair, will chair "
                          "the board for its first two years, with Ronald Ingle, a non-executive member of the NHS "
                          "Harford Board, as vice-chair."))
    posts = post_triples(facts)
    assert {("Isla Crombie", "Harford Integration Joint Board", "chair"),
            ("Ronald Ingle", "Harford Integration Joint Board", "vice-chair"),
            ("Ronald Ingle", "NHS Harford", "non-executive member")} <= posts, posts  # the health board's own board
    facts = extract(parse("Trusts merge\n\nNorth Harford University Hospitals NHS Trust and Harford Partnership NHS "
                          "Foundation Trust merged on 1 October to form North Harford Integrated Care NHS Foundation "
                          "Trust.\n\nThe chairman of the new trust, Professor Jo Ashby, who chaired both predecessor "
                          "organisations, said the regulator had approved the merger."))
    chaired = {p.organisation for p in facts.posts if p.person == "Jo Ashby"}
    assert {"North Harford University Hospitals NHS Trust", "Harford Partnership NHS Foundation Trust",
            "North Harford Integrated Care NHS Foundation Trust"} <= chaired, chaired


def test_a_councillor_listed_with_the_council_beside_the_name(parse):
    facts = extract(parse("Minutes of the meeting of the Harford Integration Joint Board\n\nPresent:\nCouncillor "
                          "Derek Ballan, Harford Council\nCouncillor Stuart Faul                  Wexley Council\n"
                          "Councillor Tom Renn (Wexley Council), with Councillor Hazel Loud substituting\nCllr Ann "
                          "Bellamy (Labour), Harford Council\n\nCllr Jo Pike, Harford Council's leader, opened the "
                          "meeting."))
    posts = {(p.person, p.organisation, p.role) for p in facts.posts}
    assert {("Derek Ballan", "Harford Council", "Councillor"), ("Stuart Faul", "Wexley Council", "Councillor"),
            ("Tom Renn", "Wexley Council", "Councillor"), ("Ann Bellamy", "Harford Council", "Councillor")} <= posts
    assert ("Jo Pike", "Harford Council", "Councillor") not in posts


SHORTLIST_STORY = """Harford Awards 2017: partnership entries dominate shortlist

12 September 2017

Shortlisted in the Improved Partnerships between Health and Local Government category are Care Together, the Ashby and Dale partnership of Ashby Metropolitan Borough Council, NHS Ashby and Dale CCG and Ashby and Dale Integrated Care NHS Foundation Trust; a joint entry from Wexley Council and Wexley Hospitals NHS Foundation Trust for their link worker scheme; and Carnford County Council with Carnford Hospitals NHS Foundation Trust, for a discharge service.

Also in the running for that award are Harford County Council and NHS Harford CCG, whose joint commissioning team pools £40m, and Sunderland's Living Well Together vanguard, which won the category last year.

In the Improving Care with Technology category, Dunmore NHS Foundation Trust is shortlisted for its telemedicine hub.

The three CCGs competing for CCG of the Year are NHS Salton CCG, NHS Dudmoor CCG and NHS Wakeby CCG.
"""


def test_a_shortlist_in_prose_with_categories_that_award_and_a_partnership_described(parse):
    facts = extract(parse(SHORTLIST_STORY))
    results = {(a.recipient, a.award.lower()) for a in facts.awards if a.outcome == "shortlisted"}
    partnership = "improved partnerships between health and local government"
    assert {("Care Together", partnership), ("Wexley Council", partnership), ("Carnford County Council", partnership),
            ("Harford County Council", partnership),
            ("Dunmore NHS Foundation Trust", "improving care with technology"),
            ("NHS Salton Clinical Commissioning Group", "ccg of the year")} <= results, sorted(results)
    # the bodies that make up Care Together are its members, not entrants of their own
    assert not [r for r in results if r[0] == "Ashby Metropolitan Borough Council"], sorted(results)
    assert "Ashby and Dale Partnership" not in facts.organisations
    assert ("Living Well Together", partnership) in candidates(parse, SHORTLIST_STORY, "award")  # "Sunderland's ..."
    members = {m for p, m in candidates(parse, SHORTLIST_STORY, "member") if p == "Care Together"}
    assert "Ashby Metropolitan Borough Council" in members


def test_a_collaborative_with_a_comma_in_its_name_a_saints_trust_and_a_chair_of_two(parse):
    facts = extract(parse("Trusts work together\n\nIn south Harford, Guy's and St Anne's NHS Foundation Trust and "
                          "Wexley Hospitals NHS Trust share a board. The Harford Mental Health, Learning Disability "
                          "and Autism Collaborative brings together Harford and Dale Partnership NHS Foundation Trust "
                          "and Wexley District Care NHS Foundation Trust.\n\nAiredown NHS Foundation Trust and "
                          "Harrowby and District NHS Foundation Trust formed the West Harford Association of Acute "
                          "Trusts. The association is governed by a committee in common. It is chaired by Marcus "
                          "Fenwick-Obi, who also chairs Airedown."))
    orgs = set(facts.organisations)
    assert {"Guy's and St Anne's NHS Foundation Trust",
            "Harford Mental Health, Learning Disability and Autism Collaborative"} <= orgs, orgs
    posts = post_pairs(facts)
    assert {("Marcus Fenwick-Obi", "West Harford Association of Acute Trusts"),
            ("Marcus Fenwick-Obi", "Airedown NHS Foundation Trust")} <= posts, posts


APPOINTMENTS_RELEASE = """Department of Care

Home > News

Minister announces appointments to care bodies

The appointments are:

Harford Social Care Council (HSCC)
- Mrs Patricia Devlin-Rooke - Chair

Harford Public Wellbeing Agency (HPHA)
- Ms Dervla McAlinden - Non-Executive Director
- Mr Trevor Gillan - Non-Executive Director

Harford Blood Transfusion Service (HBTS)
- Mr Raymond Doaks - Non-Executive Director (reappointment)

Mrs Devlin-Rooke succeeds Mr Hugh Garrity-Boyd, whose second term as Chair of the Social Care Council ends in November. Mr Doaks has served on the HBTS board since 2016.
"""


def test_people_listed_under_each_bodys_heading_line(parse):
    facts = extract(parse(APPOINTMENTS_RELEASE))
    posts = post_triples(facts)
    assert {("Patricia Devlin-Rooke", "Harford Social Care Council", "chair"),
            ("Dervla McAlinden", "Harford Public Wellbeing Agency", "non-executive director"),
            ("Trevor Gillan", "Harford Public Wellbeing Agency", "non-executive director"),
            ("Raymond Doaks", "Harford Blood Transfusion Service", "non-executive director")} <= posts, posts
    orgs = set(facts.organisations)
    assert not [n for n in orgs if n.lower().startswith("the ") or n.lower().startswith("hbts")], orgs


CABINET_PAGE = """Skip to main content
Harford Council

Home > Council and democracy > Cabinet members

Cabinet members

Cllr Gwen Tarrant-Holt - Cabinet Member Finance, Corporate Services and Planning (Green)

Cllr Rosalind Kettering-Vale - Cabinet Member Health and Adult Wellbeing (Independent)
Cllr Kettering-Vale also chairs the Harford Health and Wellbeing Board.

Cllr Sasha Llanwarne - Deputy Cabinet Member Adults and Health (Green)
Supports Cllr Kettering-Vale, with a focus on carers.

Portfolios and lead directors

Portfolio\tCabinet member\tLead director
Finance, Corporate Services and Planning\tCllr Tarrant-Holt\tAndrew Kinnersley-Pryce, Director of Resources and Assurance
Health and Adult Wellbeing\tCllr Kettering-Vale\tHilary Stoke-Lacey, Director of Adults and Communities

About the Health and Wellbeing Board

The Harford Health and Wellbeing Board brings together the council and NHS Harford CCG. It is a committee of the council. Its vice-chairman is Dr Kamran Aconbury-Shaw, a GP in the county.
"""


def test_a_cabinet_page_with_portfolios_surnames_after_honorifics_and_a_table_of_directors(parse):
    facts = extract(parse(CABINET_PAGE))
    orgs = set(facts.organisations)
    assert not [n for n in orgs if "Corporate Services" in n or "Planning" in n], orgs  # a portfolio, not a body
    assert not [p for p in facts.people if "Supports" in p or "Wellbeing" in p], facts.people
    posts = post_triples(facts)
    assert {("Rosalind Kettering-Vale", "Harford Health and Wellbeing Board", "chair"),
            ("Andrew Kinnersley-Pryce", "Harford Council", "director of resources and assurance"),
            ("Hilary Stoke-Lacey", "Harford Council", "director of adults and communities"),
            ("Kamran Aconbury-Shaw", "Harford Health and Wellbeing Board", "vice-chairman")} <= posts, sorted(posts)


GOVERNING_BODY_PAGE = """NHS Harford Clinical Commissioning Group
Home | About us | Our governing body

Our governing body

The governing body meets in public every two months.

Clinical Chair
Dr Fenella Wareham-Stroud
Fenella has been a GP partner in Sherborne since 1998.

Chief Finance Officer
Judith Hamwell
Judith is responsible for the CCG's budget. She was previously director of finance at Harford County Hospital NHS Foundation Trust.

Lay Member (Governance)
Anthony Swyrewood
Anthony chairs the audit committee.
"""


def test_a_board_page_with_each_title_on_the_line_over_the_name(parse):
    facts = extract(parse(GOVERNING_BODY_PAGE))
    assert {"Judith Hamwell", "Anthony Swyrewood"} <= set(facts.people), facts.people
    posts = post_triples(facts)
    assert {("Fenella Wareham-Stroud", "NHS Harford Clinical Commissioning Group", "clinical chair"),
            ("Judith Hamwell", "NHS Harford Clinical Commissioning Group", "chief finance officer")} <= posts, posts


def test_a_trusts_short_name_the_tagger_reads_as_a_person_in_one_sentence(parse):
    facts = extract(parse("Trusts to form a group\n\nAshby Royal NHS Foundation Trust and The Harford Acute "
                          "Hospitals NHS Trust are to come together.\n\nThe arrangement has been agreed with the "
                          "regulator, which asked Ashby Royal in April to provide support.\n\nProfessor Adrian "
                          "Worsley-Kent, who has been chief executive of Ashby Royal since 2011, will become group "
                          "chief executive."))
    assert not [p for p in facts.people if p.startswith("Ashby")], facts.people
    assert ("Adrian Worsley-Kent", "Ashby Royal NHS Foundation Trust", "chief executive") in {
        (p.person, p.organisation, p.role.lower()) for p in facts.posts}
    assert "Ashby Royal" in facts.organisations["Ashby Royal NHS Foundation Trust"].aliases


def test_an_awards_list_that_names_the_project_before_its_body(parse):
    """'Winner : project, Organisation' (the issue's awards-list shape): the body wins, not the
    project, and a project's word is no surname of a person the page names."""
    facts = extract(parse("Harford Awards\n\n2022 Winners\n\nHealth and Social Care\nWinner : Healthy Homes, "
                          "Harford MBC\nHighly Commended : Care Closer to Home, Wexley CC\n\nHousing\nWinner : Warm "
                          "Homes Project, Carnford DC\nHighly Commended : Home Safe, Ashby LBC and Dale BC\n"))
    results = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert {("Harford Metropolitan Borough Council", "health and social care", "won"),
            ("Carnford District Council", "housing", "won"),
            ("Dale Borough Council", "housing", "highly_commended")} <= results, sorted(results)
    assert not [r for r in results if "Homes" in r[0] or "Home" in r[0]], sorted(results)


def test_the_bodies_listed_under_a_who_sits_on_the_board_heading_are_members(parse):
    text = ("Care plan approved\n\nThe plan was agreed at a meeting of the Harford Health and Wellbeing Board on "
            "Tuesday.\n\nWho sits on the board?\n\nCoun Margaret Tolley (chair), cabinet member for adult social "
            "care, Harford Council\nAlison Treadgold, chief officer, NHS Harford CCG\nNigel Fenwick, chair, "
            "Healthwatch Harford\nPlus representatives of Harford Hospitals NHS Trust and Harford Police\n\n"
            "The plan now goes to NHS England.")
    members = {m for p, m in candidates(parse, text, "member") if p == "Harford Health and Wellbeing Board"}
    assert {"Harford Council", "NHS Harford Clinical Commissioning Group", "Healthwatch Harford",
            "Harford Hospitals NHS Trust", "Harford Police"} <= members, members


STAFF_PAGE = """Healthwatch Harford
Annual Report 2019-20

About us

Healthwatch Harford is the independent champion for people who use health and care services in Harford.
We sit on the Harford Health and Wellbeing Board and the Harford Safeguarding Adults Board.

Our staff
Chief Executive - Gwen Tallis-Moore
Operations Manager - Peter Ruddock
Engagement Officers - Sian Pellow and Mark Odgers
"""


def test_a_staff_list_of_title_dash_name_lines_on_a_bodys_own_page(parse):
    """'Title - Name' lines (the title first) under a staff heading: posts at the page's body,
    a plural title with each of the people it names."""
    facts = extract(parse(STAFF_PAGE))
    posts = post_triples(facts)
    assert {("Gwen Tallis-Moore", "Healthwatch Harford", "chief executive"),
            ("Peter Ruddock", "Healthwatch Harford", "operations manager"),
            ("Sian Pellow", "Healthwatch Harford", "engagement officer"),
            ("Mark Odgers", "Healthwatch Harford", "engagement officer")} <= posts, sorted(posts)


GROUP_RELEASE = """Harford and Ashby hospitals form a group

Ashby General Hospital NHS Foundation Trust and Harford Royal Hospital NHS Trust have come together as the Harford Hospitals NHS Group, with a single chair and a group chief executive.

The group has been formed after two years of joint working and is supported by NHS Harford Clinical Commissioning Group.

Meet the group leadership team

Eleanor Whitcombe-Dale - Group Chair
Rupert Ashdown-Vey - Group Chief Executive
Samira Collingwood - Group Director of Finance
"""


def test_a_group_title_is_held_at_the_group_the_page_is_about(parse):
    """'Group Chair' on a group's leadership list: the group meant by 'the group' (named before,
    and called 'the group' since), not a clinical commissioning group named in passing."""
    facts = extract(parse(GROUP_RELEASE))
    posts = post_triples(facts)
    assert {("Eleanor Whitcombe-Dale", "Harford Hospitals NHS Group", "group chair"),
            ("Rupert Ashdown-Vey", "Harford Hospitals NHS Group", "group chief executive"),
            ("Samira Collingwood", "Harford Hospitals NHS Group", "group director of finance")} <= posts, sorted(posts)
    assert not [p for p in posts if "Commissioning" in p[1]], sorted(posts)


def test_who_leads_a_body_is_its_leader(parse):
    """'Cllr X, who leads Y Council': the council's leader; 'who also leads the Z Partnership':
    the partnership's lead. Leading a service or a review of a body is no post."""
    facts = extract(parse(
        "Health board placed in special measures\n\nCllr Morwen Tegid-Price, who leads Harford County Council, "
        "said she would write to the new chair. Alys Brennock, chief executive of NHS Harford CCG, who also "
        "leads the Harford Health and Care Partnership, welcomed the news. Dr Ifor Maddox, who leads the "
        "stroke service at Harford Royal Hospital NHS Trust, said little."))
    posts = post_triples(facts)
    assert {("Morwen Tegid-Price", "Harford County Council", "leader"),
            ("Alys Brennock", "Harford Health and Care Partnership", "lead")} <= posts, sorted(posts)
    assert not [p for p in posts if p[0] == "Ifor Maddox"], sorted(posts)


def test_a_title_ends_before_a_participle_clause(parse):
    """'the trust's accountable officer, reporting to both boards': the
    clause after the comma says what the post does; it is no part of the title."""
    facts = extract(parse("Harford Borough Council and NHS Harford have appointed a single chief executive. "
                          "Dr Ruth Castleby will also be NHS Harford's accountable officer, "
                          "reporting to both boards. Tom Aske is NHS Harford's clinical director, responsible for "
                          "urgent care."))
    roles = {(p.person, p.role.lower()) for p in facts.posts if p.organisation == "NHS Harford"}
    assert {("Ruth Castleby", "accountable officer"),
            ("Tom Aske", "clinical director")} <= roles, sorted(roles)


def test_topic_links_under_more_on_are_no_awards_list(parse):
    """A page's 'More On' block (its topic links) after a story that spoke of a shortlist of
    candidates for a job: the topics are no category and the bodies named there won nothing."""
    facts = extract(parse(
        "Health chief lands top job\n\nMorag Dunlop, director of community services at NHS Harford, has been "
        "appointed chief officer of the Harford Integration Joint Board. Two of the three people on the shortlist "
        "were NHS managers, the council said.\n\nMore On\nNHS Harford\nHarford Council\nSocial care\n"))
    assert not facts.awards, facts.awards


def test_an_overall_winner_heading_over_an_entry_line(parse):
    """'Overall Winner' on a line of its own over 'A and B - project': the overall prize, won by
    both bodies, not the category above it nor the project."""
    facts = extract(parse(
        "Harford Care Awards 2019: the winners in full\n\nCarer of the Year\nWinner: Jean Pollard, care worker, "
        "Harford Home Care\n\nCommunity Partnership\nWinner: Ashby Council and NHS Ashby CCG - Home First\n"
        "Highly Commended: Wexley Council - Safe at Home\n\nOverall Winner\nAshby Council and NHS Ashby CCG - "
        "Home First\n\nThe awards were presented by the Harford Care Association.\n"))
    results = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert {("Ashby Council", "overall winner", "won"),
            ("NHS Ashby Clinical Commissioning Group", "overall winner", "won")} <= results, sorted(results)
    assert not [r for r in results if r[1] in {"home first", "carer of the year"} and r[0] != "Jean Pollard"], \
        sorted(results)


def test_the_board_on_a_bodys_own_page_is_that_bodys_board(parse):
    """On a Healthwatch's own page, 'on the board' (paragraphs after a health and wellbeing
    board was named) is the Healthwatch's board: a director who stood down from it held the post
    there."""
    facts = extract(parse(STAFF_PAGE + "\nOur board\nAnne Kessel - Chair\n\nRobert Vane stood down as a director "
                          "in July 2018 after six years on the board.\n"))
    posts = post_triples(facts)
    assert ("Robert Vane", "Healthwatch Harford", "director") in posts, sorted(posts)
    assert not [p for p in posts if p[0] == "Robert Vane" and "Board" in p[1]], sorted(posts)


def test_a_scheme_launched_by_bodies_is_their_partnership(parse):
    """'X was launched on Tuesday by A, B and C' (X opens the sentence, with or without a head
    word or 'scheme'): X is a partnership of the bodies after 'by'; one more that 'has also
    signed up' joins it."""
    facts = extract(parse(
        "New scheme to get patients home\n\nHome Together Harford was launched on Tuesday by the Harford Health "
        "and Social Care Partnership, Harford Council and NHS Harford at an event in the town library.\n\nThe "
        "scheme will use flats owned by Ashby Housing Association.\n\nWexley Housing Co-operative has also "
        "signed up.\n\nThe Safe Steps scheme was set up last year by Wexley Council and NHS Wexley.\n"))
    parts = named_members(facts)
    assert {"Harford Council", "NHS Harford", "Wexley Housing Co-operative"} <= parts.get("Home Together Harford",
                                                                                          set()), parts
    assert parts.get("Safe Steps") == {"Wexley Council", "NHS Wexley"}, parts
    # the rules read the partnership among the bodies after 'by' too; the model retrained in round
    # 23 keeps a partnership as a member of another at 0.41, under its 0.45 threshold
    found = ruled(parse, "Home Together Harford was launched on Tuesday by the Harford Health and Social Care "
                         "Partnership, Harford Council and NHS Harford at an event in the town library.", "member")
    assert ("Home Together Harford", "Harford Health and Social Care Partnership") in found, found


def test_a_hyphened_first_name_opening_a_sentence(parse):
    """'Anne-Marie Boath-Carnegie, who ...' at a paragraph's start: the tagger may cut the first
    part of the first name off, or call the whole an organisation; it is one person."""
    facts = extract(parse("Carers centre\n\nAnne-Marie Boath-Carnegie, who manages the Harford Carers Centre, said "
                          "volunteers would be trained. Jean-Paul Ordway, chief executive of Harford Council, agreed."))
    assert {"Anne-Marie Boath-Carnegie", "Jean-Paul Ordway"} <= set(facts.people), facts.people
    assert not [o for o in facts.organisations if "Anne" in o or "Marie" in o], list(facts.organisations)


def test_a_kind_of_body_before_a_title_phrase_in_a_headline_is_no_body(parse):
    """'Former council chief executive to chair the health board': a capitalised first word and a
    lower-case head before 'chief executive' name no body ('Former Council')."""
    facts = extract(parse("Former council chief executive to chair the health board\n\nDafydd Rowlands, a former "
                          "chief executive of Harrowgate Borough Council, will chair Marsh Vale University Health "
                          "Board."))
    assert not [o for o in facts.organisations if o.startswith("Former")], list(facts.organisations)
    assert "Harrowgate Borough Council" in facts.organisations


def test_has_chaired_both_trust_boards(parse):
    """'has chaired both trust boards since 2019': the chair of each trust of the pair named
    before, held now ('has chaired ... since'), not a former post."""
    facts = extract(parse("Trusts form a group\n\nAshby General Hospital NHS Foundation Trust and Harford Royal "
                          "Hospital NHS Trust have come together as the Harford Hospitals NHS Group.\n\nEleanor "
                          "Whitcombe has chaired both trust boards since November 2019."))
    chairs = {(p.organisation, p.former) for p in facts.posts if p.person == "Eleanor Whitcombe"}
    assert {("Ashby General Hospital NHS Foundation Trust", False),
            ("Harford Royal Hospital NHS Trust", False)} <= chairs, chairs


def test_a_title_ends_before_before_becoming(parse):
    """'was X's medical director before becoming its chief executive': the title ends at
    'before becoming'."""
    facts = extract(parse("Harford Royal Hospital NHS Trust has a new chief executive.\n\nDr Priya Nandra was "
                          "Harford Royal's medical director before becoming its hospital chief executive."))
    roles = {p.role.lower() for p in facts.posts if p.person == "Priya Nandra"}
    assert "medical director" in roles, roles
    assert not [r for r in roles if "before" in r], roles


def test_a_hospitals_name_after_a_title_is_its_trusts_short_form(parse):
    """'Hospital Chief Executive, Ashby General Hospital' where the text names 'Ashby General
    Hospital NHS Foundation Trust': the post is at the trust, and the title stops at the comma."""
    facts = extract(parse("Trusts form a group\n\nAshby General Hospital NHS Foundation Trust and Harford Royal "
                          "Hospital NHS Trust have come together as the Harford Hospitals NHS Group.\n\nMeet the "
                          "group leadership team\n\nEleanor Whitcombe - Group Chair\nDr Priya Nandra - Hospital "
                          "Chief Executive, Ashby General Hospital\n"))
    posts = post_triples(facts)
    assert ("Priya Nandra", "Ashby General Hospital NHS Foundation Trust", "hospital chief executive") in posts, \
        sorted(posts)


def test_a_pronoun_subject_after_a_fronted_description(parse):
    """'A former managing director of a local firm, she was previously a non-executive director of
    A and of B': the pronoun after the fronted phrase is the person named before."""
    facts = extract(parse("Trusts form a group\n\nEleanor Whitcombe has chaired the Harford Hospitals NHS Group "
                          "since 2019. A former managing director of a local engineering firm, she was previously a "
                          "non-executive director of Ashby General Hospital NHS Foundation Trust and of Harford "
                          "Healthcare NHS Foundation Trust (HHFT)."))
    posts = post_triples(facts)
    assert {("Eleanor Whitcombe", "Ashby General Hospital NHS Foundation Trust", "non-executive director"),
            ("Eleanor Whitcombe", "Harford Healthcare NHS Foundation Trust", "non-executive director")} <= posts, \
        sorted(posts)


def test_a_title_after_the_verb_with_no_body_is_at_the_articles_body(parse):
    """'Dr Owain Jones, the board's executive medical director, has been acting chief executive':
    the title after the verb names no body, so it is a candidate at the body the article is
    about; 'was a social worker' is no post."""
    text = ("Marsh Vale University Health Board is in special measures.\n\nThe health board's chief executive, "
            "Jo Whitcombe, left last month. Since then Dr Owain Jones, the board's executive medical director, has "
            "been acting chief executive. Before that he was a social worker.")
    found = ruled(parse, text, "post")
    assert ("Owain Jones", "Marsh Vale University Health Board", "acting chief executive") in found, found
    assert not [f for f in found if "social worker" in f[2]], found


def test_a_list_of_bodies_a_page_thanks_is_no_partnerships_members(parse):
    """'Thank you to everyone who has worked with us this year, including:' over lines of bodies,
    pages after a health and wellbeing board was named: the thanked are no members of it."""
    text = ("Healthwatch Harford\nAnnual Report\n\nWhere we have a voice\n\nThe Harford Health and Wellbeing Board "
            "brings together Harford Council, NHS Harford CCG and Healthwatch Harford.\n\nOur partners\n\nThank you "
            "to everyone who has worked with us this year, including:\n\nHarford Royal Hospital NHS Trust\nAshby "
            "Community NHS Trust\nAge UK Harford\n")
    members = {m for p, m in candidates(parse, text, "member") if p == "Harford Health and Wellbeing Board"}
    assert "Harford Council" in members, members
    assert not members & {"Harford Royal Hospital NHS Trust", "Ashby Community NHS Trust", "Age UK Harford"}, members


def test_a_name_goes_on_after_a_head_word_before_its_places(parse):
    """'University Hospitals Harford and Ashby NHS Trust': a head word ('University') followed by
    more capitalised words does not end the name, even with 'and' between its places."""
    facts = extract(parse("Joint project\n\nThis year we visited wards at University Hospitals Harford and Ashby "
                          "NHS Trust, Wexley General Hospital NHS Trust and Dale NHS Foundation Trust."))
    assert {"University Hospitals Harford and Ashby NHS Trust", "Wexley General Hospital NHS Trust",
            "Dale NHS Foundation Trust"} <= set(facts.organisations), list(facts.organisations)


def test_national_bodies_named_without_a_head_word(parse):
    """'Alzheimer Scotland', 'Audit Wales', 'Carers Wales': a word before a nation's name, with no
    head word, is a national body; 'North Wales' and 'South Wales' are places, not people."""
    facts = extract(parse("Clinic plans\n\nAlzheimer Scotland will run a dementia advice clinic at the flats. An "
                          "Audit Wales report found problems. The scheme covers North Wales and South Wales. Carers "
                          "Wales and Age Cymru welcomed it. He moved to Scotland in 2010."))
    assert {"Alzheimer Scotland", "Audit Wales", "Carers Wales", "Age Cymru"} <= set(facts.organisations), \
        list(facts.organisations)
    assert not [o for o in facts.organisations if o in {"Scotland", "North Wales", "South Wales"}]
    assert not [p for p in facts.people if "Wales" in p], facts.people


def test_political_parties_are_no_bodies_of_the_graph(parse):
    """'SNP group leader Councillor X', 'Labour councillor Y', "Plaid Cymru's health spokesman Z":
    a party named only before the words for its politicians is no organisation and holds no post;
    'Harford Council leader Jo Bell' still holds hers."""
    facts = extract(parse("Council row\n\nSNP group leader Councillor Derek Chryston said the cuts were wrong. "
                          "Labour councillor Mary Hume and Plaid Cymru's health spokesman Ann Jones agreed. Harford "
                          "Council leader Jo Bell disagreed."))
    assert not {"SNP", "Labour", "Plaid Cymru"} & set(facts.organisations), list(facts.organisations)
    assert not [p for p in facts.posts if p.organisation in {"SNP", "Labour", "Plaid Cymru"}], facts.posts
    assert ("Jo Bell", "Harford Council") in post_pairs(facts)


def test_bodies_working_under_a_banner_are_its_partnership(parse):
    """'A and B, which have shared a chief executive under the X banner': X is a partnership of
    A and B."""
    facts = extract(parse("Joint posts\n\nWarrington follows Harford Council and NHS Harford, which have shared a "
                          "chief executive and management team under the Harford Public Services banner since 2008."))
    parts = named_members(facts)
    assert parts.get("Harford Public Services") == {"Harford Council", "NHS Harford"}, parts


AWARDS_WRITE_UP = """Harford Care Awards 2019: the integration winners

Partnerships took most of the integration prizes at the Harford Care Awards on Wednesday night.

Improved Partnerships between Health and Local Government

The award went to Ashby Council and NHS Ashby Clinical Commissioning Group for their joint model of care for older people.

Wexley County Council and Wexley Healthcare NHS Foundation Trust, which have run adult social care together since 2011, were highly commended.

Integrated Care

Dale Together won the Integrated Care award for its work with older people. In March Dale Together was chosen as one of the first vanguard sites.

Primary Care Innovation

Highly commended in this category was Harford GP Care Group.

Care of Frail Older People

The award went to Moorside Partnership NHS Foundation Trust with Moorside County Council for their reablement service.
"""


def test_category_headings_over_the_prose_of_an_awards_write_up(parse):
    """A write-up that sets each category on a line of its own and tells its results in prose
    ('The award went to A and B', 'X were highly commended', 'Highly commended in this category
    was Y'): the heading is the award of the paragraphs under it, a vanguard named in passing is
    not, and 'In March Dale Together' names Dale Together."""
    facts = extract(parse(AWARDS_WRITE_UP))
    results = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    first = "improved partnerships between health and local government"
    assert {("Ashby Council", first, "won"), ("NHS Ashby Clinical Commissioning Group", first, "won"),
            ("Wexley County Council", first, "highly_commended"),
            ("Harford GP Care Group", "primary care innovation", "highly_commended"),
            ("Moorside Partnership NHS Foundation Trust", "care of frail older people", "won")} <= results, \
        sorted(results)
    assert not [r for r in results if r[1] == "vanguard" and r[0] != "Dale Together"], sorted(results)
    assert not [o for o in facts.organisations if o.startswith("March")], list(facts.organisations)


STACKED_TABLE = """Harford and Wexley Regional Partnership Board

Annual Report 2018-19

Membership of the Board

Table 1: Board members

Name
Organisation
Role

Cllr Mair Aubrey
Harford Council
Chair; Cabinet Member for Social Care and Health

Sioned Pryce
Wexley Council
Director of Social Services

Tomos Harries
Bryn Housing Co-operative
Chief Executive

Helen Bevan
Harford University Health Board
Director of Planning

In attendance:
Laura Hughes, Head of Finance, Wexley Council
"""


def test_a_table_flattened_one_cell_a_line(parse):
    """A PDF table that prints each cell on a line of its own ('Name', 'Organisation', 'Role',
    then a block of three lines a member): each member's role is at the body on their row, a
    bare 'Chair' at the partnership the table lists, a body with no head word ('Bryn Housing
    Co-operative') is a body, and a row's role is not the next row's name's title."""
    facts = extract(parse(STACKED_TABLE))
    posts = post_triples(facts)
    partnership = "Harford and Wexley Regional Partnership Board"
    assert {("Mair Aubrey", partnership, "chair"),
            ("Mair Aubrey", "Harford Council", "cabinet member for social care and health"),
            ("Sioned Pryce", "Wexley Council", "director of social services"),
            ("Tomos Harries", "Bryn Housing Co-operative", "chief executive"),
            ("Helen Bevan", "Harford University Health Board", "director of planning")} <= posts, sorted(posts)
    assert not [p for p in posts if p[1] == partnership and p[0] in {"Tomos Harries", "Helen Bevan"}], sorted(posts)


def test_bodies_that_agreed_to_set_up_a_board_and_a_places_title(parse):
    """'A, the Borough of B and NHS C CCG have agreed to set up the X Board': three bodies (the
    'and NHS' opens the third name) that are X's members; "Bournemouth's cabinet member for ...":
    the place's possessive is no part of the title."""
    facts = extract(parse("New board\n\nHarford Borough Council, the Borough of Wexley and NHS Dale Clinical "
                          "Commissioning Group have agreed to set up the Harford and Wexley Joint Commissioning Board. "
                          "The board will be chaired by Cllr Roger Penn, Harford's cabinet member for adult social "
                          "care. Mary Hale, Children's Services Director at Harford Borough Council, agreed."))
    parts = named_members(facts)
    assert parts.get("Harford and Wexley Joint Commissioning Board") == {
        "Harford Borough Council", "Borough of Wexley", "NHS Dale Clinical Commissioning Group"}, parts
    posts = post_triples(facts)
    assert {("Roger Penn", "Harford Borough Council", "cabinet member for adult social care"),
            ("Mary Hale", "Harford Borough Council", "children's services director")} <= posts, sorted(posts)


def test_the_outlet_named_only_in_the_pages_furniture_is_no_body(parse):
    """'By Care Trade Weekly staff', 'Sign up to the Care Trade Weekly newsletter', a masthead
    'Harford News' with 'More from Harford News': the outlet is no body of the story; a council
    named in the story stays."""
    facts = extract(parse("Harford News\n\nCouncil and trust open step-down beds\n\nBy Care Trade Weekly staff\n\n"
                          "Harford Council and Harford Healthcare NHS Foundation Trust have opened 12 step-down beds. "
                          "Sign up to the Care Trade Weekly newsletter\n\nMore from Harford News\n"))
    assert not {"Care Trade Weekly", "Harford News"} & set(facts.organisations), list(facts.organisations)
    assert {"Harford Council", "Harford Healthcare NHS Foundation Trust"} <= set(facts.organisations)


def test_a_company_that_signs_a_partnership_with_bodies_is_a_body(parse):
    """'Sanctuary Care has signed a three-year partnership with A and B': a care company with no
    head word is a body, and a partner of A and B; a person or a place that signs is not."""
    facts = extract(parse("Step-down beds\n\nHaven Care has signed a three-year partnership with Harford "
                          "Healthcare NHS Foundation Trust and Harford County Council to run beds. Meadowview Living "
                          "has signed a contract with Wexley Council. Harford has signed a deal with NHS Harford."))
    assert {"Haven Care", "Meadowview Living"} <= set(facts.organisations), list(facts.organisations)
    assert "Harford" not in facts.organisations
    pairs = {frozenset(p.members) for p in facts.partnerships}
    assert any({"Haven Care", "Harford County Council"} <= p for p in pairs), pairs


def test_a_service_named_after_the_sentence_that_formed_it(parse):
    """'A has joined forces with B and C ... The new service, X, will ...' and 'The service,
    which will be known as Y, will ...': the service is a named partnership of the bodies the
    sentence before brought together."""
    facts = extract(parse(
        "Housing service\n\nHarford Housing Association has joined forces with Harford Health and Social Care "
        "Partnership and Harford Council to help patients.\n\nThe new service, Safe Home Harford, will place a "
        "housing officer in the discharge hub.\n\nHaven Care has signed a three-year partnership with Wexley "
        "Healthcare NHS Foundation Trust and Wexley County Council to run beds.\n\nThe service, which will be known "
        "as Bridge to Home Wexley, will be staffed by carers."))
    parts = named_members(facts)
    assert parts.get("Safe Home Harford") == {"Harford Housing Association", "Harford Council",
                                              "Harford Health and Social Care Partnership"}, parts
    assert parts.get("Bridge to Home Wexley") == {"Haven Care", "Wexley Healthcare NHS Foundation Trust",
                                                  "Wexley County Council"}, parts


def test_names_listed_under_a_board_of_trustees_heading(parse):
    """'Board of Trustees' over lines of names (some with a bracket): each is a trustee of the
    body whose page it is; a line with its own title in brackets keeps that title."""
    # each line is a rule's candidate (keeping it is the scorer's call: the model of the eleventh
    # session keeps the chair and leaves the plain trustees just under its threshold)
    text = ("Harford Carers Trust\nAnnual Review 2012/13\n\nHarford Carers Trust helps carers in "
                                   "Harford.\n\nOur people\n\nBoard of Trustees\nDorothy Pendle (Chair)\nDr Harold "
                                   "Worsley\nJanet Boothroyd\nGraham Kersal (until November 2012)\n\nDorothy joined the "
                                   "Board in 2008.\n")
    ruled_posts = ruled(parse, text, "post")
    assert {("Harold Worsley", "Harford Carers Trust", "trustee"), ("Janet Boothroyd", "Harford Carers Trust", "trustee"),
            ("Graham Kersal", "Harford Carers Trust", "trustee")} <= ruled_posts, sorted(ruled_posts)
    posts = post_triples(extract(parse(text)))
    assert ("Dorothy Pendle", "Harford Carers Trust", "chair") in posts, sorted(posts)


def test_voting_members_listed_in_minutes(parse):
    """'Present (voting members):' over 'Name (Chair) - Body' and 'Name - Title, Body' lines: each
    is a voting member of the board whose minutes they are; the non-voting list below is not."""
    text = ("Harford Integration Joint Board\n\nMinute of Meeting\nHarford Integration Joint Board\n\n"
            "Present (voting members):\nCouncillor Jim Muirfield (Chair) - Harford Council\nCouncillor "
            "Pauline Winch - Harford Council\nGrant Fairbairn - Non-Executive Director, NHS Harford\n\n"
            "Present (non-voting members):\nAlison McGill - Chief Officer\n")
    board = "Harford Integration Joint Board"
    ruled_posts = ruled(parse, text, "post")  # the rule proposes; keeping each is the scorer's call
    assert {("Pauline Winch", board, "voting member"), ("Grant Fairbairn", board, "voting member")} <= ruled_posts, \
        sorted(ruled_posts)
    assert ("Alison McGill", board, "voting member") not in ruled_posts, sorted(ruled_posts)
    posts = post_triples(extract(parse(text)))
    assert ("Jim Muirfield", board, "chair") in posts  # one post at a body unless a second is sure
    assert ("Alison McGill", board, "voting member") not in posts, sorted(posts)


FEDERATION_PAGE = """Harford GP Federation

Home | About Us | Our Team | Member Practices

Harford GP Federation is a not-for-profit company owned by its member practices across Harford and Wexley.

Board of Directors

Dr Orla Mackle
Chair
Orla has been a GP partner in Harford since 2009.

Dr Ciaran Dowd
Vice Chair
GP, Wexley

Our Member Practices

Harford
Dr Brennan & Partners, Harford Health Centre
Dr Gallen & Partners, Harford Health Centre
Castle Street Group Surgery

Wexley
Dr Tully & Partners, Wexley
Riverside Family Practice

Contact us at our office in Harford.
"""


def test_a_gp_federations_member_practices_under_place_headings(parse):
    """'Our Member Practices' on a federation's own page, its lines grouped under place headings:
    every practice ('Dr X & Partners, Place', 'Y Group Surgery') is a member of the federation;
    'Vice Chair' on the line under a name is that person's title, not a person."""
    facts = extract(parse(FEDERATION_PAGE))
    members = {m for p in facts.partnerships if p.name == "Harford GP Federation" for m in p.members}
    assert {"Castle Street Group Surgery", "Riverside Family Practice"} <= members, members
    assert len([m for m in members if "Partners" in m]) == 3, members
    assert "Vice Chair" not in facts.people
    assert ("Ciaran Dowd", "Harford GP Federation", "vice chair") in {
        (p.person, p.organisation, p.role.lower()) for p in facts.posts}


PARTNERSHIP_MOVES = """Partnership news

Healthier Harford, the integrated care partnership for the area, confirmed yesterday that Dr Imran Habgood will chair its leadership board from October. The partnership's programme director, Gareth Clive, is also leaving. He has been appointed director of strategy at Healthier Wexley. His successor is Louise Reade, currently director of commissioning at NHS Harford CCG. Tom Hale, a nurse at Jane Smith's practice, agreed.
"""


def test_a_partnership_described_for_its_area_its_chair_and_a_named_successor(parse):
    """'X, the integrated care partnership for the area' names a body; 'will chair its leadership
    board' is X's chair; 'director of strategy at Healthier Wexley' is held at a body the tagger
    read as a person; 'His successor is Y' gives Y the post he leaves, not the one he goes to."""
    facts = extract(parse(PARTNERSHIP_MOVES))
    posts = post_triples(facts)
    assert {("Imran Habgood", "Healthier Harford", "chair"),
            ("Gareth Clive", "Healthier Wexley", "director of strategy"),
            ("Louise Reade", "Healthier Harford", "programme director")} <= posts, sorted(posts)
    assert ("Louise Reade", "Healthier Wexley", "director of strategy") not in posts, sorted(posts)
    assert "Healthier Wexley" not in facts.people and "Jane Smith's" not in facts.organisations


def test_the_council_of_the_place_a_round_up_paragraph_names(parse):
    """A round-up that takes a place a paragraph ('In Harford ...', 'The Wexley leads are ...'):
    'the council's' and 'the CCG' are that place's bodies; a name after a title and a comma at the
    end of a sentence is a person ('..., the council's director of adult social care, Marcus Ebb.')."""
    facts = extract(parse(
        "Demonstrator sites\n\nThe sites and their lead bodies are Harford Metropolitan Borough Council and NHS "
        "Harford CCG, Wexley Council and NHS Wexley CCG, and Dale Council.\n\nIn Harford the work will be led "
        "jointly by Helen Stock, the council's assistant director for adult social care, and Dr Nadeem Qadir, "
        "clinical chair of NHS Harford CCG.\n\nThe Wexley leads are Dr Ruth Penn, who chairs the CCG, and the "
        "council's director of adult social care, Marcus Ebb."))
    posts = post_triples(facts)
    assert {("Helen Stock", "Harford Metropolitan Borough Council", "assistant director for adult social care"),
            ("Ruth Penn", "NHS Wexley Clinical Commissioning Group", "chair"),
            ("Marcus Ebb", "Wexley Council", "director of adult social care")} <= posts, sorted(posts)
    assert "Marcus Ebb" not in facts.organisations


def test_a_plural_title_over_two_names(parse):
    """"Two of X's non-executive directors, Jill Parkes and Dr Tariq Saleh, ...": each is a
    non-executive director of X, and 'Two of' is no part of X's name."""
    facts = extract(parse("Trust merger\n\nHarford Royal NHS Foundation Trust has merged with Wexley Hospital NHS "
                          "Trust. Two of Wexley Hospital NHS Trust's non-executive directors, Jill Parkes and Dr "
                          "Tariq Saleh, previously sat on the Harford board."))
    posts = post_triples(facts)
    assert {("Jill Parkes", "Wexley Hospital NHS Trust", "non-executive director"),
            ("Tariq Saleh", "Wexley Hospital NHS Trust", "non-executive director")} <= posts, sorted(posts)
    assert not [o for o in facts.organisations if o.startswith("Two")], list(facts.organisations)


def test_a_head_with_and_inside_and_a_head_that_opens_a_name_before_of(parse):
    """'Wexmoor Fire and Rescue Service' (a head with 'and' inside), 'Borough Council of Ashby
    and West Harford', 'Police Service of North Wexmoor' (a head, 'of' and a place): one name each;
    a second head after 'and' opens a second name."""
    facts = extract(parse("The statutory partners are:\n\n- Wexmoor Fire and Rescue Service\n- Police Service of "
                          "North Wexmoor\n- Dalton Housing Executive\n\nThe plan was agreed with the Borough Council "
                          "of Ashby and West Harford, Police Service of North Wexmoor and Dalton Health Agency."))
    orgs = set(facts.organisations)
    assert {"Wexmoor Fire and Rescue Service", "Police Service of North Wexmoor", "Dalton Housing Executive",
            "Borough Council of Ashby and West Harford", "Dalton Health Agency"} <= orgs, orgs
    assert not orgs & {"Rescue Service", "Police Service", "Borough Council", "Wexmoor Fire"}, orgs


ICB_BOARD_PAGE = """NHS Eastholm Integrated Care Board

Our Board

NHS Eastholm Integrated Care Board plans and funds NHS services for Eastholm. It works with the Eastholm Together Partnership.

Chair and Non-Executive Members

Dr Helen Marsh
Chair
Helen was appointed as the first Chair of the board in 2022.

Tom Ridley
Non-Executive Member and Vice Chair
Tom chairs the Audit Committee.

Partner Members

Sara Quinn
Partner Member - Local Authorities
Director of People, Eastholm County Council

Participants

The following attend Board meetings but do not vote:

- Dr Ravi Patel, Director of Public Health, Eastholm County Council
- Joan Kerr, Chief Executive, Westmere Hospitals NHS Trust
"""


def test_a_board_pages_stack_of_title_lines_under_a_name(parse):
    """A name line over title lines: 'Non-Executive Member and Vice Chair' is two titles, a dash
    after a title names the seat ('Partner Member - Local Authorities'), and a second line
    'Title, Body' is a post at that body; a heading joining two titles is no one's title."""
    posts = candidates(parse, ICB_BOARD_PAGE, "post")
    icb = "NHS Eastholm Integrated Care Board"
    assert {("Tom Ridley", icb, "non-executive member"), ("Tom Ridley", icb, "vice chair"),
            ("Sara Quinn", icb, "partner member - local authorities"),
            ("Sara Quinn", "Eastholm County Council", "director of people")} <= posts, sorted(posts)
    assert not [k for k in posts if " and " in k[2]], sorted(posts)


def test_bulleted_lines_of_people_are_no_bodies_or_members(parse):
    """'- Joan Kerr, Chief Executive, Westmere Hospitals NHS Trust': a list line that opens with a
    person names a person, a title and a body, not three bodies."""
    facts = extract(parse(ICB_BOARD_PAGE))
    assert {"Ravi Patel", "Joan Kerr"} <= set(facts.people), facts.people
    assert not set(facts.organisations) & {"Joan Kerr", "Chief Executive", "Director of Public Health",
                                           "Dr Ravi Patel"}, list(facts.organisations)
    assert ("Joan Kerr", "Chief Executive", "Westmere Hospitals NHS Trust") in {
        (p.person, p.role, p.organisation) for p in facts.posts}


def test_the_appointing_body_is_the_verbs_subject(parse):
    """'The appointment, approved by NHS Wexmoor, came after Harford County Council confirmed Dan
    Price as its new director': the post is at the body that confirmed him, not at every body
    named before the verb."""
    text = ("Care chief named\n\nThe appointment, which has been approved by NHS Wexmoor, came two days after "
            "Harford County Council confirmed Dan Price as its new executive director of adult social services.")
    posts = ruled(parse, text, "post")
    assert ("Dan Price", "Harford County Council", "executive director of adult social services") in posts, posts
    assert not [k for k in posts if k[1] == "NHS Wexmoor"], posts


def test_a_title_after_its_in_a_names_apposition(parse):
    """'The ICB has been led ... by Ann Bright, its director of finance': the title is held at
    the body 'its' stands for, the sentence's subject."""
    text = ("Harford ICB names chief\n\nNHS Harford Integrated Care Board has chosen a new chief executive. The ICB "
            "has been led on an interim basis since the summer by Ann Bright, its director of finance, who will "
            "go back to that job in January.")
    assert ("Ann Bright", "NHS Harford Integrated Care Board", "director of finance") in ruled(parse, text, "post")


def test_a_tables_caption_names_the_body_whose_members_it_lists(parse):
    """'Table 2: Membership of the Wexmoor Integration Joint Board' over a table on the
    partnership's report: the rows' roles ('Role on IJB') are posts at the body the caption
    names, not at the page's own."""
    text = ("Wexmoor Health and Social Care Partnership\nAnnual Performance Report 2020\n\n"
            "The Wexmoor Health and Social Care Partnership delivers services for the Wexmoor Integration Joint "
            "Board, which was set up by Wexmoor Council and NHS Dunmore.\n\n"
            "Table 2: Membership of the Wexmoor Integration Joint Board at 31 March 2020\n\n"
            "Voting members\nName    Nominated by    Role on IJB\n"
            "Councillor Ann Tolley    Wexmoor Council    Chair\n"
            "Peter Gaskell    NHS Dunmore    Vice Chair\n\n"
            "Non-voting members\nName    Position\nJane Rowan    Chief Officer\n")
    posts = candidates(parse, text, "post")
    ijb = "Wexmoor Integration Joint Board"
    assert {("Ann Tolley", ijb, "chair"), ("Peter Gaskell", ijb, "vice chair"), ("Jane Rowan", ijb, "chief officer")} \
        <= posts, sorted(posts)


def test_the_post_a_new_appointee_takes_up_is_named_after_post_of(parse):
    """'Harford County Council has appointed a new director ... Jo Vance will take up the post of
    corporate director of adult social care in January. ... Picture: Sam Bell. She replaces Ian
    Holt': the title is the one after 'the post of'; a person named only in a photograph's
    credit is no one the story is about, so 'She' is still Jo Vance and Ian Holt held her post."""
    text = ("Council names care director\n\nHarford County Council has appointed a new director to run its adult "
            "social care service. Jo Vance will take up the post of corporate director of adult social care in "
            "January. She is currently director of adult services at Wexley Council.\n\nCounty Hall in Harford. "
            "Picture: Sam Bell\n\nShe replaces Ian Holt, who left in June to join Dunmore Council. The council and "
            "KCC and Wexley Council work together.")
    facts = extract(parse(text))
    assert "Sam Bell" not in facts.people, facts.people
    posts = ruled(parse, text, "post")
    role = "corporate director of adult social care"
    assert {("Jo Vance", "Harford County Council", role), ("Ian Holt", "Harford County Council", role)} <= posts, posts
    assert "Wexley Council" in facts.organisations and "KCC and Wexley Council" not in facts.organisations


def test_a_company_named_after_the_sentence_that_formed_it_and_an_nhs_bodys_board(parse):
    """'A and B have agreed to form a community interest company. The new firm, to be called X,
    will be jointly owned by the two': X is a partnership of A and B; 'the NHS Wexley board' is
    the board of NHS Wexley, not a body of its own."""
    text = ("Firm to run home care\n\nDunmore City Council and NHS Wexley, the city's primary care trust, have "
            "agreed to form a community interest company to run equipment services. The new firm, to be called "
            "Dunmore Independent Living, will be jointly owned by the two organisations.\n\nThe plan was approved "
            "by the council's cabinet on Monday and by the NHS Wexley board last week.")
    facts = extract(parse(text))
    assert "NHS Wexley Board" not in facts.organisations, list(facts.organisations)
    named = {p.name: set(p.members) for p in facts.partnerships}
    assert named.get("Dunmore Independent Living", set()) >= {"Dunmore City Council", "NHS Wexley"}, named


FINANCE_AWARDS = """Wexmoor Finance Awards 2019: the winners

Finance Director of the Year
Winner: Gareth Morley, Director of Finance, Dunmore University Health Board
Finalists:
Ann Pryce, Director of Finance, Harford Hospitals NHS Trust

Working Together Award
Winner: Our Harford – NHS Harford CCG, Harford Council and Harford Community NHS Trust, for their single financial plan
Finalists:
Wexley Hospitals NHS Foundation Trust
Dunmore County Council

Finance Director of the Year Gareth Morley took over as director of finance at Dunmore University Health Board in 2016.
"""


def test_finalists_under_a_label_line_person_categories_and_an_entry_of_a_partnership_and_its_members(parse):
    """'Finalists:' on a line of its own gives the lines below it the outcome finalist; a category
    for a person ('Finance Director of the Year') is not won by the body a sentence names beside
    them; 'Winner: Our Harford – A, B and C, for ...' is won by the partnership and each member."""
    results = award_triples(extract(parse(FINANCE_AWARDS)))
    assert {("Wexley Hospitals NHS Foundation Trust", "Working Together Award", "finalist"),
            ("Dunmore County Council", "Working Together Award", "finalist"),
            ("Ann Pryce", "Finance Director of the Year", "finalist")} <= results, sorted(results)
    assert not [r for r in results if r[1] == "Finance Director of the Year" and r[0].endswith("Board")], results
    winners = {r[0] for r in results if r[1] == "Working Together Award" and r[2] == "won"}
    assert {"NHS Harford Clinical Commissioning Group", "Harford Council", "Harford Community NHS Trust"} <= winners, \
        sorted(results)


def test_the_council_is_not_one_named_only_in_someones_career(parse):
    """'Mr Vale is currently director at Wexley County Council. Before moving he spent eight years
    at Dunmore County Council ... the council's director of commissioning, A': the council the
    story is about, not one named as where someone worked; 'the borough council' may be the
    'Borough Council of X'."""
    text = ("County names care chief\n\nHarford County Council confirmed Tom Vale as its new executive director of "
            "adult social services on Monday.\n\nMr Vale is currently director of adult social care at Wexley "
            "County Council. Before moving to Wexley he spent eight years at Dunmore County Council, latterly as "
            "its head of commissioning.\n\nThe department has since been run by the council's director of "
            "commissioning, Louise Kerr.\n\nThe work is shared with the Borough Council of Ashby and West "
            "Harford. Its place board is chaired by Cllr Ian Dodd, the borough council's cabinet member for people.")
    posts = post_pairs(extract(parse(text)))
    assert ("Louise Kerr", "Harford County Council") in posts, posts
    assert ("Ian Dodd", "Borough Council of Ashby and West Harford") in posts, posts


def test_a_partnership_described_after_a_fronted_list_includes_it(parse):
    """'As well as A and B, the partnership includes ... C, D and E': 'the partnership' after the
    comma is the clause's subject, not a third item of the list before it; all five are members."""
    text = ("Care chiefs join up\n\nHarford County Council is a partner in the Harford and Dale Sustainability and "
            "Transformation Partnership (STP).\n\nAs well as Harford County Council and Dale Council, the partnership "
            "includes the area's eight clinical commissioning groups and its NHS trusts, among them Harford "
            "Community NHS Trust, Dale NHS Foundation Trust and East Harford Hospitals NHS Trust.")
    facts = extract(parse(text))
    members = {p.name: set(p.members) for p in facts.partnerships}.get(
        "Harford and Dale Sustainability and Transformation Partnership", set())
    assert {"Harford County Council", "Dale Council", "Harford Community NHS Trust", "Dale NHS Foundation Trust",
            "East Harford Hospitals NHS Trust"} <= members, facts.partnerships


def test_an_entrants_short_form_and_a_body_with_and_after_a_titles_field(parse):
    """'Winner: North Harford Commissioning Support (NHCS)': the entrant's name ends before its
    short form; 'Niall Hart, Director of Finance, Western Health and Social Care Trust': the
    words after the title's field are one body's name, not a person 'Western Health'."""
    facts = extract(parse("Training Award\nWinner: North Harford Commissioning Support (NHCS)\n\n"
                          "Finance Director of the Year\nFinalists:\n"
                          "Niall Hart, Director of Finance, Western Health and Social Care Trust\n"
                          "Sian Cole, Director of Finance, Harford Council\n"))
    assert {"North Harford Commissioning Support", "Western Health and Social Care Trust"} <= set(facts.organisations), \
        list(facts.organisations)
    assert "Western Health" not in facts.people, facts.people
    assert ("Niall Hart", "Director of Finance", "Western Health and Social Care Trust") in {
        (p.person, p.role, p.organisation) for p in facts.posts}


def test_a_word_that_owns_a_branch_or_a_regional_organiser_is_a_union(parse):
    """'Jo Bell, branch secretary of Allcare's Harford City branch' and 'Allcare said ...': a word
    that owns a branch or a regional organiser is a trade union, though its name has no head."""
    text = ("Staff fear cuts\n\nHarford City Council will move 240 staff to the new company. Allcare said it had "
            "been assured that pay would be protected.\n\nJo Bell, branch secretary of Allcare's Harford City "
            "branch, said: \"We will be watching closely.\"")
    facts = extract(parse(text))
    assert "Allcare" in facts.organisations, list(facts.organisations)
    assert ("Jo Bell", "Allcare") in post_pairs(facts), facts.posts


def test_a_council_someone_worked_with_is_not_the_council_of_the_story(parse):
    """'She started her career as a social worker with Dunmore Council before moving to the NHS'
    names where she worked; 'the council's chief executive, A' later is the story's council."""
    text = ("Health chief named\n\nHarford Council and NHS Wexley have named Jo Ray chief officer of their "
            "partnership.\n\nShe started her career as a social worker and was a service manager with Dunmore "
            "Council before moving to the health service.\n\nShe will answer to the council's chief executive, "
            "Ann Cole.")
    posts = post_pairs(extract(parse(text)))
    assert ("Ann Cole", "Harford Council") in posts, posts
    assert ("Ann Cole", "Dunmore Council") not in posts, posts


def test_a_council_reports_own_council_a_remit_after_with_responsibility_and_a_laws_name(parse):
    """A cabinet report opens 'AGENDA ITEM 7' over the council's name: the report is that
    council's own, so 'the Head of Legal Services' is its officer; 'Cabinet Member with
    Responsibility for Health' is one title (no body 'Responsibility for Health'); '... Partnership
    Arrangements Regulations 2000' is a law, not a body."""
    text = ("AGENDA ITEM 7\n\nHARFORD COUNTY COUNCIL\n\nCABINET\n15 NOVEMBER 2018\n\n"
            "1. The Council and the Trust have piloted joint teams with Harford Health and Care NHS Trust (\"the "
            "Trust\"). The Trust hosts the teams and the Trust's staff share a caseload with the Council's.\n\n"
            "2. The Board is chaired by Mr Richard Dale, the Cabinet Member with Responsibility for Health and "
            "Well-being.\n\n3. The Head of Legal and Democratic Services, Mr Andrew Price, has advised that the "
            "arrangements are permitted under the NHS Bodies and Local Authorities Partnership Arrangements "
            "Regulations 2000. The Trust agrees.")
    facts = extract(parse(text))
    posts = post_pairs(facts)
    assert ("Andrew Price", "Harford County Council") in posts, posts
    assert ("Richard Dale", "Harford County Council") in posts, posts
    assert not [o for o in facts.organisations if "Responsibility" in o or "Regulations" in o], list(facts.organisations)


def test_bodies_that_signed_an_agreement_setting_up_a_collaborative_and_a_place_for_its_council(parse):
    """'A and B, C and D county councils signed a memorandum setting up the X Collaborative': all
    four are its members; 'Bryncoed will be represented by its leader, Cllr E': the place stands
    for its council; 'seconded for a year to lead the team' is no title."""
    text = ("Councils join forces\n\nWexmoor University Health Board and Bryncoed, Afonwy and Dolgarth county "
            "councils signed a memorandum of understanding on Tuesday setting up the West Wexmoor Regional "
            "Collaborative.\n\nBryncoed will be represented by its leader, Cllr Emlyn Rhys. Dolgarth County Council "
            "has nominated Cllr Huw Hale, its leader.\n\nThe health board's director of primary care, Mair Bowen, "
            "has been seconded for a year to lead the collaborative's programme team.")
    facts = extract(parse(text))
    members = {p.name: set(p.members) for p in facts.partnerships}.get("West Wexmoor Regional Collaborative", set())
    assert {"Wexmoor University Health Board", "Bryncoed County Council", "Afonwy County Council",
            "Dolgarth County Council"} <= members, facts.partnerships
    posts = {(p.person, p.role, p.organisation) for p in facts.posts}
    assert ("Emlyn Rhys", "Leader", "Bryncoed County Council") in posts, posts
    assert not [p for p in posts if "Seconded" in p[1] or "Lead" in p[1].split()], posts


def test_local_branches_of_a_national_body_a_body_described_after_its_name_and_chairing_two(parse):
    """'Healthwatch Dunmore and Healthwatch Wexley' are two bodies; 'Ann Lake, chair of
    Healthwatch Harford' holds a post there though the tagger reads the name as a person's;
    'delivered by Engaging Harford, a community interest company' is a body; 'who chairs both
    A and B' is chair of each."""
    text = ("Local leaders join group\n\nSix chairs of local Healthwatch will sit on the group.\n\n"
            "- Ann Lake, chair of Healthwatch Harford. Healthwatch Harford is delivered by Engaging Harford, a "
            "community interest company, and Ann also sits on Engaging Harford's board.\n"
            "- Ravi Bassett, who chairs both Healthwatch Dunmore and Healthwatch Wexley, said the group mattered.\n")
    facts = extract(parse(text))
    assert {"Healthwatch Harford", "Engaging Harford", "Healthwatch Dunmore", "Healthwatch Wexley"} <= \
        set(facts.organisations), list(facts.organisations)
    assert "Engaging Harford" not in facts.people, facts.people
    posts = post_pairs(facts)
    assert {("Ann Lake", "Healthwatch Harford"), ("Ravi Bassett", "Healthwatch Dunmore"),
            ("Ravi Bassett", "Healthwatch Wexley")} <= posts, posts



def test_a_title_ends_before_by(parse):
    """'who has been appointed interim chief officer by the integration joint board': the title
    is 'interim chief officer', not '... by'."""
    from kg.extract.posts import clean_title
    doc = parse("He has been appointed interim chief officer by the board.")
    title, _ = clean_title(list(doc[4:8]), lexicon.load())
    assert title == "interim chief officer", title


def test_a_programme_the_text_describes_as_bringing_bodies_together_is_a_partnership(parse):
    """'Healthy Harford, the CCG-led programme which brings together the CCG and the city
    council': a name the tagger reads as a person's is a partnership of those bodies, and the
    place 'Harford' elsewhere is not a short form of it."""
    text = ("Council and CCG pool budgets\n\nHarford City Council and NHS Harford Clinical Commissioning Group will "
            "pool £20m.\n\nDr Neil Cross said the agreement was a big step for Healthy Harford, the CCG-led "
            "programme which brings together the CCG, the city council and the city's hospital trusts.\n\n"
            "Jo Hill, who will be Harford's first director of integrated commissioning, starts in April.\n\n"
            "Alan Gow, the partnership's first chief officer, retired in 2015.")
    facts = extract(parse(text))
    assert "Alan Gow" in facts.people, facts.people  # a person described by a body's possessive stays one
    members = {p.name: set(p.members) for p in facts.partnerships}.get("Healthy Harford", set())
    assert {"Harford City Council", "NHS Harford Clinical Commissioning Group"} <= members, facts.partnerships
    assert "Healthy Harford" not in facts.people
    assert not [p for p in facts.posts if p.organisation == "Healthy Harford" and p.person == "Jo Hill"], facts.posts


def test_primary_care_networks_named_with_pcn(parse):
    """'the Dean Vale PCN, Ashby, Newton and Staunford PCN and North Wexmoor PCN': three primary
    care networks, each name expanded, commas and 'and' inside the second; a PCN is a partnership
    of its practices."""
    facts = extract(parse("GP networks sign up\n\nThe agreements cover the Dean Vale PCN, Ashby, Newton and "
                          "Staunford PCN and North Wexmoor PCN, and around 130,000 patients between them."))
    orgs = facts.organisations
    names = {"Dean Vale Primary Care Network", "Ashby, Newton and Staunford Primary Care Network",
             "North Wexmoor Primary Care Network"}
    assert names <= set(orgs), list(orgs)
    assert {orgs[n].kind for n in names} == {"Partnership"}


def test_a_description_in_apposition_names_the_body_a_later_description_means(parse):
    """'NHS Harford and Ashby, the cluster which manages the city's primary care trusts' ... 'Jo
    Kerr, the cluster's chief executive': 'the cluster' is the body the apposition described,
    not the partnership named last."""
    text = ("Joint director named\n\nShe will be employed jointly by Harford City Council and NHS Harford and "
            "Ashby, the cluster which has managed the city's three primary care trusts since June.\n\n"
            "Councillor Dan Price also chairs the shadow Harford Health and Wellbeing Board.\n\n"
            "The appointment was made by a panel led by Jo Kerr, the cluster's chief executive.")
    posts = post_pairs(extract(parse(text)))
    assert ("Jo Kerr", "NHS Harford and Ashby") in posts, posts


SHOUTED_WINNERS = """Harford Nursing Awards 2013

Winners 2013

The winners of the Harford Nursing Awards 2013 were announced on 30 October.

CARE OF OLDER PEOPLE
WINNER
Harford Teaching Hospitals NHS Foundation Trust with Harford City Council
Active Recovery: getting older people home from hospital in 48 hours
HIGHLY COMMENDED
NHS Wexmoor
Frailty at the front door

CHILD AND ADOLESCENT SERVICES
WINNER
Dunmore Community Healthcare NHS Trust
The Dunmore Infant Mental Health Service
HIGHLY COMMENDED
Ashby University Health Board
Transition clinics for young people with diabetes

EDITOR'S AWARD
WINNER
St Ann's Hospice
"""


def test_a_winners_page_with_headings_in_capitals_and_a_project_line_under_each_entrant(parse):
    """Headings in capitals ('CHILD AND ADOLESCENT SERVICES') over 'WINNER' / entrant / project
    lines: a project line ('The Dunmore Infant Mental Health Service') is no category heading,
    and its words before a colon ('Active Recovery: ...') are no entrant; "EDITOR'S AWARD" reads
    as "Editor's Award"."""
    results = award_triples(extract(parse(SHOUTED_WINNERS)))
    assert {("Ashby University Health Board", "Child and Adolescent Services", "highly_commended"),
            ("NHS Wexmoor", "Care of Older People", "highly_commended"),
            ("St Ann's Hospice", "Editor's Award", "won")} <= results, sorted(results)
    assert not [r for r in results if r[0] == "Active Recovery" or "Infant" in r[1]], sorted(results)


@pytest.mark.parametrize("text, name, members", [
    ("Harford General Hospital NHS Foundation Trust and Wexley General Hospital NHS Trust have worked together as "
     "the Harford Hospitals Group since 2021.\n\nThe group is a partner in Integrated Care Harfordshire, the "
     "county's integrated care system, with Harfordshire Council and Harfordshire Healthcare NHS Foundation Trust.",
     "Integrated Care Harfordshire", {"Harfordshire Council", "Harfordshire Healthcare NHS Foundation Trust"}),
    ("Better Together Ashby, the borough's integrated care partnership, met for the first time on Monday.\n\n"
     "Ashby Council is one of the members of Better Together Ashby with NHS Ashby Clinical Commissioning Group.",
     "Better Together Ashby", {"Ashby Council", "NHS Ashby Clinical Commissioning Group"}),
])
def test_members_of_the_partnership_named_after_a_partner_in(nlp, text, name, members):
    """'X is a partner in P, the county's integrated care system, with A and B': P, a name that
    says nothing of its kind but is described as a partnership, gets the members, not X (though
    X is a group of bodies itself)."""
    candidates = {c.key for c in propose(nlp("Partners\n\n" + text)).candidates if c.kind == "member"}
    assert {(name, m) for m in members} <= candidates, candidates
    facts = extract(nlp("Partners\n\n" + text))
    parts = named_members(facts)
    assert members <= parts.get(name, set()), parts


def test_a_party_before_councillor_is_no_part_of_the_post(nlp):
    """'Liberal Democrat councillor X', 'Labour councillor Y': the post is 'Councillor'; the party
    is the person's, and no gold or user query names a 'Liberal Democrat Councillor' post."""
    facts = extract(nlp("Care plans approved\n\nHarford Council approved the plans on Tuesday. Liberal Democrat "
                        "councillor Julia Penrose, who sits on Harford Council's health scrutiny committee, said the "
                        "plan was rushed. Labour councillor Amir Shah, the cabinet member for adult social care, "
                        "welcomed the decision."))
    posts = post_triples(facts)
    assert {("Julia Penrose", "Harford Council", "councillor"), ("Amir Shah", "Harford Council", "councillor")} <= posts, posts
    assert not [p for p in posts if "democrat" in p[2] or "labour" in p[2]], posts


MINUTES_SEDERUNT = """HARFORD INTEGRATION JOINT BOARD

Minute of meeting held at 10.00am on 4 March 2021.

PRESENT

Councillor Ailsa Morton, Harford Council (Chair)
Jean Ross, NHS Harford (Vice Chair)
Councillor Ewan Dalgleish, Harford Council
Callum Reid, Chief Officer, Harford Health and Social Care Partnership

IN ATTENDANCE

Fraser Lamb, Democratic Services Manager, Harford Council
"""


def test_the_chair_in_brackets_in_minutes_chairs_the_meetings_body(nlp):
    """'Name, Body (Chair)' in a board's attendance list: the person sits for the body on the line
    and chairs the board whose minutes these are (the heading's), not the body on the line."""
    posts = post_triples(extract(nlp(MINUTES_SEDERUNT)))
    assert {("Ailsa Morton", "Harford Integration Joint Board", "chair"),
            ("Jean Ross", "Harford Integration Joint Board", "vice chair")} <= posts, posts
    assert not {("Ailsa Morton", "Harford Council", "chair"), ("Jean Ross", "NHS Harford", "vice chair")} & posts, posts
    assert ("Fraser Lamb", "Harford Council", "democratic services manager") in posts, posts


SHORTLIST_WITH_SPONSORS = """Care Sector Awards 2022
SHORTLIST 2022
The shortlist for the Care Sector Awards 2022 has been announced.
Community Care Initiative of the Year
In association with Brantwood Analytics
Harford Healthcare NHS Foundation Trust – Crisis cafe for the town centre
Wexley Partnership NHS Trust with Wexley County Council – Team around the person
Digital Care Award
Supported by Pellam Systems
Ashby Community Health NHS Trust – Paperless district nursing
Our sponsors
Brantwood Analytics | Pellam Systems | Corvell Legal
"""


def test_sponsors_in_association_with_a_category_are_not_its_name_or_its_entrants(nlp):
    """'In association with X' under a category heading names a sponsor, like 'Sponsored by X':
    the entries below keep the heading's category; the names under 'Our sponsors' won nothing."""
    results = award_triples(extract(nlp(SHORTLIST_WITH_SPONSORS)))
    assert {("Harford Healthcare NHS Foundation Trust", "Community Care Initiative of the Year", "shortlisted"),
            ("Wexley County Council", "Community Care Initiative of the Year", "shortlisted"),
            ("Ashby Community Health NHS Trust", "Digital Care Award", "shortlisted")} <= results, results
    assert not [r for r in results if "Brantwood" in r[0] + r[1] or "Corvell" in r[0] or "Pellam" in r[0]], results


def test_a_time_around_a_title_is_no_part_of_it(nlp):
    """'was until last month director of finance at X' (a former post), '... officer for urgent care
    until the autumn', '..., giving both councils a seat': the title ends where the time or the
    clause begins."""
    facts = extract(nlp("Board changes\n\nTomas Brackley joins the board of Harford Integrated Care Board as a "
                        "non-executive member. A chartered accountant, he was until last month director of finance at "
                        "Wexley County Council.\n\nDr Nia Obi, Harford Integrated Care Board's medical director, will "
                        "also act as Harford Integrated Care Board's senior responsible officer for urgent care until the autumn.\n\nAshby "
                        "Council's chief executive, Dan Kerr, remains a partner member of Harford Integrated Care "
                        "Board, giving both councils a seat at the board."))
    posts = {(p.person, p.organisation, p.role.lower()): p.former for p in facts.posts}
    assert posts.get(("Tomas Brackley", "Wexley County Council", "director of finance")) is True, posts
    assert ("Nia Obi", "Harford Integrated Care Board", "senior responsible officer for urgent care") in posts, posts
    assert ("Dan Kerr", "Harford Integrated Care Board", "partner member") in posts, posts
    assert not [p for p in posts if "until" in p[2] or "giving" in p[2] or "autumn" in p[2]], posts


def test_a_title_of_the_health_and_social_care_partnership_is_held_there(nlp):
    """'X, chief officer of the health and social care partnership, said': a description of five
    words points back to the body whose name ends in it, not to the partnership named last. 'A
    Health and Social Care Partnership and HVA': a short name after 'and' is a body of its own."""
    facts = extract(nlp("Locality partnership launched\n\nThe Westside Locality Partnership brings together Harford "
                        "City Health and Social Care Partnership and HVA, the city's third sector interface, with "
                        "community representatives from five neighbourhoods.\n\nMoira Dunlop, chief officer of the "
                        "health and social care partnership, said the new arrangement reflected what had worked "
                        "during Covid."))
    assert {"Harford City Health and Social Care Partnership", "HVA"} <= set(facts.organisations), facts.organisations
    posts = post_triples(facts)
    assert ("Moira Dunlop", "Harford City Health and Social Care Partnership", "chief officer") in posts, posts
    assert not [p for p in posts if p[1] == "Westside Locality Partnership"], posts


@pytest.mark.parametrize("sentence, post", [
    ("Dr Anouska Petrakis, head of primary care at NHS Harford Clinical Commissioning Group, has been seconded to "
     "Harford Care Connect Ltd as interim managing director while a permanent appointment is made.",
     ("Anouska Petrakis", "Harford Care Connect Ltd", "interim managing director")),
    ("Owen Blake, a physiotherapist by training, transferred to Wexley Community Health NHS Trust as head of "
     "therapies in 2019.", ("Owen Blake", "Wexley Community Health NHS Trust", "head of therapies")),
])
def test_seconded_or_transferred_to_a_body_as_a_title(nlp, sentence, post):
    """'was seconded to X as T', 'transferred to X as T': like 'joined X as T', the post is at X."""
    assert post in post_triples(extract(nlp("Appointments\n\n" + sentence))), post_triples(extract(nlp(sentence)))


def test_both_people_a_board_is_co_chaired_by_are_its_co_chairs(nlp):
    """'It will be co-chaired by A, clinical chair of the CCG, and Cllr B, the assistant mayor':
    the rule proposes both as co-chairs (the learned scorer weighs them); A keeps the post the
    apposition gives."""
    text = ("Pooled budget agreed\n\nDecisions will be taken by a new Harford Joint Commissioning Board, made up "
            "of three councillors and three members of NHS Harford Clinical Commissioning Group's governing body. "
            "It will be co-chaired by Dr Martin Jessop, clinical chair of the CCG, and Cllr Barbara Treg, the "
            "assistant mayor for people.")
    proposed = {(p, o, t.lower()) for p, o, t in ruled(nlp, text, "post")}
    assert {("Martin Jessop", "Harford Joint Commissioning Board", "co-chair"),
            ("Barbara Treg", "Harford Joint Commissioning Board", "co-chair")} <= proposed, proposed
    assert ("Martin Jessop", "NHS Harford Clinical Commissioning Group", "clinical chair") in post_triples(extract(nlp(text)))


RPB_PARTNERS = """New service to help patients get home sooner

It has been set up by the Harford Regional Partnership Board (RPB), which was created in 2016 to plan health
and social care across the region.

The service is being delivered by the RPB's partners:
• Harford University Health Board
• Wexley County Borough Council
• Harford Association of Voluntary Organisations (HAVO)

Age Cymru Harford, which is not a member of the RPB, will provide a befriending service.
"""


def test_an_rpbs_partners_in_bullets_and_a_body_that_is_not_one(nlp):
    """'It has been set up by the X (RPB)': 'It' names no body. 'Harford Association of Voluntary
    Organisations' is one name (a place, then a head that opens a name before 'of'). 'which is not
    a member of the RPB' turns the cue round: no membership."""
    facts = extract(nlp(RPB_PARTNERS))
    assert "It" not in facts.organisations, sorted(facts.organisations)
    assert "Harford Association of Voluntary Organisations" in facts.organisations, sorted(facts.organisations)
    members = {p.name: set(p.members) for p in facts.partnerships if p.name}.get("Harford Regional Partnership Board", set())
    assert {"Harford University Health Board", "Wexley County Borough Council",
            "Harford Association of Voluntary Organisations"} <= members, members
    assert "Age Cymru Harford" not in members, members



def test_a_description_after_is_names_the_subject_not_an_earlier_body(nlp):
    """'X is the health and social care partnership between A and B': the description says what X
    is; it does not point back to the partnership named before (and A and B are X's members)."""
    text = ("Chief officer appointed\n\nMs Reid is currently head of adult services at Wexley Islands Council, where "
            "she has worked within the Wexley Health and Social Care Partnership since 2012.\n\nNotes to editors\n\n"
            "Harford Health and Care is the health and social care partnership between NHS Harford and Harford "
            "Islands Council.")
    parts = {p.name: set(p.members) for p in extract(nlp(text)).partnerships if p.name}
    assert {"NHS Harford", "Harford Islands Council"} <= parts.get("Harford Health and Care", set()), parts
    # no rule gives the earlier partnership members (the model may weigh the first sentence's own cue)
    assert not [k for k in ruled(nlp, text, "member") if k[0] == "Wexley Health and Social Care Partnership"]


WINNERS_WITH_LABEL_LINES = """Care Nursing Awards 2019
Winners 2019
Congratulations to all of this year's winners and highly commended entrants.
Child and Adolescent Services
WINNER
Harford Children's NHS Foundation Trust – Moving on: transition to adult services
HIGHLY COMMENDED
NHS Wexley – School nursing drop-ins
Student Nurse of the Year: Mental Health
Sponsored by Brantwood Education
WINNER
Tobias Fennick, Harford City University
HIGHLY COMMENDED
Ruth Ansell, University of Wexley
"""


def test_category_headings_over_label_lines(nlp):
    """A line right above 'WINNER' or 'Sponsored by' heads a category: it names no body
    ('Child and Adolescent Services') and may hold a colon ('Student Nurse of the Year: Mental
    Health', whose field is no person); an entry right under 'WINNER' is an entry, though
    'HIGHLY COMMENDED' follows it."""
    facts = extract(nlp(WINNERS_WITH_LABEL_LINES))
    assert "Child and Adolescent Services" not in facts.organisations, sorted(facts.organisations)
    assert "Mental Health" not in facts.people, sorted(facts.people)
    results = award_triples(facts)
    assert {("Harford Children's NHS Foundation Trust", "Child and Adolescent Services", "won"),
            ("Tobias Fennick", "Student Nurse of the Year: Mental Health", "won"),
            ("Ruth Ansell", "Student Nurse of the Year: Mental Health", "highly_commended")} <= results, results


def test_a_brand_name_is_no_short_form_of_a_longer_brand(nlp):
    """'Harford Together' is not 'Harford Primary Care Together' with words left out (as 'the
    Western Trust' is 'Western Health and Social Care Trust'): its last word names no kind of body.
    The partnership 'made up of' four bodies is its own."""
    text = ("GP federation and council set up joint company\n\nHarford Primary Care Together, which represents all 45 "
            "practices in the city, and Harford City Council have each taken a stake in the new company.\n\nThe "
            "Harford Together partnership, made up of the council, NHS Harford CCG, Harford Royal NHS Foundation Trust "
            "and Harford Mental Health NHS Foundation Trust, will oversee the new company's contracts.")
    facts = extract(nlp(text))
    assert {"Harford Together", "Harford Primary Care Together"} <= set(facts.organisations), sorted(facts.organisations)
    parts = named_members(facts)
    assert {"Harford City Council", "Harford Royal NHS Foundation Trust"} <= parts.get("Harford Together", set()), parts
    # no rule gives the federation members (the sentence's co-subjects are the model's call)
    assert not [k for k in ruled(nlp, text, "member") if k[0] == "Harford Primary Care Together"]


CHARITY_ANNUAL_REPORT = """Carers in Wexleyshire
Annual Report and Financial Statements
for the year ended 31 March 2019

Chair's statement
This has been a year of change for Carers in Wexleyshire. The new carers support service is jointly
commissioned by Wexleyshire County Council and NHS Wexley Clinical Commissioning Group, and Wexleyshire
County Council leads the contract board.

Trustees' report
Carers in Wexleyshire is a charitable company limited by guarantee, governed by its Articles of Association.
Trustees who served during the year:
Hilary Mount (Chair)
Rajesh Croft (Vice Chair)
Penelope Ayres (Treasurer)

Key management personnel
Chief Executive: Dr Kieran Ashe
Director of Finance and Resources: Tamsin Kemp
"""


def test_a_charity_named_only_as_itself_is_the_body_of_its_own_report(nlp):
    """'Carers in Wexleyshire is a charitable company limited by guarantee': a name with no head
    word is a body when the text calls it a charity or company; its other uses (the report's title
    line) are mentions too, so the trustees and officers listed are its, not the council's that
    the report names more often in passing."""
    facts = extract(nlp(CHARITY_ANNUAL_REPORT))
    assert "Carers in Wexleyshire" in facts.organisations, sorted(facts.organisations)
    posts = post_triples(facts)
    assert {("Hilary Mount", "Carers in Wexleyshire", "chair"), ("Kieran Ashe", "Carers in Wexleyshire", "chief executive"),
            ("Tamsin Kemp", "Carers in Wexleyshire", "director of finance and resources")} <= posts, posts
    assert not [p for p in posts if p[1] == "Wexleyshire County Council"], posts


def test_a_place_and_a_partnership_acronym_name_a_board_and_a_persons_seat_is_no_membership(nlp):
    """'The Wexley RPB is chaired by X, an independent member of Wexley University Health Board':
    'Wexley RPB' names the regional partnership board (as 'Fenwick HSCP' names a partnership), which
    X chairs; X's seat on the health board makes the health board no member of the RPB."""
    facts = extract(nlp("Regional partnership boards\n\nThe Harford Regional Partnership Board is chaired by Cllr Ann "
                        "Rees.\n\nThe Wexley RPB is chaired by Lowri Pant, an independent member of Wexley University "
                        "Health Board."))
    assert "Wexley Regional Partnership Board" in facts.organisations, sorted(facts.organisations)
    posts = post_triples(facts)
    assert ("Lowri Pant", "Wexley Regional Partnership Board", "chair") in posts, posts
    assert ("Lowri Pant", "Wexley University Health Board", "independent member") in posts, posts
    members = {p.name: set(p.members) for p in facts.partnerships if p.name}
    assert "Wexley University Health Board" not in members.get("Wexley Regional Partnership Board", set()), members


def test_a_time_between_the_body_joined_and_as_and_a_programme_under_which(nlp):
    """'joined X in February 2022 as an associate non-executive director under the NHS Insight
    programme': the post is at X (a time may stand between the body and 'as'), not at the
    programme 'under' which it was made; 'was most recently chairman of Y' is a former post."""
    facts = extract(nlp("Board news\n\nRosamund Pudd joined Harford General Hospital NHS Foundation Trust in February "
                        "2022 as an associate non-executive director under the NHS Insight programme. Tom Ake joined "
                        "Wexley Council last year as head of adult services.\n\nPhilippa Gurney, who ran Harford "
                        "District Council for nine years, will take up the post in January. She was most recently "
                        "chairman of Healthwatch Harford, a role she stepped down from in the summer."))
    posts = {(p.person, p.organisation, p.role.lower()): p.former for p in facts.posts}
    assert ("Rosamund Pudd", "Harford General Hospital NHS Foundation Trust", "associate non-executive director") in posts, posts
    assert ("Tom Ake", "Wexley Council", "head of adult services") in posts, posts
    assert not [p for p in posts if p[1] == "NHS Insight"], posts
    assert posts.get(("Philippa Gurney", "Healthwatch Harford", "chairman")) is True, posts


CARE_AWARDS_PEOPLE = """Harfordshire Care Awards
Regional Final 2021 – Winners
Congratulations to all of the winners and finalists at the regional final of the Harfordshire Care Awards.
The Home Care Worker Award
Winner: Tendai Moss – Bluebird Care Wexley
Highly Commended: Lorna Skelton – Home Instead Harford
The Care Home Registered Manager Award
Winner: Nkechi Abara, Registered Manager – HC-One, Aire View Care Home
The Care Team Award
Winner: Wexley Council and Nova Wexley – Connecting Care Hub Team
"""


def test_a_persons_employer_after_the_dash_on_an_awards_line(nlp):
    """'Winner: Tendai Moss – Bluebird Care Wexley' in a category people compete in: the dash gives
    the winner's employer, a body though its name has no head word; after a body's entry the
    dash gives its project ('Connecting Care Hub Team'), which is no body."""
    facts = extract(nlp(CARE_AWARDS_PEOPLE))
    assert {"Bluebird Care Wexley", "Home Instead Harford", "HC-One"} <= set(facts.organisations), sorted(facts.organisations)
    assert "Connecting Care Hub Team" not in facts.organisations, sorted(facts.organisations)
    assert ("Tendai Moss", "Home Care Worker Award", "won") in award_triples(facts), award_triples(facts)


def test_the_royal_borough_and_a_title_acronym(nlp):
    """'The royal borough has been without a permanent DASS ... Its head of adult services, X':
    'the royal borough' points back to the Royal Borough named before; 'director of adult social
    services (DASS)' defines a title's short form, not a body's."""
    facts = extract(nlp("Councils share a director\n\nHarford Council and the Royal Borough of Kingsmere agreed the "
                        "arrangement last week. Harford's director of adult social care, Glenys Hadd, will also take "
                        "on the statutory director of adult social services (DASS) role at Kingsmere.\n\nThe royal "
                        "borough has been without a permanent DASS since January. Its head of adult services, "
                        "Priyanka Dhill, has covered the post on an interim basis."))
    assert "DASS" not in facts.organisations, sorted(facts.organisations)
    assert ("Priyanka Dhill", "Royal Borough of Kingsmere", "head of adult services") in post_triples(facts), post_triples(facts)


TRUST_BOARD_BIOS = """Harford County Hospital NHS Foundation Trust
Annual Report and Accounts 2021/22

Board of Directors

Dr Helena Corfe, Non-Executive Director
Helena is a retired consultant anaesthetist who worked at Wexley Hospital NHS Foundation Trust for 24 years.

Matthew Gale, Chief Executive
Matthew joined the Trust in September 2018 as Chief Executive. He was previously Chief Operating Officer at Ashby Hospitals NHS Trust, and before that deputy chief executive of Eastmoor District Hospital NHS Foundation Trust.

Beatrice Hale, Chief Nursing Officer
Beatrice joined the Trust in January 2021 from Wexley University Hospitals NHS Foundation Trust, where she was Deputy Chief Nurse. She is the Trust's Director of Infection Prevention and Control.
"""


def test_the_trust_on_a_trusts_own_page_and_titles_that_end_before_a_clause(nlp):
    """On a trust's own report 'the Trust's Director of ...' is the page's trust, though another
    trust was named last; 'a consultant anaesthetist who worked at X' ends before 'who'; 'and
    before that deputy chief executive of Y' is a former post without 'before that'."""
    posts = {(p.person, p.organisation, p.role.lower()): p.former for p in extract(nlp(TRUST_BOARD_BIOS)).posts}
    assert ("Beatrice Hale", "Harford County Hospital NHS Foundation Trust",
            "director of infection prevention and control") in posts, posts
    assert not [p for p in posts if "who" in p[2] or "before that" in p[2]], posts
    assert posts.get(("Matthew Gale", "Eastmoor District Hospital NHS Foundation Trust", "deputy chief executive")) is True, posts


ALLOCATIONS_TABLE = """Written statement: Integrated Care Fund allocations

The Harford Regional Partnership Board is chaired by Cllr Ann Rees. The Wexley Vale Regional Partnership Board
is chaired by Cllr Tom Pryce.

ICF revenue allocations 2018-19

Region | Partners | Allocation
Harford | Harford University Health Board; Harford County Council, Eastmoor County Borough Council | £5.82m
Wexley Vale | Wexley Vale University Health Board; Wexley Council, Vale of Ashby Council | £8.46m
"""


def test_a_table_row_named_by_its_region_gives_members_to_that_regions_partnership(nlp):
    """'Region | Partners | Allocation' rows whose first cell is only a region ('Wexley Vale'): the
    partners are members of the one named partnership whose name starts with the region."""
    found = candidates(nlp, ALLOCATIONS_TABLE, "member")
    assert {("Wexley Vale Regional Partnership Board", "Wexley Council"),
            ("Wexley Vale Regional Partnership Board", "Vale of Ashby Council"),
            ("Harford Regional Partnership Board", "Eastmoor County Borough Council")} <= found, found
    assert ("Harford Regional Partnership Board", "Wexley Council") not in found, found


def test_a_descriptor_before_a_bodys_name_is_no_part_of_it(nlp):
    """'Campaign group X said', 'Charity X said', 'Watchdog X welcomed', 'Think tank the X said': the
    common noun that opens the sentence describes the body it then names; the name is a body (whole,
    'and' and 'for the' included) whatever its words, and the descriptor no part of it."""
    facts = extract(nlp("Hospital plans criticised\n\nCampaign group Harford and Wexley 999 Call for the NHS said "
                        "the plan would make matters worse. Its spokeswoman, Jenna Stott, said people deserved "
                        "answers.\n\nThink tank the Kings Policy Institute said the plans were sensible. Charity "
                        "Carers Harford said it would help families. Watchdog Healthwatch Harford welcomed the plans."))
    assert {"Harford and Wexley 999 Call for the NHS", "Kings Policy Institute", "Carers Harford",
            "Healthwatch Harford"} <= set(facts.organisations), sorted(facts.organisations)
    assert not [n for n in facts.organisations if n.lower().startswith(("campaign", "watchdog", "charity"))], sorted(facts.organisations)
    assert not {"Carers Harford", "Healthwatch Harford"} & set(facts.people), sorted(facts.people)
    assert ("Jenna Stott", "Harford and Wexley 999 Call for the NHS", "spokeswoman") in post_triples(facts)


def test_a_charitys_local_branch_after_a_title_and_of(parse):
    """'declared an interest as Chief Executive of Age UK Harford': a national charity's local
    branch after a title and 'of' is the body, and the title ends before 'of'."""
    facts = extract(parse("Minutes of the board. Dana Foyle declared an interest as Chief Executive of Age UK "
                          "Harford, which receives funding from the ICB and from Wexley County Council."))
    posts = {(p.person, p.organisation, p.role.lower()) for p in facts.posts}
    assert ("Dana Foyle", "Age UK Harford", "chief executive") in posts, posts
    assert not [p for p in posts if " of " in p[2]], posts


def test_a_branch_area_may_end_in_a_place_and_a_compass_point(parse):
    """'Age Concern Harford and Wexley East': 'and' before a place and a compass point finishes
    the branch's area; it does not open a second body."""
    facts = extract(parse('Tamsin Greel, chief executive of Age Concern Harford and Wexley East, said: "We are '
                          'at the table now."'))
    assert "Age Concern Harford and Wexley East" in facts.organisations, facts.organisations
    assert ("Tamsin Greel", "Age Concern Harford and Wexley East") in {(p.person, p.organisation)
                                                                     for p in facts.posts}, facts.posts


REGISTER_OF_INTERESTS = """Harford Integrated Care Board
Register of Members' Interests

Name | Position on Board | Interest declared | Type | From | To | Action
Dana Foyle | Chair | Trustee, Harford Community and Voluntary Service | Non-financial | 2019 | Ongoing | None
 | | Spouse is a councillor on Wexley District Council | Indirect | 2019 | Ongoing | Declare as required
Tom Brill | Partner Member | Executive Councillor for Adult Care, Wexley County Council | Non-financial | 2021 | Ongoing | None
 | | Member, Wexley Health and Wellbeing Board | Non-financial | 2021 | Ongoing | None
Ann Mott | Director of Finance | Nil | | | |
"""


def test_a_register_of_interests_gives_posts_elsewhere(parse):
    """A register of interests in a table of seven columns: the 'Interest declared' cell 'Title,
    Body' is a post at that body; a row with an empty name cell goes on with the person above;
    a sentence in the cell ('Spouse is a councillor on X') is no post of the member's."""
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(REGISTER_OF_INTERESTS)).posts}
    assert {("Dana Foyle", "Harford Integrated Care Board", "Chair"),
            ("Dana Foyle", "Harford Community and Voluntary Service", "Trustee"),
            ("Tom Brill", "Wexley County Council", "Executive Councillor for Adult Care"),
            ("Tom Brill", "Wexley Health and Wellbeing Board", "Member"),
            ("Ann Mott", "Harford Integrated Care Board", "Director of Finance")} <= posts, posts
    assert not [p for p in posts if p[1] == "Wexley District Council"], posts


def test_a_title_and_a_comma_open_no_name(parse):
    """'Member, Wexley Health and Wellbeing Board' and 'Trustee, Harford Community and Voluntary
    Service': the title and its comma are no part of the body's name, and 'Community and
    Voluntary Service' is one head ('Harford Community' is no body of its own)."""
    orgs = extract(parse("Declarations: Member, Wexley Health and Wellbeing Board; Trustee, Harford Community and "
                         "Voluntary Service.")).organisations
    assert {"Wexley Health and Wellbeing Board", "Harford Community and Voluntary Service"} <= set(orgs), orgs
    assert not [o for o in orgs if o.startswith(("Member", "Trustee")) or o == "Harford Community"], orgs


def test_a_name_the_apposition_calls_a_federation_is_a_body(parse):
    """'Wexcare, the GP federation for Harford and Wexley, has appointed ...': a name with no
    head word that an apposition calls a federation, a charity or a social enterprise is a
    body, and 'its chief executive' is a post there."""
    facts = extract(parse("Wexcare, the GP federation for Harford and Wexley, has appointed Dr Lucy Brand as its "
                          "chief executive. She will take up the post on 1 April."))
    assert "Wexcare" in facts.organisations, facts.organisations
    assert ("Lucy Brand", "Wexcare") in {(p.person, p.organisation) for p in facts.posts}, facts.posts


def test_a_described_headless_name_named_again_is_a_member(parse):
    """'One Wexley, the GP federation for Harford, ...' then 'One Wexley is a partner in Harford
    Together, alongside A and B': the headless name the text described is a mention when
    named again, so it is a member beside A and B."""
    facts = extract(parse("One Wexley, the GP federation for Harford, has a new chair. One Wexley is a partner in "
                          "Harford Together, the sustainability and transformation partnership for the area, "
                          "alongside Harford City Council, North Harford NHS Trust and Wexley Council."))
    members = {m for p in facts.partnerships if p.name == "Harford Together" for m in p.members}
    assert {"One Wexley", "Harford City Council", "North Harford NHS Trust"} <= members, facts.partnerships


NEWSLETTER = """Harford Regional Partnership Board
PARTNERSHIP NEWS
Issue 4 – Summer 2022

In this issue
1. A new chair for the board
2. Meet the board
3. Reablement team shortlisted for national award

2. MEET THE BOARD

Cllr Ann Vorley (Chair) – Wexley County Borough Council
Dr Rhian Oakes-Hale – Director of Planning, HUHB
Dewi Cornock – Chief Executive, HAVO (third sector)

3. REABLEMENT TEAM SHORTLISTED FOR NATIONAL AWARD

Congratulations to the Harford Reablement Service, which has been shortlisted for the Integrated Care Award at the HSJ Awards 2022.
"""


def test_a_newsletters_numbered_sections_are_no_award_categories(parse):
    """A newsletter with one story on an award: its numbered section headings ('2. MEET THE
    BOARD') are no award categories, so the board's members win nothing."""
    awards = extract(parse(NEWSLETTER)).awards
    assert not [a for a in awards if "meet the board" in a.award.lower()], awards


def test_an_acronym_after_a_title_on_a_dashed_list_line_is_the_body(parse):
    """'Dr Rhian Oakes-Hale – Director of Planning, HUHB' and 'Dewi Cornock – Chief Executive,
    HAVO (third sector)': on a list line the word after the title's comma is the body, an
    acronym though it be, and the title ends before it."""
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(NEWSLETTER)).posts}
    assert ("Dewi Cornock", "HAVO", "Chief Executive") in posts, posts
    assert ("Rhian Oakes-Hale", "HUHB", "Director of Planning") in posts, posts


def test_the_lines_under_a_membership_heading_are_the_boards_members(parse):
    """'Membership' over lines 'Cllr A (Chair), X Council' and 'B, Chief Executive, Y': each
    person sits on the board named before the heading, as the title in brackets or as a member."""
    text = ("Health and Wellbeing Board\n\nThe Wexley Health and Wellbeing Board is a statutory committee of the "
            "council. It brings together the county council, the NHS and Healthwatch.\n\nMembership\n\n"
            "- Cllr Jo Harnby (Chair), Wexley County Council\n- Dr Amir Castle (Vice-Chair), Clinical Chair, NHS "
            "Wexley CCG\n- Peter Lorne-Gate, Chief Executive, Healthwatch Wexley\n- Ruth Odell, Director of "
            "Strategy, Wexley Hospitals NHS Foundation Trust\n\nOfficers supporting the board\n\nThe board is run by "
            "the council's public health team.\n")
    posts = candidates(parse, text, "post")  # every candidate: the rule is new to the model until retrained
    board = "Wexley Health and Wellbeing Board"
    assert {("Jo Harnby", board, "chair"), ("Amir Castle", board, "vice-chair"), ("Peter Lorne-Gate", board, "member"),
            ("Ruth Odell", board, "member")} <= posts, posts


def test_a_short_name_defined_with_the_in_brackets(parse):
    """'The Health and Care Alliance Harford (the ALLIANCE) ...': the bracketed short name is
    defined though 'the' opens it, so 'the ALLIANCE ... its Director of Policy' is the alliance,
    not the body named in between."""
    facts = extract(parse("The Health and Care Alliance Harford (the ALLIANCE) has appointed Morag Reid as its new Chief "
                          "Executive. Ms Reid is currently Head of Planning at Wexley Health and Social Care "
                          "Partnership. Since May the ALLIANCE has been led on an interim basis by its Director of "
                          "Policy, Fiona Mair, who will return to her substantive role."))
    posts = {(p.person, p.organisation) for p in facts.posts}
    assert ("Fiona Mair", "Health and Care Alliance Harford") in posts, facts.posts
    assert ("Fiona Mair", "Wexley Health and Social Care Partnership") not in posts, facts.posts


def test_the_trust_inside_the_subjects_clause_is_the_subject(parse):
    """'Meanwhile the Harford Trust has appointed B, currently director of X at the trust, as its
    chief executive': 'the trust' inside the subject's sentence is the subject, not the trust
    the paragraph named before."""
    facts = extract(parse("Dr Ciaran Duff is chief executive of the Wexley Health and Social Care Trust. Meanwhile the "
                          "Harford Health and Social Care Trust has appointed Bronagh Ferris, currently director of "
                          "older people and primary care at the trust, as its chief executive."))
    posts = {(p.person, p.organisation, p.role.lower()) for p in facts.posts}
    assert ("Bronagh Ferris", "Harford Health and Social Care Trust", "director of older people and primary care") \
        in posts, posts
    assert not [p for p in posts if p[0] == "Bronagh Ferris" and p[1].startswith("Wexley")], posts


def test_a_confederation_for_is_one_name_and_has_members(parse):
    """'The Wexley Confederation for Health and Social Services (WCHSS) has elected ...': a head
    that opens a name takes 'for' as it takes 'of', and a confederation is a body of bodies:
    'Its members include A, B and C' gives it members."""
    facts = extract(parse("The Wexley Confederation for Health and Social Services (WCHSS) has elected Brendan Reid "
                          "as its chair. Its members include the Harford Health and Social Care Trust, the Wexley "
                          "Health and Social Care Trust and the Public Health Agency."))
    name = "Wexley Confederation for Health and Social Services"
    assert name in facts.organisations, facts.organisations
    members = {m for p in facts.partnerships if p.name == name for m in p.members}
    assert {"Harford Health and Social Care Trust", "Wexley Health and Social Care Trust"} <= members, facts.partnerships


def test_a_sentence_bringing_in_new_board_members_lists_posts(parse):
    """'Two new board members were also confirmed at the meeting:' over bullet lines of people:
    each is a board member of the body the story is about (named most), not of the site's
    masthead; 'three new trustees, elected at the AGM:' likewise."""
    text = ("Harford Confederation\nNews\n\nThe Wexley Confederation for Health and Social Services (WCHSS) has "
            "elected Brendan Reid as its chair. WCHSS represents the trusts of Wexley.\n\nTwo new board members "
            "were also confirmed at the meeting:\n\n• Dr Ciaran Moore, chief executive of the Western Trust\n"
            "• Gillian Corrigan-Hale, director of commissioning, HSCB\n\nWCHSS holds its conference in October.\n")
    found = candidates(parse, text, "post")
    body = "Wexley Confederation for Health and Social Services"
    assert {("Ciaran Moore", body, "board member"), ("Gillian Corrigan-Hale", body, "board member")} <= found, found


def test_an_awards_pages_information_sections_hold_no_entries(parse):
    """'Key dates' over 'Awards ceremony: 2 July 2022, Harford Central', and the footer's 'Contact
    us | Privacy policy': an awards page's information lines are no entries of the category above."""
    text = ("HSJ Patient Safety Awards 2022: the finalists\n\nPatient Safety Partnership of the Year\n"
            "Finalist: Healthy Wexley – Whole-system sepsis pathway\nFinalist: Harford Hospitals NHS Trust – Shared "
            "discharge checklist\n\nKey dates\nFinalists' presentations: 15-17 May 2022\nAwards ceremony: 2 July 2022, "
            "Harford Central\n\nContact us | Privacy policy | Terms | Cookie policy\n")
    awards = extract(parse(text)).awards
    assert "Harford Hospitals NHS Trust" in {a.recipient for a in awards}, awards
    assert not [a for a in awards if "Key dates" in a.award or "Contact" in a.award or "Awards ceremony" in a.recipient
                or "Harford Central" in a.recipient], awards


def test_a_papers_roles_are_no_posts_the_title_after_the_name_is(parse):
    """'Report author: A, Corporate Governance Manager' and 'Executive lead: B, Director of
    Corporate Affairs' on a board paper: who wrote or answers for the paper is no post; the
    title after the name is, at the body the paper is for."""
    text = ("Harford Integrated Care Board\nBoard Meeting in Public – Wednesday 12 July 2023\n\nReport author: Imelda "
            "Strawbridge, Corporate Governance Manager\nExecutive lead: Dominic Fairclough, Director of Corporate "
            "Affairs\nPurpose: For information\n")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert {("Imelda Strawbridge", "Harford Integrated Care Board", "Corporate Governance Manager"),
            ("Dominic Fairclough", "Harford Integrated Care Board", "Director of Corporate Affairs")} <= posts, posts
    assert not [p for p in posts if p[2].lower() in {"executive lead", "report author"}], posts


def test_a_name_in_capitals_after_a_lower_case_title_and_of_is_a_body(parse):
    """'left to become managing director of Brightmoor Care': a name in capitals after a title in
    lower case and 'of' is the body the title is held at, while 'Director of Primary Care
    Development', a title in capitals, still names a field."""
    facts = extract(parse("When Kieran Wade left to become managing director of Brightmoor Care, Tom Bell took over. "
                          "Ann Lowe is Director of Primary Care Development at Harford Council."))
    assert "Brightmoor Care" in facts.organisations, facts.organisations
    assert ("Kieran Wade", "Brightmoor Care", "managing director") in {
        (p.person, p.organisation, p.role.lower()) for p in facts.posts}, facts.posts
    assert "Primary Care Development" not in facts.organisations, facts.organisations


def test_an_awards_table_gives_each_rows_result(parse):
    """'Category | Result | Entry | Organisation': each body of a row's organisation cell (a joint
    entry's 'A and B') has the row's result in the row's category; 'Winner (joint)' is a joint
    win; the row's cells are not read as lines of an awards list."""
    text = ("Winners of the 2023 Harford Care Accolades announced\n\nThe winners of this year's Harford Care Accolades "
            "were announced last night.\n\nCategory | Result | Entry | Organisation\nWorking together | Winner | Home "
            "First team | Wexley Council and Wexley University Health Board\nWorking together | Finalist | Step-up "
            "beds | Harford County Borough Council\nEarly intervention | Winner (joint) | Community connectors | Mardale "
            "County Council\nEarly intervention | Winner (joint) | Falls response | Harford Ambulance Service NHS Trust\n")
    facts = extract(parse(text))
    awards = award_triples(facts)
    assert {("Wexley Council", "Working together", "won"),
            ("Wexley University Health Board", "Working together", "won"),
            ("Harford County Borough Council", "Working together", "finalist"),
            ("Mardale County Council", "Early intervention", "joint_winner")} <= awards, awards
    assert not [a for a in awards if "|" in a[1]], awards
    years = {a.year for a in facts.awards if a.award == "Working together"}
    assert years == {2023}, years  # the page's year, from its headline above the table


def test_an_nhs_board_before_a_comma_and_councils_is_a_name_of_its_own(parse):
    """'set up by NHS Harford, North Harford Council and South Harford Council': an NHS board
    before a comma that a council's name follows is a body of its own, while 'NHS Avon, North
    Wexley and South Harford CCG' stays one name (its own head after the comma)."""
    orgs = extract(parse("The team was set up by NHS Harford, North Harford Council and South Harford Council. "
                         "It is funded by NHS Avon, North Wexley and South Harford CCG.")).organisations
    assert {"NHS Harford", "North Harford Council", "South Harford Council"} <= set(orgs), orgs
    assert not [o for o in orgs if o.startswith("NHS Harford,")], orgs
    assert "NHS Avon, North Wexley and South Harford Clinical Commissioning Group" in orgs, orgs


def test_a_descriptor_after_a_conjunction_and_the_names_a_body(parse):
    """'But the union Unicare, which represents some of the care workers, said ...': the
    descriptor may follow a conjunction and 'the'; the one-word name after it is a body."""
    facts = extract(parse("Staff are worried. But the union Unicare, which represents some of the care workers, said "
                          "it was worried about staffing."))
    assert "Unicare" in facts.organisations, facts.organisations


def test_an_abbreviated_prefix_opens_a_boroughs_name(parse):
    """'LB Harfield – Harfield Together: one front door' on an awards shortlist: 'LB' is 'London
    Borough of', so the entrant is the London Borough of Harfield."""
    text = ("LGC Awards 2019: the shortlist\n\nCare and Health Integration\n\nLB Harfield – Harfield Together: one "
            "front door\nWexley County Council – Home first\n")
    facts = extract(parse(text))
    assert "London Borough of Harfield" in facts.organisations, facts.organisations
    assert "LB Harfield" not in facts.people, facts.people


def test_an_nhs_boards_name_ends_at_the_title_after_it(parse):
    """'NHS Harford Valley Chief Executive Euan Moncrieff-Lathe said ...': the NHS board's name ends where
    the title begins; the name after the title is a person with that post there."""
    facts = extract(parse("The post is a joint appointment. NHS Harford Valley Chief Executive Euan Moncrieff-Lathe said the "
                          "appointment came at an important time."))
    assert "NHS Harford Valley" in facts.organisations, facts.organisations
    assert ("Euan Moncrieff-Lathe", "NHS Harford Valley", "chief executive") in {
        (p.person, p.organisation, p.role.lower()) for p in facts.posts}, facts.posts


def test_a_bulleted_title_line_under_a_broadcasters_masthead(parse):
    """'• Chair designate: Dr A B' in a story under 'ITV News Harford': the bullet is no part of the
    title, and the post is at the body the story is about, not at the broadcaster."""
    text = ("ITV News Harford\n\nNew leaders named for Harford's health and care system\n\nThe Harford Integrated Care "
            "System has named its first leaders. The Harford Integrated Care System will take over from the CCG in "
            "July.\n\nWho's who\n\n• Chair designate: Dr Ravinder Sandhu-Corbett\n• Chief executive designate: Nadia "
            "Ellery-Whitlock\n")
    posts = {(p.person, p.organisation, p.role) for p in extract(parse(text)).posts}
    assert ("Ravinder Sandhu-Corbett", "Harford Integrated Care System", "chair designate") in {
        (p[0], p[1], p[2].lower()) for p in posts}, posts
    assert not [p for p in posts if p[1] == "ITV News Harford" or "•" in p[2]], posts


def test_a_body_in_a_clause_after_until_holds_no_post(parse):
    """'Her vice-chairman, Gareth Evans, will be acting chairman until the Welsh Government
    appoints a successor': the title ends before 'until', and the body of that clause holds no
    post; 'will act as interim chief executive while the council recruits' is the council's."""
    facts = extract(parse("Ann Price told Harford University Health Board members on Monday that she was standing down. "
                          "Her vice-chairman, Gareth Evans, will be acting chairman until the Welsh Government appoints "
                          "a successor."))
    assert not [p for p in facts.posts if p.organisation == "Welsh Government" or "until" in p.role.lower()], \
        facts.posts
    found = candidates(parse, "Wexley County Council's director of resources, Kevin Hart, will act as interim chief "
                              "executive while the council recruits a permanent successor.", "post")
    assert ("Kevin Hart", "Wexley County Council", "interim chief executive") in found, found


def test_a_menu_line_names_no_body(parse):
    """'News | Sport | Community | Jobs | Notices' under a paper's masthead is the site's menu: no
    span across its bars is a body."""
    text = ("HARFORD REPORTER\nNews | Sport | Community | Jobs | Notices\n\nHEALTH\n\nGP federation and trust to run "
            "new service\n\nThe Harford GP Federation and the Southern Health and Social Care Trust will run the "
            "service together.\n")
    orgs = extract(parse(text)).organisations
    assert not [o for o in orgs if "|" in o], orgs
    assert "Southern Health and Social Care Trust" in orgs, orgs


def test_counted_bodies_named_before_are_members(parse):
    """'made up of NHS Harford, the two councils and Wexley Care': 'the two councils' are the last
    two councils the text named, so both are members; 'the three CCGs in X (A, B and C)' names its
    own and takes none from before."""
    text = ("The team was set up by NHS Harford, North Harford Council and South Harford Council. The Change Fund "
            "Partnership in Harford is made up of NHS Harford, the two councils and Wexley Care.")
    found = candidates(parse, text, "member")
    assert {("Change Fund Partnership", "North Harford Council"),
            ("Change Fund Partnership", "South Harford Council")} <= found, found
    text = ("Wexley City Council and Mardale Council welcomed it. The Wexley Alliance is made up of the three CCGs in "
            "Wexley (NHS Wexley North, NHS Wexley West and NHS Mardale) and Wexley Hospitals NHS Trust.")
    assert not [k for k in candidates(parse, text, "member") if k[1] in {"Wexley City Council", "Mardale Council"}]


def test_the_title_after_a_date_names_the_storys_body(parse):
    """'In March the director of planning, Huw Rees-Blackwood, left to become chief operating
    officer at Y': 'the director of planning' after a date is a post at the body the story is
    about, as 'The director of planning, A, left' is."""
    facts = extract(parse("Ann Price told Harford University Health Board members on Monday that she was standing "
                          "down. It is the second senior departure from the health board this year. In March the "
                          "director of planning, Huw Rees-Blackwood, left to become chief operating officer at Wexley "
                          "University Health Board."))
    posts = {(p.person, p.organisation, p.role.lower()) for p in facts.posts}
    assert ("Huw Rees-Blackwood", "Harford University Health Board", "director of planning") in posts, posts
    assert ("Huw Rees-Blackwood", "Wexley University Health Board", "chief operating officer") in posts, posts


COUNCIL_MINUTES = """Harford City Council

Cabinet

Tuesday 10 March 2015

PRESENT:

Councillor Pendarves-Lusk, in the Chair.
Councillor Trelawny, Vice Chair.
Councillors Bosanko, Kitto-Rowse, Nankervis and Polglase.

Apologies for absence: Councillor Chenoweth.

Also in attendance: Jo Bell (Strategic Director for People).

12. INTEGRATED FUND

Councillor Nankervis said the fund would start in April. Councillor Ann Jory, leader of Wexley Council, welcomed it.
"""


def test_councillors_named_by_surname_alone_in_minutes_are_people(parse):
    """Minutes name councillors by surname alone ("Councillor Trelawny", "Councillors A, B and C"):
    each is a person of that name when the text gives no fuller one."""
    people = set(extract(parse(COUNCIL_MINUTES)).people)
    assert {"Pendarves-Lusk", "Trelawny", "Bosanko", "Kitto-Rowse", "Nankervis", "Polglase", "Chenoweth"} <= people
    assert "Jory" not in people and "Ann Jory" in people  # "Councillor Jory" with the full name met: the same person


def test_councillors_in_a_councils_own_minutes_attendance_are_its_councillors(parse):
    """In a council's own minutes, every councillor in the attendance block (present, apologies)
    is a councillor of that council; one named later in the prose is not made one."""
    found = ruled(parse, COUNCIL_MINUTES, "post")
    for name in ("Trelawny", "Bosanko", "Kitto-Rowse", "Polglase", "Chenoweth"):
        assert (name, "Harford City Council", "councillor") in found, (name, found)
    assert ("Ann Jory", "Harford City Council", "councillor") not in found
    board = COUNCIL_MINUTES.replace("Harford City Council\n", "Harford Integration Joint Board\n", 1)
    assert not [k for k in ruled(parse, board, "post") if k[2] == "councillor"]


def test_a_name_before_a_bracketed_title_is_a_person_whatever_the_tagger_made_of_it(parse):
    """'Denzel Polkinghorne (Director of Integrated Commissioning, ...)' in an attendance line:
    two capitalised words with a title in brackets after them are a person's name (the tagger
    calls this one a body); so are those before ', the council's Head of ...'. The possessive
    keeps 'the council's Head of Co-operative Commissioning' a title, not a description of a body."""
    text = ("Also in attendance: Nessa Polwhele (Strategic Director for People), Denzel Polkinghorne (Director of "
            "Integrated Commissioning, Harford City Council and NHS Harford CCG), and Jenna Rowse (Democratic Support "
            "Officer).\n\nUntil his appointment the post had been covered on an interim basis by Demelza "
            "Carveth-Hosken, the council's Head of Co-operative Commissioning.\n")
    facts = extract(parse(text))
    assert {"Denzel Polkinghorne", "Demelza Carveth-Hosken"} <= set(facts.people), facts.people
    assert "Denzel Polkinghorne" not in facts.organisations
    posts = post_triples(facts)
    assert ("Denzel Polkinghorne", "Harford City Council", "director of integrated commissioning") in posts, posts
    assert ("Demelza Carveth-Hosken", "Harford City Council", "head of co-operative commissioning") in posts, posts


def test_a_health_boards_board_and_press_desk_are_the_health_board(parse):
    """'a non-executive member of the NHS Harford Board', 'Media enquiries: NHS Harford
    Communications': the board and the press desk of the health board NHS Harford are NHS Harford;
    'NHS Commissioning Board' and 'NHS Wexley Integrated Care Board' are bodies of their own."""
    text = ("Rufus Carnegy, a non-executive member of the NHS Harford Board, will chair the IJB. The chair passes "
            "from NHS Harford to Harford Council. Ann Bell leaves to join the NHS Commissioning Board, and Jo Pike "
            "chairs NHS Wexley Integrated Care Board.\n\nMedia enquiries: NHS Harford Communications, 01234 567890\n")
    orgs = set(extract(parse(text)).organisations)
    assert {"NHS Harford", "NHS Commissioning Board", "NHS Wexley Integrated Care Board"} <= orgs, orgs
    assert not {"NHS Harford Board", "NHS Harford Communications"} & orgs, orgs


def test_a_word_of_the_next_sentence_makes_no_body_a_political_party(parse):
    """'... chief executive of NHS Harford.' then 'Ms Bell joined ...': 'Ms' opens the next
    sentence; it is no Member of the Senedd after the body's name, so NHS Harford stays a body."""
    facts = extract(parse("She has acted in the role since October, when Tom Rudd left to become chief executive of "
                          "NHS Harford.\n\nMs Auchterlony joined the partnership in 2016."))
    assert "NHS Harford" in facts.organisations, facts.organisations
    assert ("Tom Rudd", "NHS Harford", "chief executive") in post_triples(facts)


def test_a_chair_of_a_bodys_own_committee_is_a_post_at_that_body(parse):
    """A council's or a board's own committee is no body of its own: 'convener of the council's
    Community and Housing Services Committee', 'chair of Harford Council's Health Scrutiny
    Committee', 'chaired its People Committee', 'chairs our Quality Committee' are posts at the
    body that owns the committee, with the committee in the title. A committee with a place in its
    name ('Wexley Local Medical Committee') is a body of its own."""
    facts = extract(parse(
        "Harford Council said Cllr Jo Bellis, who is convener of the council's Community and Housing Services "
        "Committee, will chair the board. Ann Leeming, who is chair of Harford Council's Health Scrutiny Committee, "
        "agreed. Tom Rudd was appointed in November, having been a non-executive director of Wexley NHS Foundation "
        "Trust, where he chaired its People Committee. He also chairs the Wexley Local Medical Committee."))
    posts = post_triples(facts)
    assert ("Jo Bellis", "Harford Council", "convener of the community and housing services committee") in posts, posts
    assert ("Ann Leeming", "Harford Council", "chair of the health scrutiny committee") in posts, posts
    assert ("Tom Rudd", "Wexley NHS Foundation Trust", "chair of the people committee") in posts, posts
    assert ("Tom Rudd", "Wexley Local Medical Committee", "chair") in posts, posts
    assert "Community and Housing Services Committee" not in facts.organisations


def test_the_last_field_of_a_person_title_body_list_line_is_a_body(parse):
    """'- Angharad Bevan, Chief Officer, Mantell Harford (third sector)' in a board's membership list:
    the field after the title is the body the member comes from, though its name has no head word
    and the tagger reads it as a person's; no title in such a line ('Chief Officer') is a body."""
    text = ("Membership of the Harford Regional Partnership Board from November 2019:\n\n"
            "- Cllr Rhian Penrhos, Cabinet Member for Adult Care, Harford Council\n"
            "- Angharad Bevan, Chief Officer, Mantell Harford (third sector)\n"
            "- Gethin Prosser, Chief Executive, Grŵp Tegid (representing housing)\n"
            "- Paula Ferriby, Care Forum Harford (representing care providers)\n")
    facts = extract(parse(text))
    assert {"Mantell Harford", "Grŵp Tegid"} <= set(facts.organisations), facts.organisations
    assert not {"Chief Officer", "Chief Executive"} & set(facts.organisations)
    assert not {"Mantell Harford", "Grŵp Tegid"} & set(facts.people), facts.people
    assert ("Angharad Bevan", "Mantell Harford", "chief officer") in post_triples(facts)


def test_people_named_after_a_counted_plural_title_hold_it(parse):
    """'The Trust has welcomed two new Non-Executive Directors, Mr A, a former director of finance
    at X, and Ms B, a solicitor': each holds the title, in the singular, at the body the sentence
    opens with; after a possessive ("Wexley Council's three new cabinet members are ...") at its body."""
    facts = extract(parse("The Harford Health and Social Care Trust has also welcomed two new Non-Executive Directors, "
                          "Mr Ciaran Dunleavy, a former director of finance at the Harford Housing Executive, and Ms "
                          "Anjali Rossiter, a solicitor. Wexley Council's three new cabinet members are Jo Bellis, Ann "
                          "Leeming and Tom Rudd."))
    posts = post_triples(facts)
    for name in ("Ciaran Dunleavy", "Anjali Rossiter"):
        assert (name, "Harford Health and Social Care Trust", "non-executive director") in posts, posts
    for name in ("Jo Bellis", "Ann Leeming", "Tom Rudd"):
        assert (name, "Wexley Council", "cabinet member") in posts, posts
    assert ("Ciaran Dunleavy", "Harford Housing Executive", "director of finance") in posts


def test_a_long_category_heading_right_over_a_winner_label_is_a_category(parse):
    """'Best Not-for-Profit Working in Partnership with the NHS' over 'WINNER': a heading longer than
    most is still a category when an outcome label follows it, and the entries below are in it,
    not in the category before."""
    text = ("Harford Partnership Awards 2017\n\n2017 Winners and Finalists\n\n"
            "Best Healthcare Partnership with Local Government\nWINNER\nWexley Council and NHS Wexley CCG – Healthier "
            "Wexley\n\nBest Not-for-Profit Working in Partnership with the NHS\nWINNER\nHarford Carers Trust – Home "
            "from hospital, with Harford Teaching Hospitals NHS Trust\n")
    found = award_triples(extract(parse(text)))
    assert ("Harford Carers Trust", "Best Not-for-Profit Working in Partnership with the NHS", "won") in found, found
    assert not [a for a in found if a[0] == "Harford Carers Trust" and a[1].startswith("Best Healthcare")], found


def test_a_comma_parts_names_whose_heads_are_written_short(parse):
    """'Harford University Hospitals NHS FT, Harford Health NHS FT and the University of Harford':
    a short head ('FT', 'UHB', 'LBC') before a comma ends a name as a written-out head does."""
    orgs = set(extract(parse("The joint winners were Harford University Hospitals NHS FT, Harford Health NHS FT and the "
                             "University of Harford, with Wexley UHB, Mardale LBC and Wexley Council.")).organisations)
    assert {"Harford University Hospitals NHS Foundation Trust", "Harford Health NHS Foundation Trust",
            "University of Harford"} <= orgs, orgs
    assert not [o for o in orgs if "," in o], orgs


def test_entrants_on_the_lines_under_a_bare_outcome_label_are_bodies(parse):
    """'WINNER' alone on a line, then 'Harford Teaching Hospitals NHS FT and Medivance – project':
    the entrants on the lines below a bare label are bodies though they have no head word."""
    text = ("Harford Partnership Awards 2017\n\nBest Public Private Partnership\nWINNER\nHarford Teaching Hospitals NHS "
            "FT and Medivance – Integrated catheter labs\nFINALISTS\nWexley Hospitals NHS Foundation Trust and Estatesure "
            "– Estates and facilities\nLindenfield Cancer Support – Recovery package, Mardale NHS Foundation Trust\n\n"
            "Care of Older People\nWINNER\nMardale Community Healthcare NHS Trust\nActive Recovery: home from hospital "
            "in 48 hours\n")
    facts = extract(parse(text))
    assert {"Medivance", "Lindenfield Cancer Support"} <= set(facts.organisations), facts.organisations
    assert ("Medivance", "Best Public Private Partnership", "won") in award_triples(facts)


def test_an_awards_scheme_in_a_sites_menu_makes_no_awards_page(parse):
    """'News | Social care | Workforce | LGC Awards | Jobs' is the trade paper's menu: the scheme
    named there makes the story no awards page, so its section heading ('SOCIAL CARE') is no
    category and the council in the story won nothing."""
    text = ("LGC | Local Government Chronicle\n\nNews | Social care | Workforce | Finance | LGC Awards | Jobs\n\n"
            "SOCIAL CARE\n\nHarford fills top adult care post\n\nBy Jo Pendle | 14 August 2018\n\nHarford Council has "
            "appointed a director of adult social services, ending almost a year of interim cover.\n")
    assert not extract(parse(text)).awards


REGISTER_TABLE = """NHS Harford Integrated Care Board

Register of interests (extract)

Name | Position on Board | Interest declared | Type | From | To
Imogen Fairclough | Chair | Trustee, Harford Wildlife Trust | Non-financial professional | 2019 | –
Oswin Thackeray | Chief Executive | Spouse is Director of Nursing, Wexley Teaching Hospitals NHS Foundation Trust | Indirect | 2020 | –
Dr Kofi Ashdown | Partner Member (Primary Medical Services) | GP Partner, Ashby Grange Medical Practice | Financial | 2009 | –
Morwenna Tillot | Partner Member – NHS Trusts and Foundation Trusts | Chief Executive, Mardale NHS Foundation Trust | Financial | 2020 | –
"""


def test_a_register_seat_keeps_its_constituency_and_a_relatives_post_is_no_post(parse):
    """In a register of interests, the 'Position on Board' column's seat keeps the constituency in
    its brackets or after its dash ('Partner Member (Primary Medical Services)'), at the board the
    page is about; an interest 'Spouse is Director of Nursing, X' is a relative's post, not theirs."""
    posts = post_triples(extract(parse(REGISTER_TABLE)))
    board = "NHS Harford Integrated Care Board"
    assert ("Kofi Ashdown", board, "partner member - primary medical services") in posts, posts
    assert ("Morwenna Tillot", board, "partner member - nhs trusts and foundation trusts") in posts, posts
    assert ("Morwenna Tillot", "Mardale NHS Foundation Trust", "chief executive") in posts, posts
    assert not [p for p in posts if p[0] == "Oswin Thackeray" and p[1] != board], posts


def test_an_acting_title_alongside_ones_own_post_is_at_the_storys_body(parse):
    """'has been acting Director of Adult Services alongside her own post': the title ends before
    'alongside', and 'her own post' names no body, so the acting post is proposed at the body the
    story is about."""
    found = ruled(parse, "Harford Health and Social Care Trust has appointed a new director. Since then the Trust's "
                         "Director of Nursing, Maura Quennell, has been acting Director of Adult Services alongside "
                         "her own post.", "post")
    assert ("Maura Quennell", "Harford Health and Social Care Trust", "acting director of adult services") in found, found


def test_in_the_chair_in_minutes_is_the_title_chair(parse):
    """'Councillor Pendarves-Lusk, in the Chair.' in minutes: the title is 'Chair', not 'in the Chair'."""
    found = ruled(parse, COUNCIL_MINUTES, "post")
    assert ("Pendarves-Lusk", "Harford City Council", "chair") in found, found
    assert not [k for k in found if k[2].startswith("in the")], found


def test_a_council_named_in_a_career_is_not_the_council_a_description_means(parse):
    """'Ms Bell joined the trust in 2016 from Wexley County Council, where she had been ...': a
    council named as where someone worked before is not 'the council' of the next sentence,
    which is the story's council."""
    facts = extract(parse(
        "Harford Council has appointed a director of adult social services.\n\nMs Jo Bellamy joined Harford Care NHS "
        "Trust in 2016 from Wexley County Council, where she had been strategic manager for adult safeguarding.\n\n"
        "Her appointment was confirmed at a meeting of the council's employment committee, chaired by its leader, "
        "Cllr Harriet Quenby."))
    posts = post_triples(facts)
    assert ("Harriet Quenby", "Harford Council", "leader") in posts, posts
    assert not [p for p in posts if p[0] == "Harriet Quenby" and p[1] == "Wexley County Council"], posts


def test_a_minute_reference_is_no_part_of_a_title(parse):
    """'Councillor Trelawny (Chair of the Scrutiny Panel, for minute 93)': the minute the member
    attended for is no part of the title."""
    text = COUNCIL_MINUTES.replace("Also in attendance: Jo Bell (Strategic Director for People).",
                                   "Also in attendance: Councillor Trelawny (Chair of the Scrutiny Panel, for minute 93).")
    found = {k[2] for k in ruled(parse, text, "post") if k[0] == "Trelawny"}
    assert "chair of the scrutiny panel" in found, found
    assert not [t for t in found if "minute" in t], found


def test_a_body_led_on_an_interim_basis_by_someone_has_them_as_its_interim_head(parse):
    """'the trust has been led on an interim basis by its medical director, Dr A': A is the
    trust's interim chief executive (a partnership's interim chief officer), beside their own post."""
    found = ruled(parse, "Harford Health and Social Care Trust has appointed Ann Leeming as chief executive. Since "
                         "Mr Halloran's departure the trust has been led on an interim basis by its medical director, Dr "
                         "Sorcha Devlin, who will return to that role. The Wexley Health and Social Care Partnership "
                         "has been led on an interim basis since May by Jo Bellis.", "post")
    assert ("Sorcha Devlin", "Harford Health and Social Care Trust", "interim chief executive") in found, found
    assert ("Sorcha Devlin", "Harford Health and Social Care Trust", "medical director") in found, found
    assert ("Jo Bellis", "Wexley Health and Social Care Partnership", "interim chief officer") in found, found


def test_a_category_heading_may_hold_numbers(parse):
    """'Best employer of 50 to 249 staff' over 'Winner: X' is a category heading though it holds
    digits (a date line does not stand over an outcome label), and its entries are its results."""
    text = ("Harford Care Awards 2019: winners and finalists\n\nThe winners of the Harford Care Awards 2019 were "
            "announced at a ceremony in Harford on Thursday 28 February.\n\n"
            "Best employer of fewer than 50 staff\nSponsored by Pellbrook Solicitors\n"
            "Winner: Ravensworth Lodge Care Home (Co Durham)\nFinalist: Marlow Community Care\n\n"
            "Best employer of 50 to 249 staff\nWinner: Verity\nHighly commended: Tarrow Housing\n")
    found = award_triples(extract(parse(text)))
    assert ("Ravensworth Lodge Care Home", "Best employer of fewer than 50 staff", "won") in found, found
    assert ("Marlow Community Care", "Best employer of fewer than 50 staff", "finalist") in found, found
    assert ("Verity", "Best employer of 50 to 249 staff", "won") in found, found
    assert ("Tarrow Housing", "Best employer of 50 to 249 staff", "highly_commended") in found, found


def test_a_pronoun_goes_to_the_person_whose_honorific_says_its_sex(parse):
    """'Ms Quill replaces Tom Pendry, who left ... Before stepping up, she was ...': of the people
    of the sentence before, 'she' is Ms Quill, though Tom Pendry was named last; with no honorific
    to say so ('Dr Bell replaces Professor Alan Royd ... He was'), the last one named."""
    found = post_triples(extract(parse(
        "Harford Council has confirmed its new director of adult services.\n\nMs Maren Quill replaces Tom Pendry, "
        "who left in the autumn after six years.\n\nBefore stepping up, she was head of safeguarding at Harford "
        "Community Health NHS Trust.")))
    assert ("Maren Quill", "Harford Community Health NHS Trust", "head of safeguarding") in found, found
    assert not [p for p in found if p[0] == "Tom Pendry" and "safeguarding" in p[2]], found
    found = post_triples(extract(parse(
        "Harford Council has confirmed its new director of adult services.\n\nDr Ann Bell replaces Professor Alan "
        "Royd, who is stepping down. He was formerly vice-chancellor of Harford University.")))
    assert ("Alan Royd", "Harford University", "vice-chancellor") in found, found


def test_a_body_someone_left_to_join_is_not_the_council_the_story_means(parse):
    """'Tom Pendry, who left to become chief officer of X, the partnership run by Wexley Council
    and NHS Wexley': the council named there is where someone went, so a later 'the council's
    head of adult care' is the story's council."""
    found = post_triples(extract(parse(
        "Harford Council has confirmed Ms Maren Quill as its new director of adult services, after interviews by "
        "Harford Council and NHS Harford.\n\nMs Quill replaces Tom Pendry, who left in the autumn to become chief "
        "officer of Wexley Health and Care, the partnership run by Wexley Council and NHS Wexley.\n\nBefore stepping "
        "up, she was the council's head of adult care, a post she held for six years.")))
    assert ("Maren Quill", "Harford Council", "head of adult care") in found, found
    assert not [p for p in found if p[1] == "Wexley Council"], found


def test_an_ampersand_acronym_of_a_place_is_that_places_body(parse):
    """'K&NEB Council' and 'NHS K&NEB' under a heading that names 'Kendal and North East Brackmoor
    Council' and 'NHS Kendal and North East Brackmoor' are those bodies: an acronym of the
    places, with its ampersand, before the head or after 'NHS'."""
    facts = extract(parse(
        "KENDAL AND NORTH EAST BRACKMOOR COUNCIL\nNHS KENDAL AND NORTH EAST BRACKMOOR\n\nJOINT COMMISSIONING BOARD\n\n"
        "MINUTES of the meeting held on Thursday, 19th July, 2012\n\nPresent:\n"
        "Councillor Roderick Sayle (Chair) - Cabinet Member for Wellbeing, K&NEB Council\n"
        "Dr Imelda Vashti (Vice-Chair) - Non-Executive Director, NHS K&NEB\n"))
    assert "K&NEB Council" not in facts.organisations and "NHS K&NEB" not in facts.organisations, \
        set(facts.organisations)
    posts = post_triples(facts)
    assert ("Roderick Sayle", "Kendal and North East Brackmoor Council", "cabinet member for wellbeing") in posts, posts
    assert ("Imelda Vashti", "NHS Kendal and North East Brackmoor", "non-executive director") in posts, posts


def test_a_meetings_chair_in_the_attendance_block_chairs_the_body_the_minutes_are_of(parse):
    """'Present: / Dr Ann Lee (Vice-Chair) - Non-Executive Director, NHS Harford' under 'HARFORD
    JOINT COMMISSIONING BOARD' / 'MINUTES of the meeting held on ...': the bracketed seat is at
    the board whose minutes these are, and the title after the dash at the body it names."""
    text = ("Harford Council\n\nHARFORD JOINT COMMISSIONING BOARD\n\nMINUTES of the meeting held on Thursday, 19th "
            "July, 2012, 2.00 pm, Guildhall, Harford\n\nPresent:\nCouncillor Roderick Sayle (Chair) - Cabinet Member "
            "for Wellbeing, Harford Council\nDr Imelda Vashti (Vice-Chair) - Non-Executive Director, NHS Harford\n\n"
            "1 WELCOME\n\nThe Chair welcomed members to the meeting.\n")
    posts = post_triples(extract(parse(text)))
    board = "Harford Joint Commissioning Board"
    assert ("Roderick Sayle", board, "chair") in posts, posts
    assert ("Imelda Vashti", board, "vice-chair") in posts, posts
    assert ("Imelda Vashti", "NHS Harford", "non-executive director") in posts, posts
    assert ("Roderick Sayle", "Harford Council", "cabinet member for wellbeing") in posts, posts
    assert not [p for p in posts if p[2] in {"chair", "vice-chair"} and p[1] != board], posts


def test_partners_listed_later_join_the_partnership_not_one_named_in_a_relative_clause(parse):
    """'X brings together A and B. C, which pays through the Y Partnership, has a seat too. D and E
    are both partners': D and E are members of X; Y, named in passing in a relative clause, is
    not the partnership the text goes on listing."""
    found = candidates(parse,
                       "The Harford Healthy Ageing Partnership brings together Harford District Council and the Wexley "
                       "Health and Social Care Trust. The Mereby Health Agency, which is paying for the first two years "
                       "through the Western Wellbeing Partnership, also has a seat on the steering group.\n\nOn the "
                       "voluntary side, the Harford Rural Trust and Age UK Wexley are both partners.", "member")
    ruled_members = ruled(parse,
                          "The Harford Healthy Ageing Partnership brings together Harford District Council and the Wexley "
                          "Health and Social Care Trust. The Mereby Health Agency, which is paying for the first two years "
                          "through the Western Wellbeing Partnership, also has a seat on the steering group.\n\nOn the "
                          "voluntary side, the Harford Rural Trust and Age UK Wexley are both partners.", "member")
    assert ("Harford Healthy Ageing Partnership", "Age UK Wexley") in ruled_members, ruled_members
    assert ("Harford Healthy Ageing Partnership", "Harford Rural Trust") in ruled_members, ruled_members
    assert not [k for k in ruled_members if k[0] == "Western Wellbeing Partnership"], ruled_members
    assert found >= ruled_members


def test_a_charitys_branch_after_a_body_with_a_head_in_one_run(parse):
    """'the Harford Rural Trust and Age UK Wexley': a charity's local branch after 'and' is a body
    of its own, as 'NHS Wexley' after 'Harford Council and' already was."""
    orgs = set(extract(parse("On the voluntary side, the Harford Rural Trust and Age UK Wexley are both partners, "
                             "and the Mereby Community Trust and Age Cymru Mereby have signed up too.")).organisations)
    assert {"Harford Rural Trust", "Age UK Wexley", "Mereby Community Trust", "Age Cymru Mereby"} <= orgs, orgs


def test_landlords_listed_as_members_and_a_charity_after_its_descriptor_are_bodies(parse):
    """'Its members are: ... / Hartmoor, Two Weirs Housing and Wexley Borough Homes, the ALMO that
    runs the borough council's homes, are the landlord members. Homelessness charity Q7 joined in
    August.': names listed as members are bodies whatever their words, and members of the
    partnership; so is a name after a descriptor with its own modifier ('Homelessness charity')."""
    text = ("The Harford Housing and Health Partnership was formally signed off last week.\n\nIts members are:\n\n"
            "- Harford County Council\n- Wexley Borough Council\n\nHartmoor, Two Weirs Housing and Wexley Borough "
            "Homes, the arms-length management organisation that runs the borough council's homes, are the landlord "
            "members. Homelessness charity Q7 joined in August.\n")
    facts = extract(parse(text))
    assert {"Hartmoor", "Two Weirs Housing", "Wexley Borough Homes", "Q7"} <= set(facts.organisations), \
        set(facts.organisations)
    found = ruled(parse, text, "member")
    for body in ("Hartmoor", "Two Weirs Housing", "Wexley Borough Homes"):
        assert ("Harford Housing and Health Partnership", body) in found, found


def test_people_listed_under_its_members_are_sit_on_the_board_and_a_department_is_part_of_a_title(parse):
    """'The partnership board ... Its members are:' over lines 'Name, Title of Department, Body':
    each person listed is a member of the partnership, and 'Director of Health and Environmental
    Services' is a title at the body in the last field, its department no body."""
    text = ("The Harford Strategic Partnership was launched today.\n\nThe first meeting of the partnership board agreed "
            "that it will be chaired by Dr Eimear Rooney, Director of Public Health at the agency. Its members are:\n\n"
            "- Siobhan Kerr, Director of Health and Environmental Services, Harford City Council\n"
            "- Raymond Fenn, Head of Pupil Support Services, Harford Education and Library Board\n")
    facts = extract(parse(text))
    assert not {"Health and Environmental Services", "Pupil Support Services"} & set(facts.organisations), \
        set(facts.organisations)
    posts = post_triples(facts)
    assert ("Siobhan Kerr", "Harford City Council", "director of health and environmental services") in posts, posts
    assert ("Raymond Fenn", "Harford Education and Library Board", "head of pupil support services") in posts, posts
    found = candidates(parse, text, "post")
    assert ("Siobhan Kerr", "Harford Strategic Partnership", "member") in found, found
    assert ("Raymond Fenn", "Harford Strategic Partnership", "member") in found, found


def test_an_acronym_of_a_name_without_its_place_and_its_board_are_the_body(parse):
    """'Harford Valley Community Health and Care Partnership' ... 'the CHCP', 'the CHCP board': an
    acronym of the name past its place is the body, and so is its board."""
    facts = extract(parse(
        "Jo Bellis will take over as director of Harford Valley Community Health and Care Partnership in September, "
        "NHS Harford and Harford Valley Council announced on Tuesday.\n\nAs well as running the CHCP, Ms Bellis will "
        "be the council's head of social policy.\n\nCouncillor Ewan Mathers, who chairs the CHCP board, welcomed the "
        "appointment."))
    assert not {"CHCP", "CHCP Board"} & set(facts.organisations), set(facts.organisations)
    posts = post_triples(facts)
    assert ("Ewan Mathers", "Harford Valley Community Health and Care Partnership", "chair") in posts, posts


def test_the_n_year_old_is_the_person_named_before(parse):
    """'The 46-year-old is currently head of community care with X Council': the sentence is about
    the person the story named before, as 'She is ...' would be."""
    posts = post_triples(extract(parse(
        "Harford Council has appointed Alasdair Drummond as its director of social care.\n\nThe 46-year-old is "
        "currently head of community care with Wexley Council, a post he has held since 2006.")))
    assert ("Alasdair Drummond", "Wexley Council", "head of community care") in posts, posts


def test_a_minutes_heading_without_its_place_is_the_board_the_page_names(parse):
    """'JOINT COMMISSIONING BOARD' over 'MINUTES of the meeting ...', on a page that names the
    Kendal and North East Brackmoor Joint Commissioning Board in full: the chair in the
    attendance block chairs that board; 'K&NEB Council' is the council, whichever way the page
    spells its '&'."""
    text = ("Kendal & North East Brackmoor Council\nHome > Meetings > Kendal and North East Brackmoor Joint Commissioning "
            "Board > Minutes\n\nKENDAL AND NORTH EAST BRACKMOOR COUNCIL\n\nJOINT COMMISSIONING BOARD\n\n"
            "MINUTES of the meeting held on Thursday, 19th July, 2012\n\nPresent:\n"
            "Councillor Roderick Sayle (Chair) - Cabinet Member for Wellbeing, K&NEB Council\n")
    posts = post_triples(extract(parse(text)))
    assert ("Roderick Sayle", "Kendal and North East Brackmoor Joint Commissioning Board", "chair") in posts, posts
    assert [p for p in posts if p[0] == "Roderick Sayle" and p[2] == "cabinet member for wellbeing"
            and p[1].endswith("North East Brackmoor Council")], posts


def test_a_body_that_brings_others_together_is_a_partnership_of_them(parse):
    """'the Harford Winter Care Network, which brings together NHS Harford, the Harford Royal Hospital NHS
    Trust and ...': a body whose name says nothing of its kind is a partnership of the bodies it
    brings together."""
    facts = extract(parse(
        "Mr Wilcock presented the joint winter plan prepared through the Harford Winter Care Network, which brings together "
        "NHS Harford, the Harford Royal Hospital NHS Trust and Wexley Ambulance Service NHS Trust."))
    assert facts.organisations["Harford Winter Care Network"].kind == "Partnership"
    found = ruled(parse, "Mr Wilcock presented the joint winter plan prepared through the Harford Winter Care Network, which "
                         "brings together NHS Harford, the Harford Royal Hospital NHS Trust and Wexley Ambulance Service "
                         "NHS Trust.", "member")
    assert {("Harford Winter Care Network", "NHS Harford"), ("Harford Winter Care Network", "Harford Royal Hospital NHS Trust"),
            ("Harford Winter Care Network", "Wexley Ambulance Service NHS Trust")} <= found, found


def test_a_partnership_described_with_a_possessive_and_a_body_that_joined_in_the_spring(parse):
    """'the board of Joined Up Care Harfordshire, the county's sustainability and transformation
    partnership, which brings together A, B and C': the name is a partnership of them (a
    possessive and a comma inside the description). 'The borough's GP federation, X, joined in
    the spring': X joins the partnership named before."""
    text = ("Several members also sit on the board of Joined Up Care Harfordshire, the county's sustainability and "
            "transformation partnership, which brings together NHS Harfordshire CCG, Harford Royal Hospital NHS "
            "Foundation Trust and Harfordshire County Council.\n\nThe county's GP federation, Westgate Care, joined in "
            "the spring.")
    assert extract(parse(text)).organisations["Joined Up Care Harfordshire"].kind == "Partnership"
    found = ruled(parse, text, "member")
    assert ("Joined Up Care Harfordshire", "Harford Royal Hospital NHS Foundation Trust") in found, found
    assert ("Joined Up Care Harfordshire", "Harfordshire County Council") in found, found
    assert ("Joined Up Care Harfordshire", "Westgate Care") in found, found


def test_bodies_in_a_description_of_who_runs_a_body_hold_no_post(parse):
    """'left to become chief officer of X, the partnership in Kirkwall run by Y Council and NHS Y':
    the post is at X; the bodies that run it, named in its description, are not where the post is."""
    found = post_triples(extract(parse(
        "Ms Garrick replaces Fraser Tulloch, who left in the autumn to become chief officer of Wexley Health and "
        "Care, the partnership in Kirkwall run by Wexley Islands Council and NHS Wexley.")))
    assert ("Fraser Tulloch", "Wexley Health and Care", "chief officer") in found, found
    assert not [p for p in found if p[1] in {"NHS Wexley", "Wexley Islands Council"}], found


def test_an_award_entry_of_a_person_whose_title_holds_and_names_their_employer(parse):
    """'Winner: Name, head of learning and development, Ascendia': the title's own 'and' ends no
    entry; the field after it is the person's employer, a body though one word, and their post."""
    text = ("Harford Care Awards 2013\n\nAccolade for outstanding contribution to workforce development\n"
            "Winner: Vanessa Tolley, head of learning and development, Ascendia\n")
    facts = extract(parse(text))
    assert "Ascendia" in facts.organisations, set(facts.organisations)
    assert ("Vanessa Tolley", "Ascendia", "head of learning and development") in post_triples(facts)


def test_the_council_after_only_a_career_council_is_the_one_named_next(parse):
    """'... left to become chief officer of X, the partnership run by Wexley Islands Council' then,
    a paragraph on, 'she was the council's executive manager': the only council named before is
    where someone went, so 'the council' is the one the story names next ('Speaking for Harford
    Islands Council, its chief executive ...', a name the opening gerund is no part of)."""
    facts = extract(parse(
        "The isles' partnership has a new chief officer.\n\nMs Kirsty Garrow replaces Fraser Tullis, who left in the "
        "autumn to become chief officer of Wexley Health and Care, the partnership run by Wexley Islands Council "
        "and NHS Wexley.\n\nBefore stepping up, she was the council's executive manager for community care.\n\n"
        "Speaking for Harford Islands Council, its chief executive, Alasdair Rendall, said the post was vital."))
    assert "Harford Islands Council" in facts.organisations, set(facts.organisations)
    posts = post_triples(facts)
    assert ("Kirsty Garrow", "Harford Islands Council", "executive manager for community care") in posts, posts
    assert ("Alasdair Rendall", "Harford Islands Council", "chief executive") in posts, posts


def test_a_body_called_a_cluster_that_brings_others_together_is_their_partnership(parse):
    """'NHS North of Wexley, the cluster that brings together NHS Harford, NHS North Wexley and NHS
    Mereby': an NHS body the text calls a cluster gathering others is a partnership of them."""
    text = ("NHS North of Wexley, the cluster that brings together NHS Harford, NHS North Wexley and NHS Mereby, has "
            "appointed Dr Helen Marr as its cluster chief executive.")
    assert extract(parse(text)).organisations["NHS North of Wexley"].kind == "Partnership"
    found = ruled(parse, text, "member")
    assert {("NHS North of Wexley", "NHS Harford"), ("NHS North of Wexley", "NHS North Wexley"),
            ("NHS North of Wexley", "NHS Mereby")} <= found, found


def test_a_plural_head_over_places_that_hold_and_parts_them_as_the_article_names_them(parse):
    """'Harford City, West Wexley and East Wexley and Rutmoor CCGs', where the article names 'East
    Wexley and Rutmoor CCG' on its own: the places are parted where that name says, not at every
    'and'."""
    facts = extract(parse(
        "The decision, taken yesterday at the governing body meetings of Harford City, West Wexley and East Wexley "
        "and Rutmoor CCGs, marks a step forward for joint working.\n\nDr Ann Mont, clinical chair of East Wexley and "
        "Rutmoor CCG, welcomed it."))
    orgs = set(facts.organisations)
    assert {"West Wexley Clinical Commissioning Group", "East Wexley and Rutmoor Clinical Commissioning Group"} <= orgs, orgs
    assert not [o for o in orgs if "West Wexley and East" in o], orgs


def test_agreed_terms_with_and_a_contract_approved_by_are_two_sided(parse):
    """'we have agreed terms with B' (said for A) and 'A contract under which A will invest ... has
    been approved by B': each names the two sides of an agreement, a pair of partners."""
    found = ruled(parse, "Jo Lane, Harford Hospitals NHS Trust's chair, said: \"I am very pleased that we have agreed "
                         "terms with Wexley NHS Foundation Trust for the support it will provide.\"", "pair")
    assert ("Harford Hospitals NHS Trust", "Wexley NHS Foundation Trust") in found, found
    found = ruled(parse, "A contract under which Harcare UK will invest more than £60 million in 10 new care homes for "
                         "the county has been approved by Wexley County Council.", "pair")
    assert ("Harcare UK", "Wexley County Council") in found, found


def test_a_prison_where_a_project_runs_is_nobody(parse):
    """'Harford Community Health CIC: pulmonary rehabilitation programme, HMP Long Marston': the
    tagger may call the prison, or the words after 'HMP', a person; they are no one."""
    for prison in ("HMP Long Marston", "HMP Kirk Harford"):
        facts = extract(parse("Harford Awards 2017 shortlist\n\nHealth and wellbeing\nShortlisted:\nHarford "
                              f"Community Health CIC: pulmonary rehabilitation programme, {prison}\nMereby Council: "
                              "falls prevention service\n"))
        assert not [p for p in facts.people if p in prison], facts.people


# --- round 24 --------------------------------------------------------------------------------
def test_a_council_and_an_nhs_board_coordinated_are_two_bodies(parse):
    """'set up by the City of Carradale Council and NHS Kintyre': a headed name, then 'NHS' and a
    place, a board's whole name: two bodies, not one."""
    orgs = set(extract(parse("The Harbour Partnership was set up last year by the City of Carradale Council and "
                             "NHS Kintyre. It will meet monthly.")).organisations)
    assert {"City of Carradale Council", "NHS Kintyre"} <= orgs, orgs


def test_a_national_body_named_for_its_nation_ends_at_the_nation(parse):
    """'..., Carewatch Scotland and Caledonian Fire and Rescue Service': a body named '<function>
    <nation>' ends at the nation, and what follows 'and' is the next body."""
    orgs = set(extract(parse("The board brings together Harford Council, NHS Harford, Carewatch Scotland and "
                             "Caledonian Fire and Rescue Service.")).organisations)
    assert {"Carewatch Scotland", "Caledonian Fire and Rescue Service"} <= orgs, orgs


def test_the_place_after_in_belongs_to_the_name_before(parse):
    """'Ardmore Hospice in Penwick and Hollins Hospice in Marbury': the place after 'in' says where
    the first body is; 'Penwick and Hollins Hospice' is no name."""
    orgs = set(extract(parse("Ardmore Hospice in Penwick and Hollins Hospice in Marbury signed an agreement last week "
                             "setting up the Northshire Hospices Alliance.")).organisations)
    assert {"Ardmore Hospice", "Hollins Hospice"} <= orgs, orgs
    assert not [o for o in orgs if o.startswith("Penwick")], orgs


def test_a_charity_named_for_its_town_beside_the_towns_council_in_an_awards_entry(parse):
    """'Finalist: Mind in Carradale and Carradale City Council - ...': two entrants; 'Carradale and
    Carradale City Council' is no name."""
    facts = extract(parse("Northshire Mental Health Awards 2024: the winners\n\nPrimary Care\n\nFinalist: Mind in "
                          "Carradale and Carradale City Council - Wellbeing navigators\n\nFinalist: Penwick Council - "
                          "Open Door\n"))
    assert {"Mind in Carradale", "Carradale City Council"} <= set(facts.organisations), facts.organisations
    recipients = {a.recipient for a in facts.awards}
    assert {"Mind in Carradale", "Carradale City Council"} <= recipients, recipients


def test_bodies_listed_with_their_towns_that_set_up_a_partnership_are_its_members(parse):
    """'A Hospice in P, B Hospice in M and C Hospice in T signed an MoU setting up X. D became the
    fourth member': the places after 'in' do not part the list, and 'became the fourth member'
    adds D."""
    found = ruled(parse, "Ardmore Hospice in Penwick, Hollins Hospice in Marbury and Kestrel Hospice in Tarrow signed "
                         "a memorandum of understanding last week setting up the Northshire Hospices Alliance. Fenwick "
                         "Hospice in Dunmore became the fourth member on Monday, after its trustees approved the "
                         "agreement.", "member")
    assert {("Northshire Hospices Alliance", h) for h in ("Ardmore Hospice", "Hollins Hospice", "Kestrel Hospice",
                                                           "Fenwick Hospice")} <= found, found


def test_a_seat_on_a_partnership_makes_a_member(parse):
    """'X has had a seat on the IJB since 2016', 'providers sit on the partnership through Y':
    the body with the seat, or the one a sector sits through, is a member."""
    found = ruled(parse, "Dr Ann Bell has been appointed chief officer of the Harford Integration Joint Board.\n\n"
                         "Harford Voluntary Action, the county's third sector interface, has had a seat on the IJB "
                         "since it was established in 2016.", "member")
    assert ("Harford Integration Joint Board", "Harford Voluntary Action") in found, found
    found = ruled(parse, "The plan was drawn up by the Harford Reshaping Care Partnership. The partnership was set up "
                         "in the autumn by Harford Council and NHS Wexley.\n\nIndependent care home providers sit on "
                         "the partnership through Wexley Care, which joined in January.", "member")
    assert ("Harford Reshaping Care Partnership", "Wexley Care") in found, found


def test_the_council_is_the_local_authority_not_a_voluntary_organisations_council(parse):
    """'... set up by the City of Carradale Council and NHS Kintyre. The voluntary sector is
    represented by CVOC, the Carradale Voluntary Organisations' Council. The council's director
    ...': a voluntary organisations' council is a voluntary body, and 'the council' the local
    authority named before it."""
    facts = extract(parse("The partnership was set up in the autumn by the City of Carradale Council and NHS Kintyre."
                          "\n\nThe voluntary sector is represented by CVOC, the Carradale Voluntary Organisations' "
                          "Council.\n\nThe council's director of health and social care, Peter Marr-Wade, said the "
                          "fund was seed corn."))
    assert facts.organisations["Carradale Voluntary Organisations' Council"].kind == "Voluntary"
    assert ("Peter Marr-Wade", "City of Carradale Council", "director of health and social care") \
        in post_triples(facts), post_triples(facts)


def test_a_title_ends_where_a_second_predicate_begins(parse):
    """'She is currently the trust's director of commissioning and previously worked for X': the
    title ends at the 'and' of the second verb, and 'as its director of commissioning
    development' keeps its gerund."""
    titles = {t for _, _, t in post_triples(extract(parse(
        "Jo Slade is currently the trust's director of commissioning and previously worked for Wexley Primary Care "
        "Trust.")))}
    assert not [t for t in titles if "worked" in t], titles
    facts = extract(parse("Tom Brim will join NHS Southmoor as its director of commissioning development in January."))
    assert post_triples(facts) == {("Tom Brim", "NHS Southmoor", "director of commissioning development")}, \
        post_triples(facts)


def test_two_bodies_that_share_a_titled_person_each_hold_the_post(parse):
    """'The PCT and Wexley County Council already share a joint director of public health, Dr
    Mary Oak-Baines, ...': the sentence's own subject bodies, the person after an honorific."""
    facts = extract(parse("Tom Brim has led Harford Primary Care Trust since 2007.\n\nThe PCT and Wexley County "
                          "Council already share a joint director of public health, Dr Mary Oak-Baines, who has held "
                          "the post since 2008."))
    assert {("Mary Oak-Baines", "Harford Primary Care Trust", "joint director of public health"),
            ("Mary Oak-Baines", "Wexley County Council", "joint director of public health")} <= post_triples(facts)


def test_people_listed_under_who_sits_on_the_board_sit_on_it(parse):
    """'WHO SITS ON THE SHADOW BOARD' over 'Name (chairman), Title, Body' lines: each person sits
    on the board named before, the bracketed title as their seat."""
    found = ruled(parse, "The agreement will be overseen by the Harford Health and Wellbeing Board, which met in shadow "
                         "form for the first time in January.\n\nWHO SITS ON THE SHADOW BOARD\n\nCllr Bryce Okafor-Lane "
                         "(chairman), Leader, Harford Council\nCllr Mel Grant-Hythe, portfolio holder for health, Harford"
                         " Council\nWendy Marsh-Oyo, chief executive, NHS Harford\n\nThe board meets monthly.", "post")
    assert {("Bryce Okafor-Lane", "Harford Health and Wellbeing Board", "chairman"),
            ("Wendy Marsh-Oyo", "Harford Health and Wellbeing Board", "member")} <= found, found


def test_a_team_named_after_its_body_enters_an_award_for_the_body(parse):
    """'Winner: Eastmoor Trust Podiatry and Marbury Borough Council - ...': a team named after
    its trust enters for the trust (the article's Eastmoor Health and Social Care Trust), and the
    council beside it is a second entrant; 'Carers Trust Wales' stays a charity's branch."""
    facts = extract(parse("Eastmoor Health and Social Care Trust\n\nEastmoor Trust teams celebrate at Healthcare Awards"
                          "\n\nTeams from across the Eastmoor Trust were among the winners at this year's Northshire "
                          "Healthcare Awards.\n\nImproving Quality Award\nWinner: Eastmoor Trust Podiatry and Marbury "
                          "Borough Council - Feet First\n\nHealthcare Science Award\nShortlisted: Eastmoor Trust Cardiac "
                          "Physiology - Remote rhythm monitoring at home\n\nSupport for Carers Award\nHighly commended: "
                          "Carers Trust Wales - Young carers' breaks\n"))
    found = award_triples(facts)
    assert {("Eastmoor Health and Social Care Trust", "Improving Quality Award", "won"),
            ("Marbury Borough Council", "Improving Quality Award", "won"),
            ("Eastmoor Health and Social Care Trust", "Healthcare Science Award", "shortlisted")} <= found, found
    assert "Carers Trust Wales" in facts.organisations, facts.organisations


def test_places_listed_before_a_name_in_an_awards_entry_are_part_of_it(parse):
    """'Winner (joint): Kent, Esk and Tyne Vales NHS Foundation Trust - ...' where the tagger
    starts the name at 'Esk' (and calls 'Kent' a person): the places joined by the entry's commas and 'and' open the name;
    and 'Harford MIND and Wexley Council' are two entrants, a local Mind and a council."""
    facts = extract(parse("Northshire Mental Health Awards 2024: the winners\n\nCrisis Care\nWinner (joint): Kent, Esk "
                          "and Tyne Vales NHS Foundation Trust - Crisis Line Redesign\nFinalist: Penwick Council - "
                          "Open Door\n\nCommunity Services\nWinner: Harford MIND and Wexley Council - Safe Haven\n"))
    orgs = set(facts.organisations)
    assert "Kent, Esk and Tyne Vales NHS Foundation Trust" in orgs, orgs
    assert not [o for o in orgs if o.startswith("Esk")], orgs
    assert {("Harford MIND", "Community Services", "won"), ("Wexley Council", "Community Services", "won")} \
        <= award_triples(facts), award_triples(facts)


def test_one_of_a_bodys_several_seats_is_a_post_at_the_body(parse):
    """'Dr A, one of NHS Harford's non-executive members on the IJB', 'Councillor B, who ... is one
    of Harford Council's three voting members on the board': the title in the singular at the
    body, a councillor's at the council, and the seat on the board after 'on'."""
    found = ruled(parse, "Dr Ann Bell has been appointed chief officer of the Harford Integration Joint Board.\n\n"
                         "Dr Lorna Hourston-Bay, one of NHS Harford's non-executive members on the IJB, asked how the "
                         "scheme would be monitored.\n\nCouncillor Tom Isbay, who chairs the IJB and is one of Harford "
                         "Council's three voting members on the board, welcomed it.", "post")
    assert {("Lorna Hourston-Bay", "NHS Harford", "non-executive member"),
            ("Tom Isbay", "Harford Council", "councillor"),
            ("Tom Isbay", "Harford Integration Joint Board", "voting member")} <= found, found


def test_the_two_sides_of_an_agreement_to_set_up_a_partnership_are_its_members(parse):
    """'The IJB agreed to enter into a three-year agreement with Voluntary Action Harford to set
    up the Harford Community Led Support partnership. VAH will host the partnership.': both sides
    are members of what they set up, and the host is one."""
    text = ("A new partnership has been approved by the Harford Integration Joint Board.\n\nThe IJB, which oversees "
            "adult social care, agreed at its meeting last Wednesday to enter into a three-year agreement with "
            "Voluntary Action Harford to set up the Harford Community Led Support partnership.")
    found = ruled(parse, text, "member")
    assert {("Harford Community Led Support Partnership", "Harford Integration Joint Board"),
            ("Harford Community Led Support Partnership", "Voluntary Action Harford")} <= found, found
    found = ruled(parse, "The Harford Community Led Support Partnership was launched in May.\n\nWexley Voluntary "
                         "Action will host the partnership.", "member")
    assert ("Harford Community Led Support Partnership", "Wexley Voluntary Action") in found, found


def test_the_end_of_a_name_in_lower_case_refers_to_that_body(parse):
    """'The community health partnership's general manager, Duncan Lib-Shaw': the lower-case end
    of a name the text gave ('Harford Community Health Partnership') is that body, not the
    partnership named last."""
    facts = extract(parse("The plan was drawn up by the Harford Reshaping Care Partnership. Harford Community Health "
                          "Partnership, which runs community health services in the city, takes the lead for the NHS "
                          "side.\n\nThe community health partnership's general manager, Duncan Lib-Shaw, said the CHP "
                          "would work with the council."))
    assert ("Duncan Lib-Shaw", "Harford Community Health Partnership", "general manager") in post_triples(facts), \
        post_triples(facts)


def test_his_deputy_is_deputy_in_his_post(parse):
    """'Tom Brim, chief executive of NHS Harford, will join NHS Southmoor ... His deputy, Joanna
    Slade, will take over': she is deputy chief executive of the body the story is about."""
    found = ruled(parse, "Tom Brim, chief executive of NHS Harford, will join NHS Southmoor as its director of "
                         "commissioning in January. NHS Harford said it would advertise the post.\n\nHis deputy, "
                         "Joanna Slade, will take over as interim chief executive.", "post")
    assert ("Joanna Slade", "NHS Harford", "deputy chief executive") in found, found


def test_a_post_announced_as_a_bodys_first_joint_post_goes_to_who_starts_in_it(parse):
    """'The alliance's first joint post is a head of bereavement services. Kezia Pember-Ade ...
    started in the role this month': the post announced, at the body whose post it is."""
    found = ruled(parse, "Four hospices have formed the Northshire Hospices Alliance.\n\nThe alliance's first joint "
                         "post is a head of bereavement services. Kezia Pember-Ade, until recently bereavement lead at "
                         "Harford Hospice, started in the role this month.", "post")
    assert ("Kezia Pember-Ade", "Northshire Hospices Alliance", "head of bereavement services") in found, found


def test_an_acronym_that_keeps_a_lower_case_words_initial_is_the_body(parse):
    """'HwW chief executive X' after 'Harford with Wexley Borough Council': a word in mixed case
    spelling the initials of one body's name, its lower-case words' too ('CnES' of 'Comhairle
    nan Eilean Siar'), is that body."""
    facts = extract(parse("Harford with Wexley Borough Council has appointed a new director. HwW chief executive "
                          "Harry Ossett-Lane said the post was vital."))
    assert ("Harry Ossett-Lane", "Harford with Wexley Borough Council", "chief executive") in post_triples(facts), \
        post_triples(facts)
    assert "HwW" in facts.organisations["Harford with Wexley Borough Council"].aliases


def test_a_bare_title_before_a_name_on_a_bodys_own_page_is_a_post_there(parse):
    """On Eastmoor Trust's own page, 'led by Head of Podiatry Sinead Corrigan-Hale', 'Interim Director of
    Allied Health Professions, Fidelma Keady-Mull, added' and 'developed by occupational therapist
    Naoise Tan-Flynn': titles with no body beside the name are held at the page's body."""
    facts = extract(parse("Eastmoor Health and Social Care Trust\n\nHome | News | Careers\n\nEastmoor Trust teams "
                          "celebrate at awards\n\nThe Feet First project, led by Head of Podiatry Sinead Corrigan-Hale, "
                          "pairs podiatry clinics with leisure centres.\n\nInterim Director of Allied Health "
                          "Professions, Fidelma Keady-Mull, added: \"Tonight they were anything but quiet.\"\n\nThe "
                          "pathway was developed by occupational therapist Naoise Tan-Flynn.\n"))
    found = post_triples(facts)
    assert {("Sinead Corrigan-Hale", "Eastmoor Health and Social Care Trust", "head of podiatry"),
            ("Fidelma Keady-Mull", "Eastmoor Health and Social Care Trust",
             "interim director of allied health professions")} <= found, found


def test_a_title_over_a_list_of_departments_keeps_the_list(parse):
    """'Director of Nursing, Midwifery and Patient Care at X': after a title's 'of' and a comma,
    names joined by 'and' with no body's head word end the title's list, not a body; with a
    head word ('Director of Finance, Harford and Wexley Council') they are the body."""
    facts = extract(parse("Ffion Carew-Lloyd, Director of Primary, Community and Mental Health Services at Glanmor "
                          "University Health Board, welcomed the plan. Dai Benyon-Rees, Executive Director of "
                          "Nursing, Midwifery and Patient Care at the health board, agreed. Ian Lowe-Marsh, Director "
                          "of Finance, Harford and Wexley Council, said little."))
    found = post_triples(facts)
    assert {("Ffion Carew-Lloyd", "Glanmor University Health Board",
             "director of primary, community and mental health services"),
            ("Dai Benyon-Rees", "Glanmor University Health Board",
             "executive director of nursing, midwifery and patient care"),
            ("Ian Lowe-Marsh", "Harford and Wexley Council", "director of finance")} <= found, found
    assert "Midwifery and Patient Care" not in facts.organisations


def test_a_committee_a_bodys_possessive_owns_goes_into_the_title(parse):
    """'chair of Harford Council's social work resources committee', 'who chairs the CCG's
    governing body': a committee or board owned by a body's possessive, in any case, is part of
    the title, and the post is at the owner; 'chairs the CCG's board' is the body's chair."""
    facts = extract(parse("NHS Wexley CCG has a new accountable officer. Councillor Jim Harker-Rennie, chair of "
                          "Harford Council's social work resources committee, visited the team. Dr Helen Ogun-Marsh, "
                          "a Wexley GP who chairs the CCG's governing body, welcomed the appointment. Dr Amir Sollis, "
                          "who chairs the CCG's board, agreed."))
    found = post_triples(facts)
    assert {("Jim Harker-Rennie", "Harford Council", "chair of the social work resources committee"),
            ("Helen Ogun-Marsh", "NHS Wexley Clinical Commissioning Group", "chair of the governing body"),
            ("Amir Sollis", "NHS Wexley Clinical Commissioning Group", "chair")} <= found, found


def test_a_name_ending_health_partners_is_a_partnership(parse):
    """'Wexley Health Partners, the academic health sciences centre it forms with A, B and C':
    a name ending in 'Health Partners' (or 'Healthcare Partners') is a partnership, its
    possessive first word ('St Anne's Health Partners') part of the name."""
    facts = extract(parse("Harford Council has signed the contract. The trust is a member of St Anne's Health "
                          "Partners, the academic health sciences centre it forms with Wexley University, Harford "
                          "Royal NHS Foundation Trust and Wexley Community NHS Trust."))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert {("St Anne's Health Partners", "Wexley University"),
            ("St Anne's Health Partners", "Harford Royal NHS Foundation Trust"),
            ("St Anne's Health Partners", "Wexley Community NHS Trust")} <= members, members
    assert facts.organisations["St Anne's Health Partners"].kind == "Partnership"


def test_a_safeguarding_board_is_a_partnership_of_the_partners_the_text_lists(parse):
    """'The statutory partners on the regional board are A, B, C and D. E and F also have seats':
    a safeguarding children (or adults) board is a multi-agency partnership, and both sentences
    list its members; 'X NHS Trust and Hospice Care Scotland' parts at the national body's name."""
    facts = extract(parse("The Harford Safeguarding Adults Board met for the first time last week. The statutory "
                          "partners on the regional board are Harford City Council, Wexley Borough Council, NHS "
                          "Harford CCG and Harford Police. The Harford Ambulance Service NHS Trust and Hospice Care "
                          "Scotland also have seats."))
    assert facts.organisations["Harford Safeguarding Adults Board"].kind == "Partnership"
    members = {m for p in facts.partnerships if p.name == "Harford Safeguarding Adults Board" for m in p.members}
    assert {"Harford City Council", "Wexley Borough Council", "NHS Harford Clinical Commissioning Group",
            "Harford Police", "Harford Ambulance Service NHS Trust"} <= members, members
    assert "Hospice Care Scotland" in facts.organisations


@pytest.mark.parametrize("board", ["Harford Public Services Board", "Harford Joint Commissioning Board",
                                   "Harford Integrated Commissioning Committee", "Harford Place Forum",
                                   "Harford Strategic Planning Group", "Harford Regional Safeguarding Board"])
def test_a_board_that_bodies_sit_on_together_is_a_partnership(parse, board):
    """Public services boards, joint or integrated commissioning boards, place forums, an IJB's
    strategic planning group and a regional safeguarding board are bodies of several members, so
    the bodies a sentence names as sitting on them are their members."""
    facts = extract(parse(f"The {board} met for the first time last week. Its members are Harford City Council, "
                          "NHS Harford CCG and Harford Police."))
    assert facts.organisations[board].kind == "Partnership"
    members = {m for p in facts.partnerships if p.name == board for m in p.members}
    assert {"Harford City Council", "NHS Harford Clinical Commissioning Group", "Harford Police"} <= members, members


def test_the_board_is_the_board_a_body_was_named_with(parse):
    """'chair of the Harford Together partnership board ... has chaired the board': a later 'the
    board' is that partnership's, not the last trust the text named; and a trust that 'joined the
    programme board' is its member."""
    facts = extract(parse("Dr Ann Okafor will become independent chair of the Harford Together partnership board "
                          "next month. Harford City Council and NHS Harford CCG set it up in 2014, and Wexley "
                          "Ambulance Service NHS Trust joined the programme board last year. Dr Okafor replaces "
                          "Tom Bright, who has chaired the board on an interim basis since September."))
    assert ("Tom Bright", "Harford Together", "chair") in {(p, o, t.lower()) for p, o, t in post_triples(facts)}, \
        post_triples(facts)
    assert not any(o == "Wexley Ambulance Service NHS Trust" for _, o, _ in post_triples(facts))
    members = {m for p in facts.partnerships if p.name == "Harford Together" for m in p.members}
    assert "Wexley Ambulance Service NHS Trust" in members, members


def test_a_person_who_joined_a_partnership_does_not_bring_her_employer_in(parse):
    """'Jo Bell, chief executive of X, joined the alliance': the subject of 'joined' is a person,
    so X is not a member of the alliance."""
    facts = extract(parse("The Harford Alliance was launched in March by Harford City Council and NHS Harford CCG. "
                          "Jo Bell, chief executive of Harford Hospice, joined the alliance in May as its programme "
                          "director."))
    members = {m for p in facts.partnerships if p.name == "Harford Alliance" for m in p.members}
    assert members == {"Harford City Council", "NHS Harford Clinical Commissioning Group"}, members


def test_a_body_represented_on_a_partnership_board_is_its_member(parse):
    """'X will be represented on the board by its chief executive': X has a seat on the
    partnership's board, so it is a member."""
    facts = extract(parse("Harford City Council and NHS Harford CCG set up the Harford Together partnership board "
                          "last year. Harford Hospice will be represented on the board by its chief executive, Jo "
                          "Bell."))
    members = {m for p in facts.partnerships if p.name == "Harford Together" for m in p.members}
    assert "Harford Hospice" in members, members


def test_a_charitys_branch_keeps_a_place_name_built_on_of(parse):
    """'Age UK Isle of Wight', 'Healthwatch Vale of Glamorgan': the 'of' belongs to the place, so
    the branch's name does not stop at it."""
    facts = extract(parse("Earl Mountbatten Hospice and Age UK Isle of Wight have also signed the memorandum, and "
                          "Healthwatch Vale of Glamorgan will sit on the board."))
    assert {"Age UK Isle of Wight", "Healthwatch Vale of Glamorgan"} <= set(facts.organisations), \
        sorted(facts.organisations)
    assert "Age UK Isle" not in facts.organisations


def test_a_programme_board_chaired_by_someone_is_not_the_last_bodys_board(parse):
    """'Harford Hospice has also signed ... The programme board will be chaired by X': the board of
    a programme is not the hospice's, so X holds no chair there; 'The board is chaired by Y' after a
    sentence about a trust still gives the trust its chair."""
    facts = extract(parse("Harford Hospice and Age UK Harford have also signed the memorandum of understanding. "
                          "The programme board will be chaired by Councillor Wendy Marsh, the council's executive "
                          "member for adult social care."))
    assert not any(o == "Harford Hospice" for _, o, _ in post_triples(facts)), post_triples(facts)
    facts = extract(parse("Harford Royal NHS Trust has published its annual report. The board is chaired by Dr "
                          "Tom Lowe."))
    assert ("Tom Lowe", "Harford Royal NHS Trust", "chair") in post_triples(facts), post_triples(facts)


def test_a_name_in_apposition_with_a_partnership_is_one(parse):
    """'a partner in Joined Up Harford, the county's sustainability and transformation partnership,
    alongside A and B': a name with no head word, set beside 'the ... partnership', is a
    partnership, and the bodies the next sentence says it includes are its members; a place in
    the same shape is not, nor is a person."""
    facts = extract(parse("The new CCG is a partner in Joined Up Harford, the county's sustainability and "
                          "transformation partnership, alongside Harford County Council and Wexley City Council. The "
                          "partnership also includes Harford Royal NHS Foundation Trust and Wexley Ambulance Service."))
    assert facts.organisations["Joined Up Harford"].kind == "Partnership"
    members = {m for p in facts.partnerships if p.name == "Joined Up Harford" for m in p.members}
    assert {"Harford County Council", "Wexley City Council", "Harford Royal NHS Foundation Trust"} <= members, members
    facts = extract(parse("The trust has worked in Derbyshire, the county's largest partnership, since 2015. Jo Bell, "
                          "the partnership's chair, said so."))
    assert "Derbyshire" not in facts.organisations and "Jo Bell" not in facts.organisations


MERGED_CCG = """NHS Harford and Wexley CCG took over from NHS Harford CCG, NHS Wexley CCG and NHS Dunmore CCG at midnight.

The new CCG will be run from Harford. Dr Ann Lee, who was clinical chair of Wexley CCG, has been confirmed as the merged group's clinical chair.

The accountable officer is Tom Hale. Before coming to Harford he was chief operating officer at NHS Ashwick CCG.

Patients in Barton, whose practices belong to NHS Barton CCG, will stay with that group. The former chairs of Harford and Dunmore CCGs, Dr Ravi Shah and Dr Jo Bell, become GP members of the new governing body.

The new CCG will spend less on management, its finance director, Sam Cole, said.
"""


def test_the_new_body_is_the_one_that_took_over_not_one_named_since_in_passing(parse):
    """'X took over from A, B and C': 'the new CCG' and 'the merged group' are X, not the last of the
    bodies it replaced, a body named in a relative clause ('whose practices belong to Y') or where
    someone worked before ('Before coming to Harford he was ... at Z'); and 'Harford and Dunmore
    CCGs', after both were named, are those two CCGs, not a third body."""
    facts = extract(parse(MERGED_CCG))
    new = "NHS Harford and Wexley Clinical Commissioning Group"
    triples = {(p, o, t.lower()) for p, o, t in post_triples(facts)}
    assert ("Ann Lee", new, "clinical chair") in triples, triples
    assert ("Sam Cole", new, "finance director") in triples, triples
    assert "Harford and Dunmore Clinical Commissioning Groups" not in facts.organisations, sorted(facts.organisations)


def test_an_acronym_before_a_comma_is_a_body_not_the_first_place_of_a_name(parse):
    """'with HRH, Harford Community Health and Care NHS Foundation Trust, HPT and Harford CVS':
    an acronym in capitals before a comma is one body's short name, not the first of the places of
    the name after it (as 'Bedfordshire, Luton and Milton Keynes ICB' is)."""
    facts = extract(parse("The board brings together the council and the ICB with HRH, Harford Community Health and "
                          "Care NHS Foundation Trust, HPT and Harford CVS."))
    assert "Harford Community Health and Care NHS Foundation Trust" in facts.organisations, sorted(facts.organisations)
    assert not any(name.startswith("HRH,") for name in facts.organisations)


def test_a_sentences_first_word_before_a_lower_case_head_is_no_name(parse):
    """'Although councils are not formal members ...': a conjunction capitalised because it opens
    the sentence does not make 'councils' a body's name, as a place does ('Harford county council')."""
    facts = extract(parse("Although councils are not formal members of ICPs, Harford county council has sent an "
                          "observer."))
    assert sorted(facts.organisations) == ["Harford County Council"], sorted(facts.organisations)


def test_a_title_after_where_she_was_keeps_a_field_in_ing(parse):
    """'from X, where she was head of commissioning and transformation': a gerund after 'of' is
    the title's field ('commissioning'), so the title does not stop at 'head'."""
    facts = extract(parse("Jo Bell joined Harford in 2019 from Wexley Council, where she was head of commissioning "
                          "and transformation."))
    assert ("Jo Bell", "Wexley Council", "head of commissioning and transformation") in post_triples(facts), \
        post_triples(facts)


def test_chairing_a_committee_of_a_body_is_chair_of_that_committee(parse):
    """'will chair the executive group of the X Board': the post is Chair of the Executive Group at
    X, not X's chair; 'will chair the X Board' stays its chair."""
    facts = extract(parse("Jo Bell will also chair the executive group of the Harford Place Based Partnership Board. "
                          "Tom Hale will chair the Wexley Health and Wellbeing Board."))
    triples = post_triples(facts)
    assert ("Jo Bell", "Harford Place Based Partnership Board", "chair of the executive group") in triples, triples
    assert ("Tom Hale", "Wexley Health and Wellbeing Board", "chair") in triples, triples


def test_a_lede_that_describes_the_appointee_gives_the_post_to_the_person_named_next(parse):
    """'A Harford GP has been named as the new chair of the X Partnership. Dr Ann Lee, who has
    practised ..., takes over from Dr Tom Hale': the person who opens the next sentence is the GP,
    and the one she takes over from held the post before; not after 'A former director of X, he
    was ...', whose subject is the pronoun."""
    facts = extract(parse("A Harford GP has been named as the new chair of the Wexley Integrated Care Partnership.\n\n"
                          "Dr Ann Lee, who has practised at the town's Bridge Street surgery for 19 years, takes over "
                          "from Dr Tom Hale, who stood down last month."))
    assert ("Ann Lee", "Wexley Integrated Care Partnership", "chair") in post_triples(facts), post_triples(facts)
    rules = extract(parse("A Harford GP has been named as the new chair of the Wexley Integrated Care Partnership.\n\n"
                          "Dr Ann Lee takes over from Dr Tom Hale, who stood down last month."), scorer=RuleScorer())
    former = {(p.person, p.organisation, p.former) for p in rules.posts}
    assert ("Tom Hale", "Wexley Integrated Care Partnership", True) in former, former  # the one she takes over from
    facts = extract(parse("A former managing director of a Corby firm, he was previously a non-executive director of "
                          "Harford Royal NHS Trust. Tom Hale joins the trust from Wexley NHS Trust."))
    assert not any(p == "Tom Hale" and o == "Harford Royal NHS Trust" for p, o, _ in post_triples(facts)), \
        post_triples(facts)


def test_the_shadow_council_is_the_new_council_in_shadow_form(parse):
    """'Those four councils will be replaced next April by the new X Council, which is now meeting
    in shadow form. The shadow council's chairman, Alderman Y': the shadow council is X, and Y's
    title is chairman."""
    facts = extract(parse("Harford Borough Council and Wexley District Council will be replaced next April by the new "
                          "Harford and Wexley Borough Council, which is now meeting in shadow form. The shadow "
                          "council's chairman, Alderman Tom Hale, said he expected a seat on the partnership."))
    assert ("Tom Hale", "Harford and Wexley Borough Council", "chairman") in post_triples(facts), post_triples(facts)


def test_a_title_of_a_place_is_at_that_places_council(parse):
    """'The Mayor of Harford, Councillor X' after Harford Borough Council and a newer council were
    named: the mayor is at the council of the place the title names, not the last council."""
    facts = extract(parse("Harford Borough Council and Wexley District Council will be replaced next April by the new "
                          "Harford and Wexley Borough Council. The shadow council's chairman, Alderman Tom Hale, said "
                          "the new council would take up a seat. The Mayor of Harford, Councillor Jo Bell, who has been "
                          "the council's observer on the partnership, said it works."))
    orgs = {o for p, o, t in post_triples(facts) if p == "Jo Bell" and t.lower().startswith("mayor")}
    assert orgs == {"Harford Borough Council"}, post_triples(facts)


def test_an_awards_line_may_name_a_national_body_and_a_name_with_an_ampersand(parse):
    """'Finalist: Harford Strategic Health Authority and Care & Repair Harford - project': a body
    of government kind that a labelled entry names is an entrant (not taken for the awards'
    conferrer), and one word before '&' starts one name ('Care & Repair Harford'), not two."""
    facts = extract(parse("Harford Care Awards 2015: the winners\n\nDelivering Prudent Healthcare\n\n"
                          "Winner: Wexley Health Board - Do once and share\n"
                          "Finalist: Harford Strategic Health Authority and Care & Repair Harford - Healthy homes "
                          "referrals for older people\n"
                          "Finalist: Dunmore UHB - Medicines waste campaign\n"))
    results = {(a.recipient, a.outcome) for a in facts.awards}
    assert {("Harford Strategic Health Authority", "finalist"), ("Care & Repair Harford", "finalist")} <= results, \
        results
    assert "Care" not in facts.organisations


def test_an_awards_entry_names_the_programme_its_bodies_entered_under(parse):
    """'Winner: X Programme - A, B and C - project' and 'Highly commended: A, B and C (Y Programme)
    - project': the programme is a partnership of the bodies its entry lists and wins the award;
    'Finalist: Z Team - A and B' (no project after them) names the bodies' project, no partnership."""
    facts = extract(parse("Harford Care Awards 2015: the winners\n\nWorking Seamlessly Across the System\n\n"
                          "Winner: Harford Frailty Programme - Harford University Health Board, Wexley CBC and Dunmore "
                          "County Council - Rapid response and reablement\n"
                          "Highly commended: Barton Health Board, Ashwick CBC and Carrow CBC (Western Vale Health and "
                          "Social Care Programme) - Acute Clinical Team\n"
                          "Finalist: Integrated Discharge Team - Eastleigh City Council and NHS Eastleigh\n"))
    members = {(p.name, m) for p in facts.partnerships if p.name for m in p.members}
    assert {("Harford Frailty Programme", "Wexley County Borough Council"),
            ("Western Vale Health and Social Care Programme", "Carrow County Borough Council")} <= members, members
    assert not any(name == "Integrated Discharge Team" for name, _ in members), members
    results = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Western Vale Health and Social Care Programme", "highly_commended") in results, results


def test_a_name_written_with_an_ampersand_and_with_and_is_one_body(parse):
    """'Harford & Wexley Integration Joint Board' over minutes of 'the HARFORD AND WEXLEY
    INTEGRATION JOINT BOARD': one body, under the name written with 'and'."""
    facts = extract(parse("Harford & Wexley Integration Joint Board\n\nMINUTES of MEETING of the HARFORD AND WEXLEY "
                          "INTEGRATION JOINT BOARD held in the Council Chamber on WEDNESDAY 22 JUNE 2016.\n\n"
                          "The Harford and Wexley Integration Joint Board approved the plan."))
    boards = [name for name in facts.organisations if "Integration Joint Board" in name]
    assert boards == ["Harford and Wexley Integration Joint Board"], boards


def test_a_place_named_again_after_and_opens_another_body(parse):
    """'the council, NHS Harford and Harford LINk': the place said again after 'and' starts a
    second body, where 'NHS Bath and North East Somerset' is one."""
    facts = extract(parse("Cllr Jo Okonkwo chairs Harford's health and wellbeing board, which brings together the "
                          "council, the CCG, NHS Harford and Harford LINk. NHS Bath and North East Somerset sent an "
                          "observer."))
    assert {"NHS Harford", "Harford LINk", "NHS Bath and North East Somerset"} <= set(facts.organisations), \
        sorted(facts.organisations)


def test_an_agreement_named_in_capitals_is_no_body(parse):
    """'HIJB(16)37 THIRD SECTOR PARTNERSHIP AGREEMENT', a minute's item heading: an agreement (or
    memorandum, protocol, concordat) is a document, whatever words come before it."""
    facts = extract(parse("HIJB(16)37 THIRD SECTOR PARTNERSHIP AGREEMENT\n\nThe Board approved the Harford Compact "
                          "Memorandum and the Wexley Partnership Agreement with Harford Council."))
    assert sorted(facts.organisations) == ["Harford Council"], sorted(facts.organisations)


def test_a_body_of_a_career_after_at_the_is_not_the_trust_of_the_story(parse):
    """"She is currently director at the Eastmoor Trust": a body named (with its "the") as where
    the appointee works now is a career, so "the trust" later means the trust that appointed her."""
    text = ("Dr Elin Rathmore-Kaye has been appointed as chief executive, the Westfold Health and Social Care "
            "Trust said yesterday.\n\nShe is currently director of nursing at the Eastmoor Health and Social "
            "Care Trust, a post she has held since 2017.\n\nShe succeeds Tomas Brackley-Venn, who retired in "
            "June. The trust's director of finance, Owain Ferrand-Hale, has been interim chief executive since then.")
    posts = candidates(parse, text, "post")
    assert ("Owain Ferrand-Hale", "Westfold Health and Social Care Trust", "director of finance") in posts
    assert ("Tomas Brackley-Venn", "Westfold Health and Social Care Trust", "chief executive") in posts
    assert not {k for k in ruled(parse, text, "post")
                if k[1] == "Eastmoor Health and Social Care Trust" and k[2] != "director of nursing"}


def test_a_who_clause_post_and_the_main_clause_post_are_read_apart(parse):
    """"Mr A, who is also NHS X's director of Y, has been interim chief officer since July": the
    'who' clause names a post at its own body; the main clause's title is not put there."""
    text = ("Dunmore Health and Social Care Partnership's interim chief officer, Callum Ardrie-Voss, told the "
            "board that the money would come from an underspend. Mr Ardrie-Voss, who is also NHS Dunmore's "
            "director of community health services, has been interim chief officer since July.")
    assert ruled(parse, text, "post") == {
        ("Callum Ardrie-Voss", "Dunmore Health and Social Care Partnership", "interim chief officer"),
        ("Callum Ardrie-Voss", "NHS Dunmore", "director of community health services")}


PATHFINDER_STORY = """Fourteen areas named as Community Pharmacy Wellbeing pathfinders

Fourteen areas have been picked to test the new model, the pharmacy bodies announced today.

The full list is on the association's website. They include:

- NHS Eastmoor and Eastmoor LPC
- Westvale: NHS Westvale Clinical Commissioning Group, working with Westvale County Council
- NHS Northby Clinical Commissioning Group
"""

PROGRAMME_STORY = """First places to join the national programme named

Twenty areas will be the first to join the Neighbourhood Care Implementation Programme, the department said.

Each place is led by a partnership. Among the places selected are:

- Harbridge: Harbridge Healthcare Federation, working with Harbridge Council
- Dunmore: Dunmore Together (Dunmore Borough Council and Dunmore Community NHS Trust)

The Secretary of State said the places would show the way.
"""


def test_a_list_of_the_chosen_carries_the_designation_the_story_announced(parse):
    """'Fourteen areas named as X pathfinders' ... 'They include:' / 'the first to join the X
    Programme' ... 'Among the places selected are:': each body on the list's lines is designated
    with what the story announced; the area before a line's colon is no recipient."""
    for story, award, bodies in (
            (PATHFINDER_STORY, "community pharmacy wellbeing pathfinder",
             {"NHS Eastmoor", "NHS Westvale Clinical Commissioning Group", "Westvale County Council",
              "NHS Northby Clinical Commissioning Group"}),
            (PROGRAMME_STORY, "neighbourhood care implementation programme",
             {"Harbridge Healthcare Federation", "Harbridge Council", "Dunmore Borough Council",
              "Dunmore Community NHS Trust"})):
        found = candidates(parse, story, "award")
        assert bodies <= {name for name, a in found if a == award}, found
        assert not {name for name, _ in found} & {"Westvale", "Harbridge", "Dunmore"}, found
        outcomes = {a.outcome for a in extract(parse(story)).awards}
        assert outcomes == {"designated"}, outcomes


def test_a_persons_category_in_prose_goes_to_the_person(parse):
    """'Staff Nurse A, of the X team, won the Mental Health Nurse of the Year award at the Y
    Awards, organised by Z' and 'She was named Practice Nurse of the Year': a person's category
    goes to the person the sentence names (a title the tagger took into the name left out) or
    the one 'She' points back to, not to the organiser or her employer."""
    text = ("The trust had a good year.\n\nStaff Nurse Maura Glenshane-Ley, of the community mental health team "
            "in Ardtown, won the Mental Health Nurse of the Year award at the Northern Nursing Awards, organised by "
            "the Royal College of Nursing.\n\nBethan Cwmderi-Holt is practice nurse at Harford Surgery. She was "
            "named General Practice Nurse of the Year at the Cymru Nursing Awards in 2023.")
    facts = extract(parse(text))
    assert {"Maura Glenshane-Ley", "Bethan Cwmderi-Holt"} <= set(facts.people), facts.people
    found = candidates(parse, text, "award")
    assert {("Maura Glenshane-Ley", "mental health nurse of the year"),
            ("Bethan Cwmderi-Holt", "general practice nurse of the year")} <= found, found
    assert not {name for name, _ in found} & {"Royal College of Nursing", "Harford Surgery"}, found


def test_an_accreditation_is_a_designation_of_the_body_that_holds_it(parse):
    """'accredited as Veteran Aware by X', 'retained its Investors in People accreditation', 'was
    awarded full accreditation under the UNICEF UK Baby Friendly Initiative': a standard met, with
    outcome designated, held by the body (not by the accrediting body, and the standard is no body)."""
    text = ("Harford Health and Social Care Trust had a good year.\n\n- The Trust retained its Investors in "
            "People accreditation across all directorates.\n- In November the maternity unit at Harford Area "
            "Hospital was awarded full accreditation under the UNICEF UK Baby Friendly Initiative.\n\nThe trust "
            "has also been accredited as Veteran Aware by the Armed Forces Healthcare Alliance.")
    facts = extract(parse(text))
    assert "Veteran Aware" not in facts.organisations
    found = candidates(parse, text, "award")
    trust = "Harford Health and Social Care Trust"
    assert {(trust, "investors in people accreditation"), (trust, "veteran aware accreditation"),
            (trust, "unicef uk baby friendly initiative accreditation")} <= found, found
    assert not {a for a in found if a[0] == "Armed Forces Healthcare Alliance"}, found
    assert {a.outcome for a in facts.awards} == {"designated"}, facts.awards


TRUST_BOARD_PAGE = """Harford Health and Social Care Trust
Annual Report

Our Trust Board

Chairman
Mr Tomas Carrow-Lyle

Non-Executive Directors
Mrs Aine Drumcree-Pike
Dr Ross Tullyvar-Quinn

Executive Directors
Mrs Una Killyclogher-Bane, Chief Executive
Ms Eimear Lisnaskea-Rowe, Director of Adult Services and Executive Director of Social Work
Mr Kevin Aughnacloy-Todd, Head of Community Care and Chief Social Work Officer
"""


def test_a_plural_title_line_heads_the_names_below_it_and_two_titles_joined_by_and(parse):
    """On a board page, 'Executive Directors' under the last name of a list heads the next list: it
    is not that person's title; and 'Director of Adult Services and Executive Director of Social
    Work' is two titles, each at the body (the 'and' opens a capitalised title)."""
    posts = candidates(parse, TRUST_BOARD_PAGE, "post")
    trust = "Harford Health and Social Care Trust"
    assert not {k for k in posts if k[0] == "Ross Tullyvar-Quinn" and k[2].lower() == "executive director"}, posts
    assert not {k for k in posts if k[0] == "Tomas Carrow-Lyle" and "non-executive" in k[2].lower()}, posts
    ruled_posts = ruled(parse, TRUST_BOARD_PAGE, "post")
    assert {("Eimear Lisnaskea-Rowe", trust, "director of adult services"),
            ("Eimear Lisnaskea-Rowe", trust, "executive director of social work"),
            ("Kevin Aughnacloy-Todd", trust, "chief social work officer")} <= ruled_posts, ruled_posts


def test_a_bare_title_after_a_named_holder_shares_the_owner_and_with_opens_no_apposition(parse):
    """'the partnership's Chief Officer, A, and Chief Finance Officer, B, with the council's Chief
    Social Work Officer, C': B's title is at the partnership too; the title after 'B, with' is C's,
    not B's."""
    text = ("Dunmore Integration Joint Board met today. Dunmore Council and NHS Dunmore agreed the scheme. The "
            "Dunmore Health and Social Care Partnership will run services. Non-voting members include the "
            "partnership's Chief Officer, Aileen Brechin-Dow, and Chief Finance Officer, Ewan Kirriemuir-Bell, "
            "with the council's Chief Social Work Officer, Morven Glamis-Reid.")
    posts = ruled(parse, text, "post")
    partnership = "Dunmore Health and Social Care Partnership"
    assert {("Aileen Brechin-Dow", partnership, "chief officer"),
            ("Ewan Kirriemuir-Bell", partnership, "chief finance officer"),
            ("Morven Glamis-Reid", "Dunmore Council", "chief social work officer")} <= posts, posts
    assert not {k for k in posts if k[0] == "Ewan Kirriemuir-Bell" and k[2] == "chief social work officer"}, posts


def test_a_term_after_a_title_is_not_part_of_it(parse):
    """'elected Cllr A, Harford Council's Cabinet Member for Care, as its chair for two years': the
    role ends where the title ends, before the term ('for two years', 'for a further six months')."""
    text = ("On 10 July the Harford Regional Partnership Board elected Cllr Mair Cwmbach-Lloyd, Harford Council's "
            "Cabinet Member for Care Services, as its chair for two years. Dr Ifan Rhos-Tudor will serve as interim "
            "chief executive of Harford University Health Board for a further six months.")
    roles = {k[2] for k in candidates(parse, text, "post")}
    assert not {r for r in roles if "year" in r or "month" in r}, roles
    assert {"chair", "interim chief executive"} <= roles, roles


def test_a_description_apposed_to_a_name_is_that_bodys(parse):
    """'- Eastby: Eastby Together, the alliance of A and B' under an earlier line naming another
    partnership: 'the alliance' right after the name and its comma is that name's body, so A and B
    are its members, not the earlier partnership's."""
    text = ("Among the places selected are:\n\n- Harbridge: Harbridge Together (Harbridge Council and Harbridge "
            "Community NHS Trust)\n- Eastby: Better Together Eastby, the alliance of Eastby City Council and Eastby "
            "Healthcare NHS Foundation Trust\n\nThe minister welcomed them.")
    members = ruled(parse, text, "member")
    assert {("Better Together Eastby", "Eastby City Council"),
            ("Better Together Eastby", "Eastby Healthcare NHS Foundation Trust")} <= members, members
    assert not {m for m in members if m[0] == "Harbridge Together" and "Eastby" in m[1]}, members


OWN_REPORT = """Harford University Health Board

Chief Executive's Report

We use cookies to make this site work.

3.1 Our Hospital to Home service, which we run jointly with Harford Council, has cut delayed discharges.

3.2 Our Chief Executive attends the Eastvale Partnership Board as an observer alongside Eastvale Council.

3.3 Dr Aled Brynmor-Hughes of Harford Hospice said: "We have worked with Eastvale Council for years."
"""


def test_we_and_our_on_a_bodys_own_page_are_that_body(parse):
    """On a body's own page (its name alone on the first line), 'we' and 'our' outside quotations are
    that body where the sentence names another body it works with: 'which we run jointly with
    Harford Council' pairs the two. Not in page furniture, not as an observer, not in a quotation
    (there 'we' is the speaker's)."""
    groups = [set(p.members) for p in extract(parse(OWN_REPORT)).partnerships]
    board = "Harford University Health Board"
    assert {board, "Harford Council"} in groups, groups
    assert not [g for g in groups if board in g and ("Eastvale Council" in g or "Eastvale Partnership Board" in g)]


def test_for_the_inside_a_name_after_its_head_and_third_sector_interfaces(parse):
    """'Harford Council for the Voluntary Sector': 'for the' after a head word continues a name that
    ends in a head phrase, instead of cutting it at 'Council'; a Scottish 'Third Sector Interface' is
    a body (voluntary); 'Chair of the Harford Council' stays a title and a council."""
    facts = extract(parse("Eastvale Third Sector Interface was set up by Harford Council for the Voluntary Sector "
                          "(HCVS) and Eastvale Social Enterprise Network. Jo Bell-Kerr, Chair of the Harford Council, "
                          "spoke."))
    orgs = {name: org.kind for name, org in facts.organisations.items()}
    assert {"Harford Council for the Voluntary Sector", "Eastvale Third Sector Interface", "Harford Council"} \
        <= set(orgs), orgs
    assert orgs["Eastvale Third Sector Interface"] == orgs["Harford Council for the Voluntary Sector"] == "Voluntary"


def test_a_body_described_as_a_partnership_between_a_group(parse):
    """'the Harford Centre for Population Health (HCPH), a partnership between A, B and C': the body
    before the description is a partnership of the group after it, in a career sentence too."""
    text = ("Mary Cath-Imrie joined the council last year from the Eastvale Centre for Population Health (ECPH), a "
            "partnership between NHS Eastvale, Eastvale City Council and the University of Eastvale, where she "
            "was a manager.")
    members = ruled(parse, text, "member")
    assert {("Eastvale Centre for Population Health", "NHS Eastvale"),
            ("Eastvale Centre for Population Health", "Eastvale City Council"),
            ("Eastvale Centre for Population Health", "University of Eastvale")} <= members, members


def test_a_programme_given_partners_is_a_partnership_and_a_programme_alone_is_not(parse):
    """'The Eastvale Delivering Choice Programme will be overseen by a programme board that brings
    together A, B and C': a named programme the sentence gives partners is a partnership of them;
    'The Healthy Futures Programme will run for two years' names no body."""
    text = ("The Eastvale Delivering Choice Programme will be overseen by a programme board that brings together "
            "NHS Eastvale, Eastvale County Council and Eastvale NHS Foundation Trust. The Healthy Futures Programme "
            "will run for two years.")
    facts = extract(parse(text))
    assert facts.organisations["Eastvale Delivering Choice Programme"].kind == "Partnership"
    assert "Healthy Futures Programme" not in facts.organisations
    assert {("Eastvale Delivering Choice Programme", "NHS Eastvale"),
            ("Eastvale Delivering Choice Programme", "Eastvale County Council")} <= ruled(parse, text, "member")


def test_local_pharmaceutical_and_medical_committees_by_acronym_are_bodies(parse):
    """'Eastvale LPC's chief officer, A', 'NHS Harford and Harford LMC': a local pharmaceutical or
    medical committee named by its acronym after its place is a body."""
    text = ("Eastvale LPC's chief officer, Zeb Marsh-Oyel, said the bid was strong. NHS Harford and Harford LMC "
            "agreed the plan.")
    facts = extract(parse(text))
    assert {"Eastvale LPC", "Harford LMC", "NHS Harford"} <= set(facts.organisations), facts.organisations
    assert ("Zeb Marsh-Oyel", "Eastvale LPC") in post_pairs(facts)


def test_a_bare_acronym_is_the_body_whose_initials_it_is_and_a_relative_cue_lists_after_it(parse):
    """'sit on the PCPG, which is chaired by Dr A' after 'The Harford Pan-Cluster Planning Group is
    hosted by X': 'the PCPG' is that group (its initials after the place), so A chairs it; and in
    'Recommendations from the PCPG will go to the Y Board, which brings together B, C and D' the
    group before the relative clause is no member of the board."""
    text = ("The Harford Pan-Cluster Planning Group is hosted by Harford University Health Board. GP cluster "
            "leads also sit on the PCPG, which is chaired by Dr Rhodri Cwmbran-Hale. Recommendations from the "
            "PCPG will go to the Dyfed Regional Partnership Board, which brings together the health board, Harford "
            "County Council and Ceredig County Council.")
    posts = ruled(parse, text, "post")
    assert ("Rhodri Cwmbran-Hale", "Harford Pan-Cluster Planning Group", "chair") in posts, posts
    members = ruled(parse, text, "member")
    assert ("Dyfed Regional Partnership Board", "Harford County Council") in members, members
    assert not {m for m in members if m[1] == "Harford Pan-Cluster Planning Group"}, members


def test_an_acronym_before_a_title_and_a_name_is_the_body_of_the_post(parse):
    """'HCVS chief executive Fergus Kell-Drum', 'PHA director of public health Ann Lee': an
    acronym before a lower-case title and a person's name is the body the post is at, at the
    start of the text too."""
    text = ("HCVS chief executive Fergus Kell-Drum said the seat was welcome. NHS Harford agreed. EHSCB chief "
            "executive John Moore-Hale and WPHA director of public health Ann Lee-Ross spoke.")
    posts = ruled(parse, text, "post")
    assert {("Fergus Kell-Drum", "HCVS", "chief executive"), ("John Moore-Hale", "EHSCB", "chief executive"),
            ("Ann Lee-Ross", "WPHA", "director of public health")} <= posts, posts


def test_a_committee_named_right_before_chaired_by_is_in_the_title(parse):
    """'monitored by the ICF Steering Group, chaired by X', 'the STP's partnership board, which is
    chaired by X': the group named right before 'chaired by' is the body's committee or board, and
    X chairs that, not the body itself."""
    text = ("Every scheme is approved by Harford Regional Partnership Board and monitored by the ICF Steering "
            "Group, chaired by Gwen Hartley-Venn.\n\nHarford and Wexmoor Sustainability and Transformation "
            "Partnership has a new director. She will sit on the STP's partnership board, which is chaired by "
            "Dame Alys Corran-Bligh, a former chief executive of Eastwick Hospitals NHS Trust.")
    posts = ruled(parse, text, "post")
    assert ("Gwen Hartley-Venn", "Harford Regional Partnership Board", "chair of the icf steering group") in posts, posts
    assert ("Alys Corran-Bligh", "Harford and Wexmoor Sustainability and Transformation Partnership",
            "chair of the partnership board") in posts, posts


def test_the_chair_of_a_board_of_trustees(parse):
    """'who chairs the board of trustees of X' (or 'at X') is Chair of the Board of Trustees at X;
    'At the X, Dr Y has been elected chair of the board of trustees': the body the sentence opens
    with, after 'the' too, holds the post."""
    text = ("Professor Ada Quenby, who chairs the board of trustees of Harrowfield Hospice, was recognised. Hamish "
            "Orrell-Dane, who chairs the board of trustees at Brackmoor Hospice, said the charity would gain. "
            "Brackmoor Hospice thanked her.\n\n"
            "At the National Care Alliance, Dr Idris Penwarden has been elected chair of the board of trustees.")
    fronted = {c.key for c in propose(parse(text)).candidates if c.kind == "post" and "rule:fronted_body" in c.rules}
    assert ("Idris Penwarden", "National Care Alliance", "chair of the board of trustees") in fronted, fronted
    posts = ruled(parse, text, "post")
    assert {("Ada Quenby", "Harrowfield Hospice", "chair of the board of trustees"),
            ("Hamish Orrell-Dane", "Brackmoor Hospice", "chair of the board of trustees"),
            ("Idris Penwarden", "National Care Alliance", "chair of the board of trustees")} <= posts, posts


def test_a_word_that_opens_a_clause_or_a_duty_is_no_part_of_a_name(parse):
    """'When A, B and C were merged', '- Work with X NHS Trust', '- Liaise with Y Council': a
    subordinator, or a verb opening a sentence or a bullet before a preposition, is not the first
    word of the body named after it."""
    text = ("When Ashby Hospitals Health and Social Services Trust, Harford Health and Social Services Trust and "
            "Lakeland Health and Social Care Trust were merged in April 2007, he was appointed its chairman.\n\n"
            "Main duties\n- Work with Welsh Ambulance Services NHS Trust, which is not a partner.\n"
            "- Liaise with Harford County Council on transport.\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert {"Ashby Hospitals Health and Social Services Trust", "Welsh Ambulance Services NHS Trust",
            "Harford County Council"} <= orgs, orgs
    assert not {o for o in orgs if o.split()[0] in {"When", "Work", "Liaise"}}, orgs


def test_a_category_for_a_person_is_not_won_by_their_employer(parse):
    """'Ceri X, a support worker with Y Council, was named gold winner of The Home Care Worker
    Award', 'Alaw Z, a community navigator with W, won bronze in The Unsung Hero Award': a
    category named for a person (a title or a noun for a person before 'Award') is hers; her
    employer wins nothing."""
    text = ("Harford care workers strike gold at Wessex Care Awards\n\nThe awards, organised by Care Forum "
            "Wessex, were presented on Friday night.\n\nThe biggest cheer came when Ceri Ashdown-Evans, a senior "
            "reablement support worker with Harford County Council, was named gold winner of The Home Care Worker "
            "Award.\n\nAlaw Cynwyl-Rees, a community navigator with Harford Voluntary Services Council, won bronze "
            "in The Unsung Hero Award.\n")
    awards = candidates(parse, text, "award")
    assert ("Ceri Ashdown-Evans", "home care worker award") in awards, awards
    assert not {a for a in awards if a[0] in {"Harford County Council", "Harford Voluntary Services Council"}}, awards


def test_both_organisations_sit_on_a_partnership_alongside_others(parse):
    """'Both organisations sit on the X Partnership, alongside A, B and C': the two bodies named
    before and the ones listed after 'alongside' are its members."""
    text = ("The honour follows a year of joint working between Ashby Borough Council and the Southern Trust, which "
            "ran the vaccination centre. Both organisations sit on the Ashby Community Planning Partnership, "
            "alongside the Public Health Agency, the PSNI and the Northern Ireland Housing Executive.")
    members = ruled(parse, text, "member")
    assert {("Ashby Community Planning Partnership", m) for m in
            ("Ashby Borough Council", "Southern Trust", "Public Health Agency", "PSNI",
             "Northern Ireland Housing Executive")} <= members, members


def test_honours_conferred_on_bodies_and_a_status_awarded(parse):
    """'X voted to confer the Freedom of the Borough on A and B': A and B win it and X gives it;
    'the Social Care Council presented Y with its Lifetime Achievement Award': Y wins, not the
    giver; 'Z has been awarded Carer Positive Exemplary status': a status Z is designated."""
    text = ("Ashby Borough Council has voted to confer the Freedom of the Borough on the Southern Health and Social "
            "Care Trust and the Northern Ireland Ambulance Service.\n\nIn 2015 the Social Care Council presented "
            "Harford Hospice with its Lifetime Achievement Award.\n\nWexmoor Council has been awarded Carer "
            "Positive Exemplary status, the highest of the scheme's three levels.\n")
    facts = extract(parse(text))
    results = award_triples(facts)
    assert {("Southern Health and Social Care Trust", "Freedom of the Borough", "won"),
            ("Northern Ireland Ambulance Service", "Freedom of the Borough", "won"),
            ("Harford Hospice", "Lifetime Achievement Award", "won"),
            ("Wexmoor Council", "Carer Positive Exemplary status", "designated")} <= results, results
    assert not {r for r in results if r[0] in {"Ashby Borough Council", "Social Care Council"}}, results


def test_a_table_whose_columns_are_designations(parse):
    """'Global digital exemplar<TAB>Fast follower(s)' over rows of bodies: each body holds its
    column's designation, one or two bodies to a cell."""
    text = ("NHS England has paired its exemplars with followers.\n\nThe pairings confirmed this week are:\n\n"
            "Global digital exemplar\tFast follower(s)\n"
            "Harford Care NHS Foundation Trust\tWexmoor Healthcare NHS Foundation Trust\n"
            "Ashby Health NHS Foundation Trust\tOxmead Partnership NHS Trust; Tanfield Partnership NHS Foundation Trust\n"
            "\nThe trusts will receive funding.\n")
    results = award_triples(extract(parse(text)))
    assert {("Harford Care NHS Foundation Trust", "Global Digital Exemplar", "designated"),
            ("Ashby Health NHS Foundation Trust", "Global Digital Exemplar", "designated"),
            ("Wexmoor Healthcare NHS Foundation Trust", "Fast Follower", "designated"),
            ("Oxmead Partnership NHS Trust", "Fast Follower", "designated"),
            ("Tanfield Partnership NHS Foundation Trust", "Fast Follower", "designated")} <= results, results


def test_our_and_the_bodys_acronym_before_a_title_on_its_own_page(parse):
    """'Our ADP Co-ordinator, Torquil X, is employed by NHS Y' on the partnership's own report:
    'Our' and the acronym are one body, the partnership, which holds the title before the name."""
    text = ("Wexmoor Alcohol and Drugs Partnership\nAnnual Report 2010/11\n\nThis is my first annual report as "
            "Chair of the Wexmoor Alcohol and Drugs Partnership (ADP).\n\nThe Partnership is supported by a small "
            "team hosted by NHS Wexmoor. Our ADP Co-ordinator, Torquil Balnain-Okafor, is employed by NHS Wexmoor "
            "on behalf of all partners.\n")
    posts = ruled(parse, text, "post")
    assert ("Torquil Balnain-Okafor", "Wexmoor Alcohol and Drugs Partnership", "co-ordinator") in posts, posts


def test_a_one_word_company_in_apposition_and_its_board(parse):
    """'a stake in Optara, the adult social care company set up by X Council': a one-word name the
    sentence calls a company set up by a body is a body, whatever the tagger reads it as; 'the
    Optara board' is its board, no body of its own."""
    text = ("Harford Borough Council is to take a 45 per cent stake in Optara, the adult social care company set "
            "up by Wexmoor Borough Council, after cabinet approved the deal.\n\n\"Optara is owned by councils,\" "
            "she said. Each council nominates two directors to the Optara board.")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert "Optara" in orgs, orgs
    assert "Optara Board" not in orgs, orgs


def test_a_councillor_by_honorific_with_no_post_sits_on_the_council_of_the_story(parse):
    """'Cllr Simon Fairfield-Weir (Ind, Furze Lane) asked why ...' in a story about Harford Borough
    Council: a councillor by honorific is a Councillor of the council the text is about, as a
    candidate, unless the text gives him a post at a council."""
    text = ("Harford Borough Council is to take a stake in a care company after cabinet approved the deal. Harford "
            "Borough Council will save about £800,000 a year.\n\nNot everyone is convinced. Cllr Simon "
            "Fairfield-Weir (Ind, Furze Lane) asked why the council was handing over a quarter of its budget. "
            "Cllr Dilys Sunning-Ashe, Harford Borough Council's lead member for adult services, said the care "
            "would not change.\n")
    posts = ruled(parse, text, "post")
    assert ("Simon Fairfield-Weir", "Harford Borough Council", "councillor") in posts, posts
    assert ("Dilys Sunning-Ashe", "Harford Borough Council", "councillor") not in posts, posts


def test_where_she_was_a_navigator_after_a_body_and_its_acronym(parse):
    """'joins from X (HAVO), where she was a community navigator': the where-clause's title, after
    'a' and past the bracketed acronym, is held at X; a community navigator, a social prescriber
    and a peer mentor hold titles."""
    text = ("Carys Evans-Bowen has been appointed as the alliance's coordinator. Carys joins from Harford "
            "Association of Voluntary Organisations (HAVO), where she was a community navigator. Tom Reid-Vale, "
            "a social prescriber with Wexmoor Primary Care Network, welcomed her.")
    posts = ruled(parse, text, "post")
    assert ("Carys Evans-Bowen", "Harford Association of Voluntary Organisations", "community navigator") in posts, posts
    assert ("Tom Reid-Vale", "Wexmoor Primary Care Network", "social prescriber") in posts, posts


def test_a_place_a_title_is_for_is_no_person(parse):
    """'will be place director for Surrey Dene for the ICB': the name after a title and 'for' (and
    after 'in' elsewhere) is the area the post serves, not a person; the post is at the body after it."""
    text = ("NHS Harford ICB and Wexmoor County Council have made a joint appointment to lead health and care in "
            "Surrey Dene. Rosalind Fairweather-Khan will be place director for Surrey Dene for NHS Harford ICB.")
    facts = extract(parse(text))
    assert "Surrey Dene" not in facts.people, sorted(facts.people)
    assert ("Rosalind Fairweather-Khan", "NHS Harford Integrated Care Board") in post_pairs(facts), post_triples(facts)


def test_a_partner_organisations_heading_over_names_lists_members(parse):
    """'Partner organisations' over a block of names (a page's logos copied as text): the bodies
    are members of the partnership the page named before; 'Our partners' on a body's own report
    thanks those it worked with and makes no members."""
    text = ("Job overview\nThe Harford Frailty Programme is a partnership between Harford University Health Board "
            "and the five local authorities of Harford.\n\nPartner organisations\nHarford University Health Board\n"
            "Ashby County Borough Council\nWexmoor County Council\nOxmead City Council\n\nEmployer details\n")
    members = candidates(parse, text, "member")
    assert {("The Harford Frailty Programme", m) for m in
            ("Ashby County Borough Council", "Wexmoor County Council", "Oxmead City Council")} <= members, members
    thanked = ("Healthwatch Harford is part of the Harford Together Partnership.\n\nOur partners\n\nThank you to "
               "everyone who has worked with us, including:\n\nAshby County Council\nWexmoor Borough Council\n")
    listed = {c.key for c in propose(parse(thanked)).candidates
              if c.kind == "member" and "rule:membership_list" in c.rules}
    assert not listed, listed


def test_the_chair_of_a_named_bodys_board_chairs_it_at_the_body(parse):
    """'the Harford Frailty Programme Board, chaired by X' when the text names the Harford Frailty
    Programme: the board is the programme's own, so X is Chair of the Harford Frailty Programme
    Board at the programme; a title that is no seat on a board stays where it was."""
    text = ("The Harford Frailty Programme is a partnership between Harford Health Board and Wexmoor County "
            "Council.\n\nMain duties\n- Report monthly to the Harford Frailty Programme Board, chaired by Alwyn "
            "Pontypool-Davies, Director of Social Services, Wexmoor County Council.\n")
    posts = ruled(parse, text, "post")
    assert ("Alwyn Pontypool-Davies", "The Harford Frailty Programme",
            "chair of the harford frailty programme board") in posts, posts


def test_an_award_shared_between_entries(parse):
    """'the award was shared between A, with B, for ..., and C for its work with D': A, B and C are
    joint winners; D, whom C worked with, is none."""
    text = ("Harford Care Awards 2014\n\nPartnership Working Award\n\nThe judges could not separate two entries, "
            "and the award was shared between NHS Harford, with Harford City Council, for the alcohol liaison "
            "service, and Wexmoor Royal NHS Foundation Trust for its work with Wexmoor City Council.\n")
    results = {(r, o) for r, _, o in award_triples(extract(parse(text)))}
    assert {("NHS Harford", "joint_winner"), ("Harford City Council", "joint_winner"),
            ("Wexmoor Royal NHS Foundation Trust", "joint_winner")} <= results, results
    assert not {r for r in results if r[0] == "Wexmoor City Council"}, results


@pytest.mark.parametrize("text, partnership, members", [
    # "Gold also went to X, run jointly by A and B, in The Y Award": with "jointly", X anywhere
    ("Gold also went to the Harford Home First Service, run jointly by Harford County Council and Wessex University "
     "Health Board, in The Care Partnership Award.", "Harford Home First Service",
     {"Harford County Council", "Wessex University Health Board"}),
    # "Home First is run jointly by A and B": a headless name run jointly by bodies is their partnership
    ("Congratulations to Harford's Home First service, which has been shortlisted for the award. Home First is run "
     "jointly by Harford University Health Board and Wexmoor County Council, with Red Cross volunteers.", "Home First",
     {"Harford University Health Board", "Wexmoor County Council"}),
    # "X Ltd, the care company set up by A, will be jointly owned by A and B": the owners' joint venture
    ("Wexmoor Care Ltd, the care company set up by Wexmoor Borough Council, will be jointly owned by Wexmoor Borough "
     "Council and Ashby Borough Council from December.", "Wexmoor Care Ltd",
     {"Wexmoor Borough Council", "Ashby Borough Council"}),
    # "The IJB's voting members are drawn from A and B", though "voting members" names people's seats
    ("Councillor Robert Cartsdyke-Heron chairs Harford Integration Joint Board. The IJB's voting members are drawn "
     "from Harford Council and NHS Wexmoor, which has held the award since 2019.", "Harford Integration Joint Board",
     {"Harford Council", "NHS Wexmoor"}),
])
def test_bodies_that_run_own_or_are_drawn_into_a_body_are_its_members(parse, text, partnership, members):
    """Shapes of membership a sentence states with the body that runs, owns or draws from its members."""
    found = ruled(parse, text, "member")
    assert {(partnership, m) for m in members} <= found, found


def test_a_name_before_a_laws_bracketed_parts_is_the_law_not_a_body(parse):
    """'the Public Bodies (Joint Working) (Scotland) Act 2014', 'the Health and Care (Staffing)
    (Wales) Bill': the words before a law's bracketed parts are its title, not a body; the bodies
    of the sentence stay."""
    facts = extract(parse("The Dunmore Integration Joint Board was set up on 1 April 2016 under the Public Bodies "
                          "(Joint Working) (Scotland) Act 2014 by Dunmore Council and NHS Dunmore. The Care "
                          "Services (Staffing) (Wales) Bill will change how Brynmawr County Borough Council plans "
                          "home care."))
    names = set(facts.organisations)
    assert {"Dunmore Integration Joint Board", "Dunmore Council", "NHS Dunmore",
            "Brynmawr County Borough Council"} <= names, names
    assert not [n for n in names if "Bodies" in n or "Services" in n], names


def test_one_place_before_councils_in_lower_case_counts_councils_and_names_none(parse):
    """'the five Gwent councils', 'Two south Wales councils': a place with a plural head in lower
    case counts unnamed councils (no body); 'Torfaen and Caerphilly county borough councils'
    still names each council."""
    facts = extract(parse("The Brynmawr Regional Partnership Board brings together Dyffryn University Health Board, "
                          "the five Gwent councils and the third sector. Two south Wales councils and their health "
                          "board have merged their safeguarding boards, and Torfaen and Caerphilly county borough "
                          "councils will share a director."))
    names = set(facts.organisations)
    assert {"Brynmawr Regional Partnership Board", "Dyffryn University Health Board",
            "Torfaen County Borough Council", "Caerphilly County Borough Council"} <= names, names
    assert not [n for n in names if n.endswith("Councils")], names


def test_a_building_in_an_address_or_a_civic_centre_is_a_venue_not_a_body(parse):
    """'held at Kestrel House, Ipswich', 'Location: Pentwyn House, Ystrad Mynach', 'at the Civic
    Centre': a building where a meeting is held or an office is, not a body; a body named like
    a building where no address follows ('registered at Companies House') stays."""
    facts = extract(parse("Minutes of the meeting of the Marrowby Health and Wellbeing Board held at the Civic "
                          "Centre, Marrowby, on 10 July. The board meets in public at Kestrel House, Ipswich.\n\n"
                          "Location: Pentwyn House, Ystrad Mynach\n\nThe agreement was signed at Downshire Civic "
                          "Centre, Downpatrick, by Marrowby Council. Its company, Marrowby Care Ltd, was registered "
                          "at Companies House last month."))
    names = set(facts.organisations)
    assert {"Marrowby Health and Wellbeing Board", "Marrowby Council", "Marrowby Care Ltd",
            "Companies House"} <= names, names
    assert not [n for n in names if n.endswith(("Centre", "Kestrel House", "Pentwyn House"))], names


def test_category_then_outcome_word_then_entrants_on_a_results_line(parse):
    """'- Best Carer Support: winner, Harford Council': the category before the colon, the outcome
    word after it, then the entrants ('A with B': both); 'Other results on the night' introduces
    the lines and is no category."""
    text = ("Carewell Trust\n\nNews > 2016\n\nCarewell wins at the Care Stars Awards 2016\n\nCarewell Trust has won "
            "the Best Use of Volunteers award at the Care Stars Awards 2016, held in Perth last week.\n\n"
            "Other results on the night\n\n"
            "- Best Initiative for Staff Development: winner, Dunmore Council\n"
            "- Best Partnership Working in Children's Services: winner, Kestrel Child Care Trust with Brynmawr Council\n"
            "- Best Partnership Working in Adult Services: highly commended, Glenview Community Care\n\n"
            "Our chief executive, Ann Lowther, said she was proud of the team.")
    facts = extract(parse(text))
    got = award_triples(facts)
    assert {("Dunmore Council", "Best Initiative for Staff Development", "won"),
            ("Kestrel Child Care Trust", "Best Partnership Working in Children's Services", "won"),
            ("Brynmawr Council", "Best Partnership Working in Children's Services", "won"),
            ("Glenview Community Care", "Best Partnership Working in Adult Services", "highly_commended")} <= got, got
    assert not [a for a in got if "results" in a[1].lower()], got


def test_a_conference_page_after_an_award_story_has_no_categories_in_questions_menus_or_prices(parse):
    """A conference programme that mentions one award: a workshop's question ('B. One team? Shared
    values - Dr A, Head of X, Y Council'), a menu line ('Terms | Privacy | Accessibility') and a
    price list under 'Booking' ('Public sector: £295 + VAT') are no award categories or entries."""
    text = ("Kestrel Events\n\nINTEGRATION 2015: MAKING IT WORK\n\n"
            "11:50 Case study\nAnn Lowther, Head of Adult Services, Dunmore Council\n"
            "The team, run jointly by Dunmore Council and NHS Dunmore, won the Integrated Care Award at the 2014 "
            "Scottish Care Awards.\n\n"
            "13:45 Workshops\n"
            "A. Housing at the table - Gill Raeburn, Policy Lead, Brynmawr Housing Association\n"
            "B. One workforce? Joint training and shared values - Dr Fergus Tandle, Head of Workforce, Harford Council\n\n"
            "Booking\n\nPublic sector: £295 + VAT\nThird sector: £195 + VAT\n\n"
            "Terms and conditions | Privacy policy | Accessibility\nGlenview Council\n")
    facts = extract(parse(text))
    got = award_triples(facts)
    assert not [a for a in got if a[1] != "Integrated Care Award"], got


def test_its_members_after_a_numbered_paragraph_about_a_second_committee_are_that_committees(parse):
    """'3.3 The APC has been chaired since 2014 by Mr X. Its members are A, B and C': 'Its' is the
    committee the sentence before opens with, not the one named before it."""
    text = ("THE HARFORD COUNCIL\n\n1.1 To inform the Committee of proposals to replace the Harford Child Protection "
            "Committee (CPC) and the Harford Adult Protection Committee (APC).\n\n3.2 The CPC was established in 2005 "
            "and meets monthly.\n\n3.3 The APC has been chaired since 2014 by Mr Ian Leask. Its members are the "
            "Council, NHS Dunmore, Police Scotland and the Scottish Fire and Rescue Service.")
    facts = extract(parse(text))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert ("Harford Adult Protection Committee", "Scottish Fire and Rescue Service") in members, members
    assert ("Harford Child Protection Committee", "Scottish Fire and Rescue Service") not in members, members


def test_a_possessive_inside_a_name_its_bracketed_acronym_spells_is_part_of_the_name(parse):
    """'the Scottish Children's Reporter Administration (SCRA)': the acronym's letters are the
    initials of the words on both sides of the possessive, so the whole run is one body's name
    though it ends in no head word; an owner's possessive ('Harford Council's Reablement Team')
    is still cut."""
    facts = extract(parse("Its members are Dunmore Council, NHS Dunmore and the Scottish Children's Reporter "
                          "Administration (SCRA). Harford Council's Reablement Team will attend."))
    names = set(facts.organisations)
    assert "Scottish Children's Reporter Administration" in names, names
    assert "Scottish Children" not in names and "Harford Council" in names, names


def test_a_body_which_one_member_formed_with_others_has_them_all_as_members(parse):
    """'the Harford Recovery Consortium, which Dunmore Housing Association formed last year with
    Harford Mind and Kestrel Care Trust': the body that formed it and those it formed it with."""
    facts = extract(parse("The hub's success has helped shape the Harford Recovery Consortium, which Dunmore Housing "
                          "Association formed last year with Harford Mind Trust and Kestrel Care Trust. The council "
                          "is not a member."))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert {("Harford Recovery Consortium", "Dunmore Housing Association"),
            ("Harford Recovery Consortium", "Harford Mind Trust"),
            ("Harford Recovery Consortium", "Kestrel Care Trust")} <= members, members


def test_a_name_with_from_or_at_inside_it_runs_on_to_its_head(parse):
    """'the Harford Home from Hospital Partnership', 'the Dunmore Care at Home Service': 'from' and
    'at' inside a name that runs on to a head word; 'a Director at Harford Council' and 'Ann Bell
    from Dunmore Council' stay a title or a person and a body."""
    facts = extract(parse("The Harford Home from Hospital Partnership began taking referrals on 1 July, and the "
                          "Dunmore Care at Home Service will join it. Ann Bell from Dunmore Council welcomed it, as "
                          "did the Director at Harford Council, Joe Hale."))
    names = set(facts.organisations)
    assert {"Harford Home from Hospital Partnership", "Dunmore Care at Home Service", "Dunmore Council",
            "Harford Council"} <= names, names
    assert not [n for n in names if "Ann Bell" in n or "Director" in n], names


def test_a_health_and_wellbeing_board_is_one_name_though_its_place_names_a_trust_too(parse):
    """'the Harford Health and Wellbeing Board' after 'Harford Health NHS Foundation Trust': 'and'
    inside a kind of body's name ('Health and Wellbeing Board') parts no names."""
    facts = extract(parse("Harford Health NHS Foundation Trust is not a partner. Cllr Brenda Dunn, who also chairs "
                          "the Harford Health and Wellbeing Board, said it was good."))
    names = set(facts.organisations)
    assert {"Harford Health NHS Foundation Trust", "Harford Health and Wellbeing Board"} <= names, names
    assert "Wellbeing Board" not in names, names


def test_the_lead_partner_of_the_partnership_named_before_is_a_member(parse):
    """'The X Partnership began taking referrals on 1 July. A is the lead partner and holds the
    contract': A is a member of X, as 'is a partner' and 'is one of the partners' are."""
    facts = extract(parse("The Harford Home from Hospital Partnership began taking referrals on 1 July. Harford Age "
                          "Concern Trust is the lead partner and holds the contract."))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert ("Harford Home from Hospital Partnership", "Harford Age Concern Trust") in members, members


def test_a_body_that_received_an_award_won_it_but_entries_received_win_nothing(parse):
    """'A received the Queen's Award for Voluntary Service' is a win; 'More than 600 entries were
    received for the 2012 awards' and 'received an award of £5,000' are not; a person who received
    an award won it, not the bodies she worked for."""
    facts = extract(parse("There was more good news in June, when Harford Age Concern Trust received the Queen's Award "
                          "for Voluntary Service, the highest award a voluntary group can receive. More than 600 "
                          "entries were received for the 2012 awards. Dunmore Carers Trust received an award of "
                          "£5,000 from the Dunmore Community Fund."))
    got = award_triples(facts)
    assert ("Harford Age Concern Trust", "Queen's Award for Voluntary Service", "won") in got, got
    assert not [a for a in got if a[0] == "Dunmore Carers Trust"], got
    facts = extract(parse("Lifetime Achievement Award\n\nIvor Ross, former chief nurse at Harford Hospitals NHS Trust "
                          "and a non-executive director of Dunmore Healthcare NHS Foundation Trust, received this "
                          "year's Lifetime Achievement Award."))
    got = award_triples(facts)
    assert ("Ivor Ross", "Lifetime Achievement Award", "won") in got, got
    assert not [a for a in got if a[0] == "Dunmore Healthcare NHS Foundation Trust"], got  # hers, not her employers'


def test_a_body_named_after_a_lower_case_descriptor_inside_a_sentence_is_a_body(parse):
    """'entered jointly by housing association Trivane, Dunmore Council and ...', 'with local
    charity Brightwell': a descriptor in lower case before a name marks a body anywhere in the
    sentence, not only at its start; the descriptor is no part of the name."""
    facts = extract(parse("The scheme was entered jointly by housing association Trivane, Dunmore County Borough "
                          "Council and NHS Dunmore. The council works with local charity Brightwell and with care "
                          "provider Hafod Homes on the service."))
    names = set(facts.organisations)
    assert {"Trivane", "Brightwell", "Hafod Homes", "Dunmore County Borough Council", "NHS Dunmore"} <= names, names
    assert not [n for n in names if "charity" in n.lower() or "association" in n.lower()], names


def test_an_entry_entered_jointly_by_bodies_and_a_runner_up_after_with(parse):
    """'Step Ahead took the Working in Partnership award. It was entered jointly by A, B and C':
    the bodies that entered it have its result; 'The X award went to D for ..., with E highly
    commended': D won, E was highly commended."""
    facts = extract(parse("Step Ahead took the Working in Partnership award at the ceremony in Cardiff last Thursday. "
                          "It was entered jointly by Dunmore Housing Association, Harford County Borough Council and "
                          "Harford University Health Board. The Health and Wellbeing award went to Kestrel Homes "
                          "Trust for its tenancy support work, with Brynmawr Housing Association highly commended."))
    got = award_triples(facts)
    assert {("Dunmore Housing Association", "Working in Partnership", "won"),
            ("Harford County Borough Council", "Working in Partnership", "won"),
            ("Harford University Health Board", "Working in Partnership", "won"),
            ("Kestrel Homes Trust", "Health and Wellbeing", "won"),
            ("Brynmawr Housing Association", "Health and Wellbeing", "highly_commended")} <= got, got


def test_a_regulators_council_is_no_local_authority_for_the_council(parse):
    """'the Scottish Social Services Council' is a regulator, not a local authority: 'the
    council's service manager' later is the local authority named before."""
    facts = extract(parse("The hub is run with Dunmore City Council. The awards were organised by the Scottish Social "
                          "Services Council (SSSC). Bernadette Hale, the council's service manager for mental health, "
                          "said it was a good night."))
    assert ("Bernadette Hale", "Dunmore City Council") in post_pairs(facts), facts.posts
    assert facts.organisations["Scottish Social Services Council"].kind != "LocalAuthority"


def test_a_one_word_charity_the_page_describes_owns_its_hub_and_is_the_page_body(parse):
    """A charity's own page: 'Brightwell' alone on the first line, 'Brightwell's Leith Recovery Hub'
    (the charity's hub, not a body named 'Brightwell's ...'), 'Our chief executive, A, said' and
    'Brightwell is a company limited by guarantee and a Scottish charity' at the foot: the one-word
    name is a body wherever it stands, and 'our' is that body."""
    text = ("Brightwell\nSupporting mental health in Scotland\n\nHome | About | News\n\n"
            "Brightwell's Leith Recovery Hub, which we run in partnership with NHS Dunmore and Harford City Council, "
            "has won the Best Partnership award.\n\nBernadette Hale, the council's service manager, said it was good.\n\n"
            "Our chief executive, Alasdair Tulloch, said: \"I am proud of the team.\"\n\n"
            "Brightwell is a company limited by guarantee registered in Scotland and a Scottish charity.\n")
    facts = extract(parse(text))
    assert "Brightwell" in facts.organisations, list(facts.organisations)
    assert not [n for n in facts.organisations if n.startswith("Brightwell's")], list(facts.organisations)
    assert ("Alasdair Tulloch", "Brightwell") in post_pairs(facts), facts.posts


def test_an_nhs_board_and_a_national_body_named_for_its_nation_are_two_names(parse):
    """'funded jointly by the Council, NHS Dunmore and Police Scotland': an NHS board's name ends
    before 'and' a body named for its nation."""
    facts = extract(parse("The post will be employed by Harford Council and funded jointly by the Council, NHS Dunmore "
                          "and Police Scotland."))
    names = set(facts.organisations)
    assert {"NHS Dunmore", "Police Scotland"} <= names, names


def test_a_council_report_headed_the_council_in_capitals_is_that_councils_own(parse):
    """'THE HARFORD COUNCIL' over a committee report: the report is the council's own, so 'Author
    of Report: A, Chief Executive' is the council's chief executive."""
    text = ("THE HARFORD COUNCIL\n\nREPORT TO: POLICY AND RESOURCES COMMITTEE ON 29 AUGUST 2017\n\n"
            "1. REASON FOR REPORT\n\n1.1 To inform the Committee of proposals from the Harford Chief Officers' Group "
            "to merge the Harford Child Protection Committee with NHS Dunmore's adult protection work.\n\n"
            "Author of Report: Roderick Garmouth, Chief Executive\nBackground Papers: none\n")
    facts = extract(parse(text))
    assert ("Roderick Garmouth", "Harford Council") in post_pairs(facts), facts.posts


def test_a_plural_head_with_and_inside_it_goes_with_each_place(parse):
    """'the Southern and Western Health and Social Care Trusts': the plural head, with the 'and' of
    its own name, goes with each place: two trusts, and no 'Western Health'."""
    facts = extract(parse("The management board now brings together the Public Health Agency (PHA) and the Northern "
                          "and Eastern Health and Social Care Trusts."))
    names = set(facts.organisations)
    assert {"Northern Health and Social Care Trust", "Eastern Health and Social Care Trust"} <= names, names
    assert not [n for n in names if n.endswith(("Eastern Health", "Trusts"))], names


def test_a_persons_initials_in_brackets_on_a_minutes_attendance_line_are_no_body(parse):
    """A governing body's minutes: 'Phil Dringle-Mace (PDM)<tab>Accountable Officer' gives him the
    title at the body the minutes are of; '(PDM)' is his initials, no body, and 'PDM declared an
    interest' later is him."""
    text = ("NHS Harford Clinical Commissioning Group\n\nMinutes of the Meeting of the NHS Harford Clinical "
            "Commissioning Group Governing Body held in public on 4 October 2018\n\nPresent\n"
            "Phil Dringle-Mace (PDM)\tAccountable Officer\n"
            "Simon Acton-Royle (SAR)\tChief Finance Officer\n\n"
            "1. Declarations of Interests\n\nPDM declared an interest in item 7 as a director of Harford Care Ltd.\n")
    facts = extract(parse(text))
    assert {("Phil Dringle-Mace", "NHS Harford Clinical Commissioning Group", "accountable officer"),
            ("Simon Acton-Royle", "NHS Harford Clinical Commissioning Group", "chief finance officer")} \
        <= post_triples(facts), facts.posts
    assert not {"PDM", "SAR"} & set(facts.organisations), list(facts.organisations)


def test_a_service_which_two_bodies_have_run_together_is_their_partnership(parse):
    """'the Harford Community Resource Service (HCRS), which Dunmore University Health Board and the
    Harford Council have run together since 2012': the service is a partnership of the two."""
    facts = extract(parse("Carys Penmark took up post last month as integrated service manager of the Harford "
                          "Community Resource Service (HCRS), which Dunmore University Health Board and the Harford "
                          "Council have run together since 2012."))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert {("Harford Community Resource Service", "Dunmore University Health Board"),
            ("Harford Community Resource Service", "Harford Council")} <= members, members


def test_a_bodys_committee_named_in_lower_case_after_its_acronym_has_its_own_chair(parse):
    """'The HCRS clinical governance group is chaired by Dr A': A chairs that group of the body
    the acronym names, not the body itself."""
    facts = extract(parse("Carys Penmark took up post as manager of the Harford Community Resource Service (HCRS). The "
                          "HCRS clinical governance group is chaired by Dr Tomos Sully, a consultant physiotherapist."))
    got = {(p.person, p.organisation, p.role) for p in facts.posts if p.person == "Tomos Sully"}
    assert ("Tomos Sully", "Harford Community Resource Service", "Chair of the HCRS Clinical Governance Group") in got, got
    assert ("Tomos Sully", "Harford Community Resource Service", "Chair") not in got, got


def test_a_reports_numbered_headings_an_awards_name_and_a_plans_acronym_are_no_bodies(parse):
    """A council report: '3. BACKGROUND' and '4. PROPOSALS' are section headings; 'the Local
    Outcomes Improvement Plan (LOIP)' and 'the LOIP' are a plan; 'the Queen's Award for Voluntary
    Service' is an award. None is a body; Harford Council is."""
    text = ("THE HARFORD COUNCIL\n\n3. BACKGROUND\n\n3.1 Keeping people safe is a priority of the Local Outcomes "
            "Improvement Plan (LOIP) agreed by Harford Council.\n\n4. PROPOSALS\n\n4.1 The LOIP will be reviewed. "
            "Harford Age Concern received the Queen's Award for Voluntary Service in June.\n")
    names = set(extract(parse(text)).organisations)
    assert "Harford Council" in names, names
    assert not {"Background", "BACKGROUND", "Proposals", "PROPOSALS", "LOIP", "Award for Voluntary Service"} & names, names


def test_an_awards_name_on_its_own_heading_line_is_no_body(parse):
    """A crosshead "Queen's Award for Voluntary Service" over the story of the award: the words
    after the possessive open an award's name ('Award for ...'), not a body's."""
    names = set(extract(parse("Queen's Award for Voluntary Service\nThere was more good news in June, when Age UK "
                              "Harford received the Queen's Award for Voluntary Service.")).organisations)
    assert "Age UK Harford" in names and not [n for n in names if n.startswith("Award")], names


def test_a_speakers_second_title_and_body_after_comma_and_are_hers(parse):
    """'- Councillor Rhona Dalgar, Vice Chair, Harford IJB, and Cabinet Member for Health and Social
    Care, Harford Council': both posts are hers; 'Jo Hale, chair of X, and the CCG's accountable
    officer, Dr Ian Bell' gives the second title to him."""
    facts = extract(parse("Panel: who is accountable?\n- Councillor Rhona Dalgar, Vice Chair, Harford Integration Joint "
                          "Board, and Cabinet Member for Health and Social Care, Harford Council\n\nThe plan was "
                          "welcomed by Jo Hale, chair of Dunmore Integration Joint Board, and the Dunmore CCG's "
                          "accountable officer, Dr Ian Bell."))
    got = post_triples(facts)
    assert {("Rhona Dalgar", "Harford Integration Joint Board", "vice chair"),
            ("Rhona Dalgar", "Harford Council", "cabinet member for health and social care")} <= got, got
    assert not [p for p in got if p[0] == "Jo Hale" and "accountable" in p[2]], got


def test_a_name_whose_possessive_has_a_union_officials_title_is_a_body(parse):
    """"Tradeside's northern regional organiser, Kevin Ferr, said ...": a name that owns a branch
    secretary, an organiser or a steward is a trade union, a body, and the post is held there; a
    place's possessive before another title ('Harford's director of public health') is not."""
    facts = extract(parse("Staff transferred on their existing terms. Tradeside's northern regional organiser, Kevin "
                          "Ferr, said the union had been given a guarantee. Harford's director of public health, Ann "
                          "Lo, welcomed it."))
    assert "Tradeside" in facts.organisations, list(facts.organisations)
    assert ("Kevin Ferr", "Tradeside") in post_pairs(facts), facts.posts
    assert "Harford" not in facts.organisations, list(facts.organisations)


def test_a_press_releases_furniture_gives_no_award_and_no_body_named_dear_or_about(parse):
    """A press release: 'Press release from: X', 'Category: Health, Medical Technology, Public
    Sector' (the page's topics), 'a contract awarded in 2012', 'Media contact' over a person's line
    and 'About X' under 'Notes to editors' give no award; a letter's 'Dear X,' and the note's
    'About X' name X, not a body called 'Dear X' or 'About X'."""
    text = ("Harford telecare service passes 1,000 users\n\nPress release from: Harford Housing Association\n"
            "Date: 3 March 2014\nCategory: Health, Medical Technology, Public Sector\n\nHarford Telecare has passed "
            "1,000 users. The service is delivered under a five-year contract awarded in 2012 by the county council.\n\n"
            "Dear Dunmore Clinical Commissioning Group, thank you for your letter.\n\nENDS\n\nNotes to editors\n\n"
            "About Harford Housing Association\nHarford Housing Association provides housing and care across the county."
            "\n\nMedia contact\nJo Bellwether-Crane, Communications Manager, Harford Housing Association\n")
    facts = extract(parse(text))
    assert not facts.awards, facts.awards
    names = set(facts.organisations)
    assert {"Harford Housing Association", "Dunmore Clinical Commissioning Group"} <= names, names
    assert not [n for n in names if n.split()[0] in {"Dear", "About"}], names


def test_names_with_their_own_heads_in_a_list_and_a_body_working_for_another_are_separate(parse):
    """'a consortium of Harbrook Telecare, Pellman Healthcare and Q7 Group': the comma parts names
    that each have a head, not places before one head ('Bedfordshire, Luton and Milton Keynes
    CCG'); 'run by Harford Housing Association for Dunmore Health and Social Care Trust' names two
    bodies, while 'Harford Council for Voluntary Service' is one."""
    names = set(extract(parse("The service is run by Harford Housing Association for Dunmore Health and Social Care "
                              "Trust. Its partners are Harford Council for Voluntary Service and Dunmore Council. Quorum is a consortium of "
                              "Harbrook Telecare, Pellman Healthcare and Q7 Group. Bedfordshire, Luton and Milton Keynes "
                              "CCG funds it.")).organisations)
    assert {"Harford Housing Association", "Dunmore Health and Social Care Trust", "Harford Council for Voluntary Service",
            "Pellman Healthcare", "Q7 Group", "Bedfordshire, Luton and Milton Keynes Clinical Commissioning Group"} <= names, names
    assert not [n for n in names if "Telecare, " in n or " for Dunmore" in n], names


def test_whole_places_before_a_plural_head_are_not_parts_of_one_place(parse):
    """'Harford, Luton and Milton Keynes CCGs' signs a letter from three CCGs the page names in
    full: each place is a whole place ('Luton', 'Milton Keynes'), not 'Luton Keynes'; one-word
    compass parts and kind words still share the rest ('East, North and South Ayrshire Councils',
    'Blaenau Gwent, Caerphilly and Torfaen County Borough Councils')."""
    text = ("Harford Clinical Commissioning Group, Luton Clinical Commissioning Group and Milton Keynes Clinical "
            "Commissioning Group share a team. East, North and South Ayrshire Councils wrote too, as did Blaenau Gwent, Caerphilly and Torfaen County Borough Councils.\n\n"
            "Yours sincerely,\n\nInformation Governance Team\nHarford, Luton and Milton Keynes CCGs\n")
    names = set(extract(parse(text)).organisations)
    assert {"Harford Clinical Commissioning Group", "Luton Clinical Commissioning Group",
            "Milton Keynes Clinical Commissioning Group", "North Ayrshire Council", "South Ayrshire Council",
            "Caerphilly County Borough Council"} <= names, names
    assert not [n for n in names if "Keynes" in n and "Milton" not in n], names


def test_a_count_of_bodies_under_one_acronym_is_no_body(parse):
    """'the joint team of the three HLW CCGs': a count before an acronym and a plural head counts
    bodies named elsewhere, no body 'HLW Clinical Commissioning Groups'; 'Westshire Councils',
    with no count, may be a body's name."""
    text = ("Harford Clinical Commissioning Group, Luton Clinical Commissioning Group and Wexley Clinical "
            "Commissioning Group have one team. It is run by the three HLW CCGs. Westshire Councils said it would help.")
    names = set(extract(parse(text)).organisations)
    assert not [n for n in names if n.startswith("HLW")], names
    assert "Westshire Councils" in names, names


def test_a_title_over_a_count_of_bodies_listed_in_bullets_is_held_at_each(parse):
    """Three CCGs in bullets, then 'Ann Dorrow, who is also the joint accountable officer of the
    three CCGs' and 'the CCGs' chief finance officer post has been held by Jo Pell': each post is
    held at each CCG of the list, with the title ending before 'post'."""
    text = ("The board has these members:\n- Harford Clinical Commissioning Group\n- Dunmore Clinical Commissioning "
            "Group\n- Wexley Clinical Commissioning Group\n- Harford Council\n\nThe lead is Ann Dorrow, who is also "
            "the joint accountable officer of the three CCGs. Since June the CCGs' chief finance officer post has been "
            "held on an interim basis by Jo Pell.\n")
    got = post_triples(extract(parse(text)))
    for ccg in ("Harford", "Dunmore", "Wexley"):
        assert ("Ann Dorrow", f"{ccg} Clinical Commissioning Group", "joint accountable officer") in got, got
        assert ("Jo Pell", f"{ccg} Clinical Commissioning Group", "chief finance officer") in got, got
    assert not [p for p in got if p[1] == "Harford Council"], got


def test_the_board_beside_the_health_board_and_the_council_beside_a_voluntary_council(parse):
    """A page that calls its health board 'the health board' means another board by 'the Board'
    (here an integrated services board); 'Mantell Harford, the county voluntary council' does not
    take over 'the Council' from Harford Council, a body whose name ends in the description's noun."""
    text = ("Services are overseen by the Harford Integrated Services Board, set up by the Council and Dunmore "
            "University Health Board. The Board's members are:\n\n- Harford Council\n- Dunmore University Health "
            "Board\n- Mantell Harford, the county voluntary council, which represents the third sector\n\nThe Board "
            "is chaired by Cllr Mair Tegid-Rowe, the Council's Cabinet Member for Care. Half of the cost is met by the "
            "health board.")
    got = post_triples(extract(parse(text)))
    assert ("Mair Tegid-Rowe", "Harford Integrated Services Board", "chair") in got, got
    assert ("Mair Tegid-Rowe", "Harford Council", "cabinet member for care") in got, got
    assert not [p for p in got if p[1] in {"Mantell Harford", "Dunmore University Health Board"}], got


def test_a_members_own_acronym_in_brackets_does_not_name_the_list_it_ends(parse):
    """'The Harford Strategic Partnership (HSP), which brings together Harford Council, the
    Harford Trust, the Public Health Agency (PHA), Harford College and the Housing Executive':
    '(PHA)' is the agency's own acronym, not a name the bodies before it work under; all five
    are members of the partnership."""
    text = ("The Harford Strategic Partnership (HSP), which brings together Harford Council, the Harford Health and "
            "Social Care Trust, the Public Health Agency (PHA), Harford Regional College and the Northern Ireland "
            "Housing Executive, meets monthly.")
    facts = extract(parse(text))
    members = {m for p in facts.partnerships if p.name == "Harford Strategic Partnership" for m in p.members}
    assert {"Harford Council", "Public Health Agency", "Harford Regional College",
            "Northern Ireland Housing Executive"} <= members, facts.partnerships
    assert not [p for p in facts.partnerships if p.name == "Public Health Agency"], facts.partnerships


def test_a_team_that_won_at_the_accolades_gives_the_result_to_the_bodies_that_run_it(parse):
    """'The Harford Intermediate Care Team picked up the Integrated Working award at the Social
    Care Accolades ... The team is run jointly by Harford County Council and Dunmore Health
    Board': both bodies won the category; the scheme ('Social Care Accolades') is no body."""
    text = ("The Harford Intermediate Care Team picked up the Integrated Working award at the Social Care Accolades in "
            "Cardiff last night. The Accolades are run by the Care Council for Wales. The team is run jointly by "
            "Harford County Council and Dunmore Health Board.")
    facts = extract(parse(text))
    got = award_triples(facts)
    assert {("Harford County Council", "Integrated Working", "won"),
            ("Dunmore Health Board", "Integrated Working", "won")} <= got, got
    assert "Social Care Accolades" not in facts.organisations, list(facts.organisations)
    assert not [a for a in got if a[0] == "Care Council for Wales"], got


def test_two_bodies_coordinated_around_a_relative_clause_form_a_company_together(parse):
    """'Harford Primary Care Together, which represents all 45 practices in the city, and Harford
    City Council have each taken a stake in the new company, Harford Care Connect Ltd': the
    clause about the first body does not part the two; a rule makes both members of the company."""
    text = ("Harford Primary Care Together, which represents all 45 practices in the city, and Harford City Council "
            "have each taken a stake in the new company, Harford Care Connect Ltd, which was registered last month.")
    by_rules = ruled(parse, text, "member")
    assert {("Harford Care Connect Ltd", "Harford Primary Care Together"),
            ("Harford Care Connect Ltd", "Harford City Council")} <= by_rules, by_rules


def test_a_hospital_after_a_related_storys_label_or_of_a_place_is_no_body(parse):
    """'Read more: Harford General Hospital declares critical incident' is a related story's link,
    not an awards entrant after a colon; 'the University Hospital of Harford' is a hospital of a
    place; both are facilities. 'Winner: Dunmore Hospital' on an awards line stands for its body,
    and 'University Hospitals of Dunmore NHS Trust' is a trust."""
    names = set(extract(parse("Read more: Harford General Hospital declares critical incident\n\nPatients at the "
                              "University Hospital of Harford waited. Winner: Dunmore Hospital. University Hospitals "
                              "of Dunmore NHS Trust agreed.")).organisations)
    assert {"Dunmore Hospital", "University Hospitals of Dunmore NHS Trust"} <= names, names
    assert not {"Harford General Hospital", "University Hospital of Harford"} & names, names


def test_a_time_zone_and_a_reports_implications_heading_are_no_bodies(parse):
    """'Published 14th Mar 2024, 16:05 GMT' and a council report's 'Equality and Diversity
    Implications' heading name no body; Harford Council does."""
    text = ("Published 14th Mar 2024, 16:05 GMT\n\n6. Equality and Diversity Implications\n\nThere are none arising "
            "from this report for Harford Council.")
    names = set(extract(parse(text)).organisations)
    assert "Harford Council" in names, names
    assert not [n for n in names if n == "GMT" or n.endswith("Implications")], names


def test_places_before_a_singular_head_in_lower_case_are_one_name(parse):
    """'the Harford, Luton and Milton Keynes integrated care system' is one body named for three
    places (not 'Luton and Milton Keynes ...'); 'the Carmarthenshire, Ceredigion and Pembrokeshire
    county councils' are three."""
    names = set(extract(parse("Please provide information about the Harford, Luton and Milton Keynes integrated care "
                              "system. The Carmarthenshire, Ceredigion and Pembrokeshire county councils agreed."))
                .organisations)
    assert {"Harford, Luton and Milton Keynes Integrated Care System", "Ceredigion County Council",
            "Pembrokeshire County Council"} <= names, names
    assert "Luton and Milton Keynes Integrated Care System" not in names, names


def test_a_letters_signature_is_no_awards_entry_and_a_designation_by_a_body_in_a_year(parse):
    """A freedom-of-information reply: 'the Harford Integrated Care System was one of the eight
    areas designated by NHS England in June 2017 as shadow accountable care systems' designates
    the system; the signature under 'Yours sincerely' and the 'Similar requests' links below are
    no category and no entrant."""
    text = ("Dear Mr Bell,\n\nFor background, the Harford Integrated Care System was one of the eight areas designated "
            "by NHS England in June 2017 as shadow accountable care systems.\n\nYours sincerely,\n\nInformation "
            "Governance Team\nHarford Clinical Commissioning Group\n\nSimilar requests\n- Integrated care system "
            "governance - a Freedom of Information request to Dunmore Clinical Commissioning Group\n")
    got = award_triples(extract(parse(text)))
    assert {(r, a.lower(), o) for r, a, o in got} == {
        ("Harford Integrated Care System", "shadow accountable care system", "designated")}, got


def test_a_bodys_welsh_name_is_nobody(parse):
    """A bilingual page: 'Cyngor Harford | Harford Council' and 'Bwrdd Partneriaeth Rhanbarthol
    Harford | Harford Regional Partnership Board' give Welsh names of bodies, never people; the
    people on the page stay people."""
    text = ("Cyngor Harford | Harford Council\n\nBwrdd Partneriaeth Rhanbarthol Harford | Harford Regional "
            "Partnership Board\n\nCadeirydd | Chair: Councillor Rhiannon Penhallow-Lowe, Harford Council\n\n"
            "Grwp Cynwyd and Cyngor Harford signed the agreement with Eluned Traeth-Morgan.\n")
    people = set(extract(parse(text)).people)
    assert not [p for p in people if set(p.lower().split()) & {"cyngor", "bwrdd", "grwp"}], people
    assert "Rhiannon Penhallow-Lowe" in people, people


def test_a_hospitals_short_name_is_nobody(parse):
    """'Read more: Royal Harford emergency department ...', 'the trust's four hospitals - North
    Dunmore General, ...': a hospital's short name ('Royal' first, 'General' or 'Royal' last) is
    no person."""
    text = ("Read more: Royal Harford emergency department among busiest in the region\n\nDay-to-day management "
            "of the trust's four hospitals - North Dunmore General, Fairfield General in Bury, and Wexley Royal - "
            "passes to the group, said Ann Kellow-Dyer.\n")
    people = set(extract(parse(text)).people)
    assert "Ann Kellow-Dyer" in people, people
    assert not [p for p in people if p.split()[0] == "Royal" or p.split()[-1] in {"General", "Royal"}], people


def test_a_schemes_owner_named_only_in_its_title_is_no_body(parse):
    """'the NHS Harford Awards 2019', 'the Harford Healthcare Awards': a name seen only in front of
    an awards scheme's 'Awards' is the scheme's, not a body of the story."""
    text = ("The Dunmore Reablement Team, run by Dunmore Borough Council, has won the Integrated Working "
            "category at the NHS Harford Awards 2019. The team was also a finalist at the Harford Healthcare "
            "Awards in May and was highly commended at the Harford Care Journal Awards.\n")
    orgs = set(extract(parse(text)).organisations)
    assert "Dunmore Borough Council" in orgs, orgs
    assert not {"NHS Harford", "Harford Healthcare"} & orgs, orgs


def test_a_hospitals_short_name_is_no_body(parse):
    """'at the Royal Preston and Nevin Hall', 'at Dunmore General': a hospital's short name ('Royal'
    and a place, a place and 'General') is a facility, not a body of the story."""
    text = ("Up to 40 beds a day at the Royal Preston and Nevin Hall were taken up by patients waiting for "
            "care, said Ann Kellow-Dyer of Harford County Borough Council. Others waited at Dunmore General.\n")
    orgs = set(extract(parse(text)).organisations)
    assert "Harford County Borough Council" in orgs, orgs
    assert not {"Royal Preston", "Dunmore General"} & orgs, orgs


def test_a_newsletters_sections_after_an_award_are_no_categories(parse):
    """A town newsletter mentions an award in one section; the sections after it ('HEALTH
    SERVICES UPDATE' over prose, 'YOUR COUNCILLORS 2018-19' over 'Mayor: Cllr X' lines) are no
    award categories. A decision record's numbered heading ('6.0 OFFICERS PRESENT') is a
    section too, and the people under it won nothing."""
    text = ("HARFORD TOWN COUNCIL\nTOWN NEWS\n\nCARERS CAFE SHORTLISTED\n\nThe Harford Carers Cafe, run by "
            "Harford Town Council and Dunmore Carers Trust, was shortlisted for Community Project of the Year at "
            "the Harford Care Awards 2018.\n\nHEALTH SERVICES UPDATE\n\nAt its May meeting the Town Council "
            "heard from Dr Ann Kellow-Dyer about plans for community services in the south of the county.\n\n"
            "YOUR COUNCILLORS 2018-19\n\nMayor: Cllr Rosalind Penhallow-Lowe\nDeputy Mayor: Cllr Desmond "
            "Traeth-Morgan\nTown Clerk: Hester Linney-Brook\n\n6.0 OFFICERS PRESENT FOR THIS ITEM\n\n"
            "Ms Imogen Carrow-Forsyth, Director of Adult Services, Dunmore Borough Council\n")
    got = {(r, a.lower()) for r, a, o in award_triples(extract(parse(text)))}
    assert not [a for r, a in got if "councillors" in a or "officers" in a], got
    # the named joint service is the entrant, not the bodies that run it (the dev README's convention)
    assert ("Harford Carers Cafe", "community project of the year") in got, got


def test_a_social_posts_comments_are_no_award_categories(parse):
    """A social media post about an award, with its comment thread: a comment's first words
    ('Brilliant news!', 'Partnership working at its best 🚒'), the page's controls ('Most relevant
    ▾', 'Like    Comment    Share', 'Like · Reply · 1d') and its 'Related Pages' links ('Harford
    Council · Government organisation') are no award categories."""
    text = ("Dunmore Health & Social Care Partnership\n23 November 2018 at 09:14\n\nWE WON!!\n\n"
            "Our reablement team took home the Integration award at the Harford Care Awards 2018 last night!\n\n"
            "Like    Comment    Share\n\nMost relevant ▾\n\nElspeth Rathen-Doig\nBrilliant news! So proud of "
            "the carers who look after my mum ❤️\nLike · Reply · 1d\n\nDunmore Voluntary Action\n"
            "Partnership working at its best 🚒\nLike · Reply · 1d\n\nRelated Pages\n"
            "Harford Council · Government organisation\nDunmore Voluntary Action · Charity organisation\n")
    got = {(r, a.lower()) for r, a, o in award_triples(extract(parse(text)))}
    assert {a for r, a in got} <= {"integration"}, got


def test_an_nhs_board_before_and_is_a_body_of_its_own(parse):
    """'NHS Lomond and Dunmore City Health & Social Care Partnership', 'NHS Wexley and Lomond
    and Brae Council': after an NHS board's name, 'and' and a council or a partnership name two
    bodies; 'NHS Harford and Dunmore CCG' and 'NHS Harford & Arran' stay one name."""
    text = ("Last year NHS Lomond and Dunmore City Health & Social Care Partnership were finalists together. "
            "NHS Harford & Arran and East Dunmore Council signed the agreement. NHS Wexley and Lomond and Brae "
            "Council met on Monday. NHS Barking and Dunmore Clinical Commissioning Group did not.\n")
    orgs = set(extract(parse(text)).organisations)
    assert {"NHS Lomond", "Dunmore City Health & Social Care Partnership", "NHS Harford & Arran",
            "East Dunmore Council", "NHS Wexley", "Lomond and Brae Council",
            "NHS Barking and Dunmore Clinical Commissioning Group"} <= orgs, orgs


def test_an_awards_table_with_a_scheme_column_and_entrants_in_brackets(parse):
    """'RESULT | AWARDS | CATEGORY | PROJECT (ENTRANT)': each row's bodies in its entrant cell
    have the row's result in its category, in the year its scheme cell gives."""
    text = ("3. AWARDS ROUND-UP\n\nThree projects that started with a grant from your donations have been "
            "recognised this autumn.\n\nRESULT | AWARDS | CATEGORY | PROJECT (ENTRANT)\n"
            "Winner | Harford Care Awards 2013 | Care of Older People | Frailty Unit (Harford Teaching Hospitals "
            "NHS Foundation Trust)\n"
            "Runner-up | Dunmore Innovation Awards 2012 | Partnership | Memory Cafes (Dunmore Borough Council and "
            "Dunmore Carers Trust)\n")
    got = {(a.recipient, a.award.lower(), a.outcome, a.year) for a in extract(parse(text)).awards}
    assert {("Harford Teaching Hospitals NHS Foundation Trust", "care of older people", "won", 2013),
            ("Dunmore Borough Council", "partnership", "finalist", 2012),
            ("Dunmore Carers Trust", "partnership", "finalist", 2012)} <= got, got


def test_a_faculty_or_school_is_part_of_its_university(parse):
    """'Professor A, Executive Dean of the Faculty of Life and Health Sciences, said', 'Dr B, a
    lecturer in the School of Nursing': the post is at the university the article names, and the
    title takes the faculty's or the school's name."""
    text = ("Three projects led by Harford University staff were recognised at the awards. Professor Cressida "
            "Ardmore-Lamont, Executive Dean of the Faculty of Life and Health Sciences, said the projects were "
            "designed with the trusts. Dr Eamonn Tynan-Greer, a lecturer in the School of Nursing, added that "
            "students were on placement at Harford University every week.\n")
    facts = extract(parse(text))
    got = post_triples(facts)
    assert ("Cressida Ardmore-Lamont", "Harford University",
            "executive dean of the faculty of life and health sciences") in got, got
    assert not [p for p in got if p[1].startswith(("Faculty", "School"))], got
    assert not [o for o in facts.organisations if o.startswith(("Faculty", "School"))], facts.organisations


def test_bulleted_award_headings_with_their_entries_below(parse):
    """'* Award for Integrating Health and Social Care, sponsored by the X Board' over 'A and the B
    Trust - WINNER': the bullet is no part of the category, a long sponsor's name still leaves
    the heading a heading, and a name the tagger finds inside 'Award for Digital Innovation in
    Healthcare' is the award's, not a body."""
    text = ("Three projects led by Harford University staff were recognised at the Advancing Care Awards on "
            "Friday.\n\nHow the entries did:\n\n"
            "* Award for Integrating Health and Social Care, sponsored by the Health and Social Care Board\n"
            "  Harford University and the Dunmore Health and Social Care Trust - WINNER\n"
            "  A falls prevention programme for older people\n\n"
            "* Award for Digital Innovation in Healthcare\n"
            "  Harford University with the Wexley Health and Social Care Trust - HIGHLY COMMENDED\n"
            "  A remote monitoring app for people with lymphoedema\n")
    got = {(r, a.lower(), o) for r, a, o in award_triples(extract(parse(text)))}
    assert {("Dunmore Health and Social Care Trust", "award for integrating health and social care", "won"),
            ("Wexley Health and Social Care Trust", "award for digital innovation in healthcare",
             "highly_commended")} <= got, got
    assert not [a for r, a, o in got if a.startswith("*")], got


def test_councillors_under_a_numbered_members_present_heading_or_a_newsletters_list(parse):
    """A council's decision record lists '7.0 EXECUTIVE MEMBERS PRESENT' over 'Councillor X
    (Cabinet Member for Y)' lines; a town council's newsletter lists 'YOUR COUNCILLORS 2017-18'
    over 'Mayor: Cllr X' lines. Each councillor there is a councillor of the page's council."""
    record = ("HARFORD BOROUGH COUNCIL\nEXECUTIVE DECISION RECORD\n\nHarford Borough Council agreed the "
              "section 75 agreement.\n\n7.0 EXECUTIVE MEMBERS PRESENT\n\nCouncillor Cuthbert Marrow-Eyre "
              "(Leader of the Council) (in the Chair)\nCouncillor Ambrose Laydon-Pike (Cabinet Member for "
              "Adult Social Care)\n")
    got = post_triples(extract(parse(record)))
    assert {("Cuthbert Marrow-Eyre", "Harford Borough Council", "councillor"),
            ("Ambrose Laydon-Pike", "Harford Borough Council", "councillor")} <= got, got
    newsletter = ("DUNMORE TOWN COUNCIL\nTOWN NEWS\n\nDunmore Town Council met in May.\n\n"
                  "YOUR COUNCILLORS 2017-18\n\nMayor: Cllr Rosalind Temmet-Ashworth\n"
                  "Cllr Hubert Galder-Sims\n")
    got = post_triples(extract(parse(newsletter)))
    assert {("Rosalind Temmet-Ashworth", "Dunmore Town Council", "councillor"),
            ("Hubert Galder-Sims", "Dunmore Town Council", "councillor")} <= got, got


def test_people_appointed_together_as_board_members_of_a_body(parse):
    """'The Cabinet Secretary has appointed A and B as Non-Executive Board Members of NHS X':
    whoever appoints, each person holds the seat, in the singular, at the body after 'of'; the
    tagger's 'Non-Executive Board' is no body."""
    text = ("The Cabinet Secretary has appointed Ailsa Culbeg and Tormod Bayle as Non-Executive Board Members "
            "of NHS Lomond from 1 June 2021 for four years.\n")
    facts = extract(parse(text))
    assert {("Ailsa Culbeg", "NHS Lomond", "non-executive board member"),
            ("Tormod Bayle", "NHS Lomond", "non-executive board member")} <= post_triples(facts), post_triples(facts)
    assert "Non-Executive Board" not in facts.organisations, facts.organisations


def test_our_title_after_another_body_is_the_pages_own(parse):
    """A board paper's 'I have met the Chair and Chief Executive of the X Service with our Chief
    Executive, A': 'our' is the page's body, so A's post is there, not at the body named before."""
    text = ("NHS Lomond\n\nChair's Report\n\nThis report updates the Board of NHS Lomond on my engagement since the "
            "Board last met.\n\nSince the last meeting I have:\n•    met the Chair and Chief Executive of the "
            "Harford Ambulance Service with our Chief Executive, Lachlan Brorafield, to discuss patient transport; "
            "and\n•    visited two community hospitals.\n")
    got = post_triples(extract(parse(text)))
    assert ("Lachlan Brorafield", "NHS Lomond", "chief executive") in got, got
    assert ("Lachlan Brorafield", "Harford Ambulance Service", "chief executive") not in got, got


def test_a_joint_committee_with_a_word_between_is_a_partnership(parse):
    """'the Joint Monitoring Committee', 'the Joint Strategic Committee': a joint committee of
    several bodies is a partnership, whatever word comes between, and its membership list names
    its members."""
    lex = lexicon.load()
    assert lex.kind_of("Joint Monitoring Committee") == "Partnership"
    assert lex.kind_of("Dunmore Joint Strategic Committee") == "Partnership"
    text = ("The lead agency agreement is overseen by the Joint Monitoring Committee. In April the two partners "
            "agreed to widen it. Its membership is now:\n•    Harford Council (four elected members)\n"
            "•    NHS Lomond (four non-executive members)\n•    Harford Third Sector Interface\n")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Joint Monitoring Committee" for m in p.members}
    assert {"Harford Council", "NHS Lomond"} <= members, members


def test_the_first_of_two_places_joined_by_and_stays_in_the_name(parse):
    """'the Harford and Vale Integrated Community Equipment Service', 'Wexley and District Housing
    manages the homes': the first place before 'and' is the name's, where the tagger dropped it;
    'Unison and GMB' stay two names."""
    text = ("The councils operate the Harford and Vale Integrated Community Equipment Service and its pooled "
            "fund. Wexley and District Housing manages the homes. Unison and GMB members voted.\n")
    orgs = set(extract(parse(text)).organisations)
    assert "Harford and Vale Integrated Community Equipment Service" in orgs, orgs
    assert "Vale Integrated Community Equipment Service" not in orgs, orgs
    assert "Unison and GMB" not in orgs, orgs


def test_a_local_health_economy_whose_members_are_listed(parse):
    """'the Council becomes a full partner in the Harford Coast Local Health Economy, whose members
    are: (a) A; (b) B; ...': a local health economy is a partnership of an area's bodies, and
    'whose members are' opens its member list."""
    assert lexicon.load().kind_of("Harford Coast Local Health Economy") == "Partnership"
    text = ("1.2 To agree that the Council becomes a full partner in the Harford Coast Local Health Economy, whose "
            "members are:\n   (a) NHS Harford Clinical Commissioning Group;\n   (b) Harford Teaching Hospitals NHS "
            "Foundation Trust; and\n   (c) Dunmore County Council.\n")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Harford Coast Local Health Economy"
               for m in p.members}
    assert {"Harford Teaching Hospitals NHS Foundation Trust", "Dunmore County Council"} <= members, members


def test_a_bare_head_before_and_or_on_is_no_part_of_the_name_after(parse):
    """'between the Council and Carlisle CCG', 'represents the Council on the Carlisle Coast
    Vanguard Programme Board': the tagger's span opens with 'the Council', a body met before, and the
    name is the one after 'and' or 'on the'."""
    text = ("1.3 To approve an agreement under section 75 of the National Health Service Act 2006 between the "
            "Council and Carlisle CCG, under which budgets are pooled. The Leader of the Council represents the "
            "Council on the Carlisle Coast Vanguard Programme Board.\n")
    orgs = set(extract(parse(text)).organisations)
    assert {"Carlisle Clinical Commissioning Group", "Carlisle Coast Vanguard Programme Board"} <= orgs, orgs
    assert not [o for o in orgs if o.startswith("Council ")], orgs


def test_new_trustees_on_a_charitys_page_that_names_a_trust_most(parse):
    """A hospital charity's newsletter names the trust it raises money for more than itself;
    'We also welcome two new trustees:' over a bulleted list makes each a trustee of the charity
    the page is, not of the trust (a trustee sits on a charity's board, never a trust's)."""
    text = ("Harford Hospitals Charity\nCHARITY NEWS\n\nThe Harford Hospitals Charity raised £140,000 this year. "
            "Your gifts paid for new equipment at Harford Teaching "
            "Hospitals NHS Foundation Trust this year. Harford Teaching Hospitals NHS Foundation Trust thanks you. "
            "Harford Teaching Hospitals NHS Foundation Trust staff ran the 10K.\n\nNew faces\n\n"
            "We also welcome two new trustees:\n  * Dr Philippa Crookfield-Baines, a GP in Darnall\n"
            "  * Rashid Totwell-Mbeki, Head of Community Fundraising at a hospice\n")
    got = post_triples(extract(parse(text)))
    assert ("Philippa Crookfield-Baines", "Harford Hospitals Charity", "trustee") in got, got
    assert not [p for p in got if p[2] == "trustee" and p[1] != "Harford Hospitals Charity"], got


def test_an_apposition_ends_before_an_adjunct_after_its_body(parse):
    """'heard from Dr A, GP partner at X Surgery and locality lead for Y at Z CCG, about the CCG's
    plans for community services in the south of the county': the apposition ends at the comma
    after its last body; a long clause after it no longer hides both posts."""
    text = ("At its May meeting the Town Council heard from Dr Imelda Ledbury-Fox, GP partner at Station Road "
            "Surgery and locality lead for South Harford at NHS Harford Clinical Commissioning Group, about the "
            "CCG's plans for community services in the south of the county.\n")
    got = post_triples(extract(parse(text)))
    assert {("Imelda Ledbury-Fox", "Station Road Surgery", "gp partner"),
            ("Imelda Ledbury-Fox", "NHS Harford Clinical Commissioning Group",
             "locality lead for south harford")} <= got, got


def test_a_breadcrumb_a_regulations_title_and_an_illness_are_no_bodies(parse):
    """'Home > Council and Democracy > Meetings', '(Flexibility of Local Authority and Police and
    Crime Panel Meetings)', 'the COVID-19 pandemic', 'Telehealth for COPD': no bodies."""
    text = ("Home > Council and Democracy > Meetings, agendas and minutes > Decisions\n\nHarford Council agreed to "
            "renew the agreement during the COVID-19 pandemic and to fund Telehealth for COPD patients.\n\n"
            "(Remote meeting held under the Local Authorities (Coronavirus) (Flexibility of Local Authority and "
            "Police and Crime Panel Meetings) (England and Wales) Regulations 2020)\n")
    orgs = set(extract(parse(text)).organisations)
    assert "Harford Council" in orgs, orgs
    assert not [o for o in orgs if ">" in o or o.endswith("Meetings") or o in {"COVID-19", "COPD"}], orgs


def test_a_meeting_and_an_awards_tables_category_are_no_bodies(parse):
    """'Meeting: Board Meeting', 'Full Council: 17 July, 7pm', and the category cell of an awards
    table ('Improving Care with Technology') are no bodies."""
    text = ("Harford Council\n\nMeeting:    Board Meeting\nFull Council: 17 July, 18 September, 7pm, Guildhall\n\n"
            "RESULT | AWARDS | CATEGORY | PROJECT (ENTRANT)\n"
            "Highly commended | Harford Care Awards 2013 | Improving Care with Technology | Telehealth (Dunmore "
            "Teaching Hospitals NHS Foundation Trust)\n")
    orgs = set(extract(parse(text)).organisations)
    assert "Dunmore Teaching Hospitals NHS Foundation Trust" in orgs, orgs
    assert not {"Board Meeting", "Full Council", "Improving Care with Technology"} & orgs, orgs


def test_a_charitys_branch_over_two_places_joined_by_an_ampersand(parse):
    """'Age UK Harford Dunmore & Wexley and the town's two GP practices': the branch's area is
    'Dunmore & Wexley', one name; 'Healthwatch A & Healthwatch B' stay two."""
    text = ("Its founding members are the Town Council, Age UK Harford Dunmore & Wexley and the town's two GP "
            "practices. Healthwatch Harford & Healthwatch Dunmore welcomed it.\n")
    orgs = set(extract(parse(text)).organisations)
    assert {"Age UK Harford Dunmore & Wexley", "Healthwatch Harford", "Healthwatch Dunmore"} <= orgs, orgs


def test_a_persons_category_named_after_another_body_is_not_the_bodys(parse):
    """'..., and Dr A, a lecturer in the School of Nursing, has been highly commended as Dementia
    Educator of the Year': a category for a person ('Educator', 'Volunteer', 'Champion' of the
    Year too) is no body's, wherever in the sentence the person stands."""
    text = ("Separately, the Harford Centre has awarded its Gold design accreditation to Dunmore Hospice for the "
            "design of its refurbished in-patient unit, and Dr Morag Thrale, a lecturer in the School of Nursing, "
            "has been highly commended as Dementia Educator of the Year in the Harford Dementia Awards.\n")
    got = {(r, a.lower()) for r, a, o in award_triples(extract(parse(text)))}
    assert not [r for r, a in got if a == "dementia educator of the year" and r != "Morag Thrale"], got


def test_a_style_word_before_a_colon_is_the_post(parse):
    """'Mayor: Cllr A', 'Deputy Mayor: Cllr B' on a council's list: the word that styles a name
    ('Mayor X') is the post when a colon line gives it alone."""
    text = ("HARFORD TOWN COUNCIL\n\nHarford Town Council met in May.\n\nYOUR COUNCILLORS 2017-18\n\n"
            "Mayor: Cllr Rosalind Temmet-Ashworth\nDeputy Mayor: Cllr Desmond Ravenhill-Ilori\n")
    got = candidates(parse, text, "post")
    assert ("Rosalind Temmet-Ashworth", "Harford Town Council", "mayor") in got, got
    assert ("Desmond Ravenhill-Ilori", "Harford Town Council", "deputy mayor") in got, got


def test_our_title_for_a_body_named_after_it_is_that_bodys(parse):
    """A health board's paper: 'Our Chief Officer for the partnership, A, is the lead officer':
    the title is the partnership's (named before as 'the partnership'), not the page's own body's."""
    text = ("NHS Lomond\n\nChair's Report\n\nNHS Lomond delivers adult social care on behalf of Harford Council. "
            "The Harford Health and Social Care Partnership brings together NHS Lomond and Harford Council. "
            "Our Chief Officer for the partnership, Simon Achfield-Holt, is the lead officer to the committee.\n")
    got = post_triples(extract(parse(text)))
    assert ("Simon Achfield-Holt", "Harford Health and Social Care Partnership", "chief officer") in got, got
    assert ("Simon Achfield-Holt", "NHS Lomond", "chief officer") not in got, got


def test_a_year_between_a_title_and_the_copula(parse):
    """'Its chair for 2016 is Dr A': the year the post is held in stands between the title and
    'is'; the title and its body are read as in 'Its chair is Dr A'."""
    text = ("The Harford Research Partnership was formed in 2014. Its chair for 2016 is Dr Marguerite Ballin-Cole, "
            "the PHA's Lead for Allied Health Professions.\n")
    assert ("Marguerite Ballin-Cole", "Harford Research Partnership", "chair") in candidates(parse, text, "post")


def test_a_modified_title_before_a_name_in_commas(parse):
    """"HCC's strategic director for health and social care, Lynette Arkwright, said": a title
    word after modifiers ("strategic") still opens the title that the name in commas holds,
    whatever the tagger made of the name (here a body)."""
    text = ("Harford City Council (HCC) agreed the plan on Tuesday. On the council side, HCC's strategic director "
            "for health and social care, Lynette Arkwright, said social care could not absorb the cost.\n")
    got = candidates(parse, text, "post")
    assert ("Lynette Arkwright", "Harford City Council", "strategic director for health and social care") in got, got
    assert "Lynette Arkwright" not in propose(parse(text)).rule_facts.organisations


def test_places_before_a_plural_acronym_are_each_a_body(parse):
    """"Harford and Wexley IJBs", "Dunmore and Lomond PCTs": a plural abbreviation is worn by
    several bodies, one per place, each the singular expanded."""
    text = ("Harford and Wexley IJBs, which are funded by NHS Lomond, have agreed the plan. "
            "Dunmore and Lomond PCTs, which share a chief executive, will merge next year.\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    for name in ("Harford Integration Joint Board", "Wexley Integration Joint Board",
                 "Dunmore Primary Care Trust", "Lomond Primary Care Trust"):
        assert name in orgs, orgs
    assert not any(name.endswith(("IJBs", "PCTs")) for name in orgs), orgs


def test_a_sentence_opening_preposition_is_no_part_of_a_name(parse):
    """'With CCGs due to be abolished, ...': the capitalised preposition opens the sentence, not
    a body's name."""
    text = ("Harford Council met on Monday. With CCGs due to be abolished, the council will take on "
            "commissioning. \"With PCTs gone, we need a plan,\" the leader said.\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert not any(name.startswith("With") for name in orgs), orgs


def test_a_sederunt_in_columns_and_titles_before_bracketed_names(parse):
    """A council's minutes: 'Aldermen:' and 'Councillors:' over names in columns (indented lines
    under the label continue it) give each the seat; 'In Attendance: Director of X (A), Head of Y
    (B) and Z Officer (C)' gives each officer the title before the bracket, at the council. A
    title after a name keeps its bracketed body ('A, Staff Nurse (Harford Homes)')."""
    text = ("HARFORD BOROUGH COUNCIL\n\nA meeting of the Community Committee was held on 4 September 2024.\n\n"
            "PRESENT:\n\nIn the Chair:     Councillor Ruairi Ballan-Pask\n\n"
            "Aldermen:         Gideon Fennick-Kilby\n                  Orlagh Drumlin (Zoom)\n\n"
            "Councillors:      Bethan Ballyhal         Padraig Killin-Roe\n"
            "                  Marisa Conway-Grey     Tamsin Loughton (Zoom)\n\n"
            "In Attendance:    Director of Community and Wellbeing (Gareth Cotton-Laird), Head of Community and "
            "Culture (Siobhan Whiteley) and Democratic Services Officer (Nuala Craigmore)\n\n"
            "1. APOLOGIES\n\nThere were no apologies.\n\nRunner-up: Bronagh Kenning, Staff Nurse (Harford Homes)\n")
    got = candidates(parse, text, "post")
    council = "Harford Borough Council"
    for person in ("Gideon Fennick-Kilby", "Orlagh Drumlin"):
        assert (person, council, "alderman") in got, got
    for person in ("Bethan Ballyhal", "Padraig Killin-Roe", "Marisa Conway-Grey", "Tamsin Loughton"):
        assert (person, council, "councillor") in got, got
    assert ("Gareth Cotton-Laird", council, "director of community and wellbeing") in got, got
    assert ("Siobhan Whiteley", council, "head of community and culture") in got, got
    assert ("Nuala Craigmore", council, "democratic services officer") in got, got
    assert not any(p == "Harford Homes" for p, _, _ in got), got


def test_brought_together_lists_a_partnerships_members(parse):
    """'The X Partnership Board brought together A, the area's GP federations (B and C) and three
    councils: D and E': the past tense is a member cue like 'brings together'."""
    text = ("The Harford Area Integrated Partnership Board brought together Harford Borough Council, the area's GP "
            "federations (North Harford GP Federation and Wexley GP Federation) and two councils: Wexley City "
            "Council and Dunmore District Council.\n")
    got = candidates(parse, text, "member")
    ruled_members = ruled(parse, text, "member")
    for body in ("Harford Borough Council", "North Harford GP Federation", "Wexley GP Federation",
                 "Wexley City Council", "Dunmore District Council"):
        assert ("Harford Area Integrated Partnership Board", body) in ruled_members, got


def test_the_aipb_refers_back_to_the_area_partnership_board(parse):
    """Northern Ireland's area integrated partnership boards: 'the AIPB' (a kind of body, like 'the
    HSCP') after 'the Harford Area Integrated Partnership Board (AIPB)' is that board."""
    text = ("The Harford Area Integrated Partnership Board (AIPB) was set up in 2022. The AIPB brought together "
            "Harford Borough Council and Wexley City Council.\n")
    got = ruled(parse, text, "member")
    assert ("Harford Area Integrated Partnership Board", "Harford Borough Council") in got, got
    assert ("Harford Area Integrated Partnership Board", "Wexley City Council") in got, got


def test_a_committee_named_by_a_bodys_acronym_is_that_bodys(parse):
    """'Councillor A, Chair of the CHCP Committee' where CHCP is the article's Harford Community
    Health and Care Partnership: the committee is the partnership's own; the post is 'Chair of the
    CHCP Committee' at the partnership, and the committee is no body of its own."""
    text = ("Harford Council and NHS Lomond run the Harford Community Health and Care Partnership (CHCP). "
            "Councillor Ishbel Fairlie-Moran, Chair of the CHCP Committee, said the appointment was welcome.\n")
    proposal = propose(parse(text))
    got = {c.key for c in proposal.candidates if c.kind == "post" and c.rule_confidence}
    assert ("Ishbel Fairlie-Moran", "Harford Community Health and Care Partnership",
            "chair of the chcp committee") in got, got
    assert "CHCP Committee" not in proposal.rule_facts.organisations


def test_chairs_a_long_named_committee_after_a_possessive(parse):
    """'who chairs the council's Health and Wellbeing Overview and Scrutiny Committee': a
    committee's name of seven words after the owner's possessive is still the owner's committee."""
    text = ("Harford County Borough Council agreed the plan. Opposition councillor Gwyn Penrice-Harries, who chairs "
            "the council's Health and Wellbeing Overview and Scrutiny Committee, welcomed the new board.\n")
    assert ("Gwyn Penrice-Harries", "Harford County Borough Council",
            "chair of the health and wellbeing overview and scrutiny committee") in ruled(parse, text, "post")


def test_a_title_of_one_body_and_of_a_neighbouring_one(parse):
    """'chief executive of NHS Harford and of neighbouring NHS Wexley': a post in common; the
    adjective before the second body gives it no title of its own."""
    text = "Annunziata Claxby-Reay, chief executive of NHS Harford and of neighbouring NHS Wexley, said it was welcome.\n"
    got = ruled(parse, text, "post")
    assert ("Annunziata Claxby-Reay", "NHS Harford", "chief executive") in got, got
    assert ("Annunziata Claxby-Reay", "NHS Wexley", "chief executive") in got, got


def test_a_body_a_descriptor_names_is_no_person_anywhere(parse):
    """'set up by the social care charity Turning Tide together with ...' (two words before the
    descriptor), 'Housing provider Hills to Harbour, which ...' ('to' inside the name): each name is
    a body, and so is the same name where the tagger calls it a person ("Turning Tide's manager")."""
    text = ("The scheme was set up in 2008 by the social care charity Turning Tide together with Harford Council "
            "and NHS Harford. Kezia Dyke-Marsh, Turning Tide's Connected Care manager for Harford, said it was a "
            "tribute.\n\nHousing provider Hills to Harbour, which manages 5,800 homes, will join in September.\n")
    proposal = propose(parse(text))
    assert {"Turning Tide", "Hills to Harbour"} <= set(proposal.rule_facts.organisations), proposal.rule_facts.organisations
    assert "Turning Tide" not in proposal.rule_facts.people
    assert ("Kezia Dyke-Marsh", "Turning Tide", "connected care manager for harford") in {
        c.key for c in proposal.candidates if c.kind == "post"}


def test_the_consortium_refers_back_to_a_named_consortium(parse):
    """'The consortium's chair, Dr A' after the Harford GP Commissioning Consortium: 'the consortium'
    refers back to the one consortium named, as 'the partnership' does."""
    text = ("The Harford GP Commissioning Consortium was named a pathfinder in the third wave. The consortium's chair, "
            "Dr Roderick Thurston-Kemp, a GP in Wexley, said the board would work with NHS Harford.\n")
    assert ("Roderick Thurston-Kemp", "Harford GP Commissioning Consortium", "chair") in ruled(parse, text, "post")


def test_a_plural_possessive_inside_a_name(parse):
    """"Harford Carers' Centre joined the Partnership": the plural possessive with a straight
    apostrophe is inside the name, as the curly one is; "NHS Lowlands' Director of ..." before a title
    is the body's possessive, not part of a name."""
    text = ("Before joining the partnership she was a manager with Harford Council. Harford Carers' Centre joined "
            "the Partnership in March. The Chair welcomed Eilidh Renton, who took "
            "up post as NHS Lowlands' Director of Planning.\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert "Harford Carers' Centre" in orgs, orgs
    assert not any("Director" in name for name in orgs), orgs


def test_a_title_before_with_and_a_body_is_no_part_of_its_name(parse):
    """'she was Service Manager for Community Care with Harford Council': the tagger's span
    'Community Care with Harford Council' holds a named body after 'with' and none before it; the
    body is Harford Council ('Harbridge with Dunmore Borough Council' stays one name)."""
    text = ("Cecily Waterford-Ngata has been appointed Director of the partnership. Before joining it in 2009 she was "
            "Service Manager for Community Care with Harford Council. Harbridge with Dunmore Borough Council agreed.\n")
    proposal = propose(parse(text))
    orgs = set(proposal.rule_facts.organisations)
    assert {"Harford Council", "Harbridge with Dunmore Borough Council"} <= orgs, orgs
    assert not any(name.startswith("Community Care") for name in orgs), orgs


def test_the_post_of_a_title_naming_a_kind_of_body(parse):
    """'who takes up the new post of alliance manager': with no appointment announced before, the
    title's own noun ('alliance') names the body, the alliance named before."""
    text = ("The Harford Alliance was awarded the contract by Harford City Council. The alliance will be run day to "
            "day by Dominic Earlsford-Pryce, who takes up the new post of alliance manager in September.\n")
    assert ("Dominic Earlsford-Pryce", "Harford Alliance", "alliance manager") in ruled(parse, text, "post")


def test_a_headless_name_an_award_shortlists_is_a_body(parse):
    """'Wexmoor Connected Living has been shortlisted in ...' and '... said that Lomond Links, the
    befriending scheme which the council runs with X, had been named a finalist': a name with no head
    word that an award shortlists at the start of a sentence or that-clause is an entrant body."""
    text = ("Wexmoor Connected Living has been shortlisted in the Partnership category of the Public Services "
            "Awards. The manager said that Lomond Links, the befriending scheme which the council runs with "
            "Harford Community Network, had been named a finalist in the Best Community Initiative category.\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert {"Wexmoor Connected Living", "Lomond Links"} <= orgs, orgs


def test_a_line_of_a_body_a_dash_a_name_and_a_title(parse):
    """'- Harford Hospitals NHS Trust – Kathryn Mellor-Ash, director of strategy': the member line's
    body holds the title given after the name."""
    text = ("The partnership's members are:\n- Harford Hospitals NHS Trust – Kathryn Mellor-Ash, director of strategy\n"
            "- Lomond Care NHS Foundation Trust – Leanne Kitching-Hart, divisional director for community services\n")
    got = ruled(parse, text, "post")
    assert ("Kathryn Mellor-Ash", "Harford Hospitals NHS Trust", "director of strategy") in got, got
    assert ("Leanne Kitching-Hart", "Lomond Care NHS Foundation Trust",
            "divisional director for community services") in got, got


def test_names_with_employers_in_brackets_after_an_outcome_label(parse):
    """'Finalists: Colm Garrity (Lomond Care); Wendy Allston (MHA); Bethan Pryderi (Wexley Care)':
    each item of a semicolon list under an outcome label is a person, whatever the tagger made of
    the name (a body, or a body with its bracket)."""
    text = ("Care Home Manager of the Year\nWINNER: Joanne Ferriby, registered manager, Kingsley House, Harford "
            "Healthcare\nFinalists: Colm Garrity (Lomond Care); Wendy Allston (MHA); Bethan Pryderi (Wexley Care)\n")
    facts = propose(parse(text)).rule_facts
    assert {"Colm Garrity", "Wendy Allston", "Bethan Pryderi"} <= set(facts.people), facts.people
    assert not any("Pryderi" in name or "Garrity" in name for name in facts.organisations), facts.organisations


def test_a_title_after_a_noun_and_with_is_not_the_bodys_before(parse):
    """'Partners from the Harford Together project with the Mayor of Harford, Coun A': the title
    starts at 'Mayor' (not 'project with the'), and it is the council's of that place, not the
    project's named before it."""
    text = ("Harford City Council backs the Harford Together project. Caption: Partners from the Harford Together "
            "project with the Mayor of Harford, Coun Barnaby Currie-Ash, and the Mayoress, Carol Currie-Ash.\n")
    got = ruled(parse, text, "post")
    assert ("Barnaby Currie-Ash", "Harford City Council", "mayor") in got, got
    assert not any(title.startswith("project") for _, _, title in got), got


def test_each_finalist_in_a_semicolon_list_of_names_and_employers(parse):
    """'Finalists: A (Lomond Care); B (MHA); C (Wexley Care)' under a person's category: each
    person of the list is a finalist, not only the first."""
    text = ("Harford Care Awards 2021: the results\n\nCare Home Manager of the Year\nWINNER: Joanne Ferriby, "
            "registered manager, Kingsley House, Harford Healthcare\nFinalists: Colm Garrity (Lomond Care); Wendy "
            "Allston (MHA); Bethan Pryderi (Wexley Care)\n")
    got = ruled(parse, text, "award")
    for person in ("Colm Garrity", "Wendy Allston", "Bethan Pryderi"):
        assert any(key[0] == person for key in got), got


def test_her_vice_chair_is_vice_chair_of_the_body_she_chairs(parse):
    """'B was elected chair of the X Board ... Her vice chair is Professor A, ...': A is vice chair
    of the body the one 'her' points back to chairs (an honorific may stand before the name)."""
    text = ("Cllr Morfudd Coity-Bassett, Harford County Borough Council's cabinet member for adult social care, was "
            "elected chair of the Western Vale Regional Partnership Board at its first meeting. Her vice chair is "
            "Professor Anwen Penrice-Rhys, a non-executive director of Harford University Health Board.\n")
    assert ("Anwen Penrice-Rhys", "Western Vale Regional Partnership Board", "vice chair") in ruled(parse, text, "post")


def test_a_second_title_after_and_its_is_at_the_body_just_named(parse):
    """'A, a non-executive director of X and its vice chair': the second title is X's."""
    text = "Professor Anwen Penrice-Rhys, a non-executive director of Harford University Health Board and its vice chair, spoke.\n"
    got = ruled(parse, text, "post")
    assert ("Anwen Penrice-Rhys", "Harford University Health Board", "vice chair") in got, got


def test_its_plural_title_are_a_and_b_gives_each_the_seat(parse):
    """'Its new practice manager board members are A, ..., and B, ...': each person named holds the
    seat, in the singular, at the body 'its' stands for."""
    text = ("The Harford GP Commissioning Consortium was named a pathfinder. Its new practice manager board members "
            "are Delyth Hoyland-Brand, business manager at a practice in Wexley, and Osric Leeson-Tate, who has "
            "managed a practice for 14 years.\n")
    got = ruled(parse, text, "post")
    for person in ("Delyth Hoyland-Brand", "Osric Leeson-Tate"):
        assert (person, "Harford GP Commissioning Consortium", "practice manager board member") in got, got


def test_the_aged_apposition_gives_the_person_named_before_a_former_post(parse):
    """'The 46-year-old, a former consultant in public health at NHS Wexley, said': the age stands
    for the person named before, who held the apposition's title there."""
    text = ("Dr Lorcan Fenwick-Mallory will become director of health and wellbeing for Harford Borough Council "
            "from November 1. The 46-year-old, a former consultant in public health at NHS Wexley, said the gap "
            "was not closing.\n")
    got = ruled(parse, text, "post")
    assert ("Lorcan Fenwick-Mallory", "NHS Wexley", "consultant in public health") in got, got


def test_part_of_the_x_cluster_with_y(parse):
    """'NHS Harford, the primary care trust, which is part of the NHS Lomond cluster with NHS
    Wexley': a body the text calls a cluster is a partnership, and the trusts are its members."""
    text = ("The contract was awarded by NHS Harford, the primary care trust, which is part of the NHS Lomond "
            "cluster with NHS Wexley.\n")
    proposal = propose(parse(text))
    assert proposal.rule_facts.organisations["NHS Lomond"].kind == "Partnership"
    got = {c.key for c in proposal.candidates if c.kind == "member" and c.rule_confidence}
    assert {("NHS Lomond", "NHS Harford"), ("NHS Lomond", "NHS Wexley")} <= got, got


def test_one_of_three_finalists_after_a_which_clause(parse):
    """'The Harford Community Resource Team, which is run jointly by the council and the health
    board, is one of three finalists in ...': the team (no head word) is an entrant body, without
    the sentence's 'The', and a partnership of the two bodies that run it."""
    text = ("Harford County Borough Council and Harford University Health Board agreed. The Harford Community "
            "Resource Team, which is run jointly by the council and the health board, is one of three finalists in "
            "the Integrating Health and Social Care category of the NHS Wales Awards 2016.\n")
    proposal = propose(parse(text))
    assert "Harford Community Resource Team" in proposal.rule_facts.organisations, proposal.rule_facts.organisations
    members = {c.key for c in proposal.candidates if c.kind == "member" and c.rule_confidence}
    assert ("Harford Community Resource Team", "Harford County Borough Council") in members, members


def test_to_inside_a_name_after_a_facility_word(parse):
    """'The Harford Hospital to Home Alliance': 'to' carries the name on past a facility's head
    word to the body's head; 'from Harford City Council to Wexley Borough Council' stays two."""
    text = ("The Harford Hospital to Home Alliance was awarded the contract by Harford City Council. She moved from "
            "Harford City Council to Wexley Borough Council in 2010.\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert {"Harford Hospital to Home Alliance", "Harford City Council", "Wexley Borough Council"} <= orgs, orgs


def test_addresses_papers_and_service_words_are_no_people(parse):
    """'Harford Spa', 'Owton Manor', 'the Wexley Gazette', 'Corporate Communications, Harford Council',
    'the Healthy Communities Manager': a last word no surname takes (a street's or a place's kind,
    a paper's, a service's plural or abstract noun) makes no person of what the tagger read as one."""
    text = ("The new hub opens in Harford Spa next month, near the Owton Manor estate, the Wexley Gazette reported. "
            "The Healthy Communities Manager said it would help. Councillor Jo Bellamy-Reid chaired the meeting.\n\n"
            "For media enquiries contact:\nCorporate Communications, Harford Council\n")
    people = set(propose(parse(text)).rule_facts.people)
    assert "Jo Bellamy-Reid" in people, people
    assert not people & {"Harford Spa", "Owton Manor", "Wexley Gazette", "Corporate Communications", "Healthy Communities"}, people


def test_a_road_and_a_press_office_are_no_bodies(parse):
    """'Dr A, GP, Antrim Road' and 'Issued by DoH Press Office': an address and a body's office for
    the press, not bodies of their own."""
    text = ("Chairs of the ICPs:\nNorth Harford – Dr Ciaran Ballan-Burke, GP, Antrim Road\nSouth Harford – Dr Annemarie "
            "Finn-Walsh, Consultant Geriatrician, Harford Health and Social Care Trust\n\nENDS. Issued by DoH Press "
            "Office. Telephone 028 9052 0575.\n\nMedia enquiries: Harford Trust Communications Department\n")
    orgs = set(propose(parse(text)).rule_facts.organisations)
    assert "Harford Health and Social Care Trust" in orgs, orgs
    assert not any(name.endswith(("Road", "Press Office", "Communications Department")) for name in orgs), orgs


def test_one_of_the_areas_to_be_designated_as_an_acronym_or_among_the_first_wave(parse):
    """'X was one of seven areas to be designated as an ICS' and 'X, which was among the first wave
    of integrated care systems named by NHS England' designate X (the acronym spelled out); the
    body that designates and a place the sentence opens with are no recipients."""
    text = ("NHS England confirmed on Thursday that the Harford and Wexley Health and Care Partnership was one of "
            "seven areas in the country to be designated as an ICS from April.")
    assert ("Harford and Wexley Health and Care Partnership", "integrated care system") in candidates(
        parse, text, "award")
    text = ("Ashby is one of five places in the Northvale and Ashby Integrated Care System, which was among the first "
            "wave of integrated care systems named by NHS England in 2017.")
    found = candidates(parse, text, "award")
    assert ("Northvale and Ashby Integrated Care System", "integrated care system") in found, found
    assert not {r for r, _ in found} & {"NHS England", "Ashby"}, found


def test_a_charity_or_company_and_a_council_are_two_bodies(parse):
    """'Tanfield's and Wexmoor Council', 'Brightwell Care and Harford and North Wexley Council': a
    name ending in a possessive or in a word no place ends in (Care, Healthcare, Ltd, UK, ...) before
    'and' is a body of its own, and the council after it another (a joint entry on an awards page);
    'Harford and Wexley Borough Council' and 'Ashby Health and Care Partnership' stay one."""
    text = ("Team of the Year\nGold: Harford and Wexley Borough Council – Home First\n"
            "Silver: Tanfield's and Wexmoor Council – Young Carers Service\n"
            "Finalist: Brightwell Care and Harford and North Wexley Council – Your Care, Your Way\n"
            "Finalist: Ashby Health and Care Partnership – Falls Team\n")
    orgs = set(extract(parse(text)).organisations)
    assert {"Tanfield's", "Wexmoor Council", "Brightwell Care", "Harford and North Wexley Council",
            "Harford and Wexley Borough Council", "Ashby Health and Care Partnership"} <= orgs, orgs
    assert not {"Tanfield's and Wexmoor Council", "Brightwell Care and Harford and North Wexley Council"} & orgs, orgs


def test_a_headless_team_that_won_an_award_is_its_recipient(parse):
    """'The Wexmoor Intermediate Care Team picked up the Integrated Working award': a name with no
    head word that opens the sentence and wins is an entrant body, as one shortlisted is; a person
    who wins stays a person."""
    text = ("The Wexmoor Intermediate Care Team picked up the Integrated Working award at the Care Accolades in "
            "Harford last night. Tom Ruddock won the Lifetime Achievement award.")
    facts = extract(parse(text))
    assert "Wexmoor Intermediate Care Team" in facts.organisations, facts.organisations
    assert ("Wexmoor Intermediate Care Team", "won") in {(a.recipient, a.outcome) for a in facts.awards}, facts.awards
    assert "Tom Ruddock" not in facts.organisations


def test_a_bare_title_in_a_sentence_that_opens_at_a_body(parse):
    """'At X HSCP, the only partnership ..., chief officer A answers to ...': the title is at the
    body the sentence opens with, not at the bodies it names later."""
    text = ("At Harford and Wexley HSCP, the only partnership in the region that covers two council areas, chief "
            "officer Mairi Tolland answers to one integration joint board but to three parent bodies: Harford "
            "Council, Wexley Council and NHS Glenmoor.")
    found = ruled(parse, text, "post")
    assert ("Mairi Tolland", "Harford and Wexley Health and Social Care Partnership", "chief officer") in found, found
    assert not {o for p, o, _ in found if p == "Mairi Tolland"} & {"Harford Council", "Wexley Council", "NHS Glenmoor"}


BILINGUAL_MINUTES = """Bwrdd Iechyd Prifysgol Harford
Harford University Health Board

MINUTES OF THE MEETING OF THE BOARD HELD IN PUBLIC ON WEDNESDAY 3 MAY 2014 AT 10.00 AM

PRESENT:
Mrs Eluned Morfa-Price        Chair
Professor Alun Tregaron       Vice Chair
Mr Gethin Pencarn             Chief Executive

1405/01  WELCOME AND INTRODUCTIONS
The Chair welcomed members and the public to the meeting.
"""


def test_a_bilingual_pages_welsh_name_line_does_not_hide_its_body(parse):
    """A Welsh health board's minutes open with its Welsh name ('Bwrdd Iechyd Prifysgol X') over
    the English one: the page is still the body's own, so the sederunt's bare titles ('Mrs A
    Bell      Vice Chair') are at that body."""
    found = ruled(parse, BILINGUAL_MINUTES, "post")
    assert {("Eluned Morfa-Price", "Harford University Health Board", "chair"),
            ("Alun Tregaron", "Harford University Health Board", "vice chair"),
            ("Gethin Pencarn", "Harford University Health Board", "chief executive")} <= found, found


def test_a_welsh_councils_executive_board_member_is_the_councils_not_a_health_boards(parse):
    """'Executive Board Member for Social Care and Health, Cllr A, said' on a council's page: a
    Welsh council's cabinet title; its "Board" is no reference to a health board named before."""
    text = ("Harford County Council | Cyngor Sir Harford\n\nThe project is run with Wexmoor University Health "
            "Board.\n\nExecutive Board Member for Social Care and Health, Cllr Ieuan Brechfa, said: \"This is exactly "
            "that.\"")
    found = {(p, o) for p, o, _ in ruled(parse, text, "post")}
    assert ("Ieuan Brechfa", "Harford County Council") in found, found
    assert ("Ieuan Brechfa", "Wexmoor University Health Board") not in found, found


def test_a_place_and_the_acronym_a_bracket_defined_name_the_defined_body(parse):
    """'the Harbridge Integrated Care Community (ICC)' then 'The Harbridge ICC is one of eight
    finalists ...': the place and the bracket's acronym are the body, not a second one."""
    text = ("Dr Imogen Whin, a GP, is the new clinical lead of the Harbridge Integrated Care Community (ICC), one of "
            "12 set up across the county.\n\nThe Harbridge ICC is one of eight finalists in the Community Service "
            "Redesign category of the HSJ Awards 2018.")
    facts = extract(parse(text))
    assert "Harbridge ICC" not in facts.organisations, facts.organisations
    assert ("Harbridge Integrated Care Community", "finalist") in {(a.recipient, a.outcome) for a in facts.awards}


def test_an_integrated_care_community_is_a_partnership_of_the_bodies_it_brings_together(parse):
    """'The Harbridge Integrated Care Community brings together A, B and C': an integrated care
    community (a kind of place partnership) has the bodies listed as its members."""
    facts = extract(parse("The Harbridge Integrated Care Community brings together the town's six GP practices, "
                          "Harbridge NHS Foundation Trust, Harbridge Council and Age UK Harbridge."))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert {("Harbridge Integrated Care Community", "Harbridge NHS Foundation Trust"),
            ("Harbridge Integrated Care Community", "Harbridge Council")} <= members, members


def test_it_brings_together_lists_the_members_of_the_partnership_named_before(parse):
    """'... a new Harford Carers' Partnership, which was launched last week. It brings together
    HSCH, Harford Council and Age Scotland Harford': 'it' is the carers' partnership, though a
    health and social care partnership opens the list (as a member)."""
    text = ("The Health and Social Care Harford (HSCH) board met on Monday.\n\nOne of the chief officer's last "
            "projects is a new Harford Carers' Partnership, which was launched at the town hall last week.\n\n"
            "It brings together HSCH, Harford Council and Age Scotland Harford.")
    facts = extract(parse(text))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert {("Harford Carers' Partnership", "Harford Council"),
            ("Harford Carers' Partnership", "Health and Social Care Harford")} <= members, members
    assert ("Health and Social Care Harford", "Harford Council") not in members, members


def test_appointed_its_title_in_the_passive_is_at_the_subject_body(parse):
    """'X has confirmed that Dr A has been appointed its director of primary care and older
    people's services': the post is at X, its title whole."""
    text = ("Meanwhile, the Harford Health and Social Care Trust has confirmed that Dr Aidan Quail has been "
            "appointed its director of primary care and older people's services. He has been acting director "
            "since March.")
    found = ruled(parse, text, "post")
    assert ("Aidan Quail", "Harford Health and Social Care Trust",
            "director of primary care and older people's services") in found, found


def test_a_minutes_numbered_items_after_its_awards_item_are_no_categories(parse):
    """A board's minutes: after '7. AWARDS AND RECOGNITION', the items '8. ANY OTHER BUSINESS',
    '9. DATE OF NEXT MEETING' and '1405/09  DATE OF NEXT MEETING' (a minute's own number) are
    numbered sections, no award categories, whatever the parser makes of their numbers."""
    for number in ("9.", "1405/09 "):
        text = ("Harford Health and Social Care Trust\n\nMinutes of the Trust Board\n\n7. AWARDS AND RECOGNITION\n\n"
                "The Board congratulated:\n\n- the Harford Navigator Service, shortlisted in the Community Partnership "
                "of the Year category of the HSJ Awards 2024.\n\n8. ANY OTHER BUSINESS\n\nThere was no other "
                f"business.\n\n{number} DATE OF NEXT MEETING\n\nThursday 28 November 2024 at 10.00 am, Boardroom, "
                "Trust Headquarters.\n")
        awards = {a for _, a in candidates(parse, text, "award")}
        assert not any("meeting" in a or "business" in a for a in awards), awards


def test_a_service_which_one_body_runs_jointly_with_others_is_their_partnership(parse):
    """'the Harford Navigator Service, which the Trust delivers jointly with A and B': the service
    is a partnership of the body that runs it and the bodies it runs it with."""
    text = ("The Harford Health and Social Care Trust met on Thursday. Mr Teer presented a paper on the Harford "
            "Navigator Service, which the Trust delivers jointly with the Community Development Network and Wexmoor "
            "Borough Council.")
    facts = extract(parse(text))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert {("Harford Navigator Service", "Harford Health and Social Care Trust"),
            ("Harford Navigator Service", "Wexmoor Borough Council")} <= members, members


def test_care_at_home_stays_inside_a_name(parse):
    """'The Harford Care at Home Alliance', 'the Wexmoor Hospital at Home Service': 'at Home' is
    part of a service's name, not the place a service before 'at' is run."""
    facts = extract(parse("The Harford Care at Home Alliance is made up of Harford Homecare, Age UK Harford and "
                          "Wexmoor Healthcare NHS Trust. The Wexmoor Hospital at Home Service will refer patients."))
    assert {"Harford Care at Home Alliance", "Wexmoor Hospital at Home Service"} <= set(facts.organisations), \
        facts.organisations
    assert "Home Alliance" not in facts.organisations


def test_a_paragraph_after_a_bulleted_member_list_ends_the_list(parse):
    """'The X Alliance is made up of:' over bulleted bodies, then a paragraph 'Y, which runs Z
    Hospital, will refer patients to the alliance but is not part of it': Y is no item of the list."""
    text = ("The Harford Care Alliance is made up of:\n\n* Wexmoor Southwest, which will hold the contract\n"
            "* Harford Homecare, which will provide home care\n* Age UK Harford, which will run a settling-in "
            "service\n\nHarford Hospitals NHS Trust, which runs Harford General Hospital, will refer patients to the "
            "alliance but is not part of it.\n")
    listed = {c.key for c in propose(parse(text)).candidates if c.kind == "member" and "wide:member_list" in c.rules}
    assert ("Harford Care Alliance", "Age UK Harford") in listed, listed
    assert ("Harford Care Alliance", "Harford Hospitals NHS Trust") not in listed, listed


def test_a_welsh_name_a_bar_and_the_english_name_are_one_body(parse):
    """'Cyngor Harford Cymru | Harford Council Wales' at the head of a bilingual page: one body,
    named in English."""
    facts = extract(parse("Cyngor Harford Cymru | Harford Council Wales\n\nThe council's cabinet met on Monday."))
    assert "Cyngor Harford Cymru" not in facts.organisations, facts.organisations
    assert "Harford Council Wales" in facts.organisations, facts.organisations


def test_a_day_before_with_opens_no_name(parse):
    """'The board met on Monday with Wexmoor Council': a day the tagger reads as a date is no place
    before 'with' ('Blackburn with Darwen Borough Council' stays one name)."""
    orgs = set(extract(parse("The board met on Monday with Wexmoor Council. Talks began on Friday with Harford "
                             "County Council and Ashby with Wexley Borough Council.")).organisations)
    assert {"Wexmoor Council", "Harford County Council"} <= orgs, orgs
    assert not {o for o in orgs if o.startswith(("Monday", "Friday"))}, orgs


def test_a_department_before_a_comma_is_no_part_of_its_bodys_name(parse):
    """'Issued by: Corporate Communications, Harford Health and Social Care Trust, Harford Area
    Hospital': a department's name, a comma, then its body: the body's name does not take the
    department in ('X, Y and Z ICB' still lists places inside one name)."""
    facts = extract(parse("The trust said the plan was sound.\n\nIssued by: Corporate Communications, Harford Health "
                          "and Social Care Trust, Harford Area Hospital, Londonderry\n"))
    assert "Harford Health and Social Care Trust" in facts.organisations, facts.organisations
    assert not any(o.startswith("Corporate") for o in facts.organisations), facts.organisations


def test_an_nhs_board_a_comma_and_what_is_no_place_list_are_apart(parse):
    """'NHS Harford, Newstead, Melrose TD6 9DB' (an address) and 'the council, NHS Harford, SB Cares
    and X' (bodies listed) part after the board's name; 'NHS Ashby, Black Fell and Wexley ICB'
    (places before 'and' and a head) stays one name."""
    orgs = set(extract(parse("A steering group made up of the council, NHS Harford, SB Cares and Harford Care Voice "
                             "will meet. NHS Ashby, Black Fell and Wexley ICB will fund it.\n\nNHS Harford, Newstead, "
                             "Melrose TD6 9DB\n")).organisations)
    assert {"NHS Harford", "SB Cares", "NHS Ashby, Black Fell and Wexley Integrated Care Board"} <= orgs, orgs
    assert not {o for o in orgs if o.startswith("NHS Harford,")}, orgs


MINUTES_OFFICIALS = """MINUTES OF THE MEETING OF
HARFORD COUNCIL

TUESDAY 14 MAY 2019
COUNCIL CHAMBER, TOWN HOUSE, WEXLEY

Committee Members Present:
Provost Ailsa Quenby-Marr (Convener)
Councillor Tam Drumlithie-Rae

Council Officials Present:
Ms Fenella Ardoch-Vane, Chief Executive
Mr Corin Balloch-Stott, Head of Adult Wellbeing

1. MINUTES FOR APPROVAL

The minutes of the meeting of Harford Council of 2 April 2019 were approved.
"""


def test_officials_present_in_minutes_hold_their_posts_at_the_minuted_body(parse):
    """A council's minutes headed 'MINUTES OF THE MEETING OF' over the council's name: the lines
    'Name, Title' under 'Council Officials Present:' are posts at that council; 'Head of Adult
    Wellbeing' is one title (the service it covers is no body and no person), and the place line
    'TOWN HOUSE, WEXLEY' names no body."""
    facts = extract(parse(MINUTES_OFFICIALS))
    posts = post_triples(facts)
    assert ("Fenella Ardoch-Vane", "Harford Council", "chief executive") in posts, posts
    assert ("Corin Balloch-Stott", "Harford Council", "head of adult wellbeing") in posts, posts
    assert set(facts.organisations) == {"Harford Council"}, facts.organisations
    assert "Adult Wellbeing" not in facts.people, facts.people


def test_a_minute_item_heading_names_no_body(parse):
    """'HPB 16/02  MEMBERSHIP AND TERMS OF REFERENCE' (a minute's item heading: the meeting's
    acronym, the item's number, capitals): neither the acronym nor the heading's words are bodies,
    and the members listed under it stay the board's; a numbered heading that names a body
    ('2. WEXLEY REGIONAL PARTNERSHIP BOARD') keeps it."""
    text = ("HARFORD PUBLIC SERVICE BOARD\n\nMINUTES of the meeting of the Harford Public Service Board held on "
            "Monday 16 May 2016\n\nHPB 16/02  MEMBERSHIP AND TERMS OF REFERENCE\n\nMembers noted that the "
            "statutory members of the Board are Harford County Council, Wexley University Health Board, Mid Vale "
            "Fire and Rescue Service and Natural Resources Wales.\n\n2. WEXLEY REGIONAL PARTNERSHIP BOARD\n\n"
            "The board met in June.\n")
    facts = extract(parse(text))
    assert not {"Membership", "Terms", "HPB"} & set(facts.organisations), facts.organisations
    assert "Wexley Regional Partnership Board" in facts.organisations, facts.organisations
    members = {m for p in facts.partnerships if p.name == "Harford Public Service Board" for m in p.members}
    assert {"Harford County Council", "Wexley University Health Board"} <= members, facts.partnerships


def test_a_name_run_jointly_by_bodies_and_one_that_joins_the_scheme_later(parse):
    """'Good Neighbours, which is run jointly by A, B and C (HRA), is one of four finalists': the
    name (no head word) is a partnership of A, B and C; 'Libraries Wexley joined the scheme in
    June' is a body that joins it."""
    facts = extract(parse("Good Neighbours, which is run jointly by the Harford Health and Social Care Trust, Wexley "
                          "District Council and the Harford Rural Association (HRA), is one of four finalists in the "
                          "Working Together category. Libraries Wexley joined the scheme in June and now hosts a "
                          "weekly drop-in at the town library."))
    members = {m for p in facts.partnerships if p.name == "Good Neighbours" for m in p.members}
    assert {"Harford Health and Social Care Trust", "Wexley District Council", "Harford Rural Association",
            "Libraries Wexley"} <= members, facts.partnerships


def test_bodies_that_appoint_someone_to_a_joint_post_of_a_title_hold_it(parse):
    """'The Council and Wexley University Health Board have appointed A to the new joint post of
    Senior Manager, Integrated Services': the post is at each appointing body, as with 'as'."""
    posts = post_pairs(extract(parse("Harford County Council and Wexley University Health Board have appointed Jo "
                                     "Brannigan-Yale to the new joint post of Senior Manager, Integrated Services. "
                                     "She will start on 1 November.")))
    assert {("Jo Brannigan-Yale", "Harford County Council"),
            ("Jo Brannigan-Yale", "Wexley University Health Board")} <= posts, posts


def test_a_second_title_of_another_things_field_is_not_the_owners(parse):
    """'Dr A, the HSCB's Director of Commissioning and chair of the programme's steering group': the
    board's post is 'Director of Commissioning'; the chair is the programme's steering group's."""
    posts = post_triples(extract(parse("The Harford Care Programme was set up by Harford Council with the Health and "
                                       "Social Care Board (HSCB) and the Public Health Agency. Dr Philippa Kellow-Ross, "
                                       "the HSCB's Director of Commissioning and chair of the programme's steering "
                                       "group, said it was a good example.")))
    assert ("Philippa Kellow-Ross", "Health and Social Care Board", "director of commissioning") in posts, posts
    assert not {p for p in posts if p[1] == "Health and Social Care Board" and "chair" in p[2]}, posts


def test_a_body_chaired_jointly_by_two_people_has_two_co_chairs(parse):
    """'The Board is chaired jointly by the Leader of the Council, Cllr A, and Dr B': each is a
    co-chair of the board the sentence points back to (a precise rule proposes both)."""
    text = ("The Harford Place Board met on Monday. The Board is chaired jointly by the Leader of the Council, Cllr Tam "
            "Brinsley-Hale, and Dr Helen Maltby-Crow, a GP in Swinton.")
    by_rules = ruled(parse, text, "post")
    assert {("Tam Brinsley-Hale", "Harford Place Board", "co-chair"),
            ("Helen Maltby-Crow", "Harford Place Board", "co-chair")} <= by_rules, by_rules


def test_headlines_under_related_posts_are_no_award_entries(parse):
    """A story of a shortlisting, then 'Related posts' over other stories' headlines: the
    headlines are no entries of an award called 'Related posts'."""
    facts = extract(parse("Harford Good Neighbours has been shortlisted for the Working Together award at the Advancing "
                          "Healthcare Awards 2017.\n\nShare this: Facebook | Twitter | Email\n\nRelated posts\n\n"
                          "Wexley road works to begin in spring\nHarford Council hall gets funding boost\n"))
    assert not {a for a in facts.awards if "related" in a.award.lower()}, facts.awards


def test_a_minutes_decision_label_is_no_award_category(parse):
    """Council minutes that congratulate a team on an award, then an item whose 'Decision' label
    stands over 'The Council agreed:': 'Decision' is no award category of the bodies named below."""
    text = ("2. PROVOST'S ANNOUNCEMENTS\n\nThe Provost congratulated the Council's Home First team, which had been "
            "Highly Commended in the Tackling Inequalities category of the COSLA Excellence Awards 2013.\n\n"
            "3. APPOINTMENT OF JOINT DIRECTOR\n\nA report was submitted by the Chief Executive.\n\nDecision\n\n"
            "The Council agreed:\n(i) to create the joint post with NHS Wexley; and\n(ii) to ask Harford Council "
            "to take part.\n")
    facts = extract(parse(text))
    assert not {a for a in facts.awards if a.award.lower() == "decision"}, facts.awards


def test_an_nhs_board_and_a_voluntary_group_are_two_bodies(parse):
    """'set up by NHS Harford and Wexley Voluntary Group (WVG)': an NHS board's name ends before
    'and' when a voluntary body's whole name follows (no NHS body's name ends in 'Voluntary Group')."""
    orgs = set(extract(parse("The scheme was set up in 2016 by NHS Harford and Wexley Voluntary Group (WVG). "
                             "Volunteers meet patients at home.")).organisations)
    assert {"NHS Harford", "Wexley Voluntary Group"} <= orgs, orgs


def test_a_listed_name_with_and_inside_stays_whole(parse):
    """'brings together the Harford Council, NHS Harford, Highvale and Islands Enterprise and HVG':
    one word before 'and' and a name of two words after it are one name (not 'Islands
    Enterprise')."""
    orgs = set(extract(parse("Harford Voluntary Group (HVG) runs the scheme. The partnership brings together the "
                             "Harford Council, NHS Harford, Police Scotland, Highvale and Islands Enterprise and "
                             "HVG.")).organisations)
    assert "Highvale and Islands Enterprise" in orgs, orgs
    assert "Islands Enterprise" not in orgs, orgs


def test_a_team_of_the_trust_shortlisted_is_no_body_of_its_own(parse):
    """'The Trust's Primary Care Mental Health Team has been shortlisted': 'Trust's ...' is the team
    of the trust the page is about, no body named "Trust's Primary Care Mental Health Team"."""
    facts = extract(parse("Harford Care NHS Foundation Trust\n\nChief Executive's Report\n\n4.1 The Trust's Primary "
                          "Care Mental Health Team has been shortlisted in the Mental Health Innovation of the Year "
                          "category of the HSJ Awards 2017. Winners will be announced in London in November.\n"))
    assert not {o for o in facts.organisations if o.startswith("Trust")}, facts.organisations


def test_she_after_her_predecessor_is_named_is_the_woman_the_story_is_about(parse):
    """'Dr A has been interim chief officer since March, when her predecessor, Graham B, left ...
    Her post is held jointly: she will also be Director of X for both C and D': 'she' is Dr A,
    not the predecessor named last."""
    text = ("Members of Harford Integration Joint Board on Wednesday confirmed Dr Isla Kenmore-Grant as chief officer "
            "of Harford Health and Social Care Partnership.\n\nDr Kenmore-Grant has been interim chief officer since "
            "March 2024, when her predecessor, Graham Logiemoor, left to become chief executive of NHS Wexley.\n\n"
            "Her post is held jointly: she will also be Director of Integrated Health and Social Care for both "
            "Harford Council and NHS Harford.")
    pairs = {key[:2] for key in ruled(parse, text, "post")}
    assert {("Isla Kenmore-Grant", "Harford Council"), ("Isla Kenmore-Grant", "NHS Harford")} <= pairs, pairs
    assert not {("Graham Logiemoor", "Harford Council"), ("Graham Logiemoor", "NHS Harford")} & pairs, pairs


def test_a_title_ends_at_a_comma_before_a_pronoun_subject(parse):
    """'Before joining in 2021 as head of adult social work, she spent seven years at X': the
    title is 'head of adult social work'; the clause after the comma is no part of it."""
    text = ("Dr Isla Kenmore-Grant was confirmed as chief officer of Harford Health and Social Care Partnership. "
            "Before joining the partnership in 2021 as head of adult social work, she spent seven years at Ashby "
            "Council, latterly as its chief social work officer.")
    titles = {key[2] for key in candidates(parse, text, "post") if key[0] == "Isla Kenmore-Grant"}
    assert "head of adult social work" in titles, titles
    assert not {t for t in titles if "she" in t.split()}, titles


def test_a_bare_title_in_prose_on_a_bodys_own_report_is_at_that_body(parse):
    """A health board's own board report: 'Until then, Mr A, Assistant Director of Operations,
    will continue to act' gives the post at the board the page is about (a precise rule); 'Dr B,
    GP in Wexley, said' (a place in the title) does not."""
    text = ("Harford University Health Board\n\nBOARD MEETING - 25 JULY 2013\n\n2.1 Until then, Mr Aled Cimlow-Rowe, "
            "Assistant Director of Operations, will continue to act in the role. Dr Ann Pellow, GP in Wexley, said the "
            "plan was sound.")
    by_rules = ruled(parse, text, "post")
    assert ("Aled Cimlow-Rowe", "Harford University Health Board", "assistant director of operations") in by_rules, by_rules
    assert not {k for k in by_rules if k[0] == "Ann Pellow"}, by_rules


def test_a_surname_with_a_particle_is_the_person_named_in_full(parse):
    """'Gwenllian Ap Tomos ... Mrs Ap Tomos was previously head of adult services at X': the
    short form (a particle and a surname) is the same person, not a second one."""
    facts = extract(parse("Its new programme director, Gwenllian Ap Tomos, is employed by Harford County Borough "
                          "Council on behalf of all six partners. Mrs Ap Tomos was previously head of adult services at "
                          "Wexley County Borough Council."))
    assert "Ap Tomos" not in facts.people, facts.people
    assert ("Gwenllian Ap Tomos", "Wexley County Borough Council") in post_pairs(facts), facts.posts


def test_a_standard_awarded_at_a_level_is_a_designation(parse):
    """'The Health Board has been awarded the Wellbeing at Work Standard at Silver level by the
    Welsh Government' and 'the council's X service has achieved Gold level in the Carers Charter
    scheme': designations of the body before the verb, the standard's or scheme's name the award."""
    facts = extract(parse("Harford University Health Board\n\nBOARD MEETING\n\n(c) The Health Board has been awarded "
                          "the Wellbeing at Work Standard at Silver level by the Welsh Government, in recognition of its "
                          "staff programme. Separately, the council's Front Door service, run with Harford County "
                          "Council staff, is growing. Harford County Council has also achieved Gold level in the "
                          "Carers Charter scheme."))
    got = award_triples(facts)
    assert ("Harford University Health Board", "Wellbeing at Work Standard", "designated") in got, facts.awards
    assert ("Harford County Council", "Carers Charter", "designated") in got, facts.awards


def test_a_name_never_ends_with_a_preposition(parse):
    """'Cabinet Member for [Adult Social Care at] Wexley County Borough Council': where the tagger
    reads a remit and the preposition after it as ORG, the span is not a body (a name ends with
    a head or a place, never with 'at')."""
    from kg.extract import lexicon
    from kg.extract.organisations import org_spans_from_ner

    doc = parse("The board is chaired by Councillor Eirwen Tylorsby, Cabinet Member for Adult Social Care at "
                "Wexley County Borough Council.")
    at = next(t.i for t in doc if t.text == "at")
    council = next(t.i for t in doc if t.text == "Wexley")
    doc.set_ents([doc.char_span(doc[at - 3].idx, doc[at].idx + 2, label="ORG"),
                  doc.char_span(doc[council].idx, len(doc.text) - 1, label="ORG")])
    spans = [doc[s:e].text for s, e in org_spans_from_ner(doc, lexicon.load())]
    assert "Wexley County Borough Council" in spans, spans
    assert not [s for s in spans if s.split()[-1] == "at"], spans


def test_the_body_that_announces_the_winners_is_no_entrant(parse):
    """'The Society for Public Service Standards will announce the winners at a ceremony': the
    organiser naming the results is not among them; the finalist before it keeps its place."""
    facts = extract(parse("Harford Home First, which is run jointly by Harford County Council and Wexley NHS Trust, "
                          "is one of five finalists in the Best Collaborative Working category of the Public Service "
                          "Awards 2020. The Society for Public Service Standards will announce the winners at a "
                          "virtual ceremony on 10 December."))
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Harford Home First", "finalist") in got, facts.awards
    assert not [a for a in facts.awards if a.recipient == "Society for Public Service Standards"], facts.awards


def test_a_service_named_at_home_keeps_its_first_word(parse):
    """'Safer at Home Harbury, which is run jointly by A and B, is one of five finalists': the
    service's name opens with the word before 'at Home', even at the start of a sentence."""
    facts = extract(parse("Safer at Home Harbury, which is run jointly by Harford County Council and Wexley NHS Trust, "
                          "is one of five finalists in the Best Collaborative Working category of the Public Service "
                          "Awards 2020."))
    assert "Safer at Home Harbury" in facts.organisations, facts.organisations
    assert "Home Harbury" not in facts.organisations, facts.organisations
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Safer at Home Harbury", "finalist") in got, facts.awards


def test_one_of_the_projects_on_the_shortlist_is_a_shortlisted_body(parse):
    """'Moving Well Harbury is one of five projects on the shortlist in the X category': a scheme
    with no head word of its own that an award shortlists is a body, and shortlisted."""
    facts = extract(parse("Moving Well Harbury is one of five projects on the shortlist in the Partnership Working "
                          "category of the Public Service Awards 2010. The scheme was launched in 2008 by Harford "
                          "District Council and the Wexley Health and Social Care Trust."))
    assert "Moving Well Harbury" in facts.organisations, facts.organisations
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Moving Well Harbury", "shortlisted") in got, facts.awards


def test_the_programme_launched_by_bodies_after_a_partnership_with_members(parse):
    """The same reading when a partnership with members of its own was named before: the members
    already found are strings, and the scheme is still the headless body named last."""
    facts = extract(parse("The Harford Care Partnership brings together Harford Council, Wexley NHS Trust and Harford "
                          "Voluntary Action.\n\nMoving Well Harbury is one of five projects on the shortlist in the "
                          "Partnership Working category of the Public Service Awards 2010.\n\nThe programme was "
                          "launched in 2008 by Harford District Council and the Wexley Health and Social Care Trust."))
    members = {m for p in facts.partnerships if p.name == "Moving Well Harbury" for m in p.members}
    assert {"Harford District Council", "Wexley Health and Social Care Trust"} <= members, facts.partnerships


def test_a_charity_branch_and_the_body_after_it_are_two(parse):
    """'Age Concern Harford and the Harford Pensioners Forum came on board': a national charity's
    branch before 'and the' is a body of its own, not the first places of one long name."""
    facts = extract(parse("Age Concern Harford and the Harford Pensioners Forum joined the partnership this spring."))
    assert {"Age Concern Harford", "Harford Pensioners Forum"} <= set(facts.organisations), facts.organisations


def test_the_programme_launched_by_bodies_is_the_one_named_before(parse):
    """'X is one of five projects on the shortlist ... The programme was launched in 2008 by A and
    B. C joined as a partner ..., and D and E came on board this spring': 'the programme' is the
    scheme named just before, a partnership of all five."""
    facts = extract(parse("Moving Well Harbury is one of five projects on the shortlist in the Partnership Working "
                          "category of the Public Service Awards 2010.\n\nThe programme was launched in 2008 by "
                          "Harford District Council and the Wexley Health and Social Care Trust. The Regional Health "
                          "Agency joined as a partner when it was set up in April last year, and Age Concern Harford "
                          "and the Harford Pensioners Forum came on board this spring."))
    members = {m for p in facts.partnerships if p.name == "Moving Well Harbury" for m in p.members}
    assert {"Harford District Council", "Wexley Health and Social Care Trust"} <= members, facts.partnerships
    assert {"Age Concern Harford", "Harford Pensioners Forum"} <= members, facts.partnerships


def test_a_body_after_a_title_in_an_attendance_table_is_a_body(parse):
    """'Marigold Pimley<gap>Director of Public Health, Public Health Harford': in a minutes' table
    of names and posts, the name after the title's comma is the body the person sits for, head
    word or not, whether or not the tagger saw the person."""
    facts = extract(parse("OUR HARFORD PARTNERSHIP\n\nMINUTES OF THE MEETING HELD ON THURSDAY 29 SEPTEMBER 2022\n\n"
                          "Present:\n\nCllr Peregrine Ashcombe     Leader, Harford Council (Chair)\n"
                          "Tobias Sturby               Chief Executive, NHS Harford\n"
                          "Marigold Pimley             Director of Public Health, Public Health Harford\n"
                          "Anjali Shilby               Manager, Healthwatch Harford\n"))
    assert "Public Health Harford" in facts.organisations, facts.organisations
    assert ("Marigold Pimley", "Public Health Harford") in post_pairs(facts), facts.posts


def test_a_shortlisted_service_run_jointly_by_bodies_is_their_partnership(parse):
    """'The Harford Virtual Ward, run jointly by A, B and C, has been shortlisted in the X
    category': the service the award shortlists is a body with no head word of its own, and a
    partnership of the bodies that run it."""
    facts = extract(parse("The Harford Virtual Ward, run jointly by Harford Primary Care Trust, Harford Council and "
                          "Wexley Community Health NHS Trust, has been shortlisted in the Managing Long Term Conditions "
                          "category of the Health Service Journal Awards 2012."))
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Harford Virtual Ward", "shortlisted") in got, facts.awards
    members = {m for p in facts.partnerships if p.name == "Harford Virtual Ward" for m in p.members}
    assert {"Harford Council", "Wexley Community Health NHS Trust"} <= members, facts.partnerships


def test_an_awards_table_with_award_and_entry_columns(parse):
    """'Award | Category | Result | Entry': the 'Award' column beside a 'Category' one names the
    scheme, and the 'Entry' cell ('Project - Body', 'Project - joint entry, A and B') names the
    bodies after its dash, or the body alone."""
    facts = extract(parse("Harford Council\n\nAwards and recognition\n\nOur staff and partners have been recognised "
                          "nationally.\n\nAward | Category | Result | Entry\n"
                          "Public Service Awards 2025 | Health and Social Care | Winner | Link Workers - Harford Care Partnership\n"
                          "Civic Journal Awards 2025 | Care and Health Integration | Winner | Discharge Hub - joint entry, "
                          "Harford Council and Wexley Hospitals NHS Trust\n"
                          "Civic Journal Awards 2025 | Workforce Transformation | Finalist | Harford Council\n"))
    got = award_triples(facts)
    assert ("Harford Care Partnership", "Health and Social Care", "won") in got, facts.awards
    assert ("Harford Council", "Care and Health Integration", "won") in got, facts.awards
    assert ("Wexley Hospitals NHS Trust", "Care and Health Integration", "won") in got, facts.awards
    assert ("Harford Council", "Workforce Transformation", "finalist") in got, facts.awards
    assert not [a for a in facts.awards if "Awards" in a.award], facts.awards


def test_a_body_that_joined_the_collaborative_it_names_again_is_a_member(parse):
    """'Harford Homes joined in April this year, when the collaborative began delivering food':
    'the collaborative' later in the sentence is the partnership that body joined, not a second
    subject that stops the reading."""
    facts = extract(parse("The Harford Carers Collaborative was one of four finalists in the Partnership of the Year "
                          "category. The collaborative was formed in 2018 by Harford Council, Harford Carers Centre and "
                          "Wexley Voluntary Action. Wexley Valley Homes joined in April this year, when the collaborative "
                          "began delivering food parcels to carers shielding at home."))
    members = {m for p in facts.partnerships if p.name == "Harford Carers Collaborative" for m in p.members}
    assert "Wexley Valley Homes" in members, facts.partnerships


def test_a_name_spelt_out_before_its_acronym_is_a_body(parse):
    """'Third Sector Harford and Wexley (TSHW)': capitalised words whose initials make the
    bracketed acronym after them name one body, head word or not (not a person's initials in
    minutes, 'Jo Bell (JB)', nor a plan's, 'Local Outcomes Improvement Plan (LOIP)')."""
    facts = extract(parse("The network was formed in March by Harford Council, Third Sector Harford and Wexley (TSHW) "
                          "and Harford Housing Partnership (HHP). Its work follows the Local Outcomes Improvement Plan "
                          "(LOIP). The Integrated Care System (ICS) and the Board's Local Commissioning Group (LCG) "
                          "met in May with the Harford Intelligence and Insight Unit (HiiU). Present: Jo Bell (JB), Chair."))
    assert "Third Sector Harford and Wexley" in facts.organisations, facts.organisations
    assert "Harford Intelligence and Insight Unit" in facts.organisations, facts.organisations
    assert not [o for o in facts.organisations if "Plan" in o or o in {"Jo Bell", "JB", "LOIP"}], facts.organisations
    assert not {"Integrated Care System", "Local Commissioning Group"} & set(facts.organisations), facts.organisations


def test_the_network_points_back_to_the_network_named_before(parse):
    """'The Harford Community Support Network is one of four finalists ... The network's
    co-ordinator, A, is employed by B': 'the network' is the named network, as 'the
    partnership' and 'the collaborative' are."""
    facts = extract(parse("The Harford Community Support Network is one of four finalists in the Community Led "
                          "Regeneration category. The network was formed in March by Harford Council and Wexley "
                          "Voluntary Action. The network's co-ordinator, Ailsa Kirby, is employed by Wexley Voluntary "
                          "Action on behalf of the partners."))
    assert ("Ailsa Kirby", "Harford Community Support Network") in post_pairs(facts), facts.posts


def test_a_title_whose_field_follows_a_dash_keeps_it(parse):
    """'Corporate Director – Social Services and Wellbeing, Bethan Brynby, said': a bare title
    with no field of its own goes on after a spaced dash with its field in capitals (not 'head of
    integration - a role she never held', where the dash opens an aside)."""
    text = ("Harford County Borough Council\n\nHome > News\n\nNew head of adult social care\n\n"
            "The council has confirmed the appointment of Gwen Ogby as Head of Adult Social Care.\n\n"
            "Corporate Director – Social Services and Wellbeing, Bethan Brynby, said: \"I am delighted.\"\n\n"
            "Carys Pell, head of integration - a role she never held - left in May.")
    by_rules = ruled(parse, text, "post")
    assert ("Bethan Brynby", "Harford County Borough Council", "corporate director – social services and wellbeing") \
        in by_rules, by_rules
    assert not [k for k in by_rules if k[0] == "Carys Pell" and "role" in k[2]], by_rules


def test_a_team_after_a_bodys_possessive_is_that_body_in_an_award(parse):
    """'The council's own Leisure Services team was a finalist in the Best Sports, Leisure and
    Cultural Service category': the team is the council's, so is the result; a category's name
    may hold a comma."""
    facts = extract(parse("Harford District Council has backed the Moving Well Harbury scheme since 2008.\n\n"
                          "The council's own Leisure Services team was a finalist in the Best Sports, Leisure and "
                          "Cultural Service category at September's Public Service Awards."))
    got = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert ("Harford District Council", "best sports, leisure and cultural service", "finalist") in got, facts.awards
    assert "Leisure Services" not in facts.organisations, facts.organisations
    facts = extract(parse("Harford District Council runs the service. Last year the council's Annandale and Eskdale care "
                          "at home team was highly commended in the Integrated Care category of the Health Awards 2019."))
    assert "Annandale and Eskdale" not in facts.organisations, facts.organisations


def test_a_pronoun_clause_after_a_semicolon_gives_the_person_a_post(parse):
    """'The CCG has appointed Trevor Seaby as its Chief Finance Officer; he is currently Deputy
    Director of Finance at X': the clause after the semicolon is about the person just named."""
    facts = extract(parse("NHS Harford CCG is chaired by Dr Harriet Ains. The CCG has appointed Trevor Seaby as its "
                          "Chief Finance Officer; he is currently Deputy Director of Finance at Harford Primary Care "
                          "Trust."))
    assert ("Trevor Seaby", "Harford Primary Care Trust", "deputy director of finance") in post_triples(facts), facts.posts


def test_the_meeting_chair_on_a_councils_site_chairs_the_minuted_body(parse):
    """Minutes of a partnership on a council's site ('Harford Council' on the first line):
    'Cllr A<gap>Leader, Harford Council (Chair)' chairs the partnership the minutes are of, not
    the council the page belongs to."""
    facts = extract(parse("Harford Council\nCommittee meetings > Our Harford Partnership > Thursday 29 September 2022\n\n"
                          "OUR HARFORD INTEGRATED CARE PARTNERSHIP\n\n"
                          "MINUTES OF THE INAUGURAL MEETING HELD ON THURSDAY 29 SEPTEMBER 2022\n\nPresent:\n\n"
                          "Cllr Peregrine Ashcombe     Leader, Harford Council (Chair)\n"
                          "Tobias Sturby               Chief Executive, NHS Harford (Vice-Chair)\n"
                          "Anjali Shilby               Manager, Healthwatch Harford\n\nICP/22/01 Welcome\n\n"
                          "The Chair welcomed everyone to the first meeting of the Partnership.\n"))
    got = post_triples(facts)
    assert ("Peregrine Ashcombe", "Harford Integrated Care Partnership", "chair") in got, facts.posts
    assert ("Tobias Sturby", "Harford Integrated Care Partnership", "vice-chair") in got, facts.posts
    assert ("Peregrine Ashcombe", "Harford Council", "leader") in got, facts.posts


def test_a_pronoun_subject_before_a_named_predecessor_keeps_its_predicate(parse):
    """'She is currently Group Manager for Integrated Community Services and succeeds Ieuan Coity':
    the clause before the person named later is about the one 'she' points back to, at the body
    the page is about."""
    by_rules = ruled(parse, "Harford County Borough Council | News\n\nNew head of adult social care\n\n"
                            "Harford County Borough Council has confirmed the appointment of Gwen Ogby as Head of Adult "
                            "Social Care from 4 January 2021. She is currently Group Manager for Integrated Community "
                            "Services and succeeds Ieuan Coity, who is retiring after 31 years with the authority.",
                     "post")
    assert ("Gwen Ogby", "Harford County Borough Council", "group manager for integrated community services") \
        in by_rules, by_rules
    assert not [k for k in by_rules if k[0] == "Ieuan Coity" and "group manager" in k[2]], by_rules


def test_bodies_that_joined_later_or_came_on_board_are_members(parse):
    """'Age Concern Wexley joined a year later to run its volunteer service, and Harford Voluntary
    Action came on board this spring': both join the partnership named before."""
    facts = extract(parse("The Harford Care Collaborative was formed in 2018 by Harford County Council, Wexley County "
                          "Council and Harford University Health Board. Age Concern Wexley joined a year later to run "
                          "its volunteer service, and Harford Voluntary Action came on board this spring."))
    members = {m for p in facts.partnerships if p.name == "Harford Care Collaborative" for m in p.members}
    assert {"Age Concern Wexley", "Harford Voluntary Action"} <= members, facts.partnerships


def test_a_service_with_its_acronym_run_jointly_that_had_won_is_their_partnership(parse):
    """'- the Harford Intelligence and Insight Service (HiiS), run jointly by A, B and C, had won
    the X category at the Y Awards 2022': a service with its acronym after its name, an apposition
    of who runs it and 'had won' is a body and the partnership of those bodies."""
    facts = extract(parse("The Chair drew members' attention to recent recognition of work across the system:\n\n"
                          "- the Harford Intelligence and Insight Service (HiiS), run jointly by NHS Harford, Harford "
                          "Council and Wexley Council, had won the Driving Change Through Data category at the Digital "
                          "Health Awards 2022;\n"))
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Harford Intelligence and Insight Service", "won") in got, facts.awards
    members = {m for p in facts.partnerships if p.name == "Harford Intelligence and Insight Service" for m in p.members}
    assert {"NHS Harford", "Harford Council", "Wexley Council"} <= members, facts.partnerships


def test_an_acronym_in_brackets_keeps_a_list_of_founders_going(parse):
    """'The Harford Strategic Partnership (HSP) was set up in 2009 by A, the B Trust (BT) and the
    C': the acronyms in brackets after the partnership and after a founder keep one list of three."""
    facts = extract(parse("The Harford Strategic Partnership (HSP) was set up in 2009 by Harford City Council, the "
                          "Harford Health and Social Care Trust (HHSCT) and the Regional Health Agency. It meets "
                          "every quarter."))
    members = {m for p in facts.partnerships if p.name == "Harford Strategic Partnership" for m in p.members}
    assert {"Harford City Council", "Harford Health and Social Care Trust", "Regional Health Agency"} <= members, \
        facts.partnerships


def test_a_place_said_again_after_and_opens_a_second_name(parse):
    """'Harford LINk and Harford CVS': the place said again after 'and' opens a second body's
    name, though the first ends in no head word."""
    facts = extract(parse("Its members are Harford Council, NHS Harford CCG, Harford LINk and Harford CVS. The board "
                          "will meet monthly."))
    assert "Harford LINk" in facts.organisations, facts.organisations
    assert not [o for o in facts.organisations if " and " in o], facts.organisations


def test_a_name_ending_in_award_is_no_person(parse):
    """'Defence Employer Recognition Scheme | Gold Award | Awarded | Harford Council': words that
    end in 'Award', 'Prize' or 'Medal' name an honour, whatever the tagger made of them; so do
    words before 'of the Year' ('was named Adult Social Worker of the Year')."""
    facts = extract(parse("Awards and recognition\n\nAward | Category | Result | Entry\n"
                          "Employer Recognition Scheme | Gold Award | Awarded | Harford Council\n"
                          "Public Service Awards 2024 | Best Health Initiative | Finalist | Be Well Harford - Harford Council\n"))
    assert not [p for p in facts.people if p.split()[-1] in {"Award", "Prize", "Medal"}], facts.people
    facts = extract(parse("In 2024 Sophie Ince-Marsh, a social worker in our Learning Disability team, was named "
                          "Adult Social Worker of the Year at the Social Worker of the Year Awards."))
    assert set(facts.people) == {"Sophie Ince-Marsh"}, facts.people


def test_a_word_of_a_menu_bar_is_no_person(parse):
    """'News | Harby | Wexford Bridge | Sport | In Your Area': the short items of a site's menu
    bar are sections and places, not people (a table row under a header of names still is)."""
    facts = extract(parse("Harford Standard\n\nNews | Harby | Stranby | Castle Dunby | Sport | In Your Area | Family "
                          "Notices\n\nCouncil names new chief\n\nCressa Vantby-Boyle | 20 September 2017 | Share: Twitter | "
                          "LinkedIn | Email\n\nHarford Council has appointed Jo Bell-Kerr as its chief executive."))
    assert "Castle Dunby" not in facts.people, facts.people
    assert {"Jo Bell-Kerr", "Cressa Vantby-Boyle"} <= set(facts.people), facts.people


def test_an_apostrophe_inside_a_word_opens_no_quoted_award(parse):
    """'the council's social work committee, said: "This award belongs ...': the apostrophe of a
    possessive is no opening quote mark, so the words up to the speech's quote name no award."""
    facts = extract(parse("The Harford Falls Partnership won the Healthy Ageing category at the Harford Excellence "
                          "Awards 2011.\n\nCouncillor Ailsa Drumbeg-Rae, chairwoman of the council's social work "
                          "committee, said: \"This award belongs to the staff and volunteers.\""))
    awards = award_triples(facts)
    assert ("Harford Falls Partnership", "Healthy Ageing", "won") in awards, awards
    assert not [a for a in facts.awards if "said" in a.award or a.recipient == "Ailsa Drumbeg-Rae"], facts.awards


def test_the_body_a_founder_is_part_of_is_no_founder(parse):
    """'set up by A, B - the arm of NHS C which runs community services - and D': the body a
    founder is described as part of ('the arm of', 'part of', 'a subsidiary of') is named to say
    what the founder is, not as a founder; and 'Harford Fire and Rescue' is a body."""
    facts = extract(parse("The Harby Steady Feet Partnership won a prize last week. The partnership was set up in 2009 "
                          "by Harford Council, the Harby Community Health Partnership - the arm of NHS Harford which "
                          "runs community health services in the area - and Harford Fire and Rescue."))
    members = {m for p in facts.partnerships if p.name == "Harby Steady Feet Partnership" for m in p.members}
    assert {"Harford Council", "Harford Fire and Rescue"} <= members, \
        facts.partnerships
    assert "NHS Harford" not in members, facts.partnerships


def test_a_welsh_local_service_board_is_a_partnership(parse):
    """Wales's local service boards (2007-2016, before the public services boards) bring public
    bodies together: 'X Local Service Board' is a partnership, and 'the board brings together'
    lists its members."""
    facts = extract(parse("Penvale Homes, the housing association that took over the council's homes last year, has "
                          "joined the Penvale Local Service Board.\n\nThe board brings together Penvale County Borough "
                          "Council, Penvale Health Board, Dyfed Police and Penvale Voluntary Action to plan services "
                          "across the borough."))
    assert facts.organisations["Penvale Local Service Board"].kind == "Partnership", facts.organisations
    members = {m for p in facts.partnerships if p.name == "Penvale Local Service Board" for m in p.members}
    assert {"Penvale Homes", "Penvale County Borough Council", "Penvale Health Board"} <= members, facts.partnerships


def test_the_bodies_that_run_a_named_finalist_and_the_organiser_get_no_result(parse):
    """'X, run jointly by A and B, is one of three finalists': the named service is the finalist,
    its runners are described, not entered; 'The accolades are run by C, and the winners will be
    announced in October' gives C nothing."""
    facts = extract(parse("The Penvale Community Reablement Service, run jointly by Penvale County Borough Council and "
                          "Penvale Health Board, is one of three finalists in the Partnership Working category of the "
                          "Social Care Accolades 2010.\n\nThe accolades are run by the Care Council for Wales, and the "
                          "winners will be announced at a ceremony in Cardiff on October 14."))
    awards = award_triples(facts)
    assert ("Penvale Community Reablement Service", "Partnership Working", "finalist") in awards, awards
    assert {a.recipient for a in facts.awards} == {"Penvale Community Reablement Service"}, awards


def test_a_quality_mark_a_body_is_awarded_is_a_designation(parse):
    """'has been awarded the PQASSO Quality Mark at Level 1 by C': a quality mark, standard or
    charter mark a body meets is a designation of that body, conferred by C, not a win of the
    category named earlier in the story."""
    facts = extract(parse("The Penvale Reablement Service won the Partnership Working category of the Social Care "
                          "Accolades 2010.\n\nPenvale Voluntary Action, meanwhile, has been awarded the PQASSO Quality "
                          "Mark at Level 1 by Charities Evaluation Services, the first council for voluntary service in "
                          "the Valleys to achieve it."))
    mine = [a for a in facts.awards if a.recipient == "Penvale Voluntary Action"]
    assert [(a.award, a.outcome) for a in mine] == [("PQASSO Quality Mark at Level 1", "designated")], facts.awards


def test_the_partnership_set_up_by_points_back_to_a_headless_scheme(parse):
    """'Well Together won ... The partnership was set up in 2022 by A, B and C': 'the partnership'
    is the scheme with no head word that opened the sentence before, not a body in its own list."""
    facts = extract(parse("Home Link won the Care and Health Integration category at the MJ Awards 2024.\n\n"
                          "The partnership was set up in 2022 by Penvale & Harby Councils, NHS Penvale and Penvale "
                          "Community NHS Foundation Trust."))
    members = {m for p in facts.partnerships if p.name == "Home Link" for m in p.members}
    assert {"NHS Penvale", "Penvale Community NHS Foundation Trust"} <= members, facts.partnerships


def test_a_lettered_item_opens_with_its_subject(parse):
    """'a) the X Service (XS), run jointly by the Trust and Y Council, had been shortlisted': a
    lettered or numbered item of minutes opens with its subject as a bullet does, so X is a joint
    service of the two."""
    facts = extract(parse("Penvale NHS Trust\n\nMinutes of the Trust Board meeting held on 29 September 2011\n\n"
                          "4. Chief Executive's report\nThe Chief Executive reported that:\na) the Harby Integrated "
                          "Reablement Service (HIRS), run jointly by the Trust and Harby City Council, had been "
                          "shortlisted in the Care Integration category of the HSJ Awards 2011;\nb) the Trust had "
                          "opened a new clinic."))
    members = {m for p in facts.partnerships if p.name == "Harby Integrated Reablement Service" for m in p.members}
    assert members == {"Penvale NHS Trust", "Harby City Council"}, facts.partnerships


def test_bodies_that_operate_as_a_cluster_are_its_members(parse):
    """'The four primary care trusts - A, B, C and D - now operate as the X PCT cluster': the
    bodies that operate (or work together) as a named group are its members, and 'X PCT
    cluster' keeps its last word."""
    facts = extract(parse("Commissioning. The four primary care trusts in the area - NHS Harby City, NHS Penvale, "
                          "NHS Wexshire and NHS Isle of Dunby - now operated as the HPWD PCT cluster, with a single "
                          "executive team led by the cluster chief executive, Cassius Ormby."))
    members = {m for p in facts.partnerships if p.name == "HPWD PCT cluster" for m in p.members}
    assert members == {"NHS Harby City", "NHS Penvale", "NHS Wexshire", "NHS Isle of Dunby"}, facts.partnerships


def test_an_awards_table_by_team_with_scheme_and_category_in_one_cell(parse):
    """'Team or service | Award | Result' with 'Care Accolades 2022 – Working Together' in the
    award cell: the team column names the entrant, the words after the dash are the category
    and those before it the scheme; a joint entry's bodies each have the result."""
    facts = extract(parse("Penvale County Council\nDirector of Social Services Annual Report 2021-22\n\n"
                          "6. Awards and recognition\n\nTeam or service | Award | Result\n"
                          "Penvale Enhanced Care | Social Care Wales Accolades 2022 – Working Together to Improve "
                          "Well-being | Finalist\n"
                          "Community hubs – joint entry by Penvale County Council and Penvale Voluntary Action | Third "
                          "Sector Awards Cymru 2021 – Community Response, run by Wales Council for Voluntary Action | "
                          "Winner\n\nThe Accolades are run by Social Care Wales.\n"))
    awards = award_triples(facts)
    assert ("Penvale Enhanced Care", "Working Together to Improve Well-being", "finalist") in awards, awards
    assert {("Penvale County Council", "Community Response", "won"),
            ("Penvale Voluntary Action", "Community Response", "won")} <= awards, awards


def test_the_other_finalists_were_and_a_joint_entry_from(parse):
    """'The other finalists were A and a joint entry from B and C': 'the other finalists' names
    finalists (not bodies beaten by 'other finalists'), and the joint entry's bodies are finalists too."""
    facts = extract(parse("The Harby Informatics Partnership has won the Best Use of IT category at the EHI Awards "
                          "2014.\n\nHighly commended in the category was Penvale NHS Trust, for its handover system. "
                          "The other finalists were Harby Community Services NHS Trust and a joint entry from Wexby "
                          "Teaching Hospitals NHS Foundation Trust and Wexby City Council."))
    finalists = {a.recipient for a in facts.awards if a.outcome == "finalist"}
    assert finalists == {"Harby Community Services NHS Trust", "Wexby Teaching Hospitals NHS Foundation Trust",
                         "Wexby City Council"}, facts.awards


def test_a_hyphenated_word_in_lower_case_inside_a_name(parse):
    """'Health and Well-being Board', 'Health, Social Care and Well-being Partnership': the
    lower-case half of a hyphenated word before the head is part of the name, and such a board
    is a partnership, as 'Health and Wellbeing Board' is."""
    facts = extract(parse("The Harby Health, Social Care and Well-being Partnership oversees the strategy. "
                          "Penvale Health and Well-being Board met on Monday."))
    assert {"Harby Health, Social Care and Well-being Partnership",
            "Penvale Health and Well-being Board"} <= set(facts.organisations), facts.organisations
    assert facts.organisations["Penvale Health and Well-being Board"].kind == "Partnership"


def test_a_standard_in_lower_case_or_accredited_under_is_a_designation(parse):
    """'achieved the Investing in Volunteers quality standard', 'awarded the Investors in
    Volunteers standard', 're-accredited under the Investors in People Standard': a standard a
    body met or kept is a designation, whether 'standard' is capitalised or not."""
    facts = extract(parse("Harby Primary Care Trust\n\nBoard report\n\n"
                          "The PCT has been re-accredited under the Investors in People Standard following an "
                          "assessment in August.\n\nPenvale Voluntary Action has been awarded the Investors in "
                          "Volunteers standard by Wales Council for Voluntary Action.\n\nWexby Community Network "
                          "has also achieved the Investing in Volunteers quality standard."))
    designated = {(a.recipient, a.award) for a in facts.awards if a.outcome == "designated"}
    assert any(r == "Harby Primary Care Trust" and "Investors in People" in a for r, a in designated), facts.awards
    assert any(r == "Penvale Voluntary Action" and "Investors in Volunteers" in a for r, a in designated), facts.awards
    assert any(r == "Wexby Community Network" and "Investing in Volunteers" in a for r, a in designated), facts.awards


def test_the_headline_that_first_names_an_award_is_no_category(parse):
    """'Day centre team in running for national award' over 'Published Date: ...' and a byline:
    the line that first brings an award into the page is its headline, not a category heading
    whose entrants follow, so neither the date label nor the reporter is given an award."""
    facts = extract(parse("Harby Gazette\n\nNews > Local\n\nDay centre team in running for national award\n\n"
                          "Published Date: 12 March 2009\nBy Morven Tullis\n\n"
                          "The Harby Day Support Service, run jointly by Harby Council and NHS Harby, has been "
                          "shortlisted in the Care of Older People category of the Guardian Public Services "
                          "Awards 2009."))
    recipients = {a.recipient for a in facts.awards}
    assert "Harby Day Support Service" in recipients, facts.awards
    assert not recipients & {"Published Date", "Morven Tullis"}, facts.awards
    assert not any("running for national" in a.award for a in facts.awards), facts.awards


def test_staff_employed_by_one_partner_on_behalf_of_the_partners(parse):
    """'The service's clinical lead, X, is employed by the PCT on behalf of the partners', 'Team
    manager Y, a district nurse who is employed by NHS Z on behalf of the four partners': the post
    is the named service's or partnership's (the dev README), not the employer's, and a
    profession given with 'a' is no post."""
    facts = extract(parse("The Harby Falls Service, which Harby Primary Care Trust runs jointly with Harby "
                          "Council, has been shortlisted. The service's clinical lead, Mrs Ann Upton, a "
                          "physiotherapist, is employed by Harby Primary Care Trust on behalf of the partners.\n\n"
                          "The Penvale Rapid Response Service was set up by Penvale Council and NHS Penvale. Team "
                          "manager Paula Eskdale, a district nurse who is employed by NHS Penvale on behalf of the "
                          "four partners, said: \"Nobody wants a night on a trolley.\""))
    pairs = post_pairs(facts)
    assert {("Ann Upton", "Harby Falls Service"), ("Paula Eskdale", "Penvale Rapid Response Service")} <= pairs, pairs
    assert not pairs & {("Ann Upton", "Harby Primary Care Trust"), ("Paula Eskdale", "NHS Penvale")}, pairs
    assert not any(p.role.lower() == "district nurse" for p in facts.posts), facts.posts


def test_a_crosshead_over_prose_of_no_award_is_no_category(parse):
    """'New director at council' on a line of its own over 'Harby Borough Council has appointed
    ...': a crosshead over news of no award, not a category heading, so the council is given no
    award named after it, while the award story above keeps its result."""
    facts = extract(parse("Harby Chronicle\n\nScheme up for national award\n\nThe Harby Home from Hospital Service has "
                          "been shortlisted for the Care of Older People category in the Guardian Public Services "
                          "Awards 2008.\n\nThe service is run jointly by NHS Harby and Age Concern Harby.\n\n"
                          "New director at council\n\nHarby Borough Council has appointed Roberta Glenavy as its new "
                          "director of community services.\n\nMrs Glenavy is currently head of environmental health "
                          "at Penvale Borough Council."))
    assert ("Harby Home from Hospital Service", "Care of Older People", "shortlisted") in award_triples(facts), facts.awards
    assert not any("director" in a.award.lower() for a in facts.awards), facts.awards


def test_a_paragraph_number_is_no_part_of_a_name(parse):
    """'3.1 Board members will recall that the partnership was set up by ...' in a board paper: the
    paragraph number and the bare 'Board' after it name no body, and so no member of the
    partnership; a name after a number ('4.1 Penvale Voluntary Action holds ...') keeps its words."""
    facts = extract(parse("Harby Primary Care Trust\n\nChief Executive's Report\n\n3. Partnership\n"
                          "3.1 Board members will recall that the Harby Wellbeing Partnership was set up in 2007 by "
                          "the PCT and Penvale County Council.\n"
                          "3.2 Penvale Voluntary Action holds the voluntary sector seat.\n"))
    assert "Penvale Voluntary Action" in facts.organisations, facts.organisations
    assert not any(name.startswith(("3.1", "3.2")) or name == "Board" for name in facts.organisations), facts.organisations


def test_a_body_named_before_awards_is_its_short_form_elsewhere(parse):
    """'the NHS North East Tobacco Control Awards' and then 'Director of Finance at NHS North
    East': the words before 'Awards' are the scheme's name, and the body is the short form the
    text uses outside it, not 'NHS North East Tobacco Control'."""
    facts = extract(parse("Harby Council won the Best Partnership Initiative category at the NHS North East Tobacco "
                          "Control Awards in June. John Sedgefield, Director of Finance, leaves to become Director of "
                          "Finance at NHS North East."))
    assert "NHS North East" in facts.organisations, facts.organisations
    assert not any("Tobacco" in name for name in facts.organisations), facts.organisations
    assert ("John Sedgefield", "NHS North East") in post_pairs(facts), facts.posts


def test_an_awards_table_cell_of_scheme_organiser_and_category(parse):
    """'Social Care Accolades 2008 (Care Council for Wales), Integrated Working category' in an
    award cell: the category is the award, the scheme keeps its own word ('Accolades', no
    'Awards' added) and its year; a 'Re-accredited' result is a designation."""
    facts = extract(parse("Harby Local Health Board\nAnnual Report 2007-08\n\n4. Awards and recognition\n\n"
                          "Team or service | Award | Result\n"
                          "Harby Community Team | Social Care Accolades 2008 (Care Council for Wales), Integrated "
                          "Working category | Shortlisted\n"
                          "Harby Local Health Board | Investors in People | Re-accredited\n\n5. The year ahead\n"))
    by_recipient = {a.recipient: a for a in facts.awards}
    team = by_recipient["Harby Community Team"]
    assert (team.award, team.outcome, team.scheme, team.year) == (
        "Integrated Working", "shortlisted", "Social Care Accolades", 2008), team
    assert by_recipient["Harby Local Health Board"].outcome == "designated", facts.awards


def test_a_name_in_apposition_with_a_county_voluntary_council_is_a_body(parse):
    """'Medrwn Penvale, the county voluntary council, joined ...' and a member list's '- Mantell
    Harby, the county voluntary council': the apposition says the name is the area's voluntary
    sector body, never a person, even where the tagger reads the name as one."""
    facts = extract(parse("Medrwn Penvale, the county voluntary council, joined the Penvale Wellbeing Partnership in "
                          "May.\n\nThe Harby Wellbeing Partnership oversees the strategy. Its members are:\n"
                          "- Harby Council\n- Harby Local Health Board\n- Mantell Harby, the county voluntary council\n"))
    assert {"Medrwn Penvale", "Mantell Harby"} <= set(facts.organisations), facts.organisations
    assert not {"Medrwn Penvale", "Mantell Harby"} & set(facts.people), facts.people


def test_pilots_chosen_by_a_body_name_a_designation_for_the_list_below(parse):
    """'Sixteen integrated care pilots ... have been chosen by the Department of Health' then
    'Among the sites named are:' over bullets: every body on the list's lines (partners named
    with 'working with' too) is designated an Integrated Care Pilot; the chooser is not."""
    facts = extract(parse("Sixteen integrated care pilots, bringing GPs and social services together, have been "
                          "chosen by the Department of Health.\n\nAmong the sites named are:\n\n"
                          "- Penvale Care Trust, which already commissions both health and social care\n"
                          "- NHS Wexby and Wexby County Council, for care of frail older people\n"
                          "- The Dunmore Integrated Care Partnership\n\nFull list on the DH website.\n"))
    designated = {a.recipient for a in facts.awards if a.outcome == "designated" and a.award == "Integrated Care Pilot"}
    assert designated == {"Penvale Care Trust", "NHS Wexby", "Wexby County Council",
                          "Dunmore Integrated Care Partnership"}, facts.awards


def test_the_acronym_of_the_page_bodys_head_is_the_page_body(parse):
    """A PCT's own board paper ('--- Page 1 ---' / 'NHS' / 'Harby Primary Care Trust') that names
    another PCT in full: 'the PCT' after it is still the paper's own PCT (the acronym of its
    head), and the page marker and the NHS logo line do not hide whose page it is."""
    facts = extract(parse("--- Page 1 ---\nNHS\nHarby Primary Care Trust\n\nBOARD MEETING\nTitle: Chief Executive's "
                          "Report\n\n3.1 Penvale Primary Care Trust, which commissions services for the east of the "
                          "county, has been invited to send an observer.\n\n"
                          "4.1 The Harby Falls Service, which the PCT runs jointly with Harby County Council, has "
                          "been shortlisted in the Care of Older People category of the HSJ Awards 2008.\n"))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert ("Harby Falls Service", "Harby Primary Care Trust") in members, facts.partnerships
    assert ("Harby Falls Service", "Penvale Primary Care Trust") not in members, facts.partnerships


def test_appointed_by_a_body_as_title_of_another_and_following_the_retirement_of(parse):
    """'X has been appointed by the NHS Appointments Commission as a Non-Executive Director of
    the PCT': the appointing body holds no post of X's; 'Following the retirement of Mr B in June,
    Mrs A has been appointed Director of Commissioning of C': B held that post before."""
    facts = extract(parse("Mr Derek Holtby has been appointed by the NHS Appointments Commission as a Non-Executive "
                          "Director of Harby Primary Care Trust for four years.\n\nFollowing the retirement of Mr "
                          "Peter Vinney in June, Mrs Janet Mollard has been appointed Director of Commissioning of "
                          "Penvale Primary Care Trust."))
    pairs = post_pairs(facts)
    assert ("Derek Holtby", "Harby Primary Care Trust") in pairs, facts.posts
    assert ("Derek Holtby", "NHS Appointments Commission") not in pairs, facts.posts
    assert ("Peter Vinney", "Penvale Primary Care Trust") in pairs, facts.posts
    assert any(p.person == "Peter Vinney" and p.former and p.role == "Director of Commissioning" for p in facts.posts)


def test_a_category_in_lower_case_named_with_its_scheme(parse):
    """'beat six other entries to win the partnership working category of the North East Health
    and Social Care Awards': a newspaper's category in lower case, named with its scheme, is the
    award; 'highly commended in the same category was a joint scheme from A and B' and 'C's
    service was also a finalist' take it too."""
    facts = extract(parse("The Harby Rapid Response Service beat six other entries to win the partnership working "
                          "category of the North East Health and Social Care Awards.\n\nHighly commended in the same "
                          "category was a joint carers support scheme from Penvale Borough Council and NHS Penvale.\n\n"
                          "Wexby County Council's reablement service was also a finalist.\n"))
    awards = award_triples(facts)
    assert {("Harby Rapid Response Service", "Partnership Working", "won"),
            ("Penvale Borough Council", "Partnership Working", "highly_commended"),
            ("Wexby County Council", "Partnership Working", "finalist")} <= awards, awards


def test_a_body_announces_a_post_and_the_next_sentence_says_who_will_start(parse):
    """'HARBY Council has appointed a new director of social care. Jean Acker, currently ... at
    Wexby Borough Council, will start in September. She replaces Mike Nunn, who left ...': Jean
    takes the announced post at the council, and the one she replaces held that post, not her
    current one."""
    facts = extract(parse("New social care boss\n\nHARBY Council has appointed a new director of social care.\n\n"
                          "Jean Acker, currently assistant director of adult services at Wexby Borough Council, will "
                          "start in September.\n\nShe replaces Mike Nunn, who left in May to become director of adult "
                          "services at Dunmore Borough Council.\n"))
    posts = post_triples(facts)
    assert ("Jean Acker", "Harby Council", "director of social care") in posts, posts
    assert ("Mike Nunn", "Harby Council", "director of social care") in posts, posts
    assert ("Mike Nunn", "Wexby Borough Council") not in post_pairs(facts), posts


def test_both_bodies_of_a_kind_share_a_post(parse):
    """'Both primary care trusts share a chief executive, Dr X' after sentences that named each
    PCT beside a council: the post is at the two PCTs named last, not at the council or the
    acute trust named between."""
    facts = extract(parse("The service was set up in 2007 by Harby Council and NHS Harby. Penvale Borough Council and "
                          "NHS Penvale joined last year. Wexby Hospitals NHS Foundation Trust refers patients.\n\n"
                          "Both primary care trusts share a chief executive, Dr Graham Orms, who said the award "
                          "showed what happens when the NHS and the councils work together.\n"))
    at = {o for p, o in post_pairs(facts) if p == "Graham Orms"}
    assert at == {"NHS Harby", "NHS Penvale"}, facts.posts


def test_a_bare_title_until_a_date_on_a_bodys_own_report(parse):
    """'Mr A, Director of Finance until September 2007, left to become Director of Finance at B'
    in a body's own annual report: the bare title closed by 'until' a date is a former post at
    the report's body, beside the post at B."""
    facts = extract(parse("Harby Local Health Board\nAnnual Report 2007-08\n\nMr Gareth Nefydd, Director of Finance "
                          "until September 2007, left to become Director of Finance at Penvale Local Health Board.\n"))
    assert any(p.person == "Gareth Nefydd" and p.organisation == "Harby Local Health Board" and p.former
               and p.role == "Director of Finance" for p in facts.posts), facts.posts
    assert ("Gareth Nefydd", "Penvale Local Health Board") in post_pairs(facts), facts.posts


def test_a_sentence_saying_a_theme_was_sponsored_is_no_heading(parse):
    """'This theme was sponsored by the Department of Health.' under a theme's heading on an
    awards page: a sentence about the heading above, not a heading 'This theme was' whose
    bodies below would take it as their award."""
    facts = extract(parse("Round 9 Beacons announced\n\nThirty-five councils have been awarded Beacon status in Round 9 "
                          "of the Beacon Scheme.\n\nReducing health inequalities\n\nThis theme was sponsored by the "
                          "Department of Health.\n\n- Harby Borough Council\n- London Borough of Penvale\n"))
    assert not any("theme" in a.award.lower() for a in facts.awards), facts.awards
    assert {a.recipient for a in facts.awards if a.award == "Reducing health inequalities"} == {
        "Harby Borough Council", "London Borough of Penvale"}, facts.awards


def test_a_body_joined_the_service_as_a_third_partner(parse):
    """'Crossroads Caring Harby joined the service as a third partner last April': the named
    service the story is about gains a member, as 'joined the partnership' gives one."""
    facts = extract(parse("The Harby Rapid Response Service, which was set up in 2006 by Harby Council and NHS Harby, "
                          "has been shortlisted. Age Concern Harby joined the service as a third partner last "
                          "April, providing overnight sitting for carers."))
    members = {(p.name, m) for p in facts.partnerships for m in p.members}
    assert ("Harby Rapid Response Service", "Age Concern Harby") in members, facts.partnerships


def test_the_title_is_name_after_its_title_is_name(parse):
    """'Its chief executive is Mr A, ... The chair is Mrs B, a former X director of education':
    'The chair' after a sentence about the body's own posts is that body's chair."""
    facts = extract(parse("Harby Teaching Local Health Board came into being on 1 October, replacing Harby Local "
                          "Health Board.\n\nIts chief executive is Mr Geraint Defford, who had led the old board since "
                          "2006. The chair is Mrs Judith Llanover, a former Penvale County Council director of "
                          "education, who was appointed by the Health Minister in the summer.\n"))
    assert ("Judith Llanover", "Harby Teaching Local Health Board", "chair") in post_triples(facts), facts.posts


def test_a_hyphened_title_before_a_name_on_behalf_of_the_partners(parse):
    """'Co-ordinator Karen X, who is employed by Age Concern on behalf of the partners': the
    tokeniser splits 'Co-ordinator', whose last piece is no title word alone, yet the whole is
    a title; the post is the named service's, not that of a network named after it."""
    facts = extract(parse("The Harby Home from Hospital Service is run jointly by the Harby Health and Social Care "
                          "Trust and Age Concern Harby. Penvale Community Network came on board in the spring.\n\n"
                          "Co-ordinator Karen Greyfield, who is employed by Age Concern Harby on behalf of the "
                          "partners, said: \"For some of the people we visit, ours is the only face they see.\""))
    assert ("Karen Greyfield", "Harby Home from Hospital Service") in post_pairs(facts), facts.posts
    assert ("Karen Greyfield", "Penvale Community Network") not in post_pairs(facts), facts.posts


def test_the_employer_on_behalf_of_the_partners_holds_no_post(parse):
    """'The team is led by Lorna Bell, an occupational therapist employed by Harby Council on
    behalf of the partners': no post at the employer (the dev README); in 'X, who is employed by
    NHS Y on behalf of the partners, leaves to become director at Z' Z keeps X's post."""
    facts = extract(parse("The Harby Rapid Response Service was set up by Harby Council and NHS Harby. The team is "
                          "led by Lorna Bellamy, an occupational therapist employed by Harby Council on behalf of the "
                          "partners. Its programme director, Tom Ashby, who is employed by NHS Harby on behalf of the "
                          "partners, leaves to become director of informatics at Penvale NHS Foundation Trust."))
    pairs = post_pairs(facts)
    assert ("Lorna Bellamy", "Harby Council") not in pairs, facts.posts
    assert ("Tom Ashby", "Penvale NHS Foundation Trust") in pairs, facts.posts


def test_a_lower_case_field_goes_on_past_and(parse):
    """"will become interim head of health and social care from May": with no body after the
    title, the post is at the body the article is about, and the title's field ("of health")
    goes on past "and" while lower-case nouns follow; "director of finance and was" stops."""
    text = ("NHS Wyvernshire has confirmed its new senior team for the coming year.\n\n"
            "NHS Wyvernshire has also confirmed that Dr Elspeth Marrow will become interim head of health and social care "
            "from May. In March Dr Rory Tannock became director of finance and was thanked by the board.\n")
    got = post_triples(extract(parse(text)))
    assert ("Elspeth Marrow", "NHS Wyvernshire", "interim head of health and social care") in got
    assert not [role for person, _, role in candidates(parse, text, "post") if person == "Rory Tannock" and "was" in role]


def test_a_field_noun_read_as_a_verb_stays_in_the_title(parse):
    """"NHS X's director of health and care for the north of the county": the tagger reads "care
    for" as a verb, but after "of health and" it is the title's field; "director of nursing and
    leads the team" still ends at "and"."""
    text = ("Morag Tolland, NHS Wyvernshire's director of health and care for the north of the county, has been "
            "appointed chief officer of the Wyvernshire Integration Joint Board.\n")
    got = post_triples(extract(parse(text)))
    assert any(p == "Morag Tolland" and o == "NHS Wyvernshire" and r.startswith("director of health and care")
               for p, o, r in got)
    other = "Ewan Strang, NHS Wyvernshire's director of nursing and leads the team on the wards, said it was good.\n"
    assert ("Ewan Strang", "NHS Wyvernshire", "director of nursing") in post_triples(extract(parse(other)))


def test_an_ampersand_acronym_ends_its_sentence(parse):
    """"... Age UK Wyvern and HCH&C. Age UK Harford joined in October": spaCy keeps the full stop
    on an acronym whose last part after '&' is one capital, which joins two sentences; the stop
    is split off, so the acronym is a body listed with the others and the next sentence stands."""
    doc = parse("The other founding members were the British Red Cross, Age UK Wyvern and HCH&C. "
                "The alliance met in A&E. It was busy.\n")
    assert "HCH&C" in [t.text for t in doc] and "A&E" in [t.text for t in doc]
    assert len(list(doc.sents)) == 3


def test_an_ampersand_acronym_listed_with_bodies_is_a_body(parse):
    """"the British Red Cross, Age UK Wyvern and HCH&C": an acronym in capitals, '&' inside it
    allowed, listed after a body names a body (as after 'of' or 'at'); 'director of IM&T' (a
    department) names none."""
    facts = extract(parse("The other founding members were the British Red Cross, Age UK Wyvern and HCH&C. "
                          "Jo Hale, director of IM&T at Harford Council, said the groups would meet.\n"))
    assert "HCH&C" in facts.organisations
    assert "IM&T" not in facts.organisations


def test_founding_members_were_lists_the_partnership_before(parse):
    """"The Harford Home from Hospital Alliance was formed in April. The other founding members
    were A, B and C.": the past tense lists members as the present does; "whose 40 members were
    elected" and "the two partners were the first" list none."""
    text = ("The Harford Home from Hospital Alliance was formed in April 2020 to help people get home from hospital. "
            "Voluntary Harford is the lead partner. The other founding members were the British Red Cross, "
            "Age UK Harford and Harford Citizens Advice.\n\n"
            "The new Wyvern District Council, whose 40 members were elected in May, meets in shadow form.\n")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Harford Home from Hospital Alliance"
               for m in p.members}
    assert {"British Red Cross", "Age UK Harford", "Harford Citizens Advice"} <= members
    assert not {key for key in ruled(parse, text, "member") if "Wyvern District Council" in key}


def test_a_winners_write_up_keeps_its_category_for_the_labels_after_it(parse):
    """An awards page: a category heading, "WINNER:" and the entry, a paragraph writing the winner
    up, then "HIGHLY COMMENDED:" and "SHORTLISTED:" lines: the write-up ends no category, the
    labels after it are the same category's; a new heading starts its own."""
    text = ("Harford Housing Awards 2016 - the winners\n\n"
            "Excellence in Health and Housing\nSponsored by Wyvern Bank\n\n"
            "WINNER:\nHome Again (Harbour Housing Association and the Harford Health and Social Care Trust)\n"
            "Home Again gives older people leaving hospital a furnished flat for up to four weeks while their "
            "own home is adapted. The trust provides reablement support.\n\n"
            "HIGHLY COMMENDED: Brookvale Housing Association and the Wyvern Health and Social Care Trust - "
            "dementia-friendly design\n\n"
            "SHORTLISTED:\n- Lanterns Housing Association - supported living, Wyvernmore\n\n"
            "Best Partnership\n\nWINNER: Harford Housing Forum\n")
    got = award_triples(extract(parse(text)))
    assert ("Brookvale Housing Association", "Excellence in Health and Housing", "highly_commended") in got
    assert ("Wyvern Health and Social Care Trust", "Excellence in Health and Housing", "highly_commended") in got
    assert ("Harford Housing Forum", "Best Partnership", "won") in got
    assert not [a for a in got if a[0] == "Harford Housing Forum" and a[1] != "Best Partnership"]


def test_he_has_been_succeeded_by_gives_the_successor_the_post(parse):
    """"Victor Bell retired in March as chief executive of X. He has been succeeded by X's former
    director of care, Hilary Tull": Hilary takes the post Victor left; the title after "succeeded
    by" is hers, never his."""
    text = ("Victor Bellanagh retired in March as Chief Executive of Harford Housing Association after 19 years. "
            "He has been succeeded by Harford's former Director of Care and Support, Hilary Tullyvane.\n")
    got = post_triples(extract(parse(text)))
    assert ("Hilary Tullyvane", "Harford Housing Association", "chief executive") in got
    assert not [p for p in got if p[0] == "Victor Bellanagh" and "care" in p[2]]
    leaving = ("The service will lose a founder in December, when Dr Ciaran Drumkeen leaves to become medical "
               "director at Wyvern NHS Trust. He will be replaced as co-chair by Dr Orla Bushfield.\n")
    assert not [p for p in post_triples(extract(parse(leaving))) if p[0] == "Orla Bushfield" and p[1] == "Wyvern NHS Trust"]


def test_a_name_before_its_initials_in_minutes_is_a_person(parse):
    """Minutes' attendance lines "Lowri Ogwr (LO)   Corporate Director, ..., X Council": the
    bracket holds the name's initials (a hyphenated surname's one letter, or both), so the run
    before it is a person though the tagger does not read one, and her post is read."""
    text = ("Harford Regional Partnership Board\n\nMINUTES of the meeting held on 12 July 2023\n\nPresent:\n"
            "Dr Nia Cwm-Ifor (NC) (Vice Chair)   Independent Member, Harford University Health Board\n"
            "Lowri Ogwr (LO)   Corporate Director, Social Services and Wellbeing, Wyvern County Borough Council\n"
            "Bethan Tylorstown (BT)   Director of Social Services, Harford County Borough Council\n")
    got = post_triples(extract(parse(text)))
    assert ("Bethan Tylorstown", "Harford County Borough Council", "director of social services") in got
    assert ("Nia Cwm-Ifor", "Harford University Health Board", "independent member") in got
    assert any(p == "Lowri Ogwr" and o == "Wyvern County Borough Council" for p, o, _ in got)


def test_an_attendance_line_names_its_acronym_body_and_the_venue_is_no_body(parse):
    """Minutes "MINUTES of the meeting held on ... at Glyncoch Health Park, Harford Vale": the venue and its town are not the body whose meeting it is (the page's first line
    is), a health park is a site; "Alun Troed (AT)   Chief Executive, HAVS" puts him at HAVS, the
    acronym last on a line after a title's comma."""
    text = ("Harford Regional Partnership Board\n\n"
            "MINUTES of the meeting held on Wednesday 12 July 2023 at 10.00am at Glyncoch Health Park, Harford "
            "Vale, and via Microsoft Teams\n\nPresent:\n"
            "Councillor Gareth Penrose (GP) (Chair)   Cabinet Member for Health, Harford Vale County Borough Council\n"
            "Alun Troed (AT)   Chief Executive, HAVS\n")
    facts = extract(parse(text))
    got = post_triples(facts)
    assert ("Alun Troed", "HAVS", "chief executive") in got
    assert ("Gareth Penrose", "Harford Regional Partnership Board", "chair") in got
    assert "Glyncoch Health Park" not in facts.organisations


def test_a_partnership_of_organisations_listed_with_descriptions(parse):
    """"The scheme is a partnership of four organisations: A Housing Association, the charity
    Penrose Gant and Harford and Wyvern Third Sector Interface (TSI).": what a body is ("the charity") does not
    part the list, the list's 'and' parts a charity's name from a name with its own 'and', and the
    bodies after "a partnership of" act together."""
    text = ("Harford Home First will send reablement workers into patients' homes for up to six weeks.\n\n"
            "The scheme is a partnership of three organisations: West Harford Housing Association, the charity "
            "Penrose Gant and Harford and Wyvern Third Sector Interface (TSI).\n")
    facts = extract(parse(text))
    assert "Harford and Wyvern Third Sector Interface" in facts.organisations
    assert "Penrose Gant" in facts.organisations
    members = [set(p.members) for p in facts.partnerships if p.name is None]
    assert {"West Harford Housing Association", "Penrose Gant", "Harford and Wyvern Third Sector Interface"} in members


def test_a_word_said_either_side_of_and_parts_two_names(parse):
    """"Care & Repair Harford and Harford and Vale University Health Board": no one name says "X and
    X", so the 'and' between the two 'Harford's parts a charity from a health board whose name
    has an 'and' of its own; "Harford and Wyvern Council" stays one."""
    facts = extract(parse("The partners are Harford Council, Care & Repair Harford and Harford and Vale University "
                          "Health Board. Harford and Wyvern Council welcomed it.\n"))
    assert {"Care & Repair Harford", "Harford and Vale University Health Board",
            "Harford and Wyvern Council"} <= set(facts.organisations)


def test_an_entry_above_its_outcome_label_is_a_body(parse):
    """A compendium's entry block: "Harford Home Safe Partnership" / "HIGHLY COMMENDED" / a blank
    line and the write-up: the label closes the entry's block, so the line above it names the
    entrant, not a category; a category over "WINNER" and its entry line stays a category."""
    text = ("Welsh Housing Awards 2014 good practice compendium\n\n"
            "Harford Home Safe Partnership\nHIGHLY COMMENDED\n\n"
            "The partnership fits grab rails within 48 hours of a referral.\n\n"
            "Best Housing Story\nWINNER\nWyvern Housing Association - the garden club\n")
    orgs = extract(parse(text)).organisations
    assert "Harford Home Safe Partnership" in orgs
    assert "Best Housing Story" not in orgs


def test_a_table_goes_on_past_its_sub_heading(parse):
    """An annual report's "Name | Role | Notes" table with a sub-heading line ("Senior staff")
    between two runs of rows: the rows below are the same table's; a role cell "Director of
    Operations (interim)" is a title with its qualifier, and "Manager, X Alliance" a post at X."""
    text = ("Voluntary Harford\nAnnual Report 2020-21\n\nTrustees and senior staff\n\nTrustees\n"
            "Name | Role | Notes\nJennifer Ashwell | Chair |\nReverend Ann Tasley | Trustee |\n\nSenior staff\n"
            "Marcus Ringmer | Chief Executive | From 1 February 2021\n"
            "Lucy Bixworth | Director of Operations (interim) | From 1 February 2021\n"
            "Tom Costley | Manager, Harford Home from Hospital Alliance |\n\n"
            "Voluntary Harford is a registered charity. Voluntary Harford supports 400 community groups.\n")
    got = post_triples(extract(parse(text)))
    assert ("Marcus Ringmer", "Voluntary Harford", "chief executive") in got
    assert any(p == "Lucy Bixworth" and o == "Voluntary Harford" and r.startswith("director of operations")
               for p, o, r in got)
    assert ("Tom Costley", "Harford Home from Hospital Alliance", "manager") in got


def test_a_place_named_with_with_inside_a_prefixed_name_or_after_and(parse):
    """'A with B' is one place ("Blackburn with Darwen" is the real one): it stays whole after
    "NHS" or a national charity's prefix, and after "and" in a list of bodies."""
    facts = extract(parse("NHS Eastholme with Marden CCG and Eastholme with Marden BC signed the deal. "
                          "Rosa Tilling, dementia care co-ordinator at Age UK Eastholme with Marden, welcomed it, "
                          "as did Oakshire County Council and Eastholme with Marden Borough Council."))
    assert {"NHS Eastholme with Marden Clinical Commissioning Group", "Eastholme with Marden Borough Council",
            "Age UK Eastholme with Marden", "Oakshire County Council"} <= set(facts.organisations)
    assert not {"NHS Eastholme", "Marden Borough Council", "Age UK Eastholme"} & set(facts.organisations)
    assert ("Rosa Tilling", "Age UK Eastholme with Marden") in post_pairs(facts)
    two = extract(parse("The service was set up by NHS Corrieburn with Corrieburn Council, and the scheme by "
                        "NHS Wexford Vale with Harby and Isle of Lune LPC."))
    assert {"NHS Corrieburn", "Corrieburn Council", "NHS Wexford Vale"} <= set(two.organisations)


def test_an_also_shortlisted_line_lists_entrants_of_the_category_above(parse):
    text = ("Civic Enterprise Awards 2019: the winners\n\n"
            "COMMUNITY HEALTH AWARD\n\nWinner: Eastmoor Community Health CIC\n\n"
            "Also shortlisted: Westbury Care Partnership CIC (Westbury); Northvale Health Enterprise; "
            "Lakeside Community Interest Company (Lakeside)\n")
    found = award_triples(extract(parse(text)))
    assert {("Westbury Care Partnership CIC", "shortlisted"), ("Northvale Health Enterprise", "shortlisted")} <= {
        (r, o) for r, a, o in found if a.lower() == "community health award"}
    assert not any("shortlisted" in a.lower() or "northvale" in a.lower() for _, a, _ in found)


def test_a_whos_in_the_alliance_heading_over_bullets_lists_members(parse):
    text = ("Harbury Home First Alliance gains two members\n\n"
            "The Harbury Home First Alliance has two new members and a place on a national shortlist, two years "
            "after it was set up to help older people get home from hospital.\n\n"
            "The alliance was formed in 2021 by Harbury Voluntary Forum and Age UK Harbury. Greywell Hospice "
            "joined in May.\n\n"
            "Who's in the alliance\n\n• Harbury Voluntary Forum (host)\n• Age UK Harbury\n"
            "• Harbury City Council\n• Harbury Community Healthcare NHS Trust\n• Greywell Hospice (since May 2023)\n\n"
            "The alliance is funded by NHS Wexmoor ICB, which is not a member.\n")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Harbury Home First Alliance"
               for m in p.members}
    assert {"Harbury City Council", "Harbury Community Healthcare NHS Trust", "Greywell Hospice"} <= members
    assert "NHS Wexmoor Integrated Care Board" not in members


def test_allied_health_professions_in_a_title_are_a_field_not_a_body(parse):
    facts = extract(parse("Ciara Mallon, the Northvale Trust's head of AHP services, said the classes worked. "
                          "The group is chaired by Eoin Tully, the Westbury Trust's lead AHP for primary care."))
    assert "AHP" not in facts.organisations
    assert {("Ciara Mallon", "head of ahp services"), ("Eoin Tully", "lead ahp for primary care")} <= {
        (p, r) for p, _, r in post_triples(facts)}


def test_an_appointed_title_keeps_its_portfolio_after_a_comma(parse):
    facts = extract(parse("Harford Council and Wexmoor NHS Foundation Trust have jointly appointed Tom Grey as "
                          "Managing Director, Community Health and Adult Social Care, from 1 October. "
                          "Eastmoor Council has appointed Jo Tate as Chief Executive, Dr Amy Lister said."))
    assert {("Tom Grey", "Harford Council", "managing director, community health and adult social care"),
            ("Tom Grey", "Wexmoor NHS Foundation Trust", "managing director, community health and adult social care"),
            ("Jo Tate", "Eastmoor Council", "chief executive")} <= post_triples(facts)


def test_a_body_which_others_set_up_is_their_partnership_wherever_it_stands(parse):
    text = ("Harford's plan is owned by the Harford Care Board, which Harford City Council and NHS Wexmoor set "
            "up in February 2011 to agree how the city would spend the fund. The money is held by the Eastholme "
            "Housing Panel, which was set up in 2009 by Eastholme Council and Eastholme Housing Association.")
    parts = {p.name: set(p.members) for p in extract(parse(text)).partnerships}
    assert parts.get("Harford Care Board") == {"Harford City Council", "NHS Wexmoor"}
    assert parts.get("Eastholme Housing Panel") == {"Eastholme Council", "Eastholme Housing Association"}


def test_the_board_keeps_to_a_named_board_while_the_paragraphs_speak_of_it(parse):
    text = ("Harford Health Partnership\n\nHome | About us | Practice examples | Contact\n\nPractice example: Harford\n\n"
            "Harford's plan is owned by the Harford Reshaping Care Board, which meets monthly.\n\n"
            "Two housing associations are consulted through the board's housing sub-group but do not sit on "
            "the board itself.\n\n"
            "The board is chaired by Ellen Marsh, a non-executive director of NHS Wexmoor.\n")
    facts = extract(parse(text))
    assert ("Ellen Marsh", "Harford Reshaping Care Board") in post_pairs(facts)
    assert ("Ellen Marsh", "Harford Health Partnership") not in post_pairs(facts)


def test_a_headless_name_the_tagger_missed_once_is_still_that_body(parse):
    text = ("Northern Care joined the Harford Care Board in June to represent the city's independent care homes.\n\n"
            "The Harford Response Team is run by Harford City Council. Its team leader, Shona Wexley, is employed by "
            "the council on behalf of both partners.\n\n"
            "Northern Care's role has been to bring independent providers into the team's rota. Its independent "
            "sector lead, Callum Rudd, said: \"Now they are part of the response.\"\n")
    pairs = post_pairs(extract(parse(text)))
    assert ("Callum Rudd", "Northern Care") in pairs and ("Callum Rudd", "Harford City Council") not in pairs


def test_who_sits_on_the_board_lists_the_board_not_the_partnership_named_most(parse):
    text = ("The plan was agreed at a meeting of the Harford Health and Wellbeing Board on Tuesday.\n\n"
            "It builds on Harford Together, which has run since 2012. Harford Together is a partnership of the "
            "council and the CCG, and Harford Together will now grow.\n\n"
            "Who sits on the board?\n\n"
            "Coun Mary Tolland (chair), cabinet member for adult social care, Harford Council\n"
            "Alan Treddle, chief officer, NHS Harford CCG\n"
            "Nina Fenby, chair, Healthwatch Harford\n"
            "Plus representatives of Harford Hospitals NHS Trust and Wexmoor Police\n\n"
            "The council said the plan would be published next week.\n")
    parts = {p.name: set(p.members) for p in extract(parse(text)).partnerships}
    assert {"Healthwatch Harford", "Wexmoor Police"} <= parts.get("Harford Health and Wellbeing Board", set())
    assert not {"Healthwatch Harford", "Wexmoor Police"} & parts.get("Harford Together", set())


def test_three_words_before_a_nation_name_a_national_body(parse):
    """'St John Ambulance Cymru': the tagger reads a saint's name as a person's; three capitalised
    words before a nation's name, with no head word, are a national body as one or two are."""
    text = ("The partnership was set up in 2019 by the Welsh Ambulance Service and St Peter Ambulance Cymru, whose "
            "volunteers and staff run falls response vehicles. St Peter Ambulance Cymru's chief executive, Gwyn "
            "Tallis, said so.")
    facts = extract(parse(text))
    assert "St Peter Ambulance Cymru" in facts.organisations and "St Peter Ambulance Cymru" not in facts.people
    assert ("Gwyn Tallis", "St Peter Ambulance Cymru") in post_pairs(facts)


def test_a_board_list_line_names_a_person_before_a_dash_and_a_modified_title(parse):
    text = ("Harford Voluntary Action\n\nAnnual Report 2012-13\n\nHarford Voluntary Action supports 300 groups.\n\n"
            "Senior staff\n\nHuw Maddox – Chief Executive (from September 2012)\n"
            "Carys Penn – Deputy Chief Executive (from January 2013)\nRhys Dunn – Finance Manager\n")
    facts = extract(parse(text))
    assert "Carys Penn" in facts.people and "Penn" not in facts.people
    assert ("Carys Penn", "Harford Voluntary Action", "deputy chief executive") in post_triples(facts)


def test_a_nominated_by_column_seats_every_title_on_the_partnership(parse):
    text = ("Harford Agewell Partnership\n\nAnnual Report 2011-12\n\n"
            "The Harford Agewell Partnership was formed in 2001 by Harford Borough Council and Wexmoor "
            "Borough Council.\n\nOur Board 2011-12\n\n"
            "Name | Position | Nominated by\n"
            "Mrs Eileen Tarn | Chair | Older people's forums\n"
            "Mr Desmond Glade | Treasurer | Wexmoor Borough Council\n"
            "Alderman Jean Pollock | Member | Harford Borough Council\n"
            "Mrs Sadie Rook | Member (from February 2012) | Harford Housing Executive\n")
    triples = post_triples(extract(parse(text)))
    assert {("Desmond Glade", "Harford Agewell Partnership", "treasurer"),
            ("Jean Pollock", "Harford Agewell Partnership", "member"),
            ("Sadie Rook", "Harford Agewell Partnership", "member")} <= triples
    assert ("Desmond Glade", "Wexmoor Borough Council", "treasurer") not in triples


def test_a_partnership_the_text_says_bodies_set_up_stays_a_body_where_the_tagger_says_person(parse):
    """The tagger reads 'Healthy Garvagh' as a person twice; the text says two bodies set it up."""
    text = ("Healthy Garvagh was set up in 2019 by the Wexmoor Trust and Lunedale and Orrin District Council. "
            "Lunedale Rural Community Network joined in 2020.\n\nCllr Paul Kenning, Chair of the council, said: "
            "\"People in Carrowkeel should not have to drive to Lunemouth. Healthy Garvagh brings the help to the "
            "village hall.\"")
    facts = extract(parse(text))
    assert "Healthy Garvagh" in facts.organisations and "Healthy Garvagh" not in facts.people
    assert {"Wexmoor Trust", "Lunedale and Orrin District Council"} <= {
        m for p in facts.partnerships if p.name == "Healthy Garvagh" for m in p.members}


def test_a_name_before_accreditation_names_the_standard_not_a_body(parse):
    text = ("Harford Homes retained its Customer Care Excellence accreditation in May, and Westbury Care "
            "Partnership gained the Quality in Caring kitemark.")
    facts = extract(parse(text))
    assert not {"Customer Care Excellence", "Quality in Caring"} & set(facts.organisations)
    assert "Customer Care Excellence" not in {a.recipient for a in facts.awards}


def test_a_body_that_has_been_a_partner_since_a_year_is_a_member(parse):
    text = ("The Harford Alliance was set up by Harford Council and NHS Harford. Wexmoor Police has been a partner "
            "since 2009, and Harford Housing Trust has been a member for three years.")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Harford Alliance" for m in p.members}
    assert {"Wexmoor Police", "Harford Housing Trust"} <= members


def test_the_partnership_through_which_bodies_work_is_a_partnership(parse):
    text = ("Harford Cares is the partnership through which health and care organisations in the borough plan and "
            "provide services together. The original partners were Harford Council, NHS Harford CCG and Wexmoor "
            "Care NHS Foundation Trust.")
    facts = extract(parse(text))
    assert facts.organisations["Harford Cares"].kind == "Partnership"
    assert {"Harford Council", "Wexmoor Care NHS Foundation Trust"} <= {
        m for p in facts.partnerships if p.name == "Harford Cares" for m in p.members}


def test_a_body_that_became_the_alliances_first_member_of_a_kind_is_a_member(parse):
    text = ("The Harford Alliance was set up by Harford Council and NHS Harford. Eastmoor Housing Association "
            "became the alliance's first housing member on 2 July.")
    members = {m for p in extract(parse(text)).partnerships if p.name == "Harford Alliance" for m in p.members}
    assert "Eastmoor Housing Association" in members


def test_the_chair_of_a_bodys_steering_group_is_named_for_the_group(parse):
    text = ("Harford Navigators Partnership was set up in 2011 by Harford Council and Harford Care CIC. "
            "The partnership's steering group is chaired by Pauline Wade, the CIC's director of partnerships.")
    assert ("Pauline Wade", "Harford Navigators Partnership", "chair of the steering group") in post_triples(
        extract(parse(text)))


def test_a_body_named_by_its_acronym_and_set_up_by_bodies_is_their_partnership(parse):
    """'The HWN was set up in May 2019 by the Council, NHS Harford CCG and Harford Voluntary Action':
    a name given by its acronym alone, set up by bodies, is a partnership of them (an acronym is
    not a place the tagger read)."""
    facts = extract(parse(
        "Harford Wellbeing Network renews its agreement\n\nThe Harford Wellbeing Network (HWN) will continue for "
        "three more years, the county council said.\n\nThe HWN was set up in May 2019 by the Council, NHS "
        "Harford CCG and Harford Voluntary Action to join up community support in the county. Oakfield Housing "
        "joined the network in 2021.\n"))
    parts = named_members(facts)
    assert {"Harford Voluntary Action", "Oakfield Housing"} <= parts.get("Harford Wellbeing Network", set()), parts


def test_a_report_submitted_by_a_member_gives_the_title_after_the_name(parse):
    """'REPORT SUBMITTED BY: Cllr Jane Ashcombe, Executive Member for Adult Services' on a council
    report: 'submitted by' is the paper's role, no post; the title after the name is held at the
    council the report is for, and no bare 'Councillor' stands in for it."""
    facts = extract(parse(
        "--- Page 1 ---\n\nHARFORD COUNTY BOROUGH COUNCIL\n\nREPORT TO: CABINET\n\nDATE OF MEETING: 12 March 2019\n\n"
        "SUBJECT: Community Connectors – Annual Update\n\nREPORT SUBMITTED BY: Cllr Jane Ashcombe, Executive "
        "Member for Adult Services\n\nREPORT WRITTEN BY: Tom Bellweather, Head of Adult Services\n\n1. Purpose of "
        "report\n1.1 To update Cabinet on the community connector service.\n"))
    posts = post_triples(facts)
    assert ("Jane Ashcombe", "Harford County Borough Council", "executive member for adult services") in posts, posts
    assert not any(p == "Jane Ashcombe" and r == "councillor" for p, _, r in posts), posts


def test_a_name_that_became_the_nth_partner_is_a_body_and_a_member(parse):
    """'Mindline became the fourth partner in January 2023': a name with no head word that becomes
    a partner (or member) of the network named before is a body, and a member of it."""
    facts = extract(parse(
        "Harford Wellbeing Network renews its agreement\n\nThe Harford Wellbeing Network (HWN) will continue for "
        "three more years, the county council said.\n\nThe HWN was set up in May 2019 by the Council, NHS "
        "Harford CCG and Harford Voluntary Action to join up community support in the county. Mindline became the "
        "fourth partner in January 2023, when it took over the network's peer support service.\n"))
    assert "Mindline" in {o.name for o in facts.organisations.values()}
    parts = named_members(facts)
    assert "Mindline" in parts.get("Harford Wellbeing Network", set()), parts


def test_a_body_named_one_of_the_exemplars_is_designated_and_the_namer_is_not(parse):
    """'the Harford Regional Partnership Board named the Harford Wellbeing Network one of two
    Place-Based Exemplars': the network is designated (the designation as written, singular); the
    board that named it gave it and holds none. (The rule's decision: the learned scorer weighs
    this one sentence near its threshold, and moves with each refit.)"""
    facts = extract(parse(
        "Harford network recognised\n\nIn March 2024 the Harford Regional Partnership Board named the Harford "
        "Wellbeing Network one of two Place-Based Exemplars for its community wellbeing programme.\n"),
        scorer=RuleScorer())
    results = {(a.recipient, a.award, a.outcome) for a in facts.awards}
    assert ("Harford Wellbeing Network", "Place-Based Exemplar", "designated") in results, results
    assert not any(r == "Harford Regional Partnership Board" for r, _, _ in results), results


def test_a_bare_acronym_that_opens_a_sentence_is_the_body_whose_initials_it_is(parse):
    """'... passed to Golden Weald Hospitals NHS Foundation Trust. GWH joined the alliance on July 1',
    "GWH's director of community services, Jo Bellamy-Crane, ...": an acronym never spelt out that
    opens a clause is the one body of the article whose initials it is (the tagger calls it a person)."""
    facts = extract(parse(
        "The biggest change came in July, when community health services passed from Carelink to Golden Weald "
        "Hospitals NHS Foundation Trust. GWH joined the alliance on July 1, the day it took over the service, and "
        "Carelink left.\n\nMedvale, which answers the alliance's phone line, is not a member.\n\nGWH's director of "
        "community services, Jo Bellamy-Crane, joined the trust in July from Carelink, where she was director of "
        "nursing.\n"))
    org = facts.organisations.get("Golden Weald Hospitals NHS Foundation Trust")
    assert org is not None and "GWH" in org.aliases, facts.organisations
    assert ("Jo Bellamy-Crane", "Golden Weald Hospitals NHS Foundation Trust") in post_pairs(facts), post_triples(facts)


def test_bodies_that_joined_or_signed_up_with_no_object_join_the_partnership_named_before(parse):
    """'Wexley Mental Health NHS Trust joined that autumn, and Harford Carers Centre and Oakleaf Hospice
    signed up together in January': after a sentence about the alliance, a body that 'joined' or
    'signed up' at a time, with no object, joins it."""
    facts = extract(parse(
        "The Harford Living Well Alliance was set up in April 2015 by Harford Borough Council and NHS Harford "
        "CCG. Wexley Mental Health NHS Trust joined that autumn, and Harford Carers Centre and Oakleaf Hospice "
        "signed up together in January.\n"))
    parts = named_members(facts)
    assert {"Wexley Mental Health NHS Trust", "Harford Carers Centre", "Oakleaf Hospice"} <= parts.get(
        "Harford Living Well Alliance", set()), parts


def test_a_body_that_left_or_withdrew_is_no_member(parse):
    """'Carelink CIC left', 'Wexley Mind, which ran that service from 2021, left the network on 31
    December', 'Harford College, a partner since 2004, withdrew at the end of March': former
    members are not members (nor partners of the others)."""
    facts = extract(parse(
        "The Harford Living Well Alliance was set up in April 2015 by Harford Borough Council, NHS Harford CCG, "
        "Carelink CIC and Wexley Mind. Harford Hospitals NHS Foundation Trust joined the alliance on July 1, the day "
        "it took over the service, and Carelink CIC left.\n\nWexley Mind, which ran the listening service from 2015, "
        "left the alliance on 31 December 2017 when its contract ended.\n"))
    parts = named_members(facts)
    members = parts.get("Harford Living Well Alliance", set())
    assert {"Harford Borough Council", "Harford Hospitals NHS Foundation Trust"} <= members, parts
    assert not members & {"Carelink CIC", "Wexley Mind"}, parts


def test_a_title_ends_before_a_second_description_with_its_own_article(parse):
    """'Dr Peter Ashcombe, the CCG's clinical chair and a GP in Old Town': the post at the CCG is
    'clinical chair'; 'and a GP in Old Town' describes him again and is no part of it."""
    facts = extract(parse("NHS Harford CCG said the Harford Alliance had cut admissions. The alliance is chaired by "
                          "Dr Peter Ashcombe, the CCG's clinical chair and a GP in Old Town.\n"))
    posts = post_triples(facts)
    assert ("Peter Ashcombe", "NHS Harford Clinical Commissioning Group", "clinical chair") in posts, posts


def test_a_name_defined_by_a_kind_s_acronym_in_brackets_is_of_that_kind(parse):
    """'NHS Harford, Wexley and Dunmore (the ICB)': the name has no head word, but the brackets say
    it is an integrated care board."""
    facts = extract(parse("NHS Harford, Wexley and Dunmore (the ICB) has appointed Sam Reed as director of "
                          "integration. The ICB said the post was new.\n"))
    org = facts.organisations.get("NHS Harford, Wexley and Dunmore")
    assert org is not None and org.kind == "ICB", facts.organisations


def test_a_name_with_commas_given_whole_is_that_name_where_it_recurs_in_a_list(parse):
    """'a joint post between NHS Harford, Wexley and Dunmore and Wexley & Dunmore Council' after
    'NHS Harford, Wexley and Dunmore Integrated Care Board': the NHS short form is the board, not
    'NHS Harford' and a body called 'Wexley and Dunmore and Wexley & Dunmore Council'."""
    facts = extract(parse(
        "NHS Harford, Wexley and Dunmore Integrated Care Board has appointed Liz Kett as director of integration, "
        "a joint post between NHS Harford, Wexley and Dunmore and Wexley & Dunmore Council.\n\nNHS Harford, Wexley "
        "and Dunmore said the post would start in May.\n"))
    assert set(facts.organisations) == {"NHS Harford, Wexley and Dunmore Integrated Care Board",
                                        "Wexley & Dunmore Council"}, facts.organisations
    assert {"NHS Harford, Wexley and Dunmore Integrated Care Board", "Wexley & Dunmore Council"} <= {
        o for p, o in post_pairs(facts) if p == "Liz Kett"}, post_triples(facts)


def test_a_members_table_with_people_and_their_titles_in_one_cell(parse):
    """'Harford Council | Cllr Ann Hale (Co-Chair); Jim Sayer, Head of Social Work' under a
    partnership board's membership: with no role column, a seat in brackets after a name is held
    on the partnership, a title after a comma at the row's body."""
    facts = extract(parse(
        "The Harford Older People's Partnership Board was set up in 2011 by Harford Council and NHS Harford.\n\n"
        "3. Membership\n\nThe Board's current members are:\n\nOrganisation | Representative\n"
        "Harford Council | Cllr Ann Hale (Co-Chair); Jim Sayer, Head of Social Work\n"
        "NHS Harford | Derek Moss (Co-Chair); Lin Chapel, General Manager\n"
        "Harford Carers Together | Ella Allen, Manager\n\n"
        "3.2 The Board meets quarterly.\n"))
    posts = post_triples(facts)
    board = "Harford Older People's Partnership Board"
    assert {("Ann Hale", board, "co-chair"), ("Derek Moss", board, "co-chair"),
            ("Jim Sayer", "Harford Council", "head of social work"),
            ("Ella Allen", "Harford Carers Together", "manager")} <= posts, posts


def test_a_staff_list_heading_with_a_year_is_neither_a_body_nor_an_award_category(parse):
    """'Board of Management 2014-15' and 'Senior management team' over 'Name – Title' lines in a
    housing association's annual report that also names an award: the board's officers hold their
    posts at the association, and the heading is no award category its people won."""
    facts = extract(parse(
        "--- Page 1 ---\n\nHarford Housing Association\n\nAnnual Report 2014-15\n\nOur step-down flats with the "
        "Harford Health and Social Care Trust were highly commended in the Best Partnership category of the UK "
        "Housing Awards 2015.\n\n--- Page 4 ---\n\nBoard of Management 2014-15\n\nSiobhan Clune – Chair (from "
        "September 2014; previously Vice Chair)\nMartin Letter – Vice Chair (from September 2014)\n\n"
        "Senior management team\n\nConal Gort – Chief Executive\nKevin Bally – Director of Development\n"))
    posts = post_triples(facts)
    assert ("Siobhan Clune", "Harford Housing Association", "chair") in posts, posts
    assert not any(o.startswith("Board of Management") for o in facts.organisations), facts.organisations
    assert not any(a.recipient in {"Conal Gort", "Kevin Bally"} for a in facts.awards), facts.awards


def test_a_title_s_field_alone_after_of_is_no_body(parse):
    """'our Director of Housing Services, Eileen Kill, retired': 'Housing Services' is the field the
    title names, not a body; the post is at the association the report is about."""
    facts = extract(parse("Harford Housing Association\n\nAt the end of March our Director of Housing Services, "
                          "Eileen Kill, retired after 27 years with the association. She has been succeeded by "
                          "Gavin Slieve, previously our Head of Supported Housing.\n"))
    assert "Housing Services" not in facts.organisations, facts.organisations
    assert ("Eileen Kill", "Harford Housing Association", "director of housing services") in post_triples(facts), \
        post_triples(facts)


def test_a_headless_name_that_joined_that_autumn_is_a_body_and_a_member(parse):
    """'Active Life Harford joined that autumn to run exercise sessions': a name with no head word
    that joins at a time, after a sentence about the partnership, is a body and a member."""
    facts = extract(parse(
        "The Harford Long Covid Support Partnership was set up in June 2021 by Harford Heart Charity and NHS "
        "Harford. Active Life Harford joined that autumn to run gentle exercise sessions in its leisure centres.\n"))
    parts = named_members(facts)
    assert "Active Life Harford" in parts.get("Harford Long Covid Support Partnership", set()), parts


def test_a_name_cut_short_before_a_nation_takes_the_nation_in(parse):
    """'Heart Lung & Stroke Scotland (CHSS)': the tagger stops before 'Scotland'; a short headless name
    right before a nation's name is a national body's name, nation included."""
    facts = extract(parse(
        "Heart Lung & Stroke Scotland\n\nThe Harford Long Covid Support Partnership was set up in June 2021 by "
        "Heart Lung & Stroke Scotland (CHSS) and NHS Highland, which runs both health and adult social care "
        "services in the area.\n"))
    assert "Heart Lung & Stroke Scotland" in facts.organisations, facts.organisations
    assert "Heart Lung & Stroke" not in facts.organisations, facts.organisations


def test_its_steering_group_after_another_body_is_the_partnership_s(parse):
    """'She joined us in 2021 from NHS Harford ... Its steering group is chaired by NHS Harford's head
    of therapies, Dr Cal Edder': 'its' group is the partnership's, though the sentence before ends
    on another body."""
    facts = extract(parse(
        "The Harford Long Covid Support Partnership was set up in June 2021 by Harford Heart Charity and NHS "
        "Harford.\n\nThe partnership's co-ordinator, Kirsty Emble, is employed by Harford Heart Charity. She "
        "joined us in 2021 from NHS Harford, where she was a physiotherapist.\n\nIts steering group is chaired by "
        "NHS Harford's head of therapies, Dr Cal Edder, and meets monthly.\n"))
    posts = post_triples(facts)
    assert ("Cal Edder", "Harford Long Covid Support Partnership", "chair of the steering group") in posts, posts
    assert ("Cal Edder", "NHS Harford", "chair of the steering group") not in posts, posts


def test_a_name_in_apposition_with_any_kind_of_charity_is_a_body(parse):
    """'Rural Aid, the farming charity, runs a wellbeing service': a headless name the sentence calls
    a charity (whatever word qualifies it) is a body, and a post there is held at it."""
    facts = extract(parse("Rural Aid, the farming charity, runs a wellbeing service for farm families that link "
                          "workers can refer to, but is not a partner.\n\nAoife Laurel, the council's Head of "
                          "Community Development, has left the council to become Chief Executive of Rural Aid.\n"))
    assert "Rural Aid" in facts.organisations, facts.organisations
    assert ("Aoife Laurel", "Rural Aid") in post_pairs(facts), post_triples(facts)


def test_a_charity_branch_named_for_an_area_of_two_places_keeps_both(parse):
    """'Healthwatch Harford and Wexley has joined the network': a national charity's local branch
    named for an area of two places keeps the place after 'and' (no head, no second body there),
    while 'Healthwatch Harford and Wexley Council' is still two bodies."""
    facts = extract(parse(
        "Healthwatch Harford and Wexley has joined the new carers' network. Its manager, Joan Pelham, said "
        "the group would meet monthly.\n\nAge UK Dunmore and Fenby also welcomed the plan, and Healthwatch "
        "Amberley and Wexley Council will both send observers.\n"))
    assert "Healthwatch Harford and Wexley" in facts.organisations, facts.organisations
    assert "Age UK Dunmore and Fenby" in facts.organisations, facts.organisations
    assert "Healthwatch Amberley" in facts.organisations, facts.organisations
    assert "Wexley Council" in facts.organisations, facts.organisations
    assert ("Joan Pelham", "Healthwatch Harford and Wexley") in post_pairs(facts), post_triples(facts)


def test_the_title_after_the_one_replaced_is_the_successor_s(parse):
    """'Ann Lee replaces Tom Brisk as chief executive of X': the title after the name of the one
    replaced is the successor's; the one replaced held it before. 'She replaced Tom Brisk' after
    her appointment gives him her post, former."""
    facts = extract(parse("Ann Lee replaces Tom Brisk as chief executive of Wexley Community Trust.\n"))
    posts = {(p.person, p.organisation, p.role.lower(), p.former) for p in facts.posts}
    assert ("Ann Lee", "Wexley Community Trust", "chief executive", False) in posts, posts
    assert ("Tom Brisk", "Wexley Community Trust", "chief executive", True) in posts, posts
    assert ("Tom Brisk", "Wexley Community Trust", "chief executive", False) not in posts, posts
    facts = extract(parse("Ann Lee has been appointed chair of the Harford Care Alliance. She replaced Tom "
                          "Brisk, who led the alliance in its first year.\n"))
    posts = {(p.person, p.organisation, p.role.lower(), p.former) for p in facts.posts}
    assert ("Tom Brisk", "Harford Care Alliance", "chair", True) in posts, posts


def test_an_awards_list_after_a_partnership_s_paragraph_names_no_members(nlp):
    """'... but is not a member.' then a paragraph and the next category's 'Winner: X' lines: the
    sentence ending in 'member' introduces no list, and the award entrants below are no members
    of the partnership named above them."""
    text = ("Best Community Initiative\n\nWinner: Harford Memory Partnership - Memory cafes\n\n"
            "The Harford Memory Partnership was formed in 2015 by Harford Council and NHS Harford CCG. Wexley "
            "Fire and Rescue Service carries out safety visits for people referred by the partnership but is "
            "not a member.\n\nThe partnership is chaired by Harford Council's Head of Adult Care, Carol Meld, "
            "with Dr Ian Lowe, the CCG's clinical lead for dementia, as vice chair.\n\nBest Care Team\n"
            "Sponsored by Care Home Weekly\n\nWinner: Memory Service, Dunmore Partnership NHS Foundation Trust\n"
            "Highly commended: Support Team, Fenby Hospitals NHS Foundation Trust\nShortlisted: Home from "
            "Hospital team, Age UK Amberley\n")
    members = candidates(nlp, text, "member")
    assert ("Harford Memory Partnership", "Harford Council") in members, members
    for body in ("Dunmore Partnership NHS Foundation Trust", "Fenby Hospitals NHS Foundation Trust",
                 "Age UK Amberley"):
        assert ("Harford Memory Partnership", body) not in members, members


def test_an_acronym_is_spelt_out_by_a_name_alone_on_its_line(parse):
    """A report's title page names the body alone on a line ('Harford Carers Voice'), the text then
    calls it by its initials only ('HCV'): the acronym is that body, which holds the board's posts
    listed under it, not the partnership the report also describes."""
    facts = extract(parse(
        "--- Page 1 ---\n\nHarford Carers Voice\n\nAnnual Report 2020/21\n\n--- Page 2 ---\n\nChair's foreword\n\n"
        "Nobody who worked with HCV in 2020/21 will forget it. The Board appointed Grainne Moy, our Director of "
        "Services, as Chief Executive from 1 April 2021.\n\n--- Page 3 ---\n\nThe Wexley Wellbeing Partnership was "
        "set up in 2019 by HCV, Wexley District Council and the Wexley Health and Social Care Trust. The partnership "
        "is co-chaired by Dr Ruairi Kell, Associate Director of Mental Health Services at the trust.\n\n"
        "Board of Trustees 2020/21\n\nHazel Rath – Chair\nPeter Arm – Vice Chair\nUna Strand – Honorary Treasurer\n"))
    assert "Harford Carers Voice" in facts.organisations, facts.organisations
    assert "HCV" in facts.organisations["Harford Carers Voice"].aliases, facts.organisations
    assert "Harford Carers Voice" in named_members(facts).get("Wexley Wellbeing Partnership", set()), named_members(facts)
    posts = post_triples(facts)
    assert ("Hazel Rath", "Harford Carers Voice", "chair") in posts, posts
    assert ("Hazel Rath", "Wexley Wellbeing Partnership", "chair") not in posts, posts


def test_a_partnership_that_joins_another_is_its_member_not_the_next_joiner_s_group(parse):
    """'The Wexley Health and Social Care Partnership joined in May': a partnership that joins the
    hub named before is one of the hub's members, and the body that 'became the fifth partner' in
    the next sentence joins the hub, not the partnership that joined it."""
    facts = extract(parse(
        "The Harford Community Support Hub was launched on March 24 by Harford Council and Harford Voluntary "
        "Action.\n\nHarford Leisure Trust came on board in April, lending the hub two minibuses. The Wexley "
        "Health and Social Care Partnership joined in May, bringing its community link workers.\n\nDunmore "
        "Housing Association became the fifth partner this month.\n"))
    members = named_members(facts)
    hub = members.get("Harford Community Support Hub", set())
    assert {"Wexley Health and Social Care Partnership", "Dunmore Housing Association"} <= hub, members
    assert "Dunmore Housing Association" not in members.get("Wexley Health and Social Care Partnership", set()), members


def test_a_body_named_for_its_nation_that_joins_in_a_later_clause_is_a_member(parse):
    """'Age NI joined in 2016, and Harbour Support NI became a member in April this year': the
    subject of a joining clause after ', and' is a body too, though the tagger reads it as a
    person, when its name ends in its nation or an acronym; and it is the partnership's member."""
    facts = extract(parse(
        "The Harford Adult Safeguarding Partnership was set up in 2012. Its members are the Harford Health and "
        "Social Care Trust, the Police Service of Northern Ireland and Harford Borough Council. Age NI joined in "
        "2016, and Harbour Support NI became a member in April this year.\n"))
    assert "Harbour Support NI" in facts.organisations, facts.organisations
    assert "Harbour Support NI" not in facts.people, facts.people
    assert "Harbour Support NI" in named_members(facts).get("Harford Adult Safeguarding Partnership", set()), \
        named_members(facts)


def test_bodies_listed_after_a_counted_kind_and_a_colon_are_bodies_and_members(parse):
    """'... together with X NHS Foundation Trust and two providers: Bupa and Age UK Harford': the
    names listed after a counted kind of body and a colon are bodies (a charity's branch after a
    headless name too), and members of the partnership the sentence forms."""
    facts = extract(parse(
        "The Harford Care Homes Alliance was formed in March 2012 by Harford Council and NHS Harford, together "
        "with Wexley Care NHS Foundation Trust and two providers: Bupa and Age UK Harford.\n"))
    for body in ("Bupa", "Age UK Harford"):
        assert body in facts.organisations, facts.organisations
        assert body in named_members(facts).get("Harford Care Homes Alliance", set()), named_members(facts)


def test_set_up_in_the_spring_of_a_year_by_and_an_acronym_in_apposition_that_joined(parse):
    """'was set up in the spring of 2010 by A and B' (five words between the verb and 'by'), then
    'HVA, the borough's umbrella body for voluntary groups, joined the following year': both makers
    and the acronym that joined are the partnership's members (though the tagger reads "HVA's chief
    executive" as a person's)."""
    facts = extract(parse(
        "The Harford Home First Partnership was set up in the spring of 2010 by Harford County Borough Council "
        "and Wexley University Health Board, to get patients home within 48 hours.\n\nHVA, the borough's "
        "umbrella body for voluntary groups, joined the following year, bringing in volunteer drivers.\n\nHVA's "
        "chief executive, Glenys Caia, said: \"Being a full partner means the hospital staff ring us first.\"\n"))
    members = named_members(facts).get("Harford Home First Partnership", set())
    assert {"Harford County Borough Council", "Wexley University Health Board", "HVA"} <= members, named_members(facts)


def test_a_body_that_signed_up_or_came_on_board_this_month_is_a_member(parse):
    """'X became the fourth partner in January, ..., and HCS signed up this month to support ...';
    'TL Leisure came on board in April': the subject that signs up or comes on board at a time is a
    body (an acronym never spelt out, a name the tagger reads as a person's) and the partnership's
    member."""
    facts = extract(parse(
        "The Harford Home First Partnership was set up in 2010 by Harford County Borough Council and Wexley "
        "University Health Board.\n\nHarford Carers Trust became the fourth partner in January, fitting grab "
        "rails, key safes and ramps before patients arrive home, and HCS signed up this month to support the "
        "husbands, wives and children who do much of the caring once the ambulance has gone.\n\nTL Leisure "
        "came on board in April, lending the scheme two minibuses.\n"))
    members = named_members(facts).get("Harford Home First Partnership", set())
    assert {"Harford Carers Trust", "HCS", "TL Leisure"} <= members, named_members(facts)


def test_chaired_by_one_with_another_in_apposition_as_vice_chair(parse):
    """'The partnership is chaired by A, with Dr B, the CCG's clinical lead for dementia, as vice
    chair': B is vice chair of the partnership and clinical lead at the CCG, not its vice chair."""
    facts = extract(parse(
        "The Harford Dementia Action Partnership was formed in 2015 by Harford Council and NHS Harford CCG. The "
        "partnership is chaired by Harford Council's Head of Adult Social Care Operations, Carol Meltham, with "
        "Dr Imran Linthwaite, the CCG's clinical lead for dementia, as vice chair.\n"))
    posts = post_triples(facts)
    assert ("Imran Linthwaite", "Harford Dementia Action Partnership", "vice chair") in posts, posts
    assert ("Imran Linthwaite", "NHS Harford Clinical Commissioning Group", "clinical lead for dementia") in posts, posts
    assert ("Imran Linthwaite", "NHS Harford Clinical Commissioning Group", "vice chair") not in posts, posts


def test_a_field_after_a_title_s_for_is_no_person(parse):
    """"HPT's Associate Director of Nursing for Older People, Sally Keresley, said": the capitalised
    words after a title's 'for' are its field, not a person, and the title is Sally Keresley's."""
    facts = extract(parse(
        "The rapid response was set up by Harford Partnership NHS Trust in 2016. HPT's Associate Director of "
        "Nursing for Older People, Sally Keresley, said: \"Two organisations, one phone number.\"\n"))
    assert "Older People" not in facts.people, facts.people
    assert ("Sally Keresley", "Harford Partnership NHS Trust") in post_pairs(facts), post_triples(facts)


def test_an_entrant_with_a_relative_clause_holding_commas_is_a_body(parse):
    """'Caerphilly Community Connections, which links people who are lonely, in debt or struggling to
    cope with local groups, is one of three finalists': a name with no head word, the tagger's no
    entity, is an entrant and a body though its relative clause holds commas of its own."""
    facts = extract(parse(
        "Live Well Harford, which links people who are lonely, in debt or struggling to cope with "
        "local groups and services, is one of three finalists in the Wessex Care Awards 2019.\n"))
    assert "Live Well Harford" in facts.organisations, facts.organisations


def test_the_partnership_has_been_joined_by_a_and_by_b(parse):
    """'This year the partnership has been joined by A, whose volunteers visit patients at home, and by
    B, which will run drop-ins': the bodies after the passive's 'by' join the partnership."""
    facts = extract(parse(
        "The Harford Good Neighbour Partnership was set up in 2010 by the Harford Health and Social Care Trust "
        "and Age NI. This year the partnership has been joined by Harford Hospice Services, whose volunteers "
        "already visit patients at home, and by Carers Link NI, which will run monthly drop-ins.\n"))
    members = named_members(facts).get("Harford Good Neighbour Partnership", set())
    assert {"Harford Hospice Services", "Carers Link NI"} <= members, named_members(facts)


def test_accredited_at_a_level_and_a_standard_met_are_designations(parse):
    """'The association was re-accredited at Investors in People Gold level in June' and 'had met all
    nine indicators of the Investing in Volunteers standard': a standard met, outcome designated,
    for the body 'the association' and 'the partnership' stand for."""
    facts = extract(parse(
        "Harford Housing Association became the fifth partner of the Harford Support Hub this month. The "
        "association was re-accredited at Investors in People Gold level in June, having held the standard "
        "since 2014.\n\nLast month Volunteer Harford confirmed that the Harford Support Hub had met all nine "
        "indicators of the Investing in Volunteers standard, the UK quality mark for volunteer management.\n"))
    got = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert any(r == "Harford Housing Association" and "investors in people gold" in a and o == "designated"
               for r, a, o in got), got
    assert any(r == "Harford Support Hub" and "investing in volunteers" in a and o == "designated"
               for r, a, o in got), got


def test_a_title_ends_before_employed_by(parse):
    """'is an adult safeguarding officer employed by the Trust on the partnership's behalf': the title
    ends before the participle that says who employs her."""
    facts = extract(parse(
        "The Harford Safeguarding Partnership is chaired by Joan Flore, the Harford Trust's Co-Director for Adult "
        "Safeguarding. The project lead, Stephen Tully, is an adult safeguarding officer employed by the Trust on "
        "the partnership's behalf.\n"))
    roles = {r for p, o, r in post_triples(facts) if p == "Stephen Tully"}
    assert "adult safeguarding officer" in roles, roles
    assert not any(r.endswith("employed") for r in roles), roles


def test_category_first_lines_of_a_results_list_give_each_entrant_the_category(parse):
    """'- Partnership Working: Harford Council and Wexley Housing - Safe at Home' under 'The winners in
    each category are:', and the same shape under 'Highly commended:': the category before the colon,
    the entrants before the project's dash (a joint entry's bodies each, a one-word charity too), a
    team's body after its comma; a person's line gives no body the award."""
    facts = extract(parse(
        "Harford Care Awards 2019: the winners\n\nPublished: 3 May 2019\n\n"
        "The Harford Care Awards were presented in Harford last night.\n\n"
        "The winners in each category are:\n\n"
        "- Carer Support: Brightwell Trust - Home From Hospital Service (Harford)\n"
        "- Partnership Working: Harford Council and Wexley Housing - Safe at Home\n"
        "- Research in Practice: Kestrel with Care Wexley - Evidence Champions\n"
        "- Outstanding Team: Reablement and Rehab Team, Wexley Borough Council\n"
        "- Rising Star: Jo Pellow, Support Worker, Brightwell Trust\n\n"
        "Highly commended:\n\n"
        "- Carer Support: Oakfield Carers - Time Out breaks\n\n"
        "The judges praised the standard of entries.\n"))
    got = {(a.recipient, a.award, a.outcome) for a in facts.awards}
    for want in [("Brightwell Trust", "Carer Support", "won"), ("Harford Council", "Partnership Working", "won"),
                 ("Wexley Housing", "Partnership Working", "won"), ("Kestrel", "Research in Practice", "won"),
                 ("Care Wexley", "Research in Practice", "won"), ("Wexley Borough Council", "Outstanding Team", "won"),
                 ("Oakfield Carers", "Carer Support", "highly_commended")]:
        assert want in got, (want, got)
    assert not any(a == "Rising Star" for _, a, _ in got), got


def test_joined_a_year_later_and_signed_up_with_a_back_reference_in_the_same_sentence(parse):
    """'Kestrel joined a year later to run ...', 'Libraries Harford came on board a year later' and
    'Harbour Energy Advice signed up in January, and its advisers will visit households referred by the
    partnership's outreach workers': each subject joins the partnership named before; a later
    'the partnership's' in the same sentence is that partnership, not a second body ('has not joined
    the partnership' makes no member)."""
    facts = extract(parse(
        "The Harford Wellbeing Partnership was formed in the spring of 2022 by Harford Borough Council, the "
        "Harford Health and Social Care Trust and the Stroke Association.\n\n"
        "Kestrel joined a year later to run low-level mental health support in church halls.\n\n"
        "Libraries Harford came on board a year later, turning its branches into drop-in points.\n\n"
        "Harbour Energy Advice signed up in January, and its advisers will now visit older households referred by "
        "the partnership's outreach workers.\n\n"
        "Wexley District Council has been invited to send an observer but has not joined the partnership.\n"))
    members = named_members(facts).get("Harford Wellbeing Partnership", set())
    assert {"Kestrel", "Libraries Harford", "Harbour Energy Advice"} <= members, named_members(facts)
    assert "Wexley District Council" not in members, members


def test_the_scheme_set_up_by_is_the_one_its_generic_noun_names(parse):
    """'Winner: Harford Frailty Network - "Staying Well at Home"' then 'The network was set up in 2014
    by A, B and C': 'the network' is the frailty network the text has named, not the society whose
    name heads the page."""
    facts = extract(parse(
        "Wexford Society for Public Health\n\nNews > 2016\n\nWexford Care Awards 2016: the winners\n\n"
        "24 November 2016\n\nA frailty network in Harford was among the winners of the Wexford Care Awards 2016.\n\n"
        "Integration\n\nWinner: Harford Frailty Network - \"Staying Well at Home\"\n\n"
        "The judges said the entry showed what integration looks like.\n\n"
        "The network was set up in 2014 by Harford Council, NHS Harford CCG and Harford Healthcare NHS "
        "Foundation Trust.\n"))
    members = named_members(facts)
    assert {"Harford Council", "Harford Healthcare NHS Foundation Trust"} <= members.get("Harford Frailty Network", set()), members
    assert "Wexford Society for Public Health" not in members, members


def test_an_award_category_before_a_winner_s_name_is_no_post(parse):
    """'- Nurse of the Year: Jo Pellow, Community Staff Nurse, Harford Trust' and '- Head Above the
    Parapet: Sam Reed, Senior Practitioner, Wexley Council' on a list of results: the category before
    the colon is the award, not the person's title; the title after the name is."""
    facts = extract(parse(
        "Harford Care Awards 2019: the winners\n\nThe Harford Care Awards were presented last night.\n\n"
        "The winners are:\n\n"
        "- Nurse of the Year: Jo Pellow, Community Staff Nurse, Harford Health and Social Care Trust\n"
        "- Head Above the Parapet: Sam Reed, Senior Practitioner, Wexley Borough Council\n"
        "- Volunteer of the Year: Ann Cole, Harford\n\n"
        "The judges praised the standard of entries.\n"))
    roles = {(p, r) for p, o, r in post_triples(facts)}
    assert not any("of the year" in r or "parapet" in r for _, r in roles), roles
    assert ("Jo Pellow", "community staff nurse") in roles, roles


def test_a_category_crosshead_with_its_outcome_heads_the_prose_below(parse):
    """'Integrated Care - Winner' and 'Working with Communities - Highly commended' on lines of their
    own over a write-up: each names the category the prose below is about ('the other finalists in
    the category were ...', 'The category was won by ...'); the line gives no result of its own to
    the bodies of the sentence before it."""
    facts = extract(parse(
        "Harford Health Awards 2025: two wins for the board\n\n"
        "Harford Health Board and its partners won two categories at the Harford Health Awards 2025.\n\n"
        "Integrated Care - Winner\n\n"
        "The Home First Service won the Integrated Care award for its reablement model.\n\n"
        "The other finalists in the category were Wexley Health Board, and Kestrel Health Board with "
        "Kestrel County Council.\n\n"
        "Working with Communities - Highly commended\n\n"
        "The category was won by Eastwold Health Board.\n"))
    got = {(a.recipient, a.award, a.outcome) for a in facts.awards}
    assert ("Wexley Health Board", "Integrated Care", "finalist") in got, got
    assert ("Eastwold Health Board", "Working with Communities", "won") in got, got
    assert not any(r == "Wexley Health Board" and a == "Working with Communities" for r, a, _ in got), got


def test_bodies_that_set_up_or_founded_the_winner_in_its_apposition_win_nothing(parse):
    """'Move More Harford, the physical activity partnership set up in 2022 by the health board, Harford
    Council and Wexley Council, won the X category' and 'Harford Carers Link, a charity founded by A
    and B, won the Y award': the winner is the subject, not the bodies its apposition names."""
    facts = extract(parse(
        "Harford Health Awards 2025\n\n"
        "Move More Harford, the physical activity partnership set up in 2022 by the health board, Harford "
        "Council and Wexley Council, won the Improving Health and Wellbeing category.\n\n"
        "Harford Carers Link, a charity founded by Harford Council and Age UK Harford, won the Carer Support "
        "award.\n"))
    got = {(a.recipient, a.award) for a in facts.awards}
    assert ("Move More Harford", "Improving Health and Wellbeing") in got, got
    assert ("Harford Carers Link", "Carer Support") in got, got
    assert not any(r in {"Harford Council", "Wexley Council", "Age UK Harford"} for r, _ in got), got


def test_the_successor_after_succeeded_as_by_is_a_person(parse):
    """'He has been succeeded as co-ordinator by Kirsty Ayling, previously a senior charge nurse with
    NHS Harford': the name after 'by' is a person (the tagger may call it a body), who takes the
    post, with her earlier post after 'previously'."""
    facts = extract(parse(
        "Harford Home Together is run by five partners. Derek Nerwick, who co-ordinated Harford Home "
        "Together from the start, moved in July to become a service manager at Harford Council.\n\n"
        "He has been succeeded as co-ordinator by Kirsty Ayling, previously a senior charge nurse with NHS "
        "Harford. She is employed by the council on behalf of all five partners.\n"))
    assert "Kirsty Ayling" in facts.people and "Kirsty Ayling" not in facts.organisations, sorted(facts.organisations)
    got = post_triples(facts)
    assert any(p == "Kirsty Ayling" and r == "co-ordinator" for p, o, r in got), got


def test_a_one_word_body_a_title_is_held_at(parse):
    """'leaves at the end of March to become Head of Services at Kestrel.': the one capitalised word
    after a title's 'at' is the body the post is at (a charity with no head word), where the tagger
    names nothing; a place there stays a place ('a senior charge nurse at Hairmyres')."""
    facts = extract(parse(
        "Lynne Kilmood, who has managed the partnership since it was set up, leaves at the end of March to "
        "become Head of Services at Kestrel.\n\nBefore that she was a senior charge nurse at Hairmyres.\n"))
    assert ("Lynne Kilmood", "Kestrel", "head of services") in post_triples(facts), post_triples(facts)
    assert "Hairmyres" not in facts.organisations, sorted(facts.organisations)


def test_a_lede_s_shouted_first_word_is_read_as_the_text_writes_it_elsewhere(parse):
    """'KESTREL Harford has become the latest member of ...': a newspaper's lede opens with its first
    word in capitals; where the text writes the word in title case elsewhere ('Kestrel Harford chief
    executive ...') the parser reads it so (the evidence keeps the article's text). Acronyms and a
    shouted common noun before a lower-case word stay as written."""
    from kg.extract.extractor import ledes_as_written
    text = ("Harford News\n\nKESTREL Harford has become the latest member of Harford Home First.\n\n"
            "A PARTNERSHIP set up to help older people has a new member.\n\n"
            "ACORN Wexley, which runs the drop-ins, is not a member.\n\n"
            "Kestrel Harford chief executive Gareth Mochdre said the association had worked with it for a year.\n")
    read = ledes_as_written(text)
    assert len(read) == len(text)
    assert "\n\nKestrel Harford has become" in read, read
    assert "A PARTNERSHIP set up" in read and "ACORN Wexley" in read, read
    doc = parse(text)
    assert doc.text.startswith("Harford News\n\nKestrel Harford has") and doc.user_data["kg_source"] == text


def test_a_line_s_opening_quote_mark_is_no_sentence_of_its_own(parse):
    """'"Home by Lunch", a joint entry by A, B and C, was highly commended.' opening a paragraph: the
    quote mark starts the sentence with the words after it, so the entry's bodies share its result."""
    doc = parse("Working with Communities - Highly commended\n\n\"Home by Lunch\", a joint entry by Harford Council, "
                "Wexley Council and Harford Third Sector Council, was highly commended. The service gets people home.\n")
    texts = [s.text.strip() for s in doc.sents]
    assert not any(t in {'"', "“"} for t in texts), texts
    assert any(t.startswith('"Home by Lunch", a joint entry') and t.endswith("highly commended.") for t in texts), texts


def test_a_known_body_and_a_one_word_body_are_two(parse):
    """'The Harford Recovery Partnership was set up in 2016 by Wexley Health and Social Care Partnership
    and Kestrel' after the partnership was named alone: the known name ends before 'and', and the
    one word after it is a second body (a charity with no head word)."""
    facts = extract(parse(
        "Wexley Health and Social Care Partnership runs the town's recovery services.\n\n"
        "The Harford Recovery Partnership was set up in 2016 by Wexley Health and Social Care Partnership and "
        "Kestrel to help people leaving rehabilitation stay in recovery.\n"))
    assert "Wexley Health and Social Care Partnership and Kestrel" not in facts.organisations, sorted(facts.organisations)
    assert "Wexley Health and Social Care Partnership" in facts.organisations, sorted(facts.organisations)
    assert "Kestrel" in named_members(facts).get("Harford Recovery Partnership", set()), named_members(facts)


def test_a_person_after_an_opening_adverbial_takes_her_award_not_her_employer(parse):
    """'Also at the awards, Eleri Lloyd, a ward sister at Wexley University Health Board, was a finalist for
    the Compassionate Care award': the finalist is the person the sentence is about once its opening
    phrase is passed; the body she works at is no recipient."""
    facts = extract(parse(
        "Harford Health Awards 2025\n\nHarford Health Board won two categories at the Harford Health Awards 2025.\n\n"
        "Also at the awards, Eleri Lloyd, a ward sister on the frailty unit at Wexley University Health Board, was a "
        "finalist for the Compassionate Care award.\n"))
    assert not any(a.award == "Compassionate Care" and a.recipient != "Eleri Lloyd" for a in facts.awards), \
        [(a.recipient, a.award) for a in facts.awards]


def test_a_joint_service_s_name_may_hold_small_lower_case_words(parse):
    """'Safe at Home Wexley is a partnership between:' and bullets, 'Officers reported that the Home to
    Stay service, run jointly by A and B, had been named a finalist': a service's name keeps 'at',
    'to' and 'for' between its capitalised words, and the bodies that run it are its members."""
    facts = extract(parse(
        "Harford Health News\n\nSafe at Home Wexley is a partnership between:\n- Wexley Council\n"
        "- Harford NHS Trust\n- Wexley Carers Centre\n\nIt took home the Integration award at the Harford Care "
        "Awards 2024.\n\nOfficers reported that the Home to Stay service, run jointly by Kestrel Council and "
        "Harford University Health Board, had been named a finalist in the Working Together category of the "
        "Harford Care Awards 2024.\n"))
    members = named_members(facts)
    assert members.get("Safe at Home Wexley") == {"Wexley Council", "Harford NHS Trust", "Wexley Carers Centre"}, members
    assert members.get("Home to Stay") == {"Kestrel Council", "Harford University Health Board"}, members
    assert "Home Wexley" not in facts.organisations, sorted(facts.organisations)
    assert not any(a.recipient in {"Kestrel Council", "Harford University Health Board"} for a in facts.awards), \
        [(a.recipient, a.award) for a in facts.awards]


def test_and_the_before_a_name_with_its_own_and_joins_two_bodies(parse):
    """'set up by the Harford Health and Social Care Trust, Wexley Community Transport and the Harford Health
    and Social Services Board': 'and the' before a name that holds an 'and' of its own starts a second
    body ('North Harford and the Wexmoor NHS Foundation Trust' stays one)."""
    facts = extract(parse(
        "Harford News\n\nThe partnership was set up in 2009 by the Harford Health and Social Care Trust, Wexley "
        "Community Transport and the Harford Health and Social Services Board. North Harford and the Wexmoor NHS "
        "Foundation Trust joined in 2012.\n"))
    assert "Harford Health and Social Services Board" in facts.organisations, sorted(facts.organisations)
    assert not any("Transport and the" in o for o in facts.organisations), sorted(facts.organisations)
    assert "North Harford and the Wexmoor NHS Foundation Trust" in facts.organisations, sorted(facts.organisations)


def test_co_chairs_and_co_ordinators_after_it_are_the_partnership_s(parse):
    """'It is co-chaired by A, ..., and by B, ...' after a sentence about an outside body, and 'Its
    co-ordinator, C, is based at ...' after a sentence about a member council: co-chairs and
    co-ordinators are a partnership's offices, so 'it' is the partnership named just before."""
    facts = extract(parse(
        "Harford Gazette\n\nHarford Home Together, a partnership of Harford Council, Wexley NHS Trust and Harford "
        "Carers, has won a national award.\n\nThe partnership is funded by Harford Council. Wexley Ambulance Service "
        "also refers patients into the service.\n\nIt is co-chaired by Dr Ravi Mehta, the trust's medical director, "
        "and by Jo Stanning, a GP in the town.\n\nThe partnership is chaired by Ann Low. The council will be "
        "represented on the board by its director of housing, Ed Rook.\n\nIts co-ordinator, Rhian Tavers, is based "
        "at the council offices.\n"))
    held = title_triples(facts)
    assert ("Ravi Mehta", "Harford Home Together", "co-chair") in held, sorted(held)
    assert ("Jo Stanning", "Harford Home Together", "co-chair") in held, sorted(held)
    assert ("Rhian Tavers", "Harford Home Together", "co-ordinator") in held, sorted(held)
    assert not any(p.person in {"Ravi Mehta", "Rhian Tavers"} and p.title.lower() in {"co-chair", "co-ordinator"}
                   and p.organisation != "Harford Home Together" for p in facts.posts), sorted(held)


def test_a_bare_chairing_office_after_the_is_the_partnership_in_view(parse):
    """'The vice chair is Dr A, a GP in the town ...' two sentences after a partnership is named: the
    vice chair is the partnership's (no body is named with the title)."""
    facts = extract(parse(
        "Harford Gazette\n\nHarford Home Together, a partnership of Harford Council, Wexley NHS Trust and Harford "
        "Carers, has won a national award.\n\nCllr Ann Low, the council's cabinet member for adult services, chaired "
        "the partnership for its first two years and has handed over to Ed Rook, the chief officer of Harford Carers. "
        "Mr Rook said: \"We will build on this.\"\n\nThe vice chair is Dr Ann Bellamy, a GP in the town.\n"))
    held = title_triples(facts)
    assert ("Ann Bellamy", "Harford Home Together", "vice chair") in held, sorted(held)


def test_a_network_described_as_a_partnership_after_the_is_a_partnership(parse):
    """'The Harford Care Network, a partnership of A, B and C, has won ...': the description makes the
    network (named without 'The') a partnership, so 'the partnership' later is that network."""
    facts = extract(parse(
        "Harford Gazette\n\nThe Harford Care Network, a partnership of Harford Council, Wexley NHS Trust and Harford "
        "Carers, has won a national award.\n\nCllr Ann Low, the council's cabinet member for adult services, chaired "
        "the partnership for its first two years.\n"))
    held = title_triples(facts)
    assert ("Ann Low", "Harford Care Network", "chair") in held, sorted(held)


def test_a_partnership_office_taken_up_goes_to_the_partnership_in_view(parse):
    """'B took up post as Network Co-ordinator in August' two sentences after the network's chair: a
    co-ordinator's post with no body named is the partnership's in view, not the body the article
    names most (here a member trust, named three times)."""
    facts = extract(parse(
        "Harford Gazette\n\nThe Harford Care Network, a partnership of Harford Council, Wexley NHS Trust and Harford "
        "Carers, has won a national award. Wexley NHS Trust said it was delighted, and the trust's staff celebrated."
        "\n\nCllr Ann Low, the council's cabinet member for adult services, chaired the network for its first two "
        "years.\n\nIain Bell took up post as Network Co-ordinator in August 2017. Mr Bell was previously a link worker "
        "with the trust.\n"))
    held = title_triples(facts)
    assert ("Iain Bell", "Harford Care Network", "network co-ordinator") in held, sorted(held)


def test_an_individual_award_s_winner_line_gives_the_person_the_award(parse):
    """'Frontline Hero (individual award)' over 'Winner: Sandra Pellow, Home Carer, Kestrel Council': a
    category its brackets call individual is a person's, so her employer wins nothing, though 'Home
    Carer' is no title the lexicon knows."""
    facts = extract(parse(
        "Harford Care Awards 2025: the winners\n\nPublished: 14 March 2025\n\nCouncils were recognised at the "
        "Harford Care Awards 2025 on Thursday night.\n\nFrontline Hero (individual award)\n\nWinner: Sandra Pellow, "
        "Home Carer, Kestrel Council\n"))
    assert not any(a.recipient != "Sandra Pellow" for a in facts.awards), [(a.recipient, a.award) for a in facts.awards]


def test_a_named_entrant_s_bracketed_members_share_none_of_its_award(parse):
    """'Winner: Wexley Home First Alliance (Wexley Council, NHS Wexley, Wexley Voluntary Action and Harbour
    Housing Association) - Home First Wexley': the bodies in brackets are the alliance's members; the
    alliance alone wins, and a joint entry on the next line ('A and B - project') still wins for each."""
    facts = extract(parse(
        "Harford Care Awards 2025: the winners\n\nPublished: 14 March 2025\n\nCouncils were recognised at the Harford "
        "Care Awards 2025 on Thursday night.\n\nBetter Outcomes\n\nWinner: Wexley Home First Alliance (Wexley Council, "
        "NHS Wexley, Wexley Voluntary Action and Harbour Housing Association) - Home First Wexley\nHighly Commended: "
        "Kestrel Council and Kestrel Leisure Trust - Strength for Life\n"))
    won = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Wexley Home First Alliance", "won") in won and not any(
        r in {"Wexley Council", "NHS Wexley", "Wexley Voluntary Action"} for r, _ in won), sorted(won)
    assert {("Kestrel Council", "highly_commended"), ("Kestrel Leisure Trust", "highly_commended")} <= won, sorted(won)
    assert named_members(facts).get("Wexley Home First Alliance", set()) >= {"Wexley Council", "NHS Wexley"}, \
        named_members(facts)


def test_a_table_row_with_a_sponsored_category_is_one_entry(parse):
    """'| Winner | X Award (sponsored by Kestrel Consulting) | Harford, Wexley and Kestrel Frailty Partnership – Staying Well |':
    no sentence starts at a cell bar after the bracket, and the sponsor's words do not make the row a
    category heading; the row's entrant wins the category."""
    facts = extract(parse(
        "NHS Harford\n\nHarford teams take home two HSJ Awards\n\nPublished: 22 November 2024\n\nTeams from across "
        "Harford have won two national awards at the HSJ Awards 2024, presented at a ceremony in London last night."
        "\n\nOur results\n\n| Result | Category | Entry |\n| Winner | Place-based Partnership and Integrated Care "
        "Award (sponsored by Kestrel Consulting) | Harford, Wexley and Kestrel Frailty Partnership – Staying Well at Home |\n"
        "| Winner | Primary and Community Care Innovation Award | Harford Healthcare NHS Foundation Trust – Two-Hour "
        "Rapid Response |\n"))
    won = {(a.recipient, a.award) for a in facts.awards}
    assert any(r == "Harford, Wexley and Kestrel Frailty Partnership" and a.startswith("Place-based Partnership")
               for r, a in won), sorted(won)
    doc = parse("| Winner | Care Award (sponsored by Kestrel Consulting) | Harford Frailty Partnership – Staying Well |\n")
    assert len([s for s in doc.sents if s.text.strip()]) == 1, [s.text for s in doc.sents]


def test_and_the_before_a_body_named_alone_elsewhere_joins_two_bodies(parse):
    """'- Mental Health Service of the Year: Harford Care and the Wexley Trust (joint entry) - project'
    where the text names the Wexley Trust on its own elsewhere: two entrants, each a finalist ('North
    Harford and the Wexmoor NHS Foundation Trust', named only whole, stays one)."""
    facts = extract(parse(
        "Harford News\n\nThe Wexley Trust has six finalists at the Harford Health Awards 2022.\n\nThe finalists from the "
        "area are:\n\n- Nurse of the Year: Joanne Bell, District Nurse, Wexley Trust\n- Mental Health Service of the "
        "Year: Harford Care and the Wexley Trust (joint entry) - Harford Recovery College\n\nNorth Harford and the "
        "Wexmoor NHS Foundation Trust also has a finalist.\n"))
    assert "Harford Care and the Wexley Trust" not in facts.organisations, sorted(facts.organisations)
    assert {"Harford Care", "Wexley Trust"} <= {a.recipient for a in facts.awards
                                               if a.award == "Mental Health Service of the Year"}, \
        [(a.recipient, a.award) for a in facts.awards]
    assert "North Harford and the Wexmoor NHS Foundation Trust" in facts.organisations, sorted(facts.organisations)


def test_a_charity_s_branch_named_for_two_places_joined_by_and_the(parse):
    """'Age UK Harford and the Vale came on board the following year': a national charity's branch
    named for 'X and the Y' is one body (after 'and the', a name with a head word is a second body:
    'Age Concern Harford and the Wexley Forum')."""
    facts = extract(parse(
        "Harford News\n\nThe Harford Live Well Partnership was set up in 2011 by Harford Council and Wexley University "
        "Health Board. Age UK Harford and the Vale came on board the following year.\n\nAge Concern Kestrel and the "
        "Kestrel Older People's Forum welcomed the news.\n"))
    assert "Age UK Harford and the Vale" in named_members(facts).get("Harford Live Well Partnership", set()), \
        named_members(facts)
    assert "Age Concern Kestrel and the Kestrel Older People's Forum" not in facts.organisations, sorted(facts.organisations)


def test_a_members_table_in_columns_is_a_list_of_members(parse):
    """'The Network's members at 1 March 2018 are:' over rows laid out in columns ('Harford Housing
    Association    October 2015    Area Manager'): each row is an item of the list, as a bulleted
    line would be, and its body a member."""
    facts = extract(parse(
        "1.1 The Harford Care Network is a partnership of statutory, housing and third sector organisations set up "
        "in October 2015.\n\n3.1 Membership\n\nThe Network's members at 1 March 2018 are:\n\nMember"
        "                                   Joined                Represented by\nHarford Housing Association"
        "          October 2015          Area Manager, Wexley\nSouth Harford Development Trust          October 2015"
        "          Development Manager\nHarford TSI                      May 2016              Development Officer"
        "\n\n3.2 Changes\n"))
    assert named_members(facts).get("Harford Care Network", set()) >= {
        "Harford Housing Association", "South Harford Development Trust", "Harford TSI"}, named_members(facts)


def test_a_name_after_its_hyphenated_title_and_a_comma_is_a_person(parse):
    """'Day to day the scheme is run by its co-ordinator, Carys Llanmaes, who is employed by ...': the
    words between commas after a title split by its hyphen ('co-ordinator') and opened by 'its' name
    a person, though the tagger marked only her surname."""
    facts = extract(parse(
        "Harford News\n\nThe Harford Care Network, a partnership of Harford Council and Wexley NHS Trust, won an award."
        "\n\nDay to day the scheme is run by its co-ordinator, Carys Llanmaes, who is employed by the trust on behalf "
        "of all the partners.\n"))
    assert "Carys Llanmaes" in facts.people, sorted(facts.people)


def test_two_titles_before_a_colon_are_two_posts(parse):
    """'Chair and GP Lead: Dr Martin Rowe' on a partnership's who's who: both titles are his posts there
    ('Director of Health and Social Care: Jo Bell' is one title)."""
    facts = extract(parse(
        "--- Page 1 ---\n\nHarford Integrated Care Partnership\n\nICP News\nPublished 10 October 2014\n\nWelcome to the "
        "autumn edition of ICP News. It has been a busy six months for Harford ICP.\n\nWho's who on the Partnership "
        "Committee\n\nChair and GP Lead: Dr Martin Rowe\nDirector of Health and Social Care: Jo Bell\n"))
    held = {(p.person, p.title.lower()) for p in facts.posts if p.organisation == "Harford Integrated Care Partnership"}
    assert {("Martin Rowe", "chair"), ("Martin Rowe", "gp lead"), ("Jo Bell", "director of health and social care")} <= held, \
        sorted(held)


def test_the_owner_of_a_title_whose_holder_follows_is_a_body(parse):
    """'Tai Harford's Head of Community Investment, Jeff Lewis, is vice chair': the name that owns a
    title, its holder named after it, is a body (a housing association with no head word), not the
    person the tagger took it for."""
    facts = extract(parse(
        "Harford News\n\nThe Harford Wellbeing Partnership was set up in 2020 by Harford Council and Wexley University "
        "Health Board. The steering group is chaired by Dr Emyr Alltwen. Tai Harford's Head of Community Investment, "
        "Jeff Lewis, is vice chair.\n"))
    assert "Tai Harford" in facts.organisations and "Tai Harford" not in facts.people, \
        (sorted(facts.organisations), sorted(facts.people))
    held = title_triples(facts)
    assert ("Jeff Lewis", "Tai Harford", "head of community investment") in held, sorted(held)


def test_a_place_read_as_a_verb_inside_a_body_does_not_end_the_title(parse):
    """'chaired by Jo Bell, Director for Communities at Harford and Worthing Councils': the tagger reads a
    town ending in -ing as a verb; inside a body's name it is not the clause's verb, so her post stands."""
    facts = extract(parse(
        "Wexley Connect is a partnership of Harford and Worthing Councils and NHS Sussex. The partnership board is "
        "chaired by Jo Bell, Director for Communities at Harford and Worthing Councils. It meets monthly.\n"))
    held = title_triples(facts)
    assert ("Jo Bell", "Harford and Worthing Councils", "director for communities") in held, sorted(held)


def test_a_member_joining_a_joint_body_s_board_joins_the_body(parse):
    """'Wexley Carers Centre joined the Healthy Harford Partnership Board', 'will join the HES Partnership
    Board': the board named after a joint body the article names (or its acronym) is that body, so
    the joiner is its member, not the member of a second partnership."""
    facts = extract(parse(
        "Healthy Harford Partnership brings together Harford Council and NHS Harford CCG. Wexley Carers Centre "
        "joined the Healthy Harford Partnership Board in 2019.\n"))
    members = {p.name: set(p.members) for p in facts.partnerships}
    assert members.get("Healthy Harford Partnership", set()) >= {"Harford Council", "Wexley Carers Centre"}, members
    assert "Healthy Harford Partnership Board" not in members, members
    facts = extract(parse(
        "The Harford Equipment Service (HES) is run jointly by Harford Council and Wexley University Health Board. "
        "Harford Voluntary Services will join the HES Partnership Board from October as third sector members.\n"))
    members = {p.name: set(p.members) for p in facts.partnerships}
    assert "Harford Voluntary Services" in members.get("Harford Equipment Service", set()), members


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it(parse):
    """'Now Harford NHS Foundation Trust and Wexley Homes have joined': a sentence's opening adverb
    with no comma after it is capitalised by its place, not a word of the body's name."""
    for adverb in ("Now", "Meanwhile", "Today", "Also"):
        facts = extract(parse(
            f"Harford Council runs the Wexley Community Support Network. {adverb} Harford NHS Foundation Trust and "
            "Wexley Homes have joined the network.\n"))
        assert "Harford NHS Foundation Trust" in facts.organisations, (adverb, sorted(facts.organisations))
        assert not any(name.startswith(adverb + " ") for name in facts.organisations), sorted(facts.organisations)


def test_a_partnership_pulled_together_by_bodies_named_after_a_long_phrase(parse):
    """'The X Network was pulled together in less than a week at the start of the first lockdown by A
    and B': a passive formation verb reaches its 'by' across a time phrase, and 'pulled together' is
    one such verb."""
    for verb in ("pulled together", "set up"):
        facts = extract(parse(
            f"The Harford Community Support Network was {verb} in less than a week at the start of the first "
            "lockdown by Harford Borough Council and Age UK Harford.\n"))
        members = {p.name: set(p.members) for p in facts.partnerships}
        assert members.get("Harford Community Support Network") == {"Harford Borough Council", "Age UK Harford"}, \
            (verb, members)


def test_a_one_word_name_in_apposition_with_a_kind_of_body_is_a_body(parse):
    """'set up by Harford Borough Council, Kestrel, the borough's voluntary sector support charity, and
    Age UK Harford', 'Larkspur, the housing association, ...': a name the apposition calls a charity,
    a housing association or a regulator is a body, though the tagger took the one word for a
    person's; a person described by her seat at a charity is not."""
    facts = extract(parse(
        "The Wexley Support Network was set up by Harford Borough Council, Kestrel, the borough's voluntary sector "
        "support charity, and Age UK Harford. Now Harford NHS Foundation Trust and Larkspur, the housing "
        "association, have signed the network's partnership agreement.\n"))
    assert {"Kestrel", "Larkspur"} <= set(facts.organisations), sorted(facts.organisations)
    facts = extract(parse("The appeal was launched by Jo Bell, a trustee of the charity, at Harford Town Hall.\n"))
    assert "Jo Bell" not in facts.organisations and "Jo Bell" in facts.people, \
        (sorted(facts.organisations), sorted(facts.people))


def test_a_relative_clause_lists_its_own_body_s_members(parse):
    """'set up by Harford Health and Social Care Partnership, which brings together Harford City Council
    and NHS Harford, and Age UK Harford': the clause's list, up to its 'and', is the health and social
    care partnership's members; the sentence's own list goes on past it."""
    facts = extract(parse(
        "The Wexley Wellbeing Partnership was set up in 2017 by Harford Health and Social Care Partnership, which "
        "brings together Harford City Council and NHS Harford, and Age UK Harford.\n"))
    members = {p.name: set(p.members) for p in facts.partnerships}
    assert members.get("Harford Health and Social Care Partnership") == {"Harford City Council", "NHS Harford"}, members
    assert "Age UK Harford" in members.get("Wexley Wellbeing Partnership", set()), members


def test_a_body_admitted_as_a_member_of_a_partnership(parse):
    """'RESOLVED: that Harford Housing be admitted as a member of One Wexley': the one admitted is a
    body (a housing association with no head word, which the tagger may read as a person) and a
    member of the partnership."""
    facts = extract(parse(
        "One Wexley is the partnership of health and care bodies in Harford. RESOLVED: that Harford Housing be "
        "admitted as a member of One Wexley with immediate effect.\n"))
    assert "Harford Housing" in facts.organisations, sorted(facts.organisations)
    members = {p.name: set(p.members) for p in facts.partnerships}
    assert "Harford Housing" in members.get("One Wexley", set()), members


def test_a_trade_before_the_name_is_no_part_of_its_office(parse):
    """'Its co-ordinator, physiotherapist Niamh Wexmoor, is employed by the trust': the office is the
    co-ordinator's; the trade written before her name describes her and is no part of it."""
    facts = extract(parse(
        "The Harford Falls Partnership was set up by Harford Council and Age NI. The partnership's steering group is "
        "chaired by Jo Bell. Its co-ordinator, physiotherapist Niamh Wexmoor, is employed by the trust on behalf of "
        "the partners.\n"))
    held = {(p.person, p.organisation, p.title.lower()) for p in facts.posts if p.person == "Niamh Wexmoor"}
    assert held == {("Niamh Wexmoor", "Harford Falls Partnership", "co-ordinator")}, sorted(held)


def test_bulleted_outcome_labels_under_a_category_heading(parse):
    """'Health and Care Partnership Award' over '- Winner: X - project' and '- Shortlisted: Y - project':
    'Winner' before the colon is the outcome's label, not a category, so each entrant gets the
    heading's award with its own outcome."""
    facts = extract(parse(
        "Harford Awards 2024: the winners\n\n10 October 2024\n\nLocal charities were among the winners of the Harford "
        "Awards 2024, presented in Birmingham yesterday.\n\nHealth and Care Partnership Award\n"
        "- Winner: Wexley Council - Community Health Connectors\n"
        "- Highly commended: Community Action Harford and NHS Harford ICB - Winter Warmth Fund\n"
        "- Shortlisted: Voluntary Action Wexley - Digital Inclusion for Health\n"))
    results = {(a.recipient, a.outcome) for a in facts.awards if a.award == "Health and Care Partnership Award"}
    assert {("Wexley Council", "won"), ("Community Action Harford", "highly_commended"),
            ("Voluntary Action Wexley", "shortlisted")} <= results, sorted(results)


def test_a_compass_place_after_a_charity_s_head_stays_in_its_name(parse):
    """'Voluntary Action North East Harford': a place of three words opening with a compass word, after
    the last head word, is still the charity's name (two words were, 'Life Sciences Hub Wales')."""
    facts = extract(parse(
        "Harford Awards 2024\n\nLocal Infrastructure Organisation of the Year\n- Winner: Community Action Wexmoor\n"
        "- Shortlisted: Voluntary Action North East Harford\n"))
    assert "Voluntary Action North East Harford" in facts.organisations, sorted(facts.organisations)
    assert "Voluntary Action" not in facts.organisations, sorted(facts.organisations)


def test_an_award_went_to_a_service_two_bodies_run_jointly(parse):
    """'Gold also went to the North Harford Community Resource Team, run jointly by the council and
    Wexley University Health Board, in The Care Partnership Award': the team, a name with no head
    word, is a body (the partnership of the two that run it) and the award's winner."""
    facts = extract(parse(
        "Harford Council runs care homes. Gold also went to the North Harford Community Resource Team, run jointly "
        "by the council and Wexley University Health Board, in The Care Partnership Award at the Harford Care "
        "Awards 2024.\n"))
    assert ("North Harford Community Resource Team", "won") in {(a.recipient, a.outcome) for a in facts.awards}, \
        facts.awards
    members = {p.name: set(p.members) for p in facts.partnerships}
    assert members.get("North Harford Community Resource Team") == {"Harford Council", "Wexley University Health Board"}, \
        members


def test_a_name_apposed_to_a_hyphenated_title_is_a_person(parse):
    """'The PIVOT co-ordinator, Rhodri Bell, is employed by WVS': the tagger calls the name a body,
    and the tokenizer splits 'co-ordinator'; in apposition to the whole title word it is a person,
    the partnership's co-ordinator, and no body."""
    facts = extract(parse(
        "PIVOT is a partnership of five Harford charities led by Wexley Voluntary Services (WVS). The PIVOT "
        "co-ordinator, Rhodri Bell, is employed by WVS on behalf of the five partners.\n"))
    assert "Rhodri Bell" in facts.people and "Rhodri Bell" not in facts.organisations, \
        (sorted(facts.people), sorted(facts.organisations))
    held = {(p.person, p.title.lower()) for p in facts.posts}
    assert ("Rhodri Bell", "co-ordinator") in held, sorted(held)


def test_a_clinical_job_is_a_title(parse):
    """'Winner: Aoife Wexmoor, Physiotherapist, Northern Health and Social Care Trust': a clinical
    job (physiotherapist, dietitian, podiatrist ...) is a title, so the winner is a person with a post
    at the trust, not a body named 'Physiotherapist, ...'."""
    facts = extract(parse(
        "Harford Physiotherapy Awards 2018\n\nCommunity Physiotherapist of the Year\nWinner: Aoife Wexmoor, "
        "Physiotherapist, Northern Health and Social Care Trust\n"))
    held = title_triples(facts)
    assert ("Aoife Wexmoor", "Northern Health and Social Care Trust", "physiotherapist") in held, sorted(held)
    assert not any(name.startswith("Physiotherapist") for name in facts.organisations), sorted(facts.organisations)
    facts = extract(parse("Jo Bell, a dietitian at Harford NHS Trust, said the clinic had cut waiting times.\n"))
    assert ("Jo Bell", "Harford NHS Trust", "dietitian") in {(p.person, p.organisation, p.title.lower())
                                                             for p in facts.posts}, facts.posts


def test_a_body_named_with_its_head_s_and_in_an_awards_entry_stays_whole(parse):
    """'- Integration Award: winner - Health and Social Care Wexley, for ...': one word of a body's
    head before 'and' and another after it are one name ('Health and Social Care Wexley'); an
    entry of two bodies still parts at its 'and'."""
    facts = extract(parse(
        "Harford Care Awards 2019\n\n- Integration Award: winner - Health and Social Care Wexley, for its discharge "
        "to assess model.\n- Community Award: shortlisted - Harford Mind and Wexley Council, for a crisis cafe.\n"))
    assert "Health and Social Care Wexley" in facts.organisations and "Health" not in facts.organisations, \
        sorted(facts.organisations)
    assert {"Harford Mind", "Wexley Council"} <= set(facts.organisations), sorted(facts.organisations)


def test_a_partnership_that_now_also_includes_bodies_has_them_as_members(parse):
    """'The partnership now also includes A and B': adverbs of time between the body and
    'includes' ('now', 'also', 'currently') leave the cue whole, so the bodies are members."""
    facts = extract(parse(
        "The Harford Falls Partnership was set up in 2011 by the Harford Health and Social Care Trust and Harford "
        "District Council. The partnership now also includes Kelby Carers Trust and Elm Housing Association.\n"))
    assert {"Kelby Carers Trust", "Elm Housing Association"} <= named_members(facts).get("Harford Falls Partnership", set()), \
        named_members(facts)
    facts = extract(parse(
        "The Wexley Carers Network brings together Wexley Council and Wexley Carers Centre. The network currently "
        "includes Wexley Mind as well.\n"))
    assert "Wexley Mind" in named_members(facts).get("Wexley Carers Network", set()), named_members(facts)


def test_it_has_since_been_joined_by_bodies_makes_them_members(parse):
    """'It has since been joined by A and B': 'it' is the partnership named just before, and the
    bodies after the passive's 'by' are its members."""
    facts = extract(parse(
        "The Harford Falls Partnership was set up in 2011 by the Harford Health and Social Care Trust and Harford "
        "District Council. It has since been joined by Kelby Carers Trust and Elm Housing Association.\n"))
    assert {"Kelby Carers Trust", "Elm Housing Association"} <= named_members(facts).get("Harford Falls Partnership", set()), \
        named_members(facts)


def test_an_acronym_after_a_health_board_and_and_is_a_body_of_its_own(parse):
    """'set up by Harford Council, NHS Wexmoor and HVAS': no health board's area ends in an
    acronym, so 'NHS Wexmoor and HVAS' is two bodies and both are members."""
    facts = extract(parse(
        "The Kelvale Care Partnership was set up in 2012 by Harford Council, NHS Wexmoor and HVAS, using money "
        "from the Change Fund.\n"))
    assert {"NHS Wexmoor", "Harford Council"} <= set(facts.organisations) and "NHS Wexmoor and HVAS" not in \
        facts.organisations, sorted(facts.organisations)
    members = {m.lower() for m in named_members(facts).get("Kelvale Care Partnership", set())}
    assert {"nhs wexmoor", "hvas"} <= members, members
    facts = extract(parse("NHS Kelby and Arrowdale runs the service with North Kelby Council.\n"))
    assert "NHS Kelby and Arrowdale" in facts.organisations, sorted(facts.organisations)


def test_chaired_by_a_described_person_is_the_body_s_chair(parse):
    """'The partnership is chaired by Harford GP Dr Iain Kelso, with Morag Brae ... as vice-chair':
    a few words that describe the chair between 'by' and the name leave the chair at the body, and
    the vice-chair after 'with' at it too."""
    facts = extract(parse(
        "The Harford Care Partnership was set up in 2012 by Harford Council and NHS Wexmoor.\n\nThe partnership is "
        "chaired by Harford GP Dr Iain Kelso, with Morag Brae, NHS Wexmoor's community care manager for Harford, "
        "as vice-chair.\n"))
    held = title_triples(facts)
    assert ("Iain Kelso", "Harford Care Partnership", "chair") in held, sorted(held)
    assert ("Morag Brae", "Harford Care Partnership", "vice-chair") in held, sorted(held)
    facts = extract(parse(
        "The Wexley Falls Network brings together Wexley Council and Wexley Mind. It is chaired by local "
        "councillor Jo Brack.\n"))
    held = title_triples(facts)
    assert ("Jo Brack", "Wexley Falls Network", "chair") in held, sorted(held)


def test_he_hands_over_to_a_person_passes_on_the_chair_only(parse):
    """'The meeting was the last chaired by Dr A, the health board's clinical director ... He hands
    over to Cllr B': the meeting is the partnership's, so A is its chair, and B takes the chair,
    not A's post at the health board."""
    facts = extract(parse(
        "The Harford Care Partnership agreed to admit the charity at its meeting on Tuesday evening. The "
        "partnership was set up in 2009 by Harford Council and Wexley Health Board.\n\nThis year's work is paid for "
        "with a grant from the Kelby Lottery Trust.\n\nThe meeting was the last chaired by Dr Huw Redd, the health "
        "board's clinical director for primary care, who has led the partnership since it began. He hands over to "
        "Cllr Mair Bell, Harford Council's cabinet member for adult social care.\n"))
    held = title_triples(facts)
    assert ("Huw Redd", "Harford Care Partnership", "chair") in held, sorted(held)
    assert ("Mair Bell", "Harford Care Partnership", "chair") in held, sorted(held)
    assert not any(person == "Mair Bell" and org == "Wexley Health Board" for person, org, _ in held), sorted(held)
    assert not any(org == "Kelby Lottery Trust" for _, org, _ in held), sorted(held)


def test_an_ampersand_inside_a_national_body_s_name_stays(parse):
    """'Stay & Mend Cymru is the national charity ...': where the tagger names no body, the words
    before a nation's name that make a national body's name take in a word and an ampersand before
    them, so the name is not cut to 'Mend Cymru'."""
    from kg.extract.entities import national_body_spans
    doc = parse("Stay & Mend Cymru is the national charity that supports the local agencies across Wales.\n")
    found = [doc[s:e].text for s, e in national_body_spans(doc, [], lexicon.load())]
    assert "Stay & Mend Cymru" in found and "Mend Cymru" not in found, found


def test_the_winner_is_inside_the_that_clause_not_the_relative_clause(parse):
    """'We are delighted that the X Partnership, in which our local agency Y plays a leading part,
    has won ...': the partnership won; not the page's 'we', nor the body in the relative clause."""
    facts = extract(parse(
        "Harford Care Agencies\n\nNews\n\nWe are delighted that the Wexley Safe Home Partnership, in which our local "
        "agency Harford Home Improvement Agency plays a leading part, has won the Working Together category at the "
        "Harford Health Awards 2024.\n\nHarford Care Agencies is the charity that supports the local agencies.\n"))
    won = {a.recipient for a in facts.awards}
    assert "Wexley Safe Home Partnership" in won, facts.awards
    assert not won & {"Harford Care Agencies", "Harford Home Improvement Agency"}, facts.awards


def test_a_department_after_a_body_s_possessive_is_part_of_the_title(parse):
    """'Jo Carr, the Harford Trust's Volunteer Services Manager, said': a possessive after a body's
    head word ends its owner; the department and title after it are her title at the trust, not a
    body named "Harford Trust's Volunteer Services"."""
    facts = extract(parse(
        "Jo Carr, the Harford Trust's Volunteer Services Manager, said the assessment had helped the team.\n"))
    assert not any("'s" in name for name in facts.organisations), sorted(facts.organisations)
    held = title_triples(facts)
    assert ("Jo Carr", "Harford Trust", "volunteer services manager") in held, sorted(held)
    facts = extract(parse("St Anselm's Hospice in Harford has opened a day unit.\n"))
    assert "St Anselm's Hospice" in facts.organisations, sorted(facts.organisations)


def test_a_head_for_a_nation_is_one_body_s_name(parse):
    """'Chief Executive of the Kelby Foundation for Northern Ireland': a head word, 'for' and a
    nation are one body's name, and the post is at it; 'Commissioner for Wales' stays a title."""
    facts = extract(parse(
        "Jo Bell left in January to become Chief Executive of the Kelby Foundation for Northern Ireland.\n"))
    assert "Kelby Foundation for Northern Ireland" in facts.organisations, sorted(facts.organisations)
    held = title_triples(facts)
    assert ("Jo Bell", "Kelby Foundation for Northern Ireland", "chief executive") in held, sorted(held)


def test_the_partnership_after_a_founding_partnership_is_still_the_one_described(parse):
    """'The partnership was set up by the Kelby Neighbourhood Partnership, A and B. ... C formally
    joined the partnership': the description said of the story's partnership at the paragraph's start
    counts for it, so "the partnership" C joined is that one, not the founder named since."""
    facts = extract(parse(
        "The centre is one of the five members of the Kelby Health and Wellbeing Partnership, which tackles heart "
        "disease in the area.\n\nThe partnership was set up in 2012 by Kelby Neighbourhood Partnership, the Harford "
        "Health and Social Care Trust and Wexley City Council.\n\nLast month Harford City Council formally joined "
        "the partnership.\n"))
    members = named_members(facts)
    assert "Harford City Council" in members.get("Kelby Health and Wellbeing Partnership", set()), members
    assert "Harford City Council" not in members.get("Kelby Neighbourhood Partnership", set()), members


def test_a_former_post_at_the_employer_on_behalf_of_partners_stays(parse):
    """'Its co-ordinator, A, is employed by X on behalf of the three partners and was previously a
    district nurse with the trust': the office is the partnership's, but A's former post at X stays,
    and 'on behalf of the three partners' spreads no post over the partners."""
    facts = extract(parse(
        "The Harford Frailty Partnership was formed in 2022 by Harford Community NHS Foundation Trust and Harford "
        "Council.\n\nIts co-ordinator, Jamie Lux, is employed by Harford Community NHS Foundation Trust on behalf of "
        "the three partners and was previously a district nurse with the trust.\n"))
    held = title_triples(facts)
    assert ("Jamie Lux", "Harford Frailty Partnership", "co-ordinator") in held, sorted(held)
    assert ("Jamie Lux", "Harford Community NHS Foundation Trust", "district nurse") in held, sorted(held)
    assert ("Jamie Lux", "Harford Council", "district nurse") not in held, sorted(held)


def test_a_title_s_field_with_services_is_no_body(parse):
    """'Director of Digital Services, X Trust': a title's field followed by 'Services' is part of the
    title, not a body called 'Digital Services'."""
    for text in ("Emer Donaghy, Director of Digital Services, Harford Health and Social Care Trust, said the pilot worked.\n",
                 "Dr Emer Donaghy (Director of Digital Services, Harford Health and Social Care Trust) said the pilot worked.\n"):
        facts = extract(parse(text))
        assert "Digital Services" not in facts.organisations, sorted(facts.organisations)
        held = title_triples(facts)
        assert ("Emer Donaghy", "Harford Health and Social Care Trust", "director of digital services") in held, sorted(held)


def test_a_title_s_last_words_after_and_are_no_person(parse):
    """'- Finalist: Aidan Strang, Health and Wellbeing Lead, X Trust': the tagger reads 'Wellbeing
    Lead' as a person; after 'Health and' it is the end of a title, which is Strang's post at X."""
    facts = extract(parse(
        "Harford Awards 2022\n\nResponsible Business Champion (individual award)\n- Finalist: Aidan Strang, Health "
        "and Wellbeing Lead, Southern Health and Social Care Trust\n"))
    assert "Wellbeing Lead" not in facts.people, sorted(facts.people)
    held = title_triples(facts)
    assert ("Aidan Strang", "Southern Health and Social Care Trust", "health and wellbeing lead") in held, sorted(held)


def test_a_name_which_manages_homes_is_a_body_and_making_it_a_partner_a_member(parse):
    """'Harford Homes, which manages around 10,000 homes, was formally welcomed at the partnership
    board's meeting, making it the fifth partner': a name the tagger reads as a person's is a body
    when 'which' and a body's verb follow it, and 'making it the fifth partner' makes it a member."""
    facts = extract(parse(
        "The Harford Safe at Home Partnership was launched in April last year by Harford Council and NHS Harford.\n\n"
        "Harford Homes, which manages around 10,000 council-built homes across the area, was formally welcomed at "
        "the partnership board's meeting at Elm House on Tuesday, making it the fifth partner.\n"))
    assert "Harford Homes" in facts.organisations and "Harford Homes" not in facts.people, \
        (sorted(facts.organisations), sorted(facts.people))
    assert "Harford Homes" in named_members(facts).get("Harford Safe at Home Partnership", set()), named_members(facts)
    assert "Elm House" not in facts.organisations, sorted(facts.organisations)  # the meeting's place, no body


def test_the_centre_refers_back_to_a_centre_named_before(parse):
    """'A, manager of the carers' support centre, is vice chair': 'the centre' (with the end of its
    name in lower case, or bare) is the centre named before, where A is manager."""
    for words in ("carers' support centre", "centre"):
        facts = extract(parse(
            "The Harford Safe at Home Partnership was launched by Harford Council and NHS Harford. Harford Carers' "
            f"Support Centre joined in June.\n\nAndrew Keadby, manager of the {words}, is vice chair.\n"))
        held = title_triples(facts)
        assert ("Andrew Keadby", "Harford Carers' Support Centre", "manager") in held, sorted(held)


def test_a_name_opening_with_a_verb_which_runs_a_pool_is_a_body(parse):
    """'Keep Active Leisure, which runs the pool and gym, joined last year': a name the tagger reads
    as nothing (its first word a verb) is a body when 'which' and a body's verb follow it."""
    facts = extract(parse(
        "The Strathmoor Care Partnership was set up in 2012 by Strathmoor Council and NHS Strathmoor.\n\nKeep Active "
        "Leisure, which runs the pool and gym at the community campus, joined last year to run strength and balance "
        "classes.\n"))
    assert "Keep Active Leisure" in facts.organisations, sorted(facts.organisations)


def test_a_partnership_that_agreed_to_admit_the_charity_has_it_as_member(parse):
    """'THE Wexley Lifeline has become the newest member of a partnership ... The Harford Community
    Care Partnership agreed to admit the charity': 'agreed to admit' is a member cue, and 'the
    charity' is the body named before though no word of its name says it is one."""
    facts = extract(parse(
        "THE Wexley Lifeline has become the newest member of a partnership that helps older people in Harford get home "
        "from hospital.\n\nThe Harford Community Care Partnership agreed to admit the charity at its meeting on "
        "Tuesday evening in the Elm Pavilion. The partnership was set up in 2009 by Harford Council and Wexley Health "
        "Board.\n"))
    members = named_members(facts).get("Harford Community Care Partnership", set())
    assert "Wexley Lifeline" in members, named_members(facts)
    assert "Elm Pavilion" not in facts.organisations, sorted(facts.organisations)  # the meeting's place
    facts = extract(parse("The Harford Community Care Partnership agreed to admit Harford Mind at its meeting on Tuesday.\n"))
    assert "Harford Mind" in named_members(facts).get("Harford Community Care Partnership", set()), named_members(facts)


def test_it_after_a_time_phrase_is_the_body_the_sentence_before_is_about(parse):
    """'The X Partnership was set up ... Last month it was shortlisted in the Working Together
    category of the Y Awards 2011': 'it' after a time phrase is the body the sentence before is about."""
    facts = extract(parse(
        "The Harford Care Partnership was set up in 2009 by Harford Council and Wexley Health Board to help people "
        "home from hospital.\nLast month it was shortlisted in the Working Together category of the Harford Health Awards "
        "2011, and the winners will be announced in Cardiff in the summer.\n"))
    results = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Harford Care Partnership", "shortlisted") in results, facts.awards


def test_the_city_council_after_one_was_abolished_is_the_other(parse):
    """'Wexley City Council was abolished that day, and Harford City Council joined in its place ...
    Cllr A, who chairs the city council's Communities Committee': a description after the text says
    a body was abolished means the other body of its kind."""
    facts = extract(parse(
        "The Kelby Health Partnership was set up in 2012 by Wexley City Council and the Harford Health and Social "
        "Care Trust. Wexley City Council ran the partnership's office for three years.\n\nUnder the shake-up of local "
        "government on 1 April, Kelby moved into Harford. Wexley City Council was abolished that day, and last month "
        "Harford City Council formally joined the partnership in its place.\n\nCouncillor Maire Ladd, who chairs the "
        "city council's People and Communities Committee, said the council wanted to help.\n"))
    held = {(p.person, p.organisation) for p in facts.posts}
    assert ("Maire Ladd", "Harford City Council") in held and ("Maire Ladd", "Wexley City Council") not in held, \
        sorted(held)


def test_a_board_list_bracket_gives_a_title_with_its_dates(parse):
    """'Kieran Temple - Chair (from November 2019; Treasurer to November 2019)', 'Sean Agh - Director
    of Operations (Acting Chief Executive, January to May 2020)': a bracket after a board list's
    title gives another post at the body, with its dates."""
    facts = extract(parse(
        "Harford Volunteer Centre\nAnnual Report 2019-20\n\nBoard of Trustees\nKieran Temple - Chair (from November "
        "2019; Treasurer to November 2019)\nSenior Management Team\nSean Agh - Director of Operations (Acting Chief "
        "Executive, January to May 2020)\n"))
    held = title_triples(facts)
    assert ("Kieran Temple", "Harford Volunteer Centre", "treasurer") in held, sorted(held)
    assert ("Sean Agh", "Harford Volunteer Centre", "acting chief executive") in held, sorted(held)


def test_a_fronted_former_post_and_took_over_from_give_past_posts(parse):
    """'A former district nurse with the health board, she took over last summer from Lynne Hartwell,
    who left to become ...': the opening phrase is the co-ordinator's past post at the health board,
    and the one she took over from held her post before."""
    facts = extract(parse(
        "The Harford Care Partnership was set up in 2009 by Harford Council and Wexley Health Board.\n\nThe "
        "partnership's co-ordinator, Karen Kilbride, is employed by Harford Voluntary Services on behalf of all five "
        "partners. A former district nurse with the health board, she took over last summer from Lynne Hartwell, who "
        "left to become carers' development officer at Wexley County Council.\n"))
    held = title_triples(facts)
    assert ("Karen Kilbride", "Wexley Health Board", "district nurse") in held, sorted(held)
    assert ("Lynne Hartwell", "Harford Care Partnership", "co-ordinator") in held, sorted(held)


def test_a_shouted_first_word_before_a_possessive_name_is_part_of_it(parse):
    """'STEPPINGSTONES Women's Centre in Kelby has received ...': a sentence's first word, no common
    word and written capitalised again in the text, opens the name before the possessive, so the body
    is 'Steppingstones Women's Centre', not 'Women's Centre'."""
    facts = extract(parse(
        "Royal honour for Steppingstones\n\nSTEPPINGSTONES Women's Centre in Kelby has received the Queen's Award for "
        "Voluntary Service.\n\nSteppingstones manager Sinead Ligon said the award was for every volunteer.\n"))
    assert "Steppingstones Women's Centre" in facts.organisations and "Women's Centre" not in facts.organisations, \
        sorted(facts.organisations)


def test_a_body_that_set_up_a_partnership_with_others_is_a_member_with_them(parse):
    """'On 20 March Harford Volunteer Centre set up the X Partnership with Harford CVS and the
    Harford Lifeline, so that ...': the subject of the forming verb and the bodies after 'with' are
    the partnership's members."""
    facts = extract(parse(
        "On 20 March Harford Volunteer Centre set up the Harford Community Volunteering Partnership with Harford CVS "
        "and the Harford Lifeline, so that people offering help could be matched quickly.\n"))
    members = named_members(facts).get("Harford Community Volunteering Partnership", set())
    assert {"Harford Volunteer Centre", "Harford Lifeline"} <= members and len(members) == 3, named_members(facts)
    facts = extract(parse(
        "On 20 March Harford Volunteer Centre set up the Harford Community Volunteering Partnership with Harford CVS "
        "and the Harford Lifeline. The Harford Lifeline stepped back from the partnership at the end of June.\n"))
    assert "Harford Lifeline" not in named_members(facts).get("Harford Community Volunteering Partnership", set()), \
        named_members(facts)  # a body that stepped back from it is a former member


def test_a_person_after_a_head_word_in_a_title_is_no_part_of_a_body(parse):
    """"Harford Council's Head of Healthcare Gareth Pennick said ...": the field of the title ends in a
    word that can end a body's name ("Healthcare"), but the person's name after it does not lengthen it
    into a body; the person holds the post at the council."""
    facts = extract(parse(
        "Speaking at the launch, Harford Council's Head of Healthcare Gareth Pennick said the platform would "
        "link the three trusts by the spring.\n"))
    assert not any("Pennick" in name for name in facts.organisations), sorted(facts.organisations)
    held = title_triples(facts)
    assert ("Gareth Pennick", "Harford Council", "head of healthcare") in held, sorted(held)


def test_what_a_joining_body_runs_is_no_member(parse):
    """'Harford Hospice Care, which runs St Anselm's Hospice in Wexley and Marlow Hospice in Kelby,
    joined in 2021': the body joins; the hospices it runs, named in the relative clause, are neither
    members nor partners of anyone."""
    facts = extract(parse(
        "The Harford Frailty Partnership was formed in 2019 by Harford Community Trust and Harford Council. "
        "Harford Hospice Care, which runs St Anselm's Hospice in Wexley and Marlow Hospice in Kelby, joined in 2021.\n"))
    members = named_members(facts).get("Harford Frailty Partnership", set())
    assert members == {"Harford Community Trust", "Harford Council", "Harford Hospice Care"}, named_members(facts)
    partnered = {m for p in facts.partnerships for m in p.members}
    assert not any("Hospice" in m and m != "Harford Hospice Care" for m in partnered), \
        [p.members for p in facts.partnerships]


def test_bodies_entered_together_on_an_awards_line_are_partners(parse):
    """'Winner: Harford CityCare Partnership and Harford GP Alliance - Same-day access hub',
    'Finalist: Wexmoor Partnership with Kelby Council - ...': the bodies after the outcome label and
    before the project's dash made a joint entry, so they are partners, though one has "Partnership"
    in its name."""
    facts = extract(parse(
        "Practice Awards 2024: the results\n\nIntegrated Care Award\n"
        "Winner: Harford CityCare Partnership and Harford GP Alliance - Same-day access hub\n"
        "Finalist: Wexmoor Partnership with Kelby Council - Care home ward rounds\n"
        "Finalist: Harford Council - Carers' breaks\n"))
    pairs = {frozenset(p.members) for p in facts.partnerships if p.name is None}
    assert frozenset({"Harford CityCare Partnership", "Harford GP Alliance"}) in pairs, pairs
    assert frozenset({"Wexmoor Partnership", "Kelby Council"}) in pairs, pairs
    assert not any("Harford Council" in p for p in pairs), pairs


def test_the_bodies_listed_under_a_standard_they_achieved_are_designated(parse):
    """'Seven voluntary organisations have been awarded the Harford Volunteering Quality Mark ...
    The following organisations achieved the standard:' over a bulleted list: each body listed met
    the standard named before (outcome designated); the prose after the list ends it, so the body
    whose officer speaks there is given nothing."""
    facts = extract(parse(
        "Harford groups gain Quality Mark\n\nFour voluntary organisations in Harford have been awarded the Harford "
        "Volunteering Quality Mark in 2016, the scheme run by Harford CVS.\n\n"
        "The following organisations achieved the standard:\n- Harford Carers Centre\n- Age Concern Harford\n"
        "- Wexley Community Transport\n- Harford Food Bank\n\n"
        "Harford CVS chief executive Dawn Pellworth said the award showed how well the groups looked after "
        "their volunteers.\n"))
    got = {(a.recipient, a.outcome) for a in facts.awards if "quality mark" in a.award.lower()}
    listed = {"Harford Carers Centre", "Age Concern Harford", "Wexley Community Transport", "Harford Food Bank"}
    assert {(name, "designated") for name in listed} <= got, sorted(got)
    assert {name for name, _ in got} == listed, sorted(got)


def test_a_table_with_pipes_at_its_edges_lists_a_partnership_s_members(parse):
    """'Table 1: Members of the X Partnership' over '| Partner | Role | Joined |' rows: a table
    written with a pipe at each edge is read like one without, and with a body column but no
    person's name each row's body is a member of the partnership the caption names, whatever
    its name looks like."""
    facts = extract(parse(
        "Annual Report 2017-18\n\nCefni Link Partnership\n\nThe partnership grew again this year.\n\n"
        "Table 1: Members of the Cefni Link Partnership at 31 March 2018\n"
        "| Partner | Role | Joined |\n"
        "| Gwenllian Môn | Lead partner; employs the link officers | 2016 |\n"
        "| Harford County Council | Adult social care referrals | 2016 |\n"
        "| Wexley Housing Association | Tenancy support referrals | 2017 |\n\n"
        "The partnership is chaired by Ifan Penmon.\n"))
    members = named_members(facts).get("Cefni Link Partnership", set())
    assert {"Gwenllian Môn", "Harford County Council", "Wexley Housing Association"} <= members, named_members(facts)


def test_a_body_s_members_listed_after_its_possessive_are_its_own(parse):
    """'5. Covid-19: Harford Community Food Network' then 'The report advised that the Network's
    members are:' over bulleted bodies, in the minutes of another partnership: the bodies listed
    are the Network's members (it becomes a partnership), not the minuted partnership's, and the
    numbered heading's colon opens no list of its own."""
    facts = extract(parse(
        "HARFORD COMMUNITY PLANNING PARTNERSHIP\n\nMinute of the meeting of the Community Planning Partnership "
        "Board held on Thursday 24 September 2020.\n\n"
        "5. Covid-19: Harford Community Food Network\n\n"
        "The Board considered a report by the Director of Health and Social Care on the work of the Harford "
        "Community Food Network since it was set up in April to support people who were shielding.\n\n"
        "The report advised that the Network's members are:\n- Harford Council (lead partner)\n"
        "- Voluntary Action Harford\n- Wexley Housing Association\n- Harford Carers Centre (from June 2020)\n\n"
        "Decided: to note the report.\n"))
    members = named_members(facts)
    assert {"Harford Council", "Voluntary Action Harford", "Wexley Housing Association", "Harford Carers Centre"} \
        <= members.get("Harford Community Food Network", set()), members
    assert "Wexley Housing Association" not in members.get("Harford Community Planning Partnership", set()), members


def test_a_partnership_s_board_named_without_its_place_is_the_partnership(parse):
    """'HARFORD COMMUNITY PLANNING PARTNERSHIP' over 'Minute of the meeting of the Community Planning
    Partnership Board': the board named without the partnership's place is the partnership itself, no
    second body."""
    facts = extract(parse(
        "HARFORD COMMUNITY PLANNING PARTNERSHIP\n\nMinute of the meeting of the Community Planning Partnership "
        "Board held on Thursday 24 September 2020.\n\nPresent:\nEileen Tarn, Chief Executive, Harford Council\n"
        "Iain Barrow, Local Senior Officer, Scottish Fire and Rescue Service\n\n"
        "1. Welcome\n\nThe Chair welcomed members to the meeting of the Community Planning Partnership Board.\n"))
    assert "Community Planning Partnership Board" not in facts.organisations, sorted(facts.organisations)
    assert "Harford Community Planning Partnership" in facts.organisations, sorted(facts.organisations)


def test_a_minute_s_attendance_lines_after_a_shouted_address(parse):
    """A board's minutes: a shouted heading whose last word is the town ('..., MARKET STREET,
    HARFORD') names no body; 'Dr A (Vice-Chairman) - Clinical Chair, NHS X CCG' gives the bracket's
    post at the board and the title after the dash at the CCG ('Clinical Chair' is nobody); and a
    title before 'Walking Borough Council and Harford Council' (a town the tagger reads as a verb)
    is held at both councils."""
    facts = extract(parse(
        "HARFORD HEALTH AND WELLBEING BOARD\n\nMINUTES OF THE MEETING HELD ON THURSDAY, 20 SEPTEMBER 2018, "
        "9.30AM, COUNCIL CHAMBER, COUNCIL OFFICES, MARKET STREET, WEXBOROUGH\n\nPresent:\n"
        "Councillor Graham Burfield (Chairman) - Executive Member for Health and Wellbeing, Harford Council\n"
        "Dr Helen Chilton (Vice-Chairman) - Clinical Chair, NHS Harford CCG\n"
        "Matthew Frimley - Director of Public Health, Walking Borough Council and Harford Council\n\n"
        "31. Declarations of Interest\nThere were no declarations of interest.\n"))
    assert "Wexborough" not in facts.organisations and "Clinical Chair" not in facts.people, \
        (sorted(facts.organisations), sorted(facts.people))
    held = title_triples(facts)
    assert ("Graham Burfield", "Harford Health and Wellbeing Board", "chairman") in held, sorted(held)
    assert ("Helen Chilton", "NHS Harford Clinical Commissioning Group", "clinical chair") in held, sorted(held)
    assert {("Matthew Frimley", "Walking Borough Council", "director of public health"),
            ("Matthew Frimley", "Harford Council", "director of public health")} <= held, sorted(held)


def test_the_body_that_noted_an_award_did_not_win_it(parse):
    """'The Board noted that the Social Prescribing Partnership had been highly commended in the
    Care and Health Integration category': the news is the partnership's; the board that noted it in
    its minutes has no result."""
    facts = extract(parse(
        "HARFORD HEALTH AND WELLBEING BOARD\n\nMinutes of the meeting held on 20 September 2018\n\n"
        "33. Harford Social Prescribing Partnership\nThe Board considered a report on the Harford Social "
        "Prescribing Partnership, which links patients referred by GPs to community groups.\n\n"
        "35. Awards and Recognition\nThe Board noted that the Social Prescribing Partnership had been highly "
        "commended in the Care and Health Integration category of the Harford Achievement Awards 2018 in June.\n"))
    got = {a.recipient for a in facts.awards}
    assert "Harford Social Prescribing Partnership" in got and "Harford Health and Wellbeing Board" not in got, \
        [(a.recipient, a.award, a.outcome) for a in facts.awards]


def test_a_place_designated_a_system_gives_the_designation_to_the_body_of_that_name(parse):
    """'NHS England had confirmed in May that Harford West was one of the first areas in the country to
    be designated an integrated care system', after the text named the Harford West Integrated Care
    System: that body was designated (no 'as' needed)."""
    facts = extract(parse(
        "34. Harford West Integrated Care System\nDr Helen Chilton updated the Board on the Harford West "
        "Integrated Care System (ICS), which brings together NHS Harford West CCG, Harford Council and "
        "Wexley Council. The Board noted that NHS England had confirmed in May that Harford West was one of "
        "the first areas in the country to be designated an integrated care system.\n"))
    got = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert ("Harford West Integrated Care System", "integrated care system", "designated") in got, sorted(got)


def test_bodies_the_tagger_takes_for_people_by_how_the_text_describes_them(parse):
    """Three ways a text shows that a name the tagger may read as a person's is a body's: a
    descriptor with up to three modifiers before it ('In April, local mental health charity Talk It
    Through became the fourth partner'); an apposition naming a kind of body after a place's possessive
    ('Kelby Homes, the island's biggest landlord, joined'); and a name after 'and' that shares its
    first word with the body before it ('Harford Mind and Harford Live')."""
    facts = extract(parse(
        "The Kelby Reablement Partnership was set up by Harford Council and NHS Harford. Kelby Homes, the "
        "island's biggest landlord, joined the partnership in June. In April, local mental health charity Talk "
        "It Through became the fourth partner.\n"))
    members = named_members(facts).get("Kelby Reablement Partnership", set())
    assert {"Kelby Homes", "Talk It Through"} <= members, named_members(facts)
    assert not {"Kelby Homes", "Talk It Through"} & set(facts.people), sorted(facts.people)
    facts = extract(parse(
        "The other finalists in the Working Together category were:\n"
        "- Harford Mind and Harford Live, for their joint Active Minds programme\n"
        "- Wexley Council for Voluntary Service\n"))
    assert "Harford Live" in facts.organisations and "Harford Live" not in facts.people, \
        (sorted(facts.organisations), sorted(facts.people))


def test_a_passive_formation_reaches_by_across_an_aside_and_a_purpose_clause_names_no_joiner(parse):
    """'The alliance was formed last autumn, ahead of the launch of the NHS Medicines Follow-up Service
    (MFS) in February, by A, B and C': the bodies after 'by' are the members, not the service in the
    aside; 'D joined in June, so that patients leaving its wards at the Kelby Centre in Harford are covered
    too': D joins, the centre named in the clause of purpose does not."""
    facts = extract(parse(
        "Harford Hospital NHS Trust became the fifth member of the Harford Medicines Transfer Alliance at a "
        "meeting on Tuesday.\n\nThe alliance was formed last autumn, ahead of the launch of the NHS Medicines "
        "Follow-up Service (MFS) in February, by Harford Community Health NHS Trust, Wexley NHS Trust and "
        "Harford LPC. Kelby Partnership NHS Foundation Trust joined in June, so that patients leaving its mental "
        "health wards at the Lorne Centre in Harford are covered too.\n"))
    members = named_members(facts).get("Harford Medicines Transfer Alliance", set())
    assert {"Harford Community Health NHS Trust", "Wexley NHS Trust", "Harford LPC",
            "Kelby Partnership NHS Foundation Trust"} <= members, named_members(facts)
    assert not {"NHS Medicines Follow-up Service", "Lorne Centre"} & members, members


def test_a_deputy_who_steps_up_holds_both_posts_at_their_own_body(parse):
    """'Harford Hospital NHS Trust's deputy chief pharmacist, Imran Carden, will be acting chief
    pharmacist until a successor is appointed', in an article about a partnership: the acting post is
    at the body the deputy works for (named with a possessive before him), and the deputy's post and
    the acting post above it are two posts, not two wordings of one."""
    facts = extract(parse(
        "The Harford Medicines Alliance was formed last year by Harford Hospital NHS Trust and Harford LPC. "
        "The alliance has sent 4,000 referrals since February.\n\n"
        "Sian Clun, the trust's chief pharmacist, is leaving at the end of the month. Harford Hospital NHS "
        "Trust's deputy chief pharmacist, Imran Carden, will be acting chief pharmacist until a successor is "
        "appointed.\n"))
    held = title_triples(facts)
    assert {("Imran Carden", "Harford Hospital NHS Trust", "deputy chief pharmacist"),
            ("Imran Carden", "Harford Hospital NHS Trust", "acting chief pharmacist")} <= held, sorted(held)


def test_a_one_word_employer_after_a_title_and_with_is_a_body(parse):
    """'She was previously a pharmacist manager with Chemistway': a one-word name the tagger reads as a
    body, after a title in lower case and 'with' or 'at', is the employer (a lone place name the tagger
    calls a body is still no body elsewhere)."""
    facts = extract(parse(
        "Ruth Lang, who owns a community pharmacy in Harford, takes up the post of clinical lead "
        "for two days a week. She was previously a pharmacist manager with Chemistway.\n"))
    held = title_triples(facts)
    assert ("Ruth Lang", "Chemistway", "pharmacist manager") in held, sorted(held)


def test_a_body_the_text_says_is_not_a_partner_is_none_of_that_partnership(parse):
    """'The partnership's start-up costs were met by Harford Charitable Trust, which is not a partner',
    then a fact box naming the trust beside the funders: the trust is no member of the partnership and
    no partner of the others; a body said not to be a member of one partnership stays a member of
    another the text says it belongs to."""
    facts = extract(parse(
        "The Harford Community Connections Partnership was set up in 2021 by NHS Harford, Harford Islands "
        "Council and Voluntary Action Harford. The partnership's start-up costs were met by Harford Charitable "
        "Trust, which is not a partner.\n\n"
        "- The partnership is funded by NHS Harford and Harford Islands Council, with start-up funding from "
        "Harford Charitable Trust.\n"))
    members = named_members(facts).get("Harford Community Connections Partnership", set())
    assert {"NHS Harford", "Harford Islands Council", "Voluntary Action Harford"} <= members, named_members(facts)
    assert "Harford Charitable Trust" not in members, members
    assert not any("Harford Charitable Trust" in p.members for p in facts.partnerships if p.name is None), \
        [p.members for p in facts.partnerships]
    facts = extract(parse(
        "Harford Police sends an officer to the Harford Ageing Partnership's steering group, but is not a "
        "member.\n\nThe Harford Community Planning Partnership brings together Harford Council, the Harford "
        "Trust, Harford Police and Harford College.\n"))
    assert "Harford Police" in named_members(facts).get("Harford Community Planning Partnership", set()), \
        named_members(facts)


def test_each_clause_s_status_is_its_own_body_s_designation(parse):
    """'The Board was advised that Harford Council had been awarded Carer Friendly Established status
    by Harford Carers Centre on 1 September, and that Voluntary Action Harford had achieved Carer
    Friendly Engaged status in July': each body was designated the status its clause names."""
    facts = extract(parse(
        "6. Carer Friendly\n\nThe Board was advised that Harford Council had been awarded Carer Friendly "
        "Established status by Harford Carers Centre on 1 September 2020, and that Voluntary Action Harford "
        "had achieved Carer Friendly Engaged status in July.\n"))
    got = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert {("Harford Council", "carer friendly established status", "designated"),
            ("Voluntary Action Harford", "carer friendly engaged status", "designated")} <= got, sorted(got)


def test_the_body_before_where_she_is_a_title_is_her_employer(parse):
    """'The partnership's co-ordinator, Lowri Penn, is seconded from Pennvale, where she is a community
    investment officer': a name after 'from', 'at' or 'left' and before ', where she is|was' is a body
    (after 'seconded', 'employed' or 'joined' even when the tagger reads it as a place), and she holds
    the post there."""
    facts = extract(parse(
        "The Harford Warm Welcome Partnership was set up by Harford Council and Voluntary Action Harford. "
        "The partnership's co-ordinator, Lowri Penn, is seconded from Pennvale, where she is a community "
        "investment officer.\n"))
    held = title_triples(facts)
    assert ("Lowri Penn", "Pennvale", "community investment officer") in held, sorted(held)


def test_a_named_subject_succeeded_later_in_the_sentence_passes_on_the_post(parse):
    """'Alan retires at Christmas after twelve years with us, and will be succeeded in January by Sian
    Bryn': the subject, named (here by his first name), held a post just before; the person after 'by'
    takes it."""
    facts = extract(parse(
        "Age Concern Harford news\n\n\"This award is for every volunteer,\" said the charity's chief executive, "
        "Alan Penn, of Age Concern Harford. Alan retires at Christmas after twelve years with the charity, and "
        "will be succeeded in January by Sian Bryn.\n"))
    held = title_triples(facts)
    assert ("Sian Bryn", "Age Concern Harford", "chief executive") in held, sorted(held)


def test_police_ranks_are_titles(parse):
    """'Faye Colm, Divisional Commander, Harford Police' in a minute's attendance list and 'Wexley
    Police's community inspector, Graeme Toll': a commander's and an inspector's rank (and a constable's)
    is a post at the force."""
    facts = extract(parse(
        "Present:\nFaye Colm, Divisional Commander, Harford Police\n"
        "Iain Barr, Local Senior Officer, Harford Fire and Rescue Service\n\n"
        "Wexley Police's community inspector, Graeme Toll, said the scheme had cut repeat calls.\n"))
    held = title_triples(facts)
    assert ("Faye Colm", "Harford Police", "divisional commander") in held, sorted(held)
    assert ("Graeme Toll", "Wexley Police", "community inspector") in held, sorted(held)


def test_a_partnership_named_without_its_place_and_head_is_the_same_body(parse):
    """'The Harford Community Connections Partnership was a finalist ... Community Connections was set
    up in 2021 by A, B and C': the name without the place before it and the head after it is the
    partnership's short form, no second body."""
    facts = extract(parse(
        "The Harford Community Connections Partnership was one of three finalists in the Voluntary Sector "
        "Partnership Award.\n\nCommunity Connections was set up in 2021 by NHS Harford, Harford Islands Council "
        "and Voluntary Action Harford.\n"))
    assert "Community Connections" not in facts.organisations, sorted(facts.organisations)
    assert {"NHS Harford", "Voluntary Action Harford"} <= named_members(facts).get(
        "Harford Community Connections Partnership", set()), named_members(facts)


def test_a_royal_name_is_a_body_and_a_meeting_place_with_no_head_is_a_venue(parse):
    """'the Royal Community Care Service': 'Royal' and two capitalised words name one chartered body, though
    each word is common; 'at the group's meeting in the Kelby Hydro': the place a meeting was held in,
    a name with no head word, is a venue, no member."""
    facts = extract(parse(
        "The Harford Care Partnership was set up by Harford Council and NHS Harford. Wexley Housing "
        "Association became the third partner at the group's meeting in the Kelby Hydro last Wednesday. The "
        "Royal Community Care Service, which ran a befriending service for the partnership, withdrew in January.\n"))
    assert "Royal Community Care Service" in facts.organisations, sorted(facts.organisations)
    assert "Kelby Hydro" not in facts.organisations, sorted(facts.organisations)
    members = named_members(facts).get("Harford Care Partnership", set())
    assert "Wexley Housing Association" in members and not {"Kelby Hydro", "Royal Community Care Service"} & members, \
        named_members(facts)


def test_the_team_run_by_a_person_gives_her_employers_no_result(parse):
    """'The Harford Reablement Partnership has been shortlisted for the Care for Older People Award ...
    The team is run by Jean Kerr, who took up the new joint post of locality manager with Harford Council
    and NHS Harford in August': the bodies named in the clause about the person who runs the team are
    her employers, not entrants."""
    facts = extract(parse(
        "The Harford Reablement Partnership has been shortlisted for the Care for Older People Award at the "
        "Harford Health Awards 2011. The team is run by Jean Kerr, who took up the new joint post of locality "
        "manager for Kelby with Harford Council and NHS Harford in August.\n"))
    got = {a.recipient for a in facts.awards}
    assert "Harford Reablement Partnership" in got and not {"Harford Council", "NHS Harford"} & got, \
        [(a.recipient, a.award) for a in facts.awards]


def test_an_acronym_after_as_the_is_the_role_of_the_body_before(parse):
    """"Harford Voluntary Action, as the TSI, will ...": the acronym after "as the" names the role
    the body before plays, not a second body coordinated with it."""
    text = ("The Board agreed that Harford Voluntary Action, as the TSI, will lead the volunteering strand, "
            "working with Harford Council and NHS Harford.\n\n"
            "The Network's members are:\n- Harford Council (lead partner)\n- Wexley Voluntary Action, as the TSI\n"
            "- Wexley Housing\n")
    facts = extract(parse(text))
    assert "TSI" not in facts.organisations
    assert {"Harford Voluntary Action", "Wexley Voluntary Action"} <= set(facts.organisations)
    assert not any("TSI" in key for key in candidates(parse, text, "pair"))


def test_an_acronym_owning_a_title_is_a_body_whatever_the_tagger_read(parse):
    """"AVOB's chief executive, Glenys Carrow, said": a name in capitals owning a title, its holder
    after it, is the body she heads, whether the tagger reads it as a person's name or as nothing."""
    text = ("Home First scheme doubles in size as carers' charity signs up\n\n"
            "The Harford Home First Partnership was set up in 2010 by Harford County Borough Council and Harford "
            "University Health Board. AVOB, the borough's umbrella body for voluntary groups, joined the following "
            "year, bringing in volunteer drivers.\n\n"
            "Cllr Hugh Marlow, the council's lead member for health and social care, said: \"This is what people "
            "have been asking us for.\"\n\n"
            "AVOB's chief executive, Glenys Carrow, said: \"Our volunteers were already doing this informally.\"\n")
    assert ("Glenys Carrow", "AVOB", "chief executive") in post_triples(extract(parse(text)))


def test_the_board_is_the_board_named_just_before(parse):
    """"She will report to the West Harford Place Board. It brings together the ICB, ... The board is
    chaired by X": 'the board' is the board the text just named in full, not the ICB it names more
    often (here only by its acronym)."""
    text = ("Fiona Ashby will take over as chief executive of NHS Harford and Wexley Integrated Care Board (ICB) in "
            "January. The ICB has been led on an interim basis by its director of finance.\n\n"
            "Ms Ashby will also be the ICB's lead for the west of the county. She will report to the West Harford "
            "Place Board, the place-based partnership for the area. It brings together the ICB, Harford County "
            "Council and Harford Community Health NHS Trust, with GPs represented through the area's primary care "
            "networks.\n\n"
            "The board is chaired by Cllr Terence Gadd, the borough council's cabinet member for people and "
            "communities.\n")
    posts = post_triples(extract(parse(text)))
    assert ("Terence Gadd", "West Harford Place Board", "chair") in posts
    assert not any(p == "Terence Gadd" and role == "chair" and org != "West Harford Place Board" for p, org, role in posts)


def test_a_council_of_voluntary_organisations_on_a_cover_is_one_body(parse):
    """A report's cover "HCVO / Harford Council of Voluntary Organisations / Annual Report": the name
    goes on past "Council of" (not "Harford Council", a local authority), and "The Third Sector
    Interface for Harford" under it describes the body, naming no body of its own; "our Chief
    Executive" in the report is then the body's."""
    text = ("--- Page 1 ---\nHCVO\nHarford Council of Voluntary Organisations\nAnnual Report 2014-15\n"
            "The Third Sector Interface for Harford City\n\n--- Page 2 ---\nFrom our Convener\n\n"
            "It was a year of change within HCVO. Our Chief Executive, Ruth Kilmany, left us in January after "
            "seven years. Our Head of Operations, Graham Tullos, was Acting Chief Executive from January until the "
            "end of May.\n")
    facts = extract(parse(text))
    assert "Harford Council of Voluntary Organisations" in facts.organisations
    assert "Harford Council" not in facts.organisations
    assert "Third Sector Interface" not in facts.organisations
    assert ("Ruth Kilmany", "Harford Council of Voluntary Organisations", "chief executive") in post_triples(facts)


def test_a_partners_in_the_caption_over_a_table_lists_its_members(parse):
    """"Table 2: Partners in the X Partnership at 31 March" over "Partner | Contribution | Joined": each
    row's body is a member, a one-word name whose next cell opens with "Peer" or "Member" (words
    that follow a party's name in prose) and a name in capitals alike."""
    text = ("Harford Wellbeing Partnership\n\nThe Harford Wellbeing Partnership brings together public bodies and "
            "third sector organisations to design support for adults in crisis.\n\n"
            "Table 2: Partners in the Harford Wellbeing Partnership at 31 March 2015\n"
            "Partner | Contribution | Joined\n"
            "Harford City Council | Commissioning; social work | 2013\n"
            "Lanterna | Peer support workers | 2013\n"
            "HAMH | Employment support | 2013\n"
            "Castlegate Housing Association | Tenancy sustainment | February 2015\n")
    members = named_members(extract(parse(text))).get("Harford Wellbeing Partnership", set())
    assert {"Harford City Council", "Lanterna", "HAMH", "Castlegate Housing Association"} <= members


def test_a_title_after_as_is_no_person_though_tagged_one(parse):
    """"The Board also welcomed Paul Corr as Honorary Treasurer": the capitalised title after "as"
    is the post he takes, not a person, whatever the tagger made of it."""
    text = ("Harford Hospice\nAnnual Report 2018-19\n\nChair's report\n\n"
            "The Board also welcomed Paul Corran as Honorary Treasurer in November.\n")
    facts = extract(parse(text))
    assert "Honorary Treasurer" not in facts.people
    assert "Paul Corran" in facts.people


def test_our_own_officer_acting_up_holds_the_acting_post_at_our_body(parse):
    """"Siobhan Kell, our Director of Nursing, was Acting Chief Executive from October": in a body's own
    report 'our' names the body, so the acting post is held there."""
    text = ("Harford Hospice\nAnnual Report 2018-19\n\nChair's report\n\n"
            "In October our Chief Executive, Joe Carnew, retired after fourteen years. Siobhan Kellaway, our Director "
            "of Nursing, was Acting Chief Executive from October until January, a demanding winter which she "
            "handled with real calm.\n")
    assert ("Siobhan Kellaway", "Harford Hospice", "acting chief executive") in post_triples(extract(parse(text)))


def test_a_contributors_line_of_titles_before_names(parse):
    """A council committee's "CONTRIBUTORS: Chief Officer (Social Services), A; Area Director (East),
    X Health Board, Dr B": a title with its bracketed qualifier before a body and a name is held at
    that body; with no body, at the council whose minutes these are."""
    text = ("HARFORD COUNTY COUNCIL\n\nSOCIAL CARE OVERVIEW COMMITTEE\n14 DECEMBER 2017\n\n"
            "PRESENT: Councillor Carol Gwenfro (Chair)\n\n"
            "CONTRIBUTORS: Chief Officer (Social Services), Neil Yscaw; Area Director (East), Harford University "
            "Health Board, Dr Jonathan Northey\n\n31. DECLARATIONS OF INTEREST\n\nNone were received.\n")
    posts = post_pairs(extract(parse(text)))
    assert ("Jonathan Northey", "Harford University Health Board") in posts
    assert ("Neil Yscaw", "Harford County Council") in posts


def test_entries_after_semicolons_on_an_awards_line_each_name_their_entrants(parse):
    """"Finalists: PATHwAY and X NHS Foundation Trust - advocacy; Carers in Harford - cafes; Bield Homes &
    Care - extra care": each entry after a semicolon names its entrants before its dash, a name with
    '&' or 'in' whole; a short name in mixed capitals before 'and' is a body of its own."""
    text = ("Harford Care Awards 2022: the winners\n\nMost Innovative Team Collaboration\n"
            "Winner: Harford Care Home Support Partnership - care home in-reach team\n"
            "Finalists: PATHwAY and Harford Partnership University NHS Foundation Trust - advocacy on the wards; "
            "Carers in Harford - carers' wellbeing cafes; Brackley Homes & Care - extra care at Dunmore Court\n"
            "Most Innovative Homecare Team\nWinner: Abbotsley Care - Community Facilitators team\n")
    facts = extract(parse(text))
    assert {"PATHwAY", "Harford Partnership University NHS Foundation Trust", "Carers in Harford",
            "Brackley Homes & Care"} <= set(facts.organisations)
    assert "Brackley Homes" not in facts.organisations
    recipients = {a.recipient for a in facts.awards}
    assert {"PATHwAY", "Carers in Harford"} <= recipients


def test_a_name_in_mixed_capitals_is_the_same_body_each_time(parse):
    """"VASLan and Harford Carers Centre came on board ... chaired by VASLan's chief executive, A": the
    short name split off before 'and' is a body, and it names that body wherever it is written."""
    text = ("Harford Home Together was set up in 2015 by Harford Council and NHS Harford. VASLan and Harford Carers "
            "Centre came on board the following spring. VASLan recruits volunteers who collect prescriptions.\n\n"
            "Home Together is chaired by VASLan's chief executive, Moira Thornley, with Dr Alasdair Jackman, a GP in "
            "the town, as vice chair.\n")
    facts = extract(parse(text))
    assert "VASLan" in facts.organisations
    assert ("Moira Thornley", "VASLan", "chief executive") in post_triples(facts)


def test_the_council_on_a_council_s_own_page_is_that_council(parse):
    """A press release on "City and County of Harford"'s own site: "the council's Principal Officer" is
    at that council, though another council was named in the paragraph before; and "for the City and
    County of Harford and HBM Health Board" names two bodies, the council's style and all."""
    text = ("City and County of Harford\nDinas a Sir Harford\n\nHome | Council and Democracy | News | Cymraeg\n\n"
            "Joint head appointed to lead hospital-to-home services\n\nPublished: 14 November 2012\n\n"
            "Helen Llanfair will take up the post of Head of Intermediate Care for the City and County of Harford "
            "and HBM Health Board in January.\n\n"
            "Mrs Llanfair is currently Acting Head of Adult Services at Wexley County Borough Council.\n\n"
            "She succeeds Gareth Penrice, who will return to his role as the council's Principal Officer for "
            "Reablement.\n")
    facts = extract(parse(text))
    assert {"City and County of Harford", "HBM Health Board"} <= set(facts.organisations)
    assert ("Gareth Penrice", "City and County of Harford", "principal officer for reablement") in post_triples(facts)


def test_a_category_in_sentence_case_named_with_its_scheme(parse):
    """"one of the finalists in the Delivering person-centred services category of the NHS Wales Awards
    2022. The award went to X": the category as written is the award, for the finalist and the winner."""
    text = ("The Harford Digital Partnership was formed in 2021 by Harford Teaching Health Board and Harford County "
            "Council.\n\nIn October it was also one of the finalists in the Delivering person-centred services "
            "category of the NHS Wales Awards 2022. The award went to Wexley University Health Board.\n")
    got = {(a.recipient, a.award.lower()) for a in extract(parse(text)).awards}
    assert ("Harford Digital Partnership", "delivering person-centred services") in got
    assert ("Wexley University Health Board", "delivering person-centred services") in got


def test_a_body_apposed_as_formed_by_a_merger_joins_without_the_merged(parse):
    """"Brecwyn, the housing association formed this year by the merger of Tai Harford and Mid-Harford
    Housing, joined in September": the name the apposition describes as a body made by others is a
    body (one word, though the tagger reads a person), owns the title in "Brecwyn's Head of
    Communities, A", and joins alone: the bodies it was formed from are no members."""
    text = ("The Harford Digital Partnership was formed in 2021 by Harford Teaching Health Board, Harford County "
            "Council and HAVO, the county's voluntary sector council. Brecwyn, the housing association formed this "
            "year by the merger of Tai Harford and Mid-Harford Housing, joined in September, and its tenancy "
            "officers now refer tenants.\n\n"
            "Brecwyn's Head of Communities, Nia Tregaron, said one in five tenants had no home internet.\n")
    facts = extract(parse(text))
    members = named_members(facts).get("Harford Digital Partnership", set())
    assert "Brecwyn" in members
    assert "Mid-Harford Housing" not in members
    assert ("Nia Tregaron", "Brecwyn", "head of communities") in post_triples(facts)


def test_a_name_tagged_as_a_body_before_an_owned_title_is_a_person(parse):
    """"Paul Upway, Harford HealthCare's community services manager for Wexley, who has ...": a name
    in apposition with a title a body owns is a person's, though the tagger reads it as a body (as
    the small pipeline does for some names; here the tagger's reading is set to that)."""
    from spacy.tokens import Span
    text = ("The scheme will lose a familiar face at the end of the year. Paul Upway, Harford HealthCare's community "
            "services manager for Wexley and Portland, who has managed the co-ordinators since the scheme began, "
            "leaves in December to become head of patient flow at Harford County Hospital NHS Foundation Trust.\n")
    doc = parse(text)
    name = next(i for i, t in enumerate(doc) if t.text == "Paul")
    doc.ents = [e for e in doc.ents if e.end <= name or e.start >= name + 2] + [Span(doc, name, name + 2, label="ORG")]
    facts = extract(doc)
    assert "Paul Upway" in facts.people and "Paul Upway" not in facts.organisations
    assert ("Paul Upway", "Harford County Hospital NHS Foundation Trust") in post_pairs(facts)


def test_a_committee_in_lower_case_after_its_council_s_possessive(parse):
    """"chairwoman of Harford Council's adult and children's services committee": the committee is
    the council's own, so the title takes its name and the post is at the council."""
    text = ("Councillor Fiona Evans, chairwoman of Harford Council's adult and children's services committee, said: "
            "\"This is a great example of the public and voluntary sectors working together.\"\n")
    assert ("Fiona Evans", "Harford Council", "chairwoman of the adult and children's services committee") \
        in post_triples(extract(parse(text)))


def test_a_who_clause_late_in_an_apposition_gives_its_own_post(parse):
    """"Dr A, a GP in Invergordon who is the partnership's clinical lead, said ...": the clause's post
    ends at its closing comma, not at the end of the sentence."""
    text = ("The Easter Harford Falls Prevention Partnership was set up in 2011 by NHS Harford and Harford Council.\n\n"
            "Dr Eilidh Culross, a GP in Invergordon who is the partnership's clinical lead, said practices now "
            "referred patients to the team as a matter of course.\n")
    assert ("Eilidh Culross", "Easter Harford Falls Prevention Partnership", "clinical lead") \
        in post_triples(extract(parse(text)))


def test_a_publisher_named_only_on_the_page_s_publisher_line_is_no_body(parse):
    """"Part of the Wexford Media Group" and "Harford Times is part of Brackley Group plc" at the foot of
    a story name the paper's publisher, no body of the story; "The ICB is part of the X Integrated Care
    System" keeps the ICS."""
    text = ("Harford Times\n\nFalls scheme up for award\n\nThe Harford Falls Partnership was set up in 2011 by "
            "Harford County Council and Harford HealthCare NHS Foundation Trust. The ICB is part of the Harford and "
            "Wexley Integrated Care System.\n\nShare this article: Facebook | Twitter\n\n"
            "Harford Times, Fleet House, Harford\nPart of the Wexford Media Group\n"
            "Harford Times is part of Brackley Group plc. All rights reserved.\n")
    orgs = set(extract(parse(text)).organisations)
    assert not {"Wexford Media Group", "Brackley Group plc"} & orgs
    assert "Harford and Wexley Integrated Care System" in orgs


def test_two_acronyms_joined_by_and_are_two_bodies(parse):
    """"formed in 2015 by the Council, HCUHB and NEWCAS": two short names joined by 'and' are two
    bodies, though the tagger reads them as one name in capitals (as the small pipeline does for
    some pairs; here the tagger's reading is set to that)."""
    from spacy.tokens import Span
    text = ("Harford County Council\n\nThe report explained that the post had been jointly funded by the Council and "
            "Harford Cadwaladr University Health Board (HCUHB) since April 2016.\n\n"
            "The Harford Dementia Support Partnership had been formed in 2015 by the Council, HCUHB and NEWCAS. "
            "Alzheimer's Society had joined the Partnership in 2016 to run memory cafes.\n")
    doc = parse(text)
    at = max(i for i, t in enumerate(doc) if t.text == "HCUHB")
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= at + 3] + [Span(doc, at, at + 3, label="ORG")]
    members = named_members(extract(doc)).get("Harford Dementia Support Partnership", set())
    assert "Harford Cadwaladr University Health Board" in members
    assert any(m.upper() == "NEWCAS" for m in members), members


def test_a_department_after_a_title_s_comma_is_no_employer(parse):
    """"Gareth Penton, Senior Manager, Children and Workforce, would leave the Council": the words after
    the title's comma name a department (only department and generic words), so they are the title's
    field, not the body he works for, which is the council the minutes are about."""
    text = ("HARFORD COUNTY COUNCIL\n\nSOCIAL CARE OVERVIEW COMMITTEE\n\n34. STAFFING UPDATE\n\n"
            "The Chief Officer (Social Services) reported that Gareth Penton, Senior Manager, Children and Workforce, "
            "would leave the Council at the end of January to become Head of Children's Services at Wexley County "
            "Borough Council.\n")
    facts = extract(parse(text))
    assert "Children and Workforce" not in facts.organisations
    assert ("Gareth Penton", "Harford County Council") in post_pairs(facts)


def test_whom_a_body_appoints_as_a_title_is_a_person(parse):
    """"It has now appointed Owain Caerwen as its first Digital Inclusion Lead": the one appointed as a
    title is a person, whatever the tagger made of the name (here its reading is set to a body, as
    the small pipeline reads some names), and 'first' is no part of the title."""
    from spacy.tokens import Span
    text = ("The Harford Digital Partnership was formed in 2021 by Harford Teaching Health Board and Harford County "
            "Council. It has now appointed Owain Caerwen as its first Digital Inclusion Lead.\n")
    doc = parse(text)
    at = next(i for i, t in enumerate(doc) if t.text == "Owain")
    doc.ents = [e for e in doc.ents if e.end <= at or e.start >= at + 2] + [Span(doc, at, at + 2, label="ORG")]
    facts = extract(doc)
    assert "Owain Caerwen" in facts.people and "Owain Caerwen" not in facts.organisations
    assert ("Owain Caerwen", "Harford Digital Partnership", "digital inclusion lead") in post_triples(facts)


def test_a_portfolio_after_for_a_names_no_person(parse):
    """"Councillor A, the council's Cabinet Member for a Caring Harford, said": the portfolio's words
    after 'for a' name an aim, not a person; "Cabinet Member for Social Care, Cllr B" still names B."""
    text = ("Harford County Council\n\nCouncillor Gareth Abergele, the council's Cabinet Member for a Caring Harford, "
            "said the council's libraries would act as collection points.\n\n"
            "The council's Cabinet Member for Social Care and Housing, Cllr Huw Llanfor, said it was a proud day.\n")
    facts = extract(parse(text))
    assert "Caring Harford" not in facts.people
    assert {"Gareth Abergele", "Huw Llanfor"} <= set(facts.people)


def test_the_county_council_is_no_council_of_another_style_named_since(parse):
    """"she leaves the county council to become assistant director at Wexley Council. Her successor
    will be A, the county council's acting head of integrated care": 'the county council' is the
    county council named before, not the council of another style the paragraph names since."""
    text = ("The Harford Care Home Support Partnership was set up in April 2020 by Harford County Council, Harford "
            "Community NHS Trust and East Harford NHS Trust.\n\n"
            "Ms Tewkes will step down as co-chair in the autumn, when she leaves the county council to become "
            "assistant director of adult social care at Wexley Council. Her successor as co-chair will be Deborah "
            "Wymond, the county council's acting head of integrated care.\n")
    posts = post_triples(extract(parse(text)))
    assert ("Deborah Wymond", "Harford County Council", "acting head of integrated care") in posts
    assert not any(p == "Deborah Wymond" and org == "Wexley Council" for p, org, _ in posts)


def test_an_event_venue_with_its_place_after_is_no_body(parse):
    """"joined us at Brackley Film Studios, Leavesden on Friday for the awards" and "at the Harford
    Grand Hotel, Harford": a studios, hotel or arena with its place after it is where the event was."""
    text = ("More than 400 care workers joined us at Brackley Film Studios, Leavesden on Friday evening for the "
            "Harford Care Awards 2022. Last year's ceremony was held at the Harford Grand Hotel, Harford.\n")
    orgs = set(extract(parse(text)).organisations)
    assert not {"Brackley Film Studios", "Harford Grand Hotel"} & orgs, orgs


def test_a_category_s_short_name_before_winner_is_no_body(parse):
    """"About our Team Collaboration winner": the category's short name before 'winner' names no body,
    and takes no award."""
    text = ("Harford Care Awards 2022: the winners\n\nMost Innovative Team Collaboration\n"
            "Sponsored by the University of Harford\n"
            "Winner: Harford Care Home Support Partnership - care home in-reach team\n"
            "Finalists: Harford Mind - advocacy on the wards; Carers in Harford - carers' cafes\n\n"
            "The Chief Executive's Special Recognition Award\nWinner: Tom Therwell, Deputy Manager, Haven Home "
            "Support\n\nAbout our Team Collaboration winner\n\nThe Harford Care Home Support Partnership was set up "
            "in April 2020 by Harford County Council and Harford Community NHS Trust.\n")
    facts = extract(parse(text))
    assert not any(name.endswith("Team Collaboration") for name in facts.organisations), facts.organisations
    assert not any(a.recipient.endswith("Team Collaboration") for a in facts.awards)


def test_we_were_awarded_on_a_body_s_own_page_proposes_the_body(parse):
    """"In February we were awarded the Investing in Volunteers quality standard" in a hospice's own
    report: 'we' is the page's body, so a precise rule proposes it as the recipient."""
    text = ("Harford Hospice\nAnnual Report 2018-19\n\nChair's report\n\n"
            "It has been a year of change at the top of Harford Hospice.\n\nAwards and recognition\n\n"
            "- In February we were awarded the Investing in Volunteers quality standard by Volunteer Harford, the "
            "first hospice in the region to achieve it.\n")
    assert any(key[0] == "Harford Hospice" and "investing in volunteers" in key[1] for key in ruled(parse, text, "award"))


def test_a_service_named_in_a_title_is_no_body(parse):
    """'A, Head of Adults' Services at X Council', 'Head of Integrated Reablement Services for the X
    Health Board': a service after a title's 'of', the body the post is at after it, is what the
    title covers: the post is at the body, with the whole title, and the service is no body."""
    facts = extract(parse(
        "Harford Gazette\n\nThe Harford Reablement Partnership is chaired by Gwil Marran, Head of Adults' "
        "Services at Harford County Council.\n\nSian Prothero will take up the post of Head of Integrated "
        "Reablement Services for the Wexley University Health Board in May.\n"))
    held = title_triples(facts)
    assert ("Gwil Marran", "Harford County Council", "head of adults' services") in held, sorted(held)
    assert ("Sian Prothero", "Wexley University Health Board", "head of integrated reablement services") in held, \
        sorted(held)
    assert not {"Adults' Services", "Integrated Reablement Services"} & set(facts.organisations)


def test_a_name_before_a_capitalised_title_and_its_field_is_a_person(parse):
    """'The partnership is chaired by A B, Joint Commissioning Manager (Mental Health) for X Council and
    NHS Y': two capitalised words after 'by' with a title in capitals after their comma are a
    person; the bracket is the title's field, not the body 'Mental Health Z' named before."""
    facts = extract(parse(
        "Harford Wellbeing Partnership\n\nThe partners are Harford City Council, NHS Wexley, Penfold Housing and "
        "Mental Health Harford.\n\nThe partnership is chaired by Fraser Cults, Joint Commissioning Manager (Mental "
        "Health) for Harford City Council and NHS Wexley.\n"))
    held = {(p.person, p.organisation) for p in facts.posts if p.title.lower().startswith("joint commissioning manager")}
    assert {("Fraser Cults", "Harford City Council"), ("Fraser Cults", "NHS Wexley")} <= held, sorted(held)
    assert not any(p.organisation == "Mental Health Harford" for p in facts.posts), sorted(held)


def test_an_nhs_board_and_a_council_after_a_title_s_for_are_two_bodies(parse):
    """'A, Director of Community Health and Social Care for NHS Wexmoor and Wexmoor Islands Council,
    said': 'NHS' and a place after the title's 'for', then 'and' and a council, is a board of its
    own; the post is held at both. ('NHS Mid and South Harford ICB' stays one name.)"""
    facts = extract(parse(
        "Harford Gazette\n\nJaine Sandwell, Director of Community Health and Social Care for NHS Wexmoor and "
        "Wexmoor Islands Council, said the new service had cut waiting times.\n\nMichael Thorley, chair of NHS Mid "
        "and South Harford Integrated Care Board, welcomed the news.\n"))
    held = post_pairs(facts)
    assert {("Jaine Sandwell", "NHS Wexmoor"), ("Jaine Sandwell", "Wexmoor Islands Council")} <= held, sorted(held)
    assert ("Michael Thorley", "NHS Mid and South Harford Integrated Care Board") in held, sorted(held)


def test_joiners_leavers_and_founders_of_a_scheme(parse):
    """A partnership's members across sentences: 'A has become the seventh member of the X, which we
    set up with B and C' (a joiner in a sentence that describes the partnership), 'The scheme was set
    up by D, E and YMCA Harford' after the partnership is named (the scheme is the partnership; a
    branch named by its acronym is a body), 'F, the council-owned company, took part in the first
    year but left in 2022' and 'The county council stepped down as a partner in April' (leavers)."""
    text = ("Harford Carers Centre\n\nHome > News\n\nWexley University joins the Harford Carer Friendly Employers "
            "Network\n\nWexley University has become the seventh member of the Harford Carer Friendly Employers "
            "Network, which we set up with Harford City Council and NHS Wexmoor in 2021.\n\nThe network was founded "
            "by the centre, the council and NHS Wexmoor. Harford College joined in 2022. Harford Contracts, the "
            "council-owned catering company, took part in the first year but left in 2022.\n")
    members = {m for p in extract(parse(text)).partnerships for m in p.members}
    assert "Wexley University" in members and "Harford Contracts" not in members, sorted(members)
    text = ("Harford Mail\n\nHarford Albion Community Trust became the fifth partner in the Harford Settle-In "
            "Partnership this week.\n\nThe scheme was set up in 2010 by Wexmoor County Council, Harford Hospitals "
            "NHS Foundation Trust and YMCA Harford, whose volunteers make the visits. Penfold Housing came on board "
            "the following year.\n\nThe county council stepped down as a partner in April.\n")
    facts = extract(parse(text))
    members = {m for p in facts.partnerships if p.name == "Harford Settle-In Partnership" for m in p.members}
    assert {"Harford Hospitals NHS Foundation Trust", "YMCA Harford", "Penfold Housing"} <= members, sorted(members)
    assert "Wexmoor County Council" not in members and "YMCA Harford" not in facts.people, sorted(members)


def test_fields_after_a_title_are_no_bodies(parse):
    """'Consultant in Palliative Medicine', 'Director of Adult Services and Prison Healthcare', and
    'joins us from X Hospice, where she was Director of Patient Services': the words after the
    title's 'in', 'and' or 'of' say what the title covers; none is a body or holds the post."""
    facts = extract(parse(
        "Harford Gazette\n\nDr Gwen Brymford, Consultant in Palliative Medicine at Wexley University Health Board, "
        "said the new beds were needed.\n\nMr Gerard Knockford, Director of Adult Services and Prison Healthcare, "
        "Harford Health and Social Care Trust, presented the report.\n\nThe hospice welcomed Catrin Penford as its "
        "new chief executive. She joins from St Wexley Hospice, where she was Director of Patient Services.\n"))
    assert not {"Palliative Medicine", "Prison Healthcare", "Patient Services"} & set(facts.organisations), \
        sorted(facts.organisations)
    held = post_pairs(facts)
    assert {("Gwen Brymford", "Wexley University Health Board"),
            ("Gerard Knockford", "Harford Health and Social Care Trust")} <= held, sorted(held)


def test_an_outcome_over_a_category_heads_its_entries(parse):
    """An awards page laid out 'WINNER: X Category' / 'A and B - project' / 'The Innovators:' / people /
    'Lead Organisation: A' / 'Highly Commended: C - project' / 'Second Prize: ...': the heading names
    the category (no body) and gives its first entry line the outcome; the team under 'The Innovators:'
    and the 'Lead Organisation:' line are the entry's details, no category; 'First Prize' wins and
    'Second Prize' places the entry as a finalist."""
    text = ("Harford Ideas in Health Awards\n\nCongratulations to our Harford Ideas in Health Awards 2024 Winners!\n\n"
            "WINNER: Smart Technology Category\nSponsored by Penfold Labs\n\n"
            "Wexley Hospitals NHS Foundation Trust and Harford University - Pressure-sensing heel boot\n\n"
            "The Innovators:\nJo Alder, Nurse Specialist, Wexley Hospitals NHS Foundation Trust\n"
            "Dr Ann Brook, Senior Lecturer, Harford University\n\n"
            "Lead Organisation: Wexley Hospitals NHS Foundation Trust\n\n"
            "Highly Commended: Harford Health NHS Foundation Trust - Smart fridge monitoring\n\n"
            "WINNER: Service Redesign Category\n\n"
            "First Prize: Wexley Frailty Partnership - Urgent community response\n\n"
            "The Wexley Frailty Partnership was set up in 2022 by Wexley Hospitals NHS Foundation Trust and Wexley "
            "Borough Council.\n\nSecond Prize:\nHarford Care NHS Foundation Trust - Peer support workers\n")
    facts = extract(parse(text))
    got = {(a.recipient, a.award.lower(), a.outcome) for a in facts.awards}
    assert {("Wexley Hospitals NHS Foundation Trust", "smart technology", "won"),
            ("Harford University", "smart technology", "won"),
            ("Harford Health NHS Foundation Trust", "smart technology", "highly_commended"),
            ("Wexley Frailty Partnership", "service redesign", "won"),
            ("Harford Care NHS Foundation Trust", "service redesign", "finalist")} <= got, sorted(got)
    assert not any("lead organisation" in a.award.lower() or a.recipient == "First Prize" for a in facts.awards), sorted(got)
    assert not {"Smart Technology Category", "Service Redesign Category"} & set(facts.organisations)


def test_the_scheme_refers_back_to_the_partnership_named(parse):
    """'X became the fifth partner in the Y Partnership ... In March the scheme was highly commended
    in the Z category of the W Awards 2012': 'the scheme' is the partnership the text named."""
    facts = extract(parse(
        "Harford Mail\n\nHarford Albion Community Trust became the fifth partner in the Harford Settle-In "
        "Partnership this week.\n\nVolunteers have made more than 2,600 home visits since it began. In March the "
        "scheme was highly commended in the Health and Social Care category of the Harford Care Awards 2012.\n"))
    got = {(a.recipient, a.outcome) for a in facts.awards}
    assert ("Harford Settle-In Partnership", "highly_commended") in got, sorted(got)


def test_places_after_an_awards_list_s_entrants_are_no_bodies(parse):
    """'Winner: Cothrom, South Uist' / 'Finalists: A, Edinburgh; B, Glasgow': on a list whose entries
    end in a comma and a place (two of them places the tagger knows), each ending is where its
    entrant is: no body, no recipient; the name before it is the entrant, not a person."""
    text = ("Social Enterprise Wexmoor\n\nWexmoor Social Enterprise Awards 2019: winners announced\n\nThe winners are:\n\n"
            "Social Enterprise of the Year\nWinner: Cothrom, South Uist\n"
            "Finalists: Grassmarket Community Project, Edinburgh; Wexley Wood Recycling, Glasgow\n\n"
            "One to Watch\nWinner: Hey Girls, Dunbar\nFinalist: Common Wheel, Glasgow\n\n"
            "Health and Social Care Award\nJoint winners: Shopper Aide, Campbeltown; and Harford Shopping & Support "
            "Services, Kirkcaldy\n")
    facts = extract(parse(text))
    assert not {"South Uist", "Campbeltown", "Kirkcaldy"} & set(facts.organisations), sorted(facts.organisations)
    assert not any(a.recipient in {"South Uist", "Campbeltown", "Kirkcaldy"} for a in facts.awards)
    assert "Common Wheel" in facts.organisations and "Common Wheel" not in facts.people


def test_the_one_succeeded_held_the_post_named_again_in_the_sentence(parse):
    """Minutes that list 'Dr A, Medical Director' among those present, then 'Dr A took up post as
    Medical Director on 1 September, succeeding Dr B, who retired in August': B held that post
    before, though A's post was first found on the attendance line."""
    facts = extract(parse(
        "Harford Health and Social Care Trust\n\nMinutes of the Trust Board meeting held on 29 September 2016\n\n"
        "Present:\nMrs Ann Ballyloran, Chairman\nDr Niall Ballyfern, Medical Director\nMr Tom Rathmore, Director of "
        "Finance\n\n1. Welcome\n\nThe Chairman welcomed Dr Ballyfern to his first meeting of the Board. Dr Ballyfern "
        "took up post as Medical Director on 1 September, succeeding Dr Ruth Conmore, who retired in August after "
        "eleven years in the role.\n"))
    former = {(p.person, p.organisation, p.title.lower()) for p in facts.posts if p.former}
    assert ("Ruth Conmore", "Harford Health and Social Care Trust", "medical director") in former, sorted(former)


def test_a_post_two_bodies_fund_together_is_held_at_each(parse):
    """'Gillian Warford, whose post as Adaptations Liaison Officer is jointly funded by the Housing
    Executive and the Harford Trust, tracks every case': the post is at each funder, and the end of
    the title ('Liaison Officer') is nobody, whatever the tagger made of it."""
    facts = extract(parse(
        "Harford News\n\nThe Harford Adaptations Partnership was set up in 2015 by the Northern Ireland Housing "
        "Executive and the Harford Health and Social Care Trust.\n\nGillian Warford, whose post as Adaptations "
        "Liaison Officer is jointly funded by the Housing Executive and the Harford Health and Social Care Trust, "
        "tracks every case from referral to completion.\n"))
    held = title_triples(facts)
    assert {("Gillian Warford", "Northern Ireland Housing Executive", "adaptations liaison officer"),
            ("Gillian Warford", "Harford Health and Social Care Trust", "adaptations liaison officer")} <= held, sorted(held)
    assert "Liaison Officer" not in facts.people


def test_our_title_before_a_name_puts_the_acting_post_at_the_page_s_body(parse):
    """'Our Director of Finance and Resources, Helen Rossford, was Acting Chief Executive from October
    until February' in a hospice's own annual report: 'our' is the page's body, so a precise rule
    proposes the acting post there too, not at the body the page names most."""
    text = ("--- Page 1 ---\nHarford House Hospice\nAnnual Report 2015-16\n\n--- Page 2 ---\nChair's report\n\n"
            "It was a year of change at the top of the hospice. Our Chief Executive, Richard Eskford, retired in "
            "October after eleven years in post. Our Director of Finance and Resources, Helen Rossford, was Acting "
            "Chief Executive from October until February.\n\nWexley University Health Board funds our nurses. Wexley "
            "University Health Board also refers patients, and Wexley University Health Board staff train with us.\n")
    rules = {c.key: c.rules for c in propose(parse(text)).candidates if c.kind == "post"}
    key = ("Helen Rossford", "Harford House Hospice", "acting chief executive")
    # the predicate's own reading (her body, which 'our' names), not the fallback to the body named most
    assert "rule:predicate" in rules.get(key, set()), rules.get(key)


def test_a_partners_heading_lists_bodies_described_in_brackets(parse):
    """'Partners at 31 March 2016:' over bullets such as '- AVOW (volunteer befrienders; joined
    September 2015)' and '- Coleg Harford (accredited training for care staff)': the heading
    names the partnership's members, and each bullet's name before its describing bracket is a
    body, an acronym alone too."""
    text = ("Harford House Hospice\nAnnual Report 2015-16\n\nWorking together: the Harford Care Homes Palliative Care "
            "Partnership\n\nIn April 2015 we set up the Harford Care Homes Palliative Care Partnership with Wexley "
            "University Health Board and Harford County Borough Council.\n\nPartners at 31 March 2016:\n"
            "- Harford House Hospice (lead partner; hosts the education team)\n"
            "- Wexley University Health Board (district nursing)\n"
            "- Harford County Borough Council (care home commissioning)\n"
            "- AVOH (volunteer befrienders; joined September 2015)\n"
            "- Coleg Harford (accredited training for care staff; joined January 2016)\n")
    facts = extract(parse(text))
    members = {m for p in facts.partnerships if p.name == "Harford Care Homes Palliative Care Partnership"
               for m in p.members}
    assert {"AVOH", "Coleg Harford"} <= members, sorted(members)


def test_a_name_runs_on_over_two_regions_joined_by_and(parse):
    """'organised by Health Innovation North East and North Wexmoor (Health Innovation NENW)': a
    name ending in a point of the compass goes on over 'and' and a second region that opens with
    one; 'North Wexmoor' inside it is no body of its own."""
    facts = extract(parse(
        "Harford Gazette\n\nThe awards are organised by Health Innovation North East and North Wexmoor (Health "
        "Innovation NENW), and every winner receives a cash prize.\n"))
    assert "Health Innovation North East and North Wexmoor" in facts.organisations, sorted(facts.organisations)
    assert not {"Health Innovation North East", "North Wexmoor"} & set(facts.organisations)


def test_medical_specialists_are_titles(parse):
    """'Dr A (Consultant Psychiatrist, X Trust) - Chair', 'Dr B, Consultant Geriatrician, Y Trust':
    a specialist's name (psychiatrist, geriatrician, radiologist ...) is a title, so the body after
    its comma is the employer, not part of a body's name."""
    facts = extract(parse(
        "Harford Farm Wellbeing Partnership\n\nSteering group, 31 March 2021:\nDr Brendan Aghaford (Consultant "
        "Psychiatrist, Wexley Health and Social Care Trust) - Chair\nRoisin Fiveford (Chief Executive, Rural Support "
        "Harford)\n"))
    held = post_pairs(facts)
    assert ("Brendan Aghaford", "Wexley Health and Social Care Trust") in held, sorted(held)
    assert not any(o.startswith("Consultant") for o in facts.organisations), sorted(facts.organisations)


def test_a_bracketed_short_name_of_first_words_and_an_acronym(parse):
    """'Health Innovation North East and North Wexmoor (Health Innovation NENW)': the bracket holds
    the name's short form, so 'Director of Innovation Services at Health Innovation NENW' is a post
    at the body."""
    facts = extract(parse(
        "Harford Gazette\n\nThe awards are organised by Health Innovation North East and North Wexmoor (Health "
        "Innovation NENW).\n\nDr Helen Capford, Director of Innovation Services at Health Innovation NENW, said the "
        "standard was high.\n"))
    held = post_pairs(facts)
    assert ("Helen Capford", "Health Innovation North East and North Wexmoor") in held, sorted(held)


def test_an_indefinite_partnership_that_wins_is_the_one_the_text_names(parse):
    """'A partnership that has cut the wait for home adaptations ... has won the Partnership Award at
    the X Awards 2017', the partnership named only further down: the award is that partnership's."""
    facts = extract(parse(
        "Harford Housing News\n\nAdaptations partnership wins top housing award\n\nA partnership that has cut the "
        "wait for home adaptations in the Harford area by almost half has won the Partnership Award at the "
        "Wexmoor Housing Awards 2017.\n\nNotes to editors\n\n1. The Harford Adaptations Partnership was set up in "
        "2015 by the Wexmoor Housing Executive and the Harford Health and Social Care Trust.\n"))
    got = {(a.recipient, a.award.lower()) for a in facts.awards}
    assert ("Harford Adaptations Partnership", "partnership award") in got, sorted(got)


def test_re_accreditation_as_a_standard_is_a_designation(parse):
    """'The Chairman congratulated the teams on the Trust's full re-accreditation as Feeding Friendly by
    the Wexmoor Infant Feeding Network': the trust met the standard (designated)."""
    facts = extract(parse(
        "Harford Health and Social Care Trust\n\nMinutes of the Trust Board meeting\n\nThe Chairman congratulated "
        "the midwifery and neonatal teams on the Trust's full re-accreditation as Feeding Friendly by the Wexmoor "
        "Infant Feeding Network, confirmed in July.\n"))
    got = {(a.recipient, a.outcome) for a in facts.awards if "feeding friendly" in a.award.lower()}
    assert ("Harford Health and Social Care Trust", "designated") in got, sorted(got)


def test_staff_employed_on_the_partnership_s_behalf_hold_its_post(parse):
    """'Our network co-ordinator, A, is employed by the centre on behalf of the members' and 'Its
    facilitator, B, is employed by the hospice on the partnership's behalf': the post is the
    partnership's, whichever partner employs them."""
    facts = extract(parse(
        "Harford Carers Centre\n\nHome > News\n\nThe Harford Carer Friendly Employers Network was set up by Harford "
        "Carers Centre, Harford City Council and NHS Wexmoor in 2021.\n\nThe network is chaired by Stuart Baldford, "
        "Head of Human Resources at Harford City Council. Our network co-ordinator, Karen Auchford, is employed by "
        "the centre on behalf of the members.\n\nThe Wexley Care Homes Partnership was set up by Wexley Hospice and "
        "Wexley Borough Council. Its education facilitator, Lowri Coedford, is employed by the hospice on the "
        "partnership's behalf.\n"))
    held = post_pairs(facts)
    assert ("Karen Auchford", "Harford Carer Friendly Employers Network") in held, sorted(held)
    assert ("Lowri Coedford", "Wexley Care Homes Partnership") in held, sorted(held)


def test_in_and_a_place_go_on_with_a_name_its_acronym_spells(parse):
    """'the Association of Voluntary Organisations in Wexley (AVOW)', 'Institute for Research and
    Innovation in Social Services (IRISS)': 'in' and the words after it belong to the name when the
    acronym in brackets spells their initials too."""
    facts = extract(parse(
        "Harford Gazette\n\nThe Association of Voluntary Organisations in Wexley (AVOW) will recruit the volunteers. "
        "Ailsa Drumford, director of the Institute for Research and Innovation in Social Services (IRISS), said the "
        "evidence was clear.\n"))
    orgs = set(facts.organisations)
    assert {"Association of Voluntary Organisations in Wexley",
            "Institute for Research and Innovation in Social Services"} <= orgs, sorted(orgs)
    assert not {"Association of Voluntary Organisations", "Institute for Research and Innovation"} & orgs


def test_a_cabinet_secretary_s_portfolio_is_no_body(parse):
    """'The awards were presented by the Cabinet Secretary for Communities and Local Government':
    the words after the portfolio title name a portfolio, not a body, and nobody's post is there."""
    facts = extract(parse(
        "Social Enterprise Wexmoor\n\nThe winners were announced last night. The awards were presented by the "
        "Cabinet Secretary for Communities and Local Government. The judging panel was chaired by Helen Balford, "
        "a board member of Social Investment Wexmoor.\n"))
    assert "Communities and Local Government" not in facts.organisations, sorted(facts.organisations)
    assert not any(p.organisation == "Communities and Local Government" for p in facts.posts)


def test_chairing_the_group_after_a_partnership_is_the_partnership_s_chair(parse):
    """'The partnership is chaired by A. Mrs A, who has chaired the group since it was formed, leaves
    next month': 'the group' is the partnership in view, not a commissioning group named before."""
    facts = extract(parse(
        "Harford Mail\n\nThe Harford Settle-In Partnership is funded by Wexmoor Clinical Commissioning Group, which "
        "is not a partner.\n\nThe partnership is chaired by Harford Hospitals' deputy director of nursing, Helen "
        "Branford. Mrs Branford, who has chaired the group since it was formed, leaves next month.\n"))
    held = post_pairs(facts)
    assert ("Helen Branford", "Wexmoor Clinical Commissioning Group") not in held, sorted(held)
    assert ("Helen Branford", "Harford Settle-In Partnership") in held, sorted(held)


def test_act_as_a_title_named_just_before_is_the_acting_post(parse):
    """'A, the Housing Executive's Assistant Director of Housing Services, retires in June. B,
    currently Area Manager for Newry, will act as Assistant Director until a permanent appointment is
    made': B is Acting Assistant Director of Housing Services there."""
    facts = extract(parse(
        "Harford News\n\nColm Killford, the Wexmoor Housing Executive's Assistant Director of Housing Services, "
        "retires in June. Deirdre Meford, currently Area Manager for Newry, will act as Assistant Director until a "
        "permanent appointment is made.\n"))
    held = title_triples(facts)
    assert ("Deirdre Meford", "Wexmoor Housing Executive", "acting assistant director of housing services") in held, \
        sorted(held)


def test_a_place_acronym_before_council_leaves_out_county_borough(parse):
    """'BCM Council' after 'Bryn Coed Mawr County Borough Council': the acronym of a council's
    place, its 'County Borough' left out, is that council."""
    facts = extract(parse("Bryn Coed Mawr County Borough Council has approved the plan. Giles Pengam-Rhys, BCM "
                          "Council's director of social services, welcomed it."))
    assert ("Giles Pengam-Rhys", "Bryn Coed Mawr County Borough Council", "director of social services") \
        in post_triples(facts), post_triples(facts)


def test_a_partnership_which_one_body_leads_with_others_has_them_all_as_members(parse):
    """'the Mid Harford Community Planning Partnership, which the council leads with the trust,
    the PHA and the Housing Executive': the leader and those it leads with are members."""
    facts = extract(parse("Mid Harford District Council approved the plan with the Northern Health and Social Care "
                          "Trust. The frailty priority builds on the work of the Mid Harford Community Planning "
                          "Partnership, which the council leads with the trust and the Housing Executive."))
    members = {m for p in facts.partnerships if p.name == "Mid Harford Community Planning Partnership"
               for m in p.members}
    assert {"Mid Harford District Council", "Northern Health and Social Care Trust", "Housing Executive"} <= members, \
        members


def test_members_named_as_statutory_partners_with_seats_or_joined_as_a_partner(parse):
    """After a partnership's sentence: 'The council co-chairs it with B', 'C and D are statutory
    partners; E and F have also accepted seats', 'G joined as a full partner in 2011'."""
    facts = extract(parse("Harford District Council has established the Harford Growth Partnership as its community "
                          "planning partnership. The council co-chairs it with the Western Harford Health and Social "
                          "Care Trust. Harford Fire and Rescue Service and Harford Police are statutory partners; the Harford "
                          "Housing Executive and Harford Enterprise Agency have also accepted seats. Harford Healthy "
                          "Cities Trust joined as a full partner in 2011."))
    members = {m for p in facts.partnerships if p.name == "Harford Growth Partnership" for m in p.members}
    assert {"Harford District Council", "Western Harford Health and Social Care Trust", "Harford Fire and Rescue Service",
            "Harford Police", "Harford Housing Executive", "Harford Enterprise Agency",
            "Harford Healthy Cities Trust"} <= members, members


def test_an_acronym_is_the_body_not_its_board(parse):
    """Minutes of 'the Wexley Health Agency Board' that then say 'the WHA': the acronym is the
    agency, which is also what its board's name stands for."""
    facts = extract(parse("Wexley Health Agency\n\nMinutes of the Meeting of the Wexley Health Agency Board\n\nThe Harford Strategic "
                          "Partnership brings together Harford City Council and the WHA."))
    assert sorted(facts.organisations) == ["Harford City Council", "Harford Strategic Partnership",
                                           "Wexley Health Agency"], sorted(facts.organisations)
    from kg.extract.entities import find_entities
    ents = find_entities(parse("Wexley Health Agency\n\nMinutes of the Meeting of the Wexley Health Agency Board\n\n"
                               "The WHA and Harford City Council set up the Harford Strategic Partnership."),
                         lexicon.load())
    assert {m.entity for m in ents.mentions if m.text == "WHA"} == {"Wexley Health Agency"}


def test_a_title_of_two_fields_joined_by_and_names_no_body(parse):
    """'Director of Nursing and Allied Health Professions' on a body's board list: the words
    after 'and' are the title's second field, not a body."""
    facts = extract(parse("Wexley Health Agency\n\nMinutes of the Meeting of the Wexley Health Agency Board\n\n"
                          "PRESENT:\nMrs Eilidh Porta-Hynes - Director of Nursing and Allied Health Professions\n"
                          "Mr Ian Lowe-Barr - Chief Executive\n"))
    assert "Allied Health Professions" not in facts.organisations, sorted(facts.organisations)


def test_medal_labels_on_an_awards_page(parse):
    """'Gold - X (A, B and C): project', 'Silver - D and E: project', 'Bronze - F: project':
    gold is the winner, silver and bronze are highly commended; a named entrant's bracketed
    bodies (before '):') are its members, and the lines of other entries are no partnership's
    members ('Bronze - F:' is an entry, not a list's introduction); 'G, led by H with I' is a
    partnership of H and I."""
    facts = extract(parse("Harford Transformation Awards 2018 - the results\n\nThe winners were announced last "
                          "night.\n\nCARE AND HEALTH INTEGRATION\n\nGold - Healthier Harford Partnership (Mereby "
                          "Borough Council, NHS Harford CCG and Harford Royal NHS Foundation Trust): Community teams\nSilver - "
                          "Wexley County Council and Wexley Healthcare NHS Trust: Home first\nBronze - Isle of Mereby "
                          "Council:\nThe locality hubs\n\nCOMMUNITY PARTNERSHIP\n\nGold - Harford Ageing Well Network, "
                          "led by Age UK Harford with Harford City Council: Community Navigators\nSilver - Eastholm "
                          "Council and Eastholm Carers Trust: Wellness service\n"))
    members = {(p.name, m) for p in facts.partnerships if p.name for m in p.members}
    assert members == {("Healthier Harford Partnership", "Mereby Borough Council"),
                       ("Healthier Harford Partnership", "NHS Harford Clinical Commissioning Group"),
                       ("Healthier Harford Partnership", "Harford Royal NHS Foundation Trust"),
                       ("Harford Ageing Well Network", "Age UK Harford"),
                       ("Harford Ageing Well Network", "Harford City Council")}, members
    outcomes = {(a.recipient, a.outcome) for a in facts.awards}
    assert {("Healthier Harford Partnership", "won"), ("Wexley County Council", "highly_commended"),
            ("Isle of Mereby Council", "highly_commended"), ("Eastholm Council", "highly_commended")} <= outcomes, \
        outcomes


def test_a_title_ends_before_a_time_phrase(parse):
    """'who was appointed programme lead last month', 'was named chief executive this week':
    the time is when, not part of the title; 'was until last month director of finance' is a
    former post."""
    facts = extract(parse("Harford Council has a new partnership. Day-to-day work will be led by Gethin Amroth-Price, "
                          "who was appointed programme lead last month. Jo Bell-Marsh was named chief executive this "
                          "week. Ann Leigh-Carr was until last month director of finance at Harford Council."))
    found = post_triples(facts)
    assert {("Gethin Amroth-Price", "Harford Council", "programme lead"),
            ("Jo Bell-Marsh", "Harford Council", "chief executive"),
            ("Ann Leigh-Carr", "Harford Council", "director of finance")} <= found, found
    assert not any("last month" in t or "this week" in t for _, _, t in found), found


def test_chaired_for_a_time_by_a_person(parse):
    """'The partnership will be chaired for its first two years by Cllr X': the passive's agent
    chairs the body the subject names, a phrase of time between; 'The committee will be chaired
    ... by Y' after a sentence about a body is the chair of its committee; 'The partnership'
    is no police force named in the sentence before."""
    facts = extract(parse("The Harford Care Partnership was agreed on Monday by Harford Council and Wexley Health "
                          "Board. The partnership will be chaired for its first two years by Cllr Eirwen Stack-Jenkins, "
                          "the council's cabinet member for social care.\n\nThe Wexley Adoption Collaborative is "
                          "overseen by a joint committee of the four councils. The committee will be chaired for its "
                          "first year by Councillor Dafydd Morgan-Hale.\n\nHarford Police will send an officer. The "
                          "partnership will be chaired for a year by Cllr Ann Bevan-Lloyd."))
    found = post_triples(facts)
    assert {("Eirwen Stack-Jenkins", "Harford Care Partnership", "chair"),
            ("Dafydd Morgan-Hale", "Wexley Adoption Collaborative", "chair of the committee")} <= found, found
    assert not any(o == "Harford Police" for _, o, _ in found), found


def test_committee_titles_and_an_aside_after_a_spaced_dash(parse):
    """'convener of the council's social work, health and well-being policy board' (commas in
    the board's name), 'The CHP committee ... is chaired by X' (the committee of the body its
    acronym names), and 'the council's head of integration - a role she never held' (the title
    ends at the spaced dash)."""
    facts = extract(parse("Harford Community Health Partnership was set up in 2005 by NHS Harford and Harford Council. "
                          "Councillor Iain Glen-Short, convener of the council's social work, health and well-being "
                          "policy board, welcomed the move. The CHP committee, which oversees the partnership's work, "
                          "is chaired by Mrs Lesley Hawk-Dunn. Callum Ralls-Imrie will also be the council's head of "
                          "health and social care integration - a role nobody has held before."))
    found = post_triples(facts)
    assert {("Iain Glen-Short", "Harford Council",
             "convener of the social work, health and well-being policy board"),
            ("Lesley Hawk-Dunn", "Harford Community Health Partnership", "chair of the chp committee"),
            ("Callum Ralls-Imrie", "Harford Council", "head of health and social care integration")} <= found, found


def test_a_second_title_after_and_goes_with_the_body_after_it(parse):
    """"cabinet member for X and chair of the Y Board": the body after the second title goes with
    that title alone, not with the whole coordination."""
    facts = extract(parse("Councillor Mair Tegid, cabinet member for health and social services and chair of the "
                          "Clwyd Coast Regional Partnership Board, said the plan had been agreed.\n"))
    assert ("Mair Tegid", "Clwyd Coast Regional Partnership Board", "chair") in post_triples(facts)
    facts = extract(parse("Dr Owain Prys, executive board member for social care and health and vice-chair of the "
                          "Teifi Valley Care Partnership, welcomed the report.\n"))
    assert ("Owain Prys", "Teifi Valley Care Partnership", "vice-chair") in post_triples(facts)
    # one field joined by "and" stays one title
    facts = extract(parse("Ms Nia Howells, director of nursing and midwifery at Teifi Valley University Health "
                          "Board, welcomed the report.\n"))
    assert ("Nia Howells", "Teifi Valley University Health Board", "director of nursing and midwifery") \
        in post_triples(facts)
    # the first title goes with the body whose possessive opens the phrase
    facts = extract(parse("Councillor Mair Tegid, Clwyd County Council's cabinet member for health and social "
                          "services and chair of the Clwyd Coast Regional Partnership Board, said the plan had been "
                          "agreed.\n"))
    assert {("Mair Tegid", "Clwyd Coast Regional Partnership Board", "chair"),
            ("Mair Tegid", "Clwyd County Council", "cabinet member for health and social services")} \
        <= post_triples(facts)


def test_a_named_committee_chaired_by_a_person(parse):
    """"X is supported by an Audit Committee, chaired by Y": Y chairs that committee of X."""
    facts = extract(parse("The Glenmoray Integration Joint Board is supported by an Audit Committee, chaired by "
                          "Gordon Baird, and a Clinical and Care Governance Committee, chaired by Dr Priya Rae.\n"))
    assert {("Gordon Baird", "Glenmoray Integration Joint Board", "chair of the audit committee"),
            ("Priya Rae", "Glenmoray Integration Joint Board", "chair of the clinical and care governance committee")} \
        <= post_triples(facts)


def test_a_title_in_brackets_ends_at_its_bracket(parse):
    """A board table's row "Name    Body (Title)    Seat": the title is what the bracket holds."""
    text = ("Members of the Glenmoray Integration Joint Board\n\n"
            "Name    Organisation    Seat\n"
            "Gordon Baird    NHS Strathmoray (Non-Executive Director)    Member\n"
            "Ailsa Rennie    Glenmoray Council (Councillor)    Member\n")
    titles = {key[2] for key in candidates(parse, text, "post") if key[0] == "Gordon Baird"}
    assert "non-executive director" in titles
    assert not any(")" in title for title in titles)


def test_chairs_a_committee_and_a_second_predicate(parse):
    """"Paul chairs the Planning, Performance and Finance Committee and is the Board's champion":
    the committee's name ends at its head, before the second predicate."""
    text = ("Board members of Cwm Eryr University Health Board\n\n"
            "Paul Bevan - Independent Member (Community)\n"
            "Paul chairs the Planning, Performance and Finance Committee and is the Board's Champion for Armed "
            "Forces and Veterans.\n")
    assert ("Paul Bevan", "Cwm Eryr University Health Board", "chair of the planning, performance and finance committee") \
        in candidates(parse, text, "post")


def test_a_council_committee_in_a_list_line_is_part_of_the_title(parse):
    """"Councillor A, Chair, Licensing and Environmental Services Committee, X City Council": a
    council's committee named by what it does is no body of its own; its chair is a post at the
    council."""
    facts = extract(parse("Members of the Lagan Strategic Partnership Board:\n"
                          "- Councillor Brendan Toal, Chair, Licensing and Environmental Services Committee, "
                          "Lagan City Council\n"
                          "- Councillor Ann Toms, Chair of the Employment Committee, Lagan City Council\n"))
    assert not any("Committee" in name for name in facts.organisations)
    roles = {(person, org): role for person, org, role in post_triples(facts)}
    assert "committee" in roles[("Brendan Toal", "Lagan City Council")]
    assert roles[("Ann Toms", "Lagan City Council")] == "chair of the employment committee"


def test_a_division_before_its_trust_is_part_of_the_title(parse):
    """"Head of Community Services, North and West Operational Division, X Trust": the division is
    part of the trust, named in the title, not one body with the trust."""
    facts = extract(parse("Members of the Lagan Strategic Partnership Board:\n"
                          "- Mr Tom Price, Head of Community Services, North and West Operational Division, "
                          "Lagan Health and Social Care Trust\n"))
    assert "Lagan Health and Social Care Trust" in facts.organisations
    assert not any("Division" in name for name in facts.organisations)
    assert ("Tom Price", "Lagan Health and Social Care Trust") in post_pairs(facts)


def test_a_title_case_list_of_fields_stays_in_the_title(parse):
    """A board page's title line "Executive Director of Primary, Community and Mental Health
    Services": the fields after the comma are the title's, not the end of it."""
    text = ("Board of Cwm Eryr University Health Board\n\nExecutive Directors\n\n"
            "Alun Rees\nExecutive Director of Primary, Community and Mental Health Services\n"
            "Alun leads our community teams.\n")
    assert ("Alun Rees", "Cwm Eryr University Health Board",
            "executive director of primary, community and mental health services") in candidates(parse, text, "post")


def test_the_chair_of_an_unnamed_board_holds_no_post_at_the_body_named(parse):
    """"overseen by a joint management board chaired by the council's director, Elen Price": she
    chairs a board the text does not name, not the council."""
    text = ("Glaslyn County Borough Council and Betws University Health Board have signed a pooled budget "
            "agreement. The agreement will be overseen by a joint management board chaired by the council's "
            "Strategic Director for Social Care, Health and Wellbeing, Elen Pritchard-Rowe.\n")
    roles = {key[2] for key in ruled(parse, text, "post") if key[0] == "Elen Pritchard-Rowe"}
    assert "strategic director for social care, health and wellbeing" in roles
    assert "chair" not in roles


def test_a_body_s_own_name_before_a_title_is_not_part_of_the_role():
    """"Care Weekly editor" at Care Weekly is its editor; the place after "of" at a body of that
    place is dropped as before ("Mayor of Harford" at Harford Borough Council)."""
    from kg.extract.posts import without_own_place

    lex = lexicon.load()
    assert without_own_place("Care Weekly editor", "Care Weekly", lex) == "editor"
    assert without_own_place("Mayor of Harford", "Harford Borough Council", lex) == "Mayor"
    assert without_own_place("Care Weekly editor", "Harford Borough Council", lex) == "Care Weekly editor"
    assert without_own_place("Western Vale Programme Director", "Western Vale Health and Social Care Programme",
                             lex) == "Programme Director"


def test_a_health_and_wellbeing_board_in_lower_case_is_a_partnership(parse):
    """"the Harford health and wellbeing board, which brings together A and B": a statutory
    board written in lower case after its place is a body, with the members it brings together."""
    text = ("Cllr Ann Dale chairs the Harford health and wellbeing board, which brings together Harford Council "
            "and NHS Harford CCG.\n")
    facts = extract(parse(text))
    assert "Harford Health and Wellbeing Board" in facts.organisations
    assert ("Harford Health and Wellbeing Board", "Harford Council") in candidates(parse, text, "member")


AWARDS_PAGE_WITH_MEDALS = """Care Practice Awards 2013

The winners of the Care Practice Awards 2013 were announced last night.

Adult Services Team of the Year
Gold: Rapid Response Team – Harford City Council and NHS Harford
Silver: Memory Service, Wyvern NHS Foundation Trust
Finalist: Eastholm County Council – reablement service

Children's Social Worker of the Year
Gold: Shanice Obi, Harford City Council
Silver: Rowan Pettit, Eastholm County Council
Finalist: Eilidh Bright, Wyvern Council
"""


def test_medal_labels_with_a_colon_under_category_headings(parse):
    """"Gold:" and "Silver:" label an awards page's entries like "Winner:" and "Highly commended:",
    under the category heading above them; a person before her employer is the recipient."""
    facts = extract(parse(AWARDS_PAGE_WITH_MEDALS))
    got = award_triples(facts)
    assert ("Wyvern NHS Foundation Trust", "Adult Services Team of the Year", "highly_commended") in got
    assert ("Shanice Obi", "Children's Social Worker of the Year", "won") in got
    assert ("Rowan Pettit", "Children's Social Worker of the Year", "highly_commended") in got
    assert not any(r == "Harford City Council" and a == "Children's Social Worker of the Year" for r, a, _ in got)
    assert "Memory Service" not in facts.people


def test_a_project_before_its_body_on_a_labelled_line_is_no_person(parse):
    facts = extract(parse("Digital Services Awards 2019\n\nDigital Transformation\n\n"
                          "Winner : Online Assessments, Dunham MDC\n"))
    assert "Online Assessments" not in facts.people


def test_a_prefixed_name_after_another_body_keeps_its_and(parse):
    """"Harford Council and Royal Borough of Kensington and Chelsea": the second name is a
    prefix, "of" and a place that has its own "and"; it is one body, not two."""
    for text in ("Harford Council and Royal Borough of Kensington and Chelsea won the award.\n",
                 "Finalist: Action for Children and Royal Borough of Kensington and Chelsea – Edge of Care Service\n"):
        orgs = set(extract(parse(text)).organisations)
        assert "Royal Borough of Kensington and Chelsea" in orgs, orgs
        assert "Chelsea" not in orgs


def test_an_approved_mental_health_professional_is_a_title(parse):
    """"approved mental health professional" (social work's statutory role) is a title, even
    where the tagger reads "approved" as a verb."""
    text = ("Team of the Year\nSilver: Kieran Vane, approved mental health professional, Wyvern Care NHS "
            "Foundation Trust\n")
    assert ("Kieran Vane", "Wyvern Care NHS Foundation Trust", "approved mental health professional") \
        in candidates(parse, text, "post")


def test_a_hyphenated_company_name_before_a_possessive_title(parse):
    """"HC-One's chief executive, X": the company's name keeps the part before its hyphen, also
    when it opens the sentence."""
    text = "The group grew again last year. Kare-Well's chief executive, Yvette Pell, said the post would help.\n"
    assert ("Yvette Pell", "Kare-Well", "chief executive") in candidates(parse, text, "post")


def test_until_a_year_and_a_comma_before_a_former_title(parse):
    """"and, until 2017, a senior policy adviser at X": the title is "senior policy adviser",
    held before."""
    facts = extract(parse("Harford Care Alliance has appointed Dr Maud Sower as director of policy. Dr Sower was "
                          "head of commissioning at Harford County Council and, until 2017, a senior policy adviser "
                          "at the Local Government Association.\n"))
    former = {(p.organisation, p.role.lower()) for p in facts.posts if p.person == "Maud Sower" and p.former}
    assert ("Local Government Association", "senior policy adviser") in former


def test_a_name_after_an_acronym_and_the_drops_the_article(parse):
    """"new faces at A, MHA and the National Care Forum": the body is "National Care Forum"."""
    orgs = set(extract(parse("Movers and shakers: new faces at Sanctuary Care, MHA and the National Care Forum\n\n"
                             "The National Care Forum has a new chair.\n")).organisations)
    assert "National Care Forum" in orgs
    assert not any(name.startswith("the ") for name in orgs), orgs


def test_a_membership_table_s_seat_cell_is_the_post_on_the_board(parse):
    """Rows "Name | Seat | Body" under a partnership's membership heading: a seat ("Vice-Chair",
    "Housing representative") is the post on the board; a job title leaves the person a member."""
    text = ("Harford Regional Partnership Board\n\nAnnual report 2019-20\n\n1.1 Membership\n\n"
            "Cllr Myfanwy Bolt | Chair | Harford County Council\n"
            "Dr Caradog Rees | Vice-Chair (from January 2020) | Harford Teaching Health Board\n"
            "Ian Rhodes | Head of Housing | Harford County Council\n"
            "Tegwen Hale | Housing representative | Wyvern Housing\n")
    got = candidates(parse, text, "post")
    board = "Harford Regional Partnership Board"
    assert {("Myfanwy Bolt", board, "chair"), ("Caradog Rees", board, "vice-chair"),
            ("Tegwen Hale", board, "housing representative"), ("Ian Rhodes", board, "member")} <= got


def test_a_role_column_that_names_its_group(parse):
    """A table "Name | Role on SPG | Organisation / representing" in a report of a board's
    strategic planning group (SPG): the roles are on the group the header names, not on the
    board; a seat with no body ("Carer Representative") is no organisation."""
    text = ("Glenmoray Integration Joint Board\n\nThis report asks the Integration Joint Board to approve the "
            "membership of its Strategic Planning Group (SPG).\n\nAPPENDIX 1 – PROPOSED MEMBERSHIP\n\n"
            "Name | Role on SPG | Organisation / representing\n"
            "Cllr Isla Drummond | Chair | Glenmoray Council\n"
            "Calum Lendrick | Member | Chief Officer, Glenmoray HSCP\n"
            "Iain Logie | Member | Carer Representative\n")
    got = candidates(parse, text, "post")
    assert ("Calum Lendrick", "Strategic Planning Group", "member") in got
    assert ("Isla Drummond", "Strategic Planning Group", "chair") in got
    assert "Carer Representative" not in extract(parse(text)).organisations


def test_a_consortium_is_a_body(parse):
    """"the Harford GP Commissioning Consortium ... Its chairman is Dr X": a consortium's name
    ends in its head like a partnership's, and "its" then points to it."""
    text = ("The city's family doctors have already formed one: the Harford GP Commissioning Consortium, which takes "
            "in all 56 practices in the city, was named a pathfinder by the Department of Health in December. Its "
            "chairman is Dr Hamish Ferris, a Longton GP.\n")
    facts = extract(parse(text))
    assert "Harford GP Commissioning Consortium" in facts.organisations
    assert ("Hamish Ferris", "Harford GP Commissioning Consortium", "chairman") in post_triples(facts)
