"""Encyclopedia chronologies: the year of an article's opening definition framing its sections,
numbered days of an expedition ("On Day 9"), a reign begun by "proclaimed himself king", a day
told in the past perfect reaching back before the story's point, and "three days after that".
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 7, 14)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_the_year_of_an_opening_definition_frames_the_sections_below() -> None:
    text = (
        "The Siege of Harwick was a blockade carried out in 1643 by royalist troops against "
        "the town. It ended in a surrender.\n\nBlockade\n\nThe garrison shut the gates on "
        "9 March. On 2 May the town surrendered."
    )
    got = found(text)
    assert got["9 March"] == ("DATE", "1643-03-09")
    assert got["2 May"] == ("DATE", "1643-05-02")


def test_a_recent_year_in_an_opening_definition_leaves_news_time() -> None:
    text = "The fair was an event held in 2025 in the old market. It reopens on 9 March."
    assert found(text)["9 March"] != ("DATE", "2025-03-09")


def test_numbered_days_count_from_the_day_the_journey_began() -> None:
    got = found(
        "The sledge party left the depot on 3 November 1908. By Day 4 the ponies were "
        "failing, and on Day 9 the last of them was shot."
    )
    assert got["Day 4"] == ("DATE", "1908-11-06")
    assert got["Day 9"] == ("DATE", "1908-11-11")


def test_a_numbered_day_of_something_named_is_no_date() -> None:
    got = found("The hearing opened on 3 November 1908. On Day 3 of the trial a witness fled.")
    assert "Day 3" not in got


def test_proclaimed_himself_king_starts_the_reign() -> None:
    got = found(
        "Tomas proclaimed himself king at Varna in May 1412. In the fourth year of his reign "
        "he raised a new tax on salt."
    )
    assert got["the fourth year of his reign"] == ("DATE", "1415")


def test_a_past_perfect_day_reaches_back_before_the_story_point() -> None:
    got = found(
        "In the spring of 1723 the surveyors finished the map of the estate. The chief "
        "surveyor had fallen from his horse on 14 October and never fully recovered."
    )
    assert got["14 October"] == ("DATE", "1722-10-14")


def test_a_past_perfect_ordinal_day_stays_in_the_month_told() -> None:
    got = found(
        "The rebels took the bridge on 26 June 1848. A committee had been formed on the 24th "
        "to lead them."
    )
    assert got["the 24th"] == ("DATE", "1848-06-24")


def test_an_amount_after_that_counts_forward_from_the_sentences_date() -> None:
    text = (
        "On 12 March 1791 the assembly passed the decree, and three days after that it was printed."
    )
    starts = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert starts["It was printed"] == "1791-03-15"


def test_a_capitalised_season_before_a_capitalised_word_is_a_name() -> None:
    got = found("The Summer Campaign was fought in 1702. Its armies wintered near Liege.")
    assert "The Summer" not in got and "Summer" not in got
    assert found("The summer of 1702 was wet.")["The summer of 1702"] == ("DATE", "1702-SU")


def test_three_quarters_of_a_crowd_is_a_share_not_a_span() -> None:
    assert "three quarters" not in found("By noon three quarters of the crowd had gone home.")
    assert found("It took three quarters to recover.")["three quarters"] == ("DURATION", "P3Q")
