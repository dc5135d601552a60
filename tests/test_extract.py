"""Extraction on real text: sentences from the seeds, and news-like articles written for these
tests (other places, other names) to check that the patterns generalise beyond the seeds."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.proposals import propose
from kg.extract.scoring import RuleScorer
from tests.conftest import SEEDS, seed_text


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, when: date | None = None):
        return extract(nlp(text), when)
    return _run


def posts_of(facts):
    return {(p.person, p.organisation, p.role) for p in facts.posts}


def awards_of(facts):
    return {(a.recipient, a.award, a.outcome) for a in facts.awards}


def pairs_of(facts):
    return {frozenset(p.members) for p in facts.partnerships if p.members}


# --- people ------------------------------------------------------------------------------------
def test_honorifics_are_split_from_names(run):
    facts = run("Cllr Alex Norris, Portfolio Holder for Adults and Health at Nottingham City Council: "
                "“This award demonstrates the strength of partnership working.”\n\n"
                "Professor Michael Thorne CBE, Chair of NHS Mid and South Essex Integrated Care Board, said: "
                "\"Warm congratulations to the team.\"")
    assert facts.people["Alex Norris"].prefixes == ["Cllr"]
    thorne = facts.people["Michael Thorne"]
    assert thorne.prefixes == ["Professor"] and thorne.suffixes == ["CBE"]
    assert not any("Cllr" in name or "CBE" in name for name in facts.people)


def test_title_words_are_not_people(run):
    facts = run(seed_text("000"))
    assert "Portfolio Holder" not in facts.people
    assert {"Maria Principe", "Alex Norris", "Lyn Bacon", "Alastair McLellan"} <= set(facts.people)


def test_surname_mentions_join_the_full_name(run):
    facts = run("Priya Shah has been confirmed as chair of Leeds Health and Care Partnership.\n\n"
                "Shah said: 'This is a proud day for the city and for everyone who works in care.'")
    assert set(facts.people) == {"Priya Shah"}
    assert [q.speaker for q in facts.quotations] == ["Priya Shah"]


# --- organisations -------------------------------------------------------------------------------
def test_acronyms_in_brackets_and_abbreviations(run):
    facts = run(seed_text("000"))
    ccg = facts.organisations["Nottingham City Clinical Commissioning Group"]
    assert "Nottingham City CCG" in ccg.aliases and ccg.kind == "CCG"
    assert "HSJ" in facts.organisations["Health Service Journal"].aliases
    assert "the City Council" in facts.organisations["Nottingham City Council"].aliases
    assert facts.organisations["Nottingham City Council"].kind == "LocalAuthority"


def test_short_form_links_to_the_full_name(run):
    facts = run(seed_text("001"))
    assert "Pennine Care" in facts.organisations["Pennine Care NHS Foundation Trust"].aliases
    assert "Pennine Care" not in facts.organisations
    assert "Trafford Council" in facts.organisations and "TRAFFORD Council" not in facts.organisations


def test_abbreviation_only_names_expand(run):
    facts = run("Sam Okafor, chair of Bradford District ICB, said the plans were ambitious.")
    assert "Bradford District Integrated Care Board" in facts.organisations
    assert facts.organisations["Bradford District Integrated Care Board"].kind == "ICB"


def test_coordinated_names_sharing_a_plural_head(run):
    facts = run("East, North and South Ayrshire Councils, together with NHS Ayrshire & Arran, will become "
                "the first in Scotland to establish their Integration Joint Boards.")
    assert {"East Ayrshire Council", "North Ayrshire Council", "South Ayrshire Council",
            "NHS Ayrshire & Arran"} <= set(facts.organisations)


def test_lower_case_name_fixed_by_acronym_and_place(run):
    facts = run("Fiona Davies will step in as interim chief officer of Argyll and Bute's health and social "
                "care partnership (HSCP) from Tuesday.")
    assert "Argyll and Bute Health and Social Care Partnership" in facts.organisations
    assert ("Fiona Davies", "Argyll and Bute Health and Social Care Partnership", "Interim Chief Officer") \
        in posts_of(facts)


# --- posts ---------------------------------------------------------------------------------------
def test_apposition_title_at_organisation(run):
    facts = run(seed_text("000"))
    assert ("Maria Principe", "Nottingham City Clinical Commissioning Group",
            "Director of Primary Care Development and Service Integration") in posts_of(facts)
    assert ("Lyn Bacon", "Nottingham CityCare Partnership", "Chief Executive") in posts_of(facts)


def test_organisation_before_title(run):
    facts = run(seed_text("000"))
    assert ("Alastair McLellan", "Health Service Journal", "Editor") in posts_of(facts)
    facts = run(seed_text("001"))
    assert ("Jill Colbert", "Trafford Council",
            "Interim Corporate Director for Children, Families and Wellbeing") in posts_of(facts)


def test_one_title_at_two_organisations(run):
    facts = run(seed_text("001"))
    posts = posts_of(facts)
    assert ("Richard Spearing", "Pennine Care NHS Foundation Trust", "Integrated Network Director") in posts
    assert ("Richard Spearing", "Trafford Council", "Integrated Network Director") in posts
    assert frozenset({"Pennine Care NHS Foundation Trust", "Trafford Council"}) in pairs_of(facts)


def test_title_before_name_resolves_the_council(run):
    facts = run(seed_text("003"))
    assert ("Michael Jones", "Cheshire East Council", "Council Leader") in posts_of(facts)
    assert facts.people["Michael Jones"].prefixes == ["Councillor"]


def test_compound_title_keeps_the_part_the_organisation_goes_with(run):
    facts = run(seed_text("003"))
    posts = posts_of(facts)
    assert ("Andrew Wilson", "NHS South Cheshire Clinical Commissioning Group", "Chair") in posts
    assert ("Paul Bowen", "NHS Eastern Cheshire Clinical Commissioning Group", "Clinical Chair") in posts


def test_predicates_and_pronouns(run):
    text = ("Mike Bell is to be joint chair for North West London and North Central London ICBs.\n\n"
            "He moves across from South West London ICB, where he became chair in 2023.")
    posts = posts_of(run(text))
    assert ("Mike Bell", "North West London Integrated Care Board", "Joint Chair") in posts
    assert ("Mike Bell", "North Central London Integrated Care Board", "Joint Chair") in posts
    assert ("Mike Bell", "South West London Integrated Care Board", "Chair") in posts


def test_former_posts_are_marked(run):
    facts = run("Angela Morris, the former chief executive of Wirral Council, has joined the board of "
                "Cheshire and Merseyside Integrated Care Board as a non-executive member.")
    former = {(p.organisation, p.former) for p in facts.posts}
    assert ("Wirral Council", True) in former


def test_every_post_has_evidence_and_confidence(run):
    text = seed_text("004")
    facts = run(text)
    assert facts.posts
    for post in facts.posts:
        assert 0 < post.confidence <= 1
        assert text[post.evidence.start:post.evidence.end].strip() == post.evidence.text


# --- partnerships -----------------------------------------------------------------------------------
def test_coordinated_subjects_form_an_unnamed_partnership(nlp):
    """'A and B, working alongside C, won ...': the precise rule reads the three as partners. (The
    learned scorer trained on 129 articles keeps only A-B: C is named '... Partnership', and pairs
    with a body of that kind are mostly wrong in training, so it scores them 0.31-0.37.)"""
    proposal = propose(nlp(seed_text("000")))
    assert frozenset({"Nottingham City Council", "Nottingham City Clinical Commissioning Group",
                      "Nottingham CityCare Partnership"}) in pairs_of(RuleScorer().decide(proposal))
    pairs = {c.key for c in proposal.candidates if c.kind == "pair" and "rule:work_with" in c.rules}
    assert ("Nottingham City Council", "Nottingham CityCare Partnership") in pairs


def test_named_partnership_with_members(run):
    facts = run("Care Together – a partnership of NHS Tameside and Glossop Clinical Commissioning Group, "
                "Tameside Council and Tameside and Glossop Integrated Care NHS Foundation Trust – drew up an "
                "ambitious five-year plan for the area.")
    named = {p.name: set(p.members) for p in facts.partnerships if p.name}
    assert named["Care Together"] == {"NHS Tameside and Glossop Clinical Commissioning Group", "Tameside Council",
                                      "Tameside and Glossop Integrated Care NHS Foundation Trust"}


def test_working_with_forms_a_partnership(run):
    facts = run("Staff at Derby City Council are now working side by side with colleagues from "
                "Derbyshire Community Health Services NHS Foundation Trust and Derby Volunteer Centre.")
    assert frozenset({"Derby City Council", "Derbyshire Community Health Services NHS Foundation Trust",
                      "Derby Volunteer Centre"}) <= frozenset().union(*pairs_of(facts))


# --- awards -------------------------------------------------------------------------------------------
def test_award_won_with_scheme_year_and_conferrer(run):
    facts = run(seed_text("004"))
    (result,) = [a for a in facts.awards if a.recipient == "Walsall Together"]
    assert result.award == "Place Based Partnership and Integrated Care Award"
    assert (result.outcome, result.scheme, result.year, result.conferred_by) == \
        ("won", "HSJ Awards", 2023, "Health Service Journal")


def test_coordinated_winners(run):
    facts = run(seed_text("000"))
    winners = {a.recipient for a in facts.awards if a.outcome == "won"}
    assert winners == {"Nottingham City Council", "Nottingham City Clinical Commissioning Group",
                       "Nottingham CityCare Partnership"}
    assert {a.award for a in facts.awards} == {"Improved Partnerships between Health and Local Government"}
    assert {a.year for a in facts.awards} == {2016}


def test_joint_winners_named_after_with(run):
    facts = run(seed_text("001"))
    assert {(a.recipient, a.outcome) for a in facts.awards} == {
        ("Trafford Council", "joint_winner"), ("Sefton Council for Voluntary Service", "joint_winner"),
        ("Sefton Council", "joint_winner")}


def test_shortlisted_category_and_winner_in_the_next_sentence(nlp):
    """The precise rules read both results; the learned scorer (round 24's, award threshold 0.60)
    keeps the shortlisting and weighs the winner named in passing at 0.56, below it."""
    doc = nlp("Last week, Humber and North Yorkshire Integrated Care System was shortlisted in the "
              "'System Leadership Initiative of the Year' category at the 2024 Health Service Journal Awards. "
              "Although this year's winners were Frimley ICS, the judges praised the entry.")
    ruled = RuleScorer().decide(propose(doc))
    assert awards_of(ruled) == {
        ("Humber and North Yorkshire Integrated Care System", "System Leadership Initiative of the Year",
         "shortlisted"),
        ("Frimley Integrated Care System", "System Leadership Initiative of the Year", "won")}
    assert {a.year for a in ruled.awards} == {2024}
    assert ("Humber and North Yorkshire Integrated Care System", "System Leadership Initiative of the Year",
            "shortlisted") in awards_of(extract(doc))


def test_awards_list_lines(run):
    facts = run("Winners announced: Scottish Health Awards 2023\n\nThe winners were as follows:\n\n"
                "Care for Older People: NHS Fife\n\nInnovation: Golden Jubilee University National Hospital\n")
    assert awards_of(facts) == {("NHS Fife", "Care for Older People", "won"),
                                ("Golden Jubilee University National Hospital", "Innovation", "won")}


def test_designation(run):
    facts = run('The Department of Health has awarded "pioneer status" to Kent Integrated Care Alliance, '
                "which unites Kent County Council with local NHS trusts.")
    assert awards_of(facts) == {("Kent Integrated Care Alliance", "Pioneer status", "designated")}
    assert facts.awards[0].conferred_by == "Department of Health"


def test_judges_are_not_recipients(run):
    facts = run(seed_text("004"))
    assert "Health Service Journal" not in {a.recipient for a in facts.awards}


# --- quotations ----------------------------------------------------------------------------------------
def test_quotes_over_several_paragraphs(run):
    facts = run(seed_text("004"))
    by = {}
    for q in facts.quotations:
        by.setdefault(q.speaker, []).append(q.text)
    assert len(by["Michelle McManus"]) == 5
    assert len(by["Alastair McLellan"]) == 4
    assert by["Michelle McManus"][0].startswith("We are absolutely delighted")


def test_pronoun_attribution(run):
    facts = run("Dr Rachel Green, medical director of Hull University Teaching Hospitals NHS Trust, opened the "
                "new unit on Monday.\n\n“This will make a real difference to patients,” she said.")
    assert [(q.speaker, q.text[:9]) for q in facts.quotations] == [("Rachel Green", "This will")]


# --- the whole article ----------------------------------------------------------------------------------
def test_unseen_article_end_to_end(run):
    text = (
        "Leeds partners named health and care partnership of the year\n\n"
        "Leeds City Council and NHS Leeds Clinical Commissioning Group (CCG), working alongside Leeds "
        "Community Healthcare NHS Trust, won the Integrated Care Partnership of the Year award at the "
        "Local Government Chronicle (LGC) Awards 2019.\n\n"
        "Tom Riordan, chief executive of Leeds City Council, said: “This is recognition for years of work.”\n\n"
        "Thea Stein, Leeds Community Healthcare's chief executive, added: “We are delighted.”\n")
    facts = run(text, date(2019, 3, 14))
    assert {"Tom Riordan", "Thea Stein"} == set(facts.people)
    assert "CCG" in facts.organisations["NHS Leeds Clinical Commissioning Group"].aliases
    assert ("Tom Riordan", "Leeds City Council", "Chief Executive") in posts_of(facts)
    assert ("Thea Stein", "Leeds Community Healthcare NHS Trust", "Chief Executive") in posts_of(facts)
    assert {a.recipient for a in facts.awards} == {
        "Leeds City Council", "NHS Leeds Clinical Commissioning Group", "Leeds Community Healthcare NHS Trust"}
    assert {(a.scheme, a.year, a.conferred_by) for a in facts.awards} == {
        ("LGC Awards", 2019, "Local Government Chronicle")}


def test_initiatives_and_the_awards_they_won(run):
    facts = run(seed_text("001"))
    led = {i.name: set(i.led_by) for i in facts.initiatives}
    assert "Trafford Council" in led["i-Care"]
    assert {"Sefton Council for Voluntary Service", "Sefton Council"} <= led["New Realities (Merseyside)"]
    assert {a.initiative for a in facts.awards} == {"New Realities (Merseyside)"}


# --- articles written for these tests (tests/data/news/) -------------------------------------------
NEWS = Path(__file__).parent / "data" / "news"


def test_unseen_award_article(run):
    from kg.articles import read_articles

    (article,) = read_articles([NEWS / "gloucestershire-award.txt"]).articles
    assert article.date == date(2024, 3, 14)
    facts = run(article.text, article.date)
    assert facts.people["Carole Allaway-Martin"].prefixes == ["Cllr"]
    assert ("Carole Allaway-Martin", "Gloucestershire County Council", "Cabinet Member for Adult Social Care") \
        in posts_of(facts)
    assert awards_of(facts) == {
        ("Gloucestershire County Council", "Integrated Care Initiative of the Year", "won"),
        ("NHS Gloucestershire Integrated Care Board", "Integrated Care Initiative of the Year", "won"),
        ("Gloucestershire Hospitals NHS Foundation Trust", "Patient Safety", "highly_commended")}
    assert not {"Patient Safety", "Home First"} & set(facts.organisations)  # a category and a service


def test_unseen_appointment_article(run):
    facts = run((NEWS / "herefordshire-joint-director.txt").read_text())
    posts = posts_of(facts)
    for employer in ("Herefordshire Council", "NHS Herefordshire and Worcestershire Clinical Commissioning Group"):
        assert ("Jane Ellison", employer, "Joint Director of Integrated Care") in posts
    assert ("Jane Ellison", "Wye Valley NHS Trust", "Deputy Chief Executive") in posts
    assert ("Simon Trickett", "NHS Herefordshire and Worcestershire Clinical Commissioning Group",
            "Accountable Officer") in posts  # "the CCG" resolved
    named = {p.name: set(p.members) for p in facts.partnerships if p.name}
    assert named["Herefordshire Integrated Care Alliance"] >= {"Herefordshire Council", "Wye Valley NHS Trust"}


def test_unseen_shortlist_article(run):
    facts = run((NEWS / "fife-shortlist.txt").read_text())
    assert {"NHS Fife", "Fife Council"} <= set(facts.organisations)  # "NHS Fife and Fife Council's ..."
    assert awards_of(facts) == {  # a list announced as shortlisted; "winners will be announced" is no result
        ("Fife Health and Social Care Partnership", "Innovation", "shortlisted"),
        ("NHS Fife", "Care for Older People", "shortlisted")}
    posts = posts_of(facts)
    assert ("Sarah Jones", "Swansea Bay University Health Board", "Chief Executive") in posts
    assert ("David Ross", "Fife Council", "Leader") in posts


def _line_breaks_token_by_token(doc):
    """The rule of kg_line_breaks written plainly, one Token at a time: the specification the
    array version must meet."""
    from kg.extract.extractor import OPENING_QUOTES, SENTENCE_ENDS

    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            tok.is_sent_start = True
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and (tok.is_alpha or tok.text in OPENING_QUOTES) and "\n" not in tok.whitespace_ \
                    and not nxt.is_space:
                nxt.is_sent_start = False
        elif prev.text not in SENTENCE_ENDS and not prev.is_space and tok.is_sent_start is None:
            tok.is_sent_start = False
    return doc


def test_line_breaks_set_the_sentence_starts_of_the_plain_rule(nlp):
    from kg.extract.extractor import line_breaks

    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("Winners\n\nBest Care Award\nHarford Council – Home First\n\n  Present:\tJo Bell (Chair)\n"
                 "A sentence. Another one! And a line\nthat runs on")
    for text in texts:
        plain = _line_breaks_token_by_token(nlp.make_doc(text))
        fast = line_breaks(nlp.make_doc(text))
        assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in plain]
        assert any(t.is_sent_start is False for t in fast) and any(t.is_sent_start for t in fast[1:])
