"""Wide candidates for partnerships and award results.

Partnerships: every pair of organisations in a sentence is a candidate pair, described by the
cues around it (a membership or joint-working verb, a partnership noun, coordination); every
organisation named with, or listed after, a named partnership (same sentence, the lines of a
list its sentence introduces, the next sentence) is a candidate member.

Awards: every organisation on a line or in a sentence where an award, a category heading, an
outcome or a designation is in play is a candidate recipient of the award under discussion
(the one the sentence names, the last category heading, or the items of a semicolon list).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from ..facts import AwardResult, Evidence
from .awards import (DESIGNATION, QUALITY_MARK, ENTRY_DETAILS, ENTRY_OPENING, PAGE_LABEL, SCHEME, TAXONOMY_LINE, _clean_award, outcome_over_category, award_in, award_names_in, designation_in,
                     outcome_of, outside_apposition, person_after_opening_phrase, persons_category, scheme_in, SPEECH)
from .candidates import _cache, _text, CandidateSet, dep_distance, is_list_line, org_kind_features, sentence_features
from .entities import CATEGORY_ENTRY_LINE, SPACED_DASH, Entities, Mention, opens_with_a_person
from .lexicon import Lexicon
from .lexicon import load as load_lexicon
from .organisations import _has_head, place_of, unshout
from .tables import entry_bodies, listing_partnership, partnership_named_most_before, rows_under_headers, table_rows
from .tokens import BULLET_MARKS, BULLETS, DASHES, capitalised_words, doc_sents, doc_text, doc_tokens, line_bounds, span_tokens, \
    starts_line, tokens_text
from .people import OUTCOME_WORDS, SPONSOR_CUE, could_be_a_name
from .quotes import QUOTE_OPENING, REPORTING
from .partnerships import JOINT_VERBS, NOT_MEMBERS, member_cue, PARTNERSHIP_NOUN, WORK_WITH, run_by_the_body_before

#: A person's career, not a partnership: "her career also includes roles at A, B and C".
CAREER = re.compile(r"\b(?:career|roles?|previously|previous|former|formerly|worked (?:at|for)|joined|"
                    r"served|spent|held)\b", re.I)
#: A sentence that lists where a person has worked: its bodies are no partners of each other.
CAREER_LIST = re.compile(r"\b(?:career|roles? (?:at|with|in)|posts? (?:at|with|in)|worked (?:at|for|in)|"
                         r"spent \w+ years (?:at|with)|previously (?:worked|held|served))\b", re.I)
MAX_PAIR_ORGS = 9  # sentences naming more organisations than this are lists, read as members
LIST_INTRO = re.compile(r"(?::\s*$|\b(?:made up of|members?|partners?|comprises?|include|including|are|listed below|"
                        r"as follows)\s*[:.]?\s*$)", re.I)


def _evidence(sent: Span) -> Evidence:
    return Evidence(_text(sent).strip(), sent.start_char, sent.end_char)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen, out = set(), []
    for m in mentions:
        if m.entity not in seen:
            seen.add(m.entity)
            out.append(m)
    return out


def sentence_cues(ents: Entities, sent: Span) -> dict[str, float]:
    """`relation_cues` of one sentence, computed once per article."""
    cache = _cache(ents, "relation_cues")
    if sent.start not in cache:
        # cue words inside a name ("... Mental Health Partnership NHS Trust") are not cues
        outside = " ".join(t.text for t in span_tokens(sent) if ents.at(t.i) is None)
        cues = relation_cues(outside)
        cues["career_cue"] = float(bool(CAREER.search(outside)))
        cues["title_in_sentence"] = float(any(load_lexicon().is_title_word(t.text) for t in span_tokens(sent)
                                                  if ents.at(t.i) is None))
        cache[sent.start] = cues
    return cache[sent.start]


def relation_cues(text: str, prefix: str = "") -> dict[str, float]:
    return {prefix + "member_cue": float(bool(member_cue(text))),
            prefix + "work_with": float(bool(WORK_WITH.search(text))),
            prefix + "partnership_noun": float(bool(PARTNERSHIP_NOUN.search(text.lower()))),
            prefix + "joint_verb": float(bool(JOINT_VERBS.search(text)))}


# --- partnerships ---------------------------------------------------------------------------------
def wide_partnerships(doc: Doc, ents: Entities, lex: Lexicon, cands: CandidateSet) -> None:
    toks = doc_tokens(doc)
    named = {n for n, o in ents.orgs.items() if o.kind == "Partnership"}
    _table_partners(doc, ents, named, cands)
    _table_members(doc, ents, cands)
    _membership_list_members(doc, ents, cands)
    sents = list(doc_sents(doc))
    for si, sent in enumerate(sents):
        orgs = [m for m in _distinct(ents.within(sent.start, sent.end, "ORG"))
                if ents.orgs[m.entity].kind not in NOT_MEMBERS]
        run = run_by_the_body_before(doc, orgs)
        orgs = [m for m in orgs if m not in run]  # (what a body runs is neither its partner nor a member)
        if LIST_INTRO.search(_text(sent).strip()):
            _list_members(doc, ents, sents, si, named, cands)
        if not orgs:
            continue
        base = sentence_features(doc, sent, ents)
        base.update(sentence_cues(ents, sent))
        cues = base["member_cue"] or base["work_with"] or base["partnership_noun"]
        if 2 <= len(orgs) <= MAX_PAIR_ORGS and not (CAREER_LIST.search(_text(sent)) and not cues):
            _pairs(doc, sent, ents, orgs, named, base, cands)  # not "her career includes roles at A, B and C"
        if si > 0:
            _pairs_across(doc, sents[si - 1], sent, ents, orgs, named, cands)
        targets = [m for m in orgs if m.entity in named]
        for target in targets:
            rule = "wide:member_line_head" if _heads_its_line(doc, sent, target) else "wide:member_same_sentence"
            for m in orgs:
                if m.entity != target.entity:
                    a, b = sorted((m, target), key=lambda x: x.start)  # "A, the partnership of B; a joint entry from C"
                    semicolon = any(t.text == ";" for t in toks[a.end:b.start])
                    _member(ents, cands, target.entity, m, sent, rule, base,
                            gap=0, dep=dep_distance(toks[m.end - 1], toks[target.end - 1]), semicolon=semicolon)
        # a sentence that names its own partnership ('- Fenby Alliance – made up of A and B') gives
        # its bodies to that one, not to partnerships named before it
        if not targets and (member_cue(_text(sent)) or re.search(r"\b(?:partners?|part of|members?)\b",
                                                                        _text(sent), re.I)):
            _nearby_members(doc, ents, sents, si, orgs, named, base, cands)


def _table_partners(doc: Doc, ents: Entities, named: set[str], cands: CandidateSet) -> None:
    """'Region | Partners | Host' over rows: the bodies of a row's partners cell work together
    (pairs), and are members of the partnership its first cell names, when it names one."""
    toks = doc_tokens(doc)
    for row in table_rows(doc):
        cell = row.cell(doc, "partners")
        span = doc.char_span(*cell, alignment_mode="expand") if cell else None
        if span is None:
            continue
        orgs = [m for m in _distinct(ents.within(span.start, span.end, "ORG"))
                if ents.orgs[m.entity].kind not in NOT_MEMBERS]
        if not orgs:
            continue
        sent = toks[orgs[0].start].sent
        base = sentence_features(doc, sent, ents)
        base.update(sentence_cues(ents, sent))
        if len(orgs) >= 2:
            _pairs(doc, sent, ents, orgs, named, base, cands)
            for i, a in enumerate(orgs):
                for b in orgs[i + 1:]:
                    key = tuple(sorted((a.entity, b.entity)))
                    cands.add("pair", key, (key[0], key[1], _evidence(sent)), "rule:table_partners",
                              rule_confidence=0.7)
        first = doc.char_span(*row.cells[0], alignment_mode="expand")
        targets = [t.entity for t in (ents.within(first.start, first.end, "ORG") if first is not None else [])
                   if t.entity in named] or _partnership_of_place(doc_text(doc)[slice(*row.cells[0])].strip(), named)
        for target in targets:
            for m in orgs:
                _member(ents, cands, target, m, sent, "rule:table_partners", base, gap=0)


def _partnership_of_place(place: str, named: set[str]) -> list[str]:
    """'Cardiff and Vale | Cardiff and Vale UHB; Cardiff Council, ...': a first cell naming only a
    region stands for the one named partnership whose name starts with it."""
    found = [n for n in named if place and n.startswith(place + " ")]
    return found if len(found) == 1 else []


def _table_members(doc: Doc, ents: Entities, cands: CandidateSet) -> None:
    """'Name / Representing / Position' rows under a partnership's heading: the bodies of the
    body column are the partnership's members."""
    for row in table_rows(doc):
        target = listing_partnership(doc, ents, row)
        cell = row.cell(doc, "body") if target else None
        span = doc.char_span(*cell, alignment_mode="expand") if cell else None
        if span is not None:
            _members_in(doc, ents, cands, target, span, "rule:table_members", own_sentences=False)


#: A heading over a list of a board's members: "Who sits on the board?", "Who's in the alliance",
#: "Board membership", "Members",
#: "Partner organisations" (over a block of partners' names or logos; "Our partners" on a body's own
#: report thanks those it worked with, who are no members).
MEMBERSHIP_HEADING = re.compile(r"^[ \t]*(?:who sits on the \w+\??|who(?:'s|’s| is| are) (?:on|in) the \w+\??|(?:board |our |the )?"
                                r"members(?:hip)?(?: of the \w+)?:?"
                                r"|(?:the )?partners(?: of the \w+)?(?:[ \t]+\(?(?:as[ \t]+)?(?:at|on|in)[ \t]+[^:\n()]{3,30}\)?)?:"
                                # ("Partners at 31 March 2016:"; not "Our partners", a page's own)
                                r"|(?:our )?member (?:practices|organisations|bodies)"
                                r":?|partner (?:organisations|bodies|agencies):?)[ \t]*$",
                                re.I | re.M)
#: Kinds of a page's own body whose "Our member practices" are its members (a GP federation, a network).
MEMBERED_KINDS = {"Partnership", "Other", "Voluntary"}


def _membership_list_members(doc: Doc, ents: Entities, cands: CandidateSet) -> None:
    """The lines under a membership heading ('Who sits on the board?' / 'Coun X, cabinet
    member, Y Council' / 'Plus representatives of A, B and C'): the bodies they name are members
    of the partnership named most before the heading."""
    text = doc_text(doc)
    for heading in MEMBERSHIP_HEADING.finditer(text):
        target = partnership_named_most_before(doc, ents, heading.start(), heading.group())
        if target is None and ents.heading and ents.orgs[ents.heading].kind in MEMBERED_KINDS:
            target = ents.heading  # "Our Member Practices" on a GP federation's own page
        end = _end_of_list_blocks(text, heading.end())
        span = doc.char_span(heading.end(), end, alignment_mode="expand") if target else None
        if span is not None:
            _members_in(doc, ents, cands, target, span, "rule:membership_list", own_sentences=True)


def _end_of_list_blocks(text: str, start: int) -> int:
    """Where the list under a heading ends: its first block of lines, and the blocks after it
    that are lines of a list too (short lines, no full stop: 'Omagh' / 'Dr X & Partners, Omagh'),
    not prose."""
    end = text.find("\n\n", start + 1)
    end = len(text) if end < 0 else end
    while end < len(text):
        nxt = text.find("\n\n", end + 2)
        block = text[end:len(text) if nxt < 0 else nxt].strip()
        lines = block.splitlines()
        if not lines or any(len(line.split()) > 10 or line.rstrip().endswith((".", ":")) for line in lines) \
                or len(lines) < 2:
            break
        end = len(text) if nxt < 0 else nxt
    return end


def _members_in(doc: Doc, ents: Entities, cands: CandidateSet, target: str, span: Span, rule: str,
                own_sentences: bool) -> None:
    """Every body `span` names (but `target` and bodies that cannot be members) as a member of
    `target`, with the features of the span's first sentence; the evidence is that sentence, or,
    with `own_sentences`, each member's own (a list's lines are sentences of their own)."""
    toks = doc_tokens(doc)
    sent = toks[span.start].sent
    base = sentence_features(doc, sent, ents)
    base.update(sentence_cues(ents, sent))
    for m in _distinct(ents.within(span.start, span.end, "ORG")):
        if m.entity != target and ents.orgs[m.entity].kind not in NOT_MEMBERS:
            _member(ents, cands, target, m, toks[m.start].sent if own_sentences else sent, rule, base, gap=0)


def _heads_its_line(doc: Doc, sent: Span, m: Mention) -> bool:
    """'- Harford Together – NHS Harford CCG and ...': the partnership opens a list line, before a dash."""
    first = next((t for t in span_tokens(sent) if t.text.strip() and t.text not in "•-*·▪"), None)
    after = doc[m.end:m.end + 3]
    return first is not None and first.i == m.start and any(t.text in DASHES for t in after)


def _pairs(doc, sent, ents, orgs, named, base, cands: CandidateSet) -> None:
    toks = doc_tokens(doc)
    for i, a in enumerate(orgs):
        for b in orgs[i + 1:]:
            between = doc[a.end:b.start]
            f = dict(base)
            f["pair_gap"] = min(max(b.start - a.end, 0), 30) / 30
            f["pair_coordinated"] = float(len(between) <= 4 and any(t.lower_ in {"and", ",", "&"} for t in between))
            f["pair_with_between"] = float(any(t.lower_ in {"with", "alongside"} for t in between))
            f["pair_dep"] = min(dep_distance(toks[a.end - 1], toks[b.end - 1]), 10) / 10
            f["pair_has_named"] = float(a.entity in named or b.entity in named)
            f["pair_same_kind"] = float(ents.orgs[a.entity].kind == ents.orgs[b.entity].kind)
            for side, m in (("a_", a), ("b_", b)):
                f[f"pair_kind={ents.orgs[m.entity].kind}"] = 1.0
            key = tuple(sorted((a.entity, b.entity)))
            cands.add("pair", key, (key[0], key[1], _evidence(sent)), "wide:same_sentence", f)


def _pairs_across(doc, prev: Span, sent: Span, ents, orgs, named, cands: CandidateSet) -> None:
    """Partners named in two consecutive sentences ("A and B have agreed a joint post. C will
    host it."), proposed when either sentence speaks of working together."""
    before = [m for m in _distinct(ents.within(prev.start, prev.end, "ORG"))
              if ents.orgs[m.entity].kind not in NOT_MEMBERS]
    cues = {k: max(v, w) for (k, v), w in zip(sentence_cues(ents, prev).items(), sentence_cues(ents, sent).values())}
    if not before or not orgs or not any(cues.values()) or len(before) + len(orgs) > MAX_PAIR_ORGS:
        return
    f = sentence_features(doc, sent, ents)
    f.update(cues)
    f["pair_across_sentences"] = 1.0
    for a in before:
        for b in orgs:
            if a.entity == b.entity:
                continue
            g = dict(f)
            g["pair_has_named"] = float(a.entity in named or b.entity in named)
            g["pair_same_kind"] = float(ents.orgs[a.entity].kind == ents.orgs[b.entity].kind)
            for m in (a, b):
                g[f"pair_kind={ents.orgs[m.entity].kind}"] = 1.0
            key = tuple(sorted((a.entity, b.entity)))
            cands.add("pair", key, (key[0], key[1], _evidence(sent)), "wide:adjacent_sentences", g)


def _member(ents, cands: CandidateSet, target: str, m: Mention, sent: Span, rule: str, base: dict,
            gap: int, dep: int = 20, semicolon: bool = False) -> None:
    f = dict(base)
    f["member_past_semicolon"] = float(semicolon)
    f["member_gap_sentences"] = min(gap, 10) / 10
    f["member_dep"] = min(dep, 20) / 20
    f["member_is_partnership"] = float(ents.orgs[m.entity].kind == "Partnership")
    f.update(org_kind_features(ents, m.entity, "member_"))
    cands.add("member", (target, m.entity), (target, m.entity, _evidence(sent)), rule, f)


def _nearby_members(doc, ents, sents, si, orgs, named, base, cands: CandidateSet) -> None:
    """'... the partners involved - A, B and C - ...' after sentences about a named partnership:
    members of the partnership named in the last three sentences (or referred to here)."""
    for gap in range(1, 4):
        if si - gap < 0:
            break
        prev = sents[si - gap]
        for target in _distinct([m for m in ents.within(prev.start, prev.end, "ORG") if m.entity in named]):
            for m in orgs:
                if m.entity != target.entity:
                    _member(ents, cands, target.entity, m, sents[si], "wide:member_nearby_sentence", base, gap=gap)


def _list_members(doc, ents, sents, si, named, cands: CandidateSet) -> None:
    """The organisations on the list lines after 'The alliance is made up of:'; a list of
    winners or designated sites ('The 14 pioneers are:') is no partnership's members."""
    intro = sents[si]
    if AWARD_CUE.search(_text(intro)) or DESIGNATION.search(_text(intro)) or THANKS.search(_text(intro)) \
            or ENTRY_OPENING.match(_text(intro)) or NOT_A_MEMBER.search(_text(intro)):
        return  # "Bronze - X:" then its project: an awards entry, no list; nor is a list of the bodies a page
        # thanks ("Thank you to everyone who worked with us, including:"); "... but is not a member." lists none
    here = [m for m in ents.within(intro.start, intro.end, "ORG") if m.entity in named]
    before = [m for m in ents.mentions if m.kind == "ORG" and m.entity in named and m.start < intro.start]
    if not before and re.search(r"\bmember", _text(intro), re.I):  # "Founding member practices include:"
        before = [m for m in ents.mentions if m.kind == "ORG" and not m.generic and intro.start - 300 < m.start
                  < intro.start and ents.orgs[m.entity].kind in {"Other", "Voluntary"}]
    target = here[-1] if here else (before[-1] if before else None)
    if target is None:
        return
    base = relation_cues(_text(intro), "intro_")
    base["intro_names_target"] = float(bool(here))
    base["intro_target_distance"] = 0.0 if here else min(intro.start - before[-1].start, 600) / 600
    bulleted = False
    colon = _text(intro).rstrip().endswith(":")  # ("Purpose:" may open a long item that names the members)
    for gap, sent in enumerate(sents[si + 1:si + 16], start=1):
        after_bullet = sents[si + gap - 1].text.strip() in BULLET_MARKS
        bullet = _text(sent).strip()[:1] in BULLETS
        if not is_list_line(sent) and not bullet and not is_own_line(sent) \
                and not after_bullet or THANKS.search(_text(sent)):
            break  # prose ends the list, and so does a line of thanks under the heading
        if bulleted and not bullet and not after_bullet:
            break  # a paragraph after bulleted items is the text going on ("X ... is not part of it")
        if not bullet and _text(sent).rstrip().endswith(":") and LIST_INTRO.search(_text(sent).strip()):
            break  # "The report advised that the Network's members are:": another list, its own introduction's
        if ENTRY_OPENING.match(_text(sent)) or (not colon and not bullet and len(sent) > 25
                                                and _text(sent).rstrip().endswith(".")):
            break  # "Winner: X" under a category: an awards list; prose after "... of the partners.": no list
        bulleted = bulleted or bullet or after_bullet
        f = dict(base)
        f.update(sentence_features(doc, sent, ents))
        # "- Dr Ann Lee, Director of Public Health, Harford Council": a person's line names the
        # body they come from, a member only when the list is a partnership board's
        f["member_person_line"] = float(opens_with_a_person(sent, ents))
        for m in _distinct(ents.within(sent.start, sent.end, "ORG"))[:3]:
            if m.entity != target.entity and ents.orgs[m.entity].kind not in NOT_MEMBERS:
                _member(ents, cands, target.entity, m, sent, "wide:member_list", f, gap=gap)


#: "... but is not a member.", "are not partners": a sentence ending on a member word that denies it.
NOT_A_MEMBER = re.compile(r"\bnot\s+(?:a\s+|one\s+of\s+the\s+|among\s+the\s+)?(?:members?|partners?)\b", re.I)
#: A price: "£295", "€40".
PRICE = re.compile(r"[£€$]\s?\d")
#: An introduction to a list of the bodies a page thanks or acknowledges: no partnership's members.
THANKS = re.compile(r"\b(?:thank(?:s|ing)?|grateful|acknowledge\w*)\b", re.I)


# --- awards ---------------------------------------------------------------------------------------
#: An accreditation given or kept: a standard met, outcome "designated".
ACCREDITED = re.compile(r"\baccredit(?:ed|ation)\b", re.I)
AWARD_CUE = re.compile(r"\b(?:awards?|prize|category|categories|shortlist\w*|winners?|won(?!['’]t)|finalists?|"
                       r"highly commended|commended|runners?-up|designated|pioneers?|vanguards?|accredit(?:ed|ation))\b", re.I)
LIST_OF_AWARDS = re.compile(r"\b(?:among them|including|includ\w+|namely|categories)\b[:\s]+(.+)$", re.I)
LIST_AFTER_FOR = re.compile(r"\bfor\b[:\s]+(.+)$", re.I)


@dataclass
class _AwardState:
    """What an awards page or story has established so far."""
    year: int | None = None
    scheme: str | None = None
    conferrer: str | None = None
    heading: str | None = None  # the category heading over the list lines that follow
    hint: str | None = None  # the outcome a list announces ("shortlisted", "won")
    list_award: str | None = None  # "The pioneers are:" -> the award of the list lines below
    in_awards: bool = False
    introduced: bool = False  # the last line introduced a list
    related: bool = False  # under "More from ..." / "Related": other stories' headlines
    last_named: str | None = None  # the award a sentence named last ("that award" points back to it)
    shouted: bool = False  # the page sets its category headings in capitals
    entry_line: int = -2  # the sentence number of the last line that named an entrant
    designation: str | None = None  # "named as X pathfinders": what a list of the chosen below carries
    standard: str | None = None  # the quality standard or mark named last ("the standard" points back to it)
    heading_fresh: bool = False  # the line before was a heading: nothing read under it yet
    label_line: bool = False  # the line before was an outcome label's line under a heading ("Winner: X")
    written_up: str | None = None  # the heading whose entry the prose since writes up (its next labels keep it)


def wide_awards(doc: Doc, ents: Entities, lex: Lexicon, article_date: date | None, cands: CandidateSet) -> None:
    toks = doc_tokens(doc)
    st = _AwardState(year=article_date.year if article_date else None)
    main = ents.most_mentioned()
    sents = list(doc_sents(doc))
    award_rows = {k for row in table_rows(doc) if "category" in row.kinds
                  for k in range(row.cells[0][0] - 1, row.cells[-1][1] + 1)}
    bare_before = False  # the line before was an outcome label alone ("WINNER:"), its entry on this one
    for si, sent in enumerate(sents):
        text = _text(sent).strip()
        unbulleted = text.lstrip(BULLETS + " ")
        labelled = bool(OUTCOME_LABEL.match(unbulleted))  # "Winner: ...", "Gold: ..."
        if labelled and st.heading is None and st.written_up:
            st.heading = st.written_up  # "Highly commended: Y" after the winner's write-up: the same category
        orgs = _update_state(st, doc, sent, text, ents, sents[si + 1] if si + 1 < len(sents) else None, labelled)
        st.label_line = st.heading is not None and (labelled or bare_before)
        bare_before = bool(BARE_LABEL.match(text)) or outcome_over_category(text, lex) is not None
        if orgs is None or not st.in_awards or sent.start_char in award_rows:
            continue  # an awards table's rows are read by their columns (_table_awards)
        if _under_a_details_label(sent):
            continue  # "The Innovators:" / "A, Nurse Specialist, X Trust": an entry's team, no entrant
        if PRICE.search(text) and not labelled and not text.endswith("."):
            continue  # "Public sector: £295 + VAT": a price list's line, no entry
        line_start = is_list_line(sent) or starts_line(sent)
        line_head = _line_head(doc, sent, ents) if line_start else None
        if st.shouted and not orgs and st.entry_line == si - 1 and not OUTCOME_LABEL.match(text):
            continue  # "Active Recovery: getting older people home" under its entrant's line: the project
        if orgs and line_start:
            st.entry_line = si
        colon = _text(sent).find(":")
        before_colon = colon >= 0 and any(toks[m.start].idx < sent.start_char + colon for m in orgs)
        awards = _award_names(st, sent, text, line_head, before_colon)
        if not awards or (text.endswith(":") and not orgs and not is_own_line(sent)):
            continue  # "Winner:" cut from the entry the rest of its line names
        if not orgs and BARE_LABEL.match(unbulleted):
            continue  # "Finalists:" over the lines that name them: no entrant of its own
        recipients: list = [m for m in orgs if not _in_relative_clause(doc, m, orgs) and not _an_agent(doc, m, orgs)
                            and not _confers(doc, m)] \
            or ([] if not main else [None])
        reported = REPORTED_THAT.search(_text(sent))
        if reported and recipients:  # "The Board noted that X had been highly commended": X's, not the Board's
            after = sent.start_char + reported.end()
            recipients = [m for m in recipients if m is None or toks[m.start].idx >= after] or recipients
        said = outcome_of(text, lex)
        if said and recipients and recipients[0] is not None:  # "X, a charity founded by A and B, won": X's
            trigger = next((t.i for t in span_tokens(sent) if t.idx >= sent.start_char + said[1]), sent.end)
            kept = set(map(id, outside_apposition(doc, [m for m in recipients if m.start < trigger], trigger)))
            recipients = [m for m in recipients if m.start >= trigger or id(m) in kept]
        if labelled:
            recipients = _without_bracketed_members(doc, ents, _without_project_before_body(
                doc, ents, _before_project_dash(doc, sent, recipients)))
        if line_head:
            recipients = [line_head, *orgs]  # the line names its entrant: no implied recipient
        labelled_person = labelled and any(persons_category(a, lex) for a, _ in awards)
        people = _person_entries(doc, sent, ents, lex, labelled_person)
        if people:  # "Winner: Jo Bell, Care Worker, Harford Homes": the award is hers, not her employer's
            recipients = people
        elif any(persons_category(a, lex) for a, _ in awards):
            winner = _person_in_prose(doc, sent, ents)
            recipients = [winner] if winner is not None else recipients
        elif (subject := person_after_opening_phrase(sent, ents)) is not None and not SPEECH.search(text):
            recipients = [subject]  # "Also at the awards, Jo Bell, a nurse at X, was a finalist": hers
        outcome = said
        kind = (outcome[0] if outcome else None) or st.hint or "won"
        designating = DESIGNATION.search(text) or ACCREDITED.search(text) or QUALITY_MARK.search(text) \
            or designation_in(text)
        listed_designation = st.list_award and (DESIGNATION.search(st.list_award) or st.list_award == st.designation)
        if designating and kind == "won" or listed_designation:
            kind = "designated"
        base = _award_sentence_features(doc, sent, ents, text, st, outcome)
        entrants = {m.entity for m in _entry_line_entrants(doc, sent, orgs)}
        named_people = ents.within(sent.start, sent.end, "PERSON")
        for award, rule in awards:
            for m in recipients:
                if named_people and persons_category(award, lex) and not (
                        isinstance(m, Mention) and m.kind == "PERSON"):
                    continue  # "Finance Director of the Year Jo Bell took over at X": hers, not X's
                name, mention = (m, None) if isinstance(m, str) else (m.entity if m else main, m)
                entry = rule == "wide:award_heading" and name in entrants
                if award.lower() == name.lower() or (" " in award and award.lower() in name.lower()):
                    continue  # "the Innovation Award" is not its own recipient; "Housing" may head Arhag Housing
                f = dict(base)
                f.update(_recipient_features(doc, sent, ents, text, name, mention, orgs, line_head, main))
                f["award_len"] = min(len(award.split()), 12) / 12
                result = AwardResult(name, award, kind, _evidence(sent), scheme=st.scheme, year=st.year,
                                     conferred_by=st.conferrer)
                chosen = "rule:person_entry" if people else "rule:heading_entry" if entry else rule
                cands.add("award", (name, award.lower()), result, chosen, f,
                          rule_confidence=0.7 if people or entry else 0.0)
    _table_awards(doc, ents, lex, st, cands)
    _designation_table(doc, ents, st, cands)
    _level_awards(doc, ents, st, cands)


def _table_awards(doc: Doc, ents: Entities, lex: Lexicon, st: _AwardState, cands: CandidateSet) -> None:
    """An awards table ('Category | Result | Entry | Organisation'): each body the row's body
    cell names ('A and B', 'A with B': a joint entry) has the row's result in its category, in
    the page's year (else the first year the page gives above the table)."""
    text = doc_text(doc)
    for row in table_rows(doc):
        cells = {kind: row.cell(doc, kind) for kind in ("category", "result", "body")}
        if cells["body"] is None:
            cells["body"] = entry_bodies(text, row.cell(doc, "entry"))
        if None in cells.values():
            continue
        outcome = outcome_of(text[slice(*cells["result"])], lex)
        body = doc.char_span(*cells["body"], alignment_mode="expand")
        if outcome is None or body is None:
            continue
        kind = "joint_winner" if outcome[0] == "won" and re.search(r"\bjoint", text[slice(*cells["result"])], re.I) \
            else outcome[0]
        scheme_text, award = _scheme_and_category(text[slice(*cells["category"])])
        scheme_cell = row.cell(doc, "scheme")  # "Nursing Times Awards 2013": the row's own scheme and year
        scheme_text = text[slice(*scheme_cell)] if scheme_cell else scheme_text
        scheme = scheme_in(scheme_text, ents.orgs) if scheme_text else (None, None, None)
        years = re.findall(r"\b(?:19|20)\d\d\b", text[:row.cells[0][0]])  # "Winners of the 2023 Accolades"
        year = scheme[2] or st.year or (int(years[0]) if years else None)
        sent = body.sent
        orgs = ents.within(body.start, body.end, "ORG")
        base = _award_sentence_features(doc, sent, ents, _text(sent), st, outcome)
        for m in orgs:
            f = dict(base)
            f.update(_recipient_features(doc, sent, ents, _text(sent), m.entity, m, orgs, None, None))
            f["award_len"] = min(len(award.split()), 12) / 12
            result = AwardResult(m.entity, award, kind, _evidence(sent), scheme=scheme[0] or st.scheme, year=year,
                                 conferred_by=scheme[1] or st.conferrer)
            cands.add("award", (m.entity, award.lower()), result, "rule:table_award", f, rule_confidence=0.8)


#: An award cell that gives the scheme, a spaced dash and the category: "Care Accolades 2022 – Working
#: Together" (an organiser after a comma aside: ", run by X").
SCHEME_DASH_CATEGORY = re.compile(r"^\s*(?P<scheme>[^–—|]*?\b(?:Awards?|Accolades)\b[^–—|]*?)\s+[-–—]\s+(?P<category>.+?)"
                                  r"(?:,\s+(?:run|organised|presented|delivered|sponsored)\s+by\b.*)?\s*$")


#: "Social Care Accolades 2008 (Care Council for Wales), Integrated Working category": the scheme
#: (its organiser in brackets), a comma, then the category.
SCHEME_COMMA_CATEGORY = re.compile(r"^\s*(?P<scheme>[^,|()]*?\b(?:Awards?|Accolades)\b(?:\s+(?:19|20)\d\d)?)"
                                   r"(?:\s*\([^)]*\))?\s*,\s*(?:the\s+)?(?P<category>[^,|]+?)(?:\s+category)?\s*$")


def _scheme_and_category(cell: str) -> tuple[str | None, str]:
    """(the scheme's words or None, the category) of an awards table's award cell."""
    m = SCHEME_DASH_CATEGORY.match(cell) or SCHEME_COMMA_CATEGORY.match(cell)
    return (m.group("scheme"), m.group("category").strip()) if m else (None, cell.strip())


def _person_in_prose(doc: Doc, sent: Span, ents: Entities) -> Mention | None:
    """Who a sentence about a person's category ('Nurse of the Year') gives it to: the first person
    it names ('Staff Nurse Jo Bell, of the mental health team, won ...'), or, when it opens with
    'She' or 'He', the last person named before it ('She was named Nurse of the Year')."""
    named = ents.within(sent.start, sent.end, "PERSON")
    if named:
        return named[0]
    first = next((t for t in span_tokens(sent) if not t.is_space), None)
    if first is None or first.lower_ not in {"she", "he"}:
        return None
    return next((m for m in reversed(ents.mentions) if m.kind == "PERSON" and m.end <= sent.start), None)


def _person_entries(doc: Doc, sent: Span, ents: Entities, lex: Lexicon, labelled_person: bool = False) -> list[Mention]:
    """The people an awards-list line names as entrants: each entry ('Winner: Jo Bell, Senior
    Carer, Harford Homes; Bob Ray, ...') opens with a person, then a comma and a title; on a
    labelled line in a person's category (`labelled_person`: 'Nurse of the Year' / 'Gold: Jo
    Bell, Harford Council'), a person and her employer."""
    toks = doc_tokens(doc)
    starts = {sent.start}
    for t in span_tokens(sent):
        if t.text in {":", ";"}:
            starts.add(t.i + 1)
    out = []
    for m in ents.within(sent.start, sent.end, "PERSON"):
        k = m.start
        while k - 1 >= sent.start and lex.is_honorific(toks[k - 1].text.rstrip(".")):
            k -= 1
        if k not in starts and not (k - 1 in starts and not toks[k - 1].text.strip()):
            continue
        if _speaks(doc, sent, m):
            continue  # 'Jo Bell, chair of X, said: "This award ..."': a speaker, not an entrant
        after = doc[m.end:min(m.end + 7, sent.end)]
        if len(after) >= 2 and after[0].text == "," and (any(lex.is_title_word(t.text) for t in after[1:]) or (
                labelled_person and could_be_a_name(toks[m.start:m.end], lex)
                and ents.at(after[1].i) is not None and ents.at(after[1].i).kind == "ORG")):
            out.append(m)  # (or "Gold: Jo Bell, Harford Council": a labelled line's person and employer)
        elif len(after) >= 2 and after[0].text == "(" and labelled_person and could_be_a_name(toks[m.start:m.end], lex):
            out.append(m)  # "Finalists: Jo Bell (Harford Care); Ann Lee (MHA)": each item's person
    return out


def _speaks(doc: Doc, sent: Span, m: Mention) -> bool:
    """Whether the words after a person, up to any quotation, report speech ('Jo Bell, chair of
    the committee, said: "..."'): a line attributing a quotation names no entrant."""
    rest = tokens_text(doc, m.end, sent.end)
    opener = QUOTE_OPENING.search(rest)
    return bool(REPORTING.search(rest[:opener.start()] if opener else rest))


def _update_state(st: _AwardState, doc: Doc, sent: Span, text: str, ents: Entities,
                  nxt: Span | None, labelled: bool) -> list[Mention] | None:
    """Read scheme, outcome hints and headings off one line; the candidate recipients, or None
    when the line is a heading or an introduction, not an entry. On a `labelled` line ("Finalist:
    Public Health Wales and ...") a national body may be an entrant."""
    standard = QUALITY_MARK.search(text) or STANDARD_IS.search(text)
    if standard:
        st.standard = standard.group(1).strip()
    found_scheme, found_conf, found_year = scheme_in(text, ents.orgs)
    if found_scheme and text.count("|") < 2:  # (not a site's menu: "News | Social care | LGC Awards | Jobs")
        st.scheme, st.conferrer, st.year = found_scheme, found_conf or st.conferrer, found_year or st.year
        st.in_awards = True
    not_entrants = {"Media"} if labelled else {"Media", "GovernmentBody"}
    recipients = [m for m in _distinct(ents.within(sent.start, sent.end, "ORG") + ents.within(
        sent.start, sent.end, "PERSON")) if m.kind == "PERSON" or (
        ents.orgs[m.entity].kind not in not_entrants and m.entity != st.conferrer)]
    recipients.sort(key=lambda m: m.start)
    low = text.lower()
    if re.search(r"\bshort[- ]?list", low):
        st.hint = "shortlisted"
    elif re.search(r"\bhighly commended\b", low):
        st.hint = "highly_commended"
    elif re.search(r"\b(?:finalists?|runners?[- ]up|(?:second|third) prize)\b", low) and st.hint != "shortlisted":
        st.hint = "finalist"  # (on a shortlist page its finalists are the shortlisted)
    elif re.search(r"\bwinners?\b|^first prize\b", low) and not WINNERS_TO_COME.search(low):
        st.hint = "won"
    if TAXONOMY_LINE.match(text):
        st.heading = None
        return None
    cued_here = False
    if (AWARD_CUE.search(text) or DESIGNATION.search(text)) and "|" not in text:
        cued_here = not st.in_awards  # the line that opens the awards is the page's headline, no category
        st.in_awards = True  # not a page's menu or byline ("March 3, 2015 | Category: Uncategorized")
    announced = designation_in(text) if "|" not in text else None
    if announced:
        st.designation, st.in_awards = announced, True
    own_line = is_list_line(sent) or is_own_line(sent)
    if st.list_award and not own_line and not st.introduced:
        st.list_award = None
    if (not own_line or any(t.tag_ in FINITE_VERB for t in span_tokens(sent))) and len(sent) > 20 and text.endswith(".") \
            and ":" not in text:
        if st.heading and st.heading_fresh and not AWARD_CUE.search(text):
            st.in_awards = False  # "HEALTH SERVICES UPDATE" over prose of no award: a section, the awards are behind
        if st.heading and st.label_line:
            st.written_up = st.heading  # "Winner: X" / "X gives older people ...": the winner's write-up
        st.heading = None  # prose ends the list a heading governs
    if st.list_award and not is_list_line(sent) and text.endswith(".") and len(sent) > 8 \
            and any(t.tag_ in FINITE_VERB for t in span_tokens(sent)):
        st.list_award = None  # and the list an introduction announced ("Its chief executive said ...")
    st.heading_fresh = False
    related = RELATED_LINKS.match(text)
    if related or PAGE_FURNITURE.match(text) or (_is_menu_line(sent) and not recipients):
        st.heading = None  # "Advertisement", "Share this article": the page's, not a category
        st.related = bool(related)  # the headlines below are other stories'
        return None
    if st.related:
        if len(sent) > 20 and text.endswith("."):
            st.related = False
        else:
            return None
    st.introduced = False
    sponsored = SPONSORED.search(text)
    if sponsored and re.search(r"\b(?:was|were|is|are|been|be|being)\s*$", text[:sponsored.start()], re.I):
        sponsored = None  # "This theme was sponsored by X": a sentence about a heading, no heading itself
    if sponsored and "|" in text[sponsored.end():]:
        sponsored = None  # "| Winner | X Award (sponsored by Y) | Entry |": a table's row goes on past its sponsor
    if sponsored and st.in_awards and (len(sent) <= 16 or (is_list_line(sent) and not text.endswith(".")
                                                           and len(text[:sponsored.start()].split()) <= 12)):
        # "Housing - sponsored by X": a category heading (a long sponsor's name too, on a line of its own)
        if text[:sponsored.start()].strip():  # a line of its own "Sponsored by X" keeps the heading above it
            st.heading = _clean_award(text[:sponsored.start()].lstrip(BULLETS + " "))
        return None
    if st.in_awards and OVERALL_WINNER.match(text) and (is_list_line(sent) or is_own_line(sent)):
        st.heading, st.hint = _clean_award(text), "won"  # "Overall Winner" over the entry that took it
        return None
    if st.in_awards and st.hint and CATEGORY_ENTRY_LINE.match(text):
        st.heading = None  # "- Carer Support: X - project" on a list of results: read by AwardFinder.list_line
        return None
    line = doc_text(sent.doc)[slice(*line_bounds(sent.doc, sent.start))]
    over = outcome_over_category(line, load_lexicon()) if st.in_awards else None
    if over is not None:  # "WINNER: Research Impact Category" (cut after its colon or not)
        if starts_line(sent):
            st.heading, st.hint, st.written_up = over[0], over[1], None
        return None
    if ENTRY_DETAILS.match(text):
        return None  # "Lead Organisation: X", "The Innovators:": an entry's details, no category or entry
    labelled = CATEGORY_LINE.match(text)
    if labelled and st.in_awards:  # "Category: Best Integrated Service"
        st.heading = _clean_award(labelled.group(1))
        return None
    if not cued_here and _is_heading(sent, text, recipients, st, nxt):
        if STAFF_HEADING.search(text) and not AWARD_CUE.search(text):
            st.heading, st.in_awards = None, False  # "Senior management team" over its "Name – Title" lines
            return None
        if nxt is not None and is_own_line(sent) and _prose_of_no_award(nxt):
            st.heading, st.in_awards = None, False  # "New director at council" over "X Council has appointed
            return None  # ...": a crosshead, the awards are behind
        st.written_up = None
        heading = re.sub(r"^(?:winner|category)\s*[:\-]\s*", "", text.lstrip(BULLETS + " "), flags=re.I)
        st.heading = _clean_award(" ".join(unshout(heading.split(), load_lexicon())))
        st.heading_fresh = True
        return None
    if text.endswith(":") and st.standard and STANDARD_LIST_INTRO.search(text):
        # "This year the following organisations achieved the standard:": the list below met the standard
        st.list_award = st.designation = st.standard
        st.introduced = st.in_awards = True
    elif text.endswith(":") and st.in_awards:  # "The pioneers are:" -- the list below has this award
        st.list_award = award_in(text) or (st.designation if CHOSEN_LIST_INTRO.search(text) else None)
        st.introduced = st.list_award is not None
    return recipients


#: A minute's or a report's verb that passes on news: "The Board noted that ...", "Members were told that ...".
REPORTED_THAT = re.compile(r"\b(?:noted|heard|was told|were told|was advised|were advised|was informed|were informed|"
                           r"welcomed the news|was pleased to note|were pleased to note|reported)\s+that\b", re.I)
#: A sentence that says what a standard is: "Investing in Volunteers is the UK quality standard for ...".
STANDARD_IS = re.compile(r"^\s*((?:[A-Z][\w'’+-]*)(?:\s+(?:[A-Z][\w'’+-]*|in|of|for|and|&))*)\s+is\s+(?:the|a|an)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:quality\s+)?(?:standard|mark|kitemark|accreditation)\b")
#: An introduction to a list of the bodies that met a standard named before: "the following organisations
#: achieved the standard for the first time:", "These groups have been awarded the mark:".
STANDARD_LIST_INTRO = re.compile(r"\b(?:achieved|gained|met|earned|received|renewed|been awarded|were awarded|hold|now hold)\s+"
                                 r"(?:the|this|that)\s+(?:quality\s+)?(?:standard|mark|kitemark|accreditation)\b", re.I)

FINITE_VERB = {"VBZ", "VBD", "VBP", "MD"}
#: An introduction to the list of the chosen, after a sentence that named the designation: "They
#: include:", "Among the places selected are:", "The sites are:".
CHOSEN_LIST_INTRO = re.compile(r"\b(?:includes?|including|are|were|selected|chosen|named|following)\s*:\s*$", re.I)

#: "the winners will be revealed at the ceremony": winners promised, not named, so no outcome yet.
WINNERS_TO_COME = re.compile(r"\bwinners?\b[^.;]{0,30}?\b(?:will|shall|are to|is to|to) be\b"
                             r"|\b(?:will|to) (?:announce|reveal|name|unveil)\w* the winners?\b")

#: A heading for the prize over all categories: "Overall Winner", "Supreme Winner".
OVERALL_WINNER = re.compile(r"^(?:the\s+)?(?:overall|outright|supreme|grand)\s+(?:winner|award|prize)\W*$", re.I)
#: Lines of a web page's furniture, which no category heading or entry is (a social post's
#: "Like    Comment    Share" and "Like · Reply · 1d" too).
PAGE_FURNITURE = re.compile(r"^(?:advertisement|advertising|comments?|share(?: this(?: article| story| page)?)?|"
                            r"like us on\b.*|follow us\b.*|sign up\b.*|subscribe\b.*|print|email|tweet|"
                            r"back to top|contact us\b.*|privacy policy\b.*|cookie policy\b.*|"
                            r"(?:media|press) (?:contacts?|enquiries)|notes to editors|ends|"
                            r"(?:like|comment|reply|share)(?:[\s·,]+(?:like|comments?|reply|share|\d+[a-z]*))+)\W*$", re.I)
#: Furniture lines over other stories' headlines, or over the names of an awards page's sponsors,
#: or an awards page's information sections ("Key dates", "Judging"), or a letter's sign-off over
#: its signature ("Yours sincerely", "Similar requests"), whose lines are no entries.
RELATED_LINKS = re.compile(r"^(?:related(?: articles| stories| news| content| links| topics| requests| pages| posts| reading| items)?|read more|more from\b.*|"
                           r"similar (?:requests|stories|articles|posts)|yours (?:sincerely|faithfully)|kind regards|"
                           r"key dates|important dates|judging(?: panel| process)?|(?:the |our )?judges|how to enter|"
                           r"about the awards|venue|tickets|"
                           r"more on\b.*|more stories\b.*|more news\b.*|topics|tags|"
                           r"most read|top stories|latest news|you may also like|"
                           r"(?:our |the |headline |category )?(?:sponsors|supporters)(?: and partners)?|"
                           r"(?:our )?partners and sponsors)\W*$", re.I)


#: A numbered line ("2. MEET THE BOARD", "4) Dates for your diary").
NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:(?:\.\d{1,2})+\.?|\s*[.)])|\d{2,4}/\d{1,3})\s")  # (a minute's "1405/08 ...")
#: Words an award category's name holds ("3. Innovation in Mental Health", "1. Nurse of the Year").
CATEGORY_WORDS = re.compile(r"\b(?:awards?|of the year|prize|category|excellence|innovation|improvement|best|"
                            r"outstanding|achievement)\b", re.I)


#: The labels of a minute's or a report's parts: "Decision", "Resolved", "Recommendations".
REPORT_LABEL = re.compile(r"^(?:decisions?|resolved|resolutions?|agreed|recommendations?|actions?(?: points)?|noted|"
                          r"purpose|background|summary|next steps|outcomes?)\W*$", re.I)


def _is_heading(sent: Span, text: str, recipients: list, st: _AwardState, nxt: Span | None) -> bool:
    """A category heading: a short line of its own, no verb, no colon, no digits, in an awards
    context -- with nobody named on it, or followed by a "Winner:" line. Digits only over an outcome
    label ("Best employer of 50 to 249 staff" / "Winner: X"), where no date line stands."""
    after_label = sent.start > 0 and sent.doc[sent.start - 1].text == ":" and not starts_line(sent)
    if st.list_award and text[:1] in BULLETS:
        return False  # "The pioneers are:" / "- Kent": an item of the list, not a category
    if BARE_LABEL.match(_line_before(sent)) and nxt is not None and BARE_LABEL.match(_text(nxt).strip()):
        return False  # "WINNER" / "Name, Employer" / "HIGHLY COMMENDED": an entry between two labels
    labelled_next = nxt is not None and bool(OUTCOME_LABEL.match(_text(nxt).strip().lstrip(BULLETS + " ")))
    # "Student Nurse of the Year: Mental Health" over a "WINNER" line: a colon inside a heading
    colon = ":" in text and not (labelled_next and is_own_line(sent) and not text.rstrip().endswith(":"))
    # (a line right over "WINNER" may be longer: "Best Not-for-Profit Working in Partnership with the NHS")
    too_long = sum(not t.is_space for t in sent) > 16 if labelled_next else len(sent) > 12
    if not st.in_awards or not is_list_line(sent) or too_long or colon or SCHEME.search(text) \
            or "|" in text or "?" in text or "!" in text or _has_pictograph(text) \
            or after_label or (re.search(r"\d", text) and not _shouted(text) and not labelled_next) \
            or sent.start == 0 \
            or re.search(r"\b(?:awards|short[- ]?listed|nominated|finalists?|winners?|results)\b", text, re.I) \
            or DESIGNATION.search(text) or OUTCOME_LABEL.match(text):
        return False
    if REPORT_LABEL.match(text.lstrip(BULLETS + " ")):
        return False  # a minute's "Decision" over "The Council agreed:": the report's label, not a category
    line = doc_text(sent.doc)[slice(*line_bounds(sent.doc, sent.start))]
    if NUMBERED.match(line) and not CATEGORY_WORDS.search(text):
        return False  # "2. MEET THE BOARD": a newsletter's numbered section (its number may be a sentence
        # of its own to the parser: "9." / "DATE OF NEXT MEETING"), not a category
    if _shouted(text):  # "PRIMARY CARE INNOVATION OF THE YEAR": the tagger reads capitals badly
        # over a "WINNER" line: the page's headings are in capitals (not "THE SHORTLIST" over prose)
        st.shouted = st.shouted or (nxt is not None and bool(OUTCOME_LABEL.match(_text(nxt).strip())))
        return True
    if st.shouted:
        return False  # headings in capitals: a line in lower case under one is an entry's project
    if any(t.tag_ in {"VBZ", "VBD", "VBP"} for t in span_tokens(sent)):
        return False
    if recipients and SPACED_DASH.search(text):
        return False  # "Harford Carers Hub - Home from Hospital": an entry and its project
    return not recipients or labelled_next


def _prose_of_no_award(sent: Span) -> bool:
    """A sentence of prose (a finite verb, a full stop) that says nothing of an award, its outcome or
    its sponsor: what a crosshead stands over, where a category heading stands over its entries or
    their write-up ("This theme was sponsored by X")."""
    text = _text(sent).strip()
    return (len(sent) > 8 and text.endswith(".") and any(t.tag_ in FINITE_VERB for t in span_tokens(sent))
            and not AWARD_CUE.search(text) and not SPONSORED.search(text) and outcome_of(text, load_lexicon()) is None
            and not OUTCOME_LABEL.match(text.lstrip(BULLETS + " ")))


def _under_a_details_label(sent: Span) -> bool:
    """A line in the block under a label of an entry's details ('The Innovators:', 'Lead
    Organisation:' ending its line), up to the next blank line: the entry's team, named again."""
    text = doc_text(sent.doc)
    block = text[text.rfind("\n\n", 0, sent.start_char) + 2:text.rfind("\n", 0, sent.start_char + 1) + 1]
    return any(ENTRY_DETAILS.match(line.strip()) and line.strip().endswith(":") for line in block.split("\n"))


def _is_menu_line(sent: Span) -> bool:
    """A line of three links or more between bars ('Book now | Download the shortlist (PDF) |
    Judging criteria') or between middle dots, though the parser cut it in two: a page's menu, no
    heading or entry."""
    text = doc_text(sent.doc)
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    line = text[start:end if end >= 0 else len(text)]
    return line.count(" | ") >= 2 or " · " in line  # (or "NHS Harford · Hospital": a social page's link)


def _has_pictograph(text: str) -> bool:
    """Whether a line holds an emoji or another pictograph ('Partnership working at its best 🚒',
    'Most relevant ▾'): a social media post's or a page's control, never a category's name."""
    return any(unicodedata.category(c) == "So" for c in text)


def _line_before(sent: Span) -> str:
    """The last line with text before `sent`'s line."""
    text = doc_text(sent.doc)
    before = text[:text.rfind("\n", 0, sent.start_char + 1) + 1] if starts_line(sent) else ""
    return next((line.strip() for line in reversed(before.split("\n")) if line.strip()), "")


def _shouted(text: str) -> bool:
    """A line set in capitals: two words or more, every word of letters upper case."""
    words = [w for w in re.findall(r"[^\W\d_]+", text)]
    return len(words) >= 2 and all(w.isupper() for w in words)


#: Words that point back to the award named last: "for that award", "in the same category".
THAT_AWARD = re.compile(r"\b(?:that|this|the same)\s+(?:award|category|prize)\b", re.I)


def _award_names(st: _AwardState, sent: Span, text: str, line_head: str | None,
                 named_before_colon: bool) -> list[tuple[str, str]]:
    awards: list[tuple[str, str]] = []
    referred = st.last_named
    for k, named in enumerate(award_names_in(text)):
        awards.append((named, "wide:award_named" if k == 0 else "wide:award_also_named"))
        if not DESIGNATION.fullmatch(named):
            st.last_named = named
    if referred and THAT_AWARD.search(text):  # "Also in the running for that award are ..., X vanguard"
        awards = [(referred, "wide:award_referred")] + [a for a in awards if not DESIGNATION.fullmatch(a[0])]
    own_line = is_list_line(sent) or is_own_line(sent) or bool(line_head and starts_line(sent))
    # "Category: Organisation" names its own category; a heading above does not apply
    category_first = ":" in text and not line_head and not named_before_colon \
        and not OUTCOME_LABEL.match(text.lstrip(BULLETS + " "))
    if st.heading and own_line and not category_first:
        awards.append((st.heading, "rule:outcome_label_line" if OUTCOME_LABEL.match(text.lstrip(BULLETS + " "))
                       else "wide:award_heading"))
    if st.list_award and not text.endswith(":"):
        awards.append((st.list_award, "wide:award_list_intro"))
    awards += [(item, "wide:award_listed") for item in _listed_awards(text)]
    return [(a, r) for a, r in awards if re.search(r"[A-Za-z]{3}", a)]


#: What parts an entrant from its entry's title on an awards-list line: "X Council & Y FT – Healthy Routes".
ENTRY_DASH = {"–", "—", "-", "|"}


#: Kinds of body an awards list names after its project ("Winner : Healthy Homes, Harford MBC").
ENTRANT_KINDS = {"LocalAuthority", "NHSTrust", "CCG", "ICB", "Partnership", "Voluntary", "GovernmentBody"}


def _without_project_before_body(doc: Doc, ents: Entities, recipients: list) -> list:
    """'Winner : Healthy Homes, Harford MBC': a name with no head word before a comma and a body
    of a known kind is the project, not an entrant."""
    named = [m for m in recipients if m is not None]
    if len(named) >= 2:
        first, second = named[0], named[1]
        between = tokens_text(doc, first.end, second.start).strip()
        headless = first.kind == "PERSON" or (ents.orgs[first.entity].kind == "Other"
                                              and not _has_head(first.entity, load_lexicon()))
        if between == "," and headless and second.kind == "ORG" and ents.orgs[second.entity].kind in ENTRANT_KINDS:
            return [m for m in recipients if m is not first]
    return recipients


def _without_bracketed_members(doc: Doc, ents: Entities, recipients: list) -> list:
    """'Winner: Wexley Home First Alliance (A, B, C and D) - Home First Wexley': the bodies in
    brackets after a partnership by its name's head word are its members; the partnership alone
    wins (a team's bracketed bodies, 'Acute Care at Home Team (A and B)', are its entrants)."""
    toks = doc_tokens(doc)
    named = [m for m in recipients if m is not None]
    if not named or named[0].kind != "ORG" or load_lexicon().kind_of(named[0].entity) != "Partnership" \
            or named[0].end >= len(toks) or toks[named[0].end].text != "(":
        return recipients
    close = next((t.i for t in toks[named[0].end:min(len(toks), named[0].end + 60)] if t.text == ")"), None)
    inside = [m for m in named[1:] if close is not None and m.start < close]
    return [m for m in recipients if m is None or m not in inside] if len(inside) >= 2 else recipients


def _before_project_dash(doc: Doc, sent: Span, recipients: list) -> list:
    """'Winner: A and B – Adult Care Lead Agency Transition': the entrants come before the dash;
    a name after it is the project's (when a body comes before it)."""
    toks = doc_tokens(doc)
    named = [m for m in recipients if m is not None]
    dash = next((t.i for t in span_tokens(sent) if named and t.i > named[0].start and _spaced_dash(toks, t.i)), None)
    if dash is None:
        return recipients
    after = [m for m in named if m.start > dash]
    covered = {i for m in after for i in range(m.start, m.end)}
    if len(after) >= 2 and all(toks[k].lower_ in {",", "and", "&", "the"} or k in covered
                               for k in range(dash + 1, after[-1].end)):
        return recipients  # "Winner: Our Harford – A, B and C, for their plan": the partnership and its members
    kept = [m for m in recipients if m is None or m.end <= dash] or recipients
    return kept + _entrants_of_later_entries(doc, sent, named, dash)


def _spaced_dash(toks, i: int) -> bool:
    """Whether token i is a dash with a space either side: what parts an entry's entrants from its
    project ('A and B – project'), not a hyphen inside a name."""
    return toks[i].text in DASHES and bool(toks[i].whitespace_) and bool(toks[i - 1].whitespace_)


def _entrants_of_later_entries(doc: Doc, sent: Span, named: list, dash: int) -> list:
    """'Finalists: A - project; B - project': after each semicolon past the first dash, the bodies
    of the next entry up to its own dash."""
    toks = doc_tokens(doc)
    out = []
    semicolons = [t.i for t in span_tokens(sent) if t.text == ";" and t.i > dash]
    for k, semi in enumerate(semicolons):
        stop = semicolons[k + 1] if k + 1 < len(semicolons) else sent.end
        own_dash = next((i for i in range(semi + 1, stop) if _spaced_dash(toks, i)), stop)
        out += [m for m in named if semi < m.start and m.end <= own_dash]
    return out


def _entry_line_entrants(doc: Doc, sent: Span, orgs: list[Mention]) -> list[Mention]:
    """The entrants of a line under a category heading: the bodies before the dash of "A & B –
    project", or every body of a line that names nothing else ("Kent CC")."""
    if not orgs or not is_list_line(sent):
        return []
    tokens = [t for t in span_tokens(sent) if not t.is_space]
    dash = next((t.i for t in tokens if t.text in ENTRY_DASH and t.i > orgs[0].start), None)
    before = [m for m in orgs if dash is None or m.end <= dash]
    covered = {i for m in before for i in range(m.start, m.end)}
    rest = [t for t in tokens if (dash is None or t.i < dash) and t.i not in covered]
    if before and before[0].start == tokens[0].i and all(t.lower_ in {"&", "and", ","} for t in rest):
        return before
    return []


def _award_sentence_features(doc, sent, ents, text, st: _AwardState, outcome) -> dict[str, float]:
    base = sentence_features(doc, sent, ents)
    base["outcome_in_sentence"] = float(outcome is not None)
    base["designation"] = float(bool(DESIGNATION.search(text)))
    base["scheme_known"] = float(st.scheme is not None)
    base["award_cue"] = float(bool(AWARD_CUE.search(text)))
    base["list_entry"] = float((is_list_line(sent) or is_own_line(sent)) and ":" in text)
    return base


def _recipient_features(doc, sent, ents, text, name, m, orgs, line_head, main) -> dict[str, float]:
    toks = doc_tokens(doc)
    f = org_kind_features(ents, name, "recipient_")
    f["recipient_implied"] = float(m is None and name == main)
    f["recipient_line_head"] = float(name == line_head)
    f["recipient_first_in_line"] = float(m is not None and bool(orgs) and m is orgs[0])
    f["recipient_is_person"] = float(m is not None and m.kind == "PERSON")
    if m is not None:
        colon = _text(sent).find(":")
        f["recipient_before_colon"] = float(colon >= 0 and toks[m.start].idx < sent.start_char + colon)
        f["recipient_after_by"] = float(m.start > 0 and toks[m.start - 1].lower_ == "by")
        f["recipient_after_to"] = float(m.start > 0 and toks[m.start - 1].lower_ == "to")
        f["recipient_in_relative"] = float(any(t.lower_ in {"which", "who", "that"} for t in toks[sent.start:m.start]))
    return f


SPONSORED = re.compile(r"\s*[-–—,(]?\s*(?:" + SPONSOR_CUE + r"|^in partnership with)\b", re.I)


def is_own_line(sent: Span) -> bool:
    """A sentence that is a whole line of the text (a list item without a bullet)."""
    doc = sent.doc
    toks = doc_tokens(doc)
    return starts_line(sent) and \
        ("\n" in toks[sent.end - 1].whitespace_ or "\n" in toks[sent.end - 1].text or sent.end == len(toks))


def _in_relative_clause(doc: Doc, m: Mention, orgs: list[Mention]) -> bool:
    """'... to A, which unites B with C', 'A, the partnership of B and C': B and C describe A;
    they are not recipients (up to the next ';', which opens another entry)."""
    toks = doc_tokens(doc)
    for o in orgs:
        if o is m or o.end > m.start or any(t.text == ";" for t in toks[o.end:m.start]):
            continue
        between = doc[o.end:m.start]
        if any(t.lower_ in {"which", "who"} and toks[t.i - 1].text == "," for t in between) \
                or DESCRIBED_AFTER.match(between.text):
            return True
    return False


def _an_agent(doc: Doc, m: Mention, orgs: list[Mention]) -> bool:
    """'the Healthy Villages programme, run jointly by A and B', 'chosen by a panel convened by C':
    the bodies that run, fund or choose are not the chosen (the run of bodies before `m` is
    walked back to the verb and its 'by')."""
    toks = doc_tokens(doc)
    start_of = {o.end: o.start for o in orgs}
    k = m.start
    while k > 0 and (k in start_of or toks[k - 1].lower_ in {",", "and", "&", "the"}):
        k = start_of.get(k, k - 1)
    return bool(AGENT_BEFORE.search(tokens_text(doc, max(0, k - 5), k)))


#: A standard or scheme met at a level: "has been awarded the Gold level of the Corporate Health
#: Standard", "... the Corporate Health Standard at Silver level", "achieved Gold level in the
#: Investors in Carers scheme", "awarded the Investors in Carers silver level".
_LEVEL = r"(?i:gold|silver|bronze|platinum)"
_SCHEME_NAME = r"((?:[A-Z][\w'’-]*)(?:\s+(?:(?:in|of|for|at|and|&)\s+)?[A-Z][\w'’-]*){1,6})"  # (capitals: the name's own)
LEVEL_AWARD = re.compile(
    r"\b(?i:(?:has|have|had)\s+(?:also\s+)?(?:been\s+awarded|achieved|gained|retained|received|secured|won)|"
    r"(?:was|were)\s+(?:also\s+)?awarded)\s+(?i:the\s+|its\s+)?"
    rf"(?:{_LEVEL}\s+(?i:level|status|award)\s+(?i:of|in)\s+the\s+{_SCHEME_NAME}"
    rf"|{_SCHEME_NAME}\s+(?:(?i:at)\s+{_LEVEL}\s+(?i:level|status)|\(?{_LEVEL}\)?(?:\s+(?i:level|status|award))?))")


def _level_awards(doc: Doc, ents: Entities, st: _AwardState, cands: CandidateSet) -> None:
    """The body named last before the verb that is awarded a standard at a level ('The Health Board
    has been awarded the Corporate Health Standard at Silver level by the Welsh Government', 'The
    Board noted that the council's X programme had been awarded the Investors in Carers silver
    level': the council): a designation, the scheme's name its award, a body named right after
    'by' its giver."""
    text_all = doc_text(doc)
    if not re.search(rf"\b{_LEVEL}\b", text_all):
        return
    toks = doc_tokens(doc)
    for sent in doc_sents(doc):
        text = _text(sent)
        hit = LEVEL_AWARD.search(text)
        if hit is None:
            continue
        award = " ".join((hit.group(1) or hit.group(2)).split())
        award = re.sub(r"\s+scheme$", "", award, flags=re.I)
        orgs = ents.within(sent.start, sent.end, "ORG")
        verb_at, award_end = sent.start_char + hit.start(), sent.start_char + hit.end()
        before = [m for m in orgs if toks[m.start].idx < verb_at]
        if not before or award.lower() == before[-1].entity.lower():
            continue
        giver = next((g.entity for g in orgs if toks[g.start].idx >= award_end
                      and re.match(r"^\s*(?:,\s*)?(?:run\s+)?by\s+(?:the\s+)?$", text_all[award_end:toks[g.start].idx])),
                     None)
        m = before[-1]
        f = _award_sentence_features(doc, sent, ents, text, st, None)
        f.update(_recipient_features(doc, sent, ents, text, m.entity, m, before, None, None))
        f["award_len"] = min(len(award.split()), 12) / 12
        result = AwardResult(m.entity, award, "designated", _evidence(sent), scheme=award, year=st.year,
                             conferred_by=giver)
        cands.add("award", (m.entity, award.lower()), result, "rule:level_award", f, rule_confidence=0.7)


def _designation_table(doc: Doc, ents: Entities, st: _AwardState, cands: CandidateSet) -> None:
    """A table whose columns are designations ('Global digital exemplar | Fast follower(s)'): each
    body a cell names holds its column's designation."""
    if not DESIGNATION.search(doc_text(doc)):
        return  # (most articles: no designation word, so no such table; spares reading every line)
    for row in rows_under_headers(doc, lambda name: bool(DESIGNATION.search(name))):
        for (start, end), column in zip(row.cells, row.names):
            cell = doc.char_span(start, end, alignment_mode="expand")
            if cell is None:
                continue
            award = capitalised_words(re.sub(r"\(s\)$", "", column).strip())
            sent = cell.sent
            for m in ents.within(cell.start, cell.end, "ORG"):
                f = {"list_entry": 1.0, "award_len": min(len(award.split()), 12) / 12}
                f.update(_recipient_features(doc, sent, ents, _text(sent), m.entity, m, [m], None, None))
                result = AwardResult(m.entity, award, "designated", _evidence(sent), scheme=st.scheme, year=st.year,
                                     conferred_by=st.conferrer)
                cands.add("award", (m.entity, award.lower()), result, "rule:designation_table", f, rule_confidence=0.75)


def _confers(doc: Doc, m: Mention) -> bool:
    """'the Social Care Council presented him with its award', 'X Council has voted to confer the
    Freedom of the Borough on ...', 'the Board named the network one of two exemplars': the subject
    of a verb that gives an honour is its giver."""
    last = doc_tokens(doc)[m.end - 1]
    return bool(CONFERS_AFTER.match(doc_text(doc), last.idx + len(last)))


#: After a body, the active verb of giving an honour: the body is the giver.
CONFERS_AFTER = re.compile(r"\s*(?:(?:has|have|had|will|also|then|unanimously|voted to|agreed to)\s+)*"
                           r"(?:confer(?:s|red)?|bestow(?:s|ed)?|presented|presents|awarded|gave|gives|handed|"
                           r"(?:named|designated|chose|selected|picked)(?!\s+(?:as|by|in|on|for|to|at|after)\b)(?=\s+\S))\b",
                           re.I)  # "NHS England named X one of ...", never the headline's "X designated as a vanguard"


#: A heading over a body's own people ("Senior management team", "Board of Management 2014-15"),
#: not an award's category, unless it says so ("Team of the Year").
STAFF_HEADING = re.compile(r"^\W*(?:(?:our|the|senior|executive|leadership|management)\s+)*(?:management\s+team|"
                           r"leadership\s+team|executive\s+team|senior\s+team|board\s+of\s+(?:management|directors|"
                           r"trustees|governors)|board\s+members|trustees|directors|officers|staff|key\s+contacts)\b"
                           r"(?!\s+of\s+the\s+year)", re.I)
#: A verb of running, funding or choosing and its 'by': what follows is the agent, not a recipient.
AGENT_BEFORE = re.compile(r"\b(?:(?:run|organised|organized|funded|sponsored|convened|chosen|selected|picked|judged|"
                          r"hosted|commissioned|evaluated|co-ordinated|coordinated)\s+(?:\w+ly\s+)?"
                          r"|accredited\s+(?:as\s+(?:[\w'’-]+\s+){1,5})?)by\s*$", re.I)


#: ", the Tameside and Glossop partnership of ...": a description of the body before it.
DESCRIBED_AFTER = re.compile(r"^\s*,\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?(?:partnership|alliance|collaboration|"
                             r"collaborative|joint venture|consortium)\s+(?:of|between)\b", re.I)


#: "Category: Best Integrated Service": a line naming the category of the entries below it.
CATEGORY_LINE = re.compile(r"^(?:category|award)\s*[:\-–]\s*(.{3,90})$", re.I)
OUTCOME_LABEL = re.compile(rf"^(?:also\s+(?:{OUTCOME_WORDS})\s*:|(?:{OUTCOME_WORDS}|category|{SPONSOR_CUE})\b)", re.I)


#: An outcome label alone on its line: "Finalists:", "Highly commended:".
BARE_LABEL = re.compile(rf"^(?:{OUTCOME_WORDS})\s*:?\s*$", re.I)


def _line_head(doc: Doc, sent: Span, ents: Entities) -> str | None:
    """'Hope into Action: a project for ...' -> 'Hope into Action': on an awards list, the name before
    the colon is the entrant (an organisation named there takes precedence)."""
    toks = doc_tokens(doc)
    text = _text(sent).strip()
    head, colon, _ = text.partition(":")
    head = re.sub(r"^[•\-*–·]\s*", "", head).strip()
    words = head.split()
    if not colon or not 1 <= len(words) <= 8 or not head[:1].isupper() or OUTCOME_LABEL.match(head + ":") \
            or re.search(r"\d", head):
        return None
    colon_at = sent.start_char + _text(sent).index(":")
    orgs = ents.within(sent.start, sent.end, "ORG")
    title_cased = all(w[:1].isupper() or w in {"of", "and", "the", "in", "at", "for", "into", "&"} for w in words)
    word = next((t for t in span_tokens(sent) if t.text.strip() and t.text not in BULLETS), None) if len(words) == 1 else None
    if word is not None and word.pos_ != "PROPN":
        return None  # "Plus: ...", "Related: ...": a word of the page, not an entrant's name
    if any(toks[m.start].idx < colon_at for m in orgs) or PAGE_LABEL.match(head) or (
            not title_cased and any(t.tag_ in {"VBZ", "VBD", "VBP"} for t in span_tokens(sent) if t.idx < colon_at)):
        return None  # "Independent Lives: ..." is a name; "He said: ..." is not
    tail = text.partition(":")[2].strip().rstrip(".")
    if orgs and tail == " ".join(tokens_text(doc, orgs[0].start, orgs[-1].end).split()):
        return None  # "Category: Organisation" -- the head is the category
    if head in {place_of(m.entity) for m in orgs} | {place_of(m.text) for m in orgs} or (
            len(words) <= 2 and any(re.search(rf"\b{re.escape(head)}\b", m.entity) for m in orgs)):
        return None  # "Harford: Harford Council and NHS Harford CCG", "Kent: NHS West Kent ...": their area
    from .organisations import fix_case

    return fix_case(head)


def _listed_awards(text: str) -> list[str]:
    """'shortlisted for seven awards, among them A; B; C' -> [A, B, C]."""
    if ";" not in text or OUTCOME_LABEL.match(text.lstrip(BULLETS + " ")) or not re.search(r"\b(?:awards?|categories|category|shortlisted|nominated|finalists?|"
                                                  r"(?:in the running|up|in contention) for)\b", text.split(";")[0], re.I):
        return []
    m = LIST_OF_AWARDS.search(text) or LIST_AFTER_FOR.search(text)
    body = m.group(1) if m else text
    items = [_clean_award(re.sub(r"^(?:and|or)\s+", "", x.strip(" ."))) for x in body.split(";")]
    return [x for x in items if x and len(x.split()) <= 10 and x[:1].isupper()]
