"""Names written in other forms: acronyms defined in brackets, lower-case names fixed by a
bracketed acronym, abbreviations sharing a prefix ("X ICB and ICS"), coordinated names
("Pennine Care and Trafford Council") and plural heads ("X and Y ICBs")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from . import lexicon
from .lexicon import Lexicon
from .organisations import (CHARITY_PREFIXES, COMPASS_WORDS, GENERIC_ACRONYMS, TRUST_SUFFIX, _has_head, _is_acronym, _opening_head_name,
                            team_of_a_body)
from .tokens import doc_text, doc_tokens, tokens_text

#: Plural heads shared by coordinated names: "North West London and North Central London ICBs".
PLURAL_HEADS = lexicon.mapping("plural_heads")

INITIALS_SKIP = {"and", "of", "the", "for", "&", "in"}


def names_before_acronyms(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Names written in lower case but fixed by a bracketed acronym and a possessive place:
    "West Norfolk's Clinical Commissioning Group (CCG)", "Argyll and Bute's health and social
    care partnership (HSCP)" -> (start, end, 'Argyll and Bute Health and Social Care Partnership')."""
    toks = doc_tokens(doc)
    out = []
    for tok in toks:
        if tok.text != "(" or tok.i + 2 >= len(toks) or toks[tok.i + 2].text != ")":
            continue
        acr = toks[tok.i + 1].text
        if not (acr.isalpha() and acr.isupper() and 2 <= len(acr) <= 6) or tok.i - 1 in taken:
            continue
        words: list = []
        k = tok.i - 1
        while k >= 0 and len(words) < 10 and (toks[k].is_alpha or toks[k].text == "&"):
            words.insert(0, toks[k])
            letters = "".join(w.text[0] for w in words if w.lower_ not in INITIALS_SKIP).upper()
            if letters == acr and words[0].lower_ not in INITIALS_SKIP:
                break
            k -= 1
        else:
            continue
        letters = "".join(w.text[0] for w in words if w.lower_ not in INITIALS_SKIP).upper()
        if letters != acr or k < 2 or toks[k - 1].text not in {"'s", "’s"}:
            continue
        p = k - 2
        place = []
        while p >= 0 and (toks[p].is_title or (toks[p].lower_ == "and" and place)) and toks[p].pos_ != "DET":
            place.insert(0, toks[p])
            p -= 1
        while place and place[0].lower_ == "and":
            place.pop(0)
        if not place:
            continue
        body = " ".join(w.text if w.lower_ in INITIALS_SKIP else w.text[:1].upper() + w.text[1:] for w in words)
        out.append((place[0].i, tok.i, " ".join(t.text for t in place) + " " + body))
    return out


def shared_prefix_abbreviations(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int, str]]:
    """'North East London ICB and ICS' -> also 'North East London ICS', at the 'ICS' token."""
    toks = doc_tokens(doc)
    out = []
    for s, e in spans:
        if e + 1 < len(toks) and toks[e].lower_ == "and" and toks[e + 1].text in lex.abbreviations \
                and toks[e - 1].text in lex.abbreviations and e - s >= 2:
            out.append((e + 1, e + 2, " ".join(t.text for t in toks[s:e - 1]) + " " + toks[e + 1].text))
    return out


def bracketed_acronym(doc: Doc, i: int) -> str | None:
    """'(HSJ)', '(T&G IC FT)' or '(the ALLIANCE)' starting at token i, as written (without 'the')."""
    toks = doc_tokens(doc)
    if i >= len(toks) or toks[i].text != "(":
        return None
    j = i + 1
    while j < len(toks) and j - i <= 5 and toks[j].text != ")":
        j += 1
    if j >= len(toks) or toks[j].text != ")" or j == i + 1:
        return None
    first = i + 2 if toks[i + 1].lower_ == "the" and j > i + 2 else i + 1
    text = tokens_text(doc, first, j)
    if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z](?: [A-Z&]{2,})*", text):
        return text
    return None


#: Heads that end a name at a comma: "Barts Health NHS Trust, East London NHS Foundation Trust"
#: and "Royal Voluntary Service, Leeds City Council" are two names each.
COMMA_PARTED_HEADS = {"Trust", "Council", "Board", "Group", "CCG", "ICB", "Partnership", "Service", "Authority",
                      "Agency", "Society", "Association", "Alliance", "Federation",
                      # heads written short: "Oxford University Hospitals NHS FT, Oxford Health NHS FT"
                      "FT", "UHB", "HB", "PCT", "LBC", "MBC", "RBC", "HSCT", "HSCP", "IJB", "ICS", "ICP"}


def _in_comma_list(doc: Doc, start: int) -> bool:
    """Whether the name at `start` follows a comma of a list (', X' or ', the X')."""
    toks = doc_tokens(doc)
    k = start - 1 if start >= 1 and toks[start - 1].lower_ != "the" else start - 2
    return k >= 0 and toks[k].text == ","


NATIONS = {"Scotland", "Wales", "England", "Ireland", "UK", "Cymru"}
COMPASS = {"North", "South", "East", "West", "Mid", "Central", "Northern", "Southern", "Eastern", "Western"}


def _named_for_its_nation(name: str) -> bool:
    """'Police Scotland', 'Public Health Wales': a national body named for what it does and its
    nation ends with the nation ('North Wales' is a region, not a body)."""
    words = name.split()
    return len(words) >= 2 and words[-1] in NATIONS and words[0] not in COMPASS and all(w[:1].isupper() for w in words)


def split_coordinated(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Pennine Care and Trafford Council' -> two names, when both sides stand alone as
    names elsewhere or the left side has a head of its own."""
    toks = doc_tokens(doc)
    known = {" ".join(tokens_text(doc, s, e).split()) for s, e in spans}
    ends = {e for s, e in spans}
    out = []
    queue = list(spans)
    while queue:
        s, e = queue.pop(0)
        cut = None
        if e - s >= 4 and toks[s + 1].lower_ in {"and", "&"} and toks[s].text[:1].isupper() \
                and (toks[s + 2].text == toks[s].text or s >= 2 and toks[s - 1].lower_ == "in" and s - 1 in ends) \
                and _has_head(tokens_text(doc, s + 2, e), lex):
            # "Mind in Salford and Salford City Council", "X Hospice in Penwick and Y Hospice": the
            # place before "and" ends the name before it, or a charity's; the body starts after "and"
            out.append((s + 2, e))
            continue
        if toks[s].text == "NHS" and toks[e - 1].text in PLURAL_HEADS and any(t.text == "NHS" for t in toks[s + 1:e]):
            out.append((s, e))  # "NHS A and NHS B CCGs": the plural head goes with each (distribute_plural_heads)
            continue
        if toks[s].text == "NHS" and toks[e - 1].text in {"Council", "Councils", "Authority"}:
            # "NHS Greater Glasgow and Clyde and Glasgow City Council": the council's name starts
            # after the last "and"; everything before it is the NHS board's
            cut = next((k for k in range(e - 2, s + 1, -1) if toks[k].lower_ in {"and", "&"}), None)
            if cut is not None:
                out.extend([(s, cut), (cut + 1, e)])
                continue
        for k in range(s + 1, e - 1):
            if toks[k].lower_ not in {"and", "&", ","}:
                continue
            left = tokens_text(doc, s, k)
            if toks[k].text == ",":  # "Barts Health NHS Trust, East London NHS Foundation Trust": two names
                right = tokens_text(doc, k + 1, e)
                # "NHS Harford, Carewatch Scotland": a health board's name ends before a comma when
                # the next item is a body's whole name ("NHS A, B and C CCG" is one name)
                item = re.split(r",|\s(?:and|&)\s", right)[0].strip()
                board = left.split()[0] == "NHS" and (_has_head(item, lex) or _named_for_its_nation(item))
                if len(left.split()) >= 2 and (board or _has_head(right, lex) and left.split()[-1] in COMMA_PARTED_HEADS):
                    cut = k
                    break
                continue
            right = tokens_text(doc, k + 1, e)
            whole = tokens_text(doc, s, e)
            if _inside_a_kinds_name(whole, e - k):
                continue  # "Harford Health and Wellbeing Board": the "and" of a kind of body's name
            short_of = [name for name in known if (name == left or name.startswith(left + " ")
                                                   and _only_suffix(name[len(left):]))
                        and _has_head(name, lex) and not (whole in name or name in whole)]
            # "East Suffolk and North Essex NHS Foundation Trust" after "East Suffolk Council": a
            # place a council goes by does not part the name of an NHS body
            left_known = bool(short_of) and not (lex.kind_of(right) == "NHSTrust" and all(
                name != left and lex.kind_of(name) == "LocalAuthority" for name in short_of))
            # "NHS Fife and Fife Council": an NHS body, then a second name of the same place
            # ... or of a council anywhere ("NHS Lomond and Glenrothie Council"): no NHS body's name ends in Council
            # "Harford Health and Social Care Partnership and HVA": a body's short name after a full one
            acronym = k == e - 2 and _is_acronym(toks[e - 1]) and toks[e - 1].text not in GENERIC_ACRONYMS
            nhs_body = toks[s].text == "NHS" and k - s >= 2 and (
                right.split()[0] in left.split() or right.split()[-1] in {"Council", "Councils", "Authority"}
                or acronym  # "NHS Tayside and PKAVS": no health board's area ends in an acronym
                or _opening_head_name(list(doc[k + 1:e])) == e - k - 1  # "NHS Tayside and University of Dundee"
                or _named_for_its_nation(right)  # "NHS Grampian and Police Scotland"
                or _has_head(right, lex) and lex.kind_of(right) in {"Voluntary", "GovernmentBody"})  # "NHS Highland and X Voluntary Group"
            charity = any(tuple(left.split()[:len(p)]) == p for p in CHARITY_PREFIXES) \
                or left.split()[-1] in {"Mind", "MIND"}  # "Age UK X and X Mind", "Harford MIND and X Council"
            right_charity = any(tuple(right.split()[:len(p)]) == p for p in CHARITY_PREFIXES)  # "... and Age UK Leeds"
            # "..., the X Development Authority and Public Health Harford": the last two items of a
            # list, the second named without a head word
            listed = _in_comma_list(doc, s) and _has_head(left, lex) and len(right.split()) >= 2 \
                and all(w[:1].isupper() for w in right.split())
            # "City of X Council and NHS Y": a health board's whole name is "NHS" and its area
            nhs_board = toks[k + 1].text == "NHS" and k + 2 < e and toks[k + 2].text[:1].isupper()
            team = team_of_a_body(left.split(), lex) is not None  # "Southern Trust Podiatry and X Council"
            # "Wexley Health and Social Care Partnership and Kestrel": a name met on its own before, then
            # one word that is a name (a charity with no head word)
            one_word = left in known and _has_head(left, lex) and k == e - 2 and toks[k + 1].tag_ == "NNP" \
                and toks[k + 1].is_title and not lex.is_head_word(toks[k + 1].text)
            if (left_known or nhs_body or charity or _has_head(left, lex) or _named_for_its_nation(left) or team) \
                    and (_has_head(right, lex) or right_charity or listed or acronym or nhs_board or one_word
                         or _named_for_its_nation(right)) \
                    and len(left.split()) >= 2:
                cut = k
                break
        if cut is None:
            out.append((s, e))
        else:  # the rest may hold a second cut ("A, B and C Council")
            out.append((s, cut))
            queue.insert(0, (cut + 1, e))
    return out


#: Names of kinds of body with "and" inside: "health and wellbeing board", "health and care partnership".
KIND_NAMES_WITH_AND = [n.split() for n in lexicon.mapping("generic_nouns") if " and " in n]


def _inside_a_kinds_name(name: str, from_end: int) -> bool:
    """Whether the word `from_end` words from the end of `name` is inside the kind of body's name
    it ends with ('Harford Health and Wellbeing Board': 'and' is the third word from the end)."""
    words = name.lower().split()
    words[-1:] = [words[-1][:-1] if words[-1].endswith("s") else words[-1]] if words else []  # "... Trusts"
    return any(words[-len(kind):] == kind and from_end < len(kind) for kind in KIND_NAMES_WITH_AND)


#: Words a body's full name adds to the short form news writes ('Pennine Care' of 'Pennine Care
#: NHS Foundation Trust', 'Trafford' of 'Trafford Council').
SHORT_FORM_SUFFIX = TRUST_SUFFIX | {"council", "city", "county", "borough", "metropolitan", "district", "clinical",
                                    "commissioning", "group"}


def _only_suffix(rest: str) -> bool:
    """Whether the words a known name has after a short form are only such additions: 'Bradford
    District' is no short form of 'Bradford District Care NHS Foundation Trust'."""
    return all(w.lower() in SHORT_FORM_SUFFIX for w in rest.split())


HEAD_WORDS = lexicon.words("lower_head_words")


def _places_before_compound_head(doc: Doc, s: int, e: int) -> list[tuple[int, int, str]]:
    """'the Belfast, South Eastern and Western Health and Social Care Trusts', 'Strathmoor and
    Kelvale Health and Social Care Partnerships': a plural head that has an "and" of its own
    ('Health and Social Care') goes with every place listed before it, inside the name or
    before it ("A, B and" outside a span that starts at the last place)."""
    toks = doc_tokens(doc)
    head = e - 1
    while head - 1 > s and toks[head - 1].lower_ in HEAD_WORDS:
        head -= 1
    while head < e - 1 and toks[head].lower_ == "and":
        head += 1
    if "and" not in {t.lower_ for t in toks[head:e - 1]}:
        return []
    places: list[tuple[int, str]] = []  # (start of the place, its text)
    for part in re.split(r",\s*|\s+and\s+", tokens_text(doc, s, head)):
        if part.strip():
            places.append((s, part.strip()))
    k = s  # the span starts at the last place ("A, B and" before it) or inside the list ("A, B and C" before "B")
    if len(places) == 1 and k >= 2 and toks[k - 1].lower_ == "and" or k >= 2 and toks[k - 1].text == ",":
        k -= 1
        while True:
            j = k
            while j - 1 >= 0 and toks[j - 1].is_title and toks[j - 1].pos_ in {"PROPN", "ADJ", "NOUN"} \
                    and toks[j - 1].lower_ not in HEAD_WORDS:
                j -= 1
            if j == k or k - j > 3:
                break
            places.insert(0, (j, tokens_text(doc, j, k)))
            if j >= 2 and toks[j - 1].text == ",":
                k = j - 1
                continue
            break
    if len(places) < 2 or any(p.lower() in HEAD_WORDS or not p[:1].isupper() for _, p in places):
        return []
    tail = " ".join(t.text for t in toks[head:e - 1]) + " " + PLURAL_HEADS[toks[e - 1].text]
    return [(start, e, f"{place} {tail}") for start, place in places]


#: Words that say what kind of body a name is, before its head ('County Borough' of 'County
#: Borough Councils', 'NHS Foundation' of 'NHS Foundation Trusts').
KIND_WORDS = {"County", "Borough", "City", "District", "Metropolitan", "NHS", "Foundation", "Health", "Care",
              "Social", "and", "Integrated", "Integration", "Joint"}


def _kind_words(words: list[str]) -> list[str]:
    """The kind words at the end of a name's words (not the whole name)."""
    k = len(words)
    while k > 1 and words[k - 1] in KIND_WORDS:
        k -= 1
    while k < len(words) and words[k] == "and":
        k += 1
    return words[k:]


def _with_nhs_list_joined(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'NHS Eastby, Westby' + ', ' + 'North Vale and South Vale CCGs' -> one span: a list of
    places between NHS and a plural head, which the commas had cut in two."""
    toks = doc_tokens(doc)
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        prev = out[-1] if out else None
        words = tokens_text(doc, s, e).split()
        if prev and prev[1] == s - 1 and toks[s - 1].text == "," and toks[prev[0]].text == "NHS" \
                and words and words[-1] in PLURAL_HEADS and "and" in words:
            out[-1] = (prev[0], e)
            continue
        out.append((s, e))
    return out


def boroughs_of(doc: Doc, s: int, e: int) -> list[tuple[int, int, str]]:
    """'the London Boroughs of Newham, Tower Hamlets and Waltham Forest' -> 'London Borough of
    Newham', ...: each place after the plural, its own span."""
    toks = doc_tokens(doc)
    if tokens_text(doc, s, e) not in {"London Boroughs", "Royal Boroughs"} or e >= len(toks) or toks[e].text != "of":
        return []
    places, k, start = [], e + 1, e + 1
    while k <= len(toks):
        t = toks[k] if k < len(toks) else None
        if t is not None and (t.text in {"-", "upon", "on"} or t.is_title and not t.is_punct):
            k += 1
            continue
        if k > start:
            places.append((start, k))
        if t is None or not (t.text == "," or t.lower_ == "and" and k + 1 < len(toks) and toks[k + 1].is_title):
            break
        k += 1
        start = k
    singular = tokens_text(doc, s, e)[:-1]
    return [(a, b, f"{singular} of {tokens_text(doc, a, b)}") for a, b in places] if len(places) >= 2 else []


def _split_by_known_names(doc: Doc, s: int, e: int, words: list[str]) -> list[tuple[int, int, str]] | None:
    """'West Harford and East Harford and Rutland CCGs': of the ways to part the places at an
    'and', the one whose second part the article names elsewhere with the head in the singular
    ('East Harford and Rutland CCG'), when the places hold more than one 'and'."""
    head = PLURAL_HEADS[words[-1]]
    places = words[:-1]
    cuts = [k for k, w in enumerate(places) if w == "and"]
    if len(cuts) < 2:
        return None
    text, toks = doc_text(doc), doc_tokens(doc)
    outside = (text[:toks[s].idx] + " " + text[toks[e - 1].idx:]).lower()  # the article but this span
    for k in cuts:
        left, right = " ".join(places[:k]), " ".join(places[k + 1:])
        if left and f"{right} {head}".lower() in outside:
            return [(s, e, f"{left} {head}"), (s, e, f"{right} {head}")]
    return None


def _each_named_elsewhere(doc: Doc, s: int, e: int, places: list[str], head: str, lex: Lexicon) -> bool:
    """Whether the article names every place with the head in the singular, or the head written
    out, outside this span ('NHS Hardwick CCG' for 'Hardwick and Erewash CCGs', 'Milton Keynes
    Clinical Commissioning Group' for 'Luton and Milton Keynes CCGs'): places before a plural head
    are a list of bodies then, not one area's name ('Leicester, Leicestershire and Rutland CCGs')."""
    text, toks = doc_text(doc), doc_tokens(doc)
    outside = (text[:toks[s].idx] + " " + text[toks[e - 1].idx + len(toks[e - 1].text):]).lower()
    heads = "|".join(re.escape(h.lower()) for h in {head, lex.abbreviations.get(head, head)})
    return all(re.search(rf"\b{re.escape(p.lower())} (?:{heads})\b", outside) for p in places)


#: One-word parts that share the rest of a place's name before a plural head: "East, North and
#: South Ayrshire Councils" (not "Luton and Milton Keynes CCGs": whole places; kind words are
#: shared whatever the places: "Caerphilly and Torfaen County Borough Councils").
AREA_MODIFIERS = COMPASS_WORDS | {"Mid", "Greater", "Inner", "Outer", "Upper", "Lower", "Northern", "Southern",
                                  "Eastern", "Western"}


def _an_acronym_plural(word: str) -> bool:
    """'CCGs', 'IJBs': a plural only several bodies wear ('London Councils' is one body's name)."""
    return len(word) > 2 and word.endswith("s") and word[:-1].isupper()


def distribute_plural_heads(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """'North West London and North Central London ICBs' -> each name with the head, singular."""
    toks = doc_tokens(doc)
    out = []
    lex = lexicon.load()
    headless = {(s, e) for s, e in spans if not _has_head(tokens_text(doc, s, e), lex)}  # the tagger's guesses: places
    covered = {i for s, e in spans if (s, e) not in headless for i in range(s, e)}
    led: set[tuple[int, int]] = set()  # places a plural head after them took over
    for s, e in _with_nhs_list_joined(doc, spans):
        words = tokens_text(doc, s, e).split()
        if words and words[-1].islower() and words[-1].capitalize() in PLURAL_HEADS:
            if not {"and", "&"} & set(words) and "," not in " ".join(words) or words[-1] == "trusts":
                continue  # "the five Gwent councils", "Norfolk and Suffolk mental health trusts": unnamed bodies
            # "Merthyr Tydfil and Rhondda Cynon Taf county borough councils": the head in lower case
            words = [w.capitalize() if w in HEAD_WORDS - {"and"} else w for w in words]
        last = words[-1] if words else ""
        if last in PLURAL_HEADS and len(words) == 2 and words[0] != "NHS" and s > 0 \
                and (toks[s - 1].like_num or toks[s - 1].lower_ in {"both", "all"}):
            continue  # "the three BLMK CCGs", "both Harford Councils": a count of bodies ("London Councils" is one)
        if last in PLURAL_HEADS and words[0] == "NHS" and words[1:-1].count("NHS") >= 1:
            # "NHS Chorley and South Ribble and NHS Greater Preston CCGs": each NHS opens a name
            names = re.split(r",?\s+(?:and|&)\s+(?=NHS\b)|,\s*(?=NHS\b)", " ".join(words[:-1]))
            out.extend((s, e, f"{name.strip()} {PLURAL_HEADS[last]}") for name in names if len(name.split()) >= 2)
            continue
        if last in PLURAL_HEADS and "and" in words[:-1] and words[0] == "NHS" and len(words) > 3:
            # "NHS Avonmere, Brackwater and Chiltern CCGs": NHS and the head go with every place
            places = [p.strip() for p in re.split(r",\s*|\s+and\s+", " ".join(words[1:-1])) if p.strip()]
            out.extend((s, e, f"NHS {place} {PLURAL_HEADS[last]}") for place in places)
            continue
        boroughs = boroughs_of(doc, s, e)
        if boroughs:
            out.extend(boroughs)
            continue
        shared = _places_before_compound_head(doc, s, e) if last in PLURAL_HEADS else None
        if shared:
            out.extend(shared)
            continue
        known = _split_by_known_names(doc, s, e, words) if last in PLURAL_HEADS else None
        if known:  # "West Harford and East Harford and Rutland CCGs", with "East Harford and Rutland CCG" named
            out.extend(known)
            continue
        if last in PLURAL_HEADS and "and" in words[:-1]:
            parts = " ".join(words[:-1]).split(" and ")
            if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts):
                # "Merthyr Tydfil and Rhondda Cynon Taf County Borough Councils": the kind words
                # before the head go with a first name that has none of its own
                kind = _kind_words(parts[1].split())
                first = parts[0] if _kind_words(parts[0].split()) else " ".join([parts[0]] + kind)
                for part in (first, parts[1]):
                    out.append((s, e, f"{part} {PLURAL_HEADS[last]}"))
                continue
            # "East, North and South Ayrshire Councils": one-word parts share the rest of the name
            lead = []
            k = s
            while k >= 2 and toks[k - 1].text == "," and toks[k - 2].is_title and toks[k - 2].pos_ == "PROPN" \
                    and k - 2 not in covered:  # not the last word of a body before the list ("... Health Board,")
                j = k - 2  # "Blaenau Gwent, Caerphilly and Torfaen ...": a place may have two words
                while j >= 1 and k - 1 - j < 3 and toks[j - 1].is_title and toks[j - 1].pos_ == "PROPN" \
                        and j - 1 not in covered and not toks[j].is_sent_start:
                    j -= 1
                lead.insert(0, tokens_text(doc, j, k - 1))
                led.add((j, k - 1))
                k = j
            first, rest = parts[0].split(), parts[-1].split()
            if len(parts) == 2 and len(first) == 1 and len(rest) >= 2 \
                    and (all(w in KIND_WORDS for w in rest[1:]) or all(w in AREA_MODIFIERS for w in lead + first + rest[:1])):
                shared = " ".join(rest[1:])
                for word in lead + first + [rest[0]]:
                    out.append((k if word in lead else s, e, f"{word} {shared} {PLURAL_HEADS[last]}"))
                continue
            if len(parts) == 2 and len(first) == 1 and len(rest) <= 3 \
                    and (_each_named_elsewhere(doc, s, e, lead + parts, PLURAL_HEADS[last], lex)
                         or _an_acronym_plural(last) and not lead):  # "Renfrewshire and Inverclyde IJBs": two bodies
                for place in lead + parts:  # "Hardwick and Erewash CCGs" after "NHS Hardwick CCG"
                    out.append((k if place in lead else s, e, f"{place} {PLURAL_HEADS[last]}"))
                continue
        if last == "Trusts" and "of" not in words:
            continue  # "the Southern and Western Trusts", "HSC Trusts": trusts of a kind (not "Association of Acute Trusts")
        out.append((s, e, tokens_text(doc, s, e)))
    return [x for x in out if not ((x[0], x[1]) in led and x[2] == tokens_text(doc, x[0], x[1]))]
