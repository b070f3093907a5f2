""" "Today" before a habit of the present ("stages a dozen concerts each year") or a count of
people now ("Today about 4,000 people claim descent"), after a history's past: the present as
against that past (PRESENT_REF, `rules.nowadays`), not the publication day; and "to this day".
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 12, 7)


def today(text: str) -> str:
    return next(t.value for t in find_timexes(text, DCT) if t.text.lower() == "today")


def test_a_habit_of_the_present_is_nowadays() -> None:
    text = (
        "The abbey was dissolved in 1539 and its church became a barn. Today the trust stages "
        "about a dozen concerts each year in the nave."
    )
    assert today(text) == "PRESENT_REF"
    text = (
        "The pass was first crossed in 1851 by two shepherds. Today some 2,000 walkers cross it "
        "every summer."
    )
    assert today(text) == "PRESENT_REF"


def test_a_count_of_people_now_is_nowadays() -> None:
    text = (
        "The colony was founded in 1848 and faded after 1900. Today about 4,000 people in the "
        "district claim descent from its settlers."
    )
    assert today(text) == "PRESENT_REF"


def test_a_happening_of_the_day_stays_the_publication_day() -> None:
    assert today("The colony was founded in 1848. Today the council meets the settlers.") == (
        "2026-12-07"
    )
    text = "The bridge was built in 1861. Today the council closes it for a week for repairs."
    assert today(text) == "2026-12-07"
    # news, not a history's past: a count of marchers is the day's
    text = "Prices rose in March. Today about 400 people marched through the town."
    assert today(text) == "2026-12-07"


def test_to_this_day_is_the_present() -> None:
    text = "The guild was dissolved in 1844, but its hall survives to this day as a school."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["this day"] == "PRESENT_REF"
    # not "this day" of an account book's entry, which no rule of the present reads
    assert "this day" not in {t.text for t in find_timexes("The rent was paid this day.", DCT)}
