"""`kg serve` as a subprocess on a free loopback port, queried over HTTP, then stopped."""
from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.server import is_loopback, negotiate

DATA = Path(__file__).resolve().parent / "data"
CLI = "import sys; from kg.cli import cli; sys.exit(cli())"
PEOPLE = "SELECT DISTINCT ?n WHERE { ?p a foaf:Person ; foaf:name ?n } ORDER BY ?n"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("mini") / "store"
    store = ox.Store(str(path))
    store.load(path=str(DATA / "mini.trig"), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    proc = subprocess.Popen([sys.executable, "-c", CLI, "serve", "--store", str(path), "--port", "0",
                             "--limit", "5"], stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://(127\.0\.0\.1:\d+)/sparql", line)
        assert m, line
        yield f"http://{m.group(1)}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def fetch(url, data=None, headers=None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.headers, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode("utf-8")


def test_get_json(endpoint):
    status, headers, body = fetch(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": PEOPLE}))
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    names = [b["n"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert names == ["Alastair McLellan", "Alex Norris", "Jill Colbert", "Lyn Bacon", "Michael Jones"]
    assert headers["X-KG-Truncated"] == "true"  # --limit 5, and there are 7 people


def test_post_form_csv(endpoint):
    data = urllib.parse.urlencode({"query": "SELECT ?role WHERE { ?m org:member/foaf:name 'Lyn Bacon' ; "
                                            "org:role/skos:prefLabel ?role }"}).encode()
    status, headers, body = fetch(f"{endpoint}/sparql", data, {"Accept": "text/csv",
                                                               "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert list(csv.DictReader(io.StringIO(body))) == [{"role": "Chief Executive"}]


def test_post_sparql_query_construct_and_xml(endpoint):
    status, headers, body = fetch(f"{endpoint}/sparql", b"CONSTRUCT WHERE { ?p foaf:name 'Lyn Bacon' }",
                                  {"Content-Type": "application/sparql-query"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert "person\\/lyn-bacon" in body or "person/lyn-bacon" in body
    status, headers, body = fetch(f"{endpoint}/sparql", b"ASK { ?p foaf:name 'Lyn Bacon' }",
                                  {"Content-Type": "application/sparql-query",
                                   "Accept": "application/sparql-results+xml"})
    assert status == 200 and "<boolean>true</boolean>" in body


def test_refusals(endpoint):
    service = urllib.parse.urlencode({"query": "SELECT * { SERVICE <http://example.org/> { ?s ?p ?o } }"})
    status, _, body = fetch(f"{endpoint}/sparql?{service}")
    assert status == 403 and "--allow-federation" in body
    status, _, body = fetch(f"{endpoint}/sparql", urllib.parse.urlencode({"update": "DROP ALL"}).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "read-only" in body
    status, _, body = fetch(f"{endpoint}/sparql", b"DROP ALL", {"Content-Type": "application/sparql-query"})
    assert status == 403
    status, _, body = fetch(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "SELECT * {"}))
    assert status == 400 and "syntax error at line 1" in body
    status, _, body = fetch(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": PEOPLE}))
    assert status == 200 and "Lyn Bacon" in body  # the store is unchanged


def test_query_page(endpoint):
    status, headers, body = fetch(f"{endpoint}/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in body and "http" not in re.sub(r"https?://(www\.w3\.org|127\.0\.0\.1)", "", body)
    status, _, body = fetch(f"{endpoint}/queries.json")
    assert any(q["name"] == "award-results" for q in json.loads(body))


def test_negotiation_and_loopback():
    offered = {"application/sparql-results+json": "json", "text/csv": "csv"}
    assert negotiate("text/csv;q=0.5, application/sparql-results+json", offered)[1] == "json"
    assert negotiate("text/html, text/csv;q=0.9", offered)[1] == "csv"
    assert negotiate(None, offered)[1] == "json"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.4")


def test_warning_for_a_non_loopback_address(tmp_path):
    done = subprocess.run([sys.executable, "-c", CLI, "serve", "--host", "0.0.0.0", "--port", "0",
                           "--store", str(tmp_path / "missing")], capture_output=True, text=True, timeout=60)
    assert "warning: listening on 0.0.0.0, not a loopback address" in done.stderr
    assert done.returncode == 1 and "no kg store" in done.stderr
