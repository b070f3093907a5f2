"""What was said at a gathering the story dated: "Fisheries ministers met in Gdansk on Wednesday.
They called on the Commission to fund a survey. The Estonian minister said the stock was close
to collapse." The calling and the saying happened at the meeting, on Wednesday; a reader does not
read them as news of the publication day, as a reaction told later would be ("The rail union
said the line had been neglected", after a derailment: no gathering, news of the day; "Commuter
groups warned", after "the minister met union leaders": no one who took part).

So a dateless clause placed around the publication day that opens with a speech act in the past
by one who took part ("They called on", "The Estonian minister said" after "ministers met", "In a
short speech, the secretary thanked") goes to the day of the last gathering the text dated
before it: a clause naming a summit, meeting, conference, ceremony, talks or session, or people
who met or gathered, dated to a specific day before the publication day (not a look back, "the
talks had begun on", nor a speech of its own, "told a rally on Wednesday"), within `_REACH`
paragraphs of it or of the last speech
it took (a wire story gives each speaker a paragraph). Another date told after the
gathering's (not one of its own sentence, a plan's, a naming one, "the March 3 agreement", one
quoted or in an aside) ends its reach; so does a speech told in the present ("says").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .clause_events import moved_to_day
from .cue_guard import guard
from .day_runs import PLUPERFECT, in_aside, naming, quoted
from .model import (
    HAPPENED,
    PLANNED,
    PUBLICATION,
    PUBLICATION_DAY,
    DatedSentence,
)
from .sentences import BLANK_LINE

_REACH = 2  # paragraphs after the gathering's that its day reaches
_NAMED_REACH = 3000  # characters back that a speaker's name is looked for
_WORDS = ("summit", "ceremony", "meeting", "conference", "talks", "session", "met", "gathered")
_GATHERING = guard(
    r"(?i)\b(?:summit|ceremony|meeting|conference|talks|session|convention|rally|met|gathered)\b"
)
_SPEECH_VERBS = (
    "said|told|stated|declared|called|urged|thanked|praised|warned|added|insisted|argued|noted|"
    "stressed|agreed|concluded|pledged|promised|welcomed|condemned|denounced|appealed|invited|"
    "described|criticised|criticized|proposed|demanded|acknowledged|admitted|recalled"
)
# An opening phrase set off by a comma ("In a short speech,"), a subject of a few words without
# a verb of its own, then a speech act in the past.
_SPEECH = re.compile(
    r"\s*(?P<opening>[A-Z][^,.;:\"“]{0,60},\s+)?"
    r"(?P<who>(?:(?!(?:was|were|is|are|has|have|had|will|would|be|been|not|who|which|that)\b)"
    r"[\w.'’-]+\s+){1,6}?)"
    rf"(?:also\s+)?(?:{_SPEECH_VERBS})\b"
)
# the gathering's clause a speech itself: "told a rally on Wednesday" is the speaker's occasion
_TOLD = guard(r"(?i)\b(?:said|says|told|tells|spoke|addressed|stated|declared|announced)\b")
# an opening that names the occasion: "In a short speech,", "At the ceremony,"
_OCCASION_OPENING = re.compile(
    r"(?i)\b(?:speech|speeches|remarks|address|toast|ceremony|summit|meeting|conference|talks)\b"
)
_PRONOUNS = frozenset({"they", "he", "she", "we", "and they", "and he", "and she"})
_NOT_NAMES = frozenset(
    {"also", "other", "others", "some", "several", "many", "most", "both", "their"}
)
_DAY_PRECISIONS = frozenset({"day", "hour", "minute", "second"})


def _gathering(text: str, d: DatedSentence, dct: str) -> bool:
    """Whether `d` dates a gathering of its own clause to a specific day before the DCT."""
    b, e = d.clause
    return (
        d.status == HAPPENED
        and d.precision in _DAY_PRECISIONS
        and d.end_date is None
        and d.start[:10] < dct
        and _GATHERING.search(text, b, e) is not None
        and _TOLD.search(text, b, e) is None  # "told a rally": not the others' occasion
        and PLUPERFECT.search(text, b, d.timex.begin) is None  # "The talks had begun on"
    )


def _candidate(text: str, d: DatedSentence, dct: str, since: int) -> bool:
    """A dateless clause around the publication day opening with a speech act in the past by
    one who took part: a pronoun, a speaker the text named from the gathering's sentence
    (`since`) on, or one in an opening that names the occasion ("In a short speech,")."""
    t = d.timex
    if not (
        d.around
        and d.status == HAPPENED
        and t.rule == PUBLICATION_DAY
        and t.anchor is not None
        and t.anchor.kind == PUBLICATION
        and d.start[:10] == dct
    ):
        return False
    m = _SPEECH.match(text, d.clause[0], d.clause[1])
    if m is None:
        return False
    opening = m.group("opening")
    if opening and _OCCASION_OPENING.search(opening):
        return True
    who = " ".join(m.group("who").lower().split())
    if who in _PRONOUNS:
        return True
    # bounded: a one-line import of megabytes is one paragraph, and a gathering's speakers are
    # named close before they speak
    told = text[max(since, d.clause[0] - _NAMED_REACH) : d.clause[0]].lower()
    # "the Estonian minister" after "ministers met": a word of the speaker's, its stem
    return any(w[:5] in told for w in re.findall(r"[a-z]{4,}", who) if w not in _NOT_NAMES)


def gathering_speeches(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` with each speech act told after a dated gathering on its day (module docstring)."""
    lowered = text.lower()
    if not any(w in lowered for w in _WORDS):
        return out  # the cheap guard: no gathering named
    paras = [0] + [m.end() for m in BLANK_LINE.finditer(text)]
    order = sorted(
        range(len(out)), key=lambda k: out[k].timex.begin if _dated(out[k]) else out[k].clause[0]
    )
    occasion: DatedSentence | None = None
    last = 0  # the paragraph of the gathering's date or of the last speech moved to it
    moved: dict[int, DatedSentence] = {}
    for k in order:
        d = out[k]
        if _dated(d):
            if occasion is not None and d.begin == occasion.begin:
                continue  # "met on Wednesday to settle this year's quotas": its own sentence
            if d.comparison or d.status == PLANNED or _aside(text, d):
                continue
            if _gathering(text, d, dct):
                occasion, last = d, bisect_right(paras, d.timex.begin)
            elif occasion is None or d.start[:10] != occasion.start[:10]:
                occasion = None
            continue
        if occasion is None or not _candidate(text, d, dct, occasion.begin):
            continue
        para = bisect_right(paras, d.clause[0])
        if para - last > _REACH:
            occasion = None
            continue
        last = para
        moved[k] = moved_to_day(d, occasion, occasion.start[:10], status=d.status)
    if not moved:
        return out
    return [moved.get(k, d) for k, d in enumerate(out)]


def _dated(d: DatedSentence) -> bool:
    return bool(d.timex.text) and not d.around


def _aside(text: str, d: DatedSentence) -> bool:
    """A date the story does not move to: one naming a happening, quoted, or in an aside."""
    return naming(text, d) or quoted(text, d) or in_aside(text, d)
