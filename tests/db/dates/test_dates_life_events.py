"""Happenings of a life story no date names (issue 13): placed by an age after a birth year,
by "N years after her marriage", by "then" at the story's current year; a section heading does
not break the story. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates.headings import paragraph_breaks
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 10, 14)


events = partial(starts_and_precisions, dct=DCT)


def test_an_age_after_a_birth_year_dates_its_clause() -> None:
    got = events(
        "Oskar Brandt was born in Lübeck in 1862, the son of a ropemaker. At the age of "
        "fourteen he was sent to sea as a cabin boy. Aged twenty-three, he passed his "
        "master's examination in Hamburg."
    )
    assert got["He was sent to sea as a cabin boy"] == ("1876", "year")
    assert got["He passed his master's examination in Hamburg"] == ("1885", "year")


def test_an_age_dates_only_its_half_of_a_sentence_with_a_date_of_its_own() -> None:
    got = events(
        "Clara Jost was born in Basel on 3 May 1901. She won a prize for piano at the age of "
        "nine and entered the conservatory in September 1915."
    )
    assert got["She won a prize for piano"] == ("1910", "year")
    assert ("1915-09", "month") in got.values()


def test_an_age_told_far_from_the_birth_is_not_put_on_the_publication_day() -> None:
    got = events(
        "Ivo Marek was born in Brno in 1930. His father kept a bakery. He sang in the choir "
        "for years. When he was seventeen, he left for Prague with a violin and no money."
    )
    assert got["He left for Prague with a violin and no money"] == ("1947", "year")
    assert all(start[:4] != "2026" for start, _ in got.values())


def test_an_age_in_a_when_clause_dates_the_clause_it_belongs_to() -> None:
    got = events("Ida Rask was born in Turku in 1888. Her father drowned when she was six.")
    assert got["Her father drowned"] == ("1894", "year")


def test_an_age_without_a_birth_dates_nothing() -> None:
    got = events("The club was founded in 1921. At the age of seventy he still played every week.")
    assert all(start[:4] in ("1921",) for start, _ in got.values())


def test_years_after_her_own_happening_count_from_the_story_year() -> None:
    got = events(
        "She joined the orchestra of the Vienna opera in 1936. Two years after her appointment "
        "she became its first woman leader."
    )
    assert got["She became its first woman leader"] == ("1938", "year")


def test_then_places_a_happening_at_the_story_year() -> None:
    got = events(
        "Paul Lemaire took his engineering degree at Lille in 1908. He then went to work for "
        "a shipyard in Saint-Nazaire."
    )
    assert got["He went to work for a shipyard in Saint-Nazaire"] == ("1908", "year")


def test_then_in_the_news_stays_news() -> None:
    got = events("The council met on Monday. It then voted to close the library.")
    assert all(start.startswith("2026") for start, _ in got.values())


def test_a_heading_opens_the_paragraph_under_it() -> None:
    text = (
        "He took his degree in the summer of 1931.\n\nCareer\n\n"
        "He then taught chemistry at a school in Leeds."
    )
    assert paragraph_breaks(text) == []  # the heading joins the story before and after it
    assert events(text)["He taught chemistry at a school in Leeds"] == ("1931", "year")
    two = "He took his degree in 1931.\n\nThe school closed in 1960. It was sold.\n\nEnd."
    assert len(paragraph_breaks(two)) == 2  # sentences, not headings


def test_an_aside_of_the_same_date_does_not_swallow_the_sentences_event() -> None:
    got = events(
        "Her first novel, printed at Leipzig in 1893, sold badly, and in the same year she "
        "moved to Dresden with her sister."
    )
    assert got["She moved to Dresden with her sister"][0] == "1893"
    assert any(start == "1893" and "Leipzig" in title for title, (start, _) in got.items())


def test_an_age_in_the_birth_sentence_dates_its_own_half() -> None:
    got = events("Nils Ek was born in Umeå in 1870, and at the age of twelve he went to sea.")
    assert got["He went to sea"] == ("1882", "year")


def test_a_retirement_at_an_age_no_birth_dates_ends_the_term_before_it() -> None:
    got = events(
        "Maria Sand conducted the cathedral choir from 1961 to 1994. Under her the choir "
        "toured Japan twice. She retired at the age of sixty-eight."
    )
    assert got["She retired at the age of sixty-eight"] == ("1994", "year")
