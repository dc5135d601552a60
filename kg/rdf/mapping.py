"""Map one article's resolved facts to RDF in the public data model (docs/data-model.md).

Entities get IRIs from their kind and canonical name (`vocab.mint`), and facts (posts, award
results, quotations, partnership statements) from their parts, without the article, so the
same entity or fact met in two articles is one node. What belongs to the article alone goes
into its named graph: its metadata, one `kg:Mention` per entity (the name as written there and
what the article says about it) and one `kg:Attestation` per fact (sentence, offsets,
confidence). `kg.rdf.shared` derives the shared graph (`id:graph/entities`) from those.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Triple

from ..articles import Article
from ..facts import ArticleFacts, Evidence
from .vocab import DCTERMS, FOAF, ID, KG, ORG, PROV, RDF, SCHEMA, SKOS, XSD, mint, short_hash

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
@lru_cache(maxsize=1)
def head_titles() -> frozenset[str]:
    """Titles whose holder heads the organisation (kg/data/words.txt [head_titles]); read on
    first use, so that readers of the graph (query workers) never import extraction."""
    from ..extract import lexicon

    return lexicon.words("head_titles")

def _fingerprint() -> str:
    from ..fingerprint import extraction_fingerprint

    return extraction_fingerprint()


def person_iri(name: str) -> NamedNode:
    return mint("person", name)


def org_iri(name: str) -> NamedNode:
    return mint("org", name)


def unnamed_partnership_label(members: list[str]) -> str:
    names = sorted(members)
    return "Partnership of " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])


#: Entity label properties: in an article graph each becomes the mention's kg:name.
LABEL_PROPERTIES = (p(FOAF, "name"), p(SKOS, "prefLabel"), p(SCHEMA, "name"))
#: How a mention restates an entity's triple: types and names get mention properties of their
#: own, so that `?x a org:Organization` or `?x skos:prefLabel ?l` never meets a mention node.
MENTION_PROPERTY = {A: p(KG, "statedType"), p(SKOS, "altLabel"): p(KG, "alias"),
                    **{lp: p(KG, "name") for lp in LABEL_PROPERTIES}}


def mention_iri(article_iri: str, entity: NamedNode) -> NamedNode:
    """id:mention/{article key}.{entity kind}.{entity name}: one per entity per article (no
    slash after the kind, so Turtle writes it `kgmention:...` without escapes)."""
    return NamedNode(f"{ID}mention/{short_hash(article_iri)}.{entity.value[len(ID):].replace('/', '.')}")


def attestation_iri(article_iri: str, fact: NamedNode) -> NamedNode:
    """id:attestation/{article key}.{fact kind}.{fact name}: one per fact per article."""
    return NamedNode(f"{ID}attestation/{short_hash(article_iri)}.{fact.value[len(ID):].replace('/', '.')}")


def decimal(value: float) -> Literal:
    return Literal(str(Decimal(str(round(value, 3)))), datatype=XSD_DECIMAL)


@dataclass
class ArticleRDF:
    """One article mapped to RDF: its named graph, and the structure of the facts it attests.

    `facts` maps each fact node to its (predicate, object) pairs (type, member, role, ...): the
    same for every article that states the fact, so `kg.rdf.shared` writes them once.
    """
    iri: str
    graph: list[Triple] = field(default_factory=list)
    facts: dict[NamedNode, list[tuple[NamedNode, object]]] = field(default_factory=dict)

    def triples(self) -> list[Triple]:
        """The article graph and its facts' structure, as one list (for tests and counts)."""
        return self.graph + [Triple(f, pr, o) for f, pos in self.facts.items() for pr, o in pos]


class _Mapper:
    """Collects one article's triples: entity descriptions become mentions, facts attestations."""

    def __init__(self, article: Article):
        self.article = article
        self.art = NamedNode(article.iri)
        self.out = ArticleRDF(article.iri)
        self.entities: dict[NamedNode, list[tuple[NamedNode, object]]] = {}

    def add(self, s, pr, o) -> None:
        self.out.graph.append(Triple(s, pr, o))

    def entity(self, node: NamedNode, pr: NamedNode, o) -> None:
        """A statement about an entity, as this article makes it (kept on its mention)."""
        self.entities.setdefault(node, []).append((pr, o))

    def fact(self, node: NamedNode, pr: NamedNode, o) -> None:
        self.out.facts.setdefault(node, []).append((pr, o))

    def attest(self, fact: NamedNode, ev: Evidence, confidence: float, extra: list[tuple[NamedNode, object]] = ()):
        """The article's own record of a fact: its sentence, offsets and confidence."""
        node = attestation_iri(self.article.iri, fact)
        self.add(fact, p(PROV, "wasDerivedFrom"), self.art)
        self.add(node, A, p(KG, "Attestation"))
        self.add(node, p(KG, "attests"), fact)
        self.add(node, p(PROV, "wasDerivedFrom"), self.art)
        self.add(node, p(KG, "evidence"), Literal(ev.text))
        self.add(node, p(KG, "charStart"), Literal(str(ev.start), datatype=XSD_INT))
        self.add(node, p(KG, "charEnd"), Literal(str(ev.end), datatype=XSD_INT))
        self.add(node, p(KG, "confidence"), decimal(confidence))
        for pr, o in extra:
            self.add(node, pr, o)

    def finish(self) -> ArticleRDF:
        for node, statements in self.entities.items():
            m = mention_iri(self.article.iri, node)
            self.add(m, A, p(KG, "Mention"))
            self.add(m, p(KG, "mentionOf"), node)
            named = False
            for pr, o in statements:
                mp = MENTION_PROPERTY.get(pr, pr)
                if mp == p(KG, "name"):
                    if named:
                        continue
                    named = True
                self.add(m, mp, o)
        self.out.graph = list(dict.fromkeys(self.out.graph))  # stable order, no duplicates
        self.out.facts = {f: list(dict.fromkeys(pos)) for f, pos in self.out.facts.items()}
        return self.out


def article_rdf(article: Article, facts: ArticleFacts, version: str | None = None) -> ArticleRDF:
    """One article's named graph (metadata, mentions, attestations) and its facts' structure.

    `version` is the extraction fingerprint recorded on the article (default: the current one)."""
    version = version or _fingerprint()
    m = _Mapper(article)
    art = m.art
    m.add(art, A, p(SCHEMA, "NewsArticle"))
    m.add(art, p(DCTERMS, "source"), Literal(article.source))
    m.add(art, p(KG, "contentHash"), Literal(article.content_hash))
    m.add(art, p(KG, "extractorVersion"), Literal(version))
    if article.title:
        m.add(art, p(SCHEMA, "headline"), Literal(article.title))
    if article.date:
        m.add(art, p(SCHEMA, "datePublished"), Literal(article.date.isoformat(), datatype=XSD_DATE))
    _map_people(m, facts)
    _map_organisations(m, facts)
    _map_posts(m, facts)
    _map_partnerships(m, facts)
    _map_awards(m, facts)
    _map_quotations(m, facts)
    _map_initiatives(m, facts)
    return m.finish()


def article_triples(article: Article, facts: ArticleFacts, version: str | None = None) -> list[Triple]:
    """Every triple one article gives: its graph and its facts' structure (see `article_rdf`)."""
    return article_rdf(article, facts, version).triples()


def _person(m: _Mapper, name: str) -> NamedNode:
    node = person_iri(name)
    m.entity(node, A, p(FOAF, "Person"))
    m.entity(node, A, p(SCHEMA, "Person"))
    m.entity(node, p(FOAF, "name"), Literal(name))
    return node


def _org(m: _Mapper, name: str) -> NamedNode:
    node = org_iri(name)
    m.entity(node, A, p(ORG, "Organization"))
    m.entity(node, p(SKOS, "prefLabel"), Literal(name))
    return node


def _labelled(m: _Mapper, kind: str, name: str, cls: NamedNode, label: NamedNode) -> NamedNode:
    node = mint(kind, name)
    m.entity(node, A, cls)
    m.entity(node, label, Literal(name))
    return node


def _map_people(m: _Mapper, facts: ArticleFacts) -> None:
    for person in facts.people.values():
        node = _person(m, person.name)
        for h in person.prefixes:
            m.entity(node, p(SCHEMA, "honorificPrefix"), Literal(h))
        for h in person.suffixes:
            m.entity(node, p(SCHEMA, "honorificSuffix"), Literal(h))
        m.add(m.art, p(SCHEMA, "mentions"), node)


def _map_organisations(m: _Mapper, facts: ArticleFacts) -> None:
    places: set[str] = set(facts.places)
    for org in facts.organisations.values():
        node = _org(m, org.name)
        if org.kind in ORG_KIND_CLASS:
            m.entity(node, A, ORG_KIND_CLASS[org.kind])
        for alias in sorted(org.aliases):
            if alias != org.name:
                m.entity(node, p(SKOS, "altLabel"), Literal(alias))
        if org.place:
            m.entity(node, p(SCHEMA, "areaServed"), mint("place", org.place))
            places.add(org.place)
        m.add(m.art, p(SCHEMA, "mentions"), node)
    referenced = {x.organisation for x in facts.posts if x.organisation}
    referenced |= {n for x in facts.partnerships for n in x.members}
    referenced |= {n for x in facts.awards for n in (x.recipient, x.conferred_by)
                   if n and not _is_person(facts, n)}  # a person may receive an award (data model)
    referenced |= {n for x in facts.initiatives for n in x.led_by}
    for name in sorted(referenced - set(facts.organisations)):
        _org(m, name)  # named only inside a fact; still an organisation with a label
    for place in sorted(places):
        _labelled(m, "place", place, p(SCHEMA, "Place"), p(SCHEMA, "name"))


def _map_posts(m: _Mapper, facts: ArticleFacts) -> None:
    for post in facts.posts:
        if post.organisation is None:
            continue
        person, org = _person(m, post.person), org_iri(post.organisation)
        role = _labelled(m, "role", post.role, p(ORG, "Role"), p(SKOS, "prefLabel"))
        node = mint("membership", post.person, post.organisation, post.role)
        m.fact(node, A, p(ORG, "Membership"))
        m.fact(node, p(ORG, "member"), person)
        m.fact(node, p(ORG, "organization"), org)
        m.fact(node, p(ORG, "role"), role)
        extra = [(p(KG, "title"), Literal(post.title))]
        if post.former:
            extra.append((p(KG, "former"), Literal("true", datatype=XSD_BOOL)))
        else:
            m.entity(person, p(ORG, "memberOf"), org)
            if any(post.role.lower() == h or post.role.lower().endswith(" " + h) for h in head_titles()):
                m.entity(person, p(ORG, "headOf"), org)
        if m.article.date:
            extra.append((p(KG, "asOf"), Literal(m.article.date.isoformat(), datatype=XSD_DATE)))
        m.attest(node, post.evidence, post.confidence, extra)


def _map_partnerships(m: _Mapper, facts: ArticleFacts) -> None:
    for part in facts.partnerships:
        label = part.name or unnamed_partnership_label(part.members)
        node = _org(m, label)
        m.entity(node, A, p(ORG, "OrganizationalCollaboration"))
        m.add(m.art, p(SCHEMA, "mentions"), node)
        if not part.members:  # named, members unknown: the organisation node says it all
            continue
        if part.name is None:
            m.entity(node, p(KG, "unnamed"), Literal("true", datatype=XSD_BOOL))
        members = [org_iri(x) for x in part.members]
        stmt = mint("partnership-statement", label, short_hash("|".join(sorted(x.value for x in members))))
        m.fact(stmt, A, p(KG, "PartnershipStatement"))
        m.fact(stmt, p(KG, "partnership"), node)
        for member in members:
            m.entity(node, p(ORG, "hasMember"), member)
            m.entity(member, p(ORG, "memberOf"), node)
            m.fact(stmt, p(KG, "member"), member)
        m.attest(stmt, part.evidence, part.confidence)


def _is_person(facts: ArticleFacts, name: str) -> bool:
    """A name the article knows as a person's and not as a body's."""
    return name in facts.people and name not in facts.organisations


def _map_awards(m: _Mapper, facts: ArticleFacts) -> None:
    for res in facts.awards:
        award = _labelled(m, "award", res.award, p(KG, "Award"), p(SKOS, "prefLabel"))
        year = str(res.year) if res.year else "undated"
        node = mint("award-result", res.recipient, res.award, year, res.outcome)
        m.fact(node, A, p(KG, "AwardResult"))
        m.fact(node, p(KG, "recipient"),
               person_iri(res.recipient) if _is_person(facts, res.recipient) else org_iri(res.recipient))
        m.fact(node, p(KG, "award"), award)
        m.fact(node, p(KG, "outcome"), OUTCOME[res.outcome])
        if res.year:
            m.fact(node, p(KG, "year"), Literal(str(res.year), datatype=XSD_GYEAR))
        if res.scheme:
            scheme = _labelled(m, "scheme", res.scheme, p(KG, "AwardScheme"), p(SKOS, "prefLabel"))
            m.entity(award, p(KG, "awardScheme"), scheme)
            if res.conferred_by:
                m.entity(scheme, p(KG, "conferredBy"), org_iri(res.conferred_by))
        elif res.conferred_by:
            m.entity(award, p(KG, "conferredBy"), org_iri(res.conferred_by))
        extra = []
        if res.initiative:
            ini = _labelled(m, "initiative", res.initiative, p(KG, "Initiative"), p(SCHEMA, "name"))
            extra.append((p(KG, "forInitiative"), ini))
        m.attest(node, res.evidence, res.confidence, extra)


def _map_quotations(m: _Mapper, facts: ArticleFacts) -> None:
    for quote in facts.quotations:
        speaker = _person(m, quote.speaker)
        node = mint("quotation", quote.speaker, short_hash(quote.text, 12))
        m.fact(node, A, p(SCHEMA, "Quotation"))
        m.fact(node, p(SCHEMA, "text"), Literal(quote.text))
        m.fact(node, p(SCHEMA, "creator"), speaker)
        m.add(node, p(SCHEMA, "isPartOf"), m.art)
        m.attest(node, quote.evidence, quote.confidence)


def _map_initiatives(m: _Mapper, facts: ArticleFacts) -> None:
    for ini in facts.initiatives:
        node = _labelled(m, "initiative", ini.name, p(KG, "Initiative"), p(SCHEMA, "name"))
        for org in ini.led_by:
            m.entity(node, p(KG, "ledBy"), org_iri(org))
        m.add(m.art, p(SCHEMA, "mentions"), node)
