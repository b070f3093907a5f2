"""The present of a timetable with a plural subject: "Pre-orders open on Friday", "Classes begin
on Monday", "Polls close at 8 p.m.", "Talks resume in March". The singular forms ("opens",
"begins") are in `tense._SCHEDULE_PRESENT`; the bare forms are nouns and adjectives too ("an open
letter", "a fresh start"), so they count as a verb only right after a plural noun, or after a
plural noun and a short place phrase ("Schools in the city reopen on Monday", "Polls across the
state close at 8 p.m.").

So does a writer's or speaker's own plan in the present: "I start at the village school on
Wednesday", "We sail for Lisbon on Friday", "Tomorrow we move the camp": after "I" or "we" the
bare form is the verb, and with a going verb the present speaks of what is to come.
"""

from __future__ import annotations

PLURAL_SCHEDULE = frozenset(
    {"open", "begin", "start", "close", "resume", "reopen", "launch", "convene", "expire"}
)
# verbs of setting off a writer tells of in the present for a plan of their own: "we sail"
FIRST_PERSON_GOING = frozenset({"leave", "sail", "move", "fly", "travel", "march", "embark"})
_FIRST_PERSON = frozenset({"i", "we"})
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
    case): "orders open", "talks resume", or after "I" or "we" ("we sail"); not "was open", "its
    open letter", "always open"."""
    if prev in _FIRST_PERSON:  # "I start on Wednesday", "we sail on Friday"
        return word in PLURAL_SCHEDULE or word in FIRST_PERSON_GOING
    return (
        word in PLURAL_SCHEDULE
        and len(prev) > 3
        and prev.endswith("s")
        and not prev.endswith(("ss", "us", "is", "'s", "’s"))
        and prev not in _NOT_PLURAL
    )


# A short place phrase between a plural subject and its verb: "Schools in the city reopen".
_PLACE_PREPOSITIONS = frozenset({"in", "across", "around", "throughout"})
_PHRASE_WORDS = 3  # at most "in the old city": preposition, determiner and two words in all


def plural_timetable_after_place(words: list[str], i: int) -> bool:
    """Whether lower-case `words[i]` is a timetable's present after a plural noun and a short
    place phrase ("schools in the city reopen", "polls across the state close"); the phrase's
    last word is the one `plural_timetable` saw, a singular noun."""
    if words[i] not in PLURAL_SCHEDULE:
        return False
    for k in range(i - 2, max(i - 2 - _PHRASE_WORDS, 0), -1):
        if words[k] in _PLACE_PREPOSITIONS:
            return k > 0 and plural_timetable(words[i], words[k - 1])
    return False
