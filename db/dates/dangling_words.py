"""A preposition or conjunction left at a title's end once the date after it was cut: "Le
chantier ne sera pas achevé avant" (from "avant l'été prochain"), "Las obras terminarán y"
(from "y el lunes"), "Die Straße bleibt gesperrt bis". No title ends on a word that opens a
phrase: it goes, and the comma before it.

Only words that open a phrase and never close a clause: a bound's preposition ("hasta", "avant",
"fino a", "até", "bis") and a coordinating conjunction. German's separable particles ("ab",
"vor", "nach", "zu") close a clause ("Die Firma lehnt ab"): not theirs.
"""

from __future__ import annotations

import re

_WORDS = {
    "es": r"hasta|desde|antes\s+de|despu[ée]s\s+de|a\s+partir\s+de|y|e|pero|sino",
    "fr": r"avant|apr[èe]s|jusqu['’]à|jusqu['’]au|depuis|dès|à\s+partir\s+de|et|mais",
    "it": r"fino\s+a|fino\s+al|prima\s+di|prima\s+del|entro|a\s+partire\s+da|e|ma",
    "pt": r"at[ée]|desde|antes\s+de|depois\s+de|a\s+partir\s+de|e|mas",
    "de": r"bis|seit|und|aber|sondern",
}
_PATTERNS = {k: re.compile(rf"(?i)[\s,;]+(?:{v})$") for k, v in _WORDS.items()}
_MIN_WORDS = 3


def without_dangling_word(language: str, title: str) -> str:
    """`title` without a phrase-opening word it ends on (module docstring)."""
    pattern = _PATTERNS.get(language)
    if pattern is None or (m := pattern.search(title)) is None:
        return title
    head = title[: m.start()].rstrip(" ,;:")
    return head if len(head.split()) >= _MIN_WORDS else title
