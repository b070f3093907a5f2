"""Searches rewritten to open on their first character (issue 13's speed work) keep their
matches: what stands before the character is asked after it."""

from __future__ import annotations

from db.dates.clauses import _Toks
from db.dates.news_scenes import _PERFECT
from db.dates.written_quotes import _OPENER


def _spans(pattern, text: str) -> list[tuple[int, int]]:  # noqa: ANN001 - a compiled pattern
    return [m.span() for m in pattern.finditer(text)]


def test_opening_mark_at_a_line_start_or_after_a_space() -> None:
    text = "'Rain all day,' she wrote.\nHe said \"Go home\" and left"
    assert _spans(_OPENER, text) == [(0, 1), (35, 36)]


def test_opening_mark_after_a_letter_or_before_no_letter_is_none() -> None:
    assert _spans(_OPENER, "the boys' bikes") == []
    assert _spans(_OPENER, "a mark ' alone") == []
    assert _OPENER.search("x 'Late'", 3) is None  # the space before it is still read


def test_perfect_after_a_pronoun_or_a_name() -> None:
    text = "Police have since searched the flat. She's gone; they've left."
    assert [m.group() for m in _PERFECT.finditer(text)] == ["have since searched", "'ve left"]


def test_perfect_of_a_relative_or_a_modal_is_none() -> None:
    assert _spans(_PERFECT, "the staff who have worked there") == []
    assert _spans(_PERFECT, "It would have been late; Mathis has to go") == []
    assert [m.group() for m in _PERFECT.finditer("Hans has resigned")] == ["has resigned"]


def test_kinds_of_new_words_are_those_of_known_ones() -> None:
    words = "Zorblatt wrangled the qwixel , and said it rained"
    first = _Toks(words, 0, len(words), []).kind  # words not met yet
    again = _Toks(words, 0, len(words), []).kind  # every word known now
    assert first == again
