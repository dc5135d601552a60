"""`kg eval`: precision, recall and F1 of the store against gold facts (tests/gold/SCHEMA.md).

Each article graph is read back into the same plain structure as a gold file (people,
organisations, posts, partnerships, award results), so the scorer compares like with like
and never depends on how the graph was built. Scoring follows SCHEMA.md:

* names are compared after `normalise_name` (case, white space, punctuation, honorifics,
  a leading "the") and after mapping every alias to its canonical name: the gold file's
  aliases, and the altLabels of each predicted organisation;
* people and organisations: every predicted entity in the article graph counts (unnamed
  partnerships are not organisations: gold lists only named ones);
* posts: (person, organisation, role), roles matching at token Jaccard >= 0.5 against the
  role's skos:prefLabel or the post's rdfs:label. Former posts (kg:former) are scored like
  current ones: gold records every post an article attributes, with no tense;
* partnerships: two views, (member, named partnership) pairs and unordered pairs of
  organisations sharing any partnership. The "partnerships" row pools their counts
  (tp, fp, fn summed), so it stays defined when an article has no named partnership;
* awards: (recipient, award), the award matching at token Jaccard >= 0.5 or when one
  name's tokens contain the other's; outcome and year agreement are reported apart.

Matching is one-to-one (greedy by similarity): each gold item matches at most one
predicted item. Counts are micro-averaged over articles; macro F1 is the mean of the
five kinds' F1. Precision with nothing predicted and recall with nothing to find are 1.0
when the other side is empty too, else 0.0.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Sequence

import pyoxigraph as ox

from .errors import KGError
from .rdf.mapping import MENTION_PROPERTY, OUTCOME
from .rdf.store import open_store
from .rdf.vocab import DCTERMS, ENTITIES_GRAPH, FOAF, KG, ORG, RDF, RDFS, SCHEMA, SKOS

KINDS = ("people", "organisations", "posts", "partnerships", "awards")
PARTNERSHIP_VIEWS = ("partnership_members", "partnership_pairs")
MATCH_THRESHOLD = 0.5


class EvalError(KGError):
    """Gold files cannot be read, or none of them matches an article in the store."""


# --- normalisation -------------------------------------------------------------------------
HONORIFIC_PREFIXES = frozenset("""
    cllr coun councillor dr doctor prof professor sir dame lord lady baroness baron mr mrs ms miss mx
    rev revd reverend rt hon honourable
""".split())
HONORIFIC_SUFFIXES = frozenset("""
    cbe obe mbe kbe dbe bem cb kcb msp mp mep ms am mla mbbs phd md frcp frcgp frcs fmedsci qc kc jp dl
""".split())
FUNCTION_WORDS = frozenset("a an and at by for in of on the to with".split())
AWARD_WORDS = frozenset({"award", "awards"})


def fold(text: str) -> list[str]:
    """Lower-case ASCII words: accents, apostrophes and punctuation folded away."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = text.replace("&", " and ").replace("'", "")
    return re.sub(r"[^a-z0-9]+", " ", text).split()


def normalise_name(name: str) -> str:
    """'The Rt Hon Dr Jane Smith CBE' -> 'jane smith'; names compare equal after this."""
    words = fold(name)
    changed = True
    while changed and len(words) > 1:
        before = len(words)
        if words[0] == "the" or words[0] in HONORIFIC_PREFIXES:
            words = words[1:]
        elif words[-1] in HONORIFIC_SUFFIXES:
            words = words[:-1]
        changed = len(words) != before
    return " ".join(words)


def tokens(text: str, drop: frozenset[str] = FUNCTION_WORDS) -> frozenset[str]:
    """The set of content words of a role or award name."""
    return frozenset(w for w in fold(text) if w not in drop)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def role_similarity(gold_role: str, predicted: Sequence[str]) -> float:
    """Best token Jaccard between the gold role and any of the predicted role's wordings."""
    g = tokens(gold_role)
    return max((jaccard(g, tokens(p)) for p in predicted), default=0.0)


def award_similarity(gold_award: str, predicted_award: str) -> float | None:
    """Token Jaccard of two award names, or None when they do not match.

    They match at Jaccard >= 0.5, or when one's (non-empty) token set contains the
    other's; "award"/"awards" are ignored so "X Award" and "X" are the same award.
    """
    drop = FUNCTION_WORDS | AWARD_WORDS
    g, p = tokens(gold_award, drop), tokens(predicted_award, drop)
    if normalise_name(gold_award) == normalise_name(predicted_award):
        return 1.0
    score = jaccard(g, p)
    if score >= MATCH_THRESHOLD:
        return score
    if g and p and (g <= p or p <= g):
        return MATCH_THRESHOLD
    return None


# --- the structure both gold and predictions are read into ----------------------------------
@dataclass
class Org:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "Other"


@dataclass
class PostFact:
    person: str
    organisation: str
    roles: list[str]  # gold: the role; predicted: role prefLabel and the title as written


@dataclass
class PartnershipFact:
    name: str | None
    members: list[str]


@dataclass
class AwardFact:
    recipient: str
    award: str
    outcome: str | None = None
    year: int | None = None


@dataclass
class Facts:
    """One article's facts, by name, as in a gold file."""
    people: list[str] = field(default_factory=list)
    organisations: list[Org] = field(default_factory=list)
    posts: list[PostFact] = field(default_factory=list)
    partnerships: list[PartnershipFact] = field(default_factory=list)
    awards: list[AwardFact] = field(default_factory=list)


def facts_from_gold(gold: dict) -> Facts:
    """A gold JSON object (SCHEMA.md) as `Facts`."""
    facts = Facts()
    for person in gold.get("people") or []:
        facts.people.append(person["name"])
        for role in person.get("roles") or []:
            if role.get("organisation"):
                facts.posts.append(PostFact(person["name"], role["organisation"], [role["role"]]))
    for org in gold.get("organisations") or []:
        facts.organisations.append(Org(org["name"], list(org.get("aliases") or []), org.get("type") or "Other"))
    for part in gold.get("partnerships") or []:
        facts.partnerships.append(PartnershipFact(part.get("name"), list(part.get("members") or [])))
    for award in gold.get("awards") or []:
        facts.awards.append(AwardFact(award["recipient"], award["award"], award.get("outcome"), award.get("year")))
    return facts


# --- name resolution ------------------------------------------------------------------------
class Names:
    """Maps any organisation name (canonical or alias, gold or predicted) to one key.

    A predicted organisation takes the gold canonical name of the first of its labels
    (prefLabel, then altLabels) that the gold file knows, else its own prefLabel; an
    alias two gold organisations share is ambiguous and maps to neither.
    """

    def __init__(self, gold_orgs: Iterable[Org], predicted_orgs: Iterable[Org] = ()):
        self.gold: dict[str, str] = {}
        ambiguous: set[str] = set()
        for org in gold_orgs:
            canonical = normalise_name(org.name)
            self.gold[canonical] = canonical
        for org in gold_orgs:
            canonical = normalise_name(org.name)
            for alias in map(normalise_name, org.aliases):
                if self.gold.get(alias, canonical) != canonical:
                    ambiguous.add(alias)
                self.gold.setdefault(alias, canonical)
        for alias in ambiguous:
            if self.gold[alias] != alias:
                del self.gold[alias]
        self.predicted: dict[str, str] = {}
        for org in predicted_orgs:
            key = self.predicted_key(org)
            for label in [org.name, *org.aliases]:
                self.predicted.setdefault(normalise_name(label), key)

    def predicted_key(self, org: Org) -> str:
        labels = [normalise_name(x) for x in [org.name, *org.aliases]]
        return next((self.gold[x] for x in labels if x in self.gold), labels[0])

    def key(self, name: str) -> str:
        n = normalise_name(name)
        return self.gold.get(n) or self.predicted.get(n) or n


# --- one-to-one matching and counts ---------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float(self.fn == 0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float(self.fp == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, details: bool = True) -> dict:
        out = {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
               "tp": self.tp, "fp": self.fp, "fn": self.fn}
        if details:
            out.update(missed=self.missed, extra=self.extra)
        return out


def match_one_to_one(gold: Sequence, predicted: Sequence,
                     similarity: Callable[[object, object], float | None]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), each used at most once, best similarity first.

    `similarity` returns None for pairs that do not match at all.
    """
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            s = similarity(g, p)
            if s is not None:
                candidates.append((-s, i, j))
    used_gold, used_pred, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def score_items(gold: Sequence, predicted: Sequence, similarity: Callable[[object, object], float | None],
                show: Callable[[object], str] = str) -> tuple[Score, list[tuple[int, int]]]:
    pairs = match_one_to_one(gold, predicted, similarity)
    matched_gold = {i for i, _ in pairs}
    matched_pred = {j for _, j in pairs}
    score = Score(tp=len(pairs), fp=len(predicted) - len(pairs), fn=len(gold) - len(pairs),
                  missed=[show(g) for i, g in enumerate(gold) if i not in matched_gold],
                  extra=[show(p) for j, p in enumerate(predicted) if j not in matched_pred])
    return score, pairs


def same(a, b) -> float | None:
    return 1.0 if a == b else None


# --- scoring one article --------------------------------------------------------------------
@dataclass
class ArticleScore:
    kinds: dict[str, Score]
    outcome_agree: int = 0
    year_agree: int = 0
    awards_matched: int = 0
    kind_agree: int = 0
    orgs_matched: int = 0


def score_article(gold: Facts, predicted: Facts) -> ArticleScore:
    """Per-kind scores of one article's predicted facts against its gold facts."""
    names = Names(gold.organisations, predicted.organisations)
    kinds: dict[str, Score] = {}
    kinds["people"], _ = score_items(
        [normalise_name(p) for p in gold.people], [normalise_name(p) for p in predicted.people], same)

    gold_orgs = [(names.key(o.name), o) for o in gold.organisations]
    pred_orgs = [(names.predicted_key(o), o) for o in predicted.organisations]
    kinds["organisations"], org_pairs = score_items(
        gold_orgs, pred_orgs, lambda g, p: same(g[0], p[0]), show=lambda x: x[1].name)

    kinds["posts"] = score_posts(gold.posts, predicted.posts, names)
    kinds.update(score_partnerships(gold.partnerships, predicted.partnerships, names))
    kinds["awards"], award_pairs = score_awards(gold.awards, predicted.awards, names)

    result = ArticleScore(kinds=kinds, awards_matched=len(award_pairs), orgs_matched=len(org_pairs))
    result.outcome_agree = sum(gold.awards[i].outcome == predicted.awards[j].outcome for i, j in award_pairs)
    result.year_agree = sum(gold.awards[i].year == predicted.awards[j].year for i, j in award_pairs)
    result.kind_agree = sum(gold_orgs[i][1].kind == pred_orgs[j][1].kind for i, j in org_pairs)
    return result


def score_posts(gold: list[PostFact], predicted: list[PostFact], names: Names) -> Score:
    """Same person and organisation, role token Jaccard >= 0.5 against any predicted wording."""
    def key(post: PostFact) -> tuple[str, str]:
        return normalise_name(post.person), names.key(post.organisation)

    def similarity(g: PostFact, p: PostFact) -> float | None:
        if key(g) != key(p):
            return None
        s = max(role_similarity(role, p.roles) for role in g.roles)
        return s if s >= MATCH_THRESHOLD else None

    score, _ = score_items(gold, predicted, similarity,
                           show=lambda x: f"{x.person} | {x.organisation} | {x.roles[0]}")
    return score


def score_partnerships(gold: list[PartnershipFact], predicted: list[PartnershipFact],
                       names: Names) -> dict[str, Score]:
    """Both views, and "partnerships": their counts pooled."""
    members, _ = score_items(sorted(member_pairs(gold, names)), sorted(member_pairs(predicted, names)), same,
                             show=lambda x: f"{x[0]} in {x[1]}")
    pairs, _ = score_items(sorted(org_pairs_sharing(gold, names)), sorted(org_pairs_sharing(predicted, names)),
                           same, show=lambda x: " + ".join(x))
    pooled = Score()
    for view in (members, pairs):
        pooled.add(view)
        pooled.missed += view.missed
        pooled.extra += view.extra
    return {"partnership_members": members, "partnership_pairs": pairs, "partnerships": pooled}


def score_awards(gold: list[AwardFact], predicted: list[AwardFact],
                 names: Names) -> tuple[Score, list[tuple[int, int]]]:
    """(recipient, award) pairs; the matched pairs are returned for outcome and year agreement."""
    def similarity(g: AwardFact, p: AwardFact) -> float | None:
        if names.key(g.recipient) != names.key(p.recipient):  # a person recipient keys by its normalised name
            return None
        return award_similarity(g.award, p.award)

    return score_items(gold, predicted, similarity,
                       show=lambda x: f"{x.recipient} | {x.award} | {x.outcome or '?'} {x.year or ''}".rstrip())


def member_pairs(partnerships: Iterable[PartnershipFact], names: Names) -> set[tuple[str, str]]:
    """(member, partnership) for every member of every named partnership."""
    return {(names.key(m), names.key(p.name)) for p in partnerships if p.name for m in p.members}


def org_pairs_sharing(partnerships: Iterable[PartnershipFact], names: Names) -> set[tuple[str, str]]:
    """Unordered (sorted) pairs of distinct organisations that share a partnership."""
    out = set()
    for p in partnerships:
        members = sorted({names.key(m) for m in p.members})
        out.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
    return out


# --- reading the store ----------------------------------------------------------------------
def _iri(ns: str, local: str) -> ox.NamedNode:
    return ox.NamedNode(ns + local)


TYPE = _iri(RDF, "type")
PREF, ALT = _iri(SKOS, "prefLabel"), _iri(SKOS, "altLabel")
NAME = _iri(FOAF, "name")
KIND_OF_CLASS = {
    KG + "LocalAuthority": "LocalAuthority", KG + "ClinicalCommissioningGroup": "CCG", KG + "NHSTrust": "NHSTrust",
    KG + "IntegratedCareBoard": "ICB", KG + "GovernmentBody": "GovernmentBody", KG + "MediaOrganisation": "Media",
    KG + "VoluntaryOrganisation": "Voluntary",
}
OUTCOME_NAME = {iri.value: name for name, iri in OUTCOME.items()}
MENTION_OF, ATTESTS, TITLE = _iri(KG, "mentionOf"), _iri(KG, "attests"), _iri(KG, "title")
RDFS_LABEL = _iri(RDFS, "label")


class ArticleGraph:
    """One article's named graph, indexed in memory: the facts it attests and its mentions.

    Entities are read through the article's own mention of them (the name as written there,
    its aliases and types), so scores do not depend on what other articles say; a fact's
    structure (member, organisation, role, ...) comes from the shared graph, where it is
    described once, and a post's title as written from this article's attestation.
    """

    def __init__(self, store: ox.Store, iri: str):
        self.store = store
        self.iri = iri
        self.index: dict[tuple[str, str], list] = {}
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(iri)):
            self.index.setdefault((q.subject.value, q.predicate.value), []).append(q.object)
        self.mention = {objs[0].value: s for (s, p), objs in self.index.items() if p == MENTION_OF.value}
        self.attestation = {objs[0].value: s for (s, p), objs in self.index.items() if p == ATTESTS.value}

    def _own(self, s: str, p: str) -> list:
        return self.index.get((s, p), [])

    def objects(self, s, p: ox.NamedNode) -> list:
        """`s p ?o` as this article states it: through its mention, attestation or the fact."""
        if s.value in self.mention:
            return self._own(self.mention[s.value], MENTION_PROPERTY.get(p, p).value)
        if s.value in self.attestation:
            if p == RDFS_LABEL:
                return self._own(self.attestation[s.value], TITLE.value)
            return [q.object for q in self.store.quads_for_pattern(s, p, None, ENTITIES_GRAPH)]
        return self._own(s.value, p.value)

    def one(self, s, p: ox.NamedNode):
        found = self.objects(s, p)
        return found[0] if found else None

    def subjects_of_type(self, cls: ox.NamedNode) -> list[ox.NamedNode]:
        """Entities this article mentions, or facts it attests, of class `cls`."""
        nodes = [ox.NamedNode(n) for n in sorted(set(self.mention) | set(self.attestation))]
        return [n for n in nodes if cls.value in self.types(n)]

    def types(self, s) -> set[str]:
        return {o.value for o in self.objects(s, TYPE)}

    def label(self, node, predicate: ox.NamedNode) -> str:
        """The node's name as this article writes it, else in the union, else words from its IRI."""
        found = self.one(node, predicate)
        if found is None:
            found = next((q.object for q in self.store.quads_for_pattern(node, predicate, None, None)), None)
        if found is not None:
            return found.value
        return node.value.rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


def org_from_node(graph: ArticleGraph, node) -> Org:
    types = graph.types(node)
    kind = next((KIND_OF_CLASS[t] for t in sorted(types) if t in KIND_OF_CLASS), None)
    if kind is None:
        kind = "Partnership" if ORG + "OrganizationalCollaboration" in types else "Other"
    aliases = sorted(a.value for a in graph.objects(node, ALT))
    return Org(graph.label(node, PREF), aliases, kind)


def facts_from_graph(graph: ArticleGraph) -> Facts:
    """One article graph read back as `Facts`, the gold structure."""
    facts = Facts()
    unnamed = _iri(KG, "unnamed")
    # the people and organisations the article names (schema:mentions); one referred to only as
    # a speaker or an award's conferrer, say, has a mention for its name but was not found as such
    mentioned = set(graph.objects(ox.NamedNode(graph.iri), _iri(SCHEMA, "mentions")))
    facts.people = [graph.label(n, NAME) for n in graph.subjects_of_type(_iri(FOAF, "Person")) if n in mentioned]
    facts.organisations = [org_from_node(graph, n) for n in graph.subjects_of_type(_iri(ORG, "Organization"))
                           if n in mentioned and not any(o.value == "true" for o in graph.objects(n, unnamed))]
    for m in graph.subjects_of_type(_iri(ORG, "Membership")):
        person, org, role = (graph.one(m, _iri(ORG, x)) for x in ("member", "organization", "role"))
        if person is None or org is None:
            continue
        wordings = [graph.label(role, PREF)] if role is not None else []
        wordings += [x.value for x in graph.objects(m, _iri(RDFS, "label"))]
        facts.posts.append(PostFact(graph.label(person, NAME), graph.label(org, PREF), wordings or [""]))
    for st in graph.subjects_of_type(_iri(KG, "PartnershipStatement")):
        part = graph.one(st, _iri(KG, "partnership"))
        if part is None:
            continue
        is_unnamed = any(o.value == "true" for o in graph.objects(part, unnamed))
        members = [graph.label(m, PREF) for m in graph.objects(st, _iri(KG, "member"))]
        facts.partnerships.append(PartnershipFact(None if is_unnamed else graph.label(part, PREF), members))
    for r in graph.subjects_of_type(_iri(KG, "AwardResult")):
        recipient, award = graph.one(r, _iri(KG, "recipient")), graph.one(r, _iri(KG, "award"))
        if recipient is None or award is None:
            continue
        rtypes = graph.types(recipient)
        rname = graph.label(recipient, NAME if FOAF + "Person" in rtypes else PREF)
        outcome, year = graph.one(r, _iri(KG, "outcome")), graph.one(r, _iri(KG, "year"))
        facts.awards.append(AwardFact(rname, graph.label(award, PREF),
                                      OUTCOME_NAME.get(outcome.value) if outcome is not None else None,
                                      int(year.value) if year is not None and year.value.isdigit() else None))
    return facts


def store_articles(store: ox.Store) -> dict[str, str]:
    """article IRI -> dcterms:source, for every article graph."""
    rows = store.query(f"""
        SELECT ?a ?source WHERE {{
          GRAPH ?a {{ ?a a <{SCHEMA}NewsArticle> ; <{DCTERMS}source> ?source }} }}""")
    return {r["a"].value: r["source"].value for r in rows}


# --- gold files and which article each is about ---------------------------------------------
@dataclass
class GoldFile:
    path: Path
    data: dict

    @property
    def id(self) -> str:
        return str(self.data.get("id") or self.path.stem)


def load_gold(paths: Iterable[Path | str]) -> list[GoldFile]:
    """Every *.json under the given folders and files, sorted by path."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files += sorted(path.glob("*.json"))
        elif path.exists():
            files.append(path)
        else:
            raise EvalError(f"gold path {path} does not exist")
    out = []
    for f in files:
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise EvalError(f"cannot read gold file {f}: {e}") from None
        if not isinstance(data, dict):
            raise EvalError(f"gold file {f} is not a JSON object (see tests/gold/SCHEMA.md)")
        out.append(GoldFile(f, data))
    if not out:
        raise EvalError("no gold .json files in " + ", ".join(str(p) for p in paths))
    return out


def _basename(source: str) -> str:
    return PurePosixPath(source.split("#")[0].replace("\\", "/").rstrip("/")).name


def _stem(source: str) -> str:
    return PurePosixPath(_basename(source)).stem


def find_article(gold: GoldFile, articles: dict[str, str]) -> str | None:
    """The article IRI a gold file is about, by its "source", else its "id" or file name.

    Seeds' gold names the article file ("000_63c7....txt"); the dev gold names the page's
    URL and has the id of the article file ("d01" for tests/articles/dev/d01.txt).
    """
    source = str(gold.data.get("source") or "")
    tests: list[Callable[[str], bool]] = []
    if source:
        tests += [lambda s: s == source, lambda s: _basename(s) == _basename(source)]
    names = {gold.id, gold.path.stem}
    tests.append(lambda s: _stem(s) in names)
    for test in tests:
        hits = sorted(iri for iri, s in articles.items() if test(s))
        if hits:
            return hits[0]
    return None


# --- the whole evaluation -------------------------------------------------------------------
def evaluate_store(store_path: Path | str | None, gold_paths: Iterable[Path | str]) -> dict:
    """Scores of the store against every gold file whose article it holds (JSON-ready dict)."""
    gold_files = load_gold(gold_paths)
    store = open_store(store_path, read_only=True)
    articles = store_articles(store)
    rows, skipped = [], []
    for gold in gold_files:
        iri = find_article(gold, articles)
        if iri is None:
            skipped.append({"gold": gold.id, "file": str(gold.path), "source": gold.data.get("source")})
            continue
        predicted = facts_from_graph(ArticleGraph(store, iri))
        rows.append((gold, iri, score_article(facts_from_gold(gold.data), predicted)))
    if not rows:
        raise EvalError(f"none of the {len(gold_files)} gold files matches an article in the store "
                        f"(by \"source\" file name or URL, or by \"id\"); build their articles first")
    result = summarise(rows, skipped, str(store_path))
    result["official_codes"] = official_codes(store, rows)
    return result


def summarise(rows: list[tuple[GoldFile, str, ArticleScore]], skipped: list[dict], store: str) -> dict:
    totals = {k: Score() for k in KINDS + PARTNERSHIP_VIEWS}
    agreement = {"award_outcome": [0, 0], "award_year": [0, 0], "organisation_kind": [0, 0]}
    articles = []
    for gold, iri, result in rows:
        for kind, score in result.kinds.items():
            totals[kind].add(score)
        agreement["award_outcome"][0] += result.outcome_agree
        agreement["award_year"][0] += result.year_agree
        agreement["award_outcome"][1] += result.awards_matched
        agreement["award_year"][1] += result.awards_matched
        agreement["organisation_kind"][0] += result.kind_agree
        agreement["organisation_kind"][1] += result.orgs_matched
        articles.append({"gold": gold.id, "gold_file": str(gold.path), "article": iri,
                         "source": gold.data.get("source"),
                         "kinds": {k: result.kinds[k].as_dict() for k in KINDS + PARTNERSHIP_VIEWS}})
    return {
        "store": store,
        "matched": len(rows),
        "skipped": skipped,
        "kinds": {k: totals[k].as_dict(details=False) for k in KINDS + PARTNERSHIP_VIEWS},
        "macro_f1": round(sum(totals[k].f1 for k in KINDS) / len(KINDS), 4),
        "agreement": {k: {"agree": a, "matched": n} for k, (a, n) in agreement.items()},
        "articles": articles,
    }


# --- the report -----------------------------------------------------------------------------
ROW_LABELS = {"partnership_members": "  member of named", "partnership_pairs": "  org pairs"}


def _table_row(label: str, s: dict) -> str:
    return (f"{label:<18} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
            f"{s['tp']:>5} {s['fp']:>5} {s['fn']:>5}")


def format_report(result: dict, details: bool = False) -> str:
    """An aligned table of P/R/F1 per kind, macro F1, per-article F1 and, with details, misses/extras."""
    lines = [f"{result['matched']} gold article(s) matched in {result['store']}"
             + (f", {len(result['skipped'])} skipped (article not in the store)" if result["skipped"] else ""),
             "",
             f"{'kind':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind in ("people", "organisations", "posts", "partnerships", *PARTNERSHIP_VIEWS, "awards"):
        lines.append(_table_row(ROW_LABELS.get(kind, kind), result["kinds"][kind]))
    lines.append(f"{'macro F1':<18} {'':>6} {'':>6} {result['macro_f1']:>6.3f}")
    agree = result["agreement"]
    lines += ["", "agreement on matched items: " + ", ".join(
        f"{k.replace('_', ' ')} {v['agree']}/{v['matched']}" for k, v in agree.items())]
    lines += ["", "per article (F1): " + "  ".join(f"{k[:5]:>5}" for k in KINDS)]
    width = max(len(a["gold"]) for a in result["articles"])
    for art in result["articles"]:
        lines.append(f"  {art['gold']:<{width}}  " + "  ".join(f"{art['kinds'][k]['f1']:>5.2f}" for k in KINDS)
                     + f"  {art['source'] or ''}")
    for s in result["skipped"]:
        lines.append(f"skipped {s['gold']} ({s['file']}): no article in the store for {s['source'] or s['gold']!r}")
    if "official_codes" in result:
        lines += ["", *official_code_lines(result["official_codes"], details)]
    if details:
        lines += ["", *detail_lines(result)]
    return "\n".join(lines)


def detail_lines(result: dict) -> list[str]:
    out = []
    for art in result["articles"]:
        out.append(f"{art['gold']} ({art['source']}):")
        diffs = [f"  {kind:<20} {label:<6} {item}"
                 for kind in ("people", "organisations", "posts", *PARTNERSHIP_VIEWS, "awards")
                 for label in ("missed", "extra")
                 for item in art["kinds"][kind][label]]
        out += diffs or ["  no misses or extras"]
    return out


# --- scoring extracted facts directly (no store): training, --cv, --candidates ---------------
def facts_from_article(facts) -> Facts:
    """A `kg.facts.ArticleFacts` read as `Facts`, the gold structure, as the store would show it."""
    out = Facts()
    out.people = [p.name for p in facts.people.values()]
    out.organisations = [Org(o.name, sorted(o.aliases), o.kind) for o in facts.organisations.values()]
    known = {o.name for o in facts.organisations.values()}
    out.organisations += [Org(p.name, [], "Partnership") for p in facts.partnerships
                          if p.name and p.name not in known]
    out.posts = [PostFact(p.person, p.organisation, [p.role, p.title]) for p in facts.posts if p.organisation]
    out.partnerships = [PartnershipFact(p.name, list(p.members)) for p in facts.partnerships if p.members]
    out.awards = [AwardFact(a.recipient, a.award, a.outcome, a.year) for a in facts.awards]
    return out


def evaluate_facts(pairs: Iterable[tuple[GoldFile, object]], label: str = "extracted facts") -> dict:
    """Scores of (gold file, ArticleFacts) pairs, in the shape `evaluate_store` returns."""
    rows = [(gold, gold.id, score_article(facts_from_gold(gold.data), facts_from_article(facts)))
            for gold, facts in pairs]
    if not rows:
        raise EvalError("no article to score")
    return summarise(rows, [], label)


# --- official codes (kg/registers) -----------------------------------------------------------
def official_codes(store: ox.Store, rows: list) -> dict:
    """Share of the gold's statutory bodies whose organisation carries the right register code."""
    from .registers.score import code_share

    return code_share(store, rows)


def official_code_lines(result: dict, details: bool) -> list[str]:
    from .registers.score import report_lines

    return report_lines(result, details)
