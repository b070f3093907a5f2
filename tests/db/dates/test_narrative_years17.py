"""The year of year-less dates in historical narrative (session 17): the causes that repeat
across the blind narrative sets, each with sentences of our own in several registers."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, DCT).timexes()}


# A day counted from a past writer's day inside a quotation ("until Monday", "this morning")
# leaves the story in its year.


def test_weekday_in_a_retold_war_diary_keeps_the_story_year() -> None:
    got = _values(
        "The battalion reached Arras on Tuesday 3 April 1917. The adjutant wrote in the war "
        'diary that evening: "Companies in billets. Relief by the Canadians expected on '
        'Thursday."\n\nThe attack went in on 9 April, and the battalion came out of the line '
        "in June."
    )
    assert got["Thursday"] == "1917-04-05"
    assert got["9 April"] == "1917-04-09"
    assert got["June"] == "1917-06"


def test_weekday_in_a_school_log_keeps_the_story_year() -> None:
    got = _values(
        "The new school at Kettle Row opened on Monday 6 January 1913. The master noted in the "
        'log that night: "Forty-two on roll. The stove smokes; the coal cart will come on '
        'Friday."\n\nNeedlework began on 3 February, and the first prize day was held in July.'
    )
    assert got["Friday"] == "1913-01-10"
    assert got["3 February"] == "1913-02-03"
    assert got["July"] == "1913-07"


def test_this_morning_in_a_quoted_minute_keeps_the_story_year() -> None:
    got = _values(
        "The strike at Cobb's rope walk began on 2 May 1898. The secretary's minute for 20 June "
        'reads: "Master met the committee this morning. Full rates from Monday next. All '
        'hands in at six." The walk was working again on 27 June, and the men dined together '
        "at Michaelmas."
    )
    assert got["this morning"] == "1898-06-20TMO"
    assert got["27 June"] == "1898-06-27"
    assert got["Michaelmas"] == "1898-09-29"


# A request to the reader is told from the publication day, after a history of any year.


def test_a_request_to_the_reader_after_a_history_is_news_time() -> None:
    got = _values(
        "The lock keepers struck on 3 March 1867 and were back at work by 20 March. On 2 April "
        "the company raised their pay, and the men marched through the town on 6 April.\n"
        "The treasurer retires at the AGM; nominations by 28 February, please."
    )
    assert got["28 February"] == "2027-02-28"


def test_please_in_a_parish_magazine_after_its_history_is_news_time() -> None:
    got = _values(
        "The east window was glazed in the spring of 1862, and the church was consecrated on "
        "24 June. Please send memories of the old chapel to the editor by 31 January."
    )
    assert got["24 June"] == "1862-06-24"
    assert got["31 January"] == "2027-01-31"


def test_please_inside_a_quoted_letter_is_the_letter_writer_s() -> None:
    got = _values(
        "The boy reached the farm at Selby on 4 October 1940. His letter home, dated "
        '12 November 1940, ends: "Please send my boots before Christmas."'
    )
    assert got["Christmas"] == "1940-12-25"


# A weekday given with a day and month fixes the year: one the story's year misses, told as
# not past, is the one near the publication day that has it.


def test_next_year_s_weekday_is_not_the_story_s() -> None:
    got = _values(
        "The lifeboat memorial was unveiled on 14 March 1903 by the coxswain's widow. Next "
        "year the service of remembrance falls on Sunday 14 March, and the crew will lay a wreath."
    )
    assert got["Sunday 14 March"] == "2027-03-14"


def test_a_kept_day_with_a_weekday_is_one_year_s() -> None:
    got = _values(
        "In 1889 the bells of St Anne's were recast. Next year the ringers' festival falls on "
        "Sunday 14 March, and a quarter peal will be rung."
    )
    assert got["Sunday 14 March"] == "2027-03-14"


def test_a_present_weekday_the_story_year_misses_is_near_now() -> None:
    got = _values(
        "In 1931 the mill was sold to the Co-operative. The open day is on Sunday 14 March."
    )
    assert got["Sunday 14 March"] == "2027-03-14"


def test_a_past_weekday_stays_in_the_story_year() -> None:
    got = _values(
        "On 14 March 1903 the memorial was unveiled. A dinner was held that evening, and the "
        "lifeboat was launched again on Saturday 21 March."
    )
    assert got["Saturday 21 March"] == "1903-03-21"


def test_a_weekday_that_fits_the_story_year_keeps_it() -> None:
    got = _values(
        "In 1931 the mill was sold. The workers met for the last time on Saturday 14 March."
    )
    assert got["Saturday 14 March"] == "1931-03-14"


# A title's range of years gives its first year as the story's, and a later year moves it.


def test_a_chapter_title_s_range_gives_its_first_year() -> None:
    got = _values(
        "Chapter 3: The war years, 1914–1918\n\nWhen war came the mill turned to khaki. The "
        "first army order arrived on 11 September, and by Christmas the looms ran day and night."
    )
    assert got["11 September"] == "1914-09-11"
    assert got["Christmas"] == "1914-12-25"


def test_a_local_history_s_clipped_range_gives_its_first_year() -> None:
    got = _values(
        "The Great Flood, 1952-53\n\nRain fell for a week. The river broke its banks on "
        "16 August and the bridge went that night."
    )
    assert got["16 August"] == "1952-08-16"


def test_a_later_year_moves_the_story_past_the_title_s_first() -> None:
    got = _values(
        "The Plague Year, 1665–1666\n\nThe sickness came in a bale of cloth. The first burial "
        "was on 9 June, and by August the church was shut. In 1666 it returned, and on 3 May "
        "the fair was called off."
    )
    assert got["9 June"] == "1665-06-09"
    assert got["3 May"] == "1666-05-03"


# An Old Style year the sentence marks as such: 1 January-24 March is the next year for us.


def test_a_register_entry_in_the_old_style_year() -> None:
    got = _values(
        'The register\'s last plague entry, "Buried Thomas Webbe the 11th of February 1636", '
        "is written in the old-style year; by our reckoning he died a year later."
    )
    assert got["the 11th of February 1636"] == "1637-02-11"


def test_a_charter_dated_in_a_year_that_began_at_lady_day() -> None:
    got = _values("The charter is dated 20 January 1700, in a year that then began on Lady Day.")
    assert got["20 January 1700"] == "1701-01-20"


def test_no_mark_keeps_the_year_as_written() -> None:
    got = _values("The charter is dated 20 January 1700 and was sealed at Westminster.")
    assert got["20 January 1700"] == "1700-01-20"


def test_a_day_after_lady_day_keeps_its_old_style_year() -> None:
    got = _values("The will is dated 2 April 1700, in the old-style year.")
    assert got["2 April 1700"] == "1700-04-02"


# Named days of one year's history.


def test_ve_day_in_a_memoir_is_1945_s() -> None:
    got = _values(
        "By April 1945 my father was home on leave, and on VE Day we lit a bonfire on the "
        "green. He went back to his ship a week later."
    )
    assert got["VE Day"] == "1945-05-08"


def test_vj_day_in_a_school_history() -> None:
    got = _values("The school closed for two days for VJ Day, and the pupils planted an oak.")
    assert got["VJ Day"] == "1945-08-15"


def test_ve_day_with_a_year_is_the_day_kept_that_year() -> None:
    got = _values("The village kept VE Day 1995 with a street party and a beacon.")
    assert got["VE Day 1995"] == "1995-05-08"


# A plan told with "will" after a history a century back is the writer's.


def test_a_society_s_plan_after_a_plague_history_is_news_time() -> None:
    got = _values(
        "In 1665 the sickness came to the village, and the last burial was on 2 December. "
        "This spring the society will lay a wreath at the stone on 13 June."
    )
    assert got["2 December"] == "1665-12-02"
    assert got["13 June"] == "2027-06-13"


def test_would_in_a_history_stays_in_its_year() -> None:
    got = _values(
        "In 1665 the sickness came to the village. The rector said the fair would open on 13 June."
    )
    assert got["13 June"] == "1665-06-13"
