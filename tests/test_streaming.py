"""Builds at scale: batches committed as they go, re-linking across batches, workers that die
with the build, and long texts parsed in sections."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline import build as kg_build
from kg.rdf.vocab import ONTOLOGY_GRAPH
from kg.workers import sections

#: An acronym used bare in the first article and spelled out only in the second.
BARE = """Trust chief praises discharge team
Published: 4 May 2022

Priya Natarajan, chief executive of LCHT, said the discharge team had cut waiting times in half.
"""
DEFINED = """Community trust opens rehabilitation ward
Published: 9 May 2022

Lindenshire Community Health Trust (LCHT) has opened a new rehabilitation ward.
Tomasz Nowak, chair of Lindenshire Community Health Trust, said the ward would help patients
return home sooner.
"""


def quads(path: Path) -> set[ox.Quad]:
    """The store's quads but the ontology's (whose blank nodes are named afresh on each load)."""
    return {q for q in ox.Store.read_only(str(path)) if q.graph_name != ONTOLOGY_GRAPH}


@pytest.fixture
def pair(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-bare.txt").write_text(BARE, encoding="utf-8")
    (folder / "b-defined.txt").write_text(DEFINED, encoding="utf-8")
    return folder


def org_of_post(store: Path) -> set[str]:
    rows = ox.Store.read_only(str(store)).query(
        "PREFIX org: <http://www.w3.org/ns/org#> PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
        "SELECT ?o WHERE { ?m org:member/foaf:name 'Priya Natarajan' ; org:organization ?o }",
        use_default_graph_as_union=True)
    return {r["o"].value for r in rows}


def test_batch_by_batch_equals_all_at_once_with_an_acronym_defined_later(tmp_path, pair):
    one_by_one, together = tmp_path / "one", tmp_path / "all"
    kg_build([pair], one_by_one, processes=1, batch_size=1)
    kg_build([pair], together, processes=1)
    assert quads(one_by_one) == quads(together)
    assert org_of_post(one_by_one) == {"https://w3id.org/newskg/id/org/lindenshire-community-health-trust"}



def test_the_relink_pass_reuses_the_builds_worker_processes(tmp_path, pair, monkeypatch):
    """The last pass (the bare acronym's article written again) runs on the pool the main pass
    started, not on a second pool that loads spaCy again."""
    import kg.pipeline
    from kg.workers import LocalPool

    pools = []

    class CountedPool(LocalPool):
        def __init__(self, *args, **kwargs):
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(kg.pipeline, "LocalPool", CountedPool)
    relinked = []
    real_commit = kg.pipeline.Writer.commit
    monkeypatch.setattr(kg.pipeline.Writer, "commit",
                        lambda self, batch, again=False: (relinked.extend(a.source for a, _ in batch if again),
                                                          real_commit(self, batch, again)))
    kg_build([pair], tmp_path / "pooled", processes=2, batch_size=1)
    kg_build([pair], tmp_path / "alone", processes=1)
    assert len(pools) == 1 and relinked == ["news/a-bare.txt"]
    assert quads(tmp_path / "pooled") == quads(tmp_path / "alone")

KILL_AFTER_FIRST_BATCH = """
import importlib, os, signal, sys
pipeline = importlib.import_module("kg.pipeline")
real = pipeline.Writer.commit
def commit_then_die(self, batch, again=False):
    real(self, batch, again)
    os.kill(os.getpid(), signal.SIGKILL)
pipeline.Writer.commit = commit_then_die
pipeline.build([sys.argv[1]], sys.argv[2], processes=1, batch_size=2)
"""


def test_a_killed_build_keeps_its_committed_batch_and_resumes(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i, name in enumerate(["Ada Brown", "Ben Cole", "Cara Diaz", "Dev Eze", "Eve Ford"]):
        (folder / f"{i}.txt").write_text(BARE.replace("Priya Natarajan", name), encoding="utf-8")
    store = tmp_path / "store"
    proc = subprocess.run([sys.executable, "-c", KILL_AFTER_FIRST_BATCH, str(folder), str(store)],
                          capture_output=True, text=True, timeout=180)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    report = kg_build([folder], store, processes=1)
    assert len(report.unchanged) == 2 and len(report.added) == 3  # the committed batch is not re-extracted
    clean = tmp_path / "clean"
    kg_build([folder], clean, processes=1)
    assert quads(store) == quads(clean)


def children_of(pid: int) -> set[int]:
    out = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "children").read_text().split()
        except FileNotFoundError:  # the thread ended between listing and reading
            continue
        out |= {int(c) for c in text}
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc and prctl")
def test_workers_die_with_a_killed_build(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for i in range(60):
        (folder / f"{i:02d}.txt").write_text(DEFINED.replace("Tomasz Nowak", f"Person Number{i:02d}"),
                                             encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from kg.pipeline import build; "
                             "build([sys.argv[1]], sys.argv[2], processes=2)", str(folder), str(tmp_path / "s")])
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = {c for c in children_of(proc.pid) if alive(c)}
        time.sleep(0.2)
    assert len(workers) >= 2, "the build never started its workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(alive(w) for w in workers)


# --- long texts ----------------------------------------------------------------------------------------
def test_sections_cut_at_paragraphs_and_join_back_exactly():
    paragraph = "The council said the new service would start in spring. " * 20 + "\n\n"
    text = paragraph * 200
    parts = sections(text, limit=5_000)
    assert "".join(parts) == text
    assert all(len(p) <= 5_000 for p in parts) and len(parts) > 1
    assert all(p.endswith("\n\n") for p in parts[:-1])
    unbroken = "x" * 12_000
    assert "".join(sections(unbroken, limit=5_000)) == unbroken


def test_a_long_article_is_parsed_in_sections_with_true_offsets(tmp_path):
    filler = ("The board heard that waiting lists had fallen for the third month running, and that "
              "community teams had seen more patients at home than in any month last year.\n\n")
    text = "Board papers\n\n" + filler * 700 + DEFINED.split("\n", 3)[3]
    assert len(text) > 100_000
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    kg_build([tmp_path / "long.txt"], store, processes=1)
    rows = list(ox.Store.read_only(str(store)).query(
        "PREFIX kg: <https://w3id.org/newskg/ontology#> SELECT ?e ?s ?t WHERE "
        "{ ?x kg:evidence ?e ; kg:charStart ?s ; kg:charEnd ?t FILTER(CONTAINS(?e, 'Tomasz Nowak')) }",
        use_default_graph_as_union=True))
    assert rows
    for row in rows:
        start, end = int(row["s"].value), int(row["t"].value)
        assert text[start:end] == row["e"].value


# --- Dask -------------------------------------------------------------------------------------------
def seed_like_corpus(folder: Path, n: int = 6) -> Path:
    folder.mkdir()
    (folder / "a-bare.txt").write_text(BARE, encoding="utf-8")
    (folder / "b-defined.txt").write_text(DEFINED, encoding="utf-8")
    for i in range(n):
        (folder / f"c{i}.txt").write_text(DEFINED.replace("Tomasz Nowak", f"Person Number{i}"), encoding="utf-8")
    return folder


def test_a_local_dask_cluster_gives_the_same_graph(tmp_path):
    pytest.importorskip("distributed")
    corpus = seed_like_corpus(tmp_path / "news")
    local, dask = tmp_path / "local", tmp_path / "dask"
    kg_build([corpus], local, processes=1)
    report = kg_build([corpus], dask, dask_workers=2, batch_size=3)
    assert len(report.added) == 8
    assert quads(dask) == quads(local)


def test_dask_scheduler_and_workers_started_as_users_do(tmp_path):
    """`dask scheduler` and two `dask worker` processes, as the README's cluster recipe."""
    pytest.importorskip("distributed")
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    procs = [subprocess.Popen([*dask, "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        time.sleep(2)
        for _ in range(2):
            procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                           "--nthreads", "1", "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        corpus = seed_like_corpus(tmp_path / "news")
        local, remote = tmp_path / "local", tmp_path / "remote"
        kg_build([corpus], local, processes=1)
        kg_build([corpus], remote, scheduler=address, batch_size=3)
        assert quads(remote) == quads(local)
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            p.wait(timeout=30)


def test_an_unreachable_scheduler_is_one_clear_error(tmp_path):
    pytest.importorskip("distributed")
    from kg.errors import KGError

    corpus = seed_like_corpus(tmp_path / "news", n=0)
    with pytest.raises(KGError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        kg_build([corpus], tmp_path / "s", scheduler="tcp://127.0.0.1:9")


def test_a_build_that_reopens_its_store_after_every_article_equals_one_that_does_not(tmp_path, pair, monkeypatch):
    import kg.pipeline as pipeline

    for i, name in enumerate(["Ada Brown", "Ben Cole", "Cara Diaz"]):
        (pair / f"c{i}.txt").write_text(BARE.replace("Priya Natarajan", name), encoding="utf-8")
    kg_build([pair], tmp_path / "kept-open", processes=1, batch_size=2)
    opened = []
    real_open = pipeline.open_store
    monkeypatch.setattr(pipeline, "open_store", lambda location: opened.append(location) or real_open(location))
    monkeypatch.setattr(pipeline, "REOPEN_AFTER", 1)
    kg_build([pair], tmp_path / "reopened", processes=1, batch_size=2)
    assert len(opened) >= 4  # opened once, then again after each batch
    assert quads(tmp_path / "reopened") == quads(tmp_path / "kept-open")
