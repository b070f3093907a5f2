"""The happening an amount counts from, which a title leaves out with the amount: "Two years after
her marriage she left for Paris" is titled "She left for Paris". Only a short phrase after
"after" / "before" that ends at a comma or at the main clause's pronoun subject, before the main
clause (at a clause's end, "two days before the merger was announced", it may be a clause that
is the title; "three days after that it was printed" counts from no happening named); used by
`coordinated_dates.joined_span`, the span of the dates a title leaves out."""

from __future__ import annotations

import re

# a determiner or possessive, then at most four words ("her marriage", "the old king's death")
_COUNTED_FROM = re.compile(
    r"\s+(?:her|his|their|its|the|our|my)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"(?=\s*,|\s+(?:he|she|they|it|we|I)\s+[a-z])"
)
_COUNTS = ("after", "before")


def counted_from_end(text: str, begin: int, end: int, hi: int) -> int:
    """The end of the happening the amount text[begin:end] ("Two years after") counts from,
    within the clause piece ending at `hi`; `end` where the amount counts from none."""
    if not text[begin:end].lower().endswith(_COUNTS):
        return end
    found = _COUNTED_FROM.match(text, end, hi)
    return found.end() if found else end
