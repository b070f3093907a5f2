"""Known failures of the date extractor on historical narrative (issue 13, item 5): a week
counted from the story's day is a week, a day of a siege counted from its start, N years after a
happening the text dated, an anecdote's offset carried as the story's time, BC decades and
centuries, and a bare "years" left without a value. Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 14)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def events(text: str) -> dict[str, tuple[str, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["precision"]) for r in rows}


def test_the_following_week_after_a_story_day_is_the_next_iso_week() -> None:
    text = (
        "The regiment crossed the river on 20 June 1941. The following week it reached the "
        "outskirts of the town. The next week the autumn rains came early."
    )
    got = values(text)
    assert got["The following week"] == "1941-W26"  # 20 June 1941 is in week 25
    assert got["The next week"] == "1941-W27"
    assert events(text)["It reached the outskirts of the town"] == ("1941-06-23", "week")


def test_a_counted_day_in_apposition_is_the_date_beside_it() -> None:
    got = values(
        "The Ottoman army laid siege to the fortress on 16 April 1683. On the nineteenth day, "
        "the 4th of May, the garrison made a sortie. The sappers fired a mine on 9 May, the "
        "twenty-fourth day."
    )
    assert got["the nineteenth day"] == "1683-05-04"
    assert got["the 4th of May"] == "1683-05-04"
    assert got["the twenty-fourth day"] == "1683-05-09"


def test_a_day_of_the_siege_counts_from_the_day_it_began() -> None:
    text = (
        "The siege of the river fort began on 2 March 1759. The gunners found their range "
        "within a week. On the twenty-fifth day of the siege the north wall was breached."
    )
    assert values(text)["the twenty-fifth day of the siege"] == "1759-03-26"
    assert events(text)["The north wall was breached"] == ("1759-03-26", "day")


def test_a_counted_day_of_something_else_still_counts_nothing() -> None:
    got = values("The fair opened on 3 June 1851 and on the tenth day of the month it rained.")
    assert "the tenth day" not in got


def test_years_after_a_happening_told_with_its_year_count_from_that_year() -> None:
    text = (
        "Casimir came to the throne in 1333, after the death of his father. He rebuilt the "
        "walls of the capital and made peace with the knights. Seventeen years after he came "
        "to the throne, he founded a university in the old town."
    )
    assert events(text)["He founded a university in the old town"] == ("1350", "year")


def test_years_after_a_happening_no_sentence_dated_stay_an_amount() -> None:
    got = events(
        "The duke married Agnes of Cleves in 1402. Ten years after he went to war, the harvest "
        "failed."
    )
    assert all(start == "1402" for start, _ in got.values())
