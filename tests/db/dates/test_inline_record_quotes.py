"""A record's words quoted inside a sentence, with no colon before them, or after a colon whose
introducing words tell of a sworn statement: the quotation's "this morning", "instant" and
"Monday last" count from the day the record was written (`inline_quotes`, `quoted_letters`).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_journal_quoted_after_that_and_its_subject() -> None:
    text = (
        "The school was opened in 1862. The master's journal for 9 February 1863 complains that "
        'the boys "were sent out to the turnip fields this morning and half of them have not '
        'come back."'
    )
    assert values(text)["this morning"] == "1863-02-09TMO"


def test_a_notice_quoting_its_sale_day_as_instant() -> None:
    text = (
        "The brewery failed in 1851. A notice in the Hexley Gazette of Monday 2 June 1851 offered "
        'the malt house "for sale by private treaty until Saturday the 21st instant, after which '
        'it will be let"; nobody bought it.'
    )
    assert values(text)["Saturday the 21st instant"] == "1851-06-21"


def test_a_sworn_statement_after_a_colon() -> None:
    text = (
        "The mill was broken into in the spring of 1812. The deposition of a weaver, sworn on "
        '14 April, tells the story: "On Friday last, about midnight, I saw lights in the mill '
        'yard."'
    )
    assert values(text)["Friday last"] == "1812-04-10"
