"""News a reader dates by the story's own clock and calendar (issue 13, after news_holdout4):
a timeline told hour by hour, periods of company results, facts of an election day. Sentences
written for these tests. DCT: Saturday 2025-11-15."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.sentences import sentence_spans

DCT = datetime.date(2025, 11, 15)


def dates_of(text: str, words: str) -> list[str]:
    """The start of each event whose clause holds `words`."""
    return [
        d.start
        for d in dated_sentences(text, DCT)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


# ---- a timeline told hour by hour -------------------------------------------------------------

TIMELINE = (
    "How the night unfolded.\n\n"
    "Friday, 9 p.m. - Guards at the warehouse smelled smoke.\n\n"
    "11:45 p.m. - The fire brigade sent six engines. Neighbours left their homes.\n\n"
    "2:10 a.m. - The roof fell in.\n\n"
    "7 a.m. - The mayor visited the site."
)


def test_a_stamp_and_its_entry_are_one_sentence() -> None:
    spans = [TIMELINE[b:e] for b, e in sentence_spans(TIMELINE)]
    assert "11:45 p.m. - The fire brigade sent six engines." in spans
    assert "2:10 a.m. - The roof fell in." in spans


def test_a_small_hours_stamp_after_a_late_evening_one_is_the_next_day() -> None:
    assert dates_of(TIMELINE, "sent six engines") == ["2025-11-14T23:45"]
    assert dates_of(TIMELINE, "The roof fell in") == ["2025-11-15T02:10"]
    assert dates_of(TIMELINE, "The mayor visited") == ["2025-11-15T07:00"]


def test_a_dateless_happening_of_an_entry_is_on_its_stamp_day() -> None:
    assert dates_of(TIMELINE, "Neighbours left their homes") == ["2025-11-14"]


def test_a_morning_time_after_an_afternoon_one_stays_on_its_day() -> None:
    text = "On Thursday the trial resumed at 2 p.m. The jury had been sworn in at 10 a.m."
    assert dates_of(text, "sworn in") == ["2025-11-13T10:00"]
