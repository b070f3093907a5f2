"""CLDR's month and weekday names of a language, read with Babel (only a text in that language
pays for the import), with the well-known spellings CLDR lacks from dateparser's language data.
Kept apart from `rules.locales` so that modules the rules import (`other_languages`'s segment
cutting) can read the same names without an import cycle."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeVar

T = TypeVar("T")


def fold(word: str) -> str:
    """Lower case without accents: "Février" -> "fevrier", "lunedì" -> "lunedi". NFKD and
    casefold, as the regexes match case-blind: "ſeptiembre" is "septiembre" to them."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Names:
    """A locale's month and weekday names, folded, and regex alternations matching them as
    written (either case, with or without accents)."""

    months: dict[str, int]  # folded name -> 1..12, wide and abbreviated
    weekdays: dict[str, int]  # folded name -> 0 (Monday) .. 6
    month_words: frozenset[str]  # as written and folded, lower case: the trigger's words
    weekday_words: frozenset[str]
    month_wide: str
    month_abbr: str  # only the abbreviations that are not also a wide name ("mars", "mai")
    weekday: str

    def month(self, word: str) -> int:
        return lookup(self.months, fold(word).rstrip("."))

    def weekday_of(self, word: str) -> int:
        return lookup(self.weekdays, fold(word).rstrip("."))


def lookup(table: dict[str, T], key: str) -> T:
    """table[key]; ValueError (the engine then rejects the match) for a form the regex took
    that the names do not have."""
    try:
        return table[key]
    except KeyError:
        raise ValueError(f"not a known name: {key!r}") from None


def alternation(words: set[str]) -> str:
    """Each word as written and folded, longest first, case-blind; "." at the end optional."""
    forms = {f for w in words for f in (w, fold(w))}
    return "(?i:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


@cache
def names(locale: str) -> Names:
    """CLDR's names for `locale` (Babel is imported here: only a text in that language pays)."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    wide: set[str] = set()
    abbr: set[str] = set()
    days: dict[str, int] = {}
    day_words: set[str] = set()
    widths: tuple[tuple[Literal["wide", "abbreviated"], set[str]], ...] = (
        ("wide", wide),
        ("abbreviated", abbr),
    )
    for context in ("format", "stand-alone"):
        for width, bucket in widths:
            for number, name in get_month_names(width, context, locale).items():
                word = name.lower().rstrip(".")
                bucket.add(word)
                months[fold(word)] = number
            for number, name in get_day_names(width, context, locale).items():
                word = name.lower().rstrip(".")
                day_words.add(word)
                days[fold(word)] = number  # Babel counts from Monday = 0, as datetime does
    for word, number in _variant_months(locale).items():
        wide.add(word)
        months[fold(word)] = number
    abbr -= wide
    return Names(
        months,
        days,
        frozenset(f for w in wide | abbr for f in (w, fold(w))),
        frozenset(f for w in day_words for f in (w, fold(w))),
        alternation(wide),
        alternation(abbr),
        alternation(day_words),
    )


def _variant_months(locale: str) -> dict[str, int]:
    """Well-known spellings of a month CLDR does not list, from dateparser's language data:
    Latin American "setiembre", Austrian "Jänner" and "Feber". Only whole words (five letters
    or more): its short forms ("Set", "Mrz") are abbreviations that read as words."""
    from importlib import import_module

    try:
        info = import_module(f"dateparser.data.date_translation_data.{locale}").info
    except ImportError:
        return {}
    return {
        word.lower(): number
        for number, key in enumerate(_MONTH_KEYS, start=1)
        for word in info.get(key, ())
        if len(word) >= 5 and word.isalpha()
    }


_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
