"""`kg build`: extract facts from articles into the store, with a progress line and a summary."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .main import store_option

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


@click.command()
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
    from ..pipeline import build as run_build

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


def use_scorer(scorer: str | None, model: Path | None) -> None:
    """Pass the chosen scorer and model to extraction (and its worker processes) via the environment."""
    import os

    from ..extract.scoring import MODEL_ENV, SCORER_ENV, get_scorer

    if scorer:
        os.environ[SCORER_ENV] = scorer
    if model:
        os.environ[MODEL_ENV] = str(model)
    get_scorer()  # a missing or broken model is a one-line error before any work


COMMANDS = [build]
