"""A year in a thing's later history as a museum or an archive tells it: "The ship's log of 1916
came to the county archive in 1983", "the letters, given to the library in 1952": when the
object reached the collection, not the time the story it holds is told in (the log's 1916).
Used by `story_years.passing_year`."""

from __future__ import annotations

import re

_KEEPERS = ("museum", "archive", "library", "collection", "record office", "gallery")
# came to / was given to / passed to ... the <keeper> ... in <year>
_PROVENANCE = re.compile(
    r"(?i)\b(?:came|went|passed|given|presented|bequeathed|donated|sold|lent|deposited|"
    r"acquired\s+by|bought\s+by)\s+(?:to\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}"
    r"(?:museum|archives?|library|collection|record\s+office|gallery)\b"
    r"[^,;:.()]{0,50}?\bin\s+$"
)


# the thing's own year, named before in the same sentence ("the log of 1916 came to ...")
_OWN_YEAR = re.compile(r"(?<![\d/.,])1[0-9]\d\d(?![\d/])")


def provenance_year(text: str, sb: int, begin: int) -> bool:
    """Whether the explicit year at `begin` (in the sentence from `sb`) is when a thing came to
    a museum, an archive or a library, where the sentence has named the thing's own year before
    it (a label's lone "Given to the museum in 1911." moves the story on as before; a substring
    test first)."""
    near = text[max(sb, begin - 120) : begin]
    low = near.lower()
    if not any(k in low for k in _KEEPERS):
        return False
    found = _PROVENANCE.search(near)
    return (
        found is not None
        and _OWN_YEAR.search(text, sb, begin - len(near) + found.start()) is not None
    )
