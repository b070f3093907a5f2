""" "three quarters of the residents", "a quarter of its output": a share of something, not a
span of quarters. "the first quarter of 1998" is a date and "two quarters of growth" a span:
only a determiner after "of" makes it a share, unless a time follows ("a quarter of the year")."""

from __future__ import annotations

import re

_OF_DETERMINER = re.compile(
    r"\s+of\s+(?:the|a|an|all|its|his|her|their|our|those|these|them|us|it)\b"
    r"(?!\s+(?:year|century|decade|season|month|hour|day|game|match|period|fiscal|calendar)\b)",
    re.I,
)


def fraction_of(after: str) -> bool:
    """Whether the words after "N quarters" make it a share ("of the residents")."""
    return after[:4].lstrip().lower().startswith("of") and bool(_OF_DETERMINER.match(after))
