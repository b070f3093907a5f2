"""A report negated before its reporting verb (`db.dates.negated_reports`) is what was not said
or declared; a negation in what it reports leaves the report news of the day. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.negated_reports import negated_report

DCT = datetime.date(2026, 5, 7)


def test_a_negated_subject_or_verb_before_the_reporting_verb_negates_the_report() -> None:
    assert negated_report("Nobody announced the closure")
    assert negated_report("Neither candidate declared the donation")
    assert negated_report("The club did not say how much it paid")
    assert not negated_report("Experts say the levee cannot hold another storm")
    assert not negated_report("Officials said no one was hurt")


def test_the_dateless_event_of_a_negated_report_is_negated() -> None:
    text = (
        "Neither candidate declared the donation. Engineers said the levee could not hold "
        "another storm."
    )
    status = {d.title: d.status for d in dated_sentences(text, DCT)}
    assert status["Neither candidate declared the donation"] == "negated"
    assert status["Engineers said the levee could not hold another storm"] == "happened"
