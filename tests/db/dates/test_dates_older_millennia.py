"""Ancient history before 1000 BC and BC ranges that write their era once (narrative held-out
21): years of an earlier millennium keep the story's time like later BC years, and the first
year of "(c. 1303-1213 BC)" is BC. Sentences written for these tests, none from an evaluation
file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.bc_millennia import DEFAULT_BASE, base_for, stand_in_base
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 6)


def found(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}


def test_a_story_of_the_second_millennium_bc_keeps_its_year() -> None:
    got = found(
        "The pharaoh came to the throne in 1279 BC. That autumn he married a princess of the "
        "Hittites, and the following spring he marched north with four divisions."
    )
    assert got["1279 BC"] == ("DATE", "BC1279")
    assert got["That autumn"] == ("DATE", "BC1279-FA")
    assert got["the following spring"] == ("DATE", "BC1278-SP")


def test_events_of_an_older_millennium_are_placed_in_astronomical_years() -> None:
    text = "In the spring of 1274 BC the king fought the Hittites at Kadesh."
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert [(r["start"], r["precision"]) for r in rows] == [("-1273-03", "season")]


def test_the_base_reaches_past_the_earliest_bc_year_only_while_a_text_is_read() -> None:
    assert base_for("Troy fell c. 1180 BC and Rome was founded in 753 BC.") == 2000
    assert base_for("Caesar crossed the Rubicon in 49 BC.") == DEFAULT_BASE
    assert base_for("The museum opened in 1990.") == DEFAULT_BASE
    # the substring tests before the regex: "B.C." and "BCE" are found, "Bc" is not BC
    assert base_for("The wall went up around 2150 B.C., the moat later.") == 3000
    assert base_for("Its oldest layer dates to 1310 BCE.") == 2000
    assert base_for("Bronze from 1310 Bc and 1310 b.c. ") == DEFAULT_BASE
    find_timexes("The city was sacked in 2334 BC.", DCT)
    assert stand_in_base() == DEFAULT_BASE


def test_the_first_year_of_a_bc_range_takes_the_era_written_after_the_last() -> None:
    got = found("Ramesses II (c. 1303–1213 BC) built the temple at Abu Simbel.")
    assert got["1303"] == ("DATE", "BC1303")
    assert got["1213 BC"] == ("DATE", "BC1213")
    got = found("The palace was in use from 1650 to 1450 BC, and again between 520 and 480 BC.")
    assert got["1650"] == ("DATE", "BC1650")
    assert got["520"] == ("DATE", "BC0520")
    assert got["480 BC"] == ("DATE", "BC0480")


def test_a_rising_pair_or_a_list_before_bc_is_no_bc_range() -> None:
    got = found("The excavators dated the layer to 44-46 BC. A coin of 1995 and 44 BC lay on top.")
    assert ("DATE", "BC1995") not in got.values()
    assert got["44 BC"] == ("DATE", "BC0044")


def test_a_reign_s_years_counted_once_are_counted_on_without_the_reign() -> None:
    got = found(
        "The king came to the throne in 1279 BC. In the fifth year of his reign he fought at "
        "Kadesh. His queen died in the twenty-fourth year, and in his thirty-fourth year he "
        "married a Hittite princess."
    )
    assert got["the twenty-fourth year"] == ("DATE", "BC1256")
    assert got["his thirty-fourth year"] == ("DATE", "BC1246")


def test_an_nth_year_with_no_reign_counted_is_no_date() -> None:
    got = found("War broke out in 1939. In her third year at the college she won a prize.")
    assert "her third year" not in got
    got = found("The emperor was crowned in 1804. In his third year he went to sea.")
    assert "his third year" not in got  # no year of the reign counted: an age or a course


def test_an_ordinal_in_twenty_second_is_no_twenty_seconds() -> None:
    text = "On the twenty-second day the rain stopped, after a twenty-second downpour."
    got = [(t.text, t.begin, t.value) for t in find_timexes(text, DCT)]
    assert got == [("twenty-second", text.rindex("twenty-second"), "PT20S")]


def test_years_after_a_death_told_in_a_bc_year_count_from_it() -> None:
    text = "The old queen died c. 1190 BC. Twenty years after her death her tomb was robbed."
    assert found(text)["Twenty years"] == ("DURATION", "P20Y")  # TimeML's mark: the amount
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert {(r["title"], r["start"]) for r in rows} == {
        ("The old queen died", "-1189"),
        ("Her tomb was robbed", "-1169"),  # 1170 BC
    }
