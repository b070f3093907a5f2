"""A dateless plan right after a dated one, in the same paragraph: "The society's dinner is on
Friday 5 March 2027. Its oldest member will propose the toast." "The choir sings at the abbey on
Saturday 12 June 2027; the bishop has promised to attend." A reader puts the toast and the
attending on the occasion just announced: what is to come with no time of its own belongs to
the plan told before it. Only a sentence without any date expression whose verb is "will",
"shall", "'ll" or "has promised (agreed, offered) to", not negated, after a sentence whose last
event is planned on a day after the publication day, with no blank line between them."""

from __future__ import annotations

import re
from typing import Any

from .clause_events import clause_on
from .cue_guard import guard
from .model import PLANNED, DatedSentence

_PLAN = re.compile(
    r"(?i)\b(?:will|shall|(?<=\w)'ll|(?<=\w)’ll|(?:has|have)\s+(?:promised|agreed|offered)\s+to)"
    r"\s+(?!not\b|never\b|no\s+longer\b)(?:also\s+|then\s+)?[a-z]"
)
_PROMISED = guard(r"(?i)\b(?:has|have)\s+(?:promised|agreed|offered)\s+to\s")  # by its verbs
_MOVES = re.compile(r"(?i)\b(?:later|afterwards|after\s+that|then|next|until|meanwhile)\b")
_GAP = 400  # characters from the plan's clause to the sentence at most


def plan_followers(
    text: str,
    sentences: list[tuple[int, int]],
    by_sent: dict[int, list[Any]],
    out: list[DatedSentence],
    dct: str,
) -> list[DatedSentence]:
    """`out` (in reading order) with an event for each sentence without a date expression or
    an event that is a plan, on the day of the plan told right before it (module doc)."""
    if "will" not in text and "'ll" not in text and "promised" not in text:
        return out  # the cheap test first
    extra: list[DatedSentence] = []
    dropped: set[int] = set()  # "has promised to speak": today's event, given up for the plan's
    k = 0  # events before the sentence
    for si, (b, e) in enumerate(sentences):
        while k < len(out) and out[k].begin < b:
            k += 1
        j = k
        while j < len(out) and out[j].begin < e:
            j += 1
        own = range(k, j)  # the sentence's own events (`out` is in reading order)
        if by_sent.get(si) or not k:
            continue
        if own and not (all(out[j].around for j in own) and _PROMISED.search(text, b, e)):
            continue
        got = _follower(text, (b, e), out[k - 1], dct)
        if got is not None:
            extra.append(got)
            dropped.update(own)
    if not extra:
        return out
    kept = [d for j, d in enumerate(out) if j not in dropped]
    return sorted([*kept, *extra], key=lambda d: (d.begin, d.clause[0]))


def _follower(
    text: str, sentence: tuple[int, int], base: DatedSentence, dct: str
) -> DatedSentence | None:
    """An event of `sentence` on the day of `base`, the last event before it, where the
    sentence is a plan and `base` one on a day to come in the same paragraph."""
    b, e = sentence
    plan = _PLAN.search(text, b, e)
    if plan is None or _MOVES.search(text, b, e) or base.comparison:
        return None
    if base.status != PLANNED or base.precision != "day" or base.start[:10] <= dct[:10]:
        return None
    if b - base.clause[1] > _GAP or "\n\n" in text[base.clause[1] : b]:
        return None
    title = " ".join(text[b:e].split()).rstrip(".")
    # around a day only where its base is (a plan under a week-ahead heading)
    return clause_on(base, title, (b, e), status=base.status, sentence=(b, e), around=base.around)
