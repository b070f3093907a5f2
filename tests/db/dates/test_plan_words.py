"""Words of a plan and words that only look like one: "we are to sail" is a plan; "his will,
dated ..." is a document, no modal (db.dates.status_patterns). Sentences written for these
tests."""

import datetime

from db.dates import dated_sentences

_DCT = datetime.date(2025, 10, 20)


def test_a_will_is_no_plan() -> None:
    text = "His will, dated 2 June 1802, was proved at Lincoln in 1803."
    rows = {d.timex.text: d.status for d in dated_sentences(text, _DCT)}
    assert rows["1803"] == "happened"


def test_we_are_to_is_a_plan() -> None:
    text = "In 1757 the regiment waits at Dover. The orders come: 'We are to sail on 2 May.'"
    rows = {d.timex.text: d.status for d in dated_sentences(text, _DCT)}
    assert rows["2 May"] == "planned"
