"""A past day's story told on without dates: "Firefighters reached the mill at 4.10 a.m. on
Saturday. The roof collapsed an hour later. Nobody was inside." A reader puts the collapse and
the empty mill on Saturday, not on the publication day, and so does a bare clock time a few
sentences on ("The last crews left at 6 p.m."): it needs a day, and the story's is the last
told.

So an event the publication-day pass placed on the publication day (a dateless clause) or a
clock time with no day of its own that fell back to the publication date goes to the day of the
last date before it, when that date is a specific day before the publication day and:
- it is in the same paragraph, or in the one before when the event comes before any date of its
  own paragraph (a clock time looks two paragraphs back, over months and years that give it no
  day);
- the clause is told in the past (not "is seeking", "has offered", "will meet") and tells a
  happening: not a report or reaction ("the owners called it regrettable": news of the report's
  day; a trailing "..., police said." does not count), a quotation, a state ("was a 30-year-old
  vessel", "included"), a look back ("had warned") or a time told from now ("recently").
A date of the publication day itself ("schools stayed closed on Tuesday") or one that is no day
("in November", "since Monday") ends the run; a plan ("is due to play on Saturday"), a
comparison, a date in an aside (", which opened on May 4,", ", where ... at dawn,"), a date
inside quotation marks (the speaker's time), a day naming a happening ("the March 3 deal")
or a report dated to the publication day ("their
union said on Thursday") leaves it running, and so does a report or a state of a later day
before it ("The owner yesterday told police ...", "Crews remained wary on Friday"); a look back
("had begun on May 2") starts no run of clauses (a clock time still takes them), and a night
("on Monday night": what follows may be the next day) or "yesterday" (told from the report's
present) after its verb one to the end of its sentence only; opening its sentence, a night or
"yesterday" sets a scene ("On Saturday night crews were called to the quay. They found two
boats burning"). A perfect or a future told after a scene's day ends it (`news_scenes`:
"Officers have since searched his flat and found a rifle").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from .attributed_negation import ATTRIBUTION, attributed_status
from .clause_events import moved_to_day
from .clause_verb_words import ATTRIBUTION_VERBS, DATED_REPORTS
from .counted_tails import counted_tail
from .cue_guard import guard
from .model import (
    HAPPENED,
    NEGATED,
    PLANNED,
    PUBLICATION,
    PUBLICATION_DAY,
    REFERENCE,
    DatedSentence,
    Timex,
)
from .news_scenes import ends_scene, opens_scene, without_dispatches
from .relative_asides import inside, relative_asides
from .relative_tails import relative_cut
from .reported_happenings import reported_happening, split_dated_report
from .reported_states import without_reported_states
from .reported_tolls import split_reported_toll
from .retold_accounts import retold_content
from .scheduled_objects import ends_in_scheduling
from .sentences import BLANK_LINE
from .story_asides import counted_aside
from .vague_amounts import told_in_past

_CLOCK_REACH = 2  # paragraphs a bare clock time looks back for its day
# "... their union said on Thursday": a report's own date, the day of the news, not of the story
_REPORTED_ON = guard(
    rf"(?i)\b(?:{'|'.join(DATED_REPORTS)}|told\s+(?:\w+\s+){{1,3}}?)"
    r"(?:\s+(?:late|early))?\s+(?:on\s+)?$"
)
# the reporting verbs that attribute news, and the speech acts ("urged", "accused") that do too
_SPEECH_VERBS = "|".join(sorted(ATTRIBUTION_VERBS))
_SPEECH = guard(rf"(?i)\b(?:{_SPEECH_VERBS})\b")
_QUOTE = re.compile(r"[\"“”]|``|''")
# a state, not a happening: "was not a defendant", "included", "remained"
_STATE = guard(
    r"(?i)\b(?:(?:was|were)\s+(?:not\s+|still\s+|also\s+)?(?:a|an|the|one|among|very|in|at)\b|"
    r"included|featured|contained|consisted|belonged|owned|knew|seemed|remained|resembled)\b"
)
_FROM_NOW = guard(r"(?i)\b(?:recently|lately|so\s+far|still|currently|ever\s+since)\b")
_WHERE_ASIDE = re.compile(r"(?i),\s+(?:where|when)\b[^,;:()–—]*$")
# "had lost", "had already opened"; not "had to", "had a meeting"
PLUPERFECT = guard(
    r"(?i)\bhad\s+(?:not\s+|already\s+|just\s+|never\s+)?(?!to\b|an?\b|the\b|no\b)[a-z]+"
)
# the day of a report or a publication: what follows is its content, news of the report's day
_REPORT_DAY = guard(rf"(?i)\b(?:{_SPEECH_VERBS}|published|issued)\b")
# "the March 3 agreement", "the 4 May vote": a date between an article and its noun
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|he|she|it|they|we|i|his|her|their|its|and|or|to|in|on|at|of|by|for|"
    r"with|from|when|after|before|as|that|this)\b)[a-z][a-z-]+\b(?![,.;:])"
)
_POSSESSIVE = re.compile(r"['’]s\b")
_SCENE_OCCASION = re.compile(r"\s*(?:At|During)\s+(?:(?i:last)\s+)?")
_DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})


def carry_story_days(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` (the dated events in reading order) with each publication-day event that goes on a
    past day's story moved to that day (module docstring); the others unchanged."""
    if not any(_candidate(d, dct, set()) for d in out):
        return out
    paras = [0] + [m.end() for m in BLANK_LINE.finditer(text)]
    first_date: dict[int, int] = {}  # each paragraph's first date expression
    for d in out:
        if _own_date(d) and d.status != PLANNED:  # a plan's date leaves the run going on
            para = _para(paras, d.timex.begin)
            first_date[para] = min(first_date.get(para, d.timex.begin), d.timex.begin)
    # "from 5 p.m. ... just after 8 p.m.": told from the first; and the later days' news
    # the story runs past ("yesterday told police ... The fire broke out at 10:30am")
    moved_clocks: set[int] = set()
    plans = sorted(d.timex.begin for d in out if _own_date(d) and d.status == PLANNED)
    dayless = frozenset(d.timex.begin for d in out if _candidate(d, dct, set()) == "clock")
    story: DatedSentence | None = None  # the last date's event while a past day runs
    within = len(text)  # where its scene ends: its sentence's end for a night after its verb
    day: DatedSentence | None = None  # the last specific day told, for clock times
    moved: dict[int, DatedSentence] = {}  # by index in `out`, whose order stays
    added: dict[int, DatedSentence] = {}  # a dated report's content, after it
    account, teller = -1, ""  # the paragraph and words of the last report whose content went
    for k in sorted(range(len(out)), key=lambda i: _position(out[i])):
        d = out[k]
        kind = _candidate(d, dct, moved_clocks, dayless)
        if kind:
            at = _position(d)[0]
            para = _para(paras, at)
            source = story if kind == "clause" else day
            # "He said he went home": more of an account whose content went to the story's day
            retold = para == account and retold_content(text, *d.clause, teller, told_past)
            if (
                source is not None
                and (
                    retold
                    or _reaches(
                        kind,
                        _para(paras, source.timex.begin),
                        para,
                        at < first_date.get(para, at + 1),
                    )
                )
                and (
                    retold
                    or not (
                        kind == "clause"
                        and (at >= within or ends_scene(text, source.clause[1], d.clause[1], plans))
                    )
                )
                and (there := _moved(text, d, source, retold)) is not None
            ):
                moved[k] = there
                if kind == "clock":
                    moved_clocks.add(d.timex.begin)
                continue
        elif _own_date(d) and not d.comparison:
            if (
                d.status == PLANNED
                or reported_on(text, d, dct)
                or in_aside(text, d)
                or quoted(text, d)
                or naming(text, d)
            ):
                pass  # a plan, the report's own day, an aside, a speaker's words: it runs on
            elif story is not None and _later_news(text, d, story, dct):
                moved_clocks.add(d.timex.begin)  # a clock told from it is the story's
                parts = split_dated_report(text, d, story, told_past)
                account = _para(paras, d.timex.begin) if parts else -1  # "He said he ..."
                teller = parts[0].title if parts else ""
                if (parts := parts or split_reported_toll(text, d, story)) is not None:
                    moved[k], added[k] = parts  # "yesterday told police he left a stove on"
            elif PLUPERFECT.search(text, d.begin, d.timex.begin):
                story = None  # "The talks had begun on May 2": a look back, not the story's day
            elif d.precision in _DAY_PRECISIONS and d.start[:10] < dct and d.end_date is None:
                day = d
                story = None if _not_a_run(text, d) else d
                within = d.end if story is not None and _sentence_scene(text, d) else len(text)
            else:
                story = None
                if d.precision in _DAY_PRECISIONS:
                    day = None  # the publication day, or one ahead
    if added:  # the content after its report
        return [x for k, d in enumerate(out) for x in (moved.get(k, d), added.get(k)) if x]
    return [moved.get(k, d) for k, d in enumerate(out)]


def _position(d: DatedSentence) -> tuple[int, int]:
    """Where an event stands in reading order: its date, else its clause."""
    return (d.timex.begin if d.timex.text else d.clause[0], d.clause[0])


def _own_date(d: DatedSentence) -> bool:
    return bool(d.timex.text) and not d.around


def _candidate(
    d: DatedSentence, dct: str, moved_clocks: set[int], dayless: frozenset[int] = frozenset()
) -> str:
    """ "clause" for a dateless clause on the publication day, "clock" for a clock time that fell
    back to the publication date (or was told from one `moved_clocks` moved or a later day's
    news the story ran past, or from a later clock of `dayless`, those that fell back to the
    publication date), else ""."""
    if d.status not in (HAPPENED, NEGATED):
        return ""
    t = d.timex
    if t.anchor is not None and t.anchor.kind == REFERENCE and t.anchor.begin in moved_clocks:
        if t.rule in ("clock", PUBLICATION_DAY):  # "at 10:30am" told from a day passed over
            return "clock"
    if d.start[:10] != dct:
        return ""
    if d.around and t.rule == PUBLICATION_DAY and t.anchor is not None:
        return "clause" if t.anchor.kind == PUBLICATION else ""
    if t.type == "TIME" and t.rule == "clock" and t.anchor is not None:
        if t.anchor.kind == PUBLICATION or t.anchor.begin in moved_clocks:
            return "clock"
        if t.anchor.kind == REFERENCE and t.anchor.begin in dayless and t.end <= t.anchor.begin:
            return "clock"  # "at 6:40 p.m. (1640 GMT)": told by the clock after it, dayless too
    return ""


def _para(paras: list[int], at: int) -> int:
    return bisect_right(paras, at) - 1


def _reaches(kind: str, source_para: int, para: int, before_dates: bool) -> bool:
    """Whether a date in paragraph `source_para` reaches an event in `para`: the same one, the
    next one when the event comes before any date of that one (`before_dates`), or for a clock
    time `_CLOCK_REACH` on."""
    gap = para - source_para
    if kind == "clock":
        return 0 <= gap <= _CLOCK_REACH
    return gap == 0 or (gap == 1 and before_dates)


def reported_on(text: str, d: DatedSentence, dct: str) -> bool:
    """ "their union said on Thursday", on the publication day: the report's day."""
    return d.start[:10] == dct and bool(
        _REPORTED_ON.search(text, max(0, d.timex.begin - 40), d.timex.begin)
    )


def in_aside(text: str, d: DatedSentence) -> bool:
    """ "During the trial, which opened on May 4, ...", "Farmers near Ely, where the dyke broke
    at dawn, ...": a date in a clause set off by commas is background to the clause it sits
    in, not a day the story moves to; so is one in an amount counted back after a comma
    ("arrived on 29 October, 97 days after she was seen mating on 24 July")."""
    b, at = d.begin, d.timex.begin
    where = _WHERE_ASIDE.search(text, max(b, at - 80), at)
    if counted_aside(text, at, d.timex.end):
        return True  # the amount itself: ", 97 days after she was seen mating"
    if where is None and "after" in text[max(b, at - 140) : at]:
        where = _COUNTED_ASIDE.search(text, max(b, at - 140), at)
    return where is not None or inside(relative_asides(text[b : d.end], b), at)


# ", 97 days after she was seen ... on": an amount counted back from the day before the comma
_COUNTED_ASIDE = re.compile(
    r"(?i),\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+after\b[^;:()–—.!?]*$"
)


def naming(text: str, d: DatedSentence) -> bool:
    """ "They said the March 3 agreement is void": a date naming an earlier happening by its
    day, before a noun, refers back to it; the story does not move there."""
    return bool(_THE_BEFORE.search(text, max(0, d.timex.begin - 8), d.timex.begin)) and bool(
        _NOUN_AFTER.match(text, d.timex.end)
    )


def quoted(text: str, d: DatedSentence) -> bool:
    """'A spokesman said: "Today we found the engine."': a date inside quotation marks is the
    speaker's time, told from when they spoke; the narrator's story does not move to it. Marks
    are counted from the sentence's start (a quotation opened in an earlier one is not seen)."""
    before = text[d.begin : d.timex.begin]
    opened = before.count('"') % 2 == 1 or before.count("``") > before.count("''")
    return opened or before.rfind("“") > before.rfind("”")


def _later_news(text: str, d: DatedSentence, story: DatedSentence, dct: str) -> bool:
    """ "A fire broke out on Thursday. The owner yesterday told police he left a stove on.
    Hundreds were evacuated.": a report or a state ("remained wary yesterday") of a day after
    the story's, before the publication day and told from it, tells about the story; the story
    runs on past it."""
    anchor = d.timex.anchor
    if anchor is None or anchor.kind != PUBLICATION:  # told from the news's now, not a story's
        return False
    if d.precision not in _DAY_PRECISIONS or not story.start[:10] < d.start[:10] < dct:
        return False
    clause = ATTRIBUTION.sub("", text[slice(*d.clause)])
    return bool(_SPEECH.search(clause) or _STATE.search(clause))


def _not_a_run(text: str, d: DatedSentence) -> bool:
    """Whether a past day's date starts no run of dateless clauses: an occasion's name ("in
    Saturday's derby": `news_cues` dates what happened within it), or the day of a report
    ("published figures on Monday. Journeys fell by a quarter": its content)."""
    if _POSSESSIVE.match(text, d.timex.end):
        # an occasion at the head of its sentence sets a scene, as "On Friday" does ("At
        # Friday's concert the power failed. The band played on in the dark")
        return not _SCENE_OCCASION.fullmatch(text, d.begin, d.timex.begin)
    b, e = d.clause
    clause = without_dispatches(ATTRIBUTION.sub("", text[b:e]))  # "crews were called to"
    return bool(_REPORT_DAY.search(without_reported_states(clause)))  # "were reported missing"


def _sentence_scene(text: str, d: DatedSentence) -> bool:
    """Whether a past day's date opens a scene only to the end of its sentence: a night or
    "yesterday" told after its verb ("burst its banks on Monday night, and the town flooded.
    Helicopters lifted 300 people off roofs": the next sentence may be the next day or later;
    "visited the town yesterday": the report's present follows); told first it sets a scene
    (`news_scenes.opens_scene`)."""
    if not (d.timex.value.endswith("TNI") or d.timex.rule == "relative-day"):
        return False
    return not opens_scene(text, d.begin, d.timex.begin)


def told_as_happening(text: str, b: int, e: int) -> bool:
    """Whether the clause text[b:e] tells a happening of the story's day: not a quotation, a
    report or reaction ("Her lawyer called the verdict unjust": news of the report's day), a
    state ("The site included names"), a look back ("had warned") or a time told from now
    ("was recently extended")."""
    clause = without_dispatches(ATTRIBUTION.sub("", text[b:e]))  # "..., police said."
    clause = without_reported_states(clause)  # "were reported missing": what became of them
    return not (
        _QUOTE.search(clause)
        or _SPEECH.search(clause)
        or _STATE.search(clause)
        or PLUPERFECT.search(clause)
        or _FROM_NOW.search(clause)
    )


def told_past(
    text: str, b: int, e: int, clock: bool, pieces: list[tuple[int, int]] | None = None
) -> bool:
    """Whether the clause text[b:e] is a happening told in the past; with `pieces`, judged by
    those (the clause without its relative asides: `relative_tails`), each told in the past."""
    if pieces is not None:
        if len(pieces) < 2:
            return False
        return all(told_past(text, pb, pe, clock) for pb, pe in pieces if text[pb:pe].strip(" ,"))
    if not clock and not told_as_happening(text, b, e):
        return False
    # "The judge set" cut before the date it sets: an act told as done
    return told_in_past(text, b, e) or ends_in_scheduling(text[b:e])


def _moved(
    text: str, d: DatedSentence, source: DatedSentence, retold: bool = False
) -> DatedSentence | None:
    """`d` on `source`'s day, if its clause is told in the past and is more than a report,
    or (`retold`) is a further saying of an account whose content went there."""
    b, e = d.clause
    if (
        not retold
        and not told_past(text, b, e, d.timex.type == "TIME")
        and not told_past(text, b, e, d.timex.type == "TIME", relative_cut(text, b, e))
        and not reported_happening(text, b, e, told_past)  # "Aides alleged he drank tea"
        and not ((c := counted_tail(text, b, e)) and told_past(text, c, e, False))
    ):
        return None
    day = source.start.split("T")[0]  # "-0330-10-01": a BC day has a longer date part
    t = d.timex
    if t.type == "TIME":  # the clock on the story's day
        value = day + t.value[10:]
        timex = Timex(t.begin, t.end, t.text, t.type, value, source.timex.anchoring(), t.rule)
        return replace(d, start=value, timex=timex)
    status = attributed_status(text, b, e, d.status)  # "..., was not damaged, X said"
    return moved_to_day(d, source, day, status=status)
