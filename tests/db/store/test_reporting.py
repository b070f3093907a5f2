"""What was known when: report days in the index, frames cut "as known on" a day, and the
reporting lags per lane, on real files (the sample article and a second one, a version 1 file)."""

from __future__ import annotations

import datetime
import sqlite3

import numpy as np
import pytest

from db import schema
from db.ingest.importers import import_articles
from db.store.frame import FrameQuery
from db.store.model import UNREPORTED
from db.store.reporting import lag_days, lag_histogram
from db.store.timeline import TimelineStore
from db.timekeys import DAY, period
from tests.conftest import SAMPLE_ARTICLE, add_events
from tests.provenance_files import as_version_1

EARLIER = """News / Syria / Turkey

Talks on Idlib announced

Officials said on Thursday that talks on Idlib would be held in Moscow next week.

The offensive began on December 16, 2019, according to the officials.
"""

AS_OF_22_DEC = period("2019-12-22").end - 1  # the last second of 22 December 2019


@pytest.fixture
def two_articles(tmp_path):
    """The sample article (published 23 Dec 2019), one published 20 Dec 2019, and a record
    with no article (its report day unknown)."""
    path = tmp_path / "two.db"
    earlier = tmp_path / "talks.txt"
    earlier.write_text(EARLIER, encoding="utf-8")
    for file, day in ((SAMPLE_ARTICLE, 23), (earlier, 20)):
        report = import_articles(path, [file], published=datetime.date(2019, 12, day))
        assert report.imported == 1 and not report.failed
    db = schema.open_for_writing(path)
    add_events(db, [{"title": "A record", "start": "2019-12-01", "lane": "Records"}])
    db.conn.commit()
    db.close()
    return path


def _ids(conn: sqlite3.Connection, where: str) -> set[int]:
    return {r[0] for r in conn.execute(f"SELECT id FROM events WHERE {where}")}


def test_as_of_hides_what_was_reported_later(two_articles):
    conn = sqlite3.connect(two_articles)
    late = _ids(conn, "article_id = (SELECT id FROM articles WHERE published = '2019-12-23')")
    early = _ids(conn, "article_id = (SELECT id FROM articles WHERE published = '2019-12-20')")
    record = _ids(conn, "article_id IS NULL")
    conn.close()
    assert late and early and record
    store = TimelineStore.open(two_articles)
    try:
        whole = store.frame(FrameQuery())
        assert set(whole.ids().tolist()) == late | early | record
        known = store.frame(FrameQuery(as_of=AS_OF_22_DEC))
        # The 23 Dec article's events are hidden; the record, reported when no one knows, stays.
        assert set(known.ids().tolist()) == early | record
        assert len(known) == len(early) + 1
        for lane in range(len(known.lanes)):
            assert known.count(lane, -1e15, 1e15) == len(known.window(lane, -1e15, 1e15))
        on_23 = store.frame(FrameQuery(as_of=period("2019-12-23").start))
        assert set(on_23.ids().tolist()) == late | early | record
        before = store.frame(FrameQuery(as_of=period("2019-12-19").end - 1))
        assert set(before.ids().tolist()) == record
    finally:
        store.close()


def test_report_days_load_only_when_asked_and_line_up_with_the_index(two_articles):
    store = TimelineStore.open(two_articles)
    try:
        index = store.load_index()
        assert index.reported is None  # the first paint does not pay for them
        days = store.load_reported(index)
        conn = sqlite3.connect(two_articles)
        wanted = dict(conn.execute("SELECT id, reported_key FROM events"))
        conn.close()
        got = dict(zip(index.ids.tolist(), days.tolist(), strict=True))
        assert got == {i: (UNREPORTED if k is None else k) for i, k in wanted.items()}
    finally:
        store.close()


def test_a_version_1_file_reports_from_its_articles(tmp_path):
    path = tmp_path / "v1.db"
    db = schema.open_for_writing(path)
    article = db["articles"].insert(
        {"headline": "H", "published": "2019-12-23", "body": "B.", "content_hash": "v1"}
    )
    add_events(
        db,
        [
            {"title": "Reported", "start": "2019-12-22", "article_id": article.last_pk},
            {"title": "No article", "start": "2019-12-21"},
        ],
    )
    db.conn.commit()
    db.close()
    as_version_1(path)
    store = TimelineStore.open(path)
    try:
        titles = store.titles(store.frame(FrameQuery(as_of=AS_OF_22_DEC)).ids().tolist())
        assert sorted(titles.values()) == ["No article"]
        lags = lag_histogram(store.frame(FrameQuery()))
        assert lags is not None
        assert lags.lane("Lane")["next day"] == 1 and lags.unknown.tolist() == [1]
    finally:
        store.close()


def test_lags_count_at_the_events_precision():
    day = period("2019-12-10")
    month = period("2019-11")
    starts = np.array([day.start, day.start, day.start, day.start, month.start, month.start])
    ends = np.array([day.end, day.end, day.end, day.end, month.end, month.end])
    reported = np.array(
        [day.start - DAY, day.start, day.start + DAY, day.start + 40 * DAY,
         period("2019-11-20").start, period("2019-12-02").start]
    )  # fmt: skip
    assert lag_days(starts, ends, reported).tolist() == [-1, 0, 1, 40, 0, 2]


def test_an_event_in_the_small_hours_of_the_publication_day_is_reported_that_day():
    # "1:15 a.m. - A section of the dam wall collapsed", in the paper dated that day.
    minute = period("2026-03-21T01:15")
    published = period("2026-03-21").start
    start, end = np.array([minute.start]), np.array([minute.end])
    assert lag_days(start, end, np.array([published])).tolist() == [0]
    # A day-precision report the day before is still before it happened.
    assert lag_days(start, end, np.array([published - DAY])).tolist() == [-1]


def test_the_lag_histogram_of_the_sample(two_articles):
    store = TimelineStore.open(two_articles)
    try:
        frame = store.frame(FrameQuery())
        lags = lag_histogram(frame)
    finally:
        store.close()
    assert lags is not None
    conn = sqlite3.connect(two_articles)
    rows = conn.execute(
        "SELECT coalesce(lane, ''), start_key, end_key, reported_key FROM events "
        "WHERE coalesce(kind, '') != 'publication'"
    ).fetchall()
    conn.close()
    # Counted again by hand from the rows: every bucket of every lane.
    for lane in lags.lanes:
        mine = [r for r in rows if r[0] == lane]
        known = [r for r in mine if r[3] is not None]
        days = lag_days(*(np.array([r[i] for r in known], np.int64) for i in (1, 2, 3)))
        by_hand = {
            "before it happened": int((days < 0).sum()),
            "same day": int((days == 0).sum()),
            "next day": int((days == 1).sum()),
            "2–7 days": int(((days >= 2) & (days <= 7)).sum()),
            "8–30 days": int(((days >= 8) & (days <= 30)).sum()),
            "1–12 months": int(((days >= 31) & (days <= 365)).sum()),
            "over a year": int((days > 365).sum()),
        }
        assert lags.lane(lane) == by_hand
        assert lags.unknown[lags.lanes.index(lane)] == len(mine) - len(known)
    # The sample's Sunday event (22 Dec) was reported the next day, its Monday ones the same day.
    total = lags.counts.sum(axis=0)
    assert total[1] >= 2 and total[2] >= 1
    assert lags.lane("Records") == dict.fromkeys(lags.buckets, 0)


def test_export_as_of_keeps_what_was_known(two_articles, tmp_path):
    from db.export import main as export_main

    out = tmp_path / "known.csv"
    assert export_main([str(two_articles), str(out), "--as-of", "2019-12-22"]) == 0
    known = out.read_text(encoding="utf-8")
    assert "Talks on Idlib announced" in known and "A record" in known
    assert "Turkish delegation" not in known
    assert export_main([str(two_articles), str(out)]) == 0
    assert "Turkish delegation" in out.read_text(encoding="utf-8")
    assert export_main([str(two_articles), str(out), "--as-of", "someday"]) == 2


def test_export_as_of_from_a_version_1_file(tmp_path):
    from db.export import export_csv

    path = tmp_path / "v1.db"
    db = schema.open_for_writing(path)
    for day in ("2019-12-20", "2019-12-23"):
        article = db["articles"].insert(
            {"headline": f"Of {day}", "published": day, "body": "B.", "content_hash": day}
        )
        add_events(db, [{"title": f"Told {day}", "start": "2019-12-19",
                         "article_id": article.last_pk}])  # fmt: skip
    db.conn.commit()
    db.close()
    as_version_1(path)
    out = tmp_path / "v1.csv"
    assert export_csv(path, out, as_of="2019-12-22") == 1
    assert "Told 2019-12-20" in out.read_text(encoding="utf-8")
