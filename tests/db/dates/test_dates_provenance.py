"""Provenance: each expression says what anchored its value and which rule family fired.

The sentences are written for these tests (not taken from an evaluation file)."""

from __future__ import annotations

import datetime

from db.dates import ABSOLUTE, PUBLICATION, REFERENCE, Anchor, dated_sentences, find_timexes

DCT = datetime.date(2019, 12, 23)  # a Monday


def _dated(text: str) -> dict[str, tuple[str, Anchor | None, str]]:
    return {
        d.timex.text: (d.start, d.timex.anchor, d.timex.rule) for d in dated_sentences(text, DCT)
    }


def test_a_weekday_is_resolved_against_the_publication_date() -> None:
    got = _dated("The minister said on Sunday that talks had failed.")
    assert got["Sunday"] == ("2019-12-22", Anchor(PUBLICATION, "2019-12-23"), "weekday")


def test_a_year_less_date_takes_the_year_of_an_earlier_expression() -> None:
    text = "In June 1941 the army massed on the border. On 22 June it crossed."
    got = _dated(text)
    assert got["June 1941"] == ("1941-06", Anchor(ABSOLUTE), "month-year")
    start, anchor, rule = got["22 June"]
    assert (start, rule) == ("1941-06-22", "month-day")
    assert anchor == Anchor(REFERENCE, "1941-06", "June 1941", 3, 12, sentences_back=1)
    assert text[anchor.begin : anchor.end] == "June 1941"


def test_counting_from_the_last_date_named_cites_it() -> None:
    text = "The siege began on 3 March 1992. Two days later the first shells fell."
    start, anchor, rule = _dated(text)["Two days later"]
    assert (start, rule) == ("1992-03-05", "relative-offset")
    assert anchor is not None and (anchor.kind, anchor.text) == (REFERENCE, "3 March 1992")


def test_a_clock_time_is_placed_on_the_day_of_its_sentence() -> None:
    start, anchor, rule = _dated("The rally on Sunday ended at 10 p.m. without arrests.")["10 p.m."]
    assert (start, rule) == ("2019-12-22T22:00", "clock")
    assert anchor is not None and (anchor.kind, anchor.text, anchor.sentences_back) == (
        REFERENCE,
        "Sunday",
        0,
    )


def test_the_open_end_of_a_range_takes_its_year_from_the_other_end() -> None:
    start, anchor, _ = _dated("Protests went on from March to May 2011 in the capital.")["March"]
    assert start == "2011-03"
    assert anchor is not None and (anchor.kind, anchor.text) == (REFERENCE, "May 2011")


def test_vague_spans_count_from_the_publication_date_and_undated_ones_have_no_anchor() -> None:
    got = {t.text: t for t in find_timexes("In recent weeks, for three years, it rained.", DCT)}
    assert got["recent weeks"].anchor == Anchor(PUBLICATION, "2019-12-23")
    assert got["three years"].anchor is None and got["three years"].rule == "duration"


def test_other_languages_name_their_rule_family() -> None:
    (d,) = dated_sentences("Les manifestations ont commencé le 15 mars 2011.", DCT, "fr")
    assert (d.timex.rule, d.timex.anchor) == ("month-day", Anchor(ABSOLUTE))
