"""News in styles the news sets lack (bench/reader_styles/newsself.json, texts written for these
tests with what a careful reader puts on a timeline): an inquest, a doping ban, an auction, a
lottery win, a reunion tour, a council's bin notice, a regulator's fine, a "what we know"
explainer, a zoo's births, a book prize. Each test is one cause the texts shared; the sentences
here are new ones of the same kinds."""

from __future__ import annotations

import datetime

from db.dates import find_timexes
from tests.db.dates.event_rows import dates_and_statuses

DCT = datetime.date(2026, 12, 18)


def placed(text: str, dct: datetime.date = DCT) -> dict[str, set[tuple[str, str]]]:
    return dates_and_statuses(text, dct)


def values(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_a_month_naming_a_sitting_is_the_month_and_past_when_told_past() -> None:
    # a council notice: "the February meeting" told in the past in December is last February,
    # and "March" or "June" before "meeting" is the month, not the verb or the name
    assert values("The chairman resigned at the February meeting.")["February"] == "2026-02"
    got = values("Fees were raised at its March session and will be cut at the June sitting.")
    assert got == {"March": "2026-03", "June": "2027-06"}
    assert values("The board will vote at the May meeting.")["May"] == "2027-05"
    # the modal, the verb and a name stay what they were
    assert values("May the best side win.") == {}
    assert "June" not in values("The June Carter tribute was sold out.")
    assert "March" not in values("They watched the march pass.")


def test_a_lede_s_perfect_takes_the_day_a_later_paragraph_tells_it_on() -> None:
    # a zoo's births: "have been born" in the lede is the day "were born on 3 October" names
    text = (
        "Two snow leopard cubs have been born at Harnley Zoo.\n\n"
        "The cubs were born on 3 October, keepers said, and are feeding well."
    )
    assert ("2026-10-03", "happened") in placed(text)[
        "Two snow leopard cubs have been born at Harnley Zoo"
    ]
    # a resignation: the same for an active past
    text = (
        "The leader of Fenwick council has resigned.\n\n"
        "Councillor Ada Pryce resigned on Monday night after a vote of no confidence."
    )
    assert ("2026-12-14", "happened") in placed(text)["The leader of Fenwick council has resigned"]
    # an earlier time of the same thing is not the lede's
    text = (
        "The leader of Fenwick council has resigned.\n\n"
        "She had also resigned on 2 November, before the party talked her round."
    )
    assert ("2026-12-18", "happened") in placed(text)["The leader of Fenwick council has resigned"]


def test_but_no_after_a_dated_happening_is_a_negated_happening_of_its_date() -> None:
    # a book prize: "discussed last year, but no deal was signed": the deal is negated last year
    got = placed("A stage version was talked about in 2024, but no contract was agreed.")
    assert got["No contract was agreed"] == {("2024", "negated")}
    got = placed("A gas leak closed the school on Monday, but nobody was hurt.")
    assert got["Nobody was hurt"] == {("2026-12-14", "negated")}
    # a tail with a date of its own is not the first date's; nor is a plain "but"
    got = placed("Talks were held on Monday, but no deal was struck until 2 December.")
    assert ("2026-12-14", "negated") not in got.get("No deal was struck until 2 December", set())
    got = placed("The shop was robbed on Monday, but the owner was unhurt.")
    assert all(s == "happened" for v in got.values() for _, s in v)


def test_days_listed_before_a_month_are_days_of_that_month() -> None:
    # a tour's dates: "on 3 and 4 July" is 3 July and 4 July, the first not lost to the second
    got = values("The band plays Cork on 8 and 9 May.")
    assert got == {"8": "2027-05-08", "9 May": "2027-05-09"}
    got = values("Nurses walked out on 2, 3 and 4 November 2025.")
    assert got["2"] == "2025-11-02" and got["3"] == "2025-11-03"
    assert placed("The band plays Cork on 8 and 9 May.") == {
        "The band plays Cork": {("2027-05-08", "planned"), ("2027-05-09", "planned")}
    }
    # amounts before a month are not days
    assert values("She scored 3 and 4 goals in May.") == {"May": "2026-05"}
    assert "2" not in values("Prices rose 1.2 and 3 percent in May.")


def test_a_month_before_a_day_of_the_publication_week_is_news_time() -> None:
    # a prize story: a background year (1998) does not hold a month the sentence ties to this
    # week ("...; more were ordered on Wednesday")
    text = (
        "Orr wrote her first play in 1998 and three more over the next decade. Her new play "
        "opened in June at a pub theatre; a West End run was agreed on Tuesday."
    )
    assert values(text)["June"] == "2026-06"
    # without such a day the background year holds, and a weekday with its date is no such day
    text = "Orr wrote her first play in 1998. It opened in June at a pub theatre."
    assert values(text)["June"] == "1998-06"
    text = "Orr wrote her first play in 1998. It opened in June, and closed on Sunday 5 July."
    assert values(text)["June"] == "1998-06"


def test_a_month_half_a_year_back_is_the_next_one_when_the_dct_is_in_that_year() -> None:
    # a ban's history: "suspended on 3 August [last year]. At an appeal in February ..."
    # written in April is this February, not the one before the suspension
    text = (
        "The rider was suspended on 3 August last year. At an appeal in February his lawyers "
        "blamed a cough syrup."
    )
    assert values(text, datetime.date(2027, 4, 20))["February"] == "2027-02"
    # in a history the step back stays, as before
    text = "The rider was suspended on 3 August 1990. At an appeal in February he blamed a syrup."
    assert values(text, datetime.date(2027, 4, 20))["February"] == "1990-02"


def test_a_day_or_two_on_from_a_year_is_that_year_for_the_timeline() -> None:
    # a prisoner's record: "fled a court in 2019 and was found two days later": 2019
    got = placed("He fled a court in 2019 and was found two days later.")
    assert got["He was found"] == {("2019", "happened")}
    # TimeML still leaves the day unknown
    assert values("In 2019 the mill burned. The next day the owner fled.")["The next day"] == (
        "XXXX-XX-XX"
    )


def test_what_will_happen_in_the_new_year_is_next_year_from_midsummer() -> None:
    # a results-day story in August: "will report in the new year" is next year
    text = "A review of the marking will report in the new year."
    assert values(text, datetime.date(2026, 7, 30))["the new year"] == "2027"
    # in spring it is still this year's; a past "in the new year" is unchanged
    assert values(text, datetime.date(2026, 3, 30))["the new year"] == "2026"
    said = "Sales rose in the new year."
    assert values(said, datetime.date(2026, 7, 30))["the new year"] == "2026"
