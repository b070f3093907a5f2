"""Happenings a reign or a term of office dates ("During his reign ..."): placed in the year
the reign began, the last date the story named (a range's start), where no date of their own
clause dates them, and only in a story told in its own past. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates import dated_sentences
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 9, 30)


events = partial(starts_and_precisions, dct=DCT)


def test_a_happening_of_a_tenure_is_placed_where_it_began() -> None:
    got = events(
        "Margaret Hale became headmistress of the grammar school on 4 September 1921. "
        "During her tenure the school doubled in size and opened a laboratory."
    )
    assert got["The school doubled in size and opened a laboratory"] == ("1921", "year")


def test_a_reign_given_as_a_range_starts_at_its_first_year() -> None:
    got = events(
        "Casimir the Great ruled Poland from 1333 to 1370. Under his rule the kingdom "
        "doubled its towns, and in 1364 he founded a university at Kraków."
    )
    assert got["The kingdom doubled its towns"] == ("1333", "year")
    assert got["He founded a university at Kraków"] == ("1364", "year")


def test_a_reign_with_a_date_of_its_own_clause_keeps_that_date() -> None:
    got = events(
        "The duke came to power in 1720. During his reign the palace burned in March 1734."
    )
    assert [v for k, v in got.items() if "palace" in k] == [("1734-03", "month")]


def test_news_of_a_tenure_is_no_story_of_the_past() -> None:
    text = "During her tenure the agency has hired 300 inspectors, the minister said on Monday."
    assert [d.timex.rule for d in dated_sentences(text, DCT) if d.timex.rule == "reign"] == []
