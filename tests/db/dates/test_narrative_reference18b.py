"""Session 18 (second pass): the reference time a careful reader keeps through a history.
Sentences of our own in several registers (a local history, a theatre guidebook, a museum label,
a catalogue, a society's minutes, a memoir)."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _timexes(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in analyse(text, DCT).timexes()]


def _values(text: str) -> dict[str, str | None]:
    return dict(_timexes(text))


# A run of two full years closing a title over its subtitle, or a catalogue's field, marks its
# two years, as a heading's run followed by a blank line does.


def test_a_chapter_title_over_its_subtitle_marks_two_years() -> None:
    got = _timexes(
        "The Fever at Kelling, 1832–1833\n"
        "From the second chapter of a parish history printed for the bicentenary\n\n"
        "The first case was a carter's boy, buried on 2 July 1832."
    )
    assert got[:2] == [("1832", "1832"), ("1833", "1833")]


def test_a_catalogue_field_of_dates_marks_two_years() -> None:
    got = _timexes(
        "Reference: HB/7/3\nTitle: Letters of the turnpike trustees\nDates: 1802-1809\n"
        "Extent: 40 items\n\nThe trust was formed in 1802 to mend the Hexley road."
    )
    assert ("1802", "1802") in got[:2]
    assert ("1809", "1809") in got


def test_a_run_in_a_hard_wrapped_sentence_stays_one_expression() -> None:
    got = _timexes("The pumping engine ran from 1851–1860\nOn coal from the Hexley pits.")
    assert got[0] == ("1851–1860", "1851")


# "plans" before a participle is the noun it hangs on: "the plans approved by the vestry in
# April", told in a history's past, is that history's April, never a future one.


def test_plans_approved_by_a_vestry_in_a_parish_history() -> None:
    got = _values(
        "The old church at Marden was pulled down in 1841. The rector quarrelled with the "
        "builder all that summer. He burned the plans approved by the vestry in April and "
        "ordered new ones."
    )
    assert got["April"] == "1841-04"


def test_a_plan_submitted_in_a_society_minute() -> None:
    got = _values(
        "At the meeting of 12 October 1903 the committee heard that the hall was too small. "
        "The secretary read the plan submitted by Mr Dyer in March and it was set aside."
    )
    assert got["March"] == "1903-03"


def test_plans_still_to_come_keep_the_future() -> None:
    got = _values("The council plans to approve the new library in March.")
    assert got["March"] == "2027-03"
