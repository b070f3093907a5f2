"""Importers writing real SQLite files: the sample article, broken files, events tables, the CLI."""

from __future__ import annotations

import datetime
import gzip
import json
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from db.errors import ForeignDatabaseError, NotSQLiteError
from db.ingest.cli import main
from db.ingest.events import MAX_SENTENCE
from db.ingest.importers import (
    ArticleFile,
    expand_article_paths,
    import_articles,
    import_events,
)
from db.ingest.mapping import EventMapping, MappingError
from db.timekeys import span_keys

PUBLISHED = datetime.date(2019, 12, 23)

# The sample README's table: (quote in the sentence, start, end, precision), caption first.
CAPTION_ROW = ("on October 24, 2019", "2019-10-24", None, "day")
BODY_ROWS = [
    ("arrived in Moscow on Monday", "2019-12-23", None, "day"),
    ("a day after President Recep Tayyip Erdogan said", "2019-12-22", None, "day"),
    ("said on Sunday", "2019-12-22", None, "day"),
    ("Ankara signed a security and military cooperation deal", "2019-11", None, "month"),
    ("since 2011, when former dictator Muammar Gaddafi", "2011", "2019-12-23", "year"),
    ("to seize the capital for nine months", "2019-03", "2019-12", "month"),
    ("Later on Monday", "2019-12-23", None, "day"),
]


def rows(db_path: Path, sql: str, params=()) -> list[dict]:
    db = sqlite_utils.Database(db_path)
    try:
        return list(db.query(sql, params))
    finally:
        db.close()


def counts(db_path: Path) -> dict[str, int]:
    db = sqlite_utils.Database(db_path)
    try:
        return {t: db[t].count for t in ("articles", "captions", "events")}
    finally:
        db.close()


@pytest.fixture
def sample_db(tmp_path, sample_path) -> Path:
    path = tmp_path / "sample.db"
    report = import_articles(path, [sample_path], published=PUBLISHED)
    assert report.failed == []
    assert report.imported == 1
    return path


# ---- articles ---------------------------------------------------------------------------------


def test_sample_article_row(sample_db, sample_path):
    (article,) = rows(sample_db, "SELECT * FROM articles")
    assert article["headline"] == "Turkish delegation in Russia to discuss Syria, Libya conflicts"
    assert article["published"] == "2019-12-23"
    assert article["source"] == "Press TV"
    assert json.loads(article["categories"]) == [
        "News",
        "Syria",
        "Turkey",
        "North Africa",
        "Russia",
    ]
    assert article["body"].startswith("A Turkish delegation has traveled to Russia")
    assert "Roku" not in article["body"]
    assert article["origin"] == str(sample_path)
    assert len(article["content_hash"]) == 64
    assert datetime.datetime.fromisoformat(article["imported_at"]).tzinfo is not None


def test_sample_caption_row(sample_db):
    (caption,) = rows(sample_db, "SELECT * FROM captions")
    assert caption["credit"] == "AFP"
    assert caption["position"] == 0
    assert caption["text"].startswith("Smoke billows following a reported Russian airstrike")
    assert caption["text"].endswith("on October 24, 2019.")


def test_sample_publication_event(sample_db):
    (event,) = rows(sample_db, "SELECT * FROM events WHERE kind = 'publication'")
    assert event["start"] == "2019-12-23"
    assert event["end"] is None
    assert event["precision"] == "day"
    assert event["title"] == "Turkish delegation in Russia to discuss Syria, Libya conflicts"
    assert event["text"] is None and event["span_start"] is None
    assert (event["start_key"], event["end_key"]) == span_keys("2019-12-23")
    assert event["lane"] == "Syria"  # the first category below "News"


def test_sample_events_match_the_readme_table(sample_db):
    """One event per row of the sample README's table (this is the date finder's contract)."""
    body = rows(sample_db, "SELECT body FROM articles")[0]["body"]
    caption = rows(sample_db, "SELECT id, text FROM captions")[0]
    every = rows(sample_db, "SELECT * FROM events WHERE kind = 'sentence' ORDER BY id")
    # the table lists the dated ones; the happenings no words date are around the publication
    # day (README "Events per clause")
    around = [e for e in every if json.loads(e["provenance"]).get("around")]
    assert around and all(e["start"] == PUBLISHED.isoformat() for e in around)
    events = [e for e in every if e not in around]

    for event in events:
        source = caption["text"] if event["caption_id"] else body
        assert source[event["span_start"] : event["span_end"]] == event["text"]
        assert (event["start_key"], event["end_key"]) == span_keys(event["start"], event["end"])
        assert len(event["title"]) <= 110
        assert json.loads(event["data"])["timex"]["text"] in event["text"]

    in_caption = [e for e in events if e["caption_id"] == caption["id"]]
    assert [(e["start"], e["end"], e["precision"]) for e in in_caption] == [CAPTION_ROW[1:]]
    assert CAPTION_ROW[0] in in_caption[0]["text"]

    in_body = [e for e in events if e["caption_id"] is None]
    unmatched = list(in_body)
    for quote, start, end, precision in BODY_ROWS:
        match = next(
            (
                e
                for e in unmatched
                if quote in e["text"]
                and (e["start"], e["end"], e["precision"]) == (start, end, precision)
            ),
            None,
        )
        assert match is not None, f"no event {start}..{end} ({precision}) for {quote!r}"
        unmatched.remove(match)
    # the lede ("has traveled to Russia") takes the day its next paragraph gives the arrival
    (lede,) = [e for e in unmatched if e["text"].startswith("A Turkish delegation has traveled")]
    assert (lede["start"], lede["precision"]) == ("2019-12-23", "day")
    assert json.loads(lede["provenance"])["anchor"]["text"] == "Monday"
    unmatched.remove(lede)
    # "In recent days": about 2019-12-20 .. 2019-12-23, vague.
    (recent,) = unmatched
    assert "In recent days" in recent["text"]
    assert recent["precision"] == "fuzzy"
    assert "2019-12-16" <= recent["start"] <= (recent["end"] or recent["start"]) <= "2019-12-23"


def test_importing_twice_adds_nothing(sample_db, sample_path):
    before = counts(sample_db)
    report = import_articles(sample_db, [sample_path], published=PUBLISHED)
    assert (report.imported, report.skipped_duplicates, report.events) == (0, 1, 0)
    assert counts(sample_db) == before
    # The same file twice in one call is one article too.
    path = sample_db.with_name("twice.db")
    report = import_articles(path, [sample_path, sample_path], published=PUBLISHED)
    assert (report.imported, report.skipped_duplicates) == (1, 1)
    assert counts(path) == before


def test_broken_files_are_reported_and_the_rest_imported(tmp_path, sample_path, gv_posts):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    db_path = tmp_path / "mixed.db"
    report = import_articles(
        db_path, [empty, sample_path, binary, gv_posts["credit"]], published=PUBLISHED
    )
    assert report.imported == 2
    assert [where for where, _ in report.failed] == [str(empty), str(binary)]
    assert "empty" in report.failed[0][1] and "binary" in report.failed[1][1]
    assert counts(db_path)["articles"] == 2


def test_a_file_failing_halfway_leaves_nothing_behind(tmp_path, sample_path, gv_posts):
    """The per-file savepoint: the sample's article and caption rows are written before its
    events, which a trigger refuses here; the rows must go, the other file must stay."""
    db_path = tmp_path / "halfway.db"
    import_articles(db_path, [])  # creates the schema
    conn = sqlite3.connect(db_path)
    conn.execute(
        "CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.text LIKE '%Rakya%' "
        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
    )
    conn.commit()
    conn.close()
    report = import_articles(db_path, [sample_path, gv_posts["credit"]], published=PUBLISHED)
    assert report.imported == 1
    assert report.failed == [(str(sample_path), "IntegrityError: refused by the test")]
    assert rows(db_path, "SELECT count(*) n FROM articles WHERE source = 'Press TV'") == [{"n": 0}]
    assert rows(db_path, "SELECT count(*) n FROM captions WHERE credit = 'AFP'") == [{"n": 0}]
    assert counts(db_path)["articles"] == 1


def test_lane_source_language_and_per_file_values(tmp_path, sample_path, gv_posts):
    db_path = tmp_path / "lanes.db"
    report = import_articles(
        db_path,
        [
            sample_path,
            ArticleFile(
                gv_posts["credit"],
                published=datetime.date(2011, 4, 19),
                language="fr",
                categories=("Syria",),
                lane="Global Voices",
            ),
        ],
        published=PUBLISHED,
        source="Wire",
        lane="News",
    )
    assert report.failed == []
    articles = rows(db_path, "SELECT source, published, language, categories FROM articles")
    assert articles[0]["source"] == "Wire"  # the argument wins over the footer
    assert articles[1] == {
        "source": "Wire",
        "published": "2011-04-19",
        "language": "fr",
        "categories": '["Syria"]',
    }
    lanes = rows(db_path, "SELECT DISTINCT article_id, lane FROM events ORDER BY article_id")
    assert lanes == [{"article_id": 1, "lane": "News"}, {"article_id": 2, "lane": "Global Voices"}]
    credit = rows(db_path, "SELECT credit FROM captions WHERE article_id = 2")[0]["credit"]
    assert "Samuele Ghilardi" in credit


def test_article_without_date_has_no_publication_event(tmp_path, gv_posts):
    db_path = tmp_path / "nodate.db"
    undated = tmp_path / "posts" / "framed.txt"  # out of its dated folder
    undated.parent.mkdir()
    undated.write_bytes(gv_posts["framed"].read_bytes())
    import_articles(db_path, [undated])
    assert rows(db_path, "SELECT count(*) n FROM events WHERE kind = 'publication'")[0]["n"] == 0
    assert rows(db_path, "SELECT lane FROM events LIMIT 1") in ([], [{"lane": "Articles"}])


def test_folders_are_expanded(gv_posts):
    root = gv_posts["credit"].parents[3]
    found = expand_article_paths([root])
    assert sorted(found) == sorted(gv_posts.values())


# ---- the database -----------------------------------------------------------------------------


def test_foreign_sqlite_file_is_refused(tmp_path, sample_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignDatabaseError):
        import_articles(path, [sample_path])
    with pytest.raises(ForeignDatabaseError):
        import_events(path, tmp_path / "x.csv", EventMapping.from_dict({"start": "date"}))
    assert rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'") == [
        {"name": "customers"}
    ]


def test_non_sqlite_file_is_refused(tmp_path, sample_path):
    path = tmp_path / "notes.db"
    path.write_text("not a database, just some words " * 100)
    with pytest.raises(NotSQLiteError):
        import_articles(path, [sample_path])


# ---- events tables ----------------------------------------------------------------------------

CSV_MAPPING = {
    "_about": "comment keys are ignored",
    "title": "{who}: {what}",
    "text": "what",
    "start": "day",
    "end": "until",
    "precision": {"column": "prec", "map": {"1": "day", "4": "month"}, "default": "day"},
    "lane": {"column": "kind", "map": {"1": "Battles", "2": "Protests"}, "default": "Other"},
    "source": {"headline": "headline", "name": "outlet", "url": "link", "date": "reported"},
    "keep": ["id", "who"],
}

CSV_TEXT = '''id,who,what,day,until,prec,kind,headline,outlet,link,reported
1,Army,Shelling of the old town,2016-01-05,,1,1,Shells hit town,SOHR,,2016-01-06
2,Crowd,"Protest, with ""banners""",2016-01-07,2016-01-09,1,2,Shells hit town,SOHR,,2016-01-06
3,Army,No date here,,,1,1,,,,
4,Army,Backwards range,2016-02-10,2016-02-01,1,1,,,,
5,Police,Raids during the month,2016-03,,4,3,Raids reported,,https://www.example.org/raids,2016-04-01
6,Army,Bad day,2016-02-30,,1,1,,,,
'''


@pytest.fixture
def csv_file(tmp_path) -> Path:
    path = tmp_path / "conflict.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    return path


def test_csv_import(tmp_path, csv_file):
    db_path = tmp_path / "events.db"
    report = import_events(db_path, csv_file, EventMapping.from_dict(CSV_MAPPING))
    assert (report.imported, report.events, report.skipped_duplicates) == (3, 3, 0)
    assert report.articles == 2  # rows 1 and 2 cite the same article
    assert [where for where, _ in report.failed] == [
        "conflict.csv:line 4",
        "conflict.csv:line 5",
        "conflict.csv:line 7",
    ]
    assert "no start date" in report.failed[0][1]
    assert "before start" in report.failed[1][1]

    events = rows(db_path, "SELECT * FROM events ORDER BY start_key")
    assert [e["title"] for e in events] == [
        "Army: Shelling of the old town",
        'Crowd: Protest, with "banners"',
        "Police: Raids during the month",
    ]
    assert [(e["start"], e["end"], e["precision"], e["lane"]) for e in events] == [
        ("2016-01-05", None, "day", "Battles"),
        ("2016-01-07", "2016-01-09", "day", "Protests"),
        ("2016-03", None, "month", "Other"),
    ]
    assert events[1]["end_key"] == span_keys("2016-01-07", "2016-01-09")[1]
    assert json.loads(events[0]["data"]) == {"id": "1", "who": "Army"}
    assert all(e["kind"] == "record" and len(e["record_hash"]) == 64 for e in events)
    assert events[0]["article_id"] == events[1]["article_id"]

    articles = rows(db_path, "SELECT * FROM articles ORDER BY id")
    assert [(a["headline"], a["source"], a["published"], a["body"]) for a in articles] == [
        ("Shells hit town", "SOHR", "2016-01-06", None),
        ("Raids reported", "example.org", "2016-04-01", None),  # source from the url's host
    ]


def test_csv_reimport_is_idempotent(tmp_path, csv_file):
    db_path = tmp_path / "events.db"
    mapping = EventMapping.from_dict(CSV_MAPPING)
    import_events(db_path, csv_file, mapping)
    before = counts(db_path)
    report = import_events(db_path, csv_file, mapping)
    assert (report.imported, report.skipped_duplicates, report.articles) == (0, 3, 0)
    assert counts(db_path) == before


JSONL_MAPPING = {
    "title": {"column": "text", "first_sentence": True},
    "text": "text",
    "start": "date",
    "end": "date_end",
    "precision": {"column": "precision", "map": {"day-range": "day"}},
    "lane": {"value": "Timeline"},
    "source": {
        "headline": "refs.0.title",
        "name": {"column": "refs.0.source", "map": {"the original": None}},
        "url": "refs.0.url",
    },
    "keep": ["refs"],
}

JSONL_RECORDS = [
    {
        "date": "2011-03-15",
        "date_end": "",
        "precision": "day",
        "text": "Protests began in Damascus. Dozens were arrested.",
        "refs": [{"title": "Protests in Syria", "url": "http://news.example/a", "source": "BBC"}],
    },
    {
        "date": "2011-03-16",
        "date_end": "2011-03-18",
        "precision": "day-range",
        "text": "Protests spread to Daraa.",
        "refs": [
            {"title": "Daraa", "url": "http://www.paper.example/d", "source": "the original"},
            {"title": "Second ref", "url": "http://x.example/2", "source": None},
        ],
    },
    {"date": "March 2011", "date_end": "", "precision": "", "text": "Unclear date.", "refs": []},
    {"date": "2011-04", "date_end": "", "precision": "month", "text": "Month entry.", "refs": []},
]


@pytest.mark.parametrize("name", ["timeline.jsonl", "timeline.jsonl.gz", "timeline.json"])
def test_json_import(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(JSONL_RECORDS), encoding="utf-8")
    else:
        lines = "".join(json.dumps(r) + "\n" for r in JSONL_RECORDS) + "{broken\n"
        path.write_bytes(gzip.compress(lines.encode()) if name.endswith(".gz") else lines.encode())
    mapping_file = tmp_path / "timeline.mapping.json"
    mapping_file.write_text(json.dumps(JSONL_MAPPING), encoding="utf-8")
    db_path = tmp_path / "timeline.db"
    progress: list[tuple[int, int]] = []

    report = import_events(
        db_path, path, mapping_file, progress=lambda d, t: progress.append((d, t))
    )

    assert report.imported == 3
    where = "item 3" if name.endswith(".json") else "line 3"
    assert report.failed[0][0] == f"{name}:{where}"
    assert "not an ISO date" in report.failed[0][1]
    if not name.endswith(".json"):
        assert report.failed[1][0] == f"{name}:line 5"  # the broken JSON line
    assert progress and progress[-1][0] == progress[-1][1] == path.stat().st_size

    events = rows(db_path, "SELECT * FROM events ORDER BY start_key")
    assert events[0]["title"] == "Protests began in Damascus."
    assert events[0]["text"] == "Protests began in Damascus. Dozens were arrested."
    assert [(e["start"], e["end"], e["precision"]) for e in events] == [
        ("2011-03-15", None, "day"),
        ("2011-03-16", "2011-03-18", "day"),
        ("2011-04", None, "month"),
    ]
    assert len(json.loads(events[1]["data"])["refs"]) == 2
    assert events[2]["article_id"] is None  # no references, no source article
    articles = rows(db_path, "SELECT headline, source, url FROM articles ORDER BY id")
    assert articles == [
        {"headline": "Protests in Syria", "source": "BBC", "url": "http://news.example/a"},
        {"headline": "Daraa", "source": "paper.example", "url": "http://www.paper.example/d"},
    ]


def test_unreadable_table_is_reported_whole(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"this is not gzip data at all")
    report = import_events(tmp_path / "t.db", path, EventMapping.from_dict({"start": "date"}))
    assert report.imported == 0
    assert report.failed and report.failed[0][0] == str(path)


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"title": "name"}, "no 'start'"),
        ({"start": "d", "colour": "c"}, "unknown mapping key"),
        ({"start": {"column": "d", "value": "x"}}, "exactly one"),
        ({"start": {"column": "d", "maps": {}}}, "unknown option"),
    ],
)
def test_bad_mappings_are_explained(tmp_path, mapping, message):
    path = tmp_path / "bad.mapping.json"
    path.write_text(json.dumps(mapping), encoding="utf-8")
    with pytest.raises(MappingError, match=message):
        EventMapping.load(path)


# ---- the command line -------------------------------------------------------------------------


def test_cli_imports_articles_and_tables(tmp_path, sample_path, csv_file, capsys):
    mapping = tmp_path / "conflict.mapping.json"
    mapping.write_text(json.dumps(CSV_MAPPING), encoding="utf-8")
    db_path = tmp_path / "cli.db"
    code = main(
        [str(db_path), str(sample_path), str(csv_file), "--published", "2019-12-23",
         "--mapping", str(mapping)]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 1  # the CSV has three bad rows
    assert out.splitlines()[0].startswith("imported 4, skipped 0 duplicates, failed 3, events ")
    assert "conflict.csv:line 4: no start date" in out
    assert counts(db_path)["articles"] == 3


def test_cli_clean_import_exits_0(tmp_path, sample_path, capsys):
    code = main([str(tmp_path / "ok.db"), str(sample_path.parent), "--published", "2019-12-23"])
    assert code == 0
    assert capsys.readouterr().out.startswith("imported 1, skipped 0 duplicates, failed 0, events")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["x.db", "a.txt", "--published", "23/12/2019"], "not a date: '23/12/2019'"),
        (["x.db", "events.csv"], "give its columns with --mapping"),
        (["x.db"], "required"),
    ],
)
def test_cli_usage_errors_exit_2_with_one_line(tmp_path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert not (tmp_path / "x.db").exists()


def test_cli_refuses_foreign_database(tmp_path, sample_path, capsys):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert main([str(path), str(sample_path)]) == 1
    assert "not a timeline database" in capsys.readouterr().err


def test_unique_records_filed_under_several_dates_become_one_imprecise_event(tmp_path):
    import json as _json

    from db.ingest.importers import import_events
    from db.ingest.mapping import EventMapping, MappingError

    lines = [
        {"date": "2012-05-01", "text": "Shelling in Homs."},
        {"date": "2012-05-02", "text": "Shelling in Homs."},
        {"date": "2012-05-31", "text": "Shelling in Homs."},
        {"date": "2012-05-02", "text": "Talks in Geneva."},
        {"date": "2012-06-30", "text": "Talks in Geneva."},
        {"date": "2012-07-04", "text": "A one-off."},
    ]
    source = tmp_path / "entries.jsonl"
    source.write_text("\n".join(_json.dumps(line) for line in lines))
    mapping = EventMapping.from_dict({"start": "date", "text": "text", "unique": ["text"]})
    db_path = tmp_path / "u.db"
    report = import_events(db_path, source, mapping)
    assert report.imported == 3 and report.skipped_duplicates == 3
    rows = (
        sqlite_utils.Database(db_path)
        .execute('SELECT text, start, "end", precision FROM events ORDER BY start_key')
        .fetchall()
    )
    assert rows == [
        ("Shelling in Homs.", "2012-05", None, "month"),  # every copy in one month
        ("Talks in Geneva.", "2012-05-02", "2012-06-30", "fuzzy"),
        ("A one-off.", "2012-07-04", None, "day"),
    ]
    assert import_events(db_path, source, mapping).imported == 0  # idempotent still
    with pytest.raises(MappingError, match="'unique'"):
        EventMapping.from_dict({"start": "date", "unique": ["nonsense"]})


def test_a_sentence_without_full_stops_keeps_the_part_around_each_date(tmp_path):
    # 300 dates in one 14 kB "sentence": each event keeps at most MAX_SENTENCE characters
    # around its own expression, not the whole line 300 times.
    days = [datetime.date(2019, 1, 1) + datetime.timedelta(days=i) for i in range(300)]
    line = " and ".join(f"troops moved on {d:%B} {d.day}, {d.year}" for d in days)
    article = tmp_path / "long.txt"
    article.write_text(f"A long report\n\nThe army said {line}.\n", encoding="utf-8")
    db = tmp_path / "long.db"
    import_articles(db, [article], published=PUBLISHED)
    stored = rows(db, "SELECT body FROM articles")[0]["body"]
    events = rows(
        db, "SELECT start, text, span_start, span_end, data FROM events WHERE kind = 'sentence'"
    )
    assert sorted(e["start"] for e in events) == [d.isoformat() for d in days]
    for event in events:
        timex = json.loads(event["data"])["timex"]
        assert len(event["text"]) <= MAX_SENTENCE
        assert stored[event["span_start"] : event["span_end"]] == event["text"]
        assert event["span_start"] <= timex["begin"] and timex["end"] <= event["span_end"]
