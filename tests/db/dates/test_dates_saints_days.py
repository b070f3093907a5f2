"""A local saint's feast named with its full date beside it (`rules.saints_days`). Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 5, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_local_saints_feast_is_the_date_beside_it() -> None:
    got = values(
        "The bridge chapel was blessed on the feast of St Aldhelm, 25 May 1107, by the abbot."
    )
    assert got["the feast of St Aldhelm"] == "1107-05-25"
    assert got["25 May 1107"] == "1107-05-25"


def test_a_local_saints_feast_without_a_date_dates_nothing() -> None:
    assert "the feast of St Aldhelm" not in values("The fair was held on the feast of St Aldhelm.")
