"""A guarded regex (`cue_guard`) answers as the regex does: its words only spare it the search of
text that cannot match."""

from __future__ import annotations

import re
from pathlib import Path

from db.dates import (
    day_runs,
    life_events,
    recorded_speech,
    results_periods,
    scheduling,
    story_asides,
    story_years,
    tenure_ordinals,
    timetable_present,
)
from db.dates.cue_guard import Guarded, guard, required_words
from db.dates.rules import anchoring

ROOT = Path(__file__).resolve().parents[3]

GUARDED = [
    day_runs._REPORT_DAY,
    day_runs._SPEECH,
    day_runs._STATE,
    day_runs._FROM_NOW,
    story_asides._WARNING_BEFORE,
    scheduling._SCHEDULED,
    story_years._RELATIVE_CLAUSE_BEFORE,
    anchoring._PUT_OFF_BEFORE,
    timetable_present._TO_COME,
    results_periods._METRIC,
    tenure_ordinals._TENURE,
    life_events._AGE,
    life_events._THEN,
    recorded_speech._HAS_RECORDING,
]

# Sentences written for this test, in the patterns' fields: reports, states, warnings, plans,
# results, terms, ages; with a long s and a Kelvin sign (case folds them into "s" and "k").
WRITTEN = (
    "The council said on Monday that the bridge, which was built in 1902, remained closed. "
    "Forecasters issued a flood warning for the valley. The hearing was postponed until May. "
    "In his second term the mayor cut taxes. At the age of twelve she left school; she then "
    "moved to Leeds. Net profit rose 4% to $12 million, the company reported. The museum "
    "opens on Friday. The firm, founded in 1990, was recently sold. Officials ſaid nothing. "
    "The \u212aelvin readings were recently published. He then resigned."
)


def _texts() -> list[str]:
    texts = [WRITTEN]
    texts += [p.read_text("utf-8") for p in sorted((ROOT / "resources/demo/sample").glob("*.txt"))]
    return texts


def test_every_guarded_pattern_has_words() -> None:
    for pattern in GUARDED:
        assert isinstance(pattern, Guarded)
        assert pattern.words, pattern.pattern.pattern


def test_guarded_search_is_the_regexs_own() -> None:
    for text in _texts():
        for pattern in GUARDED:
            plain = pattern.pattern
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ]
            # windows as the callers search them: the text before a position, a clause
            for at in range(0, len(text), 17):
                for lo in (max(0, at - 90), max(0, at - 30)):
                    got, want = pattern.search(text, lo, at), plain.search(text, lo, at)
                    assert (got and got.span()) == (want and want.span()), (plain.pattern, lo, at)


def test_the_words_every_match_holds() -> None:
    assert required_words(re.compile(r"(?i)\b(?:said|told)\s+\w+")) == {"said", "told"}
    # the most selective part: "on" is in every match too, but shorter
    assert required_words(re.compile(r"on\s+(?:Monday|Friday)")) == {"monday", "friday"}
    # a look-behind may read before the search's start: its words are not required
    assert required_words(re.compile(r"(?<=said )\d+")) is None
    assert required_words(re.compile(r"(?i)(?=warn)\w+ing")) == {"warn"}
    # an alternative with no words of its own: none
    assert required_words(re.compile(r"(?i)\b(?:said|\d+)")) is None
    # a word outside ASCII: no lower-case test can stand for the regex's case folding
    assert required_words(re.compile(r"(?i)\bſaid")) is None


def test_text_outside_ascii_is_always_searched() -> None:
    g = guard(r"(?i)\bsaid\b")
    assert g.search("Officials ſaid nothing") is not None
    assert g.search("Officials SAID nothing") is not None
    assert g.search("Officials spoke") is None
    assert list(g.finditer("no report here")) == []


def test_text_outside_ascii_without_folding_letters_is_guarded_by_its_words() -> None:
    g = guard(r"(?i)\binterview(?:ed)?\b")
    # accented letters lower as themselves: the words' test stands for the regex
    assert g._absent("Le maire a répondu à la presse", 0, 99)
    assert g.search("Dans une INTERVIEW accordée à la radio") is not None
    # the four letters that case folding makes ASCII ones leave the regex to answer
    for text in ("İNTERVİEW à Paris", "ınterview à Paris", "Die \u212aamera lief, Interview"):
        assert not g._absent(text, 0, len(text))
        assert (g.search(text) and g.search(text).span()) == (
            (m := g.pattern.search(text)) and m.span()
        )
