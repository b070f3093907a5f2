"""Words quoted inside a sentence that reports them in the past after naming its time ("that
June the committee assured the town that the canal 'will carry coal before the end of next
year'"): "next year" counts from the telling, not the publication date (`reported_quotes`).
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_next_year_in_a_promise_quoted_in_the_past() -> None:
    text = (
        "The canal company was formed in 1791. The engineer fell ill in March 1793, and that June "
        'the committee assured the town that the canal "will carry coal before the end of next '
        'year". It did not open until 1797.'
    )
    assert values(text)["the end of next year"] == "1794"


def test_a_feast_in_a_promise_quoted_on_a_day() -> None:
    text = (
        "The bridge was begun in 1850. On 3 May 1851 the mayor promised that it "
        '"will be open by Christmas".'
    )
    assert values(text)["Christmas"] == "1851-12-25"


def test_a_witness_telling_the_story_keeps_its_clock_times() -> None:
    # told, not promised: the quoted words tell the story's night, not a plan from the telling
    text = (
        "The brig struck the rocks on the night of 2 March 1866. The mate saw the light at 11.15, "
        'he told the court on 9 April, "and the master came up at a quarter past twelve."'
    )
    assert values(text)["a quarter past twelve"] == "1866-03-03T00:15"


def test_a_recent_telling_leaves_the_publication_date() -> None:
    text = (
        'The railway arrived in 1990. In May 2026 its manager said that "next year will be better".'
    )
    assert values(text)["next year"] == "2027"
