"""A run of two full years laid out as a line's date (a timeline entry's head, a heading's close)
marks its two years; in prose, or a season's "1927–28", it stays one expression. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 6)


def timexes(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_a_heading_run_marks_both_years() -> None:
    text = "THE FLAX YEARS, 1851–1873\n\nThe first scutching mill opened in the spring of 1851."
    assert timexes(text)[:2] == [("1851", "1851"), ("1873", "1873")]


def test_a_timeline_entry_run_marks_both_years() -> None:
    text = "Chronology\n1916–1918 – The foundry casts shells for the army.\n"
    assert timexes(text) == [("1916", "1916"), ("1918", "1918")]


def test_a_run_in_prose_or_a_season_stays_one() -> None:
    assert timexes("The foundry cast shells from 1916–1918 for the army.") == [
        ("1916–1918", "1916")
    ]
    assert timexes("Chronology\n1926–27 – A poor season for the club.\n")[0] == ("1926–27", "1926")


# A table's gap (two spaces or a tab) after a line's run of years heads its entry as a dash does;
# a day and month closing a chronology's line that opened with its own year are not read with
# the year that opens the next line.


def test_a_table_gap_after_a_run_marks_both_years() -> None:
    text = "Wardens of the bridge\n1822–1840  Josiah Pell\n1840–1861\tMary Pell\n"
    got = timexes(text)
    assert ("1822", "1822") in got and ("1840", "1840") in got and ("1861", "1861") in got
    assert not any("–" in t for t, _ in got)


def test_a_chronology_lines_day_keeps_its_own_lines_year() -> None:
    text = "Milestones\n1902 Keel laid at Dundee, 4 June\n1905 First voyage to Riga\n"
    got = timexes(text)
    assert ("4 June", "1902-06-04") in got
    assert ("1905", "1905") in got


def test_a_hard_wrapped_day_and_year_in_prose_stay_one_date() -> None:
    text = "The mill first turned on 4 June\n1902 and ran until the war."
    assert timexes(text)[0] == ("4 June\n1902", "1902-06-04")
    # a run of years inside a sentence of prose, even with a double space after it, stays one
    assert timexes("The foundry cast shells from 1916–1918  for the army.")[0][0] == "1916–1918"
