"""A clause whose subject is "no ..." tells what did not happen, also after a joining word
("after no bidder came forward") or on the line under a heading its sentence took in. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2025, 3, 14)


def _statuses(text: str) -> dict[str, str]:
    return {d.title: d.status for d in dated_sentences(text, DCT)}


def test_no_subject_after_a_joining_word_is_negated() -> None:
    got = _statuses("The auction was reopened on Friday after no bidder came forward on Monday.")
    assert got["No bidder came forward"] == "negated"
    assert [s for t, s in got.items() if "reopened" in t] == ["happened"]


def test_no_subject_under_a_heading_line_is_negated() -> None:
    text = "HARBOUR LOG\n\nTuesday, March 11\nNo boats were launched before noon because of fog."
    got = _statuses(text)
    assert got and set(got.values()) == {"negated"}


def test_no_doubt_negates_nothing() -> None:
    got = _statuses("The bridge reopened on Monday, and no doubt traders were relieved.")
    assert "negated" not in got.values()
