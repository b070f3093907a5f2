"""A teller's account carried on after its content went to the story's day: "A fire gutted a
bakery on Thursday. The baker yesterday told police he left an oven on. He said he went out for
ten minutes, returning to find the kitchen ablaze." The first report's content is the story's
(`reported_happenings.split_dated_report`, or a report `day_runs` moved whole); the next
saying of the same teller ("He said", "and said", "She added that") tells more of the same
account, and a reader puts what it tells, when it is a happening told in the simple past, on
the same day. Only a pronoun, no subject at all (a conjunct, "and said") or a "the ..." the
report named ("The watchman said"): a saying of someone else ("Police said the fire spread",
"The union said") is that teller's news and stays on its own day."""

from __future__ import annotations

import re
from collections.abc import Callable

_WORDS = ("said", "added", "explained", "recalled", "told")
_RETOLD = re.compile(
    r"[\s\"”'`,]*(?:and\s+|then\s+|later\s+)?"
    r"(?:(?P<who>he|she|they|the\s+(?P<noun>[a-z]+))\s+)?(?:also\s+|later\s+)?"
    r"(?:said|added|explained|recalled|told\s+(?:them|him|her|police|officers|investigators))"
    r"\s+(?:that\s+)?(?!to\b)(?=[a-z])",
    re.I,
)


def retold_content(
    text: str,
    b: int,
    e: int,
    teller: str,
    told_past: Callable[[str, int, int, bool], bool],
) -> bool:
    """Whether the clause text[b:e] opens with a further saying of the teller of the report
    `teller` (its words: "The night watchman ... told police"), by a pronoun, no subject ("and
    said") or a "the ..." its words name ("The watchman said"), whose content, to the clause's
    end, is a happening told in the past."""
    head = text[b : min(e, b + 60)]
    if not any(w in head for w in _WORDS):
        return False  # the cheap guard: no saying near the clause's start
    m = _RETOLD.match(text, b, min(e, b + 60))
    if m is None or (m["noun"] and m["noun"].lower() not in teller.lower().split()):
        return False  # "The union said": another teller's news
    return told_past(text, m.end(), e, False)
