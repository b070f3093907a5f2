"""A year in which a story was told, recorded or printed, set off as an aside: "Albert Venn, a
docker, recorded for the museum in 1971", "the carter, interviewed by the library in 1968,",
"her diary (reprinted 1962)", "his account, first published in 1890,". It dates the telling,
not the time the story goes on in: after the speech or the extract it introduces, "on 22 August"
is still the story's August. Only where the text has a story year of its own before it (a lone
"Recorded in 1971." moves the text there as before). Used by `story_years.passing_year`.
"""

from __future__ import annotations

import re

# the participles of telling; the cheap exact test before the regex
_WORDS = ("record", "interview", "tape", "transcri", "print", "publish", "broadcast", "issued")
# set off by a comma or a bracket: ", recorded for the museum in ", "(reprinted "
_TOLD_IN = re.compile(
    r"(?i)[,(]\s*(?:first\s+|later\s+|originally\s+|since\s+)?"
    r"(?:recorded|interviewed|taped|transcribed|re-?printed|printed|re-?published|published|"
    r"broadcast|re-?issued)\b[^,;:.()\"“”]{0,60}?(?:\bin\s+)?$"
)


def telling_year(text: str, sb: int, begin: int) -> bool:
    """Whether the explicit year at `begin` (sentence from `sb`) ends an aside telling when a
    story was recorded or printed (`_TOLD_IN`; a substring test first, 90 characters back)."""
    near = text[max(sb, begin - 90) : begin]
    low = near.lower()
    if not any(w in low for w in _WORDS):
        return False
    return _TOLD_IN.search(near) is not None
