"""A German subject's place phrase, kept with it when a passive title is put in scanning order.

"wurde die alte Mühle am Fluss abgerissen" is cut as subject "die alte Mühle" and rest "am Fluss
abgerissen"; put first, the verb would split the noun from its place ("Die alte Mühle wurde am
Fluss abgerissen"). In a passive ("werden", "worden": what was done to the subject) with nothing
but the verb's other parts after the place phrase, a reader takes it for the subject's own: "Die
alte Mühle am Fluss wurde abgerissen". An active verb's place is the verb's ("demonstrierten
zwei Gruppen vor dem Rathaus", "ist ein Auto bei Au von der Straße abgekommen"), and so is a
phrase an adverb or an object follows ("nahm ihn die Polizei in Lindenau erneut fest") and one
"über" opens ("über den Plan abgestimmt").
"""

from __future__ import annotations

import re

from .german_tense import _DETERMINER

_NOUN = r"(?:\d+-)?[A-ZÄÖÜ][\wäöüß-]*"
_PLACE = (
    rf"\s+(?:in|im|an|am|auf|bei|vor|hinter|zwischen)\s+"
    rf"(?:(?:{_DETERMINER})\s+(?:[a-zäöüß-]+\s+){{0,2}})?{_NOUN}(?:\s+{_NOUN})*"
)
# the rest of the verb: participles ("abgerissen", "entdeckt", "saniert"), "worden" and the
# auxiliaries and modals a subordinate clause ends with, infinitives after "werden"/"sein"
_VERB_PART = (
    r"(?:[a-zäöüß]*ge[a-zäöüß]+(?:t|en)|(?:be|emp|ent|er|ge|miss|ver|zer)[a-zäöüß]+t|"
    r"[a-zäöüß]+iert|worden|werden|wird|wurde|wurden|sein|ist|sind|war|waren|hat|haben|hatte|"
    r"hatten|soll|sollen|sollte|kann|können|muss|müssen)"
)
_SUBJECT_PLACE = re.compile(rf"(?P<place>{_PLACE})(?P<rest>(?:\s+{_VERB_PART}){{1,3}}\W*)$")
_PASSIVE = re.compile(r"(?i)(?<![\w-])(?:wird|wurde|wurden|werden|worden)(?![\w-])")


def subject_place(subject: str, verb: str, rest: str) -> tuple[str, str]:
    """(subject, rest) with the place phrase opening `rest` moved into the subject when the
    finite `verb` and the rest make a passive and only the verb's other parts follow the
    phrase; as they were otherwise."""
    m = _SUBJECT_PLACE.match(rest)
    if m is None or not (_PASSIVE.fullmatch(verb) or _PASSIVE.search(m["rest"])):
        return subject, rest
    return subject + m["place"], m["rest"]
