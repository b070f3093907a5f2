"""Session 19's blind narrative set 42: the general causes of its misses, each with sentences of
our own in several registers (a village history, a club's notes, a family-history post, a
museum label, a catalogue), never copied from a gold file."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse
from tests.db.dates.event_rows import dates_and_statuses

DCT = dt.date(2026, 12, 7)


def _values(text: str, dct: dt.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in analyse(text, dct).timexes()}


# A sentence wholly in brackets is an aside: its year dates its own clause, and the story goes on
# from where it was before the bracket.


def test_a_bracketed_aside_leaves_the_story_year() -> None:
    got = _values(
        "The Quarry Lane chapel opened in March 1881 with a borrowed harmonium. (Its trustees "
        "were still paying for the organ in 1899.) That summer the roof was slated, and on "
        "2 October the first wedding was held."
    )
    assert got["1899"] == "1899"
    assert got["That summer"] == "1881-SU"
    assert got["2 October"] == "1881-10-02"


def test_a_bracket_inside_a_sentence_is_no_aside_of_its_own() -> None:
    # a bracket closing mid-sentence ("(reprinted 1962)") is another module's business; a year
    # after its sentence's own stop, outside any bracket, moves the story as before
    got = _values(
        "The mill was built in 1820. The next owner, a Leeds man, bought it in 1847. That "
        "winter the wheel froze."
    )
    assert got["That winter"] == "1847-WI"


# A "when" clause told in the simple past before a main clause in the past perfect dates the
# sentence: the past perfect counts back from it, so it is no look back from an older story year.


def test_a_dated_when_clause_before_a_past_perfect_moves_the_story() -> None:
    got = _values(
        "The Organ of St Wenna (1889, rebuilt 1902)\n\nWhen the vestry asked Pascoe for a new "
        "organ in May 1888, he had built nothing bigger than a chamber organ. He finished the "
        "case that August, and the pipes arrived on 3 October."
    )
    assert got["that August"] == "1888-08"
    assert got["3 October"] == "1888-10-03"


def test_a_past_perfect_holding_the_year_still_looks_back() -> None:
    # the year sits in the past perfect itself: the sentence looks back, the story stays
    got = _values(
        "On 4 June 1921 the new bridge opened. When the ferry stopped, the ferryman had "
        "already sold his boat in 1919. On 9 June the first cart crossed."
    )
    assert got["9 June"] == "1921-06-09"


# An amount counted back in a participle set off after a noun dates the thing, in passing.


def test_a_participle_counted_back_after_a_noun_is_in_passing() -> None:
    got = _values(
        "In March 1931 the band took its marches from Hallam's tune book, printed forty years "
        "earlier, and first played them that Whitsun on the green."
    )
    assert got["forty years earlier"] == "P40Y"
    assert got["that Whitsun"] == "1931-05-24"


def test_a_clause_counted_back_still_moves_the_story() -> None:
    got = _values("The school closed in 1960. It had opened ninety years earlier. That spring ...")
    assert got["ninety years earlier"] == "P90Y"


# Feasts: Mothering Sunday (Lent's fourth Sunday), and "that Easter" as the story's feast.


def test_mothering_sunday_is_three_weeks_before_easter() -> None:
    got = _values("The first simnel cakes were sold on Mothering Sunday 1931.")
    assert got["Mothering Sunday 1931"] == "1931-03-15"
    got = _values("We open early on Mothering Sunday next year.")
    assert got["Mothering Sunday next year"] == "2027-03-07"
    # the American Mother's Day is May's second Sunday, another feast
    assert _values("Mother's Day 1931 was a wet one.")["Mother's Day 1931"] == "1931-05-10"


def test_that_before_a_feast_is_the_story_feast() -> None:
    got = _values("The new bells came in 1897. They were first rung that Easter by six boys.")
    assert got["that Easter"] == "1897-04-18"
    got = _values("The mill opened in 1880. That Christmas the hands had a goose each.")
    assert got["That Christmas"] == "1880-12-25"


def test_that_as_a_conjunction_before_a_feast_stays_out() -> None:
    got = _values("The mill opened in 1880. The vicar hoped that Christmas would bring snow.")
    assert "Christmas" in got
    assert "that Christmas" not in got
    got = _values("The mill opened in 1880. Everyone knew that Easter was late that year.")
    assert "that Easter" not in got


# A record's heading quoted by the word that names it ("headed", "inscribed") dates the record.


def test_a_quoted_heading_dates_the_story() -> None:
    got = _values(
        "Her father kept bees from the spring of 1911. His first hive book is headed "
        '"Swarms – Whit Monday 1914" (that year it fell on 1 June), and it runs to 1920.'
    )
    assert got["Whit Monday 1914"] == "1914-06-01"
    assert got["that year"] == "1914"
    assert got["1 June"] == "1914-06-01"


def test_a_short_speech_quote_still_holds_its_plan_apart() -> None:
    got = _values(
        "He reached Arras on 9 April 1917. 'We go over at dawn on the 12th,' he wrote. The "
        "next day he was wounded."
    )
    assert got["The next day"] == "1917-04-10"


# Slash dates with four-digit years follow the order the text's other slash dates show.


def test_slash_dates_follow_the_texts_day_first_order() -> None:
    got = _values(
        "Notes on the Pell family: John bapt. 17/10/1802; Sarah bur. 4/6/1831; their son m. "
        "2/3/1829 at Holme."
    )
    assert got["4/6/1831"] == "1831-06-04"
    assert got["2/3/1829"] == "1829-03-02"


def test_slash_dates_stay_month_first_without_a_sign() -> None:
    got = _values("The lease ran from 4/6/1831 to 2/3/1840.")
    assert got["4/6/1831"] == "1831-04-06"
    got = _values("Signed 10/24/1998, filed 3/4/1999.")
    assert got["3/4/1999"] == "1999-03-04"


# A clipped weekday before a date is part of it, as forums and timetables write it.


def test_a_clipped_weekday_is_part_of_the_date() -> None:
    got = _values("Reply from dunlin » Tue 17 Nov 2026, 8:02 am")
    assert got["Tue 17 Nov 2026"] == "2026-11-17"
    got = _values("Choir practice: Thurs. 3 June at the hall.")
    assert got["Thurs. 3 June"] == "2027-06-03"


def test_a_papers_name_is_no_clipped_weekday() -> None:
    got = _values("The story ran in the Sun 14 March 1990 edition.")
    assert "14 March 1990" in got
    assert not any(k.startswith("Sun") for k in got)


# A singular noun in -us, -ss, -is after a year is no count of things.


def test_a_year_before_a_singular_in_s_is_a_year() -> None:
    got = _values("- 1891 census, Mill Row: George, head, 40, weaver")
    assert got["1891"] == "1891"
    got = _values("Fees rose after the 1929 crisis.")
    assert got["1929"] == "1929"


def test_a_count_before_a_plural_is_no_year() -> None:
    assert "1800" not in _values("The yard built 1800 boats and sold 1900 wagons.")


# A forum post's edit stamp is the post's day, whatever day the post looked ahead to.


def test_an_edit_stamp_is_the_posts_day() -> None:
    dct = dt.date(2026, 11, 14)
    got = _values(
        "I'm going to the archive on Friday 27 November and will post what I find that "
        "evening.\n\nEDIT 10.15 pm: a cousin has just sent me the will!",
        dct,
    )
    assert got["10.15 pm"] == "2026-11-14T22:15"


def test_a_clock_time_in_running_text_stays_with_its_day() -> None:
    dct = dt.date(2026, 11, 14)
    got = _values("The archive opens on Friday 27 November. I will be there at 10.15 am.", dct)
    assert got["10.15 am"] == "2026-11-27T10:15"


# A quoted letter opening with its place and day (its dateline) is written that day, even when
# its introducing words name only the month.


def test_a_letters_dateline_is_its_writers_now() -> None:
    got = _values(
        "In March 1862 he sent the rector a sample of the new wheat, with a note that "
        'survives:\n\n"Hexham, 4th March 1862. Sir, — I send you today a peck of the grain, '
        'threshed on the 20th of November, and I think it will keep until Midsummer."\n\nThe '
        "rector sowed it that spring for a trial."
    )
    assert got["today"] == "1862-03-04"
    assert got["the 20th of November"] == "1861-11-20"
    assert got["Midsummer"] == "1862-06-24" or "Midsummer" not in got
    assert got["that spring"] == "1862-SP"


def test_a_letter_of_a_month_without_a_dateline_names_no_day() -> None:
    got = _values('In March 1862 he wrote to the rector: "I send you today a peck of the grain."')
    assert not got["today"].startswith("2026")


# "that spring" before an adjunct with an amount is the season, not the verb.


def test_that_spring_before_an_amount_is_the_season() -> None:
    got = _values("The mill changed hands in 1902. Tate bought the lease that spring for £40.")
    assert got["that spring"] == "1902-SP"


def test_that_spring_as_a_verb_stays_out() -> None:
    got = _values("The mill changed hands in 1902. Rumours that spring from envy are common.")
    assert "that spring" not in got


# The rows the importer makes: the bracketed aside's clause keeps the story's month.


def test_a_bracketed_aside_clause_without_a_date_keeps_the_story_month() -> None:
    got = dates_and_statuses(
        "The town council asked Brunton for a fountain in June 1875. He agreed at once. (He "
        "also asked for a fee of fifty pounds and was paid forty, a slight he recalled in "
        "1890.)",
        DCT,
    )
    assert any(("1875-06", "happened") in v for v in got.values())


# A range's end is not before its start.


def test_a_ranges_year_less_end_comes_after_its_start() -> None:
    got = _values("Seed potatoes are sent out from Tuesday 5 January until the end of April.")
    assert got["the end of April"] == "2027-04"
    got = _values("The earl held the town from 3 November 1643 until May, when it fell.")
    assert got["May"] == "1644-05"


def test_a_month_not_ending_a_range_keeps_its_year() -> None:
    got = _values("She worked at the mill from March 1990 to June, and left in August.")
    assert got["June"] == "1990-06"
    got = _values("The exhibition runs from 12 December until 3 February.")
    assert got["3 February"] == "2027-02-03"


# A verbless negative aside in brackets does not negate the clause; a date after a fronted
# "after the X's <noun> in" dates a happening whatever the main clause denies.


def test_a_bracketed_no_does_not_negate_the_clause() -> None:
    got = dates_and_statuses(
        "I searched the Holme registers, which I ordered last week (nothing useful).",
        dt.date(2026, 11, 22),
    )
    assert all(status == "happened" for v in got.values() for _, status in v)


def test_a_negation_outside_the_bracket_still_negates() -> None:
    got = dates_and_statuses(
        "We did not reach the record office last week (no buses).", dt.date(2026, 11, 22)
    )
    assert any(status == "negated" for v in got.values() for _, status in v)


def test_a_happening_after_a_fronted_after_phrase_happened() -> None:
    got = dates_and_statuses(
        "After the founder's death in 1952 the mill did not run for ten years.", DCT
    )
    assert ("1952", "happened") in {p for v in got.values() for p in v}
    got = dates_and_statuses("The mill did not run in 1952.", DCT)
    assert ("1952", "negated") in {p for v in got.values() for p in v}
