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


def test_a_fall_from_a_figure_of_an_earlier_period_is_in_the_quarter_in_focus() -> None:
    text = (
        "Brakefield's sales grew 8 percent to $640 million in the fourth quarter. Operating "
        "profit slipped to $52 million from $58 million in the same period of 2024."
    )
    got = dated_sentences(text, DCT)
    assert [d.start for d in got if d.start.startswith("2024")] == ["2024"]
    assert all(d.comparison for d in got if d.start.startswith("2024"))
    assert dates_of(text, "Operating profit slipped") == ["2025-10"]  # Q4 2025, in focus


def test_compared_with_a_figure_a_year_earlier_dates_no_event() -> None:
    text = "Orders rose 5 percent in January, compared with 9 percent growth a year earlier."
    assert dates_of(text, "Orders rose") == ["2026-01"]


def test_up_from_a_figure_in_a_year_leaves_the_clause_to_the_news() -> None:
    text = "The charity said donations were $3.2 million, up from $2.9 million in 2023."
    assert "2023" not in dates_of(text, "donations were")


def test_a_figure_without_a_focus_period_is_not_moved_to_one() -> None:
    text = (
        "The mill closed in the third quarter of 2019.\n\nIn other news, the council said "
        "parking fees rose to $4 from $3 in 2024."
    )
    assert "2019-07" not in dates_of(text, "parking fees rose")


def test_a_range_of_figures_keeps_both_years() -> None:
    text = "Rents rose from $900 in 2015 to $1,400 in 2025."
    assert sorted(dates_of(text, "Rents rose")) == ["2015", "2025"]


def test_a_dateless_clause_before_and_shortly_after_keeps_the_story_time() -> None:
    text = (
        "On the night of October 3, 1987, a gale drove the tide over the sea wall. The "
        "harbour filled within minutes, and shortly after 2 a.m. the lifeboat crew was "
        "called out."
    )
    assert dates_of(text, "The harbour filled") == ["1987-10-03"]
    assert dates_of(text, "the lifeboat crew was called out") == ["1987-10-04T02:00"]


def test_a_dateless_clause_keeps_the_day_before_and_on_the_next_day() -> None:
    text = (
        "The strike began on Monday. Pickets blocked the depot gates, and on Tuesday the "
        "company agreed to talks."
    )
    assert dates_of(text, "Pickets blocked") == ["2026-03-09"]
    assert dates_of(text, "company agreed to talks") == ["2026-03-10"]


def test_a_story_time_long_before_the_date_is_not_taken() -> None:
    text = (
        "The schooner sank off Halifax in 1912. Divers found the wreck, and in 1988 it was "
        "raised and towed ashore."
    )
    assert "1912" not in dates_of(text, "Divers found the wreck")


def test_the_focus_is_this_years_quarter_not_the_year_ago_one() -> None:
    text = (
        "Corvane Mills reported a drop in net income for its fourth quarter.\n\nNet income fell "
        "12% to $8.1 million, or 20 cents a share, from $9.2 million, or 23 cents a share, in "
        "the year-ago period. Sales rose 3% to $212 million from $206 million."
    )
    got = dated_sentences(text, DCT)
    assert all(d.comparison for d in got if d.start.startswith("2024"))
    assert dates_of(text, "Net income fell 12%") == ["2025-10"]
    assert dates_of(text, "Sales rose 3%") == ["2025-10"]
