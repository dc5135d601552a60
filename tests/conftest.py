"""Shared fixtures: the seeds' graph is built once per test session and reused read-only."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"
DEV_ARTICLES = Path(__file__).resolve().parent / "articles" / "dev"


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory) -> Path:
    """A store built from seeds/; tests must not write to it (copy it first)."""
    from kg.pipeline import build

    path = tmp_path_factory.mktemp("seeds") / "store"
    build([SEEDS], path, processes=1)
    return path


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted((GOLD / "seeds").glob("*.json"))}


def store_from_trig(path: Path, trig: Path) -> Path:
    """A store at `path` loaded from a TriG fixture (hand-written graphs for focused tests)."""
    import pyoxigraph as ox

    store = ox.Store(str(path))
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return path


def seed_text(prefix: str) -> str:
    """Text of the seed whose file name starts with `prefix` ('000', '004', ...)."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")
