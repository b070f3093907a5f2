"""Section headings in an article's text ("Early life", "Career", "Later life and death"):
a short line without a full stop, between blank lines. A heading opens the paragraph under
it and goes on with the one before, so a story's year reaches past it ("took her degree in
1947.\\n\\nCareer\\n\\nShe then taught ..." is one story, not three paragraphs apart)."""

from __future__ import annotations

import re

from .sentences import BLANK_LINE

# a heading: a few words, capitalised, no sentence punctuation at its end
_HEADING = re.compile(r"[^\S\n]*[A-Z][\w'’-]*(?:[^\S\n]+[\w'’&-]+){0,7}[^\S\n]*")
# the same test on a line with the whitespace around it (str.strip's and \s are one set), so
# that no paragraph is copied to be tested: a heading line has no newline inside it
# (possessive words: no backtracking into them, which nothing after a word could take)
_HEADING_LINE = re.compile(r"\s*[A-Z][\w'’-]*+(?:[^\S\n]++[\w'’&-]++){0,7}\s*")


def paragraph_breaks(text: str) -> list[int]:
    """Where the text's paragraphs break (each blank line's start), leaving out the breaks
    around a heading line: a section goes on with the story the one before it told."""
    matches = list(BLANK_LINE.finditer(text))
    kept: list[int] = []
    prev = 0
    for k, m in enumerate(matches):
        line, prev = (prev, m.start()), m.end()
        under = k + 1 < len(matches) or text[m.end() :].strip()  # a paragraph under it
        if under and _HEADING_LINE.fullmatch(text, *line):
            if k > 0 and kept and kept[-1] == matches[k - 1].start():
                kept.pop()  # the break before the heading
            continue  # and the one after it
        kept.append(m.start())
    return kept
