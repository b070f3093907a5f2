"""Session 19's blind narrative set (held-out 41): the general causes of its misses, each with
sentences of our own in several registers (never copied from a gold or evaluation file)."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str, dct: dt.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, dct).timexes()}


# "the previous Sunday", "the following Monday" counted from the story's day are the story's
# time, not news time: the year-less dates after them keep the story's year.


def test_the_previous_weekday_keeps_a_long_past_story_in_its_year() -> None:
    got = _values(
        "The great gale struck the harbour on Friday 9 October 1857. The lifeboat had been "
        "launched the previous Sunday for a trial.\n\nThe inquiry opened on 2 December, and "
        "its report came out on 20 January."
    )
    assert got["the previous Sunday"] == "1857-10-04"
    assert got["2 December"] == "1857-12-02"
    assert got["20 January"] == "1858-01-20"


def test_the_following_weekday_of_a_diary_story_does_not_send_it_to_now() -> None:
    got = _values(
        "The expedition left Tromsø on Tuesday 3 June 1902. The ice stopped them on the "
        "following Monday, and the ship lay there for a week.\n\nThey were home on 30 August.",
    )
    assert got["the following Monday"] == "1902-06-09"
    assert got["30 August"] == "1902-08-30"


def test_a_previous_weekday_in_news_still_counts_from_the_news_day() -> None:
    got = _values(
        "Police said on Friday 4 December that the van had been stolen the previous Sunday. "
        "A man will appear in court on 14 January."
    )
    assert got["the previous Sunday"] == "2026-11-29"
    assert got["14 January"] == "2027-01-14"


# A run of year-less days across New Year ("from 28 December to 3 February") told in a story
# on a day inside it is the run around that day, its first day in the year before.


def test_a_winter_run_told_in_january_starts_in_the_december_before() -> None:
    got = _values(
        "The canal froze in January 1895, and on 14 January the skaters raced to Ely. The ice "
        "held from 22 December to 8 February, the longest run the lock-keeper knew.",
    )
    assert got["22 December"] == "1894-12-22"
    assert got["8 February"] == "1895-02-08"


def test_a_run_inside_one_year_is_left_alone() -> None:
    got = _values(
        "The canal froze in January 1895, and on 14 January the skaters raced to Ely. The "
        "lock stood closed from 3 March to 19 April for repairs.",
    )
    assert got["3 March"] == "1895-03-03"


def test_a_run_across_new_year_after_the_story_day_goes_on() -> None:
    got = _values(
        "The mission reached the coast in October 1903, and on 12 October it raised its first "
        "hut. The winter camp lasted from 20 December to 6 March.",
    )
    assert got["20 December"] == "1903-12-20"
    assert got["6 March"] == "1904-03-06"


# A run of years whose second year has two figures marks its two years where a four-figure run
# would: a work's dates in brackets, a title's or a header field's end, a timeline entry's head.
# In prose and as a season it stays one expression.


def test_a_work_in_brackets_marks_both_years() -> None:
    got = _values("String Quartet No. 3 (1911–12, revised 1927)\nI. Allegro moderato")
    assert got["1911"] == "1911"
    assert got["12"] == "1912"
    assert got["1927"] == "1927"


def test_a_title_ending_of_a_run_marks_both_years() -> None:
    got = _values("The great cholera of 1853–54\nA talk given to the history group\n\nIt began.")
    assert got["1853"] == "1853"
    assert got["54"] == "1854"


def test_a_header_field_and_a_timeline_entry_mark_both_years() -> None:
    got = _values("Item: sampler, Mill Lane School, 1887–88\nCondition: good")
    assert got["88"] == "1888"
    got = _values("Chronology\n1915–16: The works make shells.\n1919: The works close.")
    assert got["1915"] == "1915"
    assert got["16"] == "1916"


def test_a_run_in_prose_or_a_season_stays_one_expression() -> None:
    got = _values("The organ was cleaned in 1983–84, when the case was painted.")
    assert got["1983–84"] == "1983"
    got = _values("Rovers Honours\nThey won the cup in the 1921–22 season.")
    assert got["1921–22"] == "1921"
    got = _values("Programme (the 1921–22 season)\nPlayers")
    assert "22" not in got


# "the week before" / "the week after" a story's day is the whole week before or after that
# day's, as "the previous week" and "the following week" are; "a week before" stays a day.


def test_the_week_before_a_day_is_the_week_before_its_own() -> None:
    got = _values(
        "The new bell arrived at the church on Thursday 3 May 1888. The founders had cast it "
        "the week before, and it was hung the week after."
    )
    assert got["the week before"] == "1888-W17"
    assert got["the week after"] == "1888-W19"


def test_the_year_before_and_a_week_before_are_left_alone() -> None:
    got = _values(
        "The bell arrived on Thursday 3 May 1888. The tower had been repaired the year before."
    )
    assert got["the year before"] == "1887"
    got = _values("The bell arrived on Thursday 3 May 1888, a week before the wedding.")
    assert "the week before" not in got


# "the hard winter of 1947", "the hot summer of 1911": the weather word and "the" are inside the
# expression, as "the late summer of 1918" is; "a wet summer" alone is no date.


def test_a_season_named_by_its_weather_and_year_is_marked_whole() -> None:
    got = _values("During the wet summer of 1879 the harvest rotted in the fields.")
    assert got["the wet summer of 1879"] == "1879-SU"
    got = _values("The bitter winter of 1739-40 killed the olive trees.")
    assert got["The bitter winter of 1739-40"] == "1739-WI"


def test_a_season_with_a_weather_word_and_no_year_is_no_date() -> None:
    got = _values("It was a wet summer, and the hard winter that followed was worse.")
    assert not any("summer" in k or "winter" in k for k in got)


# A page, a sketch or a letter headed by a place and a dotted day with a clipped year ("Oyen,
# 11.7.81") is that day, where the day ends the heading.


def test_a_place_and_a_dotted_day_heading_a_sketch_are_its_day() -> None:
    got = _values(
        "She first drew the mill in the summer of 1923. The sketch is inscribed 'Halsey, "
        "14.8.23' in pencil."
    )
    assert got["14.8.23"] == "1923-08-14"


def test_a_name_a_comma_and_a_dotted_number_in_a_sentence_are_no_day() -> None:
    got = _values("The manual of 1923 says: Pump 2, 14.8.23 is the valve's part number.")
    assert "14.8.23" not in got
