"""Official registers of UK public bodies (councils, NHS trusts, CCGs, ICBs, PCTs, health
boards, HSCPs): loading them into the store's id:graph/registers, and linking the
organisations articles name to them (see `link`).

Stages, one module each: `read` (files to rows, layouts), `bodies` (rows to bodies and
changes), `graph` (bodies to RDF, metadata, status), `gazetteer` (the loaded graph to a
name index), `link` (articles' organisations to register bodies).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .bodies import read_folder
from .graph import REGISTERS_GRAPH, registers_status, registers_version, write_registers
from .read import RegisterError, Registers


@dataclass
class LoadReport:
    source: str
    files: list[dict] = field(default_factory=list)  # file, layout, rows, bodies
    bodies: int = 0
    changes: int = 0
    triples: int = 0
    unmatched: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


def load_registers(store: ox.Store, folder: Path | str, source: str | None = None) -> LoadReport:
    """Read every register file in `folder` and replace the store's registers graph with them.

    Nothing is written unless every file reads cleanly.
    """
    started = time.perf_counter()
    regs = read_folder(folder)
    triples = write_registers(store, regs, source or str(Path(folder).resolve()))
    store.flush()
    per_file: dict[str, int] = {}
    for body in regs.bodies.values():
        for s in body.sources:
            per_file[s] = per_file.get(s, 0) + 1
    return LoadReport(source or str(folder),
                      [{"file": f.name, "layout": f.layout, "rows": f.rows, "bodies": per_file.get(f.name, 0)}
                       for f in regs.files],
                      len(regs.bodies), len(regs.changes), triples, dict(regs.unmatched),
                      time.perf_counter() - started)


__all__ = ["load_registers", "registers_version", "registers_status", "read_folder", "LoadReport",
           "RegisterError", "Registers", "REGISTERS_GRAPH"]
