"""News a reader dates past the cues held-out 5 showed (issue 13, after news_holdout6): a
deadline's year, a report in the present, a dated relative clause
without commas. Sentences written for these tests.
DCT: Thursday 2026-11-12."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 11, 12)


def dates_of(text: str, words: str) -> list[str]:
    """The start of each event whose clause holds `words`."""
    return [
        d.start
        for d in dated_sentences(text, DCT)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


def test_a_deadline_year_of_a_plan_leaves_the_next_date_to_the_publication_year() -> None:
    text = (
        "The brewer agreed on Thursday to buy a smaller rival. It said it would shut three "
        "breweries in Wales by the end of 2029. The group will hold its annual meeting on "
        "April 20."
    )
    assert dates_of(text, "annual meeting") == ["2027-04-20"]


def test_a_deadline_opening_a_sentence_still_frames_the_story() -> None:
    text = (
        "By the end of 1916, the regiment had lost half its men. On July 9 it was sent back "
        "to the front."
    )
    assert dates_of(text, "sent back") == ["1916-07-09"]


def test_a_present_report_of_a_dated_past_is_news_of_the_day_beside_it() -> None:
    text = "Shopkeepers on the high street say the council doubled parking fees in 2025."
    assert sorted(dates_of(text, "Shopkeepers")) == ["2026-11-12"]
    assert dates_of(text, "doubled parking fees") == ["2025"]


def test_a_past_report_of_a_dated_past_is_no_event_of_its_own() -> None:
    text = "Shopkeepers on the high street said the council doubled parking fees in 2025."
    assert dates_of(text, "doubled parking fees") == ["2025"]
    assert "2026-11-12" not in dates_of(text, "Shopkeepers")


def test_say_after_a_modal_or_to_opens_no_report() -> None:
    text = "The mayor declined to say whether the council doubled parking fees in 2025."
    assert "2026-11-12" not in dates_of(text, "declined")


def titled(text: str) -> dict[str, str]:
    """Each event's title and start."""
    return {d.title: d.start for d in dated_sentences(text, DCT) if not d.comparison}


def test_a_dated_relative_clause_without_commas_dates_only_itself() -> None:
    text = "The cyclist who was hit by a van on Monday evening has left hospital."
    assert titled(text) == {
        "The cyclist has left hospital": "2026-11-12",
        "The cyclist was hit by a van": "2026-11-09",
    }


def test_the_clause_around_a_dated_relative_clause_keeps_its_own_date() -> None:
    text = "The teacher who was suspended in September returned to work on Tuesday."
    assert titled(text) == {
        "The teacher was suspended": "2026-09",
        "The teacher returned to work": "2026-11-10",
    }
