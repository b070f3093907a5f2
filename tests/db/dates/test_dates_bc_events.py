"""Events of a story told in BC years are placed on the timeline in astronomical years (1 BC is
year 0, 490 BC is -489), the numbering db.timekeys uses; their TIMEX3 values stay "BC0490".
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 3, 4)


def test_a_bc_campaign_is_placed_month_by_month() -> None:
    text = (
        "In the spring of 218 BC the Carthaginian army left New Carthage with its elephants. "
        "That October it came down from the Alps into the valley of the Po, and on 18 December "
        "218 BC it destroyed a Roman army at the Trebia."
    )
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    got = {r["title"]: (r["start"], r["precision"]) for r in rows}
    assert got == {
        "The Carthaginian army left New Carthage with its elephants": ("-0217-03", "season"),
        "It came down from the Alps into the valley of the Po": ("-0217-10", "month"),
        "It destroyed a Roman army at the Trebia": ("-0217-12-18", "day"),
    }


def test_the_year_before_the_era_is_year_zero() -> None:
    text = "In 1 BC the governor rebuilt the harbour wall."
    (item,) = dated_sentences(text, DCT)
    assert (item.timex.value, item.start, item.precision) == ("BC0001", "0000", "year")


def test_a_bc_decade_stays_off_the_calendar() -> None:
    # a decade of stand-in years is no BC decade: nothing is drawn rather than a wrong decade
    text = "The temple was finished in 432 BC. The next decade brought war with the Spartans."
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT)}
    assert got["432 BC"] == "-0431"
    assert "The next decade" not in got
