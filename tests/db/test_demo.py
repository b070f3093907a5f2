"""The real demo database, built once for this module from resources/demo/."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
import sqlite_utils

from db import demo
from db.schema import open_for_writing


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[tuple[str, int, int]]]:
    folder = tmp_path_factory.mktemp("demo")
    calls: list[tuple[str, int, int]] = []
    path = demo.build_demo(folder / "demo.db", progress=lambda *a: calls.append(a))
    return path, calls


@pytest.fixture(scope="module")
def db(built):
    database = sqlite_utils.Database(built[0])
    yield database
    database.close()


def lane_counts(db: sqlite_utils.Database) -> dict[str, int]:
    return {r["lane"]: r["n"] for r in db.query("SELECT lane, count(*) n FROM events GROUP BY 1")}


def test_build_leaves_only_the_database(built):
    path, _ = built
    assert [p.name for p in path.parent.iterdir()] == ["demo.db"]


def test_event_counts_per_lane(db):
    counts = lane_counts(db)
    # 21,386 entries: 9 carry no date, 1,420 paragraphs were filed by the scraper under every
    # day of their month (19,283 copies): each is one event, at month precision; and paragraphs
    # the scraper cut mid-sentence are joined back (db.ingest.rejoin); its 170 "Main article: …"
    # lines (12 events after that) make none (db.ingest.navigation).
    assert counts["Wikipedia timeline"] == 2_010
    assert counts["UCDP: state-based"] == 11_507
    assert counts["UCDP: non-state"] == 4_577
    assert counts["UCDP: one-sided"] == 482
    # the sample: publication + the README table's 9 dates + 7 happenings no words date, around
    # the publication day
    assert counts["News"] == 10 + 7
    # one publication event per distinct post, and the posts' dated sentences (es, fr, it);
    # an embedded tweet with no title a reader scans and a picture's credit line make none, nor
    # a day word quoted and reported in the past (5), nor a series' framing line dated by its
    # series' year (8: db.ingest.framing); two weekdays with their days after "between" are one
    # run ("tra venerdì 18 e lunedì 21": db.dates.foreign ranges); spans counted back from the
    # publication day and weekends in the posts' languages ("hace un año", "il y a huit jours",
    # "el fin de semana": 26, db.dates.rules.locales_ago and locales_weekend); seasons and parts
    # of the day in those languages ("en primavera", "esta mañana", "ce soir": 30,
    # db.dates.rules.locales_seasons and locales_day_parts); "Hoy hace un año" one day, a year
    # back, not today and a year (-1: db.dates.rules.locales_ago); the first year of "tra il
    # 2006 e il 2007" (+1: db.dates.rules.year_ranges); days counted from the day just named
    # ("al día siguiente", "cinque giorni più tardi", "45 jours auparavant") and a bare weekday
    # before the publication day ("el martes"): +8 (db.dates.rules.locales_story_days); a
    # "the first ... since" made none (-1: db.dates.foreign_comparisons)
    assert counts["Global Voices"] == 309 + 837
    assert set(counts) == {
        "Wikipedia timeline",
        "UCDP: state-based",
        "UCDP: non-state",
        "UCDP: one-sided",
        "News",
        "Global Voices",
    }
    assert sum(counts.values()) == 2_010 + 16_566 + 17 + 309 + 837


def test_articles_and_captions(db):
    gv = list(db.query("SELECT count(*) n, count(DISTINCT language) l FROM articles "
                       "WHERE source = 'Global Voices'"))[0]  # fmt: skip
    assert gv == {"n": 309, "l": 3}  # 331 files, 22 of them the same post in two topic folders
    (sample,) = db.query("SELECT id, published FROM articles WHERE source = 'Press TV'")
    assert sample["published"] == "2019-12-23"
    credits = [r["credit"] for r in db.query("SELECT credit FROM captions")]
    assert "AFP" in credits and any("Samuele Ghilardi" in c for c in credits)
    cited = db.execute(
        "SELECT count(*) FROM events WHERE kind = 'record' AND article_id IS NOT NULL"
    )
    assert cited.fetchone()[0] > 18_000  # most table rows cite a source article


def test_events_span_2011_to_2019(db):
    first, last = db.execute(
        "SELECT min(start), max(coalesce(end, start)) FROM events WHERE kind != 'sentence'"
    ).fetchone()
    assert first.startswith("2011-")
    assert last.startswith("2019-12")


def test_imprecise_dates_are_marked(db):
    rows = db.query(
        "SELECT precision, count(*) n FROM events WHERE lane LIKE 'UCDP%' GROUP BY 1 ORDER BY 1"
    )
    assert {r["precision"]: r["n"] for r in rows} == {
        "day": 15_480,
        "week": 828 + 21,
        "month": 186,
        "year": 51,
    }


def test_repeated_wikipedia_paragraphs_are_one_event_at_month_precision(db):
    rows = db.query(
        "SELECT precision, count(*) n FROM events WHERE lane = 'Wikipedia timeline' GROUP BY 1"
    )
    assert {r["precision"]: r["n"] for r in rows} == {"day": 635, "month": 1_374, "fuzzy": 1}
    (siege,) = db.query(
        "SELECT start, precision FROM events WHERE title = 'The deadly military siege on Daraa "
        "continued.'"
    )
    assert siege == {"start": "2011-05", "precision": "month"}


def test_meta_and_progress(built, db):
    path, calls = built
    assert demo.demo_version(path) == str(demo.DEMO_VERSION)
    assert db["meta"].get("title")["value"] == "Syria, 2011-2019"
    stages = list(dict.fromkeys(stage for stage, _, _ in calls))
    assert stages == list(demo.STAGES)  # the stages the progress dialog weighs, in order
    assert all(done <= total for _, done, total in calls)
    fractions = [demo.overall(*call) for call in calls]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0  # the whole build, once


def test_demo_path_honours_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_VIEWER_DATA_DIR", str(tmp_path))
    assert demo.demo_path() == tmp_path / "demo.db"


def test_ensure_demo_does_not_rebuild_a_current_demo(built, monkeypatch):
    path, _ = built
    monkeypatch.setenv("TIMELINE_VIEWER_DATA_DIR", str(path.parent))
    before = os.stat(path)
    calls = []
    assert demo.ensure_demo(progress=lambda *a: calls.append(a)) == path
    assert calls == []
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_stale_or_foreign_demo_is_not_current(tmp_path):
    assert not demo.is_current(tmp_path / "missing.db")
    stale = tmp_path / "stale.db"
    db = open_for_writing(stale)
    with db.atomic():
        db["meta"].insert({"key": "demo_version", "value": "0"}, replace=True)
    db.close()
    assert not demo.is_current(stale)
    junk = tmp_path / "junk.db"
    junk.write_text("not sqlite")
    assert not demo.is_current(junk)


def test_wikipedia_paragraphs_cut_by_the_scraper_are_whole_events(db):
    # The scraper cut paragraphs at citation marks: "… Daraa, fifteen" / "teenagers were
    # arrested …" / "on walls across the city. …"; the mapping's `rejoin` joins them back.
    (daraa,) = db.query(
        "SELECT text, data FROM events WHERE lane = 'Wikipedia timeline' "
        "AND text LIKE '6 March, in the southern city of Daraa%'"
    )
    assert daraa["text"].startswith(
        "6 March, in the southern city of Daraa, fifteen teenagers were arrested for writing "
        '"the people want the regime to fall" on walls across the city. Supposedly the military '
        "police tortured them, or had carried"
    )
    assert daraa["text"].endswith("out of their classroom.")
    assert len(json.loads(daraa["data"])["refs"]) == 3  # every piece's references, each once
    (convoy,) = db.query(
        "SELECT text FROM events WHERE text LIKE 'US government sources have told Associated%'"
    )
    assert "believe a battery of SA-17 were being sent" in convoy["text"]
    # No event's text stops on a comma or on a word a sentence cannot end with.
    texts = [
        r["text"] for r in db.query("SELECT text FROM events WHERE lane = 'Wikipedia timeline'")
    ]
    open_ended = [t for t in texts if re.search(r"(,|\b(of|the|a|by|and|to|in))\s*$", t)]
    assert open_ended == []


def test_the_demo_builds_as_a_dataset_too(built, tmp_path, capsys):
    """`timeline-viewer build-demo DB --dataset DIR`: a current demo database is not built
    again, and converts into a dataset the viewer opens with the same events."""
    from db.archive.dataset import read_manifest
    from db.opening import open_store
    from db.store.frame import FrameQuery
    from viewer.cli import build_demo_main

    path = built[0]
    before = path.stat().st_mtime_ns
    assert build_demo_main([str(path), "--dataset", str(tmp_path / "demo-ds")]) == 0
    assert path.stat().st_mtime_ns == before  # current: converted, not rebuilt
    assert "written to" in capsys.readouterr().out
    database = sqlite_utils.Database(path)
    try:
        events = database.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        database.close()
    counts = read_manifest(tmp_path / "demo-ds")["counts"]
    assert counts["events"] + counts["skipped"] == events
    store = open_store(tmp_path / "demo-ds")
    try:
        assert len(store.frame(FrameQuery())) == counts["events"]
        assert store.search("Homs", 5, 0).hits
    finally:
        store.close()
