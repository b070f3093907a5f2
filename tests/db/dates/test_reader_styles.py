"""Historical writing in styles the narrative sets lack (bench/reader_styles/narrself.json, ten
passages written for these tests with what a careful reader puts on a timeline): a heritage
listing, an "on this day" thread, a firm's centenary booklet, a family history, a college's
history page, an anniversary address, a squadron's history, a newspaper's own history, a
castle's questions page, an article's abstract. Each test is one cause the passages shared."""

from __future__ import annotations

import datetime

from db.dates import find_timexes
from tests.db.dates.event_rows import dates_placed

DCT = datetime.date(2026, 12, 7)


def placed(text: str, dct: datetime.date = DCT) -> dict[str, set[str]]:
    return dates_placed(text, dct)


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_two_months_joined_are_months_not_the_modal() -> None:
    # a unit history: "May and June" opening a sentence is no "may" of a guess ahead, and the
    # story stays in 1942 for the dates after it
    text = (
        "No. 418 Squadron was re-formed at Kirkby Fen on 1 March 1942. Its first operation was "
        "flown on the night of 28/29 April. May and June were costly. Its commanding officer "
        "was lost over Bremen on 26 June. In October the squadron converted to Lancasters."
    )
    got = values(text)
    assert got["May"] == "1942-05" and got["June"] == "1942-06"
    assert got["26 June"] == "1942-06-26" and got["October"] == "1942-10"
    assert placed(text)["May and June were costly"] == {"1942-05", "1942-06"}
    # alone, the modal and the name stay what they were
    assert "May" not in values("May the best team win in March 2027.")
    assert "June" not in values("June Carter sang in Nashville in 1969.")


def test_a_same_form_past_after_a_noun_subject_is_past() -> None:
    # a family history: "The estate let ... go" is past ("lets" would be the present)
    text = (
        "Grandfather married in 1919. Granny always said the hardest year was 1926. The estate "
        "let half its men go in the spring."
    )
    assert placed(text)["The estate let half its men go"] == {"1926-03"}
    text = "The works closed in 1931. In the autumn the council set up a relief fund."
    assert values(text)["the autumn"] == "1931-FA"


def test_a_plain_past_sentence_ending_on_a_later_year_moves_the_story() -> None:
    # after a story told by days, "Trouble came in 1926." moves it on: "the spring" is 1926's
    text = (
        "In 1916 he joined the county regiment; he was wounded the following April and spent "
        "the summer in a hospital in Leeds. They married on Boxing Day 1919. Trouble came in "
        "1926. The estate let half its men go in the spring."
    )
    assert values(text)["the spring"] == "1926-SP"
    # a look back is no move: the pluperfect keeps the story in 1919
    text = (
        "In 1916 he joined the county regiment; he was wounded the following April and spent "
        "the summer in a hospital in Leeds. They married on Boxing Day 1919. The cottage had "
        "been sold in 1922. In the spring they moved to Leeds."
    )
    assert values(text)["the spring"] != "1922-SP"


def test_a_month_or_feast_then_that_year_is_one_date_of_the_story_s_year() -> None:
    # a centenary booklet: a paragraph break between does not lose the story's year
    text = (
        "Walter Hollis rented a cart shed in the autumn of 1926.\n\n"
        "The first barrels left the yard at Christmas that year. The cellar was dug in March "
        "the following year, and the tap room opened at Easter that year."
    )
    got = values(text, datetime.date(2026, 6, 1))
    assert got["Christmas that year"] == "1926-12-25"
    assert got["March the following year"] == "1927-03"
    assert got["Easter that year"] == "1927-04-17"  # the story is in 1927 now
    assert "the year's" not in "".join(values("In March the year's first ship came in 1850."))


def test_that_month_before_a_pronoun_subject_dates_its_clause() -> None:
    text = (
        "Trade was slow until 1929, when Walter signed his first contract. In a letter to his "
        "sister that March he wrote of more orders than casks."
    )
    assert values(text, datetime.date(2026, 6, 1))["that March"] == "1929-03"
    # "said that May would resign": the name, not the month
    assert "that May" not in values("In 2019 the paper said that May would resign.")


def test_the_following_feast_is_the_first_after_the_story_s_time() -> None:
    # an anniversary address: "By the following Easter" after 1876 is Easter 1877
    text = (
        "In 1876 forty-one people met in a hayloft. By the following Easter they had bought "
        "this plot. The previous Michaelmas they had met in a barn."
    )
    got = values(text, datetime.date(2026, 11, 8))
    assert got["the following Easter"] == "1877-04-01"
    assert got["The previous Michaelmas"] == "1876-09-29"
    # news without a story's time: the holiday rule decides as before
    got = values("Shops expect a busy time before the next Christmas.")
    assert list(got.values()) == ["2026-12-25"]


def test_anniversaries_of_the_publication_day() -> None:
    # an "on this day" thread and an anniversary address
    got = values("On this day in 1908, the Carrow Bridge collapsed into the river Lenn.")
    assert got["this day in 1908"] == "1908-12-07"
    text = "Friends, a hundred and fifty years ago this month, forty-one people met in a hayloft."
    got = values(text, datetime.date(2026, 11, 8))
    assert got["a hundred and fifty years ago this month"] == "1876-11"
    assert values("The abbey stood for two hundred and five years.")[
        "two hundred and five years"
    ] == ("P205Y")


def test_a_key_dates_box_of_bare_year_lines_gives_each_line_its_own_event() -> None:
    # a centenary booklet's box: no dash or colon after the year
    text = (
        "Key dates\n"
        "1926 Walter Hollis starts brewing in Ebbing Street\n"
        "1953 Drake family joins the firm\n"
        "1978 New brewhouse opens at Mill End"
    )
    got = placed(text, datetime.date(2026, 6, 1))
    assert got["Walter Hollis starts brewing in Ebbing Street"] == {"1926"}
    assert got["Drake family joins the firm"] == {"1953"}
    assert got["New brewhouse opens at Mill End"] == {"1978"}
    # one line opening with a year is prose hard-wrapped, left as it was
    text = "The brewery was sold in\n1978 New owners came. They left in 1980."
    assert "1980" in {v for vs in placed(text).values() for v in vs}


def test_the_date_a_record_is_for_is_of_the_story_s_time() -> None:
    # a unit history quoting its record book: "reads" is the document's present
    text = (
        "The squadron was re-formed at Kirkby Fen in 1942. The Operations Record Book for 30 "
        "May reads: 'Sixteen aircraft detailed for Cologne.'"
    )
    assert values(text)["30 May"] == "1942-05-30"
    text = "The battalion landed at Le Havre in 1914. Its war diary for 20 August records a march."
    assert values(text)["20 August"] == "1914-08-20"
    # no record's noun before "for": the present of news, as before
    text = "The club met in 1990. Its new season starts for juniors on 20 August."
    assert values(text)["20 August"] != "1990-08-20"


def test_a_quoted_letter_of_a_month_long_past_counts_its_days_from_no_day() -> None:
    # a centenary booklet: the founder's letter has a month, no day; its "tomorrow" is no day
    # near the publication date, and the story goes on in 1929
    text = (
        "Trade was slow until 1929, when Walter signed his first contract. In a letter to his "
        "sister that March he wrote: 'We have more orders than casks. I start on the new cellar "
        "tomorrow.' The cellar was finished by June."
    )
    got = values(text, datetime.date(2026, 6, 1))
    assert got["tomorrow"] == "XXXX-XX-XX"
    assert got["June"] == "1929-06"
    # a letter with its day counts from that day, as before
    text = text.replace("that March", "on 3 March")
    assert values(text, datetime.date(2026, 6, 1))["tomorrow"] == "1929-03-04"


def test_an_ordinal_year_of_a_first_person_tenure_counts_from_its_start() -> None:
    # a jubilee magazine's memories: "In my third year" counts from "I started ... 1958", and
    # takes the place of the month carried from the sentence before
    text = (
        "Memories of Milton Road, by Irene Castell (pupil 1958-1964)\n\n"
        "I started at Milton Road in the September of 1958, a week after my eleventh birthday, "
        "in a blazer two sizes too big. Miss Hurrell took us for Latin that first term and "
        "terrified everyone. The following winter was the one the boiler failed, and we sat our "
        "mock exams in coats and gloves.\n"
        "In my third year the new science block opened, and Mr Okafor let us make hydrogen on "
        "the first afternoon. I left in July 1964."
    )
    got = placed(text, datetime.date(2026, 7, 10))
    assert got["The new science block opened"] == {"1960"}
