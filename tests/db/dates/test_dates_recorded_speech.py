"""Speech recorded on a day long past (an oral history, an interview transcript): the
speaker's "ago", "last" and "now" count from the recording day. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates import find_timexes
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


events = partial(starts_and_precisions, dct=DCT)


def test_an_interview_s_ago_and_last_count_from_the_recording_day() -> None:
    text = (
        'The interview below was recorded on 9 May 1981 at her cottage. "I came to the valley '
        "in 1932. My husband died twelve years ago now. Last winter the road was shut for a "
        'month." She died in 1990. The tapes were digitised last year.'
    )
    got = values(text)
    assert got["twelve years ago"] == "1969"
    assert got["Last winter"] == "1980-WI"
    assert got["now"] == "PRESENT_REF"  # the speaker's present, as TimeML marks it
    assert got["last year"] == "2025"  # after the closing mark: the reader's time again
    assert events(text)["The road was shut for a month"][0].startswith("1980")


def test_a_transcript_quoted_over_several_paragraphs_keeps_the_recording_day() -> None:
    text = (
        "This account was printed by the parish society on 2 October 1974.\n\n"
        "'My father kept the mill until it burned in 1921. That was fifty-three years ago.\n\n"
        "'Last spring my niece drove me back to see the wheel.'\n\n"
        "The mill site was sold last month."
    )
    # printing is no recording: the reader's time counts
    assert values(text)["Last spring"] == "2026-SP"
    text = text.replace("printed", "recorded")
    got = values(text)
    assert got["fifty-three years ago"] == "1921"
    assert got["Last spring"] == "1974-SP"
    assert got["last month"] == "2026-11"


def test_a_recent_recording_or_one_with_no_day_leaves_the_publication_date() -> None:
    text = 'The interview was recorded on 2 November 2025. "I moved here ten years ago," he said.'
    assert values(text)["ten years ago"] == "2016"  # the speaker's now is near enough the DCT
    text = 'An interview recorded in 1981 follows. "I moved here ten years ago," he said.'
    assert values(text)["ten years ago"] == "2016"  # no day of recording named


def test_quotations_read_their_introducing_words_from_the_paragraph_before() -> None:
    from db.dates.recorded_speech import _quotations

    text = (
        "The tape was recorded on 2 March 1971 at the mill.\n\n"
        "\t'We started at six,' she said.\n\n"
        "Later he added a line. 'Nothing else,' he wrote."
    )
    (q, end, lo, hi), *rest = _quotations(text)
    assert text[q] == "'" and text[lo:hi].startswith("The tape was recorded")
    assert rest == []  # the second quotation's own paragraph tells of no recording
