"""A sentence the writer puts wholly in brackets is an aside: "The mill opened in March 1881.
(Its owner later sold it at a loss in 1897.) That summer the wheel was rebuilt." The year inside
the brackets dates the aside's own clause, but the story goes on from where it was before the
bracket opened: "That summer" is 1881's, not 1897's. Only where the text has a story year of its
own before the bracket (a text that opens with a bracket still starts its story there). Used by
`story_years.passing_year`.
"""

from __future__ import annotations

import re

# What may follow the closing bracket for the bracket to have held the whole sentence: the end
# of the text, a line break, or the next sentence's capital, quote or bracket.
_CLOSED_SENTENCE = re.compile(r"\)\s*(?:$|\n|[A-Z\"“‘'(])")
# The sentence inside the brackets ends with its own stop before the bracket: "... in 1897.)"
_STOP_BEFORE_CLOSE = re.compile(r"[.!?][\"”’']?\)")


def in_bracketed_sentence(text: str, sb: int, begin: int) -> bool:
    """Whether the date at `begin` sits in a sentence (from `sb`) that opens with a bracket and
    closes with it after its own full stop ("(He kept the receipt, dated 1902.)"): an aside."""
    if not text.startswith("(", sb):
        return False
    close = text.find(")", begin)
    if close < 0 or "(" in text[sb + 1 : begin] or ")" in text[sb:begin]:
        return False  # a bracket of its own inside ("(see p. 4)") or the aside closed already
    if _STOP_BEFORE_CLOSE.match(text, close - 1) is None and not (
        _STOP_BEFORE_CLOSE.match(text, close - 2)
    ):
        return False
    return _CLOSED_SENTENCE.match(text, close) is not None
