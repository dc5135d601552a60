"""Domain lexicons, loaded from the data files in kg/data/.

Users extend kg to a new domain by editing these files (or pointing KG_DATA_DIR at a folder
with their own copies); no lexicon names a particular person or organisation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..facts import OrgKind, Outcome, checked
from functools import cached_property, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
#: Every lexicon file extraction reads (the build's fingerprint digests exactly these).
LEXICON_FILES = ("honorifics.txt", "titles.txt", "org_heads.txt", "abbreviations.tsv", "org_kinds.tsv",
                 "award_outcomes.tsv", "title_kinds.tsv", "words.txt")


def data_path(name: str) -> Path:
    """The user's copy in KG_DATA_DIR when there is one, else kg's own."""
    from ..config import settings

    override = settings().data_dir
    if override and (override / name).exists():
        return override / name
    return DATA_DIR / name


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([c.strip() for c in line.split("\t")])
    return rows


def _kind(value: str, file: str) -> str:
    """An organisation kind from a lexicon file, checked (a typo is an error naming the file)."""
    return checked(OrgKind, value, f"{file}: ")


#: Prefixes that make another title of a title word ("vice-chairman", "co-leader").
TITLE_PREFIXES = {"vice", "co", "deputy", "joint", "sub", "pro"}


@dataclass(frozen=True)
class Lexicon:
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    title_words: frozenset[str]  # single words, lower case
    title_phrases: tuple[str, ...]  # multi-word, lower case, longest first
    title_phrase_ends: frozenset[str]  # the last word of each title phrase, for a quick test
    org_heads: tuple[tuple[str, ...], ...]  # token tuples, longest first
    head_last_words: frozenset[str]  # the last word of each head, for a quick test
    abbreviations: dict[str, str]
    org_kinds: tuple[tuple[str, re.Pattern], ...]
    outcomes: tuple[tuple[str, re.Pattern], ...]
    title_kinds: tuple[tuple[str, str], ...] = ()  # (title phrase, organisation kind), longest first
    # answers kept: the word tests run for every token, kind_of for every mention
    _title_memo: dict = field(default_factory=dict, compare=False, repr=False)
    _kind_memo: dict = field(default_factory=dict, compare=False, repr=False)


    def is_honorific(self, word: str) -> bool:
        """'Dr' and 'Dr.' alike."""
        return word in self.prefixes or word.rstrip(".") in self.prefixes

    def is_head_word(self, word: str) -> bool:
        """Whether `word` ends some organisation head ('Trust' of 'NHS Foundation Trust')."""
        return word in self.head_last_words

    def is_title_word(self, word: str, plural: bool = True) -> bool:
        """'director', and its plural 'directors' ("the five non-executive directors") unless
        `plural` is false; with a prefix too ("vice-chairman")."""
        known = self._title_memo.get((word, plural))
        if known is None:
            if len(self._title_memo) > 200_000:  # a bound for long builds' vocabularies
                self._title_memo.clear()
            known = self._title_memo[word, plural] = self._is_title_word(word, plural)
        return known

    def _is_title_word(self, word: str, plural: bool) -> bool:
        w = word.lower().strip(".,")
        if w in self.title_words or (plural and len(w) > 4 and w.endswith("s") and w[:-1] in self.title_words):
            return True
        prefix, _, rest = w.partition("-")
        return prefix in TITLE_PREFIXES and bool(rest) and self._is_title_word(rest, plural)

    def singular_title(self, title: str) -> str:
        """'non-executive directors' -> 'non-executive director': one person's share of a plural
        title over several names. A plural that is no title word stays ('director of adult social
        services')."""
        words = title.split()
        last = words[-1] if words else ""
        if len(last) > 4 and last.endswith("s") and not last.endswith("ss") \
                and (self.is_title_word(last[:-1], plural=False) or last.lower() == "members"):
            return " ".join(words[:-1] + [last[:-1]])
        return title

    @cached_property
    def title_phrase_pattern(self) -> re.Pattern:
        """Any title phrase, as whole words ('chief executive' in 'interim chief executive of X')."""
        return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in self.title_phrases) + r")\b")

    def ends_in_title_phrase(self, text: str) -> bool:
        """Whether `text` is, or ends in, a title of several words ('Cabinet Member')."""
        low = text.lower()
        return any(low == p or low.endswith(" " + p) for p in self.title_phrases)

    def kind_for_title(self, title: str) -> str | None:
        """The kind of organisation a title alone implies ('Health minister' -> GovernmentBody)."""
        low = f" {title.lower()} "
        return next((kind for phrase, kind in self.title_kinds if f" {phrase} " in low), None)

    def kind_of(self, name: str) -> str:
        """The kind of organisation a name says it is: the first org_kinds.tsv pattern it matches."""
        kind = self._kind_memo.get(name)
        if kind is None:
            if len(self._kind_memo) > 100_000:
                self._kind_memo.clear()
            kind = self._kind_memo[name] = next((k for k, rx in self.org_kinds if rx.search(name)), "Other")
        return kind


@lru_cache(maxsize=1)
def load() -> Lexicon:
    hon = _rows("honorifics.txt")
    titles = [r[0].lower() for r in _rows("titles.txt")]
    heads = sorted((tuple(r[0].split()) for r in _rows("org_heads.txt")), key=len, reverse=True)
    return Lexicon(
        prefixes=frozenset(r[1] for r in hon if r[0] == "prefix"),
        suffixes=frozenset(r[1] for r in hon if r[0] == "suffix"),
        title_words=frozenset(t for t in titles if " " not in t),
        title_phrases=tuple(sorted((t for t in titles if " " in t), key=len, reverse=True)),
        title_phrase_ends=frozenset(t.split()[-1] for t in titles if " " in t),
        org_heads=tuple(heads),
        head_last_words=frozenset(h[-1] for h in heads),
        abbreviations={r[0]: r[1] for r in _rows("abbreviations.tsv")},
        org_kinds=tuple((_kind(r[0], "org_kinds.tsv"), re.compile(r[1], re.I)) for r in _rows("org_kinds.tsv")),
        outcomes=tuple((checked(Outcome, r[0], "award_outcomes.tsv: "), re.compile(r[1], re.I))
                       for r in _rows("award_outcomes.tsv")),
        title_kinds=tuple(sorted(((r[0], _kind(r[1], "title_kinds.tsv")) for r in _rows("title_kinds.tsv")),
                                 key=lambda r: -len(r[0]))),
    )


@lru_cache(maxsize=1)
def word_lists() -> dict[str, list[str]]:
    """The sections of kg/data/words.txt: list name -> entries (comments and blank lines dropped)."""
    lists: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in data_path("words.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        header = re.match(r"^\[([a-z_]+)\]", line)
        if header:
            current = lists.setdefault(header.group(1), [])
        elif current is not None:
            current.append(line.strip())
    return lists


def words(name: str) -> frozenset[str]:
    """One word list of kg/data/words.txt."""
    try:
        return frozenset(word_lists()[name])
    except KeyError:
        raise KeyError(f"kg/data/words.txt has no [{name}] list") from None


def mapping(name: str) -> dict[str, str]:
    """One 'entry<TAB>value' list of kg/data/words.txt."""
    return dict(entry.split("\t", 1) for entry in word_lists()[name])
