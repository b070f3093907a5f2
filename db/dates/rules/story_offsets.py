""" "Five days before that, the column had been driven back", "Galtieri was forced from office
three days after the surrender": an amount before or after what the story just told, with no
date of its own after it, counts from the story's last day. Only in a history (a story's day
in a year long past) and only before "that", "this", "then" or a noun phrase of the story
("the surrender", "his defeat"); in news "a day after the vote" names a day the text may not
have given, and stays an amount."""

from __future__ import annotations

import datetime as dt
import re

from ..periods import Point, shift
from .anchoring import GRAN_RANK, HISTORY_YEARS
from .table import Ctx, Res

_BACK_TO_STORY = re.compile(r"\s+(?:that|this|then|the|his|her|its|their)\b(?!\s+\d)")


def from_story_point(c: Ctx, step: int, unit: str) -> dt.date | None:
    """The story's last day moved by `step` units, where the offset points back to it."""
    ref = c.ref
    if ref is None or ref[1] != "day" or c.dct is None or unit not in ("day", "week"):
        return None
    if ref[0].year > c.dct.year - HISTORY_YEARS or not _BACK_TO_STORY.match(c.after()):
        return None
    return shift(ref[0], step, unit)


# "On 18 November it confirmed ..., and four days after that it voted": "that" ends the phrase
# and points back to the sentence's own date, from which the amount counts forward.
_THAT_ENDS = re.compile(r"\s+(?:that|this|then)(?:\s*[,;.]|\s+(?:it|he|she|they|we|the|a|an)\b)")


def counts_from_sentence_date(after: str) -> bool:
    """Whether an amount before/after is followed by a bare "that" pointing back to the
    sentence's date ("four days after that it voted"), not by a clause of its own ("a day after
    Erdogan said", whose event is that many days before the date)."""
    return "th" in after[:8] and bool(_THAT_ENDS.match(after))


# "..., and three years after the invasion Cnut was king": the amount opens a clause joined to
# the dated one, which tells the happening it counts from (not an apposition to the date)
_AND_BEFORE = re.compile(r"(?i)(?:,\s*|\s)(?:and|and\s+then|then)\s+$|;\s*$")


def opens_coordinate(before: str) -> bool:
    """Whether the amount opens a clause after "and" or a semicolon (`before`: the text before)."""
    return bool(_AND_BEFORE.search(before[-12:]))


# "A century before, the monks ...": the amount and "before" / "after" open the sentence and end
# their phrase ("that Shackleton had reached three years before." is a look back in passing)
_ENDS_PHRASE = re.compile(r"\s*,")


def opens_anecdote(c: Ctx) -> bool:
    """Whether "N units before," / "N units after," opens its sentence, then a comma: it counts
    from the story's time, as "earlier" / "later" do, and the anecdote it opens goes on there."""
    return not c.before().strip(" \"'“‘(") and bool(_ENDS_PHRASE.match(c.after()))


def story_year_kept(res: Res, ref: Point | None, unit: str) -> Res:
    """ "Two centuries earlier, a wooden church stood there ... the following year": an
    anecdote counted in decades or centuries from a year is drawn as that decade or century,
    but the story goes on in the year it counted to, for what follows to count from."""
    if unit not in ("decade", "century") or res.point is None or ref is None:
        return res
    if GRAN_RANK[ref[1]] > GRAN_RANK["year"]:
        return res
    res.point = (dt.date(res.point[0].year, 1, 1), "year")
    return res


# "His wife died on the 15th, and he four days after her": an object pronoun ends the phrase and
# stands for what the sentence just dated; the amount counts on from that date. Not in
# apposition to the date ("She died in 1990, ten years after him": he died ten years before).
_PRONOUN_ENDS = re.compile(r"\s+(?:him|her|them|it)\s*(?:[,;.)]|$)")


def counts_from_pronoun(before: str, after: str) -> bool:
    """Whether an amount after "after" or "before" ends on a pronoun for what the sentence
    dated (`before`, `after`: the text around the amount), outside an apposition to the date."""
    return (
        after[:1].isspace()
        and bool(_PRONOUN_ENDS.match(after))
        and not before.rstrip().endswith(",")
    )
