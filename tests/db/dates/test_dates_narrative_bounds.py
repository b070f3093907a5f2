"""Known failures on historical narrative fixed in session 10 (bounds, jumps, anchors and
present states in a history). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates import find_timexes
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


events = partial(starts_and_precisions, dct=DCT)


def test_an_early_year_after_as_early_as_is_a_year_and_its_clause_is_dated_by_it() -> None:
    text = "As early as 1649, the town council had complained about the bridge. It fell in 1654."
    assert values(text)["1649"] == "1649"
    assert events(text)["The town council had complained about the bridge"] == ("1649", "year")
    assert (
        values("The custom was recorded as far back as 1520 in the parish book.")["1520"] == "1520"
    )
    assert "1500" not in values("He sold as many as 1500 copies.")  # an amount


def test_now_in_a_past_aside_of_a_history_is_the_story_then() -> None:
    text = (
        "In the winter of 1874 the surveyors measured the poles, now buried under deep drifts, "
        "and found that the ice had moved."
    )
    assert "now" not in values(text)
    # the present against the past: a thing lost since, a present verb, or news
    assert values("The abbot was buried at Ely in 1290; his tomb, now lost, stood by the altar.")[
        "now"
    ] == ("PRESENT_REF")
    got = values("The mill burned in 1460. Its stones, now scattered, are a reminder of the fire.")
    assert got["now"] == "PRESENT_REF"
    assert values("The firm, now owned by a Swiss group, said on Monday it would cut jobs.")[
        "now"
    ] == ("PRESENT_REF")


def test_a_present_state_with_now_after_a_history_is_no_news_of_the_day() -> None:
    got = events("The colonel fell at Leipzig in 1813. He is now buried in the cathedral crypt.")
    assert got == {"The colonel fell at Leipzig": ("1813", "year")}
    # in news the present is the publication day's
    got = events("The council met on Monday. The plan is now with the minister.")
    assert got["The plan is now with the minister"] == ("2026-12-06", "day")


def test_months_later_leaves_the_story_day_unknown() -> None:
    text = (
        "The caravel left Porto on 4 March 1612. Months later the crew sighted land. The next "
        "day they went ashore. On 2 September they built a stockade."
    )
    got = values(text)
    assert got["The next day"] == "XXXX-XX-XX"  # no day a reader knows
    assert got["2 September"] == "1612-09-02"  # a named month keeps its own
    got_events = events(text)
    assert "They went ashore" not in got_events and "The crew sighted land" not in got_events
    # a counted jump is counted
    text = "The caravel left Porto on 4 March 1612. Two months later the crew sighted land."
    assert events(text)["The crew sighted land"] == ("1612-05", "month")


def test_a_clause_after_months_later_is_not_kept_at_the_story_day() -> None:
    text = (
        "The caravel left Porto on 4 March 1612. Months later the crew sighted land, and "
        "that evening they went ashore."
    )
    assert list(events(text)) == ["The caravel left Porto"]
    assert values(text)["that evening"] == "XXXX-XX-XXTEV"
    text = "The caravel left Porto on 4 March 1612. Some weeks later, the next day, it sank."
    assert values(text)["the next day"] == "XXXX-XX-XX"


def test_years_after_a_named_happening_in_apposition_to_a_year_are_an_amount() -> None:
    text = (
        "The aviator crossed the channel in 1909. In 1949, forty years after the crossing, a "
        "memorial was unveiled on the cliffs."
    )
    got = values(text)
    assert got["forty years"] == "P40Y"  # how long since; what happened is 1949's
    assert events(text)["A memorial was unveiled on the cliffs"] == ("1949", "year")
    got_events = events("The memorial was unveiled in 1949, forty years after the crossing.")
    assert got_events == {"The memorial was unveiled": ("1949", "year")}
    # a day in apposition still names the day of what it counts from
    got_events = events("The envoy reached Ankara on Monday, a day after the minister resigned.")
    assert got_events["The minister resigned"] == ("2026-11-29", "day")


def test_the_title_of_an_amount_after_a_happening_is_the_main_clause() -> None:
    base = "Clara Holt married the engraver Paul Weiss in 1881. "
    for tail in (
        "She opened a bookshop in Bergen two years after she married.",
        "Two years after she married she opened a bookshop in Bergen.",
    ):
        got = events(base + tail)
        assert got["She opened a bookshop in Bergen"] == ("1883", "year"), tail
    got = events("Hans Mair died in 1562. The workshop was sold ten years after he died.")
    assert got["The workshop was sold"] == ("1572", "year")
    base = "The old master died in 1562. "
    for tail in (
        "Ten years after the death of the old master, his workshop was sold to the city.",
        "His workshop was sold to the city ten years after the death of the old master.",
    ):
        assert events(base + tail)["His workshop was sold to the city"] == ("1572", "year"), tail


def test_a_floruit_bracket_dates_the_person_being_active() -> None:
    got = events("Odo of Lincoln (fl. 1230s) was a mason who worked on the chapter house.")
    assert got == {"Odo of Lincoln active": ("1230", "decade")}
    got = events("The chronicle names a scribe, Adam the Clerk (fl. c. 1380), as its copyist.")
    assert got["Adam the Clerk active"] == ("1380", "year")
    # life dates stay what they were
    got = events("Hans Brenner (1501 – 1562) was a painter.")
    assert "Hans Brenner active" not in got


def test_a_written_account_that_ends_on_a_day_tells_a_day_of_the_year_it_covers() -> None:
    text = (
        "Ruth Ames kept a diary through the war; her second notebook covers 1917. What follows "
        "summarises it. In March she moved to Hull. The notebook ends on New Year's Eve, with a "
        "list of the dead."
    )
    assert values(text)["New Year's Eve"] == "1917-12-31"
    # without a frame sentence: the year of the account told a sentence before
    text = "Ruth Ames kept a diary in 1917. The third volume ends on New Year's Eve."
    assert values(text)["New Year's Eve"] == "1917-12-31"
    # a timetable's present is still the reader's
    got = values("Ruth Ames's notebooks cover 1917. The exhibition ends on New Year's Eve.")
    assert got["New Year's Eve"] == "2026-12-31"


def test_a_clause_after_some_weeks_later_in_a_history_gets_no_day() -> None:
    text = "The caravel left Porto on 4 March 1612. Some weeks later the crew sighted land."
    assert list(events(text)) == ["The caravel left Porto"]
