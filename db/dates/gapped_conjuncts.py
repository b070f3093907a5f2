"""A passive's second half with its auxiliary left out: in "The hall will be closed on Monday 3
May, and its roof stripped for repair", "its roof stripped" shares "will be" with the first half
and so its day: the stripping is on 3 May too (and planned, as the closing is), not a happening
of the publication day. So in the past: "the spire was taken down on 4 May 1890 and its bells
sent to the foundry".

Only a dateless clause placed around the publication day, opened by "and" after a comma or a
space, that is a noun phrase with a determiner (a possessive, "the", "its") and then a past
participle with no verb of its own before it; the event before it in the sentence, dated to a
day, must hold a passive ("be", "been", "was", "were", "is", "are") before its date.
"""

from __future__ import annotations

import re

from .clause_events import moved_to_day
from .model import PUBLICATION_DAY, DatedSentence

# the conjunction before the clause: ", and " or " and "
_AND_BEFORE = re.compile(r",?\s+and\s+\Z")
# a noun phrase with its determiner, then a participle: "its movement brought back", "the bells
# sent", "his two sons sworn in" (no finite verb between: at most three words of the phrase)
_NP_WORD = r"(?!(?:was|were|is|are|be|been|being|had|has|have|will|would|could|did|do)\b)[a-z'’-]+"
_GAPPED = re.compile(
    rf"(?i)(?:its|his|her|their|the|our|my|your)\s+(?:{_NP_WORD}\s+){{0,2}}?{_NP_WORD}\s+"
    r"(?P<v>[a-z]+(?:ed|en)|brought|sent|put|set|sold|built|kept|left|made|shut|cut|laid|paid|"
    r"held|hung|rung|struck|shown|thrown|sewn|sung|spun|won|found|bound|ground|told|sworn|torn|"
    r"drawn|grown|known|blown)\b"
)
_NOT_PARTICIPLES = frozenset({"garden", "kitchen", "children", "women", "men", "oxen", "heaven"})
# a passive's auxiliary in the first half: "will be stopped", "was taken down"
_PASSIVE = re.compile(r"\b(?:be|been|was|were|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)\b")


def gapped_conjuncts(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` (in reading order) with each such gapped half moved onto the day of the half
    before it (module doc)."""
    if " and " not in text:
        return out  # the cheap test first
    moved: dict[int, DatedSentence] = {}
    for k, d in enumerate(out):
        if d.timex.rule != PUBLICATION_DAY or d.timex.text or not d.around or k == 0:
            continue
        b, e = d.clause
        if text.startswith("and ", b):  # the clause may hold its "and"
            b += 4
        elif _AND_BEFORE.search(text, max(0, b - 8), b) is None:
            continue
        m = _GAPPED.match(text, b, e)
        if m is None or m.group("v").lower() in _NOT_PARTICIPLES:
            continue
        host = _day_before(out, k, b)
        if host is None or _PASSIVE.search(text, host.clause[0], host.timex.begin) is None:
            continue
        moved[k] = moved_to_day(d, host, host.start[:10], status=host.status)
    if not moved:
        return out
    return [moved.get(k, d) for k, d in enumerate(out)]


def _day_before(out: list[DatedSentence], k: int, at: int) -> DatedSentence | None:
    """The last event of `out[k]`'s sentence before it, dated to a day by an expression ending
    before `at`; else None."""
    d = out[k]
    for j in range(k - 1, -1, -1):
        host = out[j]
        if host.begin != d.begin:
            return None
        if host.precision == "day" and host.timex.text and host.timex.end <= at:
            return host
    return None
