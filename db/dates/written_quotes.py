"""Words quoted from a letter or a diary told with its writer ("'We sail at dawn,' she writes,
'and I shall post this on Friday.'"): the writer's now is the day the text names for the writing
just before, in the quotation's paragraph ("a letter dated 2 March 1807 ... '...,' he wrote"),
where that day is in a year long past; "at dawn" and "on Friday" are then counted from it, not
from the publication date. `quoted_letters` does this for a quotation opened after a colon,
`recorded_speech` for an interview's.

A quotation counts when a verb of writing follows its closing mark (", he writes", ", Mary
wrote", ", the agent wrote", ", I told him") or comes just before its opening mark ("she wrote,
'...'"); a second part opened right after the attribution (", he writes, 'and ...'") is the same
quotation, and so is one opened right after the attribution's own sentence ends ("'...,' he
wrote to his wife on 3 May. 'We leave on Friday.'"), which then takes the day that sentence
names.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .diary_entries import Document
from .quoted_days import last_day, long_past, quote_at

_REACH = 1500  # characters a quotation runs at most
_INTRO_REACH = 400  # characters before the quotation where the writing's day is named
_WRITE_WORDS = ("writes", "wrote", "write", "told")  # the cheap guard: a substring test
# "told" with whom it was told to: "'...,' I told him" (a letter's or a speaker's words)
_VERB = r"(?:writes|wrote|adds|added|continues|continued|told\s+(?:him|her|them|us|me|you))"
_WHO = r"(?:he|she|they|we|I|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|(?:the|his|her)\s+[a-z]{3,})"
# the writer named after the closing mark: "', he writes, '" (group `more`: a second part)
_AFTER = re.compile(rf",?\s+{_WHO}\s+{_VERB}\b(?P<more>\s*,\s*['‘\"“](?=\w))?")
# the writer named before the opening mark: "she wrote, '"
_BEFORE = re.compile(rf"\b{_WHO}\s+{_VERB}\s*,\s*$")
# the rest of the attribution's sentence (no quotation mark, no other stop) and a quotation opened
# right after its full stop: "' Orde wrote to his brother on 2 December. '"
_GOES_ON = re.compile(r"[^.!?;:'‘’\"“”\n]{0,100}\.\s{1,3}['‘\"“](?=[A-Z])")
# an opening mark at a line's start or after a space: searched from the mark (a look-behind
# first was tried at every character), what stands before it asked after
_OPENER = re.compile(r"['‘\"“](?<!\S['‘\"“])(?=[A-Za-z])")
_CLOSER = re.compile(r"(?<=[\w.,!?;:])['’\"”](?=\s|[,.;:!?)—–-]|\Z)")
_PARAGRAPH = re.compile(r"\n\s*\n")


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    """(opening mark, end) of each quotation told with a verb of writing; empty, and cheap, for
    a text without one."""
    if not any(w in text for w in _WRITE_WORDS):
        return ()
    out: list[tuple[int, int]] = []
    pos = 0
    carried = -1  # the opening mark of a quotation going on after its attribution's sentence
    while (m := _OPENER.search(text, pos)) is not None:
        q = m.start()
        close = _CLOSER.search(text, q + 1, q + _REACH)
        if close is None:
            break
        end, pos = close.start(), close.end()
        after = _AFTER.match(text, close.end())
        if after is not None and after.group("more"):  # ", he writes, 'and ...'"
            more = _CLOSER.search(text, after.end(), after.end() + _REACH)
            if more is not None:
                end, pos = more.start(), more.end()
        if after is not None and not after.group("more"):
            goes_on = _GOES_ON.match(text, after.end())
            if goes_on is not None:
                carried = goes_on.end() - 1
        if after is not None or q == carried or _BEFORE.search(text, max(0, q - 60), q):
            out.append((q, end))
    return tuple(out)


def writing_now(doc: Document, pos: int) -> dt.date | None:
    """The day the words at `pos` were written on, where they are quoted with their writer and
    the text names a day of a year long past just before, in their paragraph; else None."""
    text, dct = doc.text, doc.dct
    quote = quote_at(text, pos, _quotations)
    if dct is None or quote is None:
        return None
    q = quote[0]
    breaks = [b.end() for b in _PARAGRAPH.finditer(text, max(0, q - _INTRO_REACH), q)]
    lo = breaks[-1] if breaks else max(0, q - _INTRO_REACH)
    return long_past(last_day(doc.mentions, lo, q), dct)
