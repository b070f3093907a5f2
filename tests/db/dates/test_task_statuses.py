"""The status of a dated clause where the clause around it says otherwise: a past relative
clause with its own date inside a plan ("will refund every passenger hit by the strike that
grounded its fleet on Monday": the grounding happened, `past_relatives`); a task set down in
an infinitive ("the men to bring the ewes down by nine": planned, `infinitive_tasks`); and an
agreement made at a dated meeting ("agreed to consult at its meeting on 19 March": the
agreeing happened then, `dated_infinitives`). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 5, 20)


def events(text: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.status, d.title) for d in dated_sentences(text, DCT)]


def test_a_past_relative_clause_in_a_plan_happened() -> None:
    got = events(
        "The airline will refund every passenger hit by the strike that grounded its "
        "fleet on Monday."
    )
    assert got == [("2026-05-18", "happened", "The strike grounded its fleet")]


def test_a_past_relative_clause_before_a_second_plan() -> None:
    got = events(
        "The council will rebuild the footbridge that collapsed in the storm on "
        "2 January, and will open it in the autumn."
    )
    assert ("2026-01-02", "happened", "The footbridge collapsed in the storm") in got
    assert [s for start, s, _ in got if start == "2026-09"] == ["planned"]


def test_a_relative_clause_to_come_stays_planned() -> None:
    got = events("The museum will reopen the gallery that will house the map in June.")
    assert {s for _, s, _ in got} == {"planned"}


def test_a_task_set_down_in_an_infinitive_is_planned() -> None:
    text = 'On 2 February 1899 she wrote: "Snow tonight; the men to bring the ewes down by nine."'
    got = [x for x in events(text) if "ewes" in x[2]]
    assert [s for _, s, _ in got] == ["planned"]


def test_an_infinitive_after_an_ordinal_is_what_happened() -> None:
    got = events("Gertrude Ederle was the first woman to swim the Channel in 1926.")
    assert [s for _, s, _ in got] == ["happened"]


def test_a_finite_verb_before_to_keeps_its_own_status() -> None:
    got = events("He went home to rest on Sunday.")
    assert [s for _, s, _ in got] == ["happened"]


def test_an_agreement_at_a_dated_meeting_happened_then() -> None:
    got = events("The trustees agreed to sell the mill at their meeting on 19 March.")
    assert [(start, s) for start, s, _ in got] == [("2026-03-19", "happened")]


def test_an_agreement_to_meet_on_a_day_is_still_a_plan() -> None:
    got = events("Both unions agreed to meet again on 3 June.")
    assert ("2026-06-03", "planned") in [(start, s) for start, s, _ in got]


def test_a_bare_verb_or_a_noun_with_a_finite_verb_after_is_no_task() -> None:
    got = events("He took his degree in January 1843 and set to work that summer.")
    assert {s for _, s, _ in got} == {"happened"}
    got = events("Consent to convert the barn into a cottage was granted in March 2024.")
    assert [s for _, s, _ in got] == ["happened"]


def test_a_report_after_such_a_relative_clause_tells_of_the_plan() -> None:
    got = events(
        "The bank will pay every customer hit by the outage that took down its app on "
        "Monday, the bank said on Saturday."
    )
    assert ("2026-05-18", "happened", "The outage took down its app") in got
    said = [title for start, _, title in got if start == "2026-05-16"]
    assert len(said) == 1 and said[0].startswith("The bank will pay every customer")
