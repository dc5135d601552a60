"""The files kg ships: ontology, SHACL shapes, saved queries, seed articles, lexicons.

In a repository checkout they are the top-level ontology/, queries/ and seeds/ folders and
kg/data/; in an installed wheel setup.py has put them inside the package (kg/ontology, ...).
Both are found here, through importlib.resources first, so no other module guesses paths.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from .errors import KGError

_CHECKOUT = Path(__file__).resolve().parent.parent


def bundled(name: str) -> Path:
    """The shipped folder `name` ("ontology", "queries", "seeds" or "data")."""
    packaged = files("kg") / name
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = _CHECKOUT / name
    if checkout.is_dir():
        return checkout
    raise KGError(f"kg's own {name}/ folder is missing from this installation; reinstall kg")


def ontology_file() -> Path:
    return bundled("ontology") / "kg.ttl"


def shapes_file() -> Path:
    return bundled("ontology") / "shapes.ttl"


def queries_dir() -> Path:
    return bundled("queries")


def seeds_dir() -> Path:
    return bundled("seeds")


def data_dir() -> Path:
    return bundled("data")
