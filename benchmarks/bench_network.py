"""Benchmark the network stage on a synthetic store of many articles' facts.

No NLP: the facts are generated directly as RDF in the shapes kg/rdf/mapping.py writes (one
named graph per article; people, organisations with kinds and places, org:Membership
posts, partnership statements with org:hasMember, award results with years, quotations,
initiatives), drawn with skewed popularity so hubs and a giant component form as in news.
Then it times reading, each projection, the analysis, writing the analysis graph, each
export and the HTML view, and reports the peak resident memory after each step.

    python benchmarks/bench_network.py --articles 10000
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.network import analysis as network, export as netexport, viz  # noqa: E402
from kg.rdf.vocab import DCTERMS, FOAF, ID, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD  # noqa: E402

ORG_TYPES = ["LocalAuthority", "ClinicalCommissioningGroup", "NHSTrust", "IntegratedCareBoard",
             "GovernmentBody", "VoluntaryOrganisation"]
ROLES = ["Chief Executive", "Chair", "Director of Adult Social Care", "Medical Director",
         "Director of Public Health", "Leader", "Portfolio Holder for Health", "Programme Director"]
OUTCOMES = ["Won", "Shortlisted", "HighlyCommended", "Finalist"]


def iri(kind: str, i: int) -> str:
    return f"<{ID}{kind}/{kind}-{i}>"


def lit(text: str, dtype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"^^<{XSD}{dtype}>" if dtype else "")


class Pools:
    """Entity pools sized to the corpus, with Zipf-like popularity."""

    def __init__(self, articles: int, rng: random.Random):
        self.rng = rng
        self.orgs = max(50, articles // 3)
        self.people = max(100, articles)
        self.partnerships = max(10, articles // 15)
        self.awards = max(10, articles // 40)
        self.places = max(10, articles // 60)
        self.initiatives = max(10, articles // 30)
        self.org_place = {o: rng.randrange(self.places) for o in range(self.orgs)}
        self.person_home = {p: self.pick(self.orgs) for p in range(self.people)}

    def pick(self, n: int) -> int:
        """Skewed choice in range(n): a few popular entities, a long tail."""
        return min(n - 1, int(n * self.rng.random() ** 2.5))


def article_quads(a: int, pools: Pools, rng: random.Random) -> list[str]:
    g = f"<{ID}article/bench-{a}>"
    out: list[str] = []

    def add(s: str, p: str, o: str):
        out.append(f"{s} <{p}> {o} {g} .")

    day = f"20{10 + a % 14:02d}-{1 + a % 12:02d}-{1 + a % 28:02d}"
    add(g, RDF + "type", f"<{SCHEMA}NewsArticle>")
    add(g, SCHEMA + "datePublished", lit(day, "date"))
    add(g, DCTERMS + "source", lit(f"bench/{a}.txt"))
    add(g, SCHEMA + "headline", lit(f"Synthetic article {a}"))

    def org(o: int) -> str:
        node = iri("org", o)
        add(node, RDF + "type", f"<{ORG}Organization>")
        add(node, RDF + "type", f"<{KG}{ORG_TYPES[o % len(ORG_TYPES)]}>")
        add(node, SKOS + "prefLabel", lit(f"Organisation {o}"))
        place = iri("place", pools.org_place[o])
        add(node, SCHEMA + "areaServed", place)
        add(place, RDF + "type", f"<{SCHEMA}Place>")
        add(place, SCHEMA + "name", lit(f"Place {pools.org_place[o]}"))
        add(g, SCHEMA + "mentions", node)
        return node

    def provenance(node: str, n: int):
        add(node, PROV + "wasDerivedFrom", g)
        add(node, KG + "evidence", lit(f"Sentence {n} of article {a}."))
        add(node, KG + "charStart", lit(str(n * 100), "integer"))
        add(node, KG + "charEnd", lit(str(n * 100 + 90), "integer"))
        add(node, KG + "confidence", lit("0.8", "decimal"))

    for k in range(rng.randint(1, 4)):  # people and their posts
        p = pools.pick(pools.people)
        o = pools.person_home[p] if rng.random() < 0.8 else pools.pick(pools.orgs)
        person = iri("person", p)
        add(person, RDF + "type", f"<{FOAF}Person>")
        add(person, FOAF + "name", lit(f"Person {p}"))
        add(g, SCHEMA + "mentions", person)
        role = ROLES[(p + o) % len(ROLES)]
        m = f"<{ID}membership/p{p}--o{o}--a{a}>"
        add(m, RDF + "type", f"<{ORG}Membership>")
        add(m, ORG + "member", person)
        add(m, ORG + "organization", org(o))
        add(m, ORG + "role", f"<{ID}role/r{ROLES.index(role)}>")
        add(m, RDFS + "label", lit(role))
        add(person, ORG + "memberOf", iri("org", o))
        provenance(m, k)
        if rng.random() < 0.3:
            q = f"<{ID}quotation/a{a}--{k}>"
            add(q, RDF + "type", f"<{SCHEMA}Quotation>")
            add(q, SCHEMA + "text", lit(f"Quote {k} of article {a}"))
            add(q, SCHEMA + "creator", person)
            add(q, SCHEMA + "isPartOf", g)
            provenance(q, 10 + k)
    for _ in range(rng.randint(0, 3)):  # other organisations mentioned
        org(pools.pick(pools.orgs))
    if rng.random() < 0.3:  # a partnership and its members
        pp = pools.pick(pools.partnerships)
        part = iri("partnership", pp)
        add(part, RDF + "type", f"<{ORG}Organization>")
        add(part, RDF + "type", f"<{ORG}OrganizationalCollaboration>")
        add(part, SKOS + "prefLabel", lit(f"Partnership {pp}"))
        st = f"<{ID}partnership-statement/pp{pp}--a{a}>"
        add(st, RDF + "type", f"<{KG}PartnershipStatement>")
        add(st, KG + "partnership", part)
        prng = random.Random(pp)  # a partnership keeps its members across articles
        for o in prng.sample(range(pools.orgs), 4)[: rng.randint(2, 4)]:
            member = org(o)
            add(part, ORG + "hasMember", member)
            add(member, ORG + "memberOf", part)
            add(st, KG + "member", member)
        provenance(st, 20)
    if rng.random() < 0.4:  # award results
        w = pools.pick(pools.awards)
        award = iri("award", w)
        add(award, RDF + "type", f"<{KG}Award>")
        add(award, SKOS + "prefLabel", lit(f"Award {w}"))
        add(award, KG + "awardScheme", f"<{ID}scheme/hsj>")
        add(f"<{ID}scheme/hsj>", KG + "conferredBy", org(0))
        year = str(2010 + a % 14)
        for k in range(rng.randint(1, 3)):
            o = pools.pick(pools.orgs)
            r = f"<{ID}award-result/o{o}--w{w}--a{a}>"
            add(r, RDF + "type", f"<{KG}AwardResult>")
            add(r, KG + "recipient", org(o))
            add(r, KG + "award", award)
            add(r, KG + "outcome", f"<{KG}{OUTCOMES[(o + w) % len(OUTCOMES)]}>")
            add(r, KG + "year", lit(year, "gYear"))
            provenance(r, 30 + k)
            if rng.random() < 0.2:
                i = pools.pick(pools.initiatives)
                ini = iri("initiative", i)
                add(ini, RDF + "type", f"<{KG}Initiative>")
                add(ini, SCHEMA + "name", lit(f"Initiative {i}"))
                add(ini, KG + "ledBy", iri("org", o))
                add(r, KG + "forInitiative", ini)
    return out


def build_store(path: Path, articles: int, seed: int) -> int:
    rng = random.Random(seed)
    pools = Pools(articles, rng)
    store = ox.Store(str(path))
    total, batch = 0, []
    for a in range(articles):
        batch.extend(article_quads(a, pools, rng))
        if len(batch) > 200_000 or a == articles - 1:
            store.bulk_load(input="\n".join(batch).encode(), format=ox.RdfFormat.N_QUADS)
            total += len(batch)
            batch = []
    store.flush()
    del store
    return total


ROWS: list[tuple[str, float, float, str]] = []


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


@contextmanager
def step(name: str, note: str = ""):
    start = time.perf_counter()
    box = {"note": note}
    yield box
    ROWS.append((name, time.perf_counter() - start, peak_mib(), box["note"]))
    print(f"  {name}: {ROWS[-1][1]:.2f}s", file=sys.stderr)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, default=None, help="Build the store here and keep it.")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory(prefix="bench-network-")
    store_path = args.keep or Path(tmp.name) / "store"
    out = Path(tmp.name)

    with step("generate + bulk load") as s:
        quads = build_store(store_path, args.articles, args.seed)
        s["note"] = f"{quads:,} quads, {args.articles:,} articles"
    store = ox.Store.read_only(str(store_path))
    with step("read facts (SPARQL)") as s:
        data = network.read_graph_data(store)
        s["note"] = f"{len(data.entities):,} entities, {len(data.facts):,} facts"
    del store
    graphs = {}
    for projection in network.PROJECTIONS:
        with step(f"project {projection}") as s:
            graphs[projection] = network.project(data, projection)
            s["note"] = f"{graphs[projection].number_of_nodes():,} nodes, {graphs[projection].number_of_edges():,} edges"
    analyses = {}
    for projection in network.PROJECTIONS:
        with step(f"analyse {projection}") as s:
            analyses[projection] = network.analyze_graph(graphs[projection], data)
            a = analyses[projection]
            s["note"] = (f"{len(a.communities):,} communities, {len(a.components):,} components"
                         + (", sampled" if a.sampled else ", exact"))
    with step("write analysis graph") as s:
        writable = ox.Store(str(store_path))
        s["note"] = f"{network.write_analysis(writable, analyses['entity']):,} triples"
        writable.flush()
        del writable
    G = analyses["entity"].graph
    with step("GEXF (entity)") as s:
        data_gexf = netexport.gexf_bytes(G)
        s["note"] = f"{len(data_gexf) / 2**20:.1f} MiB"
    with step("GraphML (entity)") as s:
        s["note"] = f"{len(netexport.graphml_bytes(G)) / 2**20:.1f} MiB"
    with step("CSV (entity)"):
        netexport.write_csv(G, out / "csv")
    with step("kg export gexf, end to end") as s:
        netexport.export_network(store_path, "gexf", out / "g.gexf")
        s["note"] = "read + project + analyse + write"
    with step("HTML view (top 1500 nodes)") as s:
        sub = viz.top_subgraph(G, viz.DEFAULT_MAX_NODES)
        page = viz.render_html(sub, viz.layout(sub), data, total=len(G))
        s["note"] = f"{len(page) / 2**20:.1f} MiB"

    print(f"\nnetwork benchmark: {args.articles:,} synthetic articles (seed {args.seed})")
    print(f"{'step':<30} {'seconds':>8} {'peak RSS MiB':>13}  notes")
    for name, secs, mib, note in ROWS:
        print(f"{name:<30} {secs:>8.2f} {mib:>13.0f}  {note}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
