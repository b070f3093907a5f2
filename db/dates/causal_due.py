""" "Flights were cancelled due to fog on Monday": "due to" before a cause is no plan. "Due" marks
a plan after a form of "be" ("is due to open", "was due to begin") or after the thing planned ("a
trip due to begin on Wednesday"); right after a participle ("cancelled due to", "closed due
to") or before a noun phrase ("due to the strike", "due to heavy snow", "due to staff
shortages") it gives a reason, and the sentence keeps its own tense."""

from __future__ import annotations

# "is due to", "was originally due to", "are not due to": a plan's own "due"
_PLAN_BEFORE = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "'s", "’s", "not", "now", "also",
     "still", "originally", "initially", "first", "already", "then", "both", "all"}
)  # fmt: skip
# what opens a noun phrase: a cause, not an infinitive's verb
_NOUN_OPENERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
     "these", "those", "some", "no", "low", "high", "heavy", "bad", "poor", "strong", "severe",
     "technical", "ongoing", "unforeseen", "continued", "rising", "falling", "lack", "ill",
     "health", "safety", "security", "weather", "fog", "snow", "rain", "ice", "illness",
     "injury", "flooding", "demand", "staff", "personal", "family", "covid"}
)  # fmt: skip
# endings of nouns, never of an infinitive's verb ("due to concerns", "due to a shortage")
_NOUN_ENDINGS = ("ing", "tion", "sion", "ness", "ity", "ment", "ance", "ence", "ship", "ages")


def _participle(word: str) -> bool:
    return len(word) > 4 and word.endswith("ed") or word in ("shut", "cut", "held", "lost")


def causal_due(lowered: list[str], i: int) -> bool:
    """Whether "due" at `i` of a sentence's lower-case words gives a reason ("due to fog")."""
    if lowered[i + 1 : i + 2] != ["to"] or i + 2 >= len(lowered):
        return False
    prev = lowered[i - 1] if i else ""
    if prev in _PLAN_BEFORE:
        return False
    nxt = lowered[i + 2]
    plural = nxt.endswith("s") and not nxt.endswith(("ss", "us", "is"))
    return _participle(prev) or nxt in _NOUN_OPENERS or nxt.endswith(_NOUN_ENDINGS) or plural
