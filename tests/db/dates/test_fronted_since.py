"""A sentence that opens with "Since <year>" and goes on in the present perfect ("Since 2010 the
trust has restored the wheel") brings a history up to the reader's now (`news_cues.state_to_now`),
as "has been on display since 1921" does: a year-less month after it is the latest one, not the
story's year. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_month_after_a_fronted_since_perfect_is_the_latest() -> None:
    text = (
        "The mill was built in 1790 and burned in 1862. In 1871 it was rebuilt as a school. "
        "Since 2010 the trust has restored the wheel. The new sluice was fitted in September."
    )
    assert values(text)["September"] == "2026-09"


def test_ever_since_with_a_perfect_too() -> None:
    text = (
        "The tower was finished in 1352 and the spire in 1361. Ever since 1998 volunteers have "
        "rung the bells. The tenor bell was rehung in October."
    )
    assert values(text)["October"] == "2026-10"


def test_a_fronted_since_in_the_past_keeps_the_story() -> None:
    # "Since 1850 the town had grown": a state up to the story's time, not the reader's
    text = (
        "The railway reached Holby in 1841 and the docks opened in 1850. By 1871 the town had "
        "doubled. Since 1850 it had grown faster than any port on the coast. The new quay "
        "opened in June."
    )
    assert values(text)["June"] == "1871-06"
