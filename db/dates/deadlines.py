"""A deadline's year is no time a story is told in: "would close two plants by the end of 2028.
The company will publish its results on March 3" is the next March 3, not 2028's. Used by
db.dates.extract for the text's year (`story_years.passing_year` holds the other years in
passing)."""

import re

# "by the end of 2028", "by 2030" inside a clause (after a word): a limit on what is to come. A
# deadline opening its sentence ("By the end of 1942, ...") frames a narrative and is left alone.
_DEADLINE_BEFORE = re.compile(r"(?i)(?<=\w\s)by\s+(?:the\s+(?:end|close|middle)\s+of\s+)?$")


def deadline_year(text: str, sb: int, begin: int, to_come: bool) -> bool:
    """Whether the explicit year at `begin` is a deadline of what is to come (`to_come`: its
    clause speaks of the future), which leaves the text's year where it was."""
    return (
        to_come
        and "by " in text[max(sb, begin - 30) : begin].lower()
        and _DEADLINE_BEFORE.search(text, max(sb, begin - 30), begin) is not None
    )
