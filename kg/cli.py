"""The `kg` command line: a thin layer over the Python API.

Each command parses its options, calls one library function and formats the result.
Errors meant for the user (`KGError`) become one line on stderr and exit status 1.
Commands for querying (kg/cli_query.py) and network analysis (kg/cli_network.py) live in
their own modules and are registered at the bottom of this file.
"""
from __future__ import annotations

import errno
import importlib
import json
import sys
import time
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
            os.environ[name] = value  # read by kg.remote when a command opens the store


# --- build -------------------------------------------------------------------------------
#: `kg build` exits with this when it built what it could but skipped some inputs.
EXIT_SKIPPED = 3


class Progress:
    """One status line on stderr: articles done, words/s and the time left, from the
    throughput measured so far (not from the first, slowest batch alone)."""

    def __init__(self):
        self.started = time.monotonic()
        self.shown = False

    def __call__(self, done: int, total: int, words: int) -> None:
        if not total:
            return
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = f"{words / elapsed:,.0f} words/s" if words else "starting"
        eta = ""
        if done:
            left = int(elapsed / done * (total - done))
            eta = f"  ETA {left // 3600}:{left % 3600 // 60:02d}:{left % 60:02d}"
        click.echo(f"\rextracting {done}/{total} articles ({100 * done // total}%)  {rate}{eta}   ",
                   nl=False, err=True)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo("", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--prune", is_flag=True, help="Drop articles whose files are gone from the folders given.")
@click.option("--force", is_flag=True, help="Re-extract every article, even unchanged ones.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Drop posts, partnerships and award results weaker than this.")
@click.option("--processes", "-j", type=click.IntRange(1, 64), default=None,
              help="Worker processes for extraction [default: all cores for large inputs].")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=64, show_default=True,
              help="Articles committed together; a killed build keeps every committed batch.")
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786).")
@click.option("--workers", "dask_workers", type=click.IntRange(1, 256), default=None,
              help="Extract on a local Dask cluster of this many worker processes.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors and skipped files.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary on stdout.")
@click.option("--scorer", type=click.Choice(["learned", "rules"]), default=None, envvar="KG_SCORER",
              show_envvar=True, help="What decides which candidate facts are kept: the learned model "
              "[default] or the precise rules alone (for comparison).")
@click.option("--model", "model", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              envvar="KG_MODEL", show_envvar=True,
              help="A scorer model trained with `kg train` [default: the one shipped with kg].")
def build(paths, store, prune, force, min_confidence, processes, batch_size, scheduler, dask_workers, quiet,
          as_json, scorer, model):
    """Extract facts from articles into the store.

    PATHS are files or folders of .txt, .md, .html/.htm (main text extracted with
    trafilatura) or .jsonl (one {"text", "url", "title", "date"} object per line);
    the default is the seed articles that ship with kg. Unchanged articles are skipped;
    the rest stream through extraction and are committed a batch at a time, so a build
    that is stopped keeps what it committed and the next one resumes.

    \b
    Exit status: 0 built; 1 nothing could be built (the error says why);
    3 built, but some inputs were skipped (each is named on stderr).
    """
    from .pipeline import build as run_build

    use_scorer(scorer, model)
    show = Progress() if not (quiet or as_json) and sys.stderr.isatty() else None
    try:
        report = run_build(paths or None, store, prune=prune, min_confidence=min_confidence,
                           processes=processes, force=force, progress=show, batch_size=batch_size,
                           scheduler=scheduler, dask_workers=dask_workers)
    finally:
        if show:
            show.finish()
    for skipped in report.skipped:
        click.echo(f"skipped {skipped.reason}", err=True)
    if report.skipped and not (report.added or report.updated or report.unchanged):
        raise click.ClickException("no readable articles")
    if as_json:
        click.echo(json.dumps(build_summary(report, store), indent=2))
    elif not quiet:
        click.echo(summary_line(report, store))
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def summary_line(report, store) -> str:
    f = report.facts
    return (f"{len(report.added)} added, {len(report.updated)} updated, {len(report.unchanged)} unchanged, "
            f"{len(report.pruned)} pruned, {len(report.skipped)} skipped; "
            f"{f.get('people', 0)} people, {f.get('organisations', 0)} organisations, {f.get('posts', 0)} posts, "
            f"{f.get('partnerships', 0)} partnerships, {f.get('awards', 0)} award results, "
            f"{f.get('quotations', 0)} quotations; {report.triples} triples in {report.seconds:.1f}s "
            f"({report.words_per_second:,.0f} words/s) -> {store}")


def build_summary(report, store) -> dict:
    return {"store": str(store), "added": report.added, "updated": report.updated,
            "unchanged": len(report.unchanged), "pruned": report.pruned,
            "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
            "facts": report.facts, "triples": report.triples, "words": report.words,
            "seconds": round(report.seconds, 3), "words_per_second": round(report.words_per_second, 1)}


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
@click.argument("articles", nargs=-1, type=click.Path(exists=True, path_type=Path))
@store_option
@click.option("--gold", type=click.Path(exists=True, path_type=Path), multiple=True, required=True,
              help="Folder or file of gold JSON (the shared gold/SCHEMA.md format); repeatable.")
@click.option("--details", is_flag=True, help="List the misses and extras of each kind.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--candidates", is_flag=True,
              help="With ARTICLES: the share of gold facts among the candidates (recall with every candidate kept).")
@click.option("--cv", "cv", type=click.IntRange(2, 100), default=None,
              help="With ARTICLES: K-fold cross-validation of the learned scorer (train on K-1 folds of "
                   "articles, score the held-out fold; per fold and pooled).")
@click.option("--scorer", type=click.Choice(["learned", "rules"]), default=None,
              help="With ARTICLES: which scorer decides [default: learned].")
@click.option("--model", "model", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              envvar="KG_MODEL", show_envvar=True, help="With ARTICLES: a scorer model from `kg train`.")
def eval_(articles, store, gold, details, as_json, candidates, cv, scorer, model):
    """Precision, recall and F1 against gold facts, per kind.

    \b
    Without ARTICLES: scores what the store holds (build it first).
    With ARTICLES (files or folders): extracts them afresh, no store needed:
      kg eval --gold tests/gold/dev tests/articles/dev                # the learned scorer
      kg eval --gold tests/gold/dev tests/articles/dev --scorer rules # the rules alone
      kg eval --gold tests/gold/dev tests/articles/dev --candidates   # candidate recall
      kg eval --gold tests/gold/dev tests/articles/dev --cv 5         # cross-validated
    """
    from .evaluate import evaluate_store, format_report

    if (candidates or cv or scorer or model) and not articles:
        raise click.UsageError("--candidates, --cv, --scorer and --model need ARTICLES to extract")
    if not articles:
        result = evaluate_store(store, list(gold))
        click.echo(json.dumps(result, indent=2) if as_json else format_report(result, details=details))
        return
    from .extract import training
    from .extract.scoring import get_scorer

    examples = training.load_examples(list(gold), list(articles))
    if cv:
        result = training.cross_validate(examples, cv, scorer or "learned")
        if as_json:
            click.echo(json.dumps(result, indent=2))
            return
        for fold in result["folds"]:
            click.echo(format_report(fold, details=details).split("\n\nagreement")[0] + "\n")
        click.echo(format_report(result["pooled"], details=details))
        return
    if candidates:
        result = training.candidate_recall(examples)
    else:
        chosen = get_scorer(scorer, model)
        result = training.score_with(chosen, examples, f"{len(examples)} articles, scorer {chosen.source}")
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result, details=details))


# --- train -------------------------------------------------------------------------------
@cli.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", type=click.Path(exists=True, path_type=Path), multiple=True, required=True,
              help="Folder or file of gold JSON for the articles; repeatable.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("kg-model.json"),
              show_default=True, help="Where to write the model (JSON).")
def train(articles, gold, output):
    """Fit the candidate scorer on your own gold facts.

    Extracts ARTICLES (files or folders), labels every candidate fact by matching it to the
    gold with `kg eval`'s rules, and fits one logistic regression per kind of fact. Use the
    model with `kg build --model FILE` or KG_MODEL=FILE.
    """
    from .evaluate import format_report
    from .extract import training
    from .extract.scoring import LearnedScorer

    examples = training.load_examples(list(gold), list(articles))
    model = training.fit(examples)
    path = training.save_model(model, output)
    result = training.score_with(LearnedScorer.from_json(model), examples, "training set")
    click.echo(format_report(result).split("\n\nagreement")[0])
    click.echo(f"\nwrote {path} (trained on {len(examples)} articles; training-set numbers above, "
               f"see `kg eval --cv 5` for honest ones); use it with --model {path} or KG_MODEL={path}")


def use_scorer(scorer: str | None, model: Path | None) -> None:
    """Pass the chosen scorer and model to extraction (and its worker processes) via the environment."""
    import os

    from .extract.scoring import MODEL_ENV, SCORER_ENV, get_scorer

    if scorer:
        os.environ[SCORER_ENV] = scorer
    if model:
        os.environ[MODEL_ENV] = str(model)
    get_scorer()  # a missing or broken model is a one-line error before any work


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
