"""A diary of a year long past: a sentence that is only a day heads an entry, and "this
morning", "tonight", "tomorrow" and the next bare weekday count from that day, not from the
publication date, until a later year is named (issue 13). Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 3, 4)


def found(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_an_entry_heading_is_the_writers_now() -> None:
    text = (
        "Letters of a nurse at the front, 1917. Monday, 9 April. The guns opened this morning "
        "before first light. Wednesday, 11 April. We move forward tonight. 12 April. The "
        "matron says we leave for the coast tomorrow. She died in 1968. Her letters were "
        "found last month."
    )
    got = found(text)
    assert got["Monday, 9 April"] == "1917-04-09"  # the weekday fits 1917, not a recent year
    assert got["this morning"] == "1917-04-09TMO"
    assert got["tonight"] == "1917-04-11TNI"
    assert got["tomorrow"] == "1917-04-13"
    assert got["last month"] == "2026-02"  # after "1968" the reader's time again


def test_a_verbless_day_in_recent_news_is_no_diary() -> None:
    text = "Monday, 2 March. The council met this morning and will vote tomorrow."
    got = found(text)
    assert got["this morning"] == "2026-03-04TMO"
    assert got["tomorrow"] == "2026-03-05"


def test_a_lone_weekday_heading_is_the_next_entry() -> None:
    text = (
        "Journal of a ship's surgeon, 1854. Thursday, 7 September. We landed at noon and the "
        "men were sick. Sunday. A gale kept us aboard. Tuesday. Marched south along the coast."
    )
    got = found(text)
    assert got["Sunday"] == "1854-09-10"
    assert got["Tuesday"] == "1854-09-12"


def test_a_later_year_told_from_the_diary_brings_the_readers_time_back() -> None:
    text = (
        "The surveyor left Quetta on 28 May 1921. 3 June. We reached the pass this morning. "
        "The report was printed the following year and was used until the 1950s. The archive "
        "will show the letters next month."
    )
    got = found(text)
    assert got["this morning"] == "1921-06-03TMO"
    assert got["next month"] == "2026-04"


def test_a_decade_holding_the_entry_stays_in_the_diary() -> None:
    text = (
        "The surveyor left Quetta on 28 May 1921. 3 June. Roads here are as they were in the "
        "1920s. We leave tomorrow."
    )
    assert found(text)["tomorrow"] == "1921-06-04"


def test_an_entry_heading_inside_a_paragraph_is_its_own_sentence() -> None:
    from db.dates.sentences import sentence_spans

    text = "The hut was dry. 14 May. Crossed the icefall. Wednesday, 16 May. We rested."
    got = [text[b:e] for b, e in sentence_spans(text)]
    assert got == [
        "The hut was dry.",
        "14 May.",
        "Crossed the icefall.",
        "Wednesday, 16 May.",
        "We rested.",
    ]


def test_an_entrys_undated_happenings_are_on_its_day() -> None:
    from db.dates import dated_sentences

    text = (
        "The survey party left Burwash on 7 May 1934. On 9 May it reached the glacier, and on "
        "11 May the storm lifted. 14 May. Crossed the icefall in six hours. Pierre fell into a "
        "crevasse. 15 May. We sat out the whole day in the tents."
    )
    events = {d.title: (d.start, d.around) for d in dated_sentences(text, DCT)}
    # "in six hours" is an amount told on the entry's day (`hours_in_story`): it dates its clause
    assert events["Crossed the icefall"] == ("1934-05-14", False)
    assert events["Pierre fell into a crevasse"] == ("1934-05-14", False)
    assert events["We sat out the whole day in the tents"] == ("1934-05-15", False)
