"""A writer's own plan told in the present ("I start at school on Wednesday", "we sail on
Friday") looks ahead from the day the writing is dated, and is planned even where the text has
told later years before the quotation. Texts written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 3, 2)

LESSON = (
    "The blockade lasted until March 1918, and the harbour reopened in 1919.\n\n"
    "Source B: a letter from a cadet to his father, written on Tuesday 11 July 1916\n"
    "'Dear Father, the drill is hard but I am well. We sail for the training ship on Friday, "
    "and I start my watch duties on Monday. Please write soon.'\n"
)


def test_a_first_person_present_plan_looks_ahead_from_the_letters_day() -> None:
    got = {t.text: t.value for t in find_timexes(LESSON, DCT)}
    assert got["Friday"] == "1916-07-14"
    assert got["Monday"] == "1916-07-17"


def test_the_plan_is_planned_though_later_years_came_before() -> None:
    got = {d.timex.text: d.status for d in dated_sentences(LESSON, DCT)}
    assert got["Friday"] == "planned"
    assert got["Monday"] == "planned"


def test_a_noun_after_a_pronoun_that_is_no_subject_stays_no_verb() -> None:
    text = "Last week I visited the mill; the boss gave me a start on Thursday."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["Thursday"] == "2026-02-26"


def test_a_verbless_quoted_line_dates_its_writing() -> None:
    text = (
        "The schooner was beset off Cape Morrow in the autumn of 1871. "
        '"New Year\'s Day, and still no open water," the captain wrote.'
    )
    events = [d for d in dated_sentences(text, DCT) if d.timex.text == "New Year's Day"]
    assert [d.start for d in events] == ["1872-01-01"]
    assert events[0].title.startswith('The captain wrote: "')
    assert "open water" in events[0].title
    b, e = events[0].clause
    assert text[b:e].rstrip(".").endswith("the captain wrote")
