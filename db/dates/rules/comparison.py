"""Comparisons: a date that is a reference point, not a time anything happened.

"Its weakest level since May 2002", "the first such visit since 2011", "up from 2010", "than in
2015", "compared with a year earlier": TimeML still marks the expression (and we report it), but
nothing took place then and nothing lasted from then, so the timeline gets no event and no range.
"Has been the scene of violence since 2011" and "since taking office in September" stay ranges
and dates: the cue is a superlative or "first" (or a change "from", "than", "compared with")
in the same clause, not "since" alone.
"""

from __future__ import annotations

import re

from .change_starts import change_starts_at
from .superlative_domains import superlative_domain

# A superlative or "first" before "since" in the same clause: "the lowest since 2008", "its
# weakest level against the dollar since May 2002", "for the first time since 2011". Words in
# "-est" that are not superlatives are left out; "latest" too ("the latest in a series of
# attacks since March" is a series that runs from March).
NOT_SUPERLATIVE = {
    "interest", "protest", "forest", "west", "arrest", "request", "harvest", "contest",
    "honest", "modest", "manifest", "suggest", "invest", "digest", "unrest", "rest", "test",
    "chest", "quest", "nest", "pest", "guest", "conquest", "inquest", "behest", "attest",
    "detest", "crest", "jest", "vest", "zest", "priest", "earnest", "southwest", "northwest",
    "midwest", "latest", "dishonest", "lest", "infest", "congest", "ingest", "divest",
    "pretest", "retest", "bequest", "rearrest", "wrest",
}  # fmt: skip
_SUPERLATIVE = re.compile(
    r"\b(?:[a-z]+est|best|worst|most|least|first|last"
    # ... or a count of times: "raised prices for the fourth time since early 2024"
    r"|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?=\s+time\b))\b"
)
# Between the cue and "since": no clause break, no verb group of a main clause ("the highest
# court has been closed since March" is a range), at most a few words.
_CLAUSE = re.compile(r"[.;:,()!?–—]")
_AUX = re.compile(
    r"(?i)\b(?:has|have|had|is|are|was|were|be|been|being|will|would|remains?|remained|"
    r"stays?|stayed)\b"
)
# ... unless the verb group is the comparison's own relative clause ending at "since": "the
# worst flooding the region has seen since 1998", "the lowest it has been since 2002".
_SEEN_SINCE = re.compile(
    r"(?i)\b(?:has|have|had)\s+(?:ever\s+)?(?:been|seen|had|known|recorded|experienced|"
    r"witnessed|suffered|posted|reached|hit)\s+$"
)
# "the most emotional of many rallies held since December" picks from a series that runs from
# December: a range.
_GROUP = re.compile(r"(?i)\bof\s+(?:the\s+)?(?:many|all|several|those|these|dozens|hundreds)\b")
_SINCE_END = re.compile(
    r"(?i)\bsince\s+(?:(?:early|late|mid-?|the\s+(?:end|start|middle)\s+of)\s+)?$"
    # "the first meeting since the ceasefire of October 2023", "its worst result since the
    # country's return to democracy in 1991": a named event's date
    r"|\bsince\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z]+['’]s\s+)?[a-z]+(?:\s+[a-z]+){0,2}"
    r"\s+(?:of|in)\s+$"
)

# What may stand between a comparison's cue and its date: function words and "the same period".
# A quantity or a thing between ("up from $31 million a year ago", "compared with year-earlier
# profit of $3.8 million") is a value at that time, a fact dated there: it stays an event.
_LEAD = (
    r"\s+(?:(?:it|they|there|this|that)\s+(?:was|were|had|did|is|are)\s+)?"
    r"(?:(?:in|at|on|during|for|by|over|of|with|to)\s+)?(?:(?:the|a|an|its|their)\s+)?"
    r"(?:same\s+(?:period|quarter|month|week|day|time|season)\s+(?:of\s+|in\s+)?)?"
    r"(?:any\s+(?:time|point|moment|year)\s+since\s+)?$"
)
# "up from 2010", "down 3% from a year earlier", "an increase from the same period last year":
# a change measured from the date. A range ("rose from 2010 to 2015") is not one, nor "rose
# after he returned from exile in 2011", nor a ceiling ("fines of up to 500 euros from May 1").
_CHANGE_WORDS = (
    # "go up from April 1": a verb's particle, the start of a change to come, not its measure
    r"(?i)(?<!\bgo\s)(?<!\bgoes\s)(?<!\bgoing\s)(?<!\bwent\s)(?<!\bgone\s)"
    r"\b(?:up(?!\s+to\b)|down|higher|lower|rose|risen|rise|rises|rising|fell|fallen|fall|falls|falling|"
    r"dropped|drops?|dropping|jumped|jumps?|climbed|climbs?|increased|increases?|decreased|"
    r"decreases?|declined|declines?|grew|grows?|gained|gains?|slipped|slid|surged|soared|"
    r"plunged|plummeted|tumbled|edged|widened|narrowed|shrank|shrunk|improved|doubled|tripled|"
    r"halved|quadrupled|rebounded|recovered|slumped|dipped|eased)\b"
)
_CHANGE_WORD = re.compile(_CHANGE_WORDS + r"(?:[^.;:()!?]|\.(?=\d)){0,40}$")  # "to $1.1 billion"
# The earlier figure a change or a comparison is measured from, before its date: "fell to $1.1
# billion from $1.4 billion in the same period of 2025", "compared with 21 percent growth a
# year earlier", "up from 3.1% in 2024". The figure is the reference point's, not a happening.
_FIGURE = (
    r"(?:\s+(?:about|around|nearly|almost|roughly|just|only)?\s*[$€£]?\d[\d.,]*"
    r"(?:\s*(?:%|percent|per\s+cent|points?|billion|million|thousand|bn|m)\b)?"
    r"(?:\s+(?:billion|million|thousand))?(?:\s+(?!in\b|at\b|on\b|during\b)[a-z]+){0,2}?"
    r"(?:,\s+or\s+[$€£]?\d[\d.,]*\s+(?:cents?\s+)?a\s+share,)?)"  # "..., or 49 cents a share,"
)
_CHANGE_ONLY = re.compile(_CHANGE_WORDS)
# ... further back before an earlier figure: "fell 5.9% to $9.5 million, or 46 cents a share,"
_CHANGE_FAR = re.compile(_CHANGE_WORDS + r"(?:[^.;:()!?]|\.(?=\d)){0,70}$")
_FROM_LEAD = re.compile(rf"(?i)\bfrom{_LEAD}")
_FROM_FIGURE = re.compile(rf"(?i)\bfrom{_FIGURE}{_LEAD}")
_RANGE_AFTER = re.compile(r"(?i)\s*(?:to|until|till|through|thru|[-–—])\s")
# "compared with 2015", "in comparison with a year earlier", "versus 2010", "than in 2015",
# "than at any time since 2008". Not a bound ("no later than March 1", "sooner than"), nor an
# amount of time ("more than a year ago" is when it happened), unless a preposition says it is
# a time compared ("more than in 2015").
_COMPARED = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|"
    r"(?<!later\s)(?<!earlier\s)(?<!sooner\s)(?<!rather\s)(?<!other\s)(?<!more\s)"
    r"(?<!less\s)(?<!fewer\s)than|(?:more|less|fewer)\s+than(?=\s+(?:in|at|on|during)\s))" + _LEAD
)
_COMPARED_FIGURE = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|against)"
    + _FIGURE
    + _LEAD
)


def _superlative_since(head: str) -> bool | None:
    """For "... since": True after a superlative or "first" in the same clause, False where one
    is there but a main clause's verb comes between, None without one."""
    for m in reversed(list(_SUPERLATIVE.finditer(head))):
        if m.group() in NOT_SUPERLATIVE:
            continue
        between = head[m.end() :]
        if _CLAUSE.search(between) or len(between.split()) > 8 or _GROUP.search(between):
            return None
        return not _AUX.search(between) or bool(_SEEN_SINCE.search(between))
    return None


# A date before a noun names a thing of that time ("compared with year-earlier profit of $3.8
# million", "versus 2015 sales"): that value is a fact dated there, not a bare reference point.
# Words that may follow a bare reference point:
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)")
_BARE_AFTER = {
    "and", "or", "of", "to", "in", "on", "at", "for", "from", "with", "by", "as", "than", "when",
    "while", "after", "before", "because", "but", "although", "though", "according", "despite",
    "levels", "level", "figures", "figure", "whereas", "amid", "until", "the", "a", "an", "it",
    "they", "he", "she", "we", "said", "says", "is", "was", "were", "are", "that",
}  # fmt: skip


_POSSESSIVE = re.compile(r"['’]s?\s")  # "up from last year's $2.3 billion": that value


def _attributive(text: str, end: int) -> bool:
    if _POSSESSIVE.match(text, end, end + 3):
        return True
    m = _NEXT_WORD.match(text, end, end + 40)
    return m is not None and m.group(1) not in _BARE_AFTER


# A trailing change measured from a thing of a past time: "Turnout was 72%, up from 64% in the
# 2021 election", "scored 31 goals, down from 40 in the 2024 season". The date names the thing
# the old figure belonged to; the clause before the comma is what happened.
_TAIL_FROM = re.compile(
    r"(?i),\s+(?:up|down)\s+(?:sharply\s+|slightly\s+)?from\s+(?:about\s+|around\s+|nearly\s+)?"
    r"[$€£]?\d[\d.,]*\s*(?:%|per\s*cent|percent|[a-z]+)?\s+(?:in|at|during|for)\s+"
    r"(?:the|its|their|his|her|last)\s+$"
)


def is_comparison(text: str, lo: int, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) is a comparison's reference point; `lo` is where its
    sentence begins (the cues are looked for in the clause before it)."""
    # Each cue with its lead fits in the 80 characters before the date. Word tests first (a
    # case-blind regex tries every position, ten times slower): most dates have no cue near.
    w = max(lo, begin - 80)
    near = text[w:begin].lower()
    if near.endswith("of ") and superlative_domain(text, lo, begin, NOT_SUPERLATIVE):
        return True  # "the coldest of the winter": where the record was set
    since, compared, change = "since" in near, False, "from" in near
    compared = "than" in near or "compar" in near or "versus" in near or "vs" in near
    if change and _attributive(text, end) and _TAIL_FROM.search(text, max(lo, begin - 60), begin):
        return True
    if not (since or compared or change) or _attributive(text, end):
        return False
    if change and change_starts_at(text, lo, begin, end):
        return False  # "declined from the late 1970s": when the decline began
    found = _SINCE_END.search(text, max(lo, begin - 60), begin) if since else None
    if found:
        verdict = _superlative_since(text[max(lo, found.start() - 80) : found.start()])
        if verdict is not None:
            return verdict
    if compared and _COMPARED.search(text, w, begin):
        return True
    lead = _FROM_LEAD.search(text, w, begin) if change else None
    return bool(
        lead
        and _CHANGE_WORD.search(text, max(lo, lead.start() - 55), lead.start())
        and not _RANGE_AFTER.match(text, end)
        and not _verb_between(text, max(lo, lead.start() - 55), lead.start())
        and not _change_to_come(text, max(lo, lead.start() - 80), lead.start())
    )


# A change still to come starts at its date: "Council tax will rise by 4.9 percent from April
# 1", "fares are set to rise 3% from January" measure nothing from then.
_TO_COME_BEFORE = re.compile(r"(?i)\b(?:will|shall|to)\s+(?:\w+ly\s+)?$")


def _change_to_come(text: str, lo: int, lead: int) -> bool:
    """Whether the last change word before "from" at `lead` is a verb after "will" or "to"."""
    found = [m.start() for m in _CHANGE_ONLY.finditer(text, lo, lead)]
    return bool(found) and _TO_COME_BEFORE.search(text, lo, found[-1]) is not None


def _verb_between(text: str, lo: int, lead: int) -> bool:
    """Whether a verb group of its own stands between the last change word and "from": "prices,
    which rose by 40%, will be frozen from July 1" starts a state, it measures no change."""
    ends = [m.end() for m in _CHANGE_ONLY.finditer(text, lo, lead)]
    return bool(ends) and _AUX.search(text, ends[-1], lead) is not None


_DIGIT = re.compile(r"[0-9]")


def _has_digit(s: str) -> bool:
    """Whether `s` has a digit (str.isdigit); one regex search for ASCII text, the usual case."""
    return _DIGIT.search(s) is not None if s.isascii() else any(ch.isdigit() for ch in s)


def figure_comparison(text: str, lo: int, begin: int, end: int) -> bool:
    """Whether the date at [begin, end) is the period of an earlier figure a change or a
    comparison is measured from ("fell to $1.1 billion from $1.4 billion in the same period of
    2025", "compared with 21 percent growth a year earlier", "up from $7 million in 2024"): the
    clause's happening is not of that period (`is_comparison` for events only; the figure is a
    value of that time all the same, which a WSJ-style report's next "a year earlier" counts
    from)."""
    w = max(lo, begin - 80)
    near = text[w:begin]
    if not _has_digit(near) or _attributive(text, end):
        return False
    low = near.lower()
    if ("compar" in low or "versus" in low or "vs" in low or "against" in low) and (
        _COMPARED_FIGURE.search(text, w, begin)
    ):
        return True
    lead = _FROM_FIGURE.search(text, w, begin) if "from" in low else None
    return bool(
        lead
        and _CHANGE_FAR.search(text, max(lo, lead.start() - 85), lead.start())
        and not _RANGE_AFTER.match(text, end)
        and not _verb_between(text, max(lo, lead.start() - 85), lead.start())
    )
