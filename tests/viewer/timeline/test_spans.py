"""What a density bar stands for, in words: its stretch of time and its length."""

import pytest

from db.timekeys import DAY, period
from viewer.timeline.date_ranges import separator
from viewer.timeline.spans import describe_duration, describe_span

SEP = separator()  # CLDR English: an en dash between thin spaces


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        ("2011-03-03", "2011-03-09", "3–9 March 2011"),
        ("2011-02-27", "2011-03-02", f"27 February{SEP}2 March 2011"),
        ("2010-12-27", "2011-01-02", f"27 December 2010{SEP}2 January 2011"),
        ("2011-03-03T10:00", "2011-03-03T13:59", "3 March 2011, 10:00–14:00"),
        ("2011-03", "2011-05", f"March{SEP}May 2011"),
        ("2010-11", "2011-02", f"November 2010{SEP}February 2011"),
        ("2010", "2013", f"2010{SEP}2013"),
        ("-0500", "-0400", f"501 BCE{SEP}401 BCE"),
    ],
)
def test_a_stretch_reads_at_the_resolution_of_its_length(first, last, text):
    assert describe_span(period(first).start, period(last).end) == text


def test_a_length_reads_in_the_unit_one_would_say():
    lengths = (120, 9 * 3600, DAY, 3 * DAY, 7 * DAY, 365 * DAY, 400 * DAY)
    said = ["2 min", "9 h", "day", "3 days", "week", "year", "13 months"]
    assert [describe_duration(s) for s in lengths] == said
