"""Rules added after held-out news 5 (issue 13): one clock-stamped moment is one event, a
fiscal year's definition is no event, a trailing change from a past thing's figure is no date of
its clause, "added time" is no reporting verb, a past date's "when" clause is dated with it.
Sentences written for these tests, not taken from any evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.clauses import REPORT, split

DCT = datetime.date(2026, 5, 11)  # a Monday


def placed(text: str) -> list[tuple[str, str]]:
    """(start, clause text) of each event of `text`, comparisons left out."""
    return [
        (d.start, text[d.clause[0] : d.clause[1]].strip())
        for d in dated_sentences(text, DCT)
        if not d.comparison
    ]


def test_a_day_and_clock_time_stamp_is_one_event_at_that_time() -> None:
    text = "Ferry sinks off Kell: how it happened\n\nSaturday, 9 p.m. - The crew radioed for help."
    got = placed(text)
    assert [s for s, _ in got if s.startswith("2026-05-09")] == ["2026-05-09T21:00"]


def test_a_day_with_its_time_in_a_sentence_is_one_event() -> None:
    got = placed("The pumps failed on Sunday at 4 a.m., the water board said.")
    assert [s for s, _ in got if s.startswith("2026-05-10")] == ["2026-05-10T04:00"]


def test_a_sentence_defining_the_fiscal_year_is_no_event() -> None:
    text = "Norvik reported record sales on Monday. Its financial year runs from April to March."
    got = placed(text)
    assert [s for s, _ in got] == ["2026-05-11"]


def test_a_fiscal_year_with_a_year_named_still_dates() -> None:
    got = placed("The group's fiscal year ended in March 2025 with a loss.")
    assert [s for s, _ in got] == ["2025-03"]


def test_a_change_from_a_past_contests_figure_does_not_date_the_clause() -> None:
    text = "Polls closed on Sunday evening. Turnout was 61%, down from 66% in the 2022 election."
    got = dated_sentences(text, DCT)
    assert [d.start for d in got if d.comparison] == ["2022"]
    turnout = [d for d in got if not d.comparison and d.title.startswith("Turnout")]
    assert [d.start for d in turnout] == ["2026-05-10"]  # the vote's day, not 2022


def test_a_change_from_a_figure_of_a_year_dates_no_event_there() -> None:
    # the earlier figure's year is the comparison's (news_holdout7's cause (b)): the sales are
    # news of the day, not 2024's
    got = dated_sentences("Sales were $9 million, up from $7 million in 2024.", DCT)
    assert [(d.start, d.comparison) for d in got if d.start == "2024"] == [("2024", True)]
    assert all(d.comparison for d in got if d.start[:4] == "2024")


def test_added_time_is_no_reporting_verb() -> None:
    text = "Okoro equalised in added time when his header went in off the post."
    kinds = [c.kind for c in split(text, 0, len(text), [])]
    assert REPORT not in kinds
    text = "In added time the visitors scored twice, and the home fans left early."
    assert REPORT not in [c.kind for c in split(text, 0, len(text), [])]


def test_a_past_dates_when_clause_is_an_event_of_that_date() -> None:
    text = "The union and the board last met on March 3, when talks collapsed after six hours."
    got = placed(text)
    assert ("2026-03-03", "talks collapsed after six hours") in got


def test_a_when_clause_of_a_plan_gets_no_past_event() -> None:
    text = "The board will meet on June 2, when the results are published."
    got = placed(text)
    assert all(s == "2026-06-02" for s, _ in got)


def test_a_source_published_on_a_date_dates_the_source_not_its_figures() -> None:
    text = "Rents rose 9% in a year, according to a survey released on Tuesday by the agency."
    got = dated_sentences(text, DCT)
    assert [(d.start, d.title) for d in got] == [
        ("2026-05-05", "A survey released on Tuesday by the agency")
    ]


def test_a_source_with_a_phrase_before_its_date_is_dated_itself() -> None:
    text = (
        "The trust switched suppliers in March 2024, which saved about 40,000 pounds, according "
        "to a report published with the accounts last October."
    )
    got = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert got.get("A report published with the accounts last October") == "2025-10"


def test_a_date_a_judge_sets_is_the_next_one() -> None:
    # (since held-out 15 the setting and what follows it are news of the day of their own)
    got = dated_sentences("The judge set a retrial for March 9 and released both men.", DCT)
    assert sorted({d.start for d in got}) == ["2026-05-11", "2027-03-09"]
    got = dated_sentences("The court adjourned the case until January 20.", DCT)
    assert sorted({d.start for d in got}) == ["2026-05-11", "2027-01-20"]


def test_a_plan_as_it_stood_keeps_the_tense() -> None:
    got = dated_sentences("The hearing was set for March 9 but never took place.", DCT)
    assert [d.start for d in got] == ["2026-03-09"]


def test_an_overnight_clause_leans_on_no_other_date() -> None:
    got = placed("Aid workers flew in last week, and fresh supplies arrived overnight.")
    assert ("2026-05-11", "and fresh supplies arrived overnight.") in got
    assert not any(s.startswith("2026-05-04") and "supplies" in c for s, c in got)


def test_a_dateline_dates_no_lede_that_has_its_own_day() -> None:
    text = "Ferry sinks\n\nKELL, May 11 (AP) - A ferry sank off Kell late on Sunday."
    got = dated_sentences(text, DCT)
    assert [(d.start, d.title) for d in got if not d.around] == [
        ("2026-05-10", "A ferry sank off Kell late")
    ]


def test_a_dateline_dates_a_lede_without_a_day_and_titles_nothing() -> None:
    text = "Strike off\n\nLYON, France, May 11 (Reuters) - Dockers called off their strike."
    got = dated_sentences(text, DCT)
    assert [(d.start, d.title) for d in got] == [("2026-05-11", "Dockers called off their strike")]
