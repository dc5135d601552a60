"""The whole evaluation (a store, or extracted facts, against gold files) and its report."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..rdf.store import open_store
from .gold import GoldFile, find_article, load_gold
from .graph import ArticleGraph, facts_from_graph, store_articles
from .match import (KINDS, PARTNERSHIP_VIEWS, ArticleScore, AwardFact, EvalError, Facts, Org, PartnershipFact, PostFact,
                    Score, facts_from_gold, score_article)

# --- the whole evaluation -------------------------------------------------------------------
def evaluate_store(store_path: Path | str | None, gold_paths: Iterable[Path | str]) -> dict:
    """Scores of the store against every gold file whose article it holds (JSON-ready dict)."""
    gold_files = load_gold(gold_paths)
    store = open_store(store_path, read_only=True)
    articles = store_articles(store)
    rows, skipped = [], []
    for gold in gold_files:
        iri = find_article(gold, articles)
        if iri is None:
            skipped.append({"gold": gold.id, "file": str(gold.path), "source": gold.data.get("source")})
            continue
        predicted = facts_from_graph(ArticleGraph(store, iri))
        rows.append((gold, iri, score_article(facts_from_gold(gold.data), predicted)))
    if not rows:
        raise EvalError(f"none of the {len(gold_files)} gold files matches an article in the store "
                        f"(by \"source\" file name or URL, or by \"id\"); build their articles first")
    result = summarise(rows, skipped, str(store_path))
    result["official_codes"] = official_codes(store, rows)
    return result


def summarise(rows: list[tuple[GoldFile, str, ArticleScore]], skipped: list[dict], store: str) -> dict:
    totals = {k: Score() for k in KINDS + PARTNERSHIP_VIEWS}
    agreement = {"award_outcome": [0, 0], "award_year": [0, 0], "organisation_kind": [0, 0]}
    articles = []
    for gold, iri, result in rows:
        for kind, score in result.kinds.items():
            totals[kind].add(score)
        agreement["award_outcome"][0] += result.outcome_agree
        agreement["award_year"][0] += result.year_agree
        agreement["award_outcome"][1] += result.awards_matched
        agreement["award_year"][1] += result.awards_matched
        agreement["organisation_kind"][0] += result.kind_agree
        agreement["organisation_kind"][1] += result.orgs_matched
        articles.append({"gold": gold.id, "gold_file": str(gold.path), "article": iri,
                         "source": gold.data.get("source"),
                         "kinds": {k: result.kinds[k].as_dict() for k in KINDS + PARTNERSHIP_VIEWS}})
    return {
        "store": store,
        "matched": len(rows),
        "skipped": skipped,
        "kinds": {k: totals[k].as_dict(details=False) for k in KINDS + PARTNERSHIP_VIEWS},
        "macro_f1": round(sum(totals[k].f1 for k in KINDS) / len(KINDS), 4),
        "agreement": {k: {"agree": a, "matched": n} for k, (a, n) in agreement.items()},
        "articles": articles,
    }


# --- the report -----------------------------------------------------------------------------
ROW_LABELS = {"partnership_members": "  member of named", "partnership_pairs": "  org pairs"}


def _table_row(label: str, s: dict) -> str:
    return (f"{label:<18} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
            f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")


def format_report(result: dict, details: bool = False) -> str:
    """An aligned table of P/R/F1 per kind, macro F1, per-article F1 and, with details, misses/extras."""
    lines = [f"{result['matched']} gold article(s) matched in {result['store']}"
             + (f", {len(result['skipped'])} skipped (article not in the store)" if result["skipped"] else ""),
             "",
             f"{'kind':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind in ("people", "organisations", "posts", "partnerships", *PARTNERSHIP_VIEWS, "awards"):
        lines.append(_table_row(ROW_LABELS.get(kind, kind), result["kinds"][kind]))
    lines.append(f"{'macro F1':<18} {'':>6} {'':>6} {result['macro_f1']:>6.3f}")
    agree = result["agreement"]
    lines += ["", "agreement on matched items: " + ", ".join(
        f"{k.replace('_', ' ')} {v['agree']}/{v['matched']}" for k, v in agree.items())]
    lines += ["", "per article (F1): " + "  ".join(f"{k[:5]:>5}" for k in KINDS)]
    width = max(len(a["gold"]) for a in result["articles"])
    for art in result["articles"]:
        lines.append(f"  {art['gold']:<{width}}  " + "  ".join(f"{art['kinds'][k]['f1']:>5.2f}" for k in KINDS)
                     + f"  {art['source'] or ''}")
    for s in result["skipped"]:
        lines.append(f"skipped {s['gold']} ({s['file']}): no article in the store for {s['source'] or s['gold']!r}")
    if "official_codes" in result:
        lines += ["", *official_code_lines(result["official_codes"], details)]
    if details:
        lines += ["", *detail_lines(result)]
    return "\n".join(lines)


def detail_lines(result: dict) -> list[str]:
    out = []
    for art in result["articles"]:
        out.append(f"{art['gold']} ({art['source']}):")
        diffs = [f"  {kind:<20} {label:<6} {item}"
                 for kind in ("people", "organisations", "posts", *PARTNERSHIP_VIEWS, "awards")
                 for label in ("missed", "extra")
                 for item in art["kinds"][kind][label]]
        out += diffs or ["  no misses or extras"]
    return out


# --- scoring extracted facts directly (no store): training, --cv, --candidates ---------------
def facts_from_article(facts) -> Facts:
    """A `kg.facts.ArticleFacts` read as `Facts`, the gold structure, as the store would show it."""
    out = Facts()
    out.people = [p.name for p in facts.people.values()]
    out.organisations = [Org(o.name, sorted(o.aliases), o.kind) for o in facts.organisations.values()]
    known = {o.name for o in facts.organisations.values()}
    out.organisations += [Org(p.name, [], "Partnership") for p in facts.partnerships
                          if p.name and p.name not in known]
    out.posts = [PostFact(p.person, p.organisation, [p.role, p.title]) for p in facts.posts if p.organisation]
    out.partnerships = [PartnershipFact(p.name, list(p.members)) for p in facts.partnerships if p.members]
    out.awards = [AwardFact(a.recipient, a.award, a.outcome, a.year) for a in facts.awards]
    return out


def evaluate_facts(pairs: Iterable[tuple[GoldFile, object]], label: str = "extracted facts") -> dict:
    """Scores of (gold file, ArticleFacts) pairs, in the shape `evaluate_store` returns."""
    rows = [(gold, gold.id, score_article(facts_from_gold(gold.data), facts_from_article(facts)))
            for gold, facts in pairs]
    if not rows:
        raise EvalError("no article to score")
    return summarise(rows, [], label)


# --- official codes (kg/registers) -----------------------------------------------------------
def official_codes(store: ox.Store, rows: list) -> dict:
    """Share of the gold's statutory bodies whose organisation carries the right register code."""
    from ..registers.score import code_share

    return code_share(store, rows)


def official_code_lines(result: dict, details: bool) -> list[str]:
    from ..registers.score import report_lines

    return report_lines(result, details)
