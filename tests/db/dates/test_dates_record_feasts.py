"""Feasts in records and chronicles (issue 13): a feast a happening lasts "until" after a later
point of the year is the next year's, and a feast named with its date beside it takes that
date's year. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def found(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_until_a_feast_earlier_in_the_year_is_the_next_one() -> None:
    got = found("In 1603 the sickness came to the town at Midsummer and stayed until Candlemas.")
    assert got["Midsummer"] == "1603-06-24"
    assert got["Candlemas"] == "1604-02-02"


def test_until_a_month_goes_on_but_a_look_back_stays() -> None:
    got = found("In 1916 the battalion went into the line on 1 July and held it until March.")
    assert got["March"] == "1917-03"
    got = found(
        "The battalion went into the line on 1 July 1916. It had trained at Etaples until March."
    )
    assert got["March"] == "1916-03"


def test_a_feast_takes_the_year_of_the_date_beside_it() -> None:
    got = found("Bishop Alcock consecrated the chapel on St George's Day, 23 April 1412.")
    assert got["St George's Day"] == "1412-04-23"
    got = found("The garrison surrendered on Christmas Day, December 25, 1643, after a long siege.")
    assert got["Christmas Day"] == "1643-12-25"


def test_a_date_beside_a_feast_that_is_another_day_gives_it_no_year() -> None:
    got = found("In 1820 the fair began on Michaelmas, 2 October 1819 being a Saturday.")
    assert got["Michaelmas"] == "1820-09-29"


def test_the_morrow_of_a_feast_is_the_day_after_it() -> None:
    got = found(
        "In 1322 the earl was seized on the vigil of St Andrew and hanged on the morrow of "
        "St Andrew."
    )
    assert got["the vigil of St Andrew"] == "1322-11-29"
    assert got["the morrow of St Andrew"] == "1322-12-01"


def test_on_the_morrow_is_the_day_after_the_story_s_day() -> None:
    got = found("The rebels reached Ripon on 9 October 1536. On the morrow they marched on York.")
    assert got["the morrow"] == "1536-10-10"
    assert "the morrow" not in found("They said they would answer on the morrow.")


def test_about_a_year_after_what_was_made_is_a_year() -> None:
    got = found("The chronicle was written about 1150 by a canon of Bridlington.")
    assert got["1150"] == "1150"
    got = found("The chancel was built about 1290 and the tower about 1440.")
    assert got["1290"] == "1290" and got["1440"] == "1440"
    got = found("The deed, dated about 1210, names the mill.")
    assert got["1210"] == "1210"


def test_about_an_amount_after_a_verb_stays_an_amount() -> None:
    assert "1500" not in found("The press printed about 1500 and sold most of them.")
    assert "1200" not in found("The guild built about 1200 houses.")
