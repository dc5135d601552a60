"""`kg stats`, `kg export` and `kg validate`: commands that read the stored graph."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .main import store_option


# --- stats -------------------------------------------------------------------------------
@click.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def stats(store, as_json):
    """Counts of people, organisations, posts, partnerships, awards by kind and article."""
    from ..stats import store_stats

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


@click.command()
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
        from ..rdf.export import export_rdf

        export_rdf(store, fmt, output)
    else:
        from ..network.export import export_network

        export_network(store, fmt, output, projection=projection)
    if output:
        click.echo(f"wrote {output}", err=True)


# --- validate ----------------------------------------------------------------------------
@click.command()
@store_option
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="SHACL shapes file [default: ontology/shapes.ttl].")
def validate(store, shapes):
    """Check the store against the data model's SHACL shapes (pyshacl)."""
    from ..rdf.validate import validate_store

    conforms, text = validate_store(store, shapes)
    click.echo(text)
    if not conforms:
        sys.exit(1)


COMMANDS = [stats, export, validate]
