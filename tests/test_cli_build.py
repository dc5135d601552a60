"""`kg build` on the command line: bad input is reported by name and skipped, a busy store
is a one-line error, and the progress bar shows only on a terminal."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import articles
from kg.cli import cli

from conftest import SEEDS

GOOD = """Trafford Council wins joint award

Jill Colbert, corporate director for children, families and wellbeing at Trafford Council, said the council
was proud to share the Integrated Working North West Award with Sefton Council for Voluntary Service.
"""
KG = [sys.executable, "-c", "from kg.cli import cli; cli()"]


def run(*args: str):
    result = CliRunner().invoke(cli, ["build", *args], catch_exceptions=False)
    return result


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def make_bad_inputs(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, what its one-line report must say)."""
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Caf\u00e9 society: the council\u2019s plan".encode("cp1252"))
    (folder / "slides.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "empty-folder").mkdir()
    with open(folder / "enormous.txt", "wb") as f:  # sparse: no disk space used
        f.truncate(articles.MAX_FILE_BYTES + 1)
    return {
        "empty": (folder / "empty.txt", "file is empty"),
        "binary": (folder / "binary.txt", "binary file"),
        "not utf-8": (folder / "latin1.txt", "not valid UTF-8"),
        "enormous": (folder / "enormous.txt", "is larger than"),
        "unsupported": (folder / "slides.pdf", "unsupported file type '.pdf'"),
        "missing": (folder / "missing.txt", "no such file or directory"),
        "empty folder": (folder / "empty-folder", "folder holds no"),
    }


def test_bad_inputs_are_reported_by_name_and_the_rest_is_built(tmp_path, good):
    bad = make_bad_inputs(tmp_path / "bad")
    store = tmp_path / "store"
    result = run(*(str(p) for p, _ in bad.values()), str(good), "--store", str(store))

    assert result.exit_code == 3, result.output  # built, but inputs were skipped
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad)
    for line, (path, says) in zip(lines, bad.values()):
        assert line.startswith(f"skipped {path}: ") and says in line, line
    assert result.stdout.startswith("1 added, 0 updated, 0 unchanged, 0 pruned, 7 skipped;")
    (row,) = ox.Store.read_only(str(store)).query(
        "SELECT ?s WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/source> ?s } }")
    assert row["s"].value == good.name  # a file given by itself is named without its folders


@pytest.mark.parametrize("kind", ["empty", "binary", "not utf-8", "enormous", "unsupported", "missing",
                                  "empty folder"])
def test_nothing_readable_fails_without_creating_a_store(tmp_path, kind):
    path, says = make_bad_inputs(tmp_path / "bad")[kind]
    store = tmp_path / "store"
    result = run(str(path), "--store", str(store))
    assert result.exit_code == 1
    skipped, error = result.stderr.splitlines()
    assert skipped.startswith(f"skipped {path}: ") and says in skipped
    assert error == "Error: no readable articles"
    assert result.stdout == ""
    assert not store.exists()


def test_article_over_the_character_limit_is_skipped(tmp_path, good, monkeypatch):
    monkeypatch.setattr(articles, "MAX_ARTICLE_CHARS", 100)
    result = run(str(good), "--store", str(tmp_path / "store"))
    assert result.exit_code == 1
    assert f"skipped {good}: {len(GOOD):,} characters is larger than the 100" in result.stderr


def test_malformed_jsonl_lines_are_skipped_and_good_lines_built(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Cllr Alex Norris, leader of Nottingham City Council, said so."}\n{oops\n'
                    '{"title": "no text"}\n', encoding="utf-8")
    result = run(str(feed), "--store", str(tmp_path / "store"))
    assert result.exit_code == 3
    assert result.stderr.splitlines() == [
        f"skipped {feed}:2: not valid JSON (Expecting property name enclosed in double quotes)",
        f'skipped {feed}:3: each line needs an object with a non-empty "text"']
    assert result.stdout.startswith("1 added,")


def test_locked_store_is_a_one_line_error(tmp_path, good):
    store = tmp_path / "store"
    holder = ox.Store(str(store))  # this process holds the write lock
    try:
        proc = subprocess.run([*KG, "build", str(good), "--store", str(store)], capture_output=True, text=True,
                              timeout=120)
    finally:
        del holder
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    (line,) = proc.stderr.splitlines()
    assert line.startswith(f"Error: the store at {store} is in use by another kg process")


def test_summary_without_progress_bar_when_stderr_is_not_a_terminal(tmp_path, good):
    result = run(str(good), "--store", str(tmp_path / "store"))
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.count("\n") == 1 and " words/s) -> " in result.stdout


def test_quiet_prints_nothing(tmp_path, good):
    result = run(str(good), "--store", str(tmp_path / "store"), "-q")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def read_all(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the other side of the terminal is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def test_progress_bar_on_a_terminal(tmp_path):
    main, secondary = pty.openpty()
    proc = subprocess.Popen([*KG, "build", str(SEEDS), "--store", str(tmp_path / "store")],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    terminal = read_all(main).decode("utf-8", "replace")
    os.close(main)
    stdout = proc.communicate(timeout=120)[0].decode()
    assert proc.returncode == 0
    assert "extracting 5/5 articles (100%)" in terminal and "words/s" in terminal
    assert stdout.startswith("5 added, 0 updated, 0 unchanged")


def test_json_summary(tmp_path, good):
    result = run(str(good), "--store", str(tmp_path / "store"), "--json")
    assert result.exit_code == 0 and result.stderr == ""
    summary = json.loads(result.stdout)
    assert summary["added"] == [good.name] and summary["skipped"] == []
    assert summary["facts"]["people"] >= 1 and summary["words"] > 0


def test_an_unreadable_file_named_on_the_command_line_is_skipped_like_one_in_a_folder(tmp_path, good):
    unreadable = tmp_path / "unreadable.txt"
    if os.geteuid() == 0:  # root reads any file: a link to nowhere cannot be read either
        unreadable.symlink_to(tmp_path / "nowhere.txt")
    else:
        unreadable.write_text("Some text.", encoding="utf-8")
        unreadable.chmod(0)
    result = run(str(unreadable), str(good), "--store", str(tmp_path / "store"))
    assert result.exit_code == 3, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"skipped {unreadable}: ")
    assert result.stdout.startswith("1 added")
