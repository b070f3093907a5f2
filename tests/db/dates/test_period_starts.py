"""General causes found on the narrative held-out 23 set: a year that opens a new stretch of a
history at the end of its sentence ("The tours began in 1965."), a spelled-out count read as a
year ("a crowd of two thousand people"), "a second" before a proper adjective, and whole
thousands in durations. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 6, 10)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_year_that_starts_a_new_stretch_moves_the_story_year() -> None:
    text = (
        "In 1921 the choir sang in Bergen, and in June of that year it toured the fjords. "
        "The winter seasons abroad began in 1924. From early February to late March the singers "
        "travelled by sledge, and on 3 March they reached Tromsø."
    )
    v = values(text)
    assert v["early February"] == "1924-02"
    assert v["late March"] == "1924-03"
    assert v["3 March"] == "1924-03-03"


def test_a_start_in_an_earlier_year_or_mid_sentence_leaves_the_story_year() -> None:
    # a start told looking back is no new stretch of the story
    text = "In 1930 the mill flooded. Its work had started in 1902. In April the owners sold it."
    assert values(text)["April"] == "1930-04"
    # the year does not end its sentence: it dates a clause, not the stretch after it
    text = "In 1930 the mill flooded. Repairs began in 1931 and took a year. In April it reopened."
    assert values(text)["April"] == "1930-04"


def test_a_spelled_out_count_with_a_plural_is_no_year() -> None:
    v = values("The dock strike drew a crowd of two thousand workers in 1911.")
    assert "two thousand" not in v and v["1911"] == "1911"
    assert "two thousand" not in values("She spoke to an audience of two thousand people.")
    # a cue only a time takes still makes it a year
    assert values("In two thousand voters rejected the plan.")["two thousand"] == "2000"


def test_a_second_before_a_proper_adjective_is_the_ordinal() -> None:
    assert "A second" not in values("A second Swedish expedition sailed in 1899.")
    assert values("A second later the rope snapped.")["A second"] == "PT1S"


def test_whole_thousands_are_durations() -> None:
    assert values("The village was held for nearly a thousand years.") == {
        "nearly a thousand years": "P1000Y"
    }
    assert values("The vault stayed sealed for a thousand days.")["a thousand days"] == "P1000D"
