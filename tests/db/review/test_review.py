"""Reviews on real files: kept apart from the imported rows, applied on read, exported."""

import csv
import datetime
import sqlite3

import pytest

from db.errors import TimelineError
from db.export import export_csv
from db.ingest.importers import import_articles
from db.review.merge import merge_reviews
from db.review.state import DateValue, parse_date
from db.review.writer import ReviewWriter
from db.store.frame import FrameQuery
from db.store.model import ACCEPTED, CORRECTED, IMPRECISE, RANGE, REJECTED
from db.store.timeline import TimelineStore
from db.timekeys import DateError, period
from tests.conftest import SAMPLE_ARTICLE
from tests.reviewing import sunday_event


def _import(path):
    return import_articles(path, [SAMPLE_ARTICLE], published=datetime.date(2019, 12, 23))


@pytest.fixture
def sample_db(tmp_path):
    path = tmp_path / "sample.db"
    assert _import(path).imported == 1
    return path


def _events_rows(path):
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT * FROM events ORDER BY id").fetchall()
    conn.close()
    return rows


def test_parse_date_keeps_precision_range_and_around():
    assert parse_date("2019-12-22") == DateValue("2019-12-22", None, "day", False)
    assert parse_date("2019-12") == DateValue("2019-12", None, "month", False)
    assert parse_date("~2019") == DateValue("2019", None, "year", True)
    assert parse_date("around 2019-12-20..2019-12-22") == DateValue(
        "2019-12-20", "2019-12-22", "day", True
    )
    assert parse_date("~2019-12-20..2019-12-22").text() == "~2019-12-20..2019-12-22"
    for bad in ("", "yesterday", "2019-13", "2019-12-22..2019-12-01", "2019.."):
        with pytest.raises(DateError):
            parse_date(bad)


def test_a_correction_survives_reimport_and_shows_in_csv_export(sample_db, tmp_path):
    event_id = sunday_event(sample_db)
    imported = _events_rows(sample_db)
    with ReviewWriter(sample_db, "ana") as writer:
        entry = writer.correct_date(event_id, parse_date("~2019-12-21"), "the speech was Saturday")
        writer.retitle(event_id, "Erdogan offers Libya more support")
    assert entry.old == {"start": "2019-12-22", "end": None, "precision": "day", "around": False}
    assert entry.new["start"] == "2019-12-21" and entry.new["around"] is True
    assert _events_rows(sample_db) == imported  # the imported rows are as they were

    assert _import(sample_db).imported == 0  # the same article again: nothing new
    assert _events_rows(sample_db) == imported

    out = tmp_path / "out.csv"
    export_csv(sample_db, out)
    rows = {int(r["id"]): r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows[event_id]["start"] == "2019-12-21"
    assert rows[event_id]["title"] == "Erdogan offers Libya more support"
    starts = [period(r["start"]).start for r in rows.values()]
    assert starts == sorted(starts)  # the corrected event moved to its place

    store = TimelineStore.open(sample_db)
    try:
        detail = store.event(event_id)
        assert (detail.start, detail.title) == ("2019-12-21", "Erdogan offers Libya more support")
        assert detail.review is not None and detail.review.name == "corrected"
        assert [e.action for e in detail.review.history] == ["date", "title"]
        assert detail.review.history[0].reviewer == "ana"
        assert detail.review.history[0].note == "the speech was Saturday"
        assert store.titles([event_id]) == {event_id: "Erdogan offers Libya more support"}
        place = store.frame(FrameQuery()).locate(event_id)
        assert place.start == period("2019-12-21").start
        assert place.flags & CORRECTED and place.flags & IMPRECISE and not place.flags & RANGE
    finally:
        store.close()


def test_the_writer_uses_wal_and_one_table_created_once(tiny_db):
    with ReviewWriter(tiny_db, "ana") as writer:
        writer.accept(1)
    with ReviewWriter(tiny_db, "ben") as writer:  # the table is there: created if missing only
        writer.reject(4, "not news")
        assert [(e.reviewer, e.action) for e in writer.entries()] == [
            ("ana", "accept"), ("ben", "reject"),
        ]  # fmt: skip
    conn = sqlite3.connect(tiny_db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_flags_and_the_review_filter(tiny_db):
    with ReviewWriter(tiny_db, "ana") as writer:
        writer.accept(1)
        writer.reject(4)
        writer.record(4, "restore")
        writer.reject(4)
        writer.move(3, "C")
    store = TimelineStore.open(tiny_db)
    try:
        whole = store.frame(FrameQuery())
        assert whole.lanes == ("A", "B", "C")
        assert whole.locate(1).flags & ACCEPTED
        assert whole.locate(4).flags & REJECTED
        assert whole.lanes[whole.locate(3).lane] == "C"
        hidden = store.frame(FrameQuery(review=frozenset({"unreviewed", "accepted", "corrected"})))
        assert sorted(hidden.ids().tolist()) == [1, 2, 3]
        only = store.frame(FrameQuery(review=frozenset({"corrected"})))
        assert only.ids().tolist() == [3]
        assert store.event(4).review.verdict == "rejected"
        assert store.event(2).review is None
    finally:
        store.close()


def test_a_rejected_event_is_left_out_of_export(tiny_db, tmp_path):
    with ReviewWriter(tiny_db) as writer:
        writer.reject(2)
    out = tmp_path / "out.csv"
    assert export_csv(tiny_db, out) == 3
    assert export_csv(tiny_db, out, ids=[1, 2]) == 2  # named by id (the viewer shows it)


def test_export_filters_apply_to_corrected_values(tiny_db, tmp_path):
    with ReviewWriter(tiny_db) as writer:
        writer.move(1, "B")
        writer.correct_date(4, parse_date("2018"))
    out = tmp_path / "out.csv"
    export_csv(tiny_db, out, lanes=["B"])
    assert [r["id"] for r in csv.DictReader(out.open())] == ["4", "3", "1"]  # 4: now 2018
    export_csv(tiny_db, out, since="2019-12-10")
    assert [r["id"] for r in csv.DictReader(out.open())] == []
    export_csv(tiny_db, out)
    assert [r["id"] for r in csv.DictReader(out.open())] == ["4", "3", "1", "2"]


def test_a_writer_refuses_unknown_events_and_foreign_files(tiny_db, tmp_path):
    with ReviewWriter(tiny_db) as writer:
        with pytest.raises(TimelineError, match="no event 99"):
            writer.accept(99)
        with pytest.raises(TimelineError, match="empty"):
            writer.retitle(1, "  ")
        assert writer.entries() == []
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(TimelineError, match="not a timeline database"):
        ReviewWriter(other)


def test_undo_removes_the_row_and_redo_puts_it_back(tiny_db):
    with ReviewWriter(tiny_db) as writer:
        entry = writer.retitle(1, "Better")
        writer.remove(entry)
        assert writer.state(1).title is None
        writer.put_back(entry)
        assert writer.state(1).title == "Better"
        assert writer.entries() == [entry]


def test_a_second_reviewers_file_merges(tiny_db, tmp_path):
    theirs = tmp_path / "theirs.db"
    theirs.write_bytes(tiny_db.read_bytes())
    with ReviewWriter(tiny_db, "ana") as writer:
        writer.accept(1)
    with ReviewWriter(theirs, "ben") as writer:
        writer.retitle(2, "Ben's title")
        writer.reject(4)
    report = merge_reviews(theirs, tiny_db)
    assert (report.added, report.known, report.unmatched) == (2, 0, 0)
    assert merge_reviews(theirs, tiny_db).known == 2  # merging again adds nothing
    store = TimelineStore.open(tiny_db)
    try:
        assert store.event(2).title == "Ben's title"
        assert store.event(4).review.verdict == "rejected"
        assert store.event(1).review.verdict == "accepted"
    finally:
        store.close()


def test_reading_never_writes_even_with_reviews(tiny_db):
    with ReviewWriter(tiny_db) as writer:
        writer.accept(1)
    before = tiny_db.read_bytes()
    store = TimelineStore.open(tiny_db)
    store.frame(FrameQuery())
    store.event(1)
    store.close()
    assert tiny_db.read_bytes() == before


def test_the_reviews_table_is_documented(tiny_db):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[3] / "docs" / "schema.md").read_text()
    with ReviewWriter(tiny_db):
        pass
    conn = sqlite3.connect(tiny_db)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(reviews)")]
    conn.close()
    assert "## `reviews`" in text
    assert [c for c in columns if f"`{c}`" not in text] == []


def test_without_reviews_the_default_filter_shares_the_whole_frame(tiny_db):
    store = TimelineStore.open(tiny_db)
    try:
        whole = store.frame(FrameQuery())
        shown = frozenset({"unreviewed", "accepted", "corrected"})
        assert store.frame(FrameQuery(review=shown)) is whole  # one frame, one lane index
    finally:
        store.close()


def test_moved_events_take_their_place_in_start_order(tiny_db):
    with ReviewWriter(tiny_db) as writer:
        writer.correct_date(4, parse_date("2018"))
        writer.correct_date(1, parse_date("2019-12-06..2019-12-30"))
    store = TimelineStore.open(tiny_db)
    try:
        index = store.load_index()
        assert index.ids.tolist() == [4, 3, 2, 1]
        assert (index.start[1:] >= index.start[:-1]).all()
        assert index.flags[3] & RANGE and index.flags[0] & IMPRECISE
    finally:
        store.close()


def test_merging_two_events_hides_one_and_lists_it_on_the_other(tiny_db, tmp_path):
    with ReviewWriter(tiny_db, "ana") as writer:
        entry = writer.merge(4, 1, "the same meeting")
        assert entry.new == {"into": 1} and entry.old is None
        with pytest.raises(TimelineError, match="itself"):
            writer.merge(1, 1)
        with pytest.raises(TimelineError, match="merged into event 1"):
            writer.merge(2, 4)  # 4 is folded into 1: merge into 1 instead
    store = TimelineStore.open(tiny_db)
    try:
        whole = store.frame(FrameQuery())
        assert whole.locate(4).flags & REJECTED
        shown = store.frame(FrameQuery(review=frozenset({"unreviewed", "accepted", "corrected"})))
        assert shown.locate(4) is None and shown.locate(1) is not None
        one = store.event(1)
        assert one.review.merged == ((4, "Late point"),)
        assert store.event(4).review.merged_into == 1
    finally:
        store.close()
    out = tmp_path / "out.csv"
    assert export_csv(tiny_db, out) == 3  # the merged event is told by the other
    with ReviewWriter(tiny_db) as writer:
        back = writer.unmerge(4)
        assert back.old == {"into": 1} and back.new is None
    store = TimelineStore.open(tiny_db)
    try:
        assert store.event(4).review.merged_into is None
        assert store.event(1).review is None
    finally:
        store.close()


def test_a_search_hit_shows_the_reviewed_title_and_date(tiny_db):
    with ReviewWriter(tiny_db) as writer:
        writer.retitle(4, "Late point, reviewed")
        writer.correct_date(4, parse_date("2019-12"))
    store = TimelineStore.open(tiny_db)
    try:
        (hit,) = store.search("late").hits
        assert (hit.event_id, hit.title, hit.start, hit.precision) == (
            4, "Late point, reviewed", "2019-12", "month",
        )  # fmt: skip
        assert hit.start_key == period("2019-12").start
    finally:
        store.close()
