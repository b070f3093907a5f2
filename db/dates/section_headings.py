"""Section headings ("Background", "First battle", "Aftermath") in an article: a line of a few
words on its own, with no full stop. An encyclopedia article on a war or a campaign is one
chronology cut into sections; the section under a heading carries the story on from the one
before it (its "On 17 January" is the year the last section was in), so a heading and the
paragraph under it do not count as new paragraphs for how far the text's year reaches."""

from __future__ import annotations

import re
from bisect import bisect_right

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# A heading: up to six words, the first capitalised, no sentence punctuation at its end.
_HEADING = re.compile(r"[^\S\n]*[A-Z][\w'’-]*(?:[^\S\n]+[\w'’-]+){0,5}[^\S\n]*")


def _is_heading(text: str, begin: int, end: int) -> bool:
    return bool(_HEADING.fullmatch(text, begin, end))


def paragraph_of_sentences(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """The paragraph (blank-line separated) each sentence is in, a heading and the paragraph
    under it counted with the paragraph before the heading."""
    bounds = [m for m in _BLANK_LINE.finditer(text)]
    if not bounds:
        return [0] * len(sentences)
    # index of each raw paragraph -> the counted one
    starts = [0] + [m.end() for m in bounds]
    ends = [m.start() for m in bounds] + [len(text)]
    counted, n, after_heading = [], 0, False
    for i, (b, e) in enumerate(zip(starts, ends, strict=True)):
        heading = i > 0 and _is_heading(text, b, e)
        if i > 0 and not heading and not after_heading:
            n += 1
        counted.append(n)
        after_heading = heading
    breaks = [m.start() for m in bounds]
    return [counted[bisect_right(breaks, b)] for b, _ in sentences]
