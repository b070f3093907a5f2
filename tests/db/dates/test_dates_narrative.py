"""A story's reference time kept through the text, in one extractor with no mode switch: a text
that tells two dates in days or months keeps its year (even for dates near the publication
date: anniversary articles), relative narrative times ("that night", "the following May", "the
next year", "by the end of the month") count from the text's time, and news time (present or
future verbs, words counted from the DCT) takes the publication date back. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes


def found(text: str, dct: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def typed(text: str, dct: datetime.date) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


D = datetime.date


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # an anniversary article: the story's dates near the DCT keep the story's year
        (
            "The expedition left the harbour on 2 April 1912. Three days later it reached the "
            "ice. On 14 April the ship was trapped.",
            D(2025, 4, 16),
            {"14 April": "1912-04-14"},
        ),
        # the story holds six sentences in its paragraph, past sentences without dates
        (
            "The expedition left the harbour on 2 April 1912. On 5 April it reached the ice. "
            "The crew cut a channel. The wind rose. The pack closed in. Supplies ran short. "
            "On 14 April the ship was trapped.",
            D(2025, 4, 16),
            {"14 April": "1912-04-14"},
        ),
        # a present-tense timetable is news time again
        (
            "The bridge was opened on 3 May 1932. Two days later the first tram crossed it. "
            "The city reopens it on 10 May after repairs.",
            D(2025, 5, 2),
            {"10 May": "2025-05-10"},
        ),
        # ... and three paragraphs later the story is over
        (
            "The rebels landed on 2 March 1956. On 5 March they reached the hills.\n\n"
            "The president spoke to reporters.\n\nHe is campaigning in the north.\n\n"
            "His mother died in late February in a car crash.",
            D(2000, 3, 20),
            {"late February": "2000-02"},
        ),
        # a year far back that frames the text: a day near the DCT is its anniversary
        (
            "In the summer of 1944 the front moved west. On 17 June the bridge was taken.",
            D(2025, 6, 19),
            {"17 June": "1944-06-17"},
        ),
        # a year-less day as near the text's own point as the DCT is the text's
        (
            "The vote was first set for 4 July 1990 and then moved. On the evening of 4 July "
            "the count began.",
            D(2025, 7, 5),
            {"4 July": "1990-07-04"},
        ),
        # irregular pasts are past: "sank" tells the story on
        (
            "The steamer left on 3 June 1880. Two days later it struck a reef. It sank on 7 June.",
            D(2025, 6, 8),
            {"7 June": "1880-06-07"},
        ),
    ],
)
def test_a_story_keeps_its_year(text: str, dct: datetime.date, expected: dict[str, str]) -> None:
    got = found(text, dct)
    assert {k: got.get(k) for k in expected} == expected


def test_a_season_named_with_its_year_moves_the_story_on() -> None:
    text = "The duke spent the winter of 1346 at Calais, and in the spring his army moved north."
    assert found(text, D(2025, 1, 10))["the spring"] == "1347-SP"


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        (
            "The ferry sank on 9 March 1921. That night the harbour lights were lit. The next "
            "morning the divers went down.",
            D(2024, 5, 1),
            {
                "That night": ("TIME", "1921-03-09TNI"),
                "The next morning": ("TIME", "1921-03-10TMO"),
            },
        ),
        # news of yesterday's events: the same rule, counted from the day the report is about
        (
            "Police arrested two men on Monday. That night a third suspect fled.",
            D(2025, 3, 12),
            {"That night": ("TIME", "2025-03-10TNI")},
        ),
        (
            "The train left Paris on 4 August 1914. It reached the border in the afternoon.",
            D(2024, 8, 4),
            {"the afternoon": ("TIME", "1914-08-04TAF")},
        ),
        (
            "The ship docked on 2 May 1851. Later that morning the cargo was unloaded.",
            D(2024, 2, 1),
            {"Later that morning": ("TIME", "1851-05-02TMO")},
        ),
        # "six hours later" without a clock is most likely the same day
        (
            "The treaty was signed on 11 June 1855 and came into force six hours later. That "
            "evening the guns fell silent.",
            D(2024, 2, 1),
            {"That evening": ("TIME", "1855-06-11TEV")},
        ),
    ],
)
def test_parts_of_the_day_the_story_is_on(
    text: str, dct: datetime.date, expected: dict[str, tuple[str, str]]
) -> None:
    got = typed(text, dct)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike ended in 1926. The following May the union was rebuilt.", "1927-05"),
        ("The strike ended on 12 May 1926. The following May the union was rebuilt.", "1927-05"),
        ("The strike began on 4 January 1926. The following May it ended.", "1926-05"),
        ("Revolts spread across Europe in 1848. That April the assembly met.", "1848-04"),
    ],
)
def test_the_following_month(text: str, expected: str) -> None:
    got = find_timexes(text, D(2025, 2, 3))
    assert [t.value for t in got if t.text.lower().startswith(("the following", "that"))] == [
        expected
    ]


def test_that_may_is_a_name() -> None:
    text = "Party officials said on Monday that May would lead the party into the election."
    assert "that May" not in found(text, D(2019, 3, 6))


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # TimeML puts "later" inside: one expression
        (
            "The canal opened in 1869. Later that year the first steamer passed.",
            D(2024, 1, 1),
            {"Later that year": "1869"},
        ),
        (
            "The bank failed on 14 May 1931. That week depositors queued outside every branch.",
            D(2024, 1, 1),
            {"That week": "1931-W20"},
        ),
        (
            "The retreat began on 2 October 1709. Two days later the rains came. By the end of "
            "the month the army was in tatters.",
            D(2025, 6, 1),
            {"the end of the month": "1709-10"},
        ),
        (
            "The mill opened on 2 March 1850. By the end of the year it employed 300 people.",
            D(2025, 6, 1),
            {"the end of the year": "1850"},
        ),
        (
            "The march began on 9 May 1920. By the end of the day the square was full.",
            D(2025, 6, 1),
            {"the end of the day": "1920-05-09"},
        ),
        (
            "The mill opened in 1850. The next year it burned down.",
            D(2025, 6, 1),
            {"The next year": "1851"},
        ),
        (
            "The mill opened on 2 March 1850. That spring and summer it ran day and night.",
            D(2025, 6, 1),
            {"That spring": "1850-SP", "summer": "1850-SU"},
        ),
    ],
)
def test_relative_narrative_times(text: str, dct: datetime.date, expected: dict[str, str]) -> None:
    got = found(text, dct)
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stretch of time ahead, not the year after the text's time
        ("The company plans to hire more staff over the next year.", ("DURATION", "P1Y")),
        ("He spent the next year in Lisbon after retiring in 2010.", ("DURATION", "P1Y")),
    ],
)
def test_the_next_year_as_a_stretch(text: str, expected: tuple[str, str]) -> None:
    assert typed(text, D(2025, 6, 1))["the next year"] == expected


def test_at_the_end_of_the_day_is_an_idiom() -> None:
    text = "At the end of the day, voters decide who governs."
    assert "the end of the day" not in found(text, D(2025, 6, 1))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The balloon came down on 12 August 1910, 40 hours after leaving Berlin.",
            {"40 hours": ("DURATION", "PT40H")},
        ),
        # the amount ends at its unit, "and a half" before it or after it
        (
            "The balloon came down on 12 August 1910, 2 1/2 hours after leaving Berlin.",
            {"2 1/2 hours": ("DURATION", "PT2H30M")},
        ),
    ],
)
def test_hours_after_a_date_in_apposition_are_an_amount(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    got = typed(text, D(2025, 6, 1))
    assert {k: got.get(k) for k in expected} == expected


def test_news_next_day_counts_from_the_report() -> None:
    text = "Police arrested a man on Monday. The next day he was released on bail."
    assert found(text, D(2025, 3, 12))["The next day"] == "2025-03-11"


def test_a_weekday_and_date_of_no_recent_year_take_the_texts() -> None:
    text = "The fleet sailed on 20 May 1794. The battle was fought on Sunday, 1 June."
    assert found(text, D(2025, 6, 3))["Sunday, 1 June"] == "1794-06-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season of a year long past, then a day near the DCT told in the past: the story's
        (
            "The climbers reached the mountain in the spring of 1953. A first attempt on May 26 "
            "failed in high winds.",
            "1953-05-26",
        ),
        # a bare year long past is background: the day near the DCT is news
        ("The plant opened in 1953. A fire broke out there on May 26.", "2025-05-26"),
    ],
)
def test_a_long_past_story_point_near_the_dct(text: str, expected: str) -> None:
    assert found(text, D(2025, 5, 28))["May 26"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within half an hour the boats were lowered.", {"half an hour": ("DURATION", "PT30M")}),
        ("The bridge stood for half a century.", {"half a century": ("DURATION", "P50Y")}),
        ("He ate half a cake before the meeting.", {}),
    ],
)
def test_half_a_unit(text: str, expected: dict[str, tuple[str, str]]) -> None:
    assert typed(text, D(2025, 6, 1)) == expected


def test_story_rules_name_their_family() -> None:
    got = {
        t.text: t.rule
        for t in find_timexes(
            "The ferry sank on 9 March 1921. That night the lights were lit. The following "
            "April a new ferry was launched.",
            D(2024, 5, 1),
        )
    }
    assert got["That night"] == "part-of-day"
    assert got["The following April"] == "same-period"


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a story begun with a day of a year long past holds its paragraph
        (
            "The storm reached the coast on 3 September 1900. Winds tore the roofs off. Boats "
            "sank in the harbour. On 5 September the flood went down.",
            D(2025, 9, 6),
            "1900-09-05",
        ),
        # two years back is recent background: three sentences on, the day is news
        (
            "The plant first opened on 3 September 2023. Sales rose. Staff grew. It closed on "
            "5 September.",
            D(2025, 9, 6),
            "2025-09-05",
        ),
    ],
)
def test_a_long_past_story_holds_its_paragraph(
    text: str, dct: datetime.date, expected: str
) -> None:
    assert found(text, dct)["5 September"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flood came on 3 May 1889. Camps were set up on the hills that spring, and "
            "many stayed for years.",
            {"that spring": "1889-SP"},
        ),
        ("The flood came on 3 May 1889. Weeds that spring up after floods were burned.", {}),
    ],
)
def test_that_spring_ending_its_clause_is_a_time(text: str, expected: dict[str, str]) -> None:
    got = found(text, D(2025, 1, 1))
    assert {k: v for k, v in got.items() if "spring" in k} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year told in the past perfect looks back; the next sentence is the story's again
        (
            "The new bridge was opened on 12 May 1936. The old ferry had been licensed in March "
            "1890, and on 4 April the first boat had crossed. The bands played that evening. "
            "On 20 May the last ferry ran.",
            {
                "4 April": "1890-04-04",
                "that evening": "1936-05-12TEV",
                "20 May": "1936-05-20",
            },
        ),
        # a past perfect without a year before the story's leaves it alone
        (
            "The dam was finished on 2 June 1931. Work had begun in 1930. On 9 June it filled.",
            {"9 June": "1931-06-09"},
        ),
    ],
)
def test_a_look_back_in_the_past_perfect_returns_to_the_story(
    text: str, expected: dict[str, str]
) -> None:
    got = found(text, D(2025, 1, 1))
    assert {k: got[k] for k in expected} == expected


def test_the_year_before_looks_back_without_moving_the_story() -> None:
    got = found(
        "In the winter of 1882 the chemist tried the method his rival had described the year "
        "before. On 3 February the flask cracked.",
        D(2025, 2, 10),
    )
    assert got["the year before"] == "1881"
    assert got["3 February"] == "1882-02-03"


def test_the_year_before_as_a_comparison_or_before_a_noun_is_no_date() -> None:
    got = found(
        "Exports fell to 200 tonnes in 1990, down from 340 tonnes the year before. The mill "
        "closed the year before the war.",
        D(2025, 1, 1),
    )
    assert not any("year before" in k for k in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The guild was founded on 6 May 1602, and its hall was finished in October of that "
            "year.",
            {"October of that year": "1602-10"},
        ),
        (
            "The canal opened in 1790. In the spring of the following year the first barges "
            "carried coal.",
            {"the spring of the following year": "1791-SP"},
        ),
    ],
)
def test_a_month_or_season_of_that_year(text: str, expected: dict[str, str]) -> None:
    got = found(text, D(2025, 1, 1))
    assert {k: got.get(k) for k in expected} == expected


def test_bc_days_months_and_seasons() -> None:
    got = typed(
        "The fleet sailed in March 56 BC, wintered in Gaul in the winter of 55 BC, and on "
        "9 August 48 B.C. the legions met. In the year 30 BC the war ended.",
        D(2025, 1, 1),
    )
    assert got["March 56 BC"] == ("DATE", "BC0056-03")
    assert got["the winter of 55 BC"] == ("DATE", "BC0055-WI")
    assert got["9 August 48 B.C."] == ("DATE", "BC0048-08-09")
    assert got["30 BC"] == ("DATE", "BC0030")
    assert "the year" not in got  # the number after it says which year


def test_the_hundreds_before_1900_are_centuries() -> None:
    got = found("The abbey grew rich in the 1300s. Its library burned in the 1990s.", D(2025, 1, 1))
    assert got["the 1300s"] == "13"
    assert got["the 1990s"] == "199"


def test_a_date_naming_a_document_points_back_from_the_story() -> None:
    got = found(
        "The envoys reached Vienna on 2 April 1815. They asked for the terms of the treaty of "
        "30 November, and on the night of 6 April the talks broke down.",
        D(2025, 1, 1),
    )
    assert got["30 November"] == "1814-11-30"
    assert got["6 April"] == "1815-04-06"
    # a named date just ahead is the story's next step
    ahead = found(
        "In October 1857 the committee met again. The rescript of 20 November asked each "
        "province for proposals.",
        D(2025, 1, 1),
    )
    assert ahead["20 November"] == "1857-11-20"


def test_an_hour_in_words_on_the_story_day() -> None:
    got = typed(
        "The mill caught fire on 8 May 1881. At about four in the afternoon the roof fell in, "
        "and by eleven o'clock at night the flames were out. Two in the morning crew were hurt.",
        D(2025, 1, 1),
    )
    assert got["four in the afternoon"] == ("TIME", "1881-05-08T16:00")
    assert got["eleven o'clock at night"] == ("TIME", "1881-05-08T23:00")
    assert not any(k.startswith("Two in") for k in got)


def test_feasts_of_the_church_year_take_the_story_year() -> None:
    got = found(
        "The abbot returned to the valley in 1214. He held a great court at Candlemas, and on "
        "All Saints' Day the new choir was blessed. All the monks came.",
        D(2025, 1, 1),
    )
    assert got["Candlemas"] == "1214-02-02"
    assert got["All Saints' Day"] == "1214-11-01"
    assert not any(k.startswith("All the") for k in got)


def test_the_end_of_the_decade_told_in_the_past_is_the_texts() -> None:
    text = (
        "The foundry opened in 1853. By the end of the decade it made bells for half the "
        "county. The owners expect the works to be sold before the end of the decade."
    )
    assert [t.value for t in find_timexes(text, D(2026, 3, 3))] == ["1853", "185", "202"]


def test_the_new_year_of_a_story_told_in_the_past() -> None:
    text = (
        "The blockade began on 4 November 1861. In the new year the first ships slipped "
        "through, and by 10 February the port was open. The council hopes to reopen the "
        "museum in the new year."
    )
    values = [t.value for t in find_timexes(text, D(2025, 11, 20))]
    assert values == ["1861-11-04", "1862", "1862-02-10", "2026"]


def test_an_ordinal_day_of_the_story_month() -> None:
    got = found(
        "The convoy sailed on 18 March 1918. On the 22nd it met the escort, and by the 2nd "
        "the ships were in port. The 5th Army held the line.",
        D(2025, 1, 1),
    )
    assert got["the 22nd"] == "1918-03-22"
    assert got["the 2nd"] == "1918-04-02"
    assert not any(k.startswith("The 5th") for k in got)


def test_a_story_date_with_its_year_moves_the_story_wherever_it_stands() -> None:
    got = found(
        "On 9 July 1862 the regiment marched south. The bridge was finally rebuilt in April "
        "1863, and the regiment crossed it on 2 May.",
        D(2025, 1, 1),
    )
    assert got["2 May"] == "1863-05-02"


def test_a_pair_of_centuries() -> None:
    got = found(
        "The port thrived in the 13th and 14th centuries, and lay empty for centuries after.",
        D(2025, 1, 1),
    )
    assert got["the 13th"] == "12"
    assert got["14th centuries"] == "13"
    assert got["centuries"] == "PXY"  # no one century


def test_the_previous_winter_looks_back_from_the_story() -> None:
    got = found(
        "The relief column reached the fort on 6 April 1885. The previous winter had killed "
        "half the garrison. On 20 May the column marched north.",
        D(2025, 1, 1),
    )
    assert got["The previous winter"] == "1884-WI"
    assert got["20 May"] == "1885-05-20"


def test_a_story_told_in_bc_years_keeps_its_time() -> None:
    text = (
        "The Athenian fleet sailed for Sicily in the summer of 415 BC. The following winter it "
        "lay at Catana, and in the spring the siege began. The next year a second fleet came. "
        "The site museum opens again in May."
    )
    got = found(text, D(2026, 2, 1))
    assert got["the summer of 415 BC"] == "BC0415-SU"
    assert got["The following winter"] == "BC0415-WI"
    assert got["the spring"] == "BC0414-SP"
    assert got["The next year"] == "BC0413"
    assert got["May"] == "2026-05"


def test_bc_dates_are_placed_in_astronomical_years() -> None:
    text = (
        "The city fell in the autumn of 146 BC. The next year the walls were pulled down. In "
        "AD 14 a new town was built."
    )
    got = [(d.timex.text, d.start, d.precision) for d in dated_sentences(text, D(2026, 2, 1))]
    assert got == [
        ("the autumn of 146 BC", "-0145-09", "season"),  # 1 BC is year 0
        ("The next year", "-0144", "year"),
        ("AD 14", "0014", "year"),
    ]
