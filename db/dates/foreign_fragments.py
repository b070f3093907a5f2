"""Titles that are adverbial fragments in Spanish, French, Italian and German: a segment opening
with a preposition or a gerund ("durante el sermón de la oración", "lors d'une conférence de
presse", "réclamant la démission", "dopo un periodo di calma") or a bare span of time ("Un mes
después") tells when or how, not what happened. `other_languages` gives such an event the
sentence's main clause instead, or, when the date is inside a phrase that follows or precedes
another happening ("tras las protestas del 30 de junio", "à la veille d'un nouveau vendredi de
manifestations"), that phrase's own noun ("Las protestas ...").

Prepositions are closed-class words written here; time nouns are CLDR's (Babel: the unit nouns
of "hace {0} horas", "il y a {0} jours", "{0} settimane fa", "vor {0} Tagen").
"""

from __future__ import annotations

import re
from functools import cache

from .contracted_articles import with_article

# Prepositions and locutions opening an adjunct. After one of these the date's happening is the
# main clause's ("durante la conferencia de prensa del lunes, el presidente dijo ...").
_ALONGSIDE = {
    # a locution's last word with its article too: "frente al", "cerca del" ("a"/"de" + "el")
    # "poco después de la medianoche", "peu après minuit", "kurz nach Mitternacht": a time
    "es": r"(?:poco|justo|muy)\s+(?:despu[ée]s|antes)|"
    r"durante|en\s+el\s+curso\s+del?|a\s+lo\s+largo\s+del?|con\s+motivo\s+del?|"
    r"en\s+ocasi[óo]n\s+del?|a\s+pesar\s+del?|pese\s+al?|hasta|mediante|ante|bajo|sobre|hacia|"
    r"entre|seg[úu]n|en|a|al|de|del|con|sin|por|para|cerca\s+del?|frente\s+al?|delante\s+del?",
    "fr": r"pendant|durant|lors\s+d[eu']|au\s+cours\s+d[eu']|tout\s+au\s+long\s+d[eu']|"
    r"à\s+l['’]occasion\s+d[eu']|à\s+propos\s+d[eu']|a\s+propos\s+d[eu']|malgré|"
    r"jusqu['’]|vers|sous|sur|chez|parmi|devant|en|à|au|aux|du|dans|avec|sans|par|"
    r"pour|selon|près\s+d[eu']|(?:peu|juste|bien)\s+(?:après|avant)",
    "it": r"(?:poco|subito|appena)\s+(?:dopo|prima)|"
    r"durante|nel\s+corso\s+d|in\s+occasione\s+d|nonostante|malgrado|secondo|"
    r"da|fino|verso|sotto|sopra|davanti|presso|tra|fra|"
    r"a|ad|al|alla|all['’]|in|nel|nella|nell['’]|nei|negli|nelle|di|del|della|dell['’]|con|"
    r"senza|per",
    "de": r"(?:kurz|gleich|unmittelbar)\s+(?:nach|vor)|"
    r"während|bei|beim|trotz|wegen|laut|in|im|an|am|auf|mit|ohne|zu|zum|zur|von|vom|"
    r"vor\s+dem|vor\s+der",
    "pt": r"(?:pouco|logo|muito)\s+(?:depois|antes)|"
    r"durante|no\s+decorrer\s+d[eoa]|ao\s+longo\s+d[eoa]|por\s+ocasi[ãa]o\s+d[eoa]|"
    r"apesar\s+d[eoa]|at[ée]|mediante|ante|sob|sobre|perante|entre|segundo|conforme|"
    # not "a": it is the article as often ("A polícia ...")
    r"em|no|na|nos|nas|ao|à|aos|às|de|do|da|dos|das|com|sem|por|pelo|pela|para|"
    r"perto\s+d[eoa]|diante\s+d[eoa]|em\s+frente\s+a[o]?",
}
# Prepositions of sequence: the phrase after them names a happening of its own, before or
# after the main clause's ("tras las protestas del 30 de junio, el ejército ...", "depuis le
# début de la contestation en mars 2011").
_SEQUENCE = {
    "es": r"desde|despu[ée]s\s+del?|luego\s+del?|tras|a\s+ra[íi]z\s+del?|antes\s+del?|"
    r"la\s+v[íi]spera\s+del?",
    "fr": r"depuis|dès|après|à\s+la\s+suite\s+d[eu']|suite\s+à|avant|à\s+la\s+veille\s+d[eu']|"
    r"au\s+lendemain\s+d[eu']",
    "it": r"dal|dalla|dall['’]|dai|dagli|dalle|dopo|in\s+seguito\s+a(?:l|lla|ll['’]|i|gli|lle)?|"
    r"a\s+seguito\s+d(?:i|el|ella|ell['’]|ei|egli|elle)|prima\s+d(?:i|el|ella|ell['’])|"
    r"alla\s+vigilia\s+d(?:i|el|ella|ell['’])",
    "de": r"seit|nach|vor|infolge|nach\s+dem|nach\s+der",
    "pt": r"desde|depois\s+d[eoa]s?|ap[óo]s|antes\s+d[eoa]s?|na\s+v[ée]spera\s+d[eoa]|"
    r"na\s+sequ[êe]ncia\s+d[eoa]|em\s+consequ[êe]ncia\s+d[eoa]",
}
# A gerund or present participle opening a segment: how the main clause's subject did it
# ("cortando el acceso", "réclamant la démission", "producendo un cambio"). Lower case only:
# a capitalised word there is a name ("Fernando", "Orlando").
_GERUND = {
    "es": r"[a-zñáéíóú]{2,}(?:ando|iendo|yendo)(?:se|lo|la|los|las|le|les)?",
    "fr": r"(?!(?:maintenant|cependant|pourtant|néanmoins|quant|tant)\b)[a-zàâçéèêëîïôûù]{2,}ant",
    "it": r"(?!quando\b)[a-zàèéìòù]{2,}(?:ando|endo)(?:si|lo|la|li|le|gli|ne)?",
    "de": r"(?!)",
    "pt": r"[a-zçãõáéíóúâêô]{2,}(?:ando|endo|indo)(?:-se|-o|-a|-os|-as|-lhe|-lhes)?",
}


# a word's end, or an elided article's ("lors d'une"); after a preposition of sequence, no
# conjunction ("después de que", "avant que", "dopo che": a subordinate clause, no noun)
_END = r"(?:(?<=['’])|(?![\w'’]))"
_CONJUNCTION = r"(?!\s*(?:que|qu['’]|che|dass)\b)"
# A verb's infinitive after a preposition of sequence ("après avoir vu", "luego de ver"): no
# noun to title
_INFINITIVE = re.compile(r"(?i)(?:avoir|être|haber|aver|avere|essere|\w+(?:ar|er|ir|re))\b")


@cache
def _openings(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    preposition = rf"(?:{_SEQUENCE[lang]}|{_ALONGSIDE[lang]}){_END}"
    fragment = re.compile(rf"{preposition}|(?-i:{_GERUND[lang]})\b", re.I)
    sequence = re.compile(rf"(?:{_SEQUENCE[lang]}){_END}{_CONJUNCTION}\s*", re.I)
    subordinate = re.compile(  # "desde que", "sachant que"
        rf"(?:{preposition}|(?-i:{_GERUND[lang]})\b)\s*(?:que|qu['’]|che|dass)(?:\b|(?<=['’]))\s*",
        re.I,
    )
    return fragment, sequence, subordinate


# Words of sequence closing a span of time: "un mes después", "deux jours plus tard"
_LATER = {
    "es": r"despu[ée]s|antes|m[áa]s\s+tarde",
    "fr": r"après|avant|plus\s+tard|plus\s+tôt",
    "it": r"dopo|prima|più\s+tardi",
    "de": r"später|danach|vorher|früher|zuvor",
    "pt": r"depois|antes|mais\s+tarde",
}


_WORDS = re.compile(r"\w+")


@cache
def time_nouns(lang: str) -> frozenset[str]:
    """CLDR's unit nouns of year .. minute in `lang` ("hace {0} horas" -> "horas"), singular
    and plural, lower case."""
    from babel.localedata import load

    fields = load(lang)["date_fields"]
    nouns: set[str] = set()
    for unit in ("year", "month", "week", "day", "hour", "minute"):
        for pattern in fields[unit]["past"].values():
            m = re.search(r"\{0\}\s+(\w+)", pattern)
            if m is not None:
                nouns.add(m.group(1).lower())
    return frozenset(nouns)


# A preposition of nearness or a bound before a number is the subject's hedge, not an adjunct:
# "Près de 180 policiers seront mobilisés", "Cerca de 300 vecinos", "Fino a 40 persone",
# (not "Cerca de una iglesia": a place; not "entre": a run of days as often, "Entre 28 de
# fevereiro e 1º de março")
_HEDGE = re.compile(
    r"(?i)(?:(?:près|cerca|perto)\s+d[e'’]\s*|jusqu['’]à\s+|hasta\s+|fino\s+a\s+|até\s+|"
    r"bis\s+zu\s+)(?:\d|(?:une?|una|uma|um)\s+(?:\w+aines?|decenas?|centenar|"
    r"centenas?|dezenas?|millares?|milhares?|decina|ventina|trentina|cinquantina|centinaio|"
    r"migliaio)\b)"
)


def is_fragment(lang: str, head: str) -> bool:
    """Whether a title's text (as written, its leading conjunction gone) is an adverbial
    fragment: it opens with a preposition or a gerund, or is no more than a span of time with
    a word of sequence and its date ("Un mes después", "Un mois jour pour jour après le 25
    janvier")."""
    if _openings(lang)[0].match(head):
        return _HEDGE.match(head) is None
    words = re.findall(r"\w+", head.lower())
    if not any(w in time_nouns(lang) for w in words[:2]):
        return False
    later = re.search(rf"(?i)(?<!\w)(?:{_LATER[lang]})(?!\w)", head)
    # ... and nothing after the word of sequence but the date it counts from ("Un mois jour
    # pour jour après le 25 janvier")
    return (
        later is not None
        and len(_WORDS.findall(head[later.end() :])) <= 5
        and len(_WORDS.findall(head[: later.start()])) <= 5
    )


def opens_with_gerund(lang: str, head: str) -> bool:
    """Whether `head` opens with a gerund ("cortando el acceso ..."): never a main clause."""
    return re.match(rf"(?:{_GERUND[lang]})\b", head) is not None


def subordinate_clause(lang: str, head: str) -> str | None:
    """The clause after a preposition or a gerund and "que" opening `head` ("desde que las
    protestas empezaron ..." -> "las protestas empezaron ...", "sachant que la guerre a
    débuté ..."), None when `head` opens otherwise."""
    m = _openings(lang)[2].match(head)
    return head[m.end() :] if m else None


def sequence_noun(lang: str, head: str) -> str | None:
    """The phrase after a preposition of sequence opening `head` ("tras las protestas
    diffusesi ..." -> "las protestas diffusesi ...", "después del despido" -> "el despido"),
    None when `head` opens otherwise."""
    m = _openings(lang)[1].match(head) or _span_of(lang, head)
    if m is None:
        return None
    noun = head[m.end() :]
    words = re.findall(r"\w+", noun.lower())[:3]
    if (
        _INFINITIVE.match(noun)
        or _DATE_FIRST.match(noun)
        or any(w in time_nouns(lang) for w in words)
    ):
        return None  # "las primeras horas de la tarde", "dal 15 al 17": when, not what
    return with_article(lang, head[: m.end()], noun)  # "del despido" -> "el despido"


_DATE_FIRST = re.compile(r"\W*(?:\w+['’]?\s*)?\d")  # "le 25 janvier", "dal 15 al 17"


def _span_of(lang: str, head: str) -> re.Match[str] | None:
    """A span of time and its word of sequence opening `head`, with the "of" after it: "30
    días después de (los sangrientos ataques)"."""
    m = re.match(
        rf"(?i)\W*(?:\w+\s+)?(?P<unit>\w+)\s+(?:\w+\s+){{0,3}}?(?:{_LATER[lang]})\s+"
        r"(?:de|del|d['’]|di|dal|dalla|von|vom|do|da)?\s*",
        head,
    )
    return m if m is not None and m["unit"].lower() in time_nouns(lang) else None


_INNER = ("es", "fr", "it", "pt")  # not German's "nach", "vor": "to", "in front of" as often
_NOT_INNER = re.compile(r"(?i)da")  # Italian "dalla protesta": "from" as often as "since"


def inner_sequence(lang: str, text: str, b: int, at: int) -> int | None:
    """Where the last preposition of sequence inside text[b:at] opens the phrase holding the
    date at `at` ("Dimitió luego de su aparición en televisión el 2 de marzo": the date is
    the appearance's, the resignation came after it); None when there is none after the
    segment's first words, or a boundary comes between."""
    if lang not in _INNER:
        return None
    found = None
    for m in _openings(lang)[1].finditer(text, b, at):
        if m.start() > b and text[m.start() - 1].isspace() and not _NOT_INNER.match(m.group()):
            found = m.start()
    if found is None or re.search(r"[,;:()\[\]]|\s[–—-]\s", text[found:at]):
        return None
    return found
