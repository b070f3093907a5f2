"""A present perfect after a semicolon or a "but" tells how things stand at the time of writing:
it takes no date of the past clause before it. Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.model import NEGATED

DCT = datetime.date(2027, 3, 12)  # a Friday


def starts_of(text: str, words: str) -> list[tuple[str, str]]:
    at = text.index(words)
    got = dated_sentences(text, DCT)
    return [(d.start, d.status) for d in got if d.clause[0] <= at < d.clause[1]]


def test_a_perfect_after_a_semicolon_is_news_of_the_day() -> None:
    text = "The inquest was opened on Tuesday and adjourned; no cause of death has been given."
    assert starts_of(text, "no cause") == [("2027-03-12", NEGATED)]
    assert starts_of(text, "The inquest")[0][0] == "2027-03-09"


def test_a_perfect_running_from_a_time_still_leans_on_its_date() -> None:
    text = "The ferry ran aground on Monday; it has stayed on the sandbank since."
    assert [s for s, _ in starts_of(text, "it has stayed")] == ["2027-03-08"]
