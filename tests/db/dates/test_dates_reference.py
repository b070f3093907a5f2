"""One reference time through the text: a year-less date takes the year of the text's own time
(the last explicit year, moved on by "two years later", "that winter") or the DCT's, chosen per
expression from tense and distance; no document-level mode. Sentences written for these tests.
DCT: Monday 2019-12-23."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2019, 12, 23)


def values(text: str) -> list[tuple[str, str]]:
    return [(d.timex.text, d.timex.value) for d in dated_sentences(text, DCT) if not d.around]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # history: a year in passing lends itself to the past-tense dates after it
        (
            "The army massed along the frontier in 1941. On 22 June it crossed the border. "
            "By December it had reached the outskirts of the capital.",
            [("1941", "1941"), ("22 June", "1941-06-22"), ("December", "1941-12")],
        ),
        (
            "The regiment was raised in 1862 in Ohio. It fought at Shiloh in April and at "
            "Corinth in May. That winter it camped near the river.",
            [
                ("1862", "1862"),
                ("April", "1862-04"),
                ("May", "1862-05"),
                ("That winter", "1862-WI"),
            ],
        ),
        (
            "The dam was finished in 1936 after five years of work. In July the first turbines "
            "started turning.",
            [("1936", "1936"), ("July", "1936-07")],
        ),
        # the text's time moves on with "two years later", "the following spring"
        (
            "In 1989 the wall fell. Two years later the country was reunified. In October the "
            "first joint elections were held.",
            [("1989", "1989"), ("Two years later", "1991"), ("October", "1991-10")],
        ),
        (
            "The dam was finished in 1936. The following year the turbines started. That summer "
            "the lake filled. The following spring a road was built along the shore.",
            [
                ("1936", "1936"),
                ("The following year", "1937"),
                ("That summer", "1937-SU"),
                ("The following spring", "1938-SP"),
            ],
        ),
        # each date that took the text's year carries it on, past the two-sentence reach
        (
            "The siege began in 1429. The relief force reached the city on 29 April. The "
            "defenders held their forts for another week. Several of them fell on 7 May. The "
            "besiegers withdrew the next day. By June the whole valley was free.",
            [
                ("1429", "1429"),
                ("29 April", "1429-04-29"),
                ("7 May", "1429-05-07"),
                ("the next day", "1429-05-08"),
                ("June", "1429-06"),
            ],
        ),
        # a season or a holiday that took the text's year carries it on too
        (
            "The regiment was raised in 1862 in Ohio. It drilled through the winter near "
            "Columbus. Its colonel was a lawyer from Dayton. It fought at Shiloh in April.",
            [("1862", "1862"), ("the winter", "1862-WI"), ("April", "1862-04")],
        ),
        (
            "The rebellion began in 1916. By Easter the rebels had taken the post office.",
            [("1916", "1916"), ("Easter", "1916-04-23")],
        ),
        # news time comes back with a date counted from the DCT
        (
            "The king died in 1422. On Tuesday, historians gathered at his tomb to mark the "
            "anniversary. In October a new museum will open there.",
            [("1422", "1422"), ("Tuesday", "2019-12-17"), ("October", "2020-10")],
        ),
        # narrative time moves forward, unless the past perfect looks back
        (
            "The truce agreed in September 2018 collapsed within weeks. In November fighting "
            "resumed around the airport, and by March the front had barely moved.",
            [("September 2018", "2018-09"), ("November", "2018-11"), ("March", "2019-03")],
        ),
        (
            "In 1941 the army massed along the frontier. In December it reached the capital. "
            "In March it launched a new offensive.",
            [("1941", "1941"), ("December", "1941-12"), ("March", "1942-03")],
        ),
        (
            "In 1941 the army massed along the frontier. In December it reached the capital. "
            "In March it had already lost half its tanks.",
            [("1941", "1941"), ("December", "1941-12"), ("March", "1941-03")],
        ),
        # ... to the nearer year: December, then November is a step back
        (
            "By late March 2016 the militia had 900 fighters, and 5,000 in December. Its leader "
            "said in November that it would fight on.",
            [("late March 2016", "2016-03"), ("December", "2016-12"), ("November", "2016-11")],
        ),
        # a framing year holds until news time comes back
        (
            "In 1941 the army massed along the frontier. On 22 June it crossed the border.",
            [("1941", "1941"), ("22 June", "1941-06-22")],
        ),
    ],
)
def test_narrative_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # news: the DCT and the tense
        (
            "The minister met him on Monday. The talks will resume in March.",
            [("Monday", "2019-12-23"), ("March", "2020-03")],
        ),
        # mixed: a life's year, then news time
        (
            "The president was born in 1946 in Queens. He said on Tuesday that he would not "
            "attend the summit in January.",
            [("1946", "1946"), ("Tuesday", "2019-12-17"), ("January", "2020-01")],
        ),
        # the tense points the other way from the text's year: news time
        (
            "The theatre was built in 1931. In March it will reopen after two years of repairs.",
            [("1931", "1931"), ("March", "2020-03")],
        ),
        # a coming year lends itself to future-tense dates
        (
            "The new stadium is due to be finished in 2022. It will open in March with a cup "
            "final.",
            [("2022", "2022"), ("March", "2022-03")],
        ),
        # a deadline set by a promise points ahead whatever the tense; a past deadline not
        (
            "The minister visited the town on Monday and promised a new bridge by March.",
            [("Monday", "2019-12-23"), ("March", "2020-03")],
        ),
        (
            "The troops withdrew by March, officials said.",
            [("March", "2019-03")],
        ),
        # a year in a relative clause is background to its sentence
        (
            "Police said the suspect, who was arrested in 2017 for fraud, fled the country in "
            "August.",
            [("2017", "2017"), ("August", "2019-08")],
        ),
        # an age moves the story on by years the text does not give
        (
            "Born in Lyon in 1871, she moved to Paris at the age of twenty. In May she enrolled "
            "at the Sorbonne.",
            [("1871", "1871"), ("May", "2019-05")],
        ),
        # no verb, no story: a caption is in news time
        (
            "Protesters outside parliament in 2016. Riot police in the square on June 24.",
            [("2016", "2016"), ("June 24", "2019-06-24")],
        ),
        # a year after "since" opens a range to now
        (
            "Violence has worsened since the killing of the mayor in May 2016. In November "
            "gangs seized the port.",
            [("May 2016", "2016-05"), ("November", "2019-11")],
        ),
        # a day close to the DCT is news time
        (
            "The firm was founded in 1987 by two engineers. On December 2 it announced 300 "
            "job cuts.",
            [("1987", "1987"), ("December 2", "2019-12-02")],
        ),
        # a year opening a range to now, naming a thing, or compared with is no story time
        (
            "He has been arrested several times since 1990. His car was found abandoned in "
            "October.",
            [("1990", "1990"), ("October", "2019-10")],
        ),
        (
            "Turnout fell sharply after the 1994 election. In October the party chose a new "
            "leader.",
            [("1994", "1994"), ("October", "2019-10")],
        ),
        (
            "Exports reached their highest level since 2007. In October they fell again.",
            [("2007", "2007"), ("October", "2019-10")],
        ),
        # the text's time is a coming one: "that summer" is that one
        (
            "The talks will resume next summer. That summer will be decisive.",
            [("next summer", "2020-SU"), ("That summer", "2020-SU")],
        ),
        # three sentences on, in a new paragraph, the passing year no longer reaches
        (
            "The bridge was opened in 1931.\n\nIn October it was closed after a crack was found.",
            [("1931", "1931"), ("October", "2019-10")],
        ),
    ],
)
def test_news_and_mixed(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Problems that spring from poverty grew worse in 1998.",
        "Shares that fall sharply are sold first, traders said in 2015.",
    ],
)
def test_that_spring_the_verb(text: str) -> None:
    assert all("SP" not in v and "FA" not in v for _, v in values(text))


def test_a_year_counted_from_the_dct_is_the_texts_year() -> None:
    # written in April: "last February" is the one a year back, and so is the February after it
    text = (
        "The striker was banned for a brawl in a cup match last February. He had been sent "
        "off in the final minutes of the game in February."
    )
    got = [(d.timex.text, d.timex.value) for d in dated_sentences(text, datetime.date(2023, 4, 7))]
    assert got == [("last February", "2022-02"), ("February", "2022-02")]
