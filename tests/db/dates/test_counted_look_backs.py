"""A sentence that counts back from the story's day in passing ("begun two years earlier,
after a storm in 1859", "on 14 May, 40 days after it left Oslo on 4 April") stays a look back
for its earlier dates: the story is still on its day for "that night", "the next day" and a
bare clock time after it (`extract`'s reference times). Sentences written for these tests,
none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

DCT = datetime.date(2026, 5, 20)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_history_day_holds_past_a_look_back_with_a_year_after_it() -> None:
    text = (
        "The lifeboat station at Skelby opened on 3 March 1862. It was paid for by a fund begun "
        "three years earlier, after a wreck on the reef in 1859 in which twenty men drowned. "
        "The first coxswain wrote in his log that night that the new boat rowed well."
    )
    got = values(text)
    assert got["1859"] == "1859"
    assert got["that night"] == "1862-03-03TNI"


def test_a_news_day_holds_past_an_amount_counted_to_an_earlier_day() -> None:
    text = (
        "The ferry docked at Tarn on 14 May, 40 days after it left Oslo on 4 April. "
        "Passengers came ashore at 6.10am."
    )
    got = values(text)
    assert got["4 April"] == "2026-04-04"
    assert got["6.10am"] == "2026-05-14T06:10"


def test_a_biography_goes_on_from_the_wedding_not_the_engagement() -> None:
    text = (
        "She married on 9 June 1921, three years after an engagement announced in The Times "
        "in 1918. The next day they sailed for Bombay."
    )
    assert values(text)["The next day"] == "1921-06-10"
    sailed = [d for d in dated_sentences(text, DCT) if "sailed" in d.title]
    assert [d.start for d in sailed] == ["1921-06-10"]


def test_a_date_after_the_day_still_moves_the_story() -> None:
    # a later date in such a sentence is no look back: the story goes there
    text = (
        "The mill reopened on 2 May 1870, two years after the fire, and on 9 May it sold its "
        "first cloth. That evening the owners dined in Leeds."
    )
    assert values(text)["That evening"] == "1870-05-09TEV"


def test_a_dateless_happening_after_a_counted_aside_is_on_the_story_day() -> None:
    text = (
        "The ferry docked at Tarn on 14 May, 40 days after it left Oslo on 4 April. "
        "Crew members watched the docking from the bridge."
    )
    watched = [d for d in dated_sentences(text, DCT) if "watched" in d.title]
    assert [d.start for d in watched] == ["2026-05-14"]
