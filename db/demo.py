"""The demo database "Syria, 2011-2019", built on first use from the data in resources/demo/.

It is an ordinary timeline database made with the ordinary importers (the mapping files there are
what a user would pass to `timeline-viewer import --mapping`). It lives in the user data folder,
or in $TIMELINE_VIEWER_DATA_DIR, and is rebuilt when `DEMO_VERSION` changes.
"""

from __future__ import annotations

import datetime
import os
import secrets
import sqlite3
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_dir

from db.errors import TimelineError
from db.import_finish import finish_import
from db.ingest.importers import ArticleFile, ImportReport, import_articles, import_events
from db.schema import open_for_writing

# Bump whenever the build or resources/demo/ change (14: navigation lines out; the news,
# narrative and other-language date rules of the fourth session; 15: titles without link
# markers or credit lines; 16: other-language titles without link notes anywhere, the
# happening instead of an adverbial fragment, litotes not negated, German's simple past;
# 17: the fifth session's titles (a dated coordination opens a clause, no dangling word) and
# its news and narrative date rules; 18: the sixth session's: 'while' clauses and names-only
# captions out of titles, BC years placed, events an age or a reign dates, reports of their own;
# 19: the seventh session's day runs and tweet titles; 20: the eighth's Portuguese, tweets' day
# words, circa brackets, annals, live blogs; 23: the twelfth's other-language asides and
# weekday ranges, news and narrative date rules; 24: the thirteenth's other-language spans,
# weekends and titles, record entries, monthly round-ups, weekday-headed logs; 26: the
# fifteenth's seasons and parts of days in other languages, ledes retold, causes after "due to";
# 27: the sixteenth's other-language titles (a subject told last put first, German order);
# 28: the seventeenth's other-language titles (one article table, dropped subjects), holidays,
# year ranges, and its news and narrative rules (ledes below their heads, gatherings' speeches);
# 29: the eighteenth's reference time kept through a history, dated scenes, moved dates in other
# languages, quarters and two-digit years, named subjects after the verb; 30: the nineteenth's
# holidays and their eves, agency datelines, possessive relatives and asides in other-language
# titles, journal and year-run rules, British calendar days.
DEMO_VERSION = 31
TITLE = "Syria, 2011-2019"
DATA_DIR_ENV = "TIMELINE_VIEWER_DATA_DIR"
RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "demo"

Progress = Callable[[str, int, int], None]  # stage label, done, total
FINISHING = "Finishing"
# The build's stages in order, with the share of its time each takes (measured: the two event
# files take most of it), so that a progress bar can show the whole build rather than restart
# at 0% with each stage.
STAGES = {
    "Sample article": 0.03,
    "Wikipedia timeline": 0.37,
    "UCDP conflict events": 0.37,
    "Global Voices posts": 0.18,
    FINISHING: 0.05,
}


def overall(stage: str, done: int, total: int) -> float:
    """How far the whole build is (0..1) when `stage` has done `done` of `total`."""
    before = 0.0
    for name, share in STAGES.items():
        if name == stage:
            return min(1.0, before + share * min(max(done, 0) / max(total, 1), 1.0))
        before += share
    return before  # not a stage of the build: leave the bar where it is


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir("timeline-viewer", appauthor=False))


def demo_path() -> Path:
    return data_dir() / "demo.db"


def demo_version(path: Path) -> str | None:
    """The demo_version stored in `path`, or None when it is missing or not a demo database."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'demo_version'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def is_current(path: Path) -> bool:
    return demo_version(path) == str(DEMO_VERSION)


def _stage(progress: Progress | None, label: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if progress:
            progress(label, done, total)

    return report


def _global_voices(folder: Path) -> list[ArticleFile]:
    """The posts unpacked in `folder`; folder names give language, topic and publication date."""
    items = []
    for path in sorted(folder.glob("*/*/*/*.txt")):
        language, topic, day = path.relative_to(folder).parts[:3]
        items.append(
            ArticleFile(
                path,
                published=datetime.date.fromisoformat(day),
                language=language,
                categories=(topic.capitalize(),),
                origin=f"globalvoices-arab-spring/{path.relative_to(folder).as_posix()}",
            )
        )
    return items


def _check(report: ImportReport, what: str, allowed_failures: int = 0) -> None:
    # The demo data is fixed: more failures than it is known to have means a broken build.
    if len(report.failed) > allowed_failures:
        where, reason = report.failed[0]
        raise TimelineError(
            f"the demo's {what} did not import cleanly ({len(report.failed)} failures, first: "
            f"{where}: {reason})."
        )


def _import_all(db_path: Path, progress: Progress | None, scratch: Path) -> None:
    report = import_articles(
        db_path,
        [
            ArticleFile(
                RESOURCES / "sample" / "turkish-delegation-in-russia.txt",
                origin="sample/turkish-delegation-in-russia.txt",
            )
        ],
        published=datetime.date(2019, 12, 23),
        source="Press TV",
        lane="News",
        language="en",
        progress=_stage(progress, "Sample article"),
    )
    _check(report, "sample article")

    report = import_events(
        db_path,
        RESOURCES / "wikipedia-syria-timeline" / "events.jsonl.gz",
        RESOURCES / "wikipedia.mapping.json",
        progress=_stage(progress, "Wikipedia timeline"),
    )
    _check(report, "Wikipedia timeline", allowed_failures=9)  # 9 entries carry no date

    report = import_events(
        db_path,
        RESOURCES / "ucdp-ged-syria" / "ged_syria_2016-2019.csv.gz",
        RESOURCES / "ucdp.mapping.json",
        progress=_stage(progress, "UCDP conflict events"),
    )
    _check(report, "UCDP events")

    with tarfile.open(
        RESOURCES / "globalvoices-arab-spring" / "globalvoices-arab-spring.tar.gz"
    ) as tar:
        tar.extractall(scratch, filter="data")
    report = import_articles(
        db_path,
        _global_voices(scratch),
        source="Global Voices",
        lane="Global Voices",
        progress=_stage(progress, "Global Voices posts"),
    )
    _check(report, "Global Voices posts")


def build_demo(out: Path, progress: Progress | None = None) -> Path:
    """Build the demo database at `out`, replacing it atomically (a reader never sees half a
    demo: the build goes to a temporary file in the same folder, renamed when complete)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # SQLite creates the file, so it gets the user's usual permissions (mkstemp's are 0600).
    tmp = out.parent / f".{out.stem}-{os.getpid()}-{secrets.token_hex(4)}.building"
    try:
        with tempfile.TemporaryDirectory(prefix="timeline-demo-") as scratch:
            _import_all(tmp, progress, Path(scratch))
        finishing = _stage(progress, FINISHING)
        finishing(0, 1)
        db = open_for_writing(tmp)
        try:
            with db.atomic():
                db.table("meta").insert_all(
                    [
                        {"key": "demo_version", "value": str(DEMO_VERSION)},
                        {"key": "title", "value": TITLE},
                    ],
                    replace=True,
                )
            db.execute("PRAGMA optimize")
        finally:
            db.close()
        os.replace(tmp, out)
        finish_import(out)  # kept for the file at its own path (db.import_finish)
        finishing(1, 1)
    except BaseException:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
    return out


def ensure_demo(progress: Progress | None = None) -> Path:
    """The demo database, built first when it is missing or from another DEMO_VERSION."""
    path = demo_path()
    if not is_current(path):
        build_demo(path, progress)
    return path
