"""Dates across the era boundary (issue 13): a day or month of a year written with its era
("20 August AD 2"), and a year counted on from a BC one into AD ("the following year" after
1 BC is AD 1), which is a real date the timeline can place. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 2, 3)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_day_of_an_ad_year_keeps_its_year() -> None:
    text = (
        "In AD 9 three legions were lost in the forest. The emperor's stepson came back "
        "to the Rhine on 12 October AD 10, and in March 11 AD he crossed it again."
    )
    assert found(text) == {
        "AD 9": "0009",
        "12 October AD 10": "0010-10-12",
        "March 11 AD": "0011-03",
    }


def test_a_year_counted_on_from_a_bc_year_is_placed_in_ad() -> None:
    text = (
        "In 1 BC the general marched his army to the Danube. "
        "The following year he crossed the river into the hills."
    )
    assert found(text)["The following year"] == "0001"
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    # 1 BC is year 0 of the timeline's astronomical numbering (tests/.../test_dates_bc_events.py)
    assert [(r["start"], r["precision"]) for r in rows] == [("0000", "year"), ("0001", "year")]


def test_a_year_counted_on_inside_bc_stays_bc() -> None:
    text = "In 3 BC the town was founded. The following year its walls were built."
    assert found(text)["The following year"] == "BC0002"
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert [(r["start"], r["precision"]) for r in rows] == [("-0002", "year"), ("-0001", "year")]
