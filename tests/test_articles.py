"""Reading articles: text, Markdown, HTML (main text only) and JSON Lines; dates and titles."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg import articles
from kg.articles import Article, SkippedFile, find_date, guess_title, read_articles

from conftest import SEEDS, seed_text

DATA = Path(__file__).resolve().parent / "data"

NEWS = """Sunderland partnership named finalist in national care awards

All Together Better Sunderland has been named a finalist in the Integrated Care Award at the HSJ Awards 2022.

Fiona Brown, executive director of people services at Sunderland City Council, said the alliance had changed how
community services work with GPs across the city.
"""


def read_one(path: Path) -> Article:
    result = read_articles([path])
    assert result.skipped == []
    (article,) = result.articles
    return article


# --- plain text and Markdown -------------------------------------------------------------
def test_seeds_are_read_whole_with_stable_keys():
    first, second = read_articles([SEEDS]), read_articles([SEEDS])
    assert [a.source for a in first.articles] == sorted(f"seeds/{p.name}" for p in SEEDS.glob("*.txt"))
    assert first.skipped == []
    assert [a.key for a in first.articles] == [a.key for a in second.articles]
    assert len({a.key for a in first.articles}) == 5
    assert first.articles[4].text == seed_text("004")


def test_txt_article_gets_title_and_content_hash(tmp_path):
    path = tmp_path / "sunderland.txt"
    path.write_text(NEWS, encoding="utf-8")
    article = read_one(path)
    assert article.title == "Sunderland partnership named finalist in national care awards"
    assert article.text == NEWS
    assert len(article.content_hash) == 64
    assert article.iri.endswith("/article/" + article.key)


def test_markdown_and_windows_line_ends(tmp_path):
    path = tmp_path / "note.md"
    path.write_bytes(b"\xef\xbb\xbf# Council news\r\n\r\nFiona Brown, director of public health, spoke.\r\n")
    article = read_one(path)
    assert "\r" not in article.text and not article.text.startswith("\ufeff")
    assert "Fiona Brown, director of public health, spoke." in article.text


def test_identity_is_the_text_not_the_path(tmp_path):
    for folder, text in (("a", NEWS), ("b", NEWS), ("c", NEWS + "\nA later paragraph.\n")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    result = read_articles([tmp_path])
    a, b, c = result.articles
    assert a.key == b.key != c.key  # the same text in two folders is one article
    assert [x.source for x in result.articles] == [f"{tmp_path.name}/{f}/story.txt" for f in "abc"]
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    (moved / "renamed.txt").write_text(NEWS, encoding="utf-8")
    assert read_articles([moved]).articles[0].iri == a.iri


def test_hidden_files_and_folders_are_left_out(tmp_path):
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "story.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / ".draft.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "story.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = read_articles([tmp_path])
    assert [Path(a.source).name for a in result.articles] == ["story.txt"]
    assert result.skipped == []  # unsupported files inside a folder are simply not articles


# --- HTML ----------------------------------------------------------------------------------
def test_html_keeps_the_article_and_drops_boilerplate():
    article = read_one(DATA / "build_news_page.html")
    text = article.text
    assert "Leeds Health and Care Partnership has won the Place Based Partnership and Integrated Care Award" in text
    assert "Tim Ryley, chief executive of NHS West Yorkshire Integrated Care Board, said" in text
    assert "Councillor Fiona Venner, executive member for adult social care" in text
    for boilerplate in ("cookies", "Jobs board", "Subscribe today", "Privacy policy", "All rights reserved",
                        "Sign up to our newsletter", "Most read", "dataLayer"):
        assert boilerplate not in text
    assert article.title == "Leeds partnership wins integrated care award"
    assert article.date == date(2023, 11, 17)


def test_html_without_article_text_is_skipped(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><script>var a = 1;</script></head><body><img src='a.png'></body></html>",
                    encoding="utf-8")
    result = read_articles([path])
    assert result.articles == []
    assert result.skipped[0].reason == f"{path}: no article text found in the HTML"


def test_html_page_larger_than_an_article_limit_is_read(tmp_path, monkeypatch):
    """Markup and scripts are not article text: only the extracted text is held to the limit."""
    page = (DATA / "build_news_page.html").read_text(encoding="utf-8")
    padding = "<script>var x = '" + "x" * 6000 + "';</script>"
    path = tmp_path / "big.html"
    path.write_text(page.replace("</head>", padding + "</head>"), encoding="utf-8")
    monkeypatch.setattr(articles, "MAX_ARTICLE_CHARS", 5000)
    assert "Leeds City Council" in read_one(path).text


# --- JSON Lines ------------------------------------------------------------------------------
def test_jsonl_reads_good_lines_and_reports_bad_ones(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": NEWS, "url": "https://news.example/sunderland", "title": "Sunderland finalist",
                    "date": "2022-09-14T08:00:00Z"}),
        '{"text": "broken',
        json.dumps({"url": "https://news.example/no-text", "title": "No text"}),
        "",
        json.dumps({"text": "Jill Colbert, corporate director at Trafford Council, welcomed the award."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Dated story.", "date": "yesterday"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_articles([path])

    first, second = result.articles
    assert (first.source, first.title, first.date) == ("https://news.example/sunderland", "Sunderland finalist",
                                                      date(2022, 9, 14))
    assert first.text == NEWS
    assert second.source == "feed.jsonl#5" and second.date is None
    assert first.key != second.key
    assert [s.path for s in result.skipped] == [f"{path}:2", f"{path}:3", f"{path}:6", f"{path}:7"]
    reasons = [s.reason for s in result.skipped]
    assert reasons[0].startswith(f"{path}:2: not valid JSON")
    assert reasons[1] == f'{path}:3: each line needs an object with a non-empty "text"'
    assert "'yesterday'" in reasons[3]


def test_jsonl_keys_are_stable_and_ids_are_used(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": NEWS, "id": "Story 42"}) + "\n" + json.dumps({"text": NEWS}) + "\n",
                    encoding="utf-8")
    keys = [a.key for a in read_articles([path]).articles]
    assert keys[0] == "story-42"
    assert keys == [a.key for a in read_articles([path]).articles]


def test_jsonl_line_with_lone_surrogate_is_skipped(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "bad \\ud800 text"}\n' + json.dumps({"text": NEWS}) + "\n", encoding="utf-8")
    result = read_articles([path])
    assert len(result.articles) == 1
    assert result.skipped[0].path == f"{path}:1" and "surrogate" in result.skipped[0].reason


def test_jsonl_with_invalid_utf8_is_skipped_whole(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_bytes(json.dumps({"text": NEWS}).encode() + b'\n{"text": "caf\xe9"}\n')
    result = read_articles([path])
    assert result.articles == []
    assert result.skipped == [SkippedFile(str(path), f"{path}: not valid UTF-8 (byte 0xe9 at offset "
                                                     f"{len(json.dumps({'text': NEWS})) + 14})")]


# --- dates and titles -----------------------------------------------------------------------------
def test_seed_dates_match_the_gold_files(seed_gold):
    by_source = {Path(a.source).name: a for a in read_articles([SEEDS]).articles}
    for gold in seed_gold.values():
        expected = date.fromisoformat(gold["date"]) if gold["date"] else None
        assert by_source[gold["source"]].date == expected, gold["source"]


@pytest.mark.parametrize("text, expected", [
    (" date 2023-11-21 Walsall Together has been crowned the winner of an award for its work.\n\nMore.", date(2023, 11, 21)),
    ("Headline\n\nBody text of the story.\n\n26 July 2017\n", date(2017, 7, 26)),
    ("Published: 3 March 2015\nHeadline\n\nBody.", date(2015, 3, 3)),
    ("Headline\nPosted November 5, 2019\n\nBody.", date(2019, 11, 5)),
    ("Headline\n\nThe pilot ran from 1 April 2016 until the spring, when the council extended it across the "
     "borough.\n\nMore text follows here.", None),
    ("Headline\n\ndate 2023-02-30\n\nBody.", None),
])
def test_find_date_reads_datelines_and_foot_lines_only(text, expected):
    assert find_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Update to five-year health and social care plan published following public feedback\n\nThe plan.",
     "Update to five-year health and social care plan published following public feedback"),
    ("date 2023-11-21\nCouncil wins award\n\nBody.", "Council wins award"),
    ("The council said it was proud of the work done by its staff over the year.\n\nMore.", None),
    ("Jill Colbert said:\n\u201cWe are proud.\u201d", None),
])
def test_guess_title(text, expected):
    assert guess_title(text) == expected


def test_seed_titles():
    titles = {Path(a.source).name[:3]: a.title for a in read_articles([SEEDS]).articles}
    assert titles["002"] == "Update to five-year health and social care plan published following public feedback"
    assert titles["004"] is None  # its first line is a dateline run into the first sentence
