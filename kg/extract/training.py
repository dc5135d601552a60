"""Training and measuring the learned scorer: `kg train`, `kg eval --cv K`, `kg eval --candidates`.

Each article is parsed once and turned into a `Proposal`; its candidates are labelled by the
evaluator's own matching rules (kg/evaluate/: names after normalisation and alias mapping,
roles at token Jaccard >= 0.5, awards by name overlap), so the model learns exactly what the
score rewards. One logistic regression per candidate kind (scikit-learn, liblinear, fixed
random_state: the same data give the same model; REGULARISATION per kind), with its probability threshold chosen on
out-of-fold probabilities of the training data (`threshold_for`). The model is saved as JSON that `scoring.LearnedScorer` reads.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..articles import read_articles
from ..errors import KGError
from ..evaluate import (EvalError, GoldFile, Names, award_similarity, evaluate_facts, facts_from_article,
                        facts_from_gold, find_article, load_gold, member_pairs, normalise_name,
                        org_pairs_sharing, role_similarity, MATCH_THRESHOLD)
from .candidates import KINDS, Candidate
from .proposals import Proposal, propose
from .scoring import LearnedScorer, RuleScorer, assemble

MODEL_FORMAT = 1


class TrainingError(KGError):
    """Nothing to train on: no gold file matches an article, or a kind has one class only."""


@dataclass
class Example:
    gold: GoldFile
    proposal: Proposal
    labels: list[int]
    weight: float = 1.0  # counts as this many copies of the article in fitting (see `weight_of`)


# --- the corpus: articles matched to gold, parsed once ------------------------------------------
def load_examples(gold_paths: Iterable[Path | str], article_paths: Sequence[Path | str],
                  progress: Callable[[int, int], None] | None = None,
                  weights: dict[Path | str, float] | None = None) -> list[Example]:
    """The articles that have gold, parsed and labelled; `weights` maps gold paths to weights
    (`weight_of`), checked before the slow parse."""
    from .. import nlp as nlp_mod

    gold_files = load_gold(gold_paths)
    read = read_articles([Path(p) for p in article_paths])
    by_iri = {a.iri: a for a in read.articles}
    sources = {a.iri: a.source for a in read.articles}
    matched = [(g, by_iri[iri]) for g in gold_files for iri in [find_article(g, sources)] if iri]
    if not matched:
        raise TrainingError(f"none of the {len(gold_files)} gold files matches one of the "
                            f"{len(read.articles)} articles (by \"source\" or \"id\")")
    weights = weights or {}
    _check_weights([g for g, _ in matched], weights)
    nlp = nlp_mod.load()
    out = []
    docs = nlp.pipe([a.text for _, a in matched], batch_size=16)
    for n, ((gold, article), doc) in enumerate(zip(matched, docs), start=1):
        proposal = propose(doc, article.date)
        out.append(Example(gold, proposal, label(proposal, gold), weight_of(gold, weights)))
        if progress:
            progress(n, len(matched))
    return out


def label(proposal: Proposal, gold: GoldFile) -> list[int]:
    """1 for each candidate that some gold fact matches (evaluator's rules), else 0."""
    g = facts_from_gold(gold.data)
    predicted = facts_from_article(everything(proposal))
    names = Names(g.organisations, predicted.organisations)
    members = member_pairs(g.partnerships, names)
    pairs = org_pairs_sharing(g.partnerships, names)

    def matches(c: Candidate) -> bool:
        if c.kind == "post":
            post = c.fact
            return any(normalise_name(x.person) == normalise_name(post.person)
                       and names.key(x.organisation) == names.key(post.organisation)
                       and role_similarity(x.roles[0], [post.role, post.title]) >= MATCH_THRESHOLD for x in g.posts)
        if c.kind == "member":
            return (names.key(c.key[1]), names.key(c.key[0])) in members
        if c.kind == "pair":
            return tuple(sorted((names.key(c.key[0]), names.key(c.key[1])))) in pairs
        return any(names.key(x.recipient) == names.key(c.fact.recipient)
                   and award_similarity(x.award, c.fact.award) is not None for x in g.awards)

    return [int(matches(c)) for c in proposal.candidates]


def everything(proposal: Proposal):
    """The facts with every candidate kept: what candidate generation can reach at best."""
    return assemble(proposal, [(c, 1.0) for c in proposal.candidates], dedup=False)


def weight_of(gold: GoldFile, weights: dict[Path | str, float]) -> float:
    """The weight of the most specific gold path (folder or file) the gold file lies under, else 1.

    Why: a user's gold may mix kinds of article, such as real news and written practice
    articles; weighting the kind the model will meet counts each such article as that many
    copies in the fit and in the threshold's choice.
    """
    matching = [(len(Path(p).resolve().parts), float(w)) for p, w in weights.items()
                if _under(gold.path, Path(p).resolve())]
    return max(matching)[1] if matching else 1.0


def _check_weights(gold_files: Sequence[GoldFile], weights: dict[Path | str, float]) -> None:
    for path, w in weights.items():
        if not float(w) > 0:
            raise TrainingError(f"the weight for {path} must be above 0, got {w}")
        if not any(_under(g.path, Path(path).resolve()) for g in gold_files):
            raise TrainingError(f"--weight {path}: no gold file of the training articles lies there")


def _under(file: Path, path: Path) -> bool:
    file = file.resolve()
    return file == path or path in file.parents


# --- fitting --------------------------------------------------------------------------------------
def fit(examples: Sequence[Example]) -> dict:
    """A model (JSON-ready) with one logistic regression per candidate kind.

    Each kind's probability threshold is chosen on out-of-fold probabilities (articles split
    into folds, each scored by a model fitted on the others), so it suits unseen articles
    rather than the ones the coefficients were fitted on; see `threshold_for`.
    """
    from sklearn.feature_extraction import DictVectorizer

    weighted = any(ex.weight != 1.0 for ex in examples)
    kinds = {}
    for kind in KINDS:
        rows = [(c.vector(), y, n) for n, ex in enumerate(examples)
                for c, y in zip(ex.proposal.candidates, ex.labels) if c.kind == kind]
        ys = [y for _, y, _ in rows]
        if len(set(ys)) < 2:
            continue  # nothing to learn: the kind keeps nothing
        vec = DictVectorizer(sort=True, sparse=False)
        x = vec.fit_transform([f for f, _, _ in rows])
        groups = [n for _, _, n in rows]
        weights = [examples[n].weight for n in groups] if weighted else None
        clf = _classifier(kind).fit(x, ys, sample_weight=weights)
        kinds[kind] = {"features": list(vec.get_feature_names_out()),
                       "coef": [round(float(w), 6) for w in clf.coef_[0]],
                       "intercept": round(float(clf.intercept_[0]), 6),
                       "threshold": threshold_for(x, ys, groups, kind, weights),
                       "candidates": len(ys), "positives": int(sum(ys))}
    model = {"format": MODEL_FORMAT, "model": "logistic regression per candidate kind",
             "trained_on": sorted(ex.gold.id for ex in examples), "kinds": kinds}
    if weighted:
        model["weights"] = {ex.gold.id: ex.weight for ex in sorted(examples, key=lambda ex: ex.gold.id)
                            if ex.weight != 1.0}
    return model


#: Inverse regularisation strength per kind: memberships and pairs have few positives and
#: many look-alike negatives, and a stronger pull to zero holds better on unseen articles
#: (cross-validated: partnerships 0.649 -> 0.667 at 0.1, posts and awards unchanged).
REGULARISATION = {"member": 0.1, "pair": 0.1}


def _classifier(kind: str = ""):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=REGULARISATION.get(kind, 0.3), solver="liblinear", random_state=0, max_iter=1000)


def _out_of_fold(x, ys: list[int], groups: list[int], k: int = 5, kind: str = "",
                 shuffle: int = 0, weights: list[float] | None = None) -> list[float]:
    """Each candidate's probability from a model fitted without its article's fold
    (training-set probabilities when there are too few articles to split). Articles are dealt
    to folds round-robin in order, or in an order shuffled by `shuffle` (a seed) when it is not 0."""
    articles = sorted(set(groups))
    if shuffle:
        random.Random(shuffle).shuffle(articles)
    fold_of = {g: i % k for i, g in enumerate(articles)}
    if len(fold_of) < k:
        return list(_classifier(kind).fit(x, ys, sample_weight=weights).predict_proba(x)[:, 1])
    probs = [0.0] * len(ys)
    for f in range(k):
        train = [i for i, g in enumerate(groups) if fold_of[g] != f]
        test = [i for i, g in enumerate(groups) if fold_of[g] == f]
        if not test:
            continue
        train_ys = [ys[i] for i in train]
        if len(set(train_ys)) < 2:
            p = [float(train_ys[0])] * len(test)
        else:
            train_weights = [weights[i] for i in train] if weights else None
            p = _classifier(kind).fit(x[train], train_ys, sample_weight=train_weights).predict_proba(x[test])[:, 1]
        for i, v in zip(test, p):
            probs[i] = float(v)
    return probs


#: The probability cuts a threshold is chosen from.
CUTS = [x / 20 for x in range(2, 19)]
#: How many out-of-fold splits of the articles the threshold is averaged over.
THRESHOLD_SPLITS = 5


def threshold_for(x, ys: list[int], groups: list[int], kind: str = "",
                  weights: list[float] | None = None) -> float:
    """A kind's probability threshold: `choose_threshold` over the candidate-level F1 of
    THRESHOLD_SPLITS out-of-fold splits of the articles (the first dealt in order, the others
    shuffled by fixed seeds, so the same data give the same threshold)."""
    return choose_threshold([f1_by_cut(_out_of_fold(x, ys, groups, kind=kind, shuffle=split, weights=weights),
                                       ys, weights)
                             for split in range(THRESHOLD_SPLITS)])


def choose_threshold(curves: list[list[float]]) -> float:
    """The cut of CUTS whose F1, averaged over the curves and over the cut and its two
    neighbours, is best (ties: the lower cut, for recall).

    F1 is flat near its best, so the single best cut of one split moved by 0.05-0.20 when a
    few articles were added (members 0.45 -> 0.50 between two rounds). Over 20 fits (5-fold
    cross-validation dealt four ways, on the 337 development articles) averaging five splits
    and smoothing halved the spread of the post and award thresholds (standard deviation
    0.031 -> 0.015 and 0.061 -> 0.033) at the same pooled macro F1 (0.8469 against 0.8471).
    """
    mean = [sum(c[i] for c in curves) / len(curves) for i in range(len(CUTS))]
    near = [mean[max(0, i - 1):i + 2] for i in range(len(CUTS))]
    smoothed = [sum(n) / len(n) for n in near]
    return CUTS[max(range(len(CUTS)), key=lambda i: (round(smoothed[i], 9), -i))]


def f1_by_cut(probs: list[float], ys: list[int], weights: list[float] | None = None) -> list[float]:
    """Candidate-level F1 when the candidates at or above each of CUTS are kept (each
    candidate counted its article's weight times)."""
    ws = weights or [1.0] * len(ys)
    out = []
    for cut in CUTS:
        tp = sum(w for p, y, w in zip(probs, ys, ws) if p >= cut and y)
        fp = sum(w for p, y, w in zip(probs, ys, ws) if p >= cut and not y)
        fn = sum(w for p, y, w in zip(probs, ys, ws) if p < cut and y)
        out.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return out


def save_model(model: dict, path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


# --- measuring ------------------------------------------------------------------------------------
def score_with(scorer, examples: Sequence[Example], label_: str) -> dict:
    return evaluate_facts([(ex.gold, scorer.decide(ex.proposal)) for ex in examples], label_)


def candidate_recall(examples: Sequence[Example]) -> dict:
    """Scores with every candidate kept: recall is the share of gold facts among the candidates."""
    return evaluate_facts([(ex.gold, everything(ex.proposal)) for ex in examples], "all candidates")


def folds(examples: Sequence[Example], k: int) -> list[list[Example]]:
    """k folds of whole articles, dealt round-robin in gold-id order (deterministic)."""
    if k < 2 or k > len(examples):
        raise EvalError(f"--cv needs 2 <= K <= the number of articles ({len(examples)}), got {k}")
    ordered = sorted(examples, key=lambda ex: ex.gold.id)
    return [ordered[i::k] for i in range(k)]


def cross_validate(examples: Sequence[Example], k: int, scorer: str = "learned") -> dict:
    """Per fold: train on the other folds, score this one; and every held-out prediction pooled."""
    per_fold, pooled = [], []
    for i, held in enumerate(folds(examples, k)):
        train = [ex for ex in examples if ex not in held]
        model = RuleScorer() if scorer == "rules" else LearnedScorer.from_json(fit(train), f"fold {i + 1}")
        decided = [(ex.gold, model.decide(ex.proposal)) for ex in held]
        pooled += decided
        per_fold.append(evaluate_facts(decided, f"fold {i + 1} ({', '.join(ex.gold.id for ex in held)})"))
    return {"folds": per_fold, "pooled": evaluate_facts(pooled, f"{k}-fold cross-validation, pooled")}
