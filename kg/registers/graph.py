"""The registers as RDF in the named graph id:graph/registers (data model: "Official
identifiers, dates and lineage"), with the load's own metadata, replaced as a whole in
one transaction."""
from __future__ import annotations

import hashlib
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox
from pyoxigraph import Literal, NamedNode, Triple

from ..rdf.store import replace_graph
from ..rdf.vocab import DCTERMS, ID, KG, ORG, OWL, RDF, RDFS, SCHEMA, SKOS, XSD, mint, short_hash, sparql_prologue
from .read import Body, Change, Registers

REGISTERS_GRAPH = NamedNode(ID + "graph/registers")
GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/"
A = NamedNode(RDF + "type")
XSD_DATE, XSD_INT, XSD_DATETIME = (NamedNode(XSD + x) for x in ("date", "integer", "dateTime"))
SCHEME_DATATYPE = {"ods": NamedNode(KG + "odsCode"), "gss": NamedNode(KG + "gssCode"),
                   "register": NamedNode(KG + "registerCode")}
DATATYPE_SCHEME = {dt.value: scheme for scheme, dt in SCHEME_DATATYPE.items()}

KIND_CLASSES = {
    "LocalAuthority": ["LocalAuthority"], "CombinedAuthority": ["LocalAuthority", "CombinedAuthority"],
    "CCG": ["ClinicalCommissioningGroup"], "ICB": ["IntegratedCareBoard"], "ICS": ["IntegratedCareSystem"],
    "NHSTrust": ["NHSTrust"], "PCT": ["PrimaryCareTrust"], "HealthBoard": ["HealthBoard", "NHSTrust"],
    "HSCP": ["HealthAndSocialCarePartnership"], "CSU": ["CommissioningSupportUnit"],
    "SHA": ["StrategicHealthAuthority"], "Region": ["NHSRegion"], "CommissioningHub": ["CommissioningHub"],
    "SubICB": ["SubICBEntity"], "HealthAuthority": ["HealthAuthority"],
}
CLASS_KIND = {KG + classes[-1] if kind != "HealthBoard" else KG + "HealthBoard": kind
              for kind, classes in KIND_CLASSES.items()}


def p(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


def body_iris(regs: Registers) -> dict[str, NamedNode]:
    """Body key -> IRI: `mint("org", official name)`, as for an extracted organisation of that
    name; a later body with the same official name gets its founding year (or code) added."""
    by_name: dict[str, list[Body]] = {}
    for body in regs.bodies.values():
        by_name.setdefault(mint("org", body.name).value, []).append(body)
    out = {}
    for bodies in by_name.values():
        bodies.sort(key=lambda b: (b.founded.isoformat() if b.founded else "", b.key))
        out[bodies[0].key] = mint("org", bodies[0].name)
        for later in bodies[1:]:
            out[later.key] = mint("org", later.name, str(later.founded.year) if later.founded else later.key)
    return out


def date_literal(d) -> Literal:
    return Literal(d.isoformat(), datatype=XSD_DATE)


def body_triples(body: Body, iri: NamedNode, iris: dict[str, NamedNode]) -> list[Triple]:
    out = [Triple(iri, A, p(ORG, "Organization"))]
    out += [Triple(iri, A, p(KG, cls)) for cls in KIND_CLASSES.get(body.kind, [])]
    if body.kind in ("Region", "CommissioningHub", "SubICB"):
        out.append(Triple(iri, A, p(ORG, "OrganizationalUnit")))
    out.append(Triple(iri, p(SKOS, "prefLabel"), Literal(body.name)))
    for name in sorted(n for n in body.names if n != body.name):
        out.append(Triple(iri, p(SKOS, "hiddenLabel"), Literal(name)))  # for search, not display
    for scheme, codes in sorted(body.codes.items()):
        for code in sorted(codes):
            out.append(Triple(iri, p(ORG, "identifier"), Literal(code, datatype=SCHEME_DATATYPE[scheme])))
            if scheme == "gss":
                out.append(Triple(iri, p(OWL, "sameAs"), NamedNode(GEOGRAPHY + code)))
    if body.founded:
        out.append(Triple(iri, p(SCHEMA, "foundingDate"), date_literal(body.founded)))
    if body.dissolved:
        out.append(Triple(iri, p(SCHEMA, "dissolutionDate"), date_literal(body.dissolved)))
    if body.unit_of in iris:
        out.append(Triple(iri, p(ORG, "unitOf"), iris[body.unit_of]))
    for key in sorted(body.linked):
        out.append(Triple(iri, p(ORG, "linkedTo"), iris[key]))
    for source in sorted(body.sources):
        out.append(Triple(iri, p(DCTERMS, "source"), Literal(source)))
    return out


def change_triples(change: Change, regs: Registers, iris: dict[str, NamedNode]) -> list[Triple]:
    names = [regs.bodies[k].name for k in change.originals]
    results = [regs.bodies[k].name for k in change.results]
    when = change.date.isoformat() if change.date else "undated"
    event = mint("change", when, names[0], short_hash("|".join(change.originals + change.results)))
    label = {"rename": "Renamed: {o} as {r}", "merger": "Merger of {o} into {r}",
             "succession": "{o} succeeded by {r}", "replacement": "{o} replaced by {r}"}[change.kind]
    out = [Triple(event, A, p(ORG, "ChangeEvent")),
           Triple(event, p(KG, "changeKind"), Literal(change.kind)),
           Triple(event, p(RDFS, "label"), Literal(label.format(o=_join(names), r=_join(results))
                                                    + (f" ({when})" if change.date else ""))),
           Triple(event, p(DCTERMS, "source"), Literal(change.source))]
    if change.date:
        out.append(Triple(event, p(SCHEMA, "startDate"), date_literal(change.date)))
    for key in change.originals:
        out += [Triple(iris[key], p(ORG, "changedBy"), event), Triple(event, p(ORG, "originalOrganization"), iris[key])]
    for key in change.results:
        out += [Triple(event, p(ORG, "resultingOrganization"), iris[key]), Triple(iris[key], p(ORG, "resultedFrom"), event)]
    return out


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def version_of(regs: Registers) -> str:
    """A digest of what is loaded: the files' contents and the code that reads them."""
    digest = hashlib.sha1()
    for f in sorted(regs.files, key=lambda f: f.name):
        digest.update(f"{f.name}:{f.sha1}\n".encode())
    here = Path(__file__).resolve().parent
    for path in sorted(here.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def metadata_triples(regs: Registers, source: str) -> list[Triple]:
    g = REGISTERS_GRAPH
    out = [Triple(g, A, p(KG, "RegisterLoad")),
           Triple(g, p(DCTERMS, "source"), Literal(source)),
           Triple(g, p(DCTERMS, "modified"), Literal(datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                                                     datatype=XSD_DATETIME)),
           Triple(g, p(KG, "registersVersion"), Literal(version_of(regs)))]
    per_file = Counter(s for b in regs.bodies.values() for s in b.sources)
    for f in regs.files:
        node = mint("register-file", f.name)
        out += [Triple(g, p(DCTERMS, "hasPart"), node), Triple(node, A, p(KG, "RegisterFile")),
                Triple(node, p(DCTERMS, "title"), Literal(f.name)), Triple(node, p(KG, "layout"), Literal(f.layout)),
                Triple(node, p(KG, "rows"), Literal(str(f.rows), datatype=XSD_INT)),
                Triple(node, p(KG, "bodies"), Literal(str(per_file.get(f.name, 0)), datatype=XSD_INT)),
                Triple(node, p(KG, "sha1"), Literal(f.sha1))]
        if f.latest_date:
            out.append(Triple(node, p(KG, "latestDate"), date_literal(f.latest_date)))
        if f.data_date:
            out.append(Triple(node, p(KG, "dataDate"), Literal(f.data_date)))
    return out


def registers_triples(regs: Registers, source: str) -> list[Triple]:
    iris = body_iris(regs)
    out: list[Triple] = []
    for key, body in regs.bodies.items():
        out += body_triples(body, iris[key], iris)
    for change in regs.changes:
        out += change_triples(change, regs, iris)
    out += metadata_triples(regs, source)
    return list(dict.fromkeys(out))


def write_registers(store: ox.Store, regs: Registers, source: str) -> int:
    """Replace the registers graph with `regs` in one transaction; the number of triples."""
    triples = registers_triples(regs, source)
    replace_graph(store, REGISTERS_GRAPH, triples)
    return len(triples)


def registers_version(store: ox.Store) -> str:
    """A digest of the registers loaded in `store` ('' when none are): for build fingerprints."""
    found = next(iter(store.quads_for_pattern(REGISTERS_GRAPH, p(KG, "registersVersion"), None, REGISTERS_GRAPH)), None)
    return found.object.value if found is not None else ""


def registers_status(store: ox.Store) -> dict | None:
    """What is loaded, from where, when, with each file's rows, bodies and data dates; None if nothing."""
    meta = {q.predicate.value: q.object.value for q in store.quads_for_pattern(REGISTERS_GRAPH, None, None, REGISTERS_GRAPH)
            if q.predicate.value != DCTERMS + "hasPart"}
    if not meta:
        return None
    rows = store.query(sparql_prologue() + f"""
        SELECT ?title ?layout ?rows ?bodies ?latest ?dataDate WHERE {{ GRAPH {REGISTERS_GRAPH} {{
          {REGISTERS_GRAPH} dcterms:hasPart ?f . ?f dcterms:title ?title ; kg:layout ?layout ; kg:rows ?rows ;
             kg:bodies ?bodies . OPTIONAL {{ ?f kg:latestDate ?latest }} OPTIONAL {{ ?f kg:dataDate ?dataDate }} }} }}
        ORDER BY ?title""")
    files = [{"file": r["title"].value, "layout": r["layout"].value, "rows": int(r["rows"].value),
              "bodies": int(r["bodies"].value), "latest_date": r["latest"].value if r["latest"] else None,
              "data_date": r["dataDate"].value if r["dataDate"] else None} for r in rows]
    counts = store.query(sparql_prologue() + f"""
        SELECT ?cls (COUNT(DISTINCT ?o) AS ?n) WHERE {{ GRAPH {REGISTERS_GRAPH} {{ ?o a org:Organization ; a ?cls .
          FILTER(STRSTARTS(STR(?cls), STR(kg:))) }} }} GROUP BY ?cls ORDER BY ?cls""")
    changes = next(iter(store.query(sparql_prologue() + f"""
        SELECT (COUNT(?e) AS ?n) WHERE {{ GRAPH {REGISTERS_GRAPH} {{ ?e a org:ChangeEvent }} }}""")))["n"].value
    return {"source": meta.get(DCTERMS + "source"), "loaded": meta.get(DCTERMS + "modified"),
            "version": meta.get(KG + "registersVersion"), "files": files,
            "kinds": {r["cls"].value.rsplit("#", 1)[-1]: int(r["n"].value) for r in counts},
            "changes": int(changes)}
