"""A bare four-digit year with no cue word before it, in Spanish, French, Italian, Portuguese and
German, where the words around it show it is a time and not an amount (`locales._year`):

- right before "when": "Era il 1976 quando ...", "Fue 1976 cuando", "C'était 1976 lorsque", "Foi
  1976 quando", "1976, als ..." (a number of things is never followed by "when");
- German's year opening a sentence with the finite verb right after it and its subject after
  that ("1972 wurde die Zeche stillgelegt", "1985 schloss das Werk"): an amount there is followed
  by its noun, capitalised, or an adjective and then the noun ("1500 neue Wohnungen").
"""

from __future__ import annotations

import re

from .german_mid_years import year_in_perfect

_WHEN = {
    "es": r"cuando",
    "fr": r"quand|lorsque|lorsqu['’]",
    "it": r"quando",
    "pt": r"quando",
    "de": r"als",
}
_WHEN_AFTER = {
    lang: re.compile(rf"(?i),?\s+(?:{words})(?![\w'’])") for lang, words in _WHEN.items()
}
# German V2: a lowercase verb, then an article or a subject pronoun
_VERB_SUBJECT = re.compile(
    r"\s+[a-zäöüß]+\s+(?:der|die|das|den|dem|des|ein|eine|einen|er|sie|es|man|wir|ich|"
    r"ihr|unser|unsere)\b"
)
_OPENING = re.compile(r"(?:^|[.!?:;\"„“»«]\s*|\n\s*)$")


def year_in_context(lang: str, before: str, after: str) -> bool:
    """Whether a bare four-digit number between `before` and `after` (its sentence's words) is
    a year by the words around it."""
    if (when := _WHEN_AFTER.get(lang)) is not None and when.match(after):
        return True
    if lang == "de" and year_in_perfect(before, after):
        return True  # "hatte die Firma 1962 in einer Garage gegründet"
    return lang == "de" and bool(_OPENING.search(before)) and bool(_VERB_SUBJECT.match(after))
