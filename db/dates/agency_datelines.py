"""An agency's dateline without a year opening a Spanish, French, Italian, German or Portuguese
article: "Villaseca, 14 abr (Agencia Norte).- ...", "(ANS) - MONTEFALCO, 14 APR - ...",
"Lyon, 14 avril (AFP) - ...": a place, a day and a month (CLDR's, abbreviations too, any case),
an agency in brackets before or after, and a dash. Its day is the one the story was filed, the
last such day on or before the publication date: its day words ("hoy", "oggi", "esta tarde")
count from it (`foreign_datelines.filed_day`).
"""

from __future__ import annotations

import datetime as dt
import re

from .cldr_names import names

_AGENCY = r"\([^()\n]{1,40}\)"
_YEARLESS = re.compile(
    rf"\A\s*(?:{_AGENCY}\s*(?:(?:[—–]|--?)\s*)?)?"  # "(ANS) - MONTEFALCO", "(AGV) ROCCAFERRATA"
    r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,5},\s+"
    r"(?P<d>\d{1,2})(?:er|º|°|\.)?\s+(?:de\s+)?(?P<mon>[^\W\d_]{3,12})\.?"
    rf"(?:\s*{_AGENCY})?\s*[.,]?\s*(?:[—–]|--?)\s*(?=\S)"
)
_BACK = 366  # a dateline is no more than a year older than its publication


def yearless_dateline(language: str, text: str, dct: dt.date) -> tuple[dt.date, int] | None:
    """The day of the year-less dateline `text` opens with, and where its lede starts."""
    m = _YEARLESS.match(text[:160])
    if m is None:
        return None
    try:
        month = names(language).month(m["mon"].lower())
    except (KeyError, ValueError):
        return None
    if not month:
        return None
    for year in (dct.year, dct.year - 1):
        try:
            day = dt.date(year, month, int(m["d"]))
        except ValueError:
            continue
        if day <= dct and (dct - day).days <= _BACK:
            return day, m.end()
    return None
