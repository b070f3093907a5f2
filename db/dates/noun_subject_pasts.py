"""A past spelled as its base form after a singular noun subject: "The estate let half its men
go", "the council set up a school board", "the mill shut its gates"; a name ending in "s"
whose object is "its" is one firm ("Harlan Foods cut its forecast"). The present of a singular
subject takes an "-s" ("the estate lets"), so the bare form is the past, as after "he" or "it"
(`tense`). Only where an object follows it ("its", "half", "up"): "the tax cut takes effect",
"a power cut in March" are nouns.
"""

from __future__ import annotations

# what opens the object or the particle after the verb
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these"}
)
_OBJECT = _DETERMINERS | {
    "up", "down", "off", "out", "aside", "apart", "half", "all", "him", "them", "it", "us",
    "sail", "fire", "free", "foot", "no", "every", "some", "most", "much", "each", "both",
}  # fmt: skip
# words before the verb that are no singular subject
_NOT_SUBJECT = frozenset(
    "to not never also then they we you i who which that and or but would could should will "
    "can may might must did do does".split()
)


def noun_subject_past(found_words: list[str], lowered: list[str], i: int) -> bool:
    """Whether word `i` (a same-form past, `lowered` the words in lower case) follows a singular
    noun subject after a determiner or a capitalised name, and opens its object."""
    if i < 1 or i + 1 >= len(lowered) or lowered[i + 1] not in _OBJECT:
        return False
    prev = lowered[i - 1]
    if lowered[i + 1] == "its" and found_words[i - 1][:1].isupper() and prev not in _NOT_SUBJECT:
        return True  # "Harlan Foods cut its forecast": "its" tells a singular name, past
    if prev in _NOT_SUBJECT or prev in _DETERMINERS or prev.endswith("s"):
        return False
    if found_words[i - 1][:1].isupper():  # "Grandfather let", "Parliament set"
        return True
    return i >= 2 and lowered[i - 2] in _DETERMINERS  # "the estate let", "its board set"
