"""What a query worker process can be asked to do (kg.query.isolation sends these by name)."""
from __future__ import annotations

import pyoxigraph as ox

from .describe import EntityDescription, describe_entity
from .params import entity_names
from .protocol import Rendered
from .run import QueryResult, render_on_store, run_on_store


def query(db: ox.Store, **kwargs) -> QueryResult:
    """Prepare and run one query on the worker's read-only store (no time limit: the parent kills)."""
    return run_on_store(db, timeout=None, **kwargs)


def render(db: ox.Store, formats: dict, **kwargs) -> Rendered:
    """Run one query and write its result in the negotiated format here, in the worker."""
    return render_on_store(db, formats, **kwargs)


def describe(db: ox.Store, ref: str) -> EntityDescription:
    return describe_entity(ref, db)


def names(db: ox.Store) -> list[tuple[str, str]]:
    return entity_names(db)
