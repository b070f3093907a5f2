"""Session 18: the reference time a careful reader keeps through a history, so that one
expression (an aside year, a quoted weekday) does not send the story's year away. Sentences of
our own in several registers."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse

DCT = dt.date(2026, 12, 7)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, DCT).timexes()}


# The year a story was recorded, interviewed or printed in, set off as an aside, is no time of
# the story: the speech's year-less dates and the dates after it stay in the story's year.


def test_a_recording_year_in_a_local_history_leaves_the_strike_in_its_year() -> None:
    got = _values(
        "The strike began in the summer of 1911. On 17 August troops fired on the crowd in the "
        "market square.\n\nA carter, interviewed for the library in 1968, remembered it: "
        '"We had eaten nothing since May. When the firing started I ran. They gave in the '
        'Thursday after, and I was at work again the Friday morning."\n\n'
        "The masters conceded on 24 August and the men went back on 2 September."
    )
    assert got["May"] == "1911-05"
    assert got["the Thursday after"] == "1911-08-24"
    assert got["the Friday morning"] == "1911-08-25TMO"
    assert got["24 August"] == "1911-08-24"
    assert got["2 September"] == "1911-09-02"


def test_a_reprint_year_in_brackets_on_a_museum_label() -> None:
    got = _values(
        "The mill's last season was 1887. Its miller kept a day book (reprinted 1962 by the "
        "county society), and on 3 October he ground the final sack."
    )
    assert got["3 October"] == "1887-10-03"


def test_a_memoir_first_published_later_keeps_the_voyage_year() -> None:
    got = _values(
        "The schooner sailed from Leith in April 1852. The mate's account, first published in "
        "1890, tells how she lost her foremast. On 9 June she put into Reykjavik."
    )
    assert got["9 June"] == "1852-06-09"


def test_a_lone_recording_year_still_dates_what_follows() -> None:
    # no story year before it: the recording is the text's time
    got = _values("Recorded in 1971. We met the crew in June and sailed a week later.")
    assert got["June"] == "1971-06"


# A span of years that holds the story's year ("kept a book from 1831 until his death in
# 1846" told in 1838) says how long a thing lasted: the story stays in its year.


def test_a_diarys_span_in_a_local_history_keeps_the_riot_year() -> None:
    got = _values(
        "The weavers of Holme struck in the first week of May 1838, and the magistrates sent "
        "for the yeomanry on the 9th.\n\nThe parish clerk kept a commonplace book from 1831 "
        'until his death in 1846. His note for 14 May reads: "Soldiers in the lane all night."'
    )
    assert got["14 May"] == "1838-05-14"


def test_a_service_span_in_a_society_minute_keeps_the_rescue_year() -> None:
    got = _values(
        "The lifeboat was launched in a gale on 2 February 1864. Her coxswain served from 1850 "
        "to 1871. On 5 February the crew were given medals."
    )
    assert got["5 February"] == "1864-02-05"


def test_a_span_outside_the_story_year_still_moves_the_story() -> None:
    got = _values(
        "The chapel was built in 1790. The Revd Hale was minister there from 1820 to 1841, and "
        "in June 1841 the congregation moved. On 3 July the old building was sold."
    )
    assert got["3 July"] == "1841-07-03"


# "the previous October" inside a sentence told on a later day is a look back: the story stays
# on that day, and "that March" after it is the March of the day's year.


def test_a_previous_season_inside_a_societys_minutes_leaves_the_story_on_its_day() -> None:
    got = _values(
        "The lodge was opened at a supper on 14 February 1893, after a subscription begun the "
        "previous autumn had raised sixty pounds. Its banner was carried through the town "
        "that May."
    )
    assert got["the previous autumn"] == "1892-FA"
    assert got["that May"] == "1893-05"


def test_a_previous_month_in_a_biography_leaves_the_story_on_its_day() -> None:
    got = _values(
        "She took up the post at Kew on 2 March 1881, having sat the examination the previous "
        "November. That summer she catalogued the ferns."
    )
    assert got["the previous November"] == "1880-11"
    assert got["That summer"] == "1881-SU"


def test_a_previous_month_opening_a_sentence_may_start_a_flashback() -> None:
    got = _values(
        "The relief column reached the fort on 9 April 1885. The previous November the "
        "garrison had eaten its last horse, and that winter forty men died."
    )
    assert got["The previous November"] == "1884-11"
    assert got["that winter"] == "1884-WI"


# An earlier day inside a record quoted whole after a colon is the record's own look back:
# after the quotation, "the same day" is the record's day, not the day it looked back to.


def test_a_quoted_statement_in_a_court_history_leaves_the_story_on_its_day() -> None:
    got = _values(
        "The mill at Oxley burned on the night of Tuesday 4 March 1817. Three days later the "
        "miller's boy was questioned. His statement, dated 7 March, is in the quarter sessions "
        'bundle: "he says that on Monday last he heard his master curse the insurers". The '
        "miller was taken up the same day and lodged in the county gaol that evening."
    )
    assert got["the same day"] == "1817-03-07"
    assert got["that evening"] == "1817-03-07TEV"


def test_a_quoted_letter_in_a_guidebook_leaves_the_story_on_its_day() -> None:
    got = _values(
        "The keeper's letter of 12 June 1874 survives in the trust's files: 'the great gale of "
        "the 2nd carried off the lantern glass'. The board met the next day and ordered new "
        "panes."
    )
    assert got["the next day"] == "1874-06-13"


# A month earlier than the story's day in a participle after a noun ("a letter written by the
# prisoner in January") dates the thing: the story stays on its day.


def test_a_participle_month_in_a_trial_history_leaves_the_story_on_the_trial() -> None:
    got = _values(
        "The case came on at the assizes on 18 March 1791. The judge refused to admit a letter "
        "written by the prisoner in January. The jury was out for an hour and convicted him, "
        "and on the 21st he was sentenced to transportation."
    )
    assert got["January"] == "1791-01"
    assert got["the 21st"] == "1791-03-21"


def test_a_passive_participle_with_its_agent_in_a_parish_history() -> None:
    got = _values(
        "The new vicar was inducted on 30 June 1904. He set aside the designs submitted by the "
        "architect in April. On the 4th he asked for fresh ones."
    )
    assert got["the 4th"] == "1904-07-04"


def test_a_simple_past_month_still_moves_the_story() -> None:
    got = _values(
        "The lock-keeper retired on 2 May 1880. The canal froze in December, and on the 9th "
        "the ice broke."
    )
    assert got["the 9th"] == "1880-12-09"
