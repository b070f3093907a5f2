"""An amount counted to a happening in apposition to a feast day ("on St Swithin's Day 1645,
nine weeks after the siege began") is an aside: the story stays on the feast, so "three days
later" counts from it. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 12, 6)


def starts(text: str) -> dict[str, str]:
    rows = dated_sentences(text, DCT)
    return {text[s.clause[0] : s.clause[1]].strip(): s.start for s in rows}


def test_three_days_later_counts_from_the_feast() -> None:
    text = (
        "The siege of 1645 was a long one. The garrison marched out on St Swithin's Day, nine "
        "weeks after the first mines were fired. "
        "This copy was printed three days later."
    )
    got = starts(text)
    assert [v for k, v in got.items() if k.startswith("This copy")] == ["1645-07-18"]


def test_after_michaelmas_too() -> None:
    text = (
        "The year 1702 was a poor one. The rents fell due at Michaelmas, a month after the "
        "harvest ended. "
        "The steward collected them two days later."
    )
    got = starts(text)
    assert [v for k, v in got.items() if k.startswith("The steward")] == ["1702-10-01"]
