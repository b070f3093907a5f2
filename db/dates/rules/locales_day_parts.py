"""A part of a day with its day word in Spanish, French, Italian, German and Portuguese: "esta
mañana", "anoche", "ce matin", "hier soir", "stamattina", "questa sera", "ieri pomeriggio",
"heute Morgen", "gestern Abend", "nesta manhã", "ontem à noite" are that day (the publication
date's, or the one before), at day precision, the part of the day inside the expression so that
no title keeps it ("Morgen hat die Polizei ...").

CLDR (Babel) has the day words ("hoy", "hier", "oggi", "heute", "ontem": `locales`) and names
the parts of a day only as clock periods ("in the morning" of a time), never as "this morning";
the joined phrases are written here, each with its offset in days. A weekday's part ("el lunes
por la noche", "am Samstagabend") is the weekday rules'.
"""

from __future__ import annotations

from ..tweet_days import tweet_day
from .locales import _first_words, from_day
from .table import Ctx, Groups, Res, Rule

_ES_PART = r"(?:ma[ñn]ana|tarde|noche|madrugada|mediod[íi]a)"
_FR_PART = r"(?:matin|après-midi|apres-midi|soir|midi)"
_IT_PART = r"(?:mattina|mattinata|pomeriggio|sera|serata|notte|mezzogiorno)"
_DE_PART = r"(?:früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)"
_PT_PART = r"(?:de\s+manh[ãa]|[àa]\s+tarde|[àa]\s+noite|de\s+madrugada|ao\s+meio-dia)"

# (pattern, days from the publication date)
_PHRASES: dict[str, tuple[tuple[str, int], ...]] = {
    "es": (
        (rf"esta\s+(?:misma\s+)?{_ES_PART}", 0),
        (rf"hoy\s+(?:por\s+la|a\s+(?:la|primera\s+hora\s+de\s+la))\s+{_ES_PART}", 0),
        (rf"ayer\s+(?:por\s+la|a\s+(?:la|[úu]ltima\s+hora\s+de\s+la))\s+{_ES_PART}", -1),
        (r"anoche", -1),
        (r"anteanoche", -2),
        # "la pasada madrugada": the small hours just gone, the publication day's own
        (r"la\s+(?:pasada\s+madrugada|madrugada\s+pasada)", 0),
        (r"la\s+(?:pasada\s+noche|noche\s+pasada)", -1),
    ),
    "fr": (
        (rf"ce\s+{_FR_PART}|cet\s+après-midi|cette\s+nuit(?!-l[àa])", 0),
        (rf"(?:aujourd['’]hui|ce\s+jour)\s+{_FR_PART}", 0),
        (rf"hier\s+(?:en\s+(?:fin\s+de\s+|début\s+de\s+)?|dans\s+l['’])?{_FR_PART}", -1),
        (rf"avant-hier\s+{_FR_PART}", -2),
        (r"(?:dans\s+)?la\s+journée\s+de\s+demain", 1),
    ),
    "it": (
        (r"stamattina|stamane|stasera|stanotte|stamani", 0),
        (rf"quest[oa]\s+{_IT_PART}|quest['’]\s*oggi|oggi\s+{_IT_PART}", 0),
        (rf"ieri\s+(?:in\s+tarda\s+|in\s+prima\s+)?{_IT_PART}", -1),
        (rf"l['’]altro\s+ieri\s+{_IT_PART}", -2),
        (rf"ieri\s+l['’]altro(?:\s+{_IT_PART})?", -2),  # the reversed "l'altro ieri"
        # "nella giornata di domani": the day, as the day word alone ("di domani" is no future)
        (r"(?:nella\s+)?giornata\s+di\s+domani", 1),
    ),
    "de": (
        (rf"heute\s+{_DE_PART}", 0),
        (rf"gestern\s+{_DE_PART}", -1),
        (rf"vorgestern\s+{_DE_PART}", -2),
    ),
    "pt": (
        (r"(?:n?esta)\s+(?:manh[ãa]|tarde|noite|madrugada)", 0),
        (rf"hoje\s+{_PT_PART}", 0),
        (rf"ontem\s+{_PT_PART}", -1),
        (rf"anteontem\s+{_PT_PART}", -2),
    ),
}
_FIRST_WORDS = {
    "es": ("esta", "hoy", "ayer", "anoche", "anteanoche", "la"),
    "fr": ("ce", "cet", "cette", "aujourd", "hier", "avant-hier", "dans", "la"),
    "it": ("stamattina", "stamane", "stasera", "stanotte", "stamani", "questa", "questo")
    + ("quest", "oggi", "ieri", "l", "nella", "giornata"),
    "de": ("heute", "gestern", "vorgestern"),
    "pt": ("esta", "nesta", "hoje", "ontem", "anteontem"),
}


def _regex(lang: str) -> str:
    parts = "|".join(rf"(?P<p{i}>{p})" for i, (p, _) in enumerate(_PHRASES[lang]))
    return rf"(?i:{parts})(?![\w'’-])"


def _day_part(lang: str, g: Groups, c: Ctx) -> Res | None:
    phrases = _PHRASES[lang]
    offset = next(o for i, (_, o) in enumerate(phrases) if g[f"p{i}"])
    tweeted = tweet_day(lang, c.text, c.begin)
    if c.dct is None and tweeted is None:
        return Res("DATE", "XXXX-XX-XX")
    if offset == 0 and tweeted is not None:
        return None  # a signed tweet's "esta mañana": its signature dates it, as "hoy"
    return from_day(lang, c, tweeted, offset)


def rules(lang: str) -> list[Rule]:
    """The rule `locales_relative.rules(lang)` adds for a day's parts with its day word."""
    return [
        Rule(
            f"{lang}_day_part",
            _regex(lang),
            lambda g, c: _day_part(lang, g, c),
            _first_words(_FIRST_WORDS[lang]),
        )
    ]
