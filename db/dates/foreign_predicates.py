"""The predicate a subject's title lost to a relative clause, in Spanish, French, Italian and
Portuguese.

After an opening date the title is the segment a reader takes the date with; when that segment
is a subject alone and a relative clause between commas parts it from its verb ("El 3 de mayo,
los vecinos del barrio, que llevaban meses esperando, recibieron las llaves"), the title is the
subject and the predicate after the relative clause: "Los vecinos del barrio recibieron las
llaves". The relative clause opens with a relative pronoun ("que", "qui", "che", "cui", "dont",
"quien"); the predicate with a finite auxiliary or a simple past (`foreign_asides`).
"""

from __future__ import annotations

import re

from .foreign_asides import first_verb, opens_with_verb

_ARTICLE = re.compile(
    r"(?i)\W*(?:el|la|los|las|un|una|unos|unas|le|les|une|des|il|lo|gli|i|uno|l['’]|"
    r"o|a|os|as|um|uma)(?:(?![\w'’])|(?<=['’]))"
)
_RELATIVE = re.compile(
    r"(?i)\s*(?:que|qui|che|cui|dont|quien|quienes|cuy[oa]s?|il\s+quale|la\s+quale|"
    r"i\s+quali|le\s+quali|lequel|laquelle|o\s+qual|a\s+qual)(?![\w'’])"
)
_BOUNDARY = re.compile(r",\s")
_MAX_ASIDE = 2  # comma segments of the relative clause, at most
_SUBJECT_WORDS = 14


def predicate_after_relative(
    language: str, text: str, sentence: tuple[int, int], title: str, end: int
) -> str | None:
    """The title with the predicate after a relative clause at `end` (where the title's text
    ends) joined to it, when the title is a subject alone (module docstring); None otherwise."""
    if language not in ("es", "fr", "it", "pt"):
        return None
    if not _ARTICLE.match(title) or len(title.split()) > _SUBJECT_WORDS:
        return None
    if first_verb(language, title, 0, len(title)) is not None:
        return None  # a clause already
    comma = _BOUNDARY.match(text, end)
    if comma is None or not _RELATIVE.match(text, comma.end()):
        return None
    start = comma.end()
    for _ in range(_MAX_ASIDE):
        nxt = _BOUNDARY.search(text, start, sentence[1])
        if nxt is None:
            return None
        if opens_with_verb(language, text, nxt.end()):
            stop = _BOUNDARY.search(text, nxt.end(), sentence[1])
            predicate = text[nxt.end() : stop.start() if stop else sentence[1]]
            predicate = predicate.strip().rstrip(".!?")
            return f"{title.rstrip()} {predicate}" if predicate else None
        start = nxt.end()
    return None
