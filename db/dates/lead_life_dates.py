"""A birth told without its date in a biography whose opening sentence gives the life's dates
in brackets: "Roald Amundsen (16 July 1872 - c. 18 June 1928) was a Norwegian explorer. ...
Early life. Amundsen was born into a family of shipowners at Borge." A reader places the birth
on the bracket's first date, at its precision. Only the text's first "was born" (or "is/were
born"), in a sentence with no date of its own; used by `life_events`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .model import REFERENCE, Anchor, DatedSentence, Timex
from .year_events import StoryContext, happenings_of, sentence_at

# "(16 July 1872 – c. 18 June 1928)", "(born 3 May 1901)", "(1872–1928)": the opening bracket
# ("(c. 1815 – 1880)", "(born c. 1815)": a circa birth is the bracket's first date all the same)
_LIFE_BRACKET = re.compile(
    r"\(\s*(?:born\s+|b\.\s*)?(?:(?:c|ca)\.\s*|circa\s+)?(?=\d|[A-Z][a-z]+\s+\d)"
)
_BRACKET_REACH = 150  # characters into the first sentence the bracket may open
_BORN = re.compile(r"\b(?:was|were|is)\s+born\b")
_YEAR = re.compile(r"^-?\d{4}")
# a life's bracket: "(born 1815", "(b. 1815" or two dates joined by a dash ("1815 – 9 May 1880")
_LIFE_SPAN = re.compile(r"\((?:\s*(?:born|b\.)\s|[^()]*\d\s*[–—-]\s*(?:c\.\s*)?[\dA-Z])")
RULE = "life"


def lead_birth(story: StoryContext) -> DatedSentence | None:
    """The event of the first dateless "was born" clause after the opening sentence, placed
    on the opening bracket's first date; None where there is none."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    if not sentences or "born" not in text:
        return None
    birth = _bracket_birth(text, sentences, mentions)
    if birth is None:
        return None
    se = sentences[0][1]
    start, _end, precision = birth.res.dating
    born = _BORN.search(text, se)
    if born is None:
        return None
    si = sentence_at(text, sentences, born.start())
    if si <= 0 or any(m.sent == si for m in mentions):
        return None  # "was born on 3 May 1901 in Leeds": its own date dates it
    h = happenings_of(story, si)
    got = h.of(born.end(), born.end(), start)  # an empty span: the title keeps "was born"
    if got.empty or got.span is None:
        return None
    anchor = Anchor(
        REFERENCE, birth.res.value, text[birth.begin : birth.end], birth.begin, birth.end
    )
    timex = Timex(
        born.start(), born.end(), text[born.start() : born.end()], "DATE", start, anchor, RULE
    )
    b, e = sentences[si]
    return DatedSentence(
        b, e, start, None, precision, timex, title=got.title, title_span=got.span, status=got.status
    )


def bracket_birth_year(
    text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any]
) -> int | None:
    """The year of the opening bracket's first date ("Ada Wren (3 March 1815 - 1880) was ..."),
    from which a later "At fifteen she ..." counts; None where the text opens with no such
    bracket."""
    birth = _bracket_birth(text, sentences, mentions) if sentences else None
    if birth is not None and not _LIFE_SPAN.search(text, sentences[0][0], birth.begin + 40):
        return None  # "The Long Parliament (1640) met ...": a bracket, but no life in it
    year = _YEAR.match(birth.res.dating[0]) if birth is not None else None
    return int(year.group()) if year else None


def _bracket_birth(
    text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any]
) -> Any | None:
    """The first date expression inside the opening sentence's life bracket, else None."""
    sb, se = sentences[0]
    bracket = _LIFE_BRACKET.search(text, sb, min(se, sb + _BRACKET_REACH))
    if bracket is None:
        return None
    close = text.find(")", bracket.end(), se)
    birth = next(
        (m for m in mentions if m.sent == 0 and bracket.end() <= m.begin < max(close, 0)), None
    )
    if birth is None or birth.res.dating is None or birth.comparison:
        return None
    return birth
