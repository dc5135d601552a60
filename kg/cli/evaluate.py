"""`kg eval` and `kg train`: score extraction against gold facts, fit the candidate scorer."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .main import store_option


class GoldWeight(click.ParamType):
    """`PATH=N`: the gold files under PATH (a folder or one file) count N times in fitting."""
    name = "PATH=N"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        path, sep, number = str(value).rpartition("=")
        if not sep or not path:
            self.fail(f"{value!r} is not PATH=N (a gold folder or file, then a weight)", param, ctx)
        try:
            weight = float(number)
        except ValueError:
            self.fail(f"{number!r} in {value!r} is not a number", param, ctx)
        if not weight > 0 or weight == float("inf"):
            self.fail(f"the weight in {value!r} must be a positive number", param, ctx)
        if not Path(path).exists():
            self.fail(f"{path!r} in {value!r} does not exist", param, ctx)
        return Path(path), weight


weight_option = click.option(
    "--weight", "weights", type=GoldWeight(), multiple=True, metavar="PATH=N",
    help="Count the articles whose gold lies under PATH (a --gold folder or file) N times when "
         "fitting, e.g. real news over written practice articles; repeatable.")


# --- eval --------------------------------------------------------------------------------
@click.command(name="eval")
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
@weight_option
def eval_(articles, store, gold, details, as_json, candidates, cv, scorer, model, weights):
    """Precision, recall and F1 against gold facts, per kind.

    \b
    Without ARTICLES: scores what the store holds (build it first).
    With ARTICLES (files or folders): extracts them afresh, no store needed:
      kg eval --gold tests/gold/dev tests/articles/dev                # the learned scorer
      kg eval --gold tests/gold/dev tests/articles/dev --scorer rules # the rules alone
      kg eval --gold tests/gold/dev tests/articles/dev --candidates   # candidate recall
      kg eval --gold tests/gold/dev tests/articles/dev --cv 5         # cross-validated
    With --cv, --weight PATH=N weights the folds' training as `kg train --weight` does.
    """
    from ..evaluate import evaluate_store, format_report

    if (candidates or cv or scorer or model) and not articles:
        raise click.UsageError("--candidates, --cv, --scorer and --model need ARTICLES to extract")
    if weights and not cv:
        raise click.UsageError("--weight applies to fitting: use it with --cv (or with `kg train`)")
    if not articles:
        result = evaluate_store(store, list(gold))
        click.echo(json.dumps(result, indent=2) if as_json else format_report(result, details=details))
        return
    from ..extract import training
    from ..extract.scoring import get_scorer

    examples = training.load_examples(list(gold), list(articles), weights=dict(weights))
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
@click.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", type=click.Path(exists=True, path_type=Path), multiple=True, required=True,
              help="Folder or file of gold JSON for the articles; repeatable.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("kg-model.json"),
              show_default=True, help="Where to write the model (JSON).")
@weight_option
def train(articles, gold, output, weights):
    """Fit the candidate scorer on your own gold facts.

    Extracts ARTICLES (files or folders), labels every candidate fact by matching it to the
    gold with `kg eval`'s rules, and fits one logistic regression per kind of fact. Use the
    model with `kg build --model FILE` or KG_MODEL=FILE.

    \b
    Weight the kind of article you will extract from, e.g. real news over written practice:
      kg train --gold gold/news --gold gold/practice --weight gold/news=4 articles/
    """
    from ..evaluate import format_report
    from ..extract import training
    from ..extract.scoring import LearnedScorer

    examples = training.load_examples(list(gold), list(articles), weights=dict(weights))
    model = training.fit(examples)
    path = training.save_model(model, output)
    result = training.score_with(LearnedScorer.from_json(model), examples, "training set")
    click.echo(format_report(result).split("\n\nagreement")[0])
    click.echo(f"\nwrote {path} (trained on {len(examples)} articles; training-set numbers above, "
               f"see `kg eval --cv 5` for honest ones); use it with --model {path} or KG_MODEL={path}")


COMMANDS = [eval_, train]
