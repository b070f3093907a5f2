"""Cues that move a dateless happening of news off the publication day, or keep it there.

- A happening timed within a game ("took the lead in the first half", "saved two penalties in
  the shoot-out", "equalised with ten minutes left") happened in the match the story dated
  ("beat Dastel in Wednesday's final"), not on the day the report came out.
- A happening in an entry of a timeline told hour by hour ("11:30 p.m. - The authority ordered
  an evacuation. Police began knocking on doors.") is on the day of the entry's time stamp.
- A fact of a vote ("Turnout was 58%", "Voting was extended", "Kovac led with 44%", "the
  Greens fell to 6%", "approved the plan by 12 votes to 5") is on the day of the vote the story
  dated ("Sunday's election", "the board voted on Tuesday"), not on the publication day.
- "did not respond to requests for comment", "declined to comment": the reporter's own day,
  even after a background sentence told in a year of the text's past.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .cue_guard import guard
from .model import HAPPENED, DatedSentence

# A time within a match: its halves and periods, added time, the shoot-out, its minutes.
_IN_GAME = re.compile(
    r"(?i)\b(?:"
    r"(?:in|during|early in|late in|before|after)\s+the\s+(?:first|second|opening|closing)\s+"
    r"(?:half|period)\b(?!\s+of\b)"
    r"|(?:in|after|during)\s+(?:extra|stoppage|injury|added)\s+time\b"
    r"|(?:at\s+)?half-?time\b"
    r"|(?:in|during)\s+the\s+(?:penalty\s+)?shoot-?out\b"
    r"|in\s+the\s+\d{1,3}(?:st|nd|rd|th)\s+minute\b"
    r"|with\s+(?:\w+|\d+)\s+minutes?\s+(?:left|remaining|to\s+play|to\s+go)\b"
    r"|in\s+the\s+(?:final|last|closing|dying|opening)\s+(?:\w+\s+)?(?:minutes?|seconds?)\b"
    r")"
)

# The reporter's own attempts to reach someone: news time whatever the text told before.
_NO_COMMENT = re.compile(
    r"(?i)\b(?:requests?\s+for\s+comment|declined\s+to\s+comment|(?:could|can)\s*not\s+be\s+"
    r"reached\s+for\s+comment|did\s+not\s+(?:immediately\s+)?(?:respond|reply)\s+to)\b"
)


# A word every alternative of _IN_GAME contains, and of _NO_COMMENT: a span of ASCII without
# any is told at once (a regex starting with \b is tried at every character of the span).
IN_GAME_WORDS = ("half", "period", "time", "shoot", "minute")
NO_COMMENT_WORDS = ("comment", "respond", "reply")


def cannot_match(text: str, begin: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[begin:end] is ASCII (case folds no other letter into these) without any
    of `words` in any case."""
    span = text[begin:end]
    if not span.isascii():
        return False
    span = span.lower()
    return not any(map(span.__contains__, words))  # a C loop over the words


def in_game(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] times what it tells within a match ("in the first half")."""
    if cannot_match(text, begin, end, IN_GAME_WORDS):
        return False
    return _IN_GAME.search(text, begin, end) is not None


def match_day(out: Sequence[DatedSentence], begin: int, dct: str) -> str | None:
    """The day of the last happening dated by an expression of its own before `begin` (the
    match a story dated), if it is a day no later than the DCT; else None."""
    for d in sorted(out, key=lambda d: d.begin, reverse=True):  # rare: only in a match report
        if d.begin >= begin or d.comparison or d.around:
            continue
        if d.precision == "day" and d.status == HAPPENED and d.end_date is None:
            return d.start if d.start[:10] <= dct[:10] else None
        # the story moved on to another time: the match is the one of a report of one match
        return _only_match(out, begin, dct)
    return None


_RECENT_DAYS = 7  # a roundup's other matches are within the week before the report


def _only_match(out: Sequence[DatedSentence], begin: int, dct: str) -> str | None:
    """The lead's day where every day of the week before the report dated before `begin` is
    that day (a report of one match that went on to the season's run: "limped off before
    half-time" is still that match's), else None."""
    day = dt.date.fromisoformat(dct[:10])
    recent = {
        d.start[:10]
        for d in out
        if d.begin < begin
        and not (d.comparison or d.around)
        and d.precision == "day"
        and d.status == HAPPENED
        and d.start[:1] != "-"  # a BC day is no recent day
        and 0 <= (day - dt.date.fromisoformat(d.start[:10])).days <= _RECENT_DAYS
    }
    return recent.pop() if len(recent) == 1 else None


def asks_for_comment(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end] tells of the reporter's request for comment (news time)."""
    if cannot_match(text, begin, end, NO_COMMENT_WORDS):
        return False
    return _NO_COMMENT.search(text, begin, end) is not None


# A state in the present perfect that runs from a date up to now: "has been on display since",
# "have lived there since" (not a relative clause's aside: "which has stood since 1250").
_PERFECT_SINCE = re.compile(
    r"(?i)(?<!which )(?<!who )(?<!that )\b(?:has|have)\s+(?:[\w-]+\s+){0,6}?since\s+$"
)


# "Since 2015 masons have replaced ...": the date opens its sentence, the perfect follows it
_SINCE_OPENS = re.compile(r"(?i)\s*(?:ever\s+)?since\s+$")
_PERFECT_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:has|have)\s+(?!to\b)[a-z]")


def state_to_now(text: str, sentence_begin: int, begin: int) -> bool:
    """Whether the date at `begin` is the start of a present-perfect state of its sentence
    running up to now ("The crown has been on display since 1921", "Since 2015 the trust has
    restored the wheel"): the text is back in the present, and a year-less "in February" after
    it is this year's, not a story's."""
    if not ends_with_word(text, max(sentence_begin, begin - 80), begin, "since"):
        return False  # `_PERFECT_SINCE` is tried at every character of the window
    if _PERFECT_SINCE.search(text[max(sentence_begin, begin - 80) : begin]) is not None:
        return True
    if not _SINCE_OPENS.fullmatch(text, sentence_begin, begin):
        return False
    end = text.find(" ", begin)  # past the date's first word: its figures hold no stop
    return end > 0 and _PERFECT_AFTER.match(text, end) is not None


# A time stamp opening a title: "21:05 – The death toll has risen to 46", "Friday, 10 p.m. -
# Engineers reported ..." (what is left of it once the title's date words are cut).
TITLE_STAMP = re.compile(
    r"^[\s,]*(?:[A-Z][a-z]+day,?\s*)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.m\.)?)?\s*[–—-]\s+"
)

# An entry of a timeline: a paragraph that opens with its time stamp, "11:30 p.m. - ",
# "Friday, 10 p.m. - ", "Noon - ".
_ENTRY_STAMP = re.compile(
    r"(?i)(?:[A-Z][a-z]+,\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.m\.|\d{1,2}[:.]\d\d|noon|midnight)"
    r"\s*[-–—]\s"
)


def entry_day(text: str, out: Sequence[DatedSentence], begin: int, dct: str) -> str | None:
    """The day of the time stamp opening the timeline entry (paragraph) that `begin` is in,
    when a stamp dated an event of `out` no later than the DCT; else None."""
    para = text.rfind("\n", 0, begin) + 1
    stamp = _ENTRY_STAMP.match(text, para)
    if stamp is None:
        return None
    for d in out:
        if para <= d.timex.begin < stamp.end() and d.timex.type == "TIME" and not d.around:
            return d.start[:10] if d.start[:10] <= dct[:10] else None
    return None


# A fact of a vote: its turnout, its voting and polling stations, a share a candidate got.
_VOTE_FACT = guard(
    r"(?i)\b(?:turnout|voting\s+(?:was|were|had|ended|closed|began|started)|polling\s+stations?"
    r"|polls\s+(?:closed|opened)|ballots\s+(?:were\s+)?(?:counted|cast)|of\s+ballots"
    r"|by\s+(?:\d+|[a-z]+)\s+votes?\s+to\s+(?:\d+|[a-z]+)\b|by\s+a\s+vote\s+of\b"
    r"|(?:led|won|took|received|secured|polled|got)\s+(?:with\s+)?(?:about\s+|nearly\s+|almost\s+"
    r"|just\s+over\s+|more\s+than\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
    # a party's share against the last vote: "Labour fell to 24 percent"
    r"|(?:fell|dropped|slipped|slumped|sank|rose|climbed|jumped)\s+to\s+\d+(?:\.\d+)?\s*"
    r"(?:%|per\s*cent|percent)"
    # the vote's own night: "did not concede on election night" (its evening, the vote's day)
    r"|\bon\s+(?:election|polling|referendum)\s+night)"
)
_VOTE_WORDS = ("%", "urnout", "oting", "olling", "olls", "allot", "vote", "cent", "night")
# Words that make a day the day of a vote: "Sunday's election", "voted on Tuesday".
_ELECTION = re.compile(
    r"(?i)\b(?:elections?|vote|voted|polls|referendum|round|run-?off|primary|primaries|ballot)\b"
)


def election_day(
    text: str, out: Sequence[DatedSentence], span: tuple[int, int], dct: str
) -> str | None:
    """The day of the vote a story dated ("in Sunday's first round") for a dateless fact of
    a vote at `span` ("Turnout was 58%"), if no later than the DCT; else None."""
    seg = text[span[0] : span[1]]
    if not any(map(seg.__contains__, _VOTE_WORDS)) or _VOTE_FACT.search(seg) is None:
        return None  # the word test first: the regex tries every position
    for d in sorted(out, key=lambda d: d.timex.begin, reverse=True):
        tb, te = d.timex.begin, d.timex.end
        if tb >= span[0] or d.comparison or d.around or d.precision != "day":
            continue
        if "GMT" in text[max(d.begin, tb - 12) : te] or "UTC" in text[max(d.begin, tb - 12) : te]:
            continue  # "8pm Pacific Time, or 04:00 GMT on Wednesday": the vote's day is local
        if d.status == HAPPENED and _ELECTION.search(
            text, max(d.begin, tb - 30), min(d.end, te + 25)
        ):
            return d.start[:10] if d.start[:10] <= dct[:10] else None
    return None


def ends_with_word(text: str, begin: int, end: int, word: str) -> bool:
    """Whether text[begin:end], stripped at its end, may end with lower-case `word` in any
    case: False only for ASCII that does not (case folds no other letter into it)."""
    span = text[begin:end]
    return not span.isascii() or span.rstrip().lower().endswith(word)


# A time of its own that no expression dates: "and 200,000 doses arrived overnight" is the
# night before the report, not the week the clause before it named.
_OWN_TIME = re.compile(r"(?i)\bovernight\b(?!\s+(?:on|of|into|from|between)\b)")


def own_time(clause: str) -> bool:
    """Whether a dateless clause tells its own time ("arrived overnight"): it leans on no other
    clause's date, and is news of the day."""
    return "vernight" in clause and _OWN_TIME.search(clause) is not None
