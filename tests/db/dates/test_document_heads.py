"""A document dated at its head (a broadcast's transcript, a letter's heading): its "today" and
"next week" count from that day, not from the day the text was put online. Texts written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 18)  # a Monday, the day the transcript went online

TRANSCRIPT = (
    "RIVER TALK, PROGRAMME 31: THE LOCK-KEEPERS\n"
    "Transcript of the edition broadcast on Wednesday 6 May 2026\n\n"
    "HOST: Good evening. The canal trust told us today that the old lock cottage will be sold.\n\n"
    "GUEST: It was a shock. The keepers met last night and they will write to the trust.\n\n"
    "HOST: Next week: the barge horses of the Midlands.\n"
)


def test_a_transcripts_day_words_count_from_its_broadcast() -> None:
    got = {t.text: t.value for t in find_timexes(TRANSCRIPT, DCT)}
    assert got["today"] == "2026-05-06"
    assert got["last night"] == "2026-05-05TNI"
    assert got["Next week"] == "2026-W20"


def test_what_the_programme_announces_for_next_week_is_planned() -> None:
    ahead = [d for d in dated_sentences(TRANSCRIPT, DCT) if d.timex.text == "Next week"]
    assert [(d.timex.value, d.start, d.status) for d in ahead] == [
        ("2026-W20", "2026-05-11", "planned")
    ]


def test_a_head_line_without_words_of_broadcasting_dates_nothing() -> None:
    plain = TRANSCRIPT.replace("Transcript of the edition broadcast on", "Our guide for")
    got = {t.text: t.value for t in find_timexes(plain, DCT)}
    assert got["today"] == "2026-05-18"


def test_a_letter_written_under_its_heading_day() -> None:
    letter = (
        "A LETTER FROM THE FRONT\nWritten at Arras, Sunday 7 May 1916\n\n"
        "Dear Father, we came out of the line yesterday and tomorrow we march to the rest camp.\n"
    )
    got = {t.text: t.value for t in find_timexes(letter, DCT)}
    assert got["yesterday"] == "1916-05-06"
    assert got["tomorrow"] == "1916-05-08"


def test_a_sentence_of_the_body_is_no_head() -> None:
    body = (
        "Gales close the ferry\n\n"
        "The coastguard recorded a gust of 130 km/h on Monday at the harbour wall.\n\n"
        "Crossings will resume today, the operator said.\n"
    )
    got = {t.text: t.value for t in find_timexes(body, DCT)}
    assert got["today"] == "2026-05-18"
