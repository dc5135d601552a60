"""grlc/BASIL query parameters and the RDF terms their string values stand for."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pyoxigraph as ox

from ..rdf.vocab import FOAF, PREFIXES, SCHEMA, SKOS, USER_PREFIXES, XSD
from .syntax import QueryError, Token, tokenize

# --- parameters ----------------------------------------------------------------------------
_SIMPLE_TYPES = {"iri": None, "literal": None, "integer": "integer", "decimal": "decimal",
                 "boolean": "boolean", "date": "date", "datetime": "dateTime", "gyear": "gYear"}


@dataclass(frozen=True)
class Param:
    """A grlc/BASIL parameter: `?_name_type` (required) or `?__name_type` (optional)."""
    variable: str  # without '?': '_org_iri'
    name: str  # what users type: 'org'
    kind: str  # iri | literal | lang | typed
    optional: bool
    datatype: str | None = None  # full IRI for typed literals
    language: str | None = None

    @property
    def type_label(self) -> str:
        return self.language and f"@{self.language}" or (self.datatype or self.kind).rsplit("#", 1)[-1]


def parse_param(variable: str) -> Param | None:
    """Param for a variable name such as '_org_iri' or '__year_integer'; None if not a parameter."""
    if not variable.startswith("_"):
        return None
    optional = variable.startswith("__")
    body = variable[2:] if optional else variable[1:]
    parts = body.split("_")
    if len(parts) >= 3 and parts[-2] in PREFIXES and parts[-2] != "id":
        return Param(variable, "_".join(parts[:-2]), "typed", optional, PREFIXES[parts[-2]] + parts[-1])
    if len(parts) >= 2:
        suffix = parts[-1].lower()
        name = "_".join(parts[:-1])
        if suffix in ("iri", "literal"):
            return Param(variable, name, suffix, optional)
        if suffix in _SIMPLE_TYPES:
            return Param(variable, name, "typed", optional, XSD + _SIMPLE_TYPES[suffix])
        if re.fullmatch(r"[a-z]{2}", parts[-1]):
            return Param(variable, name, "lang", optional, language=parts[-1])
    return Param(variable, body, "literal", optional)


def find_params(text: str, tokens: list[Token] | None = None) -> list[Param]:
    """The parameters a query text uses, in order of first appearance (`tokens`: its tokens, if known)."""
    seen: dict[str, Param] = {}
    for t in tokenize(text) if tokens is None else tokens:
        if t.kind == "var" and t.text[1:] not in seen:
            p = parse_param(t.text[1:])
            if p:
                seen[t.text[1:]] = p
    return list(seen.values())


def _expand_iri(value: str) -> str | None:
    """A full IRI from '<...>', 'prefix:local' (project prefixes) or 'scheme:...'; None for a name."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in USER_PREFIXES and " " not in value:
        return USER_PREFIXES[prefix] + local
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value):
        return value
    return None


def to_term(param: Param, value: str, store: ox.Store | None = None) -> ox.NamedNode | ox.Literal:
    """The RDF term a parameter's string value stands for; an _iri value may also be a name."""
    try:
        if param.kind == "iri":
            iri = _expand_iri(value)
            if iri is None:
                return resolve_entity(store, value) if store is not None else ox.NamedNode(value)
            return ox.NamedNode(iri)
        if param.kind == "lang":
            return ox.Literal(value, language=param.language)
        if param.kind == "typed":
            _check_lexical(param, value)
            return ox.Literal(value.strip(), datatype=ox.NamedNode(param.datatype))
        return ox.Literal(value)
    except ValueError as e:
        raise QueryError(f"parameter {param.name}: {value!r} is not a valid {param.type_label} ({e})") from None


def _check_lexical(param: Param, value: str) -> None:
    local = param.datatype.rsplit("#", 1)[-1]
    checks = {"integer": lambda v: int(v), "decimal": lambda v: float(v), "date": date.fromisoformat,
              "gYear": lambda v: re.fullmatch(r"-?\d{4,}", v) or int("x"),
              "boolean": lambda v: v in ("true", "false") or int("x")}
    if local in checks:
        checks[local](value.strip())


def resolve_entity(store: ox.Store, ref: str) -> ox.NamedNode:
    """The one entity an IRI, CURIE or name refers to; a clear error if none or several."""
    iri = _expand_iri(ref)
    if iri is not None:
        return ox.NamedNode(iri)
    matches = find_entities(store, ref)
    if not matches:
        raise QueryError(f"no person, organisation or other entity is named {ref!r}")
    exact = [m for m in matches if m[1].casefold() == ref.strip().casefold()]
    chosen = {iri for iri, _ in (exact or matches)}
    if len(chosen) > 1:
        names = "; ".join(f"{label} <{iri}>" for iri, label in (exact or matches)[:8])
        raise QueryError(f"{ref!r} is ambiguous: {names}; give the IRI instead")
    return ox.NamedNode(chosen.pop())


_ENTITY_NAMES = f"""
SELECT DISTINCT ?e ?label WHERE {{
  VALUES ?p {{ <{FOAF}name> <{SKOS}prefLabel> <{SKOS}altLabel> <{SCHEMA}name> }}
  ?e ?p ?label .
}}"""


def entity_names(store: ox.Store) -> list[tuple[str, str]]:
    """(IRI, label) for every named entity: people, organisations, awards, places, ..."""
    rows = store.query(_ENTITY_NAMES, use_default_graph_as_union=True)
    return sorted({(r["e"].value, r["label"].value) for r in rows if isinstance(r["e"], ox.NamedNode)},
                  key=lambda x: (x[1].casefold(), x[0]))


def find_entities(store: ox.Store, name: str) -> list[tuple[str, str]]:
    """Entities whose label equals `name` (ignoring case), else those whose label contains it."""
    wanted = " ".join(name.split()).casefold()
    names = entity_names(store)
    exact = [(iri, label) for iri, label in names if label.casefold() == wanted]
    return exact or [(iri, label) for iri, label in names if wanted in label.casefold()]

