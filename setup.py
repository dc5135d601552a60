"""Packaging: the top-level ontology/, queries/ and seeds/ folders travel inside the wheel.

They stay at the top of the repository, where people look for them, and are installed as
kg/ontology, kg/queries and kg/seeds, found at run time by `kg.resources`. Everything else
is declared in pyproject.toml; setup.py exists only because pyproject.toml cannot combine
package discovery with a package_dir mapping.
"""
from setuptools import find_packages, setup

BUNDLED = {"kg.ontology": "ontology", "kg.queries": "queries", "kg.seeds": "seeds"}

setup(packages=find_packages(include=["kg", "kg.*"]) + list(BUNDLED), package_dir=BUNDLED)
