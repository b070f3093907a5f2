"""News in styles the news sets lack, third round (bench/reader_styles/newsself3.json, texts
written for these tests with what a careful reader puts on a timeline). Each test is one cause;
the sentences here are new ones of the same kinds, not the texts' own."""

from __future__ import annotations

import datetime
import json

from db.dates import dated_sentences
from db.ingest.events import sentence_events
from tests.db.dates.test_news_styles import placed, values
from tests.db.dates.test_news_styles2 import days_of

TUESDAY = datetime.date(2026, 6, 9)


def covering(text: str, words: str, dct: datetime.date) -> set[str]:
    """The dates of the events whose clause holds `words` (titles are cut short)."""
    at = text.index(words)
    rows = sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")
    spans = [(r, json.loads(r["data"] or "{}").get("clause")) for r in rows]
    return {r["start"] for r, c in spans if c and c["begin"] <= at < c["end"]}


def test_a_plan_told_in_the_past_takes_the_nearer_weekday() -> None:
    # a coach trip's breakdown told on the Tuesday after: the Saturday just gone
    text = "The coach was due to leave Marlow at 7.15am on Saturday, but it never arrived."
    assert days_of(text, "was due to leave", TUESDAY) == {"2026-06-06T07:15"}
    # a plan still ahead, nearer ahead than back, stays ahead
    ahead = "The minister cancelled a visit that was due to begin on Wednesday."
    assert values(ahead, TUESDAY)["Wednesday"] == "2026-06-10"
    # reported speech keeps the report's past tense only: the day is to come
    reported = "Officials said the ferry was due to sail on Saturday."
    assert values(reported, TUESDAY)["Saturday"] == "2026-06-13"
    # "is due to" is ahead whatever is nearer
    assert values("The ferry is due to sail on Saturday.", TUESDAY)["Saturday"] == "2026-06-13"


def test_a_morning_clock_after_an_evening_s_on_a_named_day_is_the_next_morning() -> None:
    # a climb told by the clock: setting off late, the top at dawn the next day
    text = (
        "The pair left the hut at 11pm on Friday and reached the ridge at 6.30am, "
        "roping down by midday."
    )
    got = values(text, TUESDAY)
    assert got["6.30am"] == "2026-06-06T06:30"
    # the evening itself stays on its day
    assert got["11pm"] == "2026-06-05T23:00"
    # a pluperfect goes back before the evening: the same day's morning
    back = "She left the office at 7pm on Friday. She had arrived at 8am."
    assert values(back, TUESDAY)["8am"] == "2026-06-05T08:00"
    # but one of what was done by a time is that night's morning
    done = "The crews arrived at 9pm on Friday. They had cleared the line by 6am."
    assert values(done, TUESDAY)["6am"] == "2026-06-06T06:00"
    # a morning then an evening is one day
    day = "The shop opened at 9am on Friday and closed at 10pm."
    assert values(day, TUESDAY)["10pm"] == "2026-06-05T22:00"


THURSDAY = datetime.date(2026, 9, 3)


def test_a_present_perfect_around_a_dated_relative_clause_is_news_of_now() -> None:
    # a definite past never dates a present perfect: the relative clause's year is the
    # ferry's past, the raising is now
    text = "A ferry that sank off Hollin Point in 2019 has been raised by salvage crews."
    assert days_of(text, "has been raised", THURSDAY) == {"2026-09-03"}
    assert days_of(text, "sank", THURSDAY) == {"2019"}
    # a counted past in the relative clause, and a clause after the main one: it goes with
    # the main clause, not with the aside inside its subject
    lost = (
        "A parrot that escaped from a pet shop six years ago has been returned to its owner "
        "after it landed on a balcony in Dunholm."
    )
    assert days_of(lost, "has been returned", THURSDAY) == {"2026-09-03"}
    assert days_of(lost, "escaped", THURSDAY) == {"2020"}
    # a thing's aside between commas: the perfect is now as well
    polls = "The regional polls, held in May, have been annulled by the court."
    assert days_of(polls, "have been annulled", THURSDAY) == {"2026-09-03"}
    # a past main clause keeps the relative clause's story: no event of now is made
    past = "A ferry that sank in 2019 was raised."
    assert "2026-09-03" not in days_of(past, "was raised", THURSDAY)


def test_a_year_set_as_a_thing_s_adjective_does_not_date_a_lede_s_perfect() -> None:
    # "a 2022 article" says which article; the correcting is news of now
    text = (
        "A science magazine has corrected a 2022 article that claimed bees could count "
        "to twenty.\n\nReaders had raised doubts about its figures."
    )
    assert days_of(text, "has corrected", THURSDAY) == {"2026-09-03"}
    # a year after a preposition still dates the clause
    dated = "The museum bought the painting in 2022.\n\nIt goes on show next week."
    assert days_of(dated, "bought the painting", THURSDAY) == {"2022"}


def test_an_expected_happening_s_with_phrase_keeps_its_date_to_itself() -> None:
    # the warning is news of the day; the river's peak is Thursday's, and only expected
    text = (
        "A flood warning has been issued for the Arle valley, with the river expected to peak "
        "on Thursday."
    )
    got = placed(text, TUESDAY)
    assert got["A flood warning has been issued for the Arle valley"] == {
        ("2026-06-09", "happened")
    }
    assert ("2026-06-11", "planned") in {p for t, ps in got.items() if "peak" in t for p in ps}
    # a "with" of company, no plan word: the sentence's own date
    assert days_of("The minister left with her aides on Monday.", "left", TUESDAY) == {"2026-06-08"}


def test_a_stretch_on_its_timetable_is_ahead() -> None:
    # "runs from ... until ...", in the present: the coming days, the end after the start
    text = "The roadworks run from 8am on Thursday until 6pm on Monday."
    got = values(text, TUESDAY)
    assert got["8am"] == "2026-06-11T08:00"
    assert got["6pm"] == "2026-06-15T18:00"
    assert values("The fair runs from Friday to Sunday.", TUESDAY)["Friday"] == "2026-06-12"
    # told in the past, the stretch is gone by
    assert values("The fair ran from Friday to Sunday.", TUESDAY)["Friday"] == "2026-06-05"


def test_a_plan_that_had_been_due_is_a_plan() -> None:
    # a due date as it stood is a plan, whichever side of today it falls
    text = "The tenants had been due to move out in late June."
    assert {s for ps in placed(text, TUESDAY).values() for _, s in ps} == {"planned"}
    # "had been forced to" is no plan: what happened
    forced = "The mill had been forced to close in 2019."
    assert {s for ps in placed(forced, TUESDAY).values() for _, s in ps} == {"happened"}


def test_a_relative_clause_with_only_a_duration_takes_its_host_s_date() -> None:
    # the flood on 12 May closed the road: "for four days" dates nothing of its own
    text = "Drivers blamed a landslide on the A84 on 12 May, which closed the road for four days."
    got = placed(text, THURSDAY)
    assert {d for t, ps in got.items() for d, _ in ps} == {"2026-05-12"}
    # a relative clause with a date of its own keeps it
    own = "Drivers blamed a landslide on 12 May, which was cleared on 20 May."
    assert "2026-05-20" in {d for ps in placed(own, THURSDAY).values() for d, _ in ps}


def test_a_count_set_after_a_comma_counts_back_over_its_span() -> None:
    # "its third delay in two months" sums up the delays so far, not a date two months on
    text = "Officials said the line would reopen in March, its third delay in two months."
    got = values(text, THURSDAY)
    assert got["two months"] == "P2M"
    assert got["March"] == "2027-03"
    # a plan "in two weeks" is still a date ahead
    assert values("The council will vote in two weeks.", THURSDAY)["two weeks"] == "2026-W38"


def test_a_report_hanging_on_a_dated_clause_by_after_is_on_its_day() -> None:
    # the fall and the warning behind it are Monday's; the year is the content's own
    text = (
        "Shares in Tallow Mills fell 12 percent on Monday after the firm warned that sales "
        "this year would miss its targets."
    )
    got = placed(text, THURSDAY)
    assert covering(text, "the firm warned", THURSDAY) == {"2026-08-31"}
    assert ("2026", "planned") in {p for ps in got.values() for p in ps}


def test_a_directive_told_as_a_report_is_news_of_the_day() -> None:
    # the telling is today's; checking the boilers is asked for by Friday, still to come
    text = "Landlords have been told to service their gas boilers by Friday."
    assert covering(text, "Landlords have been told", THURSDAY) == {"2026-09-03"}
    assert covering(text, "service their gas boilers", THURSDAY) == {"2026-09-04"}


def test_a_challenge_s_numbered_day_in_lower_case_counts_from_its_start() -> None:
    # a sponsored walk begun on 1 May: "on day 12" is 12 May
    text = "Owen Price set off from Land's End on 1 May. He was rained off on day 12 but walked on."
    assert values(text, THURSDAY)["day 12"] == "2026-05-12"
    # a day of something named is left alone
    trial = "The court heard on day 3 of the trial that the van had been stolen."
    assert "day 3" not in values(trial, THURSDAY)


def test_a_directive_s_stretch_until_a_day_is_asked_for_ahead() -> None:
    # the urging is today's; staying in lasts until the coming Friday
    text = "Villagers were urged to keep their windows shut until Friday."
    assert covering(text, "Villagers were urged", THURSDAY) == {"2026-09-03"}
    assert covering(text, "keep their windows shut", THURSDAY) == {"2026-09-04"}
    # a month's end: the telling stays on its own day
    month = "Hauliers have been told to use the ring road until the end of the month."
    assert covering(month, "Hauliers have been told", THURSDAY) == {"2026-09-03"}


def test_a_period_up_to_now_brings_a_year_less_month_back_to_news_time() -> None:
    # written in November: "over the last three years" reaches now, so "in May" is this May
    text = (
        "Ann Hollis opened the bakery in 1988. She said flour prices had risen sharply over "
        "the last three years. The landlord raised the rent in May."
    )
    nov = datetime.date(2026, 11, 30)
    assert values(text, nov)["May"] == "2026-05"
    # without it the story stays in its year
    story = "Ann Hollis opened the bakery in 1988. The landlord raised the rent in May."
    assert values(story, nov)["May"] == "1988-05"
