"""A non-restrictive relative clause set off by commas (", which in those waters is the depth of
winter,", ", who is now ninety,"): an aside about a thing named, told in its own tense. A date
outside it takes the tense of its own clause, not the aside's ("on Midsummer Day, which in the
south is midwinter, we dropped anchor" is told in the past)."""

from __future__ import annotations

import re

# ", which ... ," up to the next comma, semicolon or dash that closes it; a sentence's end
# closes it too (", which is still there.")
_ASIDE = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;:()–—]*")


def relative_asides(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """The (begin, end) offsets of a sentence's comma-set relative clauses, `offset` added."""
    if ", wh" not in text:  # cheap: most sentences have none
        return []
    return [(m.start() + offset, m.end() + offset) for m in _ASIDE.finditer(text)]


def inside(spans: list[tuple[int, int]], begin: int) -> bool:
    """Whether `begin` lies in one of `spans`."""
    return any(a <= begin < b for a, b in spans)
