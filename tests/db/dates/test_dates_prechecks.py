"""The cheap checks that spare a regex its work must never change what it finds: the words a
cue regex cannot match without (`news_cues`), the trigger search (`scanning`), the tense guess's
clause breaks and perfect auxiliaries (`tense`)."""

from __future__ import annotations

import datetime
import re

from db.dates import dated_sentences, news_cues, study_periods
from db.dates.completion_dates import waits_on_completion
from db.dates.extract import _ENGLISH
from db.dates.scanning import scan
from db.dates.tense import SentenceTense


def _top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of the one group after "(?i)\\b" in `pattern`, split at depth 0."""
    body = pattern[pattern.index("(?:") + 3 : pattern.rindex(")")]
    parts, depth, current, escaped = [], 0, "", False
    for ch in body:
        if escaped:
            current, escaped = current + ch, False
            continue
        if ch == "\\":
            current, escaped = current + ch, True
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def test_every_cue_alternative_holds_one_of_its_words() -> None:
    """A new alternative without one of the words would be skipped on ASCII text."""
    for regex, words in (
        (news_cues._IN_GAME, news_cues.IN_GAME_WORDS),
        (news_cues._NO_COMMENT, news_cues.NO_COMMENT_WORDS),
        (study_periods._FINDING, study_periods.FINDING_WORDS),
    ):
        alternatives = _top_level_alternatives(regex.pattern)
        assert len(alternatives) > 2
        for alternative in alternatives:
            assert any(w in alternative.lower() for w in words), alternative


def test_cues_found_with_and_without_the_check() -> None:
    text = "Okafor equalised with six minutes left. The club did not respond to questions."
    assert news_cues.in_game(text, 0, 39)
    assert not news_cues.in_game(text, 40, len(text))
    assert news_cues.asks_for_comment(text, 40, len(text))
    # Long s folds into "s" case-insensitively: non-ASCII text is always searched.
    assert news_cues.in_game("Mbeki saved twice in the ſhoot-out.", 0, 35)
    assert re.search(r"(?i)shoot", "ſhoot")


def _scan_by_look_behind(text: str) -> list[tuple[int, list[int]]]:
    """What `scan` finds, the slow way: the trigger regex with its look-behind at every
    character, its groups naming the rules to try."""
    g, out, pos = _ENGLISH, [], 0
    for t in g.trigger.finditer(text):
        if t.start() < pos:
            continue
        key = g.keys.get(t.lastgroup or "") or t.group().lower()
        rules = [ri for ri in g.by_start.get(key, ()) if g.singles[ri].match(text, t.start())]
        if rules:
            out.append((t.start(), sorted(rules)))
            pos = t.end()
    return out


def test_triggers_as_the_look_behind_finds_them() -> None:
    """A trigger opens the text, follows punctuation, an apostrophe or the period that ends
    "A.D.", in any case and script; none starts inside a word."""
    for text in (
        "1998 was dry.(Friday) the '90s; A.D.1066 x1998 Mayday, 'the year-earlier loss'",
        "THE FIRST QUARTER OF 1998 ended on Friday, March 3; two years later...",
        "Ayer, 25 de enero de 2011 — el lunes ſiguiente, İstanbul, 3 p.m. «Friday»",
    ):
        found = [(g.begin, sorted(ri for ri, _ in g.cands)) for g in scan(text, _ENGLISH)]
        assert found == _scan_by_look_behind(text), text
        assert found


def test_tense_clause_breaks_and_perfect() -> None:
    text = "Sales rose 1,000 units; they have said (in March) they'll grow — again"
    t = SentenceTense(text, 5)
    # not the comma of "1,000"
    assert t._bounds == [5 + text.index(c) for c in ";()—"]
    have = 5 + text.index("have")
    assert t.has_perfect(have + 1) and not t.has_perfect(have)
    assert SentenceTense("We've met.", 0).has_perfect(1)
    assert not SentenceTense("Havens and hash.", 0).has_perfect(99)


def test_a_state_since_a_year_still_found_after_the_check() -> None:
    text = "The bridge has carried trains since 1889. Trains ran from 1890."
    at = text.index("1889")
    assert news_cues.state_to_now(text, 0, at)
    assert not news_cues.state_to_now(text, 42, text.index("1890"))
    assert news_cues.ends_with_word("It has stood SINCE \n", 0, 20, "since")
    assert news_cues.ends_with_word("ſince ", 0, 6, "since")  # non-ASCII: always searched
    assert not news_cues.ends_with_word("since then ", 0, 11, "since")


def test_a_study_finding_found_with_and_without_the_check() -> None:
    text = (
        "The trial tracked 900 smokers in 2023. Relapses were LESS LIKELY with the patch. "
        "Relapſes roſe at home."
    )
    out = dated_sentences(text, datetime.date(2025, 5, 2))
    (dated,) = [d for d in out if d.timex.text == "2023"]
    first, second = text.index("Relapses"), text.index("Relapſes")
    assert study_periods.study_period(text, (first, second - 1), [dated], "2025-05-02")
    assert not study_periods.study_period(text, (0, first - 1), [dated], "2025-05-02")
    # Long s: not ASCII, so searched all the same ("roſe" is "rose" case-insensitively)
    assert study_periods.study_period(text, (second, len(text)), [dated], "2025-05-02")


def test_a_wait_on_completion_found_with_and_without_the_check() -> None:
    """The completion regex is tried only where one of its words is: any case, any script."""
    text = "Pay rises take effect ONCE THE MERGER GOES THROUGH, the union said."
    assert waits_on_completion(text, 0, len(text))
    assert not waits_on_completion(text, 0, text.index("GOES"))  # its words cut off
    assert waits_on_completion("The board quits on the cloſing date.", 0, 36)  # long s: searched
    assert not waits_on_completion("The shop is closing on the date set.", 0, 36)
