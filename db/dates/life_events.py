"""Happenings of a life story that no date expression dates, placed as a reader of a biography
places them (issue 13, item 1):

- by an age after a birth year: "born in Uppsala in 1741 ... at the age of twelve she was
  apprenticed", "Aged nineteen, she left", "At sixteen he joined", "when she was seven": the
  birth year plus the age, at year precision. TimeML marks no age as a temporal expression, so
  these are events only, like `reign_events`.
- by sequence alone: "He then moved to India." happens at the story's current time, the year of
  the last date the story named (its day, where that was a day told a sentence or two before in
  the same paragraph: `then_days`); so do the clause before "and ... a week later"
  (`later_conjuncts`) and a report no date dates (`undated_reports`).

Only in a story told in its own past (`extract`'s reference time), and only where no date of
the sentence already dates that clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .amounts_after_days import amounts_after_days
from .birthdays import birthday_events
from .colon_elaborations import colon_elaborations
from .cue_guard import guard
from .later_conjuncts import later_conjuncts
from .lead_life_dates import bracket_birth_year, lead_birth
from .lexicon import number_of
from .model import PUBLICATION_DAY, DatedSentence
from .then_days import on_day, then_day
from .undated_reports import undated_reports
from .year_events import StoryContext, happenings_of, sentence_at, year_event

_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_AGE_WORD = rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?|{_TEENS}|{_UNITS})"
_AGE_NUM = rf"(?:\d{{1,2}}|{_AGE_WORD})"
# after its verb ("went to sea at fourteen."), only an age no clock hour can be ("at ten.")
_OVER_TWELVE = (
    rf"(?:(?:{_TENS})(?:-(?:{_UNITS}))?"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# (The lookahead on the first letters spares the alternation at most positions.)
_AGE = guard(
    rf"(?=[afwAFW])(?i:\b(?:at|from)\s+the\s+age\s+of\s+(?P<a>{_AGE_NUM})\b"
    rf"|\baged\s+(?P<b>{_AGE_NUM})\b(?!\s+(?:between|from|under|over)\b)"
    rf"|\bwhen\s+(?:he|she)\s+was\s+(?P<c>{_AGE_NUM})(?:\s+years?\s+old)?(?=\s*[,.;:)]|\s+and\b)"
    rf"|\bat\s+(?P<d>{_AGE_WORD})\s*,?\s+(?=(?:he|she)\s+[a-z])"
    rf"|\bat\s+(?P<e>{_OVER_TWELVE})(?=\s*[,.;:)]|\s+and\b)"
    # "At 25 he", "at 31, she": a figure no clock hour can be, before its subject
    r"|\bat\s+(?P<f>1[3-9]|[2-9]\d)\s*,?\s+(?=(?:he|she)\s+[a-z]))"
)
# born ..., its date after it in the same sentence ("was born in Whitby in 1811", "(born 1741)")
_BORN = re.compile(r"\bborn\b")
# "He then moved", "and then joined", "It was then bought", "Then, in the spring, ...": what
# follows the last date
# (only "then" is taken out of the title: "She then took rooms" stays whole)
# (The lookahead on the first letters spares the look-behind at most positions.)
_THEN = guard(
    r"(?=[HhSsTtaIi])(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|and)\s+(?:was\s+|were\s+)?(?P<t>then)"
    r"|(?<![\w,] )\b(?P<T>Then)\b,?)\s+(?=[a-z]|I\s)"  # "Then I rang"
)
_YEAR = re.compile(r"^-?\d{4}")
_AND = re.compile(r",?\s+and\s+(?=[a-z])|,\s+(?:which|who|where)\s")
RULE = "life"  # the rule name stored with the events it dates
_OLDEST = 110  # no age beyond this dates anything
_RETIRED = re.compile(r"\b(?:retired|stepped\s+down|stood\s+down)\b")
_RANGE_REACH = 3  # sentences back a term's range still frames a retirement


def life_events(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for each clause an age or "then" dates that no date dates."""
    text, sentences, mentions = story.text, story.sentences, story.mentions
    found: list[tuple[tuple[int, int], str, bool]] = []
    ages: list[tuple[int, int]] = []  # the age's words ("when he was seventeen")
    # the words `_RETIRED` needs, without which `_range_end` finds nothing
    retired = "retired" in text or ("down" in text and ("stepped" in text or "stood" in text))
    # a life told by its opening bracket ("Ada Wren (3 March 1815 - 1880) was ...")
    lead = "born" in text or bracket_birth_year(text, sentences, mentions) is not None
    by_age = lead or retired
    age_matches = list(_AGE.finditer(text)) if by_age else []  # one pass for both uses
    if lead:
        for match in age_matches:
            age = number_of(next(g for g in match.groups() if g))
            birth = _birth_year(text, sentences, mentions, match.start())
            if age is not None and birth is not None and 0 < age <= _OLDEST:
                found.append((_aged_at(text, match), str(birth + age), True))
                ages.append(match.span())
    if retired:
        for match in age_matches:
            year = _range_end(text, sentences, mentions, match.start())
            if year is not None and _birth_year(text, sentences, mentions, match.start()) is None:
                found.append((match.span(), year, False))
    if "then" in text or "Then" in text:
        for match in _THEN.finditer(text):
            year = _last_year(mentions, match.start())
            if year is not None:
                # "At a quarter to two a call came ... Then I rang": that night's day
                year = then_day(text, sentences, mentions, match.start()) or year
                found.append((match.span("t" if match["t"] else "T"), year, False))
    extra: list[DatedSentence] = []
    for at, year, aged in sorted(found):
        # an age after a birth is the story's past wherever it is told
        got = _placed(replace(story, in_story=lambda _s: True) if aged else story, out, at, year)
        if got is not None and len(year) == len("2000-01-01"):
            got = on_day(got, year)
        if got is not None and not any(x.clause == got.clause for x in extra):
            extra.append(got)
    born = lead_birth(story)  # "(16 July 1872 - ...)"
    if born is not None and not any(x.clause == born.clause for x in extra):
        extra.append(born)
    if not extra:
        return _story_time(story, out)
    # the publication day was only a guess for a clause nothing dated
    out = [d for d in out if d.timex.rule != PUBLICATION_DAY or not _under(d, extra, ages)]
    return _story_time(story, sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0])))


def _story_time(story: StoryContext, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with the clauses placed at the story's current time: the one before "and ... a week
    later" (`later_conjuncts`), a report no date dates (`undated_reports`); and those "on his
    fifteenth birthday" (`birthdays`), "six weeks after they landed on 3 March"
    (`amounts_after_days`) and "came ten years later: on 29 August 1831 ..." date
    (`colon_elaborations`)."""
    out = undated_reports(story, later_conjuncts(story, out))
    return colon_elaborations(story, amounts_after_days(story, birthday_events(story, out)))


def _placed(
    story: StoryContext, out: list[DatedSentence], at: tuple[int, int], year: str
) -> DatedSentence | None:
    """The event of the clause the words `at` are in, in `year`; None where a date of its own dates
    that clause, where it has no happening, or outside a story's past."""
    text, sentences, mentions, dct = story.text, story.sentences, story.mentions, story.dct
    start, end = at
    si = sentence_at(text, sentences, start)
    if si < 0 or not story.in_story(si):
        return None
    if dct is not None and year > dct[:4] and len(year) == len(dct[:4]):
        return None  # an age past the publication year: not this life's
    sb = sentences[si][0]
    own = [m for m in mentions if m.sent == si]
    h = happenings_of(story, si)
    got = h.of(start, end, year)
    if got.empty or got.span is None:
        return None
    b, e = got.span
    title = got.title
    # "won a scholarship at the age of eleven and went up in October 1939", "was born in
    # 1811 and left school at the age of twelve": the age dates its half, the date the other
    later = [m.begin for m in own if end <= m.begin < e]
    cut = _AND.search(text, end, later[0]) if later else None
    earlier = [m.end for m in own if b <= m.begin < start]
    cuts = list(_AND.finditer(text, earlier[-1], start + 1)) if earlier else []
    if (cut is not None or cuts) and not (earlier and not cuts):
        e = cut.start() if cut is not None else e
        b = cuts[-1].end() if cuts else b
        title = " ".join(f"{text[b:start]} {text[end:e]}".split()).strip(" ,.;")
        title = title[:1].upper() + title[1:]
    if any(b <= m.begin < e for m in own):
        return None  # a date of its own clause dates it
    if any(d.begin == sb and d.clause == (b, e) and d.timex.rule != PUBLICATION_DAY for d in out):
        return None
    return year_event(text, sentences[si], at, year, RULE, title, (b, e), got.status)


def _aged_at(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Where the happening an age dates is: the age's own words, but for "when he was
    seventeen" the clause it is subordinate to, after it ("When she was nine, she sang") or
    before it ("His father died when he was seven")."""
    if not match["c"]:
        return match.span()
    comma = re.match(r"\s*,\s*", text[match.end() :])
    near = max(match.start() - 40, 0)
    word = re.search(r"\w+\W*$", text[near : match.start()])  # the word before "when"
    opens = re.search(
        r"(?:^|[.;:!?,\n]|\band)\s*$", text[max(match.start() - 6, 0) : match.start()]
    )
    if comma is not None and (opens or word is None):
        at = match.end() + comma.end()
    elif word is not None:
        at = near + word.start()
    else:
        at = match.end()
    return at, at


def _under(d: DatedSentence, extra: list[DatedSentence], ages: list[tuple[int, int]]) -> bool:
    """Whether `d`'s clause overlaps one of `extra`'s or holds an age."""
    b, e = d.clause
    return any(x.begin == d.begin and x.clause[0] < e and b < x.clause[1] for x in extra) or any(
        b <= a < e for a, _ in ages
    )


def _birth_year(
    text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any], at: int
) -> int | None:
    """The year of the last birth told before `at`: the first date after "born" in its
    sentence, else (a birth told without its date, or none told) the opening bracket's first
    date."""
    born = None
    for m in _BORN.finditer(text, 0, at):
        born = m
    if born is None:
        return bracket_birth_year(text, sentences, mentions)
    si = sentence_at(text, sentences, born.start())
    for m in mentions:
        if m.begin > born.start() and m.sent == si and m.res.dating is not None:
            year = _YEAR.match(m.res.dating[0])
            return int(year.group()) if year else None
    return bracket_birth_year(text, sentences, mentions)


def _range_end(
    text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Any], at: int
) -> str | None:
    """For a retirement at an age no birth dates ("director from 1903 to 1937. ... She retired
    at the age of seventy."): the end year of the last range named a few sentences before, the
    term the retirement ends; else None."""
    si = sentence_at(text, sentences, at)
    sb, se = sentences[si]
    if not _RETIRED.search(text, sb, se):
        return None
    ends = [m for m in mentions if m.joined and m.begin < at and si - m.sent <= _RANGE_REACH]
    year = _YEAR.match(ends[-1].res.value or "") if ends else None
    return year.group() if year else None


def _last_year(mentions: Sequence[Any], at: int) -> str | None:
    """The year of the last date before `at` (the story's current time), else None."""
    before = [m for m in mentions if m.begin < at and m.res.dating is not None]
    while before and before[-1].comparison:
        before.pop()
    if not before:
        return None
    year = _YEAR.match(before[-1].res.dating[0])
    return year.group() if year else None
