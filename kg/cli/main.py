"""The `kg` command group and what its commands share: the store option, the error handling.

Each command parses its options, calls one library function and formats the result.
Errors meant for the user (`KGError`) become one line on stderr and exit status 1.
The commands live in one module per group (kg/cli/build.py, query.py, network.py, ...),
registered by kg/cli/__init__.py.
"""
from __future__ import annotations

import errno
from pathlib import Path

import click

from .. import __version__
from ..errors import KGError
from ..rdf.store import STORE_ENV, DEFAULT_STORE


class KGGroup(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as e:
            raise click.ClickException(str(e)) from None
        except OSError as e:
            if e.errno == errno.ENOSPC or "No space left on device" in str(e):
                raise click.ClickException("the disk is full; what was committed before is kept, "
                                           "free some space and run the command again") from None
            raise


class StoreLocation(click.ParamType):
    """A store folder (a Path) or the http(s):// URL of a SPARQL 1.1 store (kept as text)."""
    name = "FOLDER|URL"

    def convert(self, value, param, ctx):
        if isinstance(value, Path) or not str(value).startswith(("http://", "https://")):
            return Path(value)
        return str(value)


store_option = click.option(
    "--store", "store", type=StoreLocation(), envvar=STORE_ENV,
    default=DEFAULT_STORE, show_default=True, show_envvar=True,
    help="The store: a folder (embedded Oxigraph) or the http(s):// URL of a SPARQL 1.1 store "
         "(endpoints /query, /update, /store below it; KG_QUERY_ENDPOINT, KG_UPDATE_ENDPOINT, "
         "KG_GSP_ENDPOINT override them, KG_STORE_USER/KG_STORE_PASSWORD give basic auth).")


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--query-endpoint", metavar="URL", envvar="KG_QUERY_ENDPOINT",
              help="A remote store's SPARQL query endpoint [default: STORE/query].")
@click.option("--update-endpoint", metavar="URL", envvar="KG_UPDATE_ENDPOINT",
              help="A remote store's SPARQL update endpoint [default: STORE/update].")
@click.option("--gsp-endpoint", metavar="URL", envvar="KG_GSP_ENDPOINT",
              help="A remote store's Graph Store Protocol endpoint [default: STORE/store].")
def cli(query_endpoint, update_endpoint, gsp_endpoint):
    """Build and explore a knowledge graph of who runs what, who works with whom and who
    won what, from news articles.

    \b
    Quick start:
      kg build                 # the bundled seed articles into ./kg-store
      kg build articles/       # your own .txt/.md/.html/.jsonl files
      kg stats                 # what the graph holds
      kg queries               # saved questions you can ask

    --store takes a folder or the URL of a SPARQL 1.1 store; the endpoint options
    (before the command: kg --query-endpoint URL stats --store URL) are for stores
    whose layout is not Oxigraph's.
    """
    import os

    for name, value in (("KG_QUERY_ENDPOINT", query_endpoint), ("KG_UPDATE_ENDPOINT", update_endpoint),
                        ("KG_GSP_ENDPOINT", gsp_endpoint)):
        if value:
            os.environ[name] = value  # read by kg.rdf.remote when a command opens the store
