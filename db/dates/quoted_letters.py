"""Letters and speech quoted from a day long past: in "On 3 May 1915 he wrote home: 'Yesterday
we lost forty men, and tomorrow we go back up the line.'" the writer's now is 3 May 1915, so
"Yesterday" is 2 May and "tomorrow" 4 May, not days around the publication date. A quotation
opened after a colon (or "that") takes as its now the day its introducing words name, where
those words tell of writing or saying (a letter, "wrote", "reported", "told", an old newspaper's
"From our issue of ...", an entry, a record's "The clerk's minute for 3 June reads") and the day is
in a year long past (its year may come from the story: "17 July" after "in 1893"); the quotation
runs to its closing mark, across paragraphs ("... on Friday 14 March 1851:" and the letter below
it).
`diary_entries` does the same for a diary's entry headings.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from .dated_headings import heading_now
from .dated_quotes import dated_quote_now
from .diary_entries import Document, entry_now
from .document_heads import head_now
from .entry_quotes import trailing_entry_now
from .headed_quotes import headed_now
from .inline_quotes import RECORD_WORDS, inline_openers
from .interview_now import interview_now
from .labelled_days import labelled_day
from .minute_entries import minute_now
from .named_writings import named_before
from .quoted_days import last_day, long_past
from .recorded_speech import recording_now
from .reported_quotes import reported_now
from .written_quotes import writing_now

_REACH = 2000  # characters a quotation runs at most
_INTRO_REACH = 300  # characters of introducing words read before the colon
# a colon or "that", then the opening mark of a quotation (a paragraph break may come between:
# "reported on 20 March 1847 that 'forty have died since the Monday last'"); or a
# caption line with no stop at its end and the quotation on the next line, as textbooks and
# exhibitions set out a source ("Source B: a letter from a nurse, written on 2 May 1916" / "'...")
# (searched from the colon or the line break, which `re` finds by a first-character test: a
# caption's line break is then checked for the word or ")" before its spaces, `_caption_break`;
# a look-behind first made `re` try the pattern at every space of the text)
# (the "\b" before "that" asked after its "t", "t(?<!\wt)": every alternative then opens on a
# character, which `re` skips to in C; a "\b" first was tried at every character)
_OPENER = re.compile(r"(?:[:\n]|t(?<!\wt)hat)\s*(['‘\"“])")
_WORD_OR_PAREN = re.compile(r"[\w)]")
_OPENING_MARKS = ("'", "‘", '"', "“")  # `_OPENER`'s group
# a closing mark: after a word or a stop, before a space, a stop or the end (not "I'm", "Harvey's")
_CLOSER = re.compile(r"(?<=[\w.,!?;:])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
_SAYING = re.compile(
    r"(?i)\b(?:letters?|diary|journal|notebook|telegram|dispatch|despatch|postcard|note|"
    r"issue|edition|columns?|minutes?|"  # a newspaper's old issue quoted ("our issue of ...:")
    # a diary's, log's or record's entry ("Her entry for 2 May 1888 is short:", "The clerk's
    # minute for 3 June reads:")
    r"entry|entries|log|notes|reads|runs|"
    r"wr(?:ote|itten|iting|ites?)|said|says|told|tells|reported|recorded|noted|added|"
    r"reports|records|"  # a historian's present: "The Courier of 9 May 1875 reports that ..."
    # a sworn statement read out ("the deposition of X, sworn on 5 March, describes it:")
    r"depositions?|affidavit|sworn|describ(?:es|ed)|"
    # a record the words date ("Her statement, dated 4 May, is in the file:")
    r"dated|examinations?|statements?|testimony|confession|"
    r"headed|"  # a letter's heading names its day ("The note is headed only 'Tuesday 9th':")
    r"replied|answered|declared|announced|cabled|signalled)\b"
)
_SENTENCE_END = re.compile(r"[.!?]['’\"”)]?\s+(?=[A-Z'‘\"“])|\n\s*\n")


@lru_cache(maxsize=4)
def _openers(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each quotation opened after a colon or a caption begins (its opening mark), and
    where the introducing words end (the colon or the caption's line break)."""
    found = {at: at for at in inline_openers(text)}  # inline: the introduction ends at the mark
    for m in _OPENER.finditer(text) if _may_open(text) else ():
        at = m.start()
        if text[at] == "\n" and (at := _caption_break(text, at)) < 0:
            continue
        found[m.start(1)] = at
    marks = tuple(sorted(found))
    return marks, tuple(found[q] for q in marks)


def _may_open(text: str) -> bool:
    """Whether a mark of `_OPENER` has a colon, a line break or "that" before it, spaces aside:
    read from the marks, which `str.find` skips to (`_OPENER`, opening on "t", was tried at
    every "t" of the text, and most texts have no such mark)."""
    for mark in _OPENING_MARKS:
        at = text.find(mark)
        while at != -1:
            j = at
            while j and text[j - 1].isspace():  # `\s` and `str.isspace` are one set
                j -= 1
            if "\n" in text[j:at] or text.endswith((":", "that"), 0, j):
                return True
            at = text.find(mark, at + 1)
    return False


def _caption_break(text: str, newline: int) -> int:
    """Where a caption line's end begins (the spaces before the line break at `newline`), or -1
    where no word or ")" ends the line."""
    at = newline
    while at and text[at - 1] in " \t":
        at -= 1
    return at if at and _WORD_OR_PAREN.match(text, at - 1) else -1


def _intro_start(text: str, colon: int) -> int:
    """Where the sentence ending at the colon begins (`_INTRO_REACH` characters at most)."""
    lo = max(0, colon - _INTRO_REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, colon))
    return ends[-1].end() if ends else lo


@lru_cache(maxsize=4)
def _asked(text: str) -> tuple[dict[int, int], dict[int, tuple[int, int]], dict[int, bool]]:
    """What `introduced` and `_intro` found of a text's quotations, by opener (each date
    expression of a quotation asks the same of it): where the first closing mark after it is,
    its introducing words' span, and whether they tell of writing or saying."""
    return {}, {}, {}


def introduced(doc: Document, pos: int) -> tuple[int, int] | None:
    """Where the introducing words of the quotation holding `pos` begin and end (the colon or
    the caption's line break), where it is one opened after a colon or a caption; else None."""
    text = doc.text
    openers, intro_ends = _openers(text)
    k = bisect_right(openers, pos - 1) - 1
    if doc.dct is None or k < 0:
        return None
    q = openers[k]
    if pos - q > _REACH or _closed(text, q, pos):
        return None
    spans = _asked(text)[1]
    span = spans.get(q)
    if span is None:
        colon = intro_ends[k]
        span = spans[q] = (_intro_start(text, colon), colon)
    return span


def _closed(text: str, q: int, pos: int) -> bool:
    """`_CLOSER.search(text, q + 1, pos) is not None` (a closing mark after the opening one at
    `q` and before `pos`, at most `_REACH` on), from the first closing mark after `q` found
    once: the two read the same characters but at `pos` - 1, where the search's end stands for
    the text's end (`\\Z`), which is asked there alone."""
    closers = _asked(text)[0]
    first = closers.get(q)
    if first is None:
        m = _CLOSER.search(text, q + 1, min(len(text), q + _REACH + 2))
        first = closers[q] = m.start() if m is not None else len(text)
    return first < pos - 1 or (pos - 1 > q and _CLOSER.match(text, pos - 1, pos) is not None)


def _intro(doc: Document, pos: int) -> tuple[int, int] | None:
    """`introduced`, where the introducing words tell of writing or saying; else None."""
    span = introduced(doc, pos)
    if span is None:
        return None
    saying = _asked(doc.text)[2]
    told = saying.get(span[1])
    if told is None:
        # a quotation inside a sentence ("complains that the choir '...'") names its record
        words = RECORD_WORDS if span[1] in inline_openers(doc.text) else _SAYING
        told = saying[span[1]] = words.search(doc.text, *span) is not None
    return span if told else None


def quotation_now(doc: Document, pos: int) -> dt.date | None:
    """The day the quotation holding `pos` was written or said on, where it is one introduced
    by a colon after words of writing or saying that name a day of a year long past."""
    span = _intro(doc, pos)
    if span is None or doc.dct is None:
        return None
    day = last_day(doc.mentions, *span)
    if day is None and not _any_mention(doc, *span):
        day = named_before(doc.text, doc.mentions, span[0])  # "X's dispatch of 3 May 1838 ..."
    day = day or labelled_day(doc.text, doc.mentions, *span)  # "On the day of Sheet 9 ..."
    return long_past(day, doc.dct)


def inline_now(doc: Document, pos: int) -> dt.date | None:
    """`quotation_now` for a record quoted inside a sentence ("offered the house 'to be sold on
    the 17th instant'"), whose sentence begins before the quotation; else None."""
    span = introduced(doc, pos)
    if span is None or span[1] not in inline_openers(doc.text):
        return None
    return quotation_now(doc, pos)


def _any_mention(doc: Document, begin: int, end: int) -> bool:
    """Whether a mention begins between `begin` and `end` (the mentions are in text order)."""
    for m in reversed(doc.mentions):
        if m.begin < begin:
            return False
        if m.begin < end:
            return True
    return False


def month_quotation(doc: Document, pos: int) -> bool:
    """Whether the quotation holding `pos` was written in a month or season of a year long past
    its introducing words name, but on no day they name ("In a letter to his sister that March he
    wrote: '... I start on the new cellar tomorrow.'"): its "tomorrow" counts from no day known,
    and not from the publication date."""
    span = _intro(doc, pos)
    if span is None or doc.dct is None:
        return False
    for m in reversed(doc.mentions):
        if m.begin >= span[1]:
            continue
        if m.begin < span[0]:
            return False
        point = m.res.point
        if point is not None:
            return point[1] in ("month", "season") and long_past(point[0], doc.dct) is not None
    return False


def item_now(doc: Document, pos: int) -> dt.date | None:
    """The day an archive item holding `pos` was written on, for what is still to come in it: a
    dated section heading's, a minute's meeting day, a transcript's head; else None."""
    return heading_now(doc, pos) or minute_now(doc, pos) or head_now(doc, pos)


def letter_now(doc: Document, pos: int) -> dt.date | None:
    """The day the words from `pos` were written on, for what is still to come in them: a quoted
    letter's or speech's (`quotation_now`: "I start at school on Wednesday" is a plan of its
    writer's, whatever later years the text has told before it), an archive item's (`item_now`);
    else None. (A diary's entry day is not asked: where its entries end is not known here.)"""
    return quotation_now(doc, pos) or item_now(doc, pos)


def writer_now(doc: Document, sent: int, pos: int) -> dt.date | None:
    """The day the words at `pos` (in sentence `sent`) are written on: a quoted letter's or
    speech's day, a dated record's quoted after its day (`dated_quotes`), a recorded interview's,
    a dated section heading's, a minute's meeting day, a diary entry's, the day a transcript's or
    a letter's head names (`document_heads`), else the publication date."""
    now = quotation_now(doc, pos)
    if now is None and month_quotation(doc, pos):
        # a letter of "that March": no day its "tomorrow" counts from, unless its own dateline
        # names one ('In March 1862 he wrote: "Hexham, 4th March 1862. ... today"')
        return doc.dct and headed_now(doc.text, doc.mentions, pos, doc.dct) or None
    return (
        now
        or trailing_entry_now(doc, pos)
        or recording_now(doc, pos)
        or writing_now(doc, pos)
        or reported_now(doc, sent, pos)
        or dated_quote_now(doc, pos)
        or (doc.dct and headed_now(doc.text, doc.mentions, pos, doc.dct))
        or interview_now(doc, pos)
        or heading_now(doc, pos)
        or minute_now(doc, pos)
        or head_now(doc, pos)
        or entry_now(doc, sent)
    )
