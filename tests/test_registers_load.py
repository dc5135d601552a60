"""`kg registers load|update|status` on the real register files (../shared/registers)."""
from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.registers import REGISTERS_GRAPH, RegisterError, load_registers, registers_status, registers_version
from kg.rdf.store import open_store
from kg.rdf.vocab import sparql_prologue

ROOT = Path(__file__).resolve().parent.parent


def registers_dir() -> Path:
    """KG_TEST_REGISTERS, else ../shared/registers beside the repository (as in CI), else /work/shared."""
    for candidate in (os.environ.get("KG_TEST_REGISTERS"), ROOT.parent / "shared" / "registers",
                      Path("/work/shared/registers")):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    pytest.skip("no registers folder (set KG_TEST_REGISTERS)")


@pytest.fixture(scope="module")
def registers_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reg") / "store"
    store = open_store(path)
    load_registers(store, registers_dir())
    del store
    return path


def ask(store_path: Path, query: str) -> list[dict]:
    store = ox.Store.read_only(str(store_path))
    solutions = store.query(sparql_prologue() + query, use_default_graph_as_union=True)
    names = [v.value for v in solutions.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in solutions]


def body_with_code(store_path: Path, code: str) -> dict:
    rows = ask(store_path, f"""SELECT ?o ?name ?founded ?dissolved WHERE {{ GRAPH <{REGISTERS_GRAPH.value}> {{
        ?o org:identifier ?c ; skos:prefLabel ?name . FILTER(STR(?c) = "{code}")
        OPTIONAL {{ ?o schema:foundingDate ?founded }} OPTIONAL {{ ?o schema:dissolutionDate ?dissolved }} }} }}""")
    assert len(rows) == 1, rows
    return rows[0]


def test_bodies_carry_official_names_codes_and_dates(registers_store):
    ccg = body_with_code(registers_store, "04K")
    assert ccg["name"] == "NHS Nottingham City Clinical Commissioning Group"
    assert ccg["o"].endswith("/org/nhs-nottingham-city-clinical-commissioning-group")
    assert (ccg["founded"], ccg["dissolved"]) == ("2013-04-01", "2020-03-31")
    assert body_with_code(registers_store, "E38000132")["o"] == ccg["o"]
    assert body_with_code(registers_store, "RT2")["name"] == "Pennine Care NHS Foundation Trust"
    assert body_with_code(registers_store, "E08000009")["name"] == "Trafford Metropolitan Borough Council"
    dorset = body_with_code(registers_store, "E10000009")
    assert (dorset["name"], dorset["dissolved"]) == ("Dorset County Council", "2019-03-31")
    assert body_with_code(registers_store, "E06000059")["founded"] == "2019-04-01"


def test_codes_are_typed_by_scheme_and_gss_codes_are_the_ons_geography(registers_store):
    rows = ask(registers_store, """SELECT ?c ?same WHERE { GRAPH ?g { ?o org:identifier ?c .
        OPTIONAL { ?o owl:sameAs ?same FILTER(STRENDS(STR(?same), STR(?c))) } }
        FILTER(STR(?c) IN ("04K", "E38000132", "NGM")) }""")
    by_code = {r["c"]: r["same"] for r in rows}
    assert by_code["E38000132"] == "http://statistics.data.gov.uk/id/statistical-geography/E38000132"
    assert by_code["04K"] is None and by_code["NGM"] is None
    types = {r["t"] for r in ask(registers_store, """SELECT (DATATYPE(?c) AS ?t) WHERE { ?o org:identifier ?c
        FILTER(STR(?c) IN ("04K", "E38000132", "NGM")) }""")}
    assert {t.rsplit("#")[-1] for t in types} == {"odsCode", "gssCode", "registerCode"}


def test_lineage_from_a_ccg_to_its_icb(registers_store):
    rows = ask(registers_store, """SELECT ?icb WHERE { ?ccg org:identifier ?c FILTER(STR(?c) = "04K")
        ?ccg (org:changedBy/org:resultingOrganization)+ ?icb . ?icb a kg:IntegratedCareBoard ; org:identifier ?q
        FILTER(STR(?q) = "QT1") ?icb org:identifier ?e FILTER(STR(?e) = "E54000060") }""")
    assert len(rows) == 1


def test_councils_abolished_into_one_are_one_merger_with_a_date(registers_store):
    rows = ask(registers_store, """SELECT ?old ?date ?kind WHERE { ?e a org:ChangeEvent ; kg:changeKind ?kind ;
        schema:startDate ?date ; org:resultingOrganization ?new ; org:originalOrganization ?o .
        ?new org:identifier ?c FILTER(STR(?c) = "E06000059") ?o skos:prefLabel ?old }""")
    assert {r["old"] for r in rows} >= {"Dorset County Council", "East Dorset District Council",
                                        "North Dorset District Council", "West Dorset District Council"}
    assert {(r["date"], r["kind"]) for r in rows} == {("2019-04-01", "merger")}


def test_trust_renames_and_pct_successors(registers_store):
    rows = ask(registers_store, """SELECT ?old ?new WHERE { ?e kg:changeKind "rename" ;
        org:originalOrganization/skos:prefLabel ?old ; org:resultingOrganization/skos:prefLabel ?new }""")
    assert {"old": "Worcestershire Health and Care NHS Trust",
            "new": "Herefordshire and Worcestershire Health and Care NHS Trust"} in rows
    rows = ask(registers_store, """SELECT ?ccg WHERE { ?pct org:identifier ?c FILTER(STR(?c) = "5A4")
        ?pct org:changedBy/org:resultingOrganization/skos:prefLabel ?ccg }""")
    assert [r["ccg"] for r in rows] == ["NHS Havering Clinical Commissioning Group"]


def test_status_and_version_describe_the_load(registers_store):
    store = ox.Store.read_only(str(registers_store))
    status = registers_status(store)
    assert status["source"] == str(registers_dir().resolve())
    files = {f["file"]: f for f in status["files"]}
    assert files["nhs_trusts_ods_etr.csv"]["rows"] == 278 and files["icbs_ons_2024.csv"]["data_date"] == "Dec 2024"
    assert status["kinds"]["IntegratedCareBoard"] == 42
    assert len(registers_version(store)) == 16


def test_reload_replaces_the_graph_as_a_whole(tmp_path):
    folder = tmp_path / "regs"
    folder.mkdir()
    shutil.copy(registers_dir() / "icbs_ons_2024.csv", folder)
    store = open_store(tmp_path / "store")
    load_registers(store, registers_dir())
    full = len(list(store.quads_for_pattern(None, None, None, REGISTERS_GRAPH)))
    load_registers(store, folder)
    only_icbs = len(list(store.quads_for_pattern(None, None, None, REGISTERS_GRAPH)))
    assert 0 < only_icbs < full / 10
    assert registers_status(store)["kinds"] == {"IntegratedCareBoard": 42}


def test_a_malformed_row_names_file_and_line_and_leaves_the_store_alone(tmp_path):
    folder = tmp_path / "regs"
    shutil.copytree(registers_dir(), folder)
    path = folder / "ccgs_sub_icbs_ods_ons.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[6] = lines[6].replace("2013-04-01", "2013-13-01", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store_path = tmp_path / "store"
    store = open_store(store_path)
    load_registers(store, registers_dir())
    before = registers_version(store)
    del store
    result = CliRunner().invoke(cli, ["registers", "load", str(folder), "--store", str(store_path)])
    assert result.exit_code == 1
    assert "ccgs_sub_icbs_ods_ons.csv line 7: bad date '2013-13-01' in column open_date" in result.output
    assert registers_version(open_store(store_path, read_only=True)) == before


def test_publisher_layouts_without_header_rows_are_read(tmp_path):
    """ODS etr.csv / eccg.csv: no header row, dates as YYYYMMDD, standard column order."""
    folder = tmp_path / "ods"
    folder.mkdir()
    pad = ",,,,,"
    (folder / "etr.csv").write_text(
        f'"RT2","PENNINE CARE NHS FOUNDATION TRUST","Y62","QOP","225 OLD STREET","ASHTON-UNDER-LYNE",,,,'
        f'"OL6 7SR","20020401",,,"","","","","","","","","0","","","","",""\n', encoding="utf-8")
    (folder / "eccg.csv").write_text(
        '"04K","NHS NOTTINGHAM CITY CCG","Y60","QT1","1 STANDARD COURT",,,,,"NG1 6GN","20130401","20200331"'
        + pad + '\n', encoding="utf-8")
    store = open_store(tmp_path / "store")
    report = load_registers(store, folder)
    assert {f["layout"] for f in report.files} == {"ods_raw_trusts", "ods_raw_ccgs"}
    assert body_with_code_in(store, "RT2") == ("Pennine Care NHS Foundation Trust", "2002-04-01", None)
    assert body_with_code_in(store, "04K") == ("NHS Nottingham City Clinical Commissioning Group", "2013-04-01",
                                                "2020-03-31")


def body_with_code_in(store, code):
    (row,) = list(store.query(sparql_prologue() + f"""SELECT ?n ?f ?d WHERE {{ ?o org:identifier ?c ; skos:prefLabel ?n
        FILTER(STR(?c) = "{code}") OPTIONAL {{ ?o schema:foundingDate ?f }} OPTIONAL {{ ?o schema:dissolutionDate ?d }} }}""",
                                  use_default_graph_as_union=True))
    return tuple(row[v].value if row[v] is not None else None for v in ("n", "f", "d"))


@pytest.fixture
def served_registers():
    """../shared/registers on a local web server (a directory index, as http.server gives)."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(registers_dir()))
    handler.log_message = lambda *a, **k: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_update_fetches_from_a_web_folder_and_loads(tmp_path, served_registers):
    dest, store = tmp_path / "kg-registers", tmp_path / "store"
    result = CliRunner().invoke(cli, ["registers", "update", "--from", served_registers, "--dest", str(dest),
                                      "--store", str(store)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in dest.glob("*.csv")) == sorted(p.name for p in registers_dir().glob("*.csv"))
    status = CliRunner().invoke(cli, ["registers", "status", "--store", str(store)])
    assert f"from {served_registers}" in status.output and "nhs_trusts_ods_etr.csv" in status.output


def test_update_from_a_sources_list_unzips_and_a_failed_fetch_changes_nothing(tmp_path, served_registers):
    import zipfile

    zipped = tmp_path / "zips"
    zipped.mkdir()
    with zipfile.ZipFile(zipped / "etr.zip", "w") as z:
        z.write(registers_dir() / "nhs_trusts_ods_etr.csv", "etr.csv")
    sources = tmp_path / "sources.tsv"
    sources.write_text(f"# test\nicbs.csv\t{served_registers}icbs_ons_2024.csv\n"
                       f"trusts.csv\t{(zipped / 'etr.zip').as_uri()}\n", encoding="utf-8")
    dest, store = tmp_path / "kg-registers", tmp_path / "store"
    result = CliRunner().invoke(cli, ["registers", "update", "--sources", str(sources), "--dest", str(dest),
                                      "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in dest.iterdir()) == ["icbs.csv", "trusts.csv"]
    sources.write_text(f"icbs.csv\t{served_registers}no-such-file.csv\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["registers", "update", "--sources", str(sources), "--dest", str(dest),
                                      "--store", str(store)])
    assert result.exit_code == 1 and "HTTP 404" in result.output
    assert sorted(p.name for p in dest.iterdir()) == ["icbs.csv", "trusts.csv"]


def test_status_without_registers(tmp_path):
    open_store(tmp_path / "store")
    result = CliRunner().invoke(cli, ["registers", "status", "--store", str(tmp_path / "store")])
    assert result.exit_code == 0 and "no registers loaded" in result.output


def test_an_unknown_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(RegisterError, match="no register files kg knows"):
        from kg.registers import read_folder
        read_folder(tmp_path)


def test_the_shipped_publisher_list_parses_and_a_bad_line_is_named(tmp_path):
    from kg.registers.fetch import SOURCES_FILE, read_sources

    sources = read_sources(SOURCES_FILE)
    assert sources and all(url.startswith("https://") for _, url in sources)
    bad = tmp_path / "sources.tsv"
    bad.write_text("etr.csv https://example.org/etr.zip\n", encoding="utf-8")
    with pytest.raises(RegisterError, match="sources.tsv line 1: expected <file name> TAB <URL>"):
        read_sources(bad)
