"""Titles that name no happening in Spanish, French, Italian and German: only names ("Alaa Abd El
Fattah", cut from a caption listing who is in a photo; "Festa del Lavoro") or a photo credit
("Photo Luke Somers, copyright Demotix", "Rabat – Via Larbi.org"). `other_languages` gives such
an event the whole sentence without its date instead, else the caption the credit follows.

Names are told by their capitals: every word capitalised but the particles of names ("de",
"del", "von", "bin"); a title's first word is capitalised anyway, so one word alone is no
list of names. Credits by their words: "photo", "via", "copyright", "droits réservés".
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:['’.][^\W\d_]+)*")
# Lower-case words inside names: particles and the conjunctions of a list of them.
_PARTICLES = frozenset(
    {"de", "del", "della", "di", "da", "dal", "van", "von", "der", "den", "du", "des", "dos",
     "bin", "ibn", "abu", "al", "y", "e", "et", "und", "and"}
)  # fmt: skip
# A credit's own words, any language: taken out before the rest is read as names.
_CREDIT_WORDS = re.compile(
    r"(?i)(?<![\w'’])(?:fotos?|photos?|fotograf[íi]a|foto\s+di|via|copyright|©|cr[ée]dits?|"
    r"droits\s+r[ée]ser\w*|derechos\s+reservados|diritti\s+riservati|alle\s+rechte\s+vorbehalten|"
    r"tous\s+droits|todos\s+los\s+derechos|por|par|by|di|von|"
    # the participle of who shared or took it: "Foto compartida por", "Photo mise en ligne par"
    r"compartid[ao]s?|publicad[ao]s?|tomad[ao]s?|subid[ao]s?|mises?\s+en\s+ligne|partag[ée]e?s?|"
    r"publi[ée]e?s?|prises?|condivis[aeio]|pubblicat[aeio]|scattat[aeio]|geteilt|aufgenommen)"
    r"(?![\w'’])"
)
_CREDIT_OPENING = re.compile(
    r"(?i)\W*(?:fotos?|photos?|fotograf[íi]a|via|copyright|©|cr[ée]dits?|droits|derechos|"
    r"diritti)(?![\w'’])"
)
_MIN_NAMES = 2  # capitalised words a title of names holds at least


def _all_names(text: str) -> bool:
    words = _WORD.findall(text)
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals >= _MIN_NAMES and all(w[0].isupper() or w in _PARTICLES for w in words)


def names_no_happening(title: str) -> bool:
    """Whether a title is only names or a photo credit: nothing happens in it."""
    if _CREDIT_OPENING.match(title) and _CREDIT_WORDS.sub(" ", title).strip(" ,;:–—-()"):
        rest = _CREDIT_WORDS.sub(" ", title)
        return _all_names(rest) or len(_WORD.findall(rest)) < _MIN_NAMES
    return _all_names(title)


_SENTENCE_END = re.compile(r"[.!?…]\s+")
_BEFORE_LIMIT = 300  # characters looked back for the caption a credit follows


def caption_before(text: str, sb: int) -> str:
    """The sentence before the one at `sb` in its paragraph ("" at a paragraph's start): the
    caption a credit line follows."""
    before = text[max(0, sb - _BEFORE_LIMIT) : sb]
    if not before.strip() or before.rstrip(" ").endswith("\n"):
        return ""
    before = before.rsplit("\n", 1)[-1].rstrip()
    starts = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    return before[starts[-1] if starts else 0 :].rstrip(" .")
