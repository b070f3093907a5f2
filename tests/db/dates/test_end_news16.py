"""News causes left by session 16's blind end set (issue 13), each in sentences written for these
tests: a quoted speaker's year-less months after a background a year back, a weekday of
something called off now, a deadline's "until 6pm on Sunday"."""

from __future__ import annotations

import datetime

from db.dates import find_timexes


def values(text: str, dct: datetime.date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct)]


def test_a_quoted_speakers_months_are_told_from_the_publication_day() -> None:
    # a club story: the background is last year's, the coach speaks now
    text = (
        "The club was fined in March 2025 and lost its ground that summer.\n\n"
        'Ana Ruiz, coach since February, says: "We trained in a car park in August, and from '
        'May we will play at home again."'
    )
    got = dict(values(text, datetime.date(2026, 10, 3)))
    assert got["February"] == "2026-02"
    assert got["August"] == "2026-08"
    assert got["May"] == "2027-05"


def test_a_quotation_in_the_backgrounds_own_paragraph_keeps_its_year() -> None:
    # the same words inside the paragraph that tells the year are the story's
    text = 'The club was fined in March 2025. "We trained in a car park in August," the coach said.'
    assert dict(values(text, datetime.date(2026, 10, 3)))["August"] == "2025-08"


def test_a_weekday_of_something_called_off_now_is_ahead() -> None:
    dct = datetime.date(2026, 3, 4)  # a Wednesday
    got = values("The airline has cancelled its flights to Oslo on Friday and Saturday.", dct)
    assert got == [("Friday", "2026-03-06"), ("Saturday", "2026-03-07")]
    got = values("Sunday's charity swim has been postponed because of the storm.", dct)
    assert got == [("Sunday", "2026-03-08")]
    # the past tense names the day of the cancelling
    assert values("The airline cancelled its flights to Oslo on Monday.", dct) == [
        ("Monday", "2026-03-02")
    ]


def test_until_a_time_on_a_weekday_is_a_deadline_ahead() -> None:
    text = (
        "A yellow wind warning will be in place across the northern coast from midnight "
        "until noon on Sunday, forecasters said."
    )
    assert ("Sunday", "2026-03-08") in values(text, datetime.date(2026, 3, 4))


def _placed(text: str, dct: datetime.date) -> dict[str, tuple[str, str]]:
    """Each event's title -> its day (or month) and status."""
    from db.dates import dated_sentences
    from db.ingest.events import sentence_events

    rows = sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")
    return {r["title"]: (r["start"][:10], r["status"]) for r in rows}


def test_a_coordinated_clause_that_opens_with_its_own_date_is_its_own_event() -> None:
    # a council's past step and a plan after ", and from <date>": two clauses, two statuses
    text = (
        "The council rewrote the bus timetable in June, and from April the ferry will stop at "
        "the new pier."
    )
    got = _placed(text, datetime.date(2026, 11, 2))
    assert got["The council rewrote the bus timetable"] == ("2026-06", "happened")
    assert got["From April the ferry will stop at the new pier"] == ("2027-04", "planned")


def test_a_works_year_in_brackets_lends_no_year_to_the_sentences_day() -> None:
    # an auction report: the bracket says when the vase was made, the sale is this year's
    text = "Lise Moreau's Blue Heron Vase (1911) sold for £40,000 in Bath on 14 March."
    got = values(text, datetime.date(2026, 5, 9))
    assert ("14 March", "2026-03-14") in got
    # a bracket that dates the sentence alone stays its time
    assert values(
        "Lise Moreau's Blue Heron Vase (1911) is her best-known piece.", datetime.date(2026, 5, 9)
    ) == [("1911", "1911")]


def test_a_month_before_what_befell_in_it_is_the_month() -> None:
    text = "Two farms lost their barns in the March floods, and crews fought the June fires."
    got = values(text, datetime.date(2026, 9, 1))
    assert ("March", "2026-03") in got and ("June", "2026-06") in got


def test_what_was_last_done_at_a_negated_since_happened() -> None:
    text = "The organ had not been played since 1987, when it was moved to the crypt."
    got = _placed(text, datetime.date(2026, 9, 1))
    assert got["It was moved to the crypt"] == ("1987", "happened")


def test_a_present_perfect_until_a_yearless_date_runs_to_the_next_one() -> None:
    dct = datetime.date(2026, 10, 6)
    text = "The library has suspended late opening until Easter while the roof is mended."
    assert ("Easter", "2027-03-28") in values(text, dct)
    text = "The council has extended the parking ban until 14 January."
    assert ("14 January", "2027-01-14") in values(text, dct)
    # a simple past keeps the one gone by
    assert ("May", "2026-05") in values("The firm kept the plant open until May.", dct)


def test_every_weekend_is_each_weekend() -> None:
    got = values(
        "The pool opens every weekend and once a week in winter.", datetime.date(2026, 5, 1)
    )
    assert ("every weekend", "XXXX-WXX-WE") in got


def test_a_second_opening_its_sentence_after_a_first_is_no_second_of_time() -> None:
    text = "The first ferry leaves at 9am on Monday. A second, with room for cars, follows at noon."
    assert all(value != "PT1S" for _, value in values(text, datetime.date(2026, 5, 1)))
    # a second of time keeps its duration
    got = values("A second later the lights went out.", datetime.date(2026, 5, 1))
    assert ("A second", "PT1S") in got


def test_late_last_night_is_one_expression() -> None:
    got = values(
        "The pumps failed late last night. The driver was late last night.",
        datetime.date(2026, 5, 1),
    )
    assert got == [("late last night", "2026-04-30TNI"), ("last night", "2026-04-30TNI")]
