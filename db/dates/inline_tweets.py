"""Tweets quoted inline in a post in another language than English: "Reacciona: @usuario: Hoy
la policía cerró la plaza. @otro: ...". Each runs from its "@handle:" to the next one on its line,
or the line's end. Read as an embedded tweet is (`foreign_citations`, `tweet_days`):

- a tweet not written in the post's language (an untranslated English or Arabic one), or one of
  a word or two, dates no event: a reader of the post scans past it (`foreign_citations`
  reads the tweet `tweet_span` gives with its test for an embedded tweet);
- its day words ("hoy", "ayer", "mañana", "aujourd'hui", "oggi", "hoje") count from the day it
  was posted, which an inline tweet does not give: its event stays on the publication day, but
  placed *around* it (`DatedSentence.around`), as a reported happening with no date of its own.
  A post, often a translation, comes out days or weeks after the tweets it quotes ("hoy era el
  último día de Eid", quoted a month later).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import DatedSentence

# "@usuario:" opening a quoted tweet: not an e-mail address, nor a handle inside a signature's
# brackets ("(@usuario)"); a space or the line's end after the colon
_HANDLE = re.compile(r"(?<![\w@(.])@\w{1,30}\s?:(?=\s)")
_DAY_WORDS = "relative-day"  # the rule family of "hoy", "ayer", "mañana" (`model.RULE_FAMILIES`)


def tweet_span(text: str, at: int) -> tuple[int, int] | None:
    """The span of the inline tweet that position `at` is in (after its "@handle:"), or None."""
    lb = text.rfind("\n", 0, at) + 1
    if "@" not in text[lb:at]:
        return None
    opening = None
    for m in _HANDLE.finditer(text, lb, at):
        opening = m
    if opening is None:
        return None
    le = text.find("\n", at)
    le = len(text) if le < 0 else le
    after = _HANDLE.search(text, at, le)
    return opening.end(), (after.start() if after else le)


def around_day_words(text: str, items: list[DatedSentence]) -> list[DatedSentence]:
    """`items`, those dated by a day word inside an inline tweet placed around their day."""
    if "@" not in text:
        return items
    return [
        replace(d, around=True)
        if d.timex.rule == _DAY_WORDS and not d.around and tweet_span(text, d.timex.begin)
        else d
        for d in items
    ]
