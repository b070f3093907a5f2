"""A reporting verb followed by a date that opens with "that" ("wrote home that spring that
...") reports what follows its date: the "that" of the date is no start of the content, and the
date dates the report and its content together, as "on Monday" does. Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
import json

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 10, 14)


def clauses(text: str) -> dict[str, str]:
    """Each event's clause (the text it stands for) to its start."""
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    out = {}
    for r in rows:
        clause = json.loads(r["data"])["clause"]
        out[text[clause["begin"] : clause["end"]]] = r["start"]
    return out


def test_a_report_dated_by_that_season_keeps_its_reporter() -> None:
    got = clauses(
        "The surveyors reached the coast on 2 May 1872. Their leader told the governor that "
        "winter that the maps were finished."
    )
    told = [c for c, start in got.items() if "maps" in c]
    assert told and all(c.startswith("Their leader told the governor that winter") for c in told)
    assert all(got[c].startswith("1872") for c in told)


def test_a_report_before_a_plain_that_still_covers_its_content() -> None:
    got = clauses("On 9 March 1911 the clerk wrote that the mill had burned down.")
    assert any("the mill had burned down" in c and got[c] == "1911-03-09" for c in got)
