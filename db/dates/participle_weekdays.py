"""A weekday right after a past participle dates what the participle tells, done ("l'accordo
firmato domenica", "l'accord signé dimanche", "el acuerdo firmado el domingo", "o aviso entregue
na sexta-feira"): the one gone by, though the clause around it is told in the future ("si
voterà giovedì sull'accordo firmato domenica"). The participle is told by its ending
(`foreign_participles`), and "entregue", Portuguese's short participle of a news verb.
"""

from __future__ import annotations

import re
from functools import cache

from .foreign_participles import _PARTICIPLE

# an article or a preposition the weekday may take after the participle
_BETWEEN = {
    "es": r"el|este",
    "pt": r"na|no|nesta|neste",
    "fr": r"le|ce",
    "it": r"il|lo|questo|questa",
    "de": r"am",
}
_SHORT = {"pt": r"|entregues?|aceites?|pagas?|ganhas?|gastas?"}


@cache
def _before(language: str) -> re.Pattern[str]:
    participle = _PARTICIPLE[language] + _SHORT.get(language, "")
    return re.compile(rf"(?i)(?<![\w'’-])(?:{participle})(?:\s+(?:{_BETWEEN[language]}))?\s+$")


# "be" as an infinitive before the participle: a passive still to come ("demandé à être emmenée
# vendredi", "va a ser firmado el lunes")
# ... or in the future ("sera examiné jeudi", "será votado el lunes", "sarà firmato lunedì")
_TO_BE = re.compile(
    r"(?i)(?<![\w'’])(?:être|etre|essere|ser|estar|sera|seront|será|serán|sarà|saranno)"
    r"\s+\S+(?:\s+\S+)?\s+$"
)


def after_participle(language: str, before: str) -> bool:
    """Whether the text `before` a weekday ends with a past participle (and its article), not
    one of a passive infinitive."""
    if language not in _PARTICIPLE or language == "de":
        return False
    tail = before[-60:]
    if language == "fr" and _FRENCH_EU_NOUN.search(tail):
        return False  # "aura lieu samedi", "le jeu samedi": nouns in "-eu" ("eu" itself stays)
    return _before(language).search(tail) is not None and _TO_BE.search(tail) is None


# French nouns ending as a participle in "-u" does: "lieu", "jeu", "feu", "milieu"
_FRENCH_EU_NOUN = re.compile(r"(?i)\w+eu[sx]?\s+(?:(?:le|ce)\s+)?$")


def done_by_participle(language: str, before: str, start: str, dct: str | None) -> bool:
    """Whether a date on or before the publication day follows a past participle: what it
    dates is done (`other_languages.happening` makes a future clause's status happened)."""
    return (
        dct is not None
        and start[:4].isdigit()
        and start[:10] <= dct
        and after_participle(language, before)
    )
