"""What `reign_events`, `tenure_ordinals` and `life_events` share: the events of clauses no
date expression dates, placed at a year a reader infers (a reign's start, a term counted from a
tenure's start, a birth year plus an age). The sentence a position is in, its happenings (those
`extract` found, else found now), the event itself, and the loop that adds them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
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


def add_year_events(
    text: str,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[Any],
    out: list[DatedSentence],
    happenings: dict[int, SentenceHappenings],
    dct: str | None,
    found: Iterable[tuple[re.Match[str], int, str]],
    rule: str,
) -> list[DatedSentence]:
    """`out` with a year event for each (words, sentence, year) `found` whose clause no date of
    its own sentence dates and `out` has no event of yet, in reading order."""
    extra: list[DatedSentence] = []
    for match, si, year in found:
        h = happenings_of(text, sentences, si, mentions, happenings, dct)
        got = h.of(match.start(), match.end(), year)
        if got.empty or got.span is None:
            continue
        b, e = got.span
        if any(b <= m.begin < e and m.sent == si for m in mentions):
            continue  # a date of its own clause dates it
        if any(d.begin == sentences[si][0] and d.clause == got.span for d in out):
            continue
        extra.append(
            year_event(
                text, sentences[si], match.span(), year, rule, got.title, got.span, got.status
            )
        )
    if not extra:
        return out
    return sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))
