"""A negation whose date is "until" or "before" it: "no podrán volver a sus casas hasta el
lunes", "les travaux ne seront pas terminés avant la fin janvier", "non riaprirà prima di
lunedì", "não reabre antes de segunda-feira", "die Straße wird nicht vor Mitte Januar
freigegeben". What is said not to happen before the date happens on it: planned (or happened,
told in the past: "no llegó hasta el lunes"), not negated (`other_languages.status`).

The words are the bounds written before a date: prepositions, a closed list a language.
"""

from __future__ import annotations

import re

# "until" / "before" and an article, right before the date's words
_UNTIL = {
    "es": r"hasta(?:\s+(?:el|la|los|las|el\s+pr[óo]ximo|la\s+pr[óo]xima))?|antes\s+del?",
    "fr": r"avant(?:\s+(?:le|la|les|l['’]))?",
    "it": r"(?:prima|fino)\s+(?:di|a|al|alla|allo|del|della|dello)",
    "pt": r"antes\s+d[eoa]s?|at[ée](?:\s+(?:[oa]s?|ao|à))?",
    "de": r"vor(?:\s+(?:dem|der))?|bis(?:\s+(?:zum|zur))?",
}
# ... and a part of the month between: "hasta finales de enero", "avant la mi-janvier"
_PART = {
    "es": r"(?:finales|principios|mediados|fin|inicios|comienzos)\s+de(?:l|\s+la)?",
    "fr": r"(?:(?:la\s+)?fin|(?:le\s+)?début)\s+(?:de\s+|d['’]|du\s+)?|(?:la\s+)?mi-",
    "it": r"(?:fine|inizio|metà)\s+(?:di|del|della)?",
    "pt": r"(?:finais|fim|início|inícios|meados)\s+d[eoa]",
    "de": r"Mitte|Anfang|Ende",
}
_BOUND = {
    k: re.compile(rf"(?i)(?<![\w'’])(?:{v})(?:\s*(?:{_PART[k]}))?\s*$") for k, v in _UNTIL.items()
}


def not_until(language: str, clause: str, negation: re.Match[str], date: int) -> bool:
    """Whether the date at offset `date` of `clause` (-1: not known) is the bound of the
    negation at `negation` before it: "not until" the date."""
    if date < 0 or date <= negation.end() or language not in _BOUND:
        return False
    return _BOUND[language].search(clause[max(negation.end(), date - 30) : date]) is not None
