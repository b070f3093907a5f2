"""Causes news_holdout10 showed (issue 13): an aside's participle after an adverb ("first
proposed in 2019"), a change still to come "from" its date, a present aim's weekday. Sentences
written for these tests."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 3, 10)  # a Tuesday


def dates_of(text: str, words: str, dct: datetime.date = DCT) -> list[str]:
    """The start of each event (comparisons left out) whose clause holds `words`."""
    return [
        d.start[:10]
        for d in dated_sentences(text, dct)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


def test_an_aside_participle_after_an_adverb_dates_only_itself() -> None:
    text = "The swimming pool, originally opened in 1974, was closed in November."
    assert "1974" in dates_of(text, "originally opened")
    assert dates_of(text, "was closed") == ["2025-11"]


def test_a_change_still_to_come_starts_at_its_date() -> None:
    text = "Bus fares will rise by 6 percent from May 1, the operator said."
    assert dates_of(text, "Bus fares will rise") == ["2026-05-01"]


def test_a_past_change_from_a_date_is_still_a_comparison() -> None:
    text = "Ticket sales rose by 6 percent from 2024."
    assert "2024" not in dates_of(text, "Ticket sales rose")


def test_a_present_aim_looks_ahead_for_its_weekday() -> None:
    text = "The operator hopes to restore the service by Friday."
    assert dates_of(text, "restore the service") == ["2026-03-13"]


def test_a_past_predicate_does_not_take_the_day_of_one_to_come() -> None:
    # "and will ..." without a subject of its own is cut: the meeting is the plan's day alone
    text = "The envoy was greeted at the station by the mayor and will meet the council on Friday."
    assert dates_of(text, "will meet the council") == ["2026-03-13"]
    assert "2026-03-13" not in dates_of(text, "was greeted at the station")


def test_a_past_clause_does_not_lean_on_a_later_plan() -> None:
    text = "The club sold two strikers, and the new signing will arrive in January."
    assert "2027-01" not in dates_of(text, "The club sold two strikers")


def test_a_plan_after_and_does_not_take_the_past_clause_day() -> None:
    text = "The head coach resigned on Monday, and his assistant will take charge for the final."
    assert dates_of(text, "The head coach resigned") == ["2026-03-09"]
    assert dates_of(text, "his assistant will take charge") == []


def test_a_count_of_times_since_a_date_is_a_comparison() -> None:
    text = "The bank raised its main rate for the third time since last spring."
    assert "2025" not in [d[:4] for d in dates_of(text, "The bank raised its main rate")]


def test_a_past_predicate_does_not_take_a_perfect_span_after_it() -> None:
    text = "The pound slipped in morning trading and has fallen 4 percent since January."
    assert dates_of(text, "The pound slipped") == ["2026-03-10"]
    assert "2026-01" in dates_of(text, "has fallen 4 percent")


def test_news_that_comes_weeks_after_a_happening_dates_it_back() -> None:
    text = "The walkout comes two weeks after the drivers rejected a pay offer."
    assert dates_of(text, "the drivers rejected a pay offer") == ["2026-02-23"]  # ISO week 9
    text = "The strike comes three days after talks with the airline broke down."
    assert dates_of(text, "talks with the airline broke down") == ["2026-03-07"]


def test_a_relative_clause_without_a_relative_word_dates_only_itself() -> None:
    text = "The insurer paid out more than expected, helped by a reserve fund it built up in 2022."
    assert dates_of(text, "it built up in 2022") == ["2022"]
    assert "2022" not in dates_of(text, "The insurer paid out more than expected")


def test_an_opening_phrase_before_a_pronoun_is_no_relative_clause() -> None:
    text = "After the merger they moved the head office to Leeds in 2019."
    assert dates_of(text, "they moved the head office") == ["2019"]


def test_passing_sentence_is_on_the_day_the_lead_dated() -> None:
    text = (
        "A builder who defrauded pensioners was jailed for five years at Truro Crown Court on "
        "Monday. Passing sentence, Judge Amy Reece said he had preyed on the lonely."
    )
    assert dates_of(text, "Passing sentence") == ["2026-03-09"]


def test_verdicts_read_in_the_plural_are_on_the_lead_day() -> None:
    text = (
        "A jury on Friday convicted two brothers of arson. They looked at the floor as the "
        "verdicts were read."
    )
    assert dates_of(text, "as the verdicts were read") == ["2026-03-06"]


def test_a_study_finding_without_a_date_is_in_the_period_studied() -> None:
    text = (
        "The survey, released on Monday, followed 2,500 commuters between 2021 and 2024. "
        "Car journeys into the city fell by a quarter."
    )
    assert dates_of(text, "Car journeys into the city fell") == ["2021"]


def test_a_finding_after_a_report_day_alone_stays_news() -> None:
    text = "The council published figures on Monday. Car journeys into the city fell by a quarter."
    assert dates_of(text, "Car journeys into the city fell") == ["2026-03-10"]


def test_passing_sentence_after_the_case_history_is_still_the_lead_day() -> None:
    text = (
        "A former treasurer who took 40,000 pounds from a rowing club was jailed for two years "
        "on Monday.\n\nThe thefts came to light in June 2023, when an auditor queried a payment. "
        "He was charged in May of that year.\n\nPassing sentence, Judge Ann Kerr said he had "
        "shown no remorse."
    )
    assert dates_of(text, "Passing sentence") == ["2026-03-09"]


def test_a_when_clause_after_a_list_of_months_is_set_on_the_list() -> None:
    text = "Sales of heaters were highest in December and January, when the cold snap hit."
    got = dates_of(text, "when the cold snap hit")
    assert "2025-12" in got and "2026-01" in got  # the whole span, not only its last month


def test_a_dated_whose_clause_in_an_apposition_dates_only_itself() -> None:
    text = (
        "Tom Hale, the engineer whose design saved the harbour wall after the storm of 1953, "
        "has died at his home in Deal."
    )
    assert "1953" in dates_of(text, "whose design saved the harbour wall")
    assert dates_of(text, "has died at his home") == ["2026-03-10"]
