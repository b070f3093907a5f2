"""Quotations from dated records with no colon or verb of writing to introduce them, and the story
time read around quotations and look-backs. Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates.extract import analyse

DCT = datetime.date(2026, 5, 4)


def value(text: str, words: str, dct: datetime.date = DCT) -> str | None:
    doc = analyse(text, dct)
    for m in doc.mentions:
        if text[m.begin : m.end] == words:
            return m.res.value
    return None


def test_quotation_right_after_a_labels_day_counts_from_that_day() -> None:
    text = (
        "Specimen 14. Wood anemone. Copse above the ford, 9.iv.1873. "
        "'Very late; none flowered here last year.'"
    )
    assert value(text, "last year") == "1872"


def test_bracketed_quotation_of_a_dated_entry_counts_from_its_day() -> None:
    text = (
        "The entry of 12 October 1911 records the second trial of the pump "
        '("ran it this morning till the tank was dry").'
    )
    assert value(text, "this morning") == "1911-10-12TMO"


def test_quotation_said_later_about_a_day_keeps_the_publication_date() -> None:
    # no record's word between the day and the quotation: the words are today's
    text = "The bridge fell on 2 March 1950, and the ferryman is 'still angry about it today'."
    assert value(text, "today") == "2026-05-04"


def test_a_week_later_counts_from_the_story_not_a_quoted_look_back() -> None:
    text = (
        "The Wexcombe Courier of 9 June 1840 reports that he was tried on the 4th for breaking "
        "into a chandler's shop 'on the evening of the 2nd of February last'. The judge sentenced "
        "him to seven years, and he was moved to the hulks a week later."
    )
    assert value(text, "the 4th") == "1840-06-04"
    assert value(text, "a week later") == "1840-06-11"


def test_a_quoted_deadline_is_a_plan_not_the_story_day() -> None:
    # a later day quoted is what was ordered: "a week later" counts from the meeting
    text = (
        "The vestry met on 3 May 1799 and ordered the bells recast 'before the 20th of June next'. "
        "The founder came a week later."
    )
    assert value(text, "a week later") == "1799-05-10"


def events(text: str) -> list[tuple[str, str]]:
    return [(d.title, d.start) for d in analyse(text, DCT).dated()]


def test_clause_before_and_a_week_later_is_on_the_story_day() -> None:
    got = events(
        "The assize opened at Bodmin on 14 March 1822. The smuggler was condemned to hang, and "
        "the sentence was respited three days later."
    )
    assert ("The smuggler was condemned to hang", "1822-03-14") in got
    assert ("The sentence was respited", "1822-03-17") in got


def test_clause_with_its_own_date_keeps_it() -> None:
    got = events("The ship was launched on 2 May 1860, and she sailed for Calcutta a month later.")
    assert [start for _, start in got].count("1860-05-02") == 1


def test_pluperfect_look_back_leaves_the_story_year() -> None:
    text = (
        "All through 1847 the railway works stood where they had halted the previous autumn, "
        "until the navvies returned in April of that year."
    )
    assert value(text, "April of that year") == "1847-04"


def test_undated_report_is_on_the_meetings_day() -> None:
    got = events(
        "At a Vestry held the 7th of April 1788. The Churchwarden reported that the north aisle "
        "roof had fallen in on the 2nd inst."
    )
    assert ("The Churchwarden reported", "1788-04-07") in got
    assert any(start == "1788-04-02" for _, start in got)


def test_report_with_its_own_day_gets_no_second_event() -> None:
    got = events(
        "The vestry met on 7 April 1788. On 9 April the Churchwarden reported that the roof "
        "had fallen in."
    )
    assert ("The Churchwarden reported", "1788-04-07") not in got


def test_a_birthday_counts_from_the_birth_day() -> None:
    got = events(
        "Princess Ottilie was born on 14 May 1611. Her uncle governed the county for her, and "
        "she took the oath on her eighteenth birthday."
    )
    assert ("She took the oath", "1629-05-14") in got


def test_a_birthday_without_a_birth_day_dates_nothing() -> None:
    got = events("Ottilie was born in 1611. She took the oath on her eighteenth birthday.")
    assert all(start != "1629" and not start.startswith("1629-") for _, start in got)


def test_morning_to_come_in_a_quotation_is_the_next_morning() -> None:
    text = (
        "Ink on paper, dated 'Dunmere, 9 June 1643'. 'We ride at five in the morning,' he "
        "writes, 'and shall be at the ford by noon.' He was wounded the next day."
    )
    assert value(text, "five in the morning") == "1643-06-10T05:00"
    assert value(text, "the next day") == "1643-06-10"


def test_morning_told_as_past_in_a_quotation_is_the_days_own() -> None:
    text = "On 9 June 1643 he wrote: 'We rode at five in the morning and took the ford.'"
    assert value(text, "five in the morning") == "1643-06-09T05:00"


def test_it_was_then_is_at_the_story_year() -> None:
    got = events(
        "The psalter stayed at Wenlow Abbey until 1539. It was then sold to a London "
        "bookseller, who gave it to the college on his death in 1571."
    )
    assert ("It was sold to a London bookseller", "1539") in got


def test_a_clause_weeks_after_a_dated_one_is_counted_from_its_day() -> None:
    got = events(
        "The brothers left Leith in 1852; a letter to their mother, sent three weeks after "
        "they reached Otago on 9 January 1853, survives in the family."
    )
    assert any(t.startswith("A letter to their mother") and s == "1853-01-30" for t, s in got)


def test_a_colon_elaborates_a_clause_with_a_finer_day() -> None:
    got = events(
        "Wren married in 1669. His boldest design came ten years later: on 3 May 1679 he laid "
        "the first stone of St Stephen's."
    )
    assert ("His boldest design came", "1679-05-03") in got


def test_a_courts_holding_is_on_the_day_its_case_was_decided() -> None:
    got = events(
        "The statute stood for decades. In Rowan v. Whitcombe, decided on 4 March 1862, the "
        "Court of Appeal held that the toll was unlawful."
    )
    assert ("The Court of Appeal held", "1862-03-04") in got


def test_a_case_name_is_no_sentence_end() -> None:
    from db.dates.sentences import sentence_spans

    text = "In Rowan v. Whitcombe the court ruled. It sat again in May."
    assert [text[b:e] for b, e in sentence_spans(text)] == [
        "In Rowan v. Whitcombe the court ruled.",
        "It sat again in May.",
    ]


def test_a_name_quoted_after_a_story_day_and_a_comma_is_no_record() -> None:
    # the quotation names the day in the story's sentence; the story's week goes on
    text = (
        "The mill's profits for the first quarter of 1871 were the poorest it had known.\n\n"
        "The strike began on Tuesday 9 May. Thursday the 11th, 'Red Thursday' as the town "
        "later called it, spread the strike to two other mills, and a fourth mill had shut "
        "before the end of the week."
    )
    assert value(text, "the end of the week") == "1871-W19"
