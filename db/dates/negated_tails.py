"""What did not happen, told in a later part of a dated sentence: "On the night of 3 March 1941
the sirens sounded, but no planes came", "the treasurer resigned, for the accounts had not been
approved", "In 1962 my father wrote that the swifts had not returned". The part has no date of
its own and leans on the sentence's, so the happened event's span took it; a reader also puts
what did not happen on the timeline, at the same date, negated (`but_none` does "but no deal was
signed"; this adds a "no" subject with an active past, a reason after "for" or "because", and
the content of a past verb's "that"). Only a negated happening counts (`told_negations`): a
negated state ("noted that the mill was not for sale") or a negation inside a quotation is none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cue_guard import guard
from .model import HAPPENED, NEGATED, PUBLICATION_DAY, DatedSentence
from .told_negations import NEGATED_HAPPENING

# where the part begins: after "but", ", for", "because", or "that" after a past verb
_CUE = guard(
    r"(?i)\bbut\s+|,\s+for\s+|\bbecause\s+"
    r"|\b(?:[a-z]{2,}ed|wrote|found|saw|knew|heard|said|told|thought)\s+that\s+"
)
# where it ends: the sentence's or a clause's stop, or a new predicate after ", and" / ", but"
_END = re.compile(r"[.;:!?\n]|,\s+(?:and|but|so|then)\s")
# "no planes came", "nobody answered", "no word reached them"
_NONE_CAME = re.compile(
    r"(?i)(?:no|nobody|no\s+one|nothing|none)\b(?:\s+[a-z-]+){0,2}?\s+"
    r"(?:[a-z]{2,}ed|came|fell|went|rose|ran|spoke|stirred|moved|left|got|broke|sank)\b"
)
_QUOTES = ('"', "“", "”")
_WORDS = (" not ", "n't", "n’t", " no ", "nobody", "nothing", "none ", "never", "failed to")


def _quoted(text: str, begin: int, at: int) -> bool:
    """Whether `at` lies inside a quotation opened after `begin`."""
    before = text[begin:at]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def negated_tails(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with a negated event for each part of a happened event's clause that tells what
    did not happen (module docstring)."""
    if not any(w in text for w in _WORDS):
        return out  # the cheap exact test first
    starts = sorted(d.timex.begin for d in out if d.timex.text)
    negated = [d.clause for d in out if d.status == NEGATED]
    extra: list[DatedSentence] = []
    for d in out:
        if d.status != HAPPENED or not d.timex.text or d.timex.rule == PUBLICATION_DAY:
            continue
        if d.comparison:
            continue
        b, e = d.clause
        for cue in _CUE.finditer(text, d.timex.end, e):
            tb = cue.end()
            stop = _END.search(text, tb, e)
            te = stop.start() if stop else e
            tail = text[tb:te]
            if not tail or tail[0] in _QUOTES or any(tb <= s < te for s in starts):
                continue  # a quotation, or a date of its own dates it
            m = _NONE_CAME.match(tail) if cue.group().strip().lower() == "but" else None
            m = m or NEGATED_HAPPENING.search(tail)
            if m is None or _quoted(text, d.begin, tb + m.start()):
                continue
            at = tb + m.start()
            if any(nb <= at < ne for nb, ne in negated):
                continue  # negated already ("but no deal was signed": `but_none`)
            words = tail.rstrip(" ,")
            title = words[:1].upper() + words[1:]
            extra.append(replace(d, title=title, title_span=(tb, tb + len(words)), status=NEGATED))
            negated.append((tb, tb + len(words)))
    if not extra:
        return out
    return sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))
