"""The verb of reported words that an aside parted from their subject, in Spanish, French,
Italian and Portuguese: "La empresa anunció ayer que su fábrica de Villamayor, abierta en 1990,
cerrará en marzo" is titled, for "ayer", "La empresa anunció que su fábrica de Villamayor
cerrará", not "... que su fábrica de Villamayor" (the title's segment ends at the aside's
comma). The aside opens with a participle ("abierta", "renovado", "fermée") or a relative
pronoun ("dont", "cuyo", "che"), is one or two comma segments long, and the next segment
opens with a verb: a word in lower case that is no article, preposition or pronoun. That
segment, without its own date, ends the title.

Closed-class words only: the reported clause's "que", articles and possessives, prepositions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .foreign_asides import first_verb

_THAT = re.compile(r"(?i)(?<![\w'’])(?:que|qu['’]|che)\s*(?P<subject>[^,;:]+)$")
_SUBJECT_WORDS = 10
_ASIDE = re.compile(
    r"(?i),\s+(?:que|qui|che|cui|dont|cuy[oa]s?|cuj[oa]s?|il\s+quale|la\s+quale|"
    r"(?-i:[a-zà-ÿ])[^\W\d_]*(?:ad|id|at|ut|it|é|i|u|is|ert|ost|eit|ert)(?:[oa]s?|e|es|i|s)?)"
    r"(?![\w'’])"
)
# words a verb's segment does not open with: articles, prepositions, pronouns, conjunctions
_NOT_VERB = re.compile(
    r"(?i)(?:el|la|los|las|le|les|lo|il|gli|i|o|os|as|un|una|une|uno|um|uma|des|del|de|du|"
    r"di|da|do|dos|das|en|em|in|a|al|au|aux|à|ao|con|com|avec|por|par|per|pour|para|sin|"
    r"sans|senza|sem|sobre|sur|su|entre|tra|fra|y|e|et|ou|o|ma|mais|mas|pero|que|qui|che|"
    r"cui|dont|donde|où|dove|onde|según|selon|secondo|segundo|il\s+y\s+a|hace|fa|há)"
    r"(?![\w'’])"
)
_BOUNDARY = re.compile(r",\s")
_MAX_ASIDE = 2
_VERB_START = re.compile(r"\s*(?-i:[a-zà-ÿ])")


def reported_predicate(
    language: str,
    text: str,
    sentence: tuple[int, int],
    title: str,
    end: int,
    others: Sequence[tuple[int, int]],
    cut: Callable[[int, int, int, int], str],
) -> str | None:
    """`title`, ending on the subject of reported words before an aside at `end`, with the
    verb's segment after the aside joined (module docstring); None where that is not so.
    `cut(b, e, at, until)` is text[b:e] without the date at [at, until)."""
    if language not in ("es", "fr", "it", "pt"):
        return None
    that = _THAT.search(title)
    if that is None or len(that["subject"].split()) > _SUBJECT_WORDS:
        return None
    if first_verb(language, title, that.start("subject"), len(title)) is not None:
        return None  # the reported words have their verb
    if _ASIDE.match(text, end) is None:
        return None
    start = end + 1
    for _ in range(_MAX_ASIDE):
        nxt = _BOUNDARY.search(text, start, sentence[1])
        if nxt is None:
            return None
        at = nxt.end()
        if _VERB_START.match(text, at) and not _NOT_VERB.match(text, at):
            stop = _BOUNDARY.search(text, at, sentence[1])
            b, e = at, stop.start() if stop else sentence[1]
            inside = [o for o in others if b <= o[0] < e]
            predicate = cut(b, e, *inside[0]) if len(inside) == 1 else text[b:e]
            if len(inside) > 1:
                return None
            predicate = predicate.strip().rstrip(".!?").strip()
            return f"{title.rstrip()} {predicate}" if predicate else None
        start = at
    return None
