"""Article identity, published sources, --prune and the incremental fingerprint.

An article is its URL or its text, never the path it was read from; the graph names a
file relative to the folder given on the command line; --prune drops only what the
build knows is gone; and anything that changes extraction re-extracts on the next build.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import config, fingerprint
from kg.pipeline import build as kg_build
from kg.resources import data_dir

from conftest import SEEDS

STORY = """Council and NHS appoint joint director
Published: 3 March 2021

Harriet Okafor, joint director of integrated care at Lindenshire County Council and NHS
Lindenshire, said the new arrangements would help residents leave hospital sooner.
"""


def build(*args, **kwargs):
    return kg_build(*args, processes=1, **kwargs)


def article_iris(store: Path) -> set[str]:
    rows = ox.Store.read_only(str(store)).query(
        "SELECT DISTINCT ?a WHERE { GRAPH ?a { ?a a <https://schema.org/NewsArticle> } }")
    return {r["a"].value for r in rows}


def literals(store: Path) -> set[str]:
    return {q.object.value for q in ox.Store.read_only(str(store)) if isinstance(q.object, ox.Literal)}


@pytest.fixture
def story_folder(tmp_path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    return folder


# --- identity and sources ---------------------------------------------------------------------------
def test_a_moved_copy_of_the_seeds_is_the_same_five_articles(tmp_path):
    store = tmp_path / "store"
    build([SEEDS], store)
    moved = tmp_path / "somewhere" / "else" / "copied-seeds"
    shutil.copytree(SEEDS, moved)
    report = build([moved], store)
    assert len(report.unchanged) == 5 and report.added == []
    assert len(article_iris(store)) == 5


def test_no_statement_holds_a_local_absolute_path(tmp_path):
    store = tmp_path / "store"
    build([SEEDS], store)
    here = str(Path.cwd().resolve())
    leaked = [v for v in literals(store) if str(SEEDS.resolve()) in v or v.startswith((here, "/tmp", "/home"))]
    assert leaked == []
    sources = ox.Store.read_only(str(store)).query(
        "SELECT ?s WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/source> ?s } }")
    assert sorted(r["s"].value for r in sources) == sorted(f"seeds/{p.name}" for p in SEEDS.glob("*.txt"))


def test_a_jsonl_read_through_another_relative_path_is_not_duplicated(tmp_path, monkeypatch):
    feed = tmp_path / "feeds" / "mixed.jsonl"
    feed.parent.mkdir()
    feed.write_text(json.dumps({"text": STORY}) + "\n"
                    + json.dumps({"text": STORY.replace("Harriet", "Joan"), "url": "https://news.example/a"}) + "\n",
                    encoding="utf-8")
    store = tmp_path / "store"
    monkeypatch.chdir(tmp_path)
    build(["feeds/mixed.jsonl"], store)
    monkeypatch.chdir(feed.parent)
    report = build(["mixed.jsonl"], store)
    assert report.added == [] and len(report.unchanged) == 2
    assert len(article_iris(store)) == 2


# --- pruning ----------------------------------------------------------------------------------------
def test_prune_from_another_folder_keeps_articles_whose_files_exist(tmp_path, story_folder, monkeypatch):
    store = tmp_path / "store"
    build([SEEDS, story_folder], store)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "other.txt").write_text(STORY.replace("Harriet Okafor", "Dilip Rao"), encoding="utf-8")
    monkeypatch.chdir(other)
    report = build(["other.txt"], store, prune=True)
    assert report.pruned == [] and len(report.added) == 1
    assert len(article_iris(store)) == 7


def test_prune_drops_an_article_whose_file_is_gone(tmp_path, story_folder):
    store = tmp_path / "store"
    (story_folder / "second.txt").write_text(STORY.replace("Harriet Okafor", "Dilip Rao"), encoding="utf-8")
    build([story_folder], store)
    (story_folder / "second.txt").unlink()
    assert build([story_folder], store).pruned == []  # only when asked
    report = build([story_folder], store, prune=True)
    assert report.pruned == ["news/second.txt"]
    assert len(article_iris(store)) == 1


# --- the fingerprint --------------------------------------------------------------------------------
@pytest.fixture
def clean_settings(monkeypatch):
    """Settings read afresh, and read again once the test's environment is restored."""
    config.reload()
    yield
    monkeypatch.undo()
    config.reload()


def test_editing_a_lexicon_in_kg_data_dir_re_extracts(tmp_path, story_folder, monkeypatch, clean_settings):
    store = tmp_path / "store"
    build([story_folder], store)
    own = tmp_path / "lexicons"
    own.mkdir()
    titles = (data_dir() / "titles.txt").read_text(encoding="utf-8")
    (own / "titles.txt").write_text(titles + "\nintegration lead\n", encoding="utf-8")
    monkeypatch.setenv("KG_DATA_DIR", str(own))
    config.reload()
    assert own / "titles.txt" in fingerprint.lexicon_files()
    report = build([story_folder], store)
    assert report.updated == ["news/story.txt"] and report.unchanged == []


def test_another_spacy_pipeline_re_extracts(tmp_path, story_folder, monkeypatch, clean_settings):
    import spacy

    store = tmp_path / "store"
    build([story_folder], store)
    pipeline = tmp_path / "my_pipeline"
    spacy.load(fingerprint.spacy_model_id().split("==")[0]).to_disk(pipeline)
    monkeypatch.setenv("KG_SPACY_MODEL", str(pipeline))
    config.reload()
    report = build([story_folder], store)
    assert report.updated == ["news/story.txt"]
    assert build([story_folder], store).unchanged == ["news/story.txt"]


def test_the_fingerprint_covers_every_extraction_module_and_the_options():
    covered = {p.resolve() for p in fingerprint.code_files()}
    extract = Path(fingerprint.__file__).parent / "extract"
    assert {p.resolve() for p in extract.rglob("*.py")} <= covered
    assert fingerprint.extraction_fingerprint(options={"min-confidence": "0.6"}).endswith(" min-confidence=0.6")
    assert fingerprint.extraction_fingerprint(registers="abc") != fingerprint.extraction_fingerprint()
