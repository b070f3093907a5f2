"""A court report's outcomes (a fine, a ban, an order, an adjournment) are on the hearing's
day, not the publication day nor the day of the offence told just before. Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2025, 4, 24)


def _events(text: str) -> dict[str, str]:
    return {d.title: d.start for d in dated_sentences(text, DCT)}


def test_a_fine_after_the_offences_day_is_on_the_hearings_day() -> None:
    text = (
        "Tom Reed, 29, admitted careless driving when he appeared before magistrates on Monday. "
        "The court heard he hit a lamp post at 2am on 3 April. He was also fined £300."
    )
    got = _events(text)
    fined = [start for title, start in got.items() if "fined" in title]
    assert fined == ["2025-04-21"]


def test_an_adjournment_after_a_story_of_years_past_is_on_the_hearings_day() -> None:
    text = (
        "A former club treasurer was told by a judge at Selby Crown Court last Friday that she "
        "faces prison. She kept the books from 2015 until she stepped down in May 2021. The "
        "judge adjourned sentence for three weeks, to 9 May, for reports."
    )
    got = [(d.title, d.start, d.status) for d in dated_sentences(text, DCT)]
    assert any("adjourned" in t and s == "2025-04-18" for t, s, _ in got)
    assert any(s == "2025-05-09" and st == "planned" for _, s, st in got)


def test_a_ban_told_before_the_hearing_takes_the_hearing_after_it() -> None:
    text = (
        "A van driver has been banned from driving for a year.\n"
        "Lee Marsh, 51, pleaded guilty at Selby Magistrates' Court on Tuesday."
    )
    got = _events(text)
    banned = [start for title, start in got.items() if "banned" in title]
    assert banned == ["2025-04-22"]


def test_a_history_keeps_its_own_telling() -> None:
    text = (
        "In 1868 the poacher appeared before the assizes at York. He was fined ten shillings "
        "and sent home."
    )
    got = _events(text)
    assert not any(start.startswith("2025") for start in got.values())
