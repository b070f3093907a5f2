"""Relative dates in Spanish, French, Italian and German besides CLDR's day words and weekday
phrases (`locales`): a bare weekday ("el lunes", "lundi", "lunedì", "am Montag"), tomorrow
("mañana", "demain", "domani", "morgen") and last / this / next week, month and year ("la semana
pasada", "la semaine dernière", "la settimana scorsa", "letzte Woche", "el año pasado").

The names are CLDR's (Babel): weekdays, the relative phrases of week, month and year, and the
unit nouns as CLDR writes them in "hace {0} semana", "il y a {0} an", "vor {0} Woche". What is
written here are the function words: the modifiers ("pasado", "dernier", "scorso", "letzte")
that also come in the other order or another gender than CLDR's one phrase, and the words that
make a weekday habitual ("los lunes", "tous les lundis", "ogni lunedì", "jeden Montag") or
tomorrow a morning ("por la mañana", "am Morgen") or a future in general ("le monde de demain").

A bare weekday is the last one on or before the publication date, or the first one on or after
it when its clause is told in the future (`other_languages.is_future`): "el lunes votaron" /
"el lunes votarán".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from ..foreign_tenses import PAST
from ..participle_weekdays import after_participle
from ..periods import shift
from ..plan_participles import after_plan
from ..tweet_days import tweet_day
from . import (
    locales_ago,
    locales_ahead,
    locales_clipped_years,
    locales_day_parts,
    locales_holidays,
    locales_month_days,
    locales_month_halves,
    locales_month_lasts,
    locales_month_weekends,
    locales_new_year,
    locales_numeric_days,
    locales_offset,
    locales_period_ends,
    locales_quarters,
    locales_seasons,
    locales_story_days,
    locales_week_counts,
    locales_week_of,
    locales_week_parts,
    locales_weekday_weeks,
    locales_weekend,
    locales_within,
)
from .common import _weekday_from
from .locales import (
    _DAY,
    _alternation,
    _first_words,
    _lookup,
    _phrase_key,
    _phrase_pattern,
    _told_in_past,
    fold,
    from_day,
    names,
)
from .table import Ctx, Groups, Res, Rule, make
from .weekday_bounds import after_bound
from .weekday_bounds import told_in_past as bound_told_in_past

# Modifiers of a unit noun, before or after it, with their offset; CLDR gives one phrase each
# ("la semana pasada") and writers also use "la pasada semana", "el año que viene".
_MODIFIERS: dict[str, dict[str, int]] = {
    "es": {"pasado": -1, "pasada": -1, "próximo": 1, "próxima": 1, "que viene": 1},
    "fr": {"dernier": -1, "dernière": -1, "passé": -1, "passée": -1, "prochain": 1, "prochaine": 1},
    "it": {"scorso": -1, "scorsa": -1, "passato": -1, "passata": -1, "prossimo": 1, "prossima": 1},
    "pt": {"passado": -1, "passada": -1, "próximo": 1, "próxima": 1, "que vem": 1},
    "de": {
        f"{stem}{ending}": offset
        for stem, offset in (("letzt", -1), ("vergangen", -1), ("nächst", 1), ("kommend", 1))
        for ending in ("e", "en", "er", "es", "em")
    },
}
# Only these come before the noun (German's all do; Spanish "que viene" only follows it).
_BEFORE_ONLY_AFTER = {"que viene", "que vem"}
_UNITS = ("week", "month", "year")

# The parts of a day German joins to a weekday: "Samstagabend", "Montagmorgen"
_DAY_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")

# A weekday that is every one of them, not one day.
_HABITUAL = {
    "es": r"los|todos\s+los|cada",
    "fr": r"les|tous\s+les|chaque",
    "it": r"i|ogni|tutti\s+i|il",
    "de": r"jeden|jedem|montags",
    # Portugal's "ao domingo", "à segunda-feira" too
    "pt": r"os|as|todos\s+os|todas\s+as|cada|[àa]s|aos|ao|à",
}
# "for" before a weekday: what is expected or planned for it
_FOR_WORDS = {"es": r"para\s+el", "fr": r"pour", "it": r"per", "de": r"für", "pt": r"para\s+[oa]"}
_FOR_DAY = {k: re.compile(rf"(?i)(?<![\w'’])(?:{v})\s+$") for k, v in _FOR_WORDS.items()}
# ... nor one its date follows, which says which ("para el sábado día 28 de abril")
_DAY_AFTER = re.compile(r"(?i),?\s*(?:d[íi]a\s+|dia\s+|le\s+|il\s+|den\s+|o\s+)?\d")
# ... but not a day something was set for ("prevista para el jueves, ha quedado aplazada"):
# whether it still holds is the plan's to say (`foreign_tails`)
_SET_FOR = re.compile(
    r"(?i)(?:previst|prévu|prevu|programad|programmat|marcad|agendad|fixad)\w*\s+"
    r"(?:para\s+el|pour|per|para\s+[oa])\s+$|geplant\s+für\s+$"
)
# "every" with an ordinal between it and the weekday ("cada primer domingo")
_EVERY = {"es": r"cada", "fr": r"chaque", "it": r"ogni", "de": r"jeden", "pt": r"cada|todo|toda"}
# Tomorrow's word as a noun: "por la mañana", "esta mañana", "am Morgen", "heute Morgen".
_NOT_TOMORROW = {
    "es": r"la|una|esta|esa|cada|toda|aquella|media|buena|el|las|muy",
    "fr": r"le|un|ce",
    "it": r"il|un|del",
    "de": r"am|den|dem|der|jeden|guten|heute|diesen|diesem|am\s+nächsten|eines",
    "pt": r"o|um|do|no",  # "o amanhã", "um amanhã melhor": the future
}
# "le monde de demain", "l'Italia di domani", "el mundo de mañana": the future, no day; but
# "a partir de mañana", "à partir de demain", "a partire da domani" are days.
_OF_BEFORE = re.compile(r"(?i)(?<!partir\s)(?<!partire\s)\b(?:de|d['’]|di|do)\s*$")


@dataclass(frozen=True)
class UnitPhrases:
    offsets: dict[str, tuple[str, int]]  # phrase key -> (unit, offset)
    phrases: tuple[str, ...]


@cache
def unit_phrases(lang: str) -> UnitPhrases:
    """CLDR's relative phrases of week, month and year (-1, 0, +1), and its unit nouns with the
    modifiers before and after them."""
    from babel.localedata import load

    fields = load(lang)["date_fields"]
    table: dict[str, tuple[str, int]] = {}
    for unit in _UNITS:
        for offset, phrase in fields[unit]["relative"].items():
            if offset in (-1, 0, 1):
                table[phrase] = (unit, offset)
        noun = re.search(r"\{0\}\s+(\w+)", fields[unit]["past"]["one"])
        if noun is None:
            continue
        for mod, offset in _MODIFIERS[lang].items():
            table[f"{noun.group(1)} {mod}"] = (unit, offset)
            if mod not in _BEFORE_ONLY_AFTER:
                table[f"{mod} {noun.group(1)}"] = (unit, offset)
            if lang == "de" and unit != "week":  # the genitive: "Ende vergangenen Monats"
                table[f"{mod} {noun.group(1)}{'s' if unit == 'month' else 'es'}"] = (unit, offset)
    return UnitPhrases({_phrase_key(p): v for p, v in table.items()}, tuple(table))


def _relative_unit(lang: str, g: Groups, c: Ctx) -> Res | None:
    """ "la semana pasada", "le mois prochain", "quest'anno", "letztes Jahr": from the DCT. Not
    "el pasado mes de marzo" (that is March, `locales`' month rule)."""
    if re.match(r"(?i)\s+(?:de|del|di|d['’])\b", c.after()):
        return None
    unit, offset = _lookup(unit_phrases(lang).offsets, _phrase_key(g.req("w")))
    if c.dct is None:
        return Res("DATE", {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit])
    return make((shift(c.dct, offset, unit), unit), relative=True)


def _at_sentence_start(c: Ctx) -> bool:
    return not c.before().strip(" \"'«“‘(¿¡-–—")


# After a capitalised weekday, "of" and a capitalised noun: a name even at a sentence's start
# ("Viernes de la Ira", "Vendredi de la Colère", "Venerdì della Rabbia").
_NAME_TAIL = re.compile(
    r"^\s+(?i:de\s+la|de\s+l['’]|del|de|du|des|della|dello|dei|di)\s+[^\W\d_a-zß-ÿ]"
)


# French and Italian name a weekday with its article for every one ("horaires élargis le
# mercredi", "il museo è chiuso il lunedì"), a day with its date or none ("samedi", "sabato");
# told in the past, "il est reparti le samedi" is the story's day
_ARTICLE_HABITUAL = {
    "fr": re.compile(r"(?i)(?<![\w'’])le\s+$"),
    "it": re.compile(r"(?i)(?<![\w'’])il\s+$"),
}


def _weekday(lang: str, g: Groups, c: Ctx) -> Res | None:
    """ "el lunes", "lundi", "lunedì", "am Montag": the last one on or before the DCT, or the
    first one on or after it in a clause told in the future."""
    from .. import other_languages

    word = g.req("wd")
    if lang != "de" and word[:1].isupper() and not _at_sentence_start(c):
        return None  # "el Viernes de la Ira", "Santo Domingo": a name (weekdays are lower case)
    if lang != "de" and word[:1].isupper() and _NAME_TAIL.match(c.after()):
        return None  # "Viernes de la Ira" opening a sentence
    if re.search(rf"(?i)(?<![\w'’])(?:{_HABITUAL[lang]})\s+$", c.before()):
        return None  # "los lunes", "tous les lundis": every Monday
    if re.search(rf"(?i)(?<![\w'’])(?:{_EVERY[lang]})\s+\w+\s+$", c.before()):
        return None  # "ogni primo sabato del mese", "chaque premier samedi": a set
    if (
        lang in _ARTICLE_HABITUAL
        and not (g["d"] or g["dp"] or g["dd"] or g["post"])
        and _ARTICLE_HABITUAL[lang].search(c.before()[-8:])
        and not _told_in_past(lang, c)
    ):
        return None  # "ouvert le mercredi et le samedi", "chiuso il lunedì": every one
    weekday = names(lang).weekday_of(word)
    if g["post"]:  # "la marcha del sábado pasado": CLDR's phrase without its "el"
        return _stepped(lang, g.req("post"), weekday, c)
    if c.dct is None:
        return Res("DATE", f"XXXX-WXX-{weekday + 1}")
    # the date's own segment only: a neighbour's future is often someone's reported words
    b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
    forward = other_languages.is_future(lang, c.text[b:e])
    if forward and other_languages.told_in_past(
        lang, c.text, (c.sent_begin, c.sent_end), (c.begin, c.end)
    ):
        forward = False  # "anunció el sábado que estrenará": the saying's day, gone by
    if (
        not forward
        and _FOR_DAY[lang].search(c.before()[-16:])
        and not _SET_FOR.search(c.before())
        and not _DAY_AFTER.match(c.after())
    ):
        # "Für Samstag erwartet der Wetterdienst Schnee", "pour samedi, Météo annonce": a
        # forecast or a plan for the day, the coming one unless told in the past
        # (a past form only: German's "erwartet" is also a participle)
        forward = not PAST[lang].search(c.text[c.sent_begin : c.sent_end])
    if not forward and after_bound(lang, c.before()):
        # "dès samedi", "ab Samstag", "hasta el lunes": the coming one, unless told in the past
        cb, ce = other_languages.clause_of(
            lang, c.text, (c.sent_begin, c.sent_end), (c.begin, c.end)
        )
        piece = other_languages.own_piece(other_languages.LANGUAGES[lang], c.text, cb, ce, c.begin)
        forward = not bound_told_in_past(lang, piece)
    if forward and after_participle(lang, c.before()):
        forward = False  # "sull'accordo firmato domenica": what the participle tells, done
    if after_plan(lang, c.before()):
        forward = True  # "la reunión, prevista para el jueves, fue aplazada": still ahead
    number = g["d"] or g["dp"] or g["dd"]
    if number:
        # "el viernes 29", "lunes 19 de setiembre" (a month CLDR does not spell so), "sexta-feira
        # (13)": the Friday the 29th nearest the DCT
        day = _numbered(c.dct, weekday, int(number), forward)
        if day is not None:
            return make((day, "day"), relative=True)
    d = _weekday_from(c.dct, weekday, forward=forward, inclusive=True)
    res = make((d, "day"), relative=True)
    if number:
        res.end = g.end("wd")  # the number is no day of a month near the DCT: only the weekday
    return res


# "día 14 de febrero": the day's own month follows, the day-and-month rule's
_OF_MONTH = r"\s+(?i:de|del|di|do|da)\b"
_HOUR_UNIT = r"\s*(?i:h(?:\d\d)?|hs|heures?|horas?|ore|uhr)(?![\w'’])"


def _modified_weekday(lang: str, g: Groups, c: Ctx) -> Res | None:
    """ "el pasado martes", "lo scorso martedì", "la prossima domenica": the modifier before the
    weekday (CLDR's one phrase puts it after: "el martes pasado"), the one strictly before or
    after the DCT."""
    return _stepped(lang, g.req("m"), names(lang).weekday_of(g.req("wd")), c)


def _stepped(lang: str, modifier: str, weekday: int, c: Ctx) -> Res:
    offset = {fold(m): o for m, o in _MODIFIERS[lang].items()}[fold(modifier.lower())]
    if c.dct is None:
        return Res("DATE", f"XXXX-WXX-{weekday + 1}")
    step = (
        (weekday - c.dct.weekday()) % 7 or 7
        if offset > 0
        else -((c.dct.weekday() - weekday) % 7 or 7)
    )
    return make((c.dct + dt.timedelta(days=step), "day"), relative=True)


_NUMBERED_MONTHS = range(-2, 2)  # months around the DCT a numbered weekday is looked for in


def _numbered(dct: dt.date, weekday: int, day: int, forward: bool) -> dt.date | None:
    """The date on the `day`th of a month near the DCT that falls on `weekday`: the last on or
    before the DCT, or the first on or after it in the future (else the nearest)."""
    found = []
    for step in _NUMBERED_MONTHS:
        first = shift(dct.replace(day=1), step, "month")
        try:
            d = first.replace(day=day)
        except ValueError:
            continue
        if d.weekday() == weekday:
            found.append(d)
    if not found:
        return None
    side = [d for d in found if (d >= dct if forward else d <= dct)]
    if side:
        return side[0] if forward else side[-1]
    return min(found, key=lambda d: abs((d - dct).days))


@cache
def tomorrow(lang: str) -> str:
    """CLDR's word for tomorrow ("mañana", "demain", "domani", "morgen")."""
    from babel.localedata import load

    return load(lang)["date_fields"]["day"]["relative"][1]


def _tomorrow(lang: str, g: Groups, c: Ctx) -> Res | None:
    if not tomorrow_is_a_day(lang, g.req("w"), c):
        return None
    tweeted = tweet_day(lang, c.text, c.begin)
    if c.dct is None and tweeted is None:
        return Res("DATE", "XXXX-XX-XX")
    return from_day(lang, c, tweeted, 1)


def tomorrow_is_a_day(lang: str, word: str, c: Ctx) -> bool:
    """Whether CLDR's word for tomorrow is tomorrow here, not the morning ("por la mañana",
    "am Morgen") nor the future ("le monde de demain")."""
    before = c.before()
    if re.search(rf"(?i)(?<![\w'’])(?:{_NOT_TOMORROW[lang]})\s+$", before):
        return False
    if _OF_BEFORE.search(before):
        return False
    # German nouns are capitalised: "Morgen" mid-sentence is the morning
    return not (lang == "de" and word[:1].isupper() and not _at_sentence_start(c))


@cache
def wide_weekdays(lang: str) -> str:
    """CLDR's full weekday names: an abbreviation alone is a word ("mar", "jeu", "So")."""
    from babel.dates import get_day_names

    return _alternation(
        {
            name.lower()
            for context in ("format", "stand-alone")
            for name in get_day_names("wide", context, lang).values()
        }
    )


def _after_weekday(lang: str) -> str:
    """The modifiers that may follow a weekday ("sábado pasado"); none in German ("(?!)")."""
    after = [m for m in _MODIFIERS[lang] if lang != "de"]
    return _alternation(set(after)) if after else "(?!)"


def _before_weekday(lang: str) -> list[str]:
    """The one-word modifiers that come before a weekday in Spanish and Italian ("el pasado
    martes", "lo scorso martedì"). German's ("letzten Montag") are CLDR's own phrases; French
    "le dernier mardi" is most often the last one of a month ("du mois")."""
    if lang in ("de", "fr"):
        return []
    return [m for m in _MODIFIERS[lang] if " " not in m]


def _weeks(units: UnitPhrases) -> tuple[dict[str, int], tuple[str, ...]]:
    """The week phrases of `units` ("la semana pasada"): key -> offset, and the phrases."""
    weeks = {k: o for k, (u, o) in units.offsets.items() if u == "week"}
    return weeks, tuple(p for p in units.phrases if _phrase_key(p) in weeks)


def rules(lang: str) -> list[Rule]:
    """The rules this module adds to `locales.rules_for(lang)` (the engine joins them)."""
    units = unit_phrases(lang)

    def bind(fn):
        return lambda g, c: fn(lang, g, c)

    return [
        Rule(
            f"{lang}_relative_day",
            rf"(?P<w>{_phrase_pattern([tomorrow(lang)])})",
            bind(_tomorrow),
            _first_words([tomorrow(lang)]),
        ),
        Rule(
            f"{lang}_weekday",
            # "el viernes 29": a day number after it, not a clock ("18.30") nor another number;
            # or in brackets, as Portuguese news writes it ("na segunda-feira (14)")
            # ... nor an hour, "mardi 16 heures", "martes 16 horas", "Dienstag 16 Uhr"
            rf"(?P<wd>{wide_weekdays(lang)})(?:,?\s+(?P<d>{_DAY})(?![\d.,:/]\d|\d|º|°|{_HOUR_UNIT})"
            # ... or "1º" ("na sexta-feira (1º)"), or named its day ("segunda-feira, dia 4")
            rf"|\s+\((?P<dp>{_DAY})(?:º|°)?\)"
            rf"|,?\s+(?i:d[íi]a|giorno)\s+(?P<dd>{_DAY})(?![\d.,:/]\d|\d|{_OF_MONTH})"
            rf"|\s+(?P<post>{_after_weekday(lang)})(?![\w'’]))?",
            bind(_weekday),
            names(lang).weekday_words,
        ),
        *(
            [
                Rule(  # German's weekday and time of day in one word: "am Samstagabend"
                    "de_weekday_part",
                    rf"(?P<wd>{wide_weekdays(lang)})(?:{'|'.join(_DAY_PARTS)})(?![\w'’])"
                    r"(?P<d>(?!))?(?P<dp>(?!))?(?P<dd>(?!))?(?P<post>(?!))?",  # the weekday rule's
                    bind(_weekday),
                    frozenset(f"{w}{p}" for w in names(lang).weekday_words for p in _DAY_PARTS),
                )
            ]
            if lang == "de"
            else []
        ),
        *locales_offset.rules(lang),  # "un mes después del 25 de enero"
        *locales_story_days.rules(lang),  # "al día siguiente", "deux jours plus tard"
        *locales_month_halves.rules(lang),  # "in der zweiten Augusthälfte"
        *locales_month_lasts.rules(lang),  # "el último día de febrero"
        *locales_week_counts.rules(lang),  # "am Samstag vor einer Woche", "nesta sexta (5)"
        *locales_ago.rules(lang),  # "hace tres días", "il y a deux semaines"
        *locales_ahead.rules(lang),  # "dentro de dos semanas", "tra tre giorni"
        *locales_within.rules(lang),  # "binnen zwei Wochen", "daqui a três dias"
        *locales_period_ends.rules(lang),  # "a finales de año", "bis Ende des Jahres"
        *locales_month_days.rules(lang),  # "el pasado día 5", "no dia 3"
        *locales_week_parts.rules(lang, _MODIFIERS[lang]),  # "en début de semaine"
        *locales_month_weekends.rules(lang),  # "el último fin de semana de junio"
        *locales_holidays.rules(lang),  # "à la Toussaint", "zu Pfingsten"
        *locales_week_of.rules(lang),  # "la semaine du 10 juin"
        *locales_numeric_days.rules(lang),  # "em 15/06", "am 12.06."
        *locales_weekday_weeks.rules(
            lang, wide_weekdays(lang), *_weeks(units)
        ),  # "lunes de la semana pasada"
        *locales_weekend.rules(lang, _MODIFIERS[lang]),  # "el fin de semana", "ce week-end"
        *locales_seasons.rules(lang, _MODIFIERS[lang]),  # "el verano pasado", "im Herbst 2020"
        *locales_new_year.rules(lang),  # "im neuen Jahr", "nel nuovo anno"
        *locales_quarters.rules(lang),  # "en el primer trimestre de 2025", "im zweiten Quartal"
        *locales_clipped_years.rules(lang),  # "fundada en el 98", "nel '77"
        *locales_day_parts.rules(lang),  # "esta mañana", "ce matin", "heute Morgen"
        *(
            [
                Rule(
                    f"{lang}_modified_weekday",
                    # not "el pasado domingo 6 de enero": the date after it dates it
                    rf"(?P<m>{_alternation(set(before))})\s+(?P<wd>{wide_weekdays(lang)})"
                    r"(?![\w'’]|,?\s+\d)"
                    # ", día 4": its day, read with it
                    rf"(?:,?\s+(?i:d[íi]a|giorno)\s+\d{{1,2}}(?![\d.,:/]\d|\d|{_OF_MONTH}))?",
                    bind(_modified_weekday),
                    _first_words(before),
                )
            ]
            if (before := _before_weekday(lang))
            else []
        ),
        Rule(
            f"{lang}_relative_unit",
            rf"(?P<w>{_phrase_pattern(units.phrases)})",
            bind(_relative_unit),
            _first_words(units.phrases),
        ),
    ]
