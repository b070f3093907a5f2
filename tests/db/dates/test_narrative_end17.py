"""The blind narrative end sets of session 17 (narrative_holdout36, 37), after their first run:
the general causes, each with sentences of our own in several registers."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, DCT).timexes()}


# A diary's or a log's dotted day ("4.9.16") and its 24-hour clock ("0615"): the clipped year
# is the text's own full year ending in the same figures.


def test_dotted_day_and_four_figure_hours_in_a_ships_log() -> None:
    got = _values(
        "HMS Tarran's log for 1916 went to the county archive in 1983. The entry for 4.9.16 "
        'reads: "0615. Sighted smoke to the east. Engaged at 0710."'
    )
    assert got["4.9.16"] == "1916-09-04"
    assert got["0615"] == "1916-09-04T06:15"
    assert got["0710"] == "1916-09-04T07:10"


def test_dotted_day_in_a_field_notebook_sets_the_following_dates() -> None:
    got = _values(
        "The survey notebooks of 1923 are kept at the institute, which bought them in 1961. "
        "Her note dated 2.6.23 lists the camp at the ford; the party moved on 9 June."
    )
    assert got["2.6.23"] == "1923-06-02"
    assert got["9 June"] == "1923-06-09"


def test_four_figures_are_no_time_as_a_year_or_an_amount() -> None:
    got = _values(
        "The abbey was rebuilt in 1615 and the wall rises at 1100 feet. See section 3.4.17 of "
        "the report."
    )
    assert got.get("1615") == "1615"
    assert "1100" not in got
    assert "3.4.17" not in got


def test_four_figures_after_at_in_a_text_without_the_24_hour_clock_are_a_year() -> None:
    got = _values("The town was burned by raiders at 1643 and rebuilt within a decade.")
    assert "T" not in got.get("1643", "")


# A record quoted after the words that date it ("Her statement, dated 4 May, survives:") is
# written on that day: a weekday in it counts back from that day, not from today.


def test_weekday_in_a_dated_statement_counts_from_its_day() -> None:
    got = _values(
        "The mill at Harrow Bridge burned on 12 November 1822. The miller's statement, dated "
        '14 November, is in the county file: "on Tuesday last I banked the fire myself". '
        "The inquest sat on 2 December."
    )
    assert got["Tuesday last"] == "1822-11-12"
    assert got["2 December"] == "1822-12-02"


def test_weekday_in_a_dated_confession_keeps_the_story_year() -> None:
    got = _values(
        "The robbery at the Crown inn was in March 1791. Her confession, dated 20 March, "
        'survives: "I took the purse on Friday and hid it in the loft." She was tried on 4 April.'
    )
    assert got["Friday"].startswith("1791-03-")
    assert got["4 April"] == "1791-04-04"


# A year a museum's or an archive's acquisition names ("came to the archive in 1983") is the
# object's later history, not the story's time: year-less dates after it keep the story's year.


def test_a_logs_arrival_at_an_archive_is_no_story_year() -> None:
    got = _values(
        "The ship's log of 1916 came to the county archive in 1983 with her master's papers. "
        "The convoy sailed on 2 May and was attacked that summer."
    )
    assert got["2 May"] == "1916-05-02"
    assert got["that summer"] == "1916-SU"


def test_letters_given_to_a_library_keep_their_year() -> None:
    got = _values(
        "The letters of 1862 were given to the library in 1950. That autumn the regiment "
        "marched south."
    )
    assert got["That autumn"] == "1862-FA"


def test_a_move_to_a_gallery_is_still_the_story_year() -> None:
    got = _values(
        "The club was founded in 1950. It moved to the old gallery in 1974 and held its first "
        "show on 3 May."
    )
    assert got["3 May"] == "1974-05-03"
