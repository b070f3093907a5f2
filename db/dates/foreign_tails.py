"""The verb's complement after a date set off by a comma: "se celebrarán el último fin de
semana de junio, con un presupuesto reducido" is titled "se celebrarán con un presupuesto
reducido", as a reader scans it; "acontece no próximo sábado, no Parque da Cidade" keeps the
place.

The date's segment ends with the date, its title with the verb; the segments after it that
open with a preposition (an adjunct: `Language.adjunct`, or one of sequence, "depois de",
"dopo", "après", "tras") up to the clause's end join the title, a clock time or span between
them aside ("às 19h", "um 19.30 Uhr", "de 8 h à 17 h"), a source too ("según el sindicato").
The clause ends at a semicolon, at a conditional or causal clause ("caso a federação aceite",
"si le temps le permet"), a gerund ("portando via la cassaforte") or a closing attribution
("anunciou a CP", "a fait savoir la mairie"): none of them is the happening's, and the
adjuncts before them still are. A segment that opens with no preposition (a clause, an object
after an aside), holds a figure (another date or a count) or runs long leaves the title as it
was.
"""

from __future__ import annotations

import re

from .foreign_fragments import time_nouns
from .foreign_languages import LANGUAGES, Language
from .foreign_saying_verbs import is_saying

_CLOCK = re.compile(
    r"(?i)\W*(?:às|a\s+las|à|alle|um|ab|de|desde|dalle|a\s+partir\s+das)?\s*\d{1,2}(?:[.:h]\d\d)?"
    r"\s*(?:h|uhr|horas)?\W*$"
)
_CLOCK_SPAN = re.compile(  # "de 8 h à 17 h", "das 8h às 18h", "dalle 9 alle 13", "von 8 bis 17 Uhr"
    r"(?i)\W*(?:de|des|das|dalle|von|entre)\s+\d{1,2}(?:[.:h]\d\d)?\s*(?:h|uhr|horas)?\s+"
    r"(?:à|a|às|alle|bis|y|e|et)\s+\d{1,2}(?:[.:h]\d\d)?\s*(?:h|uhr|horas)?\W*$"
)
_OPENING_CLOCK = re.compile(
    r"(?i)^\s*(?:às|a\s+las|à|alle|um)\s+\d{1,2}(?:[.:h]\d\d)?\s*(?:h|uhr|horas)?\s+"
)
CLOCK = _CLOCK  # a clock time set off by commas, for `foreign_objects`
_SOURCE = re.compile(r"(?i)\W*(?:seg[úu]n|segundo|selon|secondo|laut|conforme|d['’]apr[èe]s)\b")
# a preposition of sequence opens an adjunct too: "depois de um acordo", "dopo la rimozione"
_AFTER = re.compile(
    r"(?i)\W*(?:tras|despu[ée]s\s+del?|apr[èe]s|dopo|depois\s+d[eoa]s?|ap[óo]s)(?![\w'’])"
)
# what ends the happening's clause: a condition or cause, a gerund, "while"
_CLAUSE_END = re.compile(
    r"(?i)\W*(?:caso|si|se|falls|wenn|cuando|quand|quando|porque|parce\s+que|perch[ée]|weil|"
    r"mientras|pendant\s+que|mentre|enquanto|während|[^\W\d_]+(?:ando|iendo|endo|indo|ant))"
    r"(?![\w'’])"
)
_SAYING_AFTER = re.compile(  # a closing attribution's verb, its auxiliary first: "a annoncé"
    r"(?i)\W*(?:(?:ha|han|a|ont|hanno|tem|hat|haben)\s+)?(?:fait\s+savoir|(?P<verb>[^\W\d_]+))"
)
# an infinitive after it makes a clause of its own ("depois de rejeitar o recurso", "après
# avoir voté"): another happening
_INFINITIVE = re.compile(
    r"(?i)\s+(?:aver|avoir|être|haber)?\s*[^\W\d_]+(?:ar|er|ir|re|or)(?![\w'’])"
)
_TAIL_WORDS = 14  # words of the joined adjuncts, at most
_CLOSE = " \t\n.;!?»”\"'"


def _attribution(language: str, piece: str) -> bool:
    m = _SAYING_AFTER.match(piece)
    return m is not None and (m["verb"] is None or is_saying(language, m["verb"]))


_DECADES = frozenset(
    "década décadas décennie décennies decennio decenni jahrzehnt jahrzehnte".split()
)


def _spans_time(language: str, piece: str) -> bool:
    """Whether a piece after a preposition of sequence names a span of time within its first
    words ("tras una década", "après quatre mois de travaux"): CLDR's unit nouns, and decades."""
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", piece)[1:5]}
    return bool(words & (time_nouns(language) | _DECADES))


def adjunct_tail(lang: Language, text: str, after: int, end: int) -> str | None:
    """The adjuncts after the date's segment, text[after:end] (from its comma to the
    sentence's end), to join its title; None when they are no such adjuncts."""
    rest = text[after:end].split(";", 1)[0].rstrip(_CLOSE)
    if not rest.startswith(","):
        return None
    language = next(k for k, v in LANGUAGES.items() if v is lang)
    kept: list[str] = []
    for piece in rest[1:].split(","):
        if _CLOCK.fullmatch(piece) or _CLOCK_SPAN.fullmatch(piece):
            continue  # "às 19h", "de 8 h à 17 h": the date's own time
        piece = _OPENING_CLOCK.sub("", piece)  # "um 19.30 Uhr im Vereinsheim statt"
        if _SOURCE.match(piece):
            continue  # "según el sindicato": who says so, no part of the happening
        if kept and (_CLAUSE_END.match(piece) or _attribution(language, piece)):
            break  # "..., caso a federação aceite", "..., anunciou a CP": the clause ends
        if (lead := _AFTER.match(piece)) and (
            _spans_time(language, piece) or _INFINITIVE.match(piece, lead.end())
        ):
            break  # "tras una década", "depois de rejeitar o recurso": no adjunct of its
        if not (lang.adjunct.match(piece) or _AFTER.match(piece)) or re.search(r"\d", piece):
            return None
        kept.append(piece.strip())
    joined = " ".join(kept)
    if not kept or len(joined.split()) > _TAIL_WORDS:
        return None
    return joined
