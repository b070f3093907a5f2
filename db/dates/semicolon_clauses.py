"""Dateless clauses after a semicolon, in a history's sentence whose clause before it is dated:
"Four poachers were tried at the quarter sessions in 1821; one was discharged and the other
three were sent to the hulks." A reader puts the discharge and the sending on 1821, the day or
year the sentence is on: the semicolon joins what followed from it. The publication-day pass
gives a clause told in the text's own past no event of its own (`publication_day`); these are
its clauses in the past after a semicolon, each on the date of the last event dated before that
semicolon in the sentence. Not a clause that moves on ("; later", "; by then", "; since then")
or looks back ("had been"), nor one in the present (the publication-day pass keeps those)."""

from __future__ import annotations

import re
from bisect import bisect_right

from .clause_events import clause_on
from .happenings import SentenceHappenings
from .model import DatedSentence
from .vague_amounts import told_in_past

# words after the semicolon that move the story on or back from the dated clause's time
_MOVES = re.compile(
    r"[\s,]*(?i:(?:and|but|so|while)\s+)?"
    r"(?i:later|afterwards?|subsequently|eventually|since|by\s+then|by\s+that\s+time|"
    r"until|till|today|now|nowadays|previously|earlier|before\s+that|formerly|once)\b"
)
_LOOKS_BACK = re.compile(r"(?i)\bhad\s+(?:been|not|never|already|\w+ed)\b")  # "had been built"


def semicolon_events(
    text: str,
    sentence: tuple[int, int],
    h: SentenceHappenings,
    taken: list[tuple[int, int]],
    dating: list[int],
    dated: list[DatedSentence],
) -> list[DatedSentence]:
    """The events of the dateless past clauses after a semicolon in `sentence` (its clauses
    `h`; `taken`: the spans of its dated events, `dated` those events; `dating`: where its
    dating expressions begin), each on the date of the last event dated before the semicolon."""
    b, e = sentence
    if not dated or text.find(";", b, e) < 0:
        return []  # the cheap test first: most sentences have no semicolon
    out: list[DatedSentence] = []
    ends = sorted(
        (d.timex.end, k) for k, d in enumerate(dated) if d.timex.text and not d.comparison
    )
    for got in h.undated(taken, dating):
        at = got.span[0]
        semi = text.rfind(";", b, at)
        if semi < 0 or _MOVES.match(text, semi + 1) or _MOVES.match(text, at):
            continue  # the time moves on after the semicolon
        k = bisect_right(ends, (semi, len(dated)))
        if not k or not told_in_past(text, *got.span) or _LOOKS_BACK.search(text, *got.span):
            continue
        base = dated[ends[k - 1][1]]  # the last event dated before the semicolon
        out.append(clause_on(base, got.title, got.span, status=got.status))
    return out
