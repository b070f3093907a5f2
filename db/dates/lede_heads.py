"""The lines above a news story's lede: a section label ("EDUCATION"), a headline ("Tagged
cuckoo crosses the Sahara in record time"), a byline and a date line. None of them ends with a
sentence's stop; the lede is the first paragraph that does ("Twin cubs have been born at the
park."). A story that opens with its headline would otherwise have its headline read as its lede,
and the lede's perfect, told without a day, would never meet the later clause that gives it one
(`lede_retold`)."""

from __future__ import annotations

import re

from .sentences import BLANK_LINE

_HEAD_PARAGRAPHS = 3  # a label, a headline, a byline block: at most this many above the lede
_HEAD_CHARS = 300  # a head paragraph is short
# a sentence's stop: a full stop, a question or an exclamation, maybe closed by a quote
_STOP = re.compile(r"[.!?]['’\"”)]?(?:\s|$)")


def lede_start(text: str) -> int:
    """Where the lede begins: after the paragraphs at the text's head that end no sentence
    (0 where the first paragraph already is one, or where no sentence-ending one follows soon)."""
    begin = 0
    for n, m in enumerate(BLANK_LINE.finditer(text, 0, _HEAD_PARAGRAPHS * _HEAD_CHARS)):
        if n >= _HEAD_PARAGRAPHS or m.start() - begin > _HEAD_CHARS:
            return 0
        if _STOP.search(text, begin, m.start()):
            return begin  # this paragraph ends sentences: the lede
        begin = m.end()
    return begin if _STOP.search(text, begin, begin + _HEAD_CHARS * 5) else 0
