"""The YASGUI query page of `kg serve`, in headless Chromium with every host but loopback unreachable.

Chromium resolves no name and sends everything but loopback to a dead proxy, and every
request the page makes is recorded: a saved query must run and its table render with
no request leaving 127.0.0.1. The assets come from the npm registry (kg/query/webassets.py);
the tests build them once when missing, and skip without npm or Chromium.
"""
from __future__ import annotations

import base64
import shutil
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import webassets
from tests.test_serve import start
from tests.test_viz import CHROMIUM, DevTools, evaluate, page_errors

DATA = Path(__file__).resolve().parent / "data"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "benchmarks" / "out"

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


@pytest.fixture(scope="module")
def assets():
    if not webassets.available():
        if shutil.which("npm") is None:
            pytest.skip("YASGUI assets are not built and npm is missing")
        webassets.build()
    return webassets.ASSET_DIR


@pytest.fixture(scope="module")
def server(assets, tmp_path_factory):
    path = tmp_path_factory.mktemp("mini") / "store"
    store = ox.Store(str(path))
    store.load(path=str(DATA / "mini.trig"), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    proc, url = start(path)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(server, tmp_path_factory):
    offline = ("--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
               "--proxy-server=http://127.0.0.1:9")  # loopback bypasses proxies by default
    client = DevTools(tmp_path_factory.mktemp("chromium-profile"), offline)
    try:
        target = client.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = client.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page", "Network"):
            client.send(f"{domain}.enable", session=session)
        client.send("Page.navigate", {"url": f"{server}/"}, session=session)
        client.wait_for(lambda m: m.get("method") == "Page.loadEventFired")
        client.drain(1.0)
        yield client, session
    finally:
        client.close()


def requested_urls(events: list[dict]) -> list[str]:
    return [m["params"]["request"]["url"] for m in events if m.get("method") == "Network.requestWillBeSent"]


def wait_until(client, session, expression: str, seconds: float = 20) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = evaluate(client, session, expression)
        if value:
            return value
        client.drain(0.25)
    raise AssertionError(f"still false after {seconds} s: {expression}")


def test_the_page_is_yasgui_with_the_saved_queries(browser):
    client, session = browser
    assert evaluate(client, session, "typeof Yasgui") == "function"
    assert evaluate(client, session, "document.querySelectorAll('.yasqe .CodeMirror').length") >= 1
    names = evaluate(client, session, "Array.from(document.querySelectorAll('#saved option'), o => o.value)")
    assert "most-quoted" in names and "posts-at-organisation" in names


def test_a_saved_query_runs_and_its_table_renders_offline(browser, server, tmp_path):
    client, session = browser
    evaluate(client, session, """(() => { const s = document.getElementById('saved'); s.value = 'most-quoted';
                                          s.dispatchEvent(new Event('change')); })()""")
    text = evaluate(client, session, "kgYasgui.yasgui.getTab().getQuery()")
    assert "PREFIX foaf:" in text and "COUNT(DISTINCT ?q) AS ?quotations" in text
    prologue = evaluate(client, session, "kgYasgui.withPrologue('SELECT * WHERE { kgorg:x ?p ?o }')")
    assert prologue.startswith("PREFIX kgorg: <https://w3id.org/newskg/id/org/>\n")
    evaluate(client, session, "kgYasgui.yasgui.getTab().query()")
    wait_until(client, session, "document.querySelectorAll('.yasr table tbody tr').length > 0")
    table = evaluate(client, session, "document.querySelector('.yasr table').innerText")
    assert "Alastair McLellan" in table
    shot = client.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / "yasgui-most-quoted.png"
    path.write_bytes(base64.b64decode(shot))
    print(f"screenshot: {path}")
    origin = server.rstrip("/")
    outside = [u for u in requested_urls(client.events)
               if not (u.startswith(origin) or u.startswith("data:") or u.startswith("blob:"))]
    assert outside == []
    assert page_errors(client.events) == []


def test_the_page_forbids_requests_to_other_hosts(server):
    import urllib.request

    with urllib.request.urlopen(f"{server}/", timeout=20) as r:
        policy = r.headers["Content-Security-Policy"]
        assert "connect-src 'self'" in policy and "default-src 'self'" in policy
        assert "yasgui.min.js" in r.read().decode()
