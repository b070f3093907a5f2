"""A history's year survives what is told in its own present or ahead of it: a document's date
("a letter dated 'Ashby, 4th June' complains"), a chronology's lines ("- 9 May: the mayor takes
office"), the future seen from the past ("replied that the board would meet in June"), and a
quoted letter dated by a day of the story's month ("dated the 21st"). News keeps the publication
date for the same words. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 8)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_documents_date_told_in_the_present_is_the_storys() -> None:
    text = (
        "The mill opened on 3 April 1852, and on 9 April the first bale was sold. A letter to "
        "the agent dated 'Ashby, 4th June' complains that the looms are slow. The autumn "
        "brought a fire, and on 2 October the drying shed burned."
    )
    got = values(text)
    assert got["4th June"] == "1852-06-04"
    assert got["The autumn"] == "1852-FA"
    assert got["2 October"] == "1852-10-02"


def test_a_documents_date_in_news_is_the_last_one() -> None:
    got = values("A letter dated 3 December asks the council to keep the library open.")
    assert got["3 December"] == "2026-12-03"


def test_a_letter_dated_by_a_day_of_the_storys_month() -> None:
    text = (
        "In 1902 the old vicar fell ill in the middle of March. In a note to his curate, dated "
        'the 21st, the doctor wrote: "He ate nothing yesterday." On 4 April the parish '
        "chose a new organist."
    )
    got = values(text)
    assert got["the 21st"] == "1902-03-21"
    assert got["yesterday"] == "1902-03-20"
    assert got["4 April"] == "1902-04-04"


def test_dated_before_a_regiment_is_no_day() -> None:
    got = values("In 1902 the colonel fell ill in March. An order dated the 3rd Battalion's move.")
    assert "the 3rd" not in got


def test_a_chronology_of_a_history_is_in_its_year() -> None:
    text = (
        "The council of Brenmoor fell in the spring of 1871. The main events that followed "
        "were:\n- 2 June: the mayor resigns;\n- 9 October: the new council takes office;\n"
        "- 14 November: the first rate is set."
    )
    got = values(text)
    assert got["2 June"] == "1871-06-02"
    assert got["9 October"] == "1871-10-09"
    assert got["14 November"] == "1871-11-14"


def test_a_news_list_of_dates_to_come_stays_ahead() -> None:
    text = (
        "The council will set its budget this month. The dates are:\n- 14 December: the "
        "vote on the budget;\n- 6 January: the first rate bills go out."
    )
    got = values(text)
    assert got["14 December"] == "2026-12-14"
    assert got["6 January"] == "2027-01-06"


def test_the_future_seen_from_a_storys_day_is_the_storys() -> None:
    text = (
        "The trouble began in the spring of 1931. On 2 March the board rejected the plan for a "
        "new wing. The staff asked for a second vote; the chairman replied that the board would "
        "next meet in June."
    )
    assert values(text)["June"] == "1931-06"


def test_would_in_news_looks_ahead_from_the_publication_date() -> None:
    got = values("The minister said on Monday that the talks would resume in March.")
    assert got["March"] == "2027-03"


def test_the_following_weekday_counts_from_the_last_day_told() -> None:
    text = (
        "The court gave its ruling on Friday 9 March 1906 and ordered that the estate be held in "
        "trust until the heir came of age in 1911.\n\nThe trustees met the following Monday."
    )
    assert values(text)["the following Monday"] == "1906-03-12"


def test_the_following_weekday_without_a_day_told_is_the_readers() -> None:
    got = values("The bridge is closed this week. It reopens to cars the following Monday.")
    assert got["the following Monday"] == "2026-12-14"


def test_would_after_news_time_in_its_paragraph_is_the_readers() -> None:
    text = (
        "A report on the ferry (Ferry to sail again in spring, 4 December, page 9) said the "
        "service had stopped in 2017. It stopped in October 2016, after a storm on the night of "
        "12 October. The same report said the ferry would run again by Easter."
    )
    assert values(text)["Easter"] == "2027-03-28"


def test_a_record_line_headed_by_its_year_and_feast() -> None:
    text = (
        "The churchwardens' book records the work in a line a year:\n\n"
        "1752, Candlemas. The old roof taken down.\n"
        "1753, Midsummer Day. New beams set in place.\n"
        "1755. The bells rehung."
    )
    got = values(text)
    assert got["1752"] == "1752"
    assert got["Candlemas"] == "1752-02-02"
    assert got["Midsummer Day"] == "1753-06-24"
    assert got["1755"] == "1755"


def test_a_single_line_opening_on_a_number_and_a_comma_is_no_annal() -> None:
    got = values("The hall seats 350 people.\n\n1200, Rowe Street is the old address.")
    assert "1200" not in got


def test_a_demand_in_a_list_looks_ahead_from_its_day() -> None:
    text = (
        "The strike began in the autumn of 1931. On 12 November the strikers posted their terms "
        "on the gates:\n1. the decision of 3 November to be withdrawn;\n2. wages to rise from "
        "January;\n3. the night shift to end in March."
    )
    got = values(text)
    assert got["3 November"] == "1931-11-03"  # what it names stays where it was
    assert got["January"] == "1932-01"
    assert got["March"] == "1932-03"


def test_a_deadline_asked_for_is_the_next_feast() -> None:
    text = (
        "The spring of 1834 found her in debt. Her second book had come out in November 1833, "
        "and the printers were pressing for a third by Michaelmas."
    )
    assert values(text)["Michaelmas"] == "1834-09-29"


def test_a_deadline_met_looks_back() -> None:
    text = (
        "The spring of 1834 found her in debt. Her second book had come out in November 1833, "
        "and she had finished the proofs by Michaelmas."
    )
    assert values(text)["Michaelmas"] == "1833-09-29"
