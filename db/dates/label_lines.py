"""A catalogue's lines, each an entry of short fragments set off by full stops with one date
among them, as specimen labels, registers and inventories are written:

    Sheet 40. Viola lutea. Scree above the lake, 3.vi.1899. Coll. J. B.
    Sheet 41. Primula farinosa. Wet bank, 12.vi.1899.

A reader takes the date for the whole entry, its headword ("Viola lutea") first: the event
covers the line, not only the fragment the date stands in ("Scree above the lake"), and a
fragment of such a line is not dated by the line before it. Only in a run of two or more such
lines (a catalogue, not a sentence that happens to stand alone), each of at least three
fragments of a few words, with one date of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .lexicon import MONTHS
from .model import DatedSentence

# a line's opening day: "Oct. 3. ", "May 29th. ", "4th. " (not "Sheet 40. ", a label's number)
_DAY_HEADING = re.compile(r"\s*(?:([A-Za-z]{3,9})\.?\s+)?\d{1,2}(?:st|nd|rd|th|d)?\.\s*")
_FRAGMENT_END = re.compile(r"\.(?:\s+|$)")
_MAX_LINE = 200  # characters: an entry, not a paragraph
_MIN_FRAGMENTS = 3
_MAX_WORDS = 9  # words of a fragment, on average
_MIN_RUN = 2  # entry lines in a row


def _entry_line(line: str) -> bool:
    """Whether a line reads as a catalogue entry: short fragments ending in full stops."""
    if not line or len(line) > _MAX_LINE or not line.rstrip().endswith((".", '"', "”")):
        return False
    fragments = [f for f in _FRAGMENT_END.split(line.strip()) if f]
    if len(fragments) < _MIN_FRAGMENTS:
        return False
    return sum(len(f.split()) for f in fragments) <= _MAX_WORDS * len(fragments)


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of the text's lines that are catalogue entries in a run of such lines."""
    spans, begin = [], 0
    for line in text.split("\n"):
        spans.append((begin, begin + len(line), _entry_line(line)))
        begin += len(line) + 1
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for b, e, entry in [*spans, (0, 0, False)]:
        if entry:
            run.append((b, e))
            continue
        if len(run) >= _MIN_RUN:
            out.extend(run)
        run = []
    return out


def catalogue_lines(text: str, dated: Sequence[DatedSentence]) -> list[DatedSentence]:
    """`dated` with an entry line's own date covering the line, and the dates other lines
    lent its fragments left out."""
    if "\n" not in text or not dated:
        return list(dated)
    lines = _lines(text)
    if not lines:
        return list(dated)
    own: dict[tuple[int, int], list[DatedSentence]] = {}
    for d in dated:
        for b, e in lines:
            if d.timex.text and b <= d.timex.begin < e:  # (a lent date's timex has no text)
                own.setdefault((b, e), []).append(d)
    heads = {line: min(ds, key=lambda d: d.timex.begin).timex for line, ds in own.items()}
    # a line that opens with its own day ("Oct. 3. To the thatcher ..., 12s.", an account
    # book's) has its fragments dated by that heading, a date no other line holds: its entry
    # is dated already, and a date later in it is an aside of its own
    headed = {
        line
        for d in dated
        if not d.timex.text
        and (line := _line_of(lines, d.clause)) is not None
        and _day_heading(text[line[0] : d.clause[0]])
        and not any(h.value == d.timex.value for other, h in heads.items() if other != line)
    }
    out, covered = [], set()
    for d in dated:
        line = _line_of(lines, d.clause)
        head = heads.get(line) if line is not None and line not in headed else None
        if line is None or head is None:
            out.append(d)  # not on an entry line, or on one without a date of its own
        elif d.timex == head:
            if line not in covered:  # the line's own date, once, for the whole entry
                covered.add(line)
                out.append(replace(d, title_span=line))
        elif d.timex.text and line[0] <= d.timex.begin < line[1]:
            out.append(d)  # another date of the line ("I found none here last year")
        # else a fragment dated by another line's date: the line's own date covers it
    return out


def _line_of(lines: list[tuple[int, int]], clause: tuple[int, int]) -> tuple[int, int] | None:
    """The entry line holding the clause, if any."""
    b, e = clause
    return next(((lb, le) for lb, le in lines if lb <= b and e <= le + 1), None)


def _day_heading(opening: str) -> bool:
    """Whether the words before a line's first clause are a day heading it opens with."""
    m = _DAY_HEADING.fullmatch(opening)
    return m is not None and (m.group(1) is None or m.group(1).lower() in MONTHS)
