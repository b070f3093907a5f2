"""A German relative clause between commas, and the title of a date in it or after it.

German's relative pronouns are its articles, and the relative clause puts its finite verb last:
"Die Ausstellung, die am 3. Mai eröffnet wurde, zeigt Werke von Klee". A date inside the
clause dates what it tells of its noun, in a main clause's order: "Die Ausstellung wurde
eröffnet" (the verb second, a separable particle back at the end: "die am 3. Mai eintraf" ->
"traf ein"). A date after the clause dates the main predicate, which takes the noun as its
subject: "Der Bürgermeister, der seit 2008 im Amt ist, trat am 3. Mai zurück" -> "Der
Bürgermeister trat zurück". Only a subject pronoun ("der", "die", "das") after a noun phrase
that opens the sentence (`german_order`'s phrase: an article or a number and its noun).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .german_order import _GENITIVE, _NOUN, _PHRASE, _split
from .german_tense import _DETERMINER

# the noun's own places, which a phrase opening a sentence may hold before its relative clause:
# "Der Brand in der Lagerhalle eines Holzhändlers in Au, der ..."
_PLACES = (
    rf"(?:\s+(?:in|im|an|am|auf|bei|aus|vor|hinter)\s+(?:(?:{_DETERMINER})\s+)?"
    rf"(?:[a-zäöüß-]+\s+){{0,2}}{_NOUN}{_GENITIVE}){{0,2}}"
)
# the sentence's own opening article, capitalised: "Der 84-jährige Bewohner eines Heims"
_OPENING_PHRASE = (
    rf"(?:(?:Der|Die|Das|Ein|Eine)\s+(?:(?:\d+-)?[a-zäöüß-]+\s+){{0,3}}{_NOUN}{_GENITIVE}"
    rf"|{_PHRASE})"
)
_RELATIVE = re.compile(
    rf"(?P<noun>{_OPENING_PHRASE}{_PLACES}),\s+(?:der|die|das)\s+(?P<body>[^,;:]*?)\s*(?P<verb>[a-zäöüß]+)"
    r"(?P<end>,\s+)"
)
_OPENING = re.compile(r"[\W_]*")  # quotes or a dash before the noun


def relative_title(
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    without_date: Callable[[int, int], str],
) -> str | None:
    """The title of the date at `expression` in a sentence that opens with a noun and its
    relative clause between commas, else None. `without_date(b, e)`: text[b:e] without the
    date and its preposition."""
    sb, se = sentence
    if ", d" not in text[sb:se]:
        return None  # the cheap guard: no pronoun after a comma
    opening = _OPENING.match(text, sb)
    m = _RELATIVE.match(text, opening.end() if opening else sb, se)
    if m is None or len(m["noun"].split()) > 10:
        return None
    at = expression[0]
    if m.start("body") <= at < m.end("verb"):  # the date is the relative clause's
        body = without_date(m.start("body"), m.end("body")).strip()
        verb, particle = _split(m["verb"])
        words = [m["noun"], verb, body, particle]
    elif at >= m.end():  # the main predicate's: it takes the noun as its subject
        words = [m["noun"], without_date(m.end(), se).strip()]
    else:
        return None
    title = " ".join(w for w in words if w)
    return title if len(title.split()) >= 3 else None
