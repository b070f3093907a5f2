"""The verb's object after a date and an aside set off by commas: "La asociación eligió el
martes, tras dos horas de debate, a su presidenta" is titled "La asociación eligió a su
presidenta", as a reader scans it, not "La asociación eligió".

The date's segment ends with the date, its title with a finite verb (a simple past, a perfect's
participle, a future or a word simplemma lemmatises to an infinitive); after the comma come at
most two asides (a clock time, or a few words without a figure: "tras dos horas de debate",
"dijo el alcalde") and then the object's segment, which opens with a determiner ("la", "le",
"il", "a taxa") or, in Spanish, names a person after "a" ("al Atlético", "a su presidenta"). An
aside of one or two words stays with the verb ("por unanimidad", "à l'unanimité"); a longer one
(a reason, a circumstance) and a clock time leave; a segment with a verb of its own ("...,
l'entrepôt avait brûlé") is a clause, no object. Not German: its object comes before a comma,
not after. `foreign_tails` joins adjuncts after the date the same way.
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_articles import determiners
from .foreign_asides import first_verb
from .foreign_finite_openings import opens_with_finite
from .foreign_languages import Language
from .foreign_tails import CLOCK
from .foreign_tenses import PAST

_MAX_ASIDES = 2
_KEPT_WORDS = 2  # an aside of at most so many words stays with its verb
_ASIDE_WORDS = 6  # a longer segment is a clause, no aside
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_PERSON = {"es": re.compile(r"(?<![\w'’])al?\s+[^\W\d_a-zß-ÿ]")}  # "al Atlético", "a Marta"


@cache
def _determiner(language: str) -> re.Pattern[str]:
    words = determiners(language, "definite", "indefinite", "plural", "demonstrative", "possessive")
    personal = r"(?:a\s+)?" if language == "es" else ""  # "a su presidenta": a person
    return re.compile(rf"(?i)\s*{personal}(?:{words})(?:\s+|(?<=['’]))(?=[^\W\d_])")


def ends_with_verb(language: str, lang: Language, head: str) -> bool:
    """Whether `head` ends with a finite verb (or a perfect's auxiliary and participle)."""
    head = head.rstrip()
    last = list(_WORD.finditer(head))
    if not last or last[-1].end() != len(head):
        return False
    word = last[-1]
    for pattern in (PAST[language], lang.future):
        if any(m.end() == len(head) for m in pattern.finditer(head, max(0, word.start() - 30))):
            return True
    return opens_with_finite(language, head, word.start())


def object_tail(
    language: str, lang: Language, text: str, after: int, end: int
) -> tuple[str, int] | None:
    """What joins a title ending with its verb and the date: the short asides kept and the
    object's segment after text[after] (the comma closing the date's segment), and where that
    segment ends; None when no object follows as the module docstring says."""
    if language not in _PERSON and language not in ("fr", "it", "pt"):
        return None
    if not text.startswith(",", after):
        return None
    kept: list[str] = []
    start = after + 1
    for _ in range(_MAX_ASIDES + 1):
        comma = text.find(",", start, end)
        stop = comma if comma >= 0 else end
        piece = text[start:stop]
        words = _WORD.findall(piece)
        person = _PERSON.get(language)
        if first_verb(language, piece, 0, len(piece)) is not None or lang.future.search(piece):
            return None  # "..., l'entrepôt avait brûlé": a clause with its own verb, no object
        if _determiner(language).match(piece) or (person is not None and person.search(piece)):
            joined = " ".join([*kept, piece.strip()]).rstrip(" .;:!?")
            return joined, start + len(piece.rstrip(" .;:!?"))
        if comma < 0 or not words or len(words) > _ASIDE_WORDS:
            return None
        if not CLOCK.fullmatch(piece):
            if re.search(r"\d", piece):
                return None  # another date or a count: a fact of its own
            if len(words) <= _KEPT_WORDS:
                kept.append(piece.strip())
        start = comma + 1
    return None
