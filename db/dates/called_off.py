"""A happening set for a date and then called off, in Spanish, French, Italian, German and
Portuguese: its event is the thing set, negated.

- A participle of scheduling between commas or in brackets after a noun phrase, or in a
  relative clause of being there ("La huelga de estibadores, prevista para el viernes, fue
  desconvocada", "Le concert, prévu samedi, a été annulé", "A festa (marcada para 8 de junho)
  foi cancelada", "O julgamento, que estava marcado para 10 de janeiro, foi adiado") dates
  that noun: when what follows says it was called off or put off ("suspendida", "annulé",
  "rinviata", "abgesagt", "adiada"), its title is the noun phrase and its status negated (else
  the title is the noun and the predicate after it, as before); so does a relative clause of
  "was to" ("La réunion, qui devait se tenir jeudi, a été reportée").
- A noun dated by "of" ("la riunione del 10 marzo") stays negated when the clause says it did not
  take place ("non si è svolta", "no se celebró", "n'a pas eu lieu", "fand nicht statt"), which
  `foreign_dated_nouns` would otherwise read as a negation of something said about it.
- After the participle, a future denial of its taking place calls it off too ("prevista para el
  sábado, ya no se celebrará", "in programma il 16, non si correrà"); put off with no day set
  ("rinviato a data da destinarsi") is called off for good (`cancels`).
- A participle of scheduling inside the noun phrase, no comma ("Le concert prévu samedi à
  l'Opéra a été annulé", "Der für Samstag geplante Flohmarkt fällt aus") dates that phrase the
  same way: called off, the title is the phrase without the participle and its date
  (`attributive_noun`); so is a phrase called off before its comma ("Non si farà la sagra, in
  programma a fine aprile").

The words are closed lists of verbs per language: CLDR has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .foreign_asides import AUXILIARY, first_verb

_SCHEDULED = {
    "es": r"previst[oa]s?|programad[oa]s?|convocad[oa]s?|fijad[oa]s?|anunciad[oa]s?",
    "fr": r"prévu(?:e|s|es)?|programmé(?:e|s|es)?|fixé(?:e|s|es)?|annoncé(?:e|s|es)?",
    "it": r"previst[oaie]|programmat[oaie]|fissat[oaie]|indett[oaie]|annunciat[oaie]|"
    r"in\s+programma",
    "de": r"geplant|angesetzt|vorgesehen|angekündigt",
    "pt": r"marcad[oa]s?|previst[oa]s?|programad[oa]s?|agendad[oa]s?|convocad[oa]s?",
}
# "was to" in a relative clause says the same: "qui devait se tenir jeudi", "que debía
# celebrarse el lunes", "che doveva svolgersi", "que devia realizar-se"
_WAS_TO = {
    "es": r"que\s+deb[íi]an?\s+",
    "fr": r"qui\s+devai(?:t|ent)\s+(?:se\s+|s['’])?",
    "it": r"che\s+dovev(?:a|ano)\s+",
    "pt": r"que\s+devia(?:m)?\s+",
}
for _lang, _to in _WAS_TO.items():
    _SCHEDULED[_lang] += rf"|{_to}[^\W\d_]+(?:-se)?"
_CALLED_OFF = {
    "es": r"suspendid[oa]s?|cancelad[oa]s?|aplazad[oa]s?|anulad[oa]s?|desconvocad[oa]s?|"
    r"pospuest[oa]s?",
    "fr": r"annulé(?:e|s|es)?|reporté(?:e|s|es)?|suspendu(?:e|s|es)?|ajourné(?:e|s|es)?",
    "it": r"annullat[oaie]|rinviat[oaie]|sospes[oaie]|cancellat[oaie]|revocat[oaie]",
    "de": r"abgesagt|verschoben|ausgesetzt|gestrichen",
    "pt": r"suspens[oa]s?|cancelad[oa]s?|adiad[oa]s?|anulad[oa]s?|desmarcad[oa]s?",
}
# A verb of taking place: negated, the happening itself did not happen
_TAKES_PLACE = {
    "es": r"celebr\w*|realiz\w*|tuvo\s+lugar|tendrá\s+lugar|ha\s+tenido\s+lugar",
    "fr": r"(?:eu|a|aura|avait)\s+lieu|tenu\w*|déroul\w*",
    "it": r"svolt\w*|svolg\w*|tenut\w*|terrà|tenne|avuto\s+luogo",
    "de": r"statt(?:gefunden|finden|fand|findet)|fand\s+\w+\s+statt",
    "pt": r"realiz\w*|aconte\w*|ocorr\w*",
}
# Or its taking place denied in the future: "ya no se celebrará", "n'aura pas lieu", "non si
# correrà", "fällt aus", "não vai acontecer"
_NOT_HELD = {
    "es": r"no\s+(?:se\s+)?(?:celebrará|realizará|disputará|correrá|tendrá\s+lugar)n?",
    "fr": r"n['’](?:aura|auront)\s+pas\s+lieu|ne\s+se\s+(?:tiendra|déroulera|courra)\s+pas",
    "it": r"non\s+si\s+(?:terrà|svolgerà|correrà|farà|disputerà)|non\s+avrà\s+luogo",
    "de": r"fällt\s+(?:[^\W\d_]+\s+){0,3}?aus|findet\s+(?:[^\W\d_]+\s+){0,3}?nicht\s+statt",
    "pt": r"não\s+(?:vai\s+|será\s+)?(?:se\s+)?(?:realizar|realizad[oa]|acontecer|ocorrer|"
    r"realizará|acontecerá|ocorrerá)",
}
_NOUN_WORDS = 10  # a longer segment before the participle is no noun phrase (names past the
# first word do not count: "O show de encerramento do Festival de Inverno de Serra da ...")


@cache
def _scheduled(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)\s*(?:{_SCHEDULED[language]})(?![\w'’])")


# A relative clause of being before the participle: "que estaba prevista", "qui était prévu",
# "che era prevista", "que estava marcado"
_WAS = {
    "es": r"que\s+(?:estaba|estaban|era|eran|había\s+sido|fue)",
    "fr": r"qui\s+(?:était|étaient|avait\s+été|est)",
    "it": r"che\s+(?:era|erano|era\s+stat[oa]|è|è\s+stat[oa])",
    "de": r"(?!)",  # German's relative clause puts its verb last: none here
    "pt": r"que\s+(?:estava|estavam|era|eram|tinha\s+sido|foi)",
}


@cache
def _relative_was(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{_WAS[language]})\s+")


@cache
def _called_off(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_CALLED_OFF[language]})(?![\w'’])")


@cache
def _not_held(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_NOT_HELD[language]})(?![\w'’])")


@cache
def _takes_place(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_TAKES_PLACE[language]})(?![\w'’])")


def scheduled_noun(
    language: str, text: str, sentence: tuple[int, int], at: int
) -> tuple[str, bool] | None:
    """For a date in a participle of scheduling between commas after a noun phrase: that phrase
    and whether the rest of the sentence calls it off; None otherwise."""
    if language not in _SCHEDULED:
        return None
    sb, se = sentence
    comma = max(text.rfind(", ", sb, at), text.rfind(" (", sb, at))
    start = comma + 2
    if comma >= 0 and (was := _relative_was(language).match(text, start)) is not None:
        start = was.end()  # ", que estava marcado para 10 de janeiro,"
    participle = _scheduled(language).match(text, start) if comma >= 0 else None
    if participle is None or participle.end() > at:
        return None
    opening = text.rfind(", ", sb, comma)
    noun = text[(opening + 2 if opening >= 0 else sb) : comma].strip()
    if (denial := _not_held(language).match(noun)) is not None and not re.search(
        r"[:;]", text[participle.end() : at]
    ):
        # "Non si farà la sagra del carciofo, in programma a fine aprile": called off before
        noun = noun[denial.end() :].strip()
        if noun[:1].islower() and first_verb(language, noun, 0, len(noun)) is None:
            return noun[:1].upper() + noun[1:], True
        return None
    words = [w for i, w in enumerate(noun.split()) if i == 0 or not w[:1].isupper()]
    if not 0 < len(words) <= _NOUN_WORDS or not noun[:1].isupper():
        return None
    if first_verb(language, noun, 0, len(noun)) is not None:
        return None  # a clause, not a noun phrase
    ends = [i for i in (text.find(", ", at, se), text.find(")", at, se)) if i >= 0]
    close = min(ends) if ends else -1
    rest = text[close:se] if close >= 0 else ""
    off = _called_off(language).search(rest) or _not_held(language).search(rest)
    return noun, bool(rest) and off is not None


def did_not_take_place(language: str, clause: str) -> bool:
    """Whether a clause says its happening did not take place or was called off."""
    if language not in _TAKES_PLACE:
        return False
    return bool(_takes_place(language).search(clause) or _called_off(language).search(clause))


# Called off for good, not put off: what it names does not take place on its day (a put-off's
# date may be the new one, "reporté au 15 mars")
_CANCELLED = {
    "es": r"suspend\w*|cancel\w*|anul\w*|desconvoc\w*",
    "fr": r"annul\w*|suspend\w*",
    "it": r"annull\w*|sospes[oaie]|sospend\w*|cancell\w*|revoc\w*",
    "de": r"abgesagt|gestrichen",
    "pt": r"suspen\w*|cancel\w*|anul\w*|desmarc\w*",
}
# Or put off with no day set: "aplazado sin fecha", "reporté à une date ultérieure", "rinviato a
# data da destinarsi", "auf unbestimmte Zeit verschoben", "adiado sem data"
_SINE_DIE = {
    "es": r"(?:aplazad|pospuest)[oa]s?\s+(?:sin\s+fecha|sine\s+die|hasta\s+nuevo\s+aviso)",
    "fr": r"report[ée]e?s?\s+(?:à\s+une\s+date\s+ultérieure|sine\s+die|à\s+une\s+date\s+"
    r"indéterminée)",
    "it": r"rinviat[oaie]\s+(?:a\s+data\s+da\s+destinarsi|sine\s+die)",
    "de": r"auf\s+unbestimmte\s+Zeit\s+verschoben",
    "pt": r"adiad[oa]s?\s+(?:sem\s+data|por\s+tempo\s+indeterminado)",
}
for _lang, _off in _SINE_DIE.items():
    _CANCELLED[_lang] += f"|{_off}"


@cache
def _cancelled(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_CANCELLED[language]})(?![\w'’])")


def cancels(language: str, clause: str) -> bool:
    """Whether `clause` says something was called off for good ("ha suspendido las campanadas",
    "a annulé le concert", "hat das Konzert abgesagt"), not put off to another day."""
    return language in _CANCELLED and _cancelled(language).search(clause) is not None


def calls_off(language: str, clause: str) -> bool:
    """Whether `clause` says something was called off or put off ("ha suspendido", "a été
    annulé", "wurde abgesagt"): what it names is still to come."""
    return language in _CALLED_OFF and _called_off(language).search(clause) is not None


# A participle of scheduling right before a date, inside a noun phrase with no comma: "Le
# concert prévu samedi à l'Opéra", "Il concerto in programma domani sera all'anfiteatro", "La
# feria prevista para el sábado en el recinto"; a preposition and article may come between
_FOR_DATE = r"(?:\s+(?:para|pour|per|por|a|au|à|al|el|le|la|il|lo|o|em|no|na|dal|du|del)){0,2}"
# German puts the date before its participle, inside the phrase: "Der für Samstag geplante
# Neujahrsempfang der Stadt": the article opens the sentence, "für" or "am" brings the date
_GERMAN_BEFORE = re.compile(
    r"(?P<article>Der|Die|Das)\s+(?:(?:für|am|zum|zur|an|ab)\s+)?(?:den\s+)?$"
)
_GERMAN_AFTER = re.compile(
    r"\s+(?:ursprünglich\s+|eigentlich\s+)?(?:geplant|vorgesehen|angesetzt|angekündigt)e[nrs]?\s+"
)
_ATTRIBUTE_WORDS = 10  # words of the phrase before the participle, or after the date, at most
_NEGATION = {
    "es": r"no",
    "fr": r"ne|n['’]",
    "it": r"non",
    "pt": r"não",
    "de": r"fällt|fallen|fiel|nicht|kein\w*",
}


@cache
def _participle_before(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{_SCHEDULED[language]}){_FOR_DATE}\s*$")


@cache
def _predicate(language: str) -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<![\w'’])(?:{AUXILIARY[language]}|{_NEGATION[language]})(?![\w'’])")


def attributive_noun(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    after_date: Callable[[str], str],
) -> tuple[str, bool] | None:
    """The thing set for a date a participle inside its noun phrase brings, when the sentence
    calls it off: "Le concert prévu samedi à l'Opéra a été annulé" -> "Le concert à l'Opéra",
    "Der für Samstag geplante Neujahrsempfang der Stadt fällt aus" -> "Der Neujahrsempfang der
    Stadt", and whether it is off for good (not put off to another day: its status is the
    clause's then); None otherwise (no participle, a comma between, or nothing called off).
    `after_date` leaves out a date's own words after it ("samedi soir")."""
    if language not in _SCHEDULED:
        return None
    (sb, se), (at, until) = sentence, expression
    if language == "de":
        article = _GERMAN_BEFORE.fullmatch(text, sb, at)
        after = _GERMAN_AFTER.match(text, until)
        if article is None or after is None:
            return None
        head, tail_at = article["article"], after.end()
    else:
        participle = _participle_before(language).search(text, max(sb, at - 80), at)
        if participle is None:
            return None
        head = text[sb : participle.start()].strip()
        if (
            not head[:1].isupper()
            or "," in head
            or len(head.split()) > _ATTRIBUTE_WORDS
            or first_verb(language, head, 0, len(head)) is not None
        ):
            return None  # no noun phrase opening the sentence
        tail_at = until + len(text[until:se]) - len(after_date(text[until:se]))
    verb = _predicate(language).search(text, tail_at, se)
    if verb is None:
        return None
    tail = text[tail_at : verb.start()].strip()
    if "," in tail or len(tail.split()) > _ATTRIBUTE_WORDS:
        return None
    rest = text[verb.start() : se]
    if not (
        _called_off(language).search(rest)
        or _not_held(language).search(rest)
        or did_not_take_place(language, rest)
    ):
        return None
    for_good = cancels(language, rest) or _not_held(language).search(rest) is not None
    return f"{head} {tail}".strip(), for_good
