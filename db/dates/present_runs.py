"""A day long past told on in the historical present: "The dam gives way at ten to one on 28
September 1888. The water is in the high street by one o'clock. Forty-eight people die." A
reader puts the deaths on that day, as `day_runs` does for a story told in the past; but a
present verb is none the word lists know ("die", "runs", "tears"), so such a sentence had no
happening at all, and one with "is" was news of the publication day ("Nobody's hurt").

So a sentence with no date expression of its own goes on the day of the dated sentence before
it when both are in one paragraph and:
- that date is a specific day of a year long past (`HISTORY_YEARS` before the publication
  date's), dating a happening told in the present (no simple past outside quotation marks:
  "he writes 'sent boy to town'", "the wind has gone round" are the story's present);
- the sentence is told in the present too, has three words or more, and is no question, no
  quotation and no reader's present ("now", "today", "still": "It's in the city archive now").
A sentence in the past ("Anton never flew again": the narrator looking back), a reader's present,
or a date that is not such a day ends the run; one with a modal ("it would have been hundreds")
is left out and the run goes on.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from db.text import shorten

from .clause_events import clause_on
from .model import HAPPENED, NEGATED, TITLE_LIMIT, DatedSentence
from .rules.anchoring import HISTORY_YEARS
from .sentences import BLANK_LINE
from .tense import FUTURE, PAST, verb_tag

_DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})
_MIN_WORDS = 3
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# words of the reader's present: the story has stepped out to now
_READERS_NOW = frozenset({"now", "today", "still", "currently", "nowadays"})
# "has gone", "have been", "'s gone", "is called": the present perfect and passive are the
# story's present
_PERFECT = frozenset({"has", "have", "hasn't", "haven't", "'s", "’s", "been"})
_PRESENT_AUX = _PERFECT | {"is", "are", "am", "isn't", "aren't", "be", "being", "get", "gets"}
_QUOTED = re.compile(r"['‘\"“][^'’\"”]*['’\"”]")
_QUOTE_MARK = re.compile(r"[\"“”‘]|(?<![A-Za-z])'|'(?![A-Za-z])")
_NEGATION = re.compile(r"(?i)\b(?:no|not|nobody|none|nothing|never|no-one)\b|n['’]t\b")


def carry_present_days(
    text: str,
    sentences: Sequence[tuple[int, int]],
    dated: Collection[int],
    out: list[DatedSentence],
    dct: str,
) -> list[DatedSentence]:
    """`out` with each dateless sentence of a day told in the historical present on that day
    (module docstring): its publication-day event moved there, or a new event where it had
    none. `dated`: the sentences with a date expression."""
    last_year = int(dct[:4]) - HISTORY_YEARS
    if not any(_story_day(text, d, last_year) for d in out):
        return out  # the cheap guard: no day long past told in the present
    by_begin: dict[int, list[int]] = {}
    for k, d in enumerate(out):
        by_begin.setdefault(d.begin, []).append(k)
    moved: dict[int, DatedSentence] = {}
    added: list[DatedSentence] = []
    source: DatedSentence | None = None
    for si, (sb, se) in enumerate(sentences):
        if si and BLANK_LINE.search(text, sentences[si - 1][1], sb):
            source = None  # a new paragraph: a new speaker's turn, a new scene
        if si in dated:
            days = [out[k] for k in by_begin.get(sb, ()) if _story_day(text, out[k], last_year)]
            source = days[-1] if days else None
            continue
        if source is None:
            continue
        kind = _told_in_present(text, sb, se)
        if kind != "present":
            if kind == "ends":
                source = None
            continue
        own = [k for k in by_begin.get(sb, ()) if out[k].around]
        for k in own:
            moved[k] = _on_day(out[k], source, out[k].title, out[k].clause)
        if not own and not by_begin.get(sb):
            title = " ".join(text[sb:se].split()).rstrip(".!;")
            title = shorten(title[:1].upper() + title[1:], TITLE_LIMIT)
            base = DatedSentence(sb, se, "", None, "day", source.timex, title=title)
            added.append(_on_day(base, source, title, (sb, se), _status(text, sb, se)))
    if not moved and not added:
        return out
    kept = [moved.get(k, d) for k, d in enumerate(out)]
    return sorted([*kept, *added], key=lambda d: (d.begin, d.clause[0]))


def _story_day(text: str, d: DatedSentence, last_year: int) -> bool:
    """Whether `d` is a happening on a day long past told in the present."""
    if not d.timex.text or d.around or d.comparison or d.status != HAPPENED:
        return False
    if d.precision not in _DAY_PRECISIONS or d.end_date is not None:
        return False
    year = d.start.split("-")[0] if not d.start.startswith("-") else ""
    if not year.isdigit() or int(year) > last_year:
        return False
    return _told_in_present(text, *d.clause, dated=True) == "present"


def _told_in_present(text: str, begin: int, end: int, dated: bool = False) -> str:
    """ "present" for text[begin:end] told in the present (quotations left out), "ends" for one
    in the past or the reader's present, "" for one to leave out (a modal, a question, a
    quotation, too short)."""
    part = text[begin:end]
    if not dated and ("?" in part or _QUOTE_MARK.search(part)):
        return ""
    part = _QUOTED.sub(" ", part) if dated else part
    words = _WORD.findall(part)
    if not dated and len(words) < _MIN_WORDS:
        return ""
    prev = ""
    modal = False
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in _READERS_NOW:
            return "ends"
        tag = verb_tag(word, prev, i == 0)
        if tag == PAST and lower not in _PERFECT and prev not in _PRESENT_AUX:
            return "ends"
        modal = modal or tag == FUTURE
        prev = lower
    return "" if modal else "present"


def _status(text: str, begin: int, end: int) -> str:
    return NEGATED if _NEGATION.search(text, begin, end) else HAPPENED


def _on_day(
    d: DatedSentence,
    source: DatedSentence,
    title: str,
    span: tuple[int, int],
    status: str | None = None,
) -> DatedSentence:
    """`d` on `source`'s day, anchored to its date."""
    day = (source.start.split("T")[0], "day")
    return clause_on(d, title, span, status=status or d.status, on=source, period=day)
