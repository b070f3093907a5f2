"""A timetable's present of what is held or shown ("holds", "hosts", "publishes", "presents",
"unveils") speaks of what is to come, as "opens" and "begins" do: a diary entry told with one is
on its heading's day, and a year-less date after one is the next. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.model import PLANNED

DCT = datetime.date(2026, 6, 12)  # a Friday


def test_an_entry_holding_a_meeting_is_on_its_headings_day() -> None:
    text = (
        "Next week in the county.\n\nTUESDAY, JUNE 16\n"
        "- The county council holds its budget meeting.\n"
    )
    at = text.index("The county council")
    got = [
        (d.start, d.status) for d in dated_sentences(text, DCT) if d.clause[0] <= at < d.clause[1]
    ]
    assert got == [("2026-06-16", PLANNED)]


def test_a_date_after_hosts_is_the_next_one() -> None:
    found = {t.text: t.value for t in find_timexes("The library hosts a book fair on May 2.", DCT)}
    assert found["May 2"] == "2027-05-02"
