"""Words quoted inside a sentence that reports them in the past, after the time it names: in
"That August the directors assured the shareholders that the line 'will be open before the
close of next year'" the speakers' now is August of that year, so "next year" is the year after
it, not the publication's. The quotation opens after a verb of promising or foretelling in the
past, in its sentence, and a mention before that verb, not in quoted words itself, names a day or a
month of a year long past (`quoted_letters` does this for a quotation opened after a colon).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .diary_entries import Document
from .quoted_days import holding, long_past, mentions_before

_MARKS = ('"', "“")  # the cheap guard: a double quotation mark at all
_QUOTE = re.compile(r"[\"“](?=\w)[^\"”\n]{1,300}[\"”]")
# a verb of promising or foretelling in the past, then a few words ("that the line"), before
# the mark: the words quoted look ahead from the telling (a witness's "he told the court, '...'"
# tells the story's night, whose clock times are the story's, `told_hours`)
_SAYING = re.compile(
    r"(?i)\b(?:assured|promised|pledged|vowed|guaranteed|predicted|forecast|undertook)\b"
    r"[^\"“.;:!?]{0,80}$"
)


@lru_cache(maxsize=4)
def _quotes(text: str) -> tuple[tuple[int, int], ...]:
    """(opening mark, closing mark) of each double-quoted phrase of `text`."""
    if not any(m in text for m in _MARKS):
        return ()
    return tuple((m.start(), m.end() - 1) for m in _QUOTE.finditer(text))


def reported_now(doc: Document, sent: int, pos: int) -> dt.date | None:
    """The day (a month's first where only the month is named) the words quoted at `pos` were
    said on, where its sentence reports them in the past after naming that time, of a year
    long past; else None."""
    quotes = _quotes(doc.text)
    if doc.dct is None or not quotes:
        return None
    quote = holding(quotes, pos, len(doc.text))
    if quote is None:
        return None
    sb = doc.sentences[sent][0]
    saying = _SAYING.search(doc.text, sb, quote[0])
    if saying is None:
        return None
    for m in mentions_before(doc.mentions, saying.start()):
        if m.begin < sb:
            return None
        if holding(quotes, m.begin, len(doc.text)) is not None:
            continue  # a time quoted ("'It was eleven o'clock,' he told"), not the telling's
        point = m.res.point
        if point is not None and point[1] in ("day", "month") and m.res.type == "DATE":
            return long_past(point[0], doc.dct)
    return None
