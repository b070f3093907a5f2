"""Rules shown by news held-out 13 (an election count, quarterly results, a wildfire, an appeal,
an obituary, a comet probe, a recall). Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 11, 5)  # a Thursday


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def timeline(text: str, dct: datetime.date = DCT) -> list[tuple[str, str, str, str]]:
    """(start, precision, status, the clause's words) of each event the import makes."""
    import json

    from db.dates import dated_sentences
    from db.ingest.events import sentence_events

    out = []
    for r in sentence_events(text, dated_sentences(text, dct), article_id=0, lane=""):
        clause = json.loads(r["data"]).get("clause") if r["data"] else None
        b, e = (clause["begin"], clause["end"]) if clause else (r["span_start"], r["span_end"])
        out.append((r["start"], r["precision"], r.get("status") or "", text[b:e]))
    return out


def test_three_months_to_a_quarter_closing_day_is_that_quarter() -> None:
    text = "The bakery chain said profit rose to 40 million pounds in the three months to Sept. 30."
    got = [(s, p) for s, p, _, words in timeline(text) if "profit rose" in words]
    assert got == [("2026-07", "quarter")]
    # a window to a day that closes no quarter stays a day
    text = "Revenue in the six months ended Oct. 1 was flat."
    assert [(s, p) for s, p, _, _ in timeline(text)] == [("2026-10-01", "day")]


def test_a_dated_past_and_a_plan_of_one_subject_are_two_happenings() -> None:
    text = (
        "The grocer said it had cut prices on 500 items in the spring and would cut more "
        "before Christmas."
    )
    spring = [(s, p, st, w) for s, p, st, w in timeline(text) if p == "season"]
    # the spring gone by (the modal is the second predicate's), and its clause alone
    assert spring == [
        ("2026-03", "season", "happened", "it had cut prices on 500 items in the spring ")
    ]
    text = (
        "The brewer said it would open a taproom in Lyon next spring and had agreed to buy a "
        "smaller rival."
    )
    got = {w.strip(): (s, st) for s, _, st, w in timeline(text)}
    assert got["it would open a taproom in Lyon next spring"] == ("2027-03", "planned")
    # the deal leans on no plan: news of the day
    assert got["and had agreed to buy a smaller rival."] == ("2026-11-05", "happened")


def test_that_may_ending_its_clause_is_the_month_of_the_story() -> None:
    text = (
        "The trawler was seized in February 1998, and its captain was fined that May. "
        "Aides said that May would resign. Friends told him that May, the new leader, had lost."
    )
    got = found(text)
    assert got["that May"] == ("DATE", "1998-05")
    assert len(got) == 2  # the name before a verb or an apposition is no month


def test_at_the_time_in_a_past_told_is_the_time_told_before() -> None:
    text = (
        "The band's farewell tour ended in Leeds in March 2019. In a radio interview at the time "
        "the singer said they would never reunite."
    )
    got = [
        (s, p) for s, p, _, words in timeline(text, datetime.date(2026, 10, 14)) if "radio" in words
    ]
    assert got == [("2019-03", "month")]


def test_a_clock_time_does_not_cut_its_clause_for_the_tense() -> None:
    # DCT 2026-11-05 is a Thursday: the ferry came in on the Tuesday gone by, though "planned"
    # at the end of the sentence is nearer the weekday than "docked" is
    got = found(
        "The night ferry docked in the harbour at 23:15 on Tuesday, an hour later than planned."
    )
    assert got["Tuesday"] == ("DATE", "2026-11-03")


def test_an_aim_close_ahead_keeps_the_readers_year_across_an_aside() -> None:
    # DCT 2026-10-01: the aim is this October's, not that of the year the text named last
    text = (
        "A pump that failed in 2023 did not restart. The crew hopes to film the comet, still "
        "a faint dot, in the last week of October."
    )
    assert found(text, datetime.date(2026, 10, 1))["the last week of October"] == (
        "DATE",
        "2026-W44",
    )


def test_a_due_dates_phrase_dates_only_itself() -> None:
    text = (
        "The water company declared a final dividend of 12 pence a share, payable on "
        "December 18. The new tolls were approved on Monday, effective from 1 January."
    )
    got = {w.strip(): (s, st) for s, _, st, w in timeline(text)}
    # the declaring is news of the day; the payment is to come
    assert got["The water company declared a final dividend of 12 pence a share,"] == (
        "2026-11-05",
        "happened",
    )
    assert got["payable on December 18."] == ("2026-12-18", "planned")
    assert got["The new tolls were approved on Monday,"] == ("2026-11-02", "happened")


def test_a_passive_directive_by_a_day_asks_for_what_is_to_come() -> None:
    # DCT 2026-11-05 is a Thursday
    text = (
        "Pharmacies have been told to return the inhalers by Monday evening. Around 300 "
        "residents were ordered to leave their flats on Tuesday."
    )
    got = {w.strip(): (s, st) for s, _, st, w in timeline(text)}
    assert got["Pharmacies have been told"] == ("2026-11-05", "happened")
    assert got["to return the inhalers by Monday evening."] == ("2026-11-09", "planned")
    # without a deadline's "by" the day is the order's, gone by
    assert got["Around 300 residents were ordered to leave their flats on Tuesday."] == (
        "2026-11-03",
        "happened",
    )


def test_and_after_a_subordinate_clause_leans_on_the_main_one() -> None:
    text = (
        "The brewer raised its forecast on Thursday after sales in the third quarter beat "
        "expectations, and its shares rose 9 percent in early trading."
    )
    events = timeline(text)
    # the shares rose with the raising, on Thursday, not in the quarter the "after" clause names
    assert [s for s, _, _, w in events if "shares rose" in w] == ["2026-11-05"]
    assert [s for s, p, _, w in events if p == "quarter"] == ["2026-07"]


def test_a_source_released_at_a_clock_time_takes_its_own_date() -> None:
    text = (
        "Flood water reached 300 houses in the lower town, according to an initial survey "
        "released at 8 a.m. on Wednesday."
    )
    got = {w: s for s, _, _, w in timeline(text)}
    assert got["an initial survey released at 8 a.m. on Wednesday"] == "2026-11-04T08:00"


def test_a_date_in_the_noun_after_whose_dates_only_the_relative_clause() -> None:
    text = (
        "Marta Ilves, the painter whose murals of the 1980s covered half the old harbour, has "
        "died at her home in Tallinn."
    )
    got = {w.strip(): (s, p) for s, p, _, w in timeline(text, datetime.date(2026, 10, 14))}
    assert got["whose murals of the 1980s covered half the old harbour,"] == ("1980", "decade")
    # the death is news of the day, not the decade of the murals
    assert [s for s, p, _, w in timeline(text, datetime.date(2026, 10, 14)) if "died" in w] == [
        "2026-10-14"
    ]
