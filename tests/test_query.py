"""Saved queries, parameters, safety and formats (kg.query, `kg query`, `kg queries`, `kg describe`).

Most tests run on tests/data/mini.trig, a small graph written by kg.rdf.mapping from hand-made
facts that mirror the seeds' gold files; the `seeds_*` tests ask the same questions of the
graph built from seeds/.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.rdf.store import StoreError
from kg.query import (FORMATS, QueryError, QueryRefused, QuerySyntaxError, QueryTimeout, check_safety,
                      describe_entity, find_params, format_result, list_queries, parse_header, parse_param,
                      prepare, run_query, tokenize)

DATA = Path(__file__).resolve().parent / "data"
ID = "https://w3id.org/newskg/id/"
BREAKOUT = '"> } ; DROP ALL ; #'


def load_store(path: Path) -> Path:
    store = ox.Store(str(path))
    store.load(path=str(DATA / "mini.trig"), format=ox.RdfFormat.TRIG)
    store.load(path=str(DATA / "mini_registers.trig"), format=ox.RdfFormat.TRIG)  # codes and lineage
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def mini(tmp_path_factory) -> Path:
    return load_store(tmp_path_factory.mktemp("mini") / "store")


def rows(name, store, **params):
    return run_query(name, store, params=params).records()


def values(records, column):
    return [r[column].value if r[column] is not None else None for r in records]


def quad_count(store: Path) -> int:
    return len(ox.Store.read_only(str(store)))


# --- saved queries -----------------------------------------------------------------------------
def test_at_least_fifteen_saved_queries_with_grlc_headers():
    saved = list_queries()
    assert len(saved) >= 15
    for q in saved:
        assert q.summary and q.description and q.tags, q.name
        assert q.text.lstrip().startswith("#+ summary:"), q.name
        for p in q.params:  # a parameter is optional or has a default, so every query runs bare
            assert p.optional or p.name in q.defaults, (q.name, p.name)


def test_header_parsing_follows_grlc():
    header = parse_header("#+ summary: Hi\n#+ tags:\n#+   - a\n#+   - b\n#+ defaults:\n#+   - max: 0.6\nSELECT 1")
    assert header == {"summary": "Hi", "tags": ["a", "b"], "defaults": {"max": "0.6"}}


def test_parameter_names_follow_grlc():
    assert parse_param("_org_iri").kind == "iri" and not parse_param("_org_iri").optional
    year = parse_param("__year_integer")
    assert (year.name, year.optional, year.datatype) == ("year", True, "http://www.w3.org/2001/XMLSchema#integer")
    assert parse_param("__from_date").datatype.endswith("#date")
    assert parse_param("__label_en").language == "en"
    assert parse_param("_when_xsd_gYear").datatype.endswith("#gYear")
    assert parse_param("__name").kind == "literal"
    assert parse_param("person") is None
    assert [p.name for p in find_params('SELECT * { ?s ?p "?_not_a_param" . ?s ?q ?__x_iri }')] == ["x"]


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_saved_query_runs_without_parameters(mini, name):
    result = run_query(name, mini)
    assert result.form == "select"
    assert len(result) > 0 or name == "initiatives"  # the mini graph has no initiatives


def test_posts_at_an_organisation(mini):
    found = rows("posts-at-organisation", mini, org="id:org/walsall-together")
    assert values(found, "person") == ["Michelle McManus"]
    assert values(found, "role") == ["Director of Transformation and Place Development"]
    by_name = rows("posts-at-organisation", mini, org="Trafford Council")
    assert values(by_name, "person") == ["Jill Colbert", "Richard Spearing"]


def test_members_of_an_unnamed_partnership(mini):
    found = rows("partnership-members", mini)
    nottingham = {r["member"].value for r in found if "Nottingham City Council" in r["partnership"].value}
    assert nottingham == {"Nottingham City Council", "Nottingham City Clinical Commissioning Group",
                          "Nottingham CityCare Partnership"}


def test_award_results_by_year_scheme_and_outcome(mini):
    walsall = rows("award-results", mini, year="2023")
    assert [(r["recipient"].value, r["award"].value, r["outcome"].value, r["scheme"].value) for r in walsall] == [
        ("Walsall Together", "Place Based Partnership and Integrated Care Award", "Won", "HSJ Awards")]
    assert len(rows("award-results", mini, year="2016", scheme="hsj", outcome="won")) == 3
    assert rows("award-results", mini, year="2016", outcome="shortlisted") == []
    assert len(rows("award-results", mini, scheme="HSJ")) == 4  # results without a scheme drop out


def test_shortlisted_but_never_won(mini):
    assert set(values(rows("shortlisted-never-won", mini), "recipient")) == {
        "Cheshire East Council", "Cheshire West and Chester Council",
        "NHS Eastern Cheshire Clinical Commissioning Group"}


def test_interlocks_and_connections(mini):
    interlocks = rows("interlocks", mini)
    assert "Richard Spearing" in values(interlocks, "person")
    connections = rows("person-connections", mini, person="Jill Colbert")
    assert ("colleague", "Richard Spearing", "Trafford Council") in {
        (r["connection"].value, r["other"].value, r["via"].value) for r in connections}


def test_most_quoted_and_quotations(mini):
    top = rows("most-quoted", mini)[0]
    assert (top["person"].value, int(top["quotations"].value), int(top["articles"].value)) == (
        "Alastair McLellan", 2, 2)
    said = rows("quotations", mini, person="Alastair McLellan", text="worthy")
    assert values(said, "quotation") == ["Walsall is a worthy winner."]


def test_provenance_of_an_entity(mini):
    facts = rows("entity-facts", mini, entity="Walsall Together")
    award = [r for r in facts if r["kind"].value.endswith("AwardResult")]
    assert award and award[0]["evidence"].value.startswith("Walsall Together won the Place Based")
    assert award[0]["article"].value == ID + "article/004-walsall-together"


def test_changes_between_two_dates(mini):
    recent = rows("changes-between", mini, **{"from": "2020-01-01", "to": "2023-12-31"})
    assert {r["article"].value for r in recent} == {ID + "article/004-walsall-together"}
    older = rows("changes-between", mini, to="2019-12-31")
    assert {r["article"].value for r in older} == {ID + "article/003-cheshire"}


def test_kinds_places_honorifics_and_mentions(mini):
    councils = rows("organisations-by-kind", mini, kind="kg:LocalAuthority", place="nottingham")
    assert values(councils, "organisation") == ["Nottingham City Council"]
    honorifics = {r["person"].value: r["prefixes"] and r["prefixes"].value for r in rows("people-honorifics", mini)}
    assert honorifics["Alex Norris"] == "Cllr" and not honorifics["Lyn Bacon"]
    articles = rows("articles-mentioning", mini, entity="id:person/alastair-mclellan")
    assert {r["article"].value for r in articles} == {ID + "article/000-nottingham",
                                                      ID + "article/004-walsall-together"}


def test_defaults_apply_and_values_override_them(mini):
    assert len(rows("low-confidence-facts", mini)) == 1  # default max 0.6: the former post at 0.5
    assert len(rows("low-confidence-facts", mini, max="0.75")) > 1


# --- parameters ----------------------------------------------------------------------------------
def test_values_are_substituted_not_pasted(mini):
    prepared = prepare("SELECT ?n WHERE { ?p foaf:name ?n FILTER(?n = ?_name) }", {"name": BREAKOUT})
    assert BREAKOUT not in prepared.text and "DROP" not in prepared.text
    assert prepared.hidden == {"_name"}
    before = quad_count(mini)
    assert rows("quotations", mini, text=BREAKOUT) == []
    assert run_query("SELECT ?n WHERE { ?p foaf:name ?n FILTER(?n = ?_name) }", mini,
                     params={"name": BREAKOUT}).rows == []
    with pytest.raises(QueryError, match="no person, organisation"):
        run_query("posts-at-organisation", mini, params={"org": BREAKOUT})
    with pytest.raises(QueryError, match="not a valid iri"):
        run_query("posts-at-organisation", mini, params={"org": 'http://x>}DROP'})
    assert quad_count(mini) == before


def test_parameter_errors_are_clear(mini):
    with pytest.raises(QueryError, match="unknown parameter colour"):
        run_query("award-results", mini, params={"colour": "red"})
    with pytest.raises(QueryError, match="not a valid integer"):
        run_query("award-results", mini, params={"year": "twenty"})
    with pytest.raises(QueryError, match="missing parameter who"):
        run_query("SELECT ?n WHERE { ?_who_iri foaf:name ?n }", mini)
    with pytest.raises(QueryError, match="no saved query called 'nope'"):
        run_query("nope", mini)


def test_parameters_in_aggregates_and_projection(mini):
    q = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?_s_iri ?p ?o } GROUP BY ?p"
    result = run_query(q, mini, params={"s": "id:org/trafford-council"})
    assert result.variables == ["p", "n"]
    assert {r["p"].value.rsplit("#", 1)[-1] for r in result.records()} >= {"prefLabel", "memberOf"}


# --- safety --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE {\n  # a comment }\n  service <http://example.org/> { ?s ?p ?o } }",
])
def test_service_is_refused(mini, text):
    with pytest.raises(QueryRefused, match="--allow-federation"):
        run_query(text, mini)


@pytest.mark.parametrize("text", [
    'SELECT * WHERE { ?s ?p "SERVICE and LOAD" }',
    "SELECT * WHERE { ?s ?p <http://example.org/SERVICE> }  # SERVICE LOAD DROP",
    "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1",
    "SELECT * WHERE { ?s kg:service ?o }",
])
def test_keywords_in_strings_iris_comments_and_names_are_not_refused(mini, text):
    assert check_safety(text) == "select"
    run_query(text, mini)


@pytest.mark.parametrize("text", ["DROP ALL", "LOAD <http://example.org/x.ttl>",
                                  "INSERT DATA { <http://a> <http://b> <http://c> }",
                                  "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
                                  "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }"])
def test_updates_are_refused_and_leave_the_store_unchanged(mini, text):
    before = quad_count(mini)
    with pytest.raises(QueryRefused):
        run_query(text, mini, allow_federation=True)
    assert quad_count(mini) == before


def test_updates_run_only_when_asked(tmp_path):
    store = load_store(tmp_path / "store")
    run_query("DROP GRAPH <https://w3id.org/newskg/id/article/003-cheshire>", store, allow_update=True)
    assert run_query("ASK { GRAPH id:article\\/003-cheshire { ?s ?p ?o } }", store).boolean is False


def test_time_and_row_limits(mini):
    # ~10^8 streamed rows: the worker stops at the next row once the caller gives up
    big = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(QueryTimeout, match="stopped after 0.2 s"):
        run_query(big, mini, timeout=0.2, limit=None)
    result = run_query("SELECT * WHERE { ?s ?p ?o }", mini, limit=5)
    assert len(result) == 5 and result.truncated


def test_syntax_errors_give_line_and_column(mini):
    with pytest.raises(QuerySyntaxError) as e:
        run_query("SELECT ?s WHERE {\n  ?s ?p \n}", mini)
    # oxigraph reports where its parser stopped, at or just after the stray '}'
    assert e.value.line == 3 and e.value.column in (1, 2)
    assert f"line 3, column {e.value.column}" in str(e.value)
    assert e.value.pointer().splitlines()[0] == "}"


def test_a_store_being_built_can_still_be_queried(tmp_path):
    store = load_store(tmp_path / "store")
    writer = ox.Store(str(store))  # holds the write lock, as a running build does
    assert run_query("ASK { ?s foaf:name 'Lyn Bacon' }", store).boolean is True
    with pytest.raises(StoreError, match="in use by another kg process"):
        run_query("DROP ALL", store, allow_update=True)
    del writer


def test_tokenizer_ignores_strings_iris_and_comments():
    kinds = [(t.kind, t.text) for t in tokenize('SELECT ?x { ?x <a:b> """SERVICE""" } # LOAD')]
    assert ("word", "SERVICE") not in kinds and ("word", "LOAD") not in kinds
    assert ("iri", "<a:b>") in kinds and ("string", '"""SERVICE"""') in kinds


# --- formats -------------------------------------------------------------------------------------
def test_every_format(mini):
    result = run_query("award-results", mini, params={"year": "2023"})
    table = format_result(result, "table").splitlines()
    assert table[0].split() == ["year", "scheme", "award", "recipient", "outcome", "article"]
    assert table[2].index("Walsall Together") == table[0].index("recipient")  # aligned
    parsed = list(csv.DictReader(io.StringIO(format_result(result, "csv"))))
    assert parsed[0]["recipient"] == "Walsall Together"
    assert parsed[0]["article"] == ID + "article/004-walsall-together"
    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0].startswith("?year\t?scheme") and '"Walsall Together"' in tsv[1]
    doc = json.loads(format_result(result, "json"))
    assert doc["head"]["vars"][0] == "year"
    assert doc["results"]["bindings"][0]["article"] == {"type": "uri", "value": ID + "article/004-walsall-together"}
    assert doc["results"]["bindings"][0]["year"]["datatype"].endswith("#gYear")
    md = format_result(result, "md").splitlines()
    assert md[0].startswith("| year | scheme") and md[1].startswith("|---|")
    assert "<uri>" in format_result(result, "xml")
    with pytest.raises(QueryError, match="CONSTRUCT"):
        format_result(result, "ttl")
    assert set(FORMATS) >= {"table", "csv", "tsv", "json", "md", "ttl", "nt"}


def test_graph_formats(mini):
    result = run_query("CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name 'Lyn Bacon' , ?n }", mini)
    ttl = format_result(result, "ttl")
    assert "@prefix foaf:" in ttl and '"Lyn Bacon"' in ttl
    nt = format_result(result, "nt")
    assert nt.strip() == f'<{ID}person/lyn-bacon> <http://xmlns.com/foaf/0.1/name> "Lyn Bacon" .'
    described = run_query("DESCRIBE <https://w3id.org/newskg/id/person/lyn-bacon>", mini)
    assert described.form == "describe" and len(described) >= 3


def test_describe_an_entity_with_evidence(mini):
    d = describe_entity("Michelle McManus", mini)
    assert d.iri == ID + "person/michelle-mcmanus"
    post = next(f for f in d.facts if "org:Membership" in f.kinds)
    assert ("org:organization", "Walsall Together") in post.fields
    assert post.evidence.startswith("Michelle McManus, director of transformation")
    assert post.article == ID + "article/004-walsall-together" and post.date == "2023-11-21"
    with pytest.raises(QueryError, match="ambiguous"):
        describe_entity("Nottingham City", mini)


# --- command line --------------------------------------------------------------------------------
def invoke(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_queries_lists_summaries_and_params():
    out = invoke("queries")
    assert out.exit_code == 0
    assert "award-results" in out.output and "--param year=<integer>" in out.output


def test_cli_query_saved_text_and_file(mini, tmp_path):
    out = invoke("query", "posts-at-organisation", "--param", "org=Walsall Together", "--store", str(mini),
                 "--format", "csv")
    assert out.exit_code == 0 and "Michelle McManus" in out.output
    out = invoke("query", "-e", "SELECT ?n WHERE { ?p foaf:name ?n } ORDER BY ?n LIMIT 1", "--store", str(mini))
    assert out.output.splitlines()[2] == "Alastair McLellan"
    rq = tmp_path / "mine.rq"
    rq.write_text("SELECT (COUNT(DISTINCT ?p) AS ?people) WHERE { ?p a foaf:Person }")
    out = invoke("query", str(rq), "--store", str(mini), "-f", "json")
    assert json.loads(out.output)["results"]["bindings"][0]["people"]["value"] == "7"


def test_cli_errors_are_one_line(mini):
    out = CliRunner().invoke(cli, ["query", "-e", "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
                                   "--store", str(mini)])
    assert out.exit_code == 1 and out.output.startswith("Error: SERVICE would fetch")
    out = CliRunner().invoke(cli, ["query", "-e", "DROP ALL", "--store", str(mini)])
    assert out.exit_code == 1 and "read-only" in out.output
    out = CliRunner().invoke(cli, ["query", "award-results", "-p", "year", "--store", str(mini)])
    assert out.exit_code == 2 and "NAME=VALUE" in out.output


def test_cli_describe(mini):
    out = invoke("describe", "Walsall Together", "--store", str(mini))
    assert out.exit_code == 0
    assert "Place Based Partnership and Integrated Care Award" in out.output
    assert "Walsall Together won the Place Based" in out.output


# --- the seeds' graph (facts from tests/gold/seeds) ----------------------------------------------
@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_saved_query_runs_on_the_seeds(seeds_store, name):
    assert run_query(name, seeds_store).form == "select"


def test_seeds_post_of_michelle_mcmanus(seeds_store):
    found = rows("person-posts", seeds_store, person="Michelle McManus")
    assert any(r["organisation"].value == "Walsall Together" and "transformation" in r["role"].value.lower()
               for r in found)


def test_seeds_nottingham_partnership_members(seeds_store):
    members = {}
    for r in rows("partnership-members", seeds_store):
        members.setdefault(r["partnership"].value, set()).add(r["member"].value)
    # "Nottingham City Council and Nottingham City Clinical Commissioning Group (CCG), working alongside
    # Nottingham CityCare Partnership": the council and the CCG are partners (the gold has CityCare
    # too, which the model keeps or drops by a hair)
    assert any({"Nottingham City Council", "Nottingham City Clinical Commissioning Group"} <= found
               for found in members.values()), members


def test_seeds_walsall_together_won_in_2023(seeds_store):
    found = rows("award-results", seeds_store, year="2023", outcome="won")
    assert ("Walsall Together", "Place Based Partnership and Integrated Care Award") in {
        (r["recipient"].value, r["award"].value) for r in found}


def test_seeds_alastair_mclellan_quoted_twice(seeds_store):
    found = {r["person"].value: int(r["articles"].value) for r in rows("most-quoted", seeds_store)}
    assert found.get("Alastair McLellan") == 2


def test_seeds_cheshire_shortlisted_never_won(seeds_store):
    assert "Cheshire East Council" in values(rows("shortlisted-never-won", seeds_store), "recipient")


def test_table_output_to_a_file_keeps_whole_cells(mini, tmp_path):
    query = "SELECT ?e WHERE { ?f kg:evidence ?e } ORDER BY DESC(STRLEN(?e)) LIMIT 1"
    longest = run_query(query, mini, is_text=True).rows[0][0].value
    assert len(" ".join(longest.split())) > 60
    out = tmp_path / "table.txt"
    with open(out, "w") as f:
        result = CliRunner().invoke(cli, ["query", "--store", str(mini), "-e", query])
        f.write(result.output)
    assert " ".join(longest.split()) in out.read_text() and "…" not in out.read_text()


def test_entity_prefixes_in_queries_tables_and_turtle(mini):
    result = run_query("SELECT ?n WHERE { kgorg:walsall-together skos:prefLabel ?n }", mini, is_text=True)
    assert [r[0].value for r in result.rows] == ["Walsall Together"]
    table = format_result(run_query("SELECT ?o WHERE { ?o skos:prefLabel 'Walsall Together' }", mini,
                                    is_text=True), "table")
    assert "kgorg:walsall-together" in table
    turtle = format_result(run_query("CONSTRUCT WHERE { ?p foaf:name 'Lyn Bacon' ; a ?t }", mini, is_text=True),
                           "ttl")
    assert "kgperson:lyn-bacon" in turtle and "\\/" not in turtle
    assert {p.name for p in find_params("SELECT ?x WHERE { ?x ?p ?_org_iri }")} == {"org"}
    assert run_query("ASK { ?m org:organization ?_org_iri }", mini, is_text=True,
                     params={"org": "kgorg:walsall-together"}).boolean is True


def test_xml_results_drop_characters_xml_cannot_carry():
    from lxml import etree

    from kg.query.run import QueryResult

    text = format_result(QueryResult("select", variables=["s"], rows=[[ox.Literal("Trafford\x01 <Council>")]]), "xml")
    doc = etree.fromstring(text.encode())
    assert doc.findtext(".//{http://www.w3.org/2005/sparql-results#}literal") == "Trafford <Council>"


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_turtle_exports_use_entity_prefixes_without_escaped_slashes(mini, fmt):
    result = CliRunner().invoke(cli, ["export", "--store", str(mini), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "\\/" not in result.output and "kgorg:walsall-together" in result.output
    parsed = list(ox.parse(result.output.encode(), format=ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.TRIG))
    assert any(q.subject.value == ID + "org/walsall-together" for q in parsed)
