"""One dateline pattern (`db.dates.datelines`) for the date finder and the importer: a wire
story's dateline with its year, or its day before its month, dates no lede that has a day of
its own and heads no title, as the year-less one already did. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.datelines import DATELINE
from db.ingest.published import agency_dateline

DCT = datetime.date(2026, 5, 11)  # a Monday


def events(text: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT) if not d.around]


def test_a_dateline_with_its_year_dates_no_lede_that_has_its_own_day() -> None:
    text = "Barge adrift\n\nHULLBRIDGE, May 11, 2026 (AP) — A grain barge broke loose on Sunday."
    assert events(text) == [("2026-05-10", "A grain barge broke loose")]


def test_a_day_first_dateline_heads_no_title() -> None:
    text = "Mill closes\n\nTARNBY, Denmark, 11 May (Reuters) - The paper mill shut its gates."
    assert events(text) == [("2026-05-11", "The paper mill shut its gates")]


def test_the_importer_reads_the_same_dateline() -> None:
    opening = "HULLBRIDGE, May 11, 2026 (AP) — A grain barge broke loose on Sunday."
    match = DATELINE.match(opening)
    assert match is not None and match["date"] == "May 11, 2026"
    got = agency_dateline(opening)
    assert got is not None and got.date == datetime.date(2026, 5, 11)
