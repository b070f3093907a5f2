"""A look back quoted inside the story's sentence: in "he was tried on the 12th for a theft
'on the night of the 3rd of May last'. He was sentenced a week later" the quoted words name the
day of the crime, told in passing; the story stays on the trial, and "a week later" counts from
the 12th. A date counts where a short quotation opened in the middle of its sentence (after a
word, not after a colon, which introduces a letter or a speech: `quoted_letters`) holds it, the
quotation closes in that sentence, and the date is earlier than the story's time. So does a
time to come in a short quotation ("'We march at four in the morning,' he writes. He was
killed the next day": the next day is the writing's), a plan of the speaker's, not the story's
time (`in_short_quote`)."""

from __future__ import annotations

import re

_MARKS = ("'", '"', "‘", "“")  # the cheap guard
_REACH = 160  # characters such a quotation runs at most
# an opening mark after a word and a space ("... at Kelsey 'on the night of ...")
_OPENER = re.compile(r"(?<=[\w,] )['‘\"“](?=[a-z])")
_CLOSER = re.compile(r"(?<=[\w.,!?;])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]|\n")
# a record's heading or inscription quoted by the word naming it: it dates the record, which the
# story tells of ("a notebook headed 'Lambing, March 1931'", "a stone inscribed 'Erected 1851'")
_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:headed|titled|entitled|inscribed|labelled|labeled|marked|endorsed)\s+$"
)


def in_quoted_aside(text: str, sent_begin: int, begin: int) -> bool:
    """Whether `begin` is inside a short quotation opened in the middle of its sentence and
    closed before the sentence ends."""
    lo = max(sent_begin, begin - _REACH)
    head = text[lo:begin]
    if not any(mark in head for mark in _MARKS):
        return False
    openers = list(_OPENER.finditer(text, lo, begin))
    if not openers:
        return False
    q = openers[-1].start()
    if _CLOSER.search(text, q + 1, begin) or _SENTENCE_END.search(text, q, begin):
        return False  # closed before the date, or not in the date's sentence
    close = _CLOSER.search(text, begin, q + _REACH)
    return close is not None and _SENTENCE_END.search(text, begin, close.start()) is None


# a quotation's opening mark anywhere in the sentence, also at its start ("'We march at ...")
_ANY_OPENER = re.compile(r"(?:^|(?<=\s))['‘\"“](?=[A-Za-z])")


def in_short_quote(text: str, sent_begin: int, begin: int) -> bool:
    """Whether `begin` is inside a quotation opened in its sentence (at its start too, not
    after a colon) and closed in it, within `_REACH` characters."""
    lo = max(sent_begin, begin - _REACH)
    if not any(mark in text[lo:begin] for mark in _MARKS):
        return False
    openers = list(_ANY_OPENER.finditer(text, lo, begin))
    if not openers:
        return False
    q = openers[-1].start()
    if text[max(0, q - 2) : q].strip().endswith(":"):
        return False  # a letter or a speech after a colon: its plan may be the story's next day
    if _NAMED_BEFORE.search(text, max(0, q - 16), q):
        return False  # 'a page headed "Harvest, 1 September 1915"': a record's own date
    if _CLOSER.search(text, q + 1, begin) or _SENTENCE_END.search(text, q, begin):
        return False
    close = _CLOSER.search(text, begin, q + _REACH)
    return close is not None and _SENTENCE_END.search(text, begin, close.start()) is None


_COLON_REACH = 600  # characters a record quoted after a colon runs at most
# an opening mark right after a colon ("survives in the file: 'she saith ...")
_COLON_OPENER = re.compile(r"(?<=:)\s*['‘\"“](?=[A-Za-z])")


def in_colon_record(text: str, begin: int) -> bool:
    """Whether `begin` is inside a quotation opened right after a colon and closed in the same
    paragraph within `_COLON_REACH` characters: a record quoted whole ("Her examination, dated 10
    January, survives: 'on Saturday night last ...'"), whose earlier days are its own look back,
    not the story's time (the caller checks the date is earlier than the story's)."""
    return colon_record_end(text, begin) is not None


def colon_record_end(text: str, begin: int) -> int | None:
    """Where the record quoted after a colon around `begin` closes (`in_colon_record`), or None."""
    lo = max(0, begin - _COLON_REACH)
    head = text[lo:begin]
    if ":" not in head or not any(mark in head for mark in _MARKS):
        return None
    lo += max(0, head.rfind("\n\n"))
    openers = list(_COLON_OPENER.finditer(text, lo, begin))
    if not openers:
        return None
    q = openers[-1].end()
    if _CLOSER.search(text, q, begin):
        return None  # closed before the date
    hi = text.find("\n\n", begin, q + _COLON_REACH)
    close = _CLOSER.search(text, begin, hi if hi >= 0 else q + _COLON_REACH)
    return None if close is None else close.end()
