"""Happenings no words date: in news, around the publication day (issue 13, item 1)."""

from __future__ import annotations

import datetime
import json

from db.dates import PUBLICATION, dated_sentences
from db.ingest.events import sentence_events
from db.provenance import dated_by, is_around, rule_words

DCT = datetime.date(2019, 12, 23)


def around(text: str, dct: datetime.date | None = DCT) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, dct) if d.around]


def test_a_reported_happening_is_placed_around_the_publication_day() -> None:
    text = "Police said the suspect fled."
    (d,) = dated_sentences(text, DCT)
    assert (d.start, d.end_date, d.precision) == ("2019-12-23", None, "day")
    assert (d.title, d.status, d.around) == ("The suspect fled", "happened", True)
    assert d.title_span == (0, len(text))  # the report and what it reports
    assert d.timex.anchor is not None and d.timex.anchor.kind == PUBLICATION
    assert (d.timex.rule, d.timex.text) == ("publication-day", "")


def test_a_plan_without_a_date_is_not_placed_on_the_publication_day() -> None:
    # nothing says when the figures come out: the publication day is not it
    assert around("The ministry will publish the figures.") == []
    # ... but that the ministry said so is news of the day
    assert around("The ministry said it would publish the figures.") == [
        ("2019-12-23", "The ministry said it would publish the figures", "happened")
    ]


def test_a_negation_keeps_its_status() -> None:
    assert around("No one was hurt in the blaze.") == [
        ("2019-12-23", "No one was hurt in the blaze", "negated")
    ]


def test_no_happening_makes_no_event() -> None:
    assert around("Thank you.") == []
    assert around("The new bridge over the river.") == []  # no verb we know
    # what may be, not what happened
    assert around("The archive can also be reached at the following address.") == []


def test_a_narrative_past_takes_no_publication_day() -> None:
    text = (
        "In 1862 the regiment was raised in Ohio. The men drilled through the winter and "
        "marched south. They crossed the river at night."
    )
    assert around(text) == []
    assert [d.start for d in dated_sentences(text, DCT)] == ["1862", "1862-12"]  # the winter


def test_without_a_publication_date_nothing_is_placed() -> None:
    assert around("Police said the suspect fled.", None) == []


def test_a_dated_clause_keeps_its_date_and_the_dateless_one_beside_it_is_around() -> None:
    text = "The port is closed to ships, and the navy mined the harbour on Friday."
    got = [(d.start, d.title, d.around) for d in dated_sentences(text, DCT)]
    assert got == [
        ("2019-12-23", "The port is closed to ships", True),
        ("2019-12-20", "The navy mined the harbour", False),
    ]


def test_a_paragraph_without_dates_gives_an_event_per_sentence() -> None:
    text = (
        "The storm season began in November.\n\n"
        "Rescuers pulled two fishermen from the sea. Officials said the harbour wall collapsed."
    )
    assert around(text) == [
        ("2019-12-23", "Rescuers pulled two fishermen from the sea", "happened"),
        ("2019-12-23", "The harbour wall collapsed", "happened"),
    ]


def test_the_import_records_it_as_around_and_the_panel_says_so() -> None:
    text = "Police said the suspect fled."
    (row,) = sentence_events(text, dated_sentences(text, DCT), article_id=1, lane="News")
    provenance = json.loads(row["provenance"])
    assert provenance["around"] is True
    assert provenance["rule"] == "publication-day"
    assert is_around(provenance)
    assert dated_by(provenance) == (
        "Day, not stated: the publication day of the report (Mon 23 Dec 2019)"
    )
    assert (row["start"], row["precision"], row["status"]) == ("2019-12-23", "day", "happened")


def test_the_small_print_names_the_rule_and_no_timex() -> None:
    text = "Police said the suspect fled."
    (row,) = sentence_events(text, dated_sentences(text, DCT), article_id=1, lane="News")
    assert rule_words(json.loads(row["provenance"])) == "rule: publication-day"
