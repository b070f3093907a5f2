"""A date inside what someone denies, in Spanish, French, Italian, German and Portuguese: "negó
que se hubiera reunido el 14 de febrero", "a démenti que l'usine fermera en juin", "ha smentito
che la scuola chiuderà a settembre", "bestritt, dass er am 3. Mai dort war", "negou que a
reunião tenha acontecido na segunda-feira". The denied clause's event is `negated`, as a
clause's own "no" makes it; the denial itself (its own date before "que") keeps its status.

A closed list of verbs of denying per language (CLDR has none); a few adverbial words may stand
between the verb and its "que" ("negó ayer que", "ha smentito in mattinata che").
"""

from __future__ import annotations

import re
from functools import cache

_DENY = {
    "es": r"neg(?:ó|aron|aba|aban|ado)|nieg(?:a|an|ue|uen)|desmient(?:e|en)|desminti(?:ó|eron|do)",
    "fr": r"ni(?:e|ent|é|ait|aient)|dément(?:i|ent)?|démentai(?:t|ent)",
    "it": r"neg(?:a|ano|ato|ò|arono|ava|avano)|smentit[oa]|smenti(?:sce|scono|rono|va)|smentì",
    "de": r"bestr(?:eitet|eiten|itt|itten)|abgestritten|dementier\w*|leugne\w*|geleugnet",
    "pt": r"neg(?:a|am|ou|aram|ava|avam|ado)|desment(?:e|em|iu|iram|ido)",
}
_THAT = {
    "es": r"que",
    "fr": r"que|qu['’]",
    "it": r"che",
    "de": r"dass",
    "pt": r"que",
}
_BETWEEN = 4  # adverbial words at most between the verb and "que"


@cache
def _denied(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<![\w'’])(?:{_DENY[language]})(?:\s+[\w'’-]+){{0,{_BETWEEN}}}?\s*,?\s*"
        rf"(?:{_THAT[language]})(?:\s+|(?<=['’]))"
    )


@cache
def _that(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_THAT[language]})(?![\w])")


def denied(language: str, text: str, sentence: tuple[int, int], at: int) -> bool:
    """Whether the date at offset `at` is in the clause a verb of denying brings (the last
    "que", "che", "dass" before the date is the denial's)."""
    if language not in _DENY:
        return False
    last = None
    for m in _that(language).finditer(text, sentence[0], at):
        last = m
    if last is None:
        return False
    return any(m.end() > last.start() for m in _denied(language).finditer(text, sentence[0], at))
