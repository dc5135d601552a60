"""Packaging beyond what pyproject.toml can say.

* The top-level ontology/, queries/ and seeds/ folders travel inside the wheel: they stay at
  the top of the repository, where people look for them, and are installed as kg/ontology,
  kg/queries and kg/seeds, found at run time by `kg.resources` (pyproject.toml cannot combine
  package discovery with a package_dir mapping).
* Wheel builds fetch the YASGUI bundle for `kg serve` from the npm registry
  (kg/query/webassets.py). Third-party JavaScript is never committed: build_py runs
  kg.query.webassets.build() into the build tree. Without npm (or offline) the wheel is still built,
  without the YASGUI page (`kg serve` then offers its simple query page); set
  KG_REQUIRE_WEB_ASSETS=1 to fail instead.
"""
import importlib.util
import os
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

BUNDLED = {"kg.ontology": "ontology", "kg.queries": "queries", "kg.seeds": "seeds"}


def _webassets():
    spec = importlib.util.spec_from_file_location("kg_webassets", Path(__file__).parent / "kg" / "query" / "webassets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildPyWithWebAssets(build_py):
    def run(self):
        super().run()
        assets = _webassets()
        target = Path(self.build_lib) / "kg" / "static" / "yasgui"
        try:
            assets.build(target)
        except assets.AssetError as e:
            if os.environ.get("KG_REQUIRE_WEB_ASSETS") == "1":
                raise
            print(f"warning: no YASGUI page in this build: {e}")


setup(packages=find_packages(include=["kg", "kg.*"]) + list(BUNDLED), package_dir=BUNDLED,
      cmdclass={"build_py": BuildPyWithWebAssets})
