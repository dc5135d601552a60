"""Plain records that extraction produces and RDF mapping consumes.

They are independent of spaCy (so they pickle cheaply between processes) and of RDF
(so extraction can be tested and evaluated without a store). Entities are referred to
by their canonical name within the article; `resolve` turns names into IRIs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class OrgKind(str, Enum):
    """The kinds of organisation extraction tells apart (ontology classes in rdf/mapping.py)."""
    LOCAL_AUTHORITY = "LocalAuthority"
    CCG = "CCG"
    NHS_TRUST = "NHSTrust"
    ICB = "ICB"
    PARTNERSHIP = "Partnership"
    GOVERNMENT_BODY = "GovernmentBody"
    MEDIA = "Media"
    VOLUNTARY = "Voluntary"
    OTHER = "Other"


#: Kinds of body that report on, fund or regulate partnerships rather than belong to them.
NOT_PARTNER_KINDS = frozenset({OrgKind.GOVERNMENT_BODY.value, OrgKind.MEDIA.value})


class Outcome(str, Enum):
    """An award result's outcome (kg:Won, kg:Shortlisted, ... in the data model)."""
    WON = "won"
    JOINT_WINNER = "joint_winner"
    SHORTLISTED = "shortlisted"
    HIGHLY_COMMENDED = "highly_commended"
    FINALIST = "finalist"
    DESIGNATED = "designated"


def checked(enum: type[Enum], value: str, where: str = "") -> str:
    """`value` if it names a member of `enum`, else a ValueError naming it and the choices, so a
    typo in code or in a lexicon fails loudly instead of silently becoming another kind."""
    try:
        return enum(value).value
    except ValueError:
        choices = ", ".join(m.value for m in enum)
        raise ValueError(f"{where}{value!r} is not a {enum.__name__} ({choices})") from None


@dataclass
class Evidence:
    """The sentence a fact came from, with character offsets into the article text."""
    text: str
    start: int
    end: int

    @classmethod
    def of(cls, span) -> "Evidence":
        """A spaCy span's text without surrounding white space, offsets trimmed to match."""
        source = span.doc.user_data.get("kg_source")  # the article's text, where the parser read another
        raw = source[span.start_char:span.end_char] if source is not None else span.text
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        return cls(text, span.start_char + lead, span.start_char + lead + len(text))


@dataclass
class Person:
    name: str  # canonical: no honorifics
    prefixes: list[str] = field(default_factory=list)
    suffixes: list[str] = field(default_factory=list)


@dataclass
class Organisation:
    name: str  # canonical full name
    aliases: set[str] = field(default_factory=set)
    kind: str = "Other"  # an OrgKind value
    place: str | None = None

    def __post_init__(self):
        self.kind = checked(OrgKind, self.kind)


@dataclass
class Post:
    person: str
    organisation: str | None
    title: str  # as written
    role: str  # normalised title
    evidence: Evidence
    former: bool = False
    confidence: float = 0.8


@dataclass
class Partnership:
    name: str | None  # None: the text names no partnership
    members: list[str]
    evidence: Evidence
    confidence: float = 0.7


@dataclass
class AwardResult:
    recipient: str
    award: str
    outcome: str  # an Outcome value
    evidence: Evidence
    scheme: str | None = None
    year: int | None = None
    conferred_by: str | None = None
    initiative: str | None = None
    confidence: float = 0.7

    def __post_init__(self):
        self.outcome = checked(Outcome, self.outcome)


@dataclass
class Quotation:
    speaker: str
    text: str
    evidence: Evidence
    confidence: float = 0.8


@dataclass
class Initiative:
    name: str
    led_by: list[str] = field(default_factory=list)


@dataclass
class RegisterLink:
    """An organisation the article names, linked to a body of the official registers."""
    organisation: str  # canonical (official) name, a key of ArticleFacts.organisations
    body: str  # the register body's IRI
    surface: str  # the name as the article wrote it
    confidence: float
    as_of: str | None = None  # ISO date the body was chosen for
    note: str = ""  # how it was chosen, for people reading the graph


@dataclass
class ArticleFacts:
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    partnerships: list[Partnership] = field(default_factory=list)
    awards: list[AwardResult] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    register_links: list[RegisterLink] = field(default_factory=list)  # set by kg.registers.link
