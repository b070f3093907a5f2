"""A bare year inside a German perfect or pluperfect clause: "Sie hatte die Firma 1962 in einer
Garage gegründet", "Das Werk ist 1985 geschlossen worden", "Er wurde 1931 in Köln geboren". The
auxiliary comes before the year and the participle closes the clause after it, with only
lower-case words between (prepositions, articles, adverbs, and capitalised nouns after them):
an amount there is followed by its noun, capitalised ("1962 Euro", "1500 Menschen"), or an
adjective and its noun ("1500 neue Wohnungen"), never straight by a preposition or a participle.
Only participles with "ge" or "-iert": "1962 eröffnet", "2000 in bar bezahlt" stay amounts.
"""

from __future__ import annotations

import re

_AUXILIARY = re.compile(
    r"(?i)\b(?:hat|hatte|hatten|haben|ist|war|waren|sind|wurde|wurden|worden)\b[^,;:.!?]*$"
)
# the year, then a preposition (its phrase may hold nouns) or the participle itself, up to the
# clause's end
_THEN_PARTICIPLE = re.compile(
    r"\s+(?:(?:in|im|an|am|auf|mit|von|vom|nach|bei|zum|zur|für|aus|unter|über|vor|erstmals|"
    r"gemeinsam|selbst|allein)\s+[^,;:.!?]{0,60}?\s+)?"
    r"(?:ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+ge[a-zäöüß]+(?:t|en)|[a-zäöüß]+iert)"
    r"(?:\s+(?:worden|war|ist|hatte|hat|wurde))?\s*(?:[.,;!?]|$)"
)


def year_in_perfect(before: str, after: str) -> bool:
    """Whether a bare year between `before` and `after` sits between a German auxiliary and
    the past participle closing its clause."""
    return bool(_AUXILIARY.search(before)) and bool(_THEN_PARTICIPLE.match(after))
