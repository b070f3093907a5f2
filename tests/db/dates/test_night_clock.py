"""A story told by the clock across one night (`rules.night_crossing`, `rules.first_light`) and a
negated clause attributed after it in a day's run (`attributed_negation`). Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 7)  # a Thursday: Monday is 2026-05-04, Tuesday 2026-05-05


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_morning_after_an_evening_clock_is_the_next_day() -> None:
    got = values(
        "Fire crews were called to the warehouse on Monday. They arrived at 9.40 p.m. and "
        "left the site at 7 a.m."
    )
    assert got["9.40 p.m."] == "2026-05-04T21:40"
    assert got["7 a.m."] == "2026-05-05T07:00"


def test_a_morning_after_an_evening_named_is_the_next_day() -> None:
    got = values(
        "Hundreds of fans gathered outside the stadium on Monday evening.\n\n"
        "Police had cleared the streets by 8 a.m., a spokeswoman said."
    )
    assert got["8 a.m."] == "2026-05-05T08:00"


def test_an_evening_told_after_that_morning_is_back_on_its_evening() -> None:
    got = values(
        "The river rose on Monday. The council closed the bridge at 9 p.m. and reopened it at "
        "6 a.m.\n\nA van was swept off the road near the ford at about 11 p.m., police said."
    )
    assert got["6 a.m."] == "2026-05-05T06:00"
    assert got["11 p.m."] == "2026-05-04T23:00"


def test_earlier_keeps_a_morning_on_its_own_day() -> None:
    got = values("The count ended on Monday evening. Earlier, at 9 a.m., the polls had opened.")
    assert got["9 a.m."] == "2026-05-04T09:00"


def test_a_night_inside_the_day_a_sentence_opens_with_keeps_its_small_hours() -> None:
    got = values(
        "On Tuesday the ferry sailed on through the night, and it docked at 3.30 a.m. The "
        "passengers left the ship at 5.15 a.m."
    )
    assert got["3.30 a.m."] == "2026-05-05T03:30"
    assert got["5.15 a.m."] == "2026-05-05T05:15"


def test_a_night_after_an_evening_still_runs_into_the_next_day() -> None:
    got = values(
        "The alarm went up on Monday evening. Divers searched through the night and "
        "surfaced at 3 a.m."
    )
    assert got["3 a.m."] == "2026-05-05T03:00"


def test_first_light_after_a_night_is_the_next_morning() -> None:
    got = values(
        "The tanker lost power on Monday evening. Tugs stood by through the night. The tow "
        "began at first light."
    )
    assert got["first light"] == "2026-05-05TMO"


def test_first_light_after_the_small_hours_of_a_day_is_that_morning() -> None:
    text = (
        "Crews worked until about 2 a.m. on Tuesday. The work resumed at first light and "
        "was finished on Wednesday."
    )
    assert values(text)["first light"] == "2026-05-05TMO"
    days = {
        text[d.clause[0] : d.clause[1]].strip(): d.start[:10] for d in dated_sentences(text, DCT)
    }
    resumed = next(v for k, v in days.items() if "resumed" in k)
    assert resumed == "2026-05-05"


def test_first_light_with_no_night_before_it_is_no_date() -> None:
    assert "first light" not in values("The painter liked to start at first light.")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The cargo ship ran aground off the headland on Monday. The hull was not breached, "
            "the coastguard said.",
            "breached",
        ),
        # any verb that attributes a report ends it, as in day_runs: "..., the council insisted"
        (
            "A freight train left the rails near the viaduct on Monday. The bridge was not "
            "damaged, the county council insisted.",
            "damaged",
        ),
    ],
)
def test_a_negated_clause_attributed_after_it_is_negated_on_the_story_day(
    text: str, words: str
) -> None:
    got = [d for d in dated_sentences(text, DCT) if words in text[d.clause[0] : d.clause[1]]]
    assert [(d.start[:10], d.status) for d in got] == [("2026-05-04", "negated")]
