"""`kg viz`: a self-contained page that renders in a real browser without errors, and a PNG.

The browser tests drive headless Chromium over the DevTools protocol on a pipe
(--remote-debugging-pipe: JSON messages separated by NUL bytes on fds 3 and 4), so no
websocket client or network port is needed. They skip when Chromium is not installed
(Debian: apt-get install -y chromium).
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from click.testing import CliRunner

from kg.cli import cli
from kg.network.analysis import NetworkError
from kg.network.viz import write_viz
from tests.conftest import store_from_trig

FIXTURE = Path(__file__).parent / "data" / "network_fixture.trig"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install -y chromium)")


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    return store_from_trig(tmp_path_factory.mktemp("viz") / "store", FIXTURE)


@pytest.fixture(scope="module")
def page(fixture_store, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("vizpage") / "graph.html"
    write_viz(fixture_store, out)
    return out


# --- the page as a file ---------------------------------------------------------------------------
def test_page_is_self_contained(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|iframe)[^>]*\bsrc=", text)
    assert not re.search(r"<link[^>]*href=\"(?!data:)", text)
    assert "@import" not in text and "url(http" not in text
    assert "Walsall Together" in text


def test_page_escapes_markup_in_data(fixture_store, tmp_path):
    """Labels and sentences are data, never markup: a '</script>' cannot end the data block."""
    store_path = tmp_path / "store"
    shutil.copytree(fixture_store, store_path)
    store = ox.Store(str(store_path))
    store.update('INSERT DATA { GRAPH <https://w3id.org/newskg/id/article/network-walsall> { '
                 '<https://w3id.org/newskg/id/person/x> a <http://xmlns.com/foaf/0.1/Person> ; '
                 '<http://xmlns.com/foaf/0.1/name> "</script><b>Evil</b>" } }')
    store.flush()
    del store
    out = tmp_path / "g.html"
    write_viz(store_path, out)
    text = out.read_text(encoding="utf-8")
    assert "</script><b>" not in text
    assert text.count("</script>") == 2  # the data block and the code block


def test_cli_viz_writes_page_and_png(fixture_store, tmp_path):
    out, png = tmp_path / "g.html", tmp_path / "g.png"
    result = CliRunner().invoke(cli, ["viz", "--store", str(fixture_store), "-o", str(out), "--png", str(png),
                                      "--color", "community"])
    assert result.exit_code == 0, result.output
    assert "19 nodes" in result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert '"colorBy":"community"' in out.read_text(encoding="utf-8")


def test_max_nodes_keeps_the_highest_pagerank(fixture_store, tmp_path):
    result = write_viz(fixture_store, tmp_path / "g.html", max_nodes=5)
    assert (result.nodes_shown, result.nodes_total) == (5, 19)


def test_bad_colour_mode_is_a_user_error(fixture_store, tmp_path):
    with pytest.raises(NetworkError, match="colour mode"):
        write_viz(fixture_store, tmp_path / "g.html", color_by="size")


# --- in a real browser ----------------------------------------------------------------------------
class DevTools:
    """A minimal Chrome DevTools Protocol client over --remote-debugging-pipe."""

    def __init__(self, profile: Path, extra_args: tuple[str, ...] = ()):
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_fds():  # the browser reads commands on fd 3 and writes replies on fd 4
            # move both ends above 4 first, so neither is clobbered, then onto 3 and 4 (inheritable)
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser_r, from_browser_w)]
            for target, fd in zip((3, 4), high):
                os.dup2(fd, target, inheritable=True)

        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
             "--window-size=1280,800", "--remote-debugging-pipe", *extra_args, "about:blank"],
            preexec_fn=wire_fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer, self._next_id, self.events = b"", 0, []

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:  # noqa: BLE001 - closing regardless
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30):
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        reply = self.wait_for(lambda m: m.get("id") == self._next_id, timeout)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def wait_for(self, predicate, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for i, m in enumerate(self.events):
                if predicate(m):
                    return self.events.pop(i)
            self._read(deadline)

    def drain(self, seconds: float):
        deadline = time.monotonic() + seconds
        try:
            while True:
                self._read(deadline)
        except TimeoutError:
            pass

    def _read(self, deadline: float):
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise TimeoutError("no reply from Chromium")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        self.events.append(json.loads(raw))


def page_errors(events: list[dict]) -> list[str]:
    """Uncaught exceptions, console.error calls and browser log errors."""
    errors = []
    for m in events:
        method, params = m.get("method"), m.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(json.dumps(params.get("exceptionDetails", {}))[:500])
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(json.dumps(params.get("args", []))[:500])
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            errors.append(params["entry"].get("text", ""))
    return errors


@pytest.fixture(scope="module")
def browser_page(page, tmp_path_factory):
    """The page loaded in headless Chromium: (client, session id, events seen while loading)."""
    client = DevTools(tmp_path_factory.mktemp("chromium-profile"))
    try:
        target = client.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = client.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page"):
            client.send(f"{domain}.enable", session=session)
        client.send("Page.navigate", {"url": page.as_uri()}, session=session)
        client.wait_for(lambda m: m.get("method") == "Page.loadEventFired")
        client.drain(0.5)
        yield client, session
    finally:
        client.close()


def evaluate(client: DevTools, session: str, expression: str):
    result = client.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=session)
    if "exceptionDetails" in result:
        raise AssertionError(f"page script failed: {result['exceptionDetails']}")
    return result["result"].get("value")


@needs_chromium
def test_page_renders_every_node_without_console_errors(browser_page):
    client, session = browser_page
    assert evaluate(client, session, "document.querySelectorAll('circle.node').length") == 19
    assert evaluate(client, session, "document.querySelectorAll('line.edge').length") == 26
    assert "19 nodes" in evaluate(client, session, "document.getElementById('status').textContent")
    assert page_errors(client.events) == []


@needs_chromium
def test_clicking_a_node_shows_its_facts_sentences_and_articles(browser_page):
    client, session = browser_page
    evaluate(client, session, """
        Array.from(document.querySelectorAll('circle.node'))
          .find(c => c.querySelector('title').textContent.startsWith('Walsall Together ('))
          .dispatchEvent(new MouseEvent('click', {bubbles: true}))""")
    panel = evaluate(client, session, "document.getElementById('panel').innerText")
    assert "Walsall Together" in panel
    assert "won 2023" in panel  # the award fact
    assert "Walsall Together has won the Place Based Partnership and Integrated Care Award" in panel  # evidence
    assert "Walsall Together wins at HSJ Awards (2023-11-21)" in panel  # its article
    assert page_errors(client.events) == []


@needs_chromium
def test_search_zoom_and_colour_switch(browser_page):
    client, session = browser_page
    hits = evaluate(client, session, """
        (() => { const s = document.getElementById('search'); s.value = 'nottingham';
                 s.dispatchEvent(new Event('input')); return document.querySelectorAll('circle.match').length; })()""")
    assert hits == 6  # council, CCG, CityCare, the unnamed partnership, the place, the programme
    before = evaluate(client, session, "document.getElementById('viewport').getAttribute('transform')")
    evaluate(client, session, """document.getElementById('graph').dispatchEvent(
        new WheelEvent('wheel', {deltaY: -300, clientX: 300, clientY: 300, bubbles: true, cancelable: true}))""")
    after = evaluate(client, session, "document.getElementById('viewport').getAttribute('transform')")
    assert before != after
    fills_by_kind = evaluate(client, session, "new Set(Array.from(document.querySelectorAll('circle.node'), c => c.getAttribute('fill'))).size")
    evaluate(client, session, """(() => { const s = document.getElementById('colorBy'); s.value = 'community';
                                          s.dispatchEvent(new Event('change')); })()""")
    fills_by_community = evaluate(client, session, "new Set(Array.from(document.querySelectorAll('circle.node'), c => c.getAttribute('fill'))).size")
    assert fills_by_kind == 6 and fills_by_community == 4
    assert page_errors(client.events) == []


def load_page(path: Path, profile: Path) -> tuple[DevTools, str]:
    client = DevTools(profile)
    target = client.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = client.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Runtime", "Log", "Page"):
        client.send(f"{domain}.enable", session=session)
    client.send("Page.navigate", {"url": path.as_uri()}, session=session)
    client.wait_for(lambda m: m.get("method") == "Page.loadEventFired")
    client.drain(0.5)
    return client, session


SELECTED_LABEL = "JSON.parse(document.getElementById('kg-data').textContent).nodes[kgGraph.selected()].label"


@needs_chromium
@pytest.mark.parametrize("query,expected", [
    ("Nottingham City Council", "Nottingham City Council"),  # not the partnership that contains it
    ("nottingham city clinical commissioning group", "Nottingham City Clinical Commissioning Group"),
    ("Walsall Together", "Walsall Together"),
    ("Health Service", "Health Service Journal"),  # a prefix beats names that merely contain it
])
def test_searching_a_name_selects_the_exact_match_first(browser_page, query, expected):
    client, session = browser_page
    evaluate(client, session, f"kgGraph.search({json.dumps(query)}, true)")
    assert evaluate(client, session, SELECTED_LABEL) == expected


@needs_chromium
def test_permanent_labels_do_not_overlap_and_names_show_on_hover(browser_page):
    client, session = browser_page
    overlaps = evaluate(client, session, """
        (() => { const boxes = Array.from(document.querySelectorAll('text.label:not(.hover)'), t => t.getBBox());
                 let n = 0;
                 boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => {
                   if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++; }));
                 return [boxes.length, n]; })()""")
    assert overlaps[0] > 0 and overlaps[1] == 0
    shown = evaluate(client, session, """
        (() => { const c = Array.from(document.querySelectorAll('circle.node'))
                   .find(c => c.querySelector('title').textContent.startsWith('Priya Shah ('));
                 c.dispatchEvent(new MouseEvent('mouseenter'));
                 const h = document.querySelector('text.hover');
                 return [h.getAttribute('visibility'), h.textContent]; })()""")
    assert shown == ["visible", "Priya Shah"]


@needs_chromium
def test_a_sentence_that_opens_a_comment_and_a_script_leaves_the_page_working(fixture_store, tmp_path):
    store_path = tmp_path / "store"
    shutil.copytree(fixture_store, store_path)
    store = ox.Store(str(store_path))
    store.update('INSERT DATA { GRAPH <https://w3id.org/newskg/id/article/network-walsall> { '
                 '<https://w3id.org/newskg/id/person/x> a <http://xmlns.com/foaf/0.1/Person> ; '
                 '<http://xmlns.com/foaf/0.1/name> "A <!--<script> B </script> C" . '
                 '<https://w3id.org/newskg/id/org/walsall-together> <http://www.w3.org/2004/02/skos/core#altLabel> '
                 '"<!--<script>" } }')
    store.flush()
    del store
    out = tmp_path / "g.html"
    write_viz(store_path, out)
    text = out.read_text(encoding="utf-8")
    data_block = text.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and ">" not in data_block
    client, session = load_page(out, tmp_path / "profile")
    try:
        assert evaluate(client, session, "document.querySelectorAll('circle.node').length") >= 19
        evaluate(client, session, "kgGraph.search('Walsall Together', true)")
        assert evaluate(client, session, SELECTED_LABEL) == "Walsall Together"
        assert page_errors(client.events) == []
    finally:
        client.close()
