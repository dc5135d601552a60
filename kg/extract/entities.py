"""Find the people and organisations an article mentions and link every mention to one entity.

Organisations come from two sources that cover each other's gaps: spaCy's NER, and runs of
capitalised words ending in an organisation head word from kg/data/org_heads.txt
("Sefton Council for Voluntary Service", "Chelsea and Westminster Hospital NHS Foundation
Trust", which the small NER model splits at "and"). Mentions are then grouped into entities:
trailing abbreviations expanded (CCG -> Clinical Commissioning Group), acronyms defined in
brackets or matching initials, short forms that begin a longer name ("Pennine Care"), two
councils of the same place, and definite descriptions ("the council", "the trust") linked to
the nearest organisation of that kind.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..facts import Organisation, Person
from . import lexicon
from .lexicon import Lexicon

CONNECTORS = {"and", "&", "of", "for", "upon"}
PLACE_LABELS = {"GPE", "LOC", "ORG", "NORP", "FAC"}
#: Words an NHS body's full name adds to the name it goes by ("Leeds Community Healthcare NHS Trust").
TRUST_SUFFIX = lexicon.words("trust_suffix")
GENERIC_ACRONYMS = lexicon.words("generic_acronyms")
NOT_ORG = lexicon.words("not_org")
#: Nouns that refer back to an organisation of a kind: "the council", "the trust", ...
GENERIC_NOUNS = lexicon.mapping("generic_nouns")
PLACE_NOISE = lexicon.words("place_noise")
#: Words that say what kind of body something is but not which one: a name made only of
#: these ("Integration Joint Boards", "every Health Board") is not a name.
GENERIC_WORDS = (PLACE_NOISE - {"together"}) | {"every", "first", "new", "scheme", "boards", "councils", "partnerships", "trusts",
                               "authority", "authorities", "groups", "systems", "hospitals", "provider", "icbs",
                               "ccgs", "organisations", "organisation", "national", "regional", "area", "areas",
                               "primary", "secondary", "acute", "adult", "adults", "children", "public", "sector",
                               "government", "improved", "improving", "better"}
#: Last words that make a capitalised phrase something other than an organisation.
NON_ORG_ENDERS = lexicon.words("non_org_enders")
#: Plural heads shared by coordinated names: "North West London and North Central London ICBs".
PLURAL_HEADS = lexicon.mapping("plural_heads")


@dataclass
class Mention:
    start: int  # token index in the doc
    end: int
    text: str
    kind: str  # "ORG" or "PERSON"
    entity: str = ""  # canonical name, filled by linking
    generic: bool = False  # "the council"


@dataclass
class Entities:
    """Every linked mention of one article, with lookups by token."""
    orgs: dict[str, Organisation] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
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
        named = Counter(m.entity for m in self.mentions if m.kind == "ORG")
        return named.most_common(1)[0][0] if named else None

    def org_by_kind(self, kind: str, before: int | None = None) -> str | None:
        """The organisation of `kind` mentioned last before token `before` (else the most mentioned)."""
        named = [m for m in self.mentions if m.kind == "ORG" and not m.generic
                 and self.orgs[m.entity].kind == kind]
        if before is not None:
            prior = [m for m in named if m.start < before]
            if prior:
                return prior[-1].entity
        if named:
            return Counter(m.entity for m in named).most_common(1)[0][0]
        return None


# --- names ----------------------------------------------------------------------------------
def fix_case(name: str) -> str:
    """'TRAFFORD Council' -> 'Trafford Council': shouted words are not acronyms past four letters;
    'Hertfordshire county council' -> 'Hertfordshire County Council': a head in lower case."""
    words = [w.capitalize() if len(w) >= 5 and w.isupper() and w.isalpha() else w for w in name.split()]
    if words and words[0][:1].isupper() and words[-1] in LOWER_HEAD_ENDS:
        words = [w.upper() if w == "nhs" else w.capitalize() if w in LOWER_HEAD_WORDS - {"and"} else w for w in words]
    return " ".join(words)


def expand_abbreviation(name: str, lex: Lexicon) -> str:
    """'Nottingham City CCG' -> 'Nottingham City Clinical Commissioning Group'."""
    words = name.split()
    if len(words) >= 2 and words[-1] in lex.abbreviations:
        return " ".join(words[:-1] + [lex.abbreviations[words[-1]]])
    return name


def clean_org_text(span: Span) -> tuple[int, int] | None:
    """Token bounds of an organisation name inside `span`: no leading 'the', no trailing 's."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in {"the", "a", "an", "our", "its", "their", "this"} or
                           doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct
                           or doc[end - 1].is_space):
        end -= 1
    if end <= start:
        return None
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


def is_generic_name(name: str) -> bool:
    return all(w.lower().strip(",") in GENERIC_WORDS for w in name.split())


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


# --- organisation mentions ---------------------------------------------------------------------
def _is_cap(tok) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and (tok.pos_ not in {"DET", "PRON"} or t == "All") \
        and t not in {"I", "But", "And", "Or", "If", "As", "So", "We", "It", "The", "A", "An"}


def _head_ends(tokens: list, lex: Lexicon) -> list[int]:
    """Indices (into `tokens`) where an organisation head phrase ends."""
    texts = [("NHS" if t.text == "nhs" else t.text.capitalize()) if t.text.islower() and t.lower_ in LOWER_HEAD_WORDS
             else t.text for t in tokens]
    ends = []
    for i in range(len(tokens)):
        for head in lex.org_heads:
            n = len(head)
            if i + 1 >= n and tuple(texts[i + 1 - n:i + 1]) == head:
                ends.append(i)
                break
    return ends


def capitalised_runs(sent: Span) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, allowing connectors ('and', 'of', '&') between them."""
    runs = []
    doc = sent.doc
    i = sent.start
    while i < sent.end:
        if not _is_cap(doc[i]) or doc[i].is_punct:
            i += 1
            continue
        j = i + 1
        while j < sent.end:
            if _is_cap(doc[j]) and not doc[j].is_punct and "\n" not in doc[j].text:
                j += 1
            elif (doc[j].lower_ in CONNECTORS and j + 1 < sent.end and _is_cap(doc[j + 1])
                  and not doc[j + 1].is_punct):
                j += 1
            elif doc[j].text == "-" and j + 1 < sent.end and _is_cap(doc[j + 1]) and doc[j].whitespace_ == "":
                j += 1
            elif (doc[j].text == "," and j + 2 < sent.end and _is_cap(doc[j + 1]) and doc[j - 1].pos_ == "PROPN"
                  and doc[j - 2].text == "NHS"):
                j += 1  # "NHS Birmingham, Black Country and Solihull ICB"
            elif doc[j].text == "," and j + 1 < sent.end and _is_cap(doc[j + 1]) and doc[j - 1].pos_ == "PROPN" \
                    and _comma_inside_name(doc, j, sent.end):
                j += 1  # "Wrightington, Wigan and Leigh NHS Foundation Trust"
            elif doc[j].lower_ in {"cluster"} and doc[j - 1].text in {"ICB", "ICS", "CCG"}:
                j += 1
                break
            else:
                break
        j = _lower_case_head(doc, j, sent.end)
        runs.append((i, j))
        i = j
    return runs


#: Words of an organisation's head that news may write in lower case ("Hertfordshire county
#: council", "Airedale NHS foundation trust", "Cardiff and Vale University health board").
LOWER_HEAD_WORDS = lexicon.words("lower_head_words")
LOWER_HEAD_ENDS = lexicon.words("lower_head_ends")


def _lower_case_head(doc: Doc, j: int, end: int) -> int:
    """The end of a capitalised run extended over a head written in lower case."""
    k = j
    while k < end and k - j < 6 and doc[k].lower_ in LOWER_HEAD_WORDS and not doc[k].text[:1].isupper() \
            and "\n" not in doc[k - 1].whitespace_:
        k += 1
    while k > j and doc[k - 1].lower_ not in LOWER_HEAD_ENDS:
        k -= 1
    return k if k > j and doc[j].lower_ != "and" else j


def _title_word(tok) -> bool:
    from .lexicon import load

    return load().is_title_word(tok.text)


NAME_PREFIXES = tuple(sorted((tuple(p.split()) for p in lexicon.words("name_prefixes")), key=len, reverse=True))


def _prefixed_name(tokens: list) -> bool:
    """'London Borough of X', 'Royal Borough of X', 'City and County of X': a prefix, 'of', a place."""
    texts = tuple(t.text for t in tokens)
    return any(texts[:len(p)] == p and len(texts) > len(p) + 1 and texts[len(p)] == "of" for p in NAME_PREFIXES)


def _comma_inside_name(doc: Doc, j: int, end: int) -> bool:
    """A comma inside one name lists places before 'and' and the name's head: 'Bedfordshire,
    Luton and Milton Keynes ICB'; not a comma between two names ('X Council, Y Council')."""
    if doc[j - 1].text in {"Council", "Trust", "Board", "Group", "CCG", "ICB", "Partnership", "ICS"} \
            or doc[j - 1].ent_type_ == "PERSON" or doc[j + 1].text == "NHS" or _title_word(doc[j - 1]):
        return False
    k = j + 1
    while k < end and k - j <= 4 and _is_cap(doc[k]) and not doc[k].is_punct:
        k += 1
    if k >= end or doc[k].lower_ not in {"and", "&"}:
        return False
    k += 1
    while k < end and k - j <= 12 and _is_cap(doc[k]) and not doc[k].is_punct:
        if doc[k].text in {"Council", "Trust", "Board", "Group", "CCG", "ICB", "ICS", "Partnership", "FT", "Authority"}:
            return True
        k += 1
    return False


def org_spans_from_runs(sent: Span, lex: Lexicon) -> list[tuple[int, int]]:
    """Organisation names in a sentence: pieces of capitalised runs that end in a head word."""
    doc = sent.doc
    found = []
    for start, end in capitalised_runs(sent):
        tokens = [doc[k] for k in range(start, end)]
        # "Health Service Journal Awards 2023": the scheme's name holds the organisation;
        # "Place Based Partnership and Integrated Care Award" is an award, not an organisation
        while tokens and tokens[-1].like_num:
            tokens.pop()
            end -= 1
        if not tokens or any("/" in t.text for t in tokens):
            continue
        if tokens[-1].lower_ == "awards":
            tokens.pop()
            end -= 1
        elif tokens[-1].lower_ in NON_ORG_ENDERS:
            continue
        if not tokens:
            continue
        ends = _head_ends(tokens, lex)
        piece_start = 0
        ends = [e for e in ends if not (e + 1 < len(tokens) and lex.is_title_word(tokens[e + 1].text))]
        for e in ends:
            # a head followed by more of the name ("... Hospital NHS Foundation Trust") is not its end
            later = [x for x in ends if x > e]
            if later and all(t.lower_ not in {"and", "&"} for t in tokens[e + 1:later[0] + 1]):
                continue
            s = piece_start
            # a title or a person before "of"/"for" is not part of the name: "Chair of NHS X Board",
            # "Dr Ann Lee of Westbury Hospice"
            for k in range(e - 1, s - 1, -1):
                if tokens[k].lower_ in {"of", "for", "in", "from", "at"} and any(
                        lex.is_title_word(t.text) or t.ent_type_ == "PERSON" or t.text in lex.prefixes
                        for t in tokens[s:k]):
                    s = k + 1
                    break
            # trailing place or name words after the last head: "Life Sciences Hub Wales"
            if e == ends[-1]:
                k = e + 1
                while k < len(tokens) and k - e <= 2 and tokens[k].is_title \
                        and not lex.is_title_word(tokens[k].text) and tokens[k].lower_ not in CONNECTORS:
                    k += 1
                if k == len(tokens):
                    e = k - 1
            if e - s >= 1 or (tokens[e].text.isupper() and tokens[e].text not in GENERIC_ACRONYMS):
                found.append((start + s, start + e + 1))
            piece_start = e + 1
            while piece_start < len(tokens) and tokens[piece_start].lower_ in CONNECTORS:
                piece_start += 1
        # "NHS Highland", "NHS Ayrshire & Arran", "NHS England": NHS and a place; "NHS Lothian and
        # NHS Fife" are two
        if tokens[0].text == "NHS" and len(tokens) >= 2 and not ends:
            cuts = [n for n in range(1, len(tokens) - 1) if tokens[n].lower_ in {"and", ","}
                    and tokens[n + 1].text == "NHS"] + [len(tokens)]
            piece = 0
            for cut in cuts:
                if cut - piece >= 2:
                    found.append((start + piece, start + cut))
                piece = cut + 1
        elif _prefixed_name(tokens):  # "London Borough of Ashwick", "City and County of Swansea"
            found.append((start, end))
        elif not ends and len(tokens) >= 3:  # "Chief Executive NHS Lothian Tim Davison": a title, then NHS
            k = next((n for n, t in enumerate(tokens) if t.text == "NHS"), None)
            lead = " ".join(t.lower_ for t in tokens[:k] if t.lower_ not in {"interim", "acting", "deputy"})
            if k and (lead in lex.title_phrases or all(lex.is_title_word(w) for w in lead.split())):
                stop = next((n for n in range(k + 1, len(tokens)) if tokens[n].ent_type_ == "PERSON"), len(tokens))
                if stop - k >= 2:
                    found.append((start + k, start + stop))
    return found


def strip_title_prefix(doc: Doc, s: int, e: int, lex: Lexicon) -> int:
    """Start of the name once a leading title is cut: 'Chair of [NHS South Cheshire CCG]'."""
    for k in range(e - 1, s - 1, -1):
        if doc[k].lower_ in {"of", "for"} and any(lex.is_title_word(t.text) for t in doc[s:k]):
            return k + 1
    return s


def org_spans_from_ner(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or "\n" in ent.text or "," in ent.text:
            continue
        bounds = clean_org_text(ent)
        if not bounds:
            continue
        s, e = bounds
        if "(" in [t.text for t in doc[s:e]]:
            e = next(t.i for t in doc[s:e] if t.text == "(")
        s = strip_title_prefix(doc, s, e, lex)
        if e <= s:
            continue
        words = [t.text for t in doc[s:e]]
        text = " ".join(words)
        if text.lower() in NOT_ORG or words[-1].lower() in {"award", "awards"} or text in GENERIC_ACRONYMS:
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
        if e < len(doc) and lex.is_title_word(doc[e].text):
            continue  # "Integrated Network [Director]": part of a title
        while len(words) > 1 and words[-1].lower() in CONNECTORS | {"the"}:
            words.pop()  # "Integrated Care Initiative of [the Year]"
            e -= 1
        if words[-1].lower() in NON_ORG_ENDERS or any("/" in w for w in words):
            continue
        if e < len(doc) and doc[e].lower_ in NON_ORG_ENDERS | {"service", "services"}:
            continue  # "the Patient Safety category", "the Home First service"
        if len(words) == 1 and not (words[0].isupper() and len(words[0]) >= 3):
            continue  # a lone place name ("Nottingham") tagged ORG
        if all(w[:1].islower() for w in words[1:]) and len(words) > 1:
            continue
        # the domain of a title ("Director of [Primary Care Development]") is not an organisation
        if s >= 2 and doc[s - 1].lower_ in {"of", "for"} and lex.is_title_word(doc[s - 2].text) \
                and not lex.is_head_word(words[-1]):
            continue
        out.append((s, e))
    return out


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping spans, preferring the longer of two that overlap."""
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(chosen)


# --- people ------------------------------------------------------------------------------------
def person_spans(doc: Doc, lex: Lexicon, org_spans: list[tuple[int, int]]) -> list[tuple[int, int, list[str], list[str]]]:
    """(start, end, prefixes, suffixes) of person names with honorifics split off."""
    org_tokens = {i for s, e in org_spans for i in range(s, e)}
    out = []
    candidates = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"]
    for ent in doc.ents:  # "Amanda Pritchard, Deputy Chief Executive of ..." tagged ORG
        if ent.label_ == "ORG" and 2 <= len(ent) <= 4 and all(t.pos_ == "PROPN" and t.is_title or t.text == "-"
                                                                for t in ent) \
                and not lex.is_head_word(ent[-1].text) and ent.end + 2 < len(doc):
            appositive = doc[ent.end].text == "," and any(lex.is_title_word(t.text) for t in doc[ent.end + 1:ent.end + 5])
            # the subject of "will step in as interim chief officer", "has been appointed chair"
            subject = ent[-1].dep_ in {"nsubj", "nsubjpass"} and any(
                t.lower_ in {"as", "be", "appointed", "named"} and any(lex.is_title_word(x.text) for x in doc[t.i + 1:t.i + 5])
                for t in doc[ent.end:min(ent.sent.end, ent.end + 10)])
            if appositive or subject:
                candidates.append((ent.start, ent.end))
                org_tokens -= set(range(ent.start, ent.end))
    # honorific + capitalised words: "Councillor Michael Jones", "Cllr Alex Norris"
    for tok in doc:
        if tok.text in lex.prefixes or tok.text.rstrip(".") in lex.prefixes:
            j = tok.i + 1
            if j < len(doc) and doc[j].text == ".":
                j += 1
            k = j
            while k < len(doc) and k - j < 3 and doc[k].text[:1].isupper() and doc[k].is_alpha \
                    and doc[k].text not in lex.prefixes and "\n" not in doc[k].text:
                k += 1
            if k - j >= 2:
                candidates.append((tok.i, k))
    for s, e in candidates:
        prefixes, suffixes = [], []
        while e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ \
                and doc[e + 1].is_title:
            e += 2  # "Carole Allaway-Martin" where NER stopped at the hyphen
        # honorifics inside the span, or just before it
        while s < e and (doc[s].text in lex.prefixes or doc[s].text.rstrip(".") in lex.prefixes or doc[s].text == "."):
            if doc[s].text != ".":
                prefixes.append(doc[s].text.rstrip("."))
            s += 1
        k = s - 1
        while k >= 0 and (doc[k].text in lex.prefixes or doc[k].text.rstrip(".") in lex.prefixes or doc[k].text == "."):
            if doc[k].text != ".":
                prefixes.insert(0, doc[k].text.rstrip("."))
            k -= 1
        while e > s and (doc[e - 1].text in lex.suffixes or doc[e - 1].is_punct or doc[e - 1].text in {"'s", "’s"}):
            if doc[e - 1].text in lex.suffixes:
                suffixes.insert(0, doc[e - 1].text)
            e -= 1
        j = e
        while j < len(doc) and (doc[j].text in lex.suffixes or (doc[j].text == "," and j + 1 < len(doc)
                                                                  and doc[j + 1].text in lex.suffixes)):
            if doc[j].text in lex.suffixes:
                suffixes.append(doc[j].text)
            j += 1
        words = [t for t in doc[s:e]]
        if not words or any(t.i in org_tokens for t in words):
            continue
        if any("\n" in t.text or not (t.is_alpha or "-" in t.text or "'" in t.text) for t in words):
            continue
        if any(lex.is_title_word(t.text) or t.text in GENERIC_ACRONYMS for t in words):
            continue
        low = " ".join(t.lower_ for t in words)
        if any(phrase in low for phrase in lex.title_phrases):
            continue
        if any(lex.is_head_word(t.text) for t in words):
            continue
        if not all(t.text[:1].isupper() or t.text == "-" for t in words):
            continue
        out.append((s, e, prefixes, suffixes))
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
    out = []
    tokens = list(doc)  # one pass: spaCy builds a new Token object on every index
    places = {t.text for t in tokens if t.ent_type_ in PLACE_LABELS}
    # words standing alone before "said" / "'s": where a surname recurs
    alone_at: dict[str, list[int]] = defaultdict(list)
    for t in tokens[1:-1]:
        if tokens[t.i + 1].lower_ in {"said", "says", "'s", "’s", "added"} and not tokens[t.i - 1].is_title:
            alone_at[t.text].append(t.i)
    for tok in tokens[:-1]:
        nxt = tokens[tok.i + 1]
        if tok.i in taken or nxt.i in taken or not (tok.is_title and nxt.is_title and tok.is_alpha and nxt.is_alpha) \
                or (tok.i > 0 and doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha and not doc[tok.i - 1].is_sent_start
                    and doc[tok.i - 1].text not in lex.prefixes):
            continue
        if tok.pos_ != "PROPN" or nxt.pos_ != "PROPN" or (tok.i > 0 and doc[tok.i - 1].is_title
                                                          and doc[tok.i - 1].pos_ == "PROPN"):
            continue
        if lex.is_title_word(tok.text) or lex.is_title_word(nxt.text) or tok.text in lex.prefixes:
            continue
        if tok.ent_type_ in PLACE_LABELS or nxt.ent_type_ in PLACE_LABELS or nxt.text in places:
            continue
        alone = [i for i in alone_at.get(nxt.text, ()) if i != nxt.i and i not in taken]
        end = tok.i + 2
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
            end += 2  # "Helen Charlesworth-May"
        appositive_title = end + 1 < len(doc) and doc[end].text == "," and any(
            lex.is_title_word(t.text) for t in doc[end + 1:end + 6])
        if alone or (appositive_title and not any(t.i in taken for t in doc[tok.i:end])):
            out.append((tok.i, end))
    return out


# --- linking --------------------------------------------------------------------------------------
def generic_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    """'the council', 'the CCG', "the group's": definite descriptions of an organisation."""
    out = []
    for tok in doc:
        if tok.lower_ not in {"the", "our", "this"} or tok.i in taken:
            continue
        for n in (3, 2, 1):
            words = doc[tok.i + 1:tok.i + 1 + n]
            if len(words) < n or any(t.i in taken for t in words):
                continue
            phrase = " ".join(t.lower_ for t in words)
            if phrase in GENERIC_NOUNS:
                nxt = doc[tok.i + 1 + n] if tok.i + 1 + n < len(doc) else None
                if nxt is not None and nxt.text[:1].isupper() and nxt.pos_ == "PROPN" and not nxt.is_sent_start:
                    break  # "the Council Leader ..." / "the Trust Board" - not a reference
                out.append(Mention(tok.i, tok.i + 1 + n, doc[tok.i:tok.i + 1 + n].text, "ORG", generic=True))
                break
    return out


INITIALS_SKIP = {"and", "of", "the", "for", "&", "in"}


def names_before_acronyms(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """Names written in lower case but fixed by a bracketed acronym and a possessive place:
    "West Norfolk's Clinical Commissioning Group (CCG)", "Argyll and Bute's health and social
    care partnership (HSCP)" -> (start, end, 'Argyll and Bute Health and Social Care Partnership')."""
    out = []
    for tok in doc:
        if tok.text != "(" or tok.i + 2 >= len(doc) or doc[tok.i + 2].text != ")":
            continue
        acr = doc[tok.i + 1].text
        if not (acr.isalpha() and acr.isupper() and 2 <= len(acr) <= 6) or tok.i - 1 in taken:
            continue
        words: list = []
        k = tok.i - 1
        while k >= 0 and len(words) < 10 and (doc[k].is_alpha or doc[k].text == "&"):
            words.insert(0, doc[k])
            letters = "".join(w.text[0] for w in words if w.lower_ not in INITIALS_SKIP).upper()
            if letters == acr and words[0].lower_ not in INITIALS_SKIP:
                break
            k -= 1
        else:
            continue
        letters = "".join(w.text[0] for w in words if w.lower_ not in INITIALS_SKIP).upper()
        if letters != acr or k < 2 or doc[k - 1].text not in {"'s", "’s"}:
            continue
        p = k - 2
        place = []
        while p >= 0 and (doc[p].is_title or (doc[p].lower_ == "and" and place)) and doc[p].pos_ != "DET":
            place.insert(0, doc[p])
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
    out = []
    for s, e in spans:
        if e + 1 < len(doc) and doc[e].lower_ == "and" and doc[e + 1].text in lex.abbreviations \
                and doc[e - 1].text in lex.abbreviations and e - s >= 2:
            out.append((e + 1, e + 2, " ".join(t.text for t in doc[s:e - 1]) + " " + doc[e + 1].text))
    return out


def find_entities(doc: Doc, lex: Lexicon) -> Entities:
    """All person and organisation mentions of `doc`, linked to canonical entities."""
    spans = []
    for sent in doc.sents:
        spans.extend(org_spans_from_runs(sent, lex))
    spans = merge_spans(spans + org_spans_from_ner(doc, lex))
    spans = [sp for sp in spans if doc[sp[0]:sp[1]].text.lower() not in NOT_ORG
             and not is_generic_name(doc[sp[0]:sp[1]].text)
             and doc[sp[0]].text.rstrip(".") not in lex.prefixes]  # "Ms Connor" is a person

    spans = split_coordinated(doc, spans, lex)
    ents = Entities()
    people = person_spans(doc, lex, spans)
    person_tokens = {i for s, e, _, _ in people for i in range(s, e)}
    person_names = {doc[s:e].text for s, e, _, _ in people}
    person_words = {w for n in person_names for w in n.split()}
    org_mentions = [Mention(s, e, text, "ORG") for s, e, text in distribute_plural_heads(doc, spans)
                    if not any(i in person_tokens for i in range(s, e))
                    and not all(w in person_words for w in doc[s:e].text.split())]
    span_tokens = {i for s, e in spans for i in range(s, e)}
    described = names_before_acronyms(doc, span_tokens)
    org_mentions += [Mention(s, e, name, "ORG") for s, e, name in described]
    org_mentions += [Mention(s, e, name, "ORG") for s, e, name in shared_prefix_abbreviations(doc, spans, lex)]
    _link_orgs(doc, org_mentions, ents, lex)
    for s, e, name in described:  # the text as written is an alias of the name it stands for
        for m in ents.mentions:
            if m.start == s and m.kind == "ORG":
                ents.orgs[m.entity].aliases.add(" ".join(doc[s:e].text.split()))
    taken = {i for m in ents.mentions for i in range(m.start, m.end)} | person_tokens
    people += [(s, e, [], []) for s, e in names_by_recurring_surname(doc, taken, lex)]
    _link_people(doc, people, ents, lex, taken)
    taken |= {i for m in ents.mentions for i in range(m.start, m.end)}
    _add_short_forms(doc, ents, taken, lex)
    _add_bare_acronyms(doc, ents, {i for m in ents.mentions for i in range(m.start, m.end)})
    _drop_people_named_like_organisations(ents)
    taken = {i for m in ents.mentions for i in range(m.start, m.end)}
    for g in generic_mentions(doc, taken):
        kind = GENERIC_NOUNS[" ".join(g.text.lower().split()[1:])]
        target = ents.org_by_kind(kind, before=g.start) if ents.orgs else None
        if target:
            g.entity = target
            ents.mentions.append(g)
            ents.orgs[target].aliases.add(g.text if not g.text[:1].isupper() else g.text[0].lower() + g.text[1:])
    ents.index()
    return ents


def _link_orgs(doc: Doc, mentions: list[Mention], ents: Entities, lex: Lexicon) -> None:
    names: dict[str, str] = {}  # surface -> canonical

    def canon(text: str) -> str:
        return expand_abbreviation(fix_case(" ".join(text.split())), lex)

    # acronyms defined in brackets right after a name: "Health Service Journal (HSJ)"
    defined: dict[str, str] = {}
    inside: dict[int, str] = {}  # token -> organisation whose bracketed acronym holds it
    for m in mentions:
        acr = bracketed_acronym(doc, m.end)
        if acr and acr != m.text:
            defined[acr] = canon(m.text)
            for k in range(m.end, m.end + 2 + len(acr.split())):
                inside[k] = canon(m.text)
    for m in mentions:
        m.text = " ".join(m.text.split())
    full_names = [canon(m.text) for m in mentions if not (m.text.isupper() and " " not in m.text)]
    by_initials = defaultdict(set)
    for n in full_names:
        by_initials[initials(n)].add(n)
        # acronyms often leave out "NHS": HEFT for Heart of England NHS Foundation Trust
        without_nhs = initials(" ".join(w for w in n.split() if w != "NHS"))
        if without_nhs != initials(n):
            by_initials[without_nhs].add(n)
    for m in mentions:
        text = m.text
        if m.start in inside and inside[m.start] != canon(text):
            m.entity = inside[m.start]
        elif text in defined:
            m.entity = defined[text]
        elif text.isupper() and " " not in text:
            owners = by_initials.get(text) or by_initials.get(text.replace("&", ""))
            m.entity = next(iter(owners)) if owners and len(owners) == 1 else canon(text)
        else:
            m.entity = canon(text)
        names[text] = m.entity

    # short forms: a name that begins a longer name of the article ("Pennine Care"), or two
    # councils of one place ("Tameside Council", "Tameside Metropolitan Borough Council")
    canon_names = sorted({m.entity for m in mentions}, key=len, reverse=True)
    merge: dict[str, str] = {}
    for short in canon_names:
        for long in canon_names:
            if long == short or len(long) <= len(short):
                continue
            rest = long[len(short):].split()
            if long.startswith(short + " ") and len(short.split()) >= 2 and (
                    not _has_head(short, lex) or all(w.lower() in TRUST_SUFFIX for w in rest)):
                merge[short] = long
                break
            if (lex.kind_of(short) == lex.kind_of(long) == "LocalAuthority" and place_of(short)
                    and place_of(short) == place_of(long)):
                merge[short] = long
                break
    for m in mentions:
        while m.entity in merge:
            m.entity = merge[m.entity]

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


def bracketed_acronym(doc: Doc, i: int) -> str | None:
    """'(HSJ)' or '(T&G IC FT)' starting at token i, as written."""
    if i >= len(doc) or doc[i].text != "(":
        return None
    j = i + 1
    while j < len(doc) and j - i <= 5 and doc[j].text != ")":
        j += 1
    if j >= len(doc) or doc[j].text != ")" or j == i + 1:
        return None
    text = doc[i + 1:j].text
    if re.fullmatch(r"[A-Z][A-Za-z&]*[A-Z](?: [A-Z&]{2,})*", text):
        return text
    return None


def split_coordinated(doc: Doc, spans: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """'Pennine Care and Trafford Council' -> two names, when both sides stand alone as
    names elsewhere or the left side has a head of its own."""
    known = {" ".join(doc[s:e].text.split()) for s, e in spans}
    out = []
    for s, e in spans:
        cut = None
        for k in range(s + 1, e - 1):
            if doc[k].lower_ not in {"and", "&", ","}:
                continue
            left = doc[s:k].text
            if doc[k].text == ",":  # "Barts Health NHS Trust, East London NHS Foundation Trust": two names
                if _has_head(left, lex) and _has_head(doc[k + 1:e].text, lex) and len(left.split()) >= 2 \
                        and left.split()[-1] in {"Trust", "Council", "Board", "Group", "CCG", "ICB", "Partnership"}:
                    cut = k
                    break
                continue
            right = doc[k + 1:e].text
            whole = doc[s:e].text
            left_known = any((name.startswith(left + " ") or name == left) and _has_head(name, lex)
                             and not (whole in name or name in whole) for name in known)
            # "NHS Fife and Fife Council": an NHS body, then a second name of the same place
            nhs_body = doc[s].text == "NHS" and k - s >= 2 and right.split()[0] in left.split()
            if (left_known or nhs_body or _has_head(left, lex)) and _has_head(right, lex) and len(left.split()) >= 2:
                cut = k
                break
        if cut is None:
            out.append((s, e))
        else:
            out.extend([(s, cut), (cut + 1, e)])
    return out


def distribute_plural_heads(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """'North West London and North Central London ICBs' -> each name with the head, singular."""
    out = []
    for s, e in spans:
        last = doc[e - 1].text
        words = doc[s:e].text.split()
        if last in PLURAL_HEADS and "and" in words[:-1]:
            parts = " ".join(words[:-1]).split(" and ")
            if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts):
                for part in parts:
                    out.append((s, e, f"{part} {PLURAL_HEADS[last]}"))
                continue
            # "East, North and South Ayrshire Councils": one-word parts share the rest of the name
            lead = []
            k = s
            while k >= 2 and doc[k - 1].text == "," and doc[k - 2].is_title and doc[k - 2].pos_ == "PROPN":
                lead.insert(0, doc[k - 2].text)
                k -= 2
            first, rest = parts[0].split(), parts[-1].split()
            if len(parts) == 2 and len(first) == 1 and len(rest) >= 2:
                shared = " ".join(rest[1:])
                for word in lead + first + [rest[0]]:
                    out.append((k if word in lead else s, e, f"{word} {shared} {PLURAL_HEADS[last]}"))
                continue
        out.append((s, e, doc[s:e].text))
    return out


def _add_short_forms(doc: Doc, ents: Entities, taken: set[int], lex: Lexicon) -> None:
    """Mentions no rule found but the article has named: capitalised runs that begin a known
    name ('Cheshire West and Chester'), and bare uses of a known alias or acronym ('HSJ editor')."""
    aliases: dict[tuple[str, ...], str] = {}
    for name, org in ents.orgs.items():
        for alias in org.aliases:
            if alias[:1].isupper() and (len(alias.split()) >= 2 or alias.isupper()) \
                    and alias not in GENERIC_ACRONYMS:
                aliases[tuple(alias.split())] = name
    for sent in doc.sents:
        for s, e in capitalised_runs(sent):
            if any(i in taken for i in range(s, e)):
                continue
            text = " ".join(doc[s:e].text.split())
            if len(text.split()) < 2:
                continue
            owners = [name for name in ents.orgs if name.startswith(text + " ") and not _has_head(text, lex)]
            if len(owners) == 1:
                ents.mentions.append(Mention(s, e, text, "ORG", entity=owners[0]))
                ents.orgs[owners[0]].aliases.add(text)
                taken.update(range(s, e))
    words = [t.text for t in doc]
    for key, name in sorted(aliases.items(), key=lambda kv: -len(kv[0])):
        n = len(key)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == key and not any(k in taken for k in range(i, i + n)):
                ents.mentions.append(Mention(i, i + n, " ".join(key), "ORG", entity=name))
                taken.update(range(i, i + n))


def _add_bare_acronyms(doc: Doc, ents: Entities, taken: set[int]) -> None:
    """'chief executive of LTHT': an acronym after a preposition names an organisation, even
    when this article never spells it out (another article may; see kg/resolve.py)."""
    for tok in doc[1:]:
        text = tok.text
        if tok.i in taken or not (text.isalpha() and text.isupper() and 3 <= len(text) <= 6) \
                or text in GENERIC_ACRONYMS or doc[tok.i - 1].lower_ not in {"of", "at", "for", "from", "with", "by"}:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            continue  # the start of a longer name
        ents.orgs.setdefault(text, Organisation(text))
        ents.mentions.append(Mention(tok.i, tok.i + 1, text, "ORG", entity=text))


def _drop_people_named_like_organisations(ents: Entities) -> None:
    """'Cheshire West' (of Cheshire West and Chester Council) or 'Long Covid' (of the Long Covid
    ... Group) tagged PERSON: a name that begins an organisation's name is not a person's."""
    names = [n for org in ents.orgs.values() for n in (org.name, *org.aliases)]
    wrong = {p for p in ents.people if any(n.startswith(p + " ") for n in names)}
    for p in wrong:
        del ents.people[p]
    ents.mentions = [m for m in ents.mentions if not (m.kind == "PERSON" and m.entity in wrong)]


def _link_people(doc: Doc, spans, ents: Entities, lex: Lexicon, taken: set[int]) -> None:
    full: dict[str, Person] = {}
    singles = []
    for s, e, prefixes, suffixes in spans:
        words = [t.text for t in doc[s:e] if t.text != "-"]
        name = " ".join(doc[s:e].text.split())  # "Helen Charlesworth-May" keeps its hyphen
        if len(words) == 1:
            singles.append((s, e, name))
            continue
        person = full.setdefault(name, Person(name))
        for h in prefixes:
            if h not in person.prefixes:
                person.prefixes.append(h)
        for h in suffixes:
            if h not in person.suffixes:
                person.suffixes.append(h)
        ents.mentions.append(Mention(s, e, name, "PERSON", entity=name))
    # surname-only or first-name-only mentions: "Bell said", "Ms Davies"
    by_part = defaultdict(set)
    for name in full:
        parts = name.split()
        by_part[parts[-1]].add(name)
        by_part[parts[0]].add(name)
    for s, e, word in singles:
        owners = by_part.get(word)
        if owners and len(owners) == 1:
            ents.mentions.append(Mention(s, e, word, "PERSON", entity=next(iter(owners))))
    # surname mentions NER missed ("Oum's previous role", "Bell said")
    covered = taken | {i for m in ents.mentions for i in range(m.start, m.end)}
    for tok in doc:
        if tok.i not in covered and tok.text in by_part and len(by_part[tok.text]) == 1 and tok.text[:1].isupper():
            owner = next(iter(by_part[tok.text]))
            if owner.split()[-1] == tok.text:
                ents.mentions.append(Mention(tok.i, tok.i + 1, tok.text, "PERSON", entity=owner))
    ents.people.update(full)
