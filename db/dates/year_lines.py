"""A timeline box whose lines open with a bare year, no dash or colon ("Key dates\n1926 Walter
Hollis starts brewing\n1953 Drake family joins the firm"): blingfire runs such lines together,
so every entry would get the whole box's title and every year in it. Where two lines or more
of a paragraph open with a year and a capitalised word, each of them is a sentence of its own.
"""

from __future__ import annotations

import re

# a line opening with a year, then a capitalised word: "1953 Drake family joins the firm"
_YEAR_LINE = re.compile(r"(?m)^[^\S\n]*(?:1\d{3}|20\d{2})[^\S\n]+[A-Z][^\n]*")


def split_year_lines(
    para: str, offsets: tuple[tuple[int, int], ...]
) -> tuple[tuple[int, int], ...]:
    """blingfire's spans of `para`, cut at the start and end of every year-led line where the
    paragraph has two of them or more."""
    lines = [m.span() for m in _YEAR_LINE.finditer(para)]
    if len(lines) < 2:
        return offsets
    cuts = sorted({p for span in lines for p in span})
    out: list[tuple[int, int]] = []
    for b, e in offsets:
        for cut in cuts:
            if b < cut < e:
                if para[b:cut].strip():
                    out.append((b, b + len(para[b:cut].rstrip())))
                b = cut + len(para[cut:e]) - len(para[cut:e].lstrip())
        if para[b:e].strip():
            out.append((b, e))
    return tuple(out)
