"""An anniversary told in the present: "It is forty years since the strike began" dates the
strike forty years before the writer's day, at the unit's precision or that of "this month",
"this week", "today" after the amount; TimeML marks the amount a DURATION and "this month" on
its own. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 14)


def timexes(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, DCT)]


def dates_covering(text: str, words: str) -> set[str]:
    at = text.index(words)
    return {d.start for d in dated_sentences(text, DCT) if d.clause[0] <= at < d.clause[1]}


def test_it_is_an_amount_since_dates_the_since_clause_back() -> None:
    text = "It is forty years since the strike began at the shipyard."
    assert timexes(text) == [("forty years", "DURATION", "P40Y")]
    assert dates_covering(text, "the strike began") == {"1986"}


def test_this_month_after_the_amount_gives_the_precision() -> None:
    text = "It's now sixty years this month since the last tram ran on Quay Road."
    assert ("sixty years", "DURATION", "P60Y") in timexes(text)
    assert ("this month", "DATE", "2026-05") in timexes(text)
    assert "1966-05" in dates_covering(text, "the last tram ran")


def test_a_past_or_a_stretch_is_no_anniversary() -> None:
    text = "It was ten years since she had last sailed."
    assert "2016" not in dates_covering(text, "she had last sailed")
    text = "Prices have risen for ten years since the war."
    assert timexes(text)[0] == ("ten years", "DURATION", "P10Y")
