"""Session 20, narrative set 44's causes (events): a passive's second half with its auxiliary
left out, and "then" in a story told by the day. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from db.dates import dated_sentences
from db.dates.extract import analyse
from db.dates.then_days import then_day

DCT = dt.date(2026, 12, 7)


def _events(text: str, dct: dt.date) -> list[tuple[str, str, str]]:
    return [(e.title, e.start, e.status) for e in dated_sentences(text, dct)]


def test_a_gapped_passive_half_shares_the_day_before_it() -> None:
    got = _events(
        "The hall will be closed on Monday 2 May, and its roof stripped for repair.",
        dt.date(2016, 3, 18),
    )
    assert ("Its roof stripped for repair", "2016-05-02", "planned") in got


def test_a_half_with_its_own_verb_is_not_gapped() -> None:
    got = _events(
        "The mayor opened the hall on Monday 2 May, and the roof collapsed.", dt.date(2016, 3, 18)
    )
    assert not any(start == "2016-05-02" and "roof" in title for title, start, _ in got)


# "Then" in a story told by the day or the hour is on that day; after a month, its year.


def test_then_after_a_night_told_by_the_hour_is_that_day() -> None:
    got = _events(
        "The storm broke on Friday 2 October 1891. At about eleven that night the pier lamps "
        "went out. Then I ran down to the harbour.",
        DCT,
    )
    assert ("I ran down to the harbour", "1891-10-02", "happened") in got


def _then_day(text: str) -> str | None:
    doc = analyse(text, DCT)
    doc.timexes()
    return then_day(text, doc.sentences, doc.mentions, text.index("then"))


def test_then_after_a_day_close_before_is_that_day() -> None:
    assert _then_day("A gale wrecked the jetty on 2 October 1891. They then rebuilt it.") == (
        "1891-10-02"
    )


def test_then_after_a_month_a_new_paragraph_or_far_on_keeps_the_year() -> None:
    assert _then_day("In October 1891 a gale wrecked the jetty. They then rebuilt it.") is None
    assert _then_day("A gale wrecked the jetty on 2 October 1891.\n\nThey then rebuilt it.") is None
    far = "A gale wrecked the jetty on 2 October 1891. It sank. Boats sank. They then rebuilt it."
    assert _then_day(far) is None
