"""A life counted from its birth and its death: "two years before he died" with the death told
later, "Twenty years after his death" several sentences on. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


events = partial(starts_and_precisions, dct=DCT)


def test_an_amount_before_a_death_told_later_counts_from_it() -> None:
    got = events(
        "Two years before he died, the engraver moved to Antwerp. He cut plates for the "
        "cathedral chapter. He died at Antwerp in 1611."
    )
    assert got["The engraver moved to Antwerp"] == ("1609", "year")
    got = events("The engraver moved to Antwerp two years before his death. He died in 1611.")
    assert got["The engraver moved to Antwerp"] == ("1609", "year")
    got = events("Six years after her birth the family left Vilnius. She was born there in 1903.")
    assert got["The family left Vilnius"] == ("1909", "year")


def test_a_later_marriage_or_two_years_is_no_count() -> None:
    # a marriage may be told more than once: only a birth or a death is looked for ahead
    got = events("Two years after she married, the painter moved to Ghent. She married in 1890.")
    assert "The painter moved to Ghent" not in got or got["The painter moved to Ghent"][0] != "1892"
    # a later sentence with two years says no single one
    got = events("Two years before he died, he moved to Antwerp. He lived from 1570 to 1611.")
    assert got.get("He moved to Antwerp", ("", ""))[0] != "1609"


def test_a_death_told_several_sentences_back_still_counts() -> None:
    got = events(
        "The weaver died at Lyon in 1844. His sons kept the looms. They sold silk to Paris. "
        "The elder son married. The younger went to sea. The shop was enlarged. Twenty years "
        "after his death the street was renamed for him."
    )
    assert got["The street was renamed for him"] == ("1864", "year")
