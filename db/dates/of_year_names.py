"""A year after "of" that closes a noun phrase names a thing by its year ("renounced the
non-aggression pact of 1932", "under the constitution of 1791", "the floods of 1910"): told in a
story of another year, it does not take the story back there ("... the pact of 1932. Soviet
forces crossed the border on 30 November" is the story's November). A part of a year ("the
summer of 1919", "the end of 1932", "most of 1988") is the story's time, and so is a thing's
year when the text has no year yet. Used by `story_years.passing_year`."""

from __future__ import annotations

import re

from .year_frames import frames_the_sentence

# "the [up to three words] NOUN of " right before the date
_NOUN_OF = re.compile(r"(?i)\bthe\s+(?:[\w'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*)\s+of\s+$")
# a bare year ("the law of 1 January 1864" dates a document the story may go on from)
_BARE_YEAR = re.compile(r"(\d{3,4})\b(?!\s+(?:BC|AD|BCE|CE)\b)")
# nouns whose "of YEAR" is a time in that year, not a thing named by it
_TIME_NOUNS = frozenset(
    "year years month months week weeks day days night nights season seasons spring summer "
    "autumn fall winter end ends beginning beginnings start middle midst half halves quarter "
    "quarters part parts most much all rest remainder course close turn whole bulk first last "
    "early late events time times period calendar decade century morning afternoon evening eve "
    "dawn dusk daybreak nightfall noon midnight hours january february march april "
    "may june july august september october november december".split()
)


# a feast's happening, "the Martinmas hiring of 1931", "the Easter rising of 1916": a day of
# that year the story may go on from ("He walked there the same afternoon"), not a thing's name
_FEAST_HAPPENING = re.compile(
    r"(?i)\bthe\s+(?:christmas|easter|whitsun|whit|michaelmas|martinmas|candlemas|lammas|"
    r"midsummer|lady\s+day|new\s+year)\s+[a-z]+\s+of\s+$"
)


def names_a_thing(text: str, sb: int, begin: int, story_year: int) -> bool:
    """Whether the bare year at `begin` (sentence from `sb`) names a thing ("the pact of 1932") by a
    year other than the story's (`story_year`); a substring test first."""
    before = text[max(sb, begin - 60) : begin]
    if not before.lower().endswith(" of "):
        return False
    year = _BARE_YEAR.match(text, begin)
    if year is None or int(year[1]) == story_year:
        return False
    m = _NOUN_OF.search(before)
    if m is None or m["noun"].lower() in _TIME_NOUNS or _FEAST_HAPPENING.search(before):
        return False
    # ", in the drought of 1976, began on 2 July": a frame of the sentence's time (`year_frames`)
    return not frames_the_sentence(text[sb:begin])
