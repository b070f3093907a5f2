"""What `reign_events`, `tenure_ordinals` and `life_events` share: the events of clauses no
date expression dates, placed at a year a reader infers (a reign's start, a term counted from a
tenure's start, a birth year plus an age). The sentence a position is in, its happenings (those
`extract` found, else found now), the event itself, and the loop that adds them. Each hook
takes one `StoryContext`, so a new hook (or a new fact a hook reads) changes no signature."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .happenings import Happening, SentenceHappenings
from .model import REFERENCE, Anchor, DatedSentence, Timex


@dataclass(frozen=True)
class StoryContext:
    """What the year-event hooks (`reign_events`, `tenure_events`, `life_events`) read of a
    text: `mentions` are its date expressions in reading order (`begin`, `end`, `sent`,
    `joined`, `comparison`, `res.dating`), `happenings` those `extract` found by sentence, `dct`
    the publication date, and `in_story(sentence)` whether it is told in the text's own past."""

    text: str
    sentences: Sequence[tuple[int, int]]
    mentions: Sequence[Any]
    happenings: dict[int, SentenceHappenings]
    dct: str | None
    in_story: Callable[[int], bool]


def sentence_at(text: str, sentences: Sequence[tuple[int, int]], at: int) -> int:
    """The index of the sentence `at` is in (-1 before the first)."""
    return bisect_right(sentences, (at, len(text) + 1)) - 1


def happenings_of(story: StoryContext, si: int) -> SentenceHappenings:
    """Sentence `si`'s happenings: `extract`'s where it found them, else read around the
    sentence's own date expressions."""
    sb, se = story.sentences[si]
    got = story.happenings.get(si)
    if got is not None:
        return got
    return SentenceHappenings(
        story.text, sb, se, [(m.begin, m.end) for m in story.mentions if m.sent == si], story.dct
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


def clause_event(
    sentence: tuple[int, int], start: str, precision: str, timex: Timex, got: Happening
) -> DatedSentence:
    """The event of happening `got` (its clause, title and status) placed at `start` by `timex`."""
    return DatedSentence(
        sentence[0], sentence[1], start, None, precision, timex,
        title=got.title, title_span=got.span, status=got.status,
    )  # fmt: skip


def with_events(out: list[DatedSentence], extra: list[DatedSentence]) -> list[DatedSentence]:
    """`out` and the events `extra` a hook adds, in reading order (`out` itself when none)."""
    if not extra:
        return out
    return sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))


def add_year_events(
    story: StoryContext,
    out: list[DatedSentence],
    found: Iterable[tuple[re.Match[str], int, str]],
    rule: str,
) -> list[DatedSentence]:
    """`out` with a year event for each (words, sentence, year) `found` whose clause no date of
    its own sentence dates and `out` has no event of yet, in reading order."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    extra: list[DatedSentence] = []
    for match, si, year in found:
        h = happenings_of(story, si)
        got = h.of(match.start(), match.end(), year)
        if got.empty or got.span is None:
            continue
        b, e = got.span
        if any(b <= m.begin < e and m.sent == si for m in mentions):
            continue  # a date of its own clause dates it
        held = [d for d in out if d.begin == sentences[si][0] and d.clause == got.span]
        if any(d.timex.begin >= sentences[si][0] for d in held):
            continue
        if held:  # only a date carried from a sentence before ("In my third year ..." after
            # "in the September of 1958"): the words of its own clause count for more
            out = [d for d in out if not any(d is h for h in held)]
        extra.append(
            year_event(
                text, sentences[si], match.span(), year, rule, got.title, got.span, got.status
            )
        )
    return with_events(out, extra)
