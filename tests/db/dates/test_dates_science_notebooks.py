"""A scientist's notebooks and papers and a reign told by seasons (narrative held-out 21): a
year-less date after "since" looks back from the day in focus, a citation in brackets after
"that September" leaves it a time, and "every summer" recurs. Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 6)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_a_yearless_date_after_since_is_the_one_before_the_day_in_focus() -> None:
    got = found(
        "On 9 February 1902 the assistant noted that the flask had stood untouched since before "
        "Christmas, and that the balance had drifted since 20 December."
    )
    assert got["Christmas"] == ("DATE", "1901-12-25")
    assert got["20 December"] == ("DATE", "1901-12-20")


def test_a_date_after_the_focus_without_since_stays_ahead() -> None:
    got = found("On 9 February 1902 the assistant began the tests, which ran until 20 December.")
    assert got["20 December"] == ("DATE", "1902-12-20")


def test_that_month_before_a_bracketed_citation_is_a_time() -> None:
    got = found(
        "The result was announced on 3 May 1911 and published that November (Hale and Orme "
        "1911); the rival claim followed that spring (see below)."
    )
    assert got["that November"] == ("DATE", "1911-11")
    assert got["1911"] == ("DATE", "1911")


def test_every_season_is_a_set_without_a_year() -> None:
    got = found("After 1850 the whalers sailed north every summer, and each winter the bay froze.")
    assert got["every summer"] == ("SET", "XXXX-SU")
    assert got["each winter"] == ("SET", "XXXX-WI")


def test_the_next_century_after_a_year_long_gone_is_the_story_s_in_a_historian_s_present() -> None:
    got = found("The abbey burned in 1536, and for most of the next century little is known of it.")
    assert got["the next century"] == ("DATE", "16")
    got = found("The port opened in 2019. Over the next century the sea will rise.")
    assert got["the next century"] == ("DURATION", "P100Y")
    got = found("The bridge was finished in 1990. The next century is uncertain for it.")
    assert got["The next century"] == ("DURATION", "P100Y")


def test_years_after_a_ruling_or_an_invasion_count_from_the_year_it_was_told() -> None:
    text = (
        "The tribunal ruled against the mill owners in 1911. Five years after the ruling the "
        "mills were closed. The Danes invaded in 1013. Three years after the invasion Cnut "
        "was king."
    )
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    got = {(r["title"], r["start"]) for r in rows}
    assert ("The mills were closed", "1916") in got
    assert ("Cnut was king", "1016") in got


def test_an_amount_opening_a_clause_after_and_counts_on_from_the_sentence_s_date() -> None:
    text = "The Danes invaded in 1013, and three years after the invasion Cnut was king."
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert ("Cnut was king", "1016") in {(r["title"], r["start"]) for r in rows}
    got = found("The treaty was signed on 3 May 1921; two days after the signing the troops left.")
    assert got["two days"] == ("DURATION", "P2D")
    rows = sentence_events(
        "He landed on Monday, a day after the minister spoke.",
        dated_sentences("He landed on Monday, a day after the minister spoke.", DCT),
        article_id=0,
        lane="",
    )
    assert ("2026-11-29", "day") in {(r["start"], r["precision"]) for r in rows}  # the day before
