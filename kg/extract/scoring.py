"""Scorers: which candidates become facts.

* `RuleScorer` keeps what the precise rule stages decided (kg's behaviour before the learned
  scorer; `--scorer rules`), for comparison.
* `LearnedScorer` reads a small logistic-regression model per candidate kind (post, member,
  pair, award) from JSON -- feature names, coefficients, intercept, threshold -- and keeps a
  candidate when its probability reaches the threshold; the probability is the fact's
  `confidence`. The default model ships in kg/models/scorer.json (trained by `kg train`); a
  user's own is chosen with `--model PATH` or the KG_MODEL environment variable.

Scoring is plain arithmetic over sorted candidates, so it is deterministic and needs neither
scikit-learn nor numpy at build time.
"""
from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import KGError
from ..facts import NOT_PARTNER_KINDS, ArticleFacts, Organisation, Partnership

if TYPE_CHECKING:  # candidates and proposals read spaCy Docs; the scorer's settings do not
    from .candidates import Candidate
    from .proposals import Proposal

MODEL_ENV = "KG_MODEL"
SCORER_ENV = "KG_SCORER"
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "scorer.json"
SCORERS = ("learned", "rules")
SECOND_POST = 0.7  # a second post at the same organisation needs this probability


class ScorerError(KGError):
    """A model file is missing or is not a kg scorer model."""


@dataclass(frozen=True)
class KindModel:
    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in sorted(features.items()))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


class LearnedScorer:
    name = "learned"

    def __init__(self, models: dict[str, KindModel], source: str = ""):
        self.models = models
        self.source = source

    @classmethod
    def from_json(cls, data: dict, source: str = "") -> "LearnedScorer":
        try:
            models = {kind: KindModel(dict(zip(m["features"], m["coef"])), float(m["intercept"]),
                                      float(m.get("threshold", 0.5)))
                      for kind, m in data["kinds"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            raise ScorerError(f"{source or 'model'} is not a kg scorer model ({type(e).__name__}: {e})") from None
        return cls(models, source)

    def probability(self, cand: Candidate) -> float | None:
        model = self.models.get(cand.kind)
        return model.probability(cand.vector()) if model else None

    def keep(self, cand: Candidate) -> float | None:
        """The candidate's probability when it is kept, else None."""
        model = self.models.get(cand.kind)
        if model is None:
            return None
        p = model.probability(cand.vector())
        return p if p >= model.threshold else None

    def decide(self, proposal: Proposal) -> ArticleFacts:
        kept = [(c, p) for c in proposal.candidates for p in [self.keep(c)] if p is not None]
        return assemble(proposal, kept)


class RuleScorer:
    name = "rules"
    source = "rules"

    def decide(self, proposal: Proposal) -> ArticleFacts:
        return proposal.rule_facts


@lru_cache(maxsize=4)
def load_model(path: str) -> LearnedScorer:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScorerError(f"model file {p} does not exist (train one with `kg train`)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ScorerError(f"cannot read model file {p}: {e}") from None
    if not isinstance(data, dict):
        raise ScorerError(f"{p} is not a kg scorer model")
    return LearnedScorer.from_json(data, str(p))


def model_path() -> Path:
    return Path(os.environ.get(MODEL_ENV) or DEFAULT_MODEL)


def get_scorer(name: str | None = None, model: str | Path | None = None):
    """The scorer by name (default: $KG_SCORER, else "learned") with its model."""
    name = name or os.environ.get(SCORER_ENV) or "learned"
    if name == "rules":
        return RuleScorer()
    if name != "learned":
        raise ScorerError(f"unknown scorer {name!r} (choose from {', '.join(SCORERS)})")
    return load_model(str(model or model_path()))


def scorer_identity() -> str:
    """What decides facts in this process, for the build's extractor version string."""
    name = os.environ.get(SCORER_ENV) or "learned"
    if name == "rules":
        return "scorer=rules"
    import hashlib

    path = model_path()
    digest = hashlib.sha1(path.read_bytes()).hexdigest()[:10] if path.is_file() else "missing"
    return f"scorer=learned:{digest}"


# --- from kept candidates to facts --------------------------------------------------------------
def assemble(proposal: Proposal, kept: list[tuple[Candidate, float]], dedup: bool = True) -> ArticleFacts:
    """Facts from the kept candidates; `dedup`: one post per person and organisation, one result
    per recipient and award (off for measuring candidate recall)."""
    base = proposal.rule_facts
    facts = ArticleFacts(people=base.people, organisations=base.organisations, quotations=base.quotations,
                         initiatives=base.initiatives, places=base.places)
    posts = [(c, p) for c, p in kept if c.kind == "post"]
    awards = [(c, p) for c, p in kept if c.kind == "award"]
    if not dedup:
        facts.posts = [replace(c.fact, confidence=p) for c, p in posts if c.fact.organisation]
        facts.awards = [replace(c.fact, confidence=p) for c, p in awards]
    else:
        facts.posts, facts.awards = _posts(posts), _awards(awards)
    _add_recipients(facts)
    facts.partnerships = _partnerships(base, [(c, p) for c, p in kept if c.kind == "member"],
                                       [(c, p) for c, p in kept if c.kind == "pair"])
    from .proposals import link_initiatives

    link_initiatives(facts)
    _without_university_units(facts)
    return facts


def _without_university_units(facts: ArticleFacts) -> None:
    """'the Faculty of Life and Health Sciences', 'the School of Nursing': a university's own part
    is no body of its own where the article names the university (its posts are the university's:
    PostFinder._unit_of_a_university), unless a fact still holds it."""
    from .posts import UNIVERSITY_UNIT

    if not any("University" in name.split() and not UNIVERSITY_UNIT.match(name) for name in facts.organisations):
        return
    held = {p.organisation for p in facts.posts} | {a.recipient for a in facts.awards} \
        | {n for p in facts.partnerships for n in [p.name, *p.members] if n}
    units = [n for n in facts.organisations if UNIVERSITY_UNIT.match(n) and n not in held]
    if units:
        facts.organisations = {n: o for n, o in facts.organisations.items() if n not in units}


def _add_recipients(facts: ArticleFacts) -> None:
    """An entrant named only on an awards list line ("Hope into Action: ...") or an employer named
    only before a title ("Care Homes UK's managing director") is an organisation too."""
    from . import lexicon

    lex = lexicon.load()
    added = {}
    named = [r.recipient for r in facts.awards] + [p.organisation for p in facts.posts if p.organisation]
    for name in named:
        if name not in facts.organisations and name not in facts.people:
            added[name] = Organisation(name, kind=lex.kind_of(name))
    if added:
        facts.organisations = {**facts.organisations, **added}


def _posts(kept: list[tuple[Candidate, float]]) -> list:
    """The most probable wording of each post; a person may hold several posts at one
    organisation ("medical director and interim deputy chief executive") when their roles
    share few words."""
    out: list[tuple[Candidate, float]] = []
    for c, p in sorted(kept, key=lambda cp: (-cp[1], cp[0].key)):
        if not c.fact.organisation:
            continue
        words = set(c.key[2].split())
        same = [o for o, _ in out if o.key[:2] == c.key[:2]]
        if same and (p < SECOND_POST or any(_overlap(words, set(o.key[2].split())) >= 0.5
                                            and words & RANKS == set(o.key[2].split()) & RANKS for o in same)):
            continue  # (a deputy's post and the acting post above it are two: "deputy chief pharmacist", "acting chief pharmacist")
        out.append((c, p))
    return [replace(c.fact, confidence=round(p, 3)) for c, p in sorted(out, key=lambda cp: cp[0].fact.evidence.start)]


#: Words that make a post a rank below the title they qualify: "deputy director" is not "director".
RANKS = {"deputy", "assistant", "associate", "vice", "vice-chair", "vice-chairman"}


def _overlap(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def _awards(kept: list[tuple[Candidate, float]]) -> list:
    out: list[tuple[Candidate, float]] = []
    for c, p in sorted(kept, key=lambda cp: -cp[1]):
        words = set(c.key[1].split())
        if any(o.key[0] == c.key[0] and (words <= set(o.key[1].split()) or set(o.key[1].split()) <= words)
               for o, _ in out):
            continue  # the same award under a shorter or longer name
        out.append((c, p))
    return [replace(c.fact, confidence=round(p, 3)) for c, p in out]


def _partnerships(base: ArticleFacts, members: list[tuple[Candidate, float]],
                  pairs: list[tuple[Candidate, float]]) -> list[Partnership]:
    named = {p.name: p for p in base.partnerships if p.name}
    grouped: dict[str, list[tuple[str, float, object]]] = {name: [] for name in named}
    # a government department or a newspaper reports on, funds or regulates partnerships; it is
    # not one of the partners ("support from NHS England")
    outside = {n for n, o in base.organisations.items() if o.kind in NOT_PARTNER_KINDS}
    members = [(c, p) for c, p in members if c.fact[1] not in outside]
    pairs = [(c, p) for c, p in pairs if not set(c.key) & outside]
    # "A and B, working alongside C Partnership, won ...": where a precise rule read two bodies as
    # peers, a guess that one contains the other gives way
    peers = {frozenset(c.key) for c, _ in pairs if c.rule_confidence}
    members = [(c, p) for c, p in members if c.rule_confidence or frozenset(c.fact[:2]) not in peers]
    for c, p in members:
        target, member, evidence = c.fact
        grouped.setdefault(target, []).append((member, p, evidence))
    out = []
    covered: set[tuple[str, str]] = set()
    for name, items in grouped.items():
        ms = list(dict.fromkeys(m for m, _, _ in items))
        evidence = items[0][2] if items else named[name].evidence
        conf = sum(p for _, p, _ in items) / len(items) if items else named[name].confidence
        out.append(Partnership(name, ms, evidence, confidence=round(conf, 3)))
        covered |= {tuple(sorted((a, b))) for a in ms for b in ms if a != b}
    by_evidence: dict[int, list[tuple[Candidate, float]]] = {}
    members_of = {(name, m) for name, items in grouped.items() for m, _, _ in items}
    for c, p in pairs:
        a, b = c.key
        if tuple(c.key) not in covered and (a, b) not in members_of and (b, a) not in members_of:
            # a named partnership is not a partner of its own members: they are its members
            by_evidence.setdefault(c.fact[2].start, []).append((c, p))
    for _, group in sorted(by_evidence.items()):
        out.extend(_unnamed(group))
    return out


def _unnamed(group: list[tuple[Candidate, float]]) -> list[Partnership]:
    """One partnership for a sentence's kept pairs when they link every member to every other,
    else one per pair."""
    pairs = {tuple(c.key) for c, _ in group}
    orgs = sorted({o for pair in pairs for o in pair})
    evidence = group[0][0].fact[2]
    if len(pairs) == len(orgs) * (len(orgs) - 1) // 2:
        conf = sum(p for _, p in group) / len(group)
        return [Partnership(None, orgs, evidence, confidence=round(conf, 3))]
    return [Partnership(None, list(c.key), c.fact[2], confidence=round(p, 3)) for c, p in group]
