"""Namespaces and IRI minting for the public data model (shared/design/data-model.md).

Every IRI kg writes is minted here, so identity rules live in one place: the same kind
and canonical name always give the same IRI, in any article and any build.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata

from pyoxigraph import NamedNode

KG = "https://w3id.org/newskg/ontology#"
ID = os.environ.get("KG_BASE_IRI", "https://w3id.org/newskg/id/")
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"

PREFIXES = {
    "kg": KG,
    "id": ID,
    "org": ORG,
    "foaf": FOAF,
    "schema": SCHEMA,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
}

# One prefix per kind of entity, for people writing SPARQL and reading Turtle: `kgorg:trafford-council`
# is <https://w3id.org/newskg/id/org/trafford-council>, with no slash to escape. The name is `kg`
# and the kind's path segment without hyphens (award-result -> kgawardresult).
ENTITY_KINDS = ("person", "org", "place", "role", "membership", "award", "award-result", "scheme",
                "initiative", "partnership-statement", "quotation", "article", "graph", "mention", "attestation",
                "register-link", "register-file", "change")
KIND_PREFIXES = {"kg" + kind.replace("-", ""): f"{ID}{kind}/" for kind in ENTITY_KINDS}
# What users get: declared in every query they run, used to compact IRIs in tables and exports
# (Oxigraph's Turtle writer picks the longest matching prefix, so kgorg:x rather than id:org\/x).
USER_PREFIXES = {**PREFIXES, **KIND_PREFIXES}

ONTOLOGY_GRAPH = NamedNode(ID + "graph/ontology")
ANALYSIS_GRAPH = NamedNode(ID + "graph/analysis")
#: Entities and facts, each described once; kept by the builder (kg.rdf.shared).
ENTITIES_GRAPH = NamedNode(ID + "graph/entities")
#: Official registers' statements (written by the registers loader, read-only for kg.rdf.shared).
REGISTERS_GRAPH = NamedNode(ID + "graph/registers")


def sparql_prologue() -> str:
    """PREFIX lines for every namespace above, for queries kg writes or runs."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def slug(text: str) -> str:
    """Lower-case ASCII slug: 'Nottingham City CCG' -> 'nottingham-city-ccg'."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("&", " and ")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return text or "unnamed"


def short_hash(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def term(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


def mint(kind: str, *parts: str) -> NamedNode:
    """id:{kind}/{slug(part1)}--{slug(part2)}...; deterministic by construction."""
    return NamedNode(f"{ID}{kind}/" + "--".join(slug(p) for p in parts))
