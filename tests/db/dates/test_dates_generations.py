"""A town's history across generations and decades: "A generation later" is the decade about
twenty-five years on, "the decades that followed" an amount (the unit word, as TimeBank marks
"years"), and "By the end of that decade" the decade last named. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 8, 11)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_a_generation_later_is_the_decade_it_falls_in() -> None:
    text = (
        "The mill burned down in the spring of 1782. A generation later the valley had two "
        "new mills, and in the decades that followed the village grew into a town."
    )
    got = found(text)
    assert got["A generation later"] == ("DATE", "180")
    assert got["decades"] == ("DURATION", "PXDE")
    titles = {d.timex.text: (d.start, d.precision) for d in dated_sentences(text, DCT)}
    assert titles["A generation later"] == ("1800", "decade")
    assert "decades" not in titles  # an amount dates no event


def test_two_generations_earlier_counts_back() -> None:
    got = found("The chapel was rebuilt in 1905. Two generations earlier it had been a barn.")
    assert got["Two generations earlier"] == ("DATE", "185")


def test_the_end_of_that_decade_is_the_decade_last_named() -> None:
    got = found(
        "The canal opened in 1794, and in the 1820s the port tripled its trade. By the end of "
        "that decade it had its own bank."
    )
    assert got["the end of that decade"] == ("DATE", "182")


def test_the_years_that_follow_in_a_life_told_in_the_present() -> None:
    got = found("She opens her shop in 1881. The years that follow are the best of her life.")
    assert got["years"] == ("DURATION", "PXY")
