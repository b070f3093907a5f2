"""A participle aside with its own date before a present verb of intent ("The trust, set up in
May, hopes to ...") is a happening of its own, done, and the intent stays planned. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.happenings import HAPPENED, PLANNED

DCT = datetime.date(2026, 12, 6)


def events(text: str) -> dict[str, tuple[str, str]]:
    return {d.start: (d.title, d.status) for d in dated_sentences(text, DCT)}


def test_a_dated_aside_before_hopes_to_happened() -> None:
    got = events("The choir, formed in 2019, hopes to sing at the abbey by Whitsunday.")
    assert got["2019"] == ("The choir was formed", HAPPENED)
    assert got["2027-05-16"][1] == PLANNED


def test_a_dated_aside_before_aims_to_or_wants_to() -> None:
    got = events("The society, formed in May, aims to restore the windmill.")
    assert got == {"2026-05": ("The society was formed", HAPPENED)}
    got = events("The ferry company, bought in 2021, wants to add a night crossing.")
    assert got == {"2021": ("The ferry company was bought", HAPPENED)}
