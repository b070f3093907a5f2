"""Dates the real world sends: impossible days, year 0, BCE, far futures, offsets, leap seconds.
Each is placed or rejected with a reason (db.timekeys.DateError); none escapes as another
exception; the timeline draws 100,000 BCE to 10,000 CE without overflow."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest
import sqlite_utils

from db import schema
from db.dates import dated_sentences, find_timexes
from db.ingest.importers import import_articles, import_events
from db.ingest.mapping import EventMapping
from db.store.timeline import TimelineStore
from db.timekeys import DateError, iso_of, period, span_keys
from tests.conftest import add_events
from viewer.date_text import describe_date, parse_period
from viewer.timeline import ticks as tickmod
from viewer.window import MainWindow

PLACED = [
    # (text, ISO of the period's start at its precision, precision)
    ("2020-02-29", "2020-02-29", "day"),  # a leap day
    ("0000", "0000", "year"),  # year 0 is 1 BCE (astronomical numbering)
    ("-0500", "-0500", "year"),  # 501 BCE
    ("-100000", "-100000", "year"),
    ("-99999-03-01", "-99999-03-01", "day"),
    ("10000", "10000", "year"),
    ("999999-12-31", "999999-12-31", "day"),
    ("2019-12-31T23:59:60Z", "2019-12-31T23:59:59", "second"),  # a leap second, folded
    ("2019-12-23T10:00+02:00", "2019-12-23T08:00", "minute"),  # an offset names a UTC instant
    ("2019-12-23T10:00:00-0530", "2019-12-23T15:30:00", "second"),
    ("2019-12-23T00:30+01:00", "2019-12-22T23:30", "minute"),  # the day before, in UTC
]


@pytest.mark.parametrize("text, iso, precision", PLACED)
def test_dates_that_have_a_place(text, iso, precision):
    found = period(text)
    assert found.precision == precision
    assert iso_of(found.start, precision) == iso
    assert found.end > found.start


REJECTED = [
    ("2019-02-30", "day 30 does not exist in 2019-02"),
    ("2019-02-29", "day 29 does not exist in 2019-02"),
    ("1900-02-29", "day 29 does not exist in 1900-02"),  # not a leap year (Gregorian)
    ("2019-13", "month 13 out of range"),
    ("2019-00-10", "month 0 out of range"),
    ("2019-12-23T24:00", "time out of range"),
    ("2019-12-23T10:60", "time out of range"),
    ("2019-12-31T23:59:61", "second 61 out of range"),
    ("2019-12-23T10:00+25:00", "time zone offset out of range"),
    ("1234567", "not an ISO date"),  # seven-digit years are beyond every key
    ("500 BC", "not an ISO date"),  # not ISO: year -499 is how to write it
    ("23 December 2019", "not an ISO date"),
    ("", "not an ISO date"),
    ("garbage", "not an ISO date"),
    (None, "not an ISO date"),
    (2019, "not an ISO date"),  # an integer from another tool's column
]


@pytest.mark.parametrize("text, reason", REJECTED)
def test_dates_that_are_rejected_with_a_reason(text, reason):
    with pytest.raises(DateError, match=reason):
        period(text)


def test_equal_instants_in_different_offsets_have_equal_keys():
    assert (
        span_keys("2019-12-23T10:00+02:00")
        == span_keys("2019-12-23T08:00Z")
        == span_keys("2019-12-23T03:00-05:00")
    )


@pytest.mark.parametrize(
    "typed",
    [
        "30 February 2019",
        "February 30, 2019",
        "0",
        "year 0",
        "-500",
        "500 BC",
        "10000",
        "1 Jan 10000",
        "99999999999999999999",
        "23:59:60",
        "2019-12-31 23:59:60",
        "2019-12-23T10:00+25:00",
        "Dec 2019 +0200",
        "March 2011 UTC+5",
        "\x00",
        "٢٠١٩",  # Arabic-Indic digits
        "🎉",
        "<b>2019</b>",
    ],
)
def test_go_to_date_places_or_explains_whatever_is_typed(typed):
    try:
        start, end = parse_period(typed)
    except DateError as exc:
        assert str(exc)
    else:
        assert start < end


def test_describing_any_stored_date_never_fails():
    for start, end, precision in [
        ("garbage", None, "day"),
        ("2019-02-30", "2019-13", "month"),
        ("-100000", "10000", "year"),
        ("2019-12-31T23:59:60Z", None, "second"),
        ("", None, "nonsense"),
        (None, None, "day"),
    ]:
        assert isinstance(describe_date(start, end, precision), str)
    assert describe_date("-0500", None, "year") == "501 BCE (year precision)"


def test_an_events_table_with_hostile_dates_imports_the_good_rows_and_names_the_bad(tmp_path):
    rows = [
        ("leap day", "2020-02-29", ""),
        ("february 30", "2019-02-30", ""),
        ("year zero", "0000", ""),
        ("roman", "-0752", "0476"),
        ("far future", "10000", ""),
        ("offset", "2019-12-23T10:00+02:00", ""),
        ("leap second", "2016-12-31T23:59:60Z", ""),
        ("bad offset", "2019-12-23T10:00+25:00", ""),
        ("bce words", "500 BC", ""),
        ("backwards", "2019-12-09", "2019-12-01"),
        ("nothing", "", ""),
    ]
    table = tmp_path / "dates.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "date", "until"])
        writer.writerows(rows)
    mapping = EventMapping.from_dict({"title": "title", "start": "date", "end": "until"})
    db = tmp_path / "dates.db"
    report = import_events(db, table, mapping)
    failed = {where.split(":")[-1]: why for where, why in report.failed}
    assert report.imported == 6
    assert failed == {
        "line 3": "day 30 does not exist in 2019-02 ('2019-02-30')",
        "line 9": "time zone offset out of range in '2019-12-23T10:00+25:00'",
        "line 10": "not an ISO date: '500 BC'",
        "line 11": "end '2019-12-01' is before start '2019-12-09'",
        "line 12": "no start date",
    }
    store = TimelineStore.open(db)
    assert len(store.load_index()) == 6


def test_an_article_whose_date_finder_misreads_a_sentence_is_still_imported(tmp_path):
    """'tonight, 23 December 2019' comes back from the date finder as '2019-12-23TNI', which
    names no period: that sentence gets no event, the article and its other dates do."""
    article = tmp_path / "talks.txt"
    article.write_text(
        "Talks in Geneva\n\nThe talks end tonight, 23 December 2019. They began on Monday.\n"
        "Since 2011 the war has gone on. It was worse from 2019 to 2011.\n",
        encoding="utf-8",
    )
    db = tmp_path / "talks.db"
    report = import_articles(db, [article], published=datetime.date(2010, 6, 1))
    assert report.imported == 1 and not report.failed
    assert report.events >= 2  # the publication and "on Monday"


# -- the date finder's contract (db/dates is being reworked: these document what it breaks) ----


def placeable(text: str, dct: datetime.date) -> list[str]:
    """The dated sentences of `text` that name no period (their dates cannot be keyed)."""
    bad = []
    for sentence in dated_sentences(text, dct):
        try:
            span_keys(sentence.start, sentence.end_date)
        except DateError as exc:
            bad.append(str(exc))
    return bad


def test_date_finder_tonight_with_a_date_gives_an_iso_start():
    assert placeable("The talks end tonight, 23 December 2019.", datetime.date(2019, 12, 23)) == []


def test_date_finder_since_a_later_year_gives_no_backwards_range():
    assert placeable("Since 2011 the war has gone on.", datetime.date(2010, 6, 1)) == []


def test_date_finder_backwards_ranges_are_not_ranges():
    dct = datetime.date(2019, 12, 23)
    assert placeable("It was worse from 2019 to 2011.", dct) == []
    assert placeable("Prices rose between December 2019 and January 2019.", dct) == []


# -- the timeline at its far ends --------------------------------------------------------------

FAR = [
    {"title": "Out of Africa", "start": "-100000", "precision": "year", "lane": "Deep"},
    {"title": "A day in 100,000 BCE", "start": "-99999-03-01", "lane": "Deep"},
    {"title": "Ice age", "start": "-50000", "end": "-10000", "precision": "millennium"},
    {"title": "Rome", "start": "-0752", "end": "0476", "precision": "year", "lane": "History"},
    {"title": "Year zero", "start": "0000", "precision": "year", "lane": "History"},
    {"title": "Leap second", "start": "2016-12-31T23:59:60Z", "precision": "second"},
    {"title": "Last day of 9999", "start": "9999-12-31"},
    {"title": "Year 10,000", "start": "10000", "precision": "year", "lane": "Future"},
    {"title": "June 10,000", "start": "10000-06", "precision": "month", "lane": "Future"},
]


@pytest.fixture
def far_db(tmp_path) -> Path:
    path = tmp_path / "far.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(db, FAR)
    db.close()
    return path


def tick_labels(window: MainWindow) -> list[str]:
    """The labels the axis draws now (the widget asks ticks.choose the same way)."""
    t0, t1 = window.timeline.visible_range()
    info = tickmod.choose(t0, t1, window.timeline.scale.width)
    labels = [info.minor.label(k) for k in info.minor_keys]
    if info.major_unit:
        labels += [tickmod.major_label(info.major_unit, k) for k in info.major_keys]
    return labels


@pytest.mark.filterwarnings("error::RuntimeWarning")  # numpy overflow warns, it does not raise
def test_the_timeline_draws_100000_bce_to_10000_ce(make_window, far_db):
    window = make_window(far_db)
    timeline = window.timeline
    assert len(timeline.events) == len(FAR)

    timeline.fit_all()
    t0, t1 = timeline.visible_range()
    assert t0 <= period("-100000").start and t1 >= period("10000-06").end
    timeline.grab()
    assert any(label.endswith("BCE") for label in tick_labels(window))

    for end, at in (("deep past", "-99999-03-01"), ("far future", "10000-06")):
        target = period(at)
        timeline.set_range(target.start, target.end)
        for _ in range(30):  # down to the deepest zoom (minutes)
            timeline.zoom(2)
            timeline.grab()
        labels = tick_labels(window)
        assert labels, end
        if end == "deep past":
            assert any("BCE" in label for label in labels)
        for dx in (-5000, 5000, -100_000, 100_000):  # pan by drags' worth of pixels
            timeline.set_scale(timeline.scale.panned(dx))
            timeline.grab()
        for _ in range(60):  # out past everything
            timeline.zoom(0.5)
            timeline.grab()
        assert all(label.strip() for label in tick_labels(window))

    for event in range(1, len(FAR) + 1):
        window.open_event(event)
        assert window.panel.event_date.text()
    window.open_event(1)
    assert "100001 BCE" in window.panel.event_date.text()  # year -100000 = 100,001 BCE
    window.open_event(5)
    assert "1 BCE" in window.panel.event_date.text()


_UNIT_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks weekend weekends "
    "fortnight fortnights month months quarter quarters season seasons year years decade "
    "decades century centuries"
).split()
_AMOUNT_FORMS = (
    "{} ago", "a few {} ago", "three {} later", "two {} after Monday", "for a {}",
    "the past two {}", "within 12 {}", "every {}", "0 {} earlier",
)  # fmt: skip


@pytest.mark.parametrize("unit", _UNIT_WORDS)
def test_every_unit_word_counts_from_any_dct(unit):
    # "a fortnight ago" and "three nights ago" once raised KeyError; a DCT at the edge of the
    # calendar once raised ValueError. Every unit, counted every way, dates or is left out.
    for dct in (datetime.date(2023, 11, 22), datetime.date(9999, 12, 31), datetime.date(1, 1, 1)):
        for form in _AMOUNT_FORMS:
            text = "On Monday, " + form.format(unit) + ", they said."
            for timex in find_timexes(text, dct):
                assert timex.type in ("DATE", "TIME", "DURATION", "SET") and timex.value
            for found in dated_sentences(text, dct):
                span_keys(found.start, found.end_date)  # a placeable period
    assert find_timexes("He left a fortnight ago.", datetime.date(2023, 11, 22))[0].value == (
        "2023-W45"
    )
