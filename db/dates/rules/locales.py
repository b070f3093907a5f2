"""Dates written in other languages than English: Spanish, French, Italian, German, Portuguese.

Absolute dates: "25 de enero de 2011", "el 3 de marzo", "le 1er mai", "lunedì 3 marzo 2011",
"am 3. März 2011", "enero de 2011", "mars 2011", "15/03/2011" (day first, as these languages
write it); a month after a cue ("en marzo", "début février", "a luglio", "im März"); a four-digit
year where a word before it says it is one ("en 2011", "nel 2011", "depuis 2011", "seit 2011"):
without such a cue or a month next to it a number is an amount ("Circa 1000 poliziotti", "1500
persone", "2011 euros"). Relative: CLDR's day words ("ayer", "hier", "ieri", "gestern") and
weekday phrases ("el lunes pasado", "mardi prochain"); bare weekdays, tomorrow and last / next
week, month and year are `locales_relative`'s rules, which the engine adds to these.

Month, weekday and relative names are CLDR's, from Babel (wide and abbreviated, format and
stand-alone), matched whatever their case and with or without accents ("fevrier", "lunedi"). An
abbreviation ("ago", "set", "sept") is a month only with its full stop or a year after it:
"vinto in 3 set" is tennis. What is written here by hand are the small words around a date: the
"de" between its parts, ordinal marks ("1er", "1º"), and the cues.

Each language gets its own rule table (`rules_for`); the engine compiles it on first use, so
English text never pays for Babel. A year-less date takes the year a framing date gives, as in
English (`anchoring.pick_year_anchored`), else the DCT's or a neighbour's, leaning to the past
(`_pick_year`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..cldr_names import Names, fold, names
from ..cldr_names import alternation as _alternation
from ..cldr_names import lookup as _lookup
from ..foreign_datelines import filed_day
from ..foreign_now import told_from_now
from ..foreign_quotes import reported_in_past
from ..foreign_starts import put_off_to, starts_from
from ..lexicon import YEAR_DIGITS
from ..tweet_days import tweet_day
from .anchoring import pick_year_anchored
from .bare_years import year_in_context
from .common import _date
from .table import DIGIT, RULES, Ctx, Groups, Res, Rule, make
from .year_ranges import opens_year_range

FOREIGN = ("es", "fr", "it", "de", "pt")  # the languages besides English the finder reads


def language_code(tag: str | None) -> str | None:
    """The language the finder reads for a language tag: "es", "es-MX", "fr_FR", "IT" -> its
    code; no tag -> "en" (English is the default); a language it does not read -> None."""
    if not tag or not tag.strip():
        return "en"
    code = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return code if code == "en" or code in FOREIGN else None


# CLDR's day offsets taken here; +1, whose word is also "morning" in Spanish ("por la mañana")
# and German ("am Morgen"), has its own rule in `locales_relative`.
_DAY_OFFSETS = (-2, -1, 0, 2)
_NOWADAYS = re.compile(r"(?i)\s+en\s+d[íi]a\b")  # "hoy en día"
# A day number and its month right after a day word, maybe between commas or brackets ("hoy
# (6 de mayo)", "oggi 21 marzo"): the date names that day.
_APPOSITION = re.compile(
    r"\s*[,(\[]?\s*(?:[^\W\d_]+\s+)?\d{1,2}(?:\.|º|°|er)?\s+(?:(?i:de)\s+)?(?P<mon>[^\W\d_]+)"
)
_WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _phrase_key(text: str) -> str:
    """A relative phrase as looked up: folded, one space, one kind of apostrophe."""
    return " ".join(fold(text).replace("’", "'").split())


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """Phrases as written and folded, any run of spaces, either apostrophe, case-blind."""
    forms = {f for p in phrases for f in (p.lower(), fold(p))}
    alts = [
        r"\s+".join(re.sub("['’]", "['’]", re.escape(w)) for w in f.split())
        for f in sorted(forms, key=len, reverse=True)
    ]
    return "(?i:" + "|".join(alts) + ")"


@dataclass(frozen=True)
class Relative:
    """CLDR's relative day words ("ayer": -1, "aujourd’hui": 0) and weekday phrases ("el lunes
    pasado": (0, -1), "mardi prochain": (1, 1)), keyed by `_phrase_key`, and as written."""

    days: dict[str, int]
    weekdays: dict[str, tuple[int, int]]
    day_phrases: tuple[str, ...]
    weekday_phrases: tuple[str, ...]


@cache
def relative_phrases(locale: str) -> Relative:
    from babel.localedata import load

    fields = load(locale)["date_fields"]
    days = {
        word: offset for offset, word in fields["day"]["relative"].items() if offset in _DAY_OFFSETS
    }
    weekdays = {
        phrase: (number, offset)
        for number, key in enumerate(_WEEKDAY_KEYS)
        for offset, phrase in fields[key]["relative"].items()
        if offset in (-1, 0, 1)
    }
    return Relative(
        {_phrase_key(w): n for w, n in days.items()},
        {_phrase_key(p): v for p, v in weekdays.items()},
        tuple(days),
        tuple(weekdays),
    )


def _relative_day(lang: str, g: Groups, c: Ctx) -> Res | None:
    """ "ayer", "hier", "ieri", "gestern", "hoy", "l’altro ieri": counted from the DCT, or in a
    signed tweet from its day (`tweet_days`)."""
    tweeted = tweet_day(lang, c.text, c.begin)
    if c.dct is None and tweeted is None:
        return Res("DATE", "XXXX-XX-XX")
    offset = _lookup(relative_phrases(lang).days, _phrase_key(g.req("w")))
    if offset == 0 and tweeted is not None:
        return None  # a signed tweet's "hoy": its signature dates it, one event is enough
    if offset == 0 and _NOWADAYS.match(c.after()):
        return None  # "hoy en día": nowadays
    named = _APPOSITION.match(c.after())
    if named and fold(named.group("mon")).rstrip(".") in names(lang).months:
        return None  # "hoy (6 de mayo)", "oggi 21 marzo": the date it names dates it
    return from_day(lang, c, tweeted, offset)


def from_day(lang: str, c: Ctx, tweeted: dt.date | None, offset: int) -> Res | None:
    """`offset` days from a tweet's day when there is one, else from the day of the dateline the
    text opens with (`foreign_datelines`), else from the DCT; none in words quoted and reported
    in the past (`foreign_quotes`: the saying's day is not given)."""
    if tweeted is not None:
        c.basis = "tweet"
        return make((tweeted + dt.timedelta(days=offset), "day"), relative=True)
    assert c.dct is not None
    if reported_in_past(lang, c.text, c.begin):
        return None
    # "Lugo, 9 de abril de 2019. — ... ayer"
    base = filed_day(lang, c.text, c.begin, c.dct) or c.dct
    return make((base + dt.timedelta(days=offset), "day"), relative=True)


def _relative_weekday(lang: str, g: Groups, c: Ctx) -> Res | None:
    """ "el lunes pasado", "mardi prochain", "domenica scorsa", "nächsten Montag": the last one
    before the DCT, the first one after it; "este jueves", "ce jeudi", "diesen Donnerstag": the
    one of the DCT's week (Monday to Sunday), told before it or after."""
    weekday, offset = _lookup(relative_phrases(lang).weekdays, _phrase_key(g.req("w")))
    if offset == 0 and re.match(r",?\s+\d", c.after()):
        return None  # "ce lundi 21 février": the weekday of the date after it
    if c.dct is None:
        return Res("DATE", "XXXX-WXX-" + str(weekday + 1))
    step = (
        _this_week(lang, c, weekday)
        if offset == 0
        else (weekday - c.dct.weekday()) % 7 or 7
        if offset > 0
        else -((c.dct.weekday() - weekday) % 7 or 7)
    )
    return make((c.dct + dt.timedelta(days=step), "day"), relative=True)


def _this_week(lang: str, c: Ctx, weekday: int) -> int:
    """Days from the DCT to the weekday of its week; a week back for a weekday after the DCT in
    a clause told in the past ("questo venerdì i manifestanti hanno scandito", written on a
    Wednesday, is the Friday gone by)."""
    from .. import other_languages

    step = weekday - c.dct.weekday()  # type: ignore[union-attr]
    if step > 0:  # a past tense in its clause, whatever a quotation in it says
        b, e = other_languages.clause_of(lang, c.text, (c.sent_begin, c.sent_end), (c.begin, c.end))
        if other_languages.PAST[lang].search(c.text, b, e):
            return step - 7
    return step


@dataclass(frozen=True)
class Words:
    """The small words of a language around a date (function words, not names)."""

    ordinal: str  # after a day number: "1er", "1º", German "3."
    day_of: str  # between day and month: Spanish "de"
    month_of: str  # between month and year: Spanish "de", Italian "del"
    year_cue: str  # right before a year, makes a bare number one: "en", "nel", "depuis"
    frame: str  # words a date that frames its sentence may follow: "En 1941, ..."
    since: str  # opens a range up to the publication date: "desde", "depuis", "dal", "seit"
    month_cue: str  # right before a month without a year: "en marzo", "début mars", "a luglio"
    # Between the first and last day of a run in one month: "del 3 al 5", "les 3 et 4",
    # "vom 3. bis 5.": a conjunction too ("el 3 y el 4 de marzo" is dated over both days).
    day_run: str = ""
    # Opens a range of two whole dates ("del 28 de febrero al 5 de marzo") and what joins them.
    range_start: str = ""
    range_gap: str = ""
    # A year cue that needs no capitalised noun after the year: German "in 2011", not "in 2000
    # Haushalten".
    weak_cue: str = ""


WORDS = {
    "es": Words(
        ordinal=r"(?:º|°|\.º|ro)?",
        day_of=r"\s+(?i:de)\s+",
        month_of=r"(?:\s+(?i:de|del)\s+|,?\s+)",
        year_cue=r"en|desde|a[ñn]o|durante|(?:antes|despu[ée]s|finales|fines|principios|"
        r"mediados|comienzos)\s+de(?:l)?|del|el\s+a[ñn]o",
        frame=r"en|el|a|de|del|desde|durante|finales|principios|mediados|comienzos",
        since=r"desde(?:\s+el)?",
        month_cue=r"en|desde|hasta|(?:finales|fines|principios|mediados|comienzos|quincena)\s+de"
        r"|el\s+mes\s+de",
        day_run=r"\s*[-–]\s*|\s+(?:al|a|y|e|hasta\s+el)\s+(?:el\s+)?",
        range_start=r"del|desde\s+el|entre\s+el|de",
        range_gap=r"\s+(?:al|a|hasta\s+el|y\s+el|y)\s+|\s*[-–—]\s*",
    ),
    "fr": Words(
        ordinal=r"(?:er|ᵉʳ)?",
        day_of=r"\s+",
        month_of=r",?\s+",
        year_cue=r"en|depuis|dès|avant|après|année|l['’]année|début|fin|courant|mi-",
        frame=r"en|le|début|fin|depuis|dès|au|mi",
        since=r"depuis(?:\s+le)?",
        month_cue=r"en|depuis|dès|début|fin|courant|au\s+mois\s+d['’e]|mi-|quinzaine\s+d['’e]",
        day_run=r"\s*[-–]\s*|\s+(?:au|et|jusqu['’]au)\s+(?:le\s+)?",
        range_start=r"du|depuis\s+le|entre\s+le|de",
        range_gap=r"\s+(?:au|à|jusqu['’]au|et\s+le|et)\s+|\s*[-–—]\s*",
    ),
    "it": Words(
        ordinal=r"(?:º|°)?",
        day_of=r"\s+",
        month_of=r"(?:\s+(?i:del)\s+|,?\s+)",
        year_cue=r"nel|dal|del|al|nell['’]anno|anno|entro\s+il|fino\s+al|prima\s+del|dopo\s+il",
        frame=r"nel|il|l|a|all|alla|dal|dall|fine|inizio|del",
        since=r"dal|dall['’]|da",
        month_cue=r"a|ad|nel|da|dal|entro|fino\s+a|inizio|fine|met[àa]|nel\s+mese\s+di"
        r"|(?:met[àa]|quindicina)\s+di",
        day_run=r"\s*[-–]\s*|\s+(?:al|all['’]|a|e|ed|fino\s+al)\s*(?:il\s+|l['’])?",
        range_start=r"dal|dall['’]|da|tra(?:\s+il)?|fra(?:\s+il)?",
        range_gap=r"\s+(?:al|all['’]|a|fino\s+al|e\s+il|e)\s*|\s*[-–—]\s*",
    ),
    "pt": Words(
        ordinal=r"(?:º|°|\.º)?",
        day_of=r"\s+(?i:de)\s+",
        month_of=r"(?:\s+(?i:de)\s+|,?\s+)",
        year_cue=r"em|desde|ano|durante|at[ée]|(?:antes|depois|finais|fins|final|fim|in[íi]cio|meados|"
        r"come[çc]os?)\s+de|no\s+ano\s+de|o\s+ano\s+de",
        frame=r"em|no|na|o|a|de|do|da|desde|durante|finais|fins|final|fim|in[íi]cio|meados|come[çc]o",
        since=r"desde(?:\s+o)?",
        month_cue=r"em|desde|at[ée]|(?:finais|fins|final|fim|in[íi]cio|meados|come[çc]os?|quinzena)"
        r"\s+de"
        r"|o\s+m[êe]s\s+de|no\s+m[êe]s\s+de",
        day_run=r"\s*[-–]\s*|\s+(?:a|ao|e|at[ée](?:\s+o)?)\s+(?:o\s+)?",
        range_start=r"de|do|desde\s+o|entre\s+o|entre|dos\s+dias",
        range_gap=r",?\s+(?:a|ao|at[ée](?:\s+o)?|e\s+o|e)\s+|\s*[-–—]\s*",
    ),
    "de": Words(
        ordinal=r"\.",
        day_of=r"\s*",
        month_of=r",?\s+",
        # "in 2011" is a year unless a noun follows ("in 2000 Haushalten": nouns are capitalised)
        year_cue=r"im\s+jahre?|jahres|seit|bis|anfang|ende|mitte",
        weak_cue="in",
        frame=r"im|am|in|seit|anfang|ende|mitte|jahr|jahre",
        since=r"seit(?:\s+dem)?",
        month_cue=r"im|seit|bis|anfang|ende|mitte",
        day_run=r"\s*[-–]\s*|\s+(?:bis(?:\s+zum)?|und)\s+",
        range_start=r"vom|von|zwischen(?:\s+dem)?",
        range_gap=r"\.?,?\s+(?:bis(?:\s+zum)?|und)\s+|\.?\s*[-–—]\s*",
    ),
}

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = rf"(?P<y>{YEAR_DIGITS})(?![.,]?\d)"
# A bare year: not part of a bigger number ("1.500", "12 000", "3,2011") nor a percentage.
_BARE_YEAR = rf"(?<![\d.,/])(?<!\d\s)(?P<y>{YEAR_DIGITS})(?![.,]?\d|\s*%)"


# An abbreviation's full stop, not a sentence's ("vinto in 3 set. Poi ..." is tennis).
_ABBR_STOP = r"\.(?=[,;]|\s+[a-zà-ÿ\d])"


def _month_pattern(n: Names, year_after: str) -> str:
    """A month's name; an abbreviation only with its full stop or a year after it."""
    return rf"(?:(?P<mon>{n.month_wide})|(?P<abbr>{n.month_abbr})(?:{_ABBR_STOP}|(?={year_after})))"


# How much nearer than the one before the DCT a later date must be to win: without a tense to
# read (the tense guess reads English), news is mostly about what already happened ("desde que
# empezaron las protestas en marzo", written in September, is the March before).
_AHEAD_WEIGHT = 2


def _pick_year(
    c: Ctx, month: int, day: int | None = None, weekday: int | None = None, lang: str = ""
) -> tuple[int | None, bool]:
    """`pick_year_anchored`, but among the DCT's year and its neighbours a date after the DCT
    wins only when it is less than half as far as the one before. (Reading the clause's tense
    here, as weekdays do, moved 7 of 8 Global Voices dates to a wrong year: reported speech
    "anunció que el día 28 de abril se iba a retransmitir" is no future of the writer's.)"""
    year, anchored = pick_year_anchored(c, month, day, weekday)
    if anchored and lang and c.dct is not None and _told_from_now(lang, c):
        anchored = False  # "...; nun zieht die Bibliothek im Juni um": back in news time
    if anchored or c.dct is None:
        return year, anchored
    ref = c.dct if day else c.dct.replace(day=1)
    cands = [
        d
        for y in (ref.year - 1, ref.year, ref.year + 1)
        if (d := _date(y, month, day or 1)) and (weekday is None or d.weekday() == weekday)
    ]
    if not cands:
        return year, anchored
    past = [d for d in cands if d <= ref]
    ahead = [d for d in cands if d > ref]
    if not past:
        return ahead[0].year, False
    if ahead and lang and put_off_to(lang, c.before(), c.after()):
        return ahead[0].year, False  # "renvoyé vendredi au 12 avril": the new date, to come
    if ahead and lang and starts_from(lang, c.before()):  # "zum 1. Oktober beschlossen"
        return min((ahead[0], past[-1]), key=lambda d: abs((d - ref).days)).year, False
    if ahead and (ahead[0] - ref).days < _FUTURE_REACH * (ref - past[-1]).days:
        if lang and _told_in_future(lang, c):  # "me quedaré hasta septiembre", in February
            return ahead[0].year, False
    if ahead and (ahead[0] - ref).days * _AHEAD_WEIGHT < (ref - past[-1]).days:
        near = (ahead[0] - ref).days <= _NEAR_AHEAD
        if near or not (lang and _told_in_past(lang, c)):
            return ahead[0].year, False
    return past[-1].year, False


# Within a month after the DCT a date stays ahead whatever the tense: a plan is often told in
# the past ("ont fixé le 17 février comme Jour de la Colère", written on the 10th).
_NEAR_AHEAD = 31


def _told_from_now(lang: str, c: Ctx) -> bool:
    """Whether the date's segment says it is told from now (`foreign_now`)."""
    from .. import other_languages

    b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
    return told_from_now(lang, c.text, b, e)


def _told_in_past(lang: str, c: Ctx) -> bool:
    """Whether the date's clause is told in the past tense, with no future in it: "Le 4
    octobre, la mairie a fermé la piscine", written in July, is the October gone by."""
    from .. import other_languages

    return other_languages.told_in_past(lang, c.text, (c.sent_begin, c.sent_end), (c.begin, c.end))


# A future told from a past ("iba a", "allait", "stava per"): reported plans, no future of the
# writer's ("anunció que el día 28 de abril se iba a retransmitir")
_FUTURE_IN_PAST = re.compile(
    r"(?i)\b(?:iba|iban|ia|iam|allait|allaient|stava|stavano|sarebbe|sarebbero|würde|würden)\b"
)


# How much farther than the one before the DCT a later date told in the future may be: not a
# year ahead for a date just gone ("habrá más gente que el 14 de febrero", on the 20th)
_FUTURE_REACH = 2


def _told_in_future(lang: str, c: Ctx) -> bool:
    """Whether the date's clause is told in the future tense (`other_languages.is_future`), not
    a future seen from the past."""
    from .. import other_languages

    sentence, expression = (c.sent_begin, c.sent_end), (c.begin, c.end)
    b, e = other_languages.clause_of(lang, c.text, sentence, expression)
    piece = other_languages.own_piece(other_languages.LANGUAGES[lang], c.text, b, e, c.begin)
    return not _FUTURE_IN_PAST.search(piece) and other_languages.is_future(lang, piece)


# After a year-less date, "last": "el 3 de marzo pasado", "le 3 mars dernier", "il 3 marzo scorso"
_LAST_AFTER = re.compile(r"(?i)\s+(?:pasado|dernier|pass[ée]|scorso|passado)\b")


def _day_of(lang: str, digits: str | None, word: str | None) -> int:
    """A day written in digits or as an ordinal word ("primero", "dritten")."""
    return int(digits) if digits else _lookup(day_words(lang), fold(word or ""))


def _day_month(lang: str, g: Groups, c: Ctx) -> Res | None:
    n = names(lang)
    month_word = g["mon"] or g.req("abbr")
    if _in_name(lang, month_word, c) or (not g["y"] and _place_name(lang, c)):
        return None
    month, day = n.month(month_word), _day_of(lang, g["d"], g["dw"])
    last = _day_of(lang, g["d2"], g["dw2"]) if g["d2"] or g["dw2"] else None
    if last is not None and last <= day:
        return None  # "del 5 al 3 de marzo" is no run of days
    if g["y"]:
        d = _date(int(g.req("y")), month, day)
        return _run(make((d, "day"), explicit_year=True), last) if d else None
    if _date(2000, month, day) is None:  # 2000 is a leap year: only truly impossible days fail
        return None
    wd = n.weekday_of(g.req("wd")) if g["wd"] else None
    year, anchored = _pick_year(c, month, day, wd, lang)
    d = _date(year, month, day) if year is not None else None
    if d is not None and c.dct is not None and d > c.dct and _LAST_AFTER.match(c.after()):
        d = _date(d.year - 1, month, day)  # "el 16 de febrero pasado": the one gone by
    if (
        d is not None
        and c.dct is not None
        and d > c.dct
        and last is None
        and _named_after(lang, month_word, c)
    ):
        return None  # "le pont du 6 Octobre", written before an October: a name, not a plan
    if d is None:
        return Res("DATE", f"XXXX-{month:02d}-{day:02d}")
    return _run(make((d, "day"), yearless=True, relative=not anchored), last)


def _run(res: Res, last: int | None) -> Res | None:
    """A run of days in one month ("del 3 al 5 de marzo", "les 3 et 4 mars"): dated from the
    first day to the last; the value stays the first day, as in English."""
    if last is None or res.point is None:
        return res
    first = res.point[0]
    end = _date(first.year, first.month, last)
    if end is None:
        return None
    res.dating = (first.isoformat(), end.isoformat(), "day")
    return res


# A date inside a proper name: a capitalised month after a capitalised head noun, with or
# without "de"/"du"/"della" between ("el Puente del 6 de Octubre", "el Movimiento 6 de Abril",
# "la Revolución del 25 de Enero", "la Guerra de Octubre de 1973"). Spanish, French and Italian
# write months in lower case, so a capital says "name" ("arrestato il 15 Marzo", a writer's
# capital after an article, stays a date). German capitalises every noun: no such sign.
_NAME_HEAD = re.compile(
    r"(?<![\w'’])(?P<head>[^\W\d_a-zß-ÿ][^\W\d_]{3,})"
    r"\s+(?:(?i:de\s+la|del|de|du|des|della|dello|dei|di)\s+)?$"
)
# Portuguese "of" with its article ("a Revolução dos Cravos", "o Movimento do 25 de Abril"):
# Italian's "da" is "from" ("in Siria da Marzo 2012"), so only in Portuguese text.
_NAME_HEAD_PT = re.compile(
    r"(?<![\w'’])(?P<head>[^\W\d_a-zß-ÿ][^\W\d_]{3,})\s+(?:(?i:de|do|da|dos|das)\s+)?$"
)


# "of" before a day: "le pont du 6 Octobre", "la plaza del 2 de Mayo".
_OF_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:du|del|della|dello|dei|des)\s+$")
_OF_BEFORE_PT = re.compile(r"(?i)(?<![\w'’])(?:do|da)\s+$")


def _named_after(lang: str, month_word: str, c: Ctx) -> bool:
    """A capitalised year-less month after "of" (lower case head too): with a date still to
    come, it names a thing ("le pont du 6 Octobre"); a plan would be written "le 6 octobre"."""
    of = _OF_BEFORE_PT if lang == "pt" else _OF_BEFORE
    return lang != "de" and month_word[:1].isupper() and bool(of.search(c.before()))


def _in_name(lang: str, month_word: str, c: Ctx) -> bool:
    if lang == "de" or not month_word[:1].isupper():
        return False
    head = (_NAME_HEAD_PT if lang == "pt" else _NAME_HEAD).search(c.before())
    if head is None:
        return False
    word = fold(head.group("head"))
    n, w = names(lang), WORDS[lang]
    cues = rf"(?:{w.frame}|{w.year_cue}|{w.month_cue}|{w.since}|{w.range_start})"
    return not (word in n.weekday_words or word in n.month_words or re.fullmatch(cues, word, re.I))


# A place or a movement named after a day: a street's, square's, bridge's or movement's noun
# right before the day, maybe with "of" between ("piazza 4 novembre", "calle 6 de octubre", "rue
# du 4 septembre", "le mouvement du 25 février"), whatever the case; not "à la place du 4 mars"
# (instead of). The nouns are a small hand list: CLDR has no words for kinds of places.
_PLACE_NOUN = re.compile(
    r"(?i)(?<![\w'’])(?:via|viale|piazza|piazzale|corso|largo|ponte|calle|avenida|plaza|paseo|"
    r"puente|rue|avenue|(?<!à\sla\s)place|boulevard|pont|quai|stra(?:ß|ss)e|platz|allee|br[üu]cke|"
    r"movimiento|mouvement|movimento|bewegung|rua|pra[çc]a|travessa)"
    r"\s+(?:(?:de\s+la|del|de|du|des|della|dello|dei|di|do|da)\s+)?$"
)
# German: a genitive "des" between a noun (capitalised, as every German noun) and a year-less
# date names a thing ("die Straße des 17. Juni", "der Platz des 4. September"); a date that
# dates is "am 17. Juni", "vom 17. Juni", "bis zum 17. Juni".
_GENITIVE_NAME = re.compile(r"(?<![\w'’])[A-ZÄÖÜ][\wäöüß-]+\s+des\s+$")


def _place_name(lang: str, c: Ctx) -> bool:
    """Whether a year-less day and month (its weekday aside) names a place or a thing."""
    before = c.before()
    return bool(_PLACE_NOUN.search(before) or (lang == "de" and _GENITIVE_NAME.search(before)))


def _month_year(lang: str, g: Groups, c: Ctx) -> Res | None:
    month_word = g["mon"] or g.req("abbr")
    if _in_name(lang, month_word, c):
        return None  # "la Guerra de Octubre de 1973" names a war
    month = names(lang).month(month_word)
    return make((dt.date(int(g.req("y")), month, 1), "month"), explicit_year=True)


# A month of every year ("cada año en marzo", "tous les ans en mars", "jedes Jahr im März")
_EVERY_YEAR = re.compile(
    r"(?i)\b(?:tutti\s+gli\s+anni|ogni\s+anno|cada\s+año|todos\s+los\s+años|chaque\s+année|"
    r"tous\s+les\s+ans|jedes\s+Jahr|alljährlich|jährlich|todos\s+os\s+anos|cada\s+ano)\b[^.;:!?]{0,40}$"
)


def _month_alone(cue: re.Pattern[str], lang: str, g: Groups, c: Ctx) -> Res | None:
    """ "en marzo", "début février", "a luglio", "im März": the month in the year the DCT or the
    text's reference time gives (`pick_year_anchored`); without a cue a month's name stands for
    something else ("la plaza de Mayo", "la révolution de Février")."""
    if not cue.search(c.before()):
        return None
    month = names(lang).month(g.req("mon"))
    if _EVERY_YEAR.search(c.before()):
        return Res("SET", f"XXXX-{month:02d}")  # "tutti gli anni, nel mese di ottobre": no event
    year, anchored = _pick_year(c, month, lang=lang)
    if year is None:
        return Res("DATE", f"XXXX-{month:02d}")
    return make((dt.date(year, month, 1), "month"), yearless=True, relative=not anchored)


# An embedded tweet's signature keeps Twitter's English date whatever the post's language:
# "— Ana Pérez (@anaperez) March 15, 2011".
_SIGNED = re.compile(r"\(@\w+\)\s*$")


def _signed_english(g: Groups, c: Ctx) -> Res | None:
    """An English "March 15, 2011" right after a tweet's "(@handle)"; nowhere else."""
    if not _SIGNED.search(c.before()):
        return None
    d = _date(int(g.req("y")), names("en").month(g.req("mon")), int(g.req("d")))
    return make((d, "day"), explicit_year=True) if d else None


def _numeric(g: Groups, c: Ctx) -> Res | None:
    """ "15/03/2011", "15.03.2011": day first, as these languages write it."""
    d = _date(int(g.req("y")), int(g["m"] or g.req("m2")), int(g.req("d")))
    return make((d, "day"), explicit_year=True) if d else None


_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")


def _year(
    cues: tuple[re.Pattern[str], re.Pattern[str] | None, str], g: Groups, c: Ctx
) -> Res | None:
    cue, weak, lang = cues
    before = c.before()
    if (
        not cue.search(before)
        and not (weak is not None and weak.search(before) and not _NOUN_AFTER.match(c.after()))
        and not year_in_context(lang, before, c.after())  # "Era il 1976 quando", "1972 wurde die"
        and not opens_year_range(lang, before, int(g.req("y")), c.after(), c.dct)
    ):
        return None  # "1500 persone", "2011 euros", "in 2000 Haushalten": an amount
    return make((dt.date(int(g.req("y")), 1, 1), "year"), explicit_year=True)


# Days spelt out: German writes any day as an ordinal ("am dritten Mai", with the adjective's
# endings); Spanish, French and Italian only the first ("el primero de mayo", "le premier mai",
# "il primo maggio"), the others as cardinals ("catorce de agosto", "le quatorze juillet").
_ORDINAL_ENDINGS = {"de": ("", "n", "r", "s", "m")}


@cache
def day_words(lang: str) -> dict[str, int]:
    """Folded spelt-out days of a month -> day (num2words' spell-out: CLDR's rule-based number
    formats are not in Babel)."""
    from num2words import num2words

    days = range(1, 32) if lang == "de" else (1,)
    words = {
        fold(num2words(day, lang=lang, to="ordinal")) + ending: day
        for day in days
        for ending in _ORDINAL_ENDINGS.get(lang, ("",))
    }
    if lang != "de":  # "catorce de agosto", as embedded tweets date themselves; "uno" and
        # "un" are articles too
        words |= {fold(num2words(day, lang=lang)): day for day in range(2, 32)}
    return words


@cache
def rules_for(lang: str) -> list[Rule]:
    """The rule table of a language in FOREIGN (the ISO date's rule is shared with English)."""
    n, w, en = names(lang), WORDS[lang], names("en")
    year_after = rf"{w.month_of}{YEAR_DIGITS}(?!\d)"
    month = _month_pattern(n, year_after)
    weekday = rf"(?:(?P<wd>{n.weekday}))\.?,?\s+"
    if lang == "fr":
        weekday = rf"(?:(?P<wd>{n.weekday}))\.?,?\s+(?:(?i:le)\s+)?"  # "mardi le 15 mars" too
    if lang == "de":  # "Mittwoch, dem 11. März"
        weekday = rf"(?:(?P<wd>{n.weekday}))\.?,?\s+(?:(?i:dem|den)\s+)?"
    spelt = day_words(lang)
    words = _alternation(set(spelt))
    day = rf"(?:(?P<d>{_DAY}){w.ordinal}|(?P<dw>{words}))"
    # "del 3 al 5", "les 15, 16 et 17": the days between the first and last are in the run
    listed = rf"(?:,\s*{_DAY}{w.ordinal})*"
    run = rf"(?:{listed}(?:{w.day_run})(?:(?P<d2>{_DAY}){w.ordinal}|(?P<dw2>{words})))?"
    # "7 oct, 2011", "20 marzo 2011": a dateline's or a citation's day and month without the
    # "de" between them, where a year follows
    day_of = rf"(?:{w.day_of}|\s+(?=(?:{n.month_wide}|{n.month_abbr})\.?{year_after}))"
    day_month = rf"(?:{weekday})?{day}{run}{day_of}{month}(?:{w.month_of}{_YEAR})?"
    # "en 2011", "mi-2011"; a weak cue only where no capitalised noun follows the year
    cue = re.compile(rf"(?i)(?:^|[^\w'’])(?:{w.year_cue})(?:\s+|(?<=-))$")
    weak = re.compile(rf"(?i)(?:^|[^\w'’])(?:{w.weak_cue})\s+$") if w.weak_cue else None
    month_cue = re.compile(rf"(?i)(?:^|[^\w'’])(?:{w.month_cue})(?:\s+|(?<=-))$")
    iso = next(r for r in RULES if r.name == "iso_date")
    rel = relative_phrases(lang)

    def bind(fn, arg):  # each rule's normaliser knows its language (or cue)
        return lambda g, c: fn(arg, g, c)

    return [
        iso,
        Rule(
            f"{lang}_day_month",
            day_month,
            bind(_day_month, lang),
            n.weekday_words | {DIGIT} | _first_words(spelt),
        ),
        Rule(
            f"{lang}_month_year",
            rf"{month}{w.month_of}{_YEAR}",
            bind(_month_year, lang),
            n.month_words,
        ),
        Rule(
            f"{lang}_signed_en",
            rf"(?P<mon>{en.month_wide})\s+(?P<d>{_DAY}),\s+{_YEAR}",
            _signed_english,
            en.month_words,
        ),
        Rule(
            f"{lang}_numeric",
            rf"(?P<d>{_DAY})(?:/(?P<m>0?[1-9]|1[0-2])/|\.(?P<m2>0?[1-9]|1[0-2])\.)(?P<y>\d{{4}})",
            _numeric,
            frozenset({DIGIT}),
        ),
        Rule(f"{lang}_year", _BARE_YEAR, bind(_year, (cue, weak, lang)), frozenset({DIGIT})),
        Rule(
            f"{lang}_month",
            rf"(?P<mon>{n.month_wide})",
            lambda g, c: _month_alone(month_cue, lang, g, c),
            n.month_words,
        ),
        Rule(
            f"{lang}_relative_day",
            rf"(?P<w>{_phrase_pattern(rel.day_phrases)})",
            bind(_relative_day, lang),
            _first_words(rel.day_phrases),
        ),
        Rule(
            f"{lang}_relative_weekday",
            rf"(?P<w>{_phrase_pattern(rel.weekday_phrases)})",
            bind(_relative_weekday, lang),
            _first_words(rel.weekday_phrases),
        ),
    ]


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The words the trigger knows the phrases by: the first of each (up to an apostrophe),
    lower case, as written and folded."""
    firsts = {re.split(r"[\s'’-]", p.lower(), maxsplit=1)[0] for p in phrases}
    return frozenset(f for w in firsts for f in (w, fold(w)))
