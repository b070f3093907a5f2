"""Nouns that name a happening of a life or a story ("her marriage", "his death", "their
return", "the king's coronation") and the words an earlier sentence tells that happening with
("married", "died", "returned", "was crowned"). Used where an amount counts from such a
happening: `rules.told_happenings` finds the year it was told with, `counted_from` the end of the
phrase a title leaves out with the amount ("She left for Paris two years after her marriage.")."""

from __future__ import annotations

import re
from functools import cache

# Happenings whose verb is not the noun's stem (the noun itself is always looked for as well).
_IRREGULAR = {
    "death": ("died", "killed", "executed"),
    "birth": ("born",),
    "marriage": ("married", "wed", "wedding"),
    "wedding": ("married", "wed", "marriage"),
    "accession": ("came to the throne", "acceded", "succeeded"),
    "coronation": ("crowned",),
    "flight": ("fled",),
    "burial": ("buried",),
    "defeat": ("defeated",),
    "murder": ("murdered",),
    "arrest": ("arrested",),
    "exile": ("exiled",),
    "escape": ("escaped",),
    # a court's, a council's or an army's: "Ten years after the ruling", "after the invasion"
    "ruling": ("ruled",),
    "decision": ("decided",),
    "invasion": ("invaded",),
    "conquest": ("conquered",),
    "sale": ("sold",),
}
# endings of nouns made from a verb: "election", "retirement", "arrival", "departure", "return"
_SUFFIXES = ("ation", "ition", "ion", "ment", "age", "al", "ure", "ance", "ence", "urn", "ing")
# a possessive before the noun: "her", "his", "the king's", "Anne's"; at most one word between
# ("his second marriage", "her father's death")
POSSESSOR = r"(?:his|her|their|its|[A-Z][\w-]*['’]s|the\s+[\w-]+['’]s)"


def is_happening_noun(word: str) -> bool:
    """Whether `word` names a happening by its ending or is one of the irregular ones."""
    word = word.lower()
    return word in _IRREGULAR or (len(word) >= 6 and word.endswith(_SUFFIXES))


@cache
def told_with(noun: str) -> re.Pattern[str] | None:
    """The words an earlier sentence tells the happening `noun` names with: the noun itself and
    its verb's past ("retirement": "retirement", "retired"); None for a noun that names none."""
    noun = noun.lower()
    if not is_happening_noun(noun):
        return None
    forms = {noun, noun + "s", *_IRREGULAR.get(noun, ())}
    stem = next((noun[: -len(s)] for s in _SUFFIXES if noun.endswith(s)), noun)
    if len(stem) >= 4:
        forms |= {stem + "ed", stem + "d", stem + "ated"}  # "elected", "retired", "abdicated"
    forms |= {noun + "ed", noun + "d"}  # "returned", "captured"
    words = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len)[::-1])
    return re.compile(rf"(?i)\b(?:{words})\b")
