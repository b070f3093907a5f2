"""Happenings an ordinal term, season or year of a tenure dates: "In his second term the guild
built a hall", "In its third season the club reached the final", "In her second year at the
academy she won a prize", a memoir's "In my third year the science block opened". No date
expression is in the clause (TimeML marks none), yet a reader counts it from the tenure's start
the story gave ("was elected in 1902 for a term of four years": the second term is 1906's;
"re-elected in 2002": her second term is 2002's; "joined the league in 1985": its third season
is 1987's; "started ... in the September of 1958": the third year is 1960's), at year
precision. Only in a story told in its own past, where no date of the sentence dates the
clause, and where the text says how long a term is (a season or a year is one)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .cue_guard import guard
from .lexicon import ORDINALS, number_of
from .model import DatedSentence
from .year_events import StoryContext, add_year_events, sentence_at

_ORDINAL = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|first"
_TENURE = guard(
    r"\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|(?:[Ee]arly|[Ll]ate)\s+in)\s+(?:his|her|their|its|my|our)\s+"
    rf"(?P<o>{_ORDINAL})\s+(?:full\s+)?(?P<kind>term|season|year)\b(?!\s*,?\s*(?:of|to)\b)"
)
# The words before a date that start a tenure, and those that renew a term.
_STARTS = re.compile(
    r"(?i)\b(?:elected|appointed|took\s+office|sworn\s+in|joined|signed|arrived|entered|"
    r"went\s+up|enrolled|became|founded|took\s+over|named|admitted|started|began)\b[^.;]{0,60}$"
)
_RENEWED = re.compile(r"(?i)\b(?:re-?elected|re-?appointed)\b[^.;]{0,40}$")
_TERM_YEARS = re.compile(r"(?i)\b(?:terms?\s+of\s+(?P<a>\w+)\s+years|(?P<b>\w+)-year\s+terms?)\b")
_YEAR = re.compile(r"^\d{4}(?:-\d\d)*$")  # a start told by its year, month or day
_REACH = 2500  # characters back the tenure's start may stand
RULE = "tenure"


def tenure_events(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for each clause an ordinal term, season or year of a tenure opens
    that no date dates."""
    text, sentences, mentions, dct = story.text, story.sentences, story.mentions, story.dct
    if " term" not in text and " season" not in text and " year " not in text:
        return out
    found = []
    for match in _TENURE.finditer(text):
        si = sentence_at(text, sentences, match.start())
        if si < 0 or not story.in_story(si):
            continue
        year = _counted_year(text, mentions, match)
        if year is not None and (dct is None or year <= dct[:4]):
            found.append((match, si, year))
    return add_year_events(story, out, found, RULE)


def _year_of(m: Any) -> int | None:
    dating = m.res.dating
    return int(dating[0][:4]) if dating and _YEAR.match(dating[0]) else None


def _counted_year(text: str, mentions: Sequence[Any], match: re.Match[str]) -> str | None:
    """The year the ordinal unit begins: the tenure's start plus the units before it, or the
    renewal that opened it; None where the text gives no start or no term's length."""
    n = ORDINALS[match["o"].lower()]
    at = match.start()
    start, renewals = None, []
    # (a reversed copy, not `reversed`: mypyc crashes on `reversed` of a list of Any)
    for m in [m for m in mentions if at - _REACH < m.begin < at][::-1]:
        year = _year_of(m)
        if year is None or m.comparison:
            continue
        before = text[max(0, m.begin - 80) : m.begin]
        if _RENEWED.search(before):
            renewals.append(year)
        elif _STARTS.search(before):
            start = year
            break
    if start is None:
        return None
    renewals = sorted(y for y in renewals if y > start)
    if match["kind"] == "term":
        if 2 <= n <= len(renewals) + 1:
            return str(renewals[n - 2])  # "re-elected in 2002": her second term
        length = _term_years(text, at)
        return None if length is None else str(start + (n - 1) * length)
    return str(start + n - 1)


def _term_years(text: str, at: int) -> int | None:
    """How many years a term is, as the text said before `at` ("for a term of five years",
    "a four-year term"), else None."""
    found = None
    for found in _TERM_YEARS.finditer(text, max(0, at - _REACH), at):  # noqa: B007
        continue
    if found is None:
        return None
    years = number_of(found["a"] or found["b"])
    return years if years is not None and 1 <= years <= 10 else None
