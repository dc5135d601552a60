"""Names of public bodies: the usual case of a register's upper-case name, and the keys
under which a name is looked up whatever way an article writes it.

A name is split into a *core* (the place or distinctive words: "nottingham city") and a
*kind* ("ccg", "council", "trust", ...) found in its kind words ("NHS ... CCG",
"... Clinical Commissioning Group", "... Metropolitan Borough Council", "... MBC"), so
"NHS Nottingham City CCG" and "Nottingham City Clinical Commissioning Group" share the
key ("nottingham city", "ccg").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Words an upper-case register name keeps upper case.
ACRONYMS = {"NHS", "CCG", "ICB", "UK", "GP", "CIC", "ICS", "STP", "II", "III", "HSC", "CSU", "PCT"}
#: Words that stay lower case inside a name.
SMALL_WORDS = {"and", "of", "the", "upon", "on", "in", "for", "with", "at", "by", "to", "under", "le", "en", "y"}


def usual_case(name: str) -> str:
    """'THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST' -> 'The Newcastle upon Tyne Hospitals
    NHS Foundation Trust'; a name already in mixed case is kept as it is."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    words = name.split(" ")
    return " ".join(_case_word(w, first=(i == 0)) for i, w in enumerate(words))


def _case_word(word: str, first: bool) -> str:
    parts = re.split(r"(-)", word)
    out = []
    for j, part in enumerate(parts):
        if part == "-" or not part:
            out.append(part)
            continue
        bare = re.sub(r"[^A-Z0-9]", "", part)
        if bare in ACRONYMS:
            out.append(part)
        elif part.lower() in SMALL_WORDS and not (first and j == 0):
            out.append(part.lower())
        elif part[0].isdigit():
            out.append(part.lower())
        else:
            out.append(part[0] + part[1:].lower())
    return "".join(out)


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Comparison form: ASCII, lower case, '&' as 'and', punctuation as spaces, no leading 'the'."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "")
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
    return re.sub(r"^the ", "", text)


# kind -> (prefixes, suffixes) of folded kind words, longest first; "nhs" on its own is a kind too
KIND_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "ccg": (("nhs",), ("clinical commissioning group", "ccg")),
    "icb": (("nhs",), ("integrated care board", "icb")),
    "ics": (("nhs",), ("integrated care system", "ics", "sustainability and transformation partnership",
                       "sustainability and transformation plan", "stp", "health and care partnership",
                       "health and social care partnership", "health and care")),
    "trust": (("nhs",), ("nhs foundation trust", "foundation trust", "nhs trust", "nhs ft", "ft", "trust")),
    "pct": (("nhs",), ("primary care trust", "pct")),
    "healthboard": (("nhs",), ("university health board", "teaching health board", "local health board",
                               "teaching local health board", "health board", "uhb", "lhb", "thb")),
    "hscp": ((), ("health and social care partnership", "hscp", "integration joint board", "ijb")),
    "csu": (("nhs",), ("commissioning support unit", "csu")),
    "council": (("london borough of", "royal borough of", "city and county of", "county borough of",
                 "city of", "borough of", "county of"),
                ("metropolitan borough council", "metropolitan district council", "county borough council",
                 "borough council", "county council", "city council", "district council", "council", "mbc",
                 "mdc", "cbc", "bc", "dc", "cc")),
    "sha": ((), ("strategic health authority", "sha")),
}
#: Register kinds (the `Body.kind` values) -> the name kind their names are keyed under.
NAME_KIND = {"LocalAuthority": "council", "CombinedAuthority": "council", "CCG": "ccg", "ICB": "icb",
             "ICS": "ics", "NHSTrust": "trust", "PCT": "pct", "HealthBoard": "healthboard",
             "HSCP": "hscp", "CSU": "csu", "SHA": "sha"}


def split_kind(folded: str, kind: str) -> str | None:
    """The core of a folded name written as a body of `kind`, or None when it has no such kind words."""
    prefixes, suffixes = KIND_WORDS[kind]
    core, found = folded, False
    for suffix in suffixes:
        if core.endswith(" " + suffix):
            core, found = core[: -len(suffix) - 1], True
            break
    for prefix in prefixes:  # "NHS" alone says no kind; "London Borough of" says council
        if core.startswith(prefix + " "):
            core, found = core[len(prefix) + 1:], found or (kind == "council" and prefix not in ("city of", "county of"))
            break
    if kind == "council" and found:  # "Nottingham City Council" and "Nottingham Council" are one
        core = re.sub(r" (city|county|borough|metropolitan borough|district)$", "", core)
    if kind != "council" and core.startswith("nhs "):
        core = core[4:]
    return core.strip() if found and core.strip() else None


def name_keys(name: str) -> frozenset[tuple[str, str]]:
    return _name_keys(name)


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> frozenset[tuple[str, str]]:
    """Every (core, kind) the name can be read as; ('nhs', core) for 'NHS X' with no other kind words."""
    folded = fold(name)
    keys = {(split, kind) for kind in KIND_WORDS if (split := split_kind(folded, kind))}
    if not keys and folded.startswith("nhs ") and len(folded) > 4:
        keys.add((folded[4:], "nhs"))
    return frozenset(keys)
