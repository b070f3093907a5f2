"""The fixed feasts of the church year that date chronicles (issue 13): "the feast of St John
the Baptist", "St Bartholomew's Day", "at midsummer"; without a year they take the story's.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, datetime.date(2026, 1, 10))}


def test_a_feast_without_its_year_takes_the_chronicles_year() -> None:
    text = (
        "In the year 1215 the barons gathered at Stamford. On the feast of St John the Baptist "
        "they rode to Windsor, and on the feast of the Assumption the abbot came to them."
    )
    got = found(text)
    assert got["the feast of St John the Baptist"] == "1215-06-24"
    assert got["the feast of the Assumption"] == "1215-08-15"


def test_a_saints_day_with_its_year() -> None:
    assert found("The great fair opened on St Bartholomew's Day 1662 at Smithfield.") == {
        "St Bartholomew's Day 1662": "1662-08-24"
    }


def test_midsummer_after_at_is_midsummer_day() -> None:
    text = "In 1190 the abbey burned, and at midsummer the monks began to rebuild the choir."
    assert found(text)["midsummer"] == "1190-06-24"


def test_a_midsummer_night_and_a_saint_are_no_date() -> None:
    assert found("It was a midsummer night in 1700 when St George's chapel burned.") == {
        "1700": "1700"
    }


def test_a_feast_with_its_year() -> None:
    text = "The town charter was sealed on the feast of St Andrew, 1302, in the guildhall."
    assert found(text) == {"the feast of St Andrew, 1302": "1302-11-30"}
