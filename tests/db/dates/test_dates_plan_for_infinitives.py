"""A plan's noun with the one it names to do it ("withdrew his invitation for the premier to
visit in June"): the infinitive's date is the visit's, a plan of that one; the withdrawing keeps
its own day. Texts written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 12, 6)


def test_the_infinitive_after_a_named_doer_is_a_plan_of_its_own() -> None:
    text = (
        "The talks in Vienna opened on 3 April 1961. The next day they collapsed, and the "
        "chancellor withdrew his invitation for the premier to visit Bonn in June."
    )
    got = {d.title: (d.start, d.status) for d in dated_sentences(text, DCT)}
    assert got["The premier to visit Bonn"] == ("1961-06", "planned")
    assert got["The next day they collapsed"] == ("1961-04-04", "happened")


def test_in_news_the_plans_month_is_the_one_ahead() -> None:
    text = "On Monday the council withdrew its offer for the two clubs to share the ground in May."
    got = {d.title: (d.start, d.status) for d in dated_sentences(text, DCT)}
    assert got["The two clubs to share the ground"] == ("2027-05", "planned")
    assert got["The council withdrew its offer for the two clubs"] == ("2026-11-30", "happened")
