"""The year of a happening named by its year: "the council of 451", "the synod of 1215", "the
siege of 1141", "the flood of 1953", "the Easter service of 564". TimeML marks the year, and a
reader dates the happening by it (`of_year_names` keeps the story's time where it was for a
thing, "the pact of 1932"). A three-digit number after "of" is mostly an amount ("a fleet of 300
ships"), so `early_years` takes one only after such a noun; a feast before the noun takes the
year too ("the Easter service of 564" is Easter 564, not the publication year's)."""

from __future__ import annotations

import re

from ..happening_nouns import is_happening_noun

# happenings of a chronicle that no ending tells: "the council of 451", "the sack of 410"
_NOUNS = frozenset(
    "council synod diet battle siege sack fall flood floods fire plague famine revolt rising "
    "war raid campaign earthquake eclipse crusade conclave schism massacre storm peace treaty "
    "edict service services feast mass vigil court parliament assembly pilgrimage voyage "
    "expedition census embassy riots riot strike mutiny coup fair tournament jubilee".split()
)
# "the [one or two words] NOUN of " right before the number
_NOUN_OF = re.compile(r"(?i)\bthe\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+$")
# a feast's noun, then the year: "Easter service of 564", "Christmas court of 1085"
FEAST_YEAR = re.compile(
    r"\s+(?:[a-z]+\s+){0,1}?(?P<noun>[a-z]+)\s+of\s+(?P<y>[1-9]\d{2,3})(?![\d,.]\d|\s*[-–]\d)"
)


# what a number counts where it is an amount, not a year
_COUNTED_AFTER = re.compile(
    r"\s+(?:pounds|dollars|euros|people|men|women|children|guests|visitors|tickets|copies|"
    r"names|signatures|tonnes|tons|miles|acres|homes|households|families|members|staff|workers)\b"
)


def happening_of(before: str) -> bool:
    """Whether `before` ends with "the NOUN of " for a noun that names a happening."""
    if not before.lower().endswith(" of "):
        return False
    m = _NOUN_OF.search(before, max(0, len(before) - 60))
    return m is not None and (m["noun"].lower() in _NOUNS or is_happening_noun(m["noun"]))


def feast_year(after: str) -> int | None:
    """The year of "[feast] service of 564" after a feast's name; None where none follows."""
    m = FEAST_YEAR.match(after)
    if m is None or _COUNTED_AFTER.match(after, m.end()):
        return None  # "the Christmas appeal of 1500 pounds": an amount
    noun = m["noun"].lower()
    # any happening's noun: "the Martinmas hiring of 1931", "the Whitsun walk of 1912"
    if noun not in _NOUNS and not is_happening_noun(noun):
        return None
    return int(m["y"])
