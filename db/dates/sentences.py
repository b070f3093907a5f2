"""Sentence spans of a text: paragraphs on blank lines, then blingfire's sentences, with its
byte offsets mapped to characters without its wrapper's per-byte loop."""

from __future__ import annotations

import ctypes
import re
import threading
from bisect import bisect_left
from functools import lru_cache

import blingfire

from . import record_lines
from .cue_guard import guard
from .year_lines import split_year_lines

_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# A blank line, where a paragraph ends: what the modules that look for paragraphs search for.
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

_BF_SENTENCES = blingfire.blingfire.TextToSentencesWithOffsets
_BUFFERS = threading.local()  # blingfire's output buffers, reused (allocating them costs more)


def _buffers(size: int) -> tuple:
    """(size, output, starts, ends) and the three passed by reference, made once (ctypes'
    byref and argument conversion were a third of a short paragraph's call)."""
    got = getattr(_BUFFERS, "bufs", None)
    if got is None or got[0] < size:
        size = max(size, 4096)
        out, starts, ends = (
            ctypes.create_string_buffer(size),
            (ctypes.c_int32 * size)(),
            (ctypes.c_int32 * size)(),
        )
        got = (size, out, starts, ends, ctypes.byref(out), ctypes.byref(starts), ctypes.byref(ends))
        _BUFFERS.bufs = got
    return got


def _blingfire_spans(text: str) -> tuple[tuple[int, int], ...] | None:
    """blingfire's sentence spans as character offsets. Its own Python wrapper maps byte offsets
    to characters with a loop over every byte (most of the extractor's time); ASCII text needs
    no mapping and other text is mapped per sentence. None when blingfire fails."""
    data = text.encode("utf-8")
    # blingfire's time grows with the output room it is told of, not only with the text: tell
    # it what this text needs, not the reused buffers' size (grown by the longest text so far)
    size = len(data) * 2 + 16
    _, out, starts, ends, out_ref, starts_ref, ends_ref = _buffers(size)
    # bytes and ints as ctypes passes them by default: char* and int
    n = _BF_SENTENCES(data, len(data), out_ref, starts_ref, ends_ref, size)
    if n <= 0 or n > size:
        return None
    count = ctypes.string_at(out, n).count(b"\n") + 1  # not out.raw: that copies the buffer
    if len(data) == len(text):
        return tuple(zip(starts[:count], [e + 1 for e in ends[:count]], strict=True))
    pairs = list(zip(starts[:count], ends[:count], strict=True))
    # Byte offsets to characters in one pass over the boundaries (sorted), decoding each stretch
    # once: decoding from the start for every sentence made long non-ASCII texts quadratic.
    chars: dict[int, int] = {}
    at_byte = at_char = 0
    for offset in sorted({x for b, e in pairs for x in (b, e + 1)}):
        at_char += len(data[at_byte:offset].decode("utf-8", "ignore"))
        at_byte = offset
        chars[offset] = at_char
    return tuple((chars[b], chars[e + 1]) for b, e in pairs)


# A text's date finding splits the paragraphs with a date, and placing its undated happenings on
# the publication day (`publication_day`) then splits all of them: the last few paragraphs'
# splits are kept (a paragraph's text is its key) so that the second pass splits only the new.
# Only paragraphs of at most _CACHED characters: the cache holds its keys.
_CACHED = 20_000
_cached_spans = lru_cache(maxsize=512)(_blingfire_spans)


# A sentence end blingfire misses: before a capital with an accent ("nel 1996. È stato", "en
# 2010. Él dijo"), not after an initial ("il signor A. È qui").
_ACCENTED_START = re.compile(r"(?<=\w\w[.!?])\s+(?=[À-ÖØ-Þ])")


def _split_at(
    para: str, offsets: tuple[tuple[int, int], ...], cut: re.Pattern[str]
) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, each split again at every match of `cut` (the text it matches, the
    space between two sentences, in neither)."""
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        for m in cut.finditer(para, b, e):
            out.append((b, m.start()))
            b = m.end()
        out.append((b, e))
    return tuple(out)


# A time stamp opening an entry of a timeline, "11:30 p.m. - Police ...": blingfire ends a
# sentence after "p.m."; the entry after the dash is the stamp's own sentence.
_STAMP_ONLY = re.compile(r"(?i)\d\s*[ap]\.m\.\s*$")
_DASH_OPENS = re.compile(r"[-–—]\s")


def _join_stamps(para: str, offsets: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, a sentence ending in a clock time joined to the next when that one
    opens with a dash (a stamp and its entry)."""
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        if out and _DASH_OPENS.match(para, b) and _STAMP_ONLY.search(para, *out[-1]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((b, e))
    return tuple(out)


# A diary's entry heading, a day alone ("14 May.", "Wednesday, 16 May.", "May 14."), which
# blingfire joins to the sentence before it ("... from there. 14 May."): its own sentence, so
# that it heads the entry after it rather than dating the sentence it ends.
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_ENTRY_HEADING = re.compile(
    r"(?:(?<=[.!?])\s+|^)((?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}})\.)(?=\s+[A-Z]|\s*$)"
)

_MONTH = guard(_MONTH_NAME)  # what a heading names: the cheap test before `_ENTRY_HEADING`

# A record's entry heading at a line's start, which blingfire joins to the line before ("...
# Ellen Webb.\nJan. 19. Buried, ...") or leaves on the entry ("1783\nJan. 5."): an abbreviated
# month ("Jan. 5.", "Sept 3rd."), a day of the month alone ("4th.", "Sat. 7th."), a weekday alone
# ("Monday."), or a year alone on its line ("1783"), each its own sentence (`record_lines`).
_LINE_HEADING = record_lines.LINE_HEADING


def _split_headings(para: str, offsets: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, each split around a diary entry's heading inside it."""
    return _split_around(para, offsets, _ENTRY_HEADING, trim=False)


def _split_line_headings(
    para: str, offsets: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, each split around a record's entry heading at a line's start."""
    return _split_around(para, offsets, _LINE_HEADING, trim=True)


def _split_around(
    para: str, offsets: tuple[tuple[int, int], ...], heading: re.Pattern[str], trim: bool
) -> tuple[tuple[int, int], ...]:
    """The spans split around each match of `heading`'s first group, a span of its own; the
    text before it ends where the match does (`trim`: where its own words end)."""
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        for m in heading.finditer(para, b, e):
            if m.start(1) > b:
                out.append((b, b + len(para[b : m.start(1)].rstrip()) if trim else m.start()))
            out.append((m.start(1), m.end(1)))
            b = m.end(1)
            while b < e and para[b].isspace():
                b += 1
        if b < e:
            out.append((b, e))
    return tuple(out)


# An entry of a dated box or chronology on its own line, "12 Sept 2025: A cyclist ...", "Late
# Oct: ...": blingfire joins it to the line before when it opens with a digit or an
# abbreviation, or to a heading line above it: a line that opens with a short label and a colon
# starts a sentence.
_ENTRY_LINE = re.compile(r"[^\S\n]*\n[^\S\n]*(?=[A-Z0-9][^\n:.!?]{0,24}:\s)")

# A list's items written without full stops, each on its own line after a bullet ("• 1872:
# leaflet, four verses\n• 1889: Songs of the Fold"): blingfire joins them into one sentence, so
# that each item takes the next one's date; each is a sentence of its own, as a key-dates box's
# entries are (`_split_dash_entries`). Items ending in a stop are left as blingfire reads them.
_BULLET_LINE = re.compile(r"[^\S\n]*\n[^\S\n]*(?=[-–•*·▪][^\S\n]+\S)")
_BULLETS = ("\n-", "\n–", "\n•", "\n*", "\n·", "\n▪")  # the cheap test before it
_ITEM_ABOVE = re.compile(r"(?:^|\n)[^\S\n]*[-–•*·▪][^\S\n][^\n]*[^.!?;:\s\"'’”)][^\S\n]*$")


def _split_bullets(para: str, offsets: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, each split before a bulleted line that follows an item without a
    stop."""
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        for m in _BULLET_LINE.finditer(para, b, e):
            above = para.rfind("\n", 0, m.start()) + 1
            if m.start() > b and _ITEM_ABOVE.match(para, max(above - 1, 0), m.start()):
                out.append((b, m.start()))
                b = m.end()
        out.append((b, e))
    return tuple(out)


# A timeline's entry on its own line after a sentence's end, headed by a date and a dash ("2009 –
# The mill reopens.", "c. 1760 – ..."): blingfire joins a line that opens with a digit to the
# sentence before it.
# A key-dates box writes its entries without full stops ("KEY DATES\n1 September 1939 -
# Evacuation begins\nJanuary 1940 - Most are home"): after such an entry, or a heading line
# without a stop, a line that opens with a date and a dash is an entry too.
_DASH_OPENING = rf"(?:c\.\s*)?(?:\d|{_MONTH_NAME}\b)[^\n.!?]{{0,30}}?\s[–—-]\s"
_DASH_ENTRY = re.compile(r"(?<=[.!?])[^\S\n]*\n[^\S\n]*(?=(?:c\.\s*)?\d[^\n.!?]{0,30}?\s[–—-]\s)")
_BOX_ENTRY = re.compile(rf"[^\S\n]*\n[^\S\n]*(?={_DASH_OPENING})")
_BOX_LINE_END = re.compile(
    rf"(?m)^[^\S\n]*{_DASH_OPENING}[^\n]*[^.!?\s]([^\S\n]*\n[^\S\n]*)(?=[A-Z0-9])"
)
_BOX_LINE_ABOVE = re.compile(rf"(?:^|\n)[^\S\n]*(?:{_DASH_OPENING}[^\n]*|[^\n.!?]{{1,40}})$")


def _split_dash_entries(
    para: str, offsets: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, each split where a new line opens a dated entry with a dash."""
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        cuts = [
            m.span()
            for m in _BOX_ENTRY.finditer(para, b, e)
            if _DASH_ENTRY.match(para, m.start())
            or _BOX_LINE_ABOVE.search(para, max(para.rfind("\n", 0, m.start()), 0), m.start())
        ]
        cuts += [m.span(1) for m in _BOX_LINE_END.finditer(para, b, e)]  # the box's last line
        for start, end in sorted(set(cuts)):
            if start > b:
                out.append((b, start))
                b = end
        out.append((b, e))
    return tuple(out)


# A family history's shorthand, "b." born, "m." married, "d." died, "bapt.", "bur.": blingfire ends
# a sentence at it when a date or a marriage's number follows ("He m. (1) 1779 ..."); the
# event and its date are one sentence.
_SHORTHAND_END = re.compile(r"(?<![\w.])(?:b|m|d|bapt|bur|chr)\.\s*$")
_SHORTHAND_NEXT = re.compile(r"\([1-9]\)|\d|c\.\s*\d")
_SHORTHAND_WORDS = (" m. ", " b. ", " d. ", "bapt. ", "bur. ", "chr. ", " v. ")
# a law case's "v." between its parties ("In Plessy v. Ferguson, decided ..."): no sentence's end
_CASE_END = re.compile(r"\b[A-Z][\w'’-]* v\.\s*$")


def _join_shorthand(para: str, offsets: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """blingfire's spans, a sentence ending in a register abbreviation joined to the next when
    that one opens with its date or a marriage's number, and one ending in a case's "v." to the
    next party's name."""
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        last_b, last_e = out[-1] if out else (b, b)
        if out and (
            (
                _SHORTHAND_NEXT.match(para, b)
                and _SHORTHAND_END.search(para, max(last_b, last_e - 8), last_e)
            )
            or (
                para[b : b + 1].isupper()
                and _CASE_END.search(para, max(last_b, last_e - 40), last_e)
            )
        ):
            out[-1] = (out[-1][0], e)
        else:
            out.append((b, e))
    return tuple(out)


_YEAR_LED = re.compile(r"\n[^\S\n]*[12]\d{3} [A-Z]")  # the cheap test before `year_lines`


def sentence_spans(text: str, hits: list[int] | None = None) -> list[tuple[int, int]]:
    """Sentence spans in the original text: paragraphs on blank lines, then blingfire. With
    `hits` (sorted offsets of date expressions), a paragraph without one stays whole: nothing
    will ask for its sentences."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = brk.start() if brk else len(text)
        para = text[pos:stop]
        if para and not para.isspace():  # not blank; strip() would copy every paragraph
            k = bisect_left(hits, pos) if hits is not None else 0
            needed = hits is None or (k < len(hits) and hits[k] < stop)
            offsets = None
            if needed:
                split = _cached_spans if len(para) <= _CACHED else _blingfire_spans
                offsets = split(para)
                if offsets and not para.isascii():
                    offsets = _split_at(para, offsets, _ACCENTED_START)
                if offsets and len(offsets) > 1 and "m. " in para:
                    offsets = _join_stamps(para, offsets)
                if offsets and _MONTH.search(para) and _ENTRY_HEADING.search(para):
                    offsets = _split_headings(para, offsets)
                if offsets and "\n" in para and record_lines.has_line_heading(para):
                    offsets = _split_line_headings(para, offsets)
                if offsets and ":" in para and "\n" in para:
                    offsets = _split_at(para, offsets, _ENTRY_LINE)
                if offsets and any(b in para for b in _BULLETS):
                    offsets = _split_bullets(para, offsets)
                if offsets and "\n" in para and ("–" in para or "—" in para or " - " in para):
                    offsets = _split_dash_entries(para, offsets)
                if offsets and "\n" in para and _YEAR_LED.search(para):
                    offsets = split_year_lines(para, offsets)  # "1953 Drake family joins"
                # after the diary headings: "bapt. 6 June." is no entry's heading
                if offsets and len(offsets) > 1 and any(w in para for w in _SHORTHAND_WORDS):
                    offsets = _join_shorthand(para, offsets)
            if offsets and all(0 <= b < e <= len(para) for b, e in offsets):
                spans.extend((pos + b, pos + e) for b, e in offsets)
            else:  # blingfire gave nothing usable: the paragraph is one sentence
                lead = len(para) - len(para.lstrip())
                spans.append((pos + lead, pos + len(para.rstrip())))
        if brk:
            pos = brk.end()
    return spans
