"""A date in a participle's phrase dates what the participle tells, not the main clause.

"Detenido el 12 de febrero, el periodista pasó dos semanas sin abogado": the 12th is the arrest;
the two weeks without a lawyer came after. Cut as a segment and its neighbour, the title read
"Detenido el periodista pasó dos semanas sin abogado". The participle's subject is the main
clause's: the title is that subject and the participle's phrase without its date ("El
periodista detenido", "Le rapport publié", "Il giornalista arrestato per diffamazione"). So
too a participle set off after its noun ("El informe, publicado el 3 de marzo, denuncia ...":
"El informe publicado"). After an adverbial fragment the participle only places the scene
("Au cours d'une réunion, datée du 21 février, le ministre parle de ...": the minister spoke at
that meeting): the title is the main clause after it.

No parser: a participle is told by its ending (closed-class morphology of each language, and
the few irregular participles of the news' verbs), the subject by an article or a determiner
and the noun after it, or a run of capitalised names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import foreign_fragments
from .foreign_articles import determiners
from .foreign_participle_subjects import segment_subject

_ALL = ("definite", "indefinite", "plural", "partitive", "demonstrative", "possessive")

# Regular endings, and the irregular stems with the verbs made on them ("previsto",
# "propuesto", "descrito", "compris", "promis", "proposto", "sospeso")
_PARTICIPLE = {
    "es": r"\w+(?:ad|id)[oa]s?|\w*(?:muert|pres|scrit|biert|puest|hech|dich|electo|vuelt|rot|"
    r"cubiert|suelt|vist)[oa]s?",
    "pt": r"\w+(?:ad|id)[oa]s?|\w*(?:mort|pres|eleit|scrit|bert|feit|dit|post|solt|vist)[oa]s?",
    "fr": r"\w+(?:é|i|u)(?:e|s|es)?|\w*(?:mort|pris|mis|crit|vert|fait|dit|élu|né|duit|"
    r"truit)(?:e|s|es)?",
    "it": r"\w+(?:at|ut|it)[oaie]|\w*(?:mort|nat|pres|mess|scritt|pert|fatt|dett|elett|cis|"
    r"chius|scelt|arres|strutt|dott|spes|puls|vist|post)[oaie]",
    "de": r"ge\w+(?:t|en)|\w+iert",
}
# Opening words that end as a participle does and are none: weekdays ("Sábado", "Mardi"),
# adverbs and prepositions.
_NOT = {
    "es": r"todo|toda|todos|todas|estado|mercado|lado|sábado|pasado\s+mañana|cuidado|sentido",
    "pt": r"todo|toda|todos|todas|estado|mercado|lado|sábado|cuidado|sentido|partido",
    "fr": r"lundi|mardi|mercredi|jeudi|vendredi|samedi|ici|ainsi|aussi|parmi|depuis|puis|"
    r"jusqu|midi|minuit|été|au-delà|déjà|début|mi|pendant|selon|qui|"  # "qui": a relative
    r"\w*que",  # "lorsque", "puisque", "presque": no participle ends so
    "it": r"sabato|stato|mercato|subito|senato|risultato|partito|invito|circuito|circa",
    "de": r"gestern|morgen|heute|geben|gegen|gesetz|gebiet",
}
# Adjectives that go before the noun ("le nouveau président", "el ex ministro")
_BEFORE_NOUN = {
    "es": r"nuev[oa]s?|antigu[oa]s?|ex|primer[oa]?|últim[oa]s?|gran|joven|propi[oa]",
    "pt": r"nov[oa]s?|antig[oa]s?|ex|primeir[oa]s?|últim[oa]s?|grande|jovem|própri[oa]",
    "fr": r"nouvel(?:le)?s?|nouveaux?|ancien(?:ne)?s?|ex|premier|première|dernier|dernière|"
    r"jeunes?|grande?s?|vieil(?:le)?|vieux",
    "it": r"nuov[oaie]|ex|prim[oaie]|ultim[oaie]|grande|giovane|vecchi[oa]",
    "de": r"neue[nr]?|ehemalige[nr]?|erste[nr]?|junge[nr]?",
}
_DETERMINER = {lang: determiners(lang, *_ALL) for lang in ("es", "pt", "fr", "it", "de")}
# What may follow the noun inside the subject: a complement ("de la ONU", "di Amnesty", "des
# droits de l'homme") and names ("el bloguero Alaa Abd El Fattah").
_OF = {
    "es": r"de(?:l|\s+la|\s+los|\s+las)?",
    "pt": r"d[oa]s?|de",
    "fr": r"d['’]|de(?:\s+la|\s+l['’])?|du|des",
    "it": r"di|del|della|dello|dei|degli|delle|dell['’]",
    "de": r"des|der",
}
# "dated": a participle that only says when its noun was (a letter, a conversation, a video)
_DATED = {
    lang: re.compile(rf"(?i){words}(?![\w'’])")
    for lang, words in {
        "es": r"(?:fechad|datad)[oa]s?",
        "pt": r"datad[oa]s?",
        "fr": r"daté(?:e|s|es)?",
        "it": r"datat[oaie]",
        "de": r"datiert",
    }.items()
}
_NOUN_WORDS = 5  # a fragment's last noun phrase, of so many words at most
_NAME = r"[^\W\d_a-zß-ÿ][\w'’.-]*"
_NAMES = (
    rf"{_NAME}(?:\s+(?:(?:de|del|da|di|do|dos|el|al|la|von|van|bin|ibn|abu)\s+)?{_NAME}){{0,4}}"
)
_LEADING = re.compile(r"[\s\"“«¿¡(\[]*")


def _compiled() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    out = {}
    for lang, participle in _PARTICIPLE.items():
        opening = re.compile(rf"(?i)(?!(?:{_NOT[lang]})(?![\w'’]))(?:{participle})(?![\w'’])")
        det, of = _DETERMINER[lang], _OF[lang]
        noun = rf"(?:(?:{det})(?:\s+|(?<=['’]))[\w'’-]+|{_NAMES})"
        adjective = rf"(?:(?i:{_BEFORE_NOUN[lang]})\s+)?"
        subject = re.compile(
            rf"(?i:{det})(?:\s+|(?<=['’])){adjective}[\w'’-]+(?:\s+{_NAMES})?"
            rf"(?:\s+(?i:{of})(?:\s+|(?<=['’])){noun})?"
            rf"|{_NAMES}(?=\s+[a-zß-ÿ])"
        )
        out[lang] = (opening, subject)
    return out


_PATTERNS = _compiled()
_FOR = re.compile(r"(?i)(?<![\w'’])para(?:\s+(?:el|la|los|las|o|a|os|as))?\s+$")
_SKIP = " ,;:–—-"


def _next_start(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in _SKIP:
        pos += 1
    return pos


def _subject(language: str, text: str, b: int, e: int, whole: bool) -> str | None:
    """The subject opening text[b:e] (all of it, when `whole`), with words after it when not."""
    m = _PATTERNS[language][1].match(text, b, e)
    if m is None:
        return None
    rest = text[m.end() : e].strip(_SKIP)
    if whole != (not rest):  # a segment of a subject alone; else a subject and its predicate
        return None
    return m.group()


def _last_noun(language: str, text: str, b: int, e: int) -> str | None:
    """The fragment text[b:e]'s last noun phrase: from its last determiner, of at most
    `_NOUN_WORDS` words ("la rivoluzione in Siria")."""
    det = rf"(?P<det>{_DETERMINER[language]})"  # from the article; after "della", "du"
    noun = re.compile(
        rf"(?i)(?<![\w'’])(?:(?:{_OF[language]})(?:\s+|(?<=['’]))|{det}(?:\s+|(?<=['’])))"
    )
    starts = [m.start() if m.group("det") else m.end() for m in noun.finditer(text, b, e)]
    if not starts or len(text[starts[-1] : e].split()) > _NOUN_WORDS:
        return None
    found = text[starts[-1] : e].strip()
    return found[:1].upper() + found[1:]


def participial(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    segment: Callable[[int], tuple[int, int]],
    without_date: Callable[[int, int], str],
) -> tuple[str, tuple[int, int], str] | None:
    """Title, span and status clause of a date in a participle's phrase (see the module's
    docstring), or None. `segment(pos)` is the comma-delimited segment at pos,
    `without_date(b, e)` text[b:e] without the date and its preposition."""
    patterns = _PATTERNS.get(language)
    if patterns is None:
        return None
    sb, se = sentence
    at, until = expression
    b, e = segment(at)
    leading = _LEADING.match(text, b, e)
    pb = leading.end() if leading else b
    if not patterns[0].match(text, pb, at) or e >= se:
        return None
    phrase = without_date(pb, e)
    if not phrase.strip():
        return None
    phrase = phrase[:1].lower() + phrase[1:] if not text[pb + 1 : pb + 2].isupper() else phrase
    nb = _next_start(text, e, se)
    ne = segment(nb)[1]
    # a bound kept ("prevista para el 22 de junio"): the date is the main clause's too
    # (Spanish and Portuguese "para" leaves with its date: "prevista para el")
    main = text[until:e].strip() == "" and (
        text[at:until] in phrase or _FOR.search(text, pb, at) is not None
    )
    if pb <= _next_start(text, sb, se):  # "Detenido el 12 de febrero, el periodista pasó ..."
        subject = _subject(language, text, nb, ne, whole=False)
        if subject is None:
            return None
        if main:
            return text[nb:ne], (pb, ne), text[nb:ne]
        return f"{subject} {phrase}", (pb, ne), text[pb:e]
    before = segment(max(sb, b - 2))
    if before[1] > b or before[0] != _next_start(text, sb, se):
        return None  # only right after the sentence's first segment
    if foreign_fragments.is_fragment(language, text[before[0] : before[1]].strip()):
        if _DATED[language].match(text, pb):
            # "Au cours d'une réunion, datée du 21 février, le ministre parle ...": the meeting
            # is the main clause's scene
            if nb >= se or foreign_fragments.is_fragment(language, text[nb:ne]):
                return None
            return text[nb:ne], (before[0], ne), text[nb:ne]
        # "En el aniversario de la revolución, iniciada el 15 de marzo, ...": its last noun
        noun = _last_noun(language, text, *before)
        return (f"{noun} {phrase}", (before[0], e), text[pb:e]) if noun else None
    subject = _subject(language, text, before[0], before[1], whole=True) or segment_subject(
        language, text[before[0] : before[1]]
    )  # "O novo horário dos autocarros, aprovado em ..."
    if subject is None:
        return None  # "El informe, publicado el 3 de marzo, denuncia ...": "El informe publicado"
    if main and nb < se:  # "La cumbre, prevista para el 22 de junio, reunirá a ..."
        return f"{subject} {text[nb:ne]}", (before[0], ne), text[nb:ne]
    return f"{subject} {phrase}", (before[0], e), text[pb:e]


def apposition_subject(
    language: str,
    text: str,
    sentence: tuple[int, int],
    b: int,
    segment: Callable[[int], tuple[int, int]],
) -> str | None:
    """The subject a segment at `b` takes when a participle set off after that subject comes
    between them ("La mostra, inaugurata il 5 maggio, resterà aperta fino a settembre": "La
    mostra" for "resterà aperta ..."), else None."""
    patterns = _PATTERNS.get(language)
    sb, se = sentence
    if patterns is None or b <= sb:
        return None
    pb, pe = segment(b - 2)
    if pe > b or pb <= sb or not patterns[0].match(text, _next_start(text, pb, se)):
        return None
    first = segment(pb - 2)
    if first[0] != _next_start(text, sb, se) or first[1] > pb:
        return None
    return _subject(language, text, first[0], first[1], whole=True)
