"""A relative clause in the past perfect ("who had warned since 1855 that ...") looks back for
the person it describes, not for the sentence: the sentence's own dates move the story on.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.story_years import looks_back
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_a_relative_clause_s_look_back_leaves_the_story_moving() -> None:
    text = (
        "The mill caught fire on 2 March 1861, and over the following week the hands left. The "
        "foreman, who had warned since 1855 that the boiler was unsafe, wrote to the owners on "
        "5 March. He kept copies of every letter. Three days later he met the insurers. On 10 "
        "March the mill was sold."
    )
    got = values(text)
    assert got["5 March"] == "1861-03-05"
    assert got["10 March"] == "1861-03-10"
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    placed = {r["title"]: r["start"] for r in rows}
    assert placed["He met the insurers"] == "1861-03-08"  # counted from the 5th


def test_a_main_clause_in_the_past_perfect_still_looks_back() -> None:
    sentence = "In May 1848 the guild had been dissolved, and on 2 June its hall was sold."
    assert looks_back(sentence, 0, len(sentence), 1861)
    sentence = "The foreman, who had warned since 1855 that it was unsafe, wrote on 5 March."
    assert not looks_back(sentence, 0, len(sentence), 1861)
    sentence = "The hall, which had stood since 1790, had been sold in 1848."
    assert looks_back(sentence, 0, len(sentence), 1861)
