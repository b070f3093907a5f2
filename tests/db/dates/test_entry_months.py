"""A dated box or chronology of entries, one a line, each headed by a date and a colon ("Mar
2024: ...", "Late Jun: ...", "Oct: ..."): a month alone heading an entry is that month, its year
carried down; the entry's text after the colon is the event. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 20)

BOX = (
    "The stadium saga\n\n"
    "TIMELINE\n"
    "9 Nov 2023: The club unveils plans for a new stand.\n"
    "Late Jan: Neighbours lodge 300 objections.\n"
    "Mar: The planning board refuses consent.\n"
    "June 2024: An appeal is lodged.\n"
    "Feb: An inspector overturns the refusal."
)


def test_a_month_heading_an_entry_takes_the_year_carried_down() -> None:
    got = {t.text: t.value for t in find_timexes(BOX, DCT)}
    assert got["Late Jan"] == "2024-01"
    assert got["Mar"] == "2024-03"
    assert got["Feb"] == "2025-02"


def test_an_entrys_text_after_its_heading_is_the_event() -> None:
    items = {d.start: d.title for d in dated_sentences(BOX, DCT)}
    assert "refuses consent" in items["2024-03"]
    assert "overturns the refusal" in items["2025-02"]
    assert "unveils plans" in items["2023-11-09"]


def test_a_bare_month_word_mid_line_is_no_heading() -> None:
    got = {t.text for t in find_timexes("The ferry has a capacity of 300 in Aug: plenty.", DCT)}
    assert "Aug" not in got
