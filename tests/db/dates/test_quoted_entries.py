"""A diary's or log's entry quoted after a colon from a day long past ("Her entry for 2 May
1888 is short: '...'", "The log for 11 October 1912 reads: '...'"): the writer's now inside
the quotation is the entry's day (`quoted_letters`), its "this morning" and "today" are that
day's, and the quotation's dateless sentences after the first are on that day
(`record_days`), as is an amount of minutes told in it (`rules.hours_in_story`). Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 20)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_an_entry_named_before_the_colon_is_the_writers_now() -> None:
    text = 'His entry for 2 May 1888 is short: "Rain all day; mended nets this morning."'
    assert values(text)["this morning"] == "1888-05-02TMO"


def test_a_log_that_reads_is_the_writers_now() -> None:
    text = 'The log for 11 October 1912 reads: "Fog lifted at noon today."'
    assert values(text)["noon today"] == "1912-10-11T12:00"


def test_the_dateless_sentences_of_a_quoted_entry_are_on_its_day() -> None:
    text = 'His entry for 3 June 1911 reads: "Cut the hay in the long meadow. Rain came at dusk."'
    rain = [d for d in dated_sentences(text, DCT) if "Rain" in d.title]
    assert [d.start for d in rain] == ["1911-06-03"]


def test_a_quoted_letter_of_a_day_long_past_places_its_later_sentences() -> None:
    text = (
        'On 14 August 1916 she wrote to her mother: "We moved the ward into tents. '
        'Matron fainted in the heat and was sent home."'
    )
    matron = [d for d in dated_sentences(text, DCT) if "Matron" in d.title]
    assert matron and all(d.start == "1916-08-14" for d in matron)


def test_minutes_told_in_an_entry_are_on_its_day() -> None:
    text = (
        "Through the winter he built six kilns; the entry of 12 February 1899 reads: "
        '"No. 6 held its heat for 40 minutes. A success."'
    )
    held = [d for d in dated_sentences(text, DCT) if "No. 6" in d.title]
    assert [d.start for d in held] == ["1899-02-12"]


def test_a_news_quotation_keeps_the_publication_day() -> None:
    text = 'The mayor said on Monday: "We opened the bridge this morning."'
    assert values(text)["this morning"] == "2026-05-20TMO"


def test_a_quotation_opened_after_that_takes_the_day_of_its_report() -> None:
    # 9 May 1832 was a Wednesday: "the Sunday last" is the 6th
    text = 'On 9 May 1832 the surgeon reported that "eleven have died since the Sunday last".'
    assert values(text)["the Sunday last"] == "1832-05-06"
    died = [d for d in dated_sentences(text, DCT) if d.timex.text == "the Sunday last"]
    assert [(d.start, d.end_date) for d in died] == [("1832-05-06", "1832-05-09")]


def test_a_letter_quoted_after_that_counts_yesterday_from_its_day() -> None:
    text = 'He wrote on 3 May 1915 that "we lost forty men yesterday".'
    assert values(text)["yesterday"] == "1915-05-02"
