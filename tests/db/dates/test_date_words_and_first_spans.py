"""A year after "the date" or "dated" is a year however early ("the wall carries the date 1766",
`rules.absolute`), and "for the first fortnight", "during the first week" are lengths, DURATIONs
marked but not drawn (`rules.first_spans`). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 20)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_a_year_after_the_date_or_dated_is_a_year() -> None:
    assert found("The barn's gable still carries the date 1741 in white stones.")["1741"] == (
        "DATE",
        "1741",
    )
    assert found("A roof beam in the hall is dated 1712.")["1712"] == ("DATE", "1712")


def test_an_early_number_without_such_a_word_is_no_year() -> None:
    assert "1500" not in found("Please check 1500 records by hand.")


def test_the_first_or_last_unit_of_a_stay_is_a_length() -> None:
    got = found('"For the first fortnight the lambs stayed in the shed," he said.')
    assert got["the first fortnight"] == ("DURATION", "P2W")
    got = found("During the first week the new ferry ran half empty.")
    assert got["the first week"] == ("DURATION", "P1W")


def test_a_week_of_a_month_is_still_a_date() -> None:
    got = found("In the first week of May the river flooded.")
    assert got["the first week of May"][0] == "DATE"
    assert "the first week" not in found("The first week was quiet.")
