"""Named holidays in Spanish, French, Italian, Portuguese and German: fixed ones ("à la
Toussaint", "a Ferragosto", "la notte di San Silvestro", "am Neujahrsmorgen", "Festa della
Repubblica") on their day of the year, Easter-based ones ("zu Pfingsten", "le lundi de Pâques",
"Venerdì Santo") by the computus (dateutil's `easter`), and German's holiday weekends
("am Pfingstwochenende") as that weekend's Saturday. The year is the one nearest the
publication date: the next one in a clause told in the future or, a fortnight or less ahead, in
one not told in the past (`holiday_nearness`), else the last one.

CLDR has no holiday names: they are written here, one closed list a language. Names a word of
another sense shares are left out ("Natal" is a city, "Reyes" kings, "Pascua" also Passover).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from dateutil.easter import easter

from ..called_off import calls_off
from ..foreign_fragments import time_nouns
from .holiday_eves import a_nights_holiday, after_saints_title, eve_of
from .holiday_nearness import coming_soon
from .locales import _told_in_past, fold
from .table import Ctx, Groups, Res, Rule, make

# (name pattern, month, day) of fixed holidays; the pattern's first word starts the match
_FIXED: dict[str, list[tuple[str, int, int]]] = {
    "es": [
        (r"Nochevieja", 12, 31),
        (r"Año\s+Nuevo", 1, 1),
        (r"Nochebuena", 12, 24),
        (r"Navidad", 12, 25),
        (r"Todos\s+los\s+Santos", 11, 1),
        (r"(?i:d)ía\s+de\s+Reyes", 1, 6),
    ],
    "fr": [
        (r"Saint-Sylvestre", 12, 31),
        (r"Nouvel\s+An|Jour\s+de\s+l['’]an", 1, 1),
        (r"Noël", 12, 25),
        (r"Toussaint", 11, 1),
        (r"Assomption", 8, 15),
        (r"Épiphanie", 1, 6),
    ],
    "it": [
        (r"San\s+Silvestro", 12, 31),
        (r"Capodanno", 1, 1),
        (r"(?i:v)igilia\s+di\s+Natale", 12, 24),
        (r"Natale", 12, 25),
        (r"Santo\s+Stefano", 12, 26),
        (r"Ognissanti", 11, 1),
        (r"Ferragosto", 8, 15),
        (r"Epifania|Befana", 1, 6),
        (r"Festa\s+della\s+Repubblica", 6, 2),
        (r"Festa\s+della\s+Liberazione", 4, 25),
    ],
    "pt": [
        (r"réveillon|Réveillon|(?i:p)assagem\s+d[eo]\s+(?:ano|Ano)", 12, 31),
        (r"Ano\s+Novo", 1, 1),
        # "Natal" alone is also a city: only as a day's name
        (r"(?i:d)ia\s+de\s+Natal", 12, 25),
        (r"(?i:v)éspera\s+de\s+Natal|(?i:n)oite\s+de\s+Natal", 12, 24),
        (r"Todos\s+os\s+Santos", 11, 1),
        (r"(?i:d)ia\s+de\s+Reis", 1, 6),
    ],
    "de": [
        (r"Silvester|Silvesterabend|Silvesternacht", 12, 31),
        (r"Neujahr|Neujahrstag|Neujahrsmorgen|Neujahrsnacht", 1, 1),
        (r"Heiligabend|Heiligen\s+Abend", 12, 24),
        (r"Weihnachten|(?i:e)rste[nr]?\s+Weihnachts(?:feier)?tag", 12, 25),
        (r"(?i:z)weite[nr]?\s+Weihnachts(?:feier)?tag|Stephanstag", 12, 26),
        (r"Allerheiligen", 11, 1),
        (r"Mariä\s+Himmelfahrt", 8, 15),
        (r"Dreikönigstag", 1, 6),
        (r"Tag\s+der\s+Deutschen\s+Einheit", 10, 3),
    ],
}
# (name pattern, days after Easter Sunday)
_MOVABLE: dict[str, list[tuple[str, int]]] = {
    "es": [
        (r"(?i:m)iércoles\s+de\s+Ceniza", -46),
        (r"Domingo\s+de\s+Ramos", -7),
        (r"Jueves\s+Santo", -3),
        (r"Viernes\s+Santo", -2),
        (r"Domingo\s+de\s+(?:Resurrección|Pascua)", 0),
        (r"Lunes\s+de\s+Pascua", 1),
        (r"Ascensión", 39),
        (r"Pentecostés", 49),
        (r"Corpus\s+Christi", 60),
    ],
    "fr": [
        (r"(?i:m)ercredi\s+des\s+Cendres", -46),
        (r"(?i:d)imanche\s+des\s+Rameaux|Rameaux", -7),
        (r"(?i:j)eudi\s+saint", -3),
        (r"(?i:v)endredi\s+saint", -2),
        (r"lundi\s+de\s+Pâques|Lundi\s+de\s+Pâques", 1),
        (r"Pâques", 0),
        (r"Ascension", 39),
        (r"lundi\s+de\s+(?:la\s+)?Pentecôte|Lundi\s+de\s+(?:la\s+)?Pentecôte", 50),
        (r"Pentecôte", 49),
    ],
    "it": [
        (r"(?i:m)ercoledì\s+delle\s+Ceneri", -46),
        (r"(?i:d)omenica\s+delle\s+Palme", -7),
        (r"Giovedì\s+Santo", -3),
        (r"Venerdì\s+Santo", -2),
        (r"Pasquetta|Lunedì\s+dell['’]Angelo", 1),
        (r"Pasqua", 0),
        (r"Ascensione", 39),
        (r"Pentecoste", 49),
        (r"Corpus\s+Domini", 60),
    ],
    "pt": [
        (r"Quarta-feira\s+de\s+Cinzas", -46),
        (r"Domingo\s+de\s+Ramos", -7),
        (r"Quinta-feira\s+Santa", -3),
        (r"Sexta-feira\s+Santa", -2),
        (r"Páscoa", 0),
        (r"Ascensão", 39),
        (r"Pentecostes", 49),
        (r"Corpus\s+Christi", 60),
    ],
    "de": [
        (r"Aschermittwoch", -46),
        # the Sundays of Lent a church notice names ("am Sonntag Lätare")
        (r"Sonntag\s+Lätare|Sonntag\s+Laetare|Lätare|Laetare", -21),
        (r"Sonntag\s+Judika|Sonntag\s+Judica|Judika|Judica", -14),
        (r"Palmsonntag", -7),
        (r"Gründonnerstag", -3),
        (r"Karfreitag", -2),
        (r"Ostermontag", 1),
        (r"Ostersonntag|Ostern", 0),
        (r"Christi\s+Himmelfahrt", 39),
        (r"Pfingstmontag", 50),
        (r"Pfingstsonntag|Pfingsten", 49),
        (r"Fronleichnam", 60),
    ],
}
# German's weekend of a holiday, one word: its Saturday ("am Pfingstwochenende")
_WEEKENDS = {"de": [(r"Osterwochenende", -1), (r"Pfingstwochenende", 48)]}
# Holy Week, as the ISO week of its Thursday (Monday to Easter Sunday)
_WEEKS = {
    "es": r"Semana\s+Santa",
    "fr": r"(?i:s)emaine\s+sainte",
    "it": r"Settimana\s+Santa",
    "pt": r"Semana\s+Santa",
    "de": r"Karwoche",
}


def _nearest(lang: str, c: Ctx, day_of: Callable[[int], dt.date]) -> dt.date | None:
    """The holiday's date in the publication year or a neighbour: the next one after the
    publication date in a clause told in the future, else the last one on or before it."""
    if c.dct is None:
        return None
    cands = [day_of(y) for y in (c.dct.year - 1, c.dct.year, c.dct.year + 1)]
    past = [d for d in cands if d <= c.dct]
    ahead = [d for d in cands if d > c.dct]
    if not past or (ahead and not _told_in_past(lang, c) and _told_ahead(lang, c)):
        return ahead[0]
    if ahead and coming_soon(ahead[0], c.dct) and not _told_in_past(lang, c):
        return ahead[0]  # "tutto esaurito per Ognissanti", days before it: the coming one
    if (
        ahead
        and coming_soon(ahead[0], c.dct)
        and calls_off(lang, c.text[c.sent_begin : c.sent_end])
    ):
        return ahead[0]  # "ha suspendido las campanadas de Nochevieja": still to come
    return past[-1]


# "of" before the name, and the parts of a day or a year before that which make it a time
_OF = re.compile(
    r"(?i)(?:^|\s)(?P<noun>[\w'’-]+)\s+(?:de|di|da|do|des|del|della|dello|dos|das|der)(?:\s+la)?\s*$"
)  # not French "du": "du vendredi saint au lundi de Pâques", "la veille du 15-Août"
# prepositions that take "de" ("antes de Semana Santa", "avant de", "prima di Pasqua"): no noun
_PREPOSITIONS = frozenset(
    "antes después despues cerca alrededor avant après apres autour près prima dopo intorno "
    "vicino depois perto".split()
)
_TIME_PARTS = frozenset(
    "notte nuit noche noite nacht vigilia veille víspera véspera mattina matin mañana manhã "
    "sera soir tarde abend giornata journée jornada periodo période período vacanze vacances "
    "vacaciones férias ponte puente week-end weekend".split()
)


def _names_a_kind(lang: str, before: str) -> bool:
    """Whether the holiday's name follows another noun and "of": a kind of thing ("il
    concerto di Capodanno", "el sorteo de Navidad"), not the day; "la notte di San Silvestro"
    is the day (its part), as is a time unit's "il giorno di Natale"."""
    m = _OF.search(before[-60:])
    if m is None:
        return False
    noun = m["noun"].lower()
    return noun not in _TIME_PARTS and noun not in _PREPOSITIONS and noun not in time_nouns(lang)


def _told_ahead(lang: str, c: Ctx) -> bool:
    """Whether the holiday's segment is told in the future tense."""
    from .. import other_languages

    b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
    return other_languages.is_future(lang, c.text[b:e])


def _rule(name: str, pattern: str, day_of: Callable[[int], dt.date], precision: str) -> Rule:
    on = day_of(2001)  # its month and day, for a fixed holiday

    def normalise(g: Groups, c: Ctx) -> Res | None:
        before = c.before()
        if after_saints_title(before):
            return None  # "die Pfarrei St. Silvester": the saint
        if _names_a_kind(name[:2], before) and not a_nights_holiday(on.month, on.day):
            # "il concerto di Capodanno, che doveva svolgersi il 28 febbraio", "le marché de
            # Noël": the thing's name, its date another; a night's ("las campanadas de
            # Nochevieja") is that night's
            return None
        eve = eve_of(before)  # "la veille de Noël": the day before
        shifted = lambda y: day_of(y) - dt.timedelta(days=int(eve))  # noqa: E731
        found = _numbered(c, shifted) or _nearest(name[:2], c, shifted)
        return None if found is None else make((found, precision), relative=True)

    firsts = {w for alt in pattern.split("|") for w in _first_words(alt)}
    starts = frozenset(w for first in firsts for w in (first, fold(first)))
    return Rule(name, rf"(?<![\w'’-])(?:{pattern})(?![\w'’-])", normalise, starts)


_DAY_NUMBER = re.compile(r"\s*\((\d{1,2})(?:º|°)?\)")


def _numbered(c: Ctx, day_of: Callable[[int], dt.date]) -> dt.date | None:
    """The holiday's date in the year whose day of the month is the one written in brackets
    after it, as Portuguese news writes a weekday's ("na Sexta-feira Santa (26)")."""
    m = _DAY_NUMBER.match(c.text, c.end, c.sent_end)
    if m is None or c.dct is None:
        return None
    days = [day_of(y) for y in (c.dct.year - 1, c.dct.year, c.dct.year + 1)]
    return next((d for d in days if d.day == int(m[1])), None)


def _first_words(alternative: str) -> list[str]:
    """The words a holiday's name `alternative` can begin with, lower case: its first word with
    an either-case head ("(?i:d)ía") or an ending of German's ("zweite[nr]?") spelt out."""
    whole = re.sub(r"\(\?i:(\w)\)", r"\1", alternative.split("\\s+")[0]).lower()
    first = whole.split("-")[0]
    if m := re.fullmatch(r"(\w+)\[(\w+)\]\?", first):
        return [m[1], *(m[1] + c for c in m[2])]
    # the trigger may know a hyphenated word whole ("sexta-feira") or by its first part
    return [first, whole] if whole != first else [first]


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _after_easter(days: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=days)


def rules(lang: str) -> list[Rule]:
    return [
        *(
            _rule(f"{lang}_holiday_{k}", pattern, _fixed(month, day), "day")
            for k, (pattern, month, day) in enumerate(_FIXED.get(lang, []))
        ),
        *(
            _rule(f"{lang}_movable_{k}", pattern, _after_easter(offset), "day")
            for k, (pattern, offset) in enumerate(_MOVABLE.get(lang, []))
        ),
        *(
            _rule(f"{lang}_holiday_weekend_{k}", pattern, _after_easter(offset), "weekend")
            for k, (pattern, offset) in enumerate(_WEEKENDS.get(lang, []))
        ),
        _rule(f"{lang}_holy_week", _WEEKS[lang], _after_easter(-6), "week"),
    ]
