"""`kg registers load|update|status`: official registers of UK public bodies in the store."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .main import store_option


@click.group()
def registers():
    """Official registers of UK public bodies: codes, official names, dates, lineage.

    \b
    Councils (ONS GSS codes, mySociety), NHS trusts, CCGs, ICBs, STPs/ICSs, PCTs,
    health boards, HSCPs and CSUs (NHS ODS and ONS codes) go into the store's
    id:graph/registers. Once loaded, `kg build` links the organisations articles name
    to them: official name, kind and codes, chosen by the article's date.
    \b
      kg registers load ../shared/registers
      kg registers status
      kg build                  # re-links every article: the registers are part of its fingerprint
    """


def _print_report(report) -> None:
    click.echo(f"{'file':<40} {'layout':<20} {'rows':>6} {'bodies':>7}")
    for f in report.files:
        click.echo(f"{f['file']:<40} {f['layout']:<20} {f['rows']:>6} {f['bodies']:>7}")
    for name, n in sorted(report.unmatched.items()):
        click.echo(f"note: {n} row(s) of {name} name no body in the other registers (left out)")
    click.echo(f"{report.bodies} bodies, {report.changes} changes, {report.triples} triples "
               f"in {report.seconds:.1f}s from {report.source}")


@registers.command()
@click.argument("folder", type=click.Path(path_type=Path))
@store_option
def load(folder, store):
    """Load the register files in FOLDER, replacing the registers graph as a whole.

    FOLDER holds CSV files in the layouts of ../shared/registers (see its README) or the
    publishers' own (ODS etr.csv/ect.csv/eccg.csv without a header row, mySociety's
    uk_local_authorities.csv). A malformed row stops the load with its file and line, and
    the store keeps what it had.
    """
    from ..registers import load_registers
    from ..rdf.store import open_store

    if not folder.is_dir():
        raise click.ClickException(f"no register folder at {folder}")
    report = load_registers(open_store(store), folder)
    _print_report(report)


@registers.command()
@click.option("--from", "source", metavar="URL-or-DIR", default=None,
              help="A folder, or a web folder whose page lists the files [default: the publishers' URLs "
                   "in kg/data/registers_sources.tsv].")
@click.option("--dest", type=click.Path(file_okay=False, path_type=Path), default=Path("kg-registers"),
              show_default=True, help="Where downloaded files are kept (replaced on success).")
@click.option("--sources", "sources_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default=None, help="Another list of <file name> TAB <URL> lines to fetch.")
@store_option
def update(source, dest, sources_file, store):
    """Fetch current register files and load them.

    Everything is downloaded and read before anything is replaced: a failed download or
    a malformed file leaves both the files in --dest and the store as they were.
    """
    from ..registers import load_registers
    from ..registers.fetch import SOURCES_FILE, download
    from ..rdf.store import open_store

    folder = download(source, dest, sources_file or SOURCES_FILE)
    report = load_registers(open_store(store), folder, source=source or str(sources_file or SOURCES_FILE))
    click.echo(f"fetched into {folder}", err=True)
    _print_report(report)


@registers.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def status(store, as_json):
    """What registers are loaded, from where, when, and how current each file is."""
    from ..registers import registers_status
    from ..rdf.store import open_store

    result = registers_status(open_store(store, read_only=True))
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    if result is None:
        click.echo(f"no registers loaded in {store} (run `kg registers load FOLDER`)")
        return
    click.echo(f"registers loaded {result['loaded']} from {result['source']} (version {result['version']})")
    click.echo(f"{'file':<40} {'rows':>6} {'bodies':>7}  {'data date':<16} latest date in data")
    for f in result["files"]:
        click.echo(f"{f['file']:<40} {f['rows']:>6} {f['bodies']:>7}  {f['data_date'] or '-':<16} "
                   f"{f['latest_date'] or '-'}")
    click.echo("bodies by kind: " + ", ".join(f"{k} {n}" for k, n in result["kinds"].items()))
    click.echo(f"{result['changes']} change events (mergers, replacements, successions, renames)")


COMMANDS = [registers]
