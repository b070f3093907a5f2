"""A day long past told on in the historical present: the dateless sentences after it are on that
day. Texts written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 9, 14)

STORM = (
    "GUIDE: So picture the harbour. On 3 October 1881 the gale hits the coast just after noon, "
    "and the lifeboat crew is called out. The boat capsizes off the bar. Eleven men drown within "
    "sight of their wives. It would have been worse without the pilot.\n\n"
    "GUIDE: The memorial went up in 1883. It stands by the quay today.\n"
)


def _events(text: str) -> dict[str, tuple[str, str]]:
    return {d.title: (d.start, d.status) for d in dated_sentences(text, DCT)}


def test_dateless_present_sentences_go_on_the_story_day() -> None:
    got = _events(STORM)
    assert got["The boat capsizes off the bar"] == ("1881-10-03", "happened")
    assert got["Eleven men drown within sight of their wives"] == ("1881-10-03", "happened")


def test_a_modal_sentence_or_a_readers_present_gets_no_story_day() -> None:
    got = _events(STORM)
    assert not any(title.startswith("It would have been") for title in got)
    assert not any(start == "1881-10-03" for title, (start, _s) in got.items() if "today" in title)


def test_a_sentence_in_the_past_ends_the_run() -> None:
    past = STORM.replace("The boat capsizes off the bar.", "The boat was new that year.")
    got = _events(past)
    drowned = [v[0] for t, v in got.items() if t.startswith("Eleven men drown")]
    assert "1881-10-03" not in drowned


def test_a_story_told_in_the_past_is_left_to_its_own_rules() -> None:
    told = STORM.replace("the gale hits", "the gale hit").replace("is called out", "was called")
    got = _events(told)
    assert "Eleven men drown within sight of their wives" not in got


def test_a_recent_day_starts_no_run() -> None:
    recent = STORM.replace("3 October 1881", "3 September 2026")
    got = _events(recent)
    assert got.get("Eleven men drown within sight of their wives", ("", ""))[0] != "2026-09-03"
