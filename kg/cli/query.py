"""`kg queries`, `kg query`, `kg describe`, `kg sparql` and `kg serve`: thin layers over kg.query.

Registered by kg/cli/__init__.py through the module-level COMMANDS list.
"""
from __future__ import annotations

import json
import sys

import click

from .main import store_option
from ..query import (DEFAULT_LIMIT, DEFAULT_TIMEOUT, FORMATS, QueryError, describe_entity, format_description,
                    format_result, list_queries, run_query, truncation_note)

limit_option = click.option("--limit", type=click.IntRange(1), default=DEFAULT_LIMIT, show_default=True,
                            help="Stop after this many result rows.")
timeout_option = click.option("--timeout", type=click.FloatRange(0.1), default=DEFAULT_TIMEOUT,
                              show_default=True, help="Stop the query after this many seconds.")
federation_option = click.option("--allow-federation", is_flag=True,
                                 help="Allow SERVICE and LOAD, which fetch data from the network.")


def parse_params(pairs: tuple[str, ...]) -> dict[str, str]:
    """NAME=VALUE strings into a dict; a clear error for anything else."""
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        out[name.strip().lstrip("?$")] = value
    return out


@click.command("queries")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def queries_cmd(as_json):
    """List the saved queries with their summaries and parameters."""
    saved = list_queries()
    if as_json:
        click.echo(json.dumps([{"name": q.name, "summary": q.summary, "description": q.description,
                                "tags": q.tags, "defaults": q.defaults, "path": str(q.path),
                                "params": [{"name": p.name, "variable": p.variable, "type": p.type_label,
                                            "optional": p.optional} for p in q.params]}
                               for q in saved], indent=2))
        return
    width = max((len(q.name) for q in saved), default=0)
    for q in saved:
        click.echo(f"{q.name:<{width}}  {q.summary}")
        for p in q.params:
            default = q.defaults.get(p.name)
            note = f"default {default}" if default else ("optional" if p.optional else "required")
            click.echo(f"{'':<{width}}    --param {p.name}=<{p.type_label}>  ({note})")
    click.echo(f"\n{len(saved)} saved queries; run one with `kg query NAME [--param name=value]`.", err=True)


@click.command("query")
@click.argument("query", required=False)
@click.option("-e", "--expr", "text", help="SPARQL text to run instead of a saved query.")
@click.option("--param", "-p", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter value (repeatable); IRIs may be given as prefix:local, <IRI> or a name.")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@limit_option
@timeout_option
@federation_option
@store_option
def query_cmd(query, text, params, fmt, limit, timeout, allow_federation, store):
    """Run a saved query (NAME or FILE.rq) or SPARQL text (-e) against the store.

    \b
    Examples:
      kg query posts-at-organisation --param org="Walsall Together"
      kg query award-results -p year=2016 -f csv
      kg query -e 'SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n }'
      kg query -e 'SELECT (COUNT(*) AS ?n) FROM kgarticle:001-trafford WHERE { ?s ?p ?o }'
    The project prefixes (kg:, org:, foaf:, schema:, ...) and one per kind of entity
    (kgperson:, kgorg:, kgarticle:, ...) are declared for you. Without FROM, a query sees
    the union of all graphs. The query runs in a worker process with no network, killed
    at --timeout.
    """
    if bool(query) == bool(text):
        raise click.UsageError("give a saved query NAME or FILE.rq, or -e TEXT (one of them)")
    result = run_query(text or query, store, params=parse_params(params), limit=limit, timeout=timeout,
                       allow_federation=allow_federation, is_text=bool(text))
    out = format_result(result, fmt, clip=sys.stdout.isatty())  # whole cells in files and pipes
    click.echo(out, nl=not out.endswith("\n"))
    note = truncation_note(result)
    if note:
        click.echo(f"note: {note}", err=True)
    elif fmt == "table" and not result.is_graph and result.form == "select":
        click.echo(f"({len(result)} row{'s' if len(result) != 1 else ''})", err=True)


@click.command("describe")
@click.argument("entity")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@timeout_option
@store_option
def describe_cmd(entity, as_json, timeout, store):
    """Everything known about one entity (a name, prefix:local such as kgorg:trafford-council, or IRI),
    with evidence and articles."""
    d = describe_entity(entity, store, timeout=timeout)
    click.echo(json.dumps(d.as_dict(), indent=2) if as_json else format_description(d))


@click.command("sparql")
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@limit_option
@timeout_option
@federation_option
@store_option
def sparql_cmd(fmt, limit, timeout, allow_federation, store):
    """An interactive SPARQL console (reads queries from standard input when it is not a terminal).

    A query ends with `;` outside braces, or with an empty line. Ctrl-C cancels a running
    query and keeps the console; exit, quit, \\q or Ctrl-D leave; help lists the commands
    (.run, .queries, .format, .limit, .timeout, .prefixes).
    """
    from ..query.console import Console

    console = Console(store, fmt=fmt, limit=limit, timeout=timeout, allow_federation=allow_federation)
    sys.exit(console.run())


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (::1 for IPv6 loopback; 0.0.0.0 exposes the graph to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="Cut results at this many rows (default: no cut; cut results carry X-KG-Truncated).")
@timeout_option
@click.option("--max-queries", type=click.IntRange(1, 64), default=None,
              help="Queries running at once (one worker process each; default one per core, 2 to 8); "
                   "more wait up to 5 s, then get 503.")
@click.option("--cors", multiple=True, metavar="ORIGIN",
              help="Let browser pages from ORIGIN (e.g. http://localhost:3000, or *) read answers; repeatable.")
@click.option("--allow-host", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (e.g. behind a proxy); repeatable.")
@federation_option
@store_option
def serve_cmd(host, port, limit, timeout, max_queries, cors, allow_host, allow_federation, store):
    """A local, read-only SPARQL 1.1 Protocol endpoint at /sparql, with a query page at /.

    \b
    GET/POST /sparql?query=...   results negotiated by Accept (JSON, XML, CSV, TSV;
                                 Turtle, N-Triples, RDF/XML, JSON-LD, N-Quads, TriG)
    default-graph-uri / named-graph-uri, or FROM / FROM NAMED, choose the dataset
    (default: the union of all graphs). GET /sparql with Accept: text/turtle gives the
    Service Description. Each query runs in a worker process killed at --timeout.
    """
    from ..query.server import MAX_QUERIES, serve

    max_queries = max_queries or MAX_QUERIES
    try:
        serve(store, host=host, port=port, limit=limit, timeout=timeout, allow_federation=allow_federation,
              max_queries=max_queries, cors=cors, allow_host=allow_host)
    except OSError as e:
        raise QueryError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None


COMMANDS = [queries_cmd, query_cmd, describe_cmd, sparql_cmd, serve_cmd]
