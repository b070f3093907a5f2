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
