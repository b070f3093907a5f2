"""News causes left after session 18's sets (issue 13), in sentences written for these tests in
several news styles: a past spelled as its present ("cut", "set", "hit") with a weekday is the
past weekday, not a plan for the coming one."""

from __future__ import annotations

import datetime

from tests.db.dates.test_news_causes16 import on_title, placed, values

WED = datetime.date(2026, 11, 18)  # publication day: Monday is 16, the coming Monday 23


def test_a_firm_named_in_s_cut_its_forecast_on_monday() -> None:
    # a business brief: "its" tells one firm, so "cut" is its past, and Monday the one gone by
    text = "Dunmore Mills cut its profit forecast on Monday. Its shares fell 6 per cent."
    got = placed(text, WED)
    assert values(text, WED)["Monday"] == "2026-11-16"
    assert on_title(got, "Dunmore Mills cut its profit forecast") == {"2026-11-16"}


def test_a_noun_forecast_is_no_forecast_of_the_day() -> None:
    # a wire report: "the forecast" after a verb is its object, a noun; the act is past
    text = "The central bank trimmed the forecast on Tuesday, citing weak exports."
    assert values(text, WED)["Tuesday"] == "2026-11-17"


def test_a_forecast_with_no_verb_of_its_own_still_looks_ahead() -> None:
    # a weather line: "gales forecast on Friday" (no determiner) is what is expected
    text = "The ferry company has cancelled sailings, with gales forecast on Friday."
    assert values(text, WED)["Friday"] == "2026-11-20"


def test_same_form_pasts_after_a_name_with_a_weekday() -> None:
    # a local paper and a sports report: "set", "hit", "let", "shut" told of a day gone by
    text = (
        "Bramwell Parish Council set its precept on Monday after a two-hour meeting.\n\n"
        "Harrowgate Rovers let a two-goal lead slip on Saturday."
    )
    got = placed(text, WED)
    assert on_title(got, "Bramwell Parish Council set its precept") == {"2026-11-16"}
    assert on_title(got, "Harrowgate Rovers let a two-goal lead slip") == {"2026-11-14"}


def test_a_same_form_verb_after_will_is_still_a_plan() -> None:
    # a business brief: with "will" the cut is to come, the coming Monday
    text = "Dunmore Mills will cut its prices on Monday."
    assert on_title(placed(text, WED), "Dunmore Mills will cut its prices") == {"2026-11-23"}


# Cause 1: a year-less season or month in a background, read as a reader reads it.


def test_that_spring_before_a_when_clause_in_the_past_is_the_season() -> None:
    # a film page: "that spring when the lead broke an ankle" is the season of the year named
    text = (
        "Filming began on Skye in February 2025 and stopped for a month that spring when the "
        "lead broke an ankle."
    )
    assert values(text, datetime.date(2027, 1, 4))["that spring"] == "2025-SP"


def test_that_month_before_a_when_clause_in_the_past_is_the_month() -> None:
    # a local history column: "that April when a storm tore off its end"
    text = "The pier opened in 1996 and closed that April when a storm tore off its end."
    assert values(text, WED)["that April"] == "1996-04"


def test_spring_as_a_verb_before_when_stays_no_time() -> None:
    # an essay: "problems that spring when markets fail" has a present after "when"
    text = "In 1996 he wrote about problems that spring when markets fail."
    assert "spring" not in " ".join(values(text, WED))


def test_a_month_in_a_paragraph_that_speaks_of_this_year_is_news_time() -> None:
    # a regatta preview: the history paragraph ends in 2001; the next one, which speaks of this
    # year's race, tells of the last February
    text = (
        "The regatta began in 1961 as a race between two pubs. It was cancelled in 2001, when "
        "foot-and-mouth closed the river.\n\n"
        "Its first secretary, Tom Ellery, died in February aged 91. His grandson will start "
        "this year's first race."
    )
    got = placed(text, WED)
    assert on_title(got, "Its first secretary, Tom Ellery, died") == {"2026-02"}


def test_could_not_with_a_weekday_is_a_past_inability() -> None:
    # a rescue report and a football report: "could not" is the past of "cannot" in news
    text = (
        "Divers could not reach the flooded cave on Sunday.\n\n"
        "Brackley Town could not break through on Saturday and drew 0-0."
    )
    got = placed(text, WED)
    assert on_title(got, "Divers could not reach the flooded cave") == {"2026-11-15"}
    assert on_title(got, "Brackley Town could not break through") == {"2026-11-14"}


def test_could_not_before_until_still_looks_ahead() -> None:
    # a court report: "could not ... until Monday" is a day to come
    text = "The hearing could not resume until Monday, the judge ruled."
    assert values(text, WED)["Monday"] == "2026-11-23"


def test_a_past_done_again_before_its_object_is_past() -> None:
    # a sailing club's news: "rebuilt its boathouse" in February is the February gone by
    text = "In February the rowing club rebuilt its boathouse. The rebuilt shed opens in May."
    got = placed(text, WED)
    assert on_title(got, "The rowing club rebuilt its boathouse") == {"2026-02"}
