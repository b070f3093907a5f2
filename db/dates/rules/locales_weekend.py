"""The weekend in Spanish, French, Italian, German and Portuguese: "el fin de semana", "ce
week-end", "nel fine settimana", "am Wochenende", "no último fim de semana" is the last one
before the publication date, or the first one on or after it in a clause told in the future,
after "para", "pour" ("para el fin de semana") or with "next"'s modifier; after "this" ("este",
"ce", "questo") the one of the publication date's week. As English "the weekend"
(`holidays`): its Saturday at the weekend's precision.

CLDR has no word for the weekend: the nouns are written here, with the modifiers of
`locales_relative` ("pasado", "dernier", "scorso", "letzten", "próximo"). Not a weekend of many
("los fines de semana", "chaque week-end", "jedes Wochenende"), an indefinite one ("un fin de
semana largo"), nor a name's capitalised "Weekend" outside German ("Southern Weekend").
"""

from __future__ import annotations

import datetime as dt
import re

from .common import _weekday_from
from .locales import _alternation, _told_in_past, fold
from .table import Ctx, Groups, Res, Rule, make

_WEEKEND = {
    "es": r"fin\s+de\s+semana",
    "fr": r"week-end|weekend",
    "it": r"fine\s+settimana|fine-settimana|weekend",
    "de": r"Wochenende",
    "pt": r"fim\s+de\s+semana|fim-de-semana",
}
_NOT_THIS_ONE = {
    "es": r"un|cada|todo\s+el|otro|cualquier",
    "fr": r"un|chaque|tout\s+le|autre",
    "it": r"un|ogni|tutto\s+il|altro",
    "de": r"ein|einem|eines|jedes|jedem|ganze|ganzen|anderen",
    "pt": r"um|cada|todo|outro",
}
_SATURDAY = 5
# "para el fin de semana", "pour le week-end": the one to come
_FOR = re.compile(r"(?i)(?<![\w'’])(?:para|pour|per|für|f[üu]rs)(?:\s+(?:el|le|il|das|o))?\s+$")


# a date right after it: "del 22 y 23 de agosto", "du 3 au 4 mai", "vom 3. bis 4. Mai"
_OF_DATE = re.compile(r"(?i)\s+(?:del?|du|des|di|del|dal|do|vom|am)\s+\d")
# a publication date on Thursday or Friday: a weekend told in the present is the coming one
_LATE_WEEK = (3, 4)


# "this" before it: the weekend of the publication date's week (Monday to Sunday)
_THIS = {
    "es": r"este",
    "fr": r"ce",
    "it": r"questo|quest['’]",
    "de": r"dieses|diesem",
    "pt": r"este|neste",
}


def _modifiers(lang: str, modifiers: dict[str, int]) -> dict[str, int]:
    extra = {"último": -1, "última": -1, "ultimo": -1} if lang in ("es", "pt", "it") else {}
    table = modifiers | extra
    return table | {fold(m): o for m, o in table.items()}


def _regex(lang: str, modifiers: dict[str, int]) -> str:
    mods = _alternation(set(modifiers))
    return (
        rf"(?i:(?:(?P<this>{_THIS[lang]})\s*|(?P<m1>{mods})\s+)?(?P<we>{_WEEKEND[lang]})"
        rf"(?:\s+(?P<m2>{mods}))?)(?![\w'’-])"
    )


def _weekend(lang: str, mods: dict[str, int], g: Groups, c: Ctx) -> Res | None:
    from .. import other_languages

    if re.search(rf"(?i)(?<![\w'’])(?:{_NOT_THIS_ONE[lang]})\s+$", c.before()):
        return None
    if lang != "de" and g.req("we")[:1].isupper():
        return None  # "Mad Graffiti Weekend", "Southern Weekend": a name
    if _OF_DATE.match(c.after()):
        return None  # "el fin de semana del 22 y 23 de agosto": those days, the date's
    if c.dct is None:
        return Res("DATE", "XXXX-WXX-WE")
    modifier = g["m1"] or g["m2"]
    if g["this"]:
        d = c.dct + dt.timedelta(days=_SATURDAY - c.dct.weekday())
        return make((d, "weekend"), relative=True)
    if modifier:
        forward = mods[fold(modifier.lower())] > 0
    else:
        b, e = other_languages.segment(c.text, c.sent_begin, c.sent_end, c.begin, c.end)
        forward = other_languages.is_future(lang, c.text[b:e]) or bool(_FOR.search(c.before()))
        if not forward and c.dct.weekday() in _LATE_WEEK:
            # "Am Wochenende feiert der Verein", written on a Friday: the one just ahead
            forward = not _told_in_past(lang, c)
    if forward:
        d = _weekday_from(c.dct, _SATURDAY, forward=True, inclusive=True)
    else:
        d = _weekday_from(c.dct - dt.timedelta(days=1), _SATURDAY, forward=False, inclusive=True)
    return make((d, "weekend"), relative=True)


def rules(lang: str, modifiers: dict[str, int]) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for the weekend, with its `modifiers`."""
    mods = _modifiers(lang, modifiers)
    firsts = {re.split(r"[\s\\|-]", w, maxsplit=1)[0].lower() for w in _WEEKEND[lang].split("|")}
    this = {w.replace("['’]", "") for w in _THIS[lang].split("|")}
    triggers = firsts | this | {m.split()[0] for m in mods}
    return [
        Rule(
            f"{lang}_weekend",
            _regex(lang, mods),
            lambda g, c: _weekend(lang, mods, g, c),
            frozenset(triggers),
        )
    ]
