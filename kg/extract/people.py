"""Person names in an article: spaCy's PERSON entities, honorific + capitalised words, and
names NER missed whose surname recurs alone ("Oum said"), with honorifics and suffixes split off."""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span

from . import lexicon
from .lexicon import Lexicon
from .organisations import (COMMITTEE_WORDS, GENERIC_ACRONYMS, GENERIC_WORDS, LOWER_HEAD_WORDS, NON_ORG_ENDERS,
                            PLACE_LABELS, _charity_prefix, in_a_portfolio, is_column_gap, is_generic_name)
from .tables import in_table_cell, table_rows
from .tokens import BULLETS, DASHES, word_ending_at, doc_ents, doc_text, doc_tokens, line_bounds, token_texts, tokens_text


# --- people ------------------------------------------------------------------------------------
#: Last words of an honour's name, never of a person's.
HONOUR_WORDS = {"Award", "Awards", "Prize", "Medal", "Trophy"}


def person_spans(doc: Doc, lex: Lexicon, org_spans: list[tuple[int, int]]) -> list[tuple[int, int, list[str], list[str]]]:
    """(start, end, prefixes, suffixes) of person names with honorifics split off."""
    toks = doc_tokens(doc)
    org_tokens = {i for s, e in org_spans for i in range(s, e)}
    misread = _people_tagged_org(doc, lex) + _names_before_dash_titles(doc, lex) + names_above_title_lines(doc, lex) \
        + _double_barrelled_names(doc, lex) + _names_after_title_commas(doc, lex) + _names_in_table_rows(doc, lex) \
        + _names_after_outcome_labels(doc, lex) + _byline_names(doc) + _names_before_titles(doc, lex) \
        + names_bracketed_after_titles(doc, lex) + _names_before_their_initials(doc, lex)
    misread = [(_from_hyphened_start(doc, s), e) for s, e in misread]
    for s, e in misread:
        org_tokens -= set(range(s, e))
    candidates = [(_from_hyphened_start(doc, ent.start), ent.end) for ent in doc_ents(doc) if ent.label_ == "PERSON"]
    candidates += misread + _honorific_runs(doc, lex) + _names_heading_lines(doc, org_tokens)
    out = []
    for s, e in candidates:
        e = _before_spaced_dash(doc, s, e)
        s, e, prefixes, suffixes = _split_honorifics(doc, s, e, lex)
        s = _after_leading_titles(doc, s, e, lex)
        if not prefixes and s > 0 and toks[s - 1].text in PLACE_PREPOSITIONS:
            continue  # "a GP in Thornton Heath": a place, whatever the tagger made of it
        if in_a_portfolio(doc, s) or in_table_cell(doc, s, "portfolio"):
            continue  # "Cabinet Member Health and Adult Wellbeing": services, whatever the tagger made of them
        if _charity_prefix(list(doc[s:e])):
            continue  # "Healthwatch Kent", "Age UK Leeds": a national body's local branch
        if _in_a_menu_bar(doc, s, e):
            continue  # "News | Dumfries | Castle Douglas | Sport": a site's sections and places
        if e > s and toks[e - 1].text in HONOUR_WORDS or [t.lower_ for t in toks[e:e + 3]] == ["of", "the", "year"]:
            continue  # "Gold Award", "named [Adult Social Worker] of the Year": an honour, whatever the tagger made of it
        if not prefixes and s >= 2 and toks[s - 1].lower_ in {"of", "for"} and lex.is_title_word(toks[s - 2].text) \
                and is_generic_name(tokens_text(doc, s, e)):
            continue  # "Head of Adult Wellbeing": the service a title covers, whatever the tagger made of it
        if not prefixes and e > s and lex.is_title_word(toks[e - 1].text) and s >= 2 \
                and toks[s - 1].lower_ in {"and", "&"} and toks[s - 2].is_title:
            continue  # "Health and [Wellbeing Lead]": the end of a title, whatever the tagger made of it
        if not prefixes and e - s >= 2 and s >= 1 and lex.is_title_word(toks[e - 1].text) and toks[s - 1].is_title \
                and toks[s - 1].is_alpha and not toks[s - 1].is_sent_start and not lex.is_honorific(toks[s - 1].text):
            continue  # "Adaptations [Liaison Officer]": the end of a title in capitals, whatever the tagger made of it
        if not prefixes and e > s and s >= 1 and toks[s - 1].lower_ == "as" and lex.is_title_word(toks[e - 1].text):
            continue  # "welcomed Paul Corr as Honorary Treasurer": the post he takes, whatever the tagger made of it
        if _is_plain_name(doc[s:e], org_tokens, lex):
            out.append((s, e, prefixes, suffixes))
    out += [x for x in _councillor_lists(doc, lex) if _is_plain_name(doc[x[0]:x[1]], org_tokens - set(range(x[0], x[1])), lex)]
    spans = {(s, e) for s, e, _, _ in out}
    out = [x for x in out if not any(a <= x[0] and x[1] <= b and (a, b) != x[:2] for a, b in spans)]
    return _merge_same_span(out)


def _in_a_menu_bar(doc: Doc, s: int, e: int) -> bool:
    """Whether tokens s..e are a whole item of a menu bar: a line of four or more short items
    (three words at most) parted by bars, with no date ('Jo Bell | 20 September 2017 | Share: ...'
    is a byline) and in no table under a header line."""
    line = doc_text(doc)[slice(*line_bounds(doc, s))]
    items = [x.strip() for x in line.split("|")]
    name = " ".join(tokens_text(doc, s, e).split())
    return len(items) >= 4 and name in items and all(0 < len(x.split()) <= 3 for x in items) \
        and not any(c.isdigit() for c in line) and not in_table_cell(doc, s)  # (a byline has its date)


def _after_leading_titles(doc: Doc, s: int, e: int, lex: Lexicon) -> int:
    """Where the name starts once the title words the tagger took into it are left out ('Staff
    Nurse Jo Bell-Kaye' read as the person 'Nurse Jo Bell-Kaye'); two words of the name stay
    ('Dean Smith' is a name)."""
    toks = doc_tokens(doc)
    while s < e and toks[s].text[:1].isupper() and (lex.is_title_word(toks[s].text) or toks[s].lower_ in TITLE_MODIFIERS) \
            and len(tokens_text(doc, s + 1, e).split()) >= 2:
        s += 1
    return s


#: Words that modify a title: a run of them and title words is no name ("Vice Chair").
TITLE_MODIFIERS = {"vice", "deputy", "co", "acting", "interim", "assistant", "associate", "joint", "executive"}
#: Words before a place, never before a person's name.
PLACE_PREPOSITIONS = {"in", "across", "near", "throughout", "around"}
#: Lower-case words inside a person's name: "Ruairi Mac Giolla Bhrighde", "Ann de Souza".
NAME_PARTICLES = {"de", "da", "van", "von", "der", "le", "la", "di", "bin", "ap"}


#: An awards list's outcome label and its colon: "WINNER:", "Highly commended:", "WINNER (joint):".
OUTCOME_LABEL_COLON = (r"(?:also[ \t]+)?(?:joint[ \t]+)?(?:winners?|highly[ \t]+commended|commended|shortlisted|finalists?|"
                       r"runners?[- ]up|nominees?|(?:gold|silver|bronze)(?:[ \t]+award)?)"
                       r"(?:[ \t]*\((?:joint|shared)\))?[ \t]*:[ \t]*")


def initials_of(name: str) -> str:
    """'Priya Heworth-Lund' -> 'PHL': the first letter of each part of a person's name."""
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part[:1].isalpha()).upper()


def initials_readings(name: str) -> set[str]:
    """The initials a minutes' bracket may give a name: 'Nia Cefn-Coed' -> {'NCC', 'NC'} (a
    hyphenated surname's two letters, or its one)."""
    return {initials_of(name), "".join(w[0] for w in name.split()).upper()}


#: "Lowri Ogmore (LO)", "Nia Cefn-Coed (NC)": a name and, in brackets, its initials (minutes).
NAME_THEN_INITIALS = re.compile(r"((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?[ \t]+){1,2}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)"
                                r"[ \t]*\(([A-Z]{2,5})\)")


def _names_before_their_initials(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Lowri Ogmore (LO)  Corporate Director, ...': minutes give each person's initials in brackets
    after the name, which the small tagger does not read as a person when the name is unusual; a
    run of capitalised words, none a title, head or honorific word, whose initials (a hyphenated
    surname's one letter or both) are the bracket's, is a person."""
    out = []
    text = doc_text(doc)
    for m in NAME_THEN_INITIALS.finditer(text):
        name, bracket = m.group(1), m.group(2)
        words = name.split()
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else len(text)]
        if bracket not in initials_readings(name) \
                or any(lex.is_title_word(w) or lex.is_head_word(w) or lex.is_honorific(w) for w in words) \
                or not all(lex.is_honorific(w.strip(".")) or w in BULLETS for w in text[line_start:m.start()].split()) \
                or not has_title_word(rest, lex):
            continue  # (an attendance line: the name opens it and a title follows, not "Integrated Care Fund (ICF)")
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is not None and len(span):
            out.append((span.start, span.end))
    return out


def initials_bracket_after(doc: Doc, end: int, name: str) -> int:
    """Past '(PHL)' right after a person's name when it holds her initials (a minutes' attendance
    list: 'Dr Priya Heworth-Lund (PHL)'); else `end`."""
    toks = doc_tokens(doc)
    if end >= len(toks) or toks[end].text != "(":
        return end
    at = toks[end].idx
    bracket = re.match(r"\(([A-Z]{2,5})\)", doc_text(doc)[at:at + 8])
    if bracket is None or bracket.group(1) not in initials_readings(name):
        return end
    close = at + bracket.end()
    return next((t.i for t in toks[end:end + 4] if t.idx >= close), min(end + 3, len(toks)))


#: The labels of an awards list's outcomes ("Winner", "Highly commended", "Finalists"); a medal
#: ("Gold:", "Silver -") or a prize ("Second Prize:") only as a label, before its colon or dash.
OUTCOME_WORDS = (r"winners?|joint winners?|highly commended|commended|shortlisted|finalists?|runners?[- ]up|"
                 r"(?:gold|silver|bronze|(?:first|second|third)[ \t]+prize)(?=[ \t]*[:–—-])")
#: What introduces a sponsor on an awards page: "Sponsored by X", "In association with X".
SPONSOR_CUE = r"(?:sponsored|supported|partnered|powered)[ \t]+by|in[ \t]+association[ \t]+with"
#: Fields of work a title names ('director of public health'): no person's name.
FIELDS_OF_WORK = lexicon.words("title_fields")
#: "Runner-up: Name, Title (Employer)": an awards list's line naming a person.
OUTCOME_LINE = re.compile(r"^[ \t]*" + OUTCOME_LABEL_COLON + r"((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+),[ \t]*"
                          r"([^\n,(]+)", re.I | re.M)


#: "Finalists: A (Harford Care); B (MHA); C (Pobl Care)": an outcome label over items parted by
#: semicolons, each a name and its employer in brackets.
OUTCOME_ITEMS_LINE = re.compile(r"^[ \t]*" + OUTCOME_LABEL_COLON + r"([^\n]*;[^\n]*)$", re.I | re.M)
NAME_BRACKET_ITEM = re.compile(r"[ \t]*((?:[A-Z][\w'’-]+[ \t]+){1,3}[A-Z][\w'’-]+)[ \t]*\([^()\n]+\)[ \t]*$")


def has_title_word(text: str, lex: Lexicon) -> bool:
    """Whether a word of `text` is a title word ('Community Staff Nurse')."""
    return any(lex.is_title_word(w) for w in text.split())


def _names_after_outcome_labels(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Runner-up: Declan Hare, Community Staff Nurse (Southern Trust)': after an outcome label,
    two to four capitalised words and then a comma and a title name a person."""
    out = []
    for m in OUTCOME_LINE.finditer(doc_text(doc)):
        employer = m.group(2).strip()
        by_body = lex.kind_of(employer) != "Other" or lex.is_head_word(employer.split()[-1])
        if not has_title_word(employer, lex) and not by_body:
            continue
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is not None and not any(lex.is_head_word(t.text) for t in span) \
                and (not by_body or could_be_a_name(list(span), lex)):
            out.append((span.start, span.end))
    for line in OUTCOME_ITEMS_LINE.finditer(doc_text(doc)):
        at = line.start(1)
        for item in line.group(1).split(";"):
            named = NAME_BRACKET_ITEM.match(item)
            span = doc.char_span(at + named.start(1), at + named.end(1), alignment_mode="contract") if named else None
            if span is not None and could_be_a_name(list(span), lex) and not any(lex.is_head_word(t.text) for t in span):
                out.append((span.start, span.end))
            at += len(item) + 1
    return out


def could_be_a_name(tokens: list, lex: Lexicon) -> bool:
    """Whether words an awards line gives before an employer are a person's name, not a team's
    or a project's ("Memory Service", "Rapid Response Team", "Online Assessments"): proper nouns
    in the singular, none a title, a kind-of-body or a generic word."""
    return all(t.tag_ == "HYPH" or t.tag_ == "NNP" and not (
        lex.is_title_word(t.text) or t.lower_ in GENERIC_WORDS or t.lower_ in NON_ORG_ENDERS
        or t.lower_ in COMMITTEE_WORDS or t.lower_ in LOWER_HEAD_WORDS) for t in tokens)


def _names_in_table_rows(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """A table's name column ('Name / Role on Board / Organisation') holds people: the cell's
    capitalised words after its honorifics, two to four of them."""
    toks = doc_tokens(doc)
    out = []
    for row in table_rows(doc):
        cell = row.cell(doc, "name")
        span = doc.char_span(*cell, alignment_mode="contract") if cell else None
        if span is None:
            continue
        k = span.start
        while k < span.end and lex.is_honorific(toks[k].text.rstrip(".")):
            k += 1
        words = doc[k:span.end]
        if 2 <= len([t for t in words if t.text != "-"]) <= 4 and all(t.is_title or t.text == "-" or t.text in NAME_PARTICLES
                                                                     for t in words):
            out.append((words.start, words.end))
    return out


def _names_after_title_commas(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """"The Trust's Director of Community Care, Siobhan Devlin, will ...": two to four capitalised
    words between commas straight after a title name a person, whatever the tagger made of them
    (it misses names it has not met). Not a body: no head word, no acronym, and no word that
    is a place the text names bodies after ("Director, Harford Mind")."""
    toks = doc_tokens(doc)
    places = {t.text for t in doc_tokens(doc) if t.ent_type_ in {"GPE", "LOC"}}
    out = []
    for comma in (i for i, w in enumerate(token_texts(doc)[0]) if w == ","):
        if not _title_ends_at(doc, comma, lex):
            continue
        end = comma + 1
        while end < len(toks) and end - comma <= 5 and (_name_token(toks[end])
                                                         or toks[end].text in NAME_PARTICLES or toks[end].text == "-"):
            end += 1
        words = doc[comma + 1:end]
        if not 2 <= len(words) <= 4 or end >= len(toks) or toks[end].text not in {",", ".", "and"} \
                or not _name_token(words[0]):
            continue  # (or the sentence ends: "... and the council's director of adult care, Marcus Ebb.",
            # or a second name follows: "non-executive directors, Jill Parkes and Dr Tariq Saleh,")
        if any(lex.is_head_word(t.text) or lex.is_title_word(t.text) or t.text in places or t.is_upper
               for t in words):
            continue
        if toks[end].text == "and" and _head_within(doc, end + 1, lex):
            continue  # "Director of Finance, Northern Health and Social Care Trust": one body's name
        out.append((words.start, words.end))
    return out


#: What may stand before a name in a list of people: a line's start, a list's comma or "and", a colon.
BEFORE_LISTED_NAME = {",", ":", ";", "and", "by", "with"}


def _capitalised_title_at(toks, k: int, lex: Lexicon) -> bool:
    """'Joint Commissioning Manager', 'Chief Executive': one to four capitalised words from k, the
    last a title word, none a body's head, then the title's 'of', 'for', 'at', a comma or a bracket."""
    for n in range(1, 5):
        words = toks[k:k + n]
        if len(words) < n or not words[-1].text[:1].isupper() or lex.is_head_word(words[-1].text):
            return False
        if lex.is_title_word(words[-1].text) and k + n < len(toks) \
                and toks[k + n].text in {"of", "for", "at", ",", "(", "with"}:
            return True
    return False


def _names_before_titles(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Jowan Keast (Director of Integrated Commissioning, ...)', 'covered by Lowdy Hocking-Grylls,
    the council's Head of Co-operative Commissioning': two or three capitalised words that a
    bracketed title, or an apposition of a body's title, follows are a person's name, whatever the
    tagger made of names it has not met. Not words of a body's name the text uses ('Plymouth' of
    'Plymouth City Council'), a head, a title or an acronym."""
    toks = doc_tokens(doc)
    body_words: set[str] | None = None  # read once, when a name is first in question
    out = []
    for i, tok in enumerate(toks[2:-2], start=2):
        if tok.text == "(":
            first = i + 1 + (toks[i + 1].lower_ in TITLE_MODIFIERS)  # "(Interim Director of ...)"
        elif tok.text == "," and toks[i + 1].lower_ == "the" and toks[min(i + 3, len(toks) - 1)].text in {"'s", "’s"}:
            first = i + 4  # ", the council's Head of ..."
        elif tok.text == "," and _capitalised_title_at(toks, i + 1, lex):
            first = None  # "chaired by A B, Joint Commissioning Manager for ...": a title in capitals
        else:
            continue
        if first is not None and (first >= len(toks) or not (toks[first].text[:1].isupper()
                                                             and lex.is_title_word(toks[first].text))):
            continue
        start = i
        while start > 0 and i - start < 5 and (_name_token(toks[start - 1]) or (
                toks[start - 1].text == "-" and not toks[start - 1].whitespace_ and not toks[start - 2].whitespace_)):
            start -= 1
        words = [t for t in toks[start:i] if t.text != "-"]
        if not 2 <= len(words) <= 3 or not at_line_start(doc, start, set()) and toks[start - 1].text not in BEFORE_LISTED_NAME \
                and not lex.is_honorific(toks[start - 1].text):
            continue
        if body_words is None:
            body_words = {toks[k].text for k in range(len(toks)) if toks[k].text[:1].isupper()
                          and _head_within(doc, k, lex, 4) and not lex.is_head_word(toks[k].text)}
        if any(lex.is_head_word(t.text) or lex.is_title_word(t.text) or lex.is_honorific(t.text) or t.text in body_words
               or t.text in PLACE_FIRST or t.text in COMPASS for t in words):
            continue
        out.append((start, i))
    return out


def names_bracketed_after_titles(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'In Attendance: Director of Community and Wellbeing (Gareth Cotton), Head of Culture
    (Siobhan White) and ...': two or three capitalised words alone in brackets after a title
    that a list's comma, 'and', a colon or a line's start opens are a person's name."""
    toks = doc_tokens(doc)
    out = []
    for i, tok in enumerate(toks[1:-3], start=1):
        if tok.text != "(" or title_start_before(doc, i, lex) is None:
            continue
        end = i + 1
        while end < len(toks) and end - i <= 4 and (_name_token(toks[end]) or toks[end].text == "-"):
            end += 1
        words = [t for t in toks[i + 1:end] if t.text != "-"]
        if end < len(toks) and toks[end].text == ")" and 2 <= len(words) <= 3 \
                and not any(lex.is_head_word(t.text) or lex.is_title_word(t.text) for t in words):
            out.append((i + 1, end))
    return out


def title_start_before(doc: Doc, k: int, lex: Lexicon) -> int | None:
    """Where the title that the words before token k make starts, when a list opens it ("In
    Attendance: Director of X (", "...), Head of Community and Culture ("): a colon, a line's start
    or a column gap before it, or a comma or "and" after the item before; None otherwise, and for a
    title after a name ("A, Staff Nurse (Y)")."""
    toks = doc_tokens(doc)
    j, titled = k - 1, False
    while j >= 0 and k - j <= 7 and toks[j].is_alpha and (toks[j].text[:1].isupper() or toks[j].is_lower):
        titled = titled or lex.is_title_word(toks[j].text)
        before = toks[j - 1] if j > 0 else None
        # a list's comma or "and" after the item before ("...), Head of X ("); not "A, Staff Nurse (Y)"
        listed = before is not None and before.text in {",", "and", ";"} and j > 1 and toks[j - 2].text == ")"
        if titled and toks[j].text[:1].isupper() and (before is None or listed or before.text == ":"
                                                      or before.is_space or "\n" in before.whitespace_):
            return j
        j -= 1
    return None


def _head_within(doc: Doc, k: int, lex: Lexicon, n: int = 5) -> bool:
    """Whether capitalised words from token k run into a body's head word within n words."""
    toks = doc_tokens(doc)
    for j in range(k, min(len(toks), k + n)):
        if not toks[j].text[:1].isupper():
            return False
        if lex.is_head_word(toks[j].text):
            return True
    return False


def _name_token(tok) -> bool:
    """A capitalised word of a name: 'Bell', 'McCloskey', "O'Hagan"."""
    return tok.text[:1].isupper() and tok.text.replace("'", "").replace("’", "").isalpha() \
        and not tok.text.isupper()


#: "By Helen Marchbank-Tate | 13 September, 2012", "By Jo Bell, Health Correspondent": a byline.
BYLINE = re.compile(r"^[ \t]*By[ \t]+((?:[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?[ \t]+){1,2}[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)"
                    r"[ \t]*(?:$|[|,–—-]|[ \t]on[ \t])", re.M)


def _byline_names(doc: Doc) -> list[tuple[int, int]]:
    """The writer a byline names, whatever the tagger made of the name."""
    out = []
    for m in BYLINE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(1), m.end(1), alignment_mode="contract")
        if span is not None and len(span) >= 2:
            out.append((span.start, span.end))
    return out


def _title_ends_at(doc: Doc, comma: int, lex: Lexicon) -> bool:
    """Whether the words just before the comma are a title ('Director of Community Care', 'Chief
    Executive', "the trust's chairwoman"), opened by a possessive, 'the' or the start of the sentence."""
    toks = doc_tokens(doc)
    k = comma - 1
    titled = False  # a title word met so far: the words before it may modify it ("BCC's strategic director")
    while k >= 0 and (toks[k].is_title or toks[k].is_lower and toks[k].is_alpha
                      or _inner_hyphen(toks, k)) and comma - k <= 7:
        word = toks[k].text
        if k >= 2 and _inner_hyphen(toks, k - 1):
            word = toks[k - 2].text + "-" + word  # "its co-ordinator, Carys Lewis,"
        titled = titled or lex.is_title_word(word)
        if titled and (k == 0 or toks[k - 1].text in {"'s", "’s", "the", "The", ",", "its", "their", "our"}
                       or toks[k - 1].is_sent_start or toks[k].is_sent_start):
            return True
        k -= 1
    return False


def _inner_hyphen(toks, k: int) -> bool:
    """Whether token k is a hyphen inside a word ('co-ordinator')."""
    return toks[k].text == "-" and not toks[k].whitespace_ and k > 0 and not toks[k - 1].whitespace_


def _before_spaced_dash(doc: Doc, s: int, e: int) -> int:
    """'Alison Teague - Non-executive member': the tagger ran the name on over a dash with space
    around it, which parts columns; a name's own hyphen ('Charlesworth-May') has none."""
    toks = doc_tokens(doc)
    for k in range(s + 1, e):
        if toks[k].text in DASHES and (toks[k - 1].whitespace_ or toks[k].whitespace_):
            return k
    return e


def _names_heading_lines(doc: Doc, org_tokens: set[int]) -> list[tuple[int, int]]:
    """'• Ian Cherry from NHS X CCG', 'Priya Nair (Carers Network)': a line that opens with two
    or three capitalised words and then 'from', '(' or a comma before an organisation names a
    person, whatever the tagger made of it."""
    toks = doc_tokens(doc)
    out = []
    texts, spaces = token_texts(doc)
    for k, text in enumerate(texts):
        if not _at_line_start(texts, spaces, k, bullets={"•", "-", "*", "·"}) or text in {"•", "-", "*", "·"}:
            continue
        end = k
        while end < len(toks) and end - k < 3 and toks[end].is_alpha and toks[end].text[:1].isupper() \
                and toks[end].is_title and end not in org_tokens:
            end += 1
        if 2 <= end - k <= 3 and end < len(toks) and toks[end].lower_ in {"from", "(", ","} \
                and end + 1 < len(toks) and (end + 1 in org_tokens or end + 2 in org_tokens) \
                and not lexicon.load().is_title_word(toks[end - 1].text):
            out.append((k, end))  # (not "Dr X - Clinical Chair, NHS Y": a title after a dash)
    return out


def _names_before_dash_titles(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Margaret Dean – Chair', 'Dr Simon Hale - Chief Executive': a board list's line of a name,
    a dash and a title names a person, whatever the tagger made of it."""
    toks = doc_tokens(doc)
    out = []
    texts, spaces = token_texts(doc)
    for k in range(len(texts)):
        if not (_at_line_start(texts, spaces, k, bullets={"•", "*", "·"}) or _after_title_colon(texts, spaces, k, lex)):
            continue
        while k < len(toks) and lex.is_honorific(toks[k].text):
            k += 1
        end = k
        while end < len(toks) and end - k < 3 and toks[end].is_alpha and toks[end].is_title:
            end += 1
        if _after_title_colon(texts, spaces, k, lex) and 2 <= end - k <= 3 and not lex.is_title_word(toks[end - 1].text):
            out.append((k, end))  # "Director of finance: Claire Benson", "Operations Manager - Tom Reed"
            # (not "Dr X (Vice-Chairman) - Clinical Chair, NHS Y": a title after the bracket's)
            out.extend(_names_coordinated_after(doc, end))  # "Engagement Officers - A and B"
            continue
        if 2 <= end - k <= 3 and end + 1 < len(toks) and toks[end].text in {"–", "—", "-", ":"} \
                and lex.is_title_word(toks[end + 1].text) or 2 <= end - k <= 3 and end + 2 < len(toks) \
                and toks[end].text in DASHES and (lex.is_title_word(toks[end + 2].text) or _opens_title(
                    tokens_text(doc, end + 1, end + 5), lex)):
            out.append((k, end))
    return out


def names_above_title_lines(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """A board or staff page lists each person as a line of the name alone over a line of the
    title ("Colin Mackay" / "Non-Executive Director"): the name line names a person, whatever
    the tagger made of it. (start, end) of each name, honorifics left to _split_honorifics."""
    out = []
    texts, spaces = token_texts(doc)
    for start in range(len(texts)):
        if not _at_line_start(texts, spaces, start, bullets=set()):
            continue
        first = start  # the name's first word, past honorifics
        while first < len(texts) and lex.is_honorific(texts[first].rstrip(".")):
            first += 1
        end = _name_line_end(texts, spaces, first)
        if end is None:
            continue
        title = end
        while title < len(texts) and not texts[title].strip():
            title += 1
        if title < len(texts) and _is_title_line(doc, texts, spaces, title, lex):
            out.append((start, end))
        elif start >= 2 and _is_title_line(doc, texts, spaces, _line_start_before(texts, spaces, start), lex) \
                and _line_start_before(texts, spaces, start) < start:
            out.append((start, end))  # a title line over the name line ("Chief Finance Officer" / "Judith Hamworthy")
    return out


def _line_start_before(texts: list[str], spaces: list[str], k: int) -> int:
    """The first token of the line before the one token k opens (k itself when there is none)."""
    j = k - 1
    while j >= 0 and not texts[j].strip():
        j -= 1
    if j < 0:
        return k
    while j > 0 and not _at_line_start(texts, spaces, j, bullets=set()):
        j -= 1
    return j


def _is_title_line(doc: Doc, texts: list[str], spaces: list[str], k: int, lex: Lexicon) -> bool:
    """Whether the line from token k is a short title ("Deputy Chair and Senior Independent
    Director"): a title word among its first four words and no verb (not a sentence of prose)."""
    toks = doc_tokens(doc)
    end = k
    while end < len(texts) and end - k <= 14 and not _ends_line(texts[end], spaces[end], set()):
        end += 1
    if end - k > 14 or not texts[k][:1].isupper():
        return False
    line = " " + " ".join(texts[k:end]).lower() + " "
    titled = any(lex.is_title_word(t) for t in texts[k:k + 4]) \
        or any(f" {phrase} " in line for phrase in lex.title_phrases)  # "Lay Member (Governance)"
    return titled and not any(toks[j].pos_ in {"VERB", "AUX"} for j in range(k, min(end + 1, len(texts))))


def _name_line_end(texts: list[str], spaces: list[str], k: int) -> int | None:
    """The end of a line that holds only two to four capitalised words from token k (a hyphen
    inside a word allowed: 'Ashworth-Dean'), or None."""
    end, words = k, 0
    while end < len(texts) and words <= 4:
        t = texts[end]
        joined = end > k and texts[end - 1] == "-" and not spaces[end - 1]  # "Dean" of "Ashworth-Dean"
        if t == "-" and end > k and not spaces[end - 1] and not spaces[end]:
            end += 1
            continue
        if "\n" in t and not t.strip():  # the line break token
            return end if 2 <= words <= 4 else None
        if not (t.isalpha() and t[:1].isupper() and (t[1:].islower() or t[:2] in {"Mc", "Ma"})):
            return None
        words += not joined
        end += 1
        if _ends_line(t, spaces[end - 1], set()):
            return end if 2 <= words <= 4 else None
    return None


def _opens_title(text: str, lex: Lexicon) -> bool:
    """'Non-Executive Member (Chair ...', 'Deputy Chief Executive (from ...': the words after a
    dash begin with a title phrase, past a modifier or two ('Deputy', 'Interim')."""
    low = text.lower()
    if any(low.startswith(p) for p in lex.title_phrases):
        return True
    words = text.split()
    while words and words[0].lower() in TITLE_MODIFIERS:
        words = words[1:]
    rest = " ".join(words).lower()
    return len(words) < len(text.split()) and bool(words) and (
        lex.is_title_word(words[0]) or any(rest.startswith(p) for p in lex.title_phrases))


def _names_coordinated_after(doc: Doc, end: int) -> list[tuple[int, int]]:
    """The name after 'and' that ends a line of names ('... - Sian Pellow and Mark Odgers')."""
    toks = doc_tokens(doc)
    if end + 2 >= len(toks) or toks[end].lower_ not in {"and", "&"}:
        return []
    k = stop = end + 1
    while stop < len(toks) and stop - k < 3 and toks[stop].is_alpha and toks[stop].is_title:
        stop = over_hyphens(doc, stop + 1, part=lambda t: t.is_title)
    at_end = stop == len(toks) or "\n" in toks[stop - 1].whitespace_ or toks[stop].text in {"(", "\n"}
    return [(k, stop)] if 2 <= stop - k <= 4 and at_end else []


def _after_title_colon(texts: list[str], spaces: list[str], k: int, lex: Lexicon) -> bool:
    """Whether token k follows 'Title:' at the start of a line ('Chief executive: Dr X'), or
    'Title - ' (a staff list's 'Operations Manager - Tom Reed')."""
    j = k - 1
    while j >= 0 and lex.is_honorific(texts[j]):
        j -= 1
    dash = j >= 1 and texts[j] in DASHES and spaces[j] and spaces[j - 1] \
        and "\n" not in spaces[j - 1] and "\n" not in texts[j - 1]
    if j < 1 or (texts[j] != ":" and not dash):
        return False
    start = j - 1
    while start > 0 and "\n" not in texts[start - 1] and "\n" not in spaces[start - 1] and j - start < 8:
        start -= 1
    label = texts[start:j]
    return label[0].lower() not in {"note", "notes"} and any(lex.is_title_word(t) for t in label)  # "Notes to editors:"


def at_line_start(doc: Doc, k: int, bullets: set[str]) -> bool:
    """Whether token k of `doc` opens a line of the text (or follows one of its bullets), or a
    cell of a table's row (after a column gap)."""
    toks = doc_tokens(doc)
    return k == 0 or _ends_line(toks[k - 1].text, toks[k - 1].whitespace_, bullets) \
        or (toks[k - 1].text == "," and is_column_gap(doc, k - 1))


#: A line of minutes that opens an attendance block: "PRESENT:", "Apologies for absence:", "Sederunt".
ATTENDANCE_CUE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:(?:executive|cabinet|board|committee)\s+)?"
                            r"(?:members\s+)?present|(?:also\s+)?in\s+attendance|also\s+present|apologies"
                            r"(?:\s+for\s+absence)?|sederunt|attendees|attendance|"
                            r"(?:your|our)\s+(?:town\s+|parish\s+|city\s+|local\s+)?councillors|"
                            r"(?:councillors|aldermen|contributors|officers)(?=\s*:)|"
                            r"(?:(?:council|committee|board)\s+)?(?:officials|officers|visitors|staff)\s+(?:present|in\s+attendance))\b",
                            re.I)


def in_attendance_block(doc: Doc, k: int) -> bool:
    """Whether token k stands in a minutes' attendance block: on a line that opens with a cue
    ("Apologies for absence: Councillor X"), or on a run of lines under one ("PRESENT:" above
    "Councillor X, in the Chair." and "Councillors A and B."), a blank line allowed only
    right under the cue's own line."""
    text = doc_text(doc)
    end = text.find("\n", doc_tokens(doc)[k].idx)
    lines = text[:end if end >= 0 else len(text)].rsplit("\n", 16)[::-1][:16]  # the last 16 lines, nearest first
    for n, line in enumerate(lines):
        if ATTENDANCE_CUE.match(line):
            return True
        if not line.strip():
            above = next((x for x in lines[n + 1:] if x.strip()), "")
            return bool(ATTENDANCE_CUE.match(above)) and len(above.split()) <= 4
    return False


#: The line that opens a meeting's minutes: "MINUTES of the meeting held on ...", "Minutes of the X".
MINUTES_LINE = re.compile(r"^[ \t]*minutes\b[^\n]*", re.I | re.M)


def _body_alone_on(doc: Doc, ents, at: int, line: str) -> str | None:
    """The body a line (its text `line`, from character `at`) names and nothing else but a word."""
    span = doc.char_span(at, at + len(line), alignment_mode="expand")
    alone = ents.within(span.start, span.end, "ORG") if span is not None else []
    return alone[0].entity if len(alone) == 1 and len(line.split()) <= len(alone[0].text.split()) + 1 else None


def minutes_body(doc: Doc, ents) -> str | None:
    """The body whose meeting a page minutes: the one its 'Minutes of the X' line names, else the
    body the line just above names alone, or whose name ends in that line's words ('JOINT
    COMMISSIONING BOARD' over 'MINUTES of the meeting held on ...' is the X Joint Commissioning
    Board the page names); None on a page that is no minutes."""
    text = doc_text(doc)
    line = MINUTES_LINE.search(text)
    if line is None:
        return None
    venue = re.search(r"\b(?:held|at|via)\b", line.group(0))  # "... held on 12 July at X Health Park, Merthyr"
    span = doc.char_span(line.start(), line.start() + venue.start() if venue else line.end(), alignment_mode="expand")
    named = ents.within(span.start, span.end, "ORG") if span is not None else []
    if named:
        return named[0].entity
    below = re.match(r"\n[ \t]*([^\n]+)", text[line.end():])
    if below and re.search(r"\bof\s*$", line.group(0), re.I):  # "MINUTES OF THE MEETING OF" over "EAST LOTHIAN COUNCIL"
        body = _body_alone_on(doc, ents, line.end() + below.start(1), below.group(1))
        if body:
            return body
    above = next((x for x in reversed(text[:line.start()].split("\n")) if x.strip()), "")
    body = _body_alone_on(doc, ents, text.rfind(above, 0, line.start()), above) if above else None
    if body:
        return body
    words = re.sub(r"^(?:our|the)\s+", "", " ".join(above.lower().split()))  # "OUR HARFORD INTEGRATED CARE PARTNERSHIP"
    ending = sorted((n for n in ents.orgs if len(words.split()) >= 2
                     and (n.lower() == words or n.lower().endswith(" " + words))), key=len)
    # the longest, when the others are short forms of it ("Joint Commissioning Board" of "X Joint ...")
    return ending[-1] if ending and all(ending[-1].lower().endswith(n.lower()) for n in ending) else None


def _at_line_start(texts: list[str], spaces: list[str], k: int, bullets: set[str]) -> bool:
    """at_line_start over texts read once (tokens.token_texts), for the loops over every token."""
    return k == 0 or _ends_line(texts[k - 1], spaces[k - 1], bullets)


def _ends_line(text: str, space: str, bullets: set[str]) -> bool:
    """Whether the next token starts a line: this one holds or is followed by a line break, or is a bullet."""
    return "\n" in text or "\n" in space or text in bullets


#: Adverbs between a name's comma and the title it had: "X, previously a senior charge nurse with Y".
FORMERLY = {"previously", "formerly", "currently", "now", "latterly"}
#: "(He) has been succeeded as co-ordinator by", "was replaced by": the name after is the successor's.
SUCCESSOR_BEFORE = re.compile(r"\b(?:succeeded|replaced)\b(?:\s+as\s+[^,.;]{1,60}?)?\s+by\s*$", re.I)


def _people_tagged_org(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """ORG entities that are people by their context: "Amanda Pritchard, Deputy Chief Executive
    of ...", the subject of "will step in as interim chief officer", "has been appointed chair",
    or a name whose last word the article writes after an honorific ("Ms Calverley")."""
    toks = doc_tokens(doc)
    found = []
    # surnames the article writes after an honorific ("Ms Calverley"): a name ending in one is a person's
    surnames = {toks[i + 1].text for i, t in enumerate(toks[:-1]) if lex.is_honorific(t.text) and toks[i + 1].is_title}
    for ent in doc_ents(doc):
        if ent.label_ != "ORG":
            continue
        if len(ent) > 2 and ent[-1].text == "(":
            ent = doc[ent.start:ent.end - 1]  # "Una Mallon (" -- the tagger took the bracket too
        if 2 <= len(ent) <= 4 and all(t.pos_ == "PROPN" and t.is_title or t.text == "-"
                                                                for t in ent) \
                and not lex.is_head_word(ent[-1].text) and ent.end + 2 < len(toks):
            # "Sean Kelly, Permanent Secretary ...", "Sean Kelly (Permanent Secretary, ...)"
            skip = ent.end + 1 + (toks[ent.end + 1].lower_ in FORMERLY)  # "X, previously a senior charge nurse"
            owner_end = _after_a_possessive_owner(toks, skip)  # "X, Dorset HealthCare's manager", "X, the council's"
            appositive = toks[ent.end].text in {",", "("} and any(
                lex.is_title_word(t.text) for t in toks[skip:skip + 4] + toks[owner_end:owner_end + 4])
            # "He has been succeeded as co-ordinator by X": a person's successor is a person
            succeeds = ent.start > 0 and toks[ent.start - 1].lower_ == "by" and bool(SUCCESSOR_BEFORE.search(
                tokens_text(doc, max(ent.sent.start, ent.start - 10), ent.start)))
            titled = ent.start > 0 and (lex.is_honorific(toks[ent.start - 1].text)  # "Dr Beatrice Nolan"
                                        or lex.is_title_word(toks[ent.start - 1].text)  # "chief executive Gareth Price"
                                        and toks[ent.start - 1].pos_ in {"NOUN", "PROPN"})  # not "chairs X"
            # "its deputy chief executive, Sean Maybury, would ...": a name in apposition to a title
            titled = titled or (ent.start > 1 and toks[ent.start - 1].text == "," and toks[ent.end].text == ","
                                and lex.is_title_word(word_ending_at(toks, ent.start - 2)))  # ("co-ordinator")
            subject = ent[-1].dep_ in {"nsubj", "nsubjpass"} and any(
                t.lower_ in {"as", "be", "appointed", "named"} and any(lex.is_title_word(x.text) for x in toks[t.i + 1:t.i + 5])
                for t in toks[ent.end:min(ent.sent.end, ent.end + 10)])
            # "It has now appointed X as its first Digital Inclusion Lead": whom a body appoints as a title is a person
            appointed = ent.start > 0 and toks[ent.start - 1].lemma_ in {"appoint", "name", "confirm", "elect"} \
                and toks[ent.end].lower_ == "as" and any(lex.is_title_word(t.text) for t in toks[ent.end + 1:ent.end + 6])
            if appositive or subject or titled or succeeds or appointed or (len(ent) >= 2 and ent[-1].text in surnames):
                found.append((ent.start, ent.end))
    return found


def _after_a_possessive_owner(toks, k: int) -> int:
    """Where the words after a possessive start, when tokens from k name an owner and its 's: up to
    five capitalised words ('Dorset HealthCare's') or 'the' and a noun ('the council's'); else k."""
    for j in range(k + 1, min(k + 6, len(toks))):
        if toks[j].text in {"'s", "’s"}:
            words = toks[k:j]
            named = all(t.text[:1].isupper() for t in words)
            the_noun = len(words) == 2 and words[0].lower_ == "the" and words[1].is_alpha
            return j + 1 if named or the_noun else k
    return k


def _double_barrelled_names(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """'Nerys Cadwaladr-Price', 'Yasmin Okafor-Penrose': the small tagger often calls a given
    name and a hyphenated surname a body or a place, or only part of it a name. A run of
    exactly a capitalised word and two capitalised words joined by a hyphen, with no head,
    title or honorific word, is a person; places joined by hyphens have lower-case links
    ('Stockton-on-Tees'), and a body's name runs on ('Hull-York Medical School')."""
    toks = doc_tokens(doc)
    out = []
    texts, spaces = token_texts(doc)
    for k in range(2, len(texts) - 2):
        if texts[k] != "-" or spaces[k - 1] or spaces[k]:
            continue
        s, e = k - 2, k + 2
        if not all(_plain_word(toks[j], lex) for j in (s, s + 1, e - 1)) or not spaces[s]:
            continue
        before, after = toks[s - 1] if s else None, toks[e] if e < len(toks) else None
        if before is not None and before.is_title and before.is_alpha and not lex.is_honorific(before.text) \
                and "\n" not in before.whitespace_ and not before.is_sent_end:
            continue  # the run starts earlier: not a two-word name
        if after is not None and (after.text[:1].isupper() and after.is_alpha):
            continue  # the run goes on
        out.append((s, e))
    return out


def _plain_word(tok, lex: Lexicon) -> bool:
    """A capitalised word that could be part of a person's name: not a title, head or honorific."""
    t = tok.text
    return t.isalpha() and t[:1].isupper() and t[1:].islower() and not lex.is_title_word(t) \
        and not lex.is_head_word(t) and not lex.is_honorific(t)


#: A councillor's honorifics: in a council's minutes the surname alone after one is a whole name.
COUNCIL_HONORIFICS = {"Councillor", "Cllr", "Coun"}
#: "Councillors A, B and C": the plural honorific over a list of surnames.
COUNCIL_PLURALS = {"Councillors", "Cllrs"}


def is_council_honorific(word: str) -> bool:
    """'Councillor', 'Cllr' and 'Cllr.' alike."""
    return word.rstrip(".") in COUNCIL_HONORIFICS


def _honorific_runs(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Honorific + two or three capitalised words: "Councillor Michael Jones", "Cllr Alex Norris".
    After a councillor's honorific one word will do: minutes name councillors by surname alone
    ("Councillor Pellow")."""
    toks = doc_tokens(doc)
    found = []
    for tok in toks:
        if lex.is_honorific(tok.text):
            j = tok.i + 1
            if j < len(toks) and toks[j].text == ".":
                j += 1
            k, words = j, 0
            while k < len(toks) and words < 3 and toks[k].text[:1].isupper() and toks[k].is_alpha \
                    and toks[k].text not in lex.prefixes and "\n" not in toks[k].text:
                k, words = over_hyphens(doc, k + 1, lambda t: t.text[:1].isupper() and t.is_alpha), words + 1
            if words >= 2 or (words == 1 and "-" in tokens_text(doc, j, k)) \
                    or (words == 1 and is_council_honorific(tok.text) and toks[j].pos_ == "PROPN"):
                found.append((tok.i, k))  # "Cllr Kettering-Vaux", "Councillor Pellow" too
    return found


#: A sederunt's column label and the honorific it gives each name under it ("Aldermen:  A   B").
COLUMN_LABELS = {"Councillors": "Councillor", "Aldermen": "Alderman"}


def _labelled_name_columns(doc: Doc, lex: Lexicon) -> list[tuple[int, int, list[str], list[str]]]:
    """Minutes laid out in columns: 'Councillors:   Bethan Ball    Padraig Kill' and indented lines
    under it, names parted by runs of spaces or line breaks; each is a name the label styles
    ('Councillor', 'Alderman'). The list ends at a blank line or a line that is not indented."""
    toks = doc_tokens(doc)
    out = []
    for tok in toks[:-2]:
        honorific = COLUMN_LABELS.get(tok.text)
        if honorific is None or toks[tok.i + 1].text != ":" or not (tok.i == 0 or "\n" in toks[tok.i - 1].text
                                                                     or "\n" in toks[tok.i - 1].whitespace_):
            continue
        k = tok.i + 2
        while k < len(toks):
            t = toks[k]
            if t.is_space or t.text in {"(", ")", ","} or (k > 0 and toks[k - 1].text == "(" and t.is_alpha):
                gap = t.text + t.whitespace_ if t.is_space else ""
                if "\n\n" in gap or ("\n" in gap and not gap.endswith((" ", "\t"))):
                    break  # a blank line, or a line that is not indented: the next label
                k += 1
                continue
            if not (t.text[:1].isupper() and t.is_alpha) or lex.is_honorific(t.text):
                break
            end = over_hyphens(doc, k + 1, lambda x: x.text[:1].isupper() and x.is_alpha)
            while end < len(toks) and end - k < 4 and toks[end - 1].whitespace_ == " " and toks[end].text[:1].isupper() \
                    and toks[end].is_alpha:
                end = over_hyphens(doc, end + 1, lambda x: x.text[:1].isupper() and x.is_alpha)
            out.append((k, end, [honorific], []))
            k = end
            if toks[end - 1].whitespace_ and "\n" in toks[end - 1].whitespace_ and not toks[end - 1].whitespace_.endswith(" "):
                break
    return out


def _councillor_lists(doc: Doc, lex: Lexicon) -> list[tuple[int, int, list[str], list[str]]]:
    """'Councillors Carkeek, Dunstone-Maybury, Pellow and Vosper-Quance': each surname after the
    plural honorific is a councillor's name, the honorific given to each."""
    toks = doc_tokens(doc)
    out = _labelled_name_columns(doc, lex)
    for tok in toks:
        if tok.text.rstrip(".") not in COUNCIL_PLURALS:
            continue
        k = tok.i + 1
        while k < len(toks) and toks[k].text[:1].isupper() and toks[k].is_alpha and not lex.is_honorific(toks[k].text):
            end = over_hyphens(doc, k + 1, lambda t: t.text[:1].isupper() and t.is_alpha)
            if end < len(toks) and toks[end].text[:1].isupper() and toks[end].is_alpha:
                end += 1  # "Councillors Jo Bell and Ann Lee": first name and surname
            out.append((k, end, ["Councillor"], []))
            if end < len(toks) - 1 and toks[end].text in {",", "and"} and "\n" not in toks[end].whitespace_:
                k = end + 1 + (toks[end + 1].lower_ == "and")
            else:
                break
    return out


def _from_hyphened_start(doc: Doc, start: int) -> int:
    """Back over a first name's hyphened first part the tagger left out: 'Anne-[Marie Boath]'."""
    toks = doc_tokens(doc)
    while start >= 2 and toks[start - 1].text == "-" and not toks[start - 1].whitespace_ \
            and not toks[start - 2].whitespace_ and toks[start - 2].is_alpha and toks[start - 2].is_title:
        start -= 2
    return start


def over_hyphens(doc: Doc, end: int, part=lambda tok: tok.is_alpha) -> int:
    """The end of the word that ends before token `end`, carried over hyphens written without
    spaces ('Kettering-Vaux' is three tokens) while the part after each hyphen is `part`."""
    words, spaces = token_texts(doc)
    while end + 1 < len(words) and words[end] == "-" and not spaces[end - 1] and not spaces[end] \
            and part(doc_tokens(doc)[end + 1]):
        end += 2
    return end


def _split_honorifics(doc: Doc, s: int, e: int, lex: Lexicon) -> tuple[int, int, list[str], list[str]]:
    """The name's bounds once honorifics and suffixes inside or right around it are taken off,
    with those honorifics and suffixes."""
    toks = doc_tokens(doc)
    prefixes, suffixes = [], []
    e = over_hyphens(doc, e, lambda t: t.is_title)  # "Carole Allaway-Martin" where NER stopped at the hyphen
    # a word before an honorific inside the span is no part of the name ("Supports Cllr Kettering-Vaux")
    inner = next((k for k in range(s + 1, e - 1) if lex.is_honorific(toks[k].text) and toks[k].text[:1].isupper()
                  and not lex.is_honorific(toks[k - 1].text)), None)
    if inner is not None and inner - s <= 2:
        s = inner
    # honorifics inside the span, or just before it
    while s < e and (lex.is_honorific(toks[s].text) or toks[s].text == "."):
        if toks[s].text != ".":
            prefixes.append(toks[s].text.rstrip("."))
        s += 1
    k = s - 1
    while k >= 0 and (lex.is_honorific(toks[k].text) or toks[k].text == "."):
        if toks[k].text != ".":
            prefixes.insert(0, toks[k].text.rstrip("."))
        k -= 1
    while e > s and (toks[e - 1].text in lex.suffixes or toks[e - 1].is_punct or toks[e - 1].text in {"'s", "’s"}):
        if toks[e - 1].text in lex.suffixes:
            suffixes.insert(0, toks[e - 1].text)
        e -= 1
    j = e
    while j < len(toks) and (toks[j].text in lex.suffixes or (toks[j].text == "," and j + 1 < len(toks)
                                                              and toks[j + 1].text in lex.suffixes)):
        if toks[j].text in lex.suffixes:
            suffixes.append(toks[j].text)
        j += 1
    return s, e, prefixes, suffixes


def _is_plain_name(words: Span, org_tokens: set[int], lex: Lexicon) -> bool:
    """Capitalised words only, none part of an organisation, a title or a head word."""
    if not len(words) or any(t.i in org_tokens for t in words):
        return False
    if all(lex.is_title_word(t.text) or t.lower_ in TITLE_MODIFIERS for t in words):
        return False  # "Vice Chair" on a line of its own is a title, not a person
    if any("\n" in t.text or not (t.is_alpha or "-" in t.text or "'" in t.text) for t in words):
        return False
    # a title word ends a name only as a surname ("Margaret Dean"); before that it is a title ("Chair Jo Bell")
    if any(lex.is_title_word(t.text) for t in (words[:-1] if len(words) >= 2 else words)) \
            or any(t.text in GENERIC_ACRONYMS for t in words):
        return False
    low = " ".join(t.lower_ for t in words)
    if any(phrase in low for phrase in lex.title_phrases):
        return False
    doc, s = words.doc, words.start
    toks = doc_tokens(doc)
    if lex.is_title_word(words[-1].text) and s >= 2 and toks[s - 1].text == "," and toks[s - 2].ent_type_ == "PERSON":
        return False  # "Jo Bell, Support Worker, Harford Homes": the title after a person's name
    if any(lex.is_head_word(t.text) for t in words):
        return False
    if _named_like_a_place(words):
        return False
    return all(t.text[:1].isupper() or t.text == "-" for t in words)


#: Words that make a capitalised run a place, a building or a date rather than a person's name.
PLACE_FIRST = {"St", "St.", "Saint", "Mid", "Greater", "In", "On", "At", "By", "From", "Since", "Until", "During"}
# ("In January", "From September"; not "May", "June": names too)
PLACE_LAST = {"Central", "House", "Centre", "Center", "Road", "Square", "Avenue", "Street", "Embankment", "Room", "Spa",
              "Dock", "Manor", "Gazette", "Telegraph", "Sentinel",
              # and plural or abstract nouns that end a service's or a page's words, no one's surname
              "Communities", "Communications", "Disability", "Settings", "Zones", "Teams"}
COMPASS = {"East", "West", "North", "South"}  # a surname too ("Kate West"): a place only after a place's name


def _named_like_a_place(words: Span) -> bool:
    """'Cheshire East', 'Mid Devon', 'St Luke', 'John Muir House', 'In January': the tagger's
    people that a word of the name shows to be a place, a saint's name (of a hospice, a
    hospital or a church), a building or a date. Also a sponsor named after 'Sponsored by', and a
    field of work ('Student Nurse of the Year: Mental Health')."""
    texts = [t.text for t in words]
    if texts[0] in PLACE_FIRST or texts[-1] in PLACE_LAST:
        return True
    if " ".join(texts).lower() in FIELDS_OF_WORK:
        return True
    if texts[0] in COMPASS and texts[-1] in {"Wales", "Scotland", "England", "Ireland"}:
        return True  # "North Wales", "South West England"
    doc = words.doc
    if texts[-1] in COMPASS and len(texts) == 2 and any(
            t.text == texts[0] and t.ent_type_ in {"GPE", "LOC", "ORG"} for t in doc_tokens(doc)):
        return True  # "Cheshire East" where the text names Cheshire as a place or in a body's name
    before = tokens_text(doc, max(words.start - 3, 0), words.start).lower()
    return bool(SPONSOR_AT_END.search(before))


SPONSOR_AT_END = re.compile(rf"(?:\b(?:{SPONSOR_CUE})|\bpartner ?:)$")


def _merge_same_span(out: list[tuple[int, int, list[str], list[str]]]) -> list[tuple[int, int, list[str], list[str]]]:
    """One entry per span, found by several routes, with the honorifics of all."""
    seen: dict[tuple[int, int], tuple] = {}
    for s, e, pre, suf in out:
        if (s, e) in seen:
            seen[(s, e)][2].extend(h for h in pre if h not in seen[(s, e)][2])
        else:
            seen[(s, e)] = (s, e, list(pre), list(suf))
    return list(seen.values())


def names_by_recurring_surname(doc: Doc, taken: set[int], lex: Lexicon) -> list[tuple[int, int]]:
    """'Danielle Oum' when NER missed it: two capitalised words whose last recurs alone
    as a name would ('Oum said', "Oum's previous role")."""
    toks = doc_tokens(doc)
    out = []
    places = {t.text for t in toks if t.ent_type_ in PLACE_LABELS}
    # words standing alone before "said" / "'s": where a surname recurs
    alone_at: dict[str, list[int]] = defaultdict(list)
    titled: set[str] = set()  # surnames that follow an honorific somewhere: "Ms Ward is ..."
    for t in toks[1:-1]:
        if toks[t.i + 1].lower_ in {"said", "says", "'s", "’s", "added"} and not toks[t.i - 1].is_title:
            alone_at[t.text].append(t.i)
        if lex.is_honorific(toks[t.i - 1].text) and t.is_title and not toks[t.i + 1].is_title:
            alone_at[t.text].append(t.i)
            titled.add(t.text)
    for tok in toks[:-1]:
        nxt = toks[tok.i + 1]
        if tok.i in taken or nxt.i in taken or not (tok.is_title and nxt.is_title and tok.is_alpha and nxt.is_alpha) \
                or (tok.i > 0 and toks[tok.i - 1].is_title and toks[tok.i - 1].is_alpha and not toks[tok.i - 1].is_sent_start
                    and toks[tok.i - 1].text not in lex.prefixes):
            continue
        if tok.pos_ != "PROPN" or nxt.pos_ != "PROPN" or (tok.i > 0 and toks[tok.i - 1].is_title
                                                          and toks[tok.i - 1].pos_ == "PROPN"):
            continue
        if lex.is_title_word(tok.text) or lex.is_title_word(nxt.text) or tok.text in lex.prefixes \
                or f"{tok.lower_} {nxt.lower_}" in lex.title_phrases:  # "Partner Member"
            continue
        if (tok.ent_type_ in PLACE_LABELS or nxt.ent_type_ in PLACE_LABELS or nxt.text in places) \
                and nxt.text not in titled:
            continue
        alone = [i for i in alone_at.get(nxt.text, ()) if i != nxt.i and (i not in taken or nxt.text in titled)]
        end = tok.i + 2
        if end + 1 < len(toks) and toks[end].text == "-" and not toks[end - 1].whitespace_ and toks[end + 1].is_title:
            end += 2  # "Helen Charlesworth-May"
        appositive_title = end + 1 < len(toks) and toks[end].text == "," and any(
            lex.is_title_word(t.text) for t in toks[end + 1:end + 6])
        if alone or (appositive_title and not any(t.i in taken for t in toks[tok.i:end])):
            out.append((tok.i, end))
    return out
