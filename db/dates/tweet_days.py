"""The day a quoted tweet was posted, for the day words inside it ("hoy", "ayer", "mañana",
"aujourd'hui", "oggi", "hoje"): an embedded tweet's signature ("— Nombre (@usuario) 14 de
agosto de 2013", "— Name (@name) August 14, 2013") dates the tweet it closes (on its own line,
before the dash, or the line above) and the post's translation of it on the line after. The day
words of those lines count from the signature's day, not from the post's publication date: a
post, often a translation, comes out days after the tweets it quotes. ("Hoy" is the signature's
own day, which makes the tweet's one event already: `rules.locales` dates nothing more.)
Everywhere else (an inline
"@usuario: ..." tweet has no date of its own) the publication date stays.

The signature's date is read by the language's own rules (`find_timexes`, with no DCT: only a
date with its year counts), so every language and Twitter's English signature are read alike.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

# A signature line: a dash, a name, "(@handle)" and the date after it, to the line's end.
_SIGNATURE = re.compile(r"[—–-][^\n]{0,80}?\(@\w+\)\s*(?P<date>[^\n()]{6,40}?)\s*$")
_LOOKAROUND = 1000  # characters looked through for the line above or below


def _line(text: str, at: int) -> tuple[int, int]:
    lb = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    return lb, (len(text) if le < 0 else le)


def _neighbour(text: str, lb: int, le: int, step: int) -> str:
    """The nearest non-empty line above (step -1) or below (step 1) the line [lb, le)."""
    if step < 0:
        lines = reversed(text[max(0, lb - _LOOKAROUND) : lb].split("\n"))
    else:
        lines = iter(text[le : le + _LOOKAROUND].split("\n"))
    return next((line for line in lines if line.strip()), "")


def tweet_day(language: str, text: str, at: int) -> dt.date | None:
    """The day of the tweet that the position `at` of `text` is in, when a signature dates it
    (module docstring); None elsewhere."""
    lb, le = _line(text, at)
    own = _SIGNATURE.search(text, lb, le)
    if own is not None:
        # on the signature's line: the tweet before its dash is dated by it, the date itself
        # and the name are not the tweet's words
        return _signed_day(language, own["date"]) if at < own.start() else None
    below = _SIGNATURE.search(_neighbour(text, lb, le, 1))
    if below is not None and below.start() == 0:
        return _signed_day(language, below["date"])  # the tweet above its signature
    above_lb = text.rfind("\n", 0, max(0, lb - 1)) + 1
    above = _SIGNATURE.search(text, above_lb, max(above_lb, lb - 1))
    if above is not None and _about_as_long(text[lb:le], _signed_tweet(text, above_lb, above)):
        return _signed_day(language, above["date"])  # the post's translation after it
    return None


_WORD = re.compile(r"[^\W\d_]{2,}")


def _signed_tweet(text: str, lb: int, signature: re.Match[str]) -> str:
    """The tweet a signature closes: its line before the dash, else the line above."""
    own = text[lb : signature.start()]
    return own if _WORD.search(own) else _neighbour(text, lb, lb, -1)


def _about_as_long(line: str, tweet: str) -> bool:
    """Whether a line may be a tweet's translation: about as many words (between these
    languages a translation is), as `foreign_citations` tells a translation."""
    words, own = len(_WORD.findall(line)), len(_WORD.findall(tweet))
    return own > 0 and own / 2 <= words <= own * 2


@lru_cache(maxsize=64)
def _signed_day(language: str, written: str) -> dt.date | None:
    """The day a signature's date names ("catorce de agosto de 2013"), read with the rules of
    the post's language and then English's; None without a whole date."""
    from . import find_timexes

    for lang in dict.fromkeys((language, "en")):
        for timex in find_timexes(written, None, lang):
            try:
                return dt.date.fromisoformat(timex.value)
            except ValueError:
                continue
    return None
