"""`kg describe`: everything the graph says about one entity."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..rdf.vocab import USER_PREFIXES as PREFIXES
from .formats import compact
from .params import resolve_entity
from .syntax import QueryError

# --- describing one entity -----------------------------------------------------------------
_PROVENANCE = {f"{PREFIXES['prov']}wasDerivedFrom", f"{PREFIXES['kg']}evidence", f"{PREFIXES['kg']}charStart",
               f"{PREFIXES['kg']}title", f"{PREFIXES['kg']}asOf",
               f"{PREFIXES['kg']}charEnd", f"{PREFIXES['kg']}confidence", f"{PREFIXES['schema']}isPartOf",
               f"{PREFIXES['rdf']}type"}

_LABELS = """
SELECT ?e (SAMPLE(?l) AS ?label) WHERE {
  { ?e foaf:name|skos:prefLabel|schema:name|schema:headline ?l }
} GROUP BY ?e"""

_OWN = "SELECT DISTINCT ?e ?p ?o WHERE { ?e ?p ?o }"
_INCOMING = """SELECT DISTINCT ?e ?s ?p WHERE {
  ?s ?p ?e . FILTER(?p != schema:mentions)
  FILTER NOT EXISTS { ?s kg:mentionOf|kg:attests ?any } FILTER NOT EXISTS { ?any kg:attests ?s } }"""
#: One row set per attestation (a fact as one article states it): the fact's own properties
#: (not its per-article provenance) and the attestation's sentence, article and confidence.
_FACTS = """SELECT DISTINCT ?e ?fact ?attestation ?p ?o WHERE {
  ?fact ?link ?e . ?attestation kg:attests ?fact .
  { ?fact ?p ?o FILTER(?p NOT IN (prov:wasDerivedFrom, kg:confidence, schema:isPartOf)) }
  UNION { ?attestation ?p ?o FILTER(?p NOT IN (rdf:type, kg:attests)) } }"""


@dataclass
class EntityFact:
    """One relation node (post, award result, quotation, ...) that involves the entity."""
    iri: str
    kinds: list[str]
    fields: list[tuple[str, str]]  # (property, value), provenance left out
    evidence: str
    article: str
    article_label: str = ""
    date: str = ""
    confidence: str = ""


@dataclass
class EntityDescription:
    iri: str
    label: str
    properties: list[tuple[str, str]]
    linked_from: list[tuple[str, str]]  # (subject label, property)
    facts: list[EntityFact]
    codes: list[str] = field(default_factory=list)  # official codes from the registers ("ODS 04K")
    lineage: list[str] = field(default_factory=list)  # the registers' changes before and after it

    def as_dict(self) -> dict:
        from dataclasses import asdict

        return asdict(self)


def describe_entity(ref: str, store: Path | str | ox.Store | None = None, *,
                    timeout: float | None = 30.0) -> EntityDescription:
    """Everything the graph says about one entity (IRI, CURIE or name), with evidence and articles.

    With a store path it runs in a query worker process, stopped after `timeout` seconds.
    """
    from ..rdf.remote import RemoteStore

    if not isinstance(store, (ox.Store, RemoteStore)):
        from .isolation import shared_pool

        return shared_pool(store).call("describe", {"ref": ref}, timeout)
    db = store
    entity = resolve_entity(db, ref)
    subs = {ox.Variable("e"): entity}
    ask = lambda q: list(db.query(q, use_default_graph_as_union=True, prefixes=PREFIXES,  # noqa: E731
                                  substitutions=subs))
    own = ask(_OWN)
    if not own:
        raise QueryError(f"nothing is known about <{entity.value}>")
    labels = {r["e"].value: r["label"].value for r in db.query(_LABELS, use_default_graph_as_union=True,
                                                                 prefixes=PREFIXES) if r["label"]}
    show = lambda t: labels.get(t.value, compact(t)) if isinstance(t, ox.NamedNode) else compact(t)  # noqa: E731
    properties = sorted({(compact(r["p"]), show(r["o"])) for r in own})
    linked = sorted({(show(r["s"]), compact(r["p"])) for r in ask(_INCOMING)})
    properties = [(p, v) for p, v in properties if p != "skos:hiddenLabel"]  # register search variants
    return EntityDescription(entity.value, labels.get(entity.value, compact(entity)), properties, linked,
                             _facts(ask(_FACTS), show, labels, db), *_official(db, entity))


def _official(db: ox.Store, entity: ox.NamedNode) -> tuple[list[str], list[str]]:
    """Codes and lineage from the official registers (kg registers load), if any."""
    from ..registers.describe import codes, lineage

    return codes(db, entity), lineage(db, entity)


def _facts(rows, show, labels: dict[str, str], db: ox.Store) -> list[EntityFact]:
    by_node: dict[str, dict[str, list[ox.Term]]] = {}
    fact_of: dict[str, str] = {}
    for r in rows:
        fact_of[r["attestation"].value] = r["fact"].value
        by_node.setdefault(r["attestation"].value, {}).setdefault(r["p"].value, []).append(r["o"])
    dates = {r["a"].value: r["d"].value for r in db.query(
        "SELECT ?a ?d WHERE { ?a schema:datePublished ?d }", use_default_graph_as_union=True, prefixes=PREFIXES)}
    facts = []
    for node, props in sorted(by_node.items()):
        first = lambda p: props.get(PREFIXES[p.split(":")[0]] + p.split(":")[1], [None])[0]  # noqa: E731
        article = first("prov:wasDerivedFrom")
        fields = sorted({(compact(ox.NamedNode(p)), show(o)) for p, values in props.items()
                         if p not in _PROVENANCE for o in values})
        facts.append(EntityFact(
            iri=fact_of[node], kinds=sorted({compact(t) for t in props.get(PREFIXES["rdf"] + "type", [])}),
            fields=fields, evidence=compact(first("kg:evidence")), article=article.value if article else "",
            article_label=labels.get(article.value, "") if article else "",
            date=dates.get(article.value, "") if article else "",
            confidence=compact(first("kg:confidence"))))
    return sorted(facts, key=lambda f: (f.kinds, f.date, f.article, f.iri))


def format_description(d: EntityDescription) -> str:
    """A plain-text report of one entity: what it is, how it is linked, and each fact's evidence."""
    lines = [f"{d.label}  <{d.iri}>"]
    if d.codes:
        lines.append("official codes: " + ", ".join(d.codes))
    if d.lineage:
        lines.append("lineage (official registers):")
        lines += [f"  {step}" for step in d.lineage]
    lines += [f"  {p}: {v}" for p, v in d.properties]
    if d.linked_from:
        lines.append("linked from:")
        lines += [f"  {s} ({p})" for s, p in d.linked_from]
    lines.append(f"facts ({len(d.facts)}):")
    for f in d.facts:
        lines.append(f"  {', '.join(f.kinds) or 'fact'}  {compact(ox.NamedNode(f.iri))}")
        lines += [f"      {p}: {v}" for p, v in f.fields]
        lines.append(f"      \"{' '.join(f.evidence.split())}\"")
        source = f.article_label or compact(ox.NamedNode(f.article)) if f.article else "?"
        extra = ", ".join(x for x in (f.date, f.confidence and f"confidence {f.confidence}") if x)
        lines.append(f"      -- {source}" + (f" ({extra})" if extra else "") +
                     (f"  <{f.article}>" if f.article else ""))
    return "\n".join(lines)
