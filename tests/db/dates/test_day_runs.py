"""A past day's story told on without dates (`db.dates.day_runs`): dateless happenings and bare
clock times after a date of a day before the publication day go on that day; reports, states,
quotations, plans and the report's own present stay at the publication day. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 5, 7)  # a Thursday: Monday is 2026-05-04


def day_of(text: str, words: str) -> str | None:
    """The day of the event whose clause holds `words` (the first such event)."""
    for d in dated_sentences(text, DCT):
        b, e = d.clause
        if words in text[b:e]:
            return d.start[:10]
    return None


def test_a_dateless_past_clause_after_a_past_day_goes_on_that_day() -> None:
    text = (
        "Firefighters reached the old mill at 4.10 a.m. on Monday. The roof collapsed an hour "
        "later and the east wall fell into the river. Nobody was hurt, the fire service said."
    )
    assert day_of(text, "the east wall fell") == "2026-05-04"
    assert day_of(text, "Nobody was hurt") == "2026-05-04"


def test_the_run_reaches_the_next_paragraph_before_its_own_dates() -> None:
    text = (
        "Pay talks at the port broke down late on Monday, the dockers' union said on "
        "Thursday.\n\n"
        "Union leaders and the port owners talked for six hours but failed to settle. The "
        "owners have offered 3 percent."
    )
    assert day_of(text, "failed to settle") == "2026-05-04"
    assert day_of(text, "have offered") == "2026-05-07"  # the present, not Monday's


def test_a_bare_clock_time_takes_the_last_day_told() -> None:
    text = (
        "The county board approved its budget on Monday night after a long debate.\n\n"
        "The budget, first drafted in March, will cost 40 million dollars.\n\n"
        "Farmers blocked the car park from 6 p.m., and the chair halted the debate at 9 p.m. "
        "when a tractor horn sounded."
    )
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT) if d.timex.text}
    assert got["6 p.m."] == "2026-05-04T18:00"
    assert got["9 p.m."] == "2026-05-04T21:00"


def test_the_present_a_report_and_a_state_stay_at_the_publication_day() -> None:
    text = (
        "A tanker ran aground off Skerry Head on Monday. The coastguard is monitoring the "
        "wreck. The owners called the grounding regrettable. The ship was a 30-year-old "
        "vessel."
    )
    assert day_of(text, "is monitoring") == "2026-05-07"
    assert day_of(text, "called the grounding") == "2026-05-07"
    assert day_of(text, "30-year-old") == "2026-05-07"


def test_a_date_of_the_publication_day_ends_the_run() -> None:
    text = (
        "The ferry lost power off the cape on Monday. Schools in the town stayed shut on "
        "Thursday. Two pupils were sent home."
    )
    assert day_of(text, "pupils were sent home") == "2026-05-07"


def test_a_date_in_an_aside_or_a_look_back_starts_no_run() -> None:
    text = (
        "During the hearing, which began on Monday, the court heard from ten witnesses. "
        "The judge adjourned the case."
    )
    assert day_of(text, "adjourned the case") == "2026-05-07"
    text = "The talks had opened on Monday. The envoy flew home."
    assert day_of(text, "The envoy flew home") == "2026-05-07"


def test_a_report_day_an_occasion_and_a_look_back_start_no_run() -> None:
    text = "The regulator issued its audit on Monday. Three banks breached the rules."
    assert day_of(text, "Three banks breached") == "2026-05-07"  # the audit's content: news
    text = "Ashby won Monday's replay 3-0. The supporters marched through the town."
    assert day_of(text, "supporters marched") == "2026-05-07"
    text = "The ferry sank on Monday. It had sailed the route for years."
    assert day_of(text, "had sailed") != "2026-05-04"


def test_a_date_inside_a_quotation_leaves_the_story_day_running() -> None:
    text = (
        'A ferry lost power off Hoy Sound on Monday. Its owner wrote: "Today is a hard day for '
        'us." The ferry, built in 1998, drifted toward the rocks at 7:20 p.m.'
    )
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT) if d.timex.text}
    assert got["Today"] == "2026-05-07"  # the speaker's day stays as it is
    assert got["7:20 p.m."] == "2026-05-04T19:20"


def test_a_local_clock_told_with_its_universal_time_goes_on_the_story_day() -> None:
    text = (
        "A cargo plane crashed near Tromsø on Monday. Radar lost it at 6:40 p.m. (16:40 GMT) "
        "over the fjord."
    )
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT) if d.timex.text}
    assert got["6:40 p.m."] == "2026-05-04T18:40"
    assert got["16:40 GMT"] == "2026-05-04T16:40"
    text = (  # a clock told by the day after it keeps that day
        "A storm hit the coast on Saturday. Overnight it felled 300 trees, according to a "
        "count released at 9 a.m. on Sunday."
    )
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT) if d.timex.text}
    assert got["9 a.m."] == "2026-05-03T09:00"


def test_a_later_days_report_or_state_leaves_the_story_day_running() -> None:
    text = (  # DCT Thursday: Monday the story, Wednesday ("yesterday") its reports
        "A grain silo exploded in Kelso on Monday. The site manager yesterday told "
        "inspectors he saw sparks near a conveyor. Forty workers were sent home. The blast "
        "started at around 2:15pm in the drying hall. Crews remained on guard yesterday. "
        "Three trucks burned out."
    )
    assert day_of(text, "Forty workers were sent home") == "2026-05-04"
    assert day_of(text, "Three trucks burned out") == "2026-05-04"
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT) if d.timex.text}
    assert got["around 2:15pm"].startswith("2026-05-04T14:15")
    text = (  # a happening of the later day is news of its own: no run goes on past it
        "A grain silo exploded in Kelso on Monday. Police arrested the site manager yesterday. "
        "He refused to answer questions."
    )
    assert day_of(text, "He refused") != "2026-05-04"


def test_a_day_naming_an_earlier_happening_does_not_move_the_story() -> None:
    text = (
        "Farm ministers met in Lyon on Tuesday. They said the March 3 quota deal is unfair. "
        "The ministers agreed to meet again in June."
    )
    assert day_of(text, "ministers agreed") == "2026-05-05"
    text = (  # the story moving to a day of its own still moves it
        "Farm ministers met in Lyon on Tuesday. On March 3 the old quota deal lapsed. "
        "Prices fell sharply."
    )
    assert day_of(text, "Prices fell sharply") != "2026-05-05"


def test_numbers_and_clock_suffixes_are_no_verbs_of_the_clause() -> None:
    text = (
        "A bus overturned near Brora on Monday. Two men in their 60s suffered cuts, one by "
        "slipping on glass. The road reopened at 9:45pm."
    )
    assert day_of(text, "suffered cuts") == "2026-05-04"
    got = {d.timex.text: d.start for d in dated_sentences(text, DCT) if d.timex.text}
    assert got["9:45pm"].startswith("2026-05-04")
