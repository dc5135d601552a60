"""kg: build an RDF knowledge graph of people, organisations, partnerships and awards from news.

The Python API mirrors the command line:

    >>> from kg import build, open_store
    >>> report = build(["seeds"], "kg-store")
"""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kg-news")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"

from .pipeline import build  # noqa: E402
from .rdf.store import open_store  # noqa: E402

__all__ = ["build", "open_store", "__version__"]
