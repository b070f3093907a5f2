"""Rules shown by news held-out 14 (a central bank's minutes, a cyber attack's timeline, a
museum's purchase, a planning dispute, a tram strike). Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2027, 3, 3)


def test_a_range_of_months_takes_the_year_its_end_names_from_now() -> None:
    # "last year" belongs to both months: the range is March to September of 2026, not a
    # March still to come running back to last September (which placed nothing).
    text = "The port authority raised its fees four times between March and September last year."
    got = [(d.start, d.end_date) for d in dated_sentences(text, DCT)]
    assert got == [("2026-03", "2026-09")]
    # across the turn of the year the start is the year before the end's
    text = "The ferry ran a winter timetable from November to February this year."
    assert [(d.start, d.end_date) for d in dated_sentences(text, DCT)] == [("2026-11", "2027-02")]
    # and a range still ahead keeps its named year
    text = "The pier will be shut from May to August next year."
    assert [(d.start, d.end_date) for d in dated_sentences(text, DCT)] == [("2028-05", "2028-08")]
