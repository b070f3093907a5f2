"""A planned happening named by its noun: "..., les épreuves, prévues pour le 3 juin".

When the date's own segment is a participle of scheduling and its date ("prevista para el
martes", "marcadas para 1º de abril"), the date dates the noun the participle follows, not the
clause that noun is in ("La rectoría podrá aplazar los exámenes, previstos para el lunes": the
exams are on Monday). A title cut as that clause and the bare participle ("..., previstos")
becomes the noun phrase: the last one an article opens after no preposition
(`relative_subjects.antecedent_noun`), or the whole head when it opens the title.
"""

from __future__ import annotations

import re
from functools import cache

from .relative_subjects import antecedent_noun

_SCHEDULED = {
    "es": r"previst[oa]s?|programad[oa]s?|fijad[oa]s?|convocad[oa]s?",
    "fr": r"prévue?s?|programmée?s?|fixée?s?",
    "it": r"previst[oaie]|programmat[oaie]|fissat[oaie]",
    "pt": r"previst[oa]s?|programad[oa]s?|marcad[oa]s?|agendad[oa]s?",
}
_FIRST = r"(?:inicialmente|initialement|inizialmente|originalmente|d['’]abord)"


@cache
def _trailing(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)^(?P<head>[^,]+),\s+(?:{_FIRST}\s+)?(?:{_SCHEDULED[language]})[\s.;:]*$"
    )


def planned_noun(language: str, title: str) -> str:
    """The noun phrase a title's closing participle of scheduling follows, else `title`."""
    if language not in _SCHEDULED:
        return title
    m = _trailing(language).match(title)
    if m is None:
        return title
    noun = antecedent_noun(language, m["head"].strip())
    return noun[:1].upper() + noun[1:]
