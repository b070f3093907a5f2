"""An account of the story's happening, dated by that happening: "A police shooting during a
Tuesday traffic stop left a teenager dead. ... The officer who admitted the shooting claimed he
aimed at the tyres but fired a fatal shot." What the officer claims is no news of the publication
day: it tells the shooting, the story's happening, on its day. A sentence with a report of an
account ("claimed", "admitted", "alleged", "confessed" before a content told in the past) goes
there when its words name the happening again (the same word, or a form of it: "shooting" /
"shot", "bombing" / "bombed") that an earlier clause named beside a past day (the nearest
such), for each of its clauses placed on the publication day that tell a happening in the past.
A plain "said" does not: a saying is as often news of the day."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from .happening_nouns import is_happening_noun
from .model import HAPPENED, PUBLICATION_DAY, DatedSentence, Timex

_ACCOUNT_WORDS = ("claimed", "admitted", "alleged", "confessed")
_ACCOUNT = re.compile(
    r"\b(?:claimed|admitted|alleged|confessed)\s+(?:that\s+)?"
    r"(?=(?:he|she|they|it|the|a|an|his|her|their|its|[A-Z][a-z]+)\s)"
)
_WORD = re.compile(r"[A-Za-z]+")
# a happening of the news whose other forms are not its stem's
_FORMS = {
    "shooting": ("shot", "shots", "shoot", "shooting", "shootings", "gunfire"),
    "stabbing": ("stabbed", "stab", "stabbing", "stabbings"),
    "killing": ("killed", "kill", "killing", "killings"),
    "crash": ("crashed", "crash", "crashes"),
    "attack": ("attacked", "attack", "attacks"),
    "bombing": ("bombed", "bomb", "bombing", "bombings"),
}
_REACH = 6000  # characters back the happening's dated clause is looked for in


def _forms(noun: str) -> frozenset[str]:
    """The words a happening noun is told with again: the noun, its plural, its verb's past."""
    noun = noun.lower()
    if noun in _FORMS:
        return frozenset(_FORMS[noun])
    stem = noun[:-3] if noun.endswith("ing") else noun
    return frozenset({noun, noun + "s", stem + "ed", stem + "s"} if len(stem) >= 4 else set())


def carry_accounts(
    text: str,
    out: list[DatedSentence],
    dct: str,
    told_past: Callable[[str, int, int, bool], bool],
) -> list[DatedSentence]:
    """`out` with each account of the story's happening moved to its day (module docstring)."""
    if not any(w in text for w in _ACCOUNT_WORDS):
        return out  # the cheap guard: no account told anywhere
    moved: dict[int, DatedSentence] = {}
    done: dict[int, DatedSentence | None] = {}  # sentence start -> the happening's event
    by_begin = sorted(out, key=lambda x: x.begin)  # the reach looked back in, found by bisection
    begins = [x.begin for x in by_begin]
    for k, d in enumerate(out):
        if d.timex.rule != PUBLICATION_DAY or d.status != HAPPENED or d.start[:10] != dct:
            continue
        if d.begin not in done:
            near = by_begin[bisect_left(begins, d.begin - _REACH) : bisect_left(begins, d.begin)]
            done[d.begin] = _story(text, near, d, dct)
        story = done[d.begin]
        b, e = d.clause
        m = _ACCOUNT.search(text, b, e)  # the content of the account, when the clause holds it
        if story is None or not told_past(text, m.end() if m else b, e, False):
            continue
        day = story.start[:10]
        t = d.timex
        timex = Timex(t.begin, t.end, "", "DATE", day, story.timex.anchoring(), PUBLICATION_DAY)
        moved[k] = replace(d, start=day, precision="day", timex=timex, around=False)
    return [moved.get(k, d) for k, d in enumerate(out)] if moved else out


def _story(text: str, out: list[DatedSentence], d: DatedSentence, dct: str) -> DatedSentence | None:
    """The nearest earlier event on a past day whose clause names the happening the sentence of
    `d` gives an account of, if that sentence holds one."""
    sentence = text[d.begin : d.end]
    if not any(w in sentence for w in _ACCOUNT_WORDS) or _ACCOUNT.search(sentence) is None:
        return None
    words = {w.lower() for w in _WORD.findall(sentence)}
    best: tuple[tuple[int, int], DatedSentence] | None = None
    for e in out:
        if e.begin >= d.begin or e.begin < d.begin - _REACH:
            continue
        if not (e.timex.text and e.precision == "day" and e.start[:10] < dct and not e.around):
            continue
        at = _named_at(text, e, words) if e.status == HAPPENED else None
        if at is None:
            continue
        # the latest clause; in it, the date nearest the happening's word
        rank = (e.clause[0], -abs(e.timex.begin - at))
        if best is None or rank > best[0]:
            best = (rank, e)
    return best[1] if best else None


def _named_at(text: str, e: DatedSentence, words: set[str]) -> int | None:
    """Where in `e`'s clause a happening noun whose forms `words` holds stands, if one does."""
    for m in _WORD.finditer(text, *e.clause):
        lw = m.group().lower()
        if (lw in _FORMS or (lw.endswith("ing") and is_happening_noun(lw))) and words & _forms(lw):
            return m.start()
    return None
