"""The reporting-verb lists of `db.dates.clause_verb_words` are one source: the verbs that
attribute a report and the dated-report verbs are drawn from `REPORTING`, and the speech acts
`clauses` does not cut at stay out of it."""

from __future__ import annotations

from db.dates.clause_verb_words import (
    ATTRIBUTING_REPORTS,
    ATTRIBUTION_VERBS,
    DATED_REPORTS,
    REPORTING,
    SPEECH_ACTS,
)


def test_the_attributing_verbs_are_reporting_verbs_or_speech_acts() -> None:
    assert ATTRIBUTING_REPORTS <= REPORTING
    assert not SPEECH_ACTS & REPORTING  # "urged the council" is no report to cut at
    assert ATTRIBUTION_VERBS == ATTRIBUTING_REPORTS | SPEECH_ACTS
    assert set(DATED_REPORTS) <= ATTRIBUTING_REPORTS
