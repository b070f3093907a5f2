""" "the year after" as an adverb before a clause of its own, not the conjunction. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_the_year_after_opening_a_clause_to_the_sentence_end_is_the_next_year() -> None:
    got = values(
        "In 1820 the mill opened at Leeds. The following year it opened at York, and the year "
        "after it opened at Hull."
    )
    assert got["the year after"] == "1822"
    got = values("In 1820 the mill opened at Leeds. The year after they built a second one.")
    assert got["The year after"] == "1821"


def test_the_conjunction_counts_from_its_clause_and_is_no_date() -> None:
    # a main clause after the comma: "the year after" opens a subordinate clause
    got = values("In 1820 the mill opened at Leeds. The year after it opened at York, he died.")
    assert "The year after" not in got
    # after a verb: counted from the clause, not from the story's year
    got = values("In 1820 the mill opened at Leeds. He died the year after it opened at York.")
    assert "the year after" not in got


def test_an_amount_on_opening_a_past_sentence_is_later() -> None:
    text = "The mill opened in 1890. Ten years on, it had 400 hands. A year on, a fire gutted it."
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    placed = {r["title"]: r["start"] for r in rows}
    assert placed["It had 400 hands"] == "1900"
    assert placed["A fire gutted it"] == "1901"
    assert values(text)["Ten years"] == "P10Y"  # an amount, as "ten years later" is in TimeML


def test_an_amount_on_in_the_present_or_mid_sentence_is_only_an_amount() -> None:
    text = "The strike began in March 2019. Two years on, the miners are still out."
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert all(r["start"] != "2021" for r in rows)
    assert values("They walked for two days on the moor.")["two days"] == "P2D"
