"""A person named after the verb is the subject a title opens with, in Spanish, Italian and
Portuguese: "Murió el lunes a los 88 años Rosa Vidal, fundadora del coro" is titled "Rosa Vidal
murió a los 88 años", "È scomparso ieri, a 90 anni, Piero Lanza" is "Piero Lanza è scomparso a
90 anni". `foreign_late_subjects` takes a subject that opens with an article; a name has none.

The title opens with a verb a name after it can only be the subject of: a passive, a reflexive,
Italian's "è"/"sono" and a participle (no object), or in Spanish any simple past (a person
named as its object would have "a" before it: "Detuvieron a Luis Peña"). The name is two to four
capitalised words (with "de", "da", "di", "del", "dos" between them) after no preposition, and
ends the title or its apposition's comma follows it ("..., Rosa Vidal, la primera ...": the
apposition leaves). `foreign_dropped_subjects` takes the name too for the next sentence's verb
("Llegó a la alcaldía en 1979").
"""

from __future__ import annotations

import re

from .foreign_late_subjects import opening_verb

_CAPITALISED = r"[^\W\d_a-zß-ÿ][\w'’-]+"
_LINK = r"(?:de|da|di|del|dos|das|do|della|la)"
_NAME = re.compile(
    rf"(?P<before>[\w'’]+)?[\s,]+(?P<name>{_CAPITALISED}(?:\s+(?:{_LINK}\s+)?{_CAPITALISED}){{1,3}})"
    r"\s*(?:,|$)"
)
# words a name after them is no subject: prepositions and articles (a place, an object)
_NOT_SUBJECT = re.compile(
    r"(?i)a|al|de|del|en|con|por|para|da|di|in|su|per|em|no|na|do|dos|das|com|pelo|pela|"
    r"el|la|il|lo|o|os|as|los|las|y|e"
)
_LANGUAGES = ("es", "it", "pt")


def named_late_subject(language: str, title: str) -> tuple[str, str, str] | None:
    """The opening verb, what is between it and the name, and the name, for a title opening
    with a verb whose subject is a person named after it (module docstring); None otherwise."""
    if language not in _LANGUAGES or (verb := opening_verb(language, title)) is None:
        return None
    told = verb.group()
    essere = language == "it" and re.match(r"(?i)(?:è|sono)\s", told) is not None
    if verb["active"] and not (language == "es" or essere):
        return None  # "Elogiou Maria Silva": a name after an active verb may be its object
    for m in _NAME.finditer(title, verb.end()):
        between = title[m.end("before") : m.start("name")] if m["before"] else ","
        if m["before"] and _NOT_SUBJECT.fullmatch(m["before"]) and "," not in between:
            continue  # "en Villa Alta", "a Luis Peña", "la Semana Santa"
        middle = title[verb.end() : m.start("name")].strip(" ,")
        return told, middle, m["name"]
    return None


def named_subject_first(language: str, title: str) -> str:
    """The title with a person named after its verb put first; as it was when none is."""
    found = named_late_subject(language, title)
    if found is None:
        return title
    verb, middle, name = found
    return f"{name} {verb[:1].lower()}{verb[1:]}" + (f" {middle}" if middle else "")
