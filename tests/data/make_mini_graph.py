"""Regenerate mini.trig: a small hand-written graph, mapped by kg.rdf.mapping exactly as a build would.

The facts mirror the seeds' gold files (tests/gold/seeds), so the saved queries can be tested
before extraction produces them. Run: python tests/data/make_mini_graph.py
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pyoxigraph as ox

from kg.articles import Article
from kg.facts import (ArticleFacts, AwardResult, Evidence, Organisation, Partnership, Person, Post,
                      Quotation)
from kg.rdf.mapping import article_rdf
from kg.rdf.shared import write_articles
from kg.rdf.vocab import PREFIXES

HERE = Path(__file__).resolve().parent


def ev(text: str, start: int = 0) -> Evidence:
    return Evidence(text, start, start + len(text))


def org(name, kind="Other", place=None, aliases=()):
    return Organisation(name, set(aliases), kind, place)


def nottingham() -> tuple[Article, ArticleFacts]:
    s_award = ("Nottingham City Council, Nottingham City CCG and Nottingham CityCare Partnership won the "
               "Improved Partnerships between Health and Local Government award at the HSJ Awards 2016.")
    s_norris = "Cllr Alex Norris, portfolio holder for adults and health at Nottingham City Council, said the award was deserved."
    s_bacon = "Lyn Bacon, chief executive of Nottingham CityCare Partnership, said: \"We are delighted.\""
    s_editor = "Alastair McLellan, editor of the Health Service Journal, said: \"Nottingham shows what partnership can do.\""
    f = ArticleFacts()
    f.people = {n: Person(n, pre) for n, pre in
                [("Alex Norris", ["Cllr"]), ("Lyn Bacon", []), ("Alastair McLellan", [])]}
    f.organisations = {o.name: o for o in [
        org("Nottingham City Council", "LocalAuthority", "Nottingham"),
        org("Nottingham City Clinical Commissioning Group", "CCG", "Nottingham", ["Nottingham City CCG"]),
        org("Nottingham CityCare Partnership", "Other", "Nottingham"),
        org("Health Service Journal", "Media", None, ["HSJ"]),
    ]}
    f.posts = [
        Post("Alex Norris", "Nottingham City Council", "portfolio holder for adults and health",
             "Portfolio Holder for Adults and Health", ev(s_norris, 200), confidence=0.9),
        Post("Lyn Bacon", "Nottingham CityCare Partnership", "chief executive", "Chief Executive",
             ev(s_bacon, 320), confidence=0.9),
        Post("Alastair McLellan", "Health Service Journal", "editor", "Editor", ev(s_editor, 420)),
    ]
    members = ["Nottingham City Council", "Nottingham City Clinical Commissioning Group",
               "Nottingham CityCare Partnership"]
    f.partnerships = [Partnership(None, members, ev(s_award, 0))]
    f.awards = [AwardResult(m, "Improved Partnerships between Health and Local Government", "won", ev(s_award, 0),
                            scheme="HSJ Awards", year=2016, conferred_by="Health Service Journal")
                for m in members]
    f.quotations = [Quotation("Lyn Bacon", "We are delighted.", ev(s_bacon, 320)),
                    Quotation("Alastair McLellan", "Nottingham shows what partnership can do.", ev(s_editor, 420))]
    art = Article(text=s_award + " " + s_norris, source="seeds/000_nottingham.txt", key="000-nottingham",
                  title="Nottingham partnership wins HSJ award")
    art.date = None
    return art, f


def trafford() -> tuple[Article, ArticleFacts]:
    s1 = ("Richard Spearing, integrated network director at Pennine Care NHS Foundation Trust and "
          "Trafford Council, said the teams now work as one.")
    s2 = "Trafford Council and Pennine Care NHS Foundation Trust were joint winners of the Integrated Working North West Award."
    s3 = "Jill Colbert, interim corporate director for children, families and wellbeing at Trafford Council, welcomed it."
    f = ArticleFacts()
    f.people = {n: Person(n) for n in ["Richard Spearing", "Jill Colbert"]}
    f.organisations = {o.name: o for o in [
        org("Trafford Council", "LocalAuthority", "Trafford"),
        org("Pennine Care NHS Foundation Trust", "NHSTrust"),
        org("Health Education England", "GovernmentBody", None, ["HEE"]),
    ]}
    f.posts = [
        Post("Richard Spearing", "Pennine Care NHS Foundation Trust", "integrated network director",
             "Integrated Network Director", ev(s1)),
        Post("Richard Spearing", "Trafford Council", "integrated network director",
             "Integrated Network Director", ev(s1)),
        Post("Jill Colbert", "Trafford Council", "interim corporate director for children, families and wellbeing",
             "Interim Corporate Director for Children, Families and Wellbeing", ev(s3, 300)),
    ]
    f.partnerships = [Partnership(None, ["Trafford Council", "Pennine Care NHS Foundation Trust"], ev(s2, 150))]
    f.awards = [AwardResult(m, "Integrated Working North West Award", "joint_winner", ev(s2, 150),
                            scheme="Health Education England awards", conferred_by="Health Education England")
                for m in ["Trafford Council", "Pennine Care NHS Foundation Trust"]]
    f.quotations = [Quotation("Richard Spearing", "the teams now work as one", ev(s1))]
    art = Article(text=s1 + " " + s2 + " " + s3, source="seeds/001_trafford.txt", key="001-trafford",
                  title="Trafford integrated working award")
    art.date = None
    return art, f


def cheshire() -> tuple[Article, ArticleFacts]:
    s1 = ("Cheshire East Council, Cheshire West and Chester Council and NHS Eastern Cheshire CCG have been "
          "shortlisted as an Integration Pioneer.")
    s2 = "Councillor Michael Jones, leader of Cheshire East Council, said: \"This is great news for Cheshire.\""
    f = ArticleFacts()
    f.people = {"Michael Jones": Person("Michael Jones", ["Councillor"])}
    f.organisations = {o.name: o for o in [
        org("Cheshire East Council", "LocalAuthority", "Cheshire East"),
        org("Cheshire West and Chester Council", "LocalAuthority", "Cheshire West and Chester"),
        org("NHS Eastern Cheshire Clinical Commissioning Group", "CCG", None, ["NHS Eastern Cheshire CCG"]),
    ]}
    f.posts = [Post("Michael Jones", "Cheshire East Council", "leader", "Council Leader", ev(s2, 200), confidence=0.85)]
    members = ["Cheshire East Council", "Cheshire West and Chester Council",
               "NHS Eastern Cheshire Clinical Commissioning Group"]
    f.partnerships = [Partnership(None, members, ev(s1))]
    f.awards = [AwardResult(m, "Integration Pioneer", "shortlisted", ev(s1), conferred_by="Government")
                for m in members]
    f.quotations = [Quotation("Michael Jones", "This is great news for Cheshire.", ev(s2, 200))]
    art = Article(text=s1 + " " + s2, source="seeds/003_cheshire.txt", key="003-cheshire",
                  title="Cheshire shortlisted as integration pioneer", date=date(2013, 10, 1))
    return art, f


def walsall() -> tuple[Article, ArticleFacts]:
    s1 = "Walsall Together won the Place Based Partnership and Integrated Care Award at the HSJ Awards 2023."
    s2 = ("Michelle McManus, director of transformation and place development for Walsall Together, said: "
          "\"The award recognises years of work.\"")
    s3 = "Alastair McLellan, editor of the HSJ, said: \"Walsall is a worthy winner.\""
    f = ArticleFacts()
    f.people = {n: Person(n) for n in ["Michelle McManus", "Alastair McLellan"]}
    f.organisations = {o.name: o for o in [
        org("Walsall Together", "Partnership", "Walsall"),
        org("Health Service Journal", "Media", None, ["HSJ"]),
        org("Pennine Care NHS Foundation Trust", "NHSTrust"),
    ]}
    f.posts = [
        Post("Michelle McManus", "Walsall Together", "director of transformation and place development for Walsall Together",
             "Director of Transformation and Place Development", ev(s2, 120), confidence=0.9),
        Post("Alastair McLellan", "Health Service Journal", "editor", "Editor", ev(s3, 300)),
        Post("Alastair McLellan", "Pennine Care NHS Foundation Trust", "former non-executive director",
             "Non-Executive Director", ev(s3, 300), former=True, confidence=0.5),
    ]
    f.awards = [AwardResult("Walsall Together", "Place Based Partnership and Integrated Care Award", "won", ev(s1),
                            scheme="HSJ Awards", year=2023, conferred_by="Health Service Journal")]
    f.quotations = [Quotation("Michelle McManus", "The award recognises years of work.", ev(s2, 120)),
                    Quotation("Alastair McLellan", "Walsall is a worthy winner.", ev(s3, 300))]
    art = Article(text=s1 + " " + s2 + " " + s3, source="seeds/004_walsall.txt", key="004-walsall-together",
                  title="Walsall Together wins at HSJ Awards", date=date(2023, 11, 21))
    return art, f


def main() -> None:
    store = ox.Store()  # in memory: article graphs and the shared graph, written as a build does
    write_articles(store, [(art.iri, article_rdf(art, facts))
                           for art, facts in [nottingham(), trafford(), cheshire(), walsall()]])
    out = HERE / "mini.trig"
    out.write_bytes(ox.serialize(store, format=ox.RdfFormat.TRIG, prefixes=PREFIXES))
    print(f"wrote {out} ({len(store)} quads)")


if __name__ == "__main__":
    main()
