"""Award results: who won, shared, was shortlisted for or was designated what, when and from whom.

Read sentence by sentence, carrying the award under discussion from one sentence to the
next ("Although this year's winners were West Yorkshire ICS" names the winner of the
category the previous sentence named). The outcome comes from the phrases in
kg/data/award_outcomes.tsv; the award from a quoted category name, a capitalised phrase
ending in "Award", the object of "won the ...", a designation ("pioneer status"), or the
heading of an awards list ("Category: Organisation"). Recipients are the organisations
before the outcome (coordinated subjects), after "to" ("awarded ... to X", "went to X"),
after "winners were", or joint winners after "with". The scheme is a capitalised phrase
ending in "Awards"; an organisation inside it (the Health Service Journal) confers it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from ..facts import AwardResult, Evidence
from .entities import CATEGORY_ENTRY_LINE, ENTRANT_JOIN, OUTCOME_OVER_CATEGORY, SPACED_DASH, Entities, Mention, opens_with_a_person
from .lexicon import Lexicon
from .organisations import SERVICE_NOUN_WORDS
from .people import OUTCOME_WORDS, SPONSOR_CUE
from .quotes import QUOTE_OPENING
from .tokens import BULLETS, capitalised_words, doc_sents, doc_text, doc_tokens, line_bounds, span_text, span_tokens, text_between, tokens_text

OUTCOME_PRIORITY = ["joint_winner", "highly_commended", "finalist", "shortlisted", "designated", "won"]
#: A quoted name: its marks stand outside words (the apostrophe of "council's" opens no quotation).
QUOTED = re.compile(QUOTE_OPENING.pattern + r"([^‘’'\"“”]{3,90})[’'\"”](?!\w)")
AWARD_PHRASE = re.compile(r"\b((?:[A-Z][\w-]*(?:['’]s)?)(?:\s+(?:[A-Z][\w-]*|of|and|the|for|in|to|&|between))*\s+[Aa]ward"
                          r"(?:\s+for\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|in|of|&))*)?)\b(?!s)")  # "Queen's Award for X"
#: "chosen to take part in the Healthy Villages programme": a programme whose places are designated.
PROGRAMME = re.compile(r"\b(?:(?:chosen|selected|picked|named)\s+(?:to (?:take part|join|be part) (?:in|of)? ?|for |as part of )|"
                       r"(?:the|among the) first(?: \w+)? to (?:join|take part in) )"
                       r"(?:the\s+)?(?:(?:NHS|national|new)\s+)?((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|and|of|&))*)"
                       r"(?:\s+(?:programme|initiative|scheme|pilot|project))?")
#: An accreditation a body was given or kept: "accredited as Veteran Aware", "its Investors in People
#: accreditation", "full accreditation under the UNICEF UK Baby Friendly Initiative", "re-accreditation
#: as Baby Friendly" (a standard met:
#: its outcome is "designated").
_NAME = r"((?:[A-Z][\w'’+-]*)(?:\s+(?:[A-Z][\w'’+-]*|in|of|and|for|&))*)"
ACCREDITATION = re.compile(r"\baccredited as (?:an? |the )?" + _NAME + r"|\b" + _NAME + r"\s+accreditation\b"
                           r"|\baccreditation (?:under|from|of|with|as) (?:an? |the )?" + _NAME
                           + r"|\b(?:re-?)?accredited (?:under|with|against|to) (?:the )?" + _NAME
                           + r"|\b(?:re-?)?accredited at (?:the )?" + _NAME + r"\s+(?:level|standard)\b")  # "at X Gold level"
#: A quality mark, standard or charter mark a body was given or kept: "has been awarded the PQASSO
#: Quality Mark at Level 1", "achieved the Customer Service Excellence Standard", "achieved the
#: Investing in Volunteers quality standard", "met all nine indicators of the Investing in Volunteers
#: standard" (a designation).
QUALITY_MARK = re.compile(r"\b(?:(?:awarded|achieved|gained|retained|received|earned|kept|granted|given)\s+(?:the\s+|its\s+|a\s+)?"
                          r"|met\s+(?:all\s+)?(?:(?:the\s+)?[\w-]+\s+){0,3}?(?:of|for)\s+the\s+)"
                          r"((?:[A-Z][\w'’+-]*\s+)(?:(?:[A-Z][\w'’+-]*|of|for|in|and|&)\s+)*"
                          r"(?:Quality Mark|Kitemark|Charter Mark|Hallmark|Standard|Mark|(?:quality\s+)?(?:standard|mark))"
                          r"(?:\s+at\s+Level\s+\d+)?)")
#: A sentence opening with a partnership it does not name: "A partnership that has cut the wait ...".
INDEFINITE_PARTNERSHIP = re.compile(r"\s*(?:A|An)\s+(?:[\w-]+\s+){0,3}?(?:partnership|alliance|collaboration|"
                                    r"collaborative|network|consortium)\s+(?:that|which|of|between|in|from|led|set)\b")


def outcome_over_category(line: str, lex: Lexicon) -> tuple[str, str] | None:
    """(category, outcome) of a line 'WINNER: Research Impact Category', or None."""
    hit = OUTCOME_OVER_CATEGORY.fullmatch(line.strip())
    award = _clean_award(hit.group("category")) if hit else None
    found = outcome_of(hit.group("outcome"), lex) if award else None
    return (award, found[0]) if found else None


#: What joins a second entry to a list of recipients: "A and a joint entry from B and C".
JOINT_ENTRY_FROM = re.compile(r"\s*(?:,\s*)?and\s+a\s+joint\s+(?:entry|bid)\s+(?:from|by)\s*", re.I)
#: "named Integrated Care Partnership of the Year": a title-cased phrase ending "of the Year".
OF_THE_YEAR = re.compile(r"\b((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|and|for|in|&))*\s+of\s+the\s+Year)\b")
SCHEME = re.compile(r"\b((?:(?:19|20)\d\d\s+)?(?:[A-Z][\w&-]*\s+|\([A-Z]+\)\s+){1,6}(?:[Aa]wards|Accolades))"
                    r"(?:\s+((?:19|20)\d\d))?")  # "Social Care Accolades 2010": Wales's care awards
OBJECT_AFTER = re.compile(r"\b(?:won|win|wins|scooped|took|take|collected|picked up|winners? of|winner of|crowned the winner of|crowed the winner of|joint winners? of)\s+(?:the\s+|a\s+|an\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|the|for|in|to|&|between))*)")
CATEGORY = re.compile(r"\bthe\s+([A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|the|and|or|for|&|between|with|in|to|on)|,\s+[A-Z][\w-]*)*)"
                      r"\s+category\b")
#: A category in lower case, named with its scheme: "to win the partnership working category of the
#: North East Health and Social Care Awards" (a newspaper's style).
CATEGORY_IN_LOWER_CASE = re.compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+category\s+(?:of|at|in)\s+"
                                    r"(?:the\s+|this\s+year['’]s\s+)?(?:(?:19|20)\d\d\s+)?[A-Z][\w&'’-]*\s+(?:(?:[A-Z][\w&'’-]*|and|of|for|&)\s+){0,8}?"
                                    r"(?:Awards|Accolades)\b")
#: A category in sentence case, named with its scheme: "one of the finalists in the Delivering
#: person-centred services category of the NHS Wales Awards 2022" (kept as written).
CATEGORY_IN_SENTENCE_CASE = re.compile(r"\bthe\s+([A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){1,5})\s+category\s+(?:of|at|in)\s+"
                                       r"(?:the\s+|this\s+year['’]s\s+)?(?:(?:19|20)\d\d\s+)?[A-Z][\w&'’-]*\s+"
                                       r"(?:(?:[A-Z][\w&'’-]*|and|of|for|&)\s+){0,8}?(?:Awards|Accolades)\b")
#: The words such a category keeps in lower case once its other words are capitalised.
CATEGORY_JOINERS = frozenset({"and", "of", "for", "in"})
#: Page furniture before a colon: "Photo: ...", "Caption: ...", "Related: ...".
#: The label an awards page opens an entry's line with, a medal's too: "Gold - X", "Highly
#: commended: Y" (the entry's name and project follow).
ENTRY_OPENING = re.compile(rf"\s*(?:gold|silver|bronze|{OUTCOME_WORDS})(?:\s+award)?\s*[-–—:]\s*", re.I)
PAGE_LABEL = re.compile(r"^(?:photo|picture|image|caption|credit|source|note|notes|pictured|video|read more|"
                        r"see also|update|editor's note|related|plus|also|more|watch|listen|exclusive|analysis|"
                        r"opinion|comment|breaking|(?:media |press )?contacts?|tel|telephone|e-?mail|enquiries|"
                        r"notes? to editors)\b", re.I)
#: The label of an entry's details on an awards page: "Lead Organisation: X", "The Innovators:".
ENTRY_DETAILS = re.compile(r"^(?:lead (?:organi[sz]ation|partner|applicant)s?|(?:the )?innovators|"
                           r"(?:the )?(?:project )?team(?: members)?)\s*:", re.I)
#: A label that ends in a preposition names who sent or wrote a page, no category: "Press release
#: from: X", "Issued by: X".
LABEL_OF_A_SENDER = re.compile(r"\b(?:from|by|to|for|with|at|of)\s*$", re.I)
#: A page's topics: "Category: Health, Medical Technology, Public Sector" over a press release or a
#: blog post. An award's category is one name, not a list.
TAXONOMY_LINE = re.compile(r"^(?:categor(?:y|ies)|tags?|topics?)\s*[:\-–]\s*[^,;:]+(?:,\s*[^,;:]+)+$", re.I)
#: The words of a designation a place or body is given (DESIGNATION, NAMED_DESIGNATION).
DESIGNATION_WORDS = (r"pioneer|vanguard|pathfinder|exemplar|accelerator|demonstrator|trailblazer|beacon|early implementer|"
                     r"test bed|testbed|fast follower")
DESIGNATION = re.compile(rf"\b({DESIGNATION_WORDS})s?\b(\s+status)?", re.I)
#: "X is one of 12 vanguard sites", "X was among the first pioneers": X holds the designation.
ONE_OF_DESIGNATED = re.compile(r"\b(?:is|are|was|were|has become|have become|became)\s+(?:one of|among)\s+(?:the\s+)?"
                               r"(?:[\w-]+\s+){0,3}?(pioneer|vanguard|exemplar|accelerator|demonstrator|trailblazer|"
                               r"early implementer)s?\b", re.I)
#: "NHS England named the IWN one of two Place-Based Exemplars", "the board chose X as its first
#: Integrated Care Pioneer": the object of the naming verb holds the designation; the subject gave it.
NAMED_ONE_OF = re.compile(
    r"\b(?:named|designated|chose|selected|picked)\s+(?P<obj>[^,;:]{2,80}?)\s+(?:as\s+)?"
    r"(?:one\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?|(?:an?|the|its)\s+(?:(?:first|new|latest)\s+)?)"
    rf"(?P<award>(?:[A-Z][\w-]*\s+){{0,3}}?(?:{DESIGNATION_WORDS}))s?\b", re.I)
#: A sentence listing the places or bodies a designation went to: "The six areas are A (X), B (Y)".
DESIGNATED_LIST = re.compile(r"\s*the\s+(?:\w+\s+){0,2}(?:areas|sites|places|partnerships|systems|pilots|pioneers|"
                             r"vanguards)\s+(?:are|were|include|included)\b", re.I)
YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
RECIPIENT_AFTER = re.compile(r"\b(?:to|winners? (?:was|were|is|are)|winner was|went to|(?:won|taken|claimed|scooped) by)\s*$",
                             re.I)


@dataclass
class _Context:
    award: str | None = None
    scheme: str | None = None
    conferrer: str | None = None
    year: int | None = None
    recipients: tuple[str, ...] = ()
    outcome_hint: str | None = None  # "won" on a winners' list, "shortlisted" on a shortlist
    section: str | None = None  # the category heading the prose below it is about
    headed: str | None = None  # "WINNER: X Category" just above: the outcome of the entry line that follows
    result: tuple[str, str] | None = None  # the award and outcome a sentence gave last, with or without a recipient


#: Sentences' outcomes and awards, as each sentence is read by more than one stage (bounded).
_SEEN_OUTCOMES: dict[str, tuple] = {}
MEMO_SIZE = 4096


def outcome_of(text: str, lex: Lexicon) -> tuple[str, int] | None:
    """The strongest outcome phrase in `text` and where it starts."""
    known = _SEEN_OUTCOMES.get(text)
    if known is not None and known[0] is lex.outcomes:
        return known[1]
    if len(_SEEN_OUTCOMES) >= MEMO_SIZE:
        _SEEN_OUTCOMES.clear()
    found = _outcome_of(text, lex)
    _SEEN_OUTCOMES[text] = (lex.outcomes, found)
    return found


#: "saw off a strong shortlist", "ahead of a shortlist of nine": the field a winner beat, not its outcome.
FIELD_BEATEN = re.compile(r"\b(?:saw|sees|see|seeing) off\b[^.;]{0,30}?\bshortlist\b|\b(?:ahead of|beat|beating|beats|"
                          r"topped|out of) (?:a|an|the) (?:[\w-]+ ){0,2}shortlist\b", re.I)


#: "a six-year contract awarded in 2011", "awarded £186,000": money or a contract, not an honour.
NOT_AN_HONOUR = re.compile(r"\b(?:contracts?|grants?|funding|tenders?|franchise|£[\d.,]+\s*(?:m|bn|k|million|billion)?)"
                           r"\s+(?:(?:was|were|has been|have been|had been|being|is|are)\s+)?awarded\b|"
                           r"\bawarded\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?(?:contracts?|grants?|funding|"
                           r"tenders?)\b|\bawarded\s+£", re.I)


#: "X will announce the winners", "the judges chose the finalists": the organiser or the judges
#: naming the results, no outcome of the subject's ('were announced the winners' stays one).
RESULTS_ANNOUNCED = re.compile(r"(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )\b(?:announc|reveal|choos|chose|select|"
                               r"pick|judg|decid|unveil)\w*\s+(?:the|this year's|its|their)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:winners|shortlist|finalists)\b"
                               r"|\b(?:winners|shortlist|finalists)\s+(?:will|are to|is to|are due to|is due to)\s+be\s+"
                               r"(?:announc|reveal|unveil|nam|publish)\w*", re.I)  # "the winners will be announced"


def _outcome_of(text: str, lex: Lexicon) -> tuple[str, int] | None:
    text = FIELD_BEATEN.sub(lambda m: " " * len(m.group()), text)  # offsets stay where they were
    text = RESULTS_ANNOUNCED.sub(lambda m: " " * len(m.group()), text)
    text = NOT_AN_HONOUR.sub(lambda m: " " * len(m.group()), text)
    found = {}
    for outcome, rx in lex.outcomes:
        m = rx.search(text)
        if m and outcome not in found:
            found[outcome] = m.start()
    for outcome in OUTCOME_PRIORITY:
        if outcome in found:
            return outcome, found[outcome]
    return None


#: An outcome's label alone on its line ("Highly commended:", "Finalists"): the list's outcome below it.
BARE_OUTCOME_LABEL = re.compile(r"(?:highly commended|commended|finalists?|shortlisted|runners?[- ]up|(?:joint )?winners?)\s*:?")
#: "Integrated Care - Winner", "Working with Communities – Highly commended": a crosshead's category and outcome.
CATEGORY_DASH_OUTCOME = re.compile(rf"(?P<category>[A-Z][^\n:.;]{{2,80}}?)\s+[-–—|]\s+(?i:(?:joint\s+)?(?:{OUTCOME_WORDS}))")
#: "It was entered jointly by A, B and C", "The team is run jointly by A and B": the bodies behind
#: the entry the sentence before named.
ENTERED_BY = re.compile(r"^\s*(?:it|this|the (?:entry|project|scheme|service|team|bid|initiative|programme))\s+"
                        r"(?:was|were|is|had been|has been)\s+(?:(?:entered|submitted|nominated|put forward)\s+"
                        r"(?:jointly\s+)?by|a joint entry (?:by|from)|(?:jointly\s+)?(?:run|operated|delivered|managed)\s+"
                        r"(?:jointly\s+)?by)\s+", re.I)  # "The team is run jointly by A and B": the bodies behind it
#: "..., with E highly commended": a second entry of the category, with its own outcome.
WITH_RUNNER_UP = re.compile(r",?\s+with\s+(?P<who>[^.;,]+?)\s+(?P<outcome>highly commended|commended|"
                            r"runners?[- ]up|shortlisted|(?:a |the )?finalists?)\b", re.I)
#: What opens a quotation or reported speech: the speaker is no subject of what follows.
SPEECH = re.compile(r"[\"“:]|\b(?:said|says|added|told)\b")
#: An entry that opens with its outcome: "winner, Harford Council", "highly commended - X".
OUTCOME_FIRST = re.compile(rf"(?:{OUTCOME_WORDS})\s*[,:–—-]\s*", re.I)


def _clean_award(name: str) -> str | None:
    name = re.sub(r"\s+(?:at|for|in|with|and|the|of|to|between)$", "", name.strip(" .,:;’'\"“”"))
    name = re.sub(r"^(?:the|a|an|this|that|our|their|its|each|every|another|one)\s+", "", name, flags=re.I)
    if not name or len(name.split()) > 16 or name.lower() in {"award", "awards", "the award", "category", "prize"}:
        return None
    if name.endswith(" award"):  # "the Working Together award": the category is the name
        name = name[:-len(" award")]
        if name.isupper() or not name:
            return None  # "NHS award", "HSJ award": a scheme's award, not a named one
    return name


@lru_cache(maxsize=MEMO_SIZE)
def award_in(sent_text: str) -> str | None:
    """The award or category a sentence names, if any."""
    for m in QUOTED.finditer(sent_text):
        after = sent_text[m.end():m.end() + 12].lower()
        before = sent_text[max(0, m.start() - 20):m.start()].lower()
        if "category" in after or "award" in after or "category" in before or "prize" in before:
            return _clean_award(m.group(1))
    m = CATEGORY.search(sent_text) or QUALITY_MARK.search(sent_text)
    if m:
        return _clean_award(m.group(1))
    m = CATEGORY_IN_LOWER_CASE.search(sent_text)
    if m:  # "the partnership working category of the X Awards" -> "Partnership Working"
        return _clean_award(capitalised_words(m.group(1), keep=CATEGORY_JOINERS))
    m = CATEGORY_IN_SENTENCE_CASE.search(sent_text)
    if m:
        return _clean_award(m.group(1))
    m = next((m for m in AWARD_PHRASE.finditer(sent_text) if not _refers_back(sent_text, m)), None)
    if m:
        name = re.sub(r"^(?:The|A|An|Winning|Won|Winner)\s+", "", m.group(1))
        name = re.sub(r"^.*\b(?:of|for)\s+the\s+", "", name) if " of the " in name and name.count(" of ") > 1 else name
        return _clean_award(name)
    m = OF_THE_YEAR.search(sent_text)
    if m:
        return _clean_award(_without_lead(m.group(1)))
    m = OBJECT_AFTER.search(sent_text)
    if m:
        name = re.split(r"\s+(?:at|for|in|with|from|after)\s+", m.group("name"))[0]
        if not re.search(r"\b(Awards?|Prize)$", name) and len(name.split()) >= 2 and not SCHEME.fullmatch(name):
            return _clean_award(name)
    m = FREEDOM.search(sent_text) if "Freedom" in sent_text else None
    if m:
        return m.group(1)
    m = NAMED_STATUS.search(sent_text) if "status" in sent_text else None
    if m:
        return m.group(1).strip() + " status"
    a = ACCREDITATION.search(sent_text) if "ccredit" in sent_text else None  # (a cheap test first)
    name = _clean_award(next(g for g in a.groups() if g)) if a else None
    if name and name.split()[0].lower() not in {"the", "a", "an", "its", "their", "our", "his", "her", "full", "this", "that"}:
        return name + " accreditation"
    named = designated_as(sent_text) if "esignated" in sent_text or "among" in sent_text else None
    if named and not DESIGNATION.search(sent_text):  # "has been designated as an integrated care system"
        return " ".join(w if w.isupper() or w in {"and", "of", "for"} else w.capitalize() for w in named.split())
    p = PROGRAMME.search(sent_text)
    if p and not DESIGNATION.search(sent_text):
        return _clean_award(p.group(1))
    d = DESIGNATION.search(sent_text)
    if d:
        word = d.group(1).capitalize()
        return f"{word} status" if d.group(2) else word
    return None


#: "Twenty areas named as Healthy Living Pharmacy pathfinders": the designation with the words that
#: name its scheme (title case, before the designation word).
NAMED_DESIGNATION = re.compile(r"\b(?:named|chosen|selected|picked|confirmed|designated|announced)\s+as\s+(?:the\s+)?"
                               r"(?:(?:first|new|latest|next)\s+)?((?:[A-Z][\w+-]*\s+){0,4})"
                               rf"(?i:({DESIGNATION_WORDS})s?)\b")


#: A verb that confers an honour on its object: "confer ... on A and B" (group 1), "presented A with".
CONFERRED = re.compile(r"(?:(confer(?:s|red|ring)?|bestow(?:s|ed|ing)?)|presented)\b", re.I)
#: An honour a council gives: "the Freedom of the Borough", "Honorary Freedom of the City of X".
FREEDOM = re.compile(r"\b((?:Honorary\s+)?Freedom\s+of\s+the\s+(?:City|Borough|District|County|Royal\s+Borough)"
                     r"(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)")
#: "has been awarded Carer Positive Exemplary status": a level or designation a scheme gives.
NAMED_STATUS = re.compile(r"\b(?:awarded|granted|achieved|gained|reached|given|received|earned|holds?|held)\s+"
                          r"(?:the\s+)?((?:[A-Z][\w+-]*\s+){1,5})status\b")

#: "the award was shared between A and B": both are joint winners.
SHARED_BETWEEN = re.compile(r"\bshared between\b", re.I)
#: "... for its work with D": a body an entrant worked with, no entrant itself.
WORKED_WITH = re.compile(r"\b(?:work|working|worked|partnership)\s+with\s*(?:the\s*)?$", re.I)

#: Nouns for a person that head a category as a title does ('The Unsung Hero Award').
PERSON_NOUNS = {"hero", "carer", "student", "apprentice", "newcomer", "learner", "trainee", "ambassador", "educator",
                "volunteer", "champion", "mentor", "innovator", "fundraiser"}


def persons_category(award: str, lex: Lexicon) -> bool:
    """'Finance Director of the Year', 'Nurse of the Year', 'The Home Care Worker Award', 'The
    Unsung Hero Award': a category for a person, its words before 'of the Year' or 'Award' ending
    in a title or a noun for a person; 'Frontline Hero (individual award)', 'Frontline Hero': one
    that says so in brackets, or a bare noun for a person. The person named wins it, not their employer."""
    award, bracket = re.match(r"^(.*?)\s*(?:\(([^()]*)\))?$", award.strip()).groups()
    if bracket and re.search(r"\bindividual\b", bracket, re.I):
        return True
    before = re.split(r"\s+of\s+the\s+year\b", award, flags=re.I)
    if len(before) == 1:
        before = re.split(r"\s+awards?$", award.strip(), flags=re.I)
    if len(before) == 1:  # no 'Award' and no 'of the Year': only a noun for a person ('Unsung Hero')
        return bool(award.split()) and award.split()[-1].lower() in PERSON_NOUNS
    last = before[0].split()[-1] if before[0].split() else ""
    return bool(last) and (lex.is_title_word(last) or last.lower() in PERSON_NOUNS)


PROGRAMME_WORD = re.compile(r"\b(?:programme|initiative|scheme|pilot|project)s?\b", re.I)


#: "Sixteen integrated care pilots, bringing ..., have been chosen by the Department of Health":
#: pilots of a kind (its words in lower case) that a body chose name a designation.
PILOTS_CHOSEN = re.compile(r"\b((?:[a-z][\w-]*\s+){1,3}?)(pilot|demonstrator|test site)s\b[^.;]{0,160}?\b"
                           r"(?:have been|has been|were|are|had been)\s+(?:chosen|selected|named|announced|picked)\b")


def designation_in(sent_text: str) -> str | None:
    """The designation a story announces, when a sentence names one with the verb that confers
    it: 'named as Healthy Living Pharmacy pathfinders' (-> 'Healthy Living Pharmacy Pathfinder'),
    'the first to join the National X Programme', 'chosen as vanguard sites'. A list of the chosen
    ("They include:") carries it."""
    low = sent_text.lower()
    if not any(w in low for w in ("chosen", "selected", "picked", "named", "first", "confirmed", "designated",
                                  "announced")):
        return None  # (most sentences: no verb that confers a designation)
    p = PROGRAMME.search(sent_text)
    if p and PROGRAMME_WORD.search(p.group(0)):  # (not "New leaders named for Harford's ICS")
        return _clean_award(p.group(1))
    pilots = PILOTS_CHOSEN.search(sent_text)
    if pilots:  # "Sixteen integrated care pilots ... have been chosen by the Department of Health"
        return capitalised_words(f"{pilots.group(1).strip()} {pilots.group(2)}")
    m = NAMED_DESIGNATION.search(sent_text)
    if m:
        return " ".join(m.group(1).split() + [m.group(2).capitalize()])
    return None


def _without_lead(phrase: str) -> str:
    """'Named Integrated Care Partnership of the Year' -> 'Integrated Care Partnership of the Year'."""
    return re.sub(r"^(?:The|A|An|Winning|Won|Winner|Named|Crowned)\s+", "", phrase)


def _refers_back(text: str, m: re.Match) -> bool:
    """'recognised with this Improved Partnerships HSJ award': an award written in lower case
    after 'this' or 'our' points back to one named before, in other words."""
    return m.group(1).endswith(" award") and bool(
        re.search(r"\b(?:this|that|our|their|its|his|her)\s+$", text[max(0, m.start() - 8):m.start()], re.I))


def award_names_in(sent_text: str) -> list[str]:
    """Every award a sentence names: 'won two awards: the Patient Safety award and the
    Working Together award' names two. The first is award_in's."""
    first = award_in(sent_text)
    names = [first] if first else []
    for rx in (AWARD_PHRASE, OF_THE_YEAR):
        for m in rx.finditer(sent_text):
            if _refers_back(sent_text, m):
                continue
            name = _clean_award(_without_lead(m.group(1)))
            if name and not any(name in n or n in name for n in names):
                names.append(name)
    return names


def scheme_in(sent_text: str, ents_orgs: dict) -> tuple[str | None, str | None, int | None]:
    """(scheme, conferring organisation, year) from 'the Health Service Journal (HSJ) Awards 2023'."""
    m = SCHEME.search(sent_text)
    if not m:
        return None, None, None
    raw = m.group(1)
    year = None
    lead = YEAR.match(raw)
    if lead:
        year = int(lead.group(1))
        raw = raw[lead.end():].strip()
    if m.group(2):
        year = int(m.group(2))
    raw = re.sub(r"^(?:The|Last|This|Year's)\s+", "", raw)
    short = re.search(r"\(([A-Z]+)\)", raw)
    base = re.sub(r"\s*\([A-Z]+\)", "", raw)
    base = re.sub(r"\s+[Aa]wards$", "", base).strip()
    conferrer = None
    for name, org in ents_orgs.items():
        if base == name or base in org.aliases:
            conferrer = name
            acronyms = [a for a in org.aliases if a.isupper()]
            if acronyms:
                base = acronyms[0]
    if short:
        base = short.group(1)
    if not base:
        return None, conferrer, year
    if base.endswith("Accolades"):  # "Social Care Accolades": Wales's care awards keep their own word
        return base, conferrer, year
    return f"{base} Awards", conferrer, year


#: 'it' after a time phrase opening a sentence: "Last month it was shortlisted", "In March it won".
IT_AFTER_A_TIME = re.compile(r"\s*(?:(?:last|this|earlier this|later that|in|on|at)\s+(?:[\w-]+\s+){0,2}?)?it\s+"
                             r"(?:was|has|had|is|won|wins)\b", re.I)


def outside_apposition(doc: Doc, before: list[Mention], trigger: int) -> list[Mention]:
    """'Oakdene Together, the partnership of A, B and local GP practices, has won ...', 'X, run
    jointly by A and B, is one of three finalists', 'X, a charity founded in 2010 by A and B, won':
    the bodies inside an apposition describe the subject; they are not recipients too."""
    toks = doc_tokens(doc)
    if not before:
        return before
    first = before[0]
    comma = first.end + (first.end < trigger and toks[first.end].lower_ in SERVICE_NOUN_WORDS)  # "the X service, run by"
    if comma >= trigger or toks[comma].text != ",":
        return before
    opener = tokens_text(doc, comma + 1, min(trigger, comma + 12)).lower()
    if not re.match(r"(?:the|a|an)\s+[\w-]+\s+(?:of|between)\b|(?:(?:in|of|through|for|with)\s+)?which\b|whose\b|"
                    r"made up of\b|comprising\b|"
                    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?)?(?:jointly\s+)?(?:run|led|delivered|managed|hosted|"
                    r"provided|set up|formed|founded|established|created|launched)\s+(?:jointly\s+)?"
                    r"(?:in\s+(?:[\w-]+\s+){0,2}?)?by\b", opener):
        return before
    close = max((t.i for t in toks[comma + 1:trigger] if t.text == ","), default=None)
    return [m for m in before if m.start < comma + 1 or (close is not None and m.start > close)]


def inside_a_that_clause(doc: Doc, before: list[Mention], trigger: int) -> list[Mention]:
    """'We are delighted that X has won ...': the bodies of the clause 'that' opens before the
    outcome verb, not the one who is delighted (when the clause names any)."""
    toks = doc_tokens(doc)
    if not before:
        return before
    that = max((t.i for t in toks[before[0].start:trigger] if t.lower_ == "that" and t.dep_ == "mark"), default=None)
    if that is None:
        return before
    return [m for m in before if m.start > that] or before


def person_after_opening_phrase(sent: Span, ents: Entities) -> Mention | None:
    """'Also at the awards, Eleri Lloyd, a ward sister at X, was a finalist': the person right after
    a short opening phrase (six words at most, naming nobody), whom the sentence is about."""
    comma = next((t.i for t in span_tokens(sent) if t.text == "," and t.i - sent.start <= 6), None)
    if comma is None or ents.within(sent.start, comma):
        return None
    m = ents.at(comma + 1)
    return m if m is not None and m.kind == "PERSON" else None


class AwardFinder:
    def __init__(self, doc: Doc, ents: Entities, lex: Lexicon, article_date: date | None):
        self.doc, self.ents, self.lex = doc, ents, lex
        self.toks = doc_tokens(doc)
        self.article_year = article_date.year if article_date else None
        self.ctx = _Context()
        self.results: list[AwardResult] = []
        self.rules: list[str] = []  # the shape that found each result, for the candidate scorer
        self.rule = ""

    def orgs_in(self, start: int, end: int) -> list[Mention]:
        return [m for m in self.ents.within(start, end, "ORG")]

    def char_to_token(self, sent: Span, offset: int) -> int:
        target = sent.start_char + offset
        for tok in span_tokens(sent):
            if tok.idx >= target:
                return tok.i
        return sent.end

    def add(self, recipients, award, outcome, sent: Span, confidence: float, conferrer=None):
        year = self.ctx.year or self.article_year
        for r in dict.fromkeys(recipients):
            if r == self.ctx.conferrer or r == conferrer:
                continue
            if any(x.recipient == r and x.award.lower() == award.lower() for x in self.results):
                continue
            self.results.append(AwardResult(
                recipient=r, award=award, outcome=outcome,
                evidence=Evidence.of(sent),
                scheme=self.ctx.scheme, year=year, conferred_by=conferrer or self.ctx.conferrer,
                confidence=confidence))
            self.rules.append(self.rule)

    def list_line(self, sent: Span) -> bool:
        """'Delivering person-centred services: Hywel Dda University Health Board' on a winners' list."""
        text = span_text(sent).strip()
        if ":" not in text or "\n" in text.strip():
            return False
        head, _, tail = text.partition(":")
        head, tail = head.strip(), tail.strip().rstrip(".")
        raw = span_text(sent)
        at_colon = raw.index(":")
        colon, after = sent.start_char + at_colon, raw[at_colon + 1:]
        if (first := OUTCOME_FIRST.match(after.lstrip())) is not None:  # "- Category: winner, A with B"
            at = colon + 1 + len(after) - len(after.lstrip()) + first.end()
            return self._outcome_first_line(sent, head.lstrip(BULLETS + " "), at, first.group(0))
        if self.ctx.outcome_hint and (line := CATEGORY_ENTRY_LINE.match(text)) \
                and self._category_entry(sent, line.group("category"), colon):
            return True
        if not head or not tail or len(head.split()) > 16 or not head[:1].isupper():
            return False
        orgs = [m for m in self.orgs_in(sent.start, sent.end) if self.toks[m.start].idx > colon]
        if len(orgs) != 1 or self.doc[orgs[0].start:orgs[0].end].text.rstrip(".") != tail.replace("\n", " ").strip():
            return False
        award = _clean_award(head)
        if not award or PAGE_LABEL.match(head) or ENTRY_DETAILS.match(text) or LABEL_OF_A_SENDER.search(head) or re.search(r"\b(winners?|announced|shortlist\w*|finalists?|highly commended|commended|"
                                  r"runners?[- ]up|category|(?:first|second|third) prize)\b", head, re.I) or SCHEME.search(tail):
            return False
        self.ctx.award = award
        self.ctx.recipients = (orgs[0].entity,)
        self.add([orgs[0].entity], award, self.ctx.outcome_hint or "won", sent, 0.75)
        return True

    def _category_entry(self, sent: Span, head: str, colon: int) -> bool:
        """'- Partnership Working: Harford Council and Wexley Housing - Safe at Home' on a list of
        results: the category before the colon goes, with the list's outcome, to the entry's bodies
        before the project's dash (a joint entry's each), or to the body after a team's or site's
        name ('Reablement Team, Wexley Council'). A person's line gives no body the award."""
        award = _clean_award(head)
        if not award or PAGE_LABEL.match(head) or self.ents.within(sent.start, sent.end, "PERSON"):
            return False
        orgs = [m for m in self.orgs_in(sent.start, sent.end) if self.toks[m.start].idx > colon]
        raw = span_text(sent)
        dash = SPACED_DASH.search(raw[colon - sent.start_char:])
        project_at = colon + dash.start() if dash else sent.end_char
        entry = [m for m in orgs if self.toks[m.start].idx < project_at]
        if not entry:
            return False
        lead = tokens_text(self.doc, self.char_to_token(sent, colon + 1 - sent.start_char), entry[0].start).strip()
        last_after_comma = tokens_text(self.doc, entry[-1].start - 1, entry[-1].start).strip() in {",", "("}
        known = [self.ents.orgs[m.entity].kind != "Other" for m in entry]
        if last_after_comma and known[-1] and not any(known[:-1]):
            recipients = entry[-1:]  # "Reablement Team, Wexley Council": the team's or site's body
        elif lead.lower() in {"", "the"}:
            recipients = self._joined_run(entry)
        else:
            return False
        self.ctx.award = award
        self.ctx.recipients = tuple(m.entity for m in recipients)
        self.add([m.entity for m in recipients], award, self.ctx.outcome_hint or "won", sent, 0.75)
        return True

    def _outcome_first_line(self, sent: Span, head: str, at: int, label: str) -> bool:
        """'- Best Carer Support: winner, Harford Council with Wexley CCG': the category before the
        colon has the outcome word's result for each body of the entry after it (a joint entry's
        bodies joined by 'with', 'and' or commas)."""
        award, found = _clean_award(head) if head[:1].isupper() else None, outcome_of(label, self.lex)
        orgs = [m for m in self.orgs_in(sent.start, sent.end) if self.toks[m.start].idx >= at]
        if not award or found is None or not orgs or tokens_text(self.doc, self.char_to_token(sent, at - sent.start_char),
                                                                 orgs[0].start).strip().lower() not in {"", "the"}:
            return False
        entrants = self._joined_run(orgs)
        self.ctx.award = award
        self.ctx.recipients = tuple(m.entity for m in entrants)
        self.add([m.entity for m in entrants], award, found[0], sent, 0.75)
        return True

    def sentence(self, sent: Span) -> None:
        """Award facts of one sentence: a list line under an announcement, or a sentence whose
        outcome verb names recipients."""
        text = span_text(sent)
        self._note_context(text)
        self.rule = "rule:list_line"
        if self.list_line(sent):
            return
        self.rule = "rule:sentence"
        if self._outcome_over_a_category(sent) or self._entry_under_its_outcome(sent):
            return
        heading = self._section_heading(sent) or self._category_with_outcome(sent)
        if heading:  # "Community Health Service Redesign" over the paragraphs of a write-up
            self.ctx.award = self.ctx.section = heading
            return
        runner_up = WITH_RUNNER_UP.search(text)  # "..., with E highly commended": E's outcome is its own
        found = outcome_of(text[:runner_up.start()] if runner_up else text, self.lex)
        named = award_in(text) or (designated_as(text) if self.ctx.award is None else None)
        if named and named.isupper():  # "designated as an ICS": the designation spelled out
            named = self.lex.abbreviations.get(named, named)
        designation = named and (DESIGNATION.fullmatch(named) or named.lower().endswith(" status"))
        if named and not (designation and self.ctx.section):
            self.ctx.award = named  # (under a category's heading "one of the vanguards" is said in passing)
        member = ONE_OF_DESIGNATED.search(text)
        if member:  # "X is one of 12 vanguard sites chosen by NHS England"
            subjects = [m.entity for m in self.orgs_in(sent.start, self.char_to_token(sent, member.start()))
                        if self.ents.orgs[m.entity].kind not in {"Media", "GovernmentBody"}]
            if subjects:
                self.add(subjects, named or member.group(1).lower(), "designated", sent, 0.7)
                return
        if self._named_one_of(sent, text):
            return
        if self._statuses(sent, text):
            return
        if self._place_designated(sent, text):
            return
        if self._entered_by(sent, text):
            return
        if not found:
            return
        outcome, at = found
        if outcome == "won" and QUALITY_MARK.search(text):
            outcome = "designated"  # a standard met, not a contest won
        if outcome == "won" and DESIGNATION.search(text) and re.search(r"\b(award|given|handed|granted|status|designat|selected|chosen|named)", text.lower()):
            outcome = "designated"
        award = named or self.ctx.award
        if not award:
            return
        self.ctx.result = (award, outcome)
        trigger = self.char_to_token(sent, at)
        if (persons_category(award, self.lex) and self.ents.within(sent.start, sent.end, "PERSON")) or (
                self._opens_with_a_person(sent, trigger) and self.ents.within(sent.start, trigger, "PERSON")):
            return  # "Jo Bell, a support worker with X, won The Home Care Worker Award": hers, not X's
            # (a person's category goes to the person wherever the sentence names her: "..., and Dr A,
            # a lecturer at X, has been highly commended as Educator of the Year")
        after = [m for m in self.orgs_in(trigger, sent.end)]
        recipients, conferrer_here, confidence = self._recipients(sent, trigger, at, after, 0.85 if named else 0.6)
        if outcome == "joint_winner" and SHARED_BETWEEN.search(text):
            recipients = self._shared_between(sent, after)
        elif outcome == "joint_winner":  # "joint winner of X with A and B"
            recipients += self._joint_winners(sent, after)
        recipients = [r for r in recipients if r != self.ctx.conferrer and self.ents.orgs.get(r)
                      and self.ents.orgs[r].kind not in {"Media", "GovernmentBody"}]
        if runner_up:
            start = self.char_to_token(sent, runner_up.start("who"))
            behind = self._joined_run(self.orgs_in(start, self.char_to_token(sent, runner_up.end("who"))))
            recipients = [r for r in recipients if r not in {m.entity for m in behind}]
            placed = outcome_of(runner_up.group("outcome"), self.lex)
            if behind and placed:
                self.add([m.entity for m in behind], award, placed[0], sent, confidence)
        if recipients:
            self.ctx.recipients = tuple(recipients)
            self.add(recipients, award, outcome, sent, confidence, conferrer=conferrer_here)

    def _named_one_of(self, sent: Span, text: str) -> bool:
        """'In March 2024 the Regional Partnership Board named the IWN one of two Place-Based
        Exemplars': the bodies the verb names are designated (the capitalised designation kept as
        written, in the singular); a body before the verb conferred it."""
        hit = NAMED_ONE_OF.search(text)
        if hit is None:
            return False
        award = hit.group("award")
        if not award[:1].isupper():  # "one of two vanguard sites": the designation's own word
            award = award.split()[-1].lower()
        award = re.sub(r"s$", "", award)
        start, end = self.char_to_token(sent, hit.start("obj")), self.char_to_token(sent, hit.end("obj") - 1) + 1
        recipients = [m.entity for m in self.orgs_in(start, end)
                      if self.ents.orgs[m.entity].kind not in {"Media", "GovernmentBody"}]
        if not recipients:
            return False
        before = self.orgs_in(sent.start, self.char_to_token(sent, hit.start()))
        conferrer = before[-1].entity if before else None
        self.add(recipients, award, "designated", sent, 0.7, conferrer=conferrer)
        return True

    def _statuses(self, sent: Span, text: str) -> bool:
        """'X had been awarded Carer Positive Established status by Y, and that Z had achieved Carer
        Positive Engaged status in July': each clause's body was designated the status it names, by the
        body after 'by' when one follows."""
        hits = list(STATUS_GIVEN.finditer(text))
        found = False
        for i, hit in enumerate(hits):
            clause_start = hits[i - 1].end() if i else 0
            before = [m for m in self.orgs_in(self.char_to_token(sent, clause_start), self.char_to_token(sent, hit.start()))
                      if not m.generic or self.ents.orgs[m.entity].kind != "Partnership"]
            if not before:
                continue
            after = self.orgs_in(self.char_to_token(sent, hit.end()), sent.end)
            by = after[0].entity if after and re.match(r"\s+by\s+(?:the\s+)?$",
                                                        text[hit.end():self.toks[after[0].start].idx - sent.start_char]) else None
            self.rule = "rule:status_given"
            self.add([before[-1].entity], " ".join(hit.group(1).split()) + " status", "designated", sent, 0.75, conferrer=by)
            self.rule = "rule:sentence"
            found = True
        return found

    def _place_designated(self, sent: Span, text: str) -> bool:
        """'NHS England confirmed that Berkshire West was one of the first areas to be designated an
        integrated care system': with no body named as the recipient, the body the text names by the
        place and the designation ('Berkshire West Integrated Care System') was designated."""
        designation = designated_as(text)
        if designation is None or " " not in designation:
            return False
        before = text[:text.lower().find("designated")]
        found = [name for name in self.ents.orgs if name.lower().endswith(" " + designation.lower())
                 and re.search(rf"\b{re.escape(name[:-len(designation)].strip())}\b", before)]
        if len(found) != 1:
            return False
        self.rule = "rule:place_designated"
        self.add(found, found[0][-len(designation):], "designated", sent, 0.7)
        self.rule = "rule:sentence"
        return True

    def _entered_by(self, sent: Span, text: str) -> bool:
        """'Step Ahead took the X award. It was entered jointly by A, B and C': the bodies that
        entered the entry the sentence before gave a result have that result too."""
        cue = ENTERED_BY.match(text)
        if cue is None or self.ctx.result is None:
            return False
        start = self.char_to_token(sent, cue.end())
        person = next((m for m in self.ents.within(start, sent.end, "PERSON")), None)
        if person is not None and person.start <= start + 1:
            return False  # "The team is run by Jean K, who took up a joint post with A and B": her employers
        entrants = self._joined_run([m for m in self.orgs_in(start, sent.end)
                                     if self.ents.orgs[m.entity].kind not in {"Media", "GovernmentBody"}])
        if not entrants:
            return False
        self.add([m.entity for m in entrants], *self.ctx.result, sent, 0.7)
        return True

    def _joined_run(self, orgs: list[Mention]) -> list[Mention]:
        """The first body of `orgs` and those joined to it as one entry ('A, B and C', 'A with B')."""
        run = orgs[:1]
        for m in orgs[1:]:
            between = text_between(self.doc, run[-1].end, m.start)
            if not ENTRANT_JOIN.fullmatch(re.sub(r"\s+the\s+$", " ", between, flags=re.I)):  # "A with the B"
                break
            run.append(m)
        return run

    def _outcome_over_a_category(self, sent: Span) -> bool:
        """'WINNER: Service Improvement Category' on a line of its own (the parser may cut it after
        the colon): the category the lines below are entered in, and the outcome of the first entry
        line under it."""
        start, end = line_bounds(self.doc, sent.start)
        over = outcome_over_category(doc_text(self.doc)[start:end], self.lex)
        if over is None or self.ents.within(sent.start, sent.end):
            return False
        if sent.start_char == start:
            self.ctx.award = self.ctx.section = over[0]
            self.ctx.headed = over[1]
        return True

    def _entry_under_its_outcome(self, sent: Span) -> bool:
        """'A and B - project' on the first line under 'WINNER: X Category' (a sponsor's line
        between): the heading's outcome goes to each body of the entry before the project's dash."""
        headed, text = self.ctx.headed, span_text(sent)
        if headed is None or re.match(r"\s*(?:" + SPONSOR_CUE + r")\b", text, re.I):
            return False
        self.ctx.headed = None
        dash = SPACED_DASH.search(text)
        if dash is None or "\n" in text.strip() or ":" in text[:dash.start()]:
            return False
        orgs = self.orgs_in(sent.start, self.char_to_token(sent, dash.start()))
        if not orgs or tokens_text(self.doc, sent.start, orgs[0].start).strip().lower() not in {"", "the"}:
            return False
        entrants = self._joined_run(orgs)
        self.ctx.recipients = tuple(m.entity for m in entrants)
        self.add([m.entity for m in entrants], self.ctx.award, headed, sent, 0.75)
        return True

    def _section_heading(self, sent: Span) -> str | None:
        """A category's heading on a line of its own over a write-up's prose ('Integrated Care',
        'Improved Partnerships between Health and Local Government'), once the text is about a
        scheme's awards: a few capitalised words, no verb, no digits, no end stop."""
        text = span_text(sent).strip()
        words = text.split()
        if not (self.ctx.scheme or self.ctx.award) or not 1 <= len(words) <= 10 or "\n" in text \
                or not span_text(sent).endswith("\n") or text[-1:] in {".", ":", "?", "!", "\""} or re.search(r"\d", text) \
                or not text[:1].isupper() or PAGE_LABEL.match(text) or TAXONOMY_LINE.match(text) or SCHEME.search(text) \
                or any(t.tag_ in {"VBZ", "VBD", "VBP", "MD"} for t in span_tokens(sent)) \
                or any(m.kind == "PERSON" or len(m.text.split()) >= len(words) for m in self.ents.within(sent.start, sent.end)) \
                or re.search(r"\b(?:winners?|shortlist\w*|finalists?|related|list|subscribe|comments?|share)\b", text, re.I):
            return None
        if sum(w[:1].isupper() for w in words) < max(1, len(words) - sum(w in {"and", "of", "for", "between", "in",
                                                                            "the", "to", "with", "&"} for w in words)):
            return None
        return _clean_award(text)

    def _category_with_outcome(self, sent: Span) -> str | None:
        """'Integrated Care - Winner' on a line of its own over a write-up: the category the prose
        below is about (the prose gives the result); no body named in it, so no entrant's line."""
        text = span_text(sent).strip()
        hit = CATEGORY_DASH_OUTCOME.fullmatch(text)
        if hit is None or not span_text(sent).endswith("\n") or re.search(r"\d", hit.group("category")) \
                or self.ents.within(sent.start, sent.end):
            return None
        return _clean_award(hit.group("category"))

    def _note_context(self, text: str) -> None:
        """Remember the scheme a sentence names and what a list that follows announces, so the
        list's lines can be read: "The winners were as follows:", "The shortlisted entries are:"."""
        scheme, conferrer, year = scheme_in(text, self.ents.orgs)
        if scheme:
            self.ctx.scheme, self.ctx.year = scheme, year or self.ctx.year
            if conferrer:
                self.ctx.conferrer = conferrer
        low = text.lower()
        label = BARE_OUTCOME_LABEL.fullmatch(low.strip())
        if label:  # "Highly commended:" over the lines it labels
            found = outcome_of(label.group(0), self.lex)
            self.ctx.outcome_hint = found[0] if found else self.ctx.outcome_hint
        elif re.search(r"\bwinners?\b[^.]*\b(?:were|are|was|is|as follows)\b|^winners announced\b|\bwho won\b", low) \
                and "will be" not in low:
            self.ctx.outcome_hint = "won"
        elif re.search(r"\bshort[- ]?listed\b[^.]*\b(?:are|were|as follows)\b|\bshortlist\b[^.]*\b(?:is|was|as follows)\b|"
                       r"^shortlist", low):
            self.ctx.outcome_hint = "shortlisted"
        elif re.search(r"\bfinalists\b[^.]*\b(?:are|were|as follows)\b", low):
            self.ctx.outcome_hint = "finalist"

    def _recipients(self, sent: Span, trigger: int, at: int, after: list[Mention],
                    confidence: float) -> tuple[list[str], str | None, float]:
        """Recipients around the outcome verb, the conferrer if "X awarded ... to Y", and the
        confidence (lower when the recipients are carried over from an earlier sentence)."""
        text = span_text(sent)
        before = [m for m in self.orgs_in(sent.start, trigger)]
        # the scheme's own organisation and a conferrer after "by" are not recipients
        by_orgs = {m.entity for m in after if m.start > 0 and self.toks[m.start - 1].lower_ == "by"}
        conferrer_here = None
        recipients: list[str] = []
        prefix = self.doc[sent.start:trigger].text
        conferred = CONFERRED.match(text[at:at + 20])
        if before and re.search(r"\b(has|have|had)?\s*(awarded|given|granted|handed)\b", text[at:at + 20]) is not None \
                and any(self.toks[m.start - 1].lower_ == "to" for m in after if m.start > 0):
            conferrer_here = before[0].entity
            recipients = [m.entity for m in after if self.toks[m.start - 1].lower_ == "to"]
        elif conferred and (group := self._group_after(after, {"on", "upon"} if conferred.group(1) else None, trigger)):
            # "X voted to confer the Freedom of the Borough on A and B", "X presented A with its award"
            conferrer_here = before[0].entity if before else None
            recipients = group
        elif before:
            before = outside_apposition(self.doc, inside_a_that_clause(self.doc, before, trigger), trigger)
            recipients = [m.entity for m in before]
            # an organisation that only names the scheme or sits after "by" is not a recipient
            recipients = [r for r in recipients if r not in by_orgs]
        else:
            last = None
            for m in after:
                lead = self.doc[max(sent.start, m.start - 4):m.start].text
                joined = last is not None and (all(t.lower_ in {"and", ",", "&"} for t in self.doc[last.end:m.start])
                                               or JOINT_ENTRY_FROM.fullmatch(self.doc[last.end:m.start].text))
                if RECIPIENT_AFTER.search(lead) or re.search(r"\b(?:were|was|went to)\s*(?:the\s*)?$", lead) or joined:
                    recipients.append(m.entity)  # "went to A and B": the whole coordination
                    last = m
            if not recipients and DESIGNATED_LIST.match(text):  # "The chosen vanguard sites include A, B and C"
                recipients = [m.entity for m in after if m.entity not in by_orgs]
            if not recipients and re.match(r"\s*(?:the same (?:project|team|organisation|scheme)|it|they|the team)\b",
                                           prefix, re.I):
                recipients = list(self.ctx.recipients)
                confidence = 0.6
            if not recipients and IT_AFTER_A_TIME.match(prefix):
                # "Last month it was shortlisted in ...": 'it' is the body the sentence before is about
                recipients = [r for r in [self._subject_before(sent)] if r]
                confidence = 0.6
            if not recipients and INDEFINITE_PARTNERSHIP.match(prefix):
                # "A partnership that has cut the wait ... has won X": the one partnership the text names
                named = {m.entity for m in self.ents.mentions if m.kind == "ORG" and not m.generic
                         and self.ents.orgs[m.entity].kind == "Partnership"}
                recipients = sorted(named) if len(named) == 1 else []
                confidence = 0.6
            if not recipients and self.ents.heading and any(
                    t.lower_ == "we" and t.dep_ in {"nsubj", "nsubjpass"} for t in self.doc[sent.start:trigger]):
                recipients = [self.ents.heading]  # "In February we were awarded the X standard": the page's own body
                confidence = 0.6
        return recipients, conferrer_here, confidence

    def _subject_before(self, sent: Span) -> str | None:
        """The body that is the subject of the sentence before `sent` (within its paragraph), if any."""
        prev = next((s for s in reversed(list(doc_sents(self.doc))) if s.end <= sent.start and s.text.strip()), None)
        if prev is None or "\n\n" in self.doc.text[prev.end_char:sent.start_char]:
            return None
        subject = next((m for m in self.orgs_in(prev.start, prev.end)  # ("The partnership's work has been noticed")
                        if any(t.dep_ in {"nsubj", "nsubjpass"} or t.dep_ == "poss" and t.head.dep_ in {"nsubj", "nsubjpass"}
                               for t in self.doc[m.start:m.end])), None)
        return subject.entity if subject else None

    def _opens_with_a_person(self, sent: Span, trigger: int) -> bool:
        """'Ivor Ross, former chief nurse at X, received this year's Y Award': a sentence whose
        subject is a person gives the award to her, not to the bodies she works or worked for
        (not 'Dr A, chair of X, said: "... has been shortlisted"', where she only speaks)."""
        return not SPEECH.search(tokens_text(self.doc, sent.start, trigger)) \
            and (opens_with_a_person(sent, self.ents) or person_after_opening_phrase(sent, self.ents) is not None)

    def _group_after(self, after: list[Mention], words: set[str] | None, trigger: int) -> list[str]:
        """The bodies named together after one of `words` ('on A and B'), or, with no words, the
        body right after the verb at `trigger` and those joined to it ('presented A and B with')."""
        toks = self.toks
        out, last = [], None
        for m in after:
            k = m.start - 1 if m.start > 0 and toks[m.start - 1].lower_ != "the" else m.start - 2
            opens = toks[k].lower_ in words if words else k == trigger
            joined = last is not None and all(t.lower_ in {"and", ",", "&", "the"} for t in self.doc[last.end:m.start])
            if (not out and opens) or joined:
                out.append(m.entity)
                last = m
            elif out:
                break
        return out

    def _shared_between(self, sent: Span, after: list[Mention]) -> list[str]:
        """'the award was shared between A, with B, for ..., and C for its work with D': every body
        after the cue but those an entrant worked with (D)."""
        return [m.entity for m in after if not WORKED_WITH.search(self.doc[max(sent.start, m.start - 4):m.start].text)]

    def _joint_winners(self, sent: Span, after: list[Mention]) -> list[str]:
        """The group after "with" in "joint winner of X with A and B"."""
        group = []
        in_group = False
        for m in after:
            lead = self.doc[max(sent.start, m.start - 2):m.start]
            if any(t.lower_ == "with" for t in lead):
                in_group = True
            elif not (in_group and m.start > 0 and self.toks[m.start - 1].lower_ in {"and", ",", "&"}):
                in_group = False
            if in_group:
                group.append(m.entity)
        return group

    def run(self) -> list[AwardResult]:
        for sent in doc_sents(self.doc):
            self.sentence(sent)
        return self.results


#: A status a body was given or reached: "had been awarded Carer Positive Established status", "achieved
#: Fairtrade status" (the status's capitalised name, group 1).
STATUS_GIVEN = re.compile(r"\b(?:achieved|gained|reached|attained|retained|earned|received|granted|(?:been |was |were )?awarded)\s+"
                          r"(?:the\s+)?((?:[A-Z][\w'’+-]*\s+){1,5})status\b")
#: "designated by NHS England in June 2017 as shadow accountable care systems", "to be designated as
#: an ICS", "among the first wave of integrated care systems named by NHS England": what it was
#: designated (group 1 or 2; an acronym is spelled out from the lexicon's abbreviations).
DESIGNATED_AS = re.compile(r"\bdesignated (?:by [^.,;]{1,40}? )?(?:in [^.,;]{1,20}? )?(?:as (?:an? |the |one of the )?|an? )[\"“]?"
                           r"(?:(?:first|second|third|next|latest|new) )?(?:(?:wave|group|cohort) of )?"
                           r"((?:[\w-]+ ){0,4}?(?:system|partnership|site|centre|network)s?|(?-i:ICS|ACS|ICP|STP)s?)\b"
                           r"|\bamong the (?:first|second|third|next|latest) (?:wave|group|cohort) of "
                           r"((?:[\w-]+ ){0,4}?(?:system|partnership|site|centre|network)s?) "
                           r"(?:named|designated|chosen|selected)\b", re.I)


def designated_as(text: str) -> str | None:
    """The designation a sentence says a body was given ('... designated as shadow accountable
    care systems' -> 'shadow accountable care system'), in the singular; an acronym as written."""
    m = DESIGNATED_AS.search(text)
    return re.sub(r"s$", "", m.group(1) or m.group(2)) if m else None


def find_awards(doc: Doc, ents: Entities, lex: Lexicon, article_date: date | None = None) -> list[AwardResult]:
    return AwardFinder(doc, ents, lex, article_date).run()


def find_awards_with_rules(doc: Doc, ents: Entities, lex: Lexicon,
                           article_date: date | None = None) -> list[tuple[AwardResult, str]]:
    """Each award result with the name of the shape that found it."""
    finder = AwardFinder(doc, ents, lex, article_date)
    return list(zip(finder.run(), finder.rules))
