"""A happening named by its year ("the council of 451", "the sack of 410", "the Easter service
of 564") is dated by that year, not by the publication date's; a thing named by a year ("the
pact of 1932") and a happening looked back on leave the story's time where it was (issue 13).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.rules.happening_years import feast_year, happening_of
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 3, 1)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def events(text: str) -> dict[str, tuple[str, str, str]]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: (r["start"], r["precision"], r["status"]) for r in rows}


def test_an_early_year_after_a_happening_noun_dates_it() -> None:
    text = (
        "The bishops gathered at the lakeside basilica. The council of 451 condemned the teaching."
    )
    assert values(text) == {"451": "0451"}
    assert events(text)["The council of 451 condemned the teaching"] == ("0451", "year", "happened")
    assert values("The sack of 410 shocked the whole empire.") == {"410": "0410"}


def test_an_amount_after_of_stays_an_amount() -> None:
    assert values("A fleet of 300 ships sailed for the island.") == {}
    assert values("The council of 318 bishops met at the lake in 325.") == {"325": "0325"}


def test_a_feast_before_a_happening_noun_takes_its_year_not_the_publication_year() -> None:
    text = "The bishop rebuilt the nave. At the Easter service of 564 he consecrated the altar."
    got = values(text)
    assert got["Easter"] == "0564-04-13"  # the Julian reckoning's Easter of 564
    assert got["564"] == "0564"
    assert all(not start.startswith("2026") for start, _, _ in events(text).values())
    assert values("At the Easter service of 1864 the choir sang.")["Easter"] == "1864-03-27"


def test_a_thing_or_a_look_back_named_by_a_year_leaves_the_story_year() -> None:
    got = values("In 1961 the regime renounced the pact of 1932. In November it closed the border.")
    assert got["November"] == "1961-11"
    got = values(
        "In 1683 the city was besieged again. The siege of 1529 had failed. In September "
        "the relief army arrived."
    )
    assert got["1529"] == "1529" and got["September"] == "1683-09"


def test_happening_nouns_before_of_and_after_a_feast() -> None:
    assert happening_of("The council of ") and happening_of("after the great flood of ")
    assert not happening_of("a fleet of ") and not happening_of("the council ")
    assert feast_year(" service of 564 he") == 564 and feast_year(" Island of 564") is None
