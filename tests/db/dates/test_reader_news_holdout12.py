"""Rules shown by news held-out 12 (a match report, a keynote's live blog, an investigation over
weeks, an explainer, a release of hostages, a vote, a race report). Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.happenings import PLANNED
from db.dates.tense import FUTURE, PAST, SentenceTense

DCT = datetime.date(2026, 11, 9)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_day_with_this_year_is_one_date_in_the_publication_year() -> None:
    got = found(
        "The hospital trust first tendered the scanners in May 2023. The board signed the order "
        "on April 2 this year, and the first machine arrived on 14 August last year."
    )
    assert got["April 2 this year"] == ("DATE", "2026-04-02")
    assert got["14 August last year"] == ("DATE", "2025-08-14")
    assert "this year" not in got
    got = found("The new terminal is due to open on March 1 next year.")
    assert got["March 1 next year"] == ("DATE", "2027-03-01")


def test_what_was_meant_or_supposed_to_happen_is_a_plan() -> None:
    text = (
        "The ferry was originally meant to sail in October. The new timetable was supposed to "
        "start in September."
    )
    got = {d.start: d.status for d in dated_sentences(text, DCT)}
    assert got["2026-10"] == PLANNED
    assert got["2026-09"] == PLANNED


def test_a_timetable_present_after_a_plural_subject_looks_ahead() -> None:
    # DCT 2026-11-09 is a Monday
    got = {d.start: d.status for d in dated_sentences("Ticket sales open on Friday.", DCT)}
    assert got == {"2026-11-13": PLANNED}
    got = {d.start for d in dated_sentences("Night classes resume on Thursday.", DCT)}
    assert got == {"2026-11-12"}
    # "open" the adjective after a verb, and after an adverb in "-s", is no timetable
    got = {d.start for d in dated_sentences("The gates were always open on Friday.", DCT)}
    assert got == {"2026-11-06"}


def test_a_past_verb_after_that_gives_its_date_the_past() -> None:
    text = "The trail will stay shut after a rockslide that buried the path on Saturday."
    at = text.index("on Saturday")
    assert SentenceTense(text).at(at, at + 11) == PAST
    # DCT 2026-11-09 is a Monday: the Saturday that went by, not the coming one
    text = (
        "Stage 12 will be cut short because of a rockslide that blocked the old pass road "
        "on Saturday."
    )
    assert [d.start for d in dated_sentences(text, DCT)] == ["2026-11-07"]
    # "that" before an adjective and its noun stays a determiner: no tense of its own
    text = "Crews will repair that damaged bridge on Friday."
    at = text.index("on Friday")
    assert SentenceTense(text).at(at, at + 9) == FUTURE
