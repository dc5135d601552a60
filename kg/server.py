"""A local, read-only SPARQL 1.1 Protocol endpoint over the store, with a query page at /.

Built on the standard library's ThreadingHTTPServer: it is meant for one analyst's
machine (127.0.0.1 by default), not the open internet. Every query goes through
`kg.query.run_query`, so the endpoint has the same safety as the command line: no
updates, no SERVICE/LOAD unless federation is allowed, and time and row limits.
"""
from __future__ import annotations

import ipaddress
import json
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import KGError
from .query import (DEFAULT_LIMIT, DEFAULT_TIMEOUT, QueryRefused, QuerySyntaxError, QueryTimeout, format_result,
                    list_queries, run_query)
from .store import StoreError

MAX_BODY = 1_000_000
MAX_CONCURRENT = 4

# media type -> kg.query format name, in order of preference for each kind of result
SELECT_TYPES = {"application/sparql-results+json": "json", "application/json": "json",
                "text/csv": "csv", "text/tab-separated-values": "tsv",
                "application/sparql-results+xml": "xml", "application/xml": "xml"}
GRAPH_TYPES = {"text/turtle": "ttl", "application/n-triples": "nt", "text/plain": "nt",
               "application/rdf+xml": "xml"}
FORMAT_TYPES = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                "xml": "application/sparql-results+xml", "ttl": "text/turtle", "nt": "application/n-triples"}


def negotiate(accept: str | None, offered: dict[str, str]) -> tuple[str, str]:
    """(media type, format) best matching an Accept header among `offered` (first is the default)."""
    choices = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            choices.append((-q, i, media))
    for _, _, media in sorted(choices):
        if media in offered:
            return media, offered[media]
        if media in ("*/*", "application/*", "text/*"):
            break
    media = next(iter(offered))
    return media, offered[media]


class Endpoint:
    """What every request handler shares: the store, the limits and a cap on concurrent queries."""

    def __init__(self, store: Path | str | None, *, limit: int = DEFAULT_LIMIT, timeout: float = DEFAULT_TIMEOUT,
                 allow_federation: bool = False):
        self.store, self.limit, self.timeout = store, limit, timeout
        self.allow_federation = allow_federation
        self.slots = threading.BoundedSemaphore(MAX_CONCURRENT)


class Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql/1"
    endpoint: Endpoint  # set on the subclass made by make_server

    # --- routing ---------------------------------------------------------------------
    def do_GET(self):
        url = urlsplit(self.path)
        args = parse_qs(url.query)
        if url.path in ("/", "/index.html") and "query" not in args:
            return self._send(HTTPStatus.OK, "text/html; charset=utf-8", PAGE)
        if url.path == "/queries.json":
            saved = [{"name": q.name, "summary": q.summary, "text": q.text} for q in list_queries()]
            return self._send(HTTPStatus.OK, "application/json", json.dumps(saved))
        if url.path not in ("/", "/sparql"):
            return self._error(HTTPStatus.NOT_FOUND, f"no such page {url.path}; the endpoint is /sparql")
        if "update" in args:
            return self._error(HTTPStatus.FORBIDDEN, "updates are not accepted: this endpoint is read-only")
        self._answer(args.get("query", [None])[0], args.get("format", [None])[0])

    def do_POST(self):
        url = urlsplit(self.path)
        if url.path not in ("/", "/sparql"):
            return self._error(HTTPStatus.NOT_FOUND, f"no such endpoint {url.path}; use /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request body is too large")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "updates are not accepted: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return self._answer(body, parse_qs(url.query).get("format", [None])[0])
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body)
            if "update" in form:
                return self._error(HTTPStatus.FORBIDDEN, "updates are not accepted: this endpoint is read-only")
            return self._answer(form.get("query", [None])[0], form.get("format", [None])[0])
        self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send application/sparql-query or application/x-www-form-urlencoded (query=...)")

    # --- answering -------------------------------------------------------------------
    def _answer(self, query: str | None, fmt: str | None):
        if not query:
            return self._error(HTTPStatus.BAD_REQUEST, "missing the query parameter")
        ep = self.endpoint
        if not ep.slots.acquire(timeout=ep.timeout):
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, "too many queries are running; try again")
        try:
            result = run_query(query, ep.store, limit=ep.limit, timeout=ep.timeout,
                               allow_federation=ep.allow_federation, is_text=True)
        except QuerySyntaxError as e:
            return self._error(HTTPStatus.BAD_REQUEST, str(e))
        except QueryRefused as e:
            return self._error(HTTPStatus.FORBIDDEN, str(e))
        except QueryTimeout as e:
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, str(e))
        except StoreError as e:
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(e))
        except KGError as e:
            return self._error(HTTPStatus.BAD_REQUEST, str(e))
        finally:
            ep.slots.release()
        offered = GRAPH_TYPES if result.is_graph else SELECT_TYPES
        if fmt in FORMAT_TYPES and FORMAT_TYPES[fmt] in offered:
            media, fmt = FORMAT_TYPES[fmt], fmt
        else:
            media, fmt = negotiate(self.headers.get("Accept"), offered)
        extra = {"X-KG-Truncated": "true", "X-KG-Row-Limit": str(result.limit)} if result.truncated else {}
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", format_result(result, fmt), extra)

    def _error(self, status: HTTPStatus, message: str):
        self._send(status, "text/plain; charset=utf-8", message + "\n")

    def _send(self, status: HTTPStatus, ctype: str, text: str, headers: dict[str, str] | None = None):
        data = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def log_message(self, fmt, *args):
        sys.stderr.write(f"{self.address_string()} {fmt % args}\n")


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return host == "localhost"
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def make_server(store: Path | str | None, *, host: str = "127.0.0.1", port: int = 7878,
                limit: int = DEFAULT_LIMIT, timeout: float = DEFAULT_TIMEOUT,
                allow_federation: bool = False) -> ThreadingHTTPServer:
    """A ready (not yet serving) endpoint; port 0 picks a free port (see server.server_address)."""
    from .store import open_store

    open_store(store, read_only=True)  # fail now, with a clear message, if there is no store
    endpoint = Endpoint(store, limit=limit, timeout=timeout, allow_federation=allow_federation)
    handler = type("KGHandler", (Handler,), {"endpoint": endpoint})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server


def serve(store: Path | str | None, *, host: str = "127.0.0.1", port: int = 7878, **limits) -> None:
    """Serve until interrupted; warn on stderr when reachable from other machines."""
    if not is_loopback(host):
        print(f"warning: listening on {host}, not a loopback address: anyone who can reach this machine "
              "can query the graph", file=sys.stderr)
    server = make_server(store, host=host, port=port, **limits)
    bound_host, bound_port = server.server_address[:2]
    print(f"SPARQL endpoint on http://{bound_host}:{bound_port}/sparql (query page: "
          f"http://{bound_host}:{bound_port}/); Ctrl-C to stop", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;height:16em;font:14px/1.35 ui-monospace,monospace;box-sizing:border-box}
table{border-collapse:collapse;margin-top:1em;font-size:14px}
td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}#msg{margin-top:1em;white-space:pre-wrap;font-family:ui-monospace,monospace}
.err{color:#a00}
</style></head><body>
<h1>Ask the graph</h1>
<p>Project prefixes (kg:, id:, org:, foaf:, schema:, skos:, prov:, dcterms:, ...) are declared for you.
Endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol, read-only).</p>
<p><label>Saved query: <select id="saved"><option value="">(choose)</option></select></label>
<label> Format: <select id="fmt"><option>table</option><option>json</option><option>csv</option>
<option>tsv</option><option>xml</option><option>ttl</option><option>nt</option></select></label>
<button id="run">Run (Ctrl-Enter)</button></p>
<textarea id="q" spellcheck="false">SELECT ?person ?role ?organisation WHERE {
  ?post a org:Membership ; org:member/foaf:name ?person ;
        org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?organisation .
} LIMIT 50</textarea>
<div id="msg"></div><div id="out"></div>
<script>
const $ = id => document.getElementById(id);
let saved = [];
fetch('/queries.json').then(r => r.json()).then(list => {
  saved = list;
  for (const q of list) { const o = document.createElement('option'); o.value = q.name;
    o.textContent = q.name + ' - ' + q.summary; $('saved').appendChild(o); }
});
$('saved').onchange = () => { const q = saved.find(q => q.name === $('saved').value); if (q) $('q').value = q.text; };
function cell(b) { if (!b) return ''; return b.value; }
async function run() {
  $('msg').textContent = 'running...'; $('msg').className = ''; $('out').innerHTML = '';
  const fmt = $('fmt').value;
  const body = new URLSearchParams({query: $('q').value});
  if (fmt !== 'table') body.set('format', fmt);
  const r = await fetch('/sparql', {method: 'POST', body,
    headers: {'Accept': 'application/sparql-results+json, text/turtle;q=0.9'}});
  const text = await r.text();
  if (!r.ok) { $('msg').textContent = text; $('msg').className = 'err'; return; }
  const note = r.headers.get('X-KG-Truncated') ? ' (cut at the row limit)' : '';
  if (fmt !== 'table' || !(r.headers.get('Content-Type') || '').includes('json')) {
    $('msg').textContent = note; const pre = document.createElement('pre'); pre.textContent = text;
    $('out').appendChild(pre); return; }
  const data = JSON.parse(text);
  if ('boolean' in data) { $('msg').textContent = String(data.boolean); return; }
  const vars = data.head.vars, rows = data.results.bindings;
  $('msg').textContent = rows.length + ' rows' + note;
  const t = document.createElement('table'), h = t.insertRow();
  for (const v of vars) { const th = document.createElement('th'); th.textContent = v; h.appendChild(th); }
  for (const b of rows) { const tr = t.insertRow(); for (const v of vars) tr.insertCell().textContent = cell(b[v]); }
  $('out').appendChild(t);
}
$('run').onclick = run;
$('q').onkeydown = e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } };
</script></body></html>
"""

__all__ = ["make_server", "serve", "negotiate", "is_loopback", "PAGE"]
