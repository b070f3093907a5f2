"""Link notes inside a title: "[en]", "[ar/en]", "[en anglais]", "(en inglés)", "[en, come
tutti i link seguenti]". Global Voices and other translated news mark each link with the
language of the page it opens; in a title they are page furniture a reader scans past, wherever
they stand ("Se vio obligado a renunciar [en] el viernes" -> "Se vio obligado a renunciar el
viernes").

Language codes and names are CLDR's (Babel): the two-letter codes, the three-letter ones that
alias them ("eng", "ara"), and the one-word names in Spanish, French, Italian, German,
Portuguese and English ("inglés", "anglais", "inglese", "Englisch", "inglês"). Only the small
words joining them ("en", "em", "y", "et", "/") and the link words ("liens", "enlaces", "link",
"ligações") are written here. A bracket that
says something else stays: "[Dios es grandioso]", "[14 de febrero]", "[en Siria]".
"""

from __future__ import annotations

import re
from functools import cache

_LOCALES = ("es", "fr", "it", "de", "pt", "en")
# CLDR has no entry for this common alternative name of Persian ("[en farsi]")
_OTHER_NAMES = ("farsi",)
_LINK_WORD = re.compile(
    r"(?i)\b(?:liens?|links?|enlaces?|collegament[io]|verknüpfung(?:en)?|liga[çc][õo]es)\b"
)
# A bracket or parenthesis and what it says; a bracket a cut left open at the end ("[en, come
# tutti i link…"). The words inside are looked up, not matched: an alternation of a thousand
# names takes half a second to compile.
_BRACKET = re.compile(r"\s*(?:\[([^\[\]]{0,130})\]|\[([^\[\]]{0,130})$)")
_PAREN = re.compile(r"\s*\(([^()]{0,130})\)")  # after the brackets: "(las voces [en])"
_PARTS = re.compile(r"(?i)\s*(?:[,/–—-]|\s(?:y|e|et|ed|o|ou|und|and|or)\s)\s*")
_IN = re.compile(r"(?i)^(?:en|in|em)\s+")


@cache
def _languages() -> frozenset[str]:
    """CLDR's two-letter language codes, the three-letter ones aliasing them, and the one-word
    language names in `_LOCALES`, lower case."""
    from babel import Locale
    from babel.core import get_global

    codes: set[str] = {str(code) for code in Locale("en").languages if len(str(code)) == 2}
    aliases: dict[str, str] = dict(get_global("language_aliases"))  # "eng" -> "en"
    codes |= {alias for alias, code in aliases.items() if len(alias) == 3 and code in codes}
    names = set(_OTHER_NAMES)
    for locale in _LOCALES:
        for code, name in Locale(locale).languages.items():
            if code in codes and " " not in name and len(name) > 3:
                names.add(name.lower())
    return frozenset(codes | names)


def _is_language(part: str) -> bool:
    return _IN.sub("", part.strip()).lower() in _languages()


def _bracket_note(words: str) -> bool:
    """[en], [ar/en], [en anglais]; a note with a link word or ending in a language: [Liens en
    anglais], [en, come tutti i link seguenti], [en su versión original en inglés]."""
    words = words.strip()
    if words and all(_is_language(p) for p in _PARTS.split(words)):
        return True
    last = re.search(r"(?i)\b(?:en|in|em)\s+(\w+)\W*$", words)
    return bool(_LINK_WORD.search(words)) or (last is not None and _is_language(last[1]))


def _paren_note(words: str) -> bool:
    """(fr), (en inglés), (en anglais comme la plupart des liens du billet)."""
    words = words.strip()
    if " " not in words:
        return _is_language(words)
    head = " ".join(words.split()[:2])
    return (
        bool(_IN.match(words))
        and _is_language(head)
        and (head == words or bool(_LINK_WORD.search(words)))
    )


def _bracket(m: re.Match[str]) -> str:
    if m[1] is not None:
        return "" if _bracket_note(m[1]) else m[0]
    # left open by a cut at the end: its first part says it ("[en, come tutti i link…")
    first = _PARTS.split(m[2].strip(), maxsplit=1)[0]
    return "" if first and _is_language(first) else m[0]


def _paren(m: re.Match[str]) -> str:
    return "" if _paren_note(m[1]) else m[0]


def without_link_notes(title: str) -> str:
    """`title` without its link notes, wherever they stand."""
    if "[" not in title and "(" not in title:
        return title
    rest = _PAREN.sub(_paren, _BRACKET.sub(_bracket, title)).strip()
    # a title cut inside its note keeps the sign that it was cut
    return rest + "…" if title.endswith("…") and not rest.endswith("…") else rest
