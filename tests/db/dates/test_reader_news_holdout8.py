"""Causes news_holdout8 showed (issue 13): a fixture list's present ("Leeds travel to Hull on
Friday") looks ahead. Sentences written for these tests."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 5, 11)  # a Monday


def dates_of(text: str, words: str, dct: datetime.date = DCT) -> list[str]:
    """The start of each event whose clause holds `words`."""
    return [
        d.start[:10]
        for d in dated_sentences(text, dct)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


def test_a_fixture_in_the_present_is_the_coming_day() -> None:
    text = (
        "Otley beat Ripon 3-1 on Saturday. Otley travel to Selby on Wednesday night. "
        "The Harriers host Ilkley on Friday."
    )
    assert dates_of(text, "Otley beat Ripon") == ["2026-05-09"]
    assert dates_of(text, "Otley travel to Selby") == ["2026-05-13"]
    assert dates_of(text, "Harriers host Ilkley") == ["2026-05-15"]


def test_a_past_verb_of_a_fixture_still_looks_back() -> None:
    text = "Otley played Selby on Wednesday, and snow disrupted travel on Friday."
    assert dates_of(text, "Otley played Selby") == ["2026-05-06"]
    assert dates_of(text, "snow disrupted travel") == ["2026-05-08"]


def test_a_superlative_since_a_named_event_in_a_year_dates_nothing_then() -> None:
    text = (
        "The Greens won 9 percent, their best showing since the party's founding congress in "
        "1987. The party has been in opposition since the collapse of the coalition in 2019."
    )
    assert "1987" not in [d[:4] for d in dates_of(text, "The Greens won")]
    assert dates_of(text, "has been in opposition") == ["2019"]


def test_a_result_told_again_takes_the_day_the_lead_gave_it() -> None:
    text = (
        "Otley kept top spot, while Ripon slipped again after a defeat by Selby on Saturday.\n\n"
        "Ripon lost 2-0 to Selby, and the coach resigned."
    )
    assert dates_of(text, "Ripon lost 2-0 to Selby") == ["2026-05-09"]


def test_a_past_before_the_lead_is_no_retelling() -> None:
    text = (
        "Ripon slipped again after a defeat by Selby on Saturday.\n\n"
        "Ripon had lost to Selby twice before."
    )
    assert "2026-05-09" not in dates_of(text, "Ripon had lost to Selby")


def test_a_share_that_fell_is_a_fact_of_the_vote_the_story_dated() -> None:
    text = (
        "The Liberals won Sunday's regional election. The Greens fell to 6 percent, their "
        "worst result since the party's founding congress in 1987."
    )
    assert dates_of(text, "The Greens fell to 6 percent") == ["2026-05-10"]


def test_done_shortly_before_midnight_in_news_is_the_night_before_the_report() -> None:
    text = "The striking drivers accepted the offer shortly before midnight, the union said."
    assert dates_of(text, "accepted the offer") == ["2026-05-10"]
    later = "The ferry sank just before midnight on Friday. The count will end before midnight."
    # the clock time and its day are one moment (`reader_tidy`): one event, on Friday
    assert dates_of(later, "The ferry sank") == ["2026-05-08"]


def test_the_day_after_a_clause_puts_that_clause_a_day_before_the_date() -> None:
    text = (
        "The hiker was found by rescuers on the evening of April 20, the day after she was last "
        "seen near the summit, and spent a night in hospital."
    )
    assert dates_of(text, "was found by rescuers") == ["2026-04-20"]
    assert dates_of(text, "last seen near the summit") == ["2026-04-19"]
