"""A report of what did not happen is negated: "The coach said he had not yet spoken to the
board", "No injuries have been reported, police said", "It did not discuss the sale, she said".
A reader puts the report on the timeline as the news that it did not happen, so its status is
the content's. Only a negated happening gone by counts: a negated state or a quotation is told
as a happening ("said the house was not for sale", "isn't aware of any offer", "cautioned that it
showed a link, not a cause"), and so are what cannot be ("the ground cannot absorb more") and a
refused plan ("said on Wednesday they would not attend": the saying is the news)."""

from __future__ import annotations

from .cue_guard import guard
from .model import HAPPENED, NEGATED

# what one thinks, not what happens: "said it did not expect a bonus" is a telling
_STATES = r"(?:expect|know|believe|think|want|intend|plan|need|see|hope|feel|mind|care)\b"
# a negated verb group of a happening: "did not discuss", "had not yet spoken", "was not
# damaged", "never signed", "nobody was hurt", "No illnesses have been linked", "failed to
# return". Guarded: most reported clauses hold none of its words.
NEGATED_HAPPENING = guard(
    r"(?i)\b(?:(?:did|does|do)(?:\s+not|n['’]t)\s+(?:yet\s+|even\s+|ever\s+)?(?!"
    + _STATES
    + r")[a-z]+"
    r"|(?:had|has|have)(?:\s+not|n['’]t)\s+(?:yet\s+|ever\s+)?(?:been\s+[a-z]+(?:ed|en|wn)|"
    r"(?!been\b)[a-z]+)\b"
    r"|(?:was|were|is|are)(?:\s+not|n['’]t)\s+(?:yet\s+)?[a-z]+(?:ed|en|wn)\b"
    r"|never\s+[a-z]+(?:ed|en|wn|ght|t)\b"
    r"|(?:nobody|no\s+one|nothing)\s+(?:(?:was|were|(?:has|have|had)\s+been)\s+[a-z]+|[a-z]+ed\b)"
    r"|failed\s+to\s+[a-z]+)"
    r"|^\W*No\s+[a-z]+\s+(?:has|have|had|was|were)\s+(?:been\s+)?[a-z]+(?:ed|en|wn)\b"
)

_QUOTES = ('"', "“", "``", "‘")  # not "'": "don't", "Osei's"


def told_status(status: str, group: str, told: str, denied: bool) -> str:
    """A report's status, its content (of verb group `group`; `told`: its sentence up to the
    content's end) being `status`: negated where it tells a happening that did not come about,
    unless it is quoted ("'It was long, but I never doubted it,' he said": the saying is the
    news) or denied ("denied that he took the money": the denial happened); else the telling
    happened."""
    if status != NEGATED or denied or any(q in told for q in _QUOTES):
        return HAPPENED
    return NEGATED if NEGATED_HAPPENING.search(group) is not None else HAPPENED
