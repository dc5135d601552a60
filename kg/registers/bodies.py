"""From register tables to bodies and changes: one function per layout, run in an order
where each finds the bodies it refers to (councils before their alternative names, ICBs
before the CCGs and STPs that became them, CCGs before the PCTs they replaced)."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from .names import fold, name_keys, usual_case
from .read import (Body, Change, RegisterError, RegisterFile, Registers, Table, day_after, day_before,
                   latest_date, read_table, readme_data_dates)

ICB_START = date(2022, 7, 1)
PCT_END = date(2013, 3, 31)
#: A PCT's successor CCGs are those that took at least this share of its postcodes.
PCT_SUCCESSOR_SHARE = 10.0


def read_folder(folder: Path | str) -> Registers:
    """Every register file in `folder`, as bodies and changes."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RegisterError(f"no register folder at {folder}")
    tables = [t for t in (read_table(p) for p in sorted(folder.glob("*.csv"))) if t is not None]
    if not tables:
        raise RegisterError(f"no register files kg knows in {folder} (see `kg registers load --help`)")
    regs = Registers()
    dates = readme_data_dates(folder)
    for layout in ORDER:
        for table in (t for t in tables if t.layout == layout):
            READERS[layout](regs, table)
            regs.files.append(RegisterFile(table.path.name, table.layout, len(table.rows), table.sha1,
                                           latest_date(table), dates.get(table.path.name)))
    return regs


# --- councils -----------------------------------------------------------------------------------
def read_mysociety_las(regs: Registers, t: Table) -> None:
    replaced: list[tuple[Body, str, int]] = []
    for line, row in t.rows:
        if not row["official_name"] or not row["la_code"]:
            raise RegisterError(f"{t.where(line)}: a council needs la_code and official_name")
        kind = "CombinedAuthority" if row["la_type"] == "COMB" else "LocalAuthority"
        body = Body(f"la:{row['la_code']}", row["official_name"], kind,
                    founded=t.date(line, row, "start_date"), dissolved=t.date(line, row, "end_date"))
        body.add_code("gss", row["gss_code"])
        body.add_code("register", row["la_code"])
        for former in filter(None, (c.strip() for c in row.get("former_gss_codes", "").replace("|", ",").split(","))):
            body.add_code("gss", former)
        body.names |= {n.strip() for n in row.get("alt_names_raw", "").split(",") if n.strip()}
        body = regs.add(body, t.path.name)
        if row["replaced_by"]:
            replaced.append((body, row["replaced_by"], line))
    for body, successor_codes, line in replaced:  # "CBD,WAF": a county split between two councils
        successors = []
        for code in successor_codes.replace("|", ",").split(","):
            successor = regs.bodies.get(f"la:{code.strip()}")
            if successor is None:
                raise RegisterError(f"{t.where(line)}: replaced_by {code.strip()!r} is not a council in the file")
            successors.append(successor)
        starts = {s.founded for s in successors if s.founded}
        start = min(starts) if starts else None
        when = start if start and body.dissolved and abs((start - body.dissolved).days) <= 1 \
            else day_after(body.dissolved)
        if body.dissolved and when and body.dissolved >= when:
            body.dissolved = day_before(when)  # the file ends some councils on the day their successor starts
        add_change(regs, "replacement", body.key, sorted(s.key for s in successors), when, t.path.name)


def read_mysociety_names(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        body = regs.bodies.get(f"la:{row['la_code']}")
        if body is None:
            regs.unmatched[t.path.name] = regs.unmatched.get(t.path.name, 0) + 1
            continue
        body.names.add(row["name"])
        body.sources.add(t.path.name)


def read_ons_rgc(regs: Registers, t: Table) -> None:
    """Geographic names of council areas: ties a GSS code to the council the register code names."""
    for line, row in t.rows:
        t.date(line, row, "oper_date"), t.date(line, row, "term_date")  # validated
        body = regs.find("gss", row["gss_code"])
        if body is None and row.get("register_la_code"):
            body = regs.bodies.get(f"la:{row['register_la_code']}")
        if body is None:
            regs.unmatched[t.path.name] = regs.unmatched.get(t.path.name, 0) + 1
            continue
        body.add_code("gss", row["gss_code"])
        regs.by_code.setdefault(("gss", row["gss_code"]), body.key)
        body.sources.add(t.path.name)


def read_ons_lad_successors(regs: Registers, t: Table) -> None:
    """Successor district codes: a change the council register lacks is added."""
    has_change = {c.originals[0] for c in regs.changes}
    for line, row in t.rows:
        old, new = regs.find("gss", row["lad_code"]), regs.find("gss", row["successor_lad_code"])
        if old is None or new is None:
            regs.unmatched[t.path.name] = regs.unmatched.get(t.path.name, 0) + 1
            continue
        old.sources.add(t.path.name)
        if old.key != new.key and old.key not in has_change:
            add_change(regs, "replacement", old.key, [new.key], new.founded or day_after(old.dissolved), t.path.name)


# --- NHS trusts ---------------------------------------------------------------------------------
def read_ods_trusts(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        _trust(regs, t, line, row, row.get("other_names_seen", ""))


def read_ods_raw_trusts(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        _trust(regs, t, line, row, "")


def _trust(regs: Registers, t: Table, line: int, row: dict, other_names: str) -> None:
    if not row["ods_code"] or not row["name"]:
        raise RegisterError(f"{t.where(line)}: a trust needs ods_code and name")
    body = Body(f"ods:{row['ods_code']}", usual_case(row["name"]), "NHSTrust",
                founded=t.date(line, row, "open_date"), dissolved=t.date(line, row, "close_date"))
    body.add_code("ods", row["ods_code"])
    body = regs.add(body, t.path.name)
    for old in filter(None, (n.strip() for n in other_names.split("|"))):
        former = Body(f"ods:{row['ods_code']}@{fold(old)}", usual_case(old), "NHSTrust", founded=body.founded)
        former.add_code("ods", row["ods_code"])
        former = regs.add(former, t.path.name)
        add_change(regs, "rename", former.key, [body.key], None, t.path.name)


# --- CCGs, ICBs, STPs, PCTs ---------------------------------------------------------------------
def ccg_name(name: str) -> str:
    """'NHS NOTTINGHAM CITY CCG' -> 'NHS Nottingham City Clinical Commissioning Group' (the statutory form)."""
    name = usual_case(name)
    if name.endswith(" CCG"):
        name = name[:-4] + " Clinical Commissioning Group"
    elif not name.endswith("Clinical Commissioning Group"):
        name += " Clinical Commissioning Group"
    return name if name.startswith("NHS ") else "NHS " + name


def read_icbs(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        body = Body(f"ods:{row['ods_code']}", row["name"], "ICB", founded=t.date(line, row, "established"))
        body.add_code("ods", row["ods_code"])
        body.add_code("gss", row["ons_code"])
        regs.add(body, t.path.name)


def read_ccgs(regs: Registers, t: Table) -> None:
    later: list[tuple[int, dict]] = []
    for line, row in t.rows:
        if row["kind"] == "ONSCodeVariantOnly":
            later.append((line, row))
            continue
        founded, closed = t.date(line, row, "open_date"), t.date(line, row, "close_date")
        if row["kind"] in ("CommissioningHub", "SubICBReportingEntity"):
            kind = "CommissioningHub" if row["kind"] == "CommissioningHub" else "SubICB"
            body = Body(f"ods:{row['ods_code']}", usual_case(row["ods_name"]), kind, founded=founded, dissolved=closed)
            body.add_code("ods", row["ods_code"])
            parent = regs.find("ods", row["parent_hlhg_code"])
            if kind == "SubICB" and parent is not None:
                body.unit_of = parent.key
            regs.add(body, t.path.name)
            continue
        pre = [n for n in row["onspd_names_pre2022"].split("|") if n]
        if row["kind"] == "CCG":
            name = ccg_name(row["ods_name"])
        elif pre:
            name = ccg_name(next((n for n in pre if n.endswith("CCG")), pre[0]))
        else:
            raise RegisterError(f"{t.where(line)}: a sub-ICB location needs its CCG name in onspd_names_pre2022")
        if row["kind"] != "CCG":  # the CCG became a sub-ICB location of its ICB on 2022-07-01
            closed = closed or day_before(ICB_START)
        body = Body(f"ods:{row['ods_code']}", name, "CCG", founded=founded, dissolved=closed)
        body.add_code("ods", row["ods_code"])
        body.add_code("gss", row["ons_code"])
        body.names |= set(pre) | {usual_case(row["ods_name"])} if row["kind"] == "CCG" else set(pre)
        regs.add(body, t.path.name).parent = row["parent_hlhg_code"]
    for line, row in later:
        body = regs.find("ods", row["ods_code"])
        if body is None:
            body = Body(f"ods:{row['ods_code']}", ccg_name(row["ods_name"]), "CCG")
            body.add_code("ods", row["ods_code"])
        body.add_code("gss", row["ons_code"])
        regs.add(body, t.path.name)
    link_ccg_successors(regs, t.path.name)


def read_ods_raw_ccgs(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        body = Body(f"ods:{row['ods_code']}", ccg_name(row["name"]), "CCG",
                    founded=t.date(line, row, "open_date"), dissolved=t.date(line, row, "close_date"))
        body.add_code("ods", row["ods_code"])
        body.names.add(usual_case(row["name"]))
        regs.add(body, t.path.name).parent = row["parent_hlhg_code"]
    link_ccg_successors(regs, t.path.name)


def link_ccg_successors(regs: Registers, source: str) -> None:
    """A CCG closed before 2022 went into the CCGs of its ICB area that opened as it closed
    (preferring those whose names share its place words); one open until 2022 became its ICB."""
    ccgs = [b for b in regs.bodies.values() if b.kind == "CCG" and b.parent]
    for ccg in ccgs:
        if not ccg.dissolved:
            continue
        if ccg.dissolved >= day_before(ICB_START):
            icb = regs.find("ods", ccg.parent)
            if icb is not None and icb.kind == "ICB":
                add_change(regs, "succession", ccg.key, [icb.key], ICB_START, source)
            continue
        window = [b for b in ccgs if b.parent == ccg.parent and b.founded and b is not ccg
                  and ccg.dissolved - timedelta(days=200) < b.founded <= day_after(ccg.dissolved)]
        words = set(_core(ccg.name).split())
        sharing = [b for b in window if words & set(_core(b.name).split())]
        successors = sharing or [b for b in window if b.founded == day_after(ccg.dissolved)]
        if successors:
            add_change(regs, "merger", ccg.key, sorted(b.key for b in successors), day_after(ccg.dissolved), source)


def _core(name: str) -> str:
    return next((core for core, kind in name_keys(name) if kind == "ccg"), fold(name))


def read_stps(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        icb = regs.find("gss", row["successor_icb_ons_code"])
        body = Body(f"gss:{row['stp21_ons_code']}", row["stp21_name"], "ICS", dissolved=day_before(ICB_START))
        if icb is None or row["stp21_ons_code"] not in icb.codes.get("gss", set()):
            body.add_code("gss", row["stp21_ons_code"])  # a code its ICB kept stays with the ICB
        body = regs.add(body, t.path.name)
        if icb is None:
            raise RegisterError(f"{t.where(line)}: successor ICB {row['successor_icb_ons_code']!r} is not in the ICB register")
        add_change(regs, "succession", body.key, [icb.key], ICB_START, t.path.name)


def read_icb_partners(regs: Registers, t: Table) -> None:
    """Each ICB's partner councils (their ODS codes) and trusts."""
    councils = {fold(b.name): b for b in regs.bodies.values() if b.kind == "LocalAuthority" and not b.dissolved}
    for line, row in t.rows:
        icb = regs.find("ods", row["icb_ods_code"])
        if icb is None:
            raise RegisterError(f"{t.where(line)}: ICB {row['icb_ods_code']!r} is not in the ICB register")
        council = councils.get(fold(row["partner_la_name"])) if row["partner_la_name"] else None
        if council is None and row["partner_la_name"]:
            council = _council_by_key(councils.values(), row["partner_la_name"])
        if council is not None:
            council.add_code("ods", row["partner_la_ods_code"])
            council.sources.add(t.path.name)
            icb.linked.add(council.key)
        elif row["partner_la_name"]:
            regs.unmatched[t.path.name] = regs.unmatched.get(t.path.name, 0) + 1
        trust = regs.find("ods", row["partner_trust_ods_code"]) if row["partner_trust_ods_code"] else None
        if trust is not None:
            icb.linked.add(trust.key)
    for body in regs.bodies.values():
        for scheme, codes in body.codes.items():
            for code in codes:
                regs.by_code.setdefault((scheme, code), body.key)


def _council_by_key(councils, name: str) -> Body | None:
    keys = name_keys(name)
    hits = [b for b in councils if keys & name_keys(b.name)]
    return hits[0] if len(hits) == 1 else None


def read_pcts(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        if row["kind"] == "LocalHealthBoard":
            body = Body(f"gss:{row['ons_code']}", row["name"], "HealthBoard")
            body.add_code("gss", row["ons_code"])
            regs.add(body, t.path.name)
            continue
        body = Body(f"gss:{row['ons_code']}", f"{row['name']} Primary Care Trust", "PCT", dissolved=PCT_END)
        body.add_code("gss", row["ons_code"])
        body.add_code("ods", row["ods_code"])
        body.names |= {f"NHS {row['name']}", *filter(None, row["other_names"].split("|"))}
        body = regs.add(body, t.path.name)
        successors = []
        for part in filter(None, row["ccg_successors_ods:postcode_pct"].split("|")):
            code, _, share = part.partition(":")
            try:
                share_value = float(share)
            except ValueError:
                raise RegisterError(f"{t.where(line)}: bad successor {part!r} (expected CODE:PERCENT)") from None
            ccg = regs.find("ods", code)
            if ccg is not None and share_value >= PCT_SUCCESSOR_SHARE:
                successors.append(ccg.key)
        if successors:
            add_change(regs, "replacement", body.key, sorted(successors), day_after(PCT_END), t.path.name)


def read_health_authorities(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        kind, name, key = _health_authority(row)
        body = Body(key, name, kind)
        body.add_code("gss" if row["ons_code"][:1] in "EWSNLM" and row["ons_code"][1:].isdigit() else "register",
                      row["ons_code"])
        if kind == "SHA":
            body.founded, body.dissolved = date(2006, 7, 1), PCT_END
        body.names |= {n for n in row["other_names"].split("|") if n}
        regs.add(body, t.path.name)


def _health_authority(row: dict) -> tuple[str, str, str]:
    name, kind = row["name"], row["kind"]
    if kind == "ScottishHealthBoard":
        return "HealthBoard", "NHS " + name, "hb:" + fold(name)  # a board keeps its name across code versions
    if kind == "WelshLocalHealthBoard":
        return "HealthBoard", name, "gss:" + row["ons_code"]
    if kind.startswith("StrategicHealthAuthority"):
        return "SHA", f"{name} Strategic Health Authority", "gss:" + row["ons_code"]
    if kind == "NHSEnglandRegion":
        return "Region", f"NHS England {name}", "gss:" + row["ons_code"]
    return "HealthAuthority", name, "gss:" + row["ons_code"]


def read_hscps(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        body = Body(f"gss:{row['ons_code']}", row["constructed_long_name"] or row["name"], "HSCP")
        body.add_code("gss", row["ons_code"])
        body.names.add(f"{row['name']} HSCP")
        regs.add(body, t.path.name)


def read_csus(regs: Registers, t: Table) -> None:
    for line, row in t.rows:
        body = Body(f"ods:{row['ods_code']}", row["name"], "CSU")
        body.add_code("ods", row["ods_code"])
        regs.add(body, t.path.name)


def add_change(regs: Registers, kind: str, original: str, results: list[str], when: date | None, source: str) -> None:
    """One change event per (date, results): councils abolished into one new council are one merger."""
    for change in regs.changes:
        if change.date == when and change.results == results and change.kind in (kind, "merger") \
                and kind != "rename":
            if original not in change.originals:
                change.originals.append(original)
                change.kind = "merger" if kind != "succession" else kind
            return
    regs.changes.append(Change(kind, [original], results, when, source))


READERS = {
    "mysociety_las": read_mysociety_las, "mysociety_names": read_mysociety_names, "ons_rgc": read_ons_rgc,
    "ons_lad_successors": read_ons_lad_successors, "ods_trusts": read_ods_trusts,
    "ods_raw_trusts": read_ods_raw_trusts, "icbs": read_icbs, "ccgs": read_ccgs, "ods_raw_ccgs": read_ods_raw_ccgs,
    "stps": read_stps, "icb_partners": read_icb_partners, "pcts": read_pcts,
    "health_authorities": read_health_authorities, "hscps": read_hscps, "csus": read_csus,
}
ORDER = ["mysociety_las", "mysociety_names", "ons_rgc", "ons_lad_successors", "ods_trusts", "ods_raw_trusts",
         "icbs", "ccgs", "ods_raw_ccgs", "stps", "icb_partners", "health_authorities", "pcts", "hscps", "csus"]
