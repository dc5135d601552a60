"""Candidate facts: everything a stage might mean, with the rule that proposed it and features.

Candidate generation aims at recall; a scorer (scoring.py) decides which candidates become
facts. Each candidate is keyed by the fact it would assert (a post's person, organisation and
role; a partnership membership; a pair of partner organisations; an award result), so two
rules proposing the same fact give one candidate carrying both rule flags.

Candidates come from two sources:
* the precise rule stages (posts.py, partnerships.py, awards.py), whose outputs are tagged
  "rule:<shape>" -- the rule-only scorer keeps exactly these;
* the wide generators in this package (wide_posts.py, wide_relations.py), tagged
  "wide:<shape>", which propose what the rules would miss: any title near a person with any
  organisation near the title, organisations listed near a named partnership, organisations
  on an awards list line under a category heading, and so on.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .entities import Entities, Mention
from .organisations import is_column_gap
from .tokens import BULLETS, doc_text, doc_tokens, span_tokens, starts_line

#: The kinds of candidate, each with its own model.
KINDS = ("post", "member", "pair", "award")


@dataclass
class Candidate:
    kind: str  # one of KINDS
    key: tuple  # what the fact asserts, normalised for de-duplication
    fact: object  # Post | (partnership, member, Evidence) | (a, b, Evidence) | AwardResult
    rules: set[str] = field(default_factory=set)
    features: dict[str, float] = field(default_factory=dict)
    rule_confidence: float = 0.0  # the confidence the precise rule gave (0: no precise rule)

    def vector(self) -> dict[str, float]:
        """The features the scorer reads: the candidate's own, one flag per proposing rule, and the
        confidence of the precise rule (0 for none)."""
        out = dict(self.features)
        for r in self.rules:
            out[r] = 1.0
        out["n_rules"] = float(len(self.rules))
        out["any_rule"] = float(any(r.startswith("rule:") for r in self.rules))
        out["rule_confidence"] = self.rule_confidence  # how sure the precise rule that proposed it is
        return out


class CandidateSet:
    """Candidates of one article, merged by key."""

    def __init__(self):
        self.by_key: dict[tuple, Candidate] = {}

    def add(self, kind: str, key: tuple, fact, rule: str, features: dict[str, float] | None = None,
            rule_confidence: float = 0.0) -> Candidate:
        cand = self.by_key.get((kind, key))
        if cand is None:
            cand = self.by_key[(kind, key)] = Candidate(kind, key, fact)
        cand.rules.add(rule)
        for name, value in (features or {}).items():
            cand.features[name] = max(cand.features.get(name, value), value)
        cand.rule_confidence = max(cand.rule_confidence, rule_confidence)
        return cand

    def discard_where(self, kind: str, test) -> None:
        """Take out the candidates of `kind` that `test` (Candidate -> bool) picks."""
        self.by_key = {k: c for k, c in self.by_key.items() if not (k[0] == kind and test(c))}

    def __iter__(self):
        return iter(self.by_key.values())

    def of_kind(self, kind: str) -> list[Candidate]:
        return [c for c in self.by_key.values() if c.kind == kind]


# --- features shared by the kinds -------------------------------------------------------------
def _text(span: Span) -> str:
    """A span's text, sliced from the document's (Span.text walks every token)."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def dep_distance(a, b) -> int:
    """Edges between two tokens in the dependency tree (through their lowest common ancestor)."""
    up_a = [a, *a.ancestors]
    index = {t.i: n for n, t in enumerate(up_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in index:
            return index[t.i] + n
    return 20  # different sentences


def is_list_line(sent: Span) -> bool:
    """A bullet, a 'Label: value' line or a short line without a full stop."""
    text = _text(sent).strip()
    return bool(text) and (text[0] in BULLETS or (not text.endswith(".") and len(sent) <= 25))


def sentence_features(doc: Doc, sent: Span, ents: Entities, prefix: str = "") -> dict[str, float]:
    """Layout of the sentence (a copy; computed once per sentence and article)."""
    cache = _cache(ents, "sentence_features")
    key = (sent.start, prefix)
    if key not in cache:
        cache[key] = _sentence_features(doc, sent, ents, prefix)
    return dict(cache[key])


def _cache(ents: Entities, name: str) -> dict:
    caches = getattr(ents, "_caches", None)
    if caches is None:
        caches = {}
        object.__setattr__(ents, "_caches", caches)
    return caches.setdefault(name, {})


def _sentence_features(doc: Doc, sent: Span, ents: Entities, prefix: str) -> dict[str, float]:
    toks = doc_tokens(doc)
    orgs = ents.within(sent.start, sent.end, "ORG")
    people = ents.within(sent.start, sent.end, "PERSON")
    text = _text(sent).strip()
    return {
        prefix + "list_line": float(is_list_line(sent)),
        prefix + "bullet": float(text[:1] in BULLETS or _a_column_table_row(doc, sent)),
        prefix + "colon": float(":" in text),
        prefix + "semicolon": float(";" in text),
        prefix + "first_sentence": float(sent.start == 0),
        prefix + "n_orgs": min(len({m.entity for m in orgs}), 8) / 8,
        prefix + "n_people": min(len({m.entity for m in people}), 6) / 6,
        prefix + "position": sent.start / max(len(toks), 1),
        prefix + "quoted": float(any(t.text in {'"', "“", "”"} for t in span_tokens(sent))),
    }


def _a_column_table_row(doc: Doc, sent: Span) -> bool:
    """A line of a table laid out in columns ('Harford HSCP    October 2015    Locality Manager'):
    an item of a list, as a bulleted line is, though it has no bullet."""
    return starts_line(sent) and any(t.text == "," and is_column_gap(doc, t.i) for t in span_tokens(sent))


def org_kind_features(ents: Entities, name: str, prefix: str = "org_") -> dict[str, float]:
    org = ents.orgs.get(name)
    kind = org.kind if org else "Implied"
    return {f"{prefix}kind={kind}": 1.0, f"{prefix}mentions": min(ents.mention_count(name), 10) / 10,
            f"{prefix}most_mentioned": float(_most_mentioned(ents) == name)}


def _most_mentioned(ents: Entities) -> str | None:
    cached = getattr(ents, "_main", (None, -1))
    if cached[1] != len(ents.mentions):
        cached = (ents.most_mentioned(), len(ents.mentions))
        object.__setattr__(ents, "_main", cached)
    return cached[0]


def mention_in(ents: Entities, name: str, start: int, end: int) -> Mention | None:
    return next((m for m in ents.mentions if m.entity == name and m.start >= start and m.end <= end), None)


def sentence_of(doc: Doc, start_char: int) -> Span:
    tok = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    return tok.sent if tok is not None and len(tok) else doc[:].sents.__next__()
