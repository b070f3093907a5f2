"""Publication dates found when --published is absent: a dateline line, an agency dateline, an
HTML page's metadata, a date in the folder or file name; and what an undated import says."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import sqlite_utils

from db.ingest.articles import parse_article
from db.ingest.cli import main
from db.ingest.importers import import_articles
from db.ingest.published import agency_dateline, date_in_path, dateline_line, year_in_path

BODY = (
    "Turkey said on Monday it would send more troops to Libya.\n\n"
    "Officials met yesterday in the capital to discuss the plan."
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def article_and_events(db_path: Path) -> tuple[dict, list[dict]]:
    db = sqlite_utils.Database(db_path)
    try:
        article = next(db.query("SELECT * FROM articles"))
        events = list(db.query("SELECT kind, start, title FROM events ORDER BY start_key, id"))
    finally:
        db.close()
    return article, events


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Monday, 23 December 2019", "2019-12-23"),
        ("Tuesday, July 11, 2023", "2023-07-11"),
        ("Published: 23 December 2019 14:05 GMT", "2019-12-23"),
        ("Posted on December 23, 2019 at 10:30 am", "2019-12-23"),
        ("2019-12-23", "2019-12-23"),
    ],
)
def test_a_line_that_is_only_a_date_is_a_dateline(line, day):
    assert dateline_line(line).date == datetime.date.fromisoformat(day)


@pytest.mark.parametrize(
    "line",
    [
        "Updated 24 Dec 2019",  # an update's date is not the publication's
        "23 December 2019: the day the talks failed",
        "Turkey signed a deal on 23 December 2019.",
        "December 2019",  # not a day
    ],
)
def test_a_sentence_or_an_update_is_no_dateline(line):
    assert dateline_line(line) is None


def test_agency_datelines_with_and_without_their_year():
    ankara = agency_dateline("ANKARA, Dec. 23 (Reuters) - Turkey will send troops.")
    assert ankara.date is None and ankara.month_day == (12, 23)
    assert ankara.with_year(2019) == datetime.date(2019, 12, 23)
    cairo = agency_dateline("CAIRO, Feb. 11, 2011 (AP) — Mubarak resigned.")
    assert cairo.date == datetime.date(2011, 2, 11)
    beirut = agency_dateline("BEIRUT, Lebanon, Jan. 3, 2012 (Reuters) - Talks resumed.")
    assert beirut.date == datetime.date(2012, 1, 3)
    assert agency_dateline("WASHINGTON (Reuters) - No date here.") is None
    assert agency_dateline("In Ankara, Dec. 23 - officials said") is None


def test_dates_in_paths():
    assert date_in_path("/a/2019/12/23/post.txt") == datetime.date(2019, 12, 23)
    assert date_in_path("/a/2019-12-23-slug.txt") == datetime.date(2019, 12, 23)
    assert date_in_path("/x/2011-01-26/post.txt") == datetime.date(2011, 1, 26)
    assert date_in_path("/x/2019/02/30/post.txt") is None  # no such day
    assert date_in_path("/x/test_post0/a.txt") is None
    assert year_in_path("/x/2019/post.txt") == 2019 and year_in_path("/x/y/post.txt") is None


def test_a_dateline_line_dates_the_article_and_leaves_its_text(tmp_path):
    path = write(
        tmp_path / "a" / "talks.txt", f"Talks in Moscow\n\nMonday, 23 December 2019\n\n{BODY}"
    )
    article = parse_article(path.read_text())
    assert article.headline == "Talks in Moscow"
    assert article.published == datetime.date(2019, 12, 23)
    assert "23 December" not in article.body

    db_path = tmp_path / "t.db"
    report = import_articles(db_path, [path])
    assert report.dates_from == {"its dateline": 1}
    row, events = article_and_events(db_path)
    assert row["published"] == "2019-12-23"
    starts = {e["start"] for e in events if e["kind"] != "publication"}
    assert starts == {"2019-12-23", "2019-12-22"}  # "on Monday" is that day; "yesterday"
    assert [e["title"] for e in events if e["kind"] == "publication"] == ["Talks in Moscow"]


def test_a_year_less_agency_dateline_takes_the_year_of_its_folder(tmp_path):
    text = f"Turkey to send troops\n\nANKARA, Dec. 23 (Reuters) - {BODY}"
    dated = write(tmp_path / "2019" / "troops.txt", text)
    report = import_articles(tmp_path / "t.db", [dated])
    row, _ = article_and_events(tmp_path / "t.db")
    assert row["published"] == "2019-12-23"
    assert list(report.dates_from) == ["its dateline and the year in its folder or file name"]

    # without a year anywhere the dateline is not used: the article stays undated, and says so
    # ("Dec. 23" itself, "on Monday" and "yesterday" are left unresolved)
    undated = write(tmp_path / "inbox" / "troops.txt", text)
    report = import_articles(tmp_path / "u.db", [undated])
    row, events = article_and_events(tmp_path / "u.db")
    assert row["published"] is None and events == []
    assert report.dates_from == {"none": 1}
    assert report.notes == [
        (str(undated), "3 relative dates left unresolved: its dateline (Dec. 23) has no year")
    ]


def test_a_folder_or_file_name_dates_the_article(tmp_path):
    by_folder = write(tmp_path / "2011-01-26" / "post.txt", f"Protests in Cairo\n\n{BODY}")
    by_name = write(tmp_path / "posts" / "2011-02-11-mubarak.txt", f"Mubarak resigns\n\n{BODY}")
    report = import_articles(tmp_path / "t.db", [by_folder, by_name])
    assert report.dates_from == {"its folder or file name": 2}
    db = sqlite_utils.Database(tmp_path / "t.db")
    published = sorted(r["published"] for r in db.query("SELECT published FROM articles"))
    db.close()
    assert published == ["2011-01-26", "2011-02-11"]


def test_published_given_wins_and_the_html_page_says_its_own(tmp_path):
    dated = write(tmp_path / "2019" / "12" / "23" / "x.txt", f"Headline here\n\n{BODY}")
    page = write(
        tmp_path / "page.html",
        "<html><head><title>Talks resume</title>"
        '<meta property="article:published_time" content="2020-01-08T10:00:00Z"></head>'
        "<body><article><h1>Talks resume</h1><p>" + BODY.replace("\n\n", "</p><p>") + "</p>"
        "</article></body></html>",
    )
    report = import_articles(tmp_path / "t.db", [dated], published=datetime.date(2019, 12, 30))
    assert report.dates_from == {"given": 1}
    report = import_articles(tmp_path / "p.db", [page])
    row, _ = article_and_events(tmp_path / "p.db")
    assert row["published"] == "2020-01-08"
    assert report.dates_from == {"its page's metadata": 1}


def test_the_command_says_which_dates_it_used_and_what_it_left(tmp_path, capsys):
    dated = write(tmp_path / "a" / "dated.txt", f"One\n\nTuesday, July 11, 2023\n\n{BODY}")
    undated = write(tmp_path / "a" / "undated.txt", f"Two\n\n{BODY}")
    assert main([str(tmp_path / "t.db"), str(dated), str(undated)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1] == "publication dates: 1 from its dateline, 1 none"
    assert out[2] == (
        f"  undated: {undated}: 2 relative dates left unresolved: no publication date"
    )
