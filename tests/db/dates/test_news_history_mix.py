"""News and history in one article (bench/reader_styles/newshist.json, passages written for
these tests with what a careful reader puts on a timeline): an anniversary feature, an
obituary with the funeral plans, a court report retelling an old case, a festival back after
years. A year-less date in the history takes the story's year, one in the news after it the
publication's. Each test is one cause the passages shared; the sentences are new."""

from __future__ import annotations

import datetime
from functools import partial

from test_reader_styles import placed as placed_on
from test_reader_styles import values as values_on

DCT = datetime.date(2026, 5, 14)  # a Thursday
# the reader-style helpers, on this file's publication day
placed = partial(placed_on, dct=DCT)
values = partial(values_on, dct=DCT)


def test_a_clause_opening_on_plans_as_a_noun_is_read() -> None:
    # "Plans to ..." with no word before it: the noun, the subject of what happened (it was
    # read as a verb's object and broke on the empty word before it)
    text = "Plans to turn the old bus depot into flats were thrown out on Tuesday."
    got = placed(text)
    assert {"2026-05-12"} in got.values()


def test_that_summer_after_the_news_goes_back_to_the_story() -> None:
    # a witness's words of this week between the story and "that summer": the demonstrative
    # names the story's time, not this summer (which would be "this summer")
    text = (
        "The flood came on 2 April 1981 and swept away the lower bridge. "
        '"We lost everything," Joan Pell said on Monday. She moved to the coast that summer.'
    )
    assert values(text)["that summer"] == "1981-SU"
    # an anniversary's "N years on" reaches this year; "March that year" is still the story's
    text = (
        "In the spring of 1986 four friends from Dunlow set up a cycle repair shop. Forty years "
        "on, we went back to meet them. The shop had opened in March that year."
    )
    assert values(text)["March that year"] == "1986-03"


def test_that_summer_after_a_named_year_of_now_stays_in_it() -> None:
    # the present year named outright, or a story that is itself recent: unchanged
    text = "The works began in March 2026. That summer the road will close."
    assert values(text)["That summer"] == "2026-SU"
    text = "The shop closed in 2025. The owners said on Monday that they left that summer."
    assert values(text)["that summer"] == "2026-SU"


def test_that_day_after_months_of_the_story_is_its_last_day() -> None:
    # "that day" after the story went on by months: the day it told, not nothing
    text = (
        "The pit flooded on 12 January 1959. An inquiry sat in April, and in June the owners "
        "were cleared. Tom Barr was down the shaft that day."
    )
    assert placed(text)["Tom Barr was down the shaft"] == {"1959-01-12"}


def test_months_before_a_report_of_this_week_in_a_new_paragraph_are_news() -> None:
    # the history ends a paragraph back; the next paragraph's months come before what shows it
    # is the news ("he said on Tuesday"), and take the publication's year, not the story's
    text = (
        "The regatta was first rowed in 1958. In 2016 the course flooded in June and the "
        "committee folded.\n\n"
        "A new club, set up by the founder's son in February, won a lottery grant in March. "
        '"We have forty crews," he said on Tuesday.'
    )
    got = values(text)
    assert got["February"] == "2026-02" and got["March"] == "2026-03"
    assert got["June"] == "2016-06"


def test_months_of_a_paragraph_that_names_its_year_stay_in_the_story() -> None:
    # the paragraph put itself in the story's year: a report later in it does not move it
    text = (
        "The pit closed in 1985.\n\n"
        "In 1986 the last winding gear came down in April. The council said on Tuesday "
        "that the site would become a park."
    )
    assert values(text)["April"] == "1986-04"


def test_what_followed_in_an_earlier_season_is_the_next_year() -> None:
    # "followed" goes on from the story's last point: the spring after that September
    text = (
        "The choir was formed in 1991 and by September it had sung at the cathedral. A "
        "recording followed in the spring."
    )
    assert values(text)["the spring"] == "1992-SP"


def test_that_spring_before_its_clause_s_past_verb_is_the_season() -> None:
    # "that spring" with the clause's verb after it: the season, not "spring" the verb
    text = "The school shut in January 1963. A petition that spring gathered 900 names."
    assert values(text)["that spring"] == "1963-SP"


def test_two_sides_that_meet_on_a_weekday_meet_ahead() -> None:
    # a preview's present: two clubs named, or "the two sides", that "meet" on Saturday play
    # the coming Saturday (the DCT is a Thursday), not the one gone by
    got = values("Ashcombe United and Pellow Vale meet at the Brook Ground on Saturday.")
    assert got["Saturday"] == "2026-05-16"
    assert values("The two sides meet again on Sunday.")["Sunday"] == "2026-05-17"
    # a past meeting stays in the past
    assert values("The two sides met on Sunday.")["Sunday"] == "2026-05-10"


def test_a_weekday_after_a_day_ahead_in_its_sentence_follows_it() -> None:
    # "opens on 22 May ... and ends on Sunday": the Sunday after the 22nd, not the coming one
    text = "The book fair opens on Friday 22 May in the corn hall and ends on Sunday evening."
    assert values(text)["Sunday evening"] == "2026-05-24TEV"
    # a weekday before the day named ahead has nothing to follow, nor one that ends nothing
    # the sentence opened
    assert values("The fair ends on Sunday; a second opens on 22 May.")["Sunday"] == "2026-05-17"
    text = "He will be sentenced on 29 May and must hand in his passport by Monday."
    assert values(text)["Monday"] == "2026-05-18"


def test_the_first_time_in_so_many_years_is_no_date_ahead() -> None:
    # the gap a first is measured over, not a date thirty years on; a plain "in three weeks"
    # told ahead still is one
    got = values("The old crew will sail together for the first time in thirty years.")
    assert got["thirty years"] == "P30Y"
    assert values("The bridge will reopen in three weeks.")["three weeks"] == "2026-W23"


def test_the_last_night_of_a_run_is_no_yesterday() -> None:
    # "the last night" after a determiner is a run's final night; "last night" alone is the
    # evening before the publication date
    assert values("In 1979 the Pellow Players sold out the last night.") == {"1979": "1979"}
    assert values("The mayor said last night that the bridge would shut.")["last night"] == (
        "2026-05-13TNI"
    )


def test_months_before_a_day_counted_back_from_now_are_news() -> None:
    # no one is quoted, but "last Friday" shows the paragraph is the news: its months are this
    # year's, not those of the story told by days a paragraph back
    text = (
        "The painting hung in the hall until 4 May 1962, and on 9 June it was sold in London. "
        "Then it vanished.\n\n"
        "It turned up in February at a sale in Leeds. The trust bid for it on 3 March, and "
        "the appeal closed last Friday."
    )
    got = values(text)
    assert got["February"] == "2026-02" and got["3 March"] == "2026-03-03"
    assert got["9 June"] == "1962-06-09"


def test_that_winter_of_a_year_long_past_carries_the_story_on() -> None:
    # "That winter" puts the text in the year it counts from even when a date of now came
    # between ("the Sunday market", read as last Sunday): "by the spring" after it is the
    # next spring, not this one
    text = (
        "We came to Dunmere in 1974, when the Sunday market filled the quay. That winter the "
        "gales took the end of the pier, and by the spring the theatre had shut."
    )
    assert values(text)["the spring"] == "1975-SP"
