"""Narrative event causes left after session 17 that are not the reference time (issue 13):
what a hearing heard, what did not happen, each in sentences of our own in several registers
(a local history, a society's minutes, a biography, a memoir, a museum label)."""

from __future__ import annotations

import datetime

from tests.db.dates.test_news_causes16 import on_title, placed

DCT = datetime.date(2026, 12, 7)


def _statuses(text: str) -> dict[str, str]:
    from db.dates import dated_sentences
    from db.ingest.events import sentence_events

    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    return {r["title"]: r["status"] for r in rows}


def _status_of(text: str, words: str) -> set[str]:
    return {s for t, s in _statuses(text).items() if t.startswith(words)}


# A witness's words at a hearing that sat for several days are in the sitting's month, not on
# its first day nor on the day of what the witness told of.


def test_a_witness_at_an_inquest_of_several_days_is_in_its_month() -> None:
    # a local history of a quarry
    text = (
        "The inquest into the Morwen quarry fall opened at the Crown on 4 February 1902 and sat "
        "for six days. The foreman testified that the face had been blasted without warning."
    )
    got = placed(text, DCT)
    assert on_title(got, "The foreman testified") == {"1902-02"}
    assert on_title(got, "The inquest into the Morwen") == {"1902-02-04"}


def test_a_witness_set_off_by_a_relative_clause_told_the_inquiry() -> None:
    # a society's minutes of a public inquiry into a footpath
    text = (
        "The committee of inquiry, which opened in the town hall on 9 May 2025 and sat for four "
        "days, heard forty witnesses. Mr Alan Grice, who farmed the land until 1990, told the "
        "inquiry that the path had been walked every Sunday. His evidence was not disputed."
    )
    got = placed(text, DCT)
    assert on_title(got, "Mr Alan Grice told the inquiry") == {"2025-05"}
    assert on_title(got, "His evidence was not disputed") == {"2025-05"}
    assert on_title(got, "Mr Alan Grice farmed the land") == {"1990"}
    assert _status_of(text, "His evidence was not disputed") == {"negated"}


def test_the_court_of_a_court_martial_acts_in_its_sitting_not_on_the_storys_day() -> None:
    # a biography: the story's last day is the wreck, the court sat months later
    text = (
        "The frigate ran aground off Ushant on the night of 12 November 1796. The court martial "
        "that met at Portsmouth on 3 March 1797 sat for five days. Lieutenant Vere, the officer "
        "of the watch, testified that the signal was never seen. The court dismissed the "
        "captain from the service."
    )
    got = placed(text, DCT)
    assert on_title(got, "Lieutenant Vere") == {"1797-03"}
    assert on_title(got, "The court dismissed the captain") == {"1797-03"}


def test_a_witness_at_a_one_day_hearing_keeps_its_day() -> None:
    text = (
        "An inquest was opened at the Bell on Monday 3 May 1880. The driver stated that the "
        "brake had failed on the incline."
    )
    assert on_title(placed(text, DCT), "The driver stated") == {"1880-05-03"}


# What did not happen, told in a part of a dated sentence after its first predicate: "but no
# planes came", "for the relief had not come", "wrote that the swifts had not returned". A
# reader puts it on the timeline at that date, negated, beside what did happen.


def test_no_subject_with_a_past_verb_after_but_is_negated() -> None:
    # a local history of the Blitz
    text = "On the night of 3 March 1941 the sirens sounded over Hull, but no planes came."
    got = _statuses(text)
    assert _status_of(text, "No planes came") == {"negated"}
    assert _status_of(text, "On the night of 3 March 1941 the sirens sounded") == {"happened"}
    assert on_title(placed(text, DCT), "No planes came") == {"1941-03-03"}
    assert len(got) == 2


def test_a_reason_that_did_not_happen_after_for_is_negated() -> None:
    # a society's minutes
    text = (
        "At the meeting of 12 June 1998 the treasurer resigned, for the accounts had not been "
        "approved."
    )
    assert _status_of(text, "The accounts had not been approved") == {"negated"}
    assert on_title(placed(text, DCT), "The accounts had not been approved") == {"1998-06-12"}


def test_what_a_writer_recorded_had_not_happened_is_negated_beside_the_recording() -> None:
    # a naturalist's memoir, with a quoted aside on the subject
    text = (
        'In 1962 my father wrote that the swifts, "the first sign of every summer", had not '
        "returned to the barn, and he took down the nesting boxes."
    )
    assert _status_of(text, "The swifts") == {"negated"}
    assert on_title(placed(text, DCT), "The swifts") == {"1962"}


def test_a_negated_state_or_a_quoted_denial_makes_no_negated_happening() -> None:
    # a museum label and a biography
    text = (
        "In 1850 the miller noted that the mill was not for sale. In 1901 she wrote in her "
        'diary: "The rain did not stop all day."'
    )
    assert "negated" not in {s for t, s in _statuses(text).items() if t.startswith("The mill")}
    assert not any(t.startswith("The rain") and s == "negated" for t, s in _statuses(text).items())


# An account given later ("reported in January 1810:", "she told this paper in 2011", "recorded
# in 1971") of what the story has just dated: its past clauses retell that day, not the day of
# the telling.


def test_a_later_report_quoted_after_a_dated_storm_retells_the_storms_day() -> None:
    # a heritage statement
    text = (
        "On the night of 14 January 1868 a gale stripped the roof of the tithe barn. The "
        'steward wrote to the owner in March 1868: "The wind took the thatch in an hour and '
        'threw it over the wall."'
    )
    got = placed(text, DCT)
    assert on_title(got, "The wind took the thatch") == {"1868-01-14"}
    assert on_title(got, "The steward wrote to the owner") == {"1868-03"}


def test_a_quote_attributed_to_a_later_interview_retells_the_day_before_it() -> None:
    # an obituary
    text = (
        'He was ordained at Lincoln on 28 May 1961. "They sent me to the smallest '
        'parish in the county," he told this paper in 2009, "and I stayed forty years."'
    )
    assert on_title(placed(text, DCT), "They sent me to the smallest parish") == {"1961-05-28"}


def test_a_quote_told_on_the_storys_own_day_keeps_it() -> None:
    # news of the day: the report and what it tells are one day
    text = (
        "On 5 May 2019 the council met at the town hall. The mayor told it that evening: "
        '"We signed the contract this morning."'
    )
    assert on_title(placed(text, DCT), "We signed the contract") == {"2019-05-05"}


def test_that_month_before_an_adjunct_dates_its_clause() -> None:
    # a guidebook: "that June at a cost of ..." is the month, not "that" a conjunction
    text = (
        "The old wheel broke in March 1788. A new one was hung that June at a cost of nine "
        "pounds, and the mill ground again by midsummer."
    )
    assert on_title(placed(text, DCT), "A new one was hung") == {"1788-06"}


def test_a_recorded_memory_retells_the_day_its_source_dated() -> None:
    # a textbook's sources: a log's day, then a recording made decades later
    text = (
        'Source A: the lock-keeper\'s log, 3 March 1947\n"Ice on the upper gates. No boats."\n\n'
        'Source B: Edith Marsh, recorded for the canal trust in 1988\n"I was twelve. We had '
        "no coal since the New Year. When the ice broke I ran down to the lock, and I saw the "
        'first boat come through."'
    )
    got = placed(text, DCT)
    assert on_title(got, "When the ice broke") == {"1947-03-03"}


# A dated aside between a happening's subject and its predicate dates the predicate too.


def test_a_documents_dated_aside_dates_what_it_did() -> None:
    # a borough history and a wreck inquiry's account
    text = (
        "The charter, sealed at Lambeth in May 1215, gave the burgesses a market. The wreck "
        "was never raised. Its report, published in March 1882, blamed the pilot."
    )
    got = placed(text, DCT)
    assert on_title(got, "The charter gave the burgesses a market") == {"1215-05"}
    assert on_title(got, "Its report blamed the pilot") == {"1882-03"}


def test_a_relative_aside_of_a_fire_dates_what_it_destroyed() -> None:
    # a museum label
    text = "The fire, which broke out on 2 September 1666, destroyed most of the city."
    assert on_title(placed(text, DCT), "The fire destroyed most") == {"1666-09-02"}


def test_a_things_dated_aside_does_not_date_what_befell_it_later() -> None:
    # a house history: the passing to the Smiths came after the building
    text = "The house, built in 1720, passed to the Smiths."
    assert on_title(placed(text, DCT), "The house passed") == set()


def test_an_aside_after_and_dates_its_subjects_predicate() -> None:
    # a maritime society's journal
    text = (
        "The inquiry opened at Leith on 4 May 1899 and sat for a week, and its report, published "
        "that July, blamed the harbour board."
    )
    assert on_title(placed(text, DCT), "Its report blamed the harbour board") == {"1899-07"}
