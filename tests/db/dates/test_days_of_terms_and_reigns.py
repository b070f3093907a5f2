"""A year-less day dated by the regnal year told right after it, and a feast naming a term, a
sessions or a fair dated by the year after that word. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates.extract import analyse

DCT = datetime.date(2026, 5, 4)


def timexes(text: str) -> list[tuple[str, str]]:
    doc = analyse(text, DCT)
    return [(text[m.begin : m.end], m.res.value) for m in doc.mentions]


def test_day_takes_the_regnal_year_told_after_it() -> None:
    got = timexes("The charter was sealed on 9 July in the third year of the reign of Queen Anne.")
    # one expression, as TimeML marks it (`regnal_day_spans`); Anne's third year ran from 8 March
    assert ("9 July in the third year of the reign of Queen Anne", "1704-07-09") in got


def test_day_takes_the_year_of_our_lord_after_it() -> None:
    got = timexes("The abbot died on 2 March in the year of our Lord 812.")
    assert ("2 March", "0812-03-02") in got


def test_day_with_a_comma_before_an_aside_keeps_its_own_year() -> None:
    got = timexes("He was sworn in on 4 March 1829. On 9 July he dined with the cabinet.")
    assert ("9 July", "1829-07-09") in got


def test_feast_naming_sessions_takes_the_year_after_them() -> None:
    got = timexes("The poacher was sent down at the Easter sessions of 1838.")
    assert ("Easter", "1838-04-15") in got


def test_feast_naming_a_term_with_a_comma_before_the_year() -> None:
    got = timexes("Wren matriculated in the Michaelmas term, 1649, aged seventeen.")
    assert ("Michaelmas", "1649-09-29") in got


def test_month_waited_for_is_the_next_after_the_story() -> None:
    got = timexes("The nave was begun in August 1788, but it would be May before the lead was on.")
    assert ("May", "1789-05") in got


def test_month_waited_for_in_the_past_tense() -> None:
    got = timexes("The blockade began in July 1702. It was March before a ship got through.")
    assert ("March", "1703-03") in got


def test_a_name_after_was_is_no_month() -> None:
    assert timexes("The best singer was May when the choir met.") == []
