"""Historical writing in styles the first four rounds lack (bench/reader_styles/narrself5.json,
passages written for these tests with what a careful reader puts on a timeline): a company's
encyclopedia history, a blue plaque and its nomination, a family Bible's flyleaf, a trade
directory's entry, an emigrant's memoir in the present tense, a paper's review of old ice
records, a theatre programme's note, a conservator's report. Each test is one cause the
passages showed; `placed` and `values` are test_reader_styles.py's."""

from __future__ import annotations

from test_reader_styles import placed, values


def test_a_person_s_life_dates_in_brackets_are_no_time_of_the_story() -> None:
    # a firm's history and a programme note: "the previous year" and "two years earlier" count
    # from the sentence's own date, not from the life dates of a person named in passing
    text = (
        "The foundry was set up in 1852 by the blacksmith Eli Warne (1820–1899) and his "
        "nephew Tom, who had come over from Cork the previous year."
    )
    assert values(text)["the previous year"] == "1851"
    assert placed(text)["His nephew Tom had come over from Cork"] == {"1851"}
    text = (
        "The opera was first sung in Prague on 3 March 1871. Its composer, Vera Lind "
        "(1838–1902), had finished it two years earlier."
    )
    got = placed(text)
    assert got["Its composer, Vera Lind (1838–1902), had finished it"] == {"1869"}
    # the bracket's own event is the person's life, not what the sentence tells
    assert got["Vera Lind's life"] == {"1838"}
    assert placed("The bridge was drawn by Anna Roe (b. 1790) in 1833.")["Anna Roe born"] == {
        "1790"
    }


def test_a_lead_s_life_bracket_and_a_period_s_bracket_stay_the_story_s_time() -> None:
    # a biography's opening bracket with no other date is the life the story tells: an age
    # counts from it ("At the age of twenty" after 1802); a war's bracket is no life at all
    text = (
        "Karl Munthe (1802–1871) was a Swedish clockmaker. At the age of twenty he went to "
        "London. That winter he worked for a chronometer maker."
    )
    assert all(v.startswith("1822") for v in placed(text)["He worked for a chronometer maker"])
    text = "The Crimean War (1853–1856) emptied the yard; it reopened the previous year."
    assert values(text)["the previous year"] != "1851"


def test_a_narrator_s_present_after_it_is_a_date_is_the_story_s_time() -> None:
    # a memoir told in the present: "It is the autumn of 1912 and I am eleven" sets the
    # narrator's now; "I am" there is no writer speaking from the publication's day, so a
    # year-less day after it is the story's, not one ahead of the reader
    text = (
        "It is the autumn of 1912 and I am eleven. On the 3rd of October we board the train at "
        "Lemberg, and on the 9th we reach the sea."
    )
    got = values(text)
    assert got["the 3rd of October"] == "1912-10-03" and got["the 9th"] == "1912-10-09"
    # an author's note still speaks from its own time after a story told in the third person
    text = (
        "The mill burned in 1871, as the parish register records. I am grateful to its keeper. "
        "I finished this book in May."
    )
    assert values(text)["May"] == "2026-05"


def test_a_clerk_s_old_short_month_forms_are_months() -> None:
    # a family Bible's flyleaf and a parish account: "Octr", "Feby", "Novr", "Decr", "Septr",
    # "Augt" are October, February, November, December, September, August as the hand wrote
    # them, with the raised last letter printed on the line
    text = (
        "William, born Octr 11th 1831. Sarah Platt departed this life Feby 9th 1840. "
        "Paid the thatcher on Decr 20th 1790 and the mason on Septr 2nd 1791. "
        "Robert Platt drowned, Novr 1852. The barn was raised 3 Augt. 1806."
    )
    got = values(text)
    assert got["Octr 11th 1831"] == "1831-10-11" and got["Feby 9th 1840"] == "1840-02-09"
    assert got["Decr 20th 1790"] == "1790-12-20" and got["Septr 2nd 1791"] == "1791-09-02"
    assert got["Novr 1852"] == "1852-11" and got["3 Augt. 1806"] == "1806-08-03"
    # no other word turns into a month
    assert values("The Octroi office reopened in 1851.") == {"1851": "1851"}


def test_a_pluperfect_season_with_its_own_later_year_moves_the_story() -> None:
    # a descendant's commentary: "had sailed ... in the spring of 1847" after a day of 1825 is
    # no look back inside 1825 (the spring names its year), so "that autumn" is 1847's
    text = (
        "The register gives her burial as 9 March 1829. Her son had gone to sea in the summer "
        "of 1850; his ship was wrecked off Newfoundland that winter."
    )
    assert values(text)["that winter"] == "1850-WI"
    # a year-less month in the pluperfect told from a day of the story is still a look back
    text = (
        "He returned to the mission on 29 October 1851. He had arrived in the colony only that "
        "March. The next day he fell ill."
    )
    assert values(text)["The next day"] == "1851-10-30"


def test_a_record_s_bare_ordinal_after_its_verb_is_a_day_of_the_month_told() -> None:
    # a flyleaf's or a log's terse entry: "christened the 17th" after "born 4 May 1840" is
    # 17 May, as "arrived the 9th" after a sailing on 2 June is 9 June
    got = values("Mary, born 4 May 1840, christened the 17th.")
    assert got["the 17th"] == "1840-05-17"
    got_events = placed("Mary, born 4 May 1840, christened the 17th.")
    assert any(t.endswith("christened") and d == {"1840-05-17"} for t, d in got_events.items())
    got = values("The brig left Hull on 2 June 1795 and arrived the 9th.")
    assert got["the 9th"] == "1795-06-09"
    # another verb before an ordinal is no record's: an anniversary, a rank
    assert "the 25th" not in values("On 3 May 1870 he celebrated the 25th with a dinner.")
    assert "the 3rd" not in values("On 3 May 1870 the horse finished the 3rd of nine.")


def test_an_occasion_named_for_christmas_is_no_christmas_day() -> None:
    # a ghost walk's notice: "Our Christmas special walk is on the 23rd" is on 23 December;
    # "Christmas" names the walk, it is no day for "the 23rd" to count on from
    got = values("Our Christmas special tour of the old gaol is on the 22nd.")
    assert got["the 22nd"] == "2026-12-22" and "Christmas" not in got
    got = values("The Christmas market in the square opens on the 11th.")
    assert got == {"the 11th": "2026-12-11"}
    # a day's own occasion is on the day, and the feast alone is still a date
    assert values("The Christmas Day swim starts at ten.")["Christmas Day"] == "2026-12-25"
    assert values("The shop shuts at Christmas and reopens on 2 January.")["Christmas"] == (
        "2026-12-25"
    )


def test_winters_across_two_years_in_a_list_are_each_a_winter() -> None:
    # a paper on old ice records: "the winters of 1946–47 and 1962–63" are two winters, each by
    # the year it begins in, not the winter of 1946 and the year 1962
    got = values("The reservoir froze over in the winters of 1946–47 and 1962–63.")
    assert got["winters of 1946–47"] == "1946-WI" and got["1962–63"] == "1962-WI"
    got = values("The mere froze in the winters of 1739-40, 1794-95 and 1813-14 (Hale 1820).")
    assert got["1794-95"] == "1794-WI" and got["1813-14"] == "1813-WI"
    # a run of years without a season is still one
    assert values("Sales fell in 1998-99 and rose in 2001-02.")["2001-02"] == "2001"
