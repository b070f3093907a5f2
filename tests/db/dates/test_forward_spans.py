"""A span counted forward in weeks starts on its day, not its Monday (periods.span_dating)."""

import datetime

from db.dates import dated_sentences


def test_next_two_weeks_runs_from_the_publication_day() -> None:
    got = dated_sentences(
        "The bridge will stay closed to lorries for the next two weeks, engineers said.",
        datetime.date(2025, 3, 13),  # a Thursday
    )
    spans = [(d.start, d.end_date, d.precision) for d in got if d.timex.text.endswith("weeks")]
    assert spans == [("2025-03-13", "2025-03-27", "day")]


def test_past_weeks_stay_weeks() -> None:
    got = dated_sentences(
        "Ticket sales slumped over the past three weeks.", datetime.date(2025, 3, 13)
    )
    assert [(d.start, d.precision) for d in got] == [("2025-02-20", "week")]
