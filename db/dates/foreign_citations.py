"""Dates in Spanish, French, Italian and German posts that date a quotation or a picture, not a
happening: an embedded tweet's signature ("— Nombre (@usuario) 15 de agosto de 2013") and a
photo's line of place, date and source standing on its own ("Rabat, 20 marzo – Via Larbi.org").

A tweet is an event, told when it was posted, when a reader can scan it: written in the post's
language, else the post's translation right after its signature ("It seems the Copts are being
attacked now. #Egypt — Name (@name) August 14, 2013" / "Parece que los coptos están siendo
atacados ahora"). A tweet in another language with no translation, or one of a word or two
("#Syria", "No comment"), only dates a quotation: no event. The language is simplemma's
detector's, among the post's language and the others the posts quote.
"""

from __future__ import annotations

import re
from functools import lru_cache

import simplemma

from .foreign_names import names_no_happening
from .inline_tweets import tweet_span

# The signature's tail right before its date: "— Yasmine – ياسمين (@yasminejandali) "
_SIGNATURE_TAIL = re.compile(r"\(@\w+\)\s*$")
_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_MIN_WORDS = 3  # words of a tweet or a translation a reader can scan as a title
_CANDIDATES = ("en", "es", "fr", "it", "de", "pt")  # the languages the posts quote
_CREDIT = re.compile(
    r"(?i)(?<![\w'’])(?:via|fotos?|photos?|foto\s+di|copyright|©|cr[ée]dits?|fuente|fonte|"
    r"source|quelle)(?![\w'’])"
)


def _line(text: str, begin: int, end: int) -> tuple[int, int]:
    lb = text.rfind("\n", 0, begin) + 1
    le = text.find("\n", end)
    return lb, (len(text) if le < 0 else le)


def _paragraph_before(text: str, lb: int) -> str:
    """The last non-empty line before the line at `lb`."""
    for line in reversed(text[max(0, lb - 1000) : lb].split("\n")):
        if line.strip():
            return line.strip()
    return ""


def _paragraph_after(text: str, le: int) -> str:
    for line in text[le : le + 1000].split("\n"):
        if line.strip():
            return line.strip()
    return ""


def _before_signature(line: str) -> str:
    """The tweet on its signature's line, before the dash the signature opens with ("... nadie se
    va — Marta Gil (@martagil)"): an em dash first, a name may hold an en dash; "" if none."""
    for dash in ("—", "–", " - "):
        at = line.rfind(dash, 0, line.rfind("(@"))
        if at >= 0:
            return line[:at].strip()
    return ""


# A signed date is asked about twice (by the rule: is it an event; by the happening: its title):
# a few lines' worth, the tweets of one post, not an archive's worth.
@lru_cache(maxsize=32)
def _scannable(language: str, text: str) -> bool:
    """Enough words, written in `language` (simplemma's best guess among `_CANDIDATES`)."""
    words = _WORD.findall(_LINK.sub("", text).replace("#", " "))
    if len(words) < _MIN_WORDS:
        return False
    candidates = (language, *(c for c in _CANDIDATES if c != language))
    scores = simplemma.langdetect(" ".join(words), lang=candidates)
    best = scores[0] if scores else ("unk", 0.0)
    own = dict(scores).get(language, 0.0)
    return own > 0 and own >= best[1]


def signed(text: str, begin: int) -> bool:
    """Whether the date at `begin` closes a tweet's signature ("... (@usuario) 15 de agosto")."""
    lb = text.rfind("\n", 0, begin) + 1
    return _SIGNATURE_TAIL.search(text, lb, begin) is not None


def tweet_title(language: str, text: str, begin: int, end: int) -> str | None:
    """The title of a tweet whose signature the date at [begin, end) closes: the tweet when
    written in `language`, else the post's translation after it; None when neither is."""
    lb, le = _line(text, begin, end)
    own = _before_signature(text[lb:begin])
    tweet = own if _WORD.search(own) else _paragraph_before(text, lb)
    if _scannable(language, tweet):
        return tweet
    after = _paragraph_after(text, le)
    if _translation(tweet, after) and _scannable(language, after):
        return after
    return None


def _translation(tweet: str, after: str) -> bool:
    """Whether the paragraph after a tweet may be its translation: about as many words (a
    translation between these languages is), not a signature itself."""
    words, own = len(_WORD.findall(after)), len(_WORD.findall(_LINK.sub("", tweet)))
    return bool(after) and not signed(after, len(after)) and own / 2 <= words <= own * 2


def credit_line(text: str, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) is in a line of its own holding only a place or names,
    the date and a source ("Rabat, 20 marzo – Via Larbi.org"): a picture's, with no caption."""
    lb, le = _line(text, begin, end)
    rest = text[lb:begin] + " " + text[end:le]
    return _CREDIT.search(rest) is not None and names_no_happening(rest.strip(" ,;:–—-"))


def dates_no_happening(language: str, text: str, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) only dates a quotation or a picture: a tweet's
    signature with no title a reader can scan (`tweet_title`), a date inside an inline tweet
    a reader scans past (`inline_tweets`), or a credit line."""
    if signed(text, begin):
        return tweet_title(language, text, begin, end) is None
    inline = tweet_span(text, begin)
    if inline is not None and not _scannable(language, text[inline[0] : inline[1]]):
        return True  # an inline "@usuario:" tweet a reader of the post scans past
    return credit_line(text, begin, end)


# A credit closing a title after a dash or comma: "... des forces d'Al Assad- Photo Mohammed
# Ibrahim", "... en el puerto, foto Ana Gil", "... – Via Larbi.org": names only after its word;
# "via" only after a dash (", via Roma" is a street)
_CREDIT_TAIL = re.compile(
    r"\s*(?:[-–—]\s*(?i:via)|[-–—,]\s*(?i:fotos?|photos?|foto\s+di|cr[ée]dits?|copyright|©))"
    r"\s*:?\s+(?:[A-Z][\w.'’-]*\s*){1,4}$"
)


def without_credit(title: str) -> str:
    """`title` without a credit closing it, when a title of its own is left before it."""
    m = _CREDIT_TAIL.search(title)
    if m is None or len(_WORD.findall(title[: m.start()])) < _MIN_WORDS:
        return title
    return title[: m.start()]
