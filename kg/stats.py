"""`kg stats`: counts by kind over the whole store and per article."""
from __future__ import annotations

from pathlib import Path

from .rdf.store import open_store
from .rdf.vocab import ENTITIES_GRAPH, sparql_prologue

KIND_CLASSES = {
    "articles": "schema:NewsArticle",
    "people": "foaf:Person",
    "organisations": "org:Organization",
    "partnerships": "org:OrganizationalCollaboration",
    "posts": "org:Membership",
    "award results": "kg:AwardResult",
    "awards": "kg:Award",
    "quotations": "schema:Quotation",
    "initiatives": "kg:Initiative",
    "places": "schema:Place",
}


#: The official registers' graph (kg registers load): its bodies are counted apart.
REGISTERS = "id:graph\\/registers"

#: Kinds counted per article: entities it mentions (kg:Mention) or facts it attests
#: (kg:Attestation); each is counted in its own query, because joining them in one query
#: multiplies every kind's rows by every other's.
#: What the articles name: entities mentioned, facts attested, the articles themselves (not
#: the register bodies no article names, nor the ontology's classes).
IN_ARTICLES = ("{ ?m kg:mentionOf ?x } UNION { ?t kg:attests ?x } "
               "UNION { GRAPH ?x { ?x a schema:NewsArticle } }")
PER_ARTICLE = {"people": "foaf:Person", "organisations": "org:Organization",
               "posts": "org:Membership", "awards": "kg:AwardResult"}


def per_article_counts(store, cls: str) -> dict[str, int]:
    """article IRI -> distinct instances of `cls` it mentions or attests (articles with none are absent)."""
    rows = store.query(sparql_prologue() + f"""
        SELECT ?a (COUNT(DISTINCT ?x) AS ?n) WHERE {{
          {{ GRAPH ?a {{ ?a a schema:NewsArticle . ?m kg:mentionOf ?x ; kg:statedType {cls} }} }}
          UNION
          {{ GRAPH ?a {{ ?a a schema:NewsArticle . ?t kg:attests ?x }} GRAPH {ENTITIES_GRAPH} {{ ?x a {cls} }} }}
        }} GROUP BY ?a""")
    return {r["a"].value: int(r["n"].value) for r in rows}


def store_stats(store_path: Path | str | None = None) -> dict:
    store = open_store(store_path, read_only=True)
    q = lambda text: list(store.query(sparql_prologue() + text, use_default_graph_as_union=True))  # noqa: E731
    totals = {}
    for kind, cls in KIND_CLASSES.items():
        (row,) = q(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {IN_ARTICLES} ?x a {cls} }}")
        totals[kind] = int(row["n"].value)
    (row,) = q(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH {REGISTERS} {{ ?x a org:Organization }} }}")
    if int(row["n"].value):  # bodies of the official registers (kg registers load), named in articles or not
        totals["register bodies"] = int(row["n"].value)
    kinds = {}
    for row in q("""SELECT ?kind (COUNT(DISTINCT ?o) AS ?n) WHERE {
                      ?m kg:mentionOf ?o . ?o a org:Organization, ?kind .
                      FILTER(?kind != org:Organization) }
                    GROUP BY ?kind ORDER BY DESC(?n)"""):
        kinds[row["kind"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]] = int(row["n"].value)
    articles = [{"article": row["a"].value, "source": row["source"].value}
                for row in q("""SELECT ?a ?source WHERE { GRAPH ?a { ?a a schema:NewsArticle ; dcterms:source ?source } }
                               ORDER BY ?source""")]
    for key, cls in PER_ARTICLE.items():
        counts = per_article_counts(store, cls)
        for row in articles:
            row[key] = counts.get(row["article"], 0)
    return {"totals": totals, "organisation_kinds": kinds, "articles": articles}
