"""For `kg eval`: the share of statutory bodies in the gold (kinds LocalAuthority, CCG,
NHSTrust, ICB) whose organisation in the store carries the right official code.

The expected body is the register body the gold's canonical name denotes at the article's
date (the gold date, else the article's schema:datePublished; undated articles as linking
reads them), so the score measures linking, not the registers' coverage: gold bodies no
register holds (a trust dissolved before ODS's 2021 snapshots) are listed apart.
"""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from ..facts import ArticleFacts, Organisation
from ..rdf.vocab import ORG, SCHEMA
from .gazetteer import Gazetteer
from .link import latest_date_allowed

STATUTORY = ("LocalAuthority", "CCG", "NHSTrust", "ICB")


def code_share(store: ox.Store, rows: list) -> dict:
    """`rows` are evaluate's (gold file, article IRI, score) triples."""
    from ..evaluate.graph import ArticleGraph, _iri, org_from_node
    from ..evaluate.match import Names, facts_from_gold

    gazetteer = Gazetteer.from_store(store)
    if gazetteer is None:
        return {"loaded": False}
    right, total, missing, wrong = 0, 0, [], []
    for gold, iri, _ in rows:
        gold_facts = facts_from_gold(gold.data)
        statutory = [o for o in gold_facts.organisations if o.kind in STATUTORY]
        if not statutory:
            continue
        when = article_date(store, gold.data, iri)
        if when is None:
            when = latest_date_allowed(ArticleFacts(organisations={o.name: Organisation(o.name, set(o.aliases), o.kind)
                                                                   for o in statutory}), gazetteer)
        graph = ArticleGraph(store, iri)
        nodes = graph.subjects_of_type(_iri(ORG, "Organization"))
        predicted = [(n, org_from_node(graph, n)) for n in nodes]
        names = Names(gold_facts.organisations, [o for _, o in predicted])
        for org in statutory:
            match = gazetteer.lookup(org.name, when, org.kind)
            if match is None:
                missing.append(f"{gold.id}: {org.name}")
                continue
            total += 1
            expected = {c for s, c in match.entry.codes if s in ("ods", "gss")}
            key = names.key(org.name)
            got = set().union(*[codes_of(store, n) for n, o in predicted if names.predicted_key(o) == key] or [set()])
            if expected & got:
                right += 1
            else:
                wrong.append(f"{gold.id}: {org.name} expected {'/'.join(sorted(expected))}, "
                             f"got {'/'.join(sorted(got)) or 'no code'}")
    return {"loaded": True, "bodies": total, "right": right, "share": round(right / total, 4) if total else None,
            "not_in_registers": missing, "wrong": wrong}


def article_date(store: ox.Store, gold: dict, iri: str) -> date | None:
    if gold.get("date"):
        try:
            return date.fromisoformat(str(gold["date"])[:10])
        except ValueError:
            pass
    found = next(iter(store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(SCHEMA + "datePublished"), None,
                                              ox.NamedNode(iri))), None)
    return date.fromisoformat(found.object.value[:10]) if found is not None else None


def codes_of(store: ox.Store, node) -> set[str]:
    return {q.object.value for q in store.quads_for_pattern(node, ox.NamedNode(ORG + "identifier"), None, None)}


def report_lines(result: dict, details: bool = False) -> list[str]:
    """The report's lines about official codes."""
    if not result.get("loaded"):
        return ["official codes: no registers loaded (kg registers load FOLDER)"]
    if not result["bodies"]:
        return ["official codes: no statutory bodies in the gold"]
    lines = [f"official codes: {result['right']}/{result['bodies']} statutory bodies carry the right code "
             f"({result['share']:.3f}); {len(result['not_in_registers'])} not in the registers"]
    if details:
        lines += [f"  wrong code      {w}" for w in result["wrong"]]
        lines += [f"  not in registers {m}" for m in result["not_in_registers"]]
    return lines
