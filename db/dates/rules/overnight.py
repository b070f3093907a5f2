""" "Engineers rolled the update back overnight", "the calf was driven overnight to the
sale": the night of the day the story is on (a day, or a time of it, told before in the text),
as TimeML marks it (TIME, "TNI"). Not "an overnight stay" or "overnight on Monday" (a noun's
attribute; a night the next date names) and not where the story is on no day."""

from __future__ import annotations

import re

from ..periods import ymd
from .anchoring import GRAN_RANK
from .table import Ctx, Groups, Res, make, rule

# what may follow the adverb: a stop, a conjunction, a preposition of place or a clause's words
_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\"”’—–]|$)|\s+(?:and|but|so|to|in|into|at|from|before|while|as|when|until)\b"
)
_BEFORE_NOUN = re.compile(r"(?i)\b(?:an|the|a|their|his|her|its|our)\s+$")


@rule("overnight", r"(?<![\w-])(?i:overnight)(?![\w-])", starts="overnight")
def _overnight(g: Groups, c: Ctx) -> Res | None:
    if not _AFTER.match(c.after()) or _BEFORE_NOUN.search(c.before()[-12:]):
        return None  # "an overnight stay", "overnight trains", "overnight on Monday"
    ref = c.ref
    if ref is None or GRAN_RANK[ref[1]] > GRAN_RANK["day"]:
        return None  # no day the story is on
    return make((ref[0], "day"), "TIME", f"{ymd(ref[0])}TNI", from_ref=True)
