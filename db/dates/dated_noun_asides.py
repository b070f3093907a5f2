"""A year-less date set between commas after a noun its year names: "The 1953 surge, on the
night of 31 January, drowned 17 people", "The 2004 tsunami, on 26 December, killed". The
aside tells when that thing was, so the date is in the noun's year, however near the
publication date its day and month fall ("31 January" in an article of 1 February is 1953's,
not last night's). A year elsewhere in the sentence ("In 2019 the firm ..., and on 31 January")
or a year that is no adjective ("the surge of 1953, on ...") is left to the other rules."""

from __future__ import annotations

import re

# "[The] 1953 [storm] surge, [on] [the night of] " up to the date: a determiner, the year, one or
# two lower-case nouns, a comma and a few words of the aside with no other comma or stop
_ASIDE = re.compile(
    r"(?:^|[\s(\"“])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(1\d{3}|20\d\d)\s+"
    r"(?:[a-z][\w-]*\s+)?[a-z][\w-]{2,}\s*,\s+[^,;.!?()\"“”\d]{0,30}$"
)


def aside_year(sentence_before: str) -> int | None:
    """The year of the noun whose comma-set aside the text before a year-less date (from its
    sentence's start) ends in, if any."""
    if "," not in sentence_before[-45:]:
        return None
    m = _ASIDE.search(sentence_before[-80:])
    return int(m.group(1)) if m else None
