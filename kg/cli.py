"""The `kg` command line: a thin layer over the Python API.

Each command parses its options, calls one library function and formats the result.
Errors meant for the user (`KGError`) become one line on stderr and exit status 1.
Commands for querying (kg/cli_query.py) and network analysis (kg/cli_network.py) live in
their own modules and are registered at the bottom of this file.
"""
from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import KGError
from .store import STORE_ENV, DEFAULT_STORE


class KGGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            raise click.ClickException(str(e)) from None


store_option = click.option(
    "--store", "store", type=click.Path(file_okay=False, path_type=Path), envvar=STORE_ENV,
    default=DEFAULT_STORE, show_default=True, show_envvar=True,
    help="Directory of the embedded Oxigraph store.")


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli():
    """Build and explore a knowledge graph of who runs what, who works with whom and who
    won what, from news articles.

    \b
    Quick start:
      kg build                 # the bundled seed articles into ./kg-store
      kg build articles/       # your own .txt/.md/.html/.jsonl files
      kg stats                 # what the graph holds
      kg queries               # saved questions you can ask
    """


# --- build -------------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--prune", is_flag=True, help="Drop articles whose source files no longer exist.")
@click.option("--force", is_flag=True, help="Re-extract every article, even unchanged ones.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop posts, partnerships and award results weaker than this.")
@click.option("--processes", "-j", type=click.IntRange(1, 64), default=None,
              help="Worker processes for extraction [default: all cores for large inputs].")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def build(paths, store, prune, force, min_confidence, processes, quiet):
    """Extract facts from articles into the store.

    PATHS are files or folders of .txt, .md, .html/.htm (main text extracted with
    trafilatura) or .jsonl (one {"text", "url", "title", "date"} object per line);
    the default is the bundled seeds/ folder. Unchanged articles are skipped by content
    hash; changed ones have their graph replaced in one transaction.
    """
    from .build import build as run_build

    bars = []

    def progress(done, total):
        if not total:
            return
        if not bars:
            bars.append(click.progressbar(length=max(total, 1), label="extracting", file=sys.stderr))
        bars[0].update(done - bars[0].pos)

    show_bar = not quiet and sys.stderr.isatty()
    try:
        report = run_build(paths or None, store, prune=prune, min_confidence=min_confidence,
                           processes=processes, force=force, progress=progress if show_bar else None)
    finally:
        if bars:
            bars[0].render_finish()
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.reason}", err=True)
    if report.skipped and not (report.added or report.updated or report.unchanged):
        raise click.ClickException("no readable articles")
    if not quiet:
        f = report.facts
        click.echo(
            f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged, "
            f"{len(report.pruned)} pruned, {len(report.skipped)} skipped; "
            f"{f.get('people', 0)} people, {f.get('organisations', 0)} organisations, {f.get('posts', 0)} posts, "
            f"{f.get('partnerships', 0)} partnerships, {f.get('awards', 0)} award results, "
            f"{f.get('quotations', 0)} quotations; {report.triples} triples in {report.seconds:.1f}s "
            f"({report.words_per_second:,.0f} words/s) -> {store}")


# --- stats -------------------------------------------------------------------------------
@cli.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(store, as_json):
    """Counts of people, organisations, posts, partnerships, awards by kind and article."""
    from .stats import store_stats

    result = store_stats(store)
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo("totals:")
    for kind, n in result["totals"].items():
        click.echo(f"  {kind:<16} {n:>7}")
    if result["organisation_kinds"]:
        click.echo("organisations by kind:")
        for kind, n in result["organisation_kinds"].items():
            click.echo(f"  {kind:<28} {n:>7}")
    click.echo("per article:")
    for row in result["articles"]:
        click.echo(f"  {row['source']}: {row['people']} people, {row['organisations']} organisations, "
                   f"{row['posts']} posts, {row['awards']} award results")


# --- export ------------------------------------------------------------------------------
RDF_FORMATS = ["ttl", "nt", "nq", "trig", "jsonld"]
NETWORK_FORMATS = ["gexf", "graphml", "csv"]


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(RDF_FORMATS + NETWORK_FORMATS), default="trig",
              show_default=True, help="RDF (ttl, nt, nq, trig, jsonld) or network (gexf, graphml, csv).")
@click.option("--output", "-o", type=click.Path(path_type=Path), default=None,
              help="File to write (a folder for csv); default: standard output.")
@click.option("--projection", default="entity", show_default=True,
              help="Network formats: which network to export (see `kg analyze --help`).")
def export(store, fmt, output, projection):
    """Write the graph as RDF, or as a network for Gephi and other tools.

    ttl and nt merge all graphs into one; nq, trig and jsonld keep each article's
    named graph, so provenance survives the round trip.
    """
    if fmt in RDF_FORMATS:
        from .export import export_rdf

        export_rdf(store, fmt, output)
    else:
        from .netexport import export_network

        export_network(store, fmt, output, projection=projection)
    if output:
        click.echo(f"wrote {output}", err=True)


# --- eval --------------------------------------------------------------------------------
@cli.command(name="eval")
@store_option
@click.option("--gold", type=click.Path(exists=True, path_type=Path), multiple=True, required=True,
              help="Folder or file of gold JSON (the shared gold/SCHEMA.md format); repeatable.")
@click.option("--details", is_flag=True, help="List the misses and extras of each kind.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_(store, gold, details, as_json):
    """Precision, recall and F1 of the store against gold facts, per kind."""
    from .evaluate import evaluate_store, format_report

    result = evaluate_store(store, list(gold))
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result, details=details))


# --- validate ----------------------------------------------------------------------------
@cli.command()
@store_option
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="SHACL shapes file [default: ontology/shapes.ttl].")
def validate(store, shapes):
    """Check the store against the data model's SHACL shapes (pyshacl)."""
    from .validate import validate_store

    conforms, text = validate_store(store, shapes)
    click.echo(text)
    if not conforms:
        sys.exit(1)


# --- commands from the query and network modules -------------------------------------------
for _module in ("kg.cli_query", "kg.cli_network", "kg.cli_registers"):
    try:
        _mod = importlib.import_module(_module)
    except ModuleNotFoundError as _e:
        if _e.name != _module:
            raise
        continue
    for _command in getattr(_mod, "COMMANDS", []):
        cli.add_command(_command)
