"""What `reign_events` and `life_events` share: the events of clauses no date expression dates,
placed at a year a reader infers (a reign's start, a birth year plus an age). The sentence a
position is in, its happenings (those `extract` found, else found now), and the event itself."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from .happenings import SentenceHappenings
from .model import REFERENCE, Anchor, DatedSentence, Timex


def sentence_at(text: str, sentences: Sequence[tuple[int, int]], at: int) -> int:
    """The index of the sentence `at` is in (-1 before the first)."""
    return bisect_right(sentences, (at, len(text) + 1)) - 1


def happenings_of(
    text: str,
    sentences: Sequence[tuple[int, int]],
    si: int,
    mentions: Sequence[Any],
    happenings: dict[int, SentenceHappenings],
    dct: str | None,
) -> SentenceHappenings:
    """Sentence `si`'s happenings: `extract`'s where it found them, else read around the
    sentence's own date expressions (`mentions`: `begin`, `end`, `sent`)."""
    sb, se = sentences[si]
    got = happenings.get(si)
    if got is not None:
        return got
    return SentenceHappenings(
        text, sb, se, [(m.begin, m.end) for m in mentions if m.sent == si], dct
    )


def year_event(
    text: str,
    sentence: tuple[int, int],
    at: tuple[int, int],
    year: str,
    rule: str,
    title: str,
    title_span: tuple[int, int],
    status: str,
) -> DatedSentence:
    """The event of the clause `title_span`, placed at `year` by the words `at` (`rule`)."""
    start, end = at
    timex = Timex(start, end, text[start:end], "DATE", year, Anchor(REFERENCE, year), rule)
    return DatedSentence(
        sentence[0], sentence[1], year, None, "year", timex,
        title=title, title_span=title_span, status=status,
    )  # fmt: skip
