"""Build throughput: how close does `kg build` come to spaCy's own speed?

Generates a corpus of news-like articles about UK health and social care integration
(people, posts, councils, NHS trusts, CCGs, partnerships, awards), then measures

  (a) the ceiling: `nlp.pipe(texts, batch_size=32, n_process=N)` with plain spaCy (the
      pipeline kg loads, `spacy.load(kg.nlp.model_name())`, without kg's components), model
      loading excluded;
  (b) a full `kg build` of the corpus into a fresh store, run as the `kg` command in a
      subprocess: wall time, words/s and the peak RSS of its largest process.

Run from the repository root:

    python benchmarks/bench_build.py                  # 2,000 articles, 2 processes
    python benchmarks/bench_build.py -n 200 -j 1      # a quick look
    python benchmarks/bench_build.py --profile        # also cProfile a 1-process build

The corpus is deterministic (seeded), so runs are comparable.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Alison", "Andrew", "Angela", "Ben", "Bernadette", "Catherine", "Chris", "Claire", "David", "Deborah",
         "Emma", "Fiona", "Gareth", "Graham", "Hannah", "Helen", "Ian", "James", "Jane", "Jill", "John", "Julie",
         "Karen", "Kevin", "Lesley", "Mark", "Martin", "Michelle", "Nadia", "Neil", "Nicola", "Paul", "Priya",
         "Rachel", "Richard", "Rob", "Sally", "Samir", "Sarah", "Simon", "Sophie", "Stephen", "Tom", "Vanessa"]
LAST = ["Ahmed", "Bailey", "Barker", "Bennett", "Brown", "Campbell", "Chaudhry", "Clarke", "Collins", "Davies",
        "Edwards", "Evans", "Fletcher", "Green", "Hall", "Harris", "Hughes", "Jackson", "Johnson", "Khan", "Lewis",
        "McManus", "Marshall", "Mitchell", "Morgan", "Murphy", "Norris", "O'Brien", "Patel", "Phillips", "Price",
        "Roberts", "Robinson", "Shaw", "Singh", "Spearing", "Taylor", "Thompson", "Turner", "Walker", "Wilson"]
PLACES = ["Walsall", "Nottingham", "Trafford", "Sefton", "Cheshire East", "Leeds", "Bradford", "Wakefield",
          "Sunderland", "Gateshead", "Wirral", "Stockport", "Salford", "Oldham", "Derby", "Leicester",
          "Coventry", "Dudley", "Wolverhampton", "Plymouth", "Torbay", "Somerset", "Dorset", "Suffolk",
          "Norfolk", "Lincolnshire", "Cumbria", "Northumberland", "Calderdale", "Kirklees", "Bolton", "Wigan"]
TRUST_KINDS = ["Hospitals NHS Trust", "Healthcare NHS Foundation Trust", "Community Health NHS Trust",
               "Teaching Hospitals NHS Foundation Trust", "Partnership NHS Foundation Trust"]
PARTNERSHIP_KINDS = ["Together", "Health and Care Partnership", "Integrated Care Partnership", "Alliance",
                     "Place Partnership"]
TITLES = ["chief executive", "director of adult social services", "director of public health", "chair",
          "accountable officer", "managing director", "director of transformation", "leader",
          "cabinet member for health and wellbeing", "chief operating officer", "director of nursing",
          "medical director", "director of integrated commissioning", "programme director"]
SCHEMES = [("HSJ Awards", "Health Service Journal"), ("LGC Awards", "Local Government Chronicle"),
           ("MJ Awards", "The MJ"), ("Nursing Times Awards", "Nursing Times")]
CATEGORIES = ["Place Based Partnership and Integrated Care Award", "Improved Partnerships between Health and "
              "Local Government", "Integrated Working Award", "Community Health Services Redesign Award",
              "Primary Care Innovation Award", "Digital Innovation Award", "Health and Social Care Integration Award",
              "Mental Health Innovation Award", "Workforce Initiative Award", "Care Home Support Award"]
PROGRAMMES = ["Home First", "Discharge to Assess", "Better Care", "Living Well", "Healthy Communities",
              "Frailty at Home", "Community Connectors", "Ageing Well", "Team Around the Practice"]
OUTCOMES = ["won", "was named joint winner of", "was shortlisted for", "was highly commended in",
            "is a finalist for"]


class Cast:
    """The people and organisations of one article, drawn at random."""

    def __init__(self, rng: random.Random):
        place, other = rng.sample(PLACES, 2)
        self.place = place
        self.council = rng.choice([f"{place} Council", f"{place} City Council", f"{place} Metropolitan Borough Council"])
        self.trust = f"{place} {rng.choice(TRUST_KINDS)}"
        self.ccg = f"NHS {place} Clinical Commissioning Group"
        self.ccg_short = f"{place} CCG"
        self.partnership = f"{place} {rng.choice(PARTNERSHIP_KINDS)}"
        self.other_council = f"{other} Council"
        self.scheme, self.journal = rng.choice(SCHEMES)
        self.category = rng.choice(CATEGORIES)
        self.programme = rng.choice(PROGRAMMES)
        self.year = rng.randint(2014, 2024)
        self.people = [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TITLES)) for _ in range(4)]
        self.cllr = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.editor = f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def paragraphs(c: Cast, rng: random.Random) -> list[str]:
    (p1, t1), (p2, t2), (p3, t3), (p4, t4) = c.people
    outcome = rng.choice(OUTCOMES)
    return [
        f"{c.partnership}, which brings together {c.council}, {c.trust} and {c.ccg} ({c.ccg_short}), {outcome} "
        f"the {c.category} at the {c.scheme} {c.year}, held in London last night.",
        f"The judges praised the partnership for its work on the {c.programme} programme, which has cut delayed "
        f"discharges from hospital and helped older people in {c.place} to stay well at home for longer. Staff "
        f"from the council, the trust and the voluntary sector now work in shared teams across six neighbourhoods.",
        f"{p1}, {t1} of {c.partnership}, said: \u201cThis recognition belongs to every member of staff who has "
        f"changed the way they work so that people get the right care in the right place. We have shown what "
        f"integration can look like when organisations stop thinking about their own budgets first.\u201d",
        f"The {c.programme} service began as a pilot in two wards in {c.year - 2} and was extended across the "
        f"borough after an evaluation found that emergency admissions among people over 75 fell by almost a fifth. "
        f"Community nurses, social workers and therapists now meet every morning to plan visits together.",
        f"{p2}, {t2} at {c.trust}, added: \u201cOur clinicians have worked hand in hand with colleagues in social "
        f"care and in general practice. Patients tell us they no longer have to repeat their story five times.\u201d",
        f"Cllr {c.cllr}, cabinet member for adult social care at {c.council}, said the award showed that the "
        f"council and the NHS could achieve more together than either could alone, and paid tribute to the carers "
        f"and volunteers who had supported the programme.",
        f"{p3}, {t3} of {c.ccg_short}, said the commissioners would use the lessons from {c.place} when "
        f"planning services with {c.other_council} and neighbouring areas over the coming year.",
        f"{c.editor}, editor of the {c.journal}, said: \u201cThe standard of entries this year was exceptionally "
        f"high, and the winners demonstrate the commitment and innovation of staff working across health and "
        f"care. They deserve every bit of the recognition they receive tonight.\u201d",
        f"{p4}, who was appointed {t4} of {c.council} earlier this year, said the next step would be to bring "
        f"mental health services and housing support into the same teams. The partnership has also been "
        f"shortlisted for a regional award for its work with care homes.",
    ]


def article(i: int, rng: random.Random) -> str:
    c = Cast(rng)
    body = paragraphs(c, rng)
    rng.shuffle(body[3:])  # the lead stays first; the rest varies in order and length
    body = body[:3] + body[3:3 + rng.randint(3, 6)]
    headline = f"{c.partnership} celebrates {c.scheme.split()[0]} success for {c.programme}"
    day, month = rng.randint(1, 28), rng.choice(["March", "June", "September", "November"])
    parts = [headline, *body]
    if i % 3 == 0:
        parts.insert(0, f"date {c.year}-{rng.randint(1, 12):02d}-{day:02d}")
    else:
        parts.append(f"{day} {month} {c.year}")
    return "\n\n".join(parts) + "\n"


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(n):
        text = article(i, rng)
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def word_count(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def spacy_ceiling(texts: list[str], processes: int) -> dict:
    """Words/s of the bare pipeline: spaCy's own speed, the most a build can approach.

    With n_process > 1 spaCy sends every Doc back to the parent serialised; kg's workers
    return only the facts, so a build can beat this figure. The one-process rate times
    the number of processes (perfect scaling) is the stricter ceiling.
    """
    import spacy

    from kg.nlp import model_name

    nlp = spacy.load(model_name())  # plain spaCy: no kg components in the ceiling
    result = {}
    for key, sample, n_process in (("parallel", texts, processes), ("one_process", texts[:400], 1)):
        started, cpu = time.perf_counter(), cpu_seconds()
        for _ in nlp.pipe(sample, batch_size=32, n_process=n_process):
            pass
        seconds = time.perf_counter() - started
        result[key] = {"seconds": seconds, "words_per_second": word_count(sample) / seconds,
                       "cpu_seconds": cpu_seconds() - cpu}
    result["seconds"] = result["parallel"]["seconds"]
    result["words_per_second"] = result["parallel"]["words_per_second"]
    result["perfect_scaling_words_per_second"] = result["one_process"]["words_per_second"] * processes
    return result


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children waited for so far: on a
    shared machine, what a run cost whatever else ran alongside."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def kg_command() -> list[str]:
    return [sys.executable, "-c", "from kg.cli import cli; cli()"]


def full_build(corpus: Path, store: Path, processes: int, words: int, *extra: str) -> dict:
    """`kg build` in a subprocess; peak RSS is that of its largest process (main or worker)."""
    started, cpu = time.perf_counter(), cpu_seconds()
    proc = subprocess.run([*kg_command(), "build", str(corpus), "--store", str(store), "-j", str(processes), *extra],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu
    if proc.returncode != 0:
        sys.exit(f"kg build failed ({proc.returncode}):\n{proc.stderr}")
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"seconds": seconds, "words_per_second": words / seconds, "peak_rss_mib": peak_kib / 1024,
            "cpu_seconds": cpu, "summary": proc.stdout.strip()}


def profile_build(corpus: Path, store: Path, top: int = 25) -> str:
    """cProfile of an in-process, one-process build: where the time goes."""
    from kg.pipeline import build

    profiler = cProfile.Profile()
    profiler.enable()
    build([corpus], store, processes=1)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--articles", type=int, default=2000, help="corpus size [2000]")
    ap.add_argument("-j", "--processes", type=int, default=2, help="processes for spaCy and kg build [2]")
    ap.add_argument("--workdir", type=Path, default=None, help="where to write the corpus and store [a temp dir]")
    ap.add_argument("--profile", action="store_true", help="also cProfile a one-process build of the corpus")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--dask", action="store_true",
                    help="also build on a local Dask cluster of 1 and of 2 workers (kg build --workers N)")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = args.workdir or Path(tmp)
        corpus = work / "corpus"
        texts = make_corpus(corpus, args.articles)
        words = word_count(texts)
        print(f"corpus: {len(texts):,} articles, {words:,} words ({words / len(texts):.0f} per article) in {corpus}",
              file=sys.stderr)
        # The build goes first: its peak RSS is read from this process's children, which
        # spaCy's own worker processes would join afterwards.
        built = full_build(corpus, work / "store", args.processes, words)
        print(f"kg build done in {built['seconds']:.1f}s", file=sys.stderr)
        ceiling = spacy_ceiling(texts, args.processes)
        ratio = built["words_per_second"] / ceiling["words_per_second"]
        result = {"articles": len(texts), "words": words, "processes": args.processes,
                  "spacy": ceiling, "build": built, "build_to_spacy_ratio": ratio}
        if not args.json:
            print(f"spaCy ceiling:  {ceiling['words_per_second']:>9,.0f} words/s ({ceiling['seconds']:.1f}s, "
                  f"nlp.pipe n_process={args.processes})")
            print(f"spaCy 1 proc:   {ceiling['one_process']['words_per_second']:>9,.0f} words/s "
                  f"(x{args.processes} = {ceiling['perfect_scaling_words_per_second']:,.0f} with perfect scaling)")
            print(f"kg build:       {built['words_per_second']:>9,.0f} words/s ({built['seconds']:.1f}s wall, "
                  f"peak RSS {built['peak_rss_mib']:,.0f} MiB)")
            print(f"build / spaCy:  {ratio:.2f} (build / perfect scaling: "
                  f"{built['words_per_second'] / ceiling['perfect_scaling_words_per_second']:.2f})")
            print(f"CPU time:       spaCy {ceiling['parallel']['cpu_seconds']:.1f} s (n_process={args.processes}), "
                  f"{ceiling['one_process']['cpu_seconds']:.1f} s (1 process, first 400); kg build "
                  f"{built['cpu_seconds']:.1f} s; spaCy / build {ceiling['parallel']['cpu_seconds'] / built['cpu_seconds']:.2f}")
            print(f"  {built['summary']}")
        if args.dask:
            for n in (1, 2):
                run = full_build(corpus, work / f"store-dask-{n}", args.processes, words, "--workers", str(n))
                result[f"dask_{n}"] = run
                print(f"kg build on {n} Dask worker(s): {run['words_per_second']:>9,.0f} words/s "
                      f"({run['seconds']:.1f}s wall, local build {built['words_per_second']:,.0f} words/s)")
        if args.json:
            print(json.dumps(result, indent=2))
        if args.profile:
            print(profile_build(corpus, work / "store-profile"))


if __name__ == "__main__":
    main()
