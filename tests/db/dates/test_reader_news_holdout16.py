"""Rules shown by news held-out 16 (an air-crash interim report, a columnist's week, a chain's
closures, a missing-person appeal, a Q&A on a new law). Sentences written for these tests, none
from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

# Wednesday 31 March 2027
DCT = datetime.date(2027, 3, 31)


def _values(text: str, dct: datetime.date = DCT) -> list[str]:
    return [t.value for t in find_timexes(text, dct)]


def _spans(text: str, dct: datetime.date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_quarter_of_next_or_last_year_takes_that_year() -> None:
    assert _spans("The inquiry should report in the second quarter of next year.") == [
        ("the second quarter of next year", "2028-Q2")
    ]
    assert _spans("Exports slumped in the fourth quarter of last year.") == [
        ("the fourth quarter of last year", "2026-Q4")
    ]
    # "last year's" belongs to what follows it, not to the quarter
    text = "Sales rose in the third quarter of last year's run."
    assert [t.text for t in find_timexes(text, DCT)] == ["the third quarter", "last year"]


def test_a_rule_coming_into_force_on_a_weekday_is_ahead() -> None:
    assert _values("The smoking ban takes effect on Friday.") == ["2027-04-02"]
    assert _values("The new code comes into force in two phases, starting on Monday.") == [
        "2027-04-05"
    ]
    # a Q&A heading asks about the coming day
    assert _values("What changes on Saturday?") == ["2027-04-03"]
    # a past start stays in the past
    assert _values("The ban took effect on Friday.") == ["2027-03-26"]


def test_a_rule_coming_into_force_told_by_a_dated_report_keeps_the_saying_day() -> None:
    assert _values("The toll takes effect in May, officials said Friday.") == [
        "2027-05",
        "2027-03-26",
    ]


def test_a_dated_report_set_off_by_commas_is_a_report_that_happened() -> None:
    text = (
        "The brewer will close three plants next year, it said on Monday, after a second "
        "year of falling sales."
    )
    got = [(d.start, d.status) for d in dated_sentences(text, DCT)]
    assert ("2027-03-29", "happened") in got
    assert ("2028", "planned") in got


def test_a_dated_plan_joined_to_a_negated_past_keeps_its_own_status() -> None:
    text = (
        "The nurses' union said it had not been asked before the vote and would meet "
        "ministers on Friday."
    )
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert ("2027-04-02", "planned") in got
    # one plan told twice stays one clause
    text = "The firm said it would shut the mill and would cut 300 jobs by May."
    assert [d.status for d in dated_sentences(text, DCT) if d.start == "2027-05"] == ["planned"]


def test_a_report_joined_to_a_dated_plan_is_a_report_not_a_plan() -> None:
    text = "The bakery will publish its accounts on May 3 and said it did not expect a bonus."
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert ("2027-05-03", "planned") in got
    assert ("2027-03-31", "happened") in got


# Saturday 12 June 2027, a columnist's week
WEEK_DCT = datetime.date(2027, 6, 12)


def _placed(text: str) -> dict[str, str]:
    return {d.title: d.start for d in dated_sentences(text, WEEK_DCT)}


def test_a_weekday_topic_sentence_dates_its_paragraph() -> None:
    text = (
        "Then came Wednesday. The headmaster, who had promised in April to stay, announced "
        "that he will retire. Parents said they were stunned."
    )
    got = _placed(text)
    assert got["The headmaster announced that he will retire"] == "2027-06-09"
    assert got["They were stunned"] == "2027-06-09"


def test_a_weekday_that_is_only_a_date_sets_no_topic() -> None:
    text = "The council met on Wednesday. Parents said they were stunned."
    assert _placed(text)["They were stunned"] == "2027-06-12"


def test_a_ceiling_up_to_an_amount_is_no_change_measured_from_the_date() -> None:
    text = "Drivers will face fines of up to 900 euros from June 1."
    assert [(d.start, d.status, d.comparison) for d in dated_sentences(text, DCT)] == [
        ("2027-06-01", "planned", False)
    ]
    # a change from a date stays a comparison
    text = "Prices were up 4 percent from January."
    assert [d.comparison for d in dated_sentences(text, DCT) if d.start == "2027-01"] == [True]


def test_a_negated_predicate_after_but_keeps_its_negation() -> None:
    text = "The goalkeeper saw the ball late on Sunday. He dived but did not reach it."
    got = {(d.title, d.status) for d in dated_sentences(text, DCT)}
    assert ("Did not reach it", "negated") in got
    assert ("He dived", "happened") in got
    # "but" before an affirmative predicate cuts nothing
    text = "He dived on Sunday but reached it."
    assert [d.status for d in dated_sentences(text, DCT)] == ["happened"]


def test_a_clock_after_an_offset_in_seconds_stays_on_the_story_day() -> None:
    text = (
        "On March 2 at 21:14 GMT the lift stalled. It dropped two floors about 40 seconds "
        "later, just before 9.20pm. Engineers freed the passengers the following morning."
    )
    assert _values(text) == [
        "2027-03-02",
        "2027-03-02T21:14",
        "PT40S",
        "2027-03-02T21:20",
        "2027-03-03TMO",
    ]


def test_a_part_of_day_before_or_after_counts_from_the_day_told() -> None:
    text = "The board meets next Tuesday, and the unions will rally the evening before."
    assert _values(text) == ["2027-04-06", "2027-04-05TEV"]
    assert _values("The ferry sank on Monday and divers came the morning after.") == [
        "2027-03-29",
        "2027-03-30TMO",
    ]
    # with an object of its own it counts from that, which no rule reads
    assert _values("The ferry sank on Monday; he slept badly the night before the trip.") == [
        "2027-03-29"
    ]
