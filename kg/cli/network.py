"""`kg analyze` and `kg viz`: thin click wrappers over kg.network.analysis and kg.network.viz."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .main import store_option
from ..network.analysis import PROJECTIONS

projection_option = click.option(
    "--projection", type=click.Choice(PROJECTIONS), default="entity", show_default=True,
    help="entity: people, organisations, partnerships, awards, initiatives, places; "
         "people-orgs: people to organisations by posts; org-org: organisations sharing "
         "a partnership, an award or a person.")

METRIC_TITLES = {"degree": "degree (neighbours)", "weighted_degree": "weighted degree (facts)",
                 "betweenness": "betweenness", "pagerank": "PageRank", "closeness": "closeness"}


@click.command()
@store_option
@projection_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True,
              help="How many nodes to list per measure.")
@click.option("--no-write", is_flag=True,
              help="Do not store the results in the analysis graph (works on a read-only or busy store).")
def analyze(store, projection, as_json, top, no_write):
    """Centralities, communities, components, brokers and interlocking people.

    Results are written to the store's analysis graph (id:graph/analysis) as kg:degree,
    kg:weightedDegree, kg:betweenness, kg:pagerank, kg:closeness and kg:community on
    each entity, replacing earlier results, so SPARQL queries can use them.
    """
    from ..network.analysis import analyze as run_analysis, report

    result = report(run_analysis(store, projection, write=not no_write), top=top)
    result["written"] = not no_write
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(result))


def format_report(r: dict) -> str:
    """The analysis as a readable terminal report."""
    lines = [f"{r['projection']} network: {r['nodes']} nodes, {r['edges']} edges, "
             f"{r['components']['count']} components, {r['community_count']} communities"]
    if r["sampled"]:
        lines.append("(betweenness and closeness estimated from sampled sources: large graph)")
    for metric, title in METRIC_TITLES.items():
        lines.append(f"\ntop by {title}:")
        lines += [f"  {_num(n['value']):>10}  {n['label']}  [{n['kind']}]" for n in r["top"][metric]]
    lines.append("\nbrokers (highest betweenness: they connect otherwise distant parts):")
    lines += [f"  {_num(n['value']):>10}  {n['label']}  [{n['kind']}]" for n in r["brokers"]] or ["  none"]
    lines.append("\ninterlocking people (posts at 2+ organisations):")
    lines += [f"  {p['label']}: " + "; ".join(o["label"] for o in p["organisations"]) for p in r["interlocks"]] \
        or ["  none"]
    lines.append("\ncommunities (Louvain, largest first; members by PageRank):")
    for c in r["communities"]:
        names = ", ".join(m["label"] for m in c["members"][:6])
        more = f" and {c['size'] - 6} more" if c["size"] > 6 else ""
        lines.append(f"  #{c['id']} ({c['size']}): {names}{more}")
    sizes = r["components"]["sizes"]
    lines.append(f"\ncomponents: {r['components']['count']}; largest sizes {', '.join(map(str, sizes))}")
    if r.get("written"):
        lines.append("\nresults written to the analysis graph (id:graph/analysis)")
    return "\n".join(lines)


def _num(v) -> str:
    return f"{v:.4f}" if isinstance(v, float) else str(v)


@click.command()
@store_option
@projection_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="The HTML page to write (self-contained, works offline).")
@click.option("--color", "color_by", type=click.Choice(["kind", "community"]), default="kind", show_default=True,
              help="Initial colouring (the page can switch).")
@click.option("--png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write a static picture (PNG) with the same layout.")
@click.option("--max-nodes", type=click.IntRange(1), default=1500, show_default=True,
              help="Show only this many nodes, those with the highest PageRank.")
def viz(store, projection, output, color_by, png, max_nodes):
    """An interactive page of the network: search, zoom/pan, click a node for its facts and sources."""
    from ..network.viz import write_viz

    result = write_viz(store, output, projection=projection, color_by=color_by, png=png, max_nodes=max_nodes)
    shown = f"{result.nodes_shown} of {result.nodes_total}" if result.nodes_shown < result.nodes_total \
        else str(result.nodes_shown)
    click.echo(f"wrote {result.output} ({shown} nodes)" + (f" and {result.png}" if result.png else ""), err=True)


COMMANDS = [analyze, viz]
