"""Rules for news failures known from the held-out sets' error lists (issue 13): a relative
clause's date is its own happening's, an opening "when" clause dates the clause it leads into.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2025, 9, 5)  # a Friday


def events(text: str, dct: datetime.date = DCT) -> list[tuple[str, str, str]]:
    """(start, title, the text of the span the event dates) of each dated clause."""
    out = []
    for d in dated_sentences(text, dct):
        b, e = d.title_span or (d.begin, d.end)
        out.append((d.start, d.title, text[b:e]))
    return out


def test_a_death_in_a_relative_clause_dates_the_death_not_the_host() -> None:
    text = "The singer, who died on August 30, was remembered at a service on Friday."
    got = events(text)
    death = next(e for e in got if e[0] == "2025-08-30")
    assert death[1] == "The singer died"
    assert "remembered" not in death[2]  # the host clause is not the death's
    service = next(e for e in got if e[0] == "2025-09-05")
    assert "remembered" in service[1] and "died" not in service[1]


def test_a_pronoun_after_when_opens_no_relative_clause() -> None:
    # "he retired in 1931" is the "when" clause's, not a relative clause of "the library"
    text = (
        "The atlas was bought by a collector, who left it to the library when he retired in 1931."
    )
    got = events(text)
    assert [(start, title) for start, title, _ in got] == [
        ("1931", "A collector left it to the library when he retired")
    ]


def test_an_opening_when_clause_dates_the_clause_it_leads_into() -> None:
    # "within a year" dates nothing of its own: the brother's regency is March 1421's
    text = (
        "When the old duke abdicated in March 1421, his brother became regent and married a widow "
        "within a year."
    )
    got = events(text, datetime.date(2026, 1, 1))
    assert [start for start, _, _ in got] == ["1421-03"]
    assert "became regent" in got[0][2]


LIVE = """Live: Harbour council budget debate

Follow the debate as it happens. All times local.

15:40 The vote passes by 31 votes to 12. The mayor does not take questions.

15:02 Ms Dale takes the floor.

14:32 The mayor has arrived in the chamber. Protesters are singing outside.
"""


def test_a_live_blog_entry_is_at_its_stamp_on_the_publication_day() -> None:
    got = {
        (d.start, d.precision, d.title, d.status): d
        for d in dated_sentences(LIVE, datetime.date(2025, 8, 29))
    }
    keys = {k[:4] for k in got}
    # a present-perfect and a present progressive entry, at the stamp, without it in the title
    assert (
        "2025-08-29T14:32",
        "minute",
        "The mayor has arrived in the chamber",
        "happened",
    ) in keys
    assert ("2025-08-29T14:32", "minute", "Protesters are singing outside", "happened") in keys
    # a present "-s" verb the clause finder does not know, and its negation
    assert ("2025-08-29T15:02", "minute", "Ms Dale takes the floor", "happened") in keys
    assert ("2025-08-29T15:40", "minute", "The vote passes by 31 votes to 12", "happened") in keys
    assert ("2025-08-29T15:40", "minute", "The mayor does not take questions", "negated") in keys
    assert not any(d.start.startswith("2025-08-29T") and "Follow" in d.title for d in got.values())
    # the stamp is what dated it (the panel highlights it)
    arrived = next(d for d in got.values() if d.title.startswith("The mayor has arrived"))
    assert arrived.timex.text == "14:32"
    assert LIVE[arrived.timex.begin : arrived.timex.end] == "14:32"


def test_one_number_opening_a_paragraph_is_no_live_blog() -> None:
    text = "The port reopened on Monday.\n\n9.30 Tonnes of grain were unloaded. Crews work nights."
    got = dated_sentences(text, datetime.date(2025, 8, 29))
    assert not any("T09:30" in d.start for d in got)


def test_an_obituary_announcement_takes_the_day_the_death_is_told_on() -> None:
    text = (
        "Film star Tomas Reyn has died at his home in Madrid. He was 84.\n\n"
        "His family said he died peacefully on Sunday after a short illness."
    )
    got = {d.title: d.start for d in dated_sentences(text, datetime.date(2025, 3, 18))}
    assert got["Film star Tomas Reyn has died at his home in Madrid"] == "2025-03-16"
    assert got["He was 84"] == "2025-03-18"  # the rest stays news of the day
    # no later day told: the announcement stays on the publication day
    got = {d.title: d.start for d in dated_sentences(text.split("\n\n")[0], DCT)}
    assert got["Film star Tomas Reyn has died at his home in Madrid"] == "2025-09-05"
    # many deaths are no one death a later day is told of
    text = "Three climbers have died on the mountain. A guide died there on Sunday."
    got = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert got["Three climbers have died on the mountain"] == "2025-09-05"


def test_a_deadline_at_a_clock_time_on_a_day_is_one_planned_moment() -> None:
    # DCT 2025-09-05 is a Friday: "until 11pm on Thursday" is the Thursday to come
    text = "Bidders have until 11pm on Thursday to lodge offers. The portal shuts at 6pm on Monday."
    got = [(d.start, d.precision, d.status) for d in dated_sentences(text, DCT)]
    assert got == [
        ("2025-09-11T23:00", "minute", "planned"),
        ("2025-09-08T18:00", "minute", "planned"),
    ]
