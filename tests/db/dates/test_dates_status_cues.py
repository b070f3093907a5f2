"""The status patterns are tried only where their cue words are (`happenings._CUES`): the cues
must never hide a match. Sentences written for these tests."""

from __future__ import annotations

import pytest

from db.dates.happenings import HAPPENED, NEGATED, PLANNED, SentenceHappenings
from db.dates.status_cues import _CUES

DCT = "2019-12-23"

SENTENCES = [
    ("The ferry did not sink near the coast.", NEGATED),
    ("Officials cannot confirm the number of victims.", NEGATED),
    ("The mayor never signed the order.", NEGATED),
    ("The firm no longer makes the engines.", NEGATED),
    ("Nobody was hurt in the fire at the depot.", NEGATED),
    ("There were no injuries among the passengers.", NEGATED),
    ("No trains ran between the two cities.", NEGATED),
    ("The minister refused to resign after the vote.", HAPPENED),  # the refusing happened
    ("The striking pilots failed to agree on a new contract.", NEGATED),
    ("The talks could resume within weeks.", NEGATED),
    ("The bridge would have collapsed without the repairs.", NEGATED),
    ("The ferry didn’t sink near the coast.", NEGATED),  # not ASCII: every pattern is tried
    ("The company plans to cut 500 jobs.", PLANNED),
    ("The council is due to vote on the budget.", PLANNED),
    ("The new line will open to passengers.", PLANNED),
    ("The ferry was originally meant to sail from the north quay.", PLANNED),
    ("The new timetable was supposed to start with the summer.", PLANNED),
    ("I'll sign the bill.", PLANNED),
    ("The storm knocked out power to thousands of homes.", HAPPENED),
    ("Rescuers pulled 40 people from the water.", HAPPENED),
    ("The company announced a new chief executive.", HAPPENED),
]


@pytest.mark.parametrize(("text", "status"), SENTENCES)
def test_a_clause_gets_the_status_its_verb_group_says(text: str, status: str) -> None:
    h = SentenceHappenings(text, 0, len(text), [], DCT)
    assert h._clause_status(h.clauses[0], DCT, "") == status


@pytest.mark.parametrize(("text", "status"), SENTENCES)
def test_every_status_pattern_that_matches_has_one_of_its_cues(text: str, status: str) -> None:
    h = SentenceHappenings(text, 0, len(text), [], DCT)
    group = h._group(h.clauses[0])
    matched = [p for p in _CUES if p.search(group)]
    assert matched or status == HAPPENED
    if group.isascii():
        for pattern in matched:
            assert any(cue in group.lower() for cue in _CUES[pattern]), pattern.pattern
