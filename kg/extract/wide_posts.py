"""Wide post candidates: any title near a person, with any organisation near the title.

The precise shapes in posts.py recognise the layouts they were written for; news also writes
"Name, title, Organisation" with a lower-case title, "Name (Title, Organisation)",
"Organisation's title Name", "Title Organisation" with no preposition, "Name from
Organisation" under a heading that gives the title, "has confirmed Name as its chair", and a
title whose organisation is only the one the article is about. Here every title phrase
within reach of a person is paired with every organisation within reach of the title (and
with the article's main organisation), and features describe the layout so the scorer can
decide.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..facts import Evidence, Post
from .candidates import CandidateSet, _text, dep_distance, org_kind_features, sentence_features
from .entities import Entities, Mention, before_party_word
from .organisations import group_span, is_column_gap
from . import lexicon
from .lexicon import Lexicon
from .posts import (FORMER_WORDS, RELATIVES, clean_title, has_title, normalise_title, pronoun_referent,
                    split_second_title, without_own_place)
from .tables import (board_of_role_column, captioned_body, in_table_cell, listing_partnership,
                     partnership_named_most_before, table_rows)
from .tokens import BULLET_MARKS, DASHES, doc_sents, doc_text, doc_tokens, span_text, span_tokens, tokens_text

TITLE_POS = {"NOUN", "PROPN", "ADJ"}
TITLE_STOP = lexicon.words("title_stop")
TITLE_CONNECT = {"of", "for"}
PERSON_WINDOW = 20  # tokens between a person and a title
ORG_WINDOW = 10  # tokens between a title and an organisation
EXTRA_LEADING = lexicon.words("extra_leading")
PRESS_TITLES = lexicon.words("press_titles")
LINKS_BEFORE_ORG = ("of", "at", "for", "from", "with", "to", "in")


def _is_title_token(tok, lex: Lexicon) -> bool:
    return lex.is_title_word(tok.text) or tok.lower_ in {"designate", "interim", "acting", "deputy", "joint"}


def _opens_title_phrase(tok, lex: Lexicon) -> bool:
    """'managing' before 'director': a word the tagger reads as a verb that opens a listed title
    phrase ('managing director', 'presiding officer')."""
    nxt = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
    return any(p.startswith(f"{tok.lower_} {nxt}") for p in lex.title_phrases)



def _is_hyphen(tok) -> bool:
    """The hyphen inside a word ('Non-executive'), not a dash with space around it."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_


def _ends_title_phrase(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'Partner Member', 'Lay Member': a listed title phrase whose last word is no title word
    on its own ends at token i."""
    toks = doc_tokens(doc)
    if toks[i].lower_ not in lex.title_phrase_ends:
        return False
    return lex.ends_in_title_phrase(" ".join(tokens_text(doc, max(0, i - 4), i + 1).split()))  # ("Non-Executive Member")


def _two_titles_at(doc: Doc, and_: int, end: int, lex: Lexicon) -> bool:
    """'Non-Executive Member and Vice Chair', 'Chair and Chief Executive': an 'and' between a
    title word and a title of its own is two titles ('Director of Finance and Performance' is
    one)."""
    toks = doc_tokens(doc)
    before = toks[and_ - 1]
    if not (lex.is_title_word(before.text) or _ends_title_phrase(doc, and_ - 1, lex)):
        return False
    k = and_ + 1
    while k < end and k - and_ <= 4 and (toks[k].pos_ in TITLE_POS or _is_hyphen(toks[k])):
        if lex.is_title_word(toks[k].text) or _ends_title_phrase(doc, k, lex):
            return True
        k += 1
    return False


def _drop_posts_at(cands: CandidateSet, sent: Span, org: str, people: list[str]) -> None:
    """Take out the candidate posts of `people` at `org` read off this sentence, but a post held
    there before ('... on behalf of the partners and was previously a district nurse with the trust')."""
    cands.discard_where("post", lambda c: c.key[0] in people and c.key[1] == org and not c.fact.former
                        and sent.start_char <= c.fact.evidence.start < sent.end_char)


def _ends_hyphened_title(toks, i: int, lex: Lexicon) -> bool:
    """'Co-ordinator' read as 'Co', '-', 'ordinator': the word's last piece ends a title word."""
    return i >= 2 and toks[i - 1].text == "-" and not toks[i - 2].whitespace_ and not toks[i - 1].whitespace_ \
        and lex.is_title_word(toks[i - 2].text + "-" + toks[i].text)


def title_spans(sent: Span, ents: Entities, lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of title words and their modifiers ('interim chief executive',
    'Director of Adult Social Care'), never across a named entity."""
    doc = sent.doc
    toks = doc_tokens(doc)
    spans: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        tok = toks[i]
        if not (lex.is_title_word(tok.text) or _ends_title_phrase(doc, i, lex) or _ends_hyphened_title(toks, i, lex)) \
                or ents.at(i) is not None:
            i += 1
            continue
        start = i
        while start - 1 >= sent.start and ents.at(start - 1) is None and toks[start - 1].lower_ not in TITLE_STOP \
                and (toks[start - 1].pos_ in TITLE_POS and toks[start - 1].text not in DASHES
                     or _is_hyphen(toks[start - 1]) or _is_title_token(toks[start - 1], lex)
                     or _opens_title_phrase(toks[start - 1], lex)) and i - start < 6:
            start -= 1
        end = i + 1
        fields = False  # the title lists fields with commas: an 'and' before a title word starts another
        while end < sent.end and end - start < 12:
            t = toks[end]
            if ents.at(end) is not None:
                break
            board = _own_board_after(doc, end, sent.end, ents) if t.lower_ == "of" else None
            if board:  # "chair of the Audit Committee", "chairman of the adult social care committee"
                end = board
                break
            if t.text == "," and _field_list_after(doc, start, end, sent.end, ents):
                end += 1  # "director of primary, community and mental health services"
                fields = True
                continue
            if fields and t.lower_ == "and" and end + 1 < sent.end and lex.is_title_word(toks[end + 1].text):
                break  # "... mental health services and director of workforce"
            if t.lower_ in {"and", "&"} and _two_titles_at(doc, end, sent.end, lex):
                break
            if t.lower_ in TITLE_CONNECT or t.lower_ in {"and", "&"}:
                nxt = end + 1
                if nxt < sent.end and ents.at(nxt) is None and (toks[nxt].pos_ in TITLE_POS | {"DET"} or (
                        toks[nxt].tag_ == "VBG" and t.lower_ in TITLE_CONNECT)) \
                        and toks[nxt].lower_ not in {"the", "a", "an"}:
                    end = nxt + 1
                    continue
                break
            if t.pos_ in TITLE_POS and t.text not in DASHES or _is_hyphen(t) or _is_title_token(t, lex):
                end += 1
                continue
            break
        while end > start + 1 and toks[end - 1].lower_ in TITLE_CONNECT | {"and", "&", "-"}:
            end -= 1
        spans.append((start, end))
        i = end
    return spans


def _field_list_after(doc: Doc, start: int, comma: int, limit: int, ents: Entities) -> bool:
    """Whether the comma at `comma` separates fields of one title ('director of primary,
    community and mental health services', 'Executive Director of Primary, Community and Mental
    Health Services'): the title so far has 'of' or 'for', and words of one case run from the
    comma to an 'and' that joins the last field, with no named body among them."""
    toks = doc_tokens(doc)
    if not any(toks[k].lower_ in TITLE_CONNECT for k in range(start, comma)):
        return False
    k = comma + 1
    case = str.islower if k < limit and toks[k].is_lower else str.istitle
    while k < limit and k - comma <= 4 and case(toks[k].text) and toks[k].is_alpha and toks[k].lower_ != "and" \
            and ents.at(k) is None:
        k += 1
    if not (k > comma + 1 and k + 1 < limit and toks[k].lower_ == "and"):
        return False
    last = toks[k + 1]
    return case(last.text) and last.pos_ in TITLE_POS and ents.at(k + 1) is None


BOARD_WORDS = {"committee", "sub-committee", "board", "panel", "forum"}


def _own_board_after(doc: Doc, of: int, limit: int, ents: Entities) -> int | None:
    """Where 'of the <words> committee' after a title ends, when no named body stands in it: a
    chair of a board's own committee holds that title at the board's body."""
    toks = doc_tokens(doc)
    if of + 2 >= limit or toks[of + 1].lower_ != "the":
        return None
    for k in range(of + 2, min(of + 9, limit)):
        tok = toks[k]
        if ents.at(k) is not None or not (tok.is_alpha or tok.text in {"&", "-"}):
            return None
        if tok.lower_ in BOARD_WORDS and not (k + 1 < limit and toks[k + 1].lower_ in {"of", "for"}):
            return k + 1
    return None


def _between_words(doc: Doc, a: int, b: int) -> list[str]:
    lo, hi = (a, b) if a <= b else (b, a)
    return [t.lower_ for t in doc[lo:hi]]


def post_features(doc: Doc, sent: Span, ents: Entities, lex: Lexicon, person: Mention | None,
                  title: tuple[int, int] | None, org: Mention | None) -> dict[str, float]:
    """Layout of one (person, title, organisation) triple."""
    toks = doc_tokens(doc)
    f = sentence_features(doc, sent, ents)
    if person is not None and title is not None:
        gap = title[0] - person.end if title[0] >= person.end else person.start - title[1]
        f["title_after_person"] = float(title[0] >= person.end)
        f["person_title_gap"] = min(max(gap, 0), 20) / 20
        f["person_title_adjacent"] = float(gap <= 1)
        f["person_title_dep"] = min(dep_distance(toks[person.end - 1], toks[title[1] - 1]), 10) / 10
        words = _between_words(doc, person.end if title[0] >= person.end else title[1],
                               title[0] if title[0] >= person.end else person.start)
        f["pt_comma"] = float("," in words)
        f["pt_paren"] = float("(" in words)
        f["pt_as"] = float("as" in words)
        f["pt_verb"] = float(any(toks[k].pos_ in {"VERB", "AUX"} for k in range(
            min(person.end, title[0]), max(person.start, title[1])) if k < len(toks)))
    if title is not None and org is not None:
        after = org.start >= title[1]
        gap = org.start - title[1] if after else title[0] - org.end
        f["org_after_title"] = float(after)
        f["title_org_gap"] = min(max(gap, 0), 20) / 20
        f["title_org_adjacent"] = float(gap <= 0)
        link = toks[org.start - 1].lower_ if after and org.start > 0 else ""
        for w in LINKS_BEFORE_ORG:
            f["org_link=" + w] = float(link == w or (link == "the" and org.start > 1 and toks[org.start - 2].lower_ == w))
        f["org_possessive"] = float(not after and org.end < len(toks) and toks[org.end].text in {"'s", "’s"})
        f["title_org_dep"] = min(dep_distance(toks[title[1] - 1], toks[org.end - 1]), 10) / 10
        f["other_person_between"] = float(any(
            m.kind == "PERSON" and m is not org for m in ents.within(min(title[0], org.start), max(title[1], org.end))))
        f["org_generic"] = float(org.generic)
    if person is not None and org is not None:
        f["person_org_gap"] = min(abs(org.start - person.end), 30) / 30
        f["org_before_person"] = float(org.end <= person.start)
        f["org_from"] = float(org.start > 0 and toks[org.start - 1].lower_ == "from" and org.start - person.end <= 2)
        f["org_paren"] = float(org.start > 0 and toks[org.start - 1].text == "(" and org.start - person.end <= 2)
    if title is not None:
        text = tokens_text(doc, title[0], title[1])
        f["title_len"] = min(title[1] - title[0], 10) / 10
        f["title_lower"] = float(text == text.lower())
        f["title_phrase_hit"] = float(any(p in text.lower() for p in lex.title_phrases))
        f["title_former"] = float(any(toks[k].lower_ in FORMER_WORDS for k in range(max(title[0] - 2, 0), title[1])))
    return f


def _bracket_of(sent: Span) -> dict[int, int]:
    """Token index -> index of the "(" it stands inside, for the tokens of a sentence in brackets."""
    out, open_at = {}, []
    for tok in span_tokens(sent):
        if tok.text == "(":
            open_at.append(tok.i)
        elif tok.text == ")" and open_at:
            open_at.pop()
        elif open_at:
            out[tok.i] = open_at[-1]
    return out


def _plural_title_over_names(doc: Doc, title: tuple[int, int], person: Mention, people: list[Mention]) -> bool:
    """Whether `person` is one of the names a plural title introduces: 'X's non-executive
    directors, A and B,' (A and B, each)."""
    toks = doc_tokens(doc)
    if not toks[title[1] - 1].text.endswith("s") or title[1] >= len(toks) or toks[title[1]].text != ",":
        return False
    after = sorted((m for m in people if m.start > title[1]), key=lambda m: m.start)[:2]
    if len(after) != 2 or person not in after:
        return False
    first, second = after
    lead = [t for t in toks[title[1] + 1:first.start] if t.text.strip()]
    between = [t.lower_ for t in toks[first.end:second.start]]
    return all(t.is_title and t.is_alpha for t in lead) and len(lead) <= 1 and \
        [w for w in between if w not in {"dr", "mr", "mrs", "ms", "cllr", "councillor", "professor", "prof"}] == ["and"]


def _nearest_person(people: list[Mention], title: tuple[int, int]) -> list[Mention]:
    near = [m for m in people if (0 <= title[0] - m.end <= PERSON_WINDOW) or (0 <= m.start - title[1] <= PERSON_WINDOW)]
    return sorted(near, key=lambda m: min(abs(title[0] - m.end), abs(m.start - title[1])))[:2]


def _orgs_near(orgs: list[Mention], title: tuple[int, int]) -> list[Mention]:
    return [m for m in orgs if (0 <= m.start - title[1] <= ORG_WINDOW) or (0 <= title[0] - m.end <= ORG_WINDOW)]


def _bracketed_alone(doc: Doc, title: tuple[int, int]) -> bool:
    """'(Chair)', '(Vice-Chair)': a title alone in brackets."""
    toks = doc_tokens(doc)
    return title[0] > 0 and toks[title[0] - 1].text == "(" and title[1] < len(toks) and toks[title[1]].text == ")"


def _orgs_far(orgs: list[Mention], title: tuple[int, int]) -> list[Mention]:
    """The sentence's organisations out of a title's reach, the nearest mention of each: a
    long clause may stand between a title and its body."""
    near = {m.entity for m in _orgs_near(orgs, title)}
    far = sorted((m for m in orgs if m.entity not in near),
                 key=lambda m: min(abs(m.start - title[1]), abs(title[0] - m.end)))
    return list({m.entity: m for m in reversed(far)}.values())


def implied_orgs(doc: Doc, ents: Entities, lex: Lexicon, sent: Span, title: tuple[int, int],
                 main: str | None) -> list[tuple[str, str]]:
    """Organisations a title with none beside it may belong to: the article's main one, the last
    two named before the sentence, one of the kind the title implies ('Health minister'), and
    the council of the place a title names ('Mayor of Sunderland')."""
    out = [(main, "wide:title_main_org")] if main else []
    prior = list(dict.fromkeys(m.entity for m in reversed(ents.mentions) if m.kind == "ORG" and m.end <= sent.start))
    out += [(name, "wide:title_previous_org") for name in prior[:2]]
    text = tokens_text(doc, title[0], title[1])
    kind = lex.kind_for_title(text)
    if kind:
        named = ents.org_by_kind(kind, before=title[0])
        if named:
            out.append((named, "wide:title_kind_org"))
    place = text.split(" of ", 1)[1] if " of " in text else None
    if place:
        out += [(name, "wide:title_place_org") for name, org in ents.orgs.items() if org.place == place]
    return list(dict.fromkeys(out))


def _possessive_org(doc: Doc, ents: Entities, title: tuple[int, int]) -> str | None:
    """"Care Homes UK's managing director": a capitalised name before 's is the title's organisation."""
    toks = doc_tokens(doc)
    k = title[0] - 1
    if k < 1 or toks[k].text not in {"'s", "’s"}:
        return None
    owner = ents.at(k - 1)
    if owner is not None and owner.kind == "ORG":
        return owner.entity  # "the ACO's director"
    start = k
    while start - 1 >= 0 and k - start < 5 and (toks[start - 1].text[:1].isupper() and toks[start - 1].is_alpha
                                                or _joining_hyphen(toks, start - 1)) \
            and ents.at(start - 1) is None and (not toks[start - 1].is_sent_start or toks[start - 1].ent_type_ == "ORG"
                                                or _joining_hyphen(toks, start)):  # "HC-One" opening a sentence
        start -= 1
    if start == k or tokens_text(doc, start, k).lower() in {"the", "it"} or toks[start].ent_type_ in {"PERSON", "GPE", "DATE"} \
            or before_party_word(doc, k):
        return None  # "Plaid Cymru's health spokesman": a party's
    return tokens_text(doc, start, k)


def _joining_hyphen(toks: list, k: int) -> bool:
    """The hyphen inside a name written without spaces ("HC-One", "Hft-Care")."""
    return toks[k].text == "-" and k > 0 and not toks[k - 1].whitespace_ and not toks[k].whitespace_ \
        and toks[k - 1].text[:1].isupper()


def _possessive_place(doc: Doc, ents: Entities, lex: Lexicon, title: tuple[int, int]) -> list[tuple[str, str]]:
    """"Neath Port Talbot's director of social services": a place's title is at the body of that
    place the article names (of the kind the title implies, when it implies one); a council's
    statutory title with no such body named is at the place's council, kept as the text writes it."""
    toks = doc_tokens(doc)
    k = title[0] - 1
    while k > 0 and toks[k].lower_ in EXTRA_LEADING | {"new", "former", "interim", "acting"}:
        k -= 1
    if k < 1 or toks[k].text not in {"'s", "’s"}:
        return []
    start = k
    while start - 1 >= 0 and k - start < 4 and toks[start - 1].is_title and toks[start - 1].is_alpha \
            and ents.at(start - 1) is None:
        start -= 1
    place = tokens_text(doc, start, k)
    if start == k or toks[start].ent_type_ in {"PERSON", "DATE"} or lex.is_honorific(toks[start].text):
        return []
    kind = lex.kind_for_title(tokens_text(doc, title[0], title[1]))
    here = [name for name, org in ents.orgs.items() if org.place == place]
    fitting = [name for name in here if kind is None or ents.orgs[name].kind == kind]
    if fitting:
        return [(name, "wide:place_possessive") for name in fitting]
    if kind == "LocalAuthority":  # none of the place's bodies named is its council
        return [(place, "wide:place_possessive_council")]
    return []


def _respectively(doc: Doc, sent: Span, ents: Entities, lex: Lexicon, cands: CandidateSet,
                  people: list[Mention], orgs: list[Mention]) -> bool:
    """'A and B are chief executive and chair of X respectively': the n-th person holds the n-th
    title, at X, or with no body named at the body the article is about ('have been appointed as
    director of primary, community and mental health services and director of workforce
    respectively'). Returns whether the sentence was read this way (then no other pairing is
    proposed)."""
    if "respectively" not in {t.lower_ for t in span_tokens(sent)} or len(people) < 2:
        return False
    start = people[-1].end
    after = [m for m in orgs if m.start >= start]
    main = ents.most_mentioned()
    if not after and not main:
        return False
    stop = after[0].start if after else next(t.i for t in span_tokens(sent) if t.lower_ == "respectively")
    parts: list[list] = []  # each title's tokens, separators inside a title kept
    current: list = []
    for t in doc[start:stop]:
        if t.lower_ in {"are", "is", "were", "was", "will", "be", "been", "have", "has", "the", "of", "at", "for",
                        "become", "as", "appointed", "named"} and not current:
            continue
        if t.lower_ in {"and", ","}:
            parts.append(current)
            current = [t]
        else:
            current.append(t)
    parts.append(current)
    titles: list[list] = []
    for part in parts:
        words = [t for t in part if t.lower_ not in {"and", ","}]
        if words and lex.is_title_word(words[0].text) or not titles:
            titles.append(words)  # a title word opens a new title
        else:
            titles[-1].extend(part)  # "..., community and mental health services": more of the same title
    titles = [p for p in titles if p and any(lex.is_title_word(t.text) for t in p)]
    persons = [p for p in people if p.start < start]
    if len(titles) != len(persons):
        return False
    for person, part in zip(persons, titles):
        span = (part[0].i, part[-1].i + 1)
        if not after:
            _add(doc, sent, ents, lex, cands, person, span, None, main, "wide:respectively")
        for org in dict.fromkeys(m.entity for m in after):
            _add(doc, sent, ents, lex, cands, person, span, next(m for m in after if m.entity == org), org,
                 "wide:respectively")
    return True


def _people_and_pronouns(sent: Span, ents: Entities, seen: list[str],
                         recent: list[str]) -> tuple[list[Mention], list[str]]:
    """Person mentions, and "he"/"she" as a mention of the person it points back to
    (`pronoun_referent`: the people named so far, `seen`, and by the last sentence naming
    people, `recent`); with the people the sentence names itself. `seen` grows with them."""
    out, named = [], []
    for tok in span_tokens(sent):
        m = ents.at(tok.i)
        if m is not None and m.kind == "PERSON":
            if m.start == tok.i:
                out.append(m)
                named.append(m.entity)
                seen.append(m.entity)
        elif tok.lower_ in {"he", "she"} and seen:
            referent = pronoun_referent(ents, tok.lower_, seen, named or recent)
            out.append(Mention(tok.i, tok.i + 1, tok.text, "PERSON", referent))
    return out, named


#: Kinds of statutory body: a title of another kind of body ('trustee') is not held at one.
STATUTORY_KINDS = {"NHSTrust", "LocalAuthority", "CCG", "ICB", "GovernmentBody"}


def wide_posts(doc: Doc, ents: Entities, lex: Lexicon, cands: CandidateSet) -> None:
    toks = doc_tokens(doc)
    main = ents.most_mentioned()
    _table_posts(doc, ents, lex, cands, ents.heading or main)
    _membership_list_posts(doc, ents, lex, cands)
    context_title: tuple[int, int] | None = None  # a title a list's heading gives ("non-executive directors")
    list_title: tuple[int, int] | None = None  # the post a heading gives the names listed under it ("Trustees")
    list_body: str | None = None  # the body that post is at
    list_rule = "rule:name_under_post_heading"  # the rule name of the names listed under it
    seen: list[str] = []  # the people named so far
    named_last: list[str] = []  # those the last sentence naming people named
    above: Mention | None = None  # the person a line of its own named, just before this line
    stacked = False  # whether a title line already stands between `above` and this line
    recent: list[Span] = []  # the sentences so far that are not blank
    for sent in doc_sents(doc):
        previous = recent[-2:]  # the two before this one
        if _text(sent).strip():
            recent.append(sent)
        still_above = None  # a name line over a stack of title lines ("Name" / "Title" / "Title, Body")
        if above is not None and not people_in(sent, ents):
            if _titles_under_a_name(doc, sent, ents, lex, cands, above, main) and not stacked:
                still_above = above
        heading_title = _post_heading(doc, sent)
        if heading_title is not None:
            list_title = heading_title
            intro = POST_INTRO.match(_text(sent)) is not None  # "Two new board members were confirmed:"
            # (an introduction, "We also welcome two new trustees:", says the post outright: its own rule name)
            list_rule = "rule:name_under_post_intro" if intro else "rule:name_under_post_heading"
            list_body = ents.named_most() if intro else ents.heading or main  # (an introduction: the story's body)
            kind = lex.kind_for_title(tokens_text(doc, *heading_title))
            if kind and list_body and ents.orgs[list_body].kind in STATUTORY_KINDS - {kind}:
                # "We also welcome two new trustees:" on a charity's page that names a trust most: the charity's
                list_body = next((b for b in (ents.heading, main) if b and ents.orgs[b].kind == kind), list_body)
        elif (_text(sent).strip().endswith(".") and len(sent) > 8) or (
                _text(sent).strip() and not ents.within(sent.start, sent.end, "PERSON")):
            list_title = None  # prose, or another heading, ends the list
        named = _person_opening_line(sent, ents, lex) if list_title is not None else None
        if named is not None and list_body:
            # "Board of Trustees" over "Janet Boothstown": a trustee of the body the page is about
            _add(doc, sent, ents, lex, cands, named, list_title, None, list_body, list_rule, confidence=0.6)
        named = _name_line(sent, ents, lex)
        if named is not None and above is None and len(previous) >= 1 and main:
            _title_line_over_a_name(doc, previous[-1], sent, ents, lex, cands, named, ents.heading or main)
        stacked = named is None and still_above is not None
        above = named or still_above
        people, names = _people_and_pronouns(sent, ents, seen, named_last)
        named_last = names or named_last
        orgs = ents.within(sent.start, sent.end, "ORG")
        titles = title_spans(sent, ents, lex)
        if _respectively(doc, sent, ents, lex, cands, people, orgs):
            continue
        bracket = _bracket_of(sent)
        titled = {bracket.get(t[0]) for t in titles} - {None}
        employer, behalf_of, employed_at = _employed_on_behalf(sent, ents)
        if behalf_of and employer:  # the employer holds no post of theirs: the precise rules' reading goes
            _drop_posts_at(cands, sent, employer, [m.entity for m in people if toks[m.start].idx < employed_at])
        for title in titles:
            for person in _nearest_person(people, title):
                # "Director of Finance (currently chief finance officer, X CCG)": X goes with the
                # bracket's own title, not with the one outside it
                targets = [m for m in _orgs_near(orgs, title) if bracket.get(m.start) not in titled
                           or bracket.get(m.start) == bracket.get(title[0])]
                # "Its co-ordinator, physiotherapist X, is employed ...": the trade right before her name,
                # after another title and a comma, describes her; the office is the title before it
                trade = title[1] == person.start and title[0] > 0 and toks[title[0] - 1].text == "," \
                    and any(t[1] == title[0] - 1 for t in titles)
                if behalf_of and toks[person.start].idx < employed_at and not trade \
                        and not (title[0] > 0 and toks[title[0] - 1].lower_ in {"a", "an"}):
                    # "The team leader, X, is employed by the council on behalf of the partners": the partnership's
                    _add(doc, sent, ents, lex, cands, person, title, None, behalf_of, "rule:on_behalf_of_partners",
                         confidence=0.7)
                    targets = [m for m in targets if m.entity != employer]
                for org in targets:
                    _add(doc, sent, ents, lex, cands, person, title, org, org.entity, "wide:title_near_org")
                for org in _orgs_far(orgs, title):  # "at X end in September, when Y takes over as ..."
                    _add(doc, sent, ents, lex, cands, person, title, org, org.entity, "wide:title_sentence_org")
                for name, rule in implied_orgs(doc, ents, lex, sent, title, main):
                    if not targets or rule in {"wide:title_kind_org", "wide:title_place_org"}:
                        _add(doc, sent, ents, lex, cands, person, title, None, name, rule)
                if not targets:
                    for name in _body_of_the_main_title(doc, sent, cands, title, previous):
                        _add(doc, sent, ents, lex, cands, person, title, None, name, "wide:deputy_of_previous")
                if targets and ents.heading and _bracketed_alone(doc, title):
                    # "Cllr Mary Lenn, Harford Council (Vice-Chair)" in a board's minutes: the chair is the board's
                    _add(doc, sent, ents, lex, cands, person, title, None, ents.heading, "wide:bracket_title_heading")
                possessor = _possessive_org(doc, ents, title)
                if possessor:
                    _add(doc, sent, ents, lex, cands, person, title, None, possessor, "wide:possessive_name")
                    if _plural_title_over_names(doc, title, person, people):
                        # "the new trust's non-executive directors, Jill Parkes and Dr Tariq Saleh,"
                        _add(doc, sent, ents, lex, cands, person, title, None, possessor, "rule:plural_title_names",
                             confidence=0.6)
                for name, rule in _possessive_place(doc, ents, lex, title):
                    _add(doc, sent, ents, lex, cands, person, title, None, name, rule)
        if titles and not people:
            context_title = titles[-1]
        for person in people:  # "Name from Organisation" / "Name (Organisation)" under a titled heading
            nxt = [m for m in orgs if 0 < m.start - person.end <= 2
                   and toks[m.start - 1].lower_ in {"from", "(", "of", "at", ","}]
            if nxt and context_title is not None and not any(
                    t[0] >= person.start - PERSON_WINDOW and t[1] <= nxt[0].end + ORG_WINDOW for t in titles):
                _add(doc, sent, ents, lex, cands, person, context_title, nxt[0], nxt[0].entity, "wide:context_title")
                if main and main != nxt[0].entity:  # a board's member list: the post is at the board's body
                    _add(doc, sent, ents, lex, cands, person, context_title, None, main, "wide:context_title_main")


#: The last words of a named service partners run together ("Harford Falls Service", "X Community Team").
JOINT_SERVICE_HEADS = {"Service", "Team", "Scheme", "Project", "Programme"}
#: "employed by NHS X on behalf of the (three) partners", "... on behalf of the members", "... on the
#: partnership's behalf": a partnership's staff, whose employer is one partner.
ON_BEHALF = re.compile(r"\bemployed\s+by\s+(?:the\s+)?(?P<employer>[^,;]+?)\s+on\s+(?:behalf\s+of\s+(?:the\s+|all\s+|both\s+|its\s+)?"
                       r"(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?(?:partners|partner\s+organisations|partnership|"
                       r"service|team|members|member\s+organisations|network|alliance)\b"
                       r"|(?:the|its)\s+(?:partnership|partners|network|alliance|members)['’]s?\s+behalf\b)", re.I)


def _employed_on_behalf(sent: Span, ents: Entities) -> tuple[str | None, str | None, int]:
    """The employer and the partnership of a sentence saying someone is 'employed by A on behalf of
    the partners', and where 'employed' stands (the person employed is named before it): the
    partnership is the one named last, up to this sentence (the dev README: the post is the
    partnership's, not the employer's)."""
    m = ON_BEHALF.search(_text(sent))
    if m is None:
        return None, None, 0
    start, end = sent.start_char + m.start("employer"), sent.start_char + m.end("employer")
    employer = next((o.entity for o in ents.within(sent.start, sent.end, "ORG")
                     if o.start < len(sent.doc) and start <= sent.doc[o.start].idx < end), None)
    named = [o for o in ents.mentions if o.kind == "ORG" and o.start < sent.end and o.entity != employer
             and (ents.orgs[o.entity].kind == "Partnership" or ents.orgs[o.entity].kind == "Other"
                  and o.entity.split()[-1] in JOINT_SERVICE_HEADS)]
    return employer, (max(named, key=lambda o: o.start).entity if named else None), sent.start_char + m.start()


#: A heading over a board's list of members: "Membership", "Board membership (as at 31 March 2022)",
#: "Membership of the Harford RPB at 1 July 2021:", "3. Members of the Board".
MEMBERSHIP_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the\s+)?(?:board|committee|partnership)\s+)?"
                                r"(?:membership|members)(?:\s+of\s+(?:the\s+)?(?P<body>.+?))?"
                                r"(?:\s+\(?(?:as\s+)?at\s+[^)]*\)?)?\s*:?\s*$"
                                # "WHO SITS ON THE SHADOW BOARD", "Who's on the board"
                                r"|^(?:who\s+(?:sits|is|'s|’s|are)|who\s+sit)\s+on\s+the\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:board|committee|partnership)\s*\??:?\s*$", re.I)


#: A sentence that ends its line by introducing a board's members: "... Its members are:".
MEMBERS_INTRO = re.compile(r"\b(?:its|their|the \w+'s|the \w+ board's) members (?:are|include)\s*:$", re.I)


def _membership_list_posts(doc: Doc, ents: Entities, lex: Lexicon, cands: CandidateSet) -> None:
    """The lines under a membership heading (or under a line ending 'Its members are:'), one person each ('- Cllr A (Chair), X Council',
    'B – Chief Executive, Y'): each person sits on the board the heading names (or the
    partnership named most before it), as the title in brackets after the name or else as a
    member."""
    text = doc_text(doc)
    toks = doc_tokens(doc)
    for heading in re.finditer(r"(?m)^[^\n]*$", text):
        line = heading.group().strip()
        if not ((len(line) <= 80 and MEMBERSHIP_HEADING.match(line)) or MEMBERS_INTRO.search(line)):
            continue
        span = doc.char_span(heading.start(), heading.end(), alignment_mode="expand")
        if span is None:
            continue
        named = [m for m in ents.within(span.start, span.end, "ORG") if ents.orgs[m.entity].kind == "Partnership"]
        board = named[0].entity if named else partnership_named_most_before(doc, ents, heading.start(), line)
        if board is None:
            continue
        at = heading.end()
        for line in re.finditer(r"(?m)^[^\n]*$", text[at:]):
            if not line.group().strip():
                continue  # blank lines between the heading and the items, or between items
            start = at + line.start() + (len(line.group()) - len(line.group().lstrip()))
            first = doc.char_span(start, at + line.end(), alignment_mode="expand")
            people = ents.within(first.start, first.end, "PERSON") if first is not None else []
            if not people or people[0].start - first.start > 3:
                break  # the list ends at the first line that opens with no person
            person = people[0]
            sent = toks[person.start].sent
            close = next((k for k in range(person.end + 2, min(person.end + 7, first.end))
                          if toks[k].text == ")"), None) if toks[person.end].text == "(" else None
            if close is not None:  # "Cllr A (Chair), X Council", "Dr B (Vice-Chair) – Y"
                if has_title(tokens_text(doc, person.end + 1, close), lex):
                    _add(doc, sent, ents, lex, cands, person, (person.end + 1, close), None, board,
                         "rule:membership_list", confidence=0.7)
                    continue
            seat = _seat_cell(doc, person.end, first.end)
            if seat is not None:  # "Dr B | Vice-Chair (from January 2020) | Y Health Board"
                _add(doc, sent, ents, lex, cands, person, seat, None, board, "rule:membership_list", confidence=0.7)
                continue
            _add(doc, sent, ents, lex, cands, person, (span.start, span.end), None, board,
                 "rule:membership_list", confidence=0.6, title_text="Member")


DEPUTY_WORDS = {"vice", "deputy", "co"}
CHAIR_WORDS = {"chair", "chairman", "chairwoman", "chairperson"}
#: The last words of a seat on a board, as a membership table's title cell gives it.
SEAT_HEADS = CHAIR_WORDS | {"vice-chair", "co-chair", "vice-chairman", "vice-chairwoman", "representative", "member"}


def _seat_cell(doc: Doc, at: int, end: int) -> tuple[int, int] | None:
    """The cell after a name in a membership table's row ('Name | Vice-Chair (from January
    2020) | Body', tab-separated alike) when it gives a seat on the board ('Vice-Chair',
    'Housing representative', 'Co-opted member'), up to any bracket; None for a job title
    ('Head of Housing'), which is a post at the body the row names."""
    toks = doc_tokens(doc)

    def gap(k: int) -> bool:
        return toks[k].text == "|" or toks[k].text == "," and is_column_gap(doc, k)

    if at >= end or not gap(at):
        return None
    stop = next((k for k in range(at + 1, end) if toks[k].text == "(" or gap(k)), end)
    words = [t for t in toks[at + 1:stop] if not t.is_space]
    if not words or len(words) > 5 or words[-1].lower_ not in SEAT_HEADS:
        return None
    return words[0].i, words[-1].i + 1


def _table_posts(doc: Doc, ents: Entities, lex: Lexicon, cands: CandidateSet, page_body: str | None) -> None:
    """A table's rows ('Name / Role on Board / Organisation'): the role column's title is the
    person's post at the body the page is about; a 'Title, Organisation' cell in the body
    column is a post at that organisation ('Director of Finance, Harford University Health
    Board'). A body alone there is where the member comes from, not a post."""
    toks = doc_tokens(doc)
    for row in table_rows(doc):
        name = row.cell(doc, "name")
        span = doc.char_span(*name, alignment_mode="expand") if name else None
        person = next(iter(ents.within(span.start, span.end, "PERSON")), None) if span is not None else None
        if person is None:
            continue
        if row.cell(doc, "role") is None and row.cell(doc, "board_role") is None:
            _people_of_a_name_cell(doc, ents, lex, cands, row, span)
        sent = toks[person.start].sent
        role = row.cell(doc, "role")
        board_role = row.cell(doc, "board_role")
        title = doc.char_span(*(board_role or role), alignment_mode="contract") if board_role or role else None
        body = row.cell(doc, "body")
        cell = doc.char_span(*body, alignment_mode="contract") if body else None
        orgs = ents.within(cell.start, cell.end, "ORG") if cell is not None else []
        partnership = listing_partnership(doc, ents, row)
        # "Membership of the X Joint Board", a column "Role on SPG"
        at_body = board_of_role_column(doc, ents, row) or captioned_body(doc, ents, row) or page_body
        in_role = ents.within(title.start, title.end, "ORG") if title is not None and not board_role else []
        if title is not None and partnership and orgs and not board_role:  # 'Position': the member's own post
            _titles_of_a_member(doc, sent, ents, lex, cands, person, title, orgs[0].entity, partnership,
                                nominated=_nominating_column(row))
        elif in_role and in_role[0].start > title.start and body is None:
            # "Manager, Norfolk Home from Hospital Alliance" in the role column: a post at the body it names
            _title_before_body(doc, sent, ents, lex, cands, person, title, in_role[0], separated=True)
        elif title is not None and 0 < _length_before_a_bracketed_qualifier(title) <= (12 if board_role else 5) and at_body \
                and (body is None or board_role):
            # the column says it is a role (at the page's body, unless the row names another); the
            # seat's constituency in brackets or after a dash is part of it: "Partner Member (Primary Medical Services)"
            seat = (re.match(r"^(.*?)\s*\(([A-Z][^()]*)\)\s*$", title.text)
                    or re.match(r"^(.*?)\s+[–—-]\s+([A-Z][^()]*?)\s*$", title.text)) if board_role else None
            words = title if seat is None else doc.char_span(title.start_char, title.start_char + len(seat.group(1)),
                                                               alignment_mode="contract")
            if words is not None and len(words):
                _add(doc, sent, ents, lex, cands, person, (words.start, words.end), None, at_body, "rule:table_role",
                     confidence=0.7 if has_title(title.text, lex) else 0.5, qualifier=seat.group(2) if seat else "")
        if orgs and orgs[0].start > cell.start:
            _title_before_body(doc, sent, ents, lex, cands, person, cell, orgs[0], separated=False)
        interest = row.cell(doc, "interest")  # a register of interests: "Trustee, Harford CVS"
        cell = doc.char_span(*interest, alignment_mode="contract") if interest else None
        orgs = ents.within(cell.start, cell.end, "ORG") if cell is not None else []
        if orgs and orgs[0].start > cell.start:
            _title_before_body(doc, sent, ents, lex, cands, person, cell, orgs[0], separated=True)


def _people_of_a_name_cell(doc: Doc, ents: Entities, lex: Lexicon, cands: CandidateSet, row, cell: Span) -> None:
    """'North Lanarkshire Council | Cllr A (Co-Chair); B, Head of Social Work' in a partnership's
    table of members with no role column: each person of the cell (semicolons part them); a seat in
    brackets after the name is held on the partnership, a title after a comma at the row's body."""
    body = row.cell(doc, "body")
    body_span = doc.char_span(*body, alignment_mode="contract") if body else None
    orgs = ents.within(body_span.start, body_span.end, "ORG") if body_span is not None else []
    partnership = listing_partnership(doc, ents, row)
    for piece in re.finditer(r"[^;]+", cell.text):
        words = doc.char_span(cell.start_char + piece.start(), cell.start_char + piece.end(), alignment_mode="contract")
        people = ents.within(words.start, words.end, "PERSON") if words is not None else []
        if not people or ents.within(people[0].end, words.end, "ORG"):
            continue  # ("B, General Manager, North Lanarkshire CHP": the sentence rules read it)
        person, rest = people[0], tokens_text(doc, people[0].end, words.end)
        rest_at = doc_tokens(doc)[person.end].idx if person.end < words.end else words.end_char
        seat = re.fullmatch(r"\s*\(([^()]+)\)\s*", rest)
        titled = re.fullmatch(r"\s*,\s*(\S.*?)\s*", rest)
        found = seat if seat and partnership and has_title(seat.group(1), lex) else \
            titled if titled and orgs and has_title(titled.group(1), lex) else None
        at = doc.char_span(rest_at + found.start(1), rest_at + found.end(1), alignment_mode="contract") if found else None
        if at is None:
            continue
        if found is seat:
            _add(doc, at.sent, ents, lex, cands, person, (at.start, at.end), None, partnership, "rule:table_role_at_body",
                 confidence=0.7, title_text=seat.group(1))
        else:
            _add(doc, at.sent, ents, lex, cands, person, (at.start, at.end), None, orgs[0].entity,
                 "rule:table_title_at_body", confidence=0.7)


def _length_before_a_bracketed_qualifier(title: Span) -> int:
    """A role cell's length in tokens, leaving out a closing '(interim)', '(acting)' or '(from May)'."""
    toks = [t for t in title if not t.is_space]
    if len(toks) >= 3 and toks[-1].text == ")":
        opened = max((k for k, t in enumerate(toks) if t.text == "("), default=None)
        if opened is not None and len(toks) - opened <= 4:
            return opened
    return len(toks)


#: A register's interest that is a relative's: "Spouse is ...", "Wife works for ...", "Son's employer".
RELATIVE_INTEREST = re.compile(r"^\s*(?:(?:his|her|their|my)\s+)?(?:"
                               + "|".join(sorted(RELATIVES | {"civil partner", "parent", "child"}, key=len, reverse=True))
                               + r")(?:\s+(?:is|works|was)\b|['’]s\b)"
                               r"|^\s*(?:spouse|wife|husband)\s*$", re.I)  # (a cell cut before "is ...")


def _title_before_body(doc: Doc, sent: Span, ents: Entities, lex: Lexicon, cands: CandidateSet, person: Mention,
                       cell: Span, org: Mention, separated: bool) -> None:
    """A cell 'Title, Body' ('Director of Finance, Harford University Health Board'): a post at
    the body. `separated`: only when a comma or dash parts them, as a register's interests
    hold sentences too ('Spouse is a councillor on X Council')."""
    before = doc[cell.start:org.start]
    if RELATIVE_INTEREST.match(before.text):
        return  # "Spouse is Director of Nursing, X": a relative's post, declared as an indirect interest
    parted = before[-1].text in {",", "-", "–", "("}
    end = before.end - 1 if parted else before.end
    title = tokens_text(doc, before.start, end)
    if (parted or not separated) and end > before.start and (has_title(title, lex) or (
            separated and title.lower() in {"member", "board member", "voting member"})):  # "Member, X Board"
        _add(doc, sent, ents, lex, cands, person, (before.start, end), org, org.entity,
             "rule:table_title_at_body", confidence=0.7)


#: "Chair of the Board" in a partnership's table of members: the title is held at the partnership.
OF_THE_PARTNERSHIP = re.compile(r"\s+of\s+the\s+(?:board|partnership|committee|alliance|forum|group)\b.*$", re.I)


#: A seat on a board that is a title only in a board's own table: "Member", "Board Member".
SEAT_WORDS = {"member", "board member", "partnership member", "co-opted member", "ordinary member"}
#: A body column that says the body put the person forward, not that it employs them.
NOMINATING = re.compile(r"^\s*(?:nominated\s+by|nominating\s+(?:body|organi[sz]ation))\s*$", re.I)


def _nominating_column(row) -> bool:
    return any(kind == "body" and NOMINATING.match(name) for kind, name in zip(row.kinds, row.names))


def _titles_of_a_member(doc, sent, ents, lex, cands: CandidateSet, person: Mention, title: Span, body: str,
                        partnership: str, nominated: bool = False) -> None:
    """The titles of a partnership's member ('Cabinet Member for Adult Care; Chair of the
    Board'): each at the body the member represents, or at the partnership when it says so.
    Under a 'Nominated by' column every title is a seat on the partnership ('Treasurer',
    'Member (from October 2011)'): the body only put the person forward."""
    for piece in re.finditer(r"[^;]+", title.text):
        words = doc.char_span(title.start_char + piece.start(), title.start_char + piece.end(),
                              alignment_mode="contract")
        if words is not None and nominated:
            seat = re.sub(r"\s*\([^()]*\)\s*$", "", words.text)  # "Member (from October 2011)"
            words = doc.char_span(words.start_char, words.start_char + len(seat), alignment_mode="contract")
            if words is not None and (has_title(seat, lex) or seat.lower() in SEAT_WORDS):
                _add(doc, sent, ents, lex, cands, person, (words.start, words.end), None, partnership,
                     "rule:table_role_at_body", confidence=0.7)
            continue
        if words is None or not has_title(words.text, lex):
            continue
        bare_chair = set(words.text.lower().replace("-", " ").split()) <= CHAIR_WORDS | DEPUTY_WORDS
        at_partnership = OF_THE_PARTNERSHIP.search(words.text)
        if bare_chair:  # "Chair; Cabinet Member for X": the chair of the board the table lists
            _add(doc, sent, ents, lex, cands, person, (words.start, words.end), None, partnership,
                 "rule:table_role_at_body", confidence=0.7)
            continue
        if at_partnership:
            words = doc.char_span(words.start_char, words.start_char + at_partnership.start(),
                                  alignment_mode="contract")
        if words is not None and len(words) <= 14:
            _add(doc, sent, ents, lex, cands, person, (words.start, words.end), None,
                 partnership if at_partnership else body, "rule:table_role_at_body", confidence=0.7)


def _body_of_the_main_title(doc: Doc, sent: Span, cands: CandidateSet, title: tuple[int, int],
                            previous: list[Span]) -> list[str]:
    """'It is chaired by X. The vice-chairman is Y.': a deputy's title with no body beside it is
    at the body whose main title (chair, chief executive) a rule found in the sentences just before."""
    words = tokens_text(doc, title[0], title[1]).lower().replace("-", " ").split()
    while words and words[0] in {"the", "new", "interim", "acting"}:
        words = words[1:]
    if len(words) < 2 or words[0] not in DEPUTY_WORDS or not previous:
        return []
    base = " ".join(words[1:])
    bases = CHAIR_WORDS if base in CHAIR_WORDS else {base}
    start = previous[0].start_char
    return list(dict.fromkeys(c.key[1] for c in cands.of_kind("post") if c.rule_confidence and c.key[1]
                              and c.key[2] in bases and start <= c.fact.evidence.start < sent.start_char))


def people_in(sent: Span, ents: Entities) -> bool:
    return bool(ents.within(sent.start, sent.end, "PERSON"))


#: A heading line that names the post of the people listed under it: "Board of Trustees",
#: "Our trustees", "Non-executive directors", "Lay members".
POST_HEADING = re.compile(r"^\s*(?:our\s+|the\s+|present\s*\(\s*)?(?:new\s+)?(?:board\s+of\s+)?((?:non-executive\s+|lay\s+|"
                          r"independent\s+|associate\s+|voting\s+)?(?:trustees|directors|governors|board members|"
                          r"members))\s*\)?\s*:?\s*$", re.I)  # "Present (voting members):" in minutes


#: A sentence that brings in a list of people with their post: "Two new board members were also
#: confirmed at the meeting:", "The charity also welcomes three new trustees, elected at the AGM:".
POST_INTRO = re.compile(r"^[^:]*?\b(?:new|newly (?:elected|appointed))\s+((?:non-executive\s+|lay\s+|independent\s+)?"
                        r"(?:trustees|directors|governors|board members|members))\b[^:]*:\s*$", re.I)


def _post_heading(doc: Doc, sent: Span) -> tuple[int, int] | None:
    """The token span of the post a heading line gives (POST_HEADING), or a sentence that
    brings in a list of new post-holders (POST_INTRO), if the sentence is one."""
    m = POST_HEADING.match(_text(sent)) or POST_INTRO.match(_text(sent))
    if not m or "\n" in _text(sent).strip():
        return None
    span = group_span(doc, sent, m)
    return (span.start, span.end) if span is not None else None


def _person_opening_line(sent: Span, ents: Entities, lex: Lexicon) -> Mention | None:
    """The one person a list line opens with ('Janet Booth', 'Graham Kersal (until 2012)',
    'Councillor Pauline Winch - Harford Council', 'Dr Eilidh Rae - Non-Executive Director, NHS X')."""
    doc = sent.doc
    people = ents.within(sent.start, sent.end, "PERSON")
    if len(people) != 1 or "\n" in _text(sent).strip():
        return None
    before = [t for t in doc[sent.start:people[0].start] if t.text.strip() and t.text not in BULLET_MARKS]
    return people[0] if all(lex.is_honorific(t.text.rstrip(".")) for t in before) else None


def _name_line(sent: Span, ents: Entities, lex: Lexicon) -> Mention | None:
    """The person a sentence that is only a name names ("Dr Colin Mackay" on a line of its
    own), else None. It runs for every sentence, so it reads from the ends inward and stops at
    the first word that is not a person's mention."""
    def word(t) -> bool:
        return bool(t.text.strip()) and not lex.is_honorific(t.text.rstrip("."))

    doc = sent.doc
    toks = doc_tokens(doc)
    first = next((i for i in range(sent.start, sent.end) if word(toks[i])), None)
    m = ents.at(first) if first is not None else None
    if m is None or m.kind != "PERSON" or m.start != first:
        return None
    last = next(i for i in range(sent.end - 1, first - 1, -1) if word(toks[i]))
    return m if last == m.end - 1 else None


def _title_line_over_a_name(doc: Doc, line: Span, sent: Span, ents: Entities, lex: Lexicon, cands: CandidateSet,
                            person: Mention, main: str) -> None:
    """A board page's line of a title over a line of the name ("Chief Finance Officer" /
    "Judith Hamworthy"): the title is the person's, at the body the page is about."""
    words = [t for t in line if t.text.strip()]
    titles = title_spans(line, ents, lex)
    if not words or len(words) > 8 or len(titles) != 1 or titles[0][0] > words[0].i + 1 \
            or any(t.pos_ in {"VERB", "AUX"} for t in words) or ents.within(line.start, line.end) \
            or words[-1].text in {".", ":"} or in_table_cell(doc, words[0].i):
        return  # (a table's role cell belongs to its own row, not to the next row's name)
    _add(doc, sent, ents, lex, cands, person, titles[0], None, main, "rule:title_line_over_name", confidence=0.6)


def _titles_under_a_name(doc: Doc, sent: Span, ents: Entities, lex: Lexicon, cands: CandidateSet,
                         person: Mention, main: str | None) -> bool:
    """A staff or board page's line of titles under a line of the name ("Colin Mackay" /
    "Non-Executive Director"): each title of the line is the person's, at a body the line
    names ("Chief Executive, Wye Valley NHS Trust"), else at the body the page is about. A
    dash's words after the line's one title say which seat it is ("Partner Member - Local
    Authorities"). Returns whether the line was such a line."""
    words = [t for t in span_tokens(sent) if t.text.strip()]
    titles = title_spans(sent, ents, lex)
    if not words or not titles or titles[0][0] > words[0].i + 1 or len(words) > 16:
        return False
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False  # prose about the person, not a title line
    if _plural_heading(doc, sent, titles, words, lex):
        return False  # "Executive Directors" under the last name of a list: the next list's heading
    orgs = ents.within(sent.start, sent.end, "ORG")
    seat = _seat_after_dash(doc, titles, words, orgs)
    for title in titles:
        near = _orgs_near(orgs, title)
        for org in near:
            _add(doc, sent, ents, lex, cands, person, title, org, org.entity, "wide:title_line_under_name")
        if not near and main:
            _add(doc, sent, ents, lex, cands, person, title, None, main, "wide:title_line_under_name_main",
                 qualifier=seat)
    return True


def _plural_heading(doc: Doc, sent: Span, titles: list[tuple[int, int]], words: list, lex: Lexicon) -> bool:
    """A line that is one title in the plural and nothing else ('Non-Executive Directors'): a
    heading over the names below it."""
    toks = doc_tokens(doc)
    if len(titles) != 1 or titles[0][0] > words[0].i or titles[0][1] <= words[-1].i:
        return False
    last = toks[titles[0][1] - 1].text
    return last.endswith("s") and lex.is_title_word(last) and not lex.is_title_word(last, plural=False)


def _seat_after_dash(doc: Doc, titles: list[tuple[int, int]], words: list, orgs: list[Mention]) -> str:
    """'Partner Member - NHS Trusts and Foundation Trusts': the capitalised words after a dash
    that ends a line's one title, when they name no body."""
    toks = doc_tokens(doc)
    if len(titles) != 1 or orgs or titles[0][1] >= len(toks) or toks[titles[0][1]].text not in DASHES:
        return ""
    rest = [t for t in words if t.i > titles[0][1]]
    if not rest or len(rest) > 6 or not rest[0].text[:1].isupper() or any(t.text in {",", ";", ":", "(", ")"} for t in rest):
        return ""
    return tokens_text(doc, rest[0].i, rest[-1].i + 1)


def _add(doc, sent, ents, lex, cands: CandidateSet, person: Mention, title: tuple[int, int], org: Mention | None,
         org_name: str, rule: str, confidence: float = 0.0, qualifier: str = "", title_text: str = "") -> None:
    toks = doc_tokens(doc)
    text, former = clean_title([t for t in toks[title[0]:title[1]] if t.lower_ not in EXTRA_LEADING], lex,
                               body_follows=org is not None and org.start >= title[1])
    if org is not None and org.end <= title[0] and title[1] < len(toks) and toks[title[1]].lower_ in {"of", "at"}:
        text = split_second_title(text, lex)[0]  # "X's cabinet member for Y and chair of Z": X's is the first
    if title_text:  # a seat the context gives ("Member", under a membership heading), not the words at `title`
        text, former = title_text, False
    if "|" in text:  # a title is one cell of a table's row; none where the row's interest is a relative's
        cells = text.split("|")
        if any(RELATIVE_INTEREST.match(cell) for cell in cells):
            return  # "| Chief Executive | Spouse [is Director of Nursing, X]"
        text = max(cells, key=lambda cell: has_title(cell, lex)).strip(" *")
    if not text or len(text.split()) > 10:
        return
    if qualifier:
        text = f"{text} - {qualifier}"
    if org is None and text.split()[-1].lower() in PRESS_TITLES and ents.orgs[org_name].kind != "Media":
        # a byline's "Health Correspondent" writes for the paper, not for the body it reports on
        org_name = next((n for n, o in ents.orgs.items() if o.kind == "Media"), None)
        if org_name is None:
            return
    former = former or any(toks[k].lower_ in FORMER_WORDS for k in range(max(title[0] - 2, 0), title[1]))
    role = without_own_place(normalise_title(lex.singular_title(text)), org_name, lex)
    post = Post(person.entity, org_name, text, role, Evidence(span_text(sent).strip(), sent.start_char, sent.end_char),
                former=former)
    feats = post_features(doc, sent, ents, lex, person, title, org)
    feats.update(org_kind_features(ents, org_name))
    feats["implied_org"] = float(org is None)
    cands.add("post", (person.entity, org_name, role.lower()), post, rule, feats, rule_confidence=confidence)
