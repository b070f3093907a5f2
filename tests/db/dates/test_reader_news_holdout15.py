"""Rules shown by news held-out 15 (a verdict, a match report, a hurricane advisory, a
takeover's clearance, an outbreak update). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

# Tuesday 5 October 2027
DCT = datetime.date(2027, 10, 5)


def _values(text: str, dct: datetime.date = DCT) -> list[str]:
    return [t.value for t in find_timexes(text, dct)]


def test_a_forecast_or_a_likelihood_told_in_the_past_looks_ahead() -> None:
    assert _values("The front was forecast to reach the islands on Thursday.") == ["2027-10-07"]
    assert _values("Officials said the striker was likely to miss Saturday's derby.") == [
        "2027-10-09"
    ]
    # a likelihood about the past stays in the past, and a plain past is the day gone by
    assert _values("The boat was likely to have sunk on Sunday.") == ["2027-10-03"]
    assert _values("The front reached the islands on Thursday.") == ["2027-09-30"]


def test_a_measure_an_order_brings_in_starts_after_the_order() -> None:
    text = "The mayor ordered the evacuation of the islands, starting at 6 a.m. Friday."
    assert _values(text) == ["2027-10-08T06:00"]
    assert _values("The governor imposed a curfew, effective Thursday.") == ["2027-10-07"]
    # a past happening's own start stays in the past
    assert _values("The march began on Saturday, starting at noon.")[0] == "2027-10-02"


def test_a_directive_with_a_long_object_still_sets_a_deadline_ahead() -> None:
    text = "Police urged drivers on the coast road and the bridge to leave by Friday evening."
    assert _values(text) == ["2027-10-08TEV"]


def test_a_four_digit_clock_before_gmt_is_a_time_not_a_year() -> None:
    assert _values("Shares rose 2 percent by 1130 GMT on Tuesday.") == [
        "2027-10-05T11:30",
        "2027-10-05",
    ]
    assert _values("The watch was issued at 9 p.m. EDT Monday (0100 GMT Tuesday).") == [
        "2027-10-04T21:00",
        "2027-10-05T01:00",
    ]
    assert _values("The abbey was built in 1130 and rebuilt in 1600.") == ["1130", "1600"]


def test_a_clock_restated_in_gmt_in_brackets_is_no_second_time() -> None:
    # the bracket repeats the moment just given: no time of its own, and no year 1600 either
    assert _values("At 11 a.m. CDT (1600 GMT), the storm was 200 miles offshore.") == [
        "2027-10-05T11:00"
    ]


def test_a_negation_does_not_reach_a_dated_predicate_after_but() -> None:
    text = (
        "The council said it would not close the library but urged readers on the hill to "
        "return their books by Friday."
    )
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert ("2027-10-08", "planned") in got
    text = "The ferry did not sail on Monday but left on Tuesday."
    assert {(d.start, d.status) for d in dated_sentences(text, DCT)} == {
        ("2027-10-04", "negated"),
        ("2027-10-05", "happened"),
    }
    # "not only ... but also" negates nothing
    text = "The firm not only cut prices but also closed two shops on Monday."
    assert {d.status for d in dated_sentences(text, DCT)} == {"happened"}


def test_an_active_directive_is_news_of_the_day_beside_its_deadline() -> None:
    text = "The judge ordered the former mayor to hand in his passport by Friday."
    got = {(d.start, d.status, d.title) for d in dated_sentences(text, DCT)}
    assert got == {
        ("2027-10-05", "happened", "The judge ordered the former mayor"),
        ("2027-10-08", "planned", "The former mayor to hand in his passport by Friday"),
    }
    # a report with a verb between is no directive's object
    text = "Police told reporters the road would reopen by Friday."
    assert "2027-10-08" in {d.start for d in dated_sentences(text, DCT)}


def test_an_act_of_scheduling_is_news_apart_from_the_date_it_sets() -> None:
    text = "The judge set sentencing for February 12 and ordered him to surrender his passport."
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert got == {("2027-10-05", "happened"), ("2028-02-12", "planned")}
    text = "The board adjourned the hearing until March 3."
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert got == {("2027-10-05", "happened"), ("2028-03-03", "planned")}
    # a plan told as it stands says nothing of when it was set
    assert {d.start for d in dated_sentences("The hearing was set for March 3.", DCT)} == {
        "2027-03-03"
    }


def test_a_plan_due_at_a_time_is_planned() -> None:
    got = {(d.start, d.status) for d in dated_sentences("The next bulletin is due at 6 p.m.", DCT)}
    assert got == {("2027-10-05T18:00", "planned")}


def test_what_a_negated_stretch_runs_since_happened() -> None:
    text = "The club has not won away since a 2-1 victory at Leeds in March."
    assert {(d.start, d.status) for d in dated_sentences(text, DCT)} == {("2027-03", "happened")}
    # a stretch since a plain date stays negated
    text = "The club has not won since March."
    assert {(d.start, d.status) for d in dated_sentences(text, DCT)} == {("2027-03", "negated")}


def test_an_affirmative_perfect_after_a_negated_one_is_a_predicate_of_its_own() -> None:
    text = (
        "They have not lost since a defeat at Leeds on Boxing Day, and have taken 20 points "
        "since New Year's Day."
    )
    got = {(d.start, d.status) for d in dated_sentences(text, DCT)}
    assert got == {("2026-12-26", "happened"), ("2027-01-01", "happened")}


def test_a_host_clause_resuming_after_a_relative_aside_keeps_its_own_tense() -> None:
    text = (
        "The council will extend the parking scheme, which began in the old town on March 1, "
        "to two more districts from Monday, and said fines would double."
    )
    assert _values(text) == ["2027-03-01", "2027-10-11"]
    # a list inside the aside is still the aside's
    text = "He succeeds Ann Lee, who stepped down as chair, president and treasurer in March."
    assert _values(text) == ["2027-03"]


def test_a_fixture_after_a_team_s_aside_looks_ahead() -> None:
    text = (
        "Leeds, who lost 2-0 at home on Saturday, play their rearranged fixture against Hull "
        "on Thursday."
    )
    assert _values(text) == ["2027-10-02", "2027-10-07"]
    assert _values("Leeds played Hull on Saturday.") == ["2027-10-02"]


def test_a_numbered_week_of_a_named_count_is_that_iso_week() -> None:
    dct = datetime.date(2027, 4, 9)
    text = "In epidemiological week 13, clinics saw 40 cases. Cases peaked in ISO week 50."
    assert _values(text, dct) == ["2027-W13", "2026-W50"]
    assert _values("Data for reporting week 7 of 2025 were revised.", dct) == ["2025-W07"]
    # a week by number with no count named is no date: a league's or a pregnancy's
    assert _values("They lost the week 13 game against Leeds.", dct) == []


def test_a_month_told_again_after_a_season_comes_after_it() -> None:
    dct = datetime.date(2027, 5, 13)
    text = "The ferry had broken down twice, first last summer and again in January."
    assert _values(text, dct) == ["2026-SU", "2027-01"]
    text = "The plant flooded in the summer of 2025 and again in February."
    assert _values(text, dct) == ["2025-SU", "2026-02"]
    # without "again" a month before the season may be a step back in the same year
    text = "The plant flooded in the summer of 2025 and in February."
    assert _values(text, dct) == ["2025-SU", "2025-02"]


def test_news_that_comes_weeks_after_a_happening_after_a_comparison() -> None:
    dct = datetime.date(2027, 9, 14)
    text = (
        "The storm is the worst to hit the coast since Ida in August 2021, and comes two weeks "
        "after floods hit the north."
    )
    got = {(d.start, d.title) for d in dated_sentences(text, dct)}
    assert ("2027-08-30", "Floods hit the north") in got


def test_a_happening_within_the_match_after_the_season_s_run_is_the_match_s() -> None:
    # Sunday 28 February 2027, a report of Saturday's match that went on to the season's run
    dct = datetime.date(2027, 2, 28)
    text = (
        "Harlow beat Dunmore 2-1 on Saturday.\n\n"
        "Dunmore, who beat Harlow in the reverse fixture in September, have slipped to 12th.\n\n"
        "Harlow's goalkeeper went off before half-time with a knee injury."
    )
    got = {(d.start, d.title) for d in dated_sentences(text, dct)}
    assert any(s == "2027-02-27" and "goalkeeper" in t for s, t in got)
    # a roundup of two days' matches does not lend the lead's day
    text = (
        "Harlow beat Dunmore 2-1 on Saturday. Kelton drew 0-0 with Penrith on Friday night.\n\n"
        "Dunmore, who beat Harlow in the reverse fixture in September, have slipped to 12th.\n\n"
        "Their goalkeeper went off before half-time with a knee injury."
    )
    got = {(d.start, d.title) for d in dated_sentences(text, dct)}
    assert not any(s == "2027-02-27" and "goalkeeper" in t for s, t in got)


def test_a_month_joined_to_a_predicate_of_this_week_is_in_news_time() -> None:
    dct = datetime.date(2027, 5, 13)
    text = (
        "Police searched the office on March 2, 2025, and charged him that June. "
        "His partner admitted fraud in February and gave evidence against him last week."
    )
    assert _values(text, dct) == ["2025-03-02", "2025-06", "2027-02", "2027-W18"]
    # without the news week the month stays in the story's year
    text = "Police searched the office on March 2, 2025. His partner admitted fraud in November."
    assert _values(text, dct) == ["2025-03-02", "2025-11"]


def test_what_waits_on_a_deal_s_completion_is_on_the_completion_date() -> None:
    dct = datetime.date(2027, 6, 23)
    text = (
        "Brell expects to complete the purchase of Sato on July 1. Sato's shares closed at 41 "
        "euros on Tuesday, the closing price before the offer. Sato will be delisted once the "
        "deal completes. Its deputy chair will step down on the closing date."
    )
    got = {(d.start, d.status, d.title) for d in dated_sentences(text, dct)}
    assert ("2027-07-01", "planned", "Sato will be delisted once the deal completes") in got
    assert ("2027-07-01", "planned", "Its deputy chair will step down on the closing date") in got
    # with no completion date told, such a plan has no date at all
    text = "Sato will be delisted once the deal completes."
    assert dated_sentences(text, dct) == []
