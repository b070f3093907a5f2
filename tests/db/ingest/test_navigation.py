"""A wiki's navigation lines ("Main article: …", "See also: …", "Further information: …")
point to another page: they make no event, from a scraped table's records or an article's
text, and a date in them (the page's "(1925)") dates nothing."""

from __future__ import annotations

import datetime
import json

import pytest
import sqlite_utils

from db.ingest.article_import import import_articles
from db.ingest.importers import import_events
from db.ingest.mapping import EventMapping
from db.ingest.navigation import is_navigation, on_navigation_line

MAPPING = {
    "title": {"column": "text", "first_sentence": True},
    "text": "text",
    "start": "date",
    "lane": {"value": "Chronology"},
    "rejoin": ["heading"],
}


@pytest.mark.parametrize(
    "line",
    [
        "Main article: Flood of the Lower Valley (1953)",
        "Main articles: Dock strike of 1889 and Match girls' strike",
        "See also: Harbour fire",
        "  see also : Harbour fire",
        "Further information: Railway strike of 1911",
        "For more information: Tramway strike",
        "Related articles: Ferry disaster",
    ],
)
def test_navigation_lines(line):
    assert is_navigation(line)


@pytest.mark.parametrize(
    "line",
    [
        "The main article of the new law: a tax on imports was passed on 3 May.",
        "See the map below for the area flooded in 1953.",
        "Also seen: a second fire at the harbour.",
        "",
        None,
    ],
)
def test_sentences_that_only_contain_the_words_are_not_navigation(line):
    assert not is_navigation(line)


def test_only_the_navigation_line_itself_is_navigation():
    text = "The levee held.\nSee also: Flood of 1953\nThe water rose on 2 February."
    assert on_navigation_line(text, text.index("1953"))
    assert not on_navigation_line(text, text.index("2 February"))
    assert not on_navigation_line(text, text.index("levee"))


def test_a_table_s_navigation_records_make_no_event(tmp_path):
    rows = [
        {"date": "1953-02-01", "heading": "1 February",
         "text": "Main article: Flood of the Lower Valley (1953)"},
        {"date": "1953-02-01", "heading": "1 February",
         "text": "The sea wall at Harwick gave way during the night."},
        {"date": "1953-02-01", "heading": "1 February", "text": "See also: Storm tide"},
        {"date": "1953-02-02", "heading": "2 February",
         "text": "Further information: Evacuation of the islands"},
        {"date": "1953-02-02", "heading": "2 February",
         "text": "Troops began moving families off the islands by"},
        {"date": "1953-02-02", "heading": "2 February", "text": "boat and lorry."},
    ]  # fmt: skip
    records = tmp_path / "flood.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db_path = tmp_path / "out.db"
    report = import_events(db_path, records, EventMapping.from_dict(MAPPING))
    assert not report.failed and report.navigation == 3
    assert "3 navigation lines left out" in report.summary()
    db = sqlite_utils.Database(db_path)
    titles = [r["title"] for r in db.query("SELECT title FROM events ORDER BY id")]
    assert titles == [
        "The sea wall at Harwick gave way during the night.",
        "Troops began moving families off the islands by boat and lorry.",
    ]
    db.close()


def test_an_article_s_navigation_line_dates_nothing(tmp_path):
    article = tmp_path / "levee.txt"
    article.write_text(
        "History / Netherlands\n\n"
        "How the southern levee failed\n\n"
        "Main article: Flood of the Lower Valley (1953)\n\n"
        "See also: Storm tide of January 1953\n\n"
        "The levee at Harwick broke on 1 February 1953, and the polder behind it flooded.\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "out.db"
    report = import_articles(db_path, [article], published=datetime.date(2023, 1, 30))
    assert not report.failed
    db = sqlite_utils.Database(db_path)
    events = list(db.query("SELECT start, title, text FROM events WHERE kind = 'sentence'"))
    assert events and all("1953-02-01" == e["start"] for e in events), events
    assert not [e for e in events if "Main article" in e["text"] or "See also" in e["text"]]
    db.close()
