"""Session 18's blind narrative sets: the general causes of their misses, each with sentences
of our own in several registers (never copied from a gold file)."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, DCT).timexes()}


# A newspaper or record quoted after a colon, dated by its own look back ("on Monday last"):
# the quotation's clauses are on that day; the story after the quotation resumes on its own day.


def test_a_quoted_match_report_keeps_its_clauses_on_its_saturday() -> None:
    got = _values(
        "The Harriers moved to Mill Field in 1904 and met the Wanderers there on 15 April "
        "1905.\n\nThe Courier of Thursday 11 May 1905 reported it tersely: "
        '"The Harriers were beaten at home on Saturday last. The gates opened at noon and '
        'the rain set in soon after." The next day the committee met.'
    )
    assert got["Saturday last"] == "1905-05-06"
    assert got["noon"] == "1905-05-06T12:00"
    assert got["The next day"] == "1905-05-12"


def test_a_constable_report_after_a_colon_dates_its_own_night() -> None:
    got = _values(
        "The turnpike riots reached the valley in February 1881, and on 1 March the trustees "
        "doubled the tolls. The inspector wrote on 14 March 1881: 'On Tuesday last the mob "
        "gathered at the toll gate. At midnight they broke it down.' The next morning the "
        "county sent troops."
    )
    assert got["Tuesday last"] == "1881-03-08"
    assert got["midnight"].startswith("1881-03-0")
    assert got["The next morning"] == "1881-03-15TMO"


# A letter headed only by its day ("headed 'Tuesday 9th'"): the heading is the writer's now, so
# "this morning" and a bare weekday inside the letter count from it, and the story keeps its year.


def test_a_page_headed_by_its_day_counts_this_morning_from_the_heading() -> None:
    got = _values(
        "On 2 November 1915 he sailed for Salonika. He kept up a steady post home. The "
        'earliest to survive is headed "Tuesday 9th": "We landed this morning in a gale." '
        "The regiment moved up on 20 November."
    )
    assert got["Tuesday 9th"] == "1915-11-09"
    assert got["this morning"] == "1915-11-09TMO"
    assert got["20 November"] == "1915-11-20"


def test_a_diary_page_headed_by_its_day_keeps_the_story_year() -> None:
    got = _values(
        "The family left Galway in the spring of 1847 and reached Liverpool on 6 April. "
        'The next page is headed "Friday 16th": "Mother took ill this evening." '
        "The Dunmore Post of 20 April listed the ship."
    )
    assert got["this evening"] == "1847-04-16TEV"
    assert got["20 April"] == "1847-04-20"


# Feast days of the church and civic year that histories date by: Whit Tuesday (the Whitsun
# holiday's second day, a club walk's or a fair's) and Remembrance Sunday (November's second).


def test_whit_tuesday_is_the_day_after_whit_monday() -> None:
    got = _values(
        "The friendly society first walked on Whit Tuesday 1868; by 1880 the walk had moved "
        "to Whit Monday 1880."
    )
    assert got["Whit Tuesday 1868"] == "1868-06-02"
    assert got["Whit Monday 1880"] == "1880-05-17"


def test_remembrance_sunday_is_novembers_second_sunday() -> None:
    got = _values(
        "The names were read at the cross on Remembrance Sunday, 1921, and the poppy wreaths "
        "were laid again on Remembrance Sunday 1956."
    )
    assert got["Remembrance Sunday, 1921"] == "1921-11-13"
    assert got["Remembrance Sunday 1956"] == "1956-11-11"


# A newspaper or a record told in the historian's present ("The Courier ... reports that
# 'on Sunday morning last'"): the quoted look back counts from the paper's day, not from today.


def test_a_paper_that_reports_in_the_present_dates_its_sunday_last() -> None:
    got = _values(
        "The chapel opened in 1852. The Western Times of Friday 14 May 1858 reports that "
        '"on Sunday morning last" the gallery gave way during the sermon.'
    )
    assert got["Sunday morning last"] == "1858-05-09TMO"
