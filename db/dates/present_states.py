"""Present verbs the tense tagger leaves untagged, read where a present clause is weighed
against a dated past relative clause inside it (`present_relatives`): a role or a holding told
with an "-s" verb before its object ("Lind heads a team ...", "The trust runs a clinic ...",
"The firm owns a plant ..."), and "is" / "are" right after a relative word ("a team that is
tracing ..."), which the tagger reads as after a determiner. "The heads of state", "two home
runs in May" and "company heads said" are nouns: the verb needs a word of its subject before
it and its object's first word after it."""

from __future__ import annotations

import re

# verbs of a standing role, holding or make-up, whose "-s" form is rarely a noun before an object
_STATE_VERBS = frozenset(
    "heads runs owns chairs leads employs manages oversees directs controls operates "
    "represents includes requires coaches edits funds houses".split()
)
# what an object opens with: a determiner, a possessive pronoun, a count
_OBJECT_OPENERS = frozenset(
    "a an the its his her their our this these those some several two three four five "
    "six seven eight nine ten about nearly more".split()
)
# words after which the "-s" word is a noun or an adjective's noun, not a verb
_NOT_SUBJECT_END = frozenset(
    "a an the its his her their our my your this these those of in on at for by with from "
    "to and or home two three four five several many few more".split()
)
_RELATIVE_WORDS = frozenset({"that", "which", "who"})


def present_state(words: list[str], i: int) -> bool:
    """Whether word `i` (lower case) is a present verb the tagger does not tag."""
    w = words[i]
    if i == 0 or i + 1 >= len(words):
        return False
    if w in ("is", "are"):
        return words[i - 1] in _RELATIVE_WORDS
    if w not in _STATE_VERBS:
        return False
    prev, nxt = words[i - 1], words[i + 1]
    return (
        prev[:1].isalpha()
        and prev not in _NOT_SUBJECT_END
        and (nxt in _OBJECT_OPENERS or nxt[:1].isdigit())
    )


_WORD = re.compile(r"[A-Za-z]+|\d+")


def has_present_state(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Whether a clause's pieces hold a present "-s" verb of a role or holding before its
    object ("Lind heads a team"): a verb for a clause the tagger found none in."""
    for b, e in pieces:
        chunk = text[b:e]
        if not any(v in chunk for v in _STATE_VERBS):  # cheap exact guard before the words
            continue
        words = [w.lower() for w in _WORD.findall(chunk)]
        if any(words[i] in _STATE_VERBS and present_state(words, i) for i in range(len(words))):
            return True
    return False
