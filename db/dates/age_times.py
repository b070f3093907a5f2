"""An age after a birth year moves the story's time: "Rosa Keller was born in 1871. At the age
of forty she opened a clinic. That winter she hired two nurses." - that winter is 1911's, not
1871's, and "the following year" after "At the age of forty-two he retired" is the year after
the retirement. `extract` asks, before each date expression, whether an age told since the
story's last year (`life_events`' ages, after a birth `life_events` finds) moves it on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .lead_life_dates import bracket_birth_year
from .lexicon import number_of
from .life_events import _AGE, _OLDEST, _birth_year
from .year_events import sentence_at

_REACH = 1500  # characters back an age may stand before the expression it moves
_RESTATED_LOOK = 4  # the last mentions resolved, where the age's own sentence's date stands


def _restates(mention: Any, sentence: int, year: int) -> bool:
    """Whether a mention of the age's sentence dates it finer than the year the age gives,
    in that year or the next (a birthday may be still to come): the age tells how old at that
    date and moves the story nowhere."""
    point = mention.res.point
    return (
        mention.sent == sentence
        and point is not None
        and point[0].year in (year, year + 1)
        and point[1] not in ("year", "decade", "century")
    )


def aged_time(
    doc: Any,
    since: int,
    begin: int,
    paragraphs: Sequence[int],
) -> tuple[tuple[dt.date, str], tuple[int, int, int], int] | None:
    """The story's time an age in text[since:begin] moves it to (the birth year plus the last
    such age, at year precision), as `extract` keeps it: the reference point, the text's year
    (year, sentence, paragraph) and where the age ends; None where no age after a known birth
    is told there. `doc`: `extract`'s document (its `text`, `sentences` and the `mentions`
    resolved so far)."""
    text, sentences = doc.text, doc.sentences
    lo = max(since, begin - _REACH)
    near = text[lo:begin] if lo < begin else ""
    if not ("age" in near or " was " in near or "t " in near):
        return None  # the substring tests first: a scan of the text only near an age
    first = _first_born(text)  # not `find` up to `lo` for every age: quadratic on a long text
    if (first < 0 or first + 4 > lo) and bracket_birth_year(text, sentences, doc.mentions) is None:
        return None
    last = None
    for last in _AGE.finditer(text, lo, begin):  # noqa: B007
        continue
    if last is None:
        return None
    age = number_of(next(g for g in last.groups() if g))
    birth = _birth_year(text, sentences, doc.mentions, last.start())
    if age is None or birth is None or not 0 < age <= _OLDEST:
        return None
    year, si = birth + age, sentence_at(text, sentences, last.start())
    if any(_restates(m, si, year) for m in doc.mentions[-_RESTATED_LOOK:]):
        return None  # "She died on 19 November 1929, aged sixty-eight": that day's age
    return (dt.date(year, 1, 1), "year"), (year, si, paragraphs[si]), last.end()


@lru_cache(maxsize=4)
def _first_born(text: str) -> int:
    """Where "born" first stands in `text` (-1: nowhere)."""
    return text.find("born")
