"""The year and the days a weekday fixes in a history: "Monday 8 May" is checked against the story's
year (a heading's, a lead's, a decade's), and a bare weekday after a story day whose weekday the
text named is the next such day of the story; news time keeps its own. Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 8)


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


STRIKE = "The strike began on Monday 8 May, when the weavers walked out."


def test_a_weekday_fits_the_year_of_a_lead_sentence() -> None:
    text = "Their sales for the first quarter of 1871 were the worst in their history.\n\n" + STRIKE
    assert values(text)["Monday 8 May"] == "1871-05-08"


def test_a_weekday_fits_the_year_of_a_heading() -> None:
    assert values("A winter of strikes, 1871\n\n" + STRIKE)["Monday 8 May"] == "1871-05-08"


def test_a_weekday_picks_the_one_year_of_a_decade_it_fits() -> None:
    text = "For most of the 1860s the mills were busy.\n\n" + STRIKE
    assert values(text)["Monday 8 May"] == "1865-05-08"  # the only 8 May a Monday in the 1860s


def test_a_weekday_that_fits_a_year_near_the_dct_as_well() -> None:
    # 6 May 2027 is a Thursday too: the history's year wins
    text = (
        "The mill's accounts for the spring of 1869 are missing.\n\n"
        "The fire broke out on Thursday 6 May and burned for a day."
    )
    assert values(text)["Thursday 6 May"] == "1869-05-06"


def test_a_weekday_near_the_publication_date_is_news_time() -> None:
    # a Thursday three weeks before the DCT: the reader's, not the history's
    text = (
        "The mill's accounts for the spring of 1903 are missing.\n\n"
        "The museum said on Thursday 19 November that it had found them."
    )
    assert values(text)["Thursday 19 November"] == "2026-11-19"


def test_a_bare_weekday_after_a_named_story_day() -> None:
    text = (
        "The ship sailed from Leith on Thursday 3 March 1921. On Friday morning it reached "
        "Bergen, and on Saturday the crew went ashore."
    )
    got = values(text)
    assert got["Friday morning"] == "1921-03-04TMO"
    assert got["Saturday"] == "1921-03-05"


def test_a_bare_weekday_after_a_day_without_its_weekday_is_news_time() -> None:
    # the reader was never told which weekday 15 March 1921 was: "Monday" is the reader's
    text = (
        "The ship reached Bergen on 15 March 1921. The town held a concert in its honour on Monday."
    )
    assert values(text)["Monday"] == "2026-12-07"


def test_a_weekday_with_its_day_moves_the_story_on() -> None:
    text = (
        "The bank closed its doors on Thursday 6 May 1869. At noon on Saturday the 8th the "
        "partners met, and on Monday the 10th, 'Black Monday' to the city, the run spread. "
        "Two more banks had failed before the end of the week, and the rate was raised on "
        "the Tuesday."
    )
    got = values(text)
    assert got["Saturday the 8th"] == "1869-05-08"
    assert got["Monday the 10th"] == "1869-05-10"
    assert got["Monday"] == "1869-05-10"  # 'Black Monday': the same day
    assert got["the end of the week"] == "1869-W19"
    assert got["the Tuesday"] == "1869-05-11"


def test_a_weekday_that_misses_the_texts_year_is_the_one_near_the_dct() -> None:
    # 18 February 1966 was a Friday; the Thursday is next year's
    text = (
        "Coming up\nSaturday 16 January, 7pm: 'Mills of the Dane, 1790-1966', with slides.\n"
        "Thursday 18 February: the annual dinner, followed by a quiz.\n\nThank you all.\n"
    )
    assert values(text)["Thursday 18 February"] == "2027-02-18"


def test_a_weekday_with_its_day_after_a_week_of_the_story() -> None:
    text = (
        "The cutters struck in the first week of August 1842. On Monday the 8th the weavers "
        "joined them. A crowd gathered on the green on the 14th, and the troops came the next "
        "morning."
    )
    got = values(text)
    assert got["Monday the 8th"] == "1842-08-08"
    assert got["the 14th"] == "1842-08-14"
    assert got["the next morning"] == "1842-08-15TMO"


def test_an_ordinal_that_is_no_day() -> None:
    text = (
        "In March 1901 the company moved its offices. The clerks worked on the 14th floor, "
        "and the firm was the 3rd in the city."
    )
    got = values(text)
    assert "the 14th" not in got and "the 3rd" not in got


def test_a_figure_at_a_year_is_no_early_year() -> None:
    text = "The mill burned down on 3 May 1871. Its looms rose from 211 in 1868 to 540 in 1871."
    got = values(text)
    assert "211" not in got and "540" not in got
    assert got["1868"] == "1868"


def test_a_title_line_closing_with_the_year() -> None:
    text = (
        "A spring of floods: the Lune valley, 1871\n\n"
        "The river rose on 8 May, and by the end of June the farms were dry again."
    )
    got = values(text)
    assert got["8 May"] == "1871-05-08"
    assert got["the end of June"] == "1871-06"


def test_a_month_in_the_title_takes_its_closing_year() -> None:
    text = "Two weeks in March: the fall of the Ardle bank, 1873\n\nThe bank had lent too much."
    assert values(text)["March"] == "1873-03"


def test_a_paragraph_opening_with_a_happening_of_a_year() -> None:
    text = (
        "The first recorded flood came in the spring of 1612 and lasted a week.\n\n"
        "The flood of 1771 is the best known. Rain fell from early March, and on 9 April the "
        "bridge was swept away."
    )
    got = values(text)
    assert got["early March"] == "1771-03"
    assert got["9 April"] == "1771-04-09"


def test_a_recent_year_in_a_title_is_not_a_story() -> None:
    # a title's year near the DCT frames no history: "8 May" is the one the tense points to
    text = "Results of the spring survey, 2026\n\nThe next count is on 8 May."
    assert values(text)["8 May"] == "2027-05-08"


def test_a_day_in_apposition_to_a_feast_takes_its_year() -> None:
    # the year of the feast, not the one the text was on a sentence before
    text = (
        "By 1914 the chapel had a new organ. Its bells were silent through both wars and rang "
        "again only in 1948, when a ringer was found; that Easter Sunday, 28 March, the whole "
        "village came."
    )
    got = values(text)
    assert got["that Easter Sunday"] == "1948-03-28"  # the demonstrative is the expression's
    assert got["28 March"] == "1948-03-28"


def test_years_ago_past_the_era_are_a_bc_year() -> None:
    got = values("The lake began to fill some 9,500 years ago, after the ice retreated.")
    assert got["9,500 years ago"] == "BC7475"  # 2026 - 9500 is 7474 before AD 1: 7475 BC
    assert values("The abbey was founded 800 years ago.")["800 years ago"] == "1226"


def test_a_count_back_in_apposition_to_a_day_and_month_leaves_the_story_there() -> None:
    text = (
        "The siege began on Tuesday 2 June 1812. Only on Friday 12 June, ten days after the "
        "siege began, did the garrison sally out, and by the following Monday it had surrendered."
    )
    assert values(text)["the following Monday"] == "1812-06-15"


def test_an_hour_after_the_storys_morning_is_in_the_afternoon() -> None:
    text = (
        "The mill caught fire on Tuesday 4 March 1851. On Wednesday morning the pumps arrived, "
        "and by four o'clock the roof had fallen in."
    )
    assert values(text)["four o'clock"] == "1851-03-05T16:00"


def test_an_hour_after_the_storys_night_stays_in_the_small_hours() -> None:
    text = "The mill caught fire on the night of 4 March 1851. At three o'clock the roof fell in."
    assert values(text)["three o'clock"] == "1851-03-05T03:00"  # the small hours after it


def test_a_names_dates_in_brackets_not_past_are_the_next_ones() -> None:
    text = "Tickets for the Lune Valley Show (August 6-8) go on sale on Monday."
    assert values(text)["August 6-8"] == "2027-08-06"
    text = "The Lune Valley Show (August 6-8) drew record crowds, organisers said."
    assert values(text)["August 6-8"] == "2026-08-06"
