"""News in styles the news sets lack (bench/reader_styles/newsself.json, texts written for these
tests with what a careful reader puts on a timeline): an inquest, a doping ban, an auction, a
lottery win, a reunion tour, a council's bin notice, a regulator's fine, a "what we know"
explainer, a zoo's births, a book prize. Each test is one cause the texts shared; the sentences
here are new ones of the same kinds."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 18)


def placed(text: str, dct: datetime.date = DCT) -> dict[str, set[tuple[str, str]]]:
    """Each event's title -> its (date, status) pairs."""
    rows = sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")
    got: dict[str, set[tuple[str, str]]] = {}
    for r in rows:
        got.setdefault(r["title"], set()).add((r["start"], r["status"]))
    return got


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_month_naming_a_sitting_is_the_month_and_past_when_told_past() -> None:
    # a council notice: "the February meeting" told in the past in December is last February,
    # and "March" or "June" before "meeting" is the month, not the verb or the name
    assert values("The chairman resigned at the February meeting.")["February"] == "2026-02"
    got = values("Fees were raised at its March session and will be cut at the June sitting.")
    assert got == {"March": "2026-03", "June": "2027-06"}
    assert values("The board will vote at the May meeting.")["May"] == "2027-05"
    # the modal, the verb and a name stay what they were
    assert values("May the best side win.") == {}
    assert "June" not in values("The June Carter tribute was sold out.")
    assert "March" not in values("They watched the march pass.")
