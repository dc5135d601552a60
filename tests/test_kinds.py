"""Kinds of organisation and award outcomes are closed vocabularies: a typo in code or in a
lexicon file fails loudly instead of quietly becoming "Other" or no outcome at all."""
from __future__ import annotations

import pytest

from kg import config
from kg.extract import lexicon
from kg.facts import AwardResult, Evidence, Organisation, OrgKind, Outcome
from kg.rdf.mapping import ORG_KIND_CLASS, OUTCOME
from kg.resources import data_dir

EV = Evidence("Lindenshire Council won the award.", 0, 34)


def test_a_misspelt_kind_or_outcome_is_an_error():
    assert Organisation("Lindenshire Council", kind="LocalAuthority").kind == "LocalAuthority"
    with pytest.raises(ValueError, match="'LocalAuthoriy' is not a OrgKind"):
        Organisation("Lindenshire Council", kind="LocalAuthoriy")
    with pytest.raises(ValueError, match="'winner' is not a Outcome"):
        AwardResult("Lindenshire Council", "Integration Award", "winner", EV)


def test_every_kind_and_outcome_has_its_class_in_the_data_model():
    assert {k.value for k in OrgKind} - {"Other"} == set(ORG_KIND_CLASS)
    assert {o.value for o in Outcome} == set(OUTCOME)


@pytest.fixture
def own_lexicons(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_DATA_DIR", str(tmp_path))
    config.reload()
    lexicon.load.cache_clear()
    yield tmp_path
    monkeypatch.undo()
    config.reload()
    lexicon.load.cache_clear()


def test_a_typo_in_a_users_lexicon_names_the_file(own_lexicons):
    rows = (data_dir() / "org_kinds.tsv").read_text(encoding="utf-8")
    (own_lexicons / "org_kinds.tsv").write_text(rows + "NHSTrsut\t\\bhospice$\n", encoding="utf-8")
    with pytest.raises(ValueError, match="org_kinds.tsv: 'NHSTrsut' is not a OrgKind"):
        lexicon.load()
