"""A relative clause in the past perfect with a date of its own, inside a clause of a history told
in the simple past: "On 3 May 1920 the board met, and the mill that had shut in the slump of 1919
reopened its gates", "The jury sat on 9 June. It blamed the owners, who had cut the pumping since
the winter before." The shutting and the cutting are earlier, on their own dates; the reopening
and the blaming are the story's, on the day told before them (the last event before the clause,
later than the relative's date). The relative clause ("who", "which" or "that" before "had") is
cut from its event where its date is the event's; the clause around it, before the relative
word or after the date (its verb there), gets an event on the story's day; one cut off already
("The burghers, who had shut the gates a year earlier, opened them") gets one for its part after
the relative clause's stop. Only where that part is told in the simple past."""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_events import clause_on
from .model import DatedSentence
from .vague_amounts import told_in_past

_RELATIVE = re.compile(r"(?i)\b(?:who|which|that)\s+had\s+(?!to\b|been\s+due\b)[a-z]+")
_REACH = 160  # characters from the relative word to its date at most
_LOOK_BACK = 40  # events read back for the story's day (and around for what covers a part)
_STOPS = (";", ":", "(", ")", "–", "—", '"', "“", "”")


def pluperfect_relatives(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` (in reading order) with each dated past-perfect relative clause's event narrowed
    to it and an event on the story's day for the clause around it (module doc)."""
    if " had " not in text:
        return out  # the cheap test first
    changed: dict[int, DatedSentence] = {}
    extra: list[DatedSentence] = []
    for k, d in enumerate(out):
        s = d.timex
        if not s.text or d.comparison or k == 0 or d.around:
            continue
        cb, ce = d.clause
        if not (cb <= s.begin < ce) or " had " not in text[max(cb, s.begin - _REACH) : s.begin]:
            continue
        rel = _relative_before(text, max(cb, s.begin - _REACH), s.begin)
        if rel is None:
            continue
        base = _story_day(out, k, cb, dct)
        if base is None or base.start[:10] <= d.start[:10]:
            continue  # the relative's date is no earlier than the story's
        if rel > cb and told_in_past(text, cb, rel):  # "It blamed the owners, who had ..."
            extra.append(_on(base, d, text, (cb, rel)))
            changed[k] = replace(d, title_span=(rel, ce))
        elif s.end < ce and rel > cb and told_in_past(text, s.end, ce):  # "... reopened"
            lead = len(text[s.end : ce]) - len(text[s.end : ce].lstrip())
            extra.append(_on(base, d, text, (s.end + lead, ce)))
            changed[k] = replace(d, title_span=(cb, s.end))
        elif rel == cb or text[cb:rel].strip(" ,") == "":  # "The burghers, who ..., opened"
            extra += [_on(base, d, text, p) for p in _uncovered(text, out, k, cb, ce)]
    if not extra:
        return out
    kept = [changed.get(k, d) for k, d in enumerate(out)]
    return sorted([*kept, *extra], key=lambda d: (d.begin, d.clause[0]))


def _relative_before(text: str, lo: int, at: int) -> int | None:
    """Where the last past-perfect relative clause before the date at `at` begins, with no stop
    between it and the date; else None."""
    found = None
    for m in _RELATIVE.finditer(text, lo, at):
        found = m.start()
    if found is None or any(c in text[found:at] for c in _STOPS):
        return None
    return found


def _story_day(out: list[DatedSentence], k: int, cb: int, dct: str) -> DatedSentence | None:
    """The last event before the clause at `cb`, of the text's own past: the story's day."""
    for j in range(k - 1, max(-1, k - 1 - _LOOK_BACK), -1):
        b = out[j]
        if b.clause[0] < cb and not b.comparison and b.timex.text:
            return b if b.start[:10] < dct[:10] else None
    return None


def _uncovered(
    text: str, out: list[DatedSentence], k: int, cb: int, ce: int
) -> list[tuple[int, int]]:
    """The parts of `d`'s sentence before and after its clause (`cb` to `ce`) that no event
    covers and that are told in the simple past ("She met her brother, ...", "..., opened
    them without a shot.")."""
    found, d = [], out[k]
    for b, e in ((d.begin, cb), (ce, d.end)):
        near = out[max(0, k - _LOOK_BACK) : k + _LOOK_BACK]  # `out` is in reading order
        if e - b < 3 or any(x.clause[0] < e and b < x.clause[1] for x in near if x is not d):
            continue
        if told_in_past(text, b, e):
            found.append((b, e))
    return found


def _on(base: DatedSentence, d: DatedSentence, text: str, span: tuple[int, int]) -> DatedSentence:
    """An event of the clause at `span` (in `d`'s sentence) on `base`'s date."""
    title = " ".join(text[span[0] : span[1]].split()).strip(" ,.")
    return clause_on(base, title, span, status=base.status, sentence=(d.begin, d.end))
