"""What a record's entry tells without a verb we know: an account book's "To the glazier for new
glass, 18s.", "For the wedding dinner: a buck ...", a register's "Baptised, Mary, daughter of
...", "Buried, John Cole, aged 71.", a farm diary's "Harrowed." and "Ploughing again in Low
Close." Under an entry heading (`diary_entries.entry_day`) each is a happening on the entry's
day. These openings count anywhere: a capitalised participle or gerund first, or a payment's
"To" or "For". On a diary's or log's line headed by its day ("Sept. 11. Cloudy all night.",
"May 19. Fire in the High St. Six shops burnt.") any short fragment is what the writer noted of
that day, the weather included, and a happening on it ("Cloud, no sight of it." negated); a
bare reading ("10 h.", "Tail 9°.") is none (`line_fragment`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from db.text import shorten

from .happenings import Happening
from .model import HAPPENED, NEGATED, TITLE_LIMIT, DatedSentence
from .record_lines import LINE_HEADING

# "Baptised,", "Harrowed.", "Mustered the crew", "Ploughing again", "Given to the ringers":
# a capitalised participle or gerund first; "To the glazier", "For the funeral:": a payment
_OPENS = re.compile(
    r"[^\S\n]*(?:[A-Z][a-z]{2,}(?:ed|en|ing)(?=[\s,.;:])"
    r"|(?:To|For)\s+(?:the|a|an|his|her|their|my|our|[A-Z][a-z]+\.?)\s"
    # a log's or diary's one-word line of a day off: "Holiday.", "Half-holiday."
    r"|(?:Half[- ])?[Hh]oliday(?=[.;]))"
)
_TITLE_END = re.compile(r"[:;]|,\s*(?:\d|£|\$)|\.\s*$")


def verbless_entry(text: str, begin: int, end: int) -> list[Happening]:
    """The entry from `begin` to `end` as one happening, if it opens as a record's entry does."""
    if _OPENS.match(text, begin, end) is None:
        return []
    stop = _TITLE_END.search(text, begin, end)
    title_end = stop.start() if stop is not None else end
    title = " ".join(text[begin:title_end].split())
    return [Happening(shorten(title, TITLE_LIMIT), (begin, title_end), HAPPENED)] if title else []


# a line's opening quote before its heading: "'Sun. 14th. Sung at evening service.'"
_LINE_OPEN = re.compile(r"[^\S\n]*['\"‘“]?")
_HEADING = re.compile(LINE_HEADING.pattern.removeprefix("(?m)^"))  # matched after the quote
_WORD = re.compile(r"[A-Za-z]{2,}")
_NONE = re.compile(r"(?:^|[,;][^\S\n]*)(?:[Nn]o|[Nn]ot|[Nn]othing)\b")
_MAX_WORDS = 12  # an entry's note, not a paragraph's sentence


def line_fragment(text: str, begin: int, end: int) -> list[Happening]:
    """The sentence from `begin` to `end` as one happening when it stands on a line that opens
    with an entry's day ("Sept. 11. Cloudy all night.") and is a short note with words, not a
    bare reading ("10 h.", "Tail 9°."); negated when it notes what was not ("no sight of it")."""
    line = text.rfind("\n", 0, begin) + 1
    if line == begin or "\n" in text[begin:end]:
        return []  # the heading's own line only, and the sentence on it
    words = _WORD.findall(text, begin, end)
    if len(words) > _MAX_WORDS or len(words) < (
        2 if any(c.isdigit() for c in text[begin:end]) else 1
    ):
        return []
    opening = _LINE_OPEN.match(text, line)
    if _HEADING.match(text, opening.end() if opening else line) is None:
        return []
    stop = _TITLE_END.search(text, begin, end)
    title_end = stop.start() if stop is not None else end
    title = " ".join(text[begin:title_end].strip(" '\"‘’“”").split())
    if not title:
        return []
    status = NEGATED if _NONE.search(text[begin:end].strip(" '\"‘’“”")) else HAPPENED
    return [Happening(shorten(title, TITLE_LIMIT), (begin, title_end), status)]


# The entry's own finding after a dated aside: ", fined 5s. and costs", "; case dismissed",
# ", released on promise of good conduct" (a participle, or a noun and its participle, first)
_TAIL = re.compile(r"[,;][^\S\n]*((?:[a-z]+[^\S\n]+)?[a-z]{3,}(?:ed|en)\b[^.;]*)")
# Where the aside holding an entry's first date opens, the entry's head before it: a dated
# participle after a payment ("To the glazier for new glass, broken in the storm of the 28th
# past"), an order's plan ("Ordered that ..., to be paid on or before Lady Day next"), what was
# due ("Received of the tenants their rents due at Michaelmas last") or provided for ("Given to
# the poor against Christmas").
_ASIDE = re.compile(
    r"(?P<part>,[^\S\n]*[a-z]{3,}(?:ed|en|wn)\b[^,;]*?)$"
    r"|,[^\S\n]*to[^\S\n]+[a-z]+\b[^,;]*?$"
    r"|[^\S\n]+(?:due[^\S\n]+(?:at|on|by|from)|against)[^\S\n]+(?:the[^\S\n]+)?$"
)


def entry_tails(text: str, begin: int, end: int, dates: list[tuple[int, int]]) -> list[Happening]:
    """The happenings of an entry's sentence that its dates do not govern: what follows the
    last date's aside ("John Hale, in irons since the 2nd inst. for striking the mate, released
    on promise of good conduct": the release is the entry's), or a payment's head before a dated
    participle ("To the glazier for new glass, broken in the storm of the 28th past")."""
    if not dates:
        return []
    first, last = dates[0][0], dates[-1][1]
    tail = _TAIL.search(text, last, end)
    if tail is not None:
        b, e = tail.span(1)
        e = b + len(text[b:e].rstrip(" .,"))
        return [Happening(shorten(" ".join(text[b:e].split()), TITLE_LIMIT), (b, e), HAPPENED)]
    aside = _ASIDE.search(text, begin, first)
    if aside is None or _OPENS.match(text, begin, end) is None:
        return []
    if aside["part"] and text[begin] not in "TF":
        return []  # a participle after a payment's head only: "To ...", "For ..."
    title = " ".join(text[begin : aside.start()].split())
    return [Happening(shorten(title, TITLE_LIMIT), (begin, aside.start()), HAPPENED)]


def narrowed(out: list[DatedSentence], spans: list[tuple[int, int]]) -> list[DatedSentence]:
    """`out` with each dated event that holds an entry's head or tail (`entry_tails`'
    `spans`) cut back to its own side of it: the offence "for being drunk ... on the 3rd inst.",
    not the fine of the sessions' day after it."""
    if not spans:
        return out
    kept = []
    for d in out:
        cb, ce = d.clause
        for b, e in spans:
            if not (cb <= b and e <= ce) or d.timex.begin == d.timex.end:
                continue
            if e <= d.timex.begin:  # the head before the date
                d = replace(d, title_span=(e, ce))
            elif b >= d.timex.end:  # the tail after it
                d = replace(d, title_span=(cb, b))
            cb, ce = d.clause
        kept.append(d)
    return kept
