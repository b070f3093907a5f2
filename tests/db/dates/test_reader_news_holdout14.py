"""Rules shown by news held-out 14 (a central bank's minutes, a cyber attack's timeline, a
museum's purchase, a planning dispute, a tram strike). Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.happenings import PLANNED
from db.dates.news_reports import passive_report
from db.dates.plural_timetable import plural_timetable_after_place

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


def test_a_plural_timetable_after_a_place_phrase_looks_ahead() -> None:
    # DCT 2026-09-03 is a Thursday: "Libraries in the county reopen on Monday" is the coming one
    dct = datetime.date(2026, 9, 3)
    text = "Libraries in the county reopen on Monday after the flood repairs."
    got = {(d.start, d.status) for d in dated_sentences(text, dct)}
    assert got == {("2026-09-07", PLANNED)}
    # and a past verb after the same phrase is still the Monday gone by
    text = "Libraries in the county reopened on Monday after the flood repairs."
    assert {d.start for d in dated_sentences(text, dct)} == {"2026-08-31"}
    # a singular noun before the phrase opens no timetable: the tense is left to the rest
    assert not plural_timetable_after_place("the bridge in the town reopen".split(), 5)


def test_a_past_spelt_as_its_present_is_the_past() -> None:
    # DCT 2026-10-09: "In April, a landslide shut the coast road" is the April gone by, not the
    # coming one; "will shut" and "to hit" are still to come
    dct = datetime.date(2026, 10, 9)
    text = "In April, a landslide shut the coast road for a week."
    assert {(d.start, d.status) for d in dated_sentences(text, dct)} == {("2026-04", "happened")}
    text = "A storm hit the harbour on Tuesday."
    assert {d.start for d in dated_sentences(text, dct)} == {"2026-10-06"}
    text = "The council will shut the coast road on Tuesday."
    assert {(d.start, d.status) for d in dated_sentences(text, dct)} == {("2026-10-13", PLANNED)}


def test_a_report_in_a_notice_or_a_letter_is_news_of_its_own() -> None:
    # DCT 2026-10-09: the notice is the day's news beside the dated happening it reports
    dct = datetime.date(2026, 10, 9)
    text = "In a notice to shareholders, Brightwell said a fire had halted its kiln on August 3."
    got = {d.start for d in dated_sentences(text, dct)}
    assert got == {"2026-10-09", "2026-08-03"}
    text = "The trust said in a letter to patients that the ward had closed on Monday."
    assert {d.start for d in dated_sentences(text, dct)} == {"2026-10-09", "2026-10-05"}


def test_a_cited_source_without_a_determiner_takes_its_date() -> None:
    # "according to minutes ... published on Wednesday": the minutes are dated, not the hold
    text = (
        "The port board kept its fees unchanged on February 10, according to minutes of the "
        "meeting published on Monday."
    )
    got = {d.start: d.title for d in dated_sentences(text, DCT)}
    assert got["2027-02-10"] == "The port board kept its fees unchanged"
    assert got["2027-03-01"] == "Minutes of the meeting published on Monday"


def test_a_passive_reporting_verb_keeps_its_clause_negated() -> None:
    # "was not disclosed" tells of the thing kept quiet, not of a report made: negated
    text = "The club sold its training ground on January 12. The price was not disclosed."
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert ("2027-01-12", "negated") in got  # on the sale's day, as a day's run puts it
    assert passive_report("The price was never revealed")
    assert not passive_report("It was announced that the plant would close")
    assert not passive_report("Police said the road had reopened")
