"""A contrast after a comma ("..., not New York", "..., and not before time") negates only the
words after it, not the clause's verb (`clause_negation.NEGATION`); a "not" that opens a
negated clause of its own ("..., and not one man came back") still negates."""

from __future__ import annotations

import datetime as dt

from db.dates import dated_sentences
from db.dates.clause_negation import NEGATION

DCT = dt.date(2026, 12, 8)


def statuses(text: str) -> set[str]:
    return {d.status for d in dated_sentences(text, DCT)}


def test_a_contrasted_place_leaves_the_voyage_happened() -> None:
    assert statuses("On 12 June 1871 the brig cleared for Leith, not Hull.") == {"happened"}


def test_an_idiom_after_and_not_leaves_the_arrival_happened() -> None:
    text = "The relief column reached the fort on 2 March 1880, and not before time."
    assert statuses(text) == {"happened"}


def test_a_contrasted_participle_leaves_the_verb_happened() -> None:
    text = "On 9 August 1902 she signed the lease, not knowing the roof leaked."
    assert statuses(text) == {"happened"}


def test_a_verbs_own_not_still_negates() -> None:
    assert statuses("On 12 June 1871 the brig did not clear for Leith.") == {"negated"}


def test_a_clause_opened_by_not_one_still_negates() -> None:
    assert NEGATION.search("the boat capsized, and not one of the crew was found") is not None
    assert NEGATION.search("the boat capsized, not far from the pier") is None
