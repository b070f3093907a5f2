"""A date after "since" is when a state began: that beginning happened, whatever the clause
around it plans. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 5, 14)


def statuses(text: str) -> dict[str, str]:
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["start"]: r["status"] for r in rows}


def test_a_since_apposition_in_a_planning_clause_happened() -> None:
    got = statuses(
        "The board said that Tom Reyes, its chairman since 2015, will step down on 1 September."
    )
    assert got["2015"] == "happened"
    assert got["2026-09-01"] == "planned"


def test_a_state_since_a_year_before_a_closure_to_come_happened() -> None:
    got = statuses("The mill, in use since 1850, will be demolished next year.")
    assert got["1850"] == "happened"
    assert got["2027"] == "planned"


def test_nothing_since_a_date_in_a_negated_clause_stays_negated() -> None:
    got = statuses("Anglers say they have not caught a salmon in the river since April.")
    assert got.get("2026-04") != "happened"


def test_an_infinitive_running_since_a_date_is_no_plan() -> None:
    got = statuses(
        "The council had urged residents to conserve energy since early March, but demand "
        "rose on Friday."
    )
    assert got["2026-03"] == "happened"


def test_an_infinitive_dated_without_since_is_still_a_plan() -> None:
    got = statuses("The club agreed to sell the ground in June.")
    assert got["2026-06"] == "planned"
