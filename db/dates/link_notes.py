"""Link notes inside a title: "[en]", "[ar/en]", "[en anglais]", "(en inglés)", "[en, come
tutti i link seguenti]". Global Voices and other translated news mark each link with the
language of the page it opens; in a title they are page furniture a reader scans past, wherever
they stand ("Se vio obligado a renunciar [en] el viernes" -> "Se vio obligado a renunciar el
viernes").

Language codes and names are CLDR's (Babel): the two-letter codes, the three-letter ones that
alias them ("eng", "ara"), and the one-word names in Spanish, French, Italian, German and
English ("inglés", "anglais", "inglese", "Englisch"). Only the small words joining them ("en",
"y", "et", "/") and the link words ("liens", "enlaces", "link") are written here. A bracket that
says something else stays: "[Dios es grandioso]", "[14 de febrero]", "[en Siria]".
"""

from __future__ import annotations

import re
from functools import cache

_LOCALES = ("es", "fr", "it", "de", "en")
# CLDR has no entry for this common alternative name of Persian ("[en farsi]")
_OTHER_NAMES = ("farsi",)
_JOIN = r"\s*(?:[,/–—-]|\s(?:y|e|et|ed|o|ou|und|and|or)\s)\s*"
_IN = r"(?:(?:en|in)\s+)?"
_LINK_WORD = r"liens?|links?|enlaces?|collegament[io]|verknüpfung(?:en)?"


@cache
def _marker() -> re.Pattern[str]:
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
    code = "|".join(sorted(codes, key=len, reverse=True))
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    token = rf"{_IN}(?:{code}|{name})"
    return re.compile(
        rf"(?i)\s*(?:\[\s*{token}(?:{_JOIN}{token})*\s*\]"  # [en], [ar/en], [en anglais]
        # a note with a link word, or ending in a language: [Liens en anglais], [en, come tutti
        # i link seguenti], [en su versión original en inglés]
        rf"|\[[^\[\]]{{0,60}}?(?:\b(?:{_LINK_WORD})\b[^\[\]]{{0,60}}|\b(?:en|in)\s+(?:{name}))\]"
        rf"|\(\s*(?:(?:en|in)\s+(?:{name})|{code})\s*\)"  # (en inglés), (fr)
        # (en anglais comme la plupart des liens du billet)
        rf"|\((?:en|in)\s+(?:{name})\b[^()]{{0,60}}?\b(?:{_LINK_WORD})\b[^()]{{0,60}}\)"
        # one a cut left open at the end: "... un discorso [en", "[en, come tutti i link…"
        rf"|\[\s*{token}(?:\s*[,/–—-][^\[\]]*)?$)"
    )


def without_link_notes(title: str) -> str:
    """`title` without its link notes, wherever they stand."""
    if "[" not in title and "(" not in title:
        return title
    rest = _marker().sub("", title)
    # a title cut inside its note keeps the sign that it was cut
    return rest + "…" if title.endswith("…") and not rest.endswith("…") else rest
