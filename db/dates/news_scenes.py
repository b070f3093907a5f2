"""Where a news scene starts and what is no report inside one (issue 13, cause 2).

"On Saturday night crews were called to the quay. They found two boats burning and evacuated
the flats above." A reader puts the finding and the evacuation on Saturday, the scene's day
(`day_runs` carries them). "called" is a speech act when it names or asks ("called the plan
reckless", "called for calm"), news of the report's day; but a crew, the police or a doctor
"called to", "called out" or "were called" is sent somewhere, a happening of the scene. So is
"called off", a thing stopped. Those uses are blanked before `day_runs` looks for a report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

# "crews were called to the quay", "was called out at 2am", "called in the army", "called off"
_DISPATCH = re.compile(
    r"(?i)\b(?:(?:was|were|been|being|get|got)\s+called\b(?!\s+(?:for|on|upon)\b)|"
    r"called\s+(?:out|in|off)\b)"
)


def without_dispatches(clause: str) -> str:
    """`clause` with "were called to", "called out", "called off" blanked (same length): a
    sending or a stopping, not a report."""
    if "called" not in clause:  # an exact test first: most clauses have no "called"
        return clause
    return _DISPATCH.sub(lambda m: " " * len(m.group()), clause)


# "has apologised", "have since searched", "'ve lost": told from now; not "would have", nor a
# relative clause's "who have" (searched from its first letter, the words before it asked
# after: nine look-behinds first were tried at every character)
_PERFECT = re.compile(
    r"(?i)[h'’](?<!\bwho\s.)(?<!\bwhich\s.)(?<!\bthat\s.)(?<!\bwould\s.)(?<!\bcould\s.)"
    r"(?<!\bshould\s.)(?<!\bmight\s.)(?<!\bmust\s.)(?<!\bmay\s.)"
    r"(?:(?<=\bh)(?:as|ave)|(?<=['’])ve)\s+(?:(?:not|since|already|now|also|just)\s+)?"
    r"(?!to\b|a\b|an\b|the\b|no\b|been\s+told\b)[a-z]{2,}"
)
# "will be sold", "'ll reopen": a future, which ends the scene where no date of its own follows
_FUTURE = re.compile(r"(?i)(?:\bwill|['’]ll)\s+(?:not\s+|now\s+)?[a-z]{2,}")
_REACH = 400  # characters a scene's end is looked for before a clause: bounded, linear
_PLAN_REACH = 80  # characters from "will" to a plan's own date ("will now be heard on 11 May")


def ends_scene(text: str, scene_end: int, end: int, plan_dates: Sequence[int] = ()) -> bool:
    """Whether the scene a past day's date opened (its clause ending at `scene_end`) is over by
    the dateless clause ending at `end`: that clause, or the sentence right before it, told in a
    perfect or the future outside quotation marks. "Police arrested a man on Sunday. Officers
    have since searched his flat and found a rifle." puts the finding after the scene, by now;
    so does "The site will be sold. Staff were offered jobs." A speaker's "what I've done"
    does not end it, nor a relative clause's "who have worked there", nor a plan with a date of
    its own (`plan_dates`, sorted: "The trial was adjourned on Monday. It will be heard on 11
    May, and he was released on bail"). At most `_REACH` characters are read."""
    begin = start = max(scene_end, end - _REACH)
    clause = text[begin:end]
    if "has" not in clause and "ve " not in clause and "ll " not in clause:
        return False  # an exact test first: no "has", "have", "will", "'ve", "'ll"
    stops = [m.end() for m in _STOP.finditer(clause)]
    n = 3 if clause.rstrip(" \n\"”’'")[-1:] in ".!?" else 2  # its own sentence ends it, or not
    if len(stops) >= n:  # read from the sentence before the clause's own
        begin += stops[-n]
    spans = [m.span() for m in _QUOTED.finditer(text, start, end)]  # marks paired from the start
    told = [m for m in _PERFECT.finditer(text, begin, end)] + [
        m
        for m in _FUTURE.finditer(text, begin, end)
        if (k := bisect_left(plan_dates, m.start())) == len(plan_dates)
        or plan_dates[k] > m.end() + _PLAN_REACH
    ]
    return any(not any(b <= m.start() < e for b, e in spans) for m in told)


_STOP = re.compile(r"[.!?](?=\s|$)")
_QUOTED = re.compile(r'"[^"]{0,400}"|“[^”]{0,400}”')


# what may stand before a date that opens its sentence: "On Saturday night", "Late last night",
# "Shortly after 11pm yesterday", "And at dawn on Monday"
_FRAME_WORDS = frozenset("on at late early just shortly soon before after by and then but".split())
_WORD = re.compile(r"[A-Za-z]+")


def opens_scene(text: str, sentence: int, at: int) -> bool:
    """Whether the date at `at` opens its sentence (starting at `sentence`) as a frame ("On
    Saturday night crews were called to the quay.", "At 12.41pm yesterday the minister rose"):
    a night or "yesterday" told first sets the scene the next sentences go on in; told after its
    verb ("the river burst its banks on Monday night. Helicopters evacuated 3,000 people") it
    dates that happening, and what follows may be the days after."""
    if at - sentence > 40:
        return False
    words = _WORD.findall(text, sentence, at)
    return len(words) <= 3 and all(w.lower() in _FRAME_WORDS for w in words)
