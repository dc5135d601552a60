"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over the store, with a query page at /.

A WSGI application served by waitress (HTTP/1.1 keep-alive, a real listen backlog,
idle-connection timeouts, 400 for a bad Content-Length, IPv4 and IPv6). Queries run in
the worker processes of a kg.query.isolation.Pool, so a query is killed at --timeout,
a crash in the engine answers 500 and the server goes on, and no more than
--max-queries run at once (503 beyond, after a short wait for a slot).

Safety for a server on one analyst's machine: loopback by default; the Host header must
name the address the server is bound to (no DNS rebinding); no CORS unless --cors
ORIGIN; read-only; SERVICE has no network unless --allow-federation.
"""
from __future__ import annotations

import ipaddress
import json
import os
import sys
from dataclasses import dataclass, field
from http import HTTPStatus
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs

from . import webassets
from ..errors import KGError
from .protocol import HTML, OFFERS, RDF_TYPES, choose_formats, negotiate, service_description
from . import DEFAULT_TIMEOUT, QueryRefused, QuerySyntaxError, QueryTimeout, list_queries
from .run import render_query
from .isolation import Pool, QueryBusy, QueryCrashed
from ..rdf.store import StoreError
from ..rdf.vocab import USER_PREFIXES

MAX_BODY = 1_000_000


def default_max_queries() -> int:
    """One query worker per core this process may use, 2 to 8.

    A query keeps one core busy; fewer workers than cores leaves cores idle under load,
    more only makes running queries share cores. At least 2, so one slow query never
    holds every slot; at most 8, as each worker holds its own store handle and caches.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 2
    return min(max(cores, 2), 8)


MAX_QUERIES = default_max_queries()
QUEUE_WAIT = 5.0  # seconds a request waits for a free query slot before its 503
METHODS = "GET, HEAD, POST"


class HTTPError(Exception):
    def __init__(self, status: HTTPStatus, message: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.headers = status, headers or {}


@dataclass
class Response:
    status: HTTPStatus
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Settings:
    store: Path | str | None
    limit: int | None = None
    timeout: float = DEFAULT_TIMEOUT
    allow_federation: bool = False
    max_queries: int = MAX_QUERIES
    cors: tuple[str, ...] = ()
    allowed_hosts: frozenset[str] | None = None  # None: any Host (a wildcard bind)


class Endpoint:
    """The WSGI application: routing, the protocol's parameters, errors, CORS and the Host check."""

    def __init__(self, settings: Settings, pool: Pool | None = None):
        self.settings = settings
        self.pool = pool or Pool(settings.store, size=settings.max_queries,
                                 allow_federation=settings.allow_federation, wait=QUEUE_WAIT)

    def __call__(self, environ, start_response):
        try:
            self._check_host(environ)
            response = self.route(environ)
        except HTTPError as e:
            response = _text(e.status, str(e), e.headers)
        headers = {"Content-Type": response.content_type, "Content-Length": str(len(response.body)),
                   "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", **response.headers,
                   **self._cors(environ)}
        start_response(f"{response.status.value} {response.status.phrase}", list(headers.items()))
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else response.body]

    # --- routing ---------------------------------------------------------------------
    def route(self, environ) -> Response:
        method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO") or "/"
        if method == "OPTIONS" and self.settings.cors and environ.get("HTTP_ORIGIN"):
            return Response(HTTPStatus.NO_CONTENT, "text/plain", b"", {"Allow": METHODS + ", OPTIONS"})
        if method not in ("GET", "HEAD", "POST"):
            raise HTTPError(HTTPStatus.METHOD_NOT_ALLOWED, f"{method} is not supported: this endpoint is "
                            "read-only (GET, HEAD or POST a query)", {"Allow": METHODS})
        if path.startswith("/static/") and method != "POST":
            return _static(path)
        if path == "/simple" and method != "POST":
            return _page("query-page.html")
        if path == "/queries.json" and method != "POST":
            saved = [{"name": q.name, "summary": q.summary, "text": q.text} for q in list_queries()]
            return Response(HTTPStatus.OK, "application/json", json.dumps(saved).encode())
        if path not in ("/", "/index.html", "/sparql"):
            raise HTTPError(HTTPStatus.NOT_FOUND, f"no such page {path}; the endpoint is /sparql")
        args = self._arguments(environ)
        if "update" in args or "using-graph-uri" in args:
            raise HTTPError(HTTPStatus.FORBIDDEN, "updates are not accepted: this endpoint is read-only")
        if "query" not in args:
            return self._bare(environ, path)
        return self.answer(environ, args)

    def _arguments(self, environ) -> dict[str, list[str]]:
        """The protocol's parameters from the URL and, for POST, the body (SPARQL 1.1 Protocol 2.1)."""
        args = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if environ["REQUEST_METHOD"] != "POST":
            return args
        ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPError(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None
        if ctype == "application/sparql-update":
            raise HTTPError(HTTPStatus.FORBIDDEN, "updates are not accepted: this endpoint is read-only")
        if ctype == "application/sparql-query":
            return {**args, "query": [text]}
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text, keep_blank_values=True)
            return {**args, **form}
        raise HTTPError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "send application/sparql-query or application/x-www-form-urlencoded (query=...)")

    def _bare(self, environ, path: str) -> Response:
        """No query: the query page for browsers, else the SPARQL Service Description."""
        accept = environ.get("HTTP_ACCEPT")
        offered = {**HTML, **RDF_TYPES} if path != "/sparql" else {**RDF_TYPES, **HTML}
        media, fmt = negotiate(accept, offered) or (None, None)
        if fmt == "html":
            return yasgui_page() if webassets.available() else _page("query-page.html")
        if media is None:
            raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, _not_acceptable(offered))
        url = f"{environ['wsgi.url_scheme']}://{environ.get('HTTP_HOST') or 'localhost'}/sparql"
        body = service_description(url, fmt, federation=self.settings.allow_federation)
        return Response(HTTPStatus.OK, f"{media}; charset=utf-8", body)

    # --- answering -------------------------------------------------------------------
    def answer(self, environ, args: dict[str, list[str]]) -> Response:
        (query, *more) = args["query"]
        if more or not query.strip():
            raise HTTPError(HTTPStatus.BAD_REQUEST, "give exactly one, non-empty query parameter")
        s = self.settings
        formats = choose_formats(environ.get("HTTP_ACCEPT"), (args.get("format") or [None])[0])
        try:
            answer = render_query(query, s.store, formats, limit=s.limit, timeout=s.timeout,
                                  allow_federation=s.allow_federation, default_graphs=args.get("default-graph-uri"),
                                  named_graphs=args.get("named-graph-uri"), pool=self.pool)
        except QuerySyntaxError as e:
            raise HTTPError(HTTPStatus.BAD_REQUEST, str(e)) from None
        except QueryRefused as e:
            raise HTTPError(HTTPStatus.FORBIDDEN, str(e)) from None
        except (QueryTimeout, QueryBusy) as e:
            raise HTTPError(HTTPStatus.SERVICE_UNAVAILABLE, str(e), {"Retry-After": "1"}) from None
        except (QueryCrashed, StoreError) as e:
            raise HTTPError(HTTPStatus.INTERNAL_SERVER_ERROR, str(e)) from None
        except KGError as e:
            raise HTTPError(HTTPStatus.BAD_REQUEST, str(e)) from None
        if answer.body is None:
            raise HTTPError(HTTPStatus.NOT_ACCEPTABLE, _not_acceptable(OFFERS[answer.kind]))
        extra = {"X-KG-Truncated": "true", "X-KG-Row-Limit": str(answer.limit)} if answer.truncated else {}
        return Response(HTTPStatus.OK, f"{answer.media}; charset=utf-8", answer.body, extra)

    # --- cross-cutting ---------------------------------------------------------------
    def _check_host(self, environ) -> None:
        """Refuse a Host the server was not bound as: a DNS-rebound page cannot read answers."""
        allowed = self.settings.allowed_hosts
        host = (environ.get("HTTP_HOST") or "").lower()
        if allowed is not None and host not in allowed:
            raise HTTPError(HTTPStatus.MISDIRECTED_REQUEST,
                            f"Host {host or '(none)'} is not this server's address; use "
                            f"{sorted(allowed)[0]} (or --allow-host NAME)")

    def _cors(self, environ) -> dict[str, str]:
        origin = environ.get("HTTP_ORIGIN")
        if not origin or not ({origin, "*"} & set(self.settings.cors)):
            return {}
        return {"Access-Control-Allow-Origin": origin, "Vary": "Origin",
                "Access-Control-Allow-Methods": METHODS, "Access-Control-Allow-Headers": "Content-Type, Accept",
                "Access-Control-Expose-Headers": "X-KG-Truncated, X-KG-Row-Limit", "Access-Control-Max-Age": "600"}


# Pages may load only this server's files and talk only to this server: nothing leaves the machine.
PAGE_POLICY = ("default-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; "
               "style-src 'self' 'unsafe-inline'; script-src 'self'; object-src 'none'; base-uri 'none'; "
               "form-action 'self'; frame-ancestors 'none'")
STATIC = {"/static/yasgui/yasgui.min.js": (webassets.ASSET_DIR / "yasgui.min.js", "text/javascript"),
          "/static/yasgui/yasgui.min.css": (webassets.ASSET_DIR / "yasgui.min.css", "text/css"),
          "/static/kg-yasgui.js": (Path(__file__).resolve().parent.parent / "data" / "kg-yasgui.js", "text/javascript")}
EXAMPLE = """SELECT ?person ?role ?organisation WHERE {
  ?post a org:Membership ; org:member/foaf:name ?person ;
        org:role/skos:prefLabel ?role ; org:organization/skos:prefLabel ?organisation .
} LIMIT 50"""


def _page(name: str) -> Response:
    """The simple query page (its script is inline)."""
    page = resources.files("kg").joinpath(f"data/{name}").read_bytes()
    policy = PAGE_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    return Response(HTTPStatus.OK, "text/html; charset=utf-8", page, {"Content-Security-Policy": policy})


def yasgui_page() -> Response:
    """YASGUI with the project prefixes, the saved queries and an example, embedded as inert JSON."""
    config = {"prefixes": USER_PREFIXES, "example": EXAMPLE,
              "saved": [{"name": q.name, "summary": q.summary, "text": q.text} for q in list_queries()]}
    blob = (json.dumps(config, ensure_ascii=False)
            .replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e"))
    page = resources.files("kg").joinpath("data/yasgui.html").read_text(encoding="utf-8").replace("%%CONFIG%%", blob)
    return Response(HTTPStatus.OK, "text/html; charset=utf-8", page.encode("utf-8"),
                    {"Content-Security-Policy": PAGE_POLICY})


def _static(path: str) -> Response:
    if path not in STATIC or not STATIC[path][0].is_file():
        raise HTTPError(HTTPStatus.NOT_FOUND, f"no such file {path}")
    file, ctype = STATIC[path]
    return Response(HTTPStatus.OK, f"{ctype}; charset=utf-8", file.read_bytes(), {"Cache-Control": "max-age=3600"})


def _text(status: HTTPStatus, message: str, headers: dict[str, str] | None = None) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"), headers or {})


def _not_acceptable(offered: dict[str, str]) -> str:
    return f"none of the media types in Accept can be served here; offered: {', '.join(offered)}"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int, extra: tuple[str, ...] = ()) -> frozenset[str] | None:
    """Host header values this server answers to; None (any) when bound to every address."""
    bare = host.strip("[]")
    try:
        ip = ipaddress.ip_address(bare)
    except ValueError:
        ip = None
    if ip is not None and ip.is_unspecified:
        return None
    names = {f"[{bare}]" if ip is not None and ip.version == 6 else bare, *extra}
    if is_loopback(bare):
        names |= {"localhost", "127.0.0.1", "[::1]"}
    return frozenset(n.lower() for name in names for n in (name, f"{name}:{port}"))


def make_server(store: Path | str | None, *, host: str = "127.0.0.1", port: int = 7878, limit: int | None = None,
                timeout: float = DEFAULT_TIMEOUT, allow_federation: bool = False, max_queries: int = MAX_QUERIES,
                cors: tuple[str, ...] = (), allow_host: tuple[str, ...] = ()):
    """A ready (not yet serving) waitress server; port 0 picks a free port (server.effective_port)."""
    import logging

    import waitress

    from ..rdf.store import open_store

    # Requests wait in waitress's queue for a query slot by design (a 503 after QUEUE_WAIT);
    # its per-request "Task queue depth" warning would flood the terminal under load.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)

    open_store(store, read_only=True)  # fail now, with a clear message, if there is no store
    settings = Settings(store, limit=limit, timeout=timeout, allow_federation=allow_federation,
                        max_queries=max_queries, cors=tuple(cors))
    endpoint = Endpoint(settings)
    server = waitress.create_server(endpoint, host=host.strip("[]"), port=port, threads=max_queries + 6,
                                    backlog=1024, connection_limit=1000, channel_timeout=30,
                                    max_request_body_size=MAX_BODY, ident="kg-sparql", asyncore_use_poll=True)
    settings.allowed_hosts = allowed_hosts(host, server.effective_port, tuple(allow_host))
    endpoint.pool.warm()
    server.endpoint = endpoint
    return server


def serve(store: Path | str | None, *, host: str = "127.0.0.1", port: int = 7878, **options) -> None:
    """Serve until interrupted; warn on stderr when reachable from other machines."""
    if not is_loopback(host):
        print(f"warning: listening on {host}, not a loopback address: anyone who can reach this machine "
              "can query the graph", file=sys.stderr)
    server = make_server(store, host=host, port=port, **options)
    if server.endpoint.pool.guard() is None:
        print("warning: query workers could not be cut off from the network (no seccomp, no network "
              "namespaces here); SERVICE is refused by reading the query text only", file=sys.stderr)
    shown = f"[{server.effective_host}]" if ":" in str(server.effective_host) else server.effective_host
    base = f"http://{shown}:{server.effective_port}"
    print(f"SPARQL endpoint on {base}/sparql (query page: {base}/); Ctrl-C to stop", file=sys.stderr, flush=True)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        server.endpoint.pool.close()


__all__ = ["Endpoint", "Settings", "make_server", "serve", "negotiate", "is_loopback", "allowed_hosts"]
