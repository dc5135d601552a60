"""Organisation names in an article's sentences, and what a name says by itself.

Two sources that cover each other's gaps: runs of capitalised words ending in an organisation
head word from kg/data/org_heads.txt ("Sefton Council for Voluntary Service", "Chelsea and
Westminster Hospital NHS Foundation Trust", which the small NER model splits at "and"), and
spaCy's NER, cleaned of titles, possessives and lone places. Also the name helpers linking
uses: case fixes, abbreviations expanded, the place a name serves, initials.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .lexicon import Lexicon
from .tokens import (BULLET_MARKS, DASHES, SMALL_NAME_WORDS, word_ending_at, doc_ents, doc_sents, doc_text, doc_tokens, line_bounds, span_text,
                     tokens_text)

CONNECTORS = {"and", "&", "of", "for", "upon"}
#: Nouns of a body's own unit: "the council's Leisure Services team".
UNIT_NOUNS = {"team", "teams", "department", "directorate", "unit", "division", "section"}
#: Prepositions in lower case that no body's name ends with (the tagger's span ran one word on).
TRAILING_PREPOSITIONS = {"at", "in", "on", "to", "from", "with", "by", "into", "within", "across"}
PLACE_LABELS = {"GPE", "LOC", "ORG", "NORP", "FAC"}
#: Words an NHS body's full name adds to the name it goes by ("Leeds Community Healthcare NHS Trust").
TRUST_SUFFIX = lexicon.words("trust_suffix")
GENERIC_ACRONYMS = lexicon.words("generic_acronyms")
NOT_ORG = lexicon.words("not_org")
PLACE_NOISE = lexicon.words("place_noise")
#: Words that say what kind of body something is but not which one: a name made only of
#: these ("Integration Joint Boards", "every Health Board") is not a name.
GENERIC_WORDS = (PLACE_NOISE - {"together"}) | {"every", "first", "new", "scheme", "boards", "councils", "partnerships", "trusts",
                               "authority", "authorities", "groups", "systems", "hospitals", "provider", "icbs",
                               "ccgs", "organisations", "organisation", "national", "regional", "area", "areas",
                               "primary", "secondary", "acute", "adult", "adults", "children", "public", "sector",
                               "government", "improved", "improving", "better"} | lexicon.words("department_words")
GENERIC_NOUNS_LEX = lexicon.mapping("generic_nouns")
DEPARTMENT_WORDS = lexicon.words("department_words")
#: Last words that make a capitalised phrase something other than an organisation.
NON_ORG_ENDERS = lexicon.words("non_org_enders")
#: The first words of national charities' names, their local branches named after them ("Age UK Norwich").
CHARITY_PREFIXES = {("Age", "UK"), ("Age", "Concern"), ("Age", "Cymru"), ("Age", "Scotland"), ("Age", "NI"), ("Citizens", "Advice"),
                    ("Healthwatch",), ("Carers", "Trust"), ("Voluntary", "Action"), ("Community", "Action")}


#: "Healthwatch Bradford and District": words after "and" that end a place's name rather than start another's.
AREA_WORDS = {"District", "Districts", "Area", "Region", "Surrounds"}
#: Place names built on "of" ("Isle of Wight", "Vale of Glamorgan", "Forest of Dean"): the "of" is the place's.
PLACE_OF_WORDS = {"Isle", "Isles", "Vale", "Forest"}


#: Compass points that close an area's name ("Berkshire East", "Surrey West").
COMPASS_WORDS = {"North", "South", "East", "West", "Central", "North-East", "North-West", "South-East", "South-West"}
#: Words that open a title before its title word ("Chief Executive", "Medical Director").
TITLE_OPENERS = {"Chief", "Deputy", "Interim", "Acting", "Medical", "Managing", "Clinical", "Finance", "Nursing",
                 "Executive", "Associate", "Assistant", "Non-Executive", "Vice"}


def _place_and_compass_end(tokens: list, n: int) -> bool:
    """'Age Concern Slough and Berkshire East': after 'and', a place and a compass point end the run;
    they finish the branch's area rather than name another body."""
    rest = [t.text for t in tokens[n + 1:]]
    return len(rest) == 2 and rest[0][:1].isupper() and rest[1] in COMPASS_WORDS


def _place_after_and_ends_the_area(tokens: list, n: int) -> bool:
    """'Healthwatch Telford and Wrekin has joined': after a charity branch's place and 'and', one or
    two capitalised words ending the run, with no head, acronym or second charity, finish the
    branch's area (an area named for two places) rather than name another body."""
    rest = tokens[n + 1:]
    return 1 <= len(rest) <= 2 and n >= 2 and all(
        t.is_title and t.is_alpha and not lex_is_head(t.text) for t in rest) and not _charity_prefix(rest) \
        and rest[-1].i + 1 < len(rest[-1].doc) and rest[-1].nbor(1).text not in {"'s", "’s", "'", "’"}


def _charity_prefix(tokens: list) -> int:
    """How many words of a national body's name open the run ("Healthwatch Wakefield": 1), or 0."""
    texts = tuple(t.text for t in tokens)
    return next((len(p) for p in sorted(CHARITY_PREFIXES, key=len, reverse=True)
                 if (len(texts) > len(p) or len(p) >= 2) and texts[:len(p)] == p), 0)  # "Age NI" itself too


def _place_prefix(tokens: list) -> int:
    """How many words before a place name open a body's name: "NHS" or a national charity's
    ("Age UK", "Healthwatch"), when they are all the tokens given; else 0."""
    texts = tuple(t.text for t in tokens)
    return len(texts) if texts == ("NHS",) or (texts and _charity_prefix(tokens) == len(texts)) else 0


def _one_place_after_with(toks, j: int, end: int) -> bool:
    """'NHS Blackburn with Darwen CCG': after "with" one more place, not the same one again ("NHS
    Fife with Fife Council": two bodies) nor the first of a list ("NHS Portsmouth with Hampshire
    and Isle of Wight LPC")."""
    return (j + 1 < end and toks[j + 1].text != toks[j - 1].text
            and (j + 2 >= end or toks[j + 2].lower_ not in {"and", "&"}))


#: Words naming a document or a meeting: before "of" they are no part of a body's name.
DOCUMENT_WORDS = lexicon.words("document_words")


# --- names ----------------------------------------------------------------------------------
def fix_case(name: str) -> str:
    """'TRAFFORD Council' -> 'Trafford Council': shouted words are not acronyms past four letters;
    'Hertfordshire county council' -> 'Hertfordshire County Council': a head in lower case."""
    words = unshout(name.split(), lexicon.load())  # a name set in capitals
    words = [w.capitalize() if len(w) >= 5 and w.isupper() and w.isalpha() else w for w in words]
    if words and words[0][:1].isupper() and words[-1] in LOWER_HEAD_ENDS:
        words = [w.upper() if w == "nhs" else w.capitalize() if w in LOWER_HEAD_WORDS - {"and"} else w for w in words]
    return " ".join(words)


def expand_abbreviation(name: str, lex: Lexicon) -> str:
    """'Nottingham City CCG' -> 'Nottingham City Clinical Commissioning Group'; a full form with
    '{}' takes the place there: 'Hackney LBC' -> 'London Borough of Hackney'."""
    words = name.split()
    if len(words) >= 2 and words[0] + " {}" in lex.abbreviations:  # "LB Lambeth" -> "London Borough of Lambeth"
        return lex.abbreviations[words[0] + " {}"].format(" ".join(words[1:]))
    if len(words) >= 2 and words[-1] in lex.abbreviations:
        full = lex.abbreviations[words[-1]]
        return full.format(" ".join(words[:-1])) if "{}" in full else " ".join(words[:-1] + [full])
    return name


def clean_org_text(span: Span) -> tuple[int, int] | None:
    """Token bounds of an organisation name inside `span`: no leading 'the', no trailing 's."""
    start, end = span.start, span.end
    doc = span.doc
    toks = doc_tokens(doc)
    while start < end and (toks[start].lower_ in {"the", "a", "an", "our", "its", "their", "this"} or
                           toks[start].is_punct or toks[start].is_space):
        start += 1
    while end > start and (toks[end - 1].text in {"'s", "’s", "'", "’"} or toks[end - 1].is_punct
                           or toks[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
    # "[Community Care with] Harford Council": a named body after "with", none before it (not
    # "Blackburn with Darwen Borough Council", one name around its "with")
    cut = next((k for k in range(start + 2, end - 1) if toks[k].lower_ == "with"), None)
    lex = lexicon.load()
    if cut is not None and _has_head(tokens_text(doc, cut + 1, end), lex) and not _has_head(tokens_text(doc, start, cut), lex):
        start = cut + 1
    return start, end


def place_of(name: str) -> str | None:
    """The area an organisation serves, read off its name: 'Nottingham City Council' -> 'Nottingham'."""
    name = re.sub(r"^(London Borough of|Royal Borough of|Borough of|City of)\s+", "", name)
    words = [w for w in re.split(r"\s+", name) if w]
    keep: list[str] = []
    for w in words:
        if w.lower().strip(",") in PLACE_NOISE or w.isupper():
            if keep and w.lower() in {"and", "&"}:
                keep.append("and")
                continue
            if keep:
                break
            continue
        if not w[:1].isupper():
            break
        keep.append(w.strip(","))
    while keep and keep[-1] == "and":
        keep.pop()
    return " ".join(keep) or None


def _has_head(name: str, lex: Lexicon) -> bool:
    words = tuple(name.split())
    return any(words[-len(h):] == h for h in lex.org_heads)


def ends_in_title(name: str, lex: Lexicon) -> bool:
    """'Non-Executive Board Member', 'Carers Representative': a title, not a body."""
    low = name.lower()
    if OPENED_BY_HEAD.match(name):  # "Society of Local Authority Chief Executives"
        return False
    return not _has_head(name, lex) and (lex.is_title_word(low.split()[-1]) or lex.ends_in_title_phrase(name))


def is_generic_name(name: str) -> bool:
    """Whether a capitalised name only names a kind of body ('the Council', 'Third Sector
    Interface'), not one body."""
    if " ".join(name.lower().split()).removeprefix("the ") in GENERIC_NOUNS_LEX and len(name.split()) >= 2 \
            and not name.split()[0].isupper():
        return True
    return (all(w.lower().strip(",").removesuffix("'s").removesuffix("’s") in GENERIC_WORDS for w in name.split())
            and not _names_one_body(name) and not _a_royal_name(name)) \
        or is_own_committee(name)


def _a_royal_name(name: str) -> bool:
    """'the Royal Voluntary Service': 'Royal' and two capitalised words or more name one chartered body,
    though every word is common."""
    words = name.split()
    words = words[1:] if words[:1] == ["the"] else words
    return len(words) >= 3 and words[0] == "Royal" and all(w[:1].isupper() for w in words)


#: First words of a phrase that speaks of a kind of body, not of one body.
KIND_OPENERS = {"every", "each", "all", "any", "new", "first", "shadow", "local", "our", "their", "its"}


def _names_one_body(name: str) -> bool:
    """'the NHS Commissioning Board', 'Health and Social Care Board': a name of three words or more
    in capitals, singular, that is not a noun phrase news uses to point back at a body of a kind
    ('the Integration Joint Board', 'the Clinical Commissioning Group'): a body of its own."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 3 or not all(w[:1].isupper() or w in {"and", "&", "of", "for"} for w in words) \
            or words[0].lower() in KIND_OPENERS or words[-1].lower().endswith("s"):
        return False
    low = " ".join(w.lower() for w in words)
    return _has_head(" ".join(words), lexicon.load()) and words[-1].lower() not in DEPARTMENT_WORDS \
        and low not in GENERIC_NOUNS_LEX and low.removeprefix("nhs ") not in GENERIC_NOUNS_LEX


#: Words of a board's own committee's name (kg/data/words.txt).
COMMITTEE_WORDS = lexicon.words("committee_words")


def is_own_committee(name: str) -> bool:
    """'the Audit Committee', 'Quality and Safety Committee': a committee of a body's board,
    named only by what it does, is part of that body; one with a place ('Sefton Local Medical
    Committee') or 'Joint' ('a joint committee of the three trusts') is a body of its own."""
    words = [w.lower().strip(",") for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    return len(words) >= 2 and words[-1] in {"committee", "sub-committee"} and all(
        w in COMMITTEE_WORDS or w in GENERIC_WORDS or w in {"and", "&", "of"} for w in words) and "joint" not in words


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


# --- organisation mentions ---------------------------------------------------------------------
def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and (tok.pos_ not in {"DET", "PRON"} or t == "All") \
        and t not in {"I", "But", "And", "Or", "If", "As", "So", "We", "It", "The", "A", "An"} \
        and t not in OPENING_SUBORDINATORS and t not in LINE_OPENERS and not _an_opening_imperative(tok) \
        and not (t in OPENING_PREPOSITIONS and tok.i + 1 < len(tok.doc) and tok.nbor(1).is_lower) \
        and not (t in MONTHS and tok.i > 0 and tok.nbor(-1).lower_ in {"in", "by", "from", "since", "until", "last",
                                                                       "next", "early", "late", "mid"})


#: Words that open a clause and never a name: "When A, B and C were merged" names no "When A".
OPENING_SUBORDINATORS = {"When", "While", "Whilst", "Although", "Though", "Because", "Once", "Unless", "Whereas"}
#: A letter's salutation and a press release's note heading: "Dear Harford CCG," and "About
#: Harford Housing Association" name the body after the word, never one called "Dear ...".
LINE_OPENERS = {"Dear", "About"}
#: Prepositions after a verb that opens a duty or an instruction: "- Work with X NHS Trust".
IMPERATIVE_PREPOSITIONS = {"with", "to", "on", "for", "across", "into", "alongside"}


def _an_opening_imperative(tok) -> bool:
    """'Work with X Trust', 'Liaise with X Council': a verb in its base form that opens a sentence
    or a bullet, then a preposition, is an instruction, no part of the name after it."""
    if tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ not in IMPERATIVE_PREPOSITIONS:
        return False
    before = tok.nbor(-1) if tok.i > 0 else None
    bullet = before is not None and before.text in BULLET_MARKS
    if tok.tag_ == "VB":
        return before is None or tok.is_sent_start or before.is_space or bullet
    return bullet and tok.tag_ == "NNP" and tok.nbor(1).lower_ == "with"  # the tagger's "Liaise with"


#: Month names: "In March Salford Together was chosen" opens with a date, not a name.
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"}


#: Prepositions that open a sentence in capitals, never a name before a word in lower case:
#: "In partnership with X" is no body called "In Partnership".
OPENING_PREPOSITIONS = {"In", "On", "At", "With", "By", "From", "Through", "For", "Under", "After", "Before"}


def unshout(words: list[str], lex: Lexicon) -> list[str]:
    """'HARFORD HEALTH AND WELLBEING BOARD' -> 'Harford Health and Wellbeing Board': a name set in
    capitals (two shouted words or more), read as a name writes it; an abbreviation ('NHS',
    'HSCP', 'VCSE') stays as it is."""
    def shouted(w: str) -> bool:
        return w.isupper() and re.sub(r"['’]S$", "", w).replace("-", "").isalpha() and len(w) >= 4 \
            and w not in lex.abbreviations  # ("EDITOR'S AWARD" too)

    def read(w: str) -> str:
        if w.isupper() and w.lower() in SHOUTED_CONNECTORS:
            return w.lower()
        if shouted(w):
            return w.capitalize().replace("'S", "'s").replace("’S", "’s")  # "PLACE-BASED" -> "Place-based"
        return w.lower() if SHOUTED_SUM.fullmatch(w) else w  # "£1M" -> "£1m"

    if sum(shouted(w.strip("()[],.:;")) for w in words) < 2:
        return words
    out = []
    for w in words:  # "(INCOME" -> "(Income": brackets and commas around a word keep their place
        core = w.strip("()[],.:;")
        at = w.find(core) if core else 0
        out.append(w[:at] + read(core) + w[at + len(core):] if core else w)
    return out


#: A sum of money in capitals: "£1M", "£10BN".
SHOUTED_SUM = re.compile(r"[£$€]\d+(?:\.\d+)?(?:M|BN|K)")


SHOUTED_CONNECTORS = {"and", "of", "for", "the", "in", "on", "under", "over", "with", "to", "by", "at", "from"}


def _head_ends(tokens: list, lex: Lexicon) -> list[int]:
    """Indices (into `tokens`) where an organisation head phrase ends."""
    texts = [("NHS" if t.text == "nhs" else t.text.capitalize())
             if t.text.islower() and t.lower_ in LOWER_HEAD_WORDS and t.lower_ not in CONNECTORS
             else w for t, w in zip(tokens, unshout([t.text for t in tokens], lex))]  # ("Fire and Rescue Service")
    ends = []
    last_words = lex.head_last_words
    for i in range(len(tokens)):
        if texts[i] not in last_words:  # every head ends with one of these words
            continue
        for head in lex.org_heads:
            n = len(head)
            if i + 1 >= n and tuple(texts[i + 1 - n:i + 1]) == head:
                ends.append(i)
                break
    return ends


def lex_is_head(word: str) -> bool:
    return lexicon.load().is_head_word(word)


def in_a_portfolio(doc: Doc, s: int) -> bool:
    """'Cabinet Member Finance, Corporate Services and Planning', 'Cabinet Member for a Caring
    Powys': the words after a portfolio title name services or aims, not bodies or people."""
    toks = doc_tokens(doc)
    if toks[s].lower_ in {"at", "of", "with"} or s > 0 and toks[s - 1].lower_ in {"at", "of", "with"}:
        return False  # "Cabinet Member for Adult Social Care at X Council": the body the post is at
    k = s - 1
    comma = False  # ("Cabinet Member for Social Care, Cllr A": a name after a comma is the holder's)
    while k >= 1 and s - k <= 12 and "\n" not in toks[k].text and (toks[k].is_title or toks[k].text in {",", "and", "&"}
                                                                    or toks[k].lower_ in {"for", "a", "an"} and not comma):
        if toks[k].lower_ in {"member", "holder"} and toks[k - 1].lower_ in {"cabinet", "portfolio", "lead"} \
                or toks[k].lower_ == "secretary" and toks[k - 1].lower_ == "cabinet" \
                or toks[k].lower_ == "minister" and toks[k + 1].lower_ == "for":
            return True  # (also "Cabinet Secretary for Communities and Local Government", "Minister for X")
        comma = comma or toks[k].text == ","
        k -= 1
    return False


def is_column_gap(doc: Doc, i: int) -> bool:
    """Whether the comma at token i stands for a gap between a table's columns (a tab or a run
    of spaces in the article as written; see extractor.columns_as_commas)."""
    toks = doc_tokens(doc)
    source = doc.user_data.get("kg_source")
    return source is not None and source[toks[i].idx] != ","


def _ends_a_sentence(tok) -> bool:
    """A word with its full stop attached ('SLaM.'), not a short form ('St.', 'Dr.', 'Ltd.')."""
    return tok.text.endswith(".") and len(tok.text) > 4 and tok.text[:-1].isalpha()


#: Prepositions a service's name may hold: "Home from Hospital", "Care at Home".
NAME_PREPOSITIONS = {"from", "at", "to"}
#: Heads of a facility a name may carry on past ('Harford Hospital to Home Alliance'): a place, not a body's end.
FACILITY_HEADS = {"Hospital", "Home", "Homes"}


def _preposition_inside_a_name(toks, i: int, j: int, end: int) -> bool:
    """Whether 'from' or 'at' at j carries a run of capitalised words i..j on to a head word
    within three words ('Harford Home from Hospital Partnership'): not after a person, a title
    or a body ('Ann Bell from X Council', 'Director at X', 'moved from NHS X at Y Hospital')."""
    if toks[j].lower_ not in NAME_PREPOSITIONS or j - i < 2 or toks[i].is_sent_start or toks[i].text == "NHS":
        return False
    if any(t.ent_type_ == "PERSON" or (lex_is_head(t.text) and not (toks[j].lower_ == "to" and t.text in FACILITY_HEADS))
           or lexicon.load().is_title_word(t.text) for t in toks[i:j]):
        return False
    k = j + 1
    while k < end and k - j <= 3 and _is_cap(toks[k]) and not toks[k].is_punct:
        if lex_is_head(toks[k].text) and k > j + 1:
            return True
        k += 1
    return False


#: Prepositions a sentence may open with before a name: "With CCGs due to be abolished, ...".
PREPOSITIONS_BEFORE_NAMES = {"with", "after", "under", "since", "following", "across", "within", "without", "despite"}


#: Adverbs that open a sentence with no comma before a body's name ("Now X and Y have signed").
ADVERBS_BEFORE_NAMES = {"now", "meanwhile", "today", "yesterday", "also", "instead", "finally", "separately",
                        "earlier", "later", "elsewhere", "however", "additionally", "similarly", "likewise",
                        "previously", "recently", "subsequently", "currently", "already", "since", "then"}


def _an_opening_preposition(tok: Token) -> bool:
    """A sentence's first word when it is a preposition ("With PCTs due to be abolished") or an
    adverb ("Now Harford NHS Foundation Trust has joined"): capitalised by its place, no part of
    the name after it."""
    opens = tok.is_sent_start or tok.i > 0 and tok.nbor(-1).is_quote and tok.nbor(-1).is_sent_start
    return opens and (tok.lower_ in PREPOSITIONS_BEFORE_NAMES and tok.pos_ in {"ADP", "SCONJ"}
                      or tok.lower_ in ADVERBS_BEFORE_NAMES)


def capitalised_runs(sent: Span) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing connectors ('and', 'of', '&') between them."""
    runs = []
    doc = sent.doc
    toks = doc_tokens(doc)
    i = sent.start
    while i < sent.end:
        if not _is_cap(toks[i]) or toks[i].is_punct or _an_opening_preposition(toks[i]):
            i += 1
            continue
        j, and_the = i + 1, None
        while j < sent.end:
            if _ends_a_sentence(toks[j - 1]):
                break  # "... which most people call SLaM. Croydon Council": the tagger missed the full stop
            if _is_cap(toks[j]) and not toks[j].is_punct and "\n" not in toks[j].text:
                j += 1
            elif toks[j].lower_ == "for" and _a_second_body_after_for(toks, j, sent.end):
                break  # "run by Harford Housing Association for Dunmore Health and Social Care Trust"
            elif (toks[j].lower_ in CONNECTORS and j + 1 < sent.end and _is_cap(toks[j + 1])
                  and not toks[j + 1].is_punct):
                j += 1
            elif (toks[j].lower_ == "and" and j + 2 < sent.end and toks[j + 1].lower_ == "the" and _is_cap(toks[j + 2])
                  and not toks[j + 2].is_punct and j - i <= 3 and toks[i].text != "NHS" and and_the is None
                  and not lex_is_head(toks[j + 2].text) and toks[j + 2].text not in GENERIC_ACRONYMS  # "and the CCG"
                  and not any(lex_is_head(t.text) or t.lower_ in CONNECTORS for t in toks[i:j])):
                and_the = j
                j += 2  # "South London and the Maudsley NHS Foundation Trust" (not "X Council and the Y")
            elif toks[j].text == "-" and j + 1 < sent.end and _is_cap(toks[j + 1]) and toks[j].whitespace_ == "":
                j += 1
            elif (toks[j].lower_ == "for" and j + 2 < sent.end and toks[j + 1].lower_ == "the" and _is_cap(toks[j + 2])
                  and not toks[j + 2].is_punct and lex_is_head(toks[j - 1].text) and toks[j - 1].text not in GENERIC_ACRONYMS):
                j += 2  # "Glasgow Council for the Voluntary Sector", "Royal Society for the Prevention of Accidents"
            elif (toks[j].text == "-" and j + 3 < sent.end and toks[j + 1].is_lower and toks[j + 2].text == "-"
                  and _is_cap(toks[j + 3]) and not toks[j].whitespace_ and not toks[j + 2].whitespace_):
                j += 3  # "Stoke-on-Trent", "Newcastle-upon-Tyne"
            elif (toks[j].text == "-" and j + 2 < sent.end and _hyphen_in_a_word(toks, j) and toks[j + 1].is_alpha
                  and _is_cap(toks[j + 2]) and not toks[j + 2].is_punct and lex_is_head(toks[j + 2].text)):
                j += 2  # "Health and Well-being Board": a hyphenated word in lower case before the head
            elif (toks[j].text in {"'s", "’s", "'", "’"} and j + 1 < sent.end and _is_cap(toks[j + 1])
                  and not toks[j + 1].is_punct and (toks[j - 1].text in {"King", "Queen", "Guy", "Children"}
                                                   or j >= 2 and toks[j - 2].text in {"St", "St."})):
                j += 1  # "St George's Mental Health NHS Trust", "King's College Hospital": a saint's or king's name
            elif (toks[j].text in {"'", "’"} and j + 1 < sent.end and _is_cap(toks[j + 1]) and not toks[j + 1].is_punct
                  and toks[j - 1].text.endswith("s") and not toks[j - 1].whitespace_ and toks[j].whitespace_ == " "
                  and not lexicon.load().is_title_word(toks[j + 1].text)):  # (not "NHS Borders' Director of ...")
                j += 1  # "Harford Carers' Centre", "Royal College of Nursing Workers' Forum": a plural possessive
            elif (toks[j].lower_ == "with" and j + 1 < sent.end and _is_cap(toks[j + 1]) and not toks[j + 1].is_punct
                  and (j - 1 == i or (_one_place_after_with(toks, j, sent.end)
                                      and (j - 1 == i + _place_prefix(toks[i:j - 1])
                                           or j - 3 >= i and toks[j - 2].lower_ == "and"
                                           and lex_is_head(toks[j - 3].text))))
                  and not lex_is_head(toks[j - 1].text)
                  and toks[j - 1].ent_type_ not in {"DATE", "TIME"}):
                j += 1  # "Blackburn with Darwen Borough Council", "NHS Blackburn with Darwen CCG": a place's
                # name, not "X Council with Y" nor "met on Monday with X Council"
            elif (toks[j].text == "," and j + 2 < sent.end and _is_cap(toks[j + 1]) and toks[j - 1].pos_ == "PROPN"
                  and toks[j - 2].text == "NHS" and not _person_after_comma(doc, j + 1) and not is_column_gap(doc, j)
                  and _places_go_on_to_and(toks, j + 1, sent.end)):
                j += 1  # "NHS Birmingham, Black Country and Solihull ICB" (not an address's "NHS X, Newstead, Melrose")
            elif toks[j].text == "," and j + 1 < sent.end and _is_cap(toks[j + 1]) and toks[j - 1].pos_ == "PROPN" \
                    and _comma_inside_name(doc, j, sent.end) and not is_column_gap(doc, j):
                j += 1  # "Wrightington, Wigan and Leigh NHS Foundation Trust"
            elif j + 1 < sent.end and _at_home_joins(toks, j):
                j += 1  # "Safer at Home Harbury", "Care at Home": a service named for its place of care
            elif _preposition_inside_a_name(toks, i, j, sent.end):
                j += 1  # "Harford Home from Hospital Partnership", "Dunmore Care at Home Service"
            elif toks[j].lower_ == "cluster" and toks[j - 1].text in {"ICB", "ICS", "CCG", "PCT"} and j - 1 > i:
                j += 1
                break
            else:
                break
        branch = and_the is not None and 0 < _charity_prefix(toks[i:and_the]) < and_the - i
        if branch and (lex_is_head(toks[j - 1].text) or any(t.lower_ == "and" for t in toks[and_the + 2:j])):
            j = and_the  # "Age Concern Harford and the Wexley Forum": two bodies ("Age UK Harford and the
            # Vale", "Age UK Harford and the Isles of Wexley": a charity's branch named for two places)
        elif and_the is not None and not branch and (
                not lex_is_head(toks[j - 1].text) or any(t.lower_ == "and" for t in toks[and_the + 2:j])
                or _named_alone_elsewhere(doc, and_the + 2, j)):
            j = and_the  # no head after "and the", a name with its own "and" after it, or one the text
            # names alone elsewhere: two names ("Harford and the Wexley Valley", "Harford Community Transport
            # and the Harford Health and Social Services Board", "Harford Care and the Wexley Trust")
        head_end = _lower_case_head(doc, j, sent.end, i)
        if head_end > j and all(t.text in GENERIC_ACRONYMS for t in toks[i:j]):
            head_end = j  # "the local GP commissioning group": a kind of body, not a name
        j = head_end
        runs.append((i, j))
        i = j
    return runs


def _named_alone_elsewhere(doc: Doc, start: int, end: int) -> bool:
    """Whether the text names tokens `start`..`end` ('Wexley Trust') elsewhere on their own, not
    after 'and the' (unlike 'Wexmoor NHS Foundation Trust' of 'North Harford and the Wexmoor')."""
    name = tokens_text(doc, start, end)
    text = doc_text(doc)
    alone = [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)]
    return any(not text[:at].endswith("and the ") for at in alone)


#: Words of an organisation's head that news may write in lower case ("Hertfordshire county
#: council", "Airedale NHS foundation trust", "Cardiff and Vale University health board").
LOWER_HEAD_WORDS = lexicon.words("lower_head_words")
#: The fields a title names ("Director of Public Health"), longest first: not part of the body's name.
TITLE_FIELDS = sorted((tuple(f.split()) for f in lexicon.words("title_fields")), key=len, reverse=True)
TITLE_FIELD_SET = set(TITLE_FIELDS)
LOWER_HEAD_ENDS = lexicon.words("lower_head_ends")


def _lower_case_head(doc: Doc, j: int, end: int, start: int | None = None) -> int:
    """The end of a capitalised run (from `start`) extended over a head written in lower case."""
    toks = doc_tokens(doc)
    k = j
    while k < end and k - j < 6 and toks[k].lower_ in LOWER_HEAD_WORDS and not toks[k].text[:1].isupper() \
            and "\n" not in toks[k - 1].whitespace_:
        k += 1
    while k > j and toks[k - 1].lower_ not in LOWER_HEAD_ENDS:
        k -= 1
    if k < len(toks) and (_title_word(toks[k]) or _opens_title_phrase(doc, k)):
        return j  # "Retiring council director", "Former council chief executive": a kind of body before a title
    if j > 0 and toks[j - 1].text in {"Together", "Alliance", "Partnership", "Collaborative"}:
        return j  # "the Thornbury Together partnership": the name is whole; the noun says what it is
    if j > 0 and (start is None or start == j - 1) and toks[j - 1].is_sent_start \
            and toks[j - 1].pos_ in {"SCONJ", "ADV", "ADP", "DET", "PRON", "CCONJ", "AUX", "VERB"}:
        return j  # "Although councils are not members": a sentence's first word, capitalised as such
    if start is not None and k == j + 1 and toks[j].lower_ == "board" and (
            toks[start].text == "NHS" or j == start + 1 and start > 0 and toks[start - 1].lower_ == "the"):
        return j  # "approved by the NHS Hull board", "directors to the Optalis board": X's board, not a name
    return k if k > j and toks[j].lower_ != "and" else j


def _opens_title_phrase(doc: Doc, k: int) -> bool:
    """Whether a title phrase of the lexicon ('chief executive') starts at token k."""
    toks = doc_tokens(doc)
    phrases = _title_phrases_by_first_word().get(toks[k].lower_)
    return bool(phrases) and any(tuple(t.lower_ for t in toks[k:k + len(p)]) == p for p in phrases)


@lru_cache(maxsize=1)
def _title_phrases_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in lexicon.load().title_phrases:
        words = tuple(phrase.split())
        out.setdefault(words[0], []).append(words)
    return out


def _title_word(tok) -> bool:
    from .lexicon import load

    return load().is_title_word(tok.text)


NAME_PREFIXES = tuple(sorted((tuple(p.split()) for p in lexicon.words("name_prefixes")), key=len, reverse=True))


def _prefixed_name(tokens: list) -> bool:
    """'London Borough of X', 'Royal Borough of X', 'City and County of X': a prefix, 'of', a place
    ('LB X': a prefix's abbreviation, then the place)."""
    texts = tuple(t.text for t in tokens)
    if 2 <= len(texts) <= 4 and texts[0] + " {}" in lexicon.load().abbreviations \
            and all(t.is_title for t in tokens[1:]):  # "LB Tower Hamlets": an abbreviated prefix, then a place
        return True
    return any(texts[:len(p)] == p and len(texts) > len(p) + 1 and texts[len(p)] == "of" for p in NAME_PREFIXES)


def _is_acronym(tok) -> bool:
    """'KCC', 'ELFT': a word in capitals that is a body's short name ('NHS' opens names)."""
    return tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 6 and tok.text != "NHS"


def _in_mixed_capitals(tok) -> bool:
    """'POhWER', 'SToRM': one word with three capitals or more and a small letter among them, a
    body's short name styled as a brand (not a word, a place or a person's name)."""
    return tok.is_alpha and not tok.is_upper and sum(c.isupper() for c in tok.text) >= 3


def _head_prefixed_name(tokens: list, lex: Lexicon) -> int:
    """'Borough Council of King's Lynn and West Norfolk', 'Police Service of Northern Ireland': a
    prefix that is itself a head, 'of' and a place with no head of its own make one name (the
    whole run); 0 if the run is not one."""
    prefix = next((p for p in NAME_PREFIXES if lex.is_head_word(p[-1]) and tuple(t.text for t in tokens[:len(p)]) == p), None)
    if prefix is None or len(tokens) < len(prefix) + 2 or tokens[len(prefix)].text != "of" \
            or any(e > len(prefix) for e in _head_ends(tokens, lex)):
        return 0
    return len(tokens)


def _person_after_comma(doc: Doc, k: int) -> bool:
    """'The chief executive of NHS Grampian, Stuart Mennie, said': a full name in apposition."""
    toks = doc_tokens(doc)
    if toks[k].ent_iob_ != "B" or toks[k].ent_type_ != "PERSON":
        return False
    end = k + 1
    while end < len(toks) and toks[end].ent_iob_ == "I":
        end += 1
    return end - k >= 2 and (end >= len(toks) or toks[end].lower_ not in {"and", "&"})


def _a_second_body_after_for(toks, j: int, end: int) -> bool:
    """'Harford Housing Association for Dunmore Health and Social Care Trust': a name with its
    head, then 'for' and one whole name ending in a council's or the NHS's head, is a body working
    for another; 'Council for Voluntary Service' ('... for Voluntary Service and Sefton Council':
    two names after 'for') and 'Centre for Connected Health' stay one name."""
    if not lex_is_head(toks[j - 1].text):
        return False
    k = j + 1
    while k < end and k - j <= 10 and ((_is_cap(toks[k]) and not toks[k].is_punct)
                                       or (toks[k].lower_ in CONNECTORS and k + 1 < end and _is_cap(toks[k + 1]))):
        k += 1
    return k - j >= 3 and toks[k - 1].text in OWNER_HEADS and not any(lex_is_head(t.text) for t in toks[j + 1:k - 1])


def _places_go_on_to_and(toks, k: int, end: int) -> bool:
    """Whether capitalised words from token k, commas between them and no acronym among them,
    reach an 'and' within nine tokens: the places of 'NHS Birmingham, Black Country and Solihull
    ICB' or 'NHS A, B, C and D CCGs' (not an address's 'NHS Borders, Newstead, Melrose TD6 9DB')."""
    start = k
    while k < end and k - start < 9:
        if toks[k].lower_ in {"and", "&"}:
            return k > start
        if toks[k].text != "," and (not _is_cap(toks[k]) or toks[k].is_punct or _is_acronym(toks[k])):
            return False  # (an acronym is no place: "NHS Borders, SB Cares and X" lists bodies)
        k += 1
    return False


def _hyphen_in_a_word(toks, k: int) -> bool:
    """The hyphen, or the lower-case half after it, of a word like 'Well-being' inside a name."""
    if toks[k].text == "-":
        return k + 1 < len(toks) and not toks[k - 1].whitespace_ and not toks[k].whitespace_ and toks[k + 1].is_lower
    return toks[k].is_lower and toks[k - 1].text == "-" and not toks[k - 1].whitespace_ and not toks[k - 2].whitespace_


def _comma_inside_name(doc: Doc, j: int, end: int) -> bool:
    """A comma inside one name lists places before 'and' and the name's head: 'Bedfordshire,
    Luton and Milton Keynes ICB'; not a comma between two names ('X Council, Y Council')."""
    toks = doc_tokens(doc)
    # a head before the comma ends a name ("X Council, Y Council", "Tunstall Healthcare, S3 Group")
    if lex_is_head(toks[j - 1].text) \
            or toks[j - 1].ent_type_ == "PERSON" or toks[j + 1].text == "NHS" or _title_word(toks[j - 1]) \
            or toks[j - 1].lower_ in NON_ORG_ENDERS \
            or _is_acronym(toks[j - 1]):  # "Integrated Discharge Team, Marshfield MBC"; "WUTH, X NHS Trust and ..."
        return False
    if any(toks[k].lower_ in {"of", "for"} and _title_word(toks[k - 1]) for k in range(max(1, j - 4), j)):
        return False  # "Director of Finance, Northern Health and Social Care Trust": a title's field, then a name
    k = j - 1
    while k >= 0 and j - k <= 3 and _is_cap(toks[k]) and toks[k].lower_ in DEPARTMENT_WORDS:
        k -= 1
    if k < j - 1 and not (k >= 0 and _is_cap(toks[k])):
        return False  # "Corporate Communications, X Health and Social Care Trust": a department, then its body
    k = j + 1
    while k < end and k - j <= 4 and _is_cap(toks[k]) and not toks[k].is_punct:
        if lex_is_head(toks[k].text):
            return False  # "Fold Telecare, Tunstall Healthcare and S3 Group": names with their own heads, not places
        k += 1
    if k >= end or toks[k].lower_ not in {"and", "&"}:
        return False
    k += 1
    while k < end and k - j <= 12 and (_is_cap(toks[k]) and not toks[k].is_punct or _hyphen_in_a_word(toks, k)):
        if toks[k].text in {"Council", "Trust", "Board", "Group", "CCG", "ICB", "ICS", "Partnership", "FT", "Authority",
                           "Collaborative", "Alliance", "Network", "PCN"}:  # "X Mental Health, Learning Disability and ..."
            return True
        k += 1
    # "the Bedfordshire, Luton and Milton Keynes integrated care system": the places' head in lower case
    head_end = _lower_case_head(doc, k, end, k - 1) if k < end and k > j + 1 and toks[k].is_lower else k
    return head_end - k >= 2 and not toks[head_end - 1].lower_.endswith("s")  # (not "... county councils": several)


def _nhs_board_before_and(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """'Director of X for NHS Shetland and Shetland Islands Council': after a title's 'for' or 'of',
    'NHS' and a place of one or two words, then 'and' and a council, is a board of its own."""
    toks = doc_tokens(doc)
    for k in range(start + 3, end - 1):
        if toks[k].lower_ not in {"and", "&"}:
            continue
        j = next((j for j in (k - 2, k - 3) if j > start and toks[j].text == "NHS"), None)
        if j is not None and toks[j - 1].lower_ in {"for", "of", "at"} \
                and all(t.text[:1].isupper() and t.is_alpha and not lex.is_head_word(t.text) for t in toks[j + 1:k]) \
                and lex.kind_of(tokens_text(doc, k + 1, end)) == "LocalAuthority":
            return j, k  # (a council after it: "NHS Mid and South Essex ICB" is one name)
    return None


def org_spans_from_runs(sent: Span, lex: Lexicon) -> list[tuple[int, int]]:
    """Organisation names in a sentence: pieces of capitalised runs that end in a head word."""
    doc = sent.doc
    toks = doc_tokens(doc)
    found = []
    runs = capitalised_runs(sent)
    for start, end in list(runs):
        # a second name after "and": one opened by a head ("NHS Tayside and University of Dundee"), by
        # NHS ("the Borough of Poole and NHS Dorset CCG"; not a plural head: "... CCGs"), or after a
        # name a head opens ("Police Service of Northern Ireland and Public Health Agency")
        k = next((k for k in range(start + 2, end - 2) if toks[k].lower_ in {"and", "&"}
                  and (_opening_head_name(list(doc[k + 1:end])) == end - k - 1
                       or (toks[k + 1].text == "NHS" and _has_head(tokens_text(doc, k + 1, end), lex)
                           and not toks[end - 1].text.endswith("s"))
                       or (_head_prefixed_name(list(doc[start:k]), lex) and _has_head(tokens_text(doc, k + 1, end), lex))
                       or (toks[k + 1].text == toks[start].text and toks[start].text not in COMPASS_WORDS | {"NHS"}
                           and not any(lex_is_head(t.text) or t.lower_ in {"and", "&"} for t in toks[start:k])
                           and _has_head(tokens_text(doc, k + 1, end), lex)))), None)
        # (the last: the run's first word said again after "and" opens a second name, "Harford LINk and Harford CVS")
        if k is None and end - start >= 4 and toks[start + 1].lower_ in {"and", "&"} \
                and (_is_acronym(toks[start]) or _in_mixed_capitals(toks[start])) \
                and _has_head(tokens_text(doc, start + 2, end), lex):
            k = start + 1  # "KCC and Medway Council", "POhWER and X Trust": an acronym before 'and' is a name of its own
        if k is None and toks[start].text == "NHS":
            k = _after_an_nhs_board(doc, start, end, lex)
        board = _nhs_board_before_and(doc, start, end, lex) if k is None else None
        if board is not None:
            found.append(board)  # (the title before it is no part of its name)
            k = board[1]
        if k is None and toks[end - 1].text == "Council":
            k = _body_before_a_council(toks, start, end)
        styled = _a_styled_council_before_and(doc, start, end, lex) if k is None else None
        if styled is not None:
            found.append(styled)  # (its own name, whatever title runs before it)
            k = styled[1]
        if k is None:
            k = _listed_name_before_and(doc, start, end, lex)
        if k is None:
            k = _word_said_either_side_of_and(doc, start, end, lex)
        if k is not None:
            runs[runs.index((start, end))] = (start, k)
            runs.append((k + 2 if toks[k + 1].lower_ == "the" else k + 1, end))  # "MHA and the X Forum"
            if k == start + 1 and _in_mixed_capitals(toks[start]):
                found.append((start, k))  # "VASLan and X Centre": the short name split off is a body, head or none
    for start, end in runs:
        tokens = _trimmed_run(doc, start, end)
        if not tokens:
            continue
        end = start + len(tokens)
        opening = _opening_head_name(tokens) or _head_prefixed_name(tokens, lex)
        if opening:  # "Association of Directors of Adult Social Services": the whole run is the name
            found.append((start, start + opening))
            continue
        ends = _head_ends(tokens, lex)
        piece_start = 0
        ends = [e for e in ends if not (e + 1 < len(tokens) and lex.is_title_word(tokens[e + 1].text))
                and not _a_seat_on_a_board(tokens, e, lex)]
        for e in ends:
            # a head followed by more of the name ("... Hospital NHS Foundation Trust") is not its end
            later = [x for x in ends if x > e]
            if later and all(t.lower_ not in {"and", "&"} for t in tokens[e + 1:later[0] + 1]):
                continue
            if later and tokens[e + 1].is_title and tokens[e + 1].lower_ not in CONNECTORS:
                continue  # "University Hospitals Coventry and Warwickshire NHS Trust": the name goes on
            s = piece_start
            # "Member, X Health and Wellbeing Board", "Trustee, X CVS": a title and a comma open no name
            comma = next((k for k in range(s + 1, min(e, s + 4)) if tokens[k].text == ","), None)
            if comma is not None and all(lex.is_title_word(t.text) or t.lower_ in {"member", "board"}
                                         for t in tokens[s:comma]):
                s = comma + 1
            # a title or a person before "of"/"for" is not part of the name: "Chair of NHS X Board",
            # "Dr Ann Lee of Westbury Hospice"
            for k in range(e - 1, s - 1, -1):
                if tokens[k].lower_ in {"of", "for", "in", "from", "at"} and (any(
                        lex.is_title_word(t.text) or t.text in lex.prefixes
                        or t.lower_ in DOCUMENT_WORDS for t in tokens[s:k])  # "Minute of Meeting of X IJB"
                        or lex.ends_in_title_phrase(" ".join(t.text for t in tokens[s:k]))  # "Cabinet Member for X"
                        or (k > s and tokens[k - 1].ent_type_ == "PERSON" and tokens[k - 1].ent_iob_ != "O"
                            and not lex.is_head_word(tokens[k - 1].text) and k - s >= 2)):
                    s = _after_title_field(tokens, k + 1, e)
                    s += 1 if s < e and tokens[s].lower_ == "the" else 0  # "Head of X Services for the Y Board"
                    break
            # trailing place or name words after the last head: "Life Sciences Hub Wales"
            if e == ends[-1]:
                k = e + 1
                room = 3 if k < len(tokens) and tokens[k].text in COMPASS_WORDS else 2  # "Voluntary Action North East X"
                while k < len(tokens) and k - e <= room and tokens[k].is_title \
                        and not lex.is_title_word(tokens[k].text) and tokens[k].lower_ not in CONNECTORS \
                        and not (tokens[k].ent_type_ == "PERSON" and tokens[k].ent_iob_ == "B"
                                 and any(lex.is_title_word(t.text) for t in tokens[:e])):
                    k += 1  # (not the name of a person holding the title before: "Head of Healthcare Gareth Pennick")
                if k == len(tokens):
                    e = k - 1
            after = start + e + 1
            if after < len(toks) and toks[after].lower_ in {"award", "category", "prize"} and after == end:
                pass  # "the Working Together award": the name of an award, not of a body
            elif e - s >= 1 or (tokens[e].text.isupper() and tokens[e].text not in GENERIC_ACRONYMS):
                # "NHS Harford, North Harford Council and ...": an NHS board before a comma is a name of its own
                comma = next((k for k in range(s + 2, min(s + 4, e)) if tokens[k].text == ","), None)
                if comma is not None and tokens[s].text == "NHS" and all(t.is_title for t in tokens[s + 1:comma]) \
                        and e - comma >= 2 and tokens[e].text in {"Council", "Councils", "Authority"}:
                    # (an NHS body's own head after the comma keeps one name: "NHS A, B and C CCG")
                    found.append((start + s, start + comma))
                    s = comma + 1
                found.append((start + s, start + e + 1))
            piece_start = e + 1
            while piece_start < len(tokens) and tokens[piece_start].lower_ in CONNECTORS:
                piece_start += 1
        found.extend(_headless_run_orgs(tokens, start, end, bool(ends), lex))
    return [(s, e) for s, e in found if not a_unit_of_the_body_before(toks, s, e)]


def a_unit_of_the_body_before(toks, s: int, e: int) -> bool:
    """'the council's own [Leisure Services] team', 'Harford Council's [Adult Services]
    department': capitalised words between a body's possessive and a unit noun name a unit of
    that body, no body of their own."""
    possessive = s >= 1 and (toks[s - 1].text in {"'s", "’s"} or toks[s - 1].lower_ == "own" and s >= 2
                             and toks[s - 2].text in {"'s", "’s"})
    if not possessive:
        return False
    k = e  # "the partnership's [Annandale and Eskdale] care at home team": a few words of the unit's work between
    while k < len(toks) and k - e < 4 and toks[k].is_lower and toks[k].is_alpha and toks[k].lower_ not in UNIT_NOUNS \
            and toks[k].pos_ not in {"VERB", "AUX", "DET", "PRON"}:
        k += 1
    return k < len(toks) and toks[k].lower_ in UNIT_NOUNS


#: Last words of a company's or charity's name that no place's name ends in ("Virgin Care").
BODY_FINAL_WORDS = {"Care", "Healthcare", "Ltd", "Limited", "plc", "PLC", "UK", "CIC"}


def _listed_name_before_and(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """The first 'and' in 'X Housing Association, Carr Gomm and Argyll and Bute Third Sector
    Interface': after a list's comma that follows a body's head word, a name the tagger reads as
    a person's (a charity's or a company's named after people: no head of ours) that ends right
    before 'and' is the list's item, and the name after 'and' (with a head and an 'and' of its
    own) the next one. (Places the tagger reads as people, "Cheshire West and Chester Council",
    keep their one 'and'.)"""
    toks = doc_tokens(doc)
    if toks[start].text == "NHS":
        return None  # "NHS Amberley and South Rye and NHS Greater Wexley CCGs": an NHS name's own places
    before = start - 1
    while before > start - 4 and before > 0 and toks[before].is_lower and toks[before].pos_ == "NOUN":
        before -= 1  # "..., the charity Carr Gomm and ...": past what the name is
    if before < start - 1 and toks[before].lower_ == "the":
        before -= 1
    if before < 1 or toks[before].text != "," or not lex_is_head(toks[before - 1].text):
        return None
    k = next((k for k in range(start + 1, min(end - 1, start + 4)) if toks[k].lower_ in {"and", "&"}), None)
    if k is None or any(lex_is_head(t.text) for t in toks[start:k]) or not _has_head(tokens_text(doc, k + 1, end), lex):
        return None
    head = next((j for j in range(k + 1, end) if lex_is_head(toks[j].text)), end)
    if not any(t.lower_ in {"and", "&"} for t in toks[k + 1:head]):
        return None  # (the name after it has an 'and' of its own: one 'and' may join a name's places)
    tagged = toks[start].ent_iob_ == "B" and toks[start].ent_type_ == "PERSON" and all(
        t.ent_iob_ == "I" for t in toks[start + 1:k]) and toks[k].ent_iob_ != "I"
    return k if tagged else None


def _word_said_either_side_of_and(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """The 'and' of 'Care & Repair Cardiff and Cardiff and Vale University Health Board': no one
    name says 'X and X', so a capitalised word said either side of it parts two names (when the
    rest has a head)."""
    toks = doc_tokens(doc)
    return next((k for k in range(start + 1, end - 2) if toks[k].lower_ in {"and", "&"}
                 and toks[k - 1].text == toks[k + 1].text and toks[k - 1].is_title
                 and _has_head(tokens_text(doc, k + 1, end), lex)), None)


def _body_before_a_council(toks, start: int, end: int) -> int | None:
    """The 'and' in 'Barnardo's and Harford Council' or 'Virgin Care and Bath and North East Somerset
    Council' (a joint entry): before it a name that ends in a possessive or in a word no place ends
    in, so the council after it is a second body. Places before 'and' ("Brighton and Hove City
    Council") are left alone."""
    for k in range(start + 1, end - 2):
        if toks[k].lower_ in {"and", "&"}:
            last = toks[k - 1]
            if last.text in {"'s", "’s"} or last.text in BODY_FINAL_WORDS:
                return k
            return None  # (only the first 'and' can part a body from the council's name)
    return None


def _a_styled_council_before_and(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a council styled with 'of' and its place ('City and County of Swansea', 'London
    Borough of Ealing') when 'and' and a second name with its own head follow it ('... and ABMU
    Health Board'): it ends at that 'and'. The 'and' inside the style ('City and County') parts nothing."""
    toks = doc_tokens(doc)
    for i in range(start, end - 4):
        prefix = next((p for p in NAME_PREFIXES if tuple(t.text for t in toks[i:i + len(p)]) == p), None)
        if prefix is None or toks[i + len(prefix)].lower_ != "of":
            continue
        place = i + len(prefix) + 1
        for k in (place + 1, place + 2):  # a place of one word or two, then 'and'
            if k + 1 < end and toks[k].lower_ in {"and", "&"} and all(t.is_title for t in toks[place:k]) \
                    and _has_head(tokens_text(doc, k + 1, end), lex):
                return i, k
        return None
    return None


#: Kinds of body no NHS board's name runs into: after "NHS Grampian and" a council or a partnership
#: is a second body ("NHS Bath and North East Somerset CCG" stays one).
NOT_AN_NHS_TAIL = {"LocalAuthority", "Partnership"}


def _after_an_nhs_board(doc: Doc, start: int, end: int, lex: Lexicon) -> int | None:
    """The 'and' after an NHS board in 'NHS Grampian and Aberdeen City Health & Social Care
    Partnership' or 'NHS Highland and Argyll and Bute Council': the rest is a council or a
    partnership of its own. Where a place of the board's comes again ('NHS Dumfries and Galloway
    and Dumfries and Galloway Council', 'NHS Greater Glasgow and Clyde and Glasgow City
    Council'), the 'and' before it; an 'and' before an '&', which may join
    the board's own places ('NHS Ayrshire & Arran and East Ayrshire Council')."""
    toks = doc_tokens(doc)
    splits = [k for k in range(start + 2, min(end - 2, start + 6)) if toks[k].lower_ in {"and", "&"}
              and toks[k - 1].lower_ not in {"health", "care", "social"}  # not "... Health and Social Care ..."
              and all(t.is_title for t in toks[start + 1:k] if t.lower_ not in {"and", "&"})
              and _has_head(tokens_text(doc, k + 1, end), lex)
              and lex.kind_of(tokens_text(doc, k + 1, end)) in NOT_AN_NHS_TAIL]
    again = [k for k in splits if toks[k + 1].text in {t.text for t in toks[start + 1:k] if t.is_title}]
    worded = [k for k in splits if toks[k].lower_ == "and"]  # "NHS Ayrshire & Arran and X Council"
    return (again or worded or splits or [None])[0]


#: Words that say what kind of seat on a board a member holds ("Non-Executive Board Members").
SEAT_KINDS = {"non-executive", "executive", "independent", "lay", "associate", "voting", "non-voting", "elected",
              "co-opted", "appointed", "new", "former"}


def _a_seat_on_a_board(tokens: list[Token], e: int, lex: Lexicon) -> bool:
    """'Non-Executive Board Members of NHS Highland': a head ('Board') after words of a seat's
    kind only and before 'Member(s)' is part of a title, not a body's name."""
    words = "".join(t.text_with_ws for t in tokens[:e]).split()  # ("Non-Executive" is three tokens)
    return e + 1 < len(tokens) and tokens[e + 1].lower_ in {"member", "members"} and bool(words) \
        and all(w.lower() in SEAT_KINDS or lex.is_title_word(w) for w in words)


def without_service_before_at(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int]:
    """'(Clinical Director for) Adult Mental Health at X NHS Trust': a service or field before
    'at' is no part of the body's name, when the words before it have no head of their own."""
    toks = doc_tokens(doc)
    at = next((k for k in range(e - 2, s, -1) if toks[k].lower_ == "at"), None)
    if at is not None and toks[at + 1].text == "Home":
        return s, e  # "Plymouth Care at Home Alliance", "Hospital at Home Service": a service's name, whole
    if at is not None and not _head_ends(list(doc[s:at]), lex) and _head_ends(list(doc[at + 1:e]), lex):
        return at + 1, e
    return s, e


#: Heads that open a body's name before "of" ("Association of Directors of Public Health", "Society
#: of Local Authority Chief Executives", "Royal College of Nursing"): the run after "of" is the name's,
#: titles included.
OPENING_HEADS = {"Association", "Society", "Federation", "Confederation", "College", "Institute", "Academy",
                 "Union", "League", "Guild", "Faculty", "University"}


#: Words that may stand before such a head ("Royal College of Nursing").
OPENING_PREFIXES = {"Royal", "National", "British"}
OPENED_BY_HEAD = re.compile(r"(?:the\s+)?(?:(?:%s)\s+)?(?:%s)\s+of\s+" % (
    "|".join(sorted(OPENING_PREFIXES)), "|".join(sorted(OPENING_HEADS))), re.I)


def _opening_head_name(tokens: list) -> int:
    """How many tokens of a capitalised run make one name opened by such a head and 'of' or 'for'
    ('Confederation for Health and Social Services'; 0 if the run is not one): up to the run's
    end, or to an 'and' that starts a second name."""
    k = 1 if tokens and tokens[0].text in OPENING_PREFIXES else 0
    if len(tokens) > k and tokens[k].text not in OPENING_HEADS:
        k = _place_before_opening_head(tokens)
    if len(tokens) < k + 3 or tokens[k].text not in OPENING_HEADS or tokens[k + 1].text not in {"of", "for"}:
        return 0
    n = k + 2
    while n < len(tokens) and (tokens[n].is_title or tokens[n].is_upper or tokens[n].lower_ in {"of", "'s", "’s", "-"}
                               or tokens[n].text in {"and", "&"} and n + 1 < len(tokens) and tokens[n + 1].is_title
                               and tokens[n + 1].text not in {"The", "NHS"} and not any(
                                   t.text in OPENING_HEADS for t in tokens[n + 1:])):
        n += 1
    while n > k + 2 and tokens[n - 1].lower_ in {"of", "and", "&", "-"}:
        n -= 1
    return n if n > k + 2 else 0


def _place_before_opening_head(tokens: list) -> int:
    """Where the head is in 'Harford Association of Voluntary Organisations' (a place of one or
    two words before it, no title or connector among them), else 0."""
    lex = lexicon.load()
    for k in (1, 2):
        if len(tokens) > k and tokens[k].text in OPENING_HEADS:
            before = tokens[:k]
            if all(t.is_title and t.lower_ not in CONNECTORS and t.text not in OPENING_HEADS | OPENING_PREFIXES | {"NHS"}
                   and not lex.is_title_word(t.text) and not lex.is_honorific(t.text) for t in before):
                return k
            return 0
    return 0


def _after_title_field(tokens: list, s: int, e: int) -> int:
    """Where the name starts after a title's 'of': past the field the title names, when a
    name with a place is left ("Director of Public Health Corrieburn Council")."""
    words = tuple(t.lower_ for t in tokens[s:e + 1])
    for field in TITLE_FIELDS:
        if words[:len(field)] == field and e - (s + len(field)) >= 1:
            k = s + len(field)  # "for Public Health and Public Protection": past the "and" too
            return k + 1 if tokens[k].lower_ in {"and", "&"} and e - k >= 1 else k
    return s


#: Heads after which a body's team or service may be named: an awards entry's "Southern Trust
#: Podiatry", "Dumfries and Galloway Council Reablement Service".
OWNER_HEADS = {"Council", "Trust", "Board", "Partnership", "CCG", "ICB", "HSCP"}


def team_of_a_body(words: list[str], lex: Lexicon) -> int | None:
    """'Southern Trust Podiatry', 'Harford Council Adult Social Care': the number of words that
    name the body when a team's name (one to four capitalised words with no head) follows its
    head; None when the name is no such pair."""
    for k in range(1, len(words) - 1):
        tail = words[k + 1:]
        if words[k] in OWNER_HEADS and len(tail) <= 4 and all(
                w[:1].isupper() and w.isalpha() and not lex.is_head_word(w) for w in tail if w.lower() != "and") \
                and tail[0].lower() != "and" and tail[-1].lower() != "and":
            return k + 1
    return None


def in_award_list(doc: Doc, start: int, end: int) -> bool:
    """'shortlisted for ... of the Year; Community Health Service Redesign; and ...': an item of a
    semicolon list of award categories."""
    toks = doc_tokens(doc)
    before = toks[start - 1].text if start > 0 else ""
    before2 = toks[start - 2].text if start > 1 else ""
    after = toks[end].text if end < len(toks) else ""
    if not (after == ";" or before == ";" or (before.lower() == "and" and before2 == ";")):
        return False
    sent = toks[start].sent
    return bool(re.search(r"\b(?:awards?|shortlisted|nominated|finalists?|categor(?:y|ies)|running for)\b",
                          span_text(sent), re.I))


def without_title_field(doc: Doc, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """A name found by the tagger, past a title's field: "Director of [Nursing Eastwold NHS
    Foundation Trust]" -> "Eastwold NHS Foundation Trust"."""
    toks = doc_tokens(doc)
    if start >= 2 and toks[start - 1].lower_ in {"of", "for"} and (
            lex.is_title_word(toks[start - 2].text) or lex.ends_in_title_phrase(
                " ".join(t.text for t in toks[max(start - 5, 0):start - 1]))):
        words = tuple(t.lower_ for t in toks[start:end])
        if words in TITLE_FIELD_SET or len(words) >= 2 and words[-1] in {"services", "service"} \
                and words[:-1] in TITLE_FIELD_SET:
            return end, end  # "our Director of [Housing Services]", "Director of [Digital Services]": the field alone
        return start + _after_title_field(list(doc[start:end]), 0, end - start - 1), end
    return start, end


def _trimmed_run(doc: Doc, start: int, end: int) -> list[Token]:
    """A run's tokens without trailing numbers or "Awards"; empty when the run cannot name an
    organisation. "Health Service Journal Awards 2023": the scheme's name holds the organisation;
    "Place Based Partnership and Integrated Care Award" is an award, not an organisation."""
    toks = doc_tokens(doc)
    tokens = [toks[k] for k in range(start, end)]
    while tokens and tokens[-1].like_num:
        tokens.pop()
    if not tokens or any("/" in t.text or ">" in t.text for t in tokens):
        return []  # (a breadcrumb's "Council and Democracy > Meetings" is no name either)
    if tokens[-1].lower_ == "awards":
        tokens.pop()
    elif tokens[-1].lower_ in NON_ORG_ENDERS:
        return []
    return tokens


def _headless_run_orgs(tokens: list[Token], start: int, end: int, has_heads: bool,
                       lex: Lexicon) -> list[tuple[int, int]]:
    """Organisations a run names without (or besides) a head word: "NHS <place>", a prefixed
    name, or NHS after a title."""
    found = []
    # "Fife Council and NHS Fife", "the Fermanagh Trust and Age NI": an NHS body or a charity's
    # branch named after a body with a head, in the same run
    # (or "X and Royal Borough of Kensington and Chelsea": a prefixed name after another)
    tail = next((n for n in range(1, len(tokens) - 1) if (tokens[n].text == "NHS" or _charity_prefix(tokens[n:])
                                                          or _prefixed_name(tokens[n:]))
                 and tokens[n - 1].lower_ in {"and", "&", ","} and not _head_ends(tokens[n:], lex)), None)
    if tail is not None and (has_heads or _prefixed_name(tokens[tail:]) or _charity_prefix(tokens[tail:])):
        found.extend(_headless_run_orgs(tokens[tail:], start + tail, end, False, lex))
    # "NHS Highland", "NHS Ayrshire & Arran", "NHS England": NHS and a place; "NHS Lothian and
    # NHS Fife" are two
    if tokens[0].text == "NHS" and len(tokens) >= 2 and not has_heads:
        # "NHS Harford Chief Executive Tom Lowe said": the name ends at a title
        title = next((n for n in range(2, len(tokens)) if lex.is_title_word(tokens[n].text) or (
            n + 1 < len(tokens) and lex.is_title_word(tokens[n + 1].text) and tokens[n].text in TITLE_OPENERS)),
            len(tokens))
        tokens = tokens[:title]
        cuts = [n for n in range(1, len(tokens) - 1) if tokens[n].lower_ in {"and", ","} and (
            tokens[n + 1].text == "NHS" or (  # "NHS Camden and Camden LINk": the place again opens another body
                tokens[n].lower_ == "and" and n + 2 < len(tokens)
                and tokens[n + 1].text in {t.text for t in tokens[1:n]}))] + [len(tokens)]
        piece = 0
        for cut in cuts:
            if cut - piece >= 2:
                found.append((start + piece, start + cut))
            piece = cut + 1
    elif _prefixed_name(tokens):  # "London Borough of Ashwick", "City and County of Swansea"
        found.append((start, end))
    elif not has_heads and (skip := _charity_prefix(tokens)):
        stop = next((n for n in range(skip, len(tokens)) if tokens[n].lower_ in {"and", "&", "of", "for"}
                     and not (n + 1 < len(tokens) and tokens[n + 1].text in AREA_WORDS)
                     and not (tokens[n].lower_ == "of" and tokens[n - 1].text in PLACE_OF_WORDS)
                     and not _place_and_compass_end(tokens, n)
                     and not (tokens[n].lower_ == "and" and _place_after_and_ends_the_area(tokens, n))
                     and not (tokens[n].lower_ == "and" and n + 2 < len(tokens) and tokens[n + 1].lower_ == "the"
                              and not _head_ends(tokens[n + 2:], lex))  # "Age UK Harford and the Isles of Wexley"
                     and not (tokens[n].text == "&" and n + 1 < len(tokens) and tokens[n + 1].text != "NHS"
                              and not _charity_prefix(tokens[n + 1:]))), len(tokens))
        # ("Age UK Shropshire Telford & Wrekin": places joined by '&' are the branch's one area)
        found.append((start, start + stop))  # "Age UK Norwich", "Age Cymru Gwent": a charity's local branch
        if stop + 1 < len(tokens) and _charity_prefix(tokens[stop + 1:]):  # "Healthwatch A and Healthwatch B"
            found.extend(_headless_run_orgs(tokens[stop + 1:], start + stop + 1, end, False, lex))
    elif not has_heads and len(tokens) >= 3:  # "Chief Executive (of) NHS Lothian Tim Davison": a title, then NHS
        k = next((n for n, t in enumerate(tokens) if t.text == "NHS" or (
            n and tokens[n - 1].lower_ in {"of", "for", "at"} and _charity_prefix(tokens[n:]))), None)
        lead = " ".join(t.lower_ for t in tokens[:k] if t.lower_ not in {"interim", "acting", "deputy"})
        lead = re.sub(r"\s+(?:of|for|at)$", "", lead)  # "Chief Executive of NHS Orkney"
        if k and (lead in lex.title_phrases or all(lex.is_title_word(w) for w in lead.split())):
            if tokens[k].text != "NHS":  # "Chief Executive of Age UK Norwich": a charity's branch after a title
                return _headless_run_orgs(tokens[k:], start + k, end, False, lex)
            stop = next((n for n in range(k + 1, len(tokens)) if tokens[n].ent_type_ == "PERSON"), len(tokens))
            if stop - k >= 2:
                found.append((start + k, start + stop))
    return found


#: "Connecting Care is a partnership of A, B and C", "Bexford Together, an alliance of ...": a name
#: with no head word that the sentence itself calls a partnership.
#: Small lower-case words inside a service's name, each before a capitalised word: "Safe at Home
#: Wexley", "Home to Stay", "Care for You".
SMALL_WORDS_IN_NAMES = ("at", "to", "for", "on")
NAME_SMALL_WORDS = r"(?:" + "|".join(SMALL_WORDS_IN_NAMES) + r")(?=\s+[A-Z])"
DESCRIBED_AS_PARTNERSHIP = re.compile(
    r"(?:^[\W\d]*|:\s+|\b(?:the|with|by|to|from|for|at|of|in|joins?|joined)\s+)((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|and|&|of|"
    + NAME_SMALL_WORDS + r")){0,5}?)(?:\s*,\s*|\s+(?:is|was|has been|"
    r"became|will be)\s+)(?:[\w-]+\s+){0,12}?(?:a|an|the)\s+(?:(?:[\w-]+|[\w-]+['’]s)\s+){0,5}?(?:partnership|alliance|"
    r"collaboration|collaborative|consortium|joint (?:venture|body|committee|organisation))(?:\s+|\s*,\s+)"
    r"(?:of|between|that|which|(?:through|in|under|by|with)\s+which|bringing|uniting|"  # "X, the county's STP, which",
    # "X is the partnership through which ... plan, pay for and provide services together"
    r"for|covering|across|in|"
    r"(?:(?:\w+\s+){0,2}?(?:formed|set up|established|created|launched|owned|run)\s+(?:[\w-]+\s+){0,3}?by))\b")  # "X, the provider formed in 2016 as a partnership between"


#: "Carers in Harfordshire is a charitable company limited by guarantee", "Harford Cares is a
#: registered charity", "Rural Aid, the farming charity, runs ...": a name the sentence itself
#: calls a charity or company is a body, though it has no head word.
DESCRIBED_AS_BODY = re.compile(
    r"^[\W\d]*((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|in|for)){0,5}?)(?:\s+(?:is|was|has been|became)\s+"
    r"|\s*,\s+(?=(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:federation|charity|social enterprise|housing association|"
    r"community interest company)(?:\s+(?:for|of|in|that|which|serving|covering|based)\b|\s*,)))"  # "One Care, the GP federation for X,"
    r"(?:a|an|the)\s+(?:(?:small|local|independent|national|regional|registered|county|"
    r"user-led|GP|[\w-]+-based|(?!(?:with|of|for|in|and|a|an|the|to|its|their)\s)[a-z][\w-]*)\s+){0,2}(?:charity|charitable (?:company|organisation|trust|incorporated organisation)|"
    r"company limited by guarantee|social enterprise|community interest company|voluntary organisation|"
    r"not-for-profit (?:organisation|company)|federation|housing association)\b")


#: "Home Together Harford was launched on Tuesday by A, B and C": a named scheme, service or
#: body that opens the sentence and was set up by others (the bodies after "by").
#: What follows the name: "(scheme) was launched on Tuesday by ", "has been set up by ".
SET_UP_BY_PHRASE = (r"(?:\s+(?:scheme|service|programme|project|initiative|pilot|network|hub))?(?:\s*,\s*which\s+|\s*,\s+(?=(?:jointly\s+)?(?:run|owned|managed|delivered)\s)|\s+)(?:(?:was|were|has been|"
                    r"have been)\s+(?:\w+\s+){0,2}?(?:launched|set up|established|created|founded|formed|pulled together|"
                    r"put together)\s+(?:[\w'’-]+\s+){0,12}?|(?:(?:is|are)\s+|(?<=,\s))(?:jointly\s+(?:run|owned|managed|delivered)|"
                    r"(?:run|owned|managed|delivered)\s+jointly|co-owned)\s+)by\s+")  # "Home First is run jointly by A and B",
# "Well Connected, which is run jointly by A, B and C, ...", "X, run jointly by A and B, has ..."
LAUNCHED_BY = re.compile(r"^[\W\d]*(?:The\s+)?((?:[A-Z][\w'’@-]*)(?:\s+(?:[A-Z][\w'’@-]*|and|&|of|@)){0,6}?)"
                         + SET_UP_BY_PHRASE + r"(.+)$")


#: "Sanctuary Care has signed a three-year partnership with A and B": the subject that signs a
#: partnership, agreement or contract with bodies is a body itself, whatever its name looks like.
SIGNS_WITH = re.compile(
    r"^[\W\d]*(?:The\s+)?((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of)){0,4}?)\s+(?:has|have|had|is|are|will)?\s*"
    r"(?:\w+\s+)?(?:signed|agreed|struck|formed|entered into|teamed up|teams up|joined forces)\s+"
    r"(?:(?:a|an)\s+(?:[\w£-]+\s+){0,3}?(?:partnership|agreement|contract|deal|alliance)\s+)?with\s+(.+)$")


#: "The new service, Safe Home Fife, will ...", "The service, which will be known as Bridge to
#: Home Harford, will ...": a joint service named as the sentence opens.
NAMED_SERVICE = re.compile(
    r"^\s*The\s+(?:new\s+|joint\s+)?(?:service|scheme|initiative|programme|project|pilot|venture|partnership|"
    r"company|firm|body|organisation|enterprise|social enterprise),\s+"
    r"(?:which\s+will\s+be\s+(?:known|called)\s+|to\s+be\s+(?:known|called)\s+|known\s+|called\s+|named\s+)?(?:as\s+)?"
    r"((?:[A-Z][\w'’@-]*)(?:\s+(?:[A-Z][\w'’@-]*|and|&|of|@|to|at|for|in|on)){0,7}?),")


def group_span(doc: Doc, sent: Span, match: re.Match, group: int = 1) -> Span | None:
    """The tokens a group of a match over `sent`'s text covers (inside its bounds), or None."""
    return doc.char_span(sent.start_char + match.start(group), sent.start_char + match.end(group),
                         alignment_mode="contract")


PRONOUN_WORDS = {"it", "they", "this", "these", "those", "that", "we", "he", "she", "both", "all", "each"}


def names_only_places(span: Span) -> bool:
    """Whether every capitalised word of a span is one the tagger read as a place ('Harford', 'East
    Wexley'): a place, not a body's name. An acronym counts as a word ('The HWN was set up by')."""
    return all(t.ent_type_ in {"GPE", "LOC"} for t in span if t.is_title or (t.is_upper and len(t) > 1))


def is_pronoun(span: Span) -> bool:
    """'It has been set up by A and B', 'They signed a partnership with X': a pronoun opening the
    sentence stands for a body named before; it names none."""
    return all(t.pos_ in {"PRON", "DET"} or t.lower_ in PRONOUN_WORDS for t in span)


#: The lower-case noun a service's name may stand before: "the Home to Stay service, run jointly by".
SERVICE_NOUN_WORDS = ("service", "scheme", "programme", "project", "initiative", "pilot", "team", "network", "hub")
SERVICE_NOUN_AFTER = r"(?:\s+(?:" + "|".join(SERVICE_NOUN_WORDS) + r"))?"


#: "Harford Connected Care has been shortlisted in ...", "... added that Connect Well, the social
#: prescribing service which the council runs with X, had been named a finalist", "The X Intermediate
#: Care Team picked up the Y award": a name that opens the sentence or its that-clause (an
#: apposition after it allowed) and is an award's entrant.
SHORTLISTED_SUBJECT = re.compile(
    r"(?:^[\W\d]*|\bthat\s+)(?:[Tt]he\s+|[Oo]ur\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|from|to|at)){1,5}?)"
    + SERVICE_NOUN_AFTER +  # "that the Home to Stay service, run jointly by"
    r"(?:\s*,\s+(?:a|an|the|which|that)\s+(?P<apposed>[^,]{3,140}?),|\s*,\s+(?:which|that)\s+[^;.]{3,160}?,"
    r"|\s*,\s+(?:jointly\s+)?(?:run|led|delivered|"
    r"managed|operated)(?:\s+jointly)?\s+by\s+[^;]{3,140}?,)?\s+(?:(?:has|have|had|was|were|is)\s+(?:also\s+)?(?:been\s+)?"
    r"(?:shortlisted|short-listed|named\s+(?:as\s+)?(?:a\s+)?(?:finalist|winner)|highly\s+commended|commended|"
    r"a\s+finalist|among\s+the\s+finalists|one\s+of\s+(?:the\s+)?(?:\w+\s+)?finalists|"
    r"(?:one\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:projects|entries|schemes|initiatives|services|teams|nominees)\s+)?"
    r"(?:on|named\s+on)\s+(?:the|a|this\s+year's)\s+shortlist)"
    r"|(?:also\s+)?(?:won|picked\s+up|scooped|collected|took\s+home)\s+(?:the|a|an|this\s+year's)(?=\s[^.]{0,80}?\b[Aa]ward))\b")


#: "Gold also went to the North Harford Community Resource Team, run jointly by the council and X, in
#: the Y Award": a name an award went to, which the apposition after it says two bodies run.
WENT_TO_JOINT_SERVICE = re.compile(
    r"\b(?:went|goes|was\s+awarded|was\s+presented)\s+to\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|&|of|for|"
    r"from|to|at)){1,6}?)" + SERVICE_NOUN_AFTER + r"\s*,\s+(?:jointly\s+)?(?:run|led|delivered|managed|operated)"
    r"(?:\s+jointly)?\s+by\s")


#: Nouns of an apposition that make a name a body's: "X, the social prescribing service which ...".
SERVICE_NOUN = re.compile(r"\b(?:service|scheme|project|programme|partnership|initiative|team|network|alliance|hub|"
                          r"charity|enterprise|company|collaborative|run\s+(?:jointly\s+)?by)\b")


def shortlisted_subject_spans(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans of names an award shortlists at a sentence's start (SHORTLISTED_SUBJECT) with
    no head word of their own ('Harford Connected Care'): a service or partnership that entered,
    no person (honorific, tagger's person or given-name shape aside) and no place."""
    out = []
    for sent in doc_sents(doc):
        went = WENT_TO_JOINT_SERVICE.search(span_text(sent))
        span = group_span(doc, sent, went) if went else None
        if span is not None and len(span) >= 2 and not names_only_places(span) and not _has_head(span.text, lex) \
                and not any(lex.is_honorific(t.text) for t in span):
            out.append((span.start, span.end))  # (no person is run jointly by two bodies)
        hit = SHORTLISTED_SUBJECT.search(span_text(sent))
        span = group_span(doc, sent, hit) if hit else None
        described = hit is not None and hit.group("apposed") and SERVICE_NOUN.search(hit.group("apposed"))
        if span is None or len(span) < 2 or is_pronoun(span) or names_only_places(span) \
                or any(lex.is_honorific(t.text) or lex.is_title_word(t.text) for t in span) \
                or (not described and any(t.ent_type_ == "PERSON" for t in span)) or _has_head(span.text, lex) \
                or (span[0].lower_ in GENERIC_NOUNS_LEX and span[1].text in {"'s", "’s"}):
            continue  # (the tagger's person is a body where the apposition says what kind: "the befriending scheme";
            # "The Trust's Primary Care Team": a team of the body 'the Trust' points back to)
        out.append((span.start, span.end))
    return out


#: "Libraries NI joined the scheme in September", "Mindline became the fifth partner": the subject that joins a
#: piece of joint work is a body, in a later clause too ("Age NI joined in 2016, and X became a member").
JOINS_JOINT_WORK = re.compile(
    r"(?:^[\W\d]*|,\s+and\s+|;\s+(?:and\s+)?|\bthat\s+)(?:The\s+)?((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of)){0,4}?)"
    r"(?:\s*,\s*(?:the|a|an)\s+[^,;]{3,80},)?"  # "AVOW, the borough's umbrella body for voluntary groups, joined"
    r"\s+(?:has|have|had|will|also|"
    r"later|formally|then)?\s*(?:(?:joined|joins|will join)\s+(?:the|this|that)\s+(?:scheme|partnership|alliance|"
    r"network|programme|collaborative|consortium|project|initiative)|"
    r"(?:joined|signed\s+up|came\s+on\s+board)\s+(?:(?:that|this|last|the\s+following)\s+(?:spring|summer|autumn|"
    r"winter|year|month)|(?:a|one|two|three|four|five|six|eighteen)\s+(?:years?|months?)\s+later|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|(?:19|20)\d\d))|"  # "X joined that autumn", "Y signed up this month", "Z came on board in April"
    r"became\s+(?:the|a|an|its)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|newest|"
    r"latest|new|full|founding)\s+)?(?:partner|member)(?!\s+of\b)|"  # "Platfform became the fifth partner in 2024"
    # "RESOLVED: that Harford Housing be admitted as a member of One Wexley"
    r"(?:be|was|were|is|are|has\s+been|have\s+been)\s+admitted\s+as\s+(?:a|an)\s+(?:full\s+|associate\s+)?(?:member|partner))\b")


#: Words a national body's name may end in ("Victim Support NI", "Chest Heart & Stroke Scotland").
NATION_ENDINGS = {"NI", "Scotland", "Wales", "Cymru", "England", "UK"}


def _ends_in_nation_or_acronym(span: Span, lex: Lexicon) -> bool:
    """Whether a name of two words or more ends in a nation or an acronym ('Victim Support NI', 'Carers
    Trust UK'): a body's, which the tagger may read as a person's; not a person's letters after her
    name ('MBE')."""
    last = span[-1].text
    return len(span) >= 2 and (last in NATION_ENDINGS or (last.isupper() and len(last) >= 2)) \
        and not lex.is_honorific(last)


def _a_word_no_person_is_named_by(span: Span | None, name_words: set[str]) -> bool:
    """'Kestrel joined a year later': one word, which no person's full name in the text holds (a
    person who joins is named in full first, or is the surname of someone named so)."""
    return span is not None and len(span) == 1 and span[0].text not in name_words


def signing_body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the bodies that open a sentence and sign a partnership with named bodies
    (SIGNS_WITH) or join one (JOINS_JOINT_WORK): a care company or charity with no head word."""
    out, lex = [], lexicon.load()
    name_words = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    for sent in doc_sents(doc):
        text = span_text(sent).rstrip()
        for joins in JOINS_JOINT_WORK.finditer(text):
            if BODY_WORD.search(joins.group(1)):
                continue
            span = group_span(doc, sent, joins)
            admitted = "admitted" in joins.group(0)  # (a partnership admits bodies, not people, as members)
            person = any(t.ent_type_ == "PERSON" for t in span or []) and not any(t.tag_ == "NNPS" for t in span) \
                and not admitted and not _ends_in_nation_or_acronym(span, lex) \
                and not _a_word_no_person_is_named_by(span, name_words)  # ("Victim Support NI", "Kestrel")
            if span is not None and not person and not all(t.ent_type_ in {"GPE", "LOC"} for t in span) \
                    and not lex.is_honorific(span[0].text) and not is_pronoun(span) and not names_only_places(span):
                out.append((span.start, span.end))
        signs = SIGNS_WITH.match(text)
        if signs and BODY_WORD.search(signs.group(2)) and not BODY_WORD.search(signs.group(1)):
            span = group_span(doc, sent, signs)
            if span is not None and not any(t.ent_type_ in {"GPE", "LOC", "PERSON"} for t in span) \
                    and not lex.is_honorific(span[0].text) and not is_pronoun(span):
                out.append((span.start, span.end))
    return out


#: "Tai Harford's Head of Community Investment, Jeff Lewis, is vice chair": the owner of a title
#: whose holder is named after it, as the sentence opens, is a body, though the tagger reads its
#: name as a person's.
TITLE_OWNER = re.compile(r"^[\W\d]*((?:[A-Z][\w’-]*)(?:\s+[A-Z][\w’-]*){0,3})['’]s\s+((?:[\w-]+\s+){0,6}?[\w-]+),\s+"
                         r"(?:[A-Z][a-z]{1,4}\.?\s+)?[A-Z][\w'’-]+\s+[A-Z][\w'’-]+,")


#: A body a person comes from, works at or left, then where they hold a post there: "seconded from
#: Trivallis, where she is a community investment officer", "joined from Harford Homes, where he was ...".
WHERE_THEY_WORK = re.compile(r"\b(?:from|at|with|left|leaves|leaving|joined|joins|joining)\s+"
                             r"([A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|&)){0,5}),\s+where\s+(?:he|she|they)\s+"
                             r"(?:is|was|has|had|became|worked|works|led|leads|ran|runs|spent|served)\b")


def where_they_work_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the bodies before ', where she is a ...' after 'from', 'at' or 'left' (a
    housing association, a company): a body, whatever the tagger made of its name, but for a
    place the tagger knows ('at Harford, where she ...')."""
    out, lex = [], lexicon.load()
    for sent in doc_sents(doc):
        for hit in WHERE_THEY_WORK.finditer(span_text(sent)):
            span = group_span(doc, sent, hit)
            employer = re.search(r"\b(?:seconded|employed|recruited|transferred|joined|joins|joining)\s+\w+\s*$",
                                 span_text(sent)[:hit.start(1)])  # "seconded from X": an employer, though a place's name
            if span is not None and not lex.is_honorific(span[0].text) and (employer or not names_only_places(span)) \
                    and not is_pronoun(span):
                out.append((span.start, span.end))
    return out


def title_owner_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the bodies that own a title, its holder named after it (TITLE_OWNER), with
    no head word of their own: a housing association or a charity of two words or more that the
    tagger took for a person's name, or a name in capitals, whatever the tagger made of it
    ("AVOB's chief executive, Jo Bell, said")."""
    out, lex = [], lexicon.load()
    for sent in doc_sents(doc):
        owned = TITLE_OWNER.match(span_text(sent))
        if owned is None or not any(lex.is_title_word(w) for w in owned.group(2).split()) \
                or _has_head(owned.group(1), lex):
            continue
        span = group_span(doc, sent, owned)
        if span is None:
            continue
        if len(span) == 1 and _is_acronym(span[0]) or len(span) >= 2 and span[0].lower_ != "the" and all(
                t.ent_type_ == "PERSON" for t in span) and not lex.is_honorific(span[0].text):
            out.append((span.start, span.end))  # (a place's or a party's title, "Rutland's director", is not one)
    return out


BODY_DESCRIPTORS = sorted(lexicon.words("body_descriptors"), key=len, reverse=True)
#: "Campaign group Harford 999 Call for the NHS said ...", "But the union Unison, which ...": a
#: descriptor opening the sentence (after a conjunction and 'the' at most), then the body's name
#: (capitalised words, with 'and', 'of', 'for', 'the', '&' inside it).
DESCRIPTOR_THEN_NAME = re.compile(
    r"^[\W\d]*(?i:(?:(?:but|and|yet|meanwhile|however,?)\s+)?(?:the\s+)?(?:[a-z-]+\s+(?:[a-z-]+\s+)?)??(?:"
    + "|".join(re.escape(d) for d in BODY_DESCRIPTORS)
    + r"))\s+"  # "But the union Unison, which represents ...", "Homelessness charity P3 joined in August"
    r"(?:the\s+)?([A-Z][\w'’&-]*(?:\s+(?:[A-Z0-9][\w'’&-]*|and|of|for|the|&|to(?=\s+[A-Z])))*?)"
    r"(?=\s*(?:,|\s(?:said|says|has|have|had|is|was|will|would|welcomed|warned|called|described|urged|added|argued|"
    r"joined|joins|runs|ran|provides|provided|won|wins|signed|agreed|took|takes|launched)\b))")


#: "entered jointly by housing association Trivane, ...", "with local charity Brightwell and":
#: a descriptor in lower case after a preposition or a list's comma, then the body's name.
DESCRIPTOR_INSIDE = re.compile(
    r"(?:\b(?:by|with|from|to|for|and|between)|,)\s+(?:the\s+)?(?:(?:local|national|regional|independent|"
    r"Welsh|Scottish|Irish|[a-z]+-based|social|care|health|mental|older|people['’]s|disability)\s+){0,3}(?:"
    + "|".join(re.escape(d) for d in BODY_DESCRIPTORS) + r")[ \t]+"  # (not a line's last word before the next)
    r"([A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,3})(?=\s*(?:,|\.|;|\(|$)|\s(?:and|with|for|to|in|on|at|which|who|"
    r"together|became|becomes|joined|joins|has|have|had|is|was|were|will|said|says|won|runs|ran|provides)\b)")


def descriptor_spans(doc: Doc) -> list[tuple[int, int, int]]:
    """(descriptor start, name start, name end) token positions of a sentence that opens with a
    common noun describing the body it then names ('Charity Carers Harford said'): the name is a
    body whatever its words, and the descriptor no part of it."""
    out, text = [], doc_text(doc)
    for sent in doc_sents(doc):
        hit = DESCRIPTOR_THEN_NAME.match(span_text(sent))
        if hit:
            span = group_span(doc, sent, hit)
            whole = " ".join(span_text(sent)[:hit.end(1)].split())
            if span is not None and text.count(whole) == 1:  # "Charity Times" again elsewhere: one name
                out.append((sent.start, span.start, span.end))
    for hit in DESCRIPTOR_INSIDE.finditer(text):
        span = doc.char_span(hit.start(1), hit.end(1), alignment_mode="contract")
        if span is not None and not any(s <= span.start < e for _, s, e in out):
            out.append((doc.char_span(hit.start(), hit.start(1), alignment_mode="expand").start, span.start, span.end))
    return out


#: One name of a list that opens a sentence: capitalised words ("Two Rivers Housing", "P3").
_LISTED_NAME = r"(?:The\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z0-9][\w'’&-]*){0,4}"
#: "Bromford, Two Rivers Housing and Cheltenham Borough Homes, the ALMO that ..., are the landlord
#: members": names coordinated as the subject of 'are (the ...) members / partners' are bodies.
LISTED_AS_MEMBERS = re.compile(
    rf"^[\W\d]*({_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*\s*,?\s+and\s+{_LISTED_NAME})(?:\s*,[^,;.]{{3,120}},)?"
    r"\s+(?:are|were|have become|became)\s+(?:all\s+|both\s+|also\s+|now\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:members|partners|member organisations|partner organisations)\b")


#: "... and two providers: HC-One and Age UK Trafford": names listed after a counted kind of body and a colon.
COUNTED_BODIES_LISTED = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|\d+)\s+(?:[\w-]+\s+)?(?:providers|partners|charities|organisations|"
    rf"companies|bodies|members|councils|trusts|housing associations|social enterprises|landlords)\s*:\s*"
    rf"({_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*\s*,?\s+and\s+{_LISTED_NAME})")


def listed_member_body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the names a sentence lists as members or partners (LISTED_AS_MEMBERS):
    bodies, whatever their words, but for people and places the tagger knows."""
    out = []
    for sent in doc_sents(doc):
        hit = LISTED_AS_MEMBERS.match(span_text(sent))
        out += [(span.start, span.end) for span in _listed_names(doc, sent, hit)
                if not any(t.ent_type_ in {"PERSON", "GPE", "LOC"} for t in span)]
    return out


def counted_body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the names listed after a counted kind of body and a colon (COUNTED_BODIES_LISTED:
    "and two providers: HC-One and Age UK Trafford"): bodies, whatever their words (a one-word name
    the tagger reads as a person's too), but for places; read where no other name covers them."""
    out = []
    for sent in doc_sents(doc):
        for hit in COUNTED_BODIES_LISTED.finditer(span_text(sent)):
            out += [(span.start, span.end) for span in _listed_names(doc, sent, hit)
                    if not any(t.ent_type_ in {"GPE", "LOC"} or (t.ent_type_ == "PERSON" and len(span) > 1)
                               for t in span)]
    return out


def _listed_names(doc: Doc, sent: Span, hit: re.Match | None) -> list[Span]:
    """The names (_LISTED_NAME) in the list a match's first group holds over `sent`'s text, but
    for a bare 'the' or 'and' and pronouns."""
    if hit is None:
        return []
    spans = []
    for name in re.finditer(_LISTED_NAME, hit.group(1)):
        at = sent.start_char + hit.start(1) + name.start()
        span = doc.char_span(at, at + len(name.group(0)), alignment_mode="contract")
        if span is not None and span.text.lower() not in {"the", "and"} and not is_pronoun(span):
            spans.append(span)
    return spans


#: "a stake in Optalis, the adult social care company set up by X": a name after a preposition in
#: apposition with a company, a charity or a social enterprise.
APPOSED_BODY = re.compile(
    r"(?:^[\W\d]*|\b(?:in|of|by|with|to|from|for|at|joins?|joined)\s+)((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|and|&|of"
    r"|for)){0,5}?)\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|charity|social enterprise|community interest company|"
    r"housing association|not-for-profit|voluntary organisation)\s+(set up|owned|run|that|which|based|founded|"
    r"created|established|formed)\b")


#: "Mantell Gwynedd, the county voluntary council": a name in apposition with the voluntary
#: sector's umbrella body of an area, the apposition closed by punctuation or the line's end.
APPOSED_VOLUNTARY_COUNCIL = re.compile(
    r"(?:^[\W\d]*|\b(?:the|with|by|to|from|for|at|of|in|joins?|joined|and)\s+)((?:[A-Z][\w'’&-]*)(?:\s+(?:[A-Z][\w'’&-]*|"
    r"and|&|of|for)){0,5}?)\s*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:county\s+)?voluntary council|"
    r"council for voluntary service|umbrella body for (?:the )?(?:local )?(?:voluntary|third) sector|"
    r"third sector interface)\s*(?:[,.;)]|$)", re.M)


#: "set up by A, Kestrel, the borough's voluntary sector support charity, and B", "and Larkspur, the
#: housing association, have signed": a name in apposition with a kind of body, the apposition
#: closed by punctuation, in a list or after a preposition.
APPOSED_BODY_CLOSED = re.compile(
    r"(?:^[\W\d]*|\b(?:the|with|by|to|from|for|at|of|in|joins?|joined|and)\s+|,\s+)((?:[A-Z][\w'’&-]*)(?:\s+"
    r"(?:[A-Z][\w'’&-]*|and|&|of|for)){0,5}?)\s*,\s+(?:a|an|the)\s+(?:(?!(?:of|for|at|with|in|to|from|and)\s)"
    r"[\w'’-]+\s+){0,5}?(?:charity|"
    r"housing (?:association|group)|social enterprise|community interest company|voluntary organisation|"
    r"not-for-profit(?: organisation| company)?|regulator)\s*[,.;)]")


#: "Harford Homes, which manages around 10,000 homes, ...": a name the tagger reads as a person's
#: (or as nothing), followed by "which" and a verb of what a body does; no person is "which".
NAME_WHICH_DOES = re.compile(
    r"(?:^[\W\d]*|\b(?:and|with|by|to|from|for|of|in|at)\s+)((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|&)){1,3})"
    r"\s*,\s+which\s+(?:(?:also|now|still|already|currently)\s+)?(?:manages|runs|ran|provides|provided|owns|employs|"
    r"supports|delivers|operates|offers|represents|has\s+(?:more|around|about|over|some|\d)|looks\s+after|works\s+with)\b")


def described_body_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of names a sentence calls a charity or a company (DESCRIBED_AS_BODY at its
    start, APPOSED_BODY and APPOSED_BODY_CLOSED anywhere) or an area's voluntary council
    (APPOSED_VOLUNTARY_COUNCIL), and names the tagger took for a person's that 'which' and a
    body's verb follow (NAME_WHICH_DOES)."""
    out = []
    for sent in doc_sents(doc):
        text = span_text(sent)
        for hit in NAME_WHICH_DOES.finditer(text):
            span = group_span(doc, sent, hit)
            if span is not None and all(t.ent_type_ in {"PERSON", ""} for t in span) and not is_pronoun(span) \
                    and not names_only_places(span):  # ("Live Active Leisure, which runs the pool": untagged)
                out.append((span.start, span.end))
        hits = [hit for hit in [DESCRIBED_AS_BODY.match(text)] if hit] + list(APPOSED_BODY.finditer(text)) \
            + list(APPOSED_VOLUNTARY_COUNCIL.finditer(text)) + list(APPOSED_BODY_CLOSED.finditer(text))
        for hit in hits:
            span = group_span(doc, sent, hit)
            made = hit.re is APPOSED_BODY and hit.group(2) not in {"that", "which", "based"}
            umbrella = hit.re is APPOSED_VOLUNTARY_COUNCIL or (  # (no person is a county's voluntary council,
                hit.re is APPOSED_BODY_CLOSED and span is not None and len(span) == 1)  # nor one word a charity,
            # nor "the housing association formed this year by ..." made)
            if span is not None and not is_pronoun(span) \
                    and (umbrella or made or not any(t.ent_type_ == "PERSON" for t in span)) \
                    and (made or not names_only_places(span)):  # no place is "the company set up by X"
                out.append((span.start, span.end))
    return out


#: "a partner in Joined Up Care Derbyshire, the county's sustainability and transformation
#: partnership, alongside ...": a name in apposition with a partnership, the apposition closed by
#: punctuation.
APPOSED_PARTNERSHIP = re.compile(
    r"(?:^[\W\d]*|\b(?:the|with|by|to|from|for|at|of|in|joins?|joined)\s+)((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|"
    r"and|&|of)){0,5}?)\s*,\s+(?:a|an|the)\s+(?:(?:[\w-]+|[\w-]+['’]s)\s+){0,5}?(?:partnership|alliance|"
    r"collaboration|collaborative|consortium)\s*[,.;)]")


def described_partnership_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of names a sentence describes as a partnership (DESCRIBED_AS_PARTNERSHIP), or
    as set up by two bodies or more (LAUNCHED_BY)."""
    toks = doc_tokens(doc)
    out, lex = [], lexicon.load()
    for sent in doc_sents(doc):
        text = span_text(sent)
        service = NAMED_SERVICE.match(text)
        if service:
            span = group_span(doc, sent, service)
            if span is not None:
                out.append((span.start, span.end))
        launched = LAUNCHED_BY.match(text.rstrip())
        if launched and len(BODY_WORD.findall(launched.group(2))) >= 2 and not BODY_WORD.search(launched.group(1)):
            span = group_span(doc, sent, launched)
            if span is not None and not names_only_places(span) and not is_pronoun(span):
                out.append((span.start, span.end))
        # the tagger's person ('Healthy Harford') is a body when the text calls it a partnership of
        # others; a place in apposition is not ("in Harford, the county's partnership,")
        for pattern, places_too in ((DESCRIBED_AS_PARTNERSHIP, True), (APPOSED_PARTNERSHIP, False),
                                    (PROGRAMME_OF_PARTNERS, False)):
            for m in pattern.finditer(text):
                span = described_name(group_span(doc, sent, m), lex)
                if span is not None and not (span.start > 0 and lex.is_honorific(toks[span.start - 1].text)) \
                        and not is_pronoun(span) and (places_too or not names_only_places(span)):
                    out.append((span.start, span.end))
    return out + list_head_partnership_spans(doc)


def described_name(span: Span | None, lex: Lexicon) -> Span | None:
    """The name in a span a description matched: when the words after a small lower-case word
    ('at', 'to', 'for', 'on') are a body with a head word of their own, just those ('Staff at
    Harford Alliance'); else the whole span ('Safe at Home Wexley')."""
    if span is None:
        return None
    for n in range(len(span) - 1, 0, -1):
        if span[n].lower_ in SMALL_WORDS_IN_NAMES and span[n].is_lower:
            rest = span[n + 1:]
            return rest if _has_head(rest.text, lex) else span
    return span


#: "The Somerset Delivering Choice Programme will be overseen by a board that brings together A, B
#: and C": a named programme that the sentence gives partners is a partnership (a programme alone is not).
PROGRAMME_OF_PARTNERS = re.compile(
    r"(?:^[\W\d]*(?:The\s+)?|\b(?:the|The)\s+)((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|and|&|of|for)){0,6}?\s+Programme)\b"
    r"[^.;]{0,80}?\b(?:brings? together|bringing together|made up of|(?:a|the) partnership (?:of|between|with)|"
    r"(?:jointly )?(?:led|run|delivered) jointly by|jointly (?:led|run|delivered) by)\b")


#: "- Harford Together – NHS Harford CCG, Harford Council and ...": a list line that names a
#: group, then (after a dash) the bodies in it. The name may carry its place after a comma.
LIST_HEAD = re.compile(r"^[ \t]*[-•*·▪][ \t]+([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|and|of|&|partners|for))*)"
                       r"(?:,[ \t]+[A-Z][\w'’-]*)?[ \t]+[–—-][ \t]+(.*)$", re.M)
BODY_WORD = re.compile(r"\b(?:NHS|Council|Trust|CCGs?|ICB|Board|Borough|CIC|Authority|Partnership)\b")


def list_head_partnership_spans(doc: Doc) -> list[tuple[int, int]]:
    """Names that open a list line of bodies (LIST_HEAD, two bodies or more after the dash): the
    group they make. A place alone ('- East Harford – NHS East Harford CCG and ...') names no group."""
    out = []
    for m in LIST_HEAD.finditer(doc_text(doc)):
        if len(BODY_WORD.findall(m.group(2))) < 2 or BODY_WORD.search(m.group(1)):
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is not None and not names_only_places(span):
            out.append((span.start, span.end))
    return out


def strip_title_prefix(doc: Doc, s: int, e: int, lex: Lexicon) -> int:
    """Start of the name once a leading title is cut: 'Chair of [NHS South Cheshire CCG]'."""
    toks = doc_tokens(doc)
    for k in range(e - 1, s - 1, -1):
        if toks[k].lower_ in {"of", "for"} and any(lex.is_title_word(t.text) for t in toks[s:k]):
            return k + 2 if k + 2 < e and toks[k + 1].lower_ == "the" else k + 1  # "Chair of the X Council"
    return s


#: Titles always held at a body, never over a field: after "chief executive of" comes a name
#: ("Carers Support Harford"), where after "director of" may come a field ("Primary Care").
BODY_TITLE_WORDS = lexicon.words("body_title_words")


#: Last words of a document's or a law's name, never a body's (a charity may be a "Programme").
DOCUMENT_ENDERS = {"plan", "strategy", "fund", "act", "bill", "regulations", "framework", "policy", "report", "review",
                   "agreement", "pathway", "protocol", "memorandum", "concordat", "charter", "compact"}
#: A report's numbered section heading: "3. BACKGROUND", "4.2 PROPOSALS".
NUMBERED_HEADING = re.compile(r"^[ \t]*\d+(?:\.\d+)*\.?[ \t]+[A-Z]+[ \t]*$")


def _numbered_heading(doc: Doc, i: int) -> bool:
    """Whether token i is the one word of a numbered section heading's line."""
    start, end = line_bounds(doc, i)
    return bool(NUMBERED_HEADING.match(doc_text(doc)[start:end]))


def _acronym_of_a_non_body(doc: Doc, i: int) -> bool:
    """Whether the acronym at token i is defined in brackets (or used again) for words that name
    no body: 'the Local Outcomes Improvement Plan (LOIP)', 'the LOIP agreed by X'."""
    acronym = doc_tokens(doc)[i].text
    defined = re.search(rf"((?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|the|&)\s+)?){{2,8}})\(\s*{re.escape(acronym)}\s*\)",
                        doc_text(doc))
    if defined is None:
        return False
    words = defined.group(1).split()
    spelt = "".join(w[0] for w in words if w.lower() not in SMALL_NAME_WORDS).upper()
    return spelt.endswith(acronym) and words[-1].lower() in DOCUMENT_ENDERS


def spelt_out_spans(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Third Sector Harford and Wexley (TSHW)': capitalised words (with 'and', 'of' ... between)
    whose initials make the bracketed acronym right after them name one body, head word or not.
    Not a person's initials in minutes ('Jo Bell (JB)': every word the tagger's person, no
    connector), a title's ('Chief Executive Officer (CEO)') or a plan's ('... Plan (LOIP)')."""
    toks = doc_tokens(doc)
    out = []
    for tok in toks:
        i = tok.i
        if tok.text != "(" or i + 2 >= len(toks) or toks[i + 2].text != ")":
            continue
        acronym = toks[i + 1].text
        if not (acronym.isalpha() and acronym[0].isupper() and sum(c.isupper() for c in acronym) >= 2
                and 3 <= len(acronym) <= 6):
            continue  # ("DiiS": an acronym in mixed case spells its words' initials too)
        acronym = acronym.upper()
        k, letters = i, ""
        while k > 0 and len(letters) < len(acronym) and i - k < 10:
            word = toks[k - 1]
            if word.lower_ in SMALL_NAME_WORDS and letters:
                k -= 1
                continue
            if not (word.is_alpha and word.text[:1].isupper()):
                break
            letters = word.text[0].upper() + letters
            k -= 1
        words = toks[k:i]
        if k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].lower_ in SMALL_NAME_WORDS - {"the"}) \
                and toks[k - 1].is_alpha and not toks[k - 1].is_sent_start:
            continue  # "Lancashire and South Cumbria [Integrated Care System] (ICS)": the acronym spells its kind
        if k > 0 and toks[k - 1].text in {"'s", "’s"} or " ".join(t.lower_ for t in toks[k:i]) in GENERIC_NOUNS_LEX:
            continue  # "the HSCB's Local Commissioning Group (LCG)", "The Integrated Care System (ICS)": a kind
        if letters != acronym or len(words) < 2 or words[0].lower_ in SMALL_NAME_WORDS \
                or (k > 0 and lex.is_honorific(toks[k - 1].text)) \
                or any(lex.is_title_word(w.text) for w in words) or words[-1].lower_ in DOCUMENT_ENDERS \
                or (all(w.ent_type_ == "PERSON" for w in words) and not any(w.lower_ in SMALL_NAME_WORDS for w in words)):
            continue
        out.append((k, i))
    return out


def _a_name_apposed_to_a_title(toks, s: int, e: int, lex: Lexicon) -> bool:
    """'The PIVOT co-ordinator, Rhodri Bell, is employed by ...': two or three proper nouns, none a
    head, title or generic word, set off by commas right after a title word, are its holder's name."""
    if not (2 <= e - s <= 3 and s >= 2 and toks[s - 1].text == "," and e < len(toks) and toks[e].text == ","):
        return False
    return lex.is_title_word(word_ending_at(toks, s - 2)) and all(
            t.tag_ == "NNP" and t.is_title and not lex.is_title_word(t.text) and not lex.is_head_word(t.text)
            and t.lower_ not in GENERIC_WORDS for t in toks[s:e])


def org_spans_from_ner(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    toks = doc_tokens(doc)
    out = []
    for ent in doc_ents(doc):
        if ent.label_ != "ORG" or "\n" in ent.text or "," in ent.text:
            continue
        bounds = clean_org_text(ent)
        if not bounds:
            continue
        s, e = bounds
        for stop in ("(", ":"):  # "Leeds City Council: Integrated teams": a name ends at a colon
            if stop in [t.text for t in toks[s:e]]:
                e = next(t.i for t in toks[s:e] if t.text == stop)
        dash = next((t.i for t in toks[s + 1:e] if t.text in DASHES and t.whitespace_
                     and toks[t.i - 1].whitespace_), None)
        if dash is not None:  # "Hartley Council – Reablement at Home": the name ends at a spaced dash
            e = dash
        s = strip_title_prefix(doc, s, e, lex)
        while e - s > 2 and lex.is_head_word(toks[s].text) and toks[s + 1].lower_ in {"and", "&", "on", "with", "to"}:
            s += 2  # "[the Council and] Blackpool CCG", "[the Council on] the X Board": a body's bare head first
            s += 1 if toks[s].lower_ == "the" else 0
        if e <= s:
            continue
        if _a_name_apposed_to_a_title(toks, s, e, lex):
            continue  # "The PIVOT co-ordinator, Rhodri Bell, is employed by ...": a person the tagger took for a body
        words = [t.text for t in toks[s:e]]
        text = " ".join(words)
        named = [w for w in words if not w.isdigit()]  # "Care Innovation Awards 2022": a scheme
        if text.lower() in NOT_ORG or named[-1:] in (["award"], ["awards"], ["Award"], ["Awards"]) \
                or text in GENERIC_ACRONYMS:
            continue
        if any(w in {"'s", "’s"} for w in words):
            cut = next(i for i, w in enumerate(words) if w in {"'s", "’s"})
            e = s + cut
            words = words[:cut]
            if not words:
                continue
        is_headed = lex.is_head_word(words[-1])
        if any(lex.is_title_word(w) for w in words) and not is_headed:
            continue
        if e < len(toks) and lex.is_title_word(toks[e].text):
            continue  # "Integrated Network [Director]": part of a title
        if words[-1] == "of" and e < len(toks) and toks[e].ent_type_ in {"GPE", "LOC"} and toks[e].ent_iob_ == "B":
            place = next(x for x in doc_ents(doc) if x.start == e)  # "[The Police Service of] [Northern Ireland]":
            e, words = place.end, words + [t.text for t in place]  # the tagger cut the name at its place
        while len(words) > 1 and words[-1].lower() in CONNECTORS | {"the"}:
            words.pop()  # "Integrated Care Initiative of [the Year]"
            e -= 1
        if words[-1].lower() in NON_ORG_ENDERS or any("/" in w or ">" in w for w in words):
            continue
        if words[-1] in TRAILING_PREPOSITIONS:
            continue  # "Cabinet Member for [Adult Social Care at] X Council": a remit cut at its preposition
        if e < len(toks) and toks[e].lower_ in NON_ORG_ENDERS | {"service", "services"}:
            continue  # "the Patient Safety category", "the Home First service"
        if a_unit_of_the_body_before(toks, s, e):
            continue  # "the council's own [Leisure Services] team": a unit of the body before it
        if s >= 2 and toks[s - 1].lower_ == "as" and toks[s - 2].lower_ in {"accredited", "recognised", "recognized"} \
                and not is_headed:
            continue  # "accredited as Veteran Aware": the standard met, not a body
        if len(words) == 1 and not (words[0].isupper() and len(words[0]) >= 3) and not (
                s >= 2 and toks[s - 1].lower_ in {"with", "at"} and lex.is_title_word(toks[s - 2].text)
                and toks[s - 2].is_lower):
            continue  # a lone place name ("Nottingham") tagged ORG; not "a pharmacist manager with Boots"
        if len(words) == 1 and len(words[0]) >= 7 and words[0].isalpha() and _on_a_shouted_line(doc, s):
            continue  # "... COUNCIL OFFICES, MARKET STREET, NEWBURY": a word in capitals, no acronym that long
        if len(words) == 1 and (_numbered_heading(doc, s) or _acronym_of_a_non_body(doc, s)):
            continue  # "3. BACKGROUND": a report's section; "the Local Outcomes Improvement Plan (LOIP)": a plan
        if all(w[:1].islower() for w in words[1:]) and len(words) > 1:
            continue
        if words[0].lower() in {"responsibility", "responsibilities"}:
            continue  # "Cabinet Member with [Responsibility for Health]": a remit
        # the domain of a title ("Director of [Primary Care Development]") is not an organisation;
        # a name in capitals after a title in lower case is ("managing director of [Sirona Care]")
        if s >= 2 and toks[s - 1].lower_ in {"of", "for"} and lex.is_title_word(toks[s - 2].text) \
                and not lex.is_head_word(words[-1]) and toks[s - 2].lower_ not in BODY_TITLE_WORDS \
                and not (toks[s - 2].text.islower() and toks[s - 1].lower_ == "of"):
            continue
        out.append((_with_first_place(doc, _with_word_before_at_home(toks, s), lex), e))
    return out


def _on_a_shouted_line(doc: Doc, i: int) -> bool:
    """Whether token i stands on a line written all in capitals (a masthead, a minute's heading)."""
    line = doc_text(doc)[slice(*line_bounds(doc, i))]
    return sum(c.isalpha() for c in line) >= 12 and not any(c.islower() for c in line)


def _at_home_joins(toks, j: int) -> bool:
    """Whether 'at' at j joins the capitalised word before it to 'Home' ('Safer at Home Harbury',
    'Care at Home'), not a body, a title or a person ('X Council at Home ...')."""
    return (toks[j].lower_ == "at" and j + 1 < len(toks) and toks[j + 1].text == "Home" and j > 0
            and _is_cap(toks[j - 1]) and not toks[j - 1].is_punct and not lex_is_head(toks[j - 1].text)
            and toks[j - 1].ent_type_ != "PERSON" and not lexicon.load().is_title_word(toks[j - 1].text))


def _with_word_before_at_home(toks, s: int) -> int:
    """'[Safer at] Home Harbury': the tagger's span left out the service name's first word."""
    return s - 2 if s >= 2 and toks[s].text == "Home" and _at_home_joins(toks, s - 1) else s


def _with_first_place(doc: Doc, s: int, lex: Lexicon) -> int:
    """'the Cardiff and [Vale Integrated Community Equipment Service]': the tagger left out the
    first of two places joined by 'and'; a capitalised word before 'and', after 'the' or at the
    sentence's start, with no head or title of its own, is the name's."""
    toks = doc_tokens(doc)
    if s < 2 or toks[s - 1].lower_ != "and" or not toks[s - 2].is_title or toks[s - 2].ent_type_ in {"PERSON", "ORG"} \
            or lex.is_head_word(toks[s - 2].text) or lex.is_title_word(toks[s - 2].text) \
            or toks[s - 2].text.endswith("s") or toks[s].text.isupper():
        return s  # (not "Unison and [GMB]", "GP Practices and [Oxford Health]": two names)
    if toks[s - 2].is_sent_start or (s >= 3 and toks[s - 3].lower_ == "the"):
        return s - 2
    return s


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, preferring the longer of two that overlap."""
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(chosen)
