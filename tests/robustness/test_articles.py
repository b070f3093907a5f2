"""Article files the real world sends, through `timeline-viewer import` in a subprocess and
through import_articles: each is imported, or reported with its reason while the rest go on;
HTML and scripts in the text are stored and shown as text; the files are never modified."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.ingest.importers import import_articles
from db.store.timeline import TimelineStore
from db.text import first_sentence, shorten
from tests.conftest import SAMPLE_ARTICLE
from tests.robustness.conftest import PUBLISHED, run_viewer, unchanged
from viewer.search import hit_html

ENGLISH = (
    "News / World\n\nTalks “resume” in Geneva ({label})\n\n"
    "The talks resumed on Monday, the envoy’s office said, a week after they stalled.\n"
)
FRENCH = (
    "Actualités / Syrie\n\nLa délégation turque arrive à Moscou\n\n"
    "La délégation turque est arrivée à Moscou lundi, a déclaré le ministère. "
    "« Nous espérons un accord », a-t-il ajouté.\n"
)
ARABIC = (
    "أخبار / سوريا\n\nوفد تركي في روسيا لبحث النزاع في سوريا وليبيا\n\n"
    "وصل وفد تركي إلى موسكو يوم الاثنين 23 ديسمبر 2019 لإجراء محادثات حول سوريا وليبيا.\n"
)
HEBREW = (
    "חדשות / עולם\n\nהשיחות בז'נבה חודשו\n\n"
    "השיחות חודשו ביום שני, 23 בדצמבר 2019, כך נמסר. The envoy arrived on Monday.\n"
)
EMOJI = (
    "Emoji 🎉 news\n\n"
    "🎉🎉 The talks 😀 began on Monday in Moscow 👍🏽. A family 👨‍👩‍👧‍👦 and flags 🇹🇷🇷🇺 too.\n"
)
HTML = (
    "News / Web\n\n<i>Breaking</i>: script tags in the text\n\n"
    "The page said <script>alert('x')</script> and <b>bold</b> and "
    '<img src="http://example.com/x.png" onerror="alert(1)"> on Monday.\n\n'
    "A second paragraph with &amp; entities and &lt;tags&gt; stays as written.\n\n"
    "The end of the article comes on Tuesday.\n"
)
CONTROL = (
    "Control\x01 characters\x1b[0m\n\n"
    + "Filler text that pushes the next characters past the first 8 KB. " * 130
    + "\n\nThe talks began\x00 on Monday\x1b[31m in Moscow.\x07 They ended\x02 on Tuesday."
    "\x0cA new page.\x7f\n"
)
NO_HEADLINE = (
    "The talks resumed in Geneva on Monday after a week of delays, the envoy said. Both sides "
    "sent delegations.\n\nA second paragraph follows with more detail about the talks.\n"
)
NO_DATES = "Thoughts on gardening\n\nTomatoes like sun. Water them and they grow tall.\n"
BOILERPLATE = "Copyright © 2019 Example News. All rights reserved.\nSubscribe to our newsletter\n"


def png_bytes() -> bytes:
    return (REPO_PNG).read_bytes()[:20_000]


REPO_PNG = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "demo-year.png"

# file name -> (its bytes, the headline it imports with, or None when it is reported)
GOOD: dict[str, tuple[Callable[[], bytes], str]] = {
    "latin1.txt": (lambda: FRENCH.encode("latin-1"), "La délégation turque arrive à Moscou"),
    "cp1252.txt": (
        lambda: ENGLISH.format(label="cp1252").encode("cp1252"),
        "Talks “resume” in Geneva (cp1252)",
    ),
    "utf16-bom.txt": (
        lambda: ENGLISH.format(label="utf-16").encode("utf-16"),
        "Talks “resume” in Geneva (utf-16)",
    ),
    "utf16-be-bom.txt": (
        lambda: b"\xfe\xff" + ENGLISH.format(label="utf-16-be").encode("utf-16-be"),
        "Talks “resume” in Geneva (utf-16-be)",
    ),
    "utf16-le-no-bom.txt": (
        lambda: ENGLISH.format(label="no BOM, LE").encode("utf-16-le"),
        "Talks “resume” in Geneva (no BOM, LE)",
    ),
    "utf16-be-no-bom.txt": (
        lambda: ARABIC.replace("وفد تركي في", "وفد تركي آخر في").encode("utf-16-be"),
        "وفد تركي آخر في روسيا لبحث النزاع في سوريا وليبيا",
    ),
    "utf8-bom.txt": (
        lambda: ENGLISH.format(label="utf-8 BOM").encode("utf-8-sig"),
        "Talks “resume” in Geneva (utf-8 BOM)",
    ),
    "arabic.txt": (lambda: ARABIC.encode(), "وفد تركي في روسيا لبحث النزاع في سوريا وليبيا"),
    "hebrew.txt": (lambda: HEBREW.encode(), "השיחות בז'נבה חודשו"),
    "emoji.txt": (lambda: EMOJI.encode(), "Emoji 🎉 news"),
    "html.txt": (lambda: HTML.encode(), "<i>Breaking</i>: script tags in the text"),
    "control.txt": (lambda: CONTROL.encode(), "Control characters[0m"),
    "no-headline.txt": (
        lambda: NO_HEADLINE.encode(),
        "The talks resumed in Geneva on Monday after a week of delays, the envoy said.",
    ),
    "no-dates.txt": (lambda: NO_DATES.encode(), "Thoughts on gardening"),
}

BAD: dict[str, tuple[Callable[[], bytes], str]] = {
    "empty.txt": (lambda: b"", "empty.txt is empty."),
    "blank.txt": (lambda: b"  \n\n\t \r\n", "blank.txt is empty."),
    "image.txt": (png_bytes, "image.txt is a binary file, not article text."),
    "noise.txt": (
        lambda: bytes(range(128, 256)) * 30,
        "noise.txt is not text in any encoding this importer recognises.",
    ),
    "boilerplate.txt": (
        lambda: BOILERPLATE.encode(),
        "boilerplate.txt has no article text, only boilerplate.",
    ),
    "too-large.txt": (lambda: b"word " * 4_300_000, "too-large.txt is 21 MB, too large"),
}


def write_files(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (make, _) in {**GOOD, **BAD}.items():
        path = folder / name
        path.write_bytes(make())
        paths.append(path)
    return paths


def check_database(db: Path, expected_headlines: set[str]) -> None:
    """Every expected article is there, whole, and its sentence spans slice its own text."""
    conn = sqlite3.connect(db)
    try:
        headlines = {h for (h,) in conn.execute("SELECT headline FROM articles")}
        assert headlines == expected_headlines
        texts = {("a", i): t for i, t in conn.execute("SELECT id, body FROM articles")}
        texts |= {("c", i): t for i, t in conn.execute("SELECT id, text FROM captions")}
        rows = conn.execute(
            "SELECT text, span_start, span_end, article_id, caption_id FROM events "
            "WHERE kind = 'sentence'"
        )
        for sentence, begin, end, article, caption in rows:
            text = texts[("c", caption) if caption is not None else ("a", article)]
            assert 0 <= begin < end <= len(text) and text[begin:end] == sentence
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        body = dict(conn.execute("SELECT origin, body FROM articles"))
    finally:
        conn.close()
    control = next(text for origin, text in body.items() if origin.endswith("control.txt"))
    assert not any(ch in control for ch in "\x00\x01\x02\x07\x1b\x7f")
    assert "The talks began on Monday[31m in Moscow." in control


def test_import_articles_reports_each_bad_file_and_imports_the_rest(tmp_path):
    files = write_files(tmp_path / "in")
    missing = tmp_path / "in" / "vanished.txt"
    db = tmp_path / "news.db"
    with unchanged(*files):
        report = import_articles(db, [*files, missing], published=PUBLISHED)
    failed = {Path(where).name: why for where, why in report.failed}
    assert report.imported == len(GOOD) and report.skipped_duplicates == 0
    assert set(failed) == {*BAD, "vanished.txt"}
    for name, (_, reason) in BAD.items():
        assert reason in failed[name], (name, failed[name])
    assert failed["vanished.txt"].startswith("cannot read")
    check_database(db, {headline for _, headline in GOOD.values()})
    # Again: everything is already there, the bad files are still reported.
    again = import_articles(db, files, published=PUBLISHED)
    assert (again.imported, again.skipped_duplicates, len(again.failed)) == (0, len(GOOD), len(BAD))


def test_the_import_command_reports_and_goes_on(tmp_path):
    files = write_files(tmp_path / "in")
    # One 10 MB line of news text: the sample's sentences over and over (37,000 dated ones).
    # ASCII only: with a non-ASCII character the date finder is quadratic in the line's length
    # (see "Limits and errors" in the README); this checks the importer copes with the size.
    body = " ".join(" ".join(SAMPLE_ARTICLE.read_text().split("\n\n")[3:-3]).split())
    body = body.replace("’", "'")
    huge = tmp_path / "in" / "one-line.txt"
    huge.write_text(((body + " ") * (10_000_000 // len(body) + 1))[:10_000_000])
    db = tmp_path / "news.db"
    with unchanged(*files, huge):
        # The timeout only guards against a hang (speed is bench/import_bench.py's to measure).
        result = run_viewer(
            "import", str(db), str(tmp_path / "in"), "--published", "2019-12-23", timeout=600
        )
    assert result.returncode == 1, result.stderr  # 1: something failed, and it says what
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"imported {len(GOOD) + 1}, skipped 0 duplicates, failed 6,")
    for name, (_, reason) in BAD.items():
        assert any(name in line and reason in line for line in lines[1:]), name
    lead = shorten(first_sentence(body))  # no headline line: the first sentence stands in
    check_database(db, {headline for _, headline in GOOD.values()} | {lead})


@pytest.fixture
def imported(tmp_path) -> Path:
    files = write_files(tmp_path / "in")
    db = tmp_path / "news.db"
    import_articles(db, files, published=PUBLISHED)
    return db


def test_html_and_scripts_are_shown_as_text_never_run(make_window, imported):
    window = make_window(imported)
    store = TimelineStore.open(imported)
    found = store.search("script tags")
    assert found.hits
    event = next(h.event_id for h in found.hits if h.headline and "Breaking" in h.headline)
    window.open_event(event)
    panel = window.panel
    assert panel.headline.text() == "<i>Breaking</i>: script tags in the text"
    assert panel.headline.textFormat() == Qt.TextFormat.PlainText
    assert panel.event_title.textFormat() == Qt.TextFormat.PlainText
    body = panel.body.toPlainText()
    assert "<script>alert('x')</script> and <b>bold</b>" in body
    assert 'onerror="alert(1)"' in body and "&amp; entities and &lt;tags&gt;" in body
    # The search results' snippets are rich text: the database's own markup is escaped.
    assert "<script>" not in hit_html(found.hits[0]) and "&lt;" in hit_html(found.hits[0])


def test_right_to_left_and_emoji_are_stored_and_shown_whole(make_window, imported):
    window = make_window(imported)
    store = TimelineStore.open(imported)
    for query, expected in (
        ("موسكو", "وصل وفد تركي إلى موسكو يوم الاثنين 23 ديسمبر 2019"),
        ("Moscow", "👨‍👩‍👧‍👦 and flags 🇹🇷🇷🇺"),
        ("נמסר", "השיחות חודשו ביום שני"),
    ):
        hits = store.search(query).hits
        assert hits, query
        for hit in hits:
            window.open_event(hit.event_id)
            if expected in window.panel.body.toPlainText():
                break
        else:
            raise AssertionError(f"{expected!r} not shown for {query!r}")
    window.timeline.fit_all()
    window.timeline.grab()
