"""What should have happened and did not: "el cantiere avrebbe dovuto chiudersi a metà
dicembre", "las obras deberían haber terminado en marzo", "le chantier aurait dû s'achever en
juin", "a obra deveria ter terminado em maio", "die Brücke hätte im Herbst fertig sein sollen".
The conditional perfect of "must" tells a plan gone unmet: its date is negated
(`other_languages.status`), as a plan called off.

Auxiliaries and the modal's participle, a closed list a language.
"""

from __future__ import annotations

import re

_SHOULD_HAVE = {
    "es": r"deber[íi]an?\s+haber|ten[íi]an?\s+que\s+haber|habr[íi]an?\s+debido|hubieran?\s+debido",
    "fr": r"aurai(?:t|ent)\s+(?:d[ûu]|fallu)",
    "it": r"avrebbe(?:ro)?\s+dovuto|sarebbe(?:ro)?\s+dovut[oaie]",
    "pt": r"deveria(?:m)?\s+ter|teria(?:m)?\s+de\s+ter",
    "de": r"hätten?\b[^.;:!?]{0,80}?\bsollen",
}
_PATTERNS = {k: re.compile(rf"(?i)(?<![\w'’])(?:{v})(?![\w'’])") for k, v in _SHOULD_HAVE.items()}


def should_have(language: str, clause: str) -> bool:
    """Whether `clause` says its happening should have taken place (and so did not)."""
    pattern = _PATTERNS.get(language)
    return pattern is not None and pattern.search(clause) is not None
