"""News a reader dates by the story's own clock and calendar (issue 13, after news_holdout4):
a timeline told hour by hour, periods of company results, facts of an election day. Sentences
written for these tests. DCT: Saturday 2025-11-15."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.sentences import sentence_spans

DCT = datetime.date(2025, 11, 15)


def dates_of(text: str, words: str) -> list[str]:
    """The start of each event whose clause holds `words`."""
    return [
        d.start
        for d in dated_sentences(text, DCT)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


# ---- a timeline told hour by hour -------------------------------------------------------------

TIMELINE = (
    "How the night unfolded.\n\n"
    "Friday, 9 p.m. - Guards at the warehouse smelled smoke.\n\n"
    "11:45 p.m. - The fire brigade sent six engines. Neighbours left their homes.\n\n"
    "2:10 a.m. - The roof fell in.\n\n"
    "7 a.m. - The mayor visited the site."
)


def test_a_stamp_and_its_entry_are_one_sentence() -> None:
    spans = [TIMELINE[b:e] for b, e in sentence_spans(TIMELINE)]
    assert "11:45 p.m. - The fire brigade sent six engines." in spans
    assert "2:10 a.m. - The roof fell in." in spans


def test_a_small_hours_stamp_after_a_late_evening_one_is_the_next_day() -> None:
    assert dates_of(TIMELINE, "sent six engines") == ["2025-11-14T23:45"]
    assert dates_of(TIMELINE, "The roof fell in") == ["2025-11-15T02:10"]
    assert dates_of(TIMELINE, "The mayor visited") == ["2025-11-15T07:00"]


def test_a_dateless_happening_of_an_entry_is_on_its_stamp_day() -> None:
    assert dates_of(TIMELINE, "Neighbours left their homes") == ["2025-11-14"]


def test_a_morning_time_after_an_afternoon_one_stays_on_its_day() -> None:
    text = "On Thursday the trial resumed at 2 p.m. The jury had been sworn in at 10 a.m."
    assert dates_of(text, "sworn in") == ["2025-11-13T10:00"]


# ---- periods of company results ---------------------------------------------------------------


def test_the_three_months_to_a_quarter_end_are_that_quarter() -> None:
    text = "Operating profit for the three months to September fell 9%, the brewer said."
    (d,) = [d for d in dated_sentences(text, DCT) if d.timex.text.startswith("the three")]
    assert (d.timex.value, d.start, d.end_date, d.precision) == (
        "2025-Q3",
        "2025-07",
        "2025-09",
        "quarter",
    )


def test_the_six_months_to_june_are_the_first_half_and_a_named_year_is_kept() -> None:
    text = "Sales rose 4% in the six months to June 2024."
    (d,) = dated_sentences(text, DCT)
    assert (d.timex.value, d.start, d.end_date) == ("2024-H1", "2024-01", "2024-06")


def test_a_window_that_is_no_quarter_is_left_to_its_month() -> None:
    text = "Passenger numbers rose in the three months to November."
    (d,) = dated_sentences(text, DCT)
    assert (d.timex.text, d.precision) == ("November", "month")


def test_timeml_marks_a_window_as_a_duration() -> None:
    from db.dates import find_timexes

    text = "Operating profit for the three months to September fell 9%."
    assert [(t.text, t.type, t.value) for t in find_timexes(text, DCT)] == [
        ("the three months", "DURATION", "P3M")
    ]


def test_a_fiscal_year_the_text_defines_runs_from_its_first_month() -> None:
    text = (
        "The retailer's financial year begins in April. It made a loss in fiscal 2024. "
        "Sales picked up in October, the chief executive said."
    )
    got = {d.timex.text: d for d in dated_sentences(text, DCT)}
    fy = got["fiscal 2024"]
    assert (fy.timex.value, fy.start, fy.end_date, fy.precision) == (
        "2024",
        "2023-04",
        "2024-03",
        "month",
    )
    # the company's reporting year is news time: October is this year's, not 2024's
    assert got["October"].start == "2025-10"


def test_a_fiscal_year_without_a_definition_is_the_calendar_year() -> None:
    text = "The group made a loss in fiscal 2024."
    (d,) = dated_sentences(text, DCT)
    assert (d.timex.value, d.start, d.precision) == ("2024", "2024", "year")


def test_a_half_of_a_defined_fiscal_year_is_the_calendar_half_it_is() -> None:
    text = (
        "Its fiscal year runs from July to June. Prices will rise in the second half of the "
        "fiscal year, the board said."
    )
    got = [d for d in dated_sentences(text, DCT) if "half" in d.timex.text]
    assert [(d.timex.value, d.start, d.end_date) for d in got] == [
        ("2026-H1", "2026-01", "2026-06")
    ]


def test_a_window_ending_on_a_named_day_is_left_to_timeml_reading() -> None:
    text = "Net income rose 8% in the six months ended Oct. 1, the company said."
    values = [(d.timex.text, d.timex.value) for d in dated_sentences(text, DCT)]
    assert ("Oct. 1", "2025-10-01") in values


# ---- facts of a vote ---------------------------------------------------------------------------


def test_a_fact_of_a_vote_is_on_the_election_day_the_story_dated() -> None:
    text = (
        "The mayor of Dalbrook lost Thursday's election to a newcomer, officials said. "
        "Turnout was 48%. Voting was extended at two schools. The newcomer led with 53% "
        "in the count, the council said."
    )
    assert dates_of(text, "Turnout was 48%") == ["2025-11-13"]
    assert dates_of(text, "Voting was extended") == ["2025-11-13"]
    assert dates_of(text, "led with 53%") == ["2025-11-13"]


def test_a_vote_share_without_a_dated_election_stays_news_of_the_day() -> None:
    text = "The party won 12% in a poll published by the newspaper. Its leader resigned on Monday."
    assert dates_of(text, "won 12%") == ["2025-11-15"]


# ---- a past verb's own month ------------------------------------------------------------------


def test_a_month_just_ahead_told_by_a_past_verb_of_its_clause_is_last_years() -> None:
    # DCT 15 November: "in December" after "renovated" is the December gone by
    assert dates_of("The owners renovated the hotel in December.", "renovated") == ["2024-12"]
    text = "The manager arrived in May and reshaped the squad, signing two strikers in December."
    assert dates_of(text, "signing two strikers") == ["2024-12"]


def test_a_month_just_ahead_after_a_plan_or_a_bound_stays_ahead() -> None:
    assert dates_of("Directors approved a dividend, payable December 5.", "payable") == [
        "2025-12-05"
    ]
    text = "The club will reshape the squad, signing a striker in December."
    assert dates_of(text, "signing") == ["2025-12"]
    assert dates_of("The appeal is heard in December, the court said.", "heard") == ["2025-12"]


# ---- the Christmas season ---------------------------------------------------------------------


def test_the_christmas_holidays_and_before_christmas_are_its_december() -> None:
    got = dated_sentences("Bookings slumped over the Christmas period, the airline said.", DCT)
    assert [(d.timex.value, d.start, d.precision) for d in got] == [
        ("2024-12-25", "2024-12", "month")
    ]
    got = dated_sentences("Tenants handed in a petition before Christmas.", DCT)
    assert [(d.start, d.precision) for d in got] == [("2024-12", "month")]


def test_the_christmas_holidays_of_a_named_year_are_in_that_year() -> None:
    text = "The family last travelled abroad over the Christmas holidays in 2021."
    assert "2021-12" in dates_of(text, "travelled abroad")


def test_christmas_day_itself_stays_a_day() -> None:
    assert dates_of("The shop stayed open on Christmas Day.", "stayed open") == ["2024-12-25"]


# ---- a time within a game; the end of its sentence's month ------------------------------------


def test_a_happening_in_the_final_minutes_is_on_the_match_day() -> None:
    text = (
        "On Thursday the Wolves led for three quarters, but the Hawks pulled clear in the final "
        "four minutes."
    )
    assert dates_of(text, "pulled clear") == ["2025-11-13"]


def test_the_end_of_the_month_is_that_of_its_sentence_date() -> None:
    text = "Resurfacing of the bridge starts on 2 February and should end by the end of the month."
    got = [d for d in dated_sentences(text, DCT) if "end of the month" in d.timex.text]
    assert [(d.start, d.precision) for d in got] == [("2026-02", "month")]


def test_a_change_told_in_an_aside_leaves_a_start_from_a_date_no_comparison() -> None:
    text = "Bus fares, which rose by 12% last year, will be capped from March 1, the mayor said."
    (d,) = [d for d in dated_sentences(text, DCT) if d.timex.text == "March 1"]
    assert (d.start, d.comparison, d.status) == ("2026-03-01", False, "planned")
    text = "Exports rose 5% and were up from 2019."
    assert [d.comparison for d in dated_sentences(text, DCT) if d.timex.text == "2019"] == [True]


def test_a_present_bound_until_a_date_points_ahead() -> None:
    text = "The order gives the landlord until September 30 to repair the roof."
    assert dates_of(text, "gives the landlord") == ["2026-09-30"]
    assert dates_of("The pier was closed until October 3.", "was closed") == ["2025-10-03"]


def test_the_next_day_after_a_month_is_in_that_month_for_the_timeline() -> None:
    from db.dates import find_timexes

    text = "The singer returned to Vienna in May 1971. She gave an interview the next day."
    assert dates_of(text, "gave an interview") == ["1971-05"]
    # TimeML still leaves that day unknown
    assert [t.value for t in find_timexes(text, DCT) if t.text == "the next day"] == ["XXXX-XX-XX"]


def test_a_vote_count_is_on_the_day_of_the_vote() -> None:
    text = (
        "The school board voted on Tuesday to merge the two schools. Members approved the "
        "merger by 7 votes to 2 after a long debate."
    )
    assert dates_of(text, "approved the merger") == ["2025-11-11"]


def test_a_warning_set_off_by_however_is_news_of_the_day_beside_its_content() -> None:
    text = "The chairman warned, however, that energy costs would rise in the second half of 2026."
    got = {text[d.clause[0] : d.clause[1]].strip(): d.start for d in dated_sentences(text, DCT)}
    assert got["The chairman warned, however,"] == "2025-11-15"
    assert got["that energy costs would rise in the second half of 2026."] == "2026-07"


def test_a_warnings_date_leaves_the_story_on_its_own_day() -> None:
    text = (
        "Heavy snow fell across the north on Thursday, closing dozens of schools. Forecasters "
        "issued an amber warning on Wednesday evening. The deepest snow, 40 cm, was measured "
        "at Kelby at 4:10 PM."
    )
    assert dates_of(text, "was measured") == ["2025-11-13T16:10"]
    assert dates_of(text, "issued an amber warning") == ["2025-11-12"]


def test_an_asides_date_leaves_the_clause_around_it_to_the_match() -> None:
    text = (
        "Harlow Town won the county cup on Thursday, beating Elmstead 3-1.\n\n"
        "Winger Tom Reyes, who moved from Dover last spring, scored three goals, the third in "
        "injury time."
    )
    assert dates_of(text, "scored three goals") == ["2025-11-13"]


def test_an_entrys_title_drops_its_time_stamp() -> None:
    titles = {d.title for d in dated_sentences(TIMELINE, DCT)}
    assert "Guards at the warehouse smelled smoke" in titles
    assert "The fire brigade sent six engines" in titles
    assert not any(t.startswith(("-", ",", "Friday")) for t in titles)
