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

