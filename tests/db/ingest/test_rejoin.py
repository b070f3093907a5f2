"""A mapping's `rejoin`: records a scraper cut mid-sentence (at each citation mark) become one
event again; whole sentences, list items and cross-reference lines stay apart."""

from __future__ import annotations

import json

import pytest
import sqlite_utils

from db.ingest.importers import import_events
from db.ingest.mapping import EventMapping, MappingError
from db.ingest.rejoin import continues

MAPPING = {
    "title": {"column": "text", "first_sentence": True},
    "text": "text",
    "start": "date",
    "lane": {"value": "Chronology"},
    "source": {"headline": "refs.0.title", "url": "refs.0.url"},
    "keep": ["refs"],
    "rejoin": ["heading"],
}


@pytest.mark.parametrize(
    ("text", "following"),
    [
        # goes on in lower case, after a word or a full stop
        ("In the old port of Tartus, twelve", "fishermen were detained overnight."),
        ("Two soldiers were killed in Hama.", "and three in Idlib, the monitor said."),
        # stops after a comma, a dash, an open bracket
        ("The ministers of Jordan,", "Egypt and Lebanon met in Amman."),
        ("The convoy reached the crossing –", "Bab al-Hawa – before dawn."),
        # stops on a word that needs more
        ("Officials said they had seen a shipment of", "T-72 tanks leave the depot."),
        ("The talks were chaired by", "Kofi Annan in Geneva."),
        # stops on a title that stands before a name
        ("The offensive was led by Brig.", "Gen. Issam Zahreddine."),
    ],
)
def test_a_sentence_cut_in_two_is_continued(text, following):
    assert continues(text, following)


@pytest.mark.parametrize(
    ("text", "following"),
    [
        ("The ceasefire held in Homs.", "Rebels said 20 fighters had left the old city."),
        ("Protests were held in four cities.", "19 March: funerals in Daraa drew thousands."),
        ("The council launched a website at example.org.", "SANA reported a pipeline blast."),
        ("Shelling resumed on the previous day.", "c. 3–7 April: the siege tightened."),
        # items of a list without full stops
        ("In Aleppo, the police detained 40 students", "The army withdrew from Douma"),
        # cross-reference lines, on either side
        ("Main article: Siege of Homs", "On 9 May the army entered the Bab Amr district."),
        ("The shelling of the town went on,", "See also: Battle of Qusayr"),
    ],
)
def test_whole_sentences_list_items_and_cross_references_stay_apart(text, following):
    assert not continues(text, following)


def write_jsonl(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def test_an_import_joins_the_pieces_of_one_paragraph_under_one_heading(tmp_path):
    ref = lambda n: {"title": f"Report {n}", "url": f"https://news.example/{n}"}  # noqa: E731
    rows = [
        {"date": "2012-03-04", "heading": "4 March", "text": "In the old port of Tartus, twelve",
         "refs": [ref(1)]},
        {"date": "2012-03-04", "heading": "4 March", "text": "fishermen were detained,",
         "refs": [ref(2), ref(1)]},  # cited again: kept once
        {"date": "2012-03-04", "heading": "4 March", "text": "their boats seized by the navy.",
         "refs": []},
        {"date": "2012-03-04", "heading": "4 March", "text": "The ferry service to Arwad stopped.",
         "refs": [ref(3)]},
        # the next heading: a piece left open at a heading's end is not joined across it
        {"date": "2012-03-04", "heading": "4 March", "text": "Later that day the governor of",
         "refs": []},
        {"date": "2012-03-05", "heading": "5 March", "text": "two villages were shelled.",
         "refs": [ref(4)]},
    ]  # fmt: skip
    records = tmp_path / "chronology.jsonl"
    write_jsonl(records, rows)
    db_path = tmp_path / "out.db"
    report = import_events(db_path, records, EventMapping.from_dict(MAPPING))
    assert not report.failed

    db = sqlite_utils.Database(db_path)
    events = list(db.query("SELECT text, start, data, article_id FROM events ORDER BY id"))
    assert [e["text"] for e in events] == [
        "In the old port of Tartus, twelve fishermen were detained, their boats seized by the "
        "navy.",
        "The ferry service to Arwad stopped.",
        "Later that day the governor of",
        "two villages were shelled.",
    ]
    first = events[0]
    assert first["start"] == "2012-03-04"
    assert [r["title"] for r in json.loads(first["data"])["refs"]] == ["Report 1", "Report 2"]
    (headline,) = db.execute(
        "SELECT headline FROM articles WHERE id = ?", [first["article_id"]]
    ).fetchone()
    assert headline == "Report 1"  # the source: the first piece's first reference
    db.close()

    again = import_events(db_path, records, EventMapping.from_dict(MAPPING))
    assert again.imported == 0  # the joined records are the same records again


def test_rejoin_needs_a_text_column():
    with pytest.raises(MappingError, match="rejoin"):
        EventMapping.from_dict({"start": "date", "text": "{a} {b}", "rejoin": ["heading"]})
    with pytest.raises(MappingError, match="rejoin"):
        EventMapping.from_dict({"start": "date", "text": "text", "rejoin": "heading"})
