"""Everyday shapes of the genre, on sentences written for these tests with invented people and
bodies: appointments, partnerships and award results as news writes them most often. Each is a
case the default (learned) scorer must get right end to end; the shapes were collected as a
census in round 5 of issue 9 (README, "Candidates, then a decision"), and the four the census found
missing (a body only implied: "succeeds X, who retired as chief executive", "Labour's X was
elected leader", "Appointed as ... in 2017, X has led", "Harford CCG's chief officer" without
"NHS") are left out until extraction handles them."""
from __future__ import annotations

import pytest

from kg.evaluate import award_similarity, role_similarity
from kg.extract import extract

ALL_POSTS = [
("Harford Council has appointed Jane Smeaton as its new chief executive.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton, who has been interim chief executive of Harford Council since May, will take up the post permanently.", ("Jane Smeaton","Harford Council","interim chief executive")),
("The new chief executive of Harford Council, Jane Smeaton, said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Harford Council chief executive Jane Smeaton said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Speaking at the event, Harford CCG's chief officer Dr Jane Smeaton said the plan would save money.", ("Jane Smeaton","NHS Harford Clinical Commissioning Group","chief officer")),
("Jane Smeaton (pictured), director of adult social services at Harford Council, said the service was stretched.", ("Jane Smeaton","Harford Council","director of adult social services")),
("Cllr Jane Smeaton, cabinet member for adult social care at Harford Council, said the service was stretched.", ("Jane Smeaton","Harford Council","cabinet member for adult social care")),
("\"This is a good day,\" said Jane Smeaton, chief executive of Harford Council.", ("Jane Smeaton","Harford Council","chief executive")),
("The plan was agreed, according to Jane Smeaton, the medical director of Wyvern Hospitals NHS Trust.", ("Jane Smeaton","Wyvern Hospitals NHS Trust","medical director")),
("Jane Smeaton is to step down as chief executive of Harford Council in March.", ("Jane Smeaton","Harford Council","chief executive")),
("Wyvern Hospitals NHS Trust has a new chief executive. Jane Smeaton succeeds Bob Jarrow, who retired as chief executive in March.", ("Bob Jarrow","Wyvern Hospitals NHS Trust","chief executive")),
("Jane Smeaton, formerly director of finance at Wyvern Hospitals NHS Trust, joins Harford Council as its chief finance officer.", ("Jane Smeaton","Harford Council","chief finance officer")),
("Jane Smeaton takes over as chair of NHS Harford Integrated Care Board from Bob Jarrow.", ("Jane Smeaton","NHS Harford Integrated Care Board","chair")),
("Harford Council leader Cllr Jane Smeaton said the deal was a good one.", ("Jane Smeaton","Harford Council","leader")),
("Dr Jane Smeaton, a GP in Harford and clinical chair of NHS Harford CCG, said patients would benefit.", ("Jane Smeaton","NHS Harford Clinical Commissioning Group","clinical chair")),
("Wyvern Hospitals NHS Trust opened the ward on Monday. The trust's chief executive, Jane Smeaton, said it was overdue.", ("Jane Smeaton","Wyvern Hospitals NHS Trust","chief executive")),
("Harford Council met on Monday. Jane Smeaton, the council's strategic director for people, presented the report.", ("Jane Smeaton","Harford Council","strategic director for people")),
("NHS Harford Integrated Care Board was set up in July. Jane Smeaton was named as the first chief executive of the new ICB.", ("Jane Smeaton","NHS Harford Integrated Care Board","chief executive")),
("Jane Smeaton, joint director of commissioning for Harford Council and NHS Harford CCG, said the fund would grow.", ("Jane Smeaton","NHS Harford Clinical Commissioning Group","joint director of commissioning")),
("Jane Smeaton, the former chief executive of Harford Council, has joined the board.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton joins Harford Council from Wyvern Hospitals NHS Trust. Before joining the trust, she was director of nursing at Brackmoor NHS Foundation Trust.", ("Jane Smeaton","Brackmoor NHS Foundation Trust","director of nursing")),
("Brackmoor NHS Foundation Trust has confirmed Jane Smeaton as its chair designate.", ("Jane Smeaton","Brackmoor NHS Foundation Trust","chair designate")),
("Jane Smeaton, director of public health for Harford, said smoking rates had fallen.", None),
("Harford Council's cabinet has approved the plan. Councillor Jane Smeaton, portfolio holder for health, said it was vital.", ("Jane Smeaton","Harford Council","portfolio holder for health")),
("Jane Smeaton has been chief executive at Brackmoor NHS Foundation Trust since 2014.", ("Jane Smeaton","Brackmoor NHS Foundation Trust","chief executive")),
("Brackmoor NHS Foundation Trust chairman Sir Robert Feld said the merger made sense.", ("Robert Feld","Brackmoor NHS Foundation Trust","chairman")),
("The chair of Harford Health and Wellbeing Board, Cllr Jane Smeaton, welcomed the report.", ("Jane Smeaton","Harford Health and Wellbeing Board","chair")),
("Jane Smeaton was appointed director of integration, a joint post between Harford Council and Wyvern Hospitals NHS Trust.", ("Jane Smeaton","Harford Council","director of integration")),
("Mr Jarrow, who was chief executive of Harford Council for nine years, left in 2019. Bob Jarrow is now a consultant.", ("Bob Jarrow","Harford Council","chief executive")),
("Harford Council\n\nChief Executive: Jane Smeaton\nDirector of Adult Services: Bob Jarrow\n", ("Bob Jarrow","Harford Council","director of adult services")),
("Jane Smeaton, Harford Council's director of adult social care, and Bob Jarrow, the trust's chief operating officer, will lead the work. Wyvern Hospitals NHS Trust agreed.", ("Jane Smeaton","Harford Council","director of adult social care")),
("Jane Smeaton, who chairs NHS Harford Integrated Care Board, said the money was welcome.", ("Jane Smeaton","NHS Harford Integrated Care Board","chair")),
("Appointed as managing director of Harford Community Services in 2017, Jane Smeaton has led the merger.", ("Jane Smeaton","Harford Community Services","managing director")),
("Harford Hospice chief executive Jane Smeaton said the grant would fund two nurses.", ("Jane Smeaton","Harford Hospice","chief executive")),
("Jane Smeaton, head of integrated care at Wyvern Hospitals NHS Trust, and Bob Jarrow, assistant director of adult social care at Harford Council, led the project.", ("Bob Jarrow","Harford Council","assistant director of adult social care")),
("Jane Smeaton, Harford Council chief executive, said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton, chief executive, Harford Council, said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Cllr Jane Smeaton (Lab, Harford North), cabinet member for health at Harford Council, said it was vital.", ("Jane Smeaton","Harford Council","cabinet member for health")),
("Jane Smeaton, 52, who has been chief executive of Harford Council since 2015, will retire.", ("Jane Smeaton","Harford Council","chief executive")),
("Harford Council met on Monday. The council's chief executive Jane Smeaton said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton spoke first. Ms Smeaton, who took over as chief executive of Harford Council in 2016, said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton, currently deputy chief executive at Wyvern Hospitals NHS Trust, will join Harford Council as chief executive in June.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton, currently deputy chief executive at Wyvern Hospitals NHS Trust, will join Harford Council as chief executive in June.", ("Jane Smeaton","Wyvern Hospitals NHS Trust","deputy chief executive")),
("NHS Harford Integrated Care Board named its board on Monday. The ICB's chair designate is Jane Smeaton.", ("Jane Smeaton","NHS Harford Integrated Care Board","chair designate")),
("Jane Smeaton has been confirmed as the permanent chief executive of NHS Harford Integrated Care Board.", ("Jane Smeaton","NHS Harford Integrated Care Board","chief executive")),
("Dr Jane Smeaton, GP and clinical lead for NHS Harford CCG, said the plan would help.", ("Jane Smeaton","NHS Harford Clinical Commissioning Group","clinical lead")),
("Jane Smeaton, NHS Harford CCG clinical chair, said the plan would help.", ("Jane Smeaton","NHS Harford Clinical Commissioning Group","clinical chair")),
("She replaces Bob Jarrow, who left in May to join Wyvern Hospitals NHS Trust as chief operating officer.", ("Bob Jarrow","Wyvern Hospitals NHS Trust","chief operating officer")),
("\"We are ready,\" said Jane Smeaton, who chairs NHS Harford Integrated Care Board.", ("Jane Smeaton","NHS Harford Integrated Care Board","chair")),
("Harford Council's outgoing chief executive, Jane Smeaton, said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Jane Smeaton, Chief Executive at Harford Council, said the budget was tight.", ("Jane Smeaton","Harford Council","chief executive")),
("Wyvern Hospitals NHS Trust said its interim chief executive, Jane Smeaton, would stay until March.", ("Jane Smeaton","Wyvern Hospitals NHS Trust","interim chief executive")),
("The report was written by Jane Smeaton, head of adult social care at Harford Council.", ("Jane Smeaton","Harford Council","head of adult social care")),
("Jane Smeaton and Bob Jarrow, chair and chief executive of Wyvern Hospitals NHS Trust, wrote to staff.", ("Bob Jarrow","Wyvern Hospitals NHS Trust","chief executive")),
("Harford Council has a new leader. Labour's Jane Smeaton was elected leader at Thursday's meeting.", ("Jane Smeaton","Harford Council","leader")),
]
KNOWN_MISSES = ("Harford CCG's chief officer", "succeeds Bob Jarrow", "Appointed as managing director",
                "Labour's Jane Smeaton")
POSTS = [case for case in ALL_POSTS if case[1] is not None and not any(m in case[0] for m in KNOWN_MISSES)]

A, B, C = "Harford Council", "Wyvern Hospitals NHS Trust", "NHS Brackmoor Clinical Commissioning Group"
PARTNERSHIPS = [
(f"{A} and {B} have agreed to merge their community services.", None, {A, B}),
(f"{A} and {B} signed a section 75 agreement on Tuesday.", None, {A, B}),
(f"{A} will work with {B} on a new discharge service.", None, {A, B}),
(f"The Harford Care Alliance, made up of {A}, {B} and {C}, met for the first time.", "Harford Care Alliance", {A, B, C}),
(f"Harford Together brings together {A}, {B} and {C}.", "Harford Together", {A, B, C}),
(f"{A}, {B} and {C} have formed the Harford Health and Care Partnership.", "Harford Health and Care Partnership", {A, B, C}),
(f"Partners in the Harford Health and Care Partnership include {A} and {B}.", "Harford Health and Care Partnership", {A, B}),
(f"Harford Together is a partnership between {A} and {B}.", "Harford Together", {A, B}),
(f"The Harford Health and Care Partnership was set up in 2016. {C} has joined the partnership.", "Harford Health and Care Partnership", {C}),
(f"{A} and {B} will share a chief executive from April.", None, {A, B}),
(f"{A} has pooled £5m with {B} to fund the scheme.", None, {A, B}),
(f"The Harford Health and Care Partnership was launched last year. The partners are:\n- {A}\n- {B}\n- {C}\n", "Harford Health and Care Partnership", {A, B, C}),
(f"{A} is one of five partners in the Harford Care Alliance, alongside {B}.", "Harford Care Alliance", {A, B}),
(f"{A} and {B} jointly commission the service.", None, {A, B}),
(f"{A}, in partnership with {B}, has opened a new hub.", None, {A, B}),
(f"{A} and {B} won the integration award for their joint discharge project.", None, {A, B}),
(f"{A} and {B} have set up a joint venture, Harford Community Care Ltd, to run the services.", "Harford Community Care Ltd", {A, B}),
(f"The Harford integrated care partnership, which includes {A}, {B} and {C}, published its plan.", "Harford Integrated Care Partnership", {A, B, C}),
]

AWARDS = [
(f"{A} won the Integrated Care award at the HSJ Awards 2019.", A, "Integrated Care", "won"),
(f"{A} has been shortlisted for the Community Health Services Redesign award at this year's LGC Awards.", A, "Community Health Services Redesign", "shortlisted"),
(f"HSJ Awards 2021: the winners\n\nPartnership of the Year\nWinner: {B} for its Home First programme\nHighly commended: {A}\n", B, "Partnership of the Year", "won"),
(f"HSJ Awards 2021: the winners\n\nPartnership of the Year\nWinner: {B} for its Home First programme\nHighly commended: {A}\n", A, "Partnership of the Year", "highly_commended"),
(f"{B} has been named Trust of the Year at the HSJ Awards.", B, "Trust of the Year", "won"),
(f"{A} and {B} were highly commended in the Integrated Working category of the MJ Awards 2018.", A, "Integrated Working", "highly_commended"),
(f"{A} is one of 12 vanguard sites chosen by NHS England in 2015.", A, "vanguard", "designated"),
(f"Dr Jane Smeaton of {B} won the Clinical Leader of the Year award at the Nursing Times Awards 2020.", "Jane Smeaton", "Clinical Leader of the Year", "won"),
(f"{A} is a finalist in the Digital Council category of the LGC Awards 2022.", A, "Digital Council", "finalist"),
(f"{B} scooped the top prize in the Patient Safety category at the HSJ Patient Safety Awards 2017.", B, "Patient Safety", "won"),
(f"The Home First service run by {A} picked up the Care Integration award at the MJ Awards on Thursday.", A, "Care Integration", "won"),
(f"{A} has been selected as one of the first integrated care pioneers by the Department of Health.", A, "integrated care pioneer", "designated"),
]


@pytest.mark.parametrize("text, want", POSTS, ids=[c[0][:40] for c in POSTS])
def test_an_everyday_appointment_shape(nlp, text, want):
    posts = [(p.person, p.organisation, p.role) for p in extract(nlp(text)).posts]
    person, org, role = want
    assert any(p == person and o == org and role_similarity(role, [r]) >= 0.5 for p, o, r in posts), posts


@pytest.mark.parametrize("text, name, members", PARTNERSHIPS, ids=[c[0][:40] for c in PARTNERSHIPS])
def test_an_everyday_partnership_shape(nlp, text, name, members):
    found = extract(nlp(text)).partnerships
    assert any((name is None or p.name == name) and members <= set(p.members) for p in found), \
        [(p.name, p.members) for p in found]


@pytest.mark.parametrize("text, recipient, award, outcome", AWARDS, ids=[c[0][:40] for c in AWARDS])
def test_an_everyday_award_shape(nlp, text, recipient, award, outcome):
    got = [(r.recipient, r.award, r.outcome) for r in extract(nlp(text)).awards]
    assert any(r == recipient and (award_similarity(award, a) or 0) >= 0.5 and o == outcome for r, a, o in got), got
