"""A refusal is a happening that happened (`db.dates.refusals`): the refusing is placed on the
timeline as happened, the refused act is no event, and nothing negated spreads to a clause
joined by ", and". Sentences written for these tests, news and narrative."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.refusals import refusing_part

DCT = datetime.date(2026, 11, 12)  # a Thursday


def events(text: str) -> list[tuple[str, str, str, str]]:
    """Each event's start, title, status and the text it covers."""
    return [
        (d.start, d.title, d.status, text[d.clause[0] : d.clause[1]])
        for d in dated_sentences(text, DCT)
        if not d.comparison
    ]


def test_a_refusal_in_the_news_happened() -> None:
    got = events("The council declined to comment on Tuesday.")
    assert got == [
        ("2026-11-10", "The council declined to comment", "happened", got[0][3]),
    ]


def test_a_refusal_in_narrative_happened_and_its_coordinate_clause_too() -> None:
    text = "In 1812 the tsar refused to negotiate, and Napoleon waited in Moscow."
    ((start, title, status, covered),) = events(text)
    assert (start, title, status) == ("1812", "The tsar refused to negotiate", "happened")
    assert "Napoleon waited in Moscow" in covered  # the waiting shares the refusal's status


def test_a_refusal_with_a_dated_coordinate_clause_leaves_that_clause_its_own_status() -> None:
    text = "In 326 BC the soldiers refused to march further, and the king turned back in July."
    got = {title: status for _, title, status, _ in events(text)}
    assert got["The soldiers refused to march further"] == "happened"
    assert all(status == "happened" for status in got.values())


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The striking guards refused to apologise on Monday.", "happened"),
        ("The union will refuse to sign the deal on Monday.", "planned"),  # the refusing to come
        ("The senate did not refuse to hear the case on Monday.", "negated"),  # no refusal
        ("The judge could decline to rule on Monday.", "negated"),  # a refusal that may be
        ("The senator failed to win her seat back in 2018.", "negated"),  # a failure stays one
        # a figure that declined is a fall, not a refusal
        ("Net income declined to $35 million in the third quarter.", "happened"),
    ],
)
def test_status_is_read_up_to_the_refusal(text: str, status: str) -> None:
    assert [s for _, _, s, _ in events(text)] == [status]


def test_the_refused_act_is_not_read_for_status() -> None:
    assert refusing_part("The tsar refused to say") == "The tsar refused to "
    assert refusing_part("The shares declined to a record low") == (
        "The shares declined to a record low"
    )
    assert refusing_part("The army crossed the river") == "The army crossed the river"


def test_a_refusal_is_found_in_any_case_and_outside_ascii() -> None:
    # the regex is tried only where one of its verbs is (`cue_guard`): in ASCII by a test of the
    # lowered group, and always in other text
    assert refusing_part("The Guard REFUSED to fire") == "The Guard REFUSED to "
    assert refusing_part("Le Maire declined to sign") == "Le Maire declined to "
    assert refusing_part("Zoë’s union declined to strike") == "Zoë’s union declined to "
