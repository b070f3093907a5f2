"""Every expression family of issue #3 on real-looking news sentences, with the values
TempEval-3 scores. DCT: Monday 2019-12-23 unless noted (test_dates_rules.py has more cases)."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2019, 12, 23)
WSJ_DCT = datetime.date(1989, 10, 26)  # a Thursday in earnings season


def timexes(text: str, dct: datetime.date | None = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, dct)]


def dates(text: str, dct: datetime.date | None = DCT) -> list[tuple[str, str | None, str]]:
    return [(d.start, d.end_date, d.precision) for d in dated_sentences(text, dct) if not d.around]


_CASES = [
    # ---- absolute forms
    ("Oct. 24, 2019 was the day of the raid.", [("Oct. 24, 2019", "DATE", "2019-10-24")]),
    ("The form was dated 10/24/2019 by the clerk.", [("10/24/2019", "DATE", "2019-10-24")]),
    ("The form was dated 24/10/2019 by the clerk.", [("24/10/2019", "DATE", "2019-10-24")]),
    ("The form was dated 3/4/2019 by the clerk.", [("3/4/2019", "DATE", "2019-03-04")]),
    ("The plant is due to open in mid-2019.", [("mid-2019", "DATE", "2019")]),
    ("The company reported a loss for fiscal 1989.", [("fiscal 1989", "DATE", "1989")]),
    ("Caesar was killed in 44 BC in Rome.", [("44 BC", "DATE", "BC0044")]),
    ("Vesuvius buried Pompeii in AD 79.", [("AD 79", "DATE", "0079")]),
    ("He was born in nineteen fifty-six.", [("nineteen fifty-six", "DATE", "1956")]),
    (
        "His promise to halve unemployment by the year two thousand was dropped.",
        [("the year two thousand", "DATE", "2000")],
    ),
    ("The 1998-99 season was his best.", [("1998-99", "DATE", "1998")]),
    ("The summit ran October 3-5 in Paris.", [("October 3-5", "DATE", "2019-10-03")]),
    # ---- weekdays by tense
    (
        "The minister met the envoy Wednesday, officials said.",
        [("Wednesday", "DATE", "2019-12-18")],
    ),
    ("The envoy will arrive Wednesday.", [("Wednesday", "DATE", "2019-12-25")]),
    (
        "Shares rose 2% above Friday's closing price.",
        [("Friday", "DATE", "2019-12-20")],
    ),
    (
        "The deadline runs until 9 a.m. Tuesday.",
        [("9 a.m. Tuesday", "TIME", "2019-12-24T09:00")],
    ),
    # ---- relative to the DCT
    ("The talks resumed this week in Geneva.", [("this week", "DATE", "2019-W52")]),
    ("Elections are expected next year.", [("next year", "DATE", "2020")]),
    ("The bill passed earlier this year.", [("earlier this year", "DATE", "2019")]),
    ("The flood hit two weeks ago.", [("two weeks ago", "DATE", "2019-W50")]),
    ("Profit fell in the first quarter.", [("the first quarter", "DATE", "2019-Q1")]),
    ("The plant will reopen in the first quarter.", [("the first quarter", "DATE", "2020-Q1")]),
    (
        "Sales will recover in the second half of next year.",
        [("the second half of next year", "DATE", "2020-H2")],
    ),
    ("The river froze last winter.", [("last winter", "DATE", "2018-WI")]),
    ("Rebels regrouped over the weekend.", [("the weekend", "DATE", "2019-W51-WE")]),
    ("The parliament will vote in three days.", [("three days", "DATE", "2019-12-26")]),
    (
        "Troops should arrive by the end of the month.",
        [("the end of the month", "DATE", "2019-12")],
    ),
    ("The company expects to close the deal by year-end.", [("year-end", "DATE", "2019")]),
    # ---- holidays
    ("Shops will open on Christmas Day.", [("Christmas Day", "DATE", "2019-12-25")]),
    ("The boy was found on Thanksgiving Day.", [("Thanksgiving Day", "DATE", "2019-11-28")]),
    ("Pilgrims gathered for Easter 2019.", [("Easter 2019", "DATE", "2019-04-21")]),
    # ---- year-less dates
    (
        "Directors authorized a split, payable Jan. 15 to holders of record.",
        [("Jan. 15", "DATE", "2020-01-15")],
    ),
    ("The strike began on March 3.", [("March 3", "DATE", "2019-03-03")]),
    # ---- durations
    ("He spent 2 1/2 years in prison.", [("2 1/2 years", "DURATION", "P2Y6M")]),
    ("The embargo lasted two decades.", [("two decades", "DURATION", "P20Y")]),
    ("Talks went on for nearly two years.", [("nearly two years", "DURATION", "P2Y")]),
    (
        "Profit rose in the nine months to September.",
        [
            ("the nine months", "DURATION", "P9M"),
            ("September", "DATE", "2019-09"),
        ],
    ),
    # ages and rates are not times
    ("Mr. Reupke, 52 years old, resigned.", []),
    ("The airline runs four flights a week to Bombay.", []),
    # ---- times of day
    (
        # a timetable's present looks ahead, plural as "closes" does (`plural_timetable`)
        "Polls close at 10 p.m. Wednesday across the state.",
        [("10 p.m. Wednesday", "TIME", "2019-12-25T22:00")],
    ),
    ("The blast came early Sunday morning.", [("early Sunday morning", "TIME", "2019-12-22TMO")]),
    # ---- vague references
    (
        "Investors are currently wary, and prices may fall in the coming months.",
        [("currently", "DATE", "PRESENT_REF"), ("the coming months", "DATE", "FUTURE_REF")],
    ),
    ("The mayor recently resigned.", [("recently", "DATE", "PAST_REF")]),
    # "previously" dates nothing (TimeML corpora mostly leave it unmarked); "soon" under a
    # future verb is a coming time, in a told past ("was soon released") nothing
    (
        "He had previously said the talks would resume soon.",
        [("soon", "DATE", "FUTURE_REF")],
    ),
    ("He was soon released from the hospital.", []),
    ("They agreed to leave as soon as the talks ended.", []),
    (
        "Prosecutors told him that they may soon seek an indictment.",
        [("soon", "DATE", "FUTURE_REF")],
    ),
    (
        "The company will liquidate the unit as soon as possible.",
        [("as soon as possible", "DATE", "FUTURE_REF")],
    ),
    # "current" before a noun is the present; the noun "current" and "current account" are not
    (
        "Kellogg's current share is believed to be slightly under 40%.",
        [("current", "DATE", "PRESENT_REF")],
    ),
    ("The delay was caused by current market conditions.", [("current", "DATE", "PRESENT_REF")]),
    (
        "Holders may buy shares at half the then current market price.",
        [("then current", "DATE", "PAST_REF")],
    ),
    ("The current was too strong for the swimmers.", []),
    ("The current account deficit widened.", []),
    # adjectival "daily"/"weekly" recur; "average daily volume", "its quarterly dividend" do not
    (
        "Clinton said so in his weekly radio address.",
        [("weekly", "SET", "P1W")],
    ),
    ("Cuba held what has become a daily public rally.", [("daily", "SET", "P1D")]),
    ("It is under 5% of Nasdaq's average daily volume.", []),
    ("Du Pont also raised its quarterly dividend.", []),
    # "last <month>": the latest one over, but a year back when this year's has just gone
    ("The vote was held last June.", [("last June", "DATE", "2019-06")]),
    # in December, this November would be "last month": "last November" is 2018's
    ("He was suspended last November.", [("last November", "DATE", "2018-11")]),
    ("Prices peaked last December.", [("last December", "DATE", "2018-12")]),
    # centuries with an era; the end of a decade or quarter
    ("The temple dates from the 3rd century BC.", [("the 3rd century BC", "DATE", "BC02")]),
    ("It was built in the 5th century AD.", [("the 5th century AD", "DATE", "04")]),
    ("By the end of the decade, emissions must fall.", [("the end of the decade", "DATE", "201")]),
    (
        "Growth will pick up by the end of the quarter.",
        [("the end of the quarter", "DATE", "2019-Q4")],
    ),
    ("Profit fell at the end of the quarter.", [("the end of the quarter", "DATE", "2019-Q3")]),
    # shopping days after US Thanksgiving
    ("Black Friday sales rose 7%.", [("Black Friday", "DATE", "2019-11-29")]),
    # a run of days written with a word: after "from", or with "through"
    ("The survey ran from Nov. 3 to 7.", [("Nov. 3 to 7", "DATE", "2019-11-03")]),
    ("Prices fell Nov. 3 to 7 percent.", [("Nov. 3", "DATE", "2019-11-03")]),
    # "this past" is the latest one over
    ("The plant closed this past spring.", [("this past spring", "DATE", "2019-SP")]),
    ("He arrived this past Sunday.", [("this past Sunday", "DATE", "2019-12-22")]),
    ("It rained this past March.", [("this past March", "DATE", "2019-03")]),
    # "the past year": TimeBank's DATE, the year before the DCT's
    ("Hate groups grew over the past year.", [("the past year", "DATE", "2018")]),
    # vague future spans
    ("The vote was put off to a later date.", [("a later date", "DATE", "FUTURE_REF")]),
    ("Prices may fall in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    # a part of the day on its own: the DCT's, or the day right after it
    (
        "By mid afternoon, sources said the talks had failed.",
        [("mid afternoon", "TIME", "2019-12-23TAF")],
    ),
    (
        "In London at mid-afternoon yesterday, shares were up.",
        [("mid-afternoon yesterday", "TIME", "2019-12-22TAF")],
    ),
    ("Dealers placed buy orders in the morning.", [("the morning", "TIME", "2019-12-23TMO")]),
    ("He watched the evening news.", []),
    # a part of the day in a sentence about another time is no morning of the DCT's
    (
        "In 1941, the army attacked in the morning.",
        [("1941", "DATE", "1941"), ("the morning", "TIME", "XXXX-XX-XXTMO")],
    ),
    # names that look like times
    ("Gonzalez said so on CBS's 60 Minutes.", []),
    ("The poster showed Gary Cooper from the film High Noon.", []),
    ("The talks resume at noon.", [("noon", "TIME", "2019-12-23T12:00")]),
    # "a couple of" counts two, as TimeML does
    (
        "Rates should stay low for the next couple of years.",
        [("the next couple of years", "DURATION", "P2Y")],
    ),
    # ---- durations with a word between the number and the unit
    (
        "The boy will remain in the country for at least two more weeks.",
        [("at least two more weeks", "DURATION", "P2W")],
    ),
    (
        "The loan may be extended for an additional year by the lenders.",
        [("an additional year", "DURATION", "P1Y")],
    ),
    (
        "Eight trading days after the crash, the index had recovered.",
        [("Eight trading days", "DURATION", "P8D")],
    ),
    # ---- an unstated number of units after "for", "within", "in"
    (
        "The activist had moved from protest to protest for years.",
        [("years", "DURATION", "PXY")],
    ),
    (
        "Officials said he probably died within weeks or months of his capture.",
        [("weeks or months", "DURATION", "PXW")],
    ),
    ("The region was ruled by the Ottomans for hundreds of years.", []),
    # ---- "a second": the ordinal before a noun, one second otherwise
    ("A second group of three company directors filed suit.", []),
    ("It will be a second betrayal, said his aunt.", []),
    ("The pilot hesitated for a second before landing.", [("a second", "DURATION", "PT1S")]),
    # ---- names, not dates: a title-case "Today" after a name, a title-case "This Week"
    ("The senator told USA Today that he would run again.", []),
    (
        'Baker said on ABC-TV\'s "This Week With David Brinkley" that the talks failed.',
        [],
    ),
    ("Today the talks resumed in Geneva.", [("Today", "DATE", "2019-12-23")]),
    # ---- "the previous Friday", "the week of March 6"
    (
        "The index closed lower on Friday, down 4.5% from the previous Friday.",
        [("Friday", "DATE", "2019-12-20"), ("the previous Friday", "DATE", "2019-12-13")],
    ),
    (
        "The dispute may be resolved at a court hearing the week of March 6.",
        [("the week of March 6", "DATE", "2020-W10")],
    ),
]


@pytest.mark.parametrize("text, expected", _CASES)
def test_families(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert timexes(text) == expected


# ---- WSJ-style reporting periods ("the quarter", "a year ago" = the same quarter back then)

_WSJ = (
    "Du Pont Co. reported that third-quarter profit grew 19% from a year ago. "
    "Net income in the latest quarter rose to $461 million. "
    "In the year-earlier period, the company earned $387 million. "
    "Sales in the quarter were $8.59 billion, up from $7.85 billion a year earlier. "
    "For the year, the company expects record profit. "
    "The year-earlier results included a gain."
)


def test_an_adjective_in_un_ed_is_no_past_tense() -> None:
    # "unspecified" is not a verb: "would be paid" decides, and January is the next one
    text = "The dividend would be paid on a still unspecified date in January to holders."
    assert timexes(text, WSJ_DCT) == [("January", "DATE", "1990-01")]


def test_reporting_periods_follow_the_quarter_in_focus() -> None:
    assert timexes(_WSJ, WSJ_DCT) == [
        ("third-quarter", "DATE", "1989-Q3"),
        ("a year ago", "DATE", "1988-Q3"),
        ("the latest quarter", "DATE", "1989-Q3"),
        ("the year-earlier period", "DATE", "1988-Q3"),
        ("the quarter", "DATE", "1989-Q3"),
        ("a year earlier", "DATE", "1988-Q3"),
        ("the year", "DATE", "1989"),
        ("year-earlier", "DATE", "1988-Q3"),
    ]


def test_last_month_name_just_gone_is_a_year_back() -> None:
    # In April 2023 "last February" is February 2022 (this year's would be "in February")
    april = datetime.date(2023, 4, 7)
    text = "The ban was for doping in a fight last February against Kell Brook."
    assert timexes(text, april) == [("last February", "DATE", "2022-02")]
    assert timexes("Talks stalled last October.", april) == [("last October", "DATE", "2022-10")]
    assert timexes("Talks stalled last January.", april) == [("last January", "DATE", "2023-01")]


def test_putting_off_points_ahead_whatever_the_tense() -> None:
    december = datetime.date(2023, 12, 14)
    text = "The vote, originally planned for December, has been postponed until spring."
    assert timexes(text, december) == [
        ("December", "DATE", "2023-12"),
        ("spring", "DATE", "2024-SP"),
    ]
    assert timexes("The trial was adjourned until March 3.", december) == [
        ("March 3", "DATE", "2024-03-03")
    ]
    assert timexes("He stayed there until March.", december) == [("March", "DATE", "2023-03")]


def test_a_past_event_in_a_month_just_ahead_is_last_years() -> None:
    # A past verb still allows a date just ahead ("authorized a split, payable Dec. 7"), but not
    # when the month is that verb's own time ("first reported in early January").
    november = datetime.date(2023, 11, 22)
    text = "The outbreak, first reported in early January, had spread by mid-February."
    assert timexes(text, november) == [
        ("early January", "DATE", "2023-01"),
        ("mid-February", "DATE", "2023-02"),
    ]
    text = "Directors authorized a 3-for-2 split, payable Jan. 7 to stock of record."
    assert timexes(text, november) == [("Jan. 7", "DATE", "2024-01-07")]
    text = "The fight goes on if they lose when the case is heard in January."
    assert timexes(text, november) == [("January", "DATE", "2024-01")]


def test_a_timetable_present_looks_ahead() -> None:
    wednesday = datetime.date(2023, 11, 22)
    text = "The film premiered at Cannes in May and opens in cinemas on Friday."
    assert timexes(text, wednesday) == [
        ("May", "DATE", "2023-05"),
        ("Friday", "DATE", "2023-11-24"),
    ]
    assert timexes("The summit begins Monday in Paris.", wednesday) == [
        ("Monday", "DATE", "2023-11-27")
    ]


def test_coordinated_weekdays_deadlines_and_the_new_year() -> None:
    wednesday = datetime.date(2023, 11, 22)
    assert timexes("Talks will continue next Tuesday and Wednesday.", wednesday) == [
        ("next Tuesday", "DATE", "2023-11-28"),
        ("Wednesday", "DATE", "2023-11-29"),
    ]
    assert timexes("They met last Monday and Tuesday.", wednesday) == [
        ("last Monday", "DATE", "2023-11-20"),
        ("Tuesday", "DATE", "2023-11-21"),
    ]
    assert timexes("The minister has until Friday to respond.", wednesday) == [
        ("Friday", "DATE", "2023-11-24")
    ]
    assert timexes("Results will be published in the new year.", wednesday) == [
        ("the new year", "DATE", "2024")
    ]
    assert timexes("The New Year's Eve party was cancelled.", wednesday) == [
        ("New Year's Eve", "DATE", "2023-12-31")
    ]


def test_some_sunday_and_a_plan_that_was() -> None:
    wednesday = datetime.date(2023, 11, 22)
    text = "The tournament runs until 18 December, with the final on a Sunday."
    assert timexes(text, wednesday)[-1] == ("Sunday", "DATE", "XXXX-WXX-7")
    text = "Riots followed the police shooting during a Tuesday traffic stop."
    assert timexes(text, wednesday) == [("Tuesday", "DATE", "2023-11-21")]
    text = "He had been due to appear in court on Thursday but the hearing was moved."
    assert timexes(text, wednesday) == [("Thursday", "DATE", "2023-11-16")]
    text = "He is due to appear in court on Thursday."
    assert timexes(text, wednesday) == [("Thursday", "DATE", "2023-11-23")]


def test_since_counts_from_a_date_gone_by_whatever_the_verb() -> None:
    november = datetime.date(2023, 11, 22)
    text = (
        "The minister will visit Kyiv on 5 December, her first trip since taking office in "
        "September."
    )
    assert timexes(text, november) == [
        ("5 December", "DATE", "2023-12-05"),
        ("September", "DATE", "2023-09"),
    ]
    assert timexes("Prices have doubled since December.", november) == [
        ("December", "DATE", "2022-12")
    ]


def test_a_date_naming_a_thing_does_not_move_the_story() -> None:
    # "the November 27 agreement" names the agreement; "the following day" is the day after
    # the summit the story is about.
    text = (
        "Foreign ministers gathered in Cairo on Wednesday. They concluded that the November 27 "
        "maritime border agreement is null and void. In a press release issued the following "
        "day, Turkey denounced the conclusions."
    )
    assert timexes(text, datetime.date(2020, 1, 11)) == [
        ("Wednesday", "DATE", "2020-01-08"),
        ("November 27", "DATE", "2019-11-27"),
        ("the following day", "DATE", "2020-01-09"),
    ]


def test_a_longer_period_compares_with_last_years_period() -> None:
    # the nine months' comparison is with 1988's nine months, not with its third quarter
    text = (
        "RMS had a loss of $158,666 in the third quarter, compared with a year-earlier loss "
        "of $26,956. For the nine months, the company reported a net loss of $608,413, "
        "compared with year-earlier net income of $967,809. Revenue was $5 million, "
        "against $4 million a year earlier."
    )
    assert timexes(text, WSJ_DCT) == [
        ("the third quarter", "DATE", "1989-Q3"),
        ("year-earlier", "DATE", "1988-Q3"),
        ("the nine months", "DURATION", "P9M"),
        ("year-earlier", "DATE", "1988"),
        ("a year earlier", "DATE", "1988-Q3"),
    ]


def test_without_a_quarter_named_a_year_ago_is_a_year() -> None:
    assert timexes("Exports rose 4% from a year ago.", WSJ_DCT) == [("a year ago", "DATE", "1988")]
    # "the quarter" alone: the last one over by the DCT
    assert timexes("Profit fell in the quarter.", WSJ_DCT) == [("the quarter", "DATE", "1989-Q3")]


def test_a_fiscal_year_ended_is_a_span() -> None:
    assert timexes("For the year ended March 31, revenue rose.", WSJ_DCT)[0] == (
        "the year",
        "DURATION",
        "P1Y",
    )


# ---- narrative year vs news time


def test_a_year_in_passing_does_not_move_a_news_story() -> None:
    # "bonds due 1993" is not the story's year: "Nov. 21" is the one after the DCT
    text = "Each right buys bonds due 1993. The rights, which expire Nov. 21, sell for $100."
    assert timexes(text, WSJ_DCT)[-1] == ("Nov. 21", "DATE", "1989-11-21")


def test_a_framing_year_still_anchors_a_history() -> None:
    text = "In 1941, the army crossed the river. On 22 June it reached Brest."
    assert timexes(text)[-1] == ("22 June", "DATE", "1941-06-22")


def test_near_the_dct_a_yearless_date_is_news_time_even_in_a_narrative() -> None:
    text = "In 1988, the two armies signed a truce. Iraq invaded Kuwait on Aug. 2."
    assert timexes(text, datetime.date(1990, 8, 15))[-1] == ("Aug. 2", "DATE", "1990-08-02")


def test_a_parallel_comparison_repeats_its_period() -> None:
    text = "Net rose to $5 million from $4 million a year ago. Sales were flat a year earlier."
    assert [v for *_, v in timexes(text)] == ["2018", "2018"]


# ---- ranges on the timeline


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The summit ran October 3-5 in Paris.", [("2019-10-03", "2019-10-05", "day")]),
        ("The survey ran from Nov. 3 to 7.", [("2019-11-03", "2019-11-07", "day")]),
        ("In 1941, the army attacked in the morning.", [("1941", None, "year")]),
        ("The 1998-99 season was his best.", [("1998", "1999", "year")]),
        ("Libya has been in chaos since 2011.", [("2011", "2019-12-23", "year")]),
        ("The festival ran from March to May.", [("2019-03", "2019-05", "month")]),
        (
            "Sales will recover in the second half of next year.",
            [("2020-07", "2020-12", "month")],
        ),
        # before year 1: astronomical years, as db.timekeys numbers them (1 BC is year 0)
        ("Caesar was killed in 44 BC in Rome.", [("-0043", None, "year")]),
    ],
)
def test_ranges(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert dates(text) == expected


def test_new_rules_list_their_first_words() -> None:
    """The trigger check of test_dates_rules.py, over this file's sentences."""
    from db.dates.extract import _ENGLISH

    _BY_START, _KEYS = _ENGLISH.by_start, _ENGLISH.keys
    _SINGLES, _TRIGGER = _ENGLISH.singles, _ENGLISH.trigger
    from db.dates.rules import RULES

    extra = (
        "the third-quarter loss; the fiscal-first quarter; the '80s; the mid-1990s; the 1988 "
        "period; last year's quarter; 24-hour; 3-5 October; 10.30 p.m.; 1,000 years; 2 1/2 "
        "years; the nineties; the early summer; 1200 B.C.; twice a year; 4th quarter"
    )
    corpus = "\n\n".join([text for text, _ in _CASES] + [_WSJ, extra])
    for ri, single in enumerate(_SINGLES):
        for m in single.finditer(corpus):
            t = _TRIGGER.match(corpus, m.start())
            assert t is not None, (RULES[ri].name, m.group())
            assert ri in _BY_START[_KEYS.get(t.lastgroup or "") or t.group().lower()], (
                RULES[ri].name,
                m.group(),
            )
