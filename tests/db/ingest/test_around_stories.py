"""Dateless happenings (placed around their report's publication day) told in the same words by
articles of neighbouring publication days become one story (db/ingest/around_stories.py), on
real article files of our own."""

from __future__ import annotations

import datetime
import sqlite3

import pytest

from db.ingest.around_stories import happening_key
from db.ingest.importers import ArticleFile, import_articles

DAM = "Engineers opened the spillway gates of the Kariba dam to relieve the reservoir."
SHORT = "He declined to comment."

MONDAY_POST = f"""News / Zambia

Rains swell the Zambezi

{DAM}

The water authority warned farmers downstream to move their cattle on Monday.

{SHORT}
"""

TUESDAY_WIRE = f"""Africa / Energy

Power cuts feared as Kariba fills

{DAM}

The national utility said power cuts were likely next week.

{SHORT}
"""

THURSDAY_DIGEST = f"""Weekly / Southern Africa

The week in review

{DAM}
"""


def write(tmp_path, name: str, text: str, day: int, source: str) -> ArticleFile:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return ArticleFile(path, published=datetime.date(2024, 3, day), source=source)


def around_events(path) -> list[tuple[int, int, str, int | None, str]]:
    """(id, article, start, story, text) of the events placed around their publication day."""
    conn = sqlite3.connect(path)
    rows = conn.execute(
        """SELECT id, article_id, start, story_id, text FROM events
           WHERE kind = 'sentence' AND instr(provenance, '"around": true') > 0 ORDER BY id"""
    ).fetchall()
    conn.close()
    return rows


@pytest.fixture
def articles(tmp_path):
    return (
        write(tmp_path, "monday.txt", MONDAY_POST, 4, "Valley Post"),
        write(tmp_path, "tuesday.txt", TUESDAY_WIRE, 5, "Capital Wire"),
        write(tmp_path, "thursday.txt", THURSDAY_DIGEST, 7, "Weekly Digest"),
    )


def test_the_same_dateless_happening_a_day_apart_is_one_story(tmp_path, articles):
    monday, tuesday, thursday = articles
    path = tmp_path / "news.db"
    report = import_articles(path, [monday, tuesday, thursday])
    assert report.grouped == 1
    rows = around_events(path)
    dam = [r for r in rows if r[4] == DAM]
    assert [r[2] for r in dam] == ["2024-03-04", "2024-03-05", "2024-03-07"]
    first, second, third = dam
    # Monday's report is the story's first (published first); Tuesday's joins it; Thursday's
    # is three days later: not a neighbouring day, its own story.
    assert first[3] == second[3] == first[0]
    assert third[3] is None
    # A short sentence said of many happenings groups nothing, whatever the days.
    assert [r[3] for r in rows if r[4] == SHORT] == [None, None]
    # What was dated by words stays out of it.
    assert len({r[1] for r in rows}) == 3


def test_grouping_follows_the_publication_days_not_the_import_order(tmp_path, articles):
    monday, tuesday, _ = articles
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    import_articles(together, [tuesday, monday])
    import_articles(apart, [tuesday])
    assert import_articles(apart, [monday]).grouped == 1
    for path in (together, apart):
        dam = {r[2]: r for r in around_events(path) if r[4] == DAM}
        # The Monday report, imported second, is the story's first: published first.
        assert dam["2024-03-04"][3] == dam["2024-03-05"][3] == dam["2024-03-04"][0]
    assert import_articles(apart, [monday, tuesday]).grouped == 0  # again: nothing new


def test_happening_key():
    assert happening_key("Engineers opened the gates", DAM) == happening_key(
        "engineers opened the gates", DAM.upper().replace(".", "!")
    )
    assert happening_key("He declined to comment", SHORT) is None
    assert happening_key("Engineers opened the gates", DAM) != happening_key(
        "The reservoir was relieved", DAM
    )
