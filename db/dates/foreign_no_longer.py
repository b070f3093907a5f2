"""A change to come told with a negation: "ne desservira plus", "ya no prestará", "non sarà più",
"wird nicht mehr halten", "não vai mais circular" say that something stops from the date on,
which is planned, not negated (`foreign_negation.leaves_happening`): a clause in the future
whose negation says "no longer". In the past ("n'a plus desservi") it stays negated.

Function words only, as `other_languages`' patterns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Future = Callable[[str, str], bool]  # (language, clause) -> told in the future

# "no longer": the word after the negation ("ne ... plus", "non ... più", "nicht mehr") or
# before it ("ya no")
_AFTER = {
    "fr": r"plus",
    "es": r"m[áa]s",
    "it": r"più",
    "de": r"mehr",
    "pt": r"mais",
}
_BEFORE = {"es": r"ya", "pt": r"j[áa]"}
_REACH = 4  # words between the negation and its "longer"


def _after(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?:\s+[\w'’-]+){{0,{_REACH}}}?\s+(?:{_AFTER[language]})(?![\w'’])(?!\s+(?:de|di|que|als)\b)"
    )


_AFTERS = {lang: _after(lang) for lang in _AFTER}
_BEFORES = {lang: re.compile(rf"(?i)(?<![\w'’])(?:{w})\s+$") for lang, w in _BEFORE.items()}


def no_longer(language: str, clause: str, negation: re.Match[str], is_future: Future) -> bool:
    """Whether the negation at `negation` says "no longer" of a clause told in the future
    (`is_future`: `other_languages.is_future`, passed in to keep the modules acyclic)."""
    if language not in _AFTER:
        return False
    # "não vai mais circular": the future's periphrasis without the word between
    longer = re.compile(rf"(?i)\s+(?:{_AFTER[language]})(?=\s)")
    if not is_future(language, clause) and not is_future(language, longer.sub("", clause)):
        return False
    said = negation.group()
    if re.search(rf"(?i)(?<![\w'’])(?:{_AFTER[language]})$", said):
        return True  # "ne desservira plus": French's pattern takes the whole of it
    before = _BEFORES.get(language)
    if before is not None and before.search(clause, 0, negation.start()):
        return True
    return _AFTERS[language].match(clause, negation.end()) is not None
