"""A dateline opening a Spanish, French, Italian, German or Portuguese article: "Villanueva, 9 de
abril de 2019. —", "Roche-Aubert, le 9 avril 2019 —", "Porto, 9 abr 2019 –", "08.04.2019 –": a
place (any case) and a whole date, or a date alone, and a dash. It is the day the story was
filed: its day words count from it ("ayer", "hier soir", "hoje": `rules.locales.from_day`), and
where the lede has a day of its own the dateline's date dates no event (`without_filed_day`),
as an English wire dateline (`reader_tidy`).

The month is CLDR's (`cldr_names`), abbreviations too ("abr"); the rest are the small words
between a date's parts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .cldr_names import names
from .model import DatedSentence

_DATELINE = re.compile(
    r"\A\s*(?:[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,5},\s+)?"
    r"(?:(?P<d>\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,12})\.?,?\s+(?:de\s+)?"
    r"(?P<y>\d{4})|(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4}))"
    # an agency in brackets after it: "Porto, 9 abr 2019 (Lusa) –"
    r"(?:\s*\([^()\n]{1,40}\))?\s*[.,]?\s*(?:[—–]|--?)\s+"
)
# the words before a day a dateline may have: "le", "el", "il", "den", "am"
_ARTICLE = re.compile(r"(?i),\s+(?:le|el|il|den|am|em|a)\s+(?=\d)")


@dataclass(frozen=True)
class Dateline:
    day: dt.date
    end: int  # where the lede starts


def dateline(language: str, text: str) -> Dateline | None:
    """The dateline opening `text`, if any."""
    head = _ARTICLE.sub(", ", text[:120], count=1)
    m = _DATELINE.match(head)
    if m is None:
        return None
    try:
        if m["nd"]:
            day = dt.date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
        else:
            day = dt.date(int(m["y"]), names(language).month(m["mon"]), int(m["d"]))
    except ValueError:
        return None  # no month of the language's, or no such day
    return Dateline(day, m.end() + len(text[:120]) - len(head))


def filed_day(language: str, text: str, at: int, dct: dt.date | None = None) -> dt.date | None:
    """The day of the dateline `text` opens with, for a position `at` in its lede; with the
    publication date, an agency's year-less one too (`agency_datelines`)."""
    line = dateline(language, text)
    if line is None and dct is not None:
        from .agency_datelines import yearless_dateline

        found = yearless_dateline(language, text, dct)
        line = Dateline(*found) if found else None
    return line.day if line is not None and at >= line.end else None


def without_filed_day(language: str, text: str, items: list[DatedSentence]) -> list[DatedSentence]:
    """`items` without the dateline's own event where the lede's first paragraph has a day of
    its own."""
    line = dateline(language, text)
    if line is None:
        return items
    paragraph = text.find("\n", line.end)
    paragraph = len(text) if paragraph < 0 else paragraph
    own = [d for d in items if d.timex.begin < line.end]
    lede = [
        d
        for d in items
        if line.end <= d.timex.begin < paragraph and not d.around and d.precision == "day"
    ]
    return [d for d in items if d not in own] if own and lede else items
