"""A show's "opening night" or "press night" is the night of the opening the text dated before
it. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 10, 9)  # a Friday


def test_opening_night_is_the_night_of_the_dated_opening() -> None:
    text = (
        "The revival of Harbour Lights opened at the Lyceum on Tuesday. The cast is strong. "
        "On opening night the revolve jammed twice."
    )
    got = {t.text: (t.type, t.value) for t in find_timexes(text, DCT)}
    assert got["opening night"] == ("TIME", "2026-10-06TNI")
    at = text.index("the revolve")
    got_days = [d.start[:10] for d in dated_sentences(text, DCT) if d.clause[0] <= at < d.clause[1]]
    assert got_days == ["2026-10-06"]


def test_a_show_still_to_open_has_its_press_night_ahead() -> None:
    text = "The new opera premieres on 14 November. Critics attend on press night."
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["press night"] == "2026-11-14TNI"


def test_without_a_dated_opening_there_is_no_date() -> None:
    got = {t.text for t in find_timexes("Nerves are normal on opening night.", DCT)}
    assert "opening night" not in got
    text = "The play opened on Monday. The first night of the tour was quiet."
    got = {t.text for t in find_timexes(text, DCT)}
    assert "first night" not in got
