"""A faster stand-in for spaCy's attribute_ruler, compiled from the loaded pipeline's own rules.

spaCy's AttributeRuler runs a Matcher with every rule over every token and then sets each
match's attributes from Python, one Span at a time: in en_core_web_sm (179 rules, almost all
one-token rules on TAG, LOWER, DEP, IS_SPACE mapping to POS, MORPH and LEMMA) that is about a
sixth of spaCy's time. What the ruler does to a token depends only on a few attributes of that
token (and, for the handful of multi-token rules, of its neighbours), all read before any rule
is applied. So `FastAttributeRuler`:

* reads those attributes of every token at once (`Doc.to_array`) and looks the row up in a
  cache: a row seen before gives, for each attribute the rules set, the value the last matching
  rule sets (spaCy applies matches in rule order, so the last rule wins); a new row is
  evaluated against every rule once;
* finds the multi-token rules' matches among the tokens that can start one;
* writes the new values back with one `Doc.from_array` (the same `Token.set_struct_attr`
  spaCy's `set_token_attrs` uses; POS, TAG, MORPH, LEMMA and DEP live on the token only).

It is compiled at load time from the pipeline's own `attribute_ruler` (`ruler.attrs`,
`ruler.indices` and the Matcher's patterns), so another English pipeline (en_core_web_md/lg,
a user's own en_core_web_sm) gets its own rules. A rule it cannot compile -- operators ("OP"),
other attributes or predicates, extension attributes, a rule setting anything but POS, TAG,
MORPH, LEMMA or DEP -- is left to spaCy's own ruler, run on the same document, and its
matches are applied in rule order with the compiled ones, so the result is the same token
attributes as the stock component's. Serialisation and `patterns` are the stock ruler's.
"""
from __future__ import annotations

import re
from typing import Any

import numpy

#: Token attributes a compiled rule may test: read by `Doc.to_array` exactly as the Matcher
#: reads them (`get_token_attr`). SENT_START (read differently by the Matcher), ENT_IOB
#: (string values mapped specially), IDX and HEAD are left to spaCy.
_TESTABLE = ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "LEMMA", "POS", "TAG", "DEP",
             "MORPH", "ENT_TYPE", "LANG")
#: Attributes a compiled rule may set: token fields only (set_token_attrs leaves the lexeme alone).
_SETTABLE = ("POS", "TAG", "MORPH", "LEMMA", "DEP")
#: Values of these attributes are strings in the StringStore, so REGEX can read them.
_STRING_VALUED = ("ORTH", "LOWER", "NORM", "SHAPE", "PREFIX", "SUFFIX", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE")
#: Distinct token rows (or lemmatizer keys) kept before a cache starts again (about 300 bytes each).
MAX_ROWS = 50_000
FACTORY = "kg_attribute_ruler"
LEMMATIZER_FACTORY = "kg_lemmatizer"


class _Unsupported(Exception):
    pass


def _attr_id(key: Any) -> int:
    from spacy.attrs import IDS

    if isinstance(key, int):
        return key
    if not isinstance(key, str):
        raise _Unsupported(key)
    name = key.upper()
    name = {"TEXT": "ORTH"}.get(name, name)
    if name not in IDS:
        raise _Unsupported(key)
    return IDS[name]


def _compile_spec(spec: Any, vocab, testable: dict[int, str]) -> list[tuple]:
    """One token's pattern as checks ("eq"|"in"|"not_in"|"regex", attr id, value)."""
    from spacy.strings import get_string_id

    if not isinstance(spec, dict):
        raise _Unsupported(spec)
    checks = []
    for key, value in spec.items():
        attr = _attr_id(key)
        if attr not in testable and not 0 < attr < 64:  # IDs under 64 are the lexeme's flags (IS_SPACE, ...)
            raise _Unsupported(key)
        if isinstance(value, bool):
            checks.append(("eq", attr, int(value)))
        elif isinstance(value, int):
            checks.append(("eq", attr, value))
        elif isinstance(value, str):
            checks.append(("eq", attr, vocab.strings.add(value)))
        elif isinstance(value, dict):
            for op, arg in value.items():
                op = op.upper() if isinstance(op, str) else op
                if op in ("IN", "NOT_IN") and isinstance(arg, (list, tuple)) and testable.get(attr) != "MORPH" \
                        and all(isinstance(v, (str, int)) for v in arg):
                    checks.append((op.lower(), attr, frozenset(get_string_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str) and testable.get(attr) in _STRING_VALUED:
                    checks.append(("regex", attr, re.compile(arg)))
                else:
                    raise _Unsupported(op)
        else:
            raise _Unsupported(value)
    return checks


class FastAttributeRuler:
    """Drop-in for a loaded AttributeRuler: same token attributes, compiled rules."""

    def __init__(self, ruler, name: str = "attribute_ruler"):
        self.name = name
        self.compile_from(ruler)

    def compile_from(self, ruler) -> None:
        """Compile `ruler`'s rules (a stock AttributeRuler, kept for fallback and serialisation)."""
        from spacy.attrs import IDS

        self.ruler = ruler
        self.vocab = ruler.vocab
        testable = {IDS[n]: n for n in _TESTABLE}
        single: list[tuple[int, list[tuple]]] = []     # (rule id, checks) of one-token patterns
        multi: list[tuple[int, list[list[tuple]], int]] = []  # (rule id, checks per token, target offset)
        fallback: list[int] = []
        for rule_id, attrs in enumerate(ruler.attrs):
            index = ruler.indices[rule_id]
            try:
                if any(not isinstance(k, int) or k not in (IDS[n] for n in _SETTABLE) for k in attrs):
                    raise _Unsupported(attrs)
                shapes = []
                for pattern in ruler.matcher.get(str(rule_id))[1]:
                    if not pattern or not -len(pattern) <= index < len(pattern):
                        raise _Unsupported(pattern)
                    shapes.append([_compile_spec(spec, self.vocab, testable) for spec in pattern])
            except _Unsupported:
                fallback.append(rule_id)
                continue
            for checks in shapes:
                if len(checks) == 1:
                    single.append((rule_id, checks[0]))
                else:
                    multi.append((rule_id, checks, index % len(checks)))
        self.rule_attrs = [dict(a) for a in ruler.attrs]
        self.single, self.multi, self.fallback_ids = single, multi, fallback
        used = sorted({attr for _, checks in single for attr in _attrs_of(checks)}
                      | {attr for _, specs, _ in multi for checks in specs for attr in _attrs_of(checks)})
        self.features = used or [IDS["ORTH"]]
        self.column = {attr: k for k, attr in enumerate(self.features)}
        self.targets = sorted({attr for rid, _ in single for attr in ruler.attrs[rid]}
                              | {attr for rid, _, _ in multi for attr in ruler.attrs[rid]})
        self.fallback_matcher = None
        if fallback:
            from spacy.matcher import Matcher

            self.fallback_matcher = Matcher(self.vocab, validate=False)
            for rule_id in fallback:
                self.fallback_matcher.add(str(rule_id), ruler.matcher.get(str(rule_id))[1])
        self._reset_cache()

    # -- the row cache ------------------------------------------------------------------
    def _reset_cache(self) -> None:
        n_targets = len(self.targets)
        self.rows: dict[bytes, int] = {}
        self.row_rules: list[tuple[int, ...]] = []          # matching one-token rule ids, in order
        self.row_steps: list[frozenset] = []                # (multi index, position) the row satisfies
        self.row_starts: list[tuple[int, ...]] = []         # multi indices whose first token it matches
        self._shared: dict = {}                              # one copy of each distinct tuple/frozenset above
        self._generation = getattr(self, "_generation", 0) + 1
        self._capacity = 1024
        self.has = numpy.zeros((self._capacity, max(n_targets, 1)), dtype=bool)
        self.value = numpy.zeros((self._capacity, max(n_targets, 1)), dtype=numpy.uint64)
        self.winner = numpy.full((self._capacity, max(n_targets, 1)), -1, dtype=numpy.int64)
        self.can_start = numpy.zeros(self._capacity, dtype=bool)

    def _check(self, checks: list[tuple], row: list[int]) -> bool:
        strings = self.vocab.strings
        for kind, attr, arg in checks:
            value = row[self.column[attr]]
            if kind == "eq":
                if value != arg:
                    return False
            elif kind == "in":
                if value not in arg:
                    return False
            elif kind == "not_in":
                if value in arg:
                    return False
            elif not arg.search(strings[value]):  # regex, as the Matcher's _RegexPredicate
                return False
        return True

    def _add_row(self, key: bytes, row: list[int]) -> int:
        if len(self.rows) >= MAX_ROWS:
            self._reset_cache()
        sig = len(self.row_rules)
        if sig >= self._capacity:
            grow = self._capacity
            self.has = numpy.concatenate([self.has, numpy.zeros_like(self.has[:grow])])
            self.value = numpy.concatenate([self.value, numpy.zeros_like(self.value[:grow])])
            self.winner = numpy.concatenate([self.winner, numpy.full_like(self.winner[:grow], -1)])
            self.can_start = numpy.concatenate([self.can_start, numpy.zeros_like(self.can_start[:grow])])
            self._capacity += grow
        rules = tuple(sorted({rid for rid, checks in self.single if self._check(checks, row)}))
        for rid in rules:  # later rules overwrite earlier ones, as in spaCy
            for attr, val in self.ruler.attrs[rid].items():
                col = self.targets.index(attr)
                self.has[sig, col] = True
                self.value[sig, col] = val
                self.winner[sig, col] = rid
        steps = frozenset((m, j) for m, (_, specs, _) in enumerate(self.multi)
                          for j, checks in enumerate(specs) if self._check(checks, row))
        starts = tuple(m for m, j in sorted(steps) if j == 0)
        self.can_start[sig] = bool(starts)
        shared = self._shared.setdefault
        self.row_rules.append(shared(rules, rules))
        self.row_steps.append(shared(steps, steps))
        self.row_starts.append(shared(starts, starts))
        self.rows[key] = sig
        return sig

    # -- the component --------------------------------------------------------------------
    def __call__(self, doc, _again: bool = False):
        n = len(doc)
        if n == 0 or not self.targets and self.fallback_matcher is None:
            return doc
        fallback = self._fallback_targets(doc) if self.fallback_matcher is not None else []
        if fallback is None:  # a fallback rule's index outside its match: spaCy's ruler raises the error
            return self.ruler(doc)
        if not self.targets:
            return self._apply_fallback(doc, fallback, None, None)
        table = numpy.ascontiguousarray(doc.to_array(self.features), dtype=numpy.uint64).reshape(n, -1)
        keys = table.view(numpy.dtype((numpy.void, table.shape[1] * 8))).ravel().tolist()
        get = self.rows.get
        sigs = [get(k) for k in keys]
        if None in sigs:
            generation = self._generation
            listed = table.tolist()
            for i, sig in enumerate(sigs):
                if sig is None:
                    sig = self.rows.get(keys[i])
                    sigs[i] = sig if sig is not None else self._add_row(keys[i], listed[i])
            if self._generation != generation:  # the cache started again mid-document
                return self.ruler(doc) if _again else self(doc, _again=True)
        sig_arr = numpy.fromiter(sigs, dtype=numpy.int64, count=n)
        current = doc.to_array(self.targets).reshape(n, -1)
        has = self.has[sig_arr]
        new = numpy.where(has, self.value[sig_arr], current)
        multi_hits = self._multi_matches(sigs, sig_arr, n) if self.multi else []
        if multi_hits:
            winner = self.winner[sig_arr]
            for rid, target in multi_hits:  # in rule order: a later rule wins
                for attr, val in self.ruler.attrs[rid].items():
                    col = self.targets.index(attr)
                    if rid > winner[target, col]:
                        new[target, col] = val
                        winner[target, col] = rid
        doc.from_array(self.targets, new)
        if fallback:
            return self._apply_fallback(doc, fallback, sigs, multi_hits)
        return doc

    def _multi_matches(self, sigs: list[int], sig_arr, n: int) -> list[tuple[int, int]]:
        hits = []
        for start in numpy.flatnonzero(self.can_start[sig_arr]).tolist():
            for m in self.row_starts[sigs[start]]:
                rid, specs, offset = self.multi[m]
                end = start + len(specs)
                if end <= n and all((m, j) in self.row_steps[sigs[start + j]] for j in range(1, len(specs))):
                    hits.append((rid, start + offset))
        hits.sort()
        return hits

    def _fallback_targets(self, doc) -> list[tuple[int, int]] | None:
        """(rule id, token) for the fallback rules' matches, read before anything is set."""
        from spacy.tokens import Span

        out = []
        for match_id, start, end in self.fallback_matcher(doc, allow_missing=True):
            rid = int(self.vocab.strings[match_id])
            try:
                out.append((rid, Span(doc, start, end)[self.ruler.indices[rid]].i))
            except IndexError:
                return None
        return out

    def _apply_fallback(self, doc, fallback: list[tuple[int, int]], sigs, multi_hits):
        """Tokens a fallback rule matched: every rule that targets them, again, in rule order
        (set_token_attrs, as spaCy's ruler sets them)."""
        from spacy.tokens._retokenize import set_token_attrs

        per_token: dict[int, list[int]] = {}
        for rid, target in fallback:
            per_token.setdefault(target, []).append(rid)
        for target, rids in per_token.items():
            if sigs is not None:
                rids = rids + list(self.row_rules[sigs[target]]) + [rid for rid, t in multi_hits if t == target]
            token = doc[target]
            for rid in sorted(rids):
                set_token_attrs(token, self.ruler.attrs[rid])
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    # -- everything else is the stock ruler's -----------------------------------------------
    @property
    def patterns(self):
        return self.ruler.patterns

    def to_bytes(self, *args, **kwargs):
        return self.ruler.to_bytes(*args, **kwargs)

    def to_disk(self, *args, **kwargs):
        return self.ruler.to_disk(*args, **kwargs)

    def from_bytes(self, *args, **kwargs):
        self.ruler.from_bytes(*args, **kwargs)
        self.compile_from(self.ruler)
        return self

    def from_disk(self, *args, **kwargs):
        self.ruler.from_disk(*args, **kwargs)
        self.compile_from(self.ruler)
        return self

    def __getattr__(self, name):
        if name == "ruler" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.ruler, name)


def _attrs_of(checks: list[tuple]) -> list[int]:
    return [attr for _, attr, _ in checks]


class FastLemmatizer:
    """spaCy's rule or lookup Lemmatizer with each token's lemma taken from a cache of its key.

    The stock component sets `token.lemma_ = self.lemmatize(token)[0]`, one Python call and one
    Token object per token. In "rule" mode the English (and base) lemmatizer's answer depends
    only on the token's ORTH, POS and MORPH (spaCy's own cache key), in "lookup" mode on its
    ORTH; so the key of every token is read at once (`Doc.to_array`), a key seen before gives
    its lemma, a new one is lemmatised by the stock component itself, and the lemmas are
    written back with one `Doc.from_array`. Tokens that already have a lemma (set by the
    attribute ruler) are left alone unless `overwrite`, as in spaCy.
    """

    KEYS = {"rule": ("ORTH", "POS", "MORPH"), "lookup": ("ORTH",)}

    def __init__(self, lemmatizer, name: str = "lemmatizer"):
        self.name = name
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.key_attrs = list(self.KEYS[lemmatizer.mode]) + ["LEMMA"]
        self.cache: dict[bytes, str] = {}

    def __call__(self, doc):
        from spacy.errors import Errors

        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        n = len(doc)
        if n == 0:
            return doc
        table = numpy.ascontiguousarray(doc.to_array(self.key_attrs), dtype=numpy.uint64).reshape(n, -1)
        lemmas = table[:, -1].copy()
        todo = range(n) if lemmatizer.overwrite else numpy.flatnonzero(lemmas == 0).tolist()
        if not len(todo):
            return doc
        keys = numpy.ascontiguousarray(table[:, :-1]).view(numpy.dtype((numpy.void, (table.shape[1] - 1) * 8)))
        keys = keys.ravel().tolist()
        cache, add = self.cache, self.vocab.strings.add
        if len(cache) > MAX_ROWS:
            cache.clear()
        for i in todo:
            lemma = cache.get(keys[i])
            if lemma is None:
                lemma = cache[keys[i]] = lemmatizer.lemmatize(doc[i])[0]
            lemmas[i] = add(lemma)
        doc.from_array(["LEMMA"], lemmas)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def __getattr__(self, name):
        if name == "lemmatizer" or name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.lemmatizer, name)


def make_kg_attribute_ruler(nlp, name: str):
    """spaCy factory "kg_attribute_ruler": an empty ruler, filled by `compile_from` (or by
    from_disk/from_bytes, which load stock AttributeRuler data)."""
    from spacy.pipeline import AttributeRuler

    return FastAttributeRuler(AttributeRuler(nlp.vocab, name), name)


def use_fast_attribute_ruler(nlp) -> list[str]:
    """Put a FastAttributeRuler compiled from each stock AttributeRuler of `nlp` in its place
    (same name, same position); the names of the components replaced."""
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=make_kg_attribute_ruler)
    replaced = []
    for name, proc in list(nlp.pipeline):
        if type(proc) is AttributeRuler:
            fast = nlp.replace_pipe(name, FACTORY)
            fast.compile_from(proc)
            replaced.append(name)
    return replaced


def make_kg_lemmatizer(nlp, name: str, mode: str = "rule"):
    """spaCy factory "kg_lemmatizer": a FastLemmatizer around an empty Lemmatizer (`use_fast_lemmatizer`
    puts the pipeline's own one in)."""
    from spacy.pipeline import Lemmatizer

    return FastLemmatizer(Lemmatizer(nlp.vocab, None, name, mode=mode), name)


def use_fast_lemmatizer(nlp) -> list[str]:
    """Wrap each lemmatizer of `nlp` whose answer is known to depend only on the token's ORTH,
    POS and MORPH ("rule" mode) or ORTH ("lookup" mode) -- spaCy's own Lemmatizer and the
    English one, unmodified -- in a FastLemmatizer (same name, same place); the names wrapped."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer

    if not Language.has_factory(LEMMATIZER_FACTORY):
        Language.factory(LEMMATIZER_FACTORY, default_config={"mode": "rule"}, func=make_kg_lemmatizer)
    methods = {"rule": Lemmatizer.rule_lemmatize, "lookup": Lemmatizer.lookup_lemmatize}
    wrapped = []
    for name, proc in list(nlp.pipeline):
        if type(proc) in (Lemmatizer, EnglishLemmatizer) and proc.mode in methods \
                and getattr(proc.lemmatize, "__func__", None) is methods[proc.mode] \
                and type(proc).__call__ is Lemmatizer.__call__:
            fast = nlp.replace_pipe(name, LEMMATIZER_FACTORY, config={"mode": proc.mode})
            fast.lemmatizer = proc
            wrapped.append(name)
    return wrapped
