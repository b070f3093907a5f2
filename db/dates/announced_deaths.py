"""An obituary's announcement and its date told after it: "The architect Ingrid Vass has died at
her home in Norvik. She was 88. Her family said she died peacefully on Sunday." The announcement
("has died", no date of its own: on the publication day) and the later "died ... on Sunday" are
one death; a reader puts it on Sunday. The later date moves the announcement when it is a
death's with a date of its own (not a report's before it: "said on Wednesday that she had died on
Monday night" is Monday's), no later than the publication day, within the next
`_PARAGRAPHS` paragraphs."""

from __future__ import annotations

import re
from dataclasses import replace

from .cue_guard import guard
from .model import PUBLICATION_DAY, REFERENCE, Anchor, DatedSentence
from .sentences import BLANK_LINE

_ANNOUNCED = guard(r"\bhas\s+(?:(?:now|sadly)\s+)?died\b")  # one death: not "have died"
_DIED = re.compile(r"\bdied\b")
# "Her son said on Monday that she had died ...": the date is the saying's, not the death's
_SAID = re.compile(r"\b(?:said|says|told|announced|confirmed|reported)\b")
_PARAGRAPHS = 2  # paragraphs after the announcement's own its date may be told in


def announced_deaths(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` with each dateless death announcement on the date a death told after it has."""
    if "died" not in text:
        return out
    moved = list(out)
    for k, d in enumerate(out):
        if d.timex.rule != PUBLICATION_DAY or not _ANNOUNCED.search(d.title):
            continue
        later = _date_told(text, out, k, dct)
        if later is not None:
            anchor = Anchor(REFERENCE, later.start, later.timex.text, later.timex.begin)
            timex = replace(d.timex, value=later.start, anchor=anchor)
            moved[k] = replace(
                d, start=later.start, precision=later.precision, timex=timex, around=False
            )
    return moved


def _date_told(text: str, out: list[DatedSentence], k: int, dct: str) -> DatedSentence | None:
    """The first event after `out[k]` within reach whose clause tells of a death in the past
    with a date of its own, no later than `dct`."""
    begin = out[k].clause[1]
    for d in out[k + 1 :]:
        if d.clause[0] < begin:
            continue
        if len(BLANK_LINE.findall(text, begin, d.clause[0])) > _PARAGRAPHS:
            return None
        if (
            d.timex.rule != PUBLICATION_DAY
            and d.end_date is None
            and _DIED.search(d.title)
            and not _ANNOUNCED.search(d.title)
            and d.start[:10] <= dct[:10]
            and not _SAID.search(text, d.clause[0], d.timex.begin)
        ):
            return d
    return None
