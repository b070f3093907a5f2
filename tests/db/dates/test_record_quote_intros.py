"""A record's words quoted after a colon whose introducing words name the record ("minute",
"entry", "log") and its day, told without its year ("The clerk's minute for 3 June is brief:
'...'"): the quotation's "this morning" and "Thursday next" count from that day (`quoted_letters`),
and the story keeps that year after the quotation. Sentences written for these tests, none from
an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 12, 7)

_MILL = (
    "The mill strike of 1902 began in spring. The clerk's minute for 3 June is brief: "
    '"Owners met the committee this morning. Work resumes from Thursday next." The looms ran '
    "again on 9 June, and a new hall was built the following autumn."
)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_minutes_morning_and_next_weekday_count_from_its_day() -> None:
    got = values(_MILL)
    assert got["this morning"] == "1902-06-03TMO"
    assert got["Thursday next"] == "1902-06-05"


def test_the_story_keeps_its_year_after_the_quoted_minute() -> None:
    got = values(_MILL)
    assert got["9 June"] == "1902-06-09"
    assert got["the following autumn"] == "1902-FA"


def test_a_log_entry_read_out_with_its_day() -> None:
    text = (
        "The lifeboat station was built in 1869 and the crew launched eleven times in 1881. "
        'Its log for 14 January reads: "Launched at dawn today to the brig Hope."'
    )
    assert values(text)["today"] == "1881-01-14"


def test_an_hour_told_in_a_quoted_entry_is_that_days() -> None:
    # the amount of minutes in the entry's words is the entry day's (`hours_in_story`), though
    # the entry's day is the writer's now there
    text = (
        "Her trials began in 1905. Through the winter she built four pumps; the entry of "
        '20/2/06 reads: "No. 4 ran at full head for 30 minutes. A good day."'
    )
    got = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert got.get("No. 4 ran at full head") == "1906-02-20"
