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


# The closing day of a run told in a trailing participle ("..., closing on ...") says how long
# the run lasted: "that night" after it is the opening night the sentence is about.


def test_that_night_after_an_opening_and_a_closing_in_a_theatre_guide() -> None:
    got = _values(
        "Its great hit was Lady Margery, a comedy, which opened on Tuesday 4 October 1892 and "
        "ran for ninety nights, closing on Saturday 4 February 1893. The stage manager's book "
        "for that night records a full house. A letter of the following Monday asks for more "
        "chairs."
    )
    assert got["that night"] == "1892-10-04TNI"
    assert got["the following Monday"] == "1892-10-10"


def test_that_evening_after_an_exhibition_that_ended_on_a_later_day() -> None:
    got = _values(
        "The society's first show opened in the Corn Hall on Thursday 3 May 1888, finally "
        "closing on Saturday 26 May. That evening the mayor gave a dinner for the exhibitors."
    )
    assert got["That evening"] == "1888-05-03TEV"


def test_a_closing_day_in_the_main_clause_moves_the_story() -> None:
    # no participle: the closing is what the sentence tells, and "that night" is its night
    got = _values(
        "The play opened on Monday 6 March 1899. It closed on Saturday 22 April 1899. That "
        "night the company held a supper on the stage."
    )
    assert got["That night"] == "1899-04-22TNI"


# A participle after a noun looks back from the story's day: "the plan submitted in March" read
# at October's meeting is that year's March, not the next one.


def test_a_participle_month_before_the_meetings_day_stays_in_its_year() -> None:
    got = _values(
        "On 14 November 1911 the guild met in the Long Room. The warden laid before it the "
        "accounts audited by Mr Pell in February, and they were passed."
    )
    assert got["February"] == "1911-02"


# An editor's bracket after a sentence gives the year of its year-less dates: a translated
# chronicle, an edited diary and a memoir's footnote.


def test_an_editors_bracket_dates_a_chronicles_feasts() -> None:
    got = _values(
        "In the year 1102 the monks came to Helmsby. After many winters the old prior died on "
        "the Tuesday before Easter and was buried on Easter Day. [In 1131 Easter fell on 19 "
        "April.]"
    )
    assert got["the Tuesday before Easter"] == "1131-04-14"
    assert got["Easter Day"] == "1131-04-19"


def test_this_was_in_a_year_after_an_edited_diary_entry() -> None:
    got = _values(
        "My grandfather began the diary in 1816 as a boy of twelve. Years later he came home from "
        "the Baltic at Michaelmas and found the mill shut. [This was in 1821.]"
    )
    assert got["Michaelmas"] == "1821-09-29"


def test_sources_placing_a_translation_in_a_year() -> None:
    got = _values(
        "The saint died in 880. In the reign of King Osric, on the tenth day of June, the abbot "
        "moved her bones into the choir. [The abbey's charters place this in 1040.]"
    )
    assert got["the tenth day of June"] == "1040-06-10"


def test_a_bracket_about_something_else_gives_no_year() -> None:
    got = _values(
        "The guild was founded in 1762. Its first feast was held on Lady Day in the George. "
        "[The George was pulled down when the railway came.]"
    )
    assert got["Lady Day"] == "1762-03-25"


# A timeline's month at the end of one entry is not read with the year heading the next line,
# and a run of years in brackets of its own marks its two years as a life's dates do.


def test_a_month_ending_a_timeline_entry_stays_in_its_entrys_year() -> None:
    got = _timexes(
        "Our story in dates\n1871 – the forge opens on Back Lane\n1902 – flood; forge "
        "reopened by June\n1925 – the first motor repairs\n"
    )
    assert ("June", "1902-06") in got
    assert ("1925", "1925") in got


def test_a_month_and_year_across_a_wrapped_line_of_prose_stay_one_date() -> None:
    got = _timexes("The forge burned down in the great fire of June\n1925 and was rebuilt.")
    assert got == [("June\n1925", "1925-06")]


def test_a_works_run_of_years_in_brackets_marks_two_years() -> None:
    got = _timexes("In 1880 he began the Harbour sketchbooks (1880–1886), now in the museum.")
    assert ("1880", "1880") in got[1:]
    assert ("1886", "1886") in got


# A season inside words quoted from a month long past, with no day named, counts from that
# month: ahead where a bound looks ahead, back where the words tell what happened.


def test_a_season_ahead_in_a_surveyors_report_dated_to_a_month() -> None:
    got = _values(
        "On the night of 3 November 1823 the sea broke through the Fenby bank. The engineer "
        'wrote to the commissioners in February 1824: "The breach is forty yards wide. I have '
        'set men to fill it with chalk until the summer."'
    )
    assert got["the summer"] == "1824-SU"


def test_a_season_gone_by_in_a_millers_letter_dated_to_a_month() -> None:
    got = _values(
        "The mill passed to the Coombe family in 1779. Its tenant wrote to his landlord in "
        'March 1788: "We lost the wheat in the summer and I cannot pay the rent."'
    )
    assert got["the summer"] == "1787-SU"
