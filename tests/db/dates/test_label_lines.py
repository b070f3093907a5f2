"""A catalogue's entry lines ("Box 4. Brass lamp. Attic of the mill, 2.iii.1921."): the date
dates the whole entry, headword first, and no line lends its date to the next. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 12, 7)

_LIST = (
    "The finds were boxed as they came out of the ground:\n\n"
    "Box 4. Brass lamp. Attic of the old mill, 2 March 1921. Given by T. Lowe.\n"
    "Box 5. Clay pipe, broken. Cellar floor. Found with coins.\n"
    "Box 6. Tin whistle. Garden wall, 9 May 1923. Rusted through.\n"
)


def covering(text: str, word: str) -> list[str]:
    """The dates of the events whose span covers `word`'s first letter."""
    at = text.index(word)
    return [d.start for d in dated_sentences(text, DCT) if d.clause[0] <= at < d.clause[1]]


def test_an_entry_lines_date_covers_its_headword() -> None:
    assert covering(_LIST, "Brass lamp") == ["1921-03-02"]
    assert covering(_LIST, "Tin whistle") == ["1923-05-09"]


def test_an_entry_line_without_a_date_takes_none_from_the_line_before() -> None:
    assert covering(_LIST, "Clay pipe") == []


def test_a_lone_line_of_fragments_is_no_catalogue() -> None:
    text = "Notes. Brass lamp. Attic of the old mill, 2 March 1921. Given by T. Lowe.\n\nThe end."
    assert covering(text, "Brass lamp") == []


def test_a_line_opening_with_its_own_day_keeps_it_and_its_aside() -> None:
    # a churchwardens' book: each line is headed by its day; a date later in it is an aside
    text = (
        "Churchwardens' payments, 1802\n\n"
        "1802\n"
        "Mar. 4. To the glazier for the vestry window, broken in the storm of the 27th past, 3s.\n"
        "Mar. 11. To the ringers for the peace, 5s.\n"
    )
    assert covering(text, "To the glazier") == ["1802-03-04"]
    assert covering(text, "broken in") == ["1802-02-27"]
    assert covering(text, "To the ringers") == ["1802-03-11"]
