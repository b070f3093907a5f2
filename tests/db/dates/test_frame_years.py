"""A year a document is said to cover, in a present-tense frame sentence, is the year of the
narrative after it (db.dates.frame_years); a recent report's year frames no story."""

import datetime

from db.dates import find_timexes

_DCT = datetime.date(2024, 5, 1)


def _values(text: str, dct: datetime.date = _DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_journal_covering_a_year_dates_the_story_after_it() -> None:
    text = (
        "Her second journal covers 1916. What follows is a summary of it.\n\n"
        "She sailed from Bombay in a crowded troopship. On 3 March she reached Basra. "
        "The heat began in May, and at Christmas she was still nursing at the base hospital."
    )
    got = _values(text)
    assert got["3 March"] == "1916-03-03"
    assert got["May"] == "1916-05"
    assert got["Christmas"] == "1916-12-25"


def test_a_chapter_covering_a_month_and_year() -> None:
    text = (
        "The third chapter of the memoir recounts October 1862. The author is candid.\n\n"
        "The regiment marched north. On the 14th it crossed the river, and by November it "
        "had gone into winter quarters."
    )
    got = _values(text)
    assert got["November"] == "1862-11"


def test_a_recent_report_keeps_news_time() -> None:
    text = "The report covers 2019 and was published on Tuesday."
    got = _values(text, datetime.date(2020, 3, 5))  # a Thursday
    assert got["Tuesday"] == "2020-03-03"
    assert got["2019"] == "2019"


def test_a_year_without_a_document_is_no_frame() -> None:
    text = (
        "The exhibition spans 1920 and the years after.\n\n"
        "Tickets go on sale today. Doors open at the museum in March."
    )
    got = _values(text)
    assert got["March"] != "1920-03"


def test_the_month_of_a_history_is_the_story_month() -> None:
    # db.dates.rules.calendar: "the middle of the month" in a past sentence of a narrative year
    text = (
        "In 1871 the siege went on. On 5 January the bombardment began. "
        "By the middle of the month the bakers had run out of flour."
    )
    assert _values(text)["the middle of the month"] == "1871-01"


def test_the_month_in_news_stays_the_publication_month() -> None:
    text = "The mayor said the repairs were finished by the middle of the month."
    assert _values(text)["the middle of the month"] == "2024-05"
