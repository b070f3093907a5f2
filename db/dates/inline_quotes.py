"""A record's words quoted inside a sentence, with no colon before them: "The rector's journal
for 2 February 1861 complains that the choir 'sang this morning as if half asleep'", "A notice in
the Gazette of Monday 4 June 1849 offered the mill 'to be let from the 25th instant'". The
sentence before the opening mark names the record and its day; the quotation's "this morning",
"instant" count from that day (`quoted_letters`). Only a quotation of some words, opened after a
space in the middle of a sentence: a scare-quoted word ("the so-called 'new town'") is not a record.
"""

from __future__ import annotations

import re
from functools import lru_cache

# an opening mark after a word of the sentence and a space, before a word (the mark first: `re`
# skips to it in C, where a look-behind first was tried at every character of the text)
_INLINE = re.compile(r"(['‘\"“])(?<=[a-z,] .)(?=[A-Za-z])")
_MIN_WORDS = 4  # a quotation this long at least before its closing mark (or the text's end)
_CLOSE_MARKS = {"'": "'’", "‘": "’'", '"': '"”', "“": '”"'}
# the record's noun or the verb that quotes it, needed in the words before an inline quotation
RECORD_WORDS = re.compile(
    r"(?i)\b(?:letters?|diary|journal|notebooks?|telegram|dispatch|despatch|postcard|"
    r"entry|minutes?|log|advertisement|advert|notice|deposition|affidavit|petition|"
    r"catalogue|handbill|placard|particulars|"  # a sale's papers
    r"complain(?:s|ed)?|describ(?:es|ed)|wr(?:ote|ites))\b"
)


@lru_cache(maxsize=4)
def inline_openers(text: str) -> tuple[int, ...]:
    """Where each quotation of `_MIN_WORDS` words or more opened inside a sentence begins."""
    marks = []
    for m in _INLINE.finditer(text):
        at = m.start(1)
        closers = _CLOSE_MARKS[text[at]]
        end = min((i for i in (text.find(c, at + 1) for c in closers) if i > 0), default=len(text))
        if len(text[at + 1 : end].split()) >= _MIN_WORDS:
            marks.append(at)
    return tuple(marks)
