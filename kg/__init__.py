"""kg: build an RDF knowledge graph of people, organisations, partnerships and awards from news.

The Python API mirrors the command line:

    >>> from kg import build, open_store
    >>> report = build(["seeds"], "kg-store")
"""
__version__ = "0.1.0"

from .build import build  # noqa: E402
from .store import open_store  # noqa: E402

__all__ = ["build", "open_store", "__version__"]
