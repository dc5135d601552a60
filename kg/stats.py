"""`kg stats`: counts by kind over the whole store and per article."""
from __future__ import annotations

from pathlib import Path

from .store import open_store
from .vocab import sparql_prologue

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


def store_stats(store_path: Path | str | None = None) -> dict:
    store = open_store(store_path, read_only=True)
    q = lambda text: list(store.query(sparql_prologue() + text, use_default_graph_as_union=True))  # noqa: E731
    totals = {}
    for kind, cls in KIND_CLASSES.items():
        (row,) = q(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }}")
        totals[kind] = int(row["n"].value)
    kinds = {}
    for row in q("""SELECT ?kind (COUNT(DISTINCT ?o) AS ?n) WHERE {
                      ?o a org:Organization, ?kind . FILTER(?kind != org:Organization) }
                    GROUP BY ?kind ORDER BY DESC(?n)"""):
        kinds[row["kind"].value.rsplit("#", 1)[-1].rsplit("/", 1)[-1]] = int(row["n"].value)
    articles = []
    for row in q("""SELECT ?a ?source
                      (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?o) AS ?orgs)
                      (COUNT(DISTINCT ?m) AS ?posts) (COUNT(DISTINCT ?r) AS ?awards) WHERE {
                      GRAPH ?a { ?a a schema:NewsArticle ; dcterms:source ?source .
                        OPTIONAL { ?p a foaf:Person } OPTIONAL { ?o a org:Organization }
                        OPTIONAL { ?m a org:Membership } OPTIONAL { ?r a kg:AwardResult } }
                    } GROUP BY ?a ?source ORDER BY ?source"""):
        articles.append({"article": row["a"].value, "source": row["source"].value,
                         "people": int(row["people"].value), "organisations": int(row["orgs"].value),
                         "posts": int(row["posts"].value), "awards": int(row["awards"].value)})
    return {"totals": totals, "organisation_kinds": kinds, "articles": articles}
