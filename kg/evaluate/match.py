"""Scoring rules of `kg eval`: names normalised, the plain structure gold and predictions are
read into, alias resolution, one-to-one matching and the scores of one article."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from ..errors import KGError
from ..extract.lexicon import load as load_lexicon

KINDS = ("people", "organisations", "posts", "partnerships", "awards")
PARTNERSHIP_VIEWS = ("partnership_members", "partnership_pairs")
MATCH_THRESHOLD = 0.5


class EvalError(KGError):
    """Gold files cannot be read, or none of them matches an article in the store."""


# --- normalisation -------------------------------------------------------------------------
def _honorifics(forms) -> frozenset[str]:
    return frozenset(f.lower().rstrip(".") for f in forms)


#: Honorifics dropped before names are compared: kg/data/honorifics.txt, the list extraction
#: reads too (one list, so the two cannot drift apart), in lower case without dots.
HONORIFIC_PREFIXES = _honorifics(load_lexicon().prefixes)
HONORIFIC_SUFFIXES = _honorifics(load_lexicon().suffixes)
FUNCTION_WORDS = frozenset("a an and at by for in of on the to with".split())
AWARD_WORDS = frozenset({"award", "awards"})


def fold(text: str) -> list[str]:
    """Lower-case ASCII words: accents, apostrophes and punctuation folded away."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", " ", text).split()


def normalise_name(name: str) -> str:
    """'The Rt Hon Dr Jane Smith CBE' -> 'jane smith'; names compare equal after this."""
    words = fold(name)
    changed = True
    while changed and len(words) > 1:
        before = len(words)
        if words[0] == "the" or words[0] in HONORIFIC_PREFIXES:
            words = words[1:]
        elif words[-1] in HONORIFIC_SUFFIXES:
            words = words[:-1]
        changed = len(words) != before
    return " ".join(words)


def tokens(text: str, drop: frozenset[str] = FUNCTION_WORDS) -> frozenset[str]:
    """The set of content words of a role or award name."""
    return frozenset(w for w in fold(text) if w not in drop)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def role_similarity(gold_role: str, predicted: Sequence[str]) -> float:
    """Best token Jaccard between the gold role and any of the predicted role's wordings."""
    g = tokens(gold_role)
    return max((jaccard(g, tokens(p)) for p in predicted), default=0.0)


def award_similarity(gold_award: str, predicted_award: str) -> float | None:
    """Token Jaccard of two award names, or None when they do not match.

    They match at Jaccard >= 0.5, or when one's (non-empty) token set contains the
    other's; "award"/"awards" are ignored so "X Award" and "X" are the same award.
    """
    drop = FUNCTION_WORDS | AWARD_WORDS
    g, p = tokens(gold_award, drop), tokens(predicted_award, drop)
    if normalise_name(gold_award) == normalise_name(predicted_award):
        return 1.0
    score = jaccard(g, p)
    if score >= MATCH_THRESHOLD:
        return score
    if g and p and (g <= p or p <= g):
        return MATCH_THRESHOLD
    return None


# --- the structure both gold and predictions are read into ----------------------------------
@dataclass
class Org:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "Other"


@dataclass
class PostFact:
    person: str
    organisation: str
    roles: list[str]  # gold: the role; predicted: role prefLabel and the title as written


@dataclass
class PartnershipFact:
    name: str | None
    members: list[str]


@dataclass
class AwardFact:
    recipient: str
    award: str
    outcome: str | None = None
    year: int | None = None


@dataclass
class Facts:
    """One article's facts, by name, as in a gold file."""
    people: list[str] = field(default_factory=list)
    organisations: list[Org] = field(default_factory=list)
    posts: list[PostFact] = field(default_factory=list)
    partnerships: list[PartnershipFact] = field(default_factory=list)
    awards: list[AwardFact] = field(default_factory=list)


def facts_from_gold(gold: dict) -> Facts:
    """A gold JSON object (SCHEMA.md) as `Facts`."""
    facts = Facts()
    for person in gold.get("people") or []:
        facts.people.append(person["name"])
        for role in person.get("roles") or []:
            if role.get("organisation"):
                facts.posts.append(PostFact(person["name"], role["organisation"], [role["role"]]))
    for org in gold.get("organisations") or []:
        facts.organisations.append(Org(org["name"], list(org.get("aliases") or []), org.get("type") or "Other"))
    for part in gold.get("partnerships") or []:
        facts.partnerships.append(PartnershipFact(part.get("name"), list(part.get("members") or [])))
    for award in gold.get("awards") or []:
        facts.awards.append(AwardFact(award["recipient"], award["award"], award.get("outcome"), award.get("year")))
    return facts


# --- name resolution ------------------------------------------------------------------------
class Names:
    """Maps any organisation name (canonical or alias, gold or predicted) to one key.

    A predicted organisation takes the gold canonical name of the first of its labels
    (prefLabel, then altLabels) that the gold file knows, else its own prefLabel; an
    alias two gold organisations share is ambiguous and maps to neither.
    """

    def __init__(self, gold_orgs: Iterable[Org], predicted_orgs: Iterable[Org] = ()):
        self.gold: dict[str, str] = {}
        ambiguous: set[str] = set()
        for org in gold_orgs:
            canonical = normalise_name(org.name)
            self.gold[canonical] = canonical
        for org in gold_orgs:
            canonical = normalise_name(org.name)
            for alias in map(normalise_name, org.aliases):
                if self.gold.get(alias, canonical) != canonical:
                    ambiguous.add(alias)
                self.gold.setdefault(alias, canonical)
        for alias in ambiguous:
            if self.gold[alias] != alias:
                del self.gold[alias]
        self.predicted: dict[str, str] = {}
        for org in predicted_orgs:
            key = self.predicted_key(org)
            for label in [org.name, *org.aliases]:
                self.predicted.setdefault(normalise_name(label), key)

    def predicted_key(self, org: Org) -> str:
        labels = [normalise_name(x) for x in [org.name, *org.aliases]]
        return next((self.gold[x] for x in labels if x in self.gold), labels[0])

    def key(self, name: str) -> str:
        n = normalise_name(name)
        return self.gold.get(n) or self.predicted.get(n) or n


# --- one-to-one matching and counts ---------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, details: bool = True) -> dict:
        out = {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
               "tp": self.tp, "fp": self.fp, "fn": self.fn}
        if details:
            out.update(missed=self.missed, extra=self.extra)
        return out


def match_one_to_one(gold: Sequence, predicted: Sequence,
                     similarity: Callable[[object, object], float | None]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), each used at most once, best similarity first.

    `similarity` returns None for pairs that do not match at all.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            s = similarity(g, p)
            if s is not None:
                candidates.append((-s, i, j))
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def score_items(gold: Sequence, predicted: Sequence, similarity: Callable[[object, object], float | None],
                show: Callable[[object], str] = str) -> tuple[Score, list[tuple[int, int]]]:
    pairs = match_one_to_one(gold, predicted, similarity)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    score = Score(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs),
                  missed=[show(g) for i, g in enumerate(gold) if i not in matched_gold],
                  extra=[show(p) for j, p in enumerate(predicted) if j not in matched_pred])
    return score, pairs


def same(a, b) -> float | None:
    return 1.0 if a == b else None


# --- scoring one article --------------------------------------------------------------------
@dataclass
class ArticleScore:
    kinds: dict[str, Score]
    outcome_agree: int = 0
    year_agree: int = 0
    awards_matched: int = 0
    kind_agree: int = 0
    orgs_matched: int = 0


def score_article(gold: Facts, predicted: Facts) -> ArticleScore:
    """Per-kind scores of one article's predicted facts against its gold facts."""
    names = Names(gold.organisations, predicted.organisations)
    kinds: dict[str, Score] = {}
    kinds["people"], _ = score_items(
        [normalise_name(p) for p in gold.people], [normalise_name(p) for p in predicted.people], same)

    gold_orgs = [(names.key(o.name), o) for o in gold.organisations]
    pred_orgs = [(names.predicted_key(o), o) for o in predicted.organisations]
    kinds["organisations"], org_pairs = score_items(
        gold_orgs, pred_orgs, lambda g, p: same(g[0], p[0]), show=lambda x: x[1].name)

    kinds["posts"] = score_posts(gold.posts, predicted.posts, names)
    kinds.update(score_partnerships(gold.partnerships, predicted.partnerships, names))
    kinds["awards"], award_pairs = score_awards(gold.awards, predicted.awards, names)

    result = ArticleScore(kinds=kinds, awards_matched=len(award_pairs), orgs_matched=len(org_pairs))
    result.outcome_agree = sum(gold.awards[i].outcome == predicted.awards[j].outcome for i, j in award_pairs)
    result.year_agree = sum(gold.awards[i].year == predicted.awards[j].year for i, j in award_pairs)
    result.kind_agree = sum(gold_orgs[i][1].kind == pred_orgs[j][1].kind for i, j in org_pairs)
    return result


def score_posts(gold: list[PostFact], predicted: list[PostFact], names: Names) -> Score:
    """Same person and organisation, role token Jaccard >= 0.5 against any predicted wording."""
    def key(post: PostFact) -> tuple[str, str]:
        return normalise_name(post.person), names.key(post.organisation)

    def similarity(g: PostFact, p: PostFact) -> float | None:
        if key(g) != key(p):
            return None
        s = max(role_similarity(role, p.roles) for role in g.roles)
        return s if s >= MATCH_THRESHOLD else None

    score, _ = score_items(gold, predicted, similarity,
                           show=lambda x: f"{x.person} | {x.organisation} | {x.roles[0]}")
    return score


def score_partnerships(gold: list[PartnershipFact], predicted: list[PartnershipFact],
                       names: Names) -> dict[str, Score]:
    """Both views, and "partnerships": their counts pooled."""
    members, _ = score_items(sorted(member_pairs(gold, names)), sorted(member_pairs(predicted, names)), same,
                             show=lambda x: f"{x[0]} in {x[1]}")
    pairs, _ = score_items(sorted(org_pairs_sharing(gold, names)), sorted(org_pairs_sharing(predicted, names)),
                           same, show=lambda x: " + ".join(x))
    pooled = Score()
    for view in (members, pairs):
        pooled.add(view)
        pooled.missed += view.missed
        pooled.extra += view.extra
    return {"partnership_members": members, "partnership_pairs": pairs, "partnerships": pooled}


def score_awards(gold: list[AwardFact], predicted: list[AwardFact],
                 names: Names) -> tuple[Score, list[tuple[int, int]]]:
    """(recipient, award) pairs; the matched pairs are returned for outcome and year agreement."""
    def similarity(g: AwardFact, p: AwardFact) -> float | None:
        if names.key(g.recipient) != names.key(p.recipient):  # a person recipient keys by its normalised name
            return None
        s = award_similarity(g.award, p.award)
        # one recipient's results for one award in two years ("shortlisted in 2017, won in 2016") pair
        # year to year: a tie-breaker far below any difference of names
        return None if s is None else s + 1e-6 * ((g.year == p.year) + (g.outcome == p.outcome))

    return score_items(gold, predicted, similarity,
                       show=lambda x: f"{x.recipient} | {x.award} | {x.outcome or '?'} {x.year or ''}".rstrip())


def member_pairs(partnerships: Iterable[PartnershipFact], names: Names) -> set[tuple[str, str]]:
    """(member, partnership) for every member of every named partnership."""
    return {(names.key(m), names.key(p.name)) for p in partnerships if p.name for m in p.members}


def org_pairs_sharing(partnerships: Iterable[PartnershipFact], names: Names) -> set[tuple[str, str]]:
    """Unordered (sorted) pairs of distinct organisations that share a partnership."""
    out = set()
    for p in partnerships:
        members = sorted({names.key(m) for m in p.members})
        out.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return out
