"""Life dates in an opening bracket written with circa and spaced dashes (issue 13): "(c. 1815 –
1880)", "(c.1815–c.1880)", "(1601 - 1662)", "(born c. 1815)", "(fl. 1230s)" give the birth and
death years (the floruit's decade), the life's range and a title without an empty bracket; a
circa birth still dates a later "was born". Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime
import json

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events
from db.provenance import is_around

DCT = datetime.date(2026, 10, 14)


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def events(text: str) -> dict[str, tuple[str, str | None, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["end"], r["precision"]) for r in rows}


def test_spaced_dashes_give_both_years_of_an_early_modern_life() -> None:
    text = "Matthias Egger (1601 - 1662) was a stonemason of Ulm."
    assert values(text) == [("1601", "1601"), ("1662", "1662")]
    assert events(text) == {"Matthias Egger was a stonemason of Ulm": ("1601", "1662", "year")}
    assert [v for _, v in values("Egger (1601 – 1662) built the gate.")] == ["1601", "1662"]


def test_circa_on_both_ends_joins_the_life_into_one_range() -> None:
    for bracket in ("(c.1501–c.1562)", "(c. 1501 – c. 1562)", "(c. 1501 – 1562)"):
        text = f"Hans Mair {bracket} was a mason."
        assert [v for _, v in values(text)] == ["1501", "1562"], bracket
        assert events(text) == {"Hans Mair was a mason": ("1501", "1562", "year")}, bracket


def test_a_circa_birth_and_a_floruit_leave_no_empty_bracket_in_the_title() -> None:
    assert events("Hans Mair (born c. 1501) was a mason.") == {
        "Hans Mair was a mason": ("1501", None, "year")
    }
    # a floruit is when he was active, not the date of what the sentence says of him
    assert events("Master Hugh (fl. 1230s) was a master mason at Wells.") == {
        "Master Hugh active": ("1230", "1239", "decade")
    }


def test_a_circa_birth_year_dates_the_birth_told_later_and_the_ages_after_it() -> None:
    got = events(
        "Hans Mair (c. 1501 – 1562) was a mason of Ulm. Mair was born in a village near the "
        "city. At twenty he went to Basel."
    )
    assert got["Mair was born in a village near the city"] == ("1501", None, "year")
    assert got["He went to Basel"] == ("1521", None, "year")
    got = events("Ida Brun (born c. 1790) was a singer. Brun was born at Odense.")
    assert got["Brun was born at Odense"] == ("1790", None, "year")


def test_a_number_after_a_dash_that_is_a_score_stays_an_amount() -> None:
    assert values("The final tally was 3 - 1500 points.") == []


def provenances(text: str) -> dict[str, dict]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: json.loads(r["provenance"]) for r in rows}


def test_a_date_the_text_marks_circa_is_stored_approximate_and_shown_around() -> None:
    got = provenances("Hans Mair (c.1501–c.1562) was a mason. Ida Brun sang at Odense in 1811.")
    assert got["Hans Mair was a mason"]["approximate"] is True
    assert "approximate" not in got["Ida Brun sang at Odense"]
    assert is_around(got["Hans Mair was a mason"])
    got = provenances("Lena Dahl was born around 1412 in Vessby on the river.")
    assert got["Lena Dahl was born in Vessby on the river"]["approximate"] is True


def test_a_circa_left_without_its_date_leaves_the_title() -> None:
    assert events("The old mason died c. 1562 at Ulm.") == {
        "The old mason died at Ulm": ("1562", None, "year")
    }
    assert "He began the altarpiece" in events("He began the altarpiece c. 1503; a note survives.")
    assert "The team won the Group C title" in events("The team won the Group C title in 1990.")


def test_a_number_after_around_before_a_place_is_still_an_amount() -> None:
    assert values("The firm sold around 1500 in Germany last year.") == [("last year", "2025")]


def test_a_birth_placed_on_a_circa_bracket_is_approximate_too() -> None:
    got = provenances("Hans Mair (c. 1501 – 1562) was a mason. Mair was born near the city.")
    assert got["Mair was born near the city"]["approximate"] is True
    got = provenances("Hans Mair (1501 – 1562) was a mason. Mair was born near the city.")
    assert "approximate" not in got["Mair was born near the city"]
