"""Dates as histories of earlier centuries write them: years under 1000 without an era, the
Roman Kalends, Nones and Ides, dual years ("1701/02"), dates marked Old Style, regnal years,
"the turn of the century", and "today" meaning nowadays after a history (issue 13). Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

import pytest

from db.dates import find_timexes
from db.dates.rules.old_calendar import julian_to_gregorian, roman_day

D = datetime.date
DCT = D(2025, 9, 1)


def found(text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 641 the caliph's army reached the delta.", {"641": "0641"}),
        ("In 641 soldiers from Syria reached the delta.", {"641": "0641"}),
        (
            "The city was ruled by the emirs from 711 until 1085.",
            {"711": "0711", "1085": "1085"},
        ),
        (
            "In 878 the king hid in the marshes. In May he gathered an army, and by 880 the "
            "kingdom was safe.",
            {"878": "0878", "May": "0878-05", "880": "0880"},
        ),
        ("The council met on 4 October 451 at Chalcedon.", {"4 October 451": "0451-10-04"}),
        ("He left Mecca in March 622 with a few companions.", {"March 622": "0622-03"}),
        ("The abbey burned in the year 793.", {"the year 793": "0793"}),
        ("Offa became king in 757, after a short war.", {"757": "0757"}),
        (
            "Raids grew between 780 and 790, and in the 790s they reached Ireland.",
            {"780": "0780", "790": "0790", "the 790s": "079"},
        ),
        ("The siege lasted through the winter of 717.", {"the winter of 717": "0717-WI"}),
    ],
)
def test_years_under_1000_without_an_era(text: str, expected: dict[str, str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fleet sailed in 300 ships.",
        "Sales rose by 150, to 2,000 units.",
        "In 300 homes, the water was cut off.",
        "The fire burned in 120 places before dawn.",
        "In 150 countries it is still banned.",
    ],
)
def test_amounts_are_not_early_years(text: str) -> None:
    assert found(text) == {}


def test_a_count_after_a_day_and_month_is_no_year() -> None:
    assert found("On 3 May 300 workers walked out.") == {"3 May": "2025-05-03"}


def test_roman_days_of_the_month() -> None:
    assert [roman_day("kalends", 6), roman_day("nones", 1), roman_day("nones", 10)] == [1, 5, 7]
    assert [roman_day("ides", 3), roman_day("ides", 4)] == [15, 13]
    got = found(
        "Crassus was elected consul for 70 BC and took office on the Kalends of January. "
        "The tribune was killed on the Ides of May 43 BC."
    )
    assert got["the Kalends of January"] == "BC0070-01-01"
    assert got["the Ides of May 43 BC"] == "BC0043-05-15"
    later = found("The senate met in 1204. It sat again on the Nones of October that year.")
    assert later["the Nones of October that year"] == "1204-10-07"


def test_dual_years_are_the_later_year() -> None:
    got = found("Parliament met in February 1701/02, and the bill passed on 20 January 1660/1.")
    assert got == {"February 1701/02": "1702-02", "20 January 1660/1": "1661-01-20"}


def test_dual_years_after_a_month_first_day() -> None:
    got = found("March 3rd 1718/9. Bought hay of Farmer Vane. January 30, 1705/6: coals.")
    assert got == {"March 3rd 1718/9": "1719-03-03", "January 30, 1705/6": "1706-01-30"}


def test_old_style_dates_are_written_in_the_gregorian_calendar() -> None:
    assert julian_to_gregorian(1582, 10, 5) == D(1582, 10, 15)
    got = find_timexes("The treaty was signed on 10 March 1705 (Old Style) at Narva.", DCT)
    assert [(t.text, t.value) for t in got] == [("10 March 1705", "1705-03-21")]
    assert found("She was born on 2 January 1650 O.S. in a manor house.") == {
        "2 January 1650": "1650-01-12"
    }


def test_regnal_years_count_from_the_accession_told() -> None:
    got = found("Edmund became king on 2 March 940. In the fourth year of his reign he lost York.")
    assert got["the fourth year of his reign"] == "0943"
    got = found("They were crowned in June 1714, and in the second year of their reign war came.")
    assert got["the second year of their reign"] == "1715"
    got = found("Offa became king in 757. In the thirty-second year of his reign he died.")
    assert got["the thirty-second year of his reign"] == "0788"
    assert found("In the second year of his reign the harvest failed.") == {
        "the second year of his reign": "XXXX"
    }


def test_a_regnal_name_is_an_accession() -> None:
    text = (
        "The old king died in May 1643, and his son became Louis XIV at the age of four. "
        "In the eighteenth year of his reign he began the palace."
    )
    assert found(text)["the eighteenth year of his reign"] == "1660"


def test_the_turn_of_the_century() -> None:
    got = found("She took her degree in 1899. At the turn of the century she moved to Paris.")
    assert got["the turn of the century"] == "190"
    got = found("The line opened in 1936. By the turn of the century it carried a million people.")
    assert got["the turn of the century"] == "200"
    assert found("Mills spread at the turn of the 19th century.") == {
        "the turn of the 19th century": "180"
    }


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill was built in 1788 and closed in 1921. It still stands today.", "PRESENT_REF"),
        ("The chapel was consecrated in 1152. Today the nave is used as a barn.", "PRESENT_REF"),
        ("The chapel was consecrated in 1152. Today, the nave is a barn.", "PRESENT_REF"),
        # news of the day after a history: the publication day
        ("The mill was built in 1788. The new museum opens today.", "2025-09-01"),
        ("The fort was built in 1850. Today it is a park where a fair is opening.", "2025-09-01"),
        # a recent past is no history
        ("The bridge was opened in 2023. It still carries traffic today.", "2025-09-01"),
    ],
)
def test_today_after_a_history_is_nowadays(text: str, value: str) -> None:
    assert found(text)["today" if "today" in text else "Today"] == value


def test_a_day_inside_the_month_just_named_takes_its_year() -> None:
    got = found(
        "The last ships left on 9 January 1920. The withdrawal had begun the month before: by "
        "20 December most of the men were gone.",
        D(2025, 1, 10),
    )
    assert got["the month before"] == "1919-12"
    assert got["20 December"] == "1919-12-20"


def test_unstated_spans_of_time() -> None:
    assert found("He spent the following months in exile.") == {"the following months": "PXM"}
    assert found("After some years abroad she came home.") == {"some years": "PXY"}
    assert found("Some days are better than others.") == {}
    assert found("It stood for nine hundred years.") == {"nine hundred years": "P900Y"}
    assert found("He spent a whole day in prayer.") == {"a whole day": "P1D"}
