"""Dateless clauses of a history's day told on: "On 16 May 1960 the summit opened in Paris. At
its first session Khrushchev demanded an apology." A reader puts the demand on 16 May, the day
the story is on, as `day_runs` puts a news story's dateless clauses on its day. The publication-
day pass gives a clause told in the text's own past no event (`publication_day.in_story_time`);
these are the clauses it would have given one in news, in a sentence right after one that
names a day, offered to `day_runs` as on the publication day: the ones it carries to a specific
day of a year long past are kept, the others (a state, a report, a look back, no day told
before) dropped, as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .model import DatedSentence
from .rules.anchoring import HISTORY_YEARS
from .sentences import BLANK_LINE

_YEAR = re.compile(r"-?\d+")  # a start's year, BC ones astronomical ("-0330-10-01")
# a clause that lasts an amount ("for another week", "for three days")
_LASTS = re.compile(
    r"(?i)\bfor\s+(?:another|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"some|many|\d+)\s+(?:more\s+)?(?:days?|nights?|weeks?|months?|years?)\b"
)
# the amount is of hours: within a month the story is in ("searched for eleven hours")
_LASTS_HOURS = re.compile(
    r"(?i)\bfor\s+(?:another|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|several|some|many|\d+)\s+(?:more\s+)?(?:minutes?|hours?)\b"
)
# a sentence opening in a stretch of time of its own
_FRAMED = re.compile(r"\W*(?i:During|Throughout|Over|Under|Within|For)\b")
_DAYS = frozenset({"day", "hour", "minute", "second"})
# a month a history's clauses may go on in (`month_runs` carries them there; not a season, a
# stretch the story may leave in its next sentence: "drilled through the winter and marched
# south. They crossed the river")
_STORY_TIMES = _DAYS | {"month"}
# a sentence opening with a time of its own: "On the eve of the armistice", "After the war"
_OWN_TIME = re.compile(
    r"\W*(?:On|At|After|Before|By|Until|Till|Since|Towards?|Following|Upon|Early|Late|Later|"
    r"Soon|Then|Meanwhile|When|Once|As)\b"
)

Key = tuple[tuple[int, int], tuple[int, int] | None]


def key(d: DatedSentence) -> Key:
    """An event's clause and title span: what stays when `day_runs` moves it."""
    return (d.clause, d.title_span)


def after_a_day(
    text: str, sentences: Sequence[tuple[int, int]], by_sent: dict[int, list[Any]], si: int
) -> bool:
    """Whether sentence `si` follows, in its paragraph, a sentence that names a day (or a month,
    where `si` opens with no time of its own: `month_runs` carries to those): only
    there is the day the story's ("During his tenure the school moved twice" two sentences after the
    founding day is the tenure's, which `reign_events` dates)."""
    if si == 0 or BLANK_LINE.search(text, sentences[si - 1][1], sentences[si][0]):
        return False
    # a month is a wide net: not for a sentence opening with a time of its own
    units = _DAYS if _OWN_TIME.match(text, sentences[si][0]) else _STORY_TIMES
    if any(
        m.res.dating is not None and m.res.dating[2] in units and not m.comparison
        for m in by_sent.get(si - 1, ())
    ):
        return True
    # one sentence further back, over a sentence that tells no time but an amount of hours ("We
    # searched for eleven hours and got four men off. The fifth we never found."), not over
    # "Months later ..." or "The next day ..."
    return (
        si > 1
        and _only_hours(by_sent.get(si - 1, ()))
        and not BLANK_LINE.search(text, sentences[si - 2][1], sentences[si - 1][0])
        and any(
            m.res.dating is not None and m.res.dating[2] in units and not m.comparison
            for m in by_sent.get(si - 2, ())
        )
    )


def _hours(m: Any) -> bool:
    """Whether a mention is an amount of hours or minutes ("eleven hours": PT11H)."""
    return bool(m.res.type == "DURATION" and m.res.value.startswith("PT"))


def _only_hours(mentions: Sequence[Any]) -> bool:
    """Whether a sentence tells an amount of hours and no other time ("We were out eleven
    hours"; not "Months later ...", which tells no expression the engine dates)."""
    return bool(mentions) and all(_hours(m) for m in mentions)


def in_month_story(by_sent: dict[int, list[Any]], si: int) -> bool:
    """Whether the story time sentence `si` goes on in is a month (the last sentence before it
    naming a day or month, over one that tells only hours, names a month): an amount of hours
    lies within it."""
    for k in (si - 1, si - 2):
        if k < 0:
            return False
        mentions = by_sent.get(k, ())
        units = [m.res.dating[2] for m in mentions if m.res.dating is not None and not m.comparison]
        if units:
            return units[-1] == "month"
        if not _only_hours(mentions):
            return False
    return False


def new_ones(
    text: str, b: int, told: list, found: list, mentions: Sequence[Any], hours_fit: bool = False
) -> list:
    """The happenings of `told` (in the sentence at `b`) not among those `found`, leaving out
    one that lasts an amount of time ("He served less than two years", "held their forts for
    another week": spread over its amount, not on the day told before it) and a sentence that
    opens in a stretch of time of its own ("During her tenure the school doubled in size": the
    tenure's, which `reign_events` dates). With `hours_fit` (the story is in a month), an amount
    of hours lies within it: "We were out eleven hours" is that month's."""
    if not told or _FRAMED.match(text, b):
        return []  # most sentences tell none on: no regex for them
    have = {f.span for f in found}
    return [
        t
        for t in told
        if t.span is not None
        and t.span not in have
        and not _LASTS.search(text, *t.span)
        and (hours_fit or not _LASTS_HOURS.search(text, *t.span))
        and not _FRAMED.match(text, t.span[0])  # "...; during her reign the abbey was sold"
        and not any(
            m.res.type == "DURATION"
            and not (hours_fit and _hours(m))  # "were out eleven hours" in November 2009
            and t.span[0] <= m.begin < t.span[1]
            for m in mentions
        )
    ]


def kept(out: list[DatedSentence], offered: set[Key], dct: str) -> list[DatedSentence]:
    """`out` without the offered clauses `day_runs` left on the publication day or carried to
    a day not long past."""
    if not offered:
        return out
    last_year = int(dct[:4]) - HISTORY_YEARS
    return [
        d
        for d in out
        if d.timex.text
        or key(d) not in offered
        or (d.start[:10] != dct and _year(d.start) <= last_year)
    ]


def _year(start: str) -> int:
    m = _YEAR.match(start)
    return int(m.group()) if m else 0
