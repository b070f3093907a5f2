"""An editor's bracket after a sentence that gives its year: "After five years there he died on
the Thursday before Easter. [In 720 Easter fell on 31 March.]", "... on the third day of
September, the bishop raised his bones. [The charters place this in 1034.]", "He came home at
Michaelmas. [This was in 1821.]". A translated chronicle, a saint's life or an edited diary
leaves the year-less dates of its text to the editor's note after them: the reader takes the
note's year for the sentence before it. Only a bracket opening on the sentence's own line, whose
year is told as the time of what the sentence says ("In 720", "This was in 1821", "place(s) ...
in 1034", "i.e. 1650"), a year not after the DCT's. Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import re

from .table import Ctx

_BRACKET = re.compile(r"[ \t]*[\[(]([^\[\]()\n]{4,200})[\])]")
_YEAR = r"[1-9]\d{2,3}(?![\d,])"
_DATING = re.compile(
    # "[In 720 Easter fell ...]", "[This was in 1821.]", "[That is, in 1650.]"
    r"(?i)^\s*(?:(?:this|that|it)\s+(?:was|is|happened|fell)\s+|that\s+is,?\s+|i\.\s?e\.,?\s+)?"
    rf"(?:in\s+(?:the\s+year\s+)?)?(?P<y>{_YEAR})\b"
    # "[The charters place the translation in 1034]", "[Other sources date this to 1651]"
    r"|(?i:\b(?:place|places|placed|date|dates|dated|put|puts|assign|assigns)\b)"
    rf"[^.;]{{0,40}}?\b(?i:in|to)\s+(?P<y2>{_YEAR})\b"
)


def bracket_year(c: Ctx) -> int | None:
    """The year an editor's bracket right after the sentence gives it, else None (an exact test
    for a bracket after the sentence's end first; 200 characters ahead at most)."""
    end = c.sent_end
    nxt = c.text[end : end + 3].lstrip(" \t")
    if not nxt or nxt[0] not in "[(":
        return None
    m = _BRACKET.match(c.text, end)
    if m is None:
        return None
    d = _DATING.search(m[1])
    if d is None:
        return None
    year = int(d["y"] or d["y2"])
    if c.dct is not None and year > c.dct.year:
        return None
    c.basis = "sent_ref"
    return year
