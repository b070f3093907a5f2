"""A German relative clause between commas, and the title of a date in it or after it.

German's relative pronouns are its articles, and the relative clause puts its finite verb last:
"Die Ausstellung, die am 3. Mai eröffnet wurde, zeigt Werke von Klee". A date inside the
clause dates what it tells of its noun, in a main clause's order: "Die Ausstellung wurde
eröffnet" (the verb second, a separable particle back at the end: "die am 3. Mai eintraf" ->
"traf ein"). A date after the clause dates the main predicate, which takes the noun as its
subject: "Der Bürgermeister, der seit 2008 im Amt ist, trat am 3. Mai zurück" -> "Der
Bürgermeister trat zurück". Only a subject pronoun ("der", "die", "das") after a noun phrase
that opens the sentence (`german_order`'s phrase: an article or a number and its noun).

A masculine noun's relative clause elsewhere, the noun an object or a genitive ("hat einen
34-Jährigen verurteilt, der im Oktober eine Kassiererin bedroht hatte"), tells of that noun in
the nominative, its article's definiteness kept: "Ein 34-Jähriger hatte eine Kassiererin
bedroht" (`object_relative_title`; "der" then lower case is the only pronoun read: it says the
noun is masculine and the clause's subject).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import simplemma

from .german_order import _GENITIVE, _NOUN, _PHRASE, _is_name, _split
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


# A relative clause of a masculine noun that does not open the sentence: the noun an object or
# an attribute ("hat einen 34-Jährigen verurteilt, der im Oktober eine Kassiererin bedroht
# hatte", "sucht Zeugen eines Unfalls, der sich am Samstag ereignet hat"). Its pronoun "der" is
# the subject of its clause and tells the noun's gender; a word after it in lower case (not an
# article of a new clause: ", der Bürgermeister sagte").
_MASCULINE = re.compile(
    r"(?<![\w-])(?P<det>den|dem|des|einen|einem|eines)\s+(?P<adjectives>(?:[a-zäöüß\d-]+\s+){0,2})"
    r"(?P<noun>(?:\d+-)?[A-ZÄÖÜ][\wäöüß-]*)"
)
_OBJECT_RELATIVE = re.compile(r",\s+der\s+(?=[a-zäöüß])")
_FINITE = re.compile(
    r"(?:hat|hatte|haben|hatten|ist|war|sind|waren|wurde|wurden|wird|werden|soll|sollen|"
    r"kann|konnte|musste|will|wollte)"
)
_AUXILIARY = {"worden", "haben", "sein", "werden", "lassen", "können", "müssen", "wollen"}
# an attribute between a noun and a genitive's "des", which leaves the genitive the noun's:
# "den Einbruch ins Vereinsheim des TSV"
_ATTRIBUTE_BEFORE_GENITIVE = re.compile(
    r"\s+(?:ins|im|in|am|an|auf|aus|von|vom|zum|zur|bei)\s+(?:(?:der|dem|den|das)\s+)?"
    r"[A-ZÄÖÜ][\wäöüß-]*\s+$"
)
_FOCUS = re.compile(r"(?:bereits|schon|erst|noch)\s+")
_CAPITALISED = re.compile(r"\s+([A-ZÄÖÜ][\wäöüß-]*)(?![\w.-])")


def object_relative_title(
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    without_date: Callable[[int, int], str],
) -> str | None:
    """The title of a date inside the relative clause of a masculine noun that is no opening
    subject: the noun in the nominative, the clause's finite verb second, the rest and its
    infinite verbs last ("einen 34-Jährigen ..., der im Oktober eine Kassiererin bedroht
    hatte" -> "Ein 34-Jähriger hatte eine Kassiererin bedroht"); None when the date is not in
    such a clause."""
    sb, se = sentence
    at = expression[0]
    if ", der " not in text[sb:at]:
        return None  # the cheap guard
    found = list(_OBJECT_RELATIVE.finditer(text, sb, at))
    relative = found[-1] if found else None
    if relative is None:
        return None
    end = min([i for i in (text.find(",", at, se), text.find(";", at, se)) if i >= 0] or [se])
    clause = text[relative.end() : end].rstrip(" .!?")
    words = clause.split()
    if len(words) < 3 or not _FINITE.fullmatch(words[-1]) or relative.end() + len(clause) <= at:
        return None
    finite, infinite = words[-1], [words[-2]]
    if not words[-2][:1].islower():
        return None
    if words[-2] in _AUXILIARY and len(words) >= 4 and words[-3][:1].islower():
        infinite.insert(0, words[-3])  # "verübt worden war", "gesteckt haben soll"
    body_end = relative.end() + len(clause) - len(" ".join([*infinite, finite]))
    opening = max(text.rfind(";", sb, relative.start()), sb - 1) + 1
    noun = _antecedent(text[opening : relative.start()])
    if noun is None:
        return None
    body = _FOCUS.sub("", without_date(relative.end(), body_end).strip(), count=1)
    title = " ".join(w for w in (noun, finite, body, " ".join(infinite)) if w)
    return title if len(title.split()) >= 4 else None


def _antecedent(head: str) -> str | None:
    """The last masculine noun phrase of `head`, in the nominative, its name or genitive after
    it ("Der Einbruch ins Vereinsheim des TSV Ahlfingen"); None if `head` ends otherwise."""
    found = list(_MASCULINE.finditer(head))
    if not found:
        return None
    m = found[-1]
    start = m
    if m["det"] in ("des", "eines") and len(found) > 1:
        earlier = found[-2]
        if earlier["det"] not in ("des", "eines") and _ATTRIBUTE_BEFORE_GENITIVE.fullmatch(
            head, earlier.end(), m.start()
        ):
            start = earlier  # "den Einbruch ins Vereinsheim des TSV": the burglary's
    end = m.end()
    while (name := _CAPITALISED.match(head, end)) is not None and _is_name(name.group(1)):
        end = name.end()  # "des TSV Ahlfingen"
    tail = head[end:]
    # what follows the phrase in its clause: its verb's words (an infinite verb, a particle),
    # lower case and few ("festgenommen", "öffentlich gemacht", "zu zwei Jahren ... verurteilt")
    if re.search(r"[,;:]", tail) or len(tail.split()) > 8:
        return None
    definite = start["det"] in ("den", "dem", "des")
    nominative = [
        "Der" if definite else "Ein",
        *(_adjective(a, definite) for a in start["adjectives"].split()),
        _noun(start["noun"], definite, start["det"] in ("des", "eines")),
    ]
    rest = head[start.end() : end]
    return " ".join(nominative) + rest


def _adjective(word: str, definite: bool) -> str:
    """ "41-jährigen" -> "41-jährige" after "der", "41-jähriger" after "ein"."""
    if not word.endswith("en"):
        return word
    return word[:-1] if definite else word[:-2] + "er"


def _noun(word: str, definite: bool, genitive: bool) -> str:
    """A masculine noun in the nominative: "Unfalls" -> "Unfall", "Polizisten" -> "Polizist",
    an adjective's noun by its article ("34-Jährigen" -> "34-Jährige", "34-Jähriger")."""
    lemma = simplemma.lemmatize(word, lang="de")
    if genitive and lemma == word:
        for ending in ("es", "s"):  # "Brandes": the dictionary knows "Brand"
            if word.endswith(ending) and simplemma.is_known(word[: -len(ending)], lang="de"):
                return word[: -len(ending)]
    if (
        word.endswith("en")
        and re.search(r"(?:ig|t|lich|isch)$", word[:-2])
        and lemma.rstrip("r").endswith("e")
    ):
        return word[:-1] if definite else word[:-2] + "er"
    return lemma if lemma[:1].isupper() else word
