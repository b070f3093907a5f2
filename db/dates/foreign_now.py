"""A clause that says it is told from now: "ahora", "maintenant", "ora", "adesso", "nun",
"jetzt", "agora" in the date's own segment bring a year-less date back to the publication
date's year, past a year the sentence or the text told of before ("Im Sommer 2017 war die
Bibliothek geschlossen; nun zieht sie im Juni um": this June, not 2017's).

Function words only, one short list a language (no library lists them as such).
"""

from __future__ import annotations

import re

_NOW = {
    "es": r"ahora|actualmente",
    "fr": r"maintenant|désormais|aujourd['’]hui|actuellement",
    "it": r"ora|adesso|oramai|ormai|attualmente",
    "de": r"nun|jetzt|nunmehr|inzwischen|mittlerweile",
    "pt": r"agora|atualmente",
}
_PATTERNS = {lang: re.compile(rf"(?i)(?<![\w'’])(?:{w})(?![\w'’])") for lang, w in _NOW.items()}


def told_from_now(language: str, text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end], a date's own segment, holds a word for "now"."""
    pattern = _PATTERNS.get(language)
    return pattern is not None and pattern.search(text, begin, end) is not None
