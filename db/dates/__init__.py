"""Date expressions in text: TIMEX3-style extraction and per-sentence event dating.

Pure Python (regex rules, python-dateutil, blingfire for sentences, Babel's CLDR month and weekday
names for other languages): no Qt, no network, no model.

    find_timexes(text, dct)     -> every date expression, TIMEX3 type and value
    dated_sentences(text, dct)  -> one DatedSentence per distinct date of each clause, with
                                   the clause's short `title`, its `title_span` and `status`
                                   (happened / planned / negated; `happenings` for English,
                                   `other_languages`' lighter cut for the others);
                                   a comparison's reference point, "the lowest since 2008",
                                   flagged `comparison`: no event happened then

Each Timex says how its value was found: `anchor` (the expression names its own year, or was
resolved against the publication date, or against an earlier expression of the text, given with
its text and offsets) and `rule`, the family of the rule that matched ("weekday", "month-day").

`dct` is the document creation (publication) date that "on Monday" and "last month" count from.
Without it such expressions get "XXXX" placeholder values and date nothing.

`language` is English ("en") by default; Spanish, French, Italian, German and Portuguese ("es",
"fr", "it", "de", "pt") get their absolute and relative dates ("25 de enero de 2011", "le 1er
mai", "nel 2011", "ayer", "el lunes", "la semaine dernière": `rules.locales`,
`rules.locales_relative`); a day word in a quoted tweet counts from the tweet's day where a
signature gives it (`tweet_days`), and is placed around the publication day in an inline tweet
(`inline_tweets`).
`language_code` maps a language tag ("es-MX") to one of those, or None.
"""

from __future__ import annotations

import datetime

from .circa_dates import circa_marked
from .extract import analyse
from .foreign_datelines import without_filed_day
from .inline_tweets import around_day_words
from .label_lines import catalogue_lines
from .model import ABSOLUTE, PUBLICATION, REFERENCE, Anchor, DatedSentence, Timex
from .reader_tidy import tidy
from .rules.locales import FOREIGN, language_code

LANGUAGES = ("en", *FOREIGN)

__all__ = [
    "ABSOLUTE",
    "LANGUAGES",
    "PUBLICATION",
    "REFERENCE",
    "Anchor",
    "DatedSentence",
    "Timex",
    "dated_sentences",
    "find_timexes",
    "language_code",
]


def find_timexes(text: str, dct: datetime.date | None, language: str = "en") -> list[Timex]:
    """All date expressions in `text`, sorted by begin and non-overlapping. ValueError for a
    language not in LANGUAGES."""
    return analyse(text, dct, language).timexes()


def dated_sentences(
    text: str, dct: datetime.date | None, language: str = "en"
) -> list[DatedSentence]:
    """The sentences of `text` that a reader can place in time, one per distinct date."""
    items = circa_marked(
        text, catalogue_lines(text, tidy(text, analyse(text, dct, language).dated()))
    )
    if language == "en":
        return items
    return around_day_words(text, without_filed_day(language, text, items))
