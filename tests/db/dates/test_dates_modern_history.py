"""Encyclopedia articles on modern history: a thing named by an earlier year ("the treaty of
1851") inside a story of another year, weeks counted in a month ("the first week of January")
or told by their last day, a season told by its years framing the story ("In the 2005-06
season"), seasons in a list, a biography's birth placed by the life dates in its opening
brackets, "now" giving a place's present name, and a day that comes round each year. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 7, 14)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_thing_named_by_an_earlier_year_keeps_the_story_year() -> None:
    got = found(
        "Fighting between the two kingdoms broke out again on 4 February 1864. Three weeks "
        "later the king repudiated the border treaty of 1851, and on 2 April his army crossed "
        "the river."
    )
    assert got["1851"] == ("DATE", "1851")
    assert got["2 April"] == ("DATE", "1864-04-02")


def test_a_part_of_a_year_after_of_is_the_story_time() -> None:
    got = found(
        "The mill was sold on 3 May 1921. By the end of 1923 it had closed, and on 9 March "
        "the machinery was auctioned."
    )
    assert got["9 March"] == ("DATE", "1923-03-09")


def test_a_thing_named_by_a_year_opens_a_story_without_one() -> None:
    got = found("The floods of 1910 ruined the harvest. On 9 March the council met.")
    assert got["9 March"] == ("DATE", "1910-03-09")


def test_a_week_counted_in_a_month_is_the_iso_week_holding_most_of_it() -> None:
    got = found(
        "The column left the coast on 2 December 1916. Its last supplies were burned in the "
        "first week of January, and the survivors reached the fort in the last week of "
        "February."
    )
    assert got["the first week of January"] == ("DATE", "1917-W01")
    assert got["the last week of February"] == ("DATE", "1917-W08")


def test_a_week_of_something_else_is_no_date() -> None:
    assert "the first week of the strike" not in found(
        "In the first week of the strike, two mills shut."
    )


def test_a_week_told_by_its_last_day_is_the_week_holding_it() -> None:
    text = "Exports fell 4 percent in the week to July 19 and rose in the week ending 26 July."
    got = found(text, datetime.date(2026, 8, 3))
    assert got["the week to July 19"] == ("DATE", "2026-W29")
    assert got["the week ending 26 July"] == ("DATE", "2026-W30")


def test_a_season_told_by_its_years_is_the_story_time() -> None:
    got = found(
        "The club's first match abroad was played on 14 September 1994. In the 2005-06 season "
        "it won the cup, and the following season it was relegated."
    )
    assert got["the following season"] == ("DATE", "2006")


def test_seasons_in_a_list_keep_their_second_years() -> None:
    got = found("The club won the title in 1961–62, 1963–64 and 1966–67, and then declined.")
    assert got["1961–62"] == ("DATE", "1961")
    assert got["1966–67"] == ("DATE", "1966")


def test_a_birth_told_without_its_date_takes_the_opening_brackets_first_date() -> None:
    text = (
        "Ingrid Vasshaug (3 March 1881 – 9 October 1950) was a Norwegian glaciologist.\n\n"
        "Early life\n\nVasshaug was born in a fishing village near Bodø. She studied at the "
        "university in Kristiania from 1899."
    )
    got = [d for d in dated_sentences(text, DCT) if "was born" in text[d.clause[0] : d.clause[1]]]
    assert [(d.start, d.precision) for d in got] == [("1881-03-03", "day")]


def test_a_birth_with_a_date_of_its_own_keeps_it() -> None:
    text = (
        "Ingrid Vasshaug (1881 – 1950) was a Norwegian glaciologist. Her brother was born "
        "on 4 May 1883 in Bodø."
    )
    got = [d for d in dated_sentences(text, DCT) if "was born" in text[d.clause[0] : d.clause[1]]]
    assert [d.start for d in got] == ["1883-05-04"]


def test_now_giving_a_places_present_name_is_no_date() -> None:
    text = "The crew wintered in a bay on the island, now Port Ellis, and sailed in May 1905."
    assert "now" not in found(text)
    assert found("The company, now Europe's largest, was founded in 1920.")["now"] == (
        "DATE",
        "PRESENT_REF",
    )


def test_a_day_that_comes_round_each_year_has_no_year() -> None:
    text = (
        "The garrison surrendered on 9 March 1917. The surrender is remembered each year on "
        "9 March, and a fair is held in the square on 14 July every year."
    )
    got = found(text)
    assert got["9 March"] == ("DATE", "XXXX-03-09")
    assert got["14 July"] == ("DATE", "XXXX-07-14")
    assert not any(
        d.start.endswith("-03-09") and d.start != "1917-03-09" for d in dated_sentences(text, DCT)
    )
