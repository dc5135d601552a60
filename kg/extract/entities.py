"""Find the people and organisations an article mentions and link every mention to one entity.

Organisation names come from kg/extract/organisations.py, person names from people.py, names
in other forms (acronyms, coordinated names, plural heads) from acronyms.py. Mentions are then
grouped into entities: trailing abbreviations expanded (CCG -> Clinical Commissioning Group),
acronyms defined in brackets or matching initials, short forms that begin a longer name
("Pennine Care"), two councils of the same place, and definite descriptions ("the council",
"the trust") linked to the nearest organisation of that kind.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc, Span

from ..facts import Organisation, Person
from . import lexicon
from .acronyms import (INITIALS_SKIP, bracketed_acronym, distribute_plural_heads, names_before_acronyms, shared_prefix_abbreviations,
                       split_coordinated, COMPASS)
from .lexicon import Lexicon
from .organisations import (TITLE_FIELD_SET, BODY_TITLE_WORDS, COMPASS_WORDS, _is_acronym, unshout, is_column_gap, spelt_out_spans, counted_body_spans, shortlisted_subject_spans, _a_seat_on_a_board, GENERIC_ACRONYMS, _charity_prefix, lex_is_head, LOWER_HEAD_WORDS, MONTHS, NON_ORG_ENDERS, NOT_ORG, OWNER_HEADS, TRUST_SUFFIX, _has_head, _prefixed_name,
                            capitalised_runs, described_body_spans, listed_member_body_spans, described_partnership_spans, descriptor_spans, ends_in_title, title_owner_spans, where_they_work_spans,
                            expand_abbreviation, fix_case, in_a_portfolio, in_award_list, initials, is_generic_name, merge_spans,
                            org_spans_from_ner, org_spans_from_runs, place_of, signing_body_spans, team_of_a_body, without_service_before_at,
                            without_title_field)
from .tables import entry_bodies, in_table_cell, table_rows
from .tokens import (BULLET_MARKS, DASHES, whole_word_hits, doc_ents, doc_sents, doc_text, doc_tokens, line_bounds, span_text, span_tokens,
                     token_texts, tokens_text)
from .people import (OUTCOME_LABEL_COLON, OUTCOME_WORDS, SPONSOR_CUE, has_title_word, initials_bracket_after,
                     initials_of, is_council_honorific, names_by_recurring_surname, over_hyphens, person_spans, NAME_PARTICLES)

#: Nouns that refer back to an organisation of a kind: "the council", "the trust", ...
GENERIC_NOUNS = lexicon.mapping("generic_nouns")
FACILITY_HEADS = lexicon.words("facility_heads")
NEWEST_WORDS = {"new", "merged", "enlarged", "combined", "single", "shadow"}
#: Kinds of body there is one of a place ('the council' of Barnsley, 'the CCG' of Wexley).
PLACE_BASED_KINDS = {"LocalAuthority", "CCG", "ICB"}
LOCATIVES = {"at", "in", "from", "to", "near", "outside", "inside", "within", "beside", "opposite", "of",
             "runs", "run", "running", "operates", "manages"}  # "the trust, which runs X Hospital"


@dataclass
class Mention:
    start: int  # token index in the doc
    end: int
    text: str
    kind: str  # "ORG" or "PERSON"
    entity: str = ""  # canonical name, filled by linking
    generic: bool = False  # "the council"


#: A council's name that opens with its style and "of": "City and County of X", "London Borough of Y".
COUNCIL_OF_PLACE = re.compile(r"(?:the\s+)?(?:London Borough|Royal Borough|Metropolitan Borough|County Borough|Borough"
                              r"|City and County|City|County) of ", re.I)


@dataclass
class Entities:
    """Every linked mention of one article, with lookups by token."""
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    prose_start: int = 0  # the first token after the headline: a description there points back only
    heading: str | None = None  # the body the first line names alone ("HARFORD INTEGRATION JOINT BOARD")
    paragraphs: list[int] = field(default_factory=list)  # the first token of each paragraph
    career_starts: frozenset[int] = frozenset()  # tokens after 'at', 'from' or 'with' in a sentence about a career
    abolished: dict[str, int] = field(default_factory=dict)  # bodies the text says were abolished, and where
    _by_token: dict[int, Mention] = field(default_factory=dict)

    _starts: list[int] = field(default_factory=list)
    _indexed: int = -1  # len(mentions) when last indexed

    def index(self) -> None:
        self.mentions.sort(key=lambda m: m.start)
        self._by_token = {i: m for m in self.mentions for i in range(m.start, m.end)}
        self._starts = [m.start for m in self.mentions]
        self._indexed = len(self.mentions)

    def at(self, i: int) -> Mention | None:
        return self._by_token.get(i)

    def within(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        if self._indexed != len(self.mentions):  # still being built: scan
            return [m for m in self.mentions if m.start >= start and m.end <= end and (kind is None or m.kind == kind)]
        out = []
        for k in range(bisect_left(self._starts, start), len(self.mentions)):
            m = self.mentions[k]
            if m.start >= end:
                break
            if m.end <= end and (kind is None or m.kind == kind):
                out.append(m)
        return out

    def mention_count(self, name: str) -> int:
        counts = getattr(self, "_counts", None)
        if counts is None or self._indexed != len(self.mentions):
            counts = Counter(m.entity for m in self.mentions)
            object.__setattr__(self, "_counts", counts)
        return counts[name]

    def add_org(self, name: str, alias: str | None = None, kind: str = "Other") -> str:
        """An organisation implied rather than named ('STP lead for X' -> X's STP)."""
        org = self.orgs.setdefault(name, Organisation(name, kind=kind, place=place_of(name)))
        if alias:
            org.aliases.add(alias)
        return name

    def most_mentioned(self) -> str | None:
        """The body the article is about: the one a heading line names alone (minutes, board
        pages, a body's own releases), else the one named most often."""
        if self.heading is not None:
            return self.heading
        return self.named_most()

    def named_most(self, skip_kind: str | None = None) -> str | None:
        """The body the text names most often (the first of equals), leaving out bodies of
        `skip_kind` ('Media': a site's masthead over a story about another body)."""
        named = Counter(m.entity for m in self.mentions
                        if m.kind == "ORG" and (skip_kind is None or self.orgs[m.entity].kind != skip_kind))
        return named.most_common(1)[0][0] if named else None

    def org_by_head(self, head: str, before: int, word: str | None = None, kind: str | None = None) -> str | None:
        """'the board' after 'Strathmoor Integration Joint Board': an organisation named before
        `before` whose name ends in the same words ('health board' for 'the health board'),
        whatever its kind; but 'the council' is a local authority when one is named, not a
        voluntary organisations' council named since ('the board' may be any board)."""
        named = [m for m in self.mentions if m.kind == "ORG" and not m.generic
                 and ((" " + m.entity.lower()).endswith(" " + head) or m.entity.lower().startswith(head + " of ")
                      or (head == "board" and m.text.lower().endswith(" board"))  # a board its body's name stands for
                      or (head == "council" and COUNCIL_OF_PLACE.match(m.entity)
                          and self.orgs[m.entity].kind == "LocalAuthority"))  # "City and County of Swansea"
                 and _has_word(m.entity, word)]  # ("the borough council": "Borough Council of X")
        typed = [m for m in named if self.orgs[m.entity].kind == kind]
        named = typed if typed and kind == "LocalAuthority" else named
        prior = [m for m in named if m.start < before]
        current = [m for m in prior if not self.abolished.get(m.entity, before) < before]
        prior = current or prior  # "X City Council was abolished that day ... the city council's committee": the other
        if not prior:
            return None
        # the description said of one of them since ('The partnership was set up by A, ..., the X
        # Partnership': "the partnership" after it is still the one the paragraph is about)
        said_again = {m.entity for m in named}
        boards_named = {m.entity for m in prior if head == "board" and m.text.lower().endswith(" board")
                        and m.start >= self.paragraph_start(before, back=1)}
        if len(boards_named) == 1:  # "She will report to the West Harford Place Board. It brings together
            return boards_named.pop()  # the ICB, ... The board is chaired by X": the board named, not the ICB
        echoes = [m for m in self.mentions if m.kind == "ORG" and m.generic and m.start < before
                  and m.entity in said_again]
        prior = sorted(prior + echoes, key=lambda m: m.start)
        return self._most_mentioned_of(prior, before, [m for m in named if m.start > before])

    def _most_mentioned_of(self, prior: list[Mention], before: int, later: list[Mention] = ()) -> str:
        """Of the bodies a description could mean, the one mentioned most before it (the body the
        article is about before one named in passing: "Before that she was at X"), the first of
        equals; only those of this paragraph and the one before when there are any (a round-up
        of appointments takes one body per paragraph). When every one before it is a body of
        someone's career in another paragraph, the first that `later` names outside a career."""
        start = self.paragraph_start(before, back=1)
        recent = [m for m in prior if m.start >= start and not self._in_a_career(m)] if start > 0 else []
        settled = [m for m in prior if not self._in_a_career(m)]
        named_later = [m for m in later if not self._in_a_career(m)]
        if not recent and not settled and named_later \
                and self.paragraph_start(prior[-1].start) != self.paragraph_start(before):
            return named_later[0].entity  # only bodies of someone's career before it: the one named next
        prior = recent or settled or prior
        counts = Counter(m.entity for m in self.mentions if m.kind == "ORG" and m.start < before)
        return max(prior, key=lambda m: counts[m.entity]).entity

    def _in_a_career(self, m: Mention) -> bool:
        """'She is currently director at X', 'Before that he spent eight years at X': a body
        named as where someone works or worked before is not what the story is about."""
        return m.start in self.career_starts

    def paragraph_start(self, at: int, back: int = 0) -> int:
        """The first token of the paragraph of token `at` (with `back`, of the paragraph that
        many before it); 0 when there is none."""
        k = bisect_left(self.paragraphs, at + 1) - 1 - back
        return self.paragraphs[k] if k >= 0 else 0

    def of_place_in_paragraph(self, doc: Doc, kind: str, before: int) -> str | None:
        """'In Barnsley the work will be led by X, the council's director ...': the one body of
        `kind` whose place the paragraph names before token `before` (a round-up takes a place
        a paragraph), when exactly one does."""
        if kind not in PLACE_BASED_KINDS:
            return None
        text = tokens_text(doc, self.paragraph_start(before), before)
        hits = {o.name for o in self.orgs.values() if o.kind == kind and o.place and len(o.place) > 2
                and re.search(rf"\b{re.escape(o.place)}\b", text)}
        return hits.pop() if len(hits) == 1 else None

    def newest_of(self, kind: str | None, before: int, doc: Doc) -> str | None:
        """The body of `kind` whose first mention comes last before `before` ('creating X ...
        the new trust'); not one the text introduces as replaced ('X took over from A, B and C')
        or in passing ('whose practices belong to Y', 'he was director at Y'), if others are."""
        first: dict[str, Mention] = {}
        for m in self.mentions:
            if m.kind == "ORG" and not m.generic and m.start < before and self.orgs[m.entity].kind == kind:
                first.setdefault(m.entity, m)
        settled = {e: m for e, m in first.items() if not _introduced_as_old_or_in_passing(doc, self, m)}
        first = settled or first
        return max(first, key=lambda e: first[e].start) if first else None

    def org_by_kind(self, kind: str, before: int | None = None, word: str | None = None) -> str | None:
        """The organisation of `kind` mentioned last before token `before` (else the most
        mentioned); with `word`, only one whose name has that word ('the community trust')."""
        named = [m for m in self.mentions if m.kind == "ORG" and not m.generic
                 and self.orgs[m.entity].kind == kind and _has_word(m.entity, word)]
        if before is not None:
            prior = [m for m in named if m.start < before]
            if prior:
                return self._most_mentioned_of(prior, before)
            if before >= self.prose_start:
                return None  # a description points back, except in a headline ("Council agrees ...")
        if named:
            return Counter(m.entity for m in named).most_common(1)[0][0]
        return None


#: What comes before the bodies a new one replaces: "took over from A, B and C", "replacing A".
REPLACED_CUE = re.compile(r"\b(?:t(?:ook|akes?|aking) over from|replac(?:es|ed|ing)|succeed(?:s|ed|ing)|abolish(?:es|ed|ing)|"
                          r"in place of)\s*$", re.I)


def _introduced_as_old_or_in_passing(doc: Doc, ents: Entities, m: Mention) -> bool:
    """Whether mention `m` names a body the new one replaces ('took over from A, B and C': the
    run of bodies before it is walked back to the cue), or one named in passing: in a relative
    clause or as where someone worked."""
    if ents._in_a_career(m):  # "Before coming here he was chief operating officer at Y"
        return True
    toks = doc_tokens(doc)
    k = m.start
    while k > 0 and (toks[k - 1].text in {",", "and", "&"} or ents.at(k - 1) is not None and ents.at(k - 1).kind == "ORG"):
        k -= 1
    sent = toks[m.start].sent
    if REPLACED_CUE.search(tokens_text(doc, max(sent.start, k - 6), k)):
        return True
    comma = next((j for j in range(m.start - 1, sent.start - 1, -1) if toks[j].text == ","), None)
    if comma is not None and comma + 1 < m.start and toks[comma + 1].lower_ in {"whose", "which", "who", "where"}:
        return True  # ", whose GP practices belong to Y,": the parser need not see the clause
    return any(a.dep_ == "relcl" for a in [toks[m.end - 1], *toks[m.end - 1].ancestors])


def _has_word(name: str, word: str | None) -> bool:
    """Whether a name has `word` (or its plural): 'the hospital trust' of '... Hospitals NHS Trust'."""
    words = name.lower().split()
    return word is None or word in words or word + "s" in words


# --- linking --------------------------------------------------------------------------------------
def generic_mentions(doc: Doc, taken: set[int], lex: Lexicon, names: Iterable[str] = ()) -> list[Mention]:
    """'the council', 'the CCG', "the group's": definite descriptions of an organisation; and
    'the community health partnership', the end of a name the text gives ('Harford Community
    Health Partnership') in lower case."""
    out, toks = [], doc_tokens(doc)
    endings = {" ".join(n.lower().split()[-k:]) for n in names for k in (2, 3, 4) if len(n.split()) > k}
    for tok in toks:
        if tok.lower_ not in {"the", "our", "this"} or tok.i in taken:
            continue
        for n in (5, 4, 3, 2, 1):  # "the health and social care partnership", "the health and wellbeing board"
            words = toks[tok.i + 1:tok.i + 1 + n]
            if len(words) < n or any(t.i in taken for t in words):
                continue
            phrase = " ".join(t.lower_ for t in words)
            modified = n == 2 and words[0].is_alpha and words[0].is_lower and words[0].pos_ in {"NOUN", "ADJ"} \
                and words[1].lower_ in GENERIC_NOUNS and phrase not in GENERIC_NOUNS
            if modified:  # "the community trust": the trust whose name says "Community"
                phrase = words[1].lower_
            named_end = n >= 3 and phrase.replace(" '", "'").replace(" ’", "’") in endings \
                and words[-1].lower_ in GENERIC_NOUNS and all(t.is_alpha and t.is_lower or t.text in {"'", "’"}
                                                              for t in words)  # ("the carers' support centre")
            if named_end:  # "the community health partnership's general manager"
                phrase = words[-1].lower_
            if phrase in GENERIC_NOUNS:
                nxt = toks[tok.i + 1 + n] if tok.i + 1 + n < len(toks) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and not nxt.is_sent_start \
                        and not lex.is_honorific(nxt.text):
                    break  # "the Council Leader ..." / "the Trust Board" - not a reference
                if phrase == "board" and nxt is not None and nxt.lower_ == "of" and tok.i + 2 + n < len(toks) \
                        and toks[tok.i + 2 + n].lower_ in {"trustees", "directors", "governors"}:
                    break  # "the board of trustees (of X)": a body's governing board, not the board named last
                out.append(Mention(tok.i, tok.i + 1 + n, tokens_text(doc, tok.i, tok.i + 1 + n), "ORG", generic=True))
                break
    return out


#: Phrases after which a sentence lists organisations: "The alliance brings together A, B and C".
LIST_CUE = re.compile(r"\b(?:brings? together|bringing together|made up of|compris(?:es|ing)|consists? of|"
                      r"(?:members|partners) (?:are|include)|(?:partnership|alliance|partners?) including|"
                      r"(?:partnership|alliance|board|collaborative) (?:also )?includes)\s+", re.I)
#: A line of a bulleted list: its text after the bullet.
BULLET_LINE = re.compile(r"^[ \t]*[-•*·▪–][ \t]+(.+)$", re.M)
LIST_ITEM = re.compile(r"^(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|for|and|&|the|on))*)"
                       r"(?:\s+\([A-Z]{2,8}\))?$")  # "West Wales Action for Mental Health (WWAMH)"


#: A list item's closing bracket that describes it in lower case: "AVOW (volunteer befrienders; joined 2015)".
DESCRIBING_BRACKET = re.compile(r"\s*\((?=[^()]*\b[a-z]{3,})[^()]*\)\s*$")


def listed_member_spans(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Names listed after a membership cue are organisations even without a head word: 'brings
    together Ellerby Carers Centre, Age UK Ellerby and Ellerby Mind' (charities and companies
    often have none). Only names of two or more words that no other span covers."""
    covered = {i for s, e in spans for i in range(s, e)}
    text = doc_text(doc)
    bodies = []
    for cue in LIST_CUE.finditer(text):  # the line after the cue, wherever the parser cut sentences
        bodies.append((cue.end(), re.split(r"[:;\n]|\.(?:\s|$)|\s[–—-]\s", text[cue.end():])[0]))
    bodies += _bulleted_body_lines(doc, covered)
    listed, groups = _bracketed_body_lists(doc, spans, lex)
    out = groups
    for offset, body in bodies + listed:
        employer = _employer_of_person_line(body, lex)
        if employer is not None:  # "Delyth Owen, Chief Officer, Mantell Gwynedd (third sector)": the last field
            span = doc.char_span(offset + employer[0], offset + employer[1], alignment_mode="contract")
            if span is not None and len(span) >= 2 and not covered & set(range(span.start, span.end)):
                out.append((span.start, span.end))
            continue
        bodies_only = _mostly_bodies(doc, offset, body)
        body = DESCRIBING_BRACKET.sub(lambda b: " " * len(b.group(0)), body)  # "AVOW (volunteer befrienders; ...)"
        for item in re.finditer(r"[^,]+", body):
            for part in _and_parts(item.group(0)):
                m = LIST_ITEM.match(part.strip())
                acronym = m is not None and re.fullmatch(r"[A-Z]{3,8}", m.group(1)) is not None \
                    and m.group(1) not in GENERIC_ACRONYMS | {"NHS"}
                if not m or (len(m.group(1).split()) < 2 and not acronym) or m.group(1).split()[-1].lower() in NON_ORG_ENDERS \
                        or _is_a_title(m.group(1), lex):
                    continue  # "... and it publishes the Joint Health and Wellbeing Strategy": no body
                start = offset + item.start() + item.group(0).index(part) + part.index(m.group(1))
                span = doc.char_span(start, start + len(m.group(1)), alignment_mode="contract")
                if span is not None and (len(span) >= 2 or acronym) and not covered & set(range(span.start, span.end)) \
                        and (bodies_only or acronym or not span[0].ent_type_ == span[1].ent_type_ == "PERSON"  # "- Jane Smeaton, X Council"
                             or WELSH_BODY_WORDS & {t.lower_ for t in span}):  # ("Coleg Cambria": a college)
                    out.append((span.start, span.end))
    return out


def _and_parts(item: str) -> list[str]:
    """A list item cut at 'and' before a capital, unless the part before it is one word before a
    name of two words or more, or ends in a point of the compass: 'Highlands and Islands
    Enterprise', 'Citizens Advice Mid and East Antrim' are one name each ('Age NI and Mind' are
    two, and so are the places 'Tillydrone and Woodside')."""
    parts = re.split(r"\s+and\s+(?=[A-Z])", item)
    out = [parts[0]]
    for part in parts[1:]:
        words = out[-1].split()
        if len(words) == 1 and len(part.split()) >= 2 or (words and words[-1] in COMPASS):
            out[-1] = f"{out[-1]} and {part}"
        else:
            out.append(part)
    return out


def table_body_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A table's 'Organisation' cell ('Cartrefi Cymru Co-operative', 'C3SC'), or an awards table's
    entry cell with no dash ('Team or service': 'Penvale Enhanced Care'): a body, whatever its
    name looks like, when no other span covers it."""
    covered = {i for s, e in spans for i in range(s, e)}
    out = []
    text = doc_text(doc)
    for row in table_rows(doc):
        cell = row.cell(doc, "body")
        entry = row.cell(doc, "entry") if "result" in row.kinds else None
        if cell is None and entry is not None and entry_bodies(text, entry) == entry:
            cell = entry  # (a cell with a dash names its bodies after it: they are found as names)
        span = doc.char_span(*cell, alignment_mode="contract") if cell else None
        if span is None or not span.text[:1].isupper() or len(span) > 10 or covered & set(range(span.start, span.end)) \
                or "," in span.text or any(t.is_punct and t.text not in {"&", "-", "(", ")"} for t in span) \
                or lexicon.load().is_title_word(span[-1].text):  # "Carer Representative": a seat, not a body
            continue
        out.append((span.start, span.end))
    return out


#: The nations a body's name may end in with no head word: "Alzheimer Scotland", "Audit Wales".
NATIONS = {"Scotland", "Wales", "Cymru", "England", "UK"}
#: Words that make "X Cymru" an event or a fund, not a body: "Third Sector Awards Cymru".
EVENT_WORDS = {"Award", "Awards", "Prize", "Prizes", "Conference", "Week", "Day", "Fund", "Festival"}
#: First words that make "X Wales" a place ("North Wales", "Mid Wales", "New South Wales").
PLACE_OPENERS = {"North", "South", "East", "West", "Mid", "New", "Greater", "Central", "Northern", "Southern",
                 "Eastern", "Western", "Rural", "Urban", "All", "Across", "In", "Of", "For", "And", "The"}


def national_body_spans(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Alzheimer Scotland will run a clinic', 'An Audit Wales report': one to three words in capitals
    before a nation's name, with no head word, is a national body (a charity, a regulator), not a
    place, when no other span covers it and its first word is no compass point or title."""
    toks = doc_tokens(doc)
    covered = {i for s, e in spans for i in range(s, e)}
    ending_at = {e: s for s, e in spans}
    out = []
    for tok in toks:
        if tok.text not in NATIONS or tok.i in covered or (tok.i + 1 < len(toks) and toks[tok.i + 1].is_title
                                                             and toks[tok.i + 1].is_alpha):
            continue
        before = ending_at.get(tok.i)
        if before is not None and tok.i - before <= 4 and "\n" not in tokens_text(doc, before, tok.i + 1) \
                and not _has_head(tokens_text(doc, before, tok.i), lex) and toks[before].text not in PLACE_OPENERS \
                and not any(t.ent_type_ in {"GPE", "LOC"} or t.text in EVENT_WORDS for t in toks[before:tok.i]):
            out.append((before, tok.i + 1))  # "Chest Heart & Stroke Scotland": the name the tagger cut short
            continue
        start = tok.i
        while start - 1 >= 0 and tok.i - start < 3 and toks[start - 1].is_alpha and toks[start - 1].is_title \
                and "\n" not in toks[start - 1].whitespace_ and toks[start - 1].i not in covered:
            start -= 1
        if start >= 2 and start < tok.i and toks[start - 1].text == "&" and toks[start - 2].is_title \
                and toks[start - 2].is_alpha and toks[start - 2].i not in covered \
                and "\n" not in toks[start - 2].whitespace_ + toks[start - 1].whitespace_:
            start -= 2  # "Care & Repair Cymru": an ampersand inside the name
        while start < tok.i and toks[start].pos_ in {"DET", "ADP", "CCONJ", "SCONJ"}:
            start += 1  # "An Audit Wales report", "Under Care UK's plans"
        words = doc[start:tok.i]
        if not len(words) or (start > 0 and toks[start - 1].pos_ not in {"DET", "ADP", "CCONJ", "SCONJ"} and toks[start - 1].is_title and toks[start - 1].is_alpha
                              and "\n" not in toks[start - 1].whitespace_) \
                or words[0].text in PLACE_OPENERS or any(t.text in EVENT_WORDS for t in words) \
                or any(lex.is_title_word(t.text) or lex.is_honorific(t.text)
                                                         or t.ent_type_ in {"GPE", "LOC"} for t in words) \
                or (start > 0 and lex.is_honorific(toks[start - 1].text.rstrip("."))):
            continue
        out.append((start, tok.i + 1))
    return out


#: A trade union's officers and branches: "X's Hull City branch", "X's regional organiser",
#: "branch secretary of X". The word that owns them is the union.
UNION_OFFICE = r"(?:branch(?:\s+secretary)?|regional\s+(?:secretary|organiser|officer|convener)|convener|shop\s+steward)"
UNION_OWNER = re.compile(r"\b([A-Z][A-Za-z]{2,})(?:'s|’s)\s+(?:(?:[A-Z][\w-]*|north|south|east|west|of|and)\s+){0,5}?"
                         + UNION_OFFICE + r"\b|\b" + UNION_OFFICE + r"\s+(?:of|for)\s+([A-Z][A-Za-z]{2,})\b(?!\s+[A-Z])")


def union_spans(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """A word that owns a branch or a regional organiser ('Unison's Hull branch secretary',
    'branch secretary of Unite') is a trade union, a body though its name has no head word;
    so is that word wherever else the text writes it ('Unison said ...')."""
    text = doc_text(doc)
    names = {m.group(1) or m.group(2) for m in UNION_OWNER.finditer(text)}
    names = {n for n in names if not lex.is_title_word(n) and not lex.is_honorific(n) and not lex.is_head_word(n)
             and n.lower() not in {"the", "its", "our", "their"}}  # (not "the Council's regional officer")
    covered = {i for s, e in spans for i in range(s, e)}
    out = []
    for name in names:
        for hit in re.finditer(rf"\b{re.escape(name)}\b", text):
            span = doc.char_span(hit.start(), hit.end())
            if span is not None and span.start not in covered:
                out.append((span.start, span.end))
    return out


#: "WINNER:", "Highly commended:", "Finalists:", "WINNER (joint):" opening a line of an awards list.
LINE_OPENING = r"^[ \t]*(?:[-•*·▪–][ \t]+)?"  # a line's start, past a bullet
ENTRY_LABEL = re.compile(LINE_OPENING + OUTCOME_LABEL_COLON, re.I | re.M)
#: "- Best Carer Support: winner, X": a category, its outcome word, then the entry.
CATEGORY_OUTCOME_LABEL = re.compile(LINE_OPENING + rf"[A-Z][^:\n]{{2,100}}:[ \t]*(?i:{OUTCOME_WORDS})[ \t]*[,:–—-][ \t]*",
                                    re.M)
#: "WINNER", "HIGHLY COMMENDED", "Finalists" alone on a line: the entries are the lines below it.
BARE_ENTRY_LABEL = re.compile(rf"^[ \t]*(?:joint[ \t]+)?(?:{OUTCOME_WORDS})(?:[ \t]*\((?:joint|shared)\))?[ \t]*$",
                              re.I | re.M)
#: "Sponsored by X" on a line of its own or after a category: the sponsor is a body.
SPONSOR_LINE = re.compile(r"(?:^|[-–—,(][ \t]*)(?:" + SPONSOR_CUE + r")[ \t]+([^\n]+?)[ \t)]*$", re.I | re.M)
#: What joins the entrants of one entry: "A, B and C", "A with B", "A in partnership with B".
ENTRANT_JOIN = re.compile(r",\s+|\s+(?:and|&|with|in partnership with|working with)\s+")
#: One entrant's name: capitalised words, with a bracketed branch or acronym ("Bluebird Care (Bath & West)").
ENTRANT = re.compile(r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z0-9][\w'’.-]*|of|for|and|&|the|on|in))*"
                     r"(?:\s+\([A-Z][^()\n]{0,40}\))?")


#: A line that labels the entries below it: "WINNER", "Highly commended:", "Sponsored by X".
LABEL_LINE = re.compile(rf"^[ \t]*(?:(?:{OUTCOME_WORDS})[ \t]*:?[ \t]*$|(?:{SPONSOR_CUE})\b)", re.I)


#: "WINNER: Research Impact Category": an outcome over the category whose entries follow.
OUTCOME_OVER_CATEGORY = re.compile(r"(?P<outcome>(?i:winners?|joint winners?|highly commended|finalists?|shortlisted))"
                                   r"\s*:\s*(?P<category>[A-Z][^:;,\n\d]{2,80}?)\s+(?i:category)")


def _on_an_outcome_over_category_line(doc: Doc, s: int) -> bool:
    """A name on a line 'WINNER: Service Improvement Category' ending in 'Category': the category's."""
    start, end = line_bounds(doc, s)
    line = doc_text(doc)[start:end].strip()
    return OUTCOME_OVER_CATEGORY.fullmatch(line) is not None


def category_heading_lines(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) characters of the lines right above a label line: an awards page's category
    headings ('Child and Adolescent Services' over 'WINNER'), which name a category, not a body."""
    text = doc_text(doc)
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start():m.end()].strip()]
    after = {b: c for b, c in zip(lines[1:], lines[2:])}
    return [a for a, b in zip(lines, lines[1:])
            if LABEL_LINE.match(text[b[0]:b[1]]) and not LABEL_LINE.match(text[a[0]:a[1]])
            and not _label_closes_its_block(text, b, after.get(b))]


def _label_closes_its_block(text: str, label: tuple[int, int], nxt: tuple[int, int] | None) -> bool:
    """'Cardiff Home Safe Partnership' / 'HIGHLY COMMENDED' / a blank line and the write-up: a bare
    outcome label with a blank line (or the page's end) after it and at most five lines below a
    blank line closes an entry's block, so the line above it is the entry, not a category (a
    category's label is followed right away by its entries)."""
    if not BARE_ENTRY_LABEL.match(text[label[0]:label[1]]):
        return False
    blank_after = nxt is None or text.count("\n", label[1], nxt[0]) >= 2
    opened = text.rfind("\n\n", 0, label[0])
    return blank_after and text.count("\n", max(opened, 0), label[0]) <= 5


def _is_whole_line_in(doc: Doc, s: int, e: int, lines: list[tuple[int, int]]) -> bool:
    """Whether tokens s..e are the whole of one of `lines` (its text, bar spaces and bullets)."""
    if not lines:
        return False
    toks = doc_tokens(doc)
    start, end = toks[s].idx, toks[e - 1].idx + len(toks[e - 1])
    text = doc_text(doc)
    return any(a <= start and end <= b and not text[a:start].strip(" \t•-*") and not text[end:b].strip(" \t.")
               for a, b in lines)


#: A line that opens a list of results: "The 2018 categories and winners are:", "Highly commended:".
RESULTS_INTRO = re.compile(r"^[^\n:]*\b(?:winners?|finalists?|shortlist(?:ed)?|highly[ \t]+commended|commended|"
                           r"runners?[- ]up)\b[^\n:]*:[ \t]*$", re.I | re.M)
#: "- Silo Buster: Harford Recovery Partnership (A, B)": a category, a colon, its entry, on a bulleted line.
CATEGORY_ENTRY_LINE = re.compile(rf"^[ \t]*[-•*·▪–][ \t]+(?!(?i:{OUTCOME_WORDS})[ \t]*:)"  # ("- Winner: X - project": an outcome's label)
                                 r"(?P<category>[A-Z][^:\n]{2,80}?):[ \t]+(?P<entry>\S[^\n]*)$")


def category_entry_lines(text: str) -> list[tuple[int, str, str]]:
    """(offset, entry, category) of each bulleted 'Category: entry' line of the lists that a results
    intro opens ('The winners in each category are:' then '- Carer Support: X - project'); the list
    runs over blank lines until a line of another shape."""
    out = []
    for intro in RESULTS_INTRO.finditer(text):
        at = intro.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            hit = CATEGORY_ENTRY_LINE.match(line)
            if hit is None and line.strip():
                break
            if hit is not None:
                out.append((at + hit.start("entry"), hit.group("entry"), hit.group("category")))
            at = end + 1
    return out


#: "A, B, C and D (Western Bay Health and Social Care Programme)": bodies of a joint entry, then the
#: name they entered under, in brackets.
JOINT_ENTRY_NAMED = re.compile(r"^(?P<list>[^()]+?(?:,|\sand\s|\s&\s)[^()]+?)\s*\((?P<name>[A-Z][\w'’-]*(?:\s+[\w'’&-]+){1,9})\)\s*$")


#: A dash with a space either side: what parts an entry's entrants from its project ("A and B – project"),
#: never a hyphen inside a name.
SPACED_DASH = re.compile(r"\s[–—-]\s")
#: What parts an awards entry's entrants from its project: a spaced dash or a colon ("A and B - project").
PROJECT_AFTER = re.compile(SPACED_DASH.pattern + r"|:")


def award_entry_spans(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """The entrants an awards list names after an outcome label ('WINNER: X', 'Finalists: A; B;
    C', or the lines under 'Shortlisted:') and the sponsors it names: organisations though many
    (charities, care companies) have no head word. An entry names its entrants before the dash
    of its project; a person, a place after a comma and a description end no list of bodies."""
    covered = {i for s, e in spans for i in range(s, e)}
    text = doc_text(doc)
    entries = []
    labels = sorted(list(ENTRY_LABEL.finditer(text)) + list(BARE_ENTRY_LABEL.finditer(text))
                    + list(CATEGORY_OUTCOME_LABEL.finditer(text)), key=lambda m: m.start())
    for label in labels:
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[label.end():line_end].strip():
            if not text[label.end():line_end].rstrip().lower().endswith(" category"):  # "WINNER: X Category"
                entries.append((label.end(), text[label.end():line_end]))
            continue
        at = line_end + 1  # "Shortlisted:" alone: the lines below, up to a blank line
        block = []
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            line = text[at:end]
            if not line.strip() or ENTRY_LABEL.match(line) or BARE_ENTRY_LABEL.match(line) or line.rstrip().endswith("."):
                break
            block.append((at, line))
            at = end + 1
        if label.re is BARE_ENTRY_LABEL and block and not PROJECT_AFTER.search(block[0][1]):
            block = block[::2]  # "WINNER" / "X Trust" / "Active Recovery: ...": each entrant's project on the line below
        entries += block
    category_lines = category_entry_lines(text)
    categorised = {offset: category for offset, _, category in category_lines}
    entries = [(o, e) for o, e in entries  # a category's line is read from its entry, after the colon
               if not ((hit := CATEGORY_ENTRY_LINE.match(e)) and o + hit.start("entry") in categorised)]
    entries += [(offset, entry) for offset, entry, _ in category_lines]
    out: list[tuple[int, int]] = []
    if not entries:
        return out
    places = {place_of(tokens_text(doc, s, e)) for s, e in _spans_of(covered)} | _places_ending_entries(doc, entries, lex)
    for offset, entry in sorted(set(entries)):
        category = categorised.get(offset)
        people_compete = _category_above(text, offset, lex) if category is None else any(
            lex.is_title_word(w.capitalize()) for w in category.split())
        dashed = bool(SPACED_DASH.search(entry))
        if dashed and people_compete:
            out += _employer_after_dash(doc, offset, entry, lex)
        whole = entry
        entry = PROJECT_AFTER.split(entry)[0]  # the project after the dash is no entrant
        entry = re.sub(r"\s*\([A-Z]{2,8}\)\s*$", lambda m: " " * len(m.group(0)), entry)  # "X (NECS)": its short form
        joint = JOINT_ENTRY_NAMED.match(entry)
        if joint and ENTRANT.fullmatch(joint.group("name")) and not _has_head(joint.group("name"), lex):
            # "A, B and C (X Programme)": the entry's joint name; not "Team, Place (X Trust)", a team's employer
            span = doc.char_span(offset + joint.start("name"), offset + joint.end("name"), alignment_mode="contract")
            out += [(span.start, span.end)] if span is not None else []
            entry = entry[:joint.start("name") - 1]
        for item in re.finditer(r"[^;]+", entry):
            out += _entrants_of(doc, offset + item.start(), item.group(0), covered, places, lex, people_compete,
                                dashed)
        if dashed and ";" in whole:  # "Finalists: A - project; B - project": each entry's entrants before its dash
            for item in list(re.finditer(r"[^;]+", whole))[1:]:
                lead = len(item.group(0)) - len(item.group(0).lstrip())
                named = PROJECT_AFTER.split(item.group(0).strip())[0]
                span = doc.char_span(offset + item.start() + lead, offset + item.start() + lead + len(named),
                                     alignment_mode="expand")
                if span is None or covered & set(range(span.start, span.end)):
                    continue  # (a name found already stays as found)
                if ENTRANT.fullmatch(named) and not re.search(r",|\band\b|\bwith\b", named):
                    out.append((span.start, span.end))  # one name, '&' and all: "Bield Housing & Care"
                    continue
                out += _entrants_of(doc, offset + item.start() + lead, named, covered, places, lex, people_compete,
                                    dashed)
    return out


def _employer_after_dash(doc: Doc, offset: int, entry: str, lex: Lexicon) -> list[tuple[int, int]]:
    """'Winner: Tendai Moss – Bluebird Care Wakefield' in a category people compete in: after a
    person's name (and title), the dash gives their employer, a body though it has no head word
    (up to a comma or bracket: 'Anchor Hanover, Kingsmead Court')."""
    parts = SPACED_DASH.split(entry, maxsplit=1)
    if len(parts) < 2:
        return []
    before, after = parts
    name = doc.char_span(offset, offset + len(before.split(",")[0]), alignment_mode="contract")
    titled = "," in before and any(lex.is_title_word(w) for w in before.split(",", 1)[1].split())
    if name is None or not (titled or any(t.ent_type_ == "PERSON" for t in name)):
        return []  # "Name, Registered Manager – X": a title after the name says it is a person's
    employer = re.split(r"\s*[,(]", after)[0].strip()
    if not ENTRANT.fullmatch(employer):
        return []
    at = offset + len(entry) - len(after) + after.index(employer)
    span = doc.char_span(at, at + len(employer), alignment_mode="contract")
    return [(span.start, span.end)] if span is not None else []


def sponsor_spans(doc: Doc) -> list[tuple[int, int]]:
    """The sponsor a line of an awards list names, whole ('Sponsored by the Mental Welfare
    Commission for Scotland', 'Sponsored by the Joint Improvement Team'): a body, heads or none."""
    out = []
    for m in SPONSOR_LINE.finditer(doc_text(doc)):
        raw = m.group(1)
        stripped = raw.strip()
        name = re.sub(r"^the\s+", "", stripped, flags=re.I)
        if ENTRANT.fullmatch(name) and len(name.split()) >= 2:
            start = m.start(1) + raw.index(stripped) + len(stripped) - len(name)
            span = doc.char_span(start, start + len(name), alignment_mode="contract")
            if span is not None:
                out.append((span.start, span.end))
    return out


def _category_above(text: str, offset: int, lex: Lexicon) -> bool:
    """Whether the category heading above an entry is one people compete in ('Care Worker of
    the Year', 'Chief Executive of the Year'): its words hold a title. Walks back a line at a
    time from the entry, at most 20 lines."""
    end = text.rfind("\n", 0, offset)
    for _ in range(20):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line, end = text[start:end].strip(), start - 1
        if not line or ENTRY_LABEL.match(line) or SPONSOR_LINE.match(line) or ":" in line or "(" in line[:1]:
            continue
        return any(lex.is_title_word(w.strip("()").capitalize()) for w in line.split())
    return False


def _places_ending_entries(doc: Doc, entries: list[tuple[int, str]], lex: Lexicon) -> set[str]:
    """'Winner: Cothrom, South Uist' / 'Finalists: A, Edinburgh; B, Glasgow': on a list whose
    entries end in a comma and a place, two of them places the tagger knows, every such ending of
    one to three capitalised words with no head is where its entrant is."""
    known = {ent.text for ent in doc_ents(doc) if ent.label_ in {"GPE", "LOC"}}
    endings = []
    for _, entry in entries:
        for item in re.split(r";\s*(?:and\s+)?", PROJECT_AFTER.split(entry)[0]):
            if item.count(",") == 1:  # (not "A, Manager, X": a person's employer)
                last = item.rsplit(",", 1)[1].strip().rstrip(".")
                if 1 <= len(last.split()) <= 3 and all(w[:1].isupper() for w in last.split()) and not _has_head(last, lex):
                    endings.append(last)
    return set(endings) if sum(e in known for e in endings) >= 2 else set()


def _entrants_of(doc: Doc, offset: int, item: str, covered: set[int], places: set[str | None], lex: Lexicon,
                 people_compete: bool, dashed: bool) -> list[tuple[int, int]]:
    """The names of one entry, left to right, until a part that names no body ('Hft, Sefton
    supported living service': 'Hft'). A person is passed over with the title after their name
    ('Jo Bell, Senior Carer, Harford Homes'); the tagger's "person" alone on an entry of a
    category people do not compete in is a body ('Sue Ryder'). A place after a comma is passed
    over; without a dash, a first name before a comma and a body found already is the project
    ('Integrated Discharge Team, Harford Council')."""
    parts = _places_joined_to_their_name(doc, _entry_parts(doc, offset, item), covered, places)
    out: list[tuple[int, int]] = []
    k = 0
    after_title = False  # whether the part before was a person's title: this one is their employer
    while k < len(parts):
        span, text, comma_before = parts[k]
        nxt = parts[k + 1][0] if k + 1 < len(parts) else None
        titled = nxt is not None and parts[k + 1][2] and has_title_word(parts[k + 1][1], lex)
        if titled or lex.is_honorific(span[0].text.rstrip(".")) or (
                span[0].ent_type_ == "PERSON" and not (after_title and "(" not in text) and not _has_head(text, lex)
                and not text.endswith(("'s", "’s"))  # "Barnardo's and X Council": a charity's name
                and (people_compete or len(parts) > 1 or "(" in text)
                and not (len(parts) == 2 and not people_compete and parts[1][2] and parts[1][1] in places)):
            # (but "Common Wheel, Glasgow": a name and where it is, in a category for bodies)
            out += _employer_in_brackets(doc, span, text, covered)
            if titled:  # "Gemma Tohill, Staff Nurse (Praxis Care)": the employer after the title
                out += _employer_in_brackets(doc, parts[k + 1][0], parts[k + 1][1], covered)
            k += 2 if titled else 1  # a person, and their title
            while titled and k < len(parts) and not parts[k][2] and parts[k][1][:1].islower():
                k += 1  # "head of learning and development": the title's own "and"
            after_title = titled
            continue
        after_title = False
        k += 1
        if (len(span) == 1 and span[0].ent_type_ in {"GPE", "LOC"}) or (comma_before and span.text in places):
            continue  # "Hillcrest Futures, Dundee": where the entrant is
        if not ENTRANT.fullmatch(text.replace(", ", " ")) or has_title_word(text, lex):
            break  # a description or a title: no more names in this entry
        crossing = not {span.start, span.start + 1} & covered and (
            {span.end - 1, span.end} <= covered or span.end - 1 in covered and len(span) > 2)
        if covered & set(range(span.start, span.end)) and not crossing:
            continue  # named already; but "Mind in X and X City Council" is no one name over the join
        if k == 1 and not dashed and nxt is not None and parts[1][2] and any(
                covered & set(range(p.start, p.end)) for p, _, _ in parts[1:]):
            continue  # "Integrated Discharge Team, Harford Council": a project before its body
        out.append((span.start, span.end))
    return out


def _places_joined_to_their_name(doc: Doc, parts: list[tuple[Span, str, bool]], covered: set[int],
                                 places: set[str | None]) -> list[tuple[Span, str, bool]]:
    """'Tees, Esk and Wear Valleys NHS Foundation Trust', 'Lancashire and South Cumbria X': places
    parted from the name they open by the entry's own joins are one part with it, when two or more
    places are listed or the place is one other names of the text hold."""
    place_words = {w for p in places if p for w in p.split()}
    out: list[tuple[Span, str, bool]] = []
    k = 0
    while k < len(parts):
        run = k
        while run < len(parts) and _a_place_word(parts[run][0]):
            run += 1
        if k < run < len(parts) and not parts[run][0].text.isupper() \
                and (run - k >= 2 or all(t.text in place_words for p in parts[k:run] for t in p[0])) \
                and (parts[run][0].start in covered or _has_head(parts[run][1], lexicon.load())) \
                and doc[parts[k][0].start:parts[run][0].start].text.split()[-1:] in (["and"], ["&"]) \
                and all(doc[parts[j][0].end:parts[j + 1][0].start].text.strip() in {",", "and", "&"} for j in range(k, run)):
            span = doc[parts[k][0].start:parts[run][0].end]
            out.append((span, span.text, parts[k][2]))
            k = run + 1
            continue
        out.append(parts[k])
        k += 1
    return out


def _a_place_word(span: Span) -> bool:
    """One capitalised word, or a compass word and one ('South Cumbria'), that could be a place."""
    words = [t.text for t in span]
    if len(words) == 2 and words[0] in {"North", "South", "East", "West", "Mid", "Central"}:
        words = words[1:]
    return len(words) == 1 and words[0].isalpha() and words[0][:1].isupper() and not words[0].isupper()


def _entry_parts(doc: Doc, offset: int, item: str) -> list[tuple[Span, str, bool]]:
    """The parts of one entry between its joins, each with whether a comma came before it;
    brackets stay whole ('Anchor (Woolston Grange, Warrington)')."""
    masked = re.sub(r"\([^()]*\)", lambda m: "(" + "_" * (len(m.group()) - 2) + ")", item)
    parts, at, comma = [], 0, False
    for join in list(ENTRANT_JOIN.finditer(masked)) + [None]:
        if join is not None and join.group().strip() == "&" and len(item[at:join.start()].split()) == 1:
            continue  # "Care & Repair Cymru": one word before '&' is the start of one name
        if join is not None and join.group().strip() == "and" and _head_words_either_side(item[at:join.start()],
                                                                                           item[join.end():]):
            continue  # "Health and Social Care Moray": one name, its head's words either side of 'and'
        end = join.start() if join else len(item)
        text = item[at:end].strip()
        if text:
            lead = at + len(item[at:end]) - len(item[at:end].lstrip())
            span = doc.char_span(offset + lead, offset + lead + len(text), alignment_mode="contract")
            if span is None or not len(span):
                break
            parts.append((span, text, comma))
        at, comma = (join.end(), join.group().startswith(",")) if join else (len(item), False)
    return parts


def _head_words_either_side(before: str, after: str) -> bool:
    """One word before 'and' and the word after it both words of a body's head ('Health and Social
    Care Moray'), not a body's name and another's ('Health and Harford Council')."""
    words, nxt = before.split(), after.split()[:1]
    return len(words) == 1 and bool(nxt) and words[0].lower() in LOWER_HEAD_WORDS and nxt[0].lower() in LOWER_HEAD_WORDS


def _employer_in_brackets(doc: Doc, span: Span, text: str, covered: set[int]) -> list[tuple[int, int]]:
    """'Jo Bell (Harford Homes)': the body in brackets after a person is their employer."""
    bracket = re.search(r"\(([^()]+)\)", text)
    if not bracket or not ENTRANT.fullmatch(bracket.group(1).strip()):
        return []
    start = span.start_char + bracket.start(1)
    inner = doc.char_span(start, start + len(bracket.group(1)), alignment_mode="contract")
    if inner is None or not len(inner) or covered & set(range(inner.start, inner.end)):
        return []
    return [(inner.start, inner.end)]


def _spans_of(tokens: set[int]) -> list[tuple[int, int]]:
    """Runs of consecutive token indices as (start, end) spans."""
    out: list[tuple[int, int]] = []
    for i in sorted(tokens):
        if out and out[-1][1] == i:
            out[-1] = (out[-1][0], i + 1)
        else:
            out.append((i, i + 1))
    return out


def _bulleted_body_lines(doc: Doc, covered: set[int]) -> list[tuple[int, str]]:
    """The lines of a bulleted list of bodies (offset, text): a list of two lines or more after a
    line ending in a colon, one of whose lines names a body already found ('In Harford these are:'
    / '- the Wyvern Health and Social Care Trust' / '- Invest Harford')."""
    text = doc_text(doc)
    lines = list(BULLET_LINE.finditer(text))
    out, block = [], []
    for m in lines + [None]:
        if m is not None and block and text[block[-1].end():m.start()].strip() == "":
            block.append(m)
            continue
        found = [_covers(doc, b.start(1), b.end(1), covered) for b in block]
        if len(block) >= 2 and text[:block[0].start()].rstrip().endswith(":") and any(found):
            # a line that names a body already found adds nothing: its other words are a person's
            # name or a description ("- Jane Smeaton, Harford Council")
            out += [(b.start(1), b.group(1)) for b, f in zip(block, found)
                    if not f or _mostly_bodies(doc, b.start(1), b.group(1))]
        block = [m] if m is not None else []
    return out


def _department_in_a_title_field(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'- Jo Kerr, Director of Health and Environmental Services, Harford City Council': on a
    person's list line, a name with no body's head word after a title and 'of', with the body
    the person works for in a field after it, is the title's department, not a body."""
    toks = doc_tokens(doc)
    if s < 2 or toks[s - 1].lower_ not in {"of", "for"} or not (
            lex.is_title_word(toks[s - 2].text) or lex.ends_in_title_phrase(tokens_text(doc, max(s - 5, 0), s - 1))):
        return False
    start, end = line_bounds(doc, s)
    line = doc_text(doc)[start:end]
    fields = [f.strip() for f in line.split(",")]
    name = tokens_text(doc, s, e)
    return (len(fields) >= 3 and lex.kind_of(name) == "Other" and not _is_a_title(fields[0].lstrip("-•*· "), lex)
            and fields[-1] != name and not fields[-1].endswith(name) and _is_a_title(fields[1], lex)
            and _has_head(re.sub(r"\s*\([^()]*\)\s*$", "", fields[-1]), lex))


def _through_in_a_place(doc: Doc, s: int, e: int) -> int:
    """'Association of Voluntary Organisations [in Wrexham] (AVOW)': 'in' and a place go on with the
    name when the acronym in brackets after them spells the place's initial too."""
    toks = doc_tokens(doc)
    if e + 2 >= len(toks) or toks[e].lower_ != "in":
        return e
    end = e + 1
    while end < len(toks) and toks[end].is_title and toks[end].is_alpha and end - e <= 3:
        end += 1
    acronym = bracketed_acronym(doc, end) if end > e + 1 else None
    if acronym and acronym.replace("&", "") == initials(tokens_text(doc, s, end)):
        return end
    return e


def _through_a_compass_region(doc: Doc, s: int, e: int) -> int:
    """'Health Innovation North East [and North Cumbria]', 'X Network North West [and West
    Midlands]': a name ending in a point of the compass goes on over 'and' and a second region that
    opens with one, to the end of its capitalised run: one region, not two names."""
    toks = doc_tokens(doc)
    if not (e - s >= 2 and e + 2 < len(toks) and toks[e - 1].text in COMPASS_WORDS | {"Midlands"}
            and toks[e].lower_ == "and" and toks[e + 1].text in COMPASS_WORDS and toks[e + 2].is_title):
        return e
    end = e + 2
    while end < len(toks) and toks[end].is_title and toks[end].is_alpha and end - e < 5:
        end += 1
    return end


def _service_named_in_a_title(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'A, Head of Adults' Services at X County Council', 'Head of Integrated Care Services for the
    X Health Board': a service named after a title's 'of' or 'for', with no place in it and the
    body the post is held at after it, is what the title covers, not a body."""
    toks = doc_tokens(doc)
    if s < 2 or e >= len(toks) or toks[s - 1].lower_ not in {"of", "for"} \
            or toks[e - 1].lower_ not in {"services", "service"} or lex.kind_of(tokens_text(doc, s, e)) != "Other" \
            or any(t.ent_type_ in {"GPE", "LOC"} for t in toks[s:e]):
        return False
    if not (lex.is_title_word(toks[s - 2].text) or lex.ends_in_title_phrase(tokens_text(doc, max(s - 5, 0), s - 1))):
        return False
    after = toks[e + 2] if e + 2 < len(toks) and toks[e + 1].lower_ == "the" else toks[min(e + 1, len(toks) - 1)]
    if toks[e].lower_ in {"at", "for", "within", "with"} and after.is_title and after.i > e:
        return True
    # "X Hospice, where she was Director of Patient Services.": the body is named before
    return toks[e].text in {".", ",", ";", ")"} and toks[s - 2].lower_ not in BODY_TITLE_WORDS \
        and bool(re.search(r"\bwhere (?:she|he|they) (?:was|is|had been|has been|worked as)\b[^.;]*$",
                           doc_text(doc)[max(0, toks[s].idx - 120):toks[s].idx]))


def _qualifier_of_a_title(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'Joint Commissioning Manager (Mental Health)', 'Clinical Lead (Older People)', 'Consultant in
    Palliative Medicine': a bracket of words, or words after 'in', with no head, no acronym and no
    place, straight after a title word, say what the title covers."""
    toks = doc_tokens(doc)
    if s < 2 or not lex.is_title_word(toks[s - 2].text):
        return False
    bracketed = e < len(toks) and toks[s - 1].text == "(" and toks[e].text == ")"
    return (bracketed or toks[s - 1].lower_ == "in") and lex.kind_of(tokens_text(doc, s, e)) == "Other" \
        and not any(t.is_upper or lex.is_head_word(t.text) or t.ent_type_ in {"GPE", "LOC"} for t in toks[s:e])


def _end_of_a_department_list(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'Director of Nursing, Midwifery and Patient Care', 'Director of Primary, Community and
    Mental Health Services', 'Director of Nursing and Allied Health Professions', 'Director of Adult
    Services and Prison Healthcare': after a title's 'of' and its first field, a comma or 'and', then
    names (joined by 'and' after a comma) with no body's head word: the end of the list of what the
    title covers, not a body (a body's name there has its head: 'Director of Finance, A and B
    Council')."""
    toks = doc_tokens(doc)
    if s >= 4 and toks[s - 1].lower_ in {"and", "&"} and lex.kind_of(tokens_text(doc, s, e)) == "Other" \
            and toks[s - 2].is_title and (not lex.is_head_word(toks[s - 2].text)
                                          or toks[s - 2].lower_ in {"services", "service"}):
        # "Director of Nursing and Allied Health Professions": the second field after 'and'
        k = s - 2
        while k > 0 and s - k <= 5 and toks[k].is_title:
            k -= 1
        if toks[k].lower_ in {"of", "for"} and k >= 1 and lex.is_title_word(toks[k - 1].text):
            return True
    if s < 4 or toks[s - 1].text != "," or lex.kind_of(tokens_text(doc, s, e)) != "Other" \
            or not any(t.lower_ in {"and", "&"} for t in toks[s:e]):
        return False
    k = s - 2
    while k > 0 and s - k <= 8 and (toks[k].is_title or toks[k].text == ",") and "\n" not in toks[k].whitespace_:
        k -= 1
    return k >= 1 and k < s - 2 and toks[k].lower_ in {"of", "for"} and toks[k + 1].is_title \
        and (lex.is_title_word(toks[k - 1].text) or lex.ends_in_title_phrase(tokens_text(doc, max(k - 4, 0), k)))


def _employer_of_person_line(text: str, lex: Lexicon) -> tuple[int, int] | None:
    """'Delyth Owen, Chief Officer, Mantell Gwynedd (third sector)': a list line of a person, a
    title and a last field; the last field, a description in brackets aside, is the body they
    work for, whatever its name looks like. (start, end) of it in `text`, or None."""
    fields = list(re.finditer(r"[^,]+", text))
    if len(fields) < 3 or not _is_a_title(fields[1].group(0), lex) or _is_a_title(fields[0].group(0), lex):
        return None
    last = fields[-1]
    name = re.sub(r"\s*\([^()]*\)\s*$", "", last.group(0)).strip()
    if not LIST_ITEM.match(name) or _is_a_title(name, lex):
        return None
    start = last.start() + last.group(0).index(name)
    return start, start + len(name)


def _mostly_bodies(doc: Doc, offset: int, text: str) -> bool:
    """Words that list bodies ('Libraries NI, Sport NI and Tourism NI'): three items or more
    parted by commas and 'and', each opening with a capital, at most one of them the tagger's
    person (it reads 'Leisure Harford' as one), not a list of people, and none a title or an
    honorific's name ('Dr Ann Lee, Director of Public Health, Harford Council' is a person's line)."""
    items = [i.strip() for i in re.split(r",\s*|\s+and\s+", text) if i.strip()]
    lex = lexicon.load()
    if any(lex.is_honorific(i.split()[0]) or _is_a_title(i, lex) for i in items):
        return False
    span = doc.char_span(offset, offset + len(text), alignment_mode="expand")
    people = {e.start for e in span.ents if e.label_ == "PERSON"} if span is not None else set()
    return len(items) >= 3 and all(i[:1].isupper() for i in items) and span is not None and len(people) <= 1


def _is_a_title(text: str, lex: Lexicon) -> bool:
    """'Chief Executive', 'Director of Public Health': words that are a title, up to its field."""
    head = re.split(r"\s+(?:of|for)\s+", text.strip())[0]
    return lex.ends_in_title_phrase(head) or lex.is_title_word(head.split()[-1])


#: The name just before such brackets: capitalised words ("Tri-borough", "Westvale Care Alliance").
GROUP_BEFORE_BRACKET = re.compile(r"(?:^|(?<=[ \t:–—-]))([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|&|the))*)"
                                  r"[ \t]*\Z")
#: Brackets holding a list: "(A, B and C)".
BRACKET_LIST = re.compile(r"\(([^()\n]{5,200}?(?:,|\sand\s|\s&\s)[^()\n]*?)\)")


def _bracketed_body_lists(doc: Doc, spans: list[tuple[int, int]],
                          lex: Lexicon) -> tuple[list[tuple[int, str]], list[tuple[int, int]]]:
    """'The Westvale Alliance (NHS Westvale CCG, Westvale Council and Age UK Westvale)': brackets
    that list two bodies already found or more, and no title, list only bodies, so their other
    names are bodies too; so is the group just before the brackets ('Tri-borough (A, B and C)').
    Returns the listed names (offset, text) and the groups' token spans."""
    text = doc_text(doc)
    span_of = {i: n for n, (s, e) in enumerate(spans) for i in range(s, e)}
    covered = set(span_of)
    out, groups = [], []
    for m in BRACKET_LIST.finditer(text):
        items = [(m.start(1) + x.start(), x.group(0)) for x in re.finditer(r"[^,]+", m.group(1))]
        parts = [(offset + item.index(part), part) for offset, item in items
                 for part in re.split(r"\s+(?:and|&)\s+(?=[A-Z])", item) if part.strip()]
        found = [_spans_under(doc, o, o + len(p), span_of) for o, p in parts]
        if len(set().union(*found)) < 2 or not all(LIST_ITEM.match(p.strip()) for _, p in parts) \
                or any(lex.is_title_word(w) for (_, p), f in zip(parts, found) if not f for w in p.split()):
            continue
        out += [(o, p) for (o, p), f in zip(parts, found) if not f]
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
        group = GROUP_BEFORE_BRACKET.search(text[line_start:m.start()])
        span = doc.char_span(line_start + group.start(1), line_start + group.end(1),
                             alignment_mode="contract") if group else None
        places = {place_of(" ".join(p.split())) for _, p in parts}  # "Harford (Harford Council, ...)": the area
        if span is not None and len(span) and not covered & set(range(span.start, span.end)) \
                and _may_name_a_group(span) and span.text not in places:
            groups.append((span.start, span.end))
    return out, groups


def _spans_under(doc: Doc, start: int, end: int, span_of: dict[int, int]) -> set[int]:
    """The numbers of the spans found that cover the characters start..end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return {span_of[i] for i in range(span.start, span.end) if i in span_of} if span is not None else set()


PLACE_PREPOSITIONS = {"in", "across", "covering", "throughout", "around", "near"}


def _may_name_a_group(span) -> bool:
    """Words before a bracketed list of bodies that can be the name of the group: more than one
    word, or one proper noun, and not only places ('Quadborough', not 'Harford and Mereby' or 'Partners')."""
    if any(t.ent_type_ == "PERSON" for t in span):
        return False
    words = [t for t in span if t.is_alpha and t.lower_ not in {"and", "of", "the"}]
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if all(t.ent_type_ in {"GPE", "LOC"} for t in words) or before in PLACE_PREPOSITIONS:
        return False  # "the three CCGs in Harford and Mereby (A, B and C)"
    return len(words) >= 2 or (len(words) == 1 and words[0].pos_ == "PROPN")


def _covers(doc: Doc, start: int, end: int, covered: set[int]) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(i in covered for i in range(span.start, span.end))


#: Words of a sentence about someone's career: where they work now or worked before.
CAREER_CUE = re.compile(r"\b(?:currently|previously|formerly|before (?:that|moving|joining|coming|arriving|taking up|becoming)|latterly|spent \w+ years|"
                        r"(?:started|began) (?:her|his|their) career|"
                        r"joined\b[^.;]{0,40}?\bfrom|moves? (?:across )?from|was (?:also )?(?:a |an |the )?\w+ (?:at|of)|"
                        r"where (?:she|he|they) (?:had been|was|were|worked)|"  # "joined X in 2016 from Y, where she had been"
                        r"(?:left|leaves|leaving|quit|moved|moves|moving)\b[^.;]{0,40}?\bto (?:become|join|take up|head|lead))\b",
                        re.I)


def _career_starts(doc: Doc) -> frozenset[int]:
    """The tokens just after 'at', 'from' or 'with' (and after its 'the': "at the Northern Trust")
    in sentences about someone's career (CAREER_CUE)."""
    toks = doc_tokens(doc)
    out = set()
    for sent in doc_sents(doc):
        if CAREER_CUE.search(span_text(sent)):
            for t in span_tokens(sent):
                if t.lower_ in {"at", "from", "with", "by"} and t.i + 1 < sent.end:
                    out.add(t.i + 1)
                    if toks[t.i + 1].lower_ == "the" and t.i + 2 < sent.end:
                        out.add(t.i + 2)
    return frozenset(out)


#: The name of a law ends in its kind and maybe its year: "... Regulations 2000", "Care Act 2014".
LAW_NAME = re.compile(r"\b(?:Regulations|Act|Bill)(?:\s+\(?\d{4}\)?)?\s*$")
#: A law's bracketed parts and its kind after the words of its title: "Public Bodies [(Joint
#: Working) (Scotland) Act 2014]".
LAW_TAIL = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)+(?:Regulations|Act|Bill|Order)\b")


def _titles_a_law(doc: Doc, s: int, e: int) -> bool:
    """Whether the words s..e open a law's title ('the Public Bodies (Joint Working) (Scotland) Act')."""
    toks = doc_tokens(doc)
    if e >= len(toks) or toks[e].text != "(":
        return False
    return bool(LAW_TAIL.match(doc_text(doc)[toks[e].idx:toks[e].idx + 120]))


#: Words after a name that make it the name of a standard or an accreditation, not of a body.
STANDARD_WORDS = {"accreditation", "accredited", "standard", "kitemark", "quality", "mark", "award", "status",
                  "certification", "charter"}


def _names_a_standard(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'retained its Customer Service Excellence accreditation', 'the Investors in People standard':
    a name with no head word right before a lower-case word of accreditation names the standard."""
    toks = doc_tokens(doc)
    return e < len(toks) and toks[e].lower_ in STANDARD_WORDS and toks[e].is_lower \
        and not _has_head(tokens_text(doc, s, e), lex)


def _add_repeated_full_names(doc: Doc, ents: Entities, taken: set[int]) -> None:
    """'Finance Director of the Year Gareth Morley took over ...': a person's full name written
    again is that person, though the tagger did not mark it there."""
    text = doc_text(doc)
    added = False
    for name in [n for n in ents.people if len(n.split()) >= 2]:
        for at in whole_word_hits(text, name, "-"):
            span = doc.char_span(at, at + len(name))
            if span is not None and not taken & set(range(span.start, span.end)):
                ents.mentions.append(Mention(span.start, span.end, span.text, "PERSON", entity=name))
                taken |= set(range(span.start, span.end))
                added = True
    if added:
        ents.index()


def _add_first_name_mentions(doc: Doc, ents: Entities, taken: set[int], lex: Lexicon) -> None:
    """'Carys Lewis - Independent Member' ... 'Carys is Chief Executive of X': a first name alone,
    after the full name, is that person when no one else named in the text shares it (a board
    page's biographies, a feature). Only as the subject of its clause, and not as the first
    word of another name."""
    toks = doc_tokens(doc)
    firsts: dict[str, set[str]] = {}
    for name in ents.people:
        words = name.split()
        if len(words) >= 2:
            firsts.setdefault(words[0], set()).add(name)
    first_seen = {}
    for m in ents.mentions:
        if m.kind == "PERSON":
            first_seen[m.entity] = min(first_seen.get(m.entity, m.start), m.start)
    added = False
    toks = doc_tokens(doc)
    for i, text in enumerate(token_texts(doc)[0]):
        owners = firsts.get(text)
        if not owners or len(owners) != 1 or i in taken or toks[i].dep_ not in {"nsubj", "nsubjpass"}:
            continue
        t, owner = toks[i], next(iter(owners))
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
        if first_seen.get(owner, len(toks)) >= t.i or (nxt is not None and nxt.is_title and nxt.pos_ == "PROPN"):
            continue  # named in full only later, or the first word of another name
        ents.mentions.append(Mention(t.i, t.i + 1, t.text, "PERSON", entity=owner))
        added = True
    if added:
        ents.index()


def _bodies_after_title(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Chief Executive of Interlink Harford', 'chair of Sue Ryder', 'appointed director of
    strategy at Healthier Wexley': what a title is 'of', or is held 'at', is a body, though the
    tagger took its name (two words or more; one is a place's) for a person's."""
    toks = doc_tokens(doc)
    covered = {i for s, e in spans for i in range(s, e)}
    out = []
    for ent in doc_ents(doc):
        k = ent.start
        if ent.label_ != "PERSON" or len(ent) < 2 or k < 2 or covered & set(range(ent.start, ent.end)) \
                or is_generic_name(ent.text):
            continue  # "Head of Adult Wellbeing": a service the title covers, no body
        if toks[k - 1].lower_ == "of" and lex.is_title_word(toks[k - 2].text) \
                or toks[k - 1].lower_ == "at" and _held_at(doc, ent, lex):
            out.append((ent.start, ent.end))
    for k in range(2, len(toks) - 1):  # "to become Head of Services at Kestrel.": one word the tagger names nothing
        t = toks[k]
        if toks[k - 1].lower_ == "at" and t.pos_ == "PROPN" and t.is_title and not t.ent_type_ \
                and toks[k + 1].text in {".", ",", ";"} and k not in covered and not lex.is_head_word(t.text) \
                and _held_at(doc, doc[k:k + 1], lex):
            out.append((k, k + 1))
    return out


def _held_at(doc: Doc, ent: Span, lex: Lexicon) -> bool:
    """A title in the four words before the 'at' of `ent`, and `ent` no person's possessive
    ('at Dr Ames's practice') or honorific name."""
    toks = doc_tokens(doc)
    possessive = ent[-1].text in {"'s", "’s"} or (ent.end < len(toks) and toks[ent.end].text in {"'s", "’s"})
    return not possessive and not lex.is_honorific(ent[0].text) \
        and any(lex.is_title_word(t.text) for t in toks[max(0, ent.start - 5):ent.start - 1])


def employer_spans(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Jo Bell, Senior Care Assistant, Harford Homecare': the capitalised name after a person's
    title is the body they work for, head word or not (care providers and charities often
    have none). Only where the tagger names the person and no other span covers the name."""
    toks = doc_tokens(doc)
    covered = {i for s, e in spans for i in range(s, e)}
    out = []
    people = [(e.start, e.end) for e in doc_ents(doc) if e.label_ == "PERSON"] + _named_line_openings(doc, lex) \
        + _names_before_a_column_gap(doc, lex)
    for ent_start, ent_end in sorted(set(people)):
        if ent_end >= len(toks) or not (toks[ent_end].text == "," or (
                toks[ent_end].text in DASHES and starts_line_at(doc, ent_start, lex))):  # "Jo Bell – Title, Body" on its line
            continue
        k = ent_end + 1
        title = k
        while k < len(toks) and k - title < 7 and toks[k].text not in {",", ";", "(", ":"} and "\n" not in toks[k].text:
            k += 1
        slot = doc[title:k]
        if k >= len(toks) or toks[k].text != "," or not any(lex.is_title_word(w) for w in slot.text.split()) \
                or covered & set(range(title, k)) \
                or any(t.lower_ in {"and", "the", "with", "a", "an", "'s", "’s", "who", "was", "is"} for t in slot):
            continue  # "Barry Curran, and the Mayoress, Carol Curran": no title slot
        start = end = k + 1
        while end < len(toks) and end - start < 7 and (toks[end].is_title or toks[end].text in {"&", "of", "and"}
                                                      or _name_word(toks[end]) or toks[end].text == "-" and end > start
                                                      and not toks[end - 1].whitespace_) \
                and "\n" not in toks[end - 1].whitespace_:
            end += 1
        while end > start and toks[end - 1].text in {"&", "of", "and", "-"}:
            end -= 1
        if end < len(toks) and toks[end].text == "," and end + 1 < len(toks) and toks[end + 1].is_title:
            continue  # "Head of Mental Health, Alcohol and Drugs Services, Eastholm Council": a field
        one_word = end - start == 1 and (toks[start].text.isupper() and len(toks[start]) >= 3 or "-" in toks[start].text)
        if (end - start >= 2 or one_word) and (toks[start].is_title or _name_word(toks[start])) and not covered & set(range(start, end)) \
                and not any(lex.is_title_word(t.text) or lex.is_honorific(t.text)
                            for t in toks[start:end]) and not _end_of_a_department_list(doc, start, end, lex) \
                and not is_generic_name(tokens_text(doc, start, end)):  # ("Senior Manager, Children and Workforce,")
            out.append((start, end))
    return out



def _named_line_openings(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Dr Rhodri Awbery-Lewis – Director of Planning, ABUHB': an honorific and two or three
    capitalised words that open a line before a dash, where the tagger saw no person."""
    toks = doc_tokens(doc)
    out = []
    for i, tok in enumerate(toks):
        if not lex.is_honorific(tok.text) or not starts_line_at(doc, i, lex):
            continue
        k = i + 1
        while k < len(toks) and k - i <= 3 and toks[k].text[:1].isupper() and toks[k].is_alpha or (
                k < len(toks) and "-" in toks[k].text and toks[k].text[:1].isupper()):
            k += 1
        if 2 <= k - i - 1 <= 3 and k < len(toks) and toks[k].text in DASHES:
            out.append((i + 1, k))
    return out


def _names_before_a_column_gap(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Marigold Pimley<gap>Director of Public Health, X': two or three capitalised words (an
    honorific before them at most) that open a table's line before the gap between its columns
    (a comma the extractor put for the gap), where the tagger may have seen no person."""
    toks = doc_tokens(doc)
    out = []
    for i, tok in enumerate(toks):
        if not (tok.text[:1].isupper() and tok.is_alpha) or lex.is_honorific(tok.text) or not starts_line_at(doc, i, lex):
            continue
        k = i
        while k < len(toks) and k - i < 3 and toks[k].text[:1].isupper() and (toks[k].is_alpha or "-" in toks[k].text):
            k += 1
        if 2 <= k - i <= 3 and k < len(toks) and toks[k].text == "," and is_column_gap(doc, k) \
                and not any(lex.is_title_word(t.text) or lex_is_head(t.text) for t in toks[i:k]):
            out.append((i, k))
    return out


def starts_line_at(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Whether token i opens its line (after an honorific or a bullet at most)."""
    toks = doc_tokens(doc)
    k = i - 1
    while k >= 0 and (lex.is_honorific(toks[k].text) or toks[k].text in {"•", "*", "-", "–"}):
        k -= 1
    return k < 0 or "\n" in toks[k].text or "\n" in toks[k].whitespace_


def _name_word(tok) -> bool:
    """'HWA', 'HC-Two', 'UK': a word of a name that is no title-case word."""
    return tok.text[:1].isupper() and (tok.text.isupper() and tok.is_alpha or "-" in tok.text[1:])


def _ner_spans_respecting(heads: list[tuple[int, int]], ner: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The tagger's ORG spans, less those that cut through a name found by its head word or
    swallow two of them ('A Network and B Community [Voluntary Action]')."""
    out = []
    for s, e in ner:
        inside = [(hs, he) for hs, he in heads if s <= hs and he <= e]
        cuts = [(hs, he) for hs, he in heads if hs < e < he or hs < s < he]
        if not cuts and len(inside) < 2:
            out.append((s, e))
    return out


def _prose_start(doc: Doc) -> int:
    """The first token of the first sentence that ends with a full stop: what comes before is
    a dateline and a headline."""
    toks = doc_tokens(doc)
    return next((sent.start for sent in doc_sents(doc) if doc_text(doc)[sent.start_char:sent.end_char].rstrip()
                 .endswith((".", '."', ".”"))), len(toks))


def _a_council_after_and(toks, start: int, end: int) -> bool:
    """Whether tokens start..end are 'and' and a council's name with no possessive of its own
    ('and Harford Council'; not "and St Thomas' NHS Foundation Trust")."""
    return (toks[start].lower_ in {"and", "&"} and toks[end - 1].text == "Council"
            and not any(t.text in {"'s", "’s", "'", "’"} for t in toks[start:end]))


def possessive_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """"St Anselm's Hospice", "Guy's and St Thomas' Trust": a possessive inside a name that goes
    on to a head word is part of the name, not the end of an owner's."""
    toks = doc_tokens(doc)
    out = []
    toks = doc_tokens(doc)
    for i, text in enumerate(token_texts(doc)[0]):
        if text not in {"'s", "’s"} or i == 0 or not toks[i - 1].is_title:
            continue
        tok = toks[i]
        start = tok.i - 1
        while start - 1 >= 0 and toks[start - 1].is_title and tok.i - start < 3 and (
                not toks[start - 1].is_sent_start or _a_name_opening_a_sentence(doc, toks[start - 1])):
            start -= 1
        if all(t.ent_type_ in {"GPE", "LOC"} for t in toks[start:tok.i]) \
                or (start > 0 and toks[start - 1].lower_ in {"of", "for"}) or _named_alone(doc, start, tok.i) \
                or lex.is_head_word(toks[tok.i - 1].text) and not lex.is_title_word(toks[tok.i - 1].text):
            continue  # "Sunderland's All Together Better", "the Department of Health's X Group": an owner's body
            # (and "the Northern Trust's Volunteer Services Manager": a body's head ends the owner)
        end, last_head = tok.i + 1, None
        while end < len(toks) and end - tok.i <= 9 and (
                (toks[end].is_title or toks[end].is_upper) and toks[end].is_alpha
                or toks[end].text in {"'", "’"} and toks[end - 1].text.endswith("s")  # "St Thomas'"
                or toks[end].text in {"'s", "’s"} and toks[end - 1].is_title  # "Guy's and St Anne's"
                or toks[end].lower_ in {"and", "&"} and last_head is None and end + 1 < len(toks)
                and toks[end + 1].is_title):  # "Guy's and St Thomas' NHS Foundation Trust"
            if lex.is_head_word(toks[end].text) and not lex.is_title_word(toks[end].text):
                last_head = end + 1  # "King's College Hospital NHS Foundation Trust": the last head ends it
            end += 1
        if last_head is not None and _a_council_after_and(toks, tok.i + 1, last_head):
            continue  # "Barnardo's and Harford Council": a charity and a council (a joint entry)
        if last_head is not None:
            out.append((start, last_head))
        elif _spelt_by_the_acronym_after(doc, start, end):  # "Scottish Children's Reporter Administration (SCRA)"
            out.append((start, end))
    return out


def _a_name_opening_a_sentence(doc: Doc, tok) -> bool:
    """'FOOTPRINTS Women's Centre in Poleglass has ...': a sentence's first word is part of the name
    after it when it is no common word and the text writes it capitalised again."""
    return tok.is_alpha and not tok.is_stop and tok.pos_ in {"PROPN", "NOUN"} \
        and len(whole_word_hits(doc_text(doc), tok.text, "'’-")) >= 2


def _named_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether the words start..end before a possessive stand alone elsewhere in the text, twice
    or more ('Brightwell' of "Brightwell's Leith Hub" on a page that names Brightwell): an owner,
    not the first words of one name ('St Anselm' of "St Anselm's Hospice")."""
    return len(whole_word_hits(doc_text(doc), tokens_text(doc, start, end), "'’-")) >= 2


def _spelt_by_the_acronym_after(doc: Doc, start: int, end: int) -> bool:
    """Whether the bracketed acronym right after tokens start..end spells their initials."""
    acronym = bracketed_acronym(doc, end)
    words = [t.text for t in doc_tokens(doc)[start:end] if t.is_alpha and t.lower_ not in INITIALS_SKIP]
    return acronym is not None and len(words) >= 2 and "".join(w[0] for w in words).upper() == acronym.upper()


def _title_acronym(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """'Director of Adult Social Services (DASS)': an acronym in brackets after a title stands for
    the title, not for a body."""
    toks = doc_tokens(doc)
    if e - s != 1 or not toks[s].text.isupper() or s < 2 or toks[s - 1].text != "(":
        return False
    k = s - 2
    while k >= 0 and s - k <= 9 and (toks[k].is_title or toks[k].lower_ in {"of", "for", "and", "&"}):
        if lex.is_title_word(toks[k].text):
            return True
        k -= 1
    return False


def _without_trailing_year(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'Board of Management 2014-15' over a list of its members: the year is the list's, not part
    of a name (the tagger takes it in)."""
    year = TRAILING_YEAR.search(tokens_text(doc, start, end))
    if year is None or year.start() == 0:
        return start, end
    toks = doc_tokens(doc)
    cut = toks[start].idx + year.start()
    k = end
    while k > start + 1 and toks[k - 1].idx >= cut:
        k -= 1
    return start, k


TRAILING_YEAR = re.compile(r"\s+(?:19|20)\d\d(?:\s*[-/–]\s*(?:\d\d){1,2})?\s*$")


def _without_leading_date(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """'signed on 28 February, Newham Council and ...': a month is not part of the name after it;
    nor is 'Former' ('Former Lowmoor Council chief executive Jim Barnes') or a sentence's opening
    preposition ('At X Trust, ...')."""
    toks = doc_tokens(doc)
    k = start
    if toks[k].lower_ in {"former", "ex", "then", "outgoing", "acting", "interim"} and end - k > 2:
        return k + 1, end
    if toks[k].is_sent_start and toks[k].lower_ in {"at", "in", "for", "from", "with", "by", "to", "on", "under"} \
            and end - k > 2:
        return k + 1, end  # "At Nottingham University Hospitals NHS Trust, ..."
    if toks[k].lower_.endswith("ing") and toks[k].pos_ == "VERB" and end - k > 3 \
            and toks[k + 1].lower_ in {"for", "on", "at", "with"}:
        return k + 2, end  # "Speaking for Shetland Islands Council, its chief executive ..."
    if toks[k].text in MONTHS and end - k > 2:
        k += 1
        while k < end - 1 and toks[k].is_punct:
            k += 1
    return k, end


def is_site(doc: Doc, start: int, end: int) -> bool:
    """'a frailty unit at the Queen Anne Hospital', 'Castle Hill Hospital': a hospital is a
    facility, not an organisation (the body that runs it is a trust or a health board) -- save
    as the entrant on an awards-list line ('Innovation: X Hospital'), where it stands for that body."""
    toks = doc_tokens(doc)
    k = start - 1
    while k >= 0 and toks[k].lower_ in {"the", "both"}:
        k -= 1
    entrant = k >= 0 and toks[k].text == ":" and not LINK_LABEL.search(doc_text(doc)[line_bounds(doc, k)[0]:toks[k].idx])
    return (toks[end - 1].lower_ in FACILITY_HEADS or _facility_of_a_place(toks, start, end)) and not entrant


#: A related story's label before a colon: 'Read more: Ulster Hospital patients waited ...'.
LINK_LABEL = re.compile(r"^\s*(?:read more|related|see also|more|watch|listen|also read)\s*$", re.I)


def _facility_of_a_place(toks, start: int, end: int) -> bool:
    """'University Hospital of Wales', 'Royal Hospital for Children': a facility's head, then 'of'
    or 'for' and the place or people it serves, with no body's head after it ('University
    Hospitals of North Midlands NHS Trust' is a body)."""
    return any(toks[k].lower_ in FACILITY_HEADS and toks[k + 1].lower_ in {"of", "for"}
               and not any(lex_is_head(t.text) for t in toks[k + 2:end]) for k in range(start, end - 2))


#: Last words of a building's name ('Kestrel House', 'County Hall', 'the Council Chambers').
BUILDING_HEADS = lexicon.words("building_heads")
#: What follows a building in an address: ', Ipswich', ', 8 Russell Road'.
ADDRESS_AFTER = re.compile(r"^\s*,\s*(?:[A-Z][a-z]|\d|[A-Z]{3,}\b)")  # (', HADDINGTON' on a minute's capitals line)
#: A line's label before a meeting's place: 'Location: X House', 'Venue: Y Hall'.
VENUE_LABEL = re.compile(r"(?:^|\n)\s*(?:location|venue|place)\s*:\s*(?:the\s+)?$", re.I)
#: A meeting's place before a building's name: "the board's meeting at Hewson House", "met at X Hall".
MEETING_AT = re.compile(r"\b(?:meetings?|met|meet|held|convened)\s+(?:at|in)\s+(?:the\s+)?$", re.I)


def _an_address(words: list[str]) -> bool:
    """'Garshake Road', 'Antrim Road' (words in lower case): a street, whatever the tagger made of it."""
    return len(words) >= 2 and words[-1] in {"road", "avenue", "lane"}


#: A minute's item heading in capitals: "PSB 16/02  MEMBERSHIP AND TERMS OF REFERENCE", "23/114 FINANCE
#: REPORT", "4.2 PROPOSALS" (an optional acronym of the meeting, the item's number, no lower case).
MINUTE_HEADING = re.compile(r"^[ \t]*(?:[A-Z]{2,6}[ \t]+)?\d{1,4}(?:/\d{1,4}|\.\d{1,3})*\.?[ \t]+[^a-z\n]+$")


def _on_a_minute_heading(doc: Doc, start: int, end: int, lex: Lexicon) -> bool:
    """A name on a minute's item heading with no body's head word ('Membership', 'Terms') or the
    meeting's acronym before the item's number ('PSB' of 'PSB 16/02'): the item's words, no body."""
    toks = doc_tokens(doc)
    a, b = line_bounds(doc, start)
    line = doc_text(doc)[a:b]
    if not MINUTE_HEADING.match(line):
        return False
    opens_the_line = toks[start].idx == a + len(line) - len(line.lstrip())
    return opens_the_line and end - start == 1 and toks[start].text.isupper() \
        or not _has_head(" ".join(unshout(tokens_text(doc, start, end).split(), lex)), lex)


def _two_acronyms_apart(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """'BCUHB and NEWCIS', which the tagger may read as one name: two short names, two bodies."""
    toks = doc_tokens(doc)
    if end - start == 3 and toks[start + 1].lower_ in {"and", "&"} and _is_acronym(toks[start]) \
            and _is_acronym(toks[start + 2]):
        return [(start, start + 1), (start + 2, end)]
    return [(start, end)]


def _is_a_venue(doc: Doc, start: int, end: int) -> bool:
    """'at Kestrel House, Ipswich', 'Location: Pentwyn House', 'the Civic Centre': a building where
    a meeting is held or an office is, not a body. A name like a building with no address after
    it ('registered at Companies House') may be a body, so it stays."""
    toks = doc_tokens(doc)
    words = [t.lower_ for t in toks[start:end]]
    if words[-2:] in (["civic", "centre"], ["civic", "offices"], ["press", "office"], ["communications", "office"],
                      ["communications", "department"]):
        return True  # (and "the DoH Press Office": a body's office for the press, no body of its own)
    if _an_address(words):
        return True
    text = doc_text(doc)
    after, before = toks[end - 1].idx + len(toks[end - 1]), toks[start].idx
    met_here = MEETING_AT.search(text[max(0, before - 30):before]) is not None
    if met_here and not _has_head(tokens_text(doc, start, end), lexicon.load()):
        return True  # "at the group's meeting in the Crieff Hydro": where it met, a name with no head word
    if words[-1] not in BUILDING_HEADS:
        return False
    return met_here or bool(ADDRESS_AFTER.match(text[after:after + 16]) or VENUE_LABEL.search(text[max(0, before - 30):before]))


def _a_role_played_by_the_body_before(doc: Doc, start: int, end: int) -> bool:
    """'Harford Voluntary Action, as the TSI, will lead': an acronym after ', as the' names the part
    the body before plays (its third sector interface), not a second body beside it."""
    toks = doc_tokens(doc)
    return end - start == 1 and start >= 3 and _is_acronym(toks[start]) \
        and [t.lower_ for t in toks[start - 3:start]] == [",", "as", "the"]


def _a_category_before_its_winner(doc: Doc, start: int, end: int) -> bool:
    """'About our Team Collaboration winner', 'this year's Innovation finalists': a category's short
    name before the word for its winner names no body."""
    toks = doc_tokens(doc)
    return end < len(toks) and toks[end].lower_ in {"winner", "winners", "finalist", "finalists"} \
        and start >= 1 and toks[start - 1].lower_ in {"our", "the", "this", "year's", "'s"}


#: Words that count or pick members of a body, never the start of its name: "Two of X's directors".
COUNT_WORDS = {"one", "two", "three", "four", "five", "six", "some", "both", "many", "most", "all", "each", "several",
               "none", "few"}


def _without_count_of(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """'Two of Wexley Hospital NHS Trust' -> 'Wexley Hospital NHS Trust'."""
    toks = doc_tokens(doc)
    if e - s > 2 and toks[s].lower_ in COUNT_WORDS and toks[s + 1].lower_ == "of":
        return s + 2, e
    return s, e


def _over_a_hyphened_word(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """'Bryn Housing Co' + '-operative': a name carries on over a hyphen written without spaces."""
    return s, over_hyphens(doc, e, part=lambda t: t.is_alpha and t.is_lower)


def _names_its_trust(doc: Doc, start: int, end: int, trusts: set[str]) -> bool:
    """'Kettering General Hospital' where the text names 'Kettering General Hospital NHS Foundation
    Trust': the hospital's name is the trust's short form, as in 'Hospital Chief Executive,
    Kettering General Hospital'."""
    name = " ".join(tokens_text(doc, start, end).split())
    name = name[4:] if name.startswith("the ") else name
    return any(t.startswith(name + " NHS ") for t in trusts)


#: First words of an award category, never of a body's name.
AWARD_SUPERLATIVES = {"best", "outstanding"}


def opens_with_a_person(sent: Span, ents: Entities) -> bool:
    """Whether a sentence's or list line's first word (after a bullet and honorifics) is a
    person's mention: 'Dr Ann Lee, Director of X, ...', '- Cllr Jo Bell, ...'."""
    honorific = lexicon.load().is_honorific
    first = next((t for t in span_tokens(sent) if t.text.strip() and t.text not in BULLET_MARKS and not honorific(t.text)),
                 None)
    m = ents.at(first.i) if first is not None else None
    return m is not None and m.kind == "PERSON"


#: A numbered paragraph's number at the start of a line: "3.1", "4.", "12.3.2".
PARAGRAPH_NUMBER = re.compile(r"^\d+(?:\.\d+)+\.?$|^\d+\.$")


def _without_paragraph_number(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """'3.1 Board members will recall ...': a board paper's paragraph number opening a line is no
    part of the name after it (and a bare head left after it, "Board", names no body)."""
    toks = doc_tokens(doc)
    if e - s >= 2 and PARAGRAPH_NUMBER.match(toks[s].text) and (s == 0 or "\n" in toks[s - 1].text
                                                               or "\n" in toks[s - 1].whitespace_):
        return (s + 1, e) if e - s > 2 or not lex_is_head(toks[e - 1].text) else (s, s)  # (a bare "Board": none)
    return s, e


#: Nations a body's name may end in after "for": "Community Foundation for Northern Ireland".
NATION_NAMES = {tuple(n.split()) for n in lexicon.words("nations_after_for")}


def _with_its_nation_after_for(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """'the Community Foundation for Northern Ireland': a head word, 'for' and a nation are one
    body's name (not a title's field: 'Commissioner for Wales' stays a title)."""
    toks = doc_tokens(doc)
    if e + 1 < len(toks) and toks[e].lower_ == "for" and lex.is_head_word(toks[e - 1].text) \
            and not lex.is_title_word(toks[e - 1].text):
        for nation in NATION_NAMES:
            n = len(nation)
            if tuple(t.text for t in toks[e + 1:e + 1 + n]) == nation \
                    and not (e + 1 + n < len(toks) and toks[e + 1 + n].is_title and toks[e + 1 + n].is_alpha):
                return s, e + 1 + n
    return s, e


def find_entities(doc: Doc, lex: Lexicon) -> Entities:
    """All person and organisation mentions of `doc`, linked to canonical entities."""
    toks = doc_tokens(doc)
    spans = []
    for sent in doc_sents(doc):
        spans.extend(org_spans_from_runs(sent, lex))
    spans = merge_spans(spans + _ner_spans_respecting(spans, org_spans_from_ner(doc, lex)) + possessive_names(doc, lex))
    spans = [part for s, e in spans for part in _two_acronyms_apart(doc, s, e)]
    spans = [_with_its_nation_after_for(doc, s, e, lex) for s, e in spans]
    spans = [_without_title_after_and(doc, *_over_a_hyphened_word(doc, *_without_count_of(
        doc, *_without_trailing_year(doc, s, e))), lex) for s, e in spans]
    trusts = {" ".join(tokens_text(doc, s, e).split()) for s, e in spans if tokens_text(doc, s, e).split()[-1:] == ["Trust"]}
    spans = [sp for sp in spans if tokens_text(doc, sp[0], sp[1]).lower() not in NOT_ORG
             and not is_generic_name(tokens_text(doc, sp[0], sp[1]))
             and not ends_in_title(tokens_text(doc, sp[0], sp[1]), lex)
             and not (in_award_list(doc, *sp) and not _has_head(tokens_text(doc, sp[0], sp[1]), lex))
             and not (toks[sp[0]].text.rstrip(".") in lex.prefixes  # "Ms Connor" is a person, but "Sir Gâr
                      and not _has_head(tokens_text(doc, sp[0], sp[1]), lex))  # Wellbeing Alliance" (a county's name) a body
             and not (is_site(doc, *sp) and not _names_its_trust(doc, *sp, trusts))
             and not _is_a_venue(doc, *sp)
             and not _a_role_played_by_the_body_before(doc, *sp)
             and not _a_category_before_its_winner(doc, *sp)
             and not _on_a_minute_heading(doc, *sp, lex)
             and not _in_copyright_line(doc, sp[0])
             and not _part_of_an_owner(doc, *sp)
             and not _describes_the_name_before(doc, *sp)
             and not _tail_of_a_longer_name(doc, *sp)
             and not in_a_portfolio(doc, sp[0]) and not in_table_cell(doc, sp[0], "portfolio")
             and not in_table_cell(doc, sp[0], "category")  # an awards table's "Improving Care with Technology"
             and not (toks[sp[0]].like_num and toks[sp[1] - 1].text.endswith("s"))  # "Two Lancashire CCGs"
             and tokens_text(doc, sp[0], sp[1]).count("(") == tokens_text(doc, sp[0], sp[1]).count(")")  # not "ICS) Board"
             and tokens_text(doc, sp[1], sp[1] + 3).lower() != "of the year"  # "[Mental Health Innovation] of the Year"
             and toks[sp[0]].lower_ not in AWARD_SUPERLATIVES  # "Best Integrated Care Partnership": a category
             and not (toks[sp[0]].lower_ in {"award", "awards"} and sp[1] - sp[0] > 1
                      and toks[sp[0] + 1].lower_ in {"for", "of"})  # "(Queen's) Award for Voluntary Service"
             and not _title_acronym(doc, *sp, lex)
             and not LAW_NAME.search(tokens_text(doc, sp[0], sp[1]))  # "... Partnership Arrangements Regulations 2000"
             and not _titles_a_law(doc, *sp)
             and not _names_a_standard(doc, *sp, lex)
             and "|" not in tokens_text(doc, sp[0], sp[1])]  # "News | Sport | Community": a menu, no name
    spans = [without_service_before_at(doc, *without_title_field(doc, *_without_leading_date(doc, s, e), lex), lex)
             for s, e in spans]
    spans = [_without_service_after_head(doc, *_without_news_desk(doc, *_without_board_of(doc, s, e, lex), lex))
             for s, e in spans]
    spans = [(s, _through_in_a_place(doc, s, e)) for s, e in spans]
    extended = [(s, e, _through_a_compass_region(doc, s, e)) for s, e in spans]
    regions = [(s, end) for s, e, end in extended if end != e]
    spans = sorted({(s, end) for s, e, end in extended
                    if not any(a < s and e <= b for a, b in regions)})  # (not "North Cumbria" inside a region)
    spans = [(s, e) for s, e in spans if not _department_in_a_title_field(doc, s, e, lex)
             and not _service_named_in_a_title(doc, s, e, lex) and not _qualifier_of_a_title(doc, s, e, lex)
             and not _end_of_a_department_list(doc, s, e, lex)]
    spans = sorted(spans + listed_member_spans(doc, spans, lex))
    national = national_body_spans(doc, spans, lex)
    spans = sorted([(s, e) for s, e in spans if not any(a <= s and e < b for a, b in national)] + national)
    spans = sorted(spans + union_spans(doc, spans, lex))
    in_tables = table_body_spans(doc, spans)
    spans = sorted(spans + in_tables)
    taken = {i for s, e in spans for i in range(s, e)}
    signing = set(signing_body_spans(doc))  # "X joined the following year": a body, though the tagger reads "X's" as a person
    signing |= set(title_owner_spans(doc))  # "X's Head of Community Investment, Jeff Lewis, is vice chair"
    signing |= set(where_they_work_spans(doc))  # "seconded from X, where she is a community investment officer"
    spans = sorted(spans + [(s, e) for s, e in signing if not taken & set(range(s, e))])
    headings = category_heading_lines(doc)
    spans = [(s, e) for s, e in spans if not _is_whole_line_in(doc, s, e, headings)
             and not _on_an_outcome_over_category_line(doc, s)]
    entries = award_entry_spans(doc, spans, lex)  # a whole entrant over the tagger's part of it
    spans = sorted([sp for sp in spans if not any(a <= sp[0] and sp[1] <= b and (a, b) != sp for a, b in entries)]
                   + entries)
    sponsors = sponsor_spans(doc)
    spans = sorted([(s, e) for s, e in spans if not any(a < e and s < b for a, b in sponsors)] + sponsors)
    spans = sorted(spans + [sp for sp in employer_spans(doc, spans, lex)  # ("Dr A, GP, Antrim Road": no employer)
                            if not _an_address([t.lower_ for t in toks[sp[0]:sp[1]]])])
    spans = sorted(spans + _bodies_after_title(doc, spans, lex))
    partnerships = set(described_partnership_spans(doc))
    taken = {i for s, e in spans for i in range(s, e)}
    spans = sorted(spans + [(s, e) for s, e in partnerships if not any(i in taken for i in range(s, e))])
    taken = {i for s, e in spans for i in range(s, e)}
    listed = listed_member_body_spans(doc)  # "A, B and C are the landlord members": a span over two is two
    spans = [(s, e) for s, e in spans if sum(s < e2 and s2 < e for s2, e2 in listed) < 2]
    taken = {i for s, e in spans for i in range(s, e)}
    described_bodies = described_body_spans(doc) + listed  # "X is a registered charity": read again by _add_short_forms
    described_bodies += shortlisted_subject_spans(doc, lex)  # "Harford Connected Care has been shortlisted"
    described_bodies += spelt_out_spans(doc, lex)  # "Third Sector Harford (TSH)"
    described_bodies += counted_body_spans(doc)  # "and two providers: HC-One and Age UK Trafford"
    spans = sorted(spans + [(s, e) for s, e in described_bodies if not any(i in taken for i in range(s, e))])

    spans = [_body_of_a_team_entry(doc, s, e, lex) for s, e in split_coordinated(doc, spans, lex)]
    descriptors = descriptor_spans(doc)
    described_bodies = described_bodies + [(s0, e0) for _, s0, e0 in descriptors]
    for start, s0, e0 in descriptors:  # "Campaign group X said": X whole, the descriptor no body
        spans = [(s, e) for s, e in spans if e <= start or s >= e0] + [(s0, e0)]
    spans = sorted({sp for sp in (_without_paragraph_number(doc, s, e) for s, e in spans) if sp[1] > sp[0]})
    spans = [(s, e) for s, e in _known_comma_names(doc, spans, lex) if not _a_service_launched(doc, s, e)]
    ents = Entities(prose_start=_prose_start(doc),
                    paragraphs=[0] + [i + 1 for i, w in enumerate(token_texts(doc)[0]) if w.count("\n") >= 2 and w.isspace()],
                    career_starts=_career_starts(doc))
    distributed = distribute_plural_heads(doc, spans)
    # the places a plural head or "London Boroughs of" goes with name no people
    named_by_head = [(s, e) for s, e, text in distributed if text != tokens_text(doc, s, e)]
    people = person_spans(doc, lex, spans + named_by_head)
    person_tokens = {i for s, e, _, _ in people for i in range(s, e)}
    span_texts = [" ".join(tokens_text(doc, s, e).split()) for s, e in spans]
    person_names = {tokens_text(doc, s, e) for s, e, _, _ in people}
    # "Salford Royal" tagged PERSON in one sentence is no person where it begins "Salford Royal NHS FT"
    person_words = {w for n in person_names if not any(t.startswith(n + " ") for t in span_texts) for w in n.split()}
    org_mentions = [Mention(*_without_edge_punct(doc, s, e, text), "ORG")
                    for s, e, text in distributed if not any(i in person_tokens for i in range(s, e))
                    and not (all(w in person_words for w in tokens_text(doc, s, e).split())
                             and not _charity_prefix(list(doc[s:e]))  # ("Healthwatch Kent" stays a body)
                             and (s, e) not in described_bodies  # ("Optalis, the company set up by X")
                             and (s, e) not in signing
                             and (s, e) not in in_tables  # (a table's 'Partner' cell: "| Medrwn Môn | Lead partner |")
                             and (s, e) not in partnerships)]  # ("X was set up by A and B", "X is a partnership of")
    span_tokens = {i for s, e in spans for i in range(s, e)}
    described = names_before_acronyms(doc, span_tokens)
    org_mentions += [Mention(s, e, name, "ORG") for s, e, name in described]
    org_mentions += [Mention(s, e, name, "ORG") for s, e, name in shared_prefix_abbreviations(doc, spans, lex)]
    _link_orgs(doc, org_mentions, ents, lex)
    for m in ents.mentions:  # "Connecting Care is a partnership of ...": a partnership by the text's word
        called = (m.start, m.end) in partnerships or (  # "The Harford Care Network, a partnership of"
            (m.start - 1, m.end) in partnerships and doc[m.start - 1].lower_ == "the")
        if called and ents.orgs[m.entity].kind == "Other":
            ents.orgs[m.entity].kind = "Partnership"
    _kind_from_bracketed_kind(doc, ents, lex)
    for s, e, name in described:  # the text as written is an alias of the name it stands for
        for m in ents.mentions:
            if m.start == s and m.kind == "ORG":
                ents.orgs[m.entity].aliases.add(" ".join(tokens_text(doc, s, e).split()))
    taken = {i for m in ents.mentions for i in range(m.start, m.end)} | person_tokens
    people += [(s, e, [], []) for s, e in names_by_recurring_surname(doc, taken, lex)]
    _link_people(doc, people, ents, lex, taken)
    taken |= {i for m in ents.mentions for i in range(m.start, m.end)}
    _add_first_name_mentions(doc, ents, taken, lex)
    taken |= {i for m in ents.mentions for i in range(m.start, m.end)}
    _add_repeated_full_names(doc, ents, taken)
    taken |= {i for m in ents.mentions for i in range(m.start, m.end)}
    _fold_placeless_names(ents)
    # a word the tagger called a person but no person mention took may still be a short form
    _add_short_forms(doc, ents, {i for m in ents.mentions for i in range(m.start, m.end)}, lex,
                     {" ".join(tokens_text(doc, s, e).split()) for s, e in described_bodies})
    _add_defined_acronyms(doc, ents, {i for m in ents.mentions for i in range(m.start, m.end)})
    _add_bare_acronyms(doc, ents, {i for m in ents.mentions for i in range(m.start, m.end)}, lex)
    _acronyms_spelt_on_own_lines(doc, ents, {i for m in ents.mentions for i in range(m.start, m.end)}, lex)
    _people_described_as_bodies(doc, ents, lex)
    _drop_people_named_like_organisations(doc, ents, lex)
    _drop_photographers(doc, ents)
    _drop_peoples_initials(doc, ents)
    _drop_places_a_title_serves(doc, ents, lex)
    _drop_political_parties(doc, ents, lex)
    _drop_the_outlet(doc, ents, lex)
    _drop_publishers(doc, ents)
    _drop_scheme_owners(doc, ents)
    _drop_hospital_short_names(ents)
    _drop_seats_on_boards(doc, ents, lex)
    _fold_acronym_committees(ents)
    _fold_welsh_names(doc, ents)
    _add_places_under_a_plural_head(doc, ents, lex)
    _add_place_possessive_bodies(doc, ents, lex)
    _add_mixed_case_acronyms(doc, ents)
    taken = {i for m in ents.mentions for i in range(m.start, m.end)}
    ents.index()
    heading = _heading_body(doc, ents)
    appositives = _appositive_nouns(doc, ents)
    _kinds_from_descriptions(ents, appositives)
    _kinds_from_gathering(doc, ents)
    ents.abolished = _abolished_bodies(doc, ents)
    for g in generic_mentions(doc, taken, lex, list(ents.orgs)):
        words = g.text.lower().split()[1:]
        if " ".join(words) in GENERIC_NOUNS:
            kind, modifier = GENERIC_NOUNS[" ".join(words)], None
        else:
            kind, modifier = GENERIC_NOUNS[words[-1]], words[0]
        head = " ".join(words[-2:]) if modifier is None else words[-1]
        head = lex.abbreviations.get(head.upper(), head).lower() if head.isalpha() else head  # "the IJB"
        # "the new trust", "the merged trust": the body introduced last
        newest = ents.newest_of(kind, before=g.start, doc=doc) if words[0] in NEWEST_WORDS and not (
            words[0] == "shadow" and words[-1] == "board") else None  # "the shadow board": a partnership's, in shadow form
        own = _own_board(doc, ents, heading, words, g.start) or _own_capitalised(ents, heading, g.text, kind, lex) \
            or (heading if words == ["council"] and heading is not None  # a council's own page: "the council" is it
                and ents.orgs[heading].kind == "LocalAuthority" else None)
        placed = ents.of_place_in_paragraph(doc, kind, g.start) if modifier is None and not newest else None
        if placed and " " in head and not placed.lower().endswith(" " + head):
            placed = None  # "the county council" is no "Wexley Council" the paragraph names, but a county council
        described = appositives.get(words[-1])
        described = described[0] if described and described[1] <= g.start else None
        if described and any(n != described and n.lower().endswith(" " + words[-1]) for n in ents.orgs):
            described = None  # "Mantell Gwynedd, the county voluntary council": "the Council" is X Council's
        target = _copula_subject(doc, ents, g.start) or _apposed_to(doc, ents, g, kind) or newest or own \
            or _subject_of_sentence(doc, ents, g.start, head) \
            or described or placed or (
            (ents.org_by_head(head, before=g.start, word=modifier, kind=kind)
             or (_body_of_a_board_before(doc, ents, g.start) if words[-1] == "board" else None)
             or ents.org_by_kind(kind, before=g.start, word=modifier)
             or (_charity_of_no_known_kind(ents, g.start) if words == ["charity"] else None)) if ents.orgs else None)
        if target and words == ["board"]:
            target = _board_not_called_the_health_board(doc, ents, target, g.start)
        if target:
            g.entity = target
            ents.mentions.append(g)
            ents.orgs[target].aliases.add(g.text if not g.text[:1].isupper() else g.text[0].lower() + g.text[1:])
    if heading is not None:
        ents.mentions += _first_person_mentions(doc, taken, heading)
    ents.index()
    _add_appositive_descriptions(doc, ents, appositives)
    ents.heading = _heading_body(doc, ents)
    return ents


#: Words of a company's name: a body of no known kind that has one is no charity.
COMPANY_WORDS = lexicon.words("company_words")


def _charity_of_no_known_kind(ents: Entities, before: int) -> str | None:
    """'The partnership agreed to admit the charity' after 'the British Red Cross has become ...':
    with no body known to be voluntary named before, the body of no known kind named last, unless
    its name says it is a company."""
    named = [m for m in ents.mentions if m.kind == "ORG" and not m.generic and m.start < before
             and ents.orgs[m.entity].kind == "Other"
             and not COMPANY_WORDS & {w.lower() for w in m.entity.split()}]
    return named[-1].entity if named else None


#: After a body's name: the text says it no longer exists ("Lisburn City Council was abolished that day").
ABOLISHED_AFTER = re.compile(r"\s+(?:was|were|had been|has been|is being)\s+(?:formally\s+|later\s+)?"
                             r"(?:abolished|dissolved|wound up|disbanded)\b", re.I)


def _abolished_bodies(doc: Doc, ents: Entities) -> dict[str, int]:
    """The bodies the text says were abolished, with the token where it says so: a description
    after that ('the city council') means another body of the kind."""
    text, toks = doc_text(doc), doc_tokens(doc)
    out: dict[str, int] = {}
    for m in ents.mentions:
        if m.kind == "ORG" and ABOLISHED_AFTER.match(text, toks[m.end - 1].idx + len(toks[m.end - 1])):
            out.setdefault(m.entity, m.end)
    return out


FIRST_PERSON = {"we", "us", "our", "ours"}


def _board_not_called_the_health_board(doc: Doc, ents: Entities, target: str, at: int) -> str:
    """'The Board' of a page that calls its health board 'the health board' is the other board it
    names before (an integrated services board, a partnership board), not the health board."""
    if not target.endswith("Health Board") or not re.search(r"\bthe health board\b", doc_text(doc)):
        return target
    others = [m.entity for m in ents.mentions if m.kind == "ORG" and not m.generic and m.start < at
              and m.entity.endswith("Board") and not m.entity.endswith("Health Board")]
    return others[-1] if others else target


def _first_person_mentions(doc: Doc, taken: set[int], body: str) -> list[Mention]:
    """'ARCH is our partnership with A and B', 'which we run jointly with C': on a body's own page
    (its name alone on the first line), 'we' and 'our' outside quotations are that body (in a
    quotation they are the speaker's), where the sentence names another body and working together."""
    from .quotes import quoted_spans_in  # (quotes imports this module)

    quoted = quoted_spans_in(doc_text(doc))
    named = sorted(taken)
    out = []
    for sent in doc_sents(doc):
        said = span_text(sent)
        k = bisect_left(named, sent.start)
        if not JOINT_WORK_WORDS.search(said) or OBSERVING.search(said) or not (k < len(named) and named[k] < sent.end):
            continue  # "We use cookies", "Contact us": only where we work with another body named here
        out += [Mention(t.i, t.i + 1, t.text, "ORG", body, generic=True) for t in span_tokens(sent)
                if t.lower_ in FIRST_PERSON and t.i not in taken and not any(a <= t.idx < b for a, b in quoted)
                and not (t.i + 1 < sent.end and sent.doc[t.i + 1].lower_ in OUR_PLACE)]  # "for our area"
    return out


#: What follows 'our' when it means the body's place or people, not the body: "the STP for our area".
OUR_PLACE = {"area", "areas", "county", "city", "region", "borough", "district", "communities", "community",
             "patients", "residents", "population", "people", "town", "island", "islands"}
#: A seat without membership: "attends as an observer", "a non-voting participant".
OBSERVING = re.compile(r"\b(?:observers?|non-voting|in attendance)\b", re.I)
#: Words of working together: a first-person sentence with them and another body names a partner.
JOINT_WORK_WORDS = re.compile(r"\b(?:partner\w*|jointly|together|alongside|alliance|collaborat\w*|members?|with)\b", re.I)


#: Words before "board" that make it the board of a piece of joint work, not of one body: "the
#: programme board", "the project board", "the partnership board".
JOINT_WORK_BOARDS = {"programme", "project", "partnership", "transformation", "steering"}
#: Words between a body's name and "board" that make the board that body's own: "the X partnership board".
BOARD_OF_NAME = re.compile(r"^(?:(?:%s)\s+)?board\b" % "|".join(
    sorted(JOINT_WORK_BOARDS | {"management", "leadership", "executive", "joint"})), re.I)


def _body_of_a_board_before(doc: Doc, ents: Entities, before: int) -> str | None:
    """'chair of the Better Care Together partnership board ... has chaired the board': the body
    last named before `before` with a board after its name is the board's, not the last body of
    the kind a board usually has."""
    toks = doc_tokens(doc)
    named = [m for m in ents.mentions if m.kind == "ORG" and not m.generic and m.end < before
             and BOARD_OF_NAME.match(tokens_text(doc, m.end, min(m.end + 2, len(toks))))]
    return named[-1].entity if named else None


def _copula_subject(doc: Doc, ents: Entities, start: int) -> str | None:
    """'X is the health and social care partnership between A and B': a description after 'is'
    says what the body before it is; it points to that body, not back to an earlier one."""
    toks = doc_tokens(doc)
    if start < 2 or toks[start - 1].lemma_ != "be":
        return None
    subject = ents.at(start - 2)
    return subject.entity if subject is not None and subject.kind == "ORG" and not subject.generic \
        and subject.end == start - 1 else None


def _apposed_to(doc: Doc, ents: Entities, g: Mention, kind: str) -> str | None:
    """'All Together Better, the alliance of A, B and C': a description right after a body's name
    and its comma is that body's (when it describes it: 'of', 'between', or a body of its kind),
    not the last body of the kind named before."""
    toks = doc_tokens(doc)
    if g.start < 2 or toks[g.start - 1].text != ",":
        return None
    body = ents.at(g.start - 2)
    if body is None or body.kind != "ORG" or body.generic or body.end != g.start - 1:
        return None
    describes = g.end < len(toks) and toks[g.end].lower_ in {"of", "between"}
    return body.entity if describes or ents.orgs[body.entity].kind == kind else None


def _subject_of_sentence(doc: Doc, ents: Entities, start: int, head: str) -> str | None:
    """'The X Trust has appointed Y, currently a director at the trust, as its chief executive':
    a description inside the clause of a body that is the sentence's subject, and whose name
    ends in the description's head, points to that body, not to one the paragraph named before."""
    toks = doc_tokens(doc)
    sent = toks[start].sent
    for m in ents.within(sent.start, start, "ORG"):
        if m.generic or not (" " + m.entity.lower()).endswith(" " + head):
            continue
        root = toks[m.end - 1]
        while root.head.i != root.i and sent.start <= root.head.i < m.end:
            root = root.head
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "ROOT":
            return m.entity
    return None


#: ", the cluster which ...", ", the new company,": a description in apposition to a body's name.
APPOSITIVE = re.compile(r"^\s*,\s+the\s+(?:[\w'’-]+\s+){0,3}?([a-z]{4,})(?=\s+(?:which|that|who)\b|\s*[,.;])")


def _appositive_nouns(doc: Doc, ents: Entities) -> dict[str, tuple[str, int]]:
    """'NHS Birmingham and Solihull, the cluster which manages ...': the noun of a description in
    apposition to a body's name, with the body and where the description ends (first one wins)."""
    toks = doc_tokens(doc)
    text = doc_text(doc)
    described: dict[str, tuple[str, int]] = {}
    for m in ents.mentions:
        if m.kind != "ORG" or m.generic:
            continue
        after = toks[m.end - 1].idx + len(toks[m.end - 1])
        hit = APPOSITIVE.match(text[after:after + 80])
        if hit and hit.group(1) not in described:
            described[hit.group(1)] = (m.entity, m.end)
    return described


def _kinds_from_descriptions(ents: Entities, appositives: dict[str, tuple[str, int]]) -> None:
    """'Integrated Care Harfordshire, the county's integrated care system,': a body whose name
    says nothing of its kind is the kind the description names (a partnership here)."""
    for noun, (name, _) in appositives.items():
        if GENERIC_NOUNS.get(noun) == "Partnership" and ents.orgs[name].kind == "Other":
            ents.orgs[name].kind = "Partnership"


#: What a body that gathers others does right after its name: ", which brings together", " unites".
GATHERS = re.compile(r"^\s*(?:,\s*(?:which|that)\s+|\s+)(?:now\s+|also\s+)?(?:brings?\s+together|unites|"
                     r"(?:is\s+)?made\s+up\s+of|comprises|consists\s+of|is\s+a\s+partnership\s+(?:of|between)|"
                     r"is\s+an\s+alliance\s+of)\s+(?:the\s+)?[A-Z]")


#: ", the cluster that brings together A, B and C": a description that calls a body a gathering.
GATHERING_DESCRIBED = re.compile(r"^\s*,\s*the\s+(?:[\w-]+\s+){0,2}?(?:cluster|partnership|alliance|collaborative|"
                                 r"collaboration)\s+(?:that|which)\s+(?:brings?\s+together|unites|comprises)\s")


def _kinds_from_gathering(doc: Doc, ents: Entities) -> None:
    """'the Urgent Care Network, which brings together the Council, NHS X, ...': a body whose name
    says nothing of its kind is a partnership when the text says it gathers other bodies; so is
    any body but a council the text calls a cluster or partnership that gathers them ('NHS North
    of Tyne, the cluster that brings together NHS A, NHS B and NHS C')."""
    toks = doc_tokens(doc)
    text = doc_text(doc)
    for m in ents.mentions:
        kind = ents.orgs[m.entity].kind if m.kind == "ORG" and not m.generic else None
        if kind is None or kind in {"Partnership", "LocalAuthority"}:
            continue
        after = toks[m.end - 1].idx + len(toks[m.end - 1])
        if (kind == "Other" and GATHERS.match(text[after:after + 60])) \
                or GATHERING_DESCRIBED.match(text[after:after + 80]) \
                or (m.end < len(toks) and toks[m.end].lower_ == "cluster" and m.start > 0
                    and toks[m.start - 1].lower_ == "the"):  # "part of the NHS Arden cluster with NHS X"
            ents.orgs[m.entity].kind = "Partnership"


def _add_appositive_descriptions(doc: Doc, ents: Entities, appositives: dict[str, tuple[str, int]]) -> None:
    """'... the cluster's chief executive': a noun the text used to describe a body in
    apposition points back to that body later; here the nouns no reading of GENERIC_NOUNS took
    ('the company' after 'X, the company that ...')."""
    toks = doc_tokens(doc)
    described = {n: v for n, v in appositives.items() if n not in GENERIC_NOUNS}
    if not described:
        return
    taken = {i for m in ents.mentions for i in range(m.start, m.end)}
    added = False
    for tok in toks[:-1]:
        nxt = toks[tok.i + 1]
        owner = described.get(nxt.lower_)
        if tok.lower_ == "the" and owner and tok.i > owner[1] and not taken & {tok.i, nxt.i}:
            ents.mentions.append(Mention(tok.i, tok.i + 2, tokens_text(doc, tok.i, tok.i + 2), "ORG", entity=owner[0],
                                         generic=True))
            ents.orgs[owner[0]].aliases.add("the " + nxt.lower_)
            added = True
    if added:
        ents.index()


def _own_board(doc: Doc, ents: Entities, heading: str | None, words: list[str], at: int) -> str | None:
    """'Our board', 'six years on the board' on a body's own page (a Healthwatch's, a trust's):
    the page's body's board is the body, unless a body called a board was named in this paragraph
    or the one before ('the Harford Health and Wellbeing Board ... the board'), or further back
    while each paragraph between still speaks of 'the board'."""
    if heading is None or words != ["board"] or heading.lower().endswith("board"):
        return None
    end = at
    for back in range(6):
        start = ents.paragraph_start(at, back=back)
        if any(m.kind == "ORG" and not m.generic and start <= m.start < end
               and (m.entity.lower().endswith("board") or m.text.lower().endswith(" board")) for m in ents.mentions):
            return None
        if start == 0 or back >= 1 and not re.search(r"\bthe board\b", tokens_text(doc, start, end), re.I):
            break  # a paragraph that no longer speaks of the board ends the search
        end = start
    return heading


def _own_capitalised(ents: Entities, heading: str | None, text: str, kind: str, lex: Lexicon) -> str | None:
    """'the Trust's Director of Infection Prevention', 'the Council' on a body's own page: a
    capitalised description by the page's body's own head word is the page's body, whichever
    body of that kind was named last ('She joined from X NHS Trust ... She is the Trust's ...');
    an acronym of the head counts too ('the PCT' in X Primary Care Trust's own board paper)."""
    noun = re.sub(r"['’]s?$", "", text.split()[-1])
    if heading is None or not noun[:1].isupper() or ents.orgs[heading].kind != kind:
        return None
    spelt = lex.abbreviations.get(noun) if noun.isupper() else None  # "the PCT" of "X Primary Care Trust"
    if heading.split()[-1].lower() != noun.lower() and not (spelt and heading.lower().endswith(" " + spelt.lower())):
        return None  # the page's own head word only: 'the Board' on a partnership's page may be its IJB
    return heading


def _a_welsh_name(line: Span) -> bool:
    """'Bwrdd Iechyd Prifysgol Aneurin Bevan' over 'Aneurin Bevan University Health Board': a
    bilingual page's Welsh name of its body, opening with a Welsh word of a body's name."""
    words = [t.lower_ for t in line if not t.is_space]
    return bool(words) and words[0] in WELSH_BODY_WORDS


def _heading_body(doc: Doc, ents: Entities) -> str | None:
    """The organisation the text's first line names and nothing else, or before a dash or bar
    that opens the page's description (a newspaper's masthead aside): the page is that body's own."""
    toks = doc_tokens(doc)
    m = None
    for line in _first_lines(doc, 3):
        # "THE HARFORD COUNCIL" over a report (not "The Shetland Times", a masthead)
        first = line.start + (line.end - line.start > 1 and toks[line.start].text == "THE")
        m = ents.at(first)
        if m is not None or not (_page_furniture(line) or _a_welsh_name(line)):
            break  # a page's own menu ("Cymraeg | Contact us") or Welsh name may come before its body's name
    if m is None or m.kind != "ORG" or m.generic:
        return None
    rest = doc[m.end:min(m.end + 3, len(toks))]
    line_ends = m.end == len(toks) or "\n" in toks[m.end - 1].whitespace_ or (rest and "\n" in rest[0].text)
    titled = bool(rest) and rest[0].text in {"-", "–", "—", "|"}  # "Taurus Healthcare - the GP federation for X"
    own = ents.orgs[m.entity].kind != "Media"  # a newspaper's masthead is not the story's body
    return m.entity if (line_ends or titled) and own else None


#: Words of a national NHS body's name before "Board": "NHS Commissioning Board" is a body of its own.
NATIONAL_BODY_WORDS = {"Commissioning", "Development", "Improvement", "Education", "Digital", "Executive", "Services",
                       "Service", "Supply", "Blood", "Property", "Leadership", "Confederation", "Providers",
                       "Employers", "Resolution", "Pensions", "Business"}


def _without_board_of(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """'Board of Cwm Taf Morgannwg University Health Board' -> the health board, 'NHS Fife Board'
    -> NHS Fife: a body's own board is the body (its posts are the body's), when what follows
    names a body."""
    toks = doc_tokens(doc)
    if e - s >= 4 and toks[s].text == "Board" and toks[s + 1].text == "of" and _has_head(tokens_text(doc, s + 2, e), lex):
        return s + 2, e
    words = tuple(tokens_text(doc, s, e).split())
    if 3 <= e - s <= 6 and toks[s].text == "NHS" and toks[e - 1].text == "Board" \
            and all(t.text[:1].isupper() or t.text == "and" for t in toks[s + 1:e - 1]) \
            and not any(len(h) > 1 and words[-len(h):] == h for h in lex.org_heads) \
            and not any(w in NATIONAL_BODY_WORDS for w in words):
        return s, e - 1  # "the NHS Fife Board": the health board NHS Fife (not "NHS X Integrated Care Board")
    return s, e


#: A body's own news or press desk after its name: "X Council Newsroom", "X Trust Media Office".
NEWS_DESK = ("Newsroom", "News Room", "News Centre", "Media Office", "Press Office", "Media Centre", "Media Team",
             "Press Team", "Communications Team", "Communications Office", "Communications", "News")


#: Lower-case nouns for a part of a body: "the Board's Leicestershire and Lincolnshire area team".
PART_NOUNS = {"team", "teams", "directorate", "division", "region", "office", "unit", "department", "area",
              "locality", "branch", "hub", "service", "services", "programme"}


def _tail_of_a_longer_name(doc: Doc, s: int, e: int) -> bool:
    """The tagger's one-word 'organisation' that ends a longer capitalised name ('Royal' of
    "Salford Royal's"): a fragment, not a body."""
    toks = doc_tokens(doc)
    return e - s == 1 and not toks[s].text.isupper() and s > 0 and toks[s - 1].is_alpha \
        and toks[s - 1].text[:1].isupper() and "\n" not in toks[s - 1].whitespace_


def _describes_the_name_before(doc: Doc, s: int, e: int) -> bool:
    """'Care Together, the Tameside and Glossop partnership of ...': a kind of body in lower case
    after 'the', in apposition, describes the name before; it is none of its own."""
    toks = doc_tokens(doc)
    return s >= 2 and toks[s - 1].lower_ == "the" and toks[s - 2].text == "," and toks[e - 1].is_lower \
        and toks[e - 1].lower_ in {"partnership", "alliance", "collaboration", "collaborative"}


def _part_of_an_owner(doc: Doc, s: int, e: int) -> bool:
    """Whether the words name a part of the body that owns them ("X's Leicestershire area team")."""
    toks = doc_tokens(doc)
    return s > 0 and toks[s - 1].text in {"'s", "’s"} and e < len(toks) and toks[e].is_lower \
        and (toks[e].lower_ in PART_NOUNS or (e + 1 < len(toks) and toks[e + 1].lower_ in PART_NOUNS))


#: Last words of a body's service or team named after it: "Harford Council Reablement Service".
SERVICE_ENDS = {"Service", "Services", "Team", "Unit"}


def _body_of_a_team_entry(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """'Winner: Southern Trust Podiatry - Feet First': on an awards entry's line, a team named
    after its body enters for the body."""
    n = team_of_a_body(tokens_text(doc, s, e).split(), lex)
    if n is None or _charity_prefix(list(doc[s:s + n])) or any(t.ent_type_ in {"GPE", "LOC"} for t in doc[s + n:e]):
        return s, e  # ("Carers Trust Wales": a charity's branch, named for its place)
    return (s, s + n) if ENTRY_LABEL.match(doc_text(doc), line_bounds(doc, s)[0]) else (s, e)


def _without_service_after_head(doc: Doc, s: int, e: int) -> tuple[int, int]:
    """'Dumfries and Galloway Council Reablement Service' -> the council: a service a body runs,
    named after the body, is the body's work (a word or two between the body and 'Service')."""
    toks = doc_tokens(doc)
    if e - s >= 3 and toks[e - 1].text in SERVICE_ENDS:
        for k in range(e - 2, max(s, e - 5), -1):
            if toks[k].text in OWNER_HEADS and k > s and all(t.is_title for t in toks[k + 1:e]):
                return s, k + 1  # not "Sefton Council for Voluntary Service"
    return s, e


def _in_copyright_line(doc: Doc, i: int) -> bool:
    """Whether token i is on a page's copyright line ('© 2012 The Irish News Ltd.'): the
    publisher, not a body of the story."""
    start, end = line_bounds(doc, i)
    line = doc_text(doc)[start:doc_tokens(doc)[i].idx].lstrip()
    if line.startswith(("(c)", "(C)")):  # "(c) 2012 X Ltd", not a list's third item "(c) Harford Council"
        return bool(re.match(r"\([cC]\)\s*(?:\d{4}|copyright)", line, re.I)) \
            or "rights reserved" in doc_text(doc)[start:end].lower()
    return line.startswith(("©", "Copyright"))


def _without_news_desk(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """'Cardiff Council Newsroom', 'NHS Fife Communications' -> the body: the desk that speaks for a
    body is the body."""
    words = tokens_text(doc, s, e).split()
    for desk in NEWS_DESK:
        n = len(desk.split())
        body = " ".join(words[:-n])
        if len(words) > n and " ".join(words[-n:]) == desk and (_has_head(body, lex) or re.fullmatch(r"NHS [A-Z]\w+", body)):
            return s, e - n
    return s, e


def _first_lines(doc: Doc, n: int) -> list[Span]:
    """The first n lines of the text that are not blank, as spans of tokens."""
    text, out = doc_text(doc), []
    for m in re.finditer(r"[^\n]*\S[^\n]*", text):
        span = doc.char_span(m.start() + len(m.group()) - len(m.group().lstrip()), m.end(), alignment_mode="expand")
        if span is not None:
            out.append(span)
        if len(out) == n:
            break
    return out


def _page_furniture(line: Span) -> bool:
    """A line of the page's own menu or breadcrumb: 'Cymraeg | Contact us', 'Home > About us', or a
    PDF's page marker ('--- Page 1 ---')."""
    text = line.text
    return "|" in text or " > " in text or "›" in text or len(text.split()) <= 2 \
        or bool(re.match(r"(?:skip to\b|we use cookies\b|this (?:website|site) uses cookies\b|-+\s*page\s+\d+\s*-+\s*$|"
                         r"(?:agenda\s+)?item\s+(?:no\.?\s*)?\w{1,4}\s*$)", text, re.I))  # a report's "AGENDA ITEM 7"


def _link_orgs(doc: Doc, mentions: list[Mention], ents: Entities, lex: Lexicon) -> None:
    """Give each organisation mention its canonical name, folding acronyms and short forms into
    the full name the article uses, and record the organisations with their aliases."""
    defined, inside = _bracketed_definitions(doc, mentions, lex)
    for m in mentions:
        m.text = " ".join(m.text.split())
    by_initials = _acronym_owners(
        [_canon(m.text, lex) for m in mentions if not (m.text.isupper() and " " not in m.text)])
    for m in mentions:
        text = m.text
        if m.start in inside and inside[m.start] != _canon(text, lex):
            m.entity = inside[m.start]
        elif text in defined:
            m.entity = defined[text]
        elif text.isupper() and " " not in text:
            owners = by_initials.get(text) or by_initials.get(text.replace("&", "")) or set()
            owners = {_body_of_its_board(o, owners, lex) or o for o in owners}  # "PHA": the agency, not its board
            m.entity = next(iter(owners)) if len(owners) == 1 else _canon(text, lex)
        else:
            m.entity = _canon(text, lex)
    names = {m.entity for m in mentions}
    for m in mentions:
        m.entity = _place_acronym_owner(m.entity, names, lex) or _body_of_its_board(m.entity, names, lex) \
            or _partnership_of_its_board(m.entity, names, lex) or m.entity
        acronym, _, rest = m.text.partition(" ")
        owners = by_initials.get(acronym, set()) if acronym.isupper() and acronym.isalpha() else set()
        if rest.lower() in OWN_BOARD_WORDS and (acronym in defined or len(owners) == 1):
            # "the NIBTS board", "NIPEC Council members", "the CHCP board": the body itself
            m.entity = defined.get(acronym) or next(iter(owners))
        place, _, last = m.text.rpartition(" ")
        if place and last.isupper() and defined.get(last, "").startswith(place + " "):
            m.entity = defined[last]  # "the Kendal ICC" after "the Kendal Integrated Care Community (ICC)"
    # longest first, ties by name: a set's order follows string hashing, which varies from run to run
    merge = _short_form_merges(sorted({m.entity for m in mentions}, key=lambda n: (-len(n), n)), lex)
    for m in mentions:
        while m.entity in merge:
            m.entity = merge[m.entity]
    _record_orgs(mentions, defined, merge, ents, lex)


#: A body's own governing board after its acronym: "the NIBTS board" is the body.
OWN_BOARD_WORDS = {"board", "council", "governing body", "board of directors", "partnership board", "programme board"}


def _place_acronym_owner(name: str, names: set[str], lex: Lexicon) -> str | None:
    """'HMR Clinical Commissioning Group' -> 'NHS Heywood, Middleton and Rochdale Clinical
    Commissioning Group', 'B&NES Council' -> 'Bath and North East Somerset Council', 'NHS B&NES'
    -> 'NHS Bath and North East Somerset': an acronym of the places of the one name of the
    article with the same head (or after 'NHS')."""
    first, _, rest = name.partition(" ")
    if first == "NHS" and _is_place_acronym(rest):
        letters = rest.replace("&", "")
        owners = [n for n in names if n != name and n.startswith("NHS ") and initials(n[4:]) == letters]
    elif _is_place_acronym(first) and rest:
        letters, head = first.replace("&", ""), rest
        owners = [n for n in names if n != name and n.endswith(" " + head)
                  and letters in {initials(" ".join(w for w in n[:-len(head)].split() if w != "NHS")),
                                  initials(_place_before_council_words(n[:-len(head)]))}]
    else:
        return None
    spellings = {n.replace(" & ", " and ") for n in owners}  # "Bath & X Council", "Bath and X Council": one
    return sorted(owners)[-1] if len(spellings) == 1 else None


def _place_before_council_words(name: str) -> str:
    """'Rhondda Cynon Taf County Borough ' -> 'Rhondda Cynon Taf': 'RCT Council' is the county
    borough's council."""
    return " ".join(_without_last_words(name.split(), COUNCIL_KIND_WORDS))


def _body_of_its_board(name: str, names: set[str], lex: Lexicon) -> str | None:
    """'Public Health Agency Board', 'NHS Harford Board': the board of a body the article names
    with its head word is that body (minutes say 'the PHA Board' of the agency itself)."""
    body = name.removesuffix(" Board")
    return body if body != name and body in names and _has_head(body, lex) \
        and not body.endswith(("Board", "Partnership", "Committee")) else None


#: What a joint body's own name ends in when its board is named after it.
JOINT_BODY_ENDINGS = ("Partnership", "Programme", "Alliance", "Network", "Collaborative", "Vanguard", "Service")


def _partnership_of_its_board(name: str, names: set[str], lex: Lexicon) -> str | None:
    """'the Healthy Harford Partnership Board', 'the Harford Vanguard Programme Board': the board of a
    joint body the article names is that body, where a member joins it ('X joined the ... Partnership
    Board'), and so is the board named without the body's place ('the Community Planning Partnership
    Board' of the Harford Community Planning Partnership); a board named for a body with a head word
    ('Harford Council Partnership Board') is not."""
    for suffix in (" Partnership Board", " Programme Board", " Board"):
        body = name.removesuffix(suffix)
        if body != name and body in names and (body.endswith(JOINT_BODY_ENDINGS) or not _has_head(body, lex)):
            return body
    body = name.removesuffix(" Board")
    placed = [n for n in names if n.endswith(" " + body)] if body != name and body.endswith(JOINT_BODY_ENDINGS) else []
    return placed[0] if len(placed) == 1 else None  # "the Community Planning Partnership Board" of "Harford CPP"


def _is_place_acronym(word: str) -> bool:
    """'HMR', 'B&NES': capitals, an ampersand allowed between them."""
    letters = word.replace("&", "")
    return letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 5 and not word.startswith("&") \
        and not word.endswith("&")


def _canon(text: str, lex: Lexicon) -> str:
    """One spelling per organisation: spaces, case and abbreviations normalised."""
    return expand_abbreviation(fix_case(" ".join(text.split())), lex)


#: The kind words after an NHS body's places, left out when it is named short ("NHS Shropshire,
#: Telford and Wrekin" for its integrated care board).
NHS_KIND_WORDS = re.compile(r"\s+(?:Integrated\s+Care\s+Board|ICB|Clinical\s+Commissioning\s+Group|CCG|"
                            r"(?:University\s+)?Health\s+Board)$")


def _known_comma_names(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'a joint post between NHS Shropshire, Telford and Wrekin and Telford & Wrekin Council': a name
    with commas inside that the text gives whole elsewhere ('NHS Shropshire, Telford and Wrekin
    Integrated Care Board', or its NHS short form) is that name wherever it recurs; the pieces
    its commas and 'and' would cut it into give way, and a span running on past it keeps its rest."""
    known = _comma_names(doc, spans, lex)
    text = doc_text(doc)
    for name in sorted(known, key=len, reverse=True):
        pattern = r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?![\w-])"
        for hit in re.finditer(pattern, text):
            whole = doc.char_span(hit.start(), hit.end(), alignment_mode="strict")
            if whole is None or (whole.start, whole.end) in spans:
                continue
            s0, e0 = whole.start, whole.end
            if any(s <= s0 and e0 <= e and " ".join(tokens_text(doc, s, e).split()) in known for s, e in spans) \
                    or any(s < s0 < e for s, e in spans):
                continue  # the start of the long name itself, or inside a name that begins before it
            spans = _giving_way_to(doc, spans, s0, e0)
    return spans


def _comma_names(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> set[str]:
    """The names with a comma inside among `spans` (an NHS body's or one with a head word), and an
    NHS body's short form without its kind words."""
    known = set()
    for s, e in spans:
        name = " ".join(tokens_text(doc, s, e).split())
        if ", " in name and (name.startswith("NHS ") or _has_head(name, lex)):
            known.add(name)
            short = NHS_KIND_WORDS.sub("", name)
            if name.startswith("NHS ") and short != name and ", " in short:
                known.add(short)
    return known


def _giving_way_to(doc: Doc, spans: list[tuple[int, int]], s0: int, e0: int) -> list[tuple[int, int]]:
    """`spans` with (s0, e0) in and the spans it overlaps out; one running on past it keeps the
    rest after a linking word ('... Wrekin [and] Telford & Wrekin Council')."""
    toks = doc_tokens(doc)
    kept = []
    for s, e in spans:
        if e <= s0 or s >= e0:
            kept.append((s, e))
        elif e > e0:
            k = e0
            while k < e and toks[k].lower_ in {"and", ",", "&", "the"}:
                k += 1
            if k < e:
                kept.append((k, e))
    return sorted(kept + [(s0, e0)])


def _kind_from_bracketed_kind(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """'NHS Shropshire, Telford and Wrekin (the ICB)': a name defined in brackets by the acronym of
    a kind of body is a body of that kind, whatever its own words say."""
    for m in ents.mentions:
        org = ents.orgs.get(m.entity)
        if m.kind != "ORG" or org is None or org.kind != "Other":
            continue
        acronym = bracketed_acronym(doc, m.end)
        if acronym in GENERIC_ACRONYMS and lex.kind_of(acronym) != "Other":
            org.kind = lex.kind_of(acronym)


def _bracketed_definitions(doc: Doc, mentions: list[Mention],
                           lex: Lexicon) -> tuple[dict[str, str], dict[int, str]]:
    """Acronyms defined in brackets right after a name ("Health Service Journal (HSJ)"): acronym
    -> organisation, and token -> organisation whose bracketed acronym holds it."""
    defined: dict[str, str] = {}
    inside: dict[int, str] = {}
    for m in mentions:
        acr = bracketed_acronym(doc, m.end) or _bracketed_short_name(doc, m)
        if acr and acr != m.text:
            defined[acr] = _canon(m.text, lex)
            for k in range(m.end, m.end + 2 + len(acr.split())):
                inside[k] = _canon(m.text, lex)
    return defined, inside


def _bracketed_short_name(doc: Doc, m: Mention) -> str | None:
    """'Health Innovation North East and North Cumbria (Health Innovation NENC)': the name's first
    words and an acronym of the rest, in brackets right after it, are its short name."""
    toks = doc_tokens(doc)
    close = next((j for j in range(m.end + 1, min(m.end + 7, len(toks))) if toks[j].text == ")"), None)
    if m.end >= len(toks) or toks[m.end].text != "(" or close is None:
        return None
    text = tokens_text(doc, m.end + 1, close)
    words = text.split()
    if len(words) >= 2 and re.fullmatch(r"[A-Z]{2,8}", words[-1]) and m.text.startswith(" ".join(words[:-1]) + " ") \
            and all(w[:1].isupper() for w in words):
        return text
    return None


#: An acronym that keeps the initial of a lower-case word: "BwD", "CnES".
MIXED_CASE_ACRONYM = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z]{1,5}$")


def _mixed_initials(name: str) -> str:
    """'Blackburn with Darwen Borough Council' -> 'BwD', 'Comhairle nan Eilean Siar' -> 'CnES':
    the initial of every word, lower-case words' too, without the kind of body at the end."""
    words = _without_last_words(name.replace("-", " ").split(), ACRONYM_LEAVES_OUT | {"council", "borough", "county"},
                                keep=2)
    return "".join(w[0] for w in words if w[0].isalpha())


def _add_mixed_case_acronyms(doc: Doc, ents: Entities) -> None:
    """'BwD chief executive X', 'CnES chief executive Y': a word in mixed case that spells the
    initials of exactly one body the text names, lower-case words included, or that is the whole
    name of one ('VASLan'), is that body."""
    taken = {i for m in ents.mentions for i in range(m.start, m.end)}
    owners = defaultdict(set)
    for name in ents.orgs:
        mixed = _mixed_initials(name)
        if mixed != mixed.upper():  # only names with a lower-case word in them
            owners[mixed].add(name)
        if " " not in name and MIXED_CASE_ACRONYM.match(name) and not name.isupper():
            owners[name].add(name)  # "VASLan" named once: each later "VASLan" is that body too
    if not owners:
        return
    for tok in doc_tokens(doc):
        if tok.i in taken or not MIXED_CASE_ACRONYM.match(tok.text) or tok.text.isupper():
            continue
        found = owners.get(tok.text)
        if found and len(found) == 1:
            name = next(iter(found))
            ents.mentions.append(Mention(tok.i, tok.i + 1, tok.text, "ORG", entity=name))
            ents.orgs[name].aliases.add(tok.text)


def _acronym_owners(full_names: list[str]) -> defaultdict[str, set[str]]:
    """Full names by their initials, so a bare acronym can find the one name it stands for."""
    by_initials = defaultdict(set)
    for n in full_names:
        by_initials[initials(n)].add(n)
        # acronyms often leave out "NHS": HEFT for Heart of England NHS Foundation Trust
        without_nhs = initials(" ".join(w for w in n.split() if w != "NHS"))
        if without_nhs != initials(n):
            by_initials[without_nhs].add(n)
        # ... and the kind of body at the end: ABMU, NCIC for "... University Health Board", "... NHS Foundation Trust"
        # ... and RCT for "Rhondda Cynon Taf County Borough Council"
        words = _without_last_words(n.split(), LEFT_OUT_OF_ACRONYMS)
        if len(words) >= 3 and len(words) < len(n.split()):
            by_initials[initials(" ".join(words))].add(n)
        # ... or the place it opens with: CHCP for "West Lothian Community Health and Care Partnership"
        place = place_of(n)
        rest = n[len(place) + 1:] if place and n.startswith(place + " ") else ""
        if len(initials(rest)) >= 3 and len(rest.split()) >= 3 and rest[:1].isupper():
            by_initials[initials(rest)].add(n)
        after_first = " ".join(n.replace("-", " ").split()[1:])  # PCPG for "Carmarthenshire Pan-Cluster Planning Group"
        if len(initials(after_first)) >= 3:
            by_initials[initials(after_first)].add(n)
    return by_initials


#: Words at the end of a body's name that its acronym often leaves out (kg/data trust_suffix and more).
ACRONYM_LEAVES_OUT = TRUST_SUFFIX - {"university", "teaching", "hospitals"} | {"health", "board"}
#: The words of a council's name after its place, which its acronym leaves out too.
COUNCIL_KIND_WORDS = {"council", "county", "borough", "city", "district", "metropolitan"}
LEFT_OUT_OF_ACRONYMS = ACRONYM_LEAVES_OUT | COUNCIL_KIND_WORDS


def _without_last_words(words: list[str], drop: set[str], keep: int = 0) -> list[str]:
    """`words` without the words of `drop` (in lower case) at their end, at least `keep` kept:
    the place of a name without the kind of body it names."""
    n = len(words)
    while n > keep and words[n - 1].lower() in drop:
        n -= 1
    return words[:n]


def _short_form_merges(canon_names: list[str], lex: Lexicon) -> dict[str, str]:
    """Short form -> longer name of the article: a name that begins a longer one ("Pennine
    Care"), or two councils of one place ("Tameside Council", "Tameside Metropolitan Borough
    Council"). canon_names come longest first."""
    merge: dict[str, str] = {}
    for short in canon_names:
        for long in canon_names:
            if long == short or len(long) <= len(short):
                continue
            if " & " in short and short.replace(" & ", " and ") == long:
                merge[short] = long  # "Clackmannanshire & Stirling IJB" in a heading, "... and ..." in the text
                break
            rest = long[len(short):].split()
            if long.startswith(short + " ") and len(short.split()) >= 2 and (
                    not _has_head(short, lex) or all(w.lower() in TRUST_SUFFIX for w in rest)):
                merge[short] = long
                break
            sw, lw = short.split(), long.split()
            if len(sw) >= 2 and lw[-1] in JOINT_BODY_ENDINGS and not _has_head(short, lex) \
                    and 1 <= len(lw) - len(sw) - 1 <= 2 and lw[-1 - len(sw):-1] == sw and place_of(long) \
                    and " ".join(lw[:len(lw) - len(sw) - 1]) == place_of(long):
                merge[short] = long  # "Community Connections" of "Shetland Community Connections Partnership"
                break
            place = sw[:-1]  # "the Western Trust" of "Western Health and Social Care Trust"
            # ... a word naming a kind of body ('Trust', 'Partnership'), not a brand's last word:
            # "Salford Together" is no short form of "Salford Primary Care Together"
            if len(sw) >= 2 and len(lw) > len(sw) and lw[:len(place)] == place and sw[-1] == lw[-1] \
                    and sw[-1].lower() in LOWER_HEAD_WORDS \
                    and sw[0] != "NHS" and _has_head(short, lex) and lex.kind_of(short) != "LocalAuthority" and not [
                        n for n in canon_names if n != long and n != short
                        and n.split()[:len(place)] == place and n.split()[-1] == sw[-1]]:
                merge[short] = long
                break
            if (lex.kind_of(short) == lex.kind_of(long) == "LocalAuthority" and place_of(short)
                    and place_of(short) == place_of(long) and _same_tier(short, long)
                    and set(lw) - set(sw) <= COUNCIL_NAME_WORDS):  # not "Cardiff Third Sector Council"
                merge[short] = long
                break
    return merge


COUNCIL_TIERS = ("County", "City", "District", "Borough")
#: The words a council's full name adds to its short one ("Tameside Metropolitan Borough Council").
COUNCIL_NAME_WORDS = set(COUNCIL_TIERS) | {"Metropolitan", "Royal", "Unitary", "Islands", "Council", "of", "and", "the"}


def _same_tier(a: str, b: str) -> bool:
    """'Dunmere City Council' and 'Dunmere County Council' are two councils of two tiers;
    'Tameside Council' may be 'Tameside Metropolitan Borough Council'."""
    ta = {w for w in a.split() if w in COUNCIL_TIERS}
    tb = {w for w in b.split() if w in COUNCIL_TIERS}
    return not ta or not tb or bool(ta & tb)


def _record_orgs(mentions: list[Mention], defined: dict[str, str], merge: dict[str, str],
                 ents: Entities, lex: Lexicon) -> None:
    """Add the linked mentions and their organisations (with surface forms and acronyms as
    aliases) to ents."""
    for m in mentions:
        org = ents.orgs.get(m.entity)
        if org is None:
            org = ents.orgs[m.entity] = Organisation(m.entity, kind=lex.kind_of(m.entity), place=place_of(m.entity))
        if m.text != m.entity:
            org.aliases.add(m.text)
        ents.mentions.append(m)
    for acr, full in defined.items():
        if full in ents.orgs:
            ents.orgs[full].aliases.add(acr)
        elif full in merge and merge[full] in ents.orgs:
            ents.orgs[merge[full]].aliases.add(acr)


def _fold_placeless_names(ents: Entities) -> None:
    """'the Health and Wellbeing Board' after 'Marrowby Health and Wellbeing Board': a name that
    is the end of exactly one longer name in the article, and leaves out only its place, is
    that body."""
    for short in [n for n in ents.orgs if len(n.split()) >= 2]:
        longer = [n for n in ents.orgs if n.endswith(" " + short) and n != short]
        if len(longer) != 1 or len(longer[0].split()) - len(short.split()) > 3 or short.split()[0] == "NHS" \
                or longer[0][:-len(short)].split()[-1:] in (["and"], ["&"]):
            continue  # "Southam NHS Foundation Trust" is not "Northam and Southam NHS Foundation Trust"
        target = longer[0]
        for m in ents.mentions:
            if m.entity == short:
                m.entity = target
        ents.orgs[target].aliases |= {short} | ents.orgs[short].aliases
        del ents.orgs[short]


def _run_pieces(doc: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each run, and the pieces of a run joined by 'and' ('Avonford and Severnside')."""
    toks = doc_tokens(doc)
    out = []
    for s, e in runs:
        out.append((s, e))
        cuts = [k for k in range(s + 1, e - 1) if toks[k].lower_ == "and"]
        if cuts:
            bounds = [s - 1] + cuts + [e]
            out += [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if b > a + 1]
    return out


def _in_title_slot(doc: Doc, s: int, e: int, lex: Lexicon) -> bool:
    """A one-word short form where a body goes with a title: 'Severnside chief executive X',
    'chief executives of Avonford and Severnside respectively'."""
    toks = doc_tokens(doc)
    if e < len(toks) and (lex.is_title_word(toks[e].text) or (e + 1 < len(toks) and lex.is_title_word(toks[e + 1].text)
                                                           and toks[e].pos_ in {"ADJ", "NOUN"})):
        return True
    k = s - 1
    while k >= 0 and (toks[k].text[:1].isupper() or toks[k].lower_ == "and") and s - k < 4:
        k -= 1  # over "A and" in "of A and B"
    return k >= 1 and toks[k].lower_ in {"of", "at"} and any(lex.is_title_word(t.text) for t in toks[max(0, k - 4):k])


#: A trade union's official after its possessive: "'s northern regional organiser", "'s branch secretary".
UNION_OFFICIAL = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,3}?(?:organi[sz]er|branch secretary|shop steward|"
                            r"branch chair|full-time officer)\b")


def _add_short_forms(doc: Doc, ents: Entities, taken: set[int], lex: Lexicon, described: set[str]) -> None:
    """Mentions no rule found but the article has named: capitalised runs that are or begin a known
    name ('Cheshire West and Chester'), and bare uses of a known alias or acronym ('HSJ editor')
    or, on a line of its own, of the name itself (a report's title line 'Carers in Harfordshire')."""
    toks = doc_tokens(doc)
    aliases: dict[tuple[str, ...], str] = {}
    for name in ents.orgs:  # "One Care is a partner in X" after "One Care, the GP federation for Y": a
        if name in described and len(name.split()) >= 2:  # headless name the text described, named again
            aliases[tuple(name.split())] = name
    for name, org in ents.orgs.items():
        for alias in org.aliases:
            if alias[:1].isupper() and (len(alias.split()) >= 2 or alias.isupper()) \
                    and alias not in GENERIC_ACRONYMS:
                aliases[tuple(alias.split())] = name
    for sent in doc_sents(doc):
        for s, e in _run_pieces(doc, capitalised_runs(sent)):
            if any(i in taken for i in range(s, e)) or (s > 0 and toks[s - 1].text in {"'s", "’s"}):
                continue  # "the College's Northern Ireland director": a place that qualifies a title
            if _qualifier_of_a_title(doc, s, e, lex):
                continue  # "Manager (Mental Health)" beside a body "Mental Health Harford": the title's field
            text = " ".join(tokens_text(doc, s, e).split())
            possessive = e < len(toks) and toks[e].text in {"'s", "’s", "'", "’"}
            held = s > 0 and toks[s - 1].pos_ == "VERB" and toks[s - 1].lemma_ in {"chair", "lead", "run", "join"}
            if len(text.split()) < 2 and not (possessive or held or _in_title_slot(doc, s, e, lex)):
                continue  # one word is a place, unless it owns something ("Bexford's chief executive") or is chaired
            owners = [name for name in ents.orgs if name.startswith(text + " ") and not _has_head(text, lex)]
            if not owners and text in ents.orgs and (len(text.split()) >= 2 or possessive and text in described):
                owners = [text]  # "Scottish Care's role": a headless name the tagger marked elsewhere, not here
                # (one word too when the text described it as a body: "Brecwyn, the housing association ...")
            if not owners and possessive:  # "Kensmere's director" of the Royal Borough of Kensmere
                owners = [name for name in ents.orgs if place_of(name) == text and ents.orgs[name].kind == "LocalAuthority"]
            if not owners and possessive and UNION_OFFICIAL.match(doc_text(doc)[toks[e].idx:toks[e].idx + 60]) \
                    and not any(t.ent_type_ in {"GPE", "LOC"} for t in toks[s:e]):
                owners = [ents.add_org(text)]  # "Tradeside's northern regional organiser": a trade union
            if len(owners) == 1:
                ents.mentions.append(Mention(s, e, text, "ORG", entity=owners[0]))
                ents.orgs[owners[0]].aliases.add(text)
                taken.update(range(s, e))
    words = token_texts(doc)[0]
    for key, name in sorted(aliases.items(), key=lambda kv: -len(kv[0])):
        n = len(key)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == key and not any(k in taken for k in range(i, i + n)):
                ents.mentions.append(Mention(i, i + n, " ".join(key), "ORG", entity=name))
                taken.update(range(i, i + n))
    _add_names_on_own_lines(doc, ents, taken, described)


def _add_names_on_own_lines(doc: Doc, ents: Entities, taken: set[int], described: set[str] = frozenset()) -> None:
    """A line that is exactly the name of a body the text names elsewhere is a mention of it
    (the title line of a body's own report or page, where the tagger sees no sentence); a name
    of one word only if the text describes it as a body ('Brightwell is a registered charity')."""
    names = {name for name, org in ents.orgs.items() if (len(name.split()) >= 2 or name in described)
             and org.kind != "Media"}  # a masthead is furniture
    if not names:
        return
    text = doc_text(doc)
    for line in re.finditer(r"[^\n]+", text):
        name = line.group().strip()
        if name not in names:
            continue
        start = line.start() + line.group().index(name)
        span = doc.char_span(start, start + len(name))
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            ents.mentions.append(Mention(span.start, span.end, name, "ORG", entity=name))
            taken.update(range(span.start, span.end))


def _add_defined_acronyms(doc: Doc, ents: Entities, taken: set[int]) -> None:
    """Every later use of an acronym the article defined ('... NHS Foundation Trust (NLaG)'),
    whatever its case: "NLaG's deputy chief executive", "managing director of NLaG"."""
    owners = {}
    for org in ents.orgs.values():
        for alias in org.aliases:
            if " " not in alias and 2 <= len(alias) <= 8 and sum(c.isupper() for c in alias) >= 2 \
                    and alias not in GENERIC_ACRONYMS:
                owners.setdefault(alias, org.name)
    words = token_texts(doc)[0]
    for i, word in enumerate(words):
        text = word.rstrip(".")  # the tokenizer keeps a sentence's full stop on "NfaG."
        bracketed = 0 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")"
        if i not in taken and text in owners and not bracketed:  # not the definition itself
            ents.mentions.append(Mention(i, i + 1, text, "ORG", entity=owners[text]))


def _add_bare_acronyms(doc: Doc, ents: Entities, taken: set[int], lex: Lexicon) -> None:
    """'chief executive of LTHT': an acronym after a preposition names an organisation, even
    when this article never spells it out (another article may; see kg/resolve.py); it is the one
    body of the article whose initials it is, if there is one ('the PCPG' of the 'Carmarthenshire
    Pan-Cluster Planning Group', after 'the' too); and before a title and a name ('GCVS chief
    executive Jo Bell')."""
    toks = doc_tokens(doc)
    owners = _acronym_owners([n for n in ents.orgs if " " in n])
    people_at = {m.start for m in ents.mentions if m.kind == "PERSON"}
    body_ends = {m.end for m in ents.mentions if m.kind == "ORG"}
    for tok in toks:
        text = tok.text
        if tok.i in taken or not _acronym_shaped(text) or text in GENERIC_ACRONYMS or text.lower() in NOT_ORG:
            continue  # (not "for COPD": an illness)
        owner = owners.get(text, set())
        before = toks[tok.i - 1].lower_ if tok.i else ""
        if before not in {"of", "at", "for", "from", "with", "by"} and not (
                len(owner) == 1 and (before == "the" or _opens_a_clause(toks, tok.i))) \
                and not _before_a_title_and_name(doc, tok.i, lex, people_at) \
                and not _listed_after_a_body(toks, tok.i, body_ends) and not _ends_a_title_line(doc, tok.i, lex):
            continue  # ("sit on the PCPG": the one body whose initials it is; "GCVS chief executive Jo Bell")
        if tok.i + 1 < len(toks) and toks[tok.i + 1].is_title:
            continue  # the start of a longer name
        if _in_shouted_words(doc, tok.i):
            continue  # "INNOVATION OF THE YEAR": a word of a line set in capitals
        name = next(iter(owner)) if len(owner) == 1 else text
        ents.orgs.setdefault(name, Organisation(name))
        ents.mentions.append(Mention(tok.i, tok.i + 1, text, "ORG", entity=name))
        if name != text:
            ents.orgs[name].aliases.add(text)


#: Small words a name on its own line may hold between its capitalised ones.
NAME_LINE_JOINERS = {"and", "of", "for", "&", "in", "the"}


def _acronyms_spelt_on_own_lines(doc: Doc, ents: Entities, taken: set[int], lex: Lexicon) -> None:
    """'Action Mental Health' alone on a report's title page, then 'AMH' all through the text: an
    acronym no body of the article spells out is the one name of two to six capitalised words on a
    line of its own whose initials it is; the line's words become mentions of that body."""
    bare = [n for n, o in ents.orgs.items() if _acronym_shaped(n) and n not in GENERIC_ACRONYMS and not o.aliases]
    if not bare:
        return
    owned = _acronym_owners([n for n in ents.orgs if " " in n])
    lines = defaultdict(list)
    for line in re.finditer(r"[^\n]+", doc_text(doc)):
        name = line.group().strip()
        words = name.split()
        if 2 <= len(words) <= 6 and words[0][:1].isupper() and name not in ents.orgs \
                and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() or w in NAME_LINE_JOINERS
                        for w in words):
            start = line.start() + line.group().index(name)
            lines[initials(name)].append((name, start))
    for acronym in bare:
        found = lines.get(acronym, [])
        if owned.get(acronym) or len({name for name, _ in found}) != 1:
            continue
        name = found[0][0]
        org = ents.orgs.pop(acronym)
        org.name = name
        org.aliases.add(acronym)
        if org.kind == "Other":  # (the kind the full name says: a newspaper's masthead is no story's body)
            org.kind = lex.kind_of(name) or "Other"
        ents.orgs[name] = org
        for m in ents.mentions:
            if m.entity == acronym:
                m.entity = name
        for _, start in found:
            span = doc.char_span(start, start + len(name))
            if span is not None and not any(i in taken for i in range(span.start, span.end)):
                ents.mentions.append(Mention(span.start, span.end, name, "ORG", entity=name))


def _opens_a_clause(toks: list, i: int) -> bool:
    """'GWH joined the alliance', "GWH's director of community services, X": an acronym that opens
    a sentence or a clause (a verb or a possessive after it) is a subject, not a word of a heading."""
    before = toks[i - 1].text if i else "\n"
    after = toks[i + 1] if i + 1 < len(toks) else None
    return (before.strip() in {"", ".", ";", "and", "but", "when", "while", "as"} or before.isspace()) \
        and after is not None and (after.text in {"'s", "’s"} or after.pos_ in {"VERB", "AUX"})


def _acronym_shaped(text: str) -> bool:
    """'LTHT', 'NCH&C': three to six capitals, or capitals either side of one '&'."""
    return (text.isalpha() and text.isupper() and 3 <= len(text) <= 6) \
        or re.fullmatch(r"[A-Z]{1,4}&[A-Z]{1,4}", text) is not None


def _listed_after_a_body(toks: list, i: int, body_ends: set[int]) -> bool:
    """'Age UK Wyvern and NCH&C.': an acronym after 'and' or a comma that follows a body's name,
    and before no noun of its own ('the council and LGBT groups'), is the list's next body."""
    if i < 2 or toks[i - 1].lower_ not in {"and", ","} or (i - 1) not in body_ends:
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or nxt.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}


def _ends_a_title_line(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'Alun Troed (AT)   Chief Executive, VAMT': an acronym after a comma that closes a title,
    last on its line (an attendance list's or a signatory list's body), is the title's body."""
    toks = doc_tokens(doc)
    if i < 2 or toks[i - 1].text != ",":
        return False
    start, end = line_bounds(doc, i)
    text = doc_text(doc)
    return text[toks[i].idx + len(toks[i].text):end].strip() == "" \
        and has_title_word(text[start:toks[i - 1].idx], lex)


def _before_a_title_and_name(doc: Doc, i: int, lex: Lexicon, people_at: set[int]) -> bool:
    """'GCVS chief executive Fergus Bell', 'PHA director of public health Jo Bell': an acronym before
    a title in lower case (up to four words, one a title word) and a person's name names the body
    the title is at."""
    toks = doc_tokens(doc)
    k = i + 1
    while k < len(toks) and k - i <= 4 and toks[k].is_lower and toks[k].is_alpha:
        k += 1
    return k > i + 1 and any(lex.is_title_word(t.text) for t in toks[i + 1:k]) and k < len(toks) \
        and (k in people_at or toks[k].ent_type_ == "PERSON")


#: Bodies of one kind counted, then named by their places alone: "the area's five councils -
#: Blaenmoor, Caerford and Newhaven", "the seven GP consortia - Dartford, Gravesham and Swanley;
#: Swale; West Kent", "the three CCGs (Harford, Mereby and Wyvern)".
PLURAL_HEAD_LIST = re.compile(
    r"\b(?:the|its|their|[A-Z]\w+'s|area's|region's|county's)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d+)\s+)?(?P<mods>(?:[a-z]+|GP)\s+){0,2}?(?P<head>councils|local authorities|consortia|CCGs|"
    r"clinical commissioning groups|health boards|trusts)\s*(?:[-–—:(]|,\s)\s*"
    r"(?P<list>[A-Z][\w'’-]*(?:(?:\s+|,\s*|;\s*|\s+and\s+|;\s+and\s+)(?:[A-Z][\w'’-]*|upon|on|and))*)")
#: The singular head each plural names a body with.
PLACE_LIST_HEADS = {"councils": "Council", "local authorities": "Council", "consortia": "Consortium", "ccgs": "CCG",
                "clinical commissioning groups": "CCG", "health boards": "Health Board", "trusts": "NHS Trust"}
PLACE_LIST_TIERS = {t.lower() for t in COUNCIL_TIERS} | {"metropolitan", "unitary"}


def _add_places_under_a_plural_head(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """Bodies counted under a plural head and then named by place alone are bodies of that kind,
    named '<place> <head>' with the place as written for an alias; semicolons, where the list
    has them, part the places ('Dartford, Gravesham and Swanley; Swale')."""
    text = doc_text(doc)
    added = False
    for m in PLURAL_HEAD_LIST.finditer(text):
        head = PLACE_LIST_HEADS[m.group("head").lower()]
        mods = (m.group("mods") or "").split()
        if head == "Consortium" and mods:  # "GP commissioning consortia" -> "GP Commissioning Consortium"
            head = " ".join(w if w.isupper() else w.capitalize() for w in mods) + " " + head
        elif head == "Council" and mods and mods[-1] in PLACE_LIST_TIERS:  # "district councils" -> "District Council"
            head = mods[-1].capitalize() + " " + head
        listed = m.group("list").rstrip()
        separators = r"\s*;\s*(?:and\s+)?" if ";" in listed else r"\s*,\s*|\s+and\s+"
        places = [(o + len(p) - len(p.lstrip()), p.strip())
                  for o, p in _split_places(listed, m.start("list"), separators)]
        if len(places) < 2 or any("NHS" in p.split() or lex.is_head_word(p.split()[-1]) for _, p in places):
            continue  # a list of bodies named in full ("the three trusts - Harford NHS Trust, ...")
        _drop_headless_mentions(ents, doc.char_span(m.start("list"), m.start("list") + len(listed),
                                                    alignment_mode="expand"), lex)
        for offset, place in places:
            span = doc.char_span(offset, offset + len(place), alignment_mode="contract")
            if span is None or not len(span):
                continue
            # under the head, a place names that kind of body, whatever short form it also shortens
            ents.mentions = [x for x in ents.mentions if x.end <= span.start or x.start >= span.end]
            kind = "CCG" if head.endswith("Consortium") else lex.kind_of(f"{place} {head}")  # GP consortia became CCGs
            named = [n for n, o in ents.orgs.items()
                     if o.kind == kind and (o.place == place or n.startswith(place + " "))]  # "X District Council"
            name = named[0] if named else expand_abbreviation(f"{place} {head}", lex)
            ents.add_org(name, alias=place, kind=kind)
            ents.mentions.append(Mention(span.start, span.end, place, "ORG", entity=name))
            added = True
    if added:
        ents.index()


#: "Kent's shadow health and wellbeing board": a place's body named in lower case after its possessive.
PLACE_BODY = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+){0,2})['’]s ((?:[a-z]+ ){0,5}?(?:board|partnership|council|"
                        r"alliance|collaborative|network|system))\b")
PLACE_BODY_WORDS = {"shadow", "wellbeing", "safeguarding", "adults", "regional", "local"}


def _add_place_possessive_bodies(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """A place's possessive before a body's name in lower case names that body: "Kent's shadow
    health and wellbeing board" is the Kent Shadow Health and Wellbeing Board, the words as
    written its alias. The place must be a place (no person, no body's name or acronym, no
    'The'), every word one that names bodies, and two words or more ("Kent's board" names none)."""
    added = False
    for m in PLACE_BODY.finditer(doc_text(doc)):
        words = m.group(2).split()
        place_text = m.group(1)
        if len(words) < 2 or not all(w in LOWER_HEAD_WORDS or w in PLACE_BODY_WORDS for w in words) \
                or place_text.split()[0] in {"The", "A", "An", "This", "Its"} or place_text.isupper():
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        place = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is None or place is None:
            continue
        taken = {i: x for x in ents.mentions for i in range(x.start, x.end)}
        if any(i in taken for i in range(place.end, span.end)) or any(
                i in taken and (taken[i].text != place_text or taken[i].kind == "PERSON")
                for i in range(place.start, place.end)):
            continue  # a person's or body's name is no place; a place read as its council's short form is
        for x in {id(taken[i]): taken[i] for i in range(place.start, place.end) if i in taken}.values():
            ents.mentions.remove(x)
        name = fix_case(place_text + " " + " ".join(w if w == "and" else w.capitalize() for w in words))
        ents.add_org(name, alias=f"{place_text}'s {m.group(2)}", kind=lex.kind_of(name))
        ents.mentions.append(Mention(span.start, span.end, name, "ORG", entity=name))
        added = True
    if added:
        ents.index()


def _drop_headless_mentions(ents: Entities, span, lex: Lexicon) -> None:
    """Forget the tagger's guesses inside a list of places ('Chilmoor and South Brent' as one
    body): mentions of names without a head word, and their bodies when named nowhere else."""
    if span is None:
        return
    inside = [m for m in ents.mentions if m.kind == "ORG" and span.start <= m.start and m.end <= span.end
              and not _has_head(m.entity, lex)]
    for m in inside:
        ents.mentions.remove(m)
        if not any(x.entity == m.entity for x in ents.mentions):
            ents.orgs.pop(m.entity, None)
    if inside:
        ents.index()


def _split_places(listed: str, offset: int, separators: str) -> list[tuple[int, str]]:
    """The places of a list, with their offsets."""
    out, at = [], 0
    for sep in re.finditer(separators, listed):
        out.append((offset + at, listed[at:sep.start()]))
        at = sep.end()
    out.append((offset + at, listed[at:]))
    return [(o, p) for o, p in out if p.strip()]


def _without_title_after_and(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """'[London Borough of Harford] and Borough Director': a run of capitals that ends in a title
    after its last 'and' is a body followed by the next title, when the words before name one."""
    toks = doc_tokens(doc)
    text = tokens_text(doc, start, end)
    cut = max((k for k in range(start + 1, end - 1) if toks[k].lower_ in {"and", "&"}), default=None)
    if cut is None or not ends_in_title(text, lex) or ends_in_title(tokens_text(doc, start, cut), lex) \
            or not (_has_head(tokens_text(doc, start, cut), lex) or _prefixed_name(list(doc[start:cut]))):
        return start, end
    return start, cut


def _in_shouted_words(doc: Doc, i: int) -> bool:
    """Whether token i stands among capitals: the words on either side are upper case too."""
    toks = doc_tokens(doc)
    near = [toks[k] for k in (i - 2, i - 1, i + 1, i + 2) if 0 <= k < len(toks) and toks[k].is_alpha]
    return sum(t.is_upper and len(t) > 1 for t in near) >= 2


#: Lines of a news page's furniture that name its outlet: "By Care Home Professional staff",
#: "Sign up to the X newsletter", "More from STV News", "(Image: Daily Post)".
OUTLET_LINE = re.compile(r"^\W*(?:by\b|sign up\b|subscribe\b|more from\b|download\b|follow\b|like us\b|get the\b|"
                         r"image caption\b|picture\b|photo\b|credit\b|copyright\b|\(c\)|©)|\b(?:cookies|newsletter|"
                         r"app|image|picture|photograph|credit)\b", re.I)


def _drop_the_outlet(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """The news outlet of the page, named only in its masthead and furniture (the first line, a
    byline, a newsletter or cookie line, an image credit), is no body of the story: it holds no
    post and joins nothing. A body with a head word ('X Council') stays."""
    for name in [n for n, o in ents.orgs.items() if not _has_head(n, lex) or o.kind == "Media"]:
        mentions = [m for m in ents.mentions if m.kind == "ORG" and m.entity == name]
        if mentions and all(_in_outlet_furniture(doc, m) for m in mentions) and (
                ents.orgs[name].kind == "Media" or any(_in_outlet_furniture(doc, m, masthead=False) for m in mentions)):
            _drop_org(ents, name)


def _in_outlet_furniture(doc: Doc, m: Mention, masthead: bool = True) -> bool:
    """Whether mention m is on a furniture line (OUTLET_LINE) or, with `masthead`, the first line."""
    text = doc_text(doc)
    start, end = line_bounds(doc, m.start)
    line = text[start:end]
    return (masthead and not text[:start].strip()) or bool(OUTLET_LINE.search(line))


#: A page's publisher line: "Part of the Newsquest Media Group", "PublicTechnology is part of Dods
#: Group plc", "Charity Times is published by X".
PUBLISHER_LINE = re.compile(r"(?:^|[.,]\s+)(?:a\s+)?part\s+of\s+(?:the\s+)?$|\b(?:is|are)\s+(?:now\s+)?(?:a\s+)?"
                            r"(?:part\s+of|published\s+by|owned\s+by)\s+(?:the\s+)?$", re.I)


def _drop_publishers(doc: Doc, ents: Entities) -> None:
    """The page's publisher, named only on its publisher line ('Part of the Newsquest Media
    Group', 'X is part of Dods Group plc', in the second half of the page), is no body of the
    story; a partnership, a council or an NHS body a line says a body is part of stays."""
    text = doc_text(doc)
    toks = doc_tokens(doc)

    def on_a_publisher_line(m: Mention) -> bool:
        start, _ = line_bounds(doc, m.start)
        return PUBLISHER_LINE.search(text[start:toks[m.start].idx]) is not None and start > len(text) // 2

    bodies = [n for n, o in ents.orgs.items() if o.kind in {"Other", "Media"}]  # (no ICS, council or trust publishes)
    _drop_bodies_named_only(ents, bodies, on_a_publisher_line)


#: Words after a party's name: "SNP group leader", "Labour councillor", "Plaid Cymru's health spokesman".
PARTY_CONTEXT = {"group", "councillor", "councillors", "cllr", "mp", "mps", "msp", "msps", "am", "ms", "mla", "mlas",
                 "spokesman", "spokeswoman", "spokesperson", "opposition", "administration", "candidate", "peer",
                 "minister", "leader", "member", "members", "activist", "activists", "party"}


def _drop_political_parties(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """'SNP group leader X', "Plaid Cymru's health spokesman": a political party, named with no
    head word and only before the words that speak of its politicians, is no body of this graph."""
    _drop_bodies_named_only(ents, [n for n in ents.orgs if not _has_head(n, lex)], lambda m: before_party_word(doc, m.end))


def _drop_scheme_owners(doc: Doc, ents: Entities) -> None:
    """'the NHS Wales Awards 2017', 'the Advancing Healthcare Awards': a name met only in front of
    a scheme's 'Awards' (or only after 'Award for') is part of an award's name, not a body of the
    story. A publication keeps its place: a journal or newspaper runs its own awards and confers
    them."""
    toks = doc_tokens(doc)

    def before_awards(m: Mention) -> bool:
        return m.end < len(toks) and toks[m.end].lower_ in {"award", "awards"}

    def after_award_for(m: Mention) -> bool:  # "Award for Digital Innovation in Healthcare"
        return m.start >= 2 and toks[m.start - 2].lower_ in {"award", "prize"} and toks[m.start - 1].lower_ in {"for", "in"}

    others = [n for n, o in ents.orgs.items() if o.kind != "Media"]
    for name in others:
        _short_form_outside_the_scheme(doc, ents, name, before_awards)
    others = [n for n, o in ents.orgs.items() if o.kind != "Media"]
    _drop_bodies_named_only(ents, others, before_awards)
    _drop_bodies_named_only(ents, others, after_award_for)  # (a body dropped already has no mention left)


def _short_form_outside_the_scheme(doc: Doc, ents: Entities, name: str, in_scheme) -> None:
    """'the NHS North West Tobacco Control Awards' and, later, 'a post at NHS North West': the
    name in front of 'Awards' belongs to the scheme, and the body is the short form the text uses
    elsewhere."""
    mentions = [m for m in ents.mentions if m.kind == "ORG" and m.entity == name]
    outside = [m for m in mentions if not in_scheme(m)]
    if len(outside) == len(mentions) or not outside:
        return
    surfaces = {" ".join(tokens_text(doc, m.start, m.end).split()) for m in outside}
    if len(surfaces) != 1 or name in surfaces or (short := surfaces.pop()) in ents.orgs \
            or not name.startswith(short + " "):
        return
    org = ents.orgs.pop(name)
    org.name = short
    org.aliases.discard(short)
    ents.orgs[short] = org
    ents.mentions = [m for m in ents.mentions if not (m.kind == "ORG" and m.entity == name and in_scheme(m))]
    for m in ents.mentions:
        if m.kind == "ORG" and m.entity == name:
            m.entity = short


def _drop_hospital_short_names(ents: Entities) -> None:
    """'at the Royal Gwent and Nevill Hall', 'at Southampton General': 'Royal' and a place, or a
    place and 'General', with no head word to make it a trust, is a hospital: a facility."""
    for name in [n for n, o in ents.orgs.items() if o.kind == "Other" and not o.aliases]:
        words = name.split()
        if len(words) == 2 and (words[0] == "Royal" or words[1] == "General"):
            _drop_org(ents, name)


def _drop_seats_on_boards(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """'appointed A and B as Non-Executive Board Members of NHS X': words of a seat's kind and
    'Board' before 'Members' are a title the tagger took for a body; a body named so nowhere else
    goes."""
    toks = doc_tokens(doc)
    _drop_bodies_named_only(ents, list(ents.orgs), lambda m: m.end < len(toks) and _a_seat_on_a_board(
        [toks[k] for k in range(m.start, m.end + 1)], m.end - m.start - 1, lex))


def _fold_acronym_committees(ents: Entities) -> None:
    """'the CHCP Committee' where 'CHCP' is the text's one X Community Health and Care Partnership:
    a committee named by a body's acronym is that body's own governing committee, no body of its
    own; its mentions are the body's."""
    for name in [n for n in ents.orgs if len(n.split()) == 2 and n.split()[1] == "Committee" and n.split()[0].isupper()]:
        owners = [o for o, org in ents.orgs.items() if o != name and name.split()[0] in org.aliases]
        if len(owners) != 1:
            continue
        for m in ents.mentions:
            if m.kind == "ORG" and m.entity == name:
                m.entity = owners[0]
        del ents.orgs[name]


def _fold_welsh_names(doc: Doc, ents: Entities) -> None:
    """'Cynulliad Cenedlaethol Cymru | National Assembly for Wales': a bilingual page's Welsh name
    of a body, a bar and the English name, is one body, named in English, the Welsh name an alias."""
    toks = doc_tokens(doc)
    for m in [m for m in ents.mentions if m.kind == "ORG" and m.entity in ents.orgs]:
        if m.text.split()[0].lower() not in WELSH_BODY_WORDS or m.end + 1 >= len(toks) or toks[m.end].text != "|":
            continue
        english = next((x for x in ents.mentions if x.start == m.end + 1 and x.kind == "ORG"), None)  # (not indexed yet)
        if english is None or english.entity == m.entity or \
                english.entity not in ents.orgs or m.entity not in ents.orgs:
            continue
        welsh = m.entity
        for x in ents.mentions:
            if x.kind == "ORG" and x.entity == welsh:
                x.entity = english.entity
        ents.orgs[english.entity].aliases |= {welsh} | ents.orgs[welsh].aliases
        del ents.orgs[welsh]


def _drop_bodies_named_only(ents: Entities, names: list[str], such) -> None:
    """Take out each body of `names` whose every mention is `such` (a test of a mention): a name
    the text uses only so ('X Awards', 'SNP group leader') names no body of the story."""
    for name in names:
        mentions = [m for m in ents.mentions if m.kind == "ORG" and m.entity == name]
        if mentions and all(such(m) for m in mentions):
            _drop_org(ents, name)


def _drop_org(ents: Entities, name: str) -> None:
    """Take a body the text only seemed to name out of the entities, with its mentions."""
    ents.mentions = [m for m in ents.mentions if not (m.kind == "ORG" and m.entity == name)]
    del ents.orgs[name]


def before_party_word(doc: Doc, end: int) -> bool:
    toks = doc_tokens(doc)
    k = end + (1 if end < len(toks) and toks[end].text in {"'s", "’s"} else 0)
    words = []
    for t in toks[k:k + 3]:  # within the sentence: not "... of NHS Borders. Ms Bell joined"
        if t.is_sent_start or t.text in {".", ";", ":", "!", "?", "|"} or "\n" in t.text:
            break  # (a table's next cell is not the name's context: "Penumbra | Peer support workers")
        if t.is_alpha:
            words.append(t.lower_)
    return bool(words) and (words[0] in PARTY_CONTEXT or (len(words) > 1 and words[0] in {"health", "social", "care",
                                                                                           "shadow", "local"}
                                                          and words[1] in PARTY_CONTEXT))


#: A photograph's credit just before a name: "Picture: Jo Bell", "Photo by Jo Bell", "(Image: Jo Bell)".
CREDIT = re.compile(r"\b(?:picture|pic|photo|photograph|image|credit)s?\s*(?::|by)\s*$", re.I)


def _drop_peoples_initials(doc: Doc, ents: Entities) -> None:
    """'Phil Dringle-Mace (PDM)' on a minutes' attendance list, then 'PDM declared an interest':
    a person's initials, which the minutes use for her, name no body."""
    initials = {initials_of(m.entity) for m in ents.mentions
                if m.kind == "PERSON" and initials_bracket_after(doc, m.end, m.entity) > m.end}
    for name in [n for n in ents.orgs if n in initials]:
        _drop_org(ents, name)


def _drop_photographers(doc: Doc, ents: Entities) -> None:
    """A person named only in a photograph's credit is the page's furniture, not the story's."""
    toks = doc_tokens(doc)
    text = doc_text(doc)
    mentions_of = _mentions_by_person(ents)
    for p in list(ents.people):
        mentions = mentions_of[p]
        if mentions and all(CREDIT.search(text[max(0, toks[m.start].idx - 20):toks[m.start].idx]) for m in mentions):
            _drop_person(ents, p)


def _drop_places_a_title_serves(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """'place director for Surrey Heath', 'locality manager for East Wexley': a name right after a
    title and 'for' is the area the post serves, not a person (whom no title is 'for'), when the
    text names it nowhere but after 'for', 'in' or 'across'."""
    toks = doc_tokens(doc)
    mentions_of = _mentions_by_person(ents)
    for p in list(ents.people):
        mentions = mentions_of[p]
        served = [m for m in mentions if m.start >= 2 and toks[m.start - 1].lower_ == "for"
                  and lex.is_title_word(toks[m.start - 2].lower_) and not lex.is_honorific(toks[m.start].text)]
        if served and all(m.start >= 1 and toks[m.start - 1].lower_ in {"for", "in", "across", "throughout"}
                          for m in mentions):  # "to lead care in Surrey Heath": a place wherever it is named
            _drop_person(ents, p)


#: ", a community interest company", ", the Bournemouth charity": a description of a body after its name.
DESCRIBED_AS_BODY = re.compile(r"^\s*,\s+(?:a|an|the)\s+(?:(?![\w-]+['’]s\b|(?:of|for|at|with|in|to|from)\s)[\w'’-]+\s+){0,4}?"
                               r"(?:company|charity|organisation|"
                               r"enterprise|provider|federation|association|foundation|cooperative|co-operative|"
                               r"partnership|consortium|body|programme|alliance|collaborative|network)\b(?!['’])",
                               re.I)
#: An apposition naming a kind of body after a place's possessive, closed by punctuation: ", the island's
#: biggest landlord,", ", the county's largest charity.".
DESCRIBED_AS_OWNED_BODY = re.compile(r"^\s*,\s+the\s+[\w-]+['’]s\s+(?:[\w-]+\s+){0,3}?(?:landlord|housing association|charity|"
                                     r"company|firm|employer|provider|social enterprise|housing provider)\s*[,.;)]", re.I)
# (DESCRIBED_AS_BODY: not "A, the partnership's first chief officer", nor "A, the
# council's Head of Co-operative Commissioning": a possessive before it makes it a title; nor "A, a
# trustee of the charity": a preposition before it makes it a seat)


def _people_described_as_bodies(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """'delivered by Engaging Harford, a community interest company': a name the tagger took
    for a person's is a body's when the text describes it as one (a partnership when the
    description says so: ', the CCG-led programme which brings together ...')."""
    toks = doc_tokens(doc)
    text = doc_text(doc)
    mentions_of = _mentions_by_person(ents)
    for p in list(ents.people):
        mentions = mentions_of[p]
        after = [toks[m.end - 1].idx + len(toks[m.end - 1]) for m in mentions]
        described = [d for d in (DESCRIBED_AS_BODY.match(text[a:a + 80]) or DESCRIBED_AS_OWNED_BODY.match(text[a:a + 80])
                                 for a in after) if d]
        if not described or any(lex.is_honorific(toks[m.start - 1].text) for m in mentions if m.start > 0):
            continue
        joint = any(re.search(r"(?:partnership|alliance|collaborative|programme|consortium|network)$", d.group(0), re.I)
                    for d in described)
        converted = _person_as_body(ents, p, "Partnership" if joint else lex.kind_of(p))
        # a surname-like short form of the 'person' ("Liverpool" of "Healthy Liverpool") was a place
        short = {id(m) for m in converted if " ".join(m.text.split()) != p}
        ents.mentions = [m for m in ents.mentions if id(m) not in short]


def _person_as_body(ents: Entities, name: str, kind: str) -> list[Mention]:
    """Make the 'person' `name` a body of `kind` (if not one already); its mentions, returned,
    become the body's."""
    del ents.people[name]
    ents.orgs.setdefault(name, Organisation(name, kind=kind, place=place_of(name)))
    mentions = [m for m in ents.mentions if m.kind == "PERSON" and m.entity == name]
    for m in mentions:
        m.kind = "ORG"
    return mentions


def _mentions_by_person(ents: Entities) -> defaultdict[str, list[Mention]]:
    """Each person's mentions, in text order, gathered in one pass (taking one person out or making
    them a body leaves the others' mentions as they were, so a loop over people may keep it)."""
    out: defaultdict[str, list[Mention]] = defaultdict(list)
    for m in ents.mentions:
        if m.kind == "PERSON":
            out[m.entity].append(m)
    return out


def _drop_person(ents: Entities, name: str) -> None:
    """Take a person the text only seemed to name out of the entities, with their mentions."""
    ents.people.pop(name, None)
    ents.mentions = [m for m in ents.mentions if not (m.kind == "PERSON" and m.entity == name)]


def _opens_with_an_acronym(name: str) -> bool:
    """'YMCA Burton', 'RVS Harford': a word of three to six capitals, then words in title case; no
    person's name opens so (a name shouted in capitals is capitals throughout)."""
    words = name.split()
    return len(words) >= 2 and words[0].isupper() and words[0].isalpha() and 3 <= len(words[0]) <= 6 \
        and all(w[:1].isupper() and not w.isupper() for w in words[1:])


def _drop_people_named_like_organisations(doc: Doc, ents: Entities, lex: Lexicon) -> None:
    """'Cheshire West' (of Cheshire West and Chester Council) or 'Long Covid' (of the Long Covid
    ... Group) tagged PERSON: a name that begins an organisation's name is not a person's; nor is
    a prison's ('HMP Long Marston', or 'Kirk Harford' after 'HMP')."""
    for p in [p for p in ents.people if p in ents.orgs]:  # "the charity Turning Point ... Turning Point's manager"
        _person_as_body(ents, p, ents.orgs[p].kind)
    names = [n for org in ents.orgs.values() for n in (org.name, *org.aliases)]
    wrong = {p for p in ents.people if any(n.startswith(p + " ") for n in names)}
    for p in wrong:
        owners = [name for name in ents.orgs if name.startswith(p + " ")]
        for m in ents.mentions:  # "asked Salford Royal in April": the short form of the one body it begins
            if m.kind == "PERSON" and m.entity == p and len(owners) == 1 and m.text == p:
                m.kind, m.entity = "ORG", owners[0]
                ents.orgs[owners[0]].aliases.add(p)
        _drop_person(ents, p)
    for p in [p for p in ents.people if lex.kind_of(p) in {"Voluntary", "GovernmentBody"}]:
        # "Healthwatch Dunmere" tagged PERSON: its name says what kind of body it is
        _person_as_body(ents, p, lex.kind_of(p))
    mentions_of = _mentions_by_person(ents)
    for p in [p for p in ents.people if _coordinated_with_a_body_of_its_place(doc, ents, mentions_of[p])]:
        _person_as_body(ents, p, lex.kind_of(p))  # "Harford Mind and Harford Live": two bodies of one town
    for p in [p for p in ents.people if _opens_with_an_acronym(p) and p.split()[0] not in INSTITUTION_PREFIXES]:
        _person_as_body(ents, p, lex.kind_of(p))  # "YMCA Burton": a national body's branch, named by its acronym
    for p in [p for p in ents.people if WELSH_BODY_WORDS & set(p.lower().split())]:
        _drop_person(ents, p)  # "Cyngor Gwynedd", "Bwrdd Partneriaeth Rhanbarthol Cwm Taf": a body's Welsh name
    for p in [p for p in ents.people if p.split()[0] == "Royal" or p.split()[-1] in {"General", "Royal"}]:
        _drop_person(ents, p)  # "the Royal Bournemouth", "North Manchester General": a hospital's short name
    toks = doc_tokens(doc)
    mentions_of = _mentions_by_person(ents)
    for p in list(ents.people):  # "HMP Full Sutton": a prison, where a project runs, is nobody
        mentions = mentions_of[p]
        if p.split()[0] in INSTITUTION_PREFIXES or (mentions and all(
                m.start > 0 and toks[m.start - 1].text in INSTITUTION_PREFIXES for m in mentions)):
            _drop_person(ents, p)
        elif any(_a_title_s_field(toks, m, lex) for m in mentions) and not ents.people[p].prefixes:
            _drop_person(ents, p)  # "Associate Director of Nursing for Older People, X": the title's field


#: "the launch of the", "to launch the", "rolled out the": what comes next is a scheme being started.
LAUNCH_OF = re.compile(r"\b(?:launch|roll-?out|introduction|start)\s+of\s+(?:the\s+)?(?:NHS\s+)?$", re.I)


def _a_service_launched(doc: Doc, s: int, e: int) -> bool:
    """'ahead of the launch of the NHS Discharge Medicines Service': a service, scheme or programme
    whose launch the text speaks of is a scheme, no body."""
    toks = doc_tokens(doc)
    return toks[e - 1].text in {"Service", "Scheme", "Programme", "Initiative"} \
        and bool(LAUNCH_OF.search(doc_text(doc)[max(0, toks[s].idx - 40):toks[s].idx]))


def _coordinated_with_a_body_of_its_place(doc: Doc, ents: Entities, mentions: list[Mention]) -> bool:
    """Whether a 'person' stands right after a body and 'and' whose name opens with the same word
    ('Harford Mind and Harford Live'), and never with an honorific: a second body of that place."""
    toks = doc_tokens(doc)
    ends = {o.end: o for o in ents.mentions if o.kind == "ORG" and not o.generic}  # (the index is not built yet)
    for m in mentions:
        body = ends.get(m.start - 1)
        if m.end - m.start == 2 and m.start >= 2 and toks[m.start - 1].lower_ in {"and", "&"} and body is not None \
                and toks[body.start].text == toks[m.start].text:
            return True
    return False


def _a_title_s_field(toks, m: Mention, lex: Lexicon) -> bool:
    """Whether a name the tagger read as a person's follows a title's 'for' ('Director of Nursing for
    [Older People]', 'Cabinet Member for [Young People]'): the title's field."""
    return m.start >= 2 and toks[m.start - 1].lower_ == "for" and (
        lex.is_title_word(toks[m.start - 2].text) or (toks[m.start - 2].lower_,) in TITLE_FIELD_SET)


#: Welsh words of a body's name ('Cyngor' council, 'Bwrdd' board, 'Iechyd' health): in no person's name.
WELSH_BODY_WORDS = lexicon.words("welsh_body_words")
#: The abbreviations that open a prison's, a ship's or a base's name ("HMP Full Sutton").
INSTITUTION_PREFIXES = {"HMP", "HMYOI", "HMS", "RAF"}


def _without_edge_punct(doc: Doc, s: int, e: int, text: str) -> tuple[int, int, str]:
    """A name never opens with a comma or a dash (", Cheshire and Wirral Partnership" where a
    list was cut at a building's name)."""
    toks = doc_tokens(doc)
    while s < e - 1 and toks[s].is_punct and text.startswith(toks[s].text):
        text = text[len(toks[s].text):].lstrip()
        s += 1
    return s, e, text


def _surname_with_a_particle(ents: Entities, full: dict[str, Person]) -> None:
    """'Mrs Ap Tomos' after 'Gwenllian Ap Tomos': a surname of two words, the first a particle
    ('Ap', 'De', 'Van'), is the person whose full name ends with it, when only one does."""
    for name in list(full):
        parts = name.split()
        if len(parts) != 2 or parts[0].lower() not in NAME_PARTICLES:
            continue
        longer = [n for n in full if n != name and n.endswith(" " + name)]
        if len(longer) != 1:
            continue
        owner = full[longer[0]]
        owner.prefixes.extend(h for h in full.pop(name).prefixes if h not in owner.prefixes)
        for k, m in enumerate(ents.mentions):
            if m.kind == "PERSON" and m.entity == name:
                ents.mentions[k] = Mention(m.start, m.end, m.text, "PERSON", entity=longer[0])


def _link_people(doc: Doc, spans, ents: Entities, lex: Lexicon, taken: set[int]) -> None:
    full: dict[str, Person] = {}
    singles = []
    for s, e, prefixes, suffixes in spans:
        name = " ".join(tokens_text(doc, s, e).split())  # "Helen Charlesworth-May" keeps its hyphen
        if len(name.split()) == 1:  # "Stalbridge-Fry" alone is a surname, hyphen and all
            singles.append((s, e, name, prefixes))
            continue
        person = full.setdefault(name, Person(name))
        for h in prefixes:
            if h not in person.prefixes:
                person.prefixes.append(h)
        for h in suffixes:
            if h not in person.suffixes:
                person.suffixes.append(h)
        ents.mentions.append(Mention(s, e, name, "PERSON", entity=name))
    _surname_with_a_particle(ents, full)
    # a councillor the minutes name by surname alone ("Councillor Pellow"), whose full name the
    # text never gives, is a person of that one name
    for s, e, word, prefixes in singles:
        if any(is_council_honorific(h) for h in prefixes) and word not in full \
                and not any(word in name.split() for name in full):
            full[word] = Person(word)
    by_part = defaultdict(set)
    for name in full:
        parts = name.split()
        by_part[parts[-1]].add(name)
        by_part[parts[0]].add(name)
    for s, e, word, prefixes in singles:
        owners = by_part.get(word)
        if owners and len(owners) == 1:
            owner = next(iter(owners))
            ents.mentions.append(Mention(s, e, word, "PERSON", entity=owner))
            full[owner].prefixes.extend(h for h in prefixes if h not in full[owner].prefixes)  # "Ms Grant"
    # surname mentions NER missed ("Oum's previous role", "Bell said")
    covered = taken | {i for m in ents.mentions for i in range(m.start, m.end)}
    toks, words = doc_tokens(doc), token_texts(doc)[0]
    for i, text in enumerate(words):
        if not text[:1].isupper():
            continue
        end = over_hyphens(doc, i + 1)  # "Ms Kearney-Moss": three tokens, one surname
        word = text if end == i + 1 else tokens_text(doc, i, end)
        if word not in by_part or len(by_part[word]) != 1 or any(k in covered for k in range(i, end)):
            continue
        before, after = toks[i - 1] if i > 0 else None, toks[end] if end < len(toks) else None
        inside_a_name = (before is not None and before.is_title and before.pos_ == "PROPN"
                         and not lex.is_honorific(before.text) and "\n" not in before.whitespace_) \
            or (after is not None and after.is_title and after.pos_ == "PROPN")
        if not inside_a_name:  # not "Homes" of "Warm Homes Project"
            owner = next(iter(by_part[word]))
            if owner.split()[-1] == word:
                ents.mentions.append(Mention(i, end, word, "PERSON", entity=owner))
                covered |= set(range(i, end))
    ents.people.update(full)
