""" "three quarters of the residents", "a quarter of its output": a share of something, not a
span of quarters. "the first quarter of 1998" is a date and "two quarters of growth" a span:
only a determiner after "of" makes it a share, unless a time follows ("a quarter of the year"),
or a grain or coal the quarter measures ("a quarter of wheat")."""

from __future__ import annotations

import re

_OF_DETERMINER = re.compile(
    r"\s+of\s+(?:the|a|an|all|its|his|her|their|our|those|these|them|us|it)\b"
    r"(?!\s+(?:year|century|decade|season|month|hour|day|game|match|period|fiscal|calendar)\b)"
    # the old dry measure: "a quarter of wheat cost twenty shillings"
    r"|\s+of\s+(?:wheat|barley|oats|malt|corn|rye|beans|peas|grain|coal|salt)\b",
    re.I,
)


def fraction_of(after: str) -> bool:
    """Whether the words after "N quarters" make it a share ("of the residents")."""
    return after[:4].lstrip().lower().startswith("of") and bool(_OF_DETERMINER.match(after))
