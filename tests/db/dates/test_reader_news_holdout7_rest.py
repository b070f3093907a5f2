"""What news_holdout7 still missed (issue 13): a report that names its occasion is news of its
own ("told analysts on a conference call", "told reporters after the vote"), ", and the
manager said ..." is a report of its own after a dated clause, a results figure compared with
an earlier period is in the period in focus, and a dateless clause before ", and shortly after
1 a.m. ..." keeps the time the story was at. Sentences written for these tests."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 3, 12)  # a Thursday


def dates_of(text: str, words: str, dct: datetime.date = DCT) -> list[str]:
    """The start of each event whose clause holds `words` (at its precision's length)."""
    return [
        d.start
        for d in dated_sentences(text, dct)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


def test_a_report_on_a_conference_call_is_an_event_beside_what_it_reports() -> None:
    text = (
        "Shares of Halvard Foods fell 6 percent on Wednesday after the company cut its "
        "forecast.\n\nFinance chief Ruth Amsel told analysts on a conference call that "
        "retailers had cancelled orders in January."
    )
    assert dates_of(text, "retailers had cancelled orders") == ["2026-01"]
    # the call: the day the story leads with (the results), not the publication day
    assert dates_of(text, "told analysts on a conference call") == ["2026-03-11"]


def test_a_plain_said_of_a_dated_happening_is_no_event_of_its_own() -> None:
    text = "The mayor said that the bridge had closed in January."
    assert dates_of(text, "The mayor said") == []
    assert dates_of(text, "the bridge had closed") == ["2026-01"]


def test_a_quotation_told_to_reporters_after_the_vote_is_the_vote_day() -> None:
    text = (
        "The senate approved the budget late on Tuesday.\n\n"
        '"This is the fairest budget since 1998," Lena Ortiz told reporters after the vote.'
    )
    assert dates_of(text, "Lena Ortiz told reporters after the vote") == ["2026-03-10"]


def test_a_quotation_with_a_plain_said_makes_no_event() -> None:
    text = '"This is the fairest budget since 1998," Lena Ortiz said.'
    assert dates_of(text, "Lena Ortiz said") == []


def test_and_the_manager_said_after_a_dated_clause_is_a_report_of_its_own() -> None:
    text = (
        "The club sold its goalkeeper to Porto earlier in February, and coach Anton Weir "
        "said the squad was now ready."
    )
    assert dates_of(text, "sold its goalkeeper") == ["2026-02"]
    assert dates_of(text, "coach Anton Weir said") == ["2026-03-12"]
