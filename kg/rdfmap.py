"""Map one article's resolved facts to RDF triples in the public data model.

Entities get IRIs from their kind and canonical name (`vocab.mint`), so they meet across
articles; relation nodes (posts, award results, quotations, partnership statements)
carry the article's key too, so each keeps its own sentence, offsets and confidence.
"""
from __future__ import annotations

from decimal import Decimal

from pyoxigraph import Literal, NamedNode, Triple

from . import __version__
from .articles import Article
from .facts import ArticleFacts, Evidence
from .vocab import DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD, mint, short_hash, slug

A = NamedNode(RDF + "type")
XSD_DATE = NamedNode(XSD + "date")
XSD_GYEAR = NamedNode(XSD + "gYear")
XSD_DECIMAL = NamedNode(XSD + "decimal")
XSD_INT = NamedNode(XSD + "integer")
XSD_BOOL = NamedNode(XSD + "boolean")


def p(ns: str, local: str) -> NamedNode:
    return NamedNode(ns + local)


ORG_KIND_CLASS = {
    "LocalAuthority": p(KG, "LocalAuthority"),
    "CCG": p(KG, "ClinicalCommissioningGroup"),
    "NHSTrust": p(KG, "NHSTrust"),
    "ICB": p(KG, "IntegratedCareBoard"),
    "GovernmentBody": p(KG, "GovernmentBody"),
    "Media": p(KG, "MediaOrganisation"),
    "Voluntary": p(KG, "VoluntaryOrganisation"),
    "Partnership": p(ORG, "OrganizationalCollaboration"),
}
OUTCOME = {
    "won": p(KG, "Won"),
    "joint_winner": p(KG, "JointWinner"),
    "shortlisted": p(KG, "Shortlisted"),
    "highly_commended": p(KG, "HighlyCommended"),
    "finalist": p(KG, "Finalist"),
    "designated": p(KG, "Designated"),
}
HEAD_WORDS = ("chief executive", "leader", "chair", "chairman", "chairwoman", "chief officer",
              "accountable officer", "managing director", "director general", "president")

def _extractor_version() -> str:
    """kg's version plus a digest of the extraction code and lexicons, so that upgrading kg or
    editing a lexicon in kg/data re-extracts articles that are otherwise unchanged."""
    import hashlib
    from pathlib import Path

    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted([*(here / "extract").glob("*.py"), *(here / "data").glob("*"), here / "rdfmap.py"]):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


EXTRACTOR_VERSION = _extractor_version()


def person_iri(name: str) -> NamedNode:
    return mint("person", name)


def org_iri(name: str) -> NamedNode:
    return mint("org", name)


def unnamed_partnership_label(members: list[str]) -> str:
    names = sorted(members)
    return "Partnership of " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])


def article_triples(article: Article, facts: ArticleFacts, version: str = EXTRACTOR_VERSION) -> list[Triple]:
    """Every triple of one article's named graph."""
    out: list[Triple] = []
    add = lambda s, pr, o: out.append(Triple(s, pr, o))  # noqa: E731
    art = NamedNode(article.iri)
    akey = short_hash(article.iri)

    add(art, A, p(SCHEMA, "NewsArticle"))
    add(art, p(DCTERMS, "source"), Literal(article.source))
    add(art, p(KG, "contentHash"), Literal(article.content_hash))
    add(art, p(KG, "extractorVersion"), Literal(version))
    if article.title:
        add(art, p(SCHEMA, "headline"), Literal(article.title))
    if article.date:
        add(art, p(SCHEMA, "datePublished"), Literal(article.date.isoformat(), datatype=XSD_DATE))

    def provenance(node: NamedNode, ev: Evidence, confidence: float | None = None):
        add(node, p(PROV, "wasDerivedFrom"), art)
        add(node, p(KG, "evidence"), Literal(ev.text))
        add(node, p(KG, "charStart"), Literal(str(ev.start), datatype=XSD_INT))
        add(node, p(KG, "charEnd"), Literal(str(ev.end), datatype=XSD_INT))
        if confidence is not None:
            add(node, p(KG, "confidence"), Literal(str(Decimal(str(round(confidence, 3)))), datatype=XSD_DECIMAL))

    for person in facts.people.values():
        node = person_iri(person.name)
        add(node, A, p(FOAF, "Person"))
        add(node, A, p(SCHEMA, "Person"))
        add(node, p(FOAF, "name"), Literal(person.name))
        for h in person.prefixes:
            add(node, p(SCHEMA, "honorificPrefix"), Literal(h))
        for h in person.suffixes:
            add(node, p(SCHEMA, "honorificSuffix"), Literal(h))
        add(art, p(SCHEMA, "mentions"), node)

    places: set[str] = set(facts.places)
    for org in facts.organisations.values():
        node = org_iri(org.name)
        add(node, A, p(ORG, "Organization"))
        if org.kind in ORG_KIND_CLASS:
            add(node, A, ORG_KIND_CLASS[org.kind])
        add(node, p(SKOS, "prefLabel"), Literal(org.name))
        for alias in sorted(org.aliases):
            if alias != org.name:
                add(node, p(SKOS, "altLabel"), Literal(alias))
        if org.place:
            add(node, p(SCHEMA, "areaServed"), mint("place", org.place))
            places.add(org.place)
        add(art, p(SCHEMA, "mentions"), node)

    referenced = {x.organisation for x in facts.posts if x.organisation}
    referenced |= {m for x in facts.partnerships for m in x.members}
    referenced |= {n for x in facts.awards for n in (x.recipient, x.conferred_by) if n}
    referenced |= {m for x in facts.initiatives for m in x.led_by}
    for name in sorted(referenced - set(facts.organisations)):
        node = org_iri(name)  # named only inside a fact; still an organisation with a label
        add(node, A, p(ORG, "Organization"))
        add(node, p(SKOS, "prefLabel"), Literal(name))

    for place in sorted(places):
        node = mint("place", place)
        add(node, A, p(SCHEMA, "Place"))
        add(node, p(SCHEMA, "name"), Literal(place))

    for post in facts.posts:
        if post.organisation is None:
            continue
        person, org = person_iri(post.person), org_iri(post.organisation)
        node = mint("membership", post.person, post.organisation, post.role, akey)
        role = mint("role", post.role)
        add(node, A, p(ORG, "Membership"))
        add(node, p(ORG, "member"), person)
        add(node, p(ORG, "organization"), org)
        add(node, p(ORG, "role"), role)
        add(node, p(RDFS, "label"), Literal(post.title))
        add(role, A, p(ORG, "Role"))
        add(role, p(SKOS, "prefLabel"), Literal(post.role))
        if post.former:
            add(node, p(KG, "former"), Literal("true", datatype=XSD_BOOL))
        else:
            add(person, p(ORG, "memberOf"), org)
            if any(post.role.lower() == h or post.role.lower().endswith(" " + h) for h in HEAD_WORDS):
                add(person, p(ORG, "headOf"), org)
        if article.date:
            add(node, p(KG, "asOf"), Literal(article.date.isoformat(), datatype=XSD_DATE))
        provenance(node, post.evidence, post.confidence)

    for part in facts.partnerships:
        if not part.members and part.name:  # named, members unknown: the organisation node says it all
            node = org_iri(part.name)
            add(node, A, p(ORG, "Organization"))
            add(node, A, p(ORG, "OrganizationalCollaboration"))
            add(node, p(SKOS, "prefLabel"), Literal(part.name))
            add(art, p(SCHEMA, "mentions"), node)
            continue
        label = part.name or unnamed_partnership_label(part.members)
        node = org_iri(label)
        add(node, A, p(ORG, "Organization"))
        add(node, A, p(ORG, "OrganizationalCollaboration"))
        add(node, p(SKOS, "prefLabel"), Literal(label))
        if part.name is None:
            add(node, p(KG, "unnamed"), Literal("true", datatype=XSD_BOOL))
        stmt = mint("partnership-statement", label, akey)
        add(stmt, A, p(KG, "PartnershipStatement"))
        add(stmt, p(KG, "partnership"), node)
        for member in part.members:
            m = org_iri(member)
            add(node, p(ORG, "hasMember"), m)
            add(m, p(ORG, "memberOf"), node)
            add(stmt, p(KG, "member"), m)
        provenance(stmt, part.evidence, part.confidence)
        add(art, p(SCHEMA, "mentions"), node)

    for res in facts.awards:
        award = mint("award", res.award)
        add(award, A, p(KG, "Award"))
        add(award, p(SKOS, "prefLabel"), Literal(res.award))
        year = str(res.year) if res.year else "undated"
        node = mint("award-result", res.recipient, res.award, year, res.outcome, akey)
        add(node, A, p(KG, "AwardResult"))
        add(node, p(KG, "recipient"), org_iri(res.recipient))
        add(node, p(KG, "award"), award)
        add(node, p(KG, "outcome"), OUTCOME[res.outcome])
        if res.year:
            add(node, p(KG, "year"), Literal(str(res.year), datatype=XSD_GYEAR))
        if res.scheme:
            scheme = mint("scheme", res.scheme)
            add(scheme, A, p(KG, "AwardScheme"))
            add(scheme, p(SKOS, "prefLabel"), Literal(res.scheme))
            add(award, p(KG, "awardScheme"), scheme)
            if res.conferred_by:
                add(scheme, p(KG, "conferredBy"), org_iri(res.conferred_by))
        elif res.conferred_by:
            add(award, p(KG, "conferredBy"), org_iri(res.conferred_by))
        if res.initiative:
            add(node, p(KG, "forInitiative"), mint("initiative", res.initiative))
        provenance(node, res.evidence, res.confidence)

    for i, quote in enumerate(facts.quotations):
        node = mint("quotation", akey, str(i))
        add(node, A, p(SCHEMA, "Quotation"))
        add(node, p(SCHEMA, "text"), Literal(quote.text))
        add(node, p(SCHEMA, "creator"), person_iri(quote.speaker))
        add(node, p(SCHEMA, "isPartOf"), art)
        provenance(node, quote.evidence, quote.confidence)

    for ini in facts.initiatives:
        node = mint("initiative", ini.name)
        add(node, A, p(KG, "Initiative"))
        add(node, p(SCHEMA, "name"), Literal(ini.name))
        for org in ini.led_by:
            add(node, p(KG, "ledBy"), org_iri(org))
        add(art, p(SCHEMA, "mentions"), node)

    return list(dict.fromkeys(out))  # stable order, no duplicates
