"""User queries in worker processes: no network, killed at the time limit, crashes contained.

The store is tests/data/mini.trig; a throw-away HTTP server on loopback records every
request, so a test can tell whether a SERVICE clause really reached the network.
"""
from __future__ import annotations

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.query import QueryError, QueryRefused, QueryTimeout, check_safety, run_query
from kg.query.isolation import FairSlots, Pool, QueryBusy, QueryCrashed

from conftest import store_from_trig

DATA = Path(__file__).resolve().parent / "data"
CLI = "import sys; from kg.cli import cli; sys.exit(cli())"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?q ?r ?s }"


@pytest.fixture(scope="module")
def mini(tmp_path_factory) -> Path:
    return store_from_trig(tmp_path_factory.mktemp("mini") / "store", DATA / "mini.trig")


@pytest.fixture(scope="module")
def listener():
    """A loopback HTTP server that records the paths it is asked for."""
    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b'{"head":{"vars":["s","p","o"]},"results":{"bindings":[]}}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()


@pytest.fixture(scope="module")
def pool(mini):
    pool = Pool(mini, size=1).warm()
    yield pool
    pool.close()


def task(text: str, allow_federation: bool = False) -> dict:
    return dict(text=text, params=None, defaults={}, limit=100, allow_federation=allow_federation)


def test_a_comment_ended_by_a_carriage_return_does_not_hide_service(mini, listener):
    url, hits = listener
    text = f"SELECT * WHERE {{ #x\r SERVICE <{url}/admin> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryRefused, match="SERVICE"):
        run_query(text, mini, is_text=True)
    assert hits == []


@pytest.mark.parametrize("trick", ["#x\r", "#x\r\n", "#a\r#b\r", "\t", "  ", "#{\n"])
def test_workers_have_no_network_even_when_the_text_check_is_fooled(pool, listener, trick):
    """The task claims federation is allowed (as a fooled text check would); the kernel still says no."""
    url, hits = listener
    text = f"SELECT * WHERE {{ {trick} SERVICE <{url}/fooled> {{ ?s ?p ?o }} }}"
    with pytest.raises(QueryRefused, match="no network"):
        pool.call("query", task(text, allow_federation=True), 10)
    assert hits == [] and pool.guard() in ("seccomp", "netns")


def test_federation_reaches_the_network_only_when_allowed(mini, listener):
    url, hits = listener
    result = run_query(f"SELECT * WHERE {{ SERVICE <{url}/allowed> {{ ?s ?p ?o }} }}", mini, is_text=True,
                       allow_federation=True)
    assert result.rows == [] and [h for h in hits if h.startswith("/allowed")]
    hits.clear()


@pytest.mark.parametrize("depth", [101, 6_000, 10_000])
def test_deep_nesting_is_refused_before_the_engine(mini, depth):
    text = "SELECT * WHERE { FILTER(" + "(" * depth + "1" + ")" * depth + ") }"
    with pytest.raises(QueryRefused, match="nested more than"):
        run_query(text, mini, is_text=True)


def test_deep_nesting_from_the_command_line_is_a_one_line_error(mini):
    text = "SELECT * WHERE { FILTER(" + "(" * 10_000 + "1" + ")" * 10_000 + ") }"
    done = subprocess.run([sys.executable, "-c", CLI, "query", "--store", str(mini), "-e", text],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "nested more than" in done.stderr and "Traceback" not in done.stderr


def test_nesting_within_the_limit_still_runs(mini):
    text = "SELECT ?x WHERE { BIND(" + "(" * 90 + "1" + ")" * 90 + " AS ?x) }"
    assert run_query(text, mini, is_text=True).rows[0][0].value == "1"


def _worker_pid(pool: Pool) -> int:
    return pool._idle[-1].process.pid  # the next query's worker


def test_a_timeout_kills_the_query_and_frees_its_cpu(pool):
    pid = _worker_pid(pool)
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="stopped after 1 s"):
        pool.call("query", task(SLOW), 1.0)
    assert time.monotonic() - started < 2.0
    with pytest.raises(ProcessLookupError):  # killed and reaped: nothing left to burn CPU
        os.kill(pid, 0)
    assert pool.call("query", task("ASK { ?s a foaf:Person }"), 20).boolean is True


def test_a_crashing_worker_costs_one_query_not_the_pool(pool):
    pool.call("query", task("ASK {}"), 20)
    pid = _worker_pid(pool)
    threading.Timer(0.5, os.kill, (pid, signal.SIGSEGV)).start()  # what a stack overflow delivers
    with pytest.raises(QueryCrashed, match="crashed"):
        pool.call("query", task(SLOW), 30)
    assert pool.call("query", task("ASK { ?s a foaf:Person }"), 20).boolean is True


def test_the_cap_counts_a_query_until_it_has_stopped(pool):
    pool.call("query", task("ASK {}"), 20)
    errors: list[Exception] = []

    def slow():
        try:
            pool.call("query", task(SLOW), 1.5)
        except QueryError as e:
            errors.append(e)

    runner = threading.Thread(target=slow)
    runner.start()
    time.sleep(0.3)
    with pytest.raises(QueryBusy, match="all 1 query slots are busy"):
        pool.call("query", task("ASK {}"), 5)
    runner.join()
    assert isinstance(errors[0], QueryTimeout)
    assert pool.call("query", task("ASK {}"), 20).boolean is True


def test_query_slots_go_to_waiters_in_arrival_order():
    slots, order = FairSlots(1), []
    assert slots.acquire()

    def wait_for_slot(name):
        assert slots.acquire(10.0)
        order.append(name)

    waiters = []
    for name in "abc":
        waiters.append(threading.Thread(target=wait_for_slot, args=(name,)))
        waiters[-1].start()
        time.sleep(0.1)  # queue a, then b, then c
    for expected in (["a"], ["a", "b"], ["a", "b", "c"]):
        slots.release()
        assert not slots.acquire()  # the freed slot went to the longest waiter, not to a newcomer
        deadline = time.monotonic() + 5
        while order != expected and time.monotonic() < deadline:
            time.sleep(0.01)
        assert order == expected
    for t in waiters:
        t.join()
    assert not slots.acquire(0.05)  # c still holds the slot; a timed-out waiter takes nothing
    slots.release()
    assert slots.acquire()


def test_errors_keep_their_details_across_the_process_boundary(pool):
    with pytest.raises(QueryError) as info:
        pool.call("query", task("SELECT * WHERE {\n  ?s ?p \n}"), 20)
    assert info.value.line == 3 and "^" in info.value.pointer()


FRAGMENTS = ["SELECT", "*", "WHERE", "{", "}", "(", ")", "?s", "?p", "?o", "SERVICE", "service", "SeRvIcE",
             "SILENT", "LOAD", "<{url}/fuzz>", "#", "\r", "\n", "\u2028", '"', "'", '"""', "\\", "LIMIT 1",
             "GRAPH", "FILTER", "1", "a", ";", ".", "INSERT DATA", "DROP ALL", "PREFIX s: <{url}/>", "s:x"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25))
def test_fuzzed_queries_never_reach_the_network_nor_break_the_pool(pool, listener, parts):
    url, hits = listener
    text = " ".join(parts).replace("{url}", url)
    try:
        check_safety(text)
    except QueryError:
        pass
    for allowed in (False, True):  # True: as if every text check had been fooled
        try:
            pool.call("query", task(text, allow_federation=allowed), 10)
        except QueryError:
            pass
    assert hits == []


def test_a_worker_sees_a_store_changed_by_a_build(tmp_path):
    path = tmp_path / "store"
    store = ox.Store(str(path))
    store.load(path=str(DATA / "mini.trig"), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    pool = Pool(path, size=1).warm()
    try:
        ask = task("ASK { ?p foaf:name 'Priya Patel' }")
        assert pool.call("query", ask, 20).boolean is False
        writer = ox.Store(str(path))  # what kg build does while the server runs
        writer.update("INSERT DATA { GRAPH <https://w3id.org/newskg/id/article/new> { "
                      "<https://w3id.org/newskg/id/person/priya-patel> foaf:name 'Priya Patel' } }".replace(
                          "foaf:name", "<http://xmlns.com/foaf/0.1/name>"))
        writer.flush()
        del writer
        assert pool.call("query", ask, 20).boolean is True
    finally:
        pool.close()
