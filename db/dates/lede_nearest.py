"""A news lede's perfect that no later clause retells in its own words: "A log boat has been lifted
from the quarry. The boat was raised in a cradle on Wednesday ..."; "The school has been rated
inadequate. Inspectors visited in October, and their report, published yesterday, ...". The
sentence opening the paragraph under a lede tells its news, and the first day of the last few
weeks it names for a thing that happened is the news's day: a reader puts the lede's happening
there, not on the publication day. An older day there ("visited on 18 and 19 May", weeks before)
is the background that led to the news, a sentence opening on a thing not named before ("A bus
crashed ... on Monday") is another story, an earlier time ("was last seen on Friday") is not the
news's, a day to come is a plan, and a count's change ("has risen to 40") is as of the report.
With no such day, the publication day stays (`lede_retold`, which first looks for the same
happening told again)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .model import HAPPENED, PUBLICATION_DAY, DatedSentence
from .sentences import BLANK_LINE

NEWS_DAYS = 21  # how far back the news's own day may be: three weeks
_SENTENCE_CHARS = 1000  # the sentence opening the next paragraph, looked at up to this far
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]?(?:\s|$)")
# "was last seen on Friday", "had first met in May": an earlier time, not the news's
_EARLIER = re.compile(r"\b(?:last|first|also|again|previously|already|had)\b")
# "The death toll has risen to 40": a count as of the report, no day of its own
_AMOUNT = re.compile(
    r"\b(?:risen|fallen|climbed|increased|decreased|dropped|reached|doubled|grown|soared|jumped|"
    r"topped|passed|hit)\b|\bto\s+[\d£$€]"
)

# "have appealed for help", "has warned": a call or a warning is news of the day it is reported
_SPEECH = re.compile(
    r"\b(?:appealed|urged|warned|called|asked|pledged|promised|vowed|demanded|criticised|"
    r"criticized|apologised|apologized|welcomed|condemned)\b"
)
# "A bus crashed into a wall on Monday": the next paragraph opens on a thing not named before
_NEW_THING = re.compile(r"(?:An?|One|Another)\s")
_SAID = re.compile(r"\b(?:said|says|told)\b")


def first_recent(
    text: str, out: Sequence[DatedSentence], told: str, lede_end: int, today: dt.date
) -> DatedSentence | None:
    """The first event in the sentence that opens the paragraph after the lede, told as
    happened on a day of the last `NEWS_DAYS` days; none for a count's change (`told`: the
    lede's happening)."""
    if _AMOUNT.search(told) or _SPEECH.search(told):
        return None
    gap = BLANK_LINE.match(text, lede_end)
    if gap is None or _NEW_THING.match(text, gap.end()):
        return None
    begin = gap.end()
    stop = _SENTENCE_END.search(text, begin, begin + _SENTENCE_CHARS)
    limit = stop.end() if stop else begin + _SENTENCE_CHARS
    for d in out:
        if d.clause[0] < begin or d.timex.begin < begin:
            continue
        if d.timex.begin >= limit:
            return None
        if d.timex.rule == PUBLICATION_DAY or len(d.start) < 10 or d.end_date is not None:
            continue
        if d.status != HAPPENED or d.comparison:
            continue
        if _EARLIER.search(text, d.clause[0], d.timex.begin):
            continue
        if _SAID.search(text, d.clause[0], d.timex.begin):
            continue  # "a spokesman said on Monday": a report's day
        try:
            day = dt.date.fromisoformat(d.start[:10])
        except ValueError:
            continue
        if 0 <= (today - day).days <= NEWS_DAYS:
            return d
    return None


# ", keepers announced on Thursday": a report's words after the lede's happening, dating the report
_REPORT_TAIL = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,6}(?:announced|said|confirmed|revealed|reported|told\s+[\w'’-]+)\s+"
    r"(?:on\s+|late\s+on\s+|early\s+on\s+)?"
)
_TAIL_CHARS = 100


def report_tail(text: str, end: int, d: DatedSentence) -> bool:
    """Whether `d`'s date follows the lede's happening (ending at `end`) in a report's words:
    "... has given birth to two cubs, keepers announced on Thursday" dates the announcing."""
    begin = d.timex.begin
    if not 0 < begin - end <= _TAIL_CHARS:
        return False
    comma = text.rfind(",", end, begin)  # the last comma: "..., the first since 1996, keepers"
    return comma >= 0 and _REPORT_TAIL.fullmatch(text, comma, begin) is not None
