"""The rule families on real-looking news sentences. DCT: Monday 2019-12-23 unless noted."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2019, 12, 23)


def timexes(text: str, dct: datetime.date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def dates(text: str, dct: datetime.date | None = DCT) -> list[tuple[str, str | None, str]]:
    return [(d.start, d.end_date, d.precision) for d in dated_sentences(text, dct) if not d.around]


_CASES = [
    # absolute dates
    (
        "The ceasefire was agreed on October 24, 2019 in Ankara.",
        [("October 24, 2019", "DATE", "2019-10-24")],
    ),
    (
        "Elections were held on 24 October 2019 across the country.",
        [("24 October 2019", "DATE", "2019-10-24")],
    ),
    ("The deal took effect on 2019-10-24.", [("2019-10-24", "DATE", "2019-10-24")]),
    (
        "The vote was set for 2019-10-24 10:00 but delayed.",
        [("2019-10-24 10:00", "TIME", "2019-10-24T10:00")],
    ),
    (
        "The treaty was signed on Monday, December 16, 2019.",
        [("Monday, December 16, 2019", "DATE", "2019-12-16")],
    ),
    ("The war began in 2011 and has not ended.", [("2011", "DATE", "2011")]),
    ("Protests erupted in March 2011 in Daraa.", [("March 2011", "DATE", "2011-03")]),
    ("Rebels launched an offensive in late 2018.", [("late 2018", "DATE", "2018")]),
    # TimeML puts the determiner inside: "the 1990s", "the spring of 2018"
    ("The plant opened in the 1990s.", [("the 1990s", "DATE", "199")]),
    ("The company was founded in the 19th century.", [("the 19th century", "DATE", "18")]),
    (
        "Unemployment hit 10.2 percent in the fourth quarter of 2008, the highest since 1983.",
        [("the fourth quarter of 2008", "DATE", "2008-Q4"), ("1983", "DATE", "1983")],
    ),
    ("They met in the spring of 2018.", [("the spring of 2018", "DATE", "2018-SP")]),
    # year-less dates take their year from tense and DCT
    ("The report was released Oct. 24 by the ministry.", [("Oct. 24", "DATE", "2019-10-24")]),
    ("The minister visited Kabul on October 24.", [("October 24", "DATE", "2019-10-24")]),
    ("The vote will be held on October 24.", [("October 24", "DATE", "2020-10-24")]),
    ("The trial is scheduled for January 15.", [("January 15", "DATE", "2020-01-15")]),
    ("The May 5 meeting was cancelled.", [("May 5", "DATE", "2019-05-05")]),
    (
        "The talks, which began on Oct. 3, will end on Oct. 10.",
        [("Oct. 3", "DATE", "2019-10-03"), ("Oct. 10", "DATE", "2020-10-10")],
    ),
    # weekdays by tense
    ("Officials arrived in Moscow on Monday.", [("Monday", "DATE", "2019-12-23")]),
    (
        "The minister said on Sunday that talks would continue.",
        [("Sunday", "DATE", "2019-12-22")],
    ),
    ("The two leaders will meet on Friday in Geneva.", [("Friday", "DATE", "2019-12-27")]),
    ("On Friday, the ministry will announce the result.", [("Friday", "DATE", "2019-12-27")]),
    (
        "Voting took place on Thursday and results are due on Saturday.",
        [("Thursday", "DATE", "2019-12-19"), ("Saturday", "DATE", "2019-12-28")],
    ),
    (
        "The law takes effect January 1, 2020, officials said Friday.",
        [("January 1, 2020", "DATE", "2020-01-01"), ("Friday", "DATE", "2019-12-20")],
    ),
    ("The minister resigned last Friday.", [("last Friday", "DATE", "2019-12-20")]),
    ("They will meet next Thursday.", [("next Thursday", "DATE", "2019-12-26")]),
    (
        "A girl was rescued on Saturday morning.",
        [("Saturday morning", "TIME", "2019-12-21TMO")],
    ),
    # yesterday / today / tomorrow / tonight
    (
        "Police said yesterday that three people were arrested.",
        [("yesterday", "DATE", "2019-12-22")],
    ),
    ("The court will rule tomorrow on the appeal.", [("tomorrow", "DATE", "2019-12-24")]),
    ("The summit opens today in Brussels.", [("today", "DATE", "2019-12-23")]),
    ("Fighting resumed tonight near the border.", [("tonight", "TIME", "2019-12-23TNI")]),
    ("He said last night the talks had failed.", [("last night", "TIME", "2019-12-22TNI")]),
    # last / next / this unit
    ("Prices rose sharply last week.", [("last week", "DATE", "2019-W51")]),
    ("The company plans to report earnings next month.", [("next month", "DATE", "2020-01")]),
    ("Exports fell this year by four percent.", [("this year", "DATE", "2019")]),
    ("Earlier this month, the bank raised rates.", [("Earlier this month", "DATE", "2019-12")]),
    ("The measure was approved late last year.", [("late last year", "DATE", "2018")]),
    ("Sales fell in the third quarter.", [("the third quarter", "DATE", "2019-Q3")]),
    ("Last summer the river flooded.", [("Last summer", "DATE", "2019-SU")]),
    ("They met again last March.", [("last March", "DATE", "2019-03")]),
    # N units ago
    ("The bridge collapsed three days ago.", [("three days ago", "DATE", "2019-12-20")]),
    ("He resigned two weeks ago.", [("two weeks ago", "DATE", "2019-W50")]),
    ("The law was passed five years ago.", [("five years ago", "DATE", "2014")]),
    # anchored: a day after/before, N days later, the next day. TimeML marks the amount as a
    # DURATION and leaves "later"/"after" to a signal (the timeline still dates it: see below);
    # in apposition to a date ("on Sunday, three days after ...") the phrase names a day.
    (
        "Talks collapsed on March 3, and a day later the army moved in.",
        [("March 3", "DATE", "2019-03-03"), ("a day", "DURATION", "P1D")],
    ),
    (
        "The strike began a day after the March 3 vote.",
        [("a day", "DURATION", "P1D"), ("March 3", "DATE", "2019-03-03")],
    ),
    (
        "A new round of talks began on Sunday, three days after the ceasefire collapsed.",
        [("Sunday", "DATE", "2019-12-22"), ("three days after", "DATE", "2019-12-19")],
    ),
    ("The strike ended two days after workers walked out.", [("two days", "DURATION", "P2D")]),
    # durations
    ("He has served as mayor for nine months.", [("nine months", "DURATION", "P9M")]),
    ("The agency announced a three-year plan.", [("three-year", "DURATION", "P3Y")]),
    (
        "The 24-hour strike ended at midnight.",
        [("24-hour", "DURATION", "PT24H"), ("midnight", "TIME", "2019-12-23T00:00")],
    ),
    (
        "The project will take two years and cost $2 billion.",
        [("two years", "DURATION", "P2Y")],
    ),
    ("Sales rose 5% in the past three months.", [("the past three months", "DURATION", "P3M")]),
    ("A 3-year-old girl was found.", []),
    # vague references
    (
        "The firm has recently cut jobs and is now hiring again.",
        [("recently", "DATE", "PAST_REF"), ("now", "DATE", "PRESENT_REF")],
    ),
    (
        "In the past, the town relied on fishing; in the future it will rely on tourism.",
        [("the past", "DATE", "PAST_REF"), ("the future", "DATE", "FUTURE_REF")],
    ),
    ("The rebels have made gains in recent weeks.", [("recent weeks", "DATE", "PAST_REF")]),
    ("Prices will rise in the coming months.", [("the coming months", "DATE", "FUTURE_REF")]),
    # times
    (
        "The attack happened at 10 a.m. on Monday.",
        [("10 a.m.", "TIME", "2019-12-23T10:00"), ("Monday", "DATE", "2019-12-23")],
    ),
    (
        "Trading closed at 4:30 p.m. local time.",
        [("4:30 p.m. local time", "TIME", "2019-12-23T16:30")],
    ),
    # sets
    ("The council meets every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2")]),
    ("The team has played twice a year.", [("twice a year", "SET", "P1Y")]),
    # ranges
    ("Libya has been in chaos since 2011.", [("2011", "DATE", "2011")]),
    (
        "The festival ran from March to May 2011.",
        [("March", "DATE", "2011-03"), ("May 2011", "DATE", "2011-05")],
    ),
    (
        "Between 2001 and 2005 the economy grew.",
        [("2001", "DATE", "2001"), ("2005", "DATE", "2005")],
    ),
    # numbers that are not years, words that are not months
    ("Some 2000 troops were deployed.", []),
    ("The dollar fell 2.5% to 1,2011 yen.", []),
    ("You may march on the capital, he said.", []),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_timexes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose sharply last week.", [("2019-12-16", "2019-12-22", "week")]),
        ("Libya has been in chaos since 2011.", [("2011", "2019-12-23", "year")]),
        ("Turkey has backed the rebels since last month.", [("2019-11", "2019-12-23", "month")]),
        (
            "LNA has been trying to seize the capital for nine months.",
            [("2019-03", "2019-12", "month")],
        ),
        ("Sales rose 5% in the past three months.", [("2019-09", "2019-12", "month")]),
        ("Fighting has raged for three days.", [("2019-12-20", "2019-12-23", "day")]),
        # "for" without a perfect, or under an absolute date, is not counted from the DCT
        ("He was jailed for nine months.", []),
        ("In 2005 he has served for nine months.", [("2005", None, "year")]),
        ("The festival ran from March to May.", [("2019-03", "2019-05", "month")]),
        ("The festival ran from March to May 2011.", [("2011-03", "2011-05", "month")]),
        ("Between 2001 and 2005 the economy grew.", [("2001", "2005", "year")]),
        ("The rebels have made gains in recent weeks.", [("2019-12-02", "2019-12-23", "fuzzy")]),
        ("In recent months, prices rose.", [("2019-09", "2019-12", "fuzzy")]),
        ("Prices will rise in the coming days.", [("2019-12-23", "2019-12-26", "fuzzy")]),
        ("The firm has recently cut jobs and is now hiring again.", []),
        (
            "The attack happened at 10 a.m. on Monday.",
            # one moment: the day stamps the clock time (`reader_tidy`), no second event
            [("2019-12-23T10:00", None, "minute")],
        ),
        ("The plant opened in the 1990s.", [("1990", "1999", "decade")]),
        ("Sales fell in the third quarter.", [("2019-07", "2019-09", "quarter")]),
        ("They met in the spring of 2018.", [("2018-03", "2018-05", "season")]),
        ("A girl was rescued on Saturday morning.", [("2019-12-21", None, "day")]),
        ("The council meets every Tuesday.", []),
        ("He said on Monday he arrived on Monday.", [("2019-12-23", None, "day")]),
        # TIMEX3 marks "a day" (DURATION), the timeline still places the day after March 3
        (
            "Talks collapsed on March 3, and a day later the army moved in.",
            [("2019-03-03", None, "day"), ("2019-03-04", None, "day")],
        ),
        (
            "The strike began a day after the March 3 vote.",
            [("2019-03-04", None, "day"), ("2019-03-03", None, "day")],
        ),
    ],
)
def test_dated_sentences(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert dates(text) == expected


def test_history_text_takes_its_own_year() -> None:
    text = "In 1941 the army crossed the river. On 22 June it reached Brest."
    assert timexes(text, None) == [("1941", "DATE", "1941"), ("22 June", "DATE", "1941-06-22")]
    assert dates(text, DCT) == [("1941", None, "year"), ("1941-06-22", None, "day")]


def test_narrative_anchors_count_from_the_last_date() -> None:
    text = "On 22 June 1941 Germany invaded. The next day, Soviet aircraft were destroyed."
    assert timexes(text, None) == [
        ("22 June 1941", "DATE", "1941-06-22"),
        ("The next day", "DATE", "1941-06-23"),
    ]


def test_news_time_resumes_after_a_relative_date() -> None:
    # "last month" puts the text back in news time: "October 24" is then the DCT's year.
    text = "The war began in 2011. Last month rebels attacked, and on October 24 they retreated."
    assert timexes(text)[-1] == ("October 24", "DATE", "2019-10-24")


def test_without_dct_relative_expressions_use_placeholders() -> None:
    text = (
        "The delegation arrived on Monday, met officials last month, left three days ago "
        "and will return on October 24."
    )
    assert timexes(text, None) == [
        ("Monday", "DATE", "XXXX-WXX-1"),
        ("last month", "DATE", "XXXX-XX"),
        ("three days ago", "DATE", "XXXX-XX-XX"),
        ("October 24", "DATE", "XXXX-10-24"),
    ]
    assert dates(text, None) == []


def test_weekday_on_a_monday_dct() -> None:
    # Past-tense news on a Monday: "on Monday" is the DCT itself, "last Monday" the one before.
    assert timexes("The delegation arrived on Monday.") == [("Monday", "DATE", "2019-12-23")]
    assert timexes("The delegation arrived last Monday.") == [("last Monday", "DATE", "2019-12-16")]


def test_other_dcts() -> None:
    wednesday = datetime.date(2020, 1, 1)
    assert timexes("He said on Monday that he would resign.", wednesday) == [
        ("Monday", "DATE", "2019-12-30")
    ]
    assert timexes("The bank said last month profits fell.", wednesday) == [
        ("last month", "DATE", "2019-12")
    ]
    assert timexes("The vote will take place on February 29.", wednesday) == [
        ("February 29", "DATE", "2020-02-29")
    ]


def test_every_rule_lists_the_words_its_matches_start_with() -> None:
    """The engine only tries a rule where one of its `starts` words occurs: a word missing
    there silently disables part of the rule. Check every match of every rule's own regex on
    the test sentences starts at a trigger that calls for the rule."""
    from db.dates.extract import _ENGLISH

    _BY_START, _KEYS = _ENGLISH.by_start, _ENGLISH.keys
    _SINGLES, _TRIGGER = _ENGLISH.singles, _ENGLISH.trigger
    from db.dates.rules import RULES

    corpus = "\n\n".join(
        [text for text, _ in _CASES]
        + ["'90s; every 3 days; Mondays; SEPTEMBER 3; Sept. 3; the twenty-first century"]
    )
    for ri, single in enumerate(_SINGLES):
        for m in single.finditer(corpus):
            t = _TRIGGER.match(corpus, m.start())
            assert t is not None, (RULES[ri].name, m.group())
            key = _KEYS.get(t.lastgroup or "") or t.group().lower()
            assert ri in _BY_START[key], (RULES[ri].name, m.group())


@pytest.mark.parametrize(
    "text, dct",
    [
        ("The city was built 9,999 centuries ago and has stood for 5,000 years.", DCT),
        ("On 0000-01-01 and 2019-02-30 and 13/13/2019 and February 30, the 0th century.", DCT),
        ("It will end next year, tomorrow, or in the next 3 years.", datetime.date(9999, 12, 31)),
        ("Yesterday, last week and a few days ago.", datetime.date(1, 1, 1)),
    ],
)
def test_out_of_range_dates_are_skipped_not_raised(text: str, dct: datetime.date) -> None:
    for t in find_timexes(text, dct):
        assert text[t.begin : t.end] == t.text
    dated_sentences(text, dct)


def test_impossible_dates_are_not_dates() -> None:
    assert timexes("Invalid: 0000-01-01, 13/13/2019, 2019-02-30. Valid: 1/2/2019.") == [
        ("1/2/2019", "DATE", "2019-01-02")
    ]
    assert timexes("It has stood for 5,000 years.") == [("5,000 years", "DURATION", "P5000Y")]


@pytest.mark.parametrize(
    "text",
    [
        "ON MONDAY the Talks resumed, and BY THE END OF 2019 the Deal was signed.",
        "The Summit opens Next Week; it was first held in MARCH 1998, Three Years Ago.",
        "THE LAST TWO WEEKS were calm. That Spring, in the 1990S, it was 10:30 P.M.",
    ],
)
def test_ascii_text_is_scanned_in_lower_case_with_the_same_hits(text):
    # ASCII text is scanned lowered by a case-sensitive trigger (faster); any other by the
    # case-insensitive one: a non-ASCII letter after the text must change nothing before it
    assert timexes(text) == timexes(text + " é")
    assert timexes(text)  # the cases do have expressions
