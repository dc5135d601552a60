"""One article's proposal: its entities, what the precise rules decided, and every candidate.

`propose(doc, date)` runs each stage once; a scorer (scoring.py) turns the proposal into
`ArticleFacts`. Proposals are plain data (no spaCy objects), so training and cross-validation
parse each article once and rescore its proposal under every model.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc

from ..facts import ArticleFacts
from . import lexicon
from .awards import find_awards_with_rules
from .candidates import (Candidate, CandidateSet, is_list_line, mention_in, org_kind_features, sentence_features,
                         sentence_of)
from .entities import Entities, find_entities
from .initiatives import find_initiatives
from .partnerships import bodies_said_not_to_be_members, bodies_named_only_aside, bodies_that_left, find_partnerships, without_bodies_that_left
from .posts import find_posts_with_rules, without_own_place
from .quotes import find_quotations
from .tokens import release, span_text
from .wide_posts import post_features, title_spans, wide_posts
from .wide_relations import is_own_line, relation_cues, wide_awards, wide_partnerships

#: partnerships.py marks each of its shapes with a confidence of its own.
PARTNERSHIP_RULE = {0.8: "rule:named_members", 0.65: "rule:work_with", 0.6: "rule:coordinated",
                    0.55: "rule:joint_post"}


@dataclass
class Proposal:
    rule_facts: ArticleFacts  # what the precise rules alone decide
    candidates: list[Candidate] = field(default_factory=list)


def propose(doc: Doc, article_date: date | None = None) -> Proposal:
    try:
        return _propose(doc, article_date)
    finally:
        release(doc)


def _propose(doc: Doc, article_date: date | None) -> Proposal:
    lex = lexicon.load()
    ents = find_entities(doc, lex)
    facts = ArticleFacts(people=dict(ents.people), organisations=dict(ents.orgs))
    cands = CandidateSet()
    posts = find_posts_with_rules(doc, ents, lex)
    facts.posts = [p for p, _ in posts]
    awards = find_awards_with_rules(doc, ents, lex, article_date)
    facts.awards = [a for a, _ in awards]
    left = bodies_that_left(doc, ents)  # former members: no member, no partner of the others
    left |= bodies_named_only_aside(doc, ents)  # "- the arm of NHS X which ... -": what a member is part of
    facts.partnerships = without_bodies_that_left(find_partnerships(doc, ents, lex, facts.posts), left)
    facts.quotations = find_quotations(doc, ents)
    facts.initiatives = find_initiatives(doc, ents)
    link_initiatives(facts)

    for post, rule in posts:
        _rule_post(doc, ents, lex, cands, post, rule)
    for result, rule in awards:
        feats = org_kind_features(ents, result.recipient, "recipient_")
        sent = sentence_of(doc, result.evidence.start)
        feats.update(sentence_features(doc, sent, ents))
        feats["list_entry"] = float((is_list_line(sent) or is_own_line(sent)) and ":" in span_text(sent))
        cands.add("award", (result.recipient, result.award.lower()), result, rule, feats, result.confidence)
    for part in facts.partnerships:
        _rule_partnership(cands, part)
    wide_posts(doc, ents, lex, cands)
    wide_partnerships(doc, ents, lex, cands)
    cands.discard_where("member", lambda c: c.key[1] in left)
    cands.discard_where("pair", lambda c: c.key[0] in left or c.key[1] in left)
    _discard_denied_members(cands, bodies_said_not_to_be_members(doc, ents))
    wide_awards(doc, ents, lex, article_date, cands)
    _agreement_features(cands)
    return Proposal(facts, sorted(cands, key=lambda c: (c.kind, repr(c.key))))


def _discard_denied_members(cands: CandidateSet, denied: dict[str, str | None]) -> None:
    """'X, which is not a partner': no member of the partnership in view, and no partner of anyone
    unless the rules make it a member of another partnership."""
    if not denied:
        return
    cands.discard_where("member", lambda c: c.key[1] in denied and denied[c.key[1]] in {None, c.key[0]})
    elsewhere = {c.key[1] for c in cands if c.kind == "member" and c.key[1] in denied
                 and any(r.startswith("rule:") for r in c.rules)}
    cands.discard_where("pair", lambda c: any(k in denied and k not in elsewhere for k in c.key[:2]))


def link_initiatives(facts: ArticleFacts) -> None:
    """'... joint winner ... for their New Realities (Merseyside) project': the result's initiative."""
    for result in facts.awards:
        result.initiative = next((i.name for i in facts.initiatives if i.name in result.evidence.text), None)


def _rule_post(doc, ents: Entities, lex, cands: CandidateSet, post, rule: str) -> None:
    sent = sentence_of(doc, post.evidence.start)
    person = mention_in(ents, post.person, sent.start, sent.end)
    org = mention_in(ents, post.organisation, sent.start, sent.end) if post.organisation else None
    titles = title_spans(sent, ents, lex)
    title = None
    if person is not None and titles:
        title = min(titles, key=lambda t: min(abs(t[0] - person.end), abs(person.start - t[1])))
    feats = post_features(doc, sent, ents, lex, person, title, org)
    feats.update(org_kind_features(ents, post.organisation or ""))
    feats["implied_org"] = float(org is None)
    post.role = without_own_place(post.role, post.organisation, lex)
    cands.add("post", (post.person, post.organisation, post.role.lower()), post, rule, feats, post.confidence)


def _rule_partnership(cands: CandidateSet, part) -> None:
    rule = PARTNERSHIP_RULE.get(part.confidence, "rule:named_members" if part.name else "rule:coordinated")
    feats = relation_cues(part.evidence.text)
    if part.name:
        for m in part.members:
            cands.add("member", (part.name, m), (part.name, m, part.evidence), rule, feats, part.confidence)
    members = sorted(set(part.members))
    for i, a in enumerate(members):
        for b in members[i + 1:]:
            cands.add("pair", (a, b), (a, b, part.evidence), rule, feats, part.confidence)


def _agreement_features(cands: CandidateSet) -> None:
    """Whether a precise rule found the same person at the same organisation (any wording),
    or the same recipient (any award)."""
    rule_posts = {c.key[:2] for c in cands.of_kind("post") if c.rule_confidence}
    rule_recipients = {c.key[0] for c in cands.of_kind("award") if c.rule_confidence}
    for c in cands.of_kind("post"):
        c.features["rule_same_person_org"] = float(c.key[:2] in rule_posts)
    for c in cands.of_kind("award"):
        c.features["rule_same_recipient"] = float(c.key[0] in rule_recipients)
