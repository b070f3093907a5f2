"""The present of a timetable with a plural subject: "Pre-orders open on Friday", "Classes begin
on Monday", "Polls close at 8 p.m.", "Talks resume in March". The singular forms ("opens",
"begins") are in `tense._SCHEDULE_PRESENT`; the bare forms are nouns and adjectives too ("an open
letter", "a fresh start"), so they count as a verb only right after a plural noun.
"""

from __future__ import annotations

PLURAL_SCHEDULE = frozenset(
    {"open", "begin", "start", "close", "resume", "reopen", "launch", "convene", "expire"}
)
# Words ending in "s" that are no plural noun before a verb.
_NOT_PLURAL = frozenset(
    {
        "is", "was", "has", "does", "this", "his", "its", "as", "us", "yes", "always",
        "perhaps", "sometimes", "towards", "afterwards", "besides", "nevertheless", "less",
        "unless", "thus", "whereas", "across", "plus", "hers", "ours", "theirs", "yours",
        "news", "series", "means",
    }
)  # fmt: skip


def plural_timetable(word: str, prev: str) -> bool:
    """Whether lower-case `word` is a timetable's present after the plural noun `prev` (lower
    case): "orders open", "talks resume"; not "was open", "its open letter", "always open"."""
    return (
        word in PLURAL_SCHEDULE
        and len(prev) > 3
        and prev.endswith("s")
        and not prev.endswith(("ss", "us", "is", "'s", "’s"))
        and prev not in _NOT_PLURAL
    )
