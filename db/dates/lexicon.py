"""Words and regex fragments shared by the rules: months, weekdays, numbers, units.

Names (months, weekdays) are matched in Title case only: lower-case "may", "march" and "august"
are ordinary words far more often than dates. Everything else is case-insensitive via scoped
`(?i:...)` groups, so the combined pattern needs no global IGNORECASE.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    (
        "january february march april may june july august september october november december"
    ).split(),
    start=1,
):
    MONTHS[_name] = _i
    MONTHS[_name[:3]] = _i
MONTHS["sept"] = 9
# a clerk's and a family's old short forms, the last letter raised in the hand and written on
# the line in print: "Jany", "Feby", "Augt", "Septr", "Octr", "Novr", "Decr"
_OLD_SHORT = {"jany": 1, "janry": 1, "feby": 2, "febry": 2, "augt": 8, "septr": 9, "octr": 10}
MONTHS |= _OLD_SHORT | {"novr": 11, "decr": 12}

WEEKDAYS = {
    name: i
    for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1, "a single": 1, "hundred": 100, "a hundred": 100}
NUMBER_WORDS |= {w: i for i, w in enumerate(_ONES, start=1)}
NUMBER_WORDS |= {w: i for i, w in enumerate(_TEENS, start=10)}
for _t, _tw in enumerate(_TENS, start=2):
    NUMBER_WORDS[_tw] = _t * 10
    for _o, _ow in enumerate(_ONES, start=1):
        NUMBER_WORDS[f"{_tw}-{_ow}"] = _t * 10 + _o
        NUMBER_WORDS[f"{_tw} {_ow}"] = _t * 10 + _o
# "nine hundred years": whole hundreds (rarer counts in hundreds stay unmatched)
NUMBER_WORDS |= {f"{w} hundred": i * 100 for i, w in enumerate(_ONES, start=1)}
# "a hundred and one years", "one hundred and fifty years": a centenary's count past a hundred
_UP_TO_99 = {w: i for w, i in NUMBER_WORDS.items() if i < 100 and " " not in w and w[0] != "a"}
NUMBER_WORDS |= {
    f"{h} hundred and {w}": 100 + i for h in ("a", "one") for w, i in _UP_TO_99.items()
}
# "for a thousand years", as histories round a long span ("two thousand years" stays unmatched:
# TimeBank gives it in millennia, P2L, which the duration rules do not write)
NUMBER_WORDS["a thousand"] = 1000
# Vague counts: a value with "X" in TIMEX3 ("PXD"); ranges read them as about three.
VAGUE_NUMBERS = {"a few", "few", "several", "many"}
# "a couple of years" is two as TimeML counts it (P2Y), though it often means "a few".
COUPLE = {"a couple of", "a couple", "couple of", "couple"}
VAGUE_COUNT = 3

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "last": 4,  # "the last quarter"
}

# Unit word -> (granularity of a date at that unit, TIMEX3 duration letter, in-time flag).
UNITS: dict[str, tuple[str, str, bool]] = {
    "second": ("second", "S", True),
    "minute": ("minute", "M", True),
    "hour": ("hour", "H", True),
    "day": ("day", "D", False),
    "night": ("day", "D", False),
    "week": ("week", "W", False),
    "weekend": ("weekend", "WE", False),
    "fortnight": ("week", "W", False),
    "month": ("month", "M", False),
    "quarter": ("quarter", "Q", False),
    "season": ("season", "S", False),
    "year": ("year", "Y", False),
    "decade": ("decade", "DE", False),
    "century": ("century", "CE", False),
}


def unit_of(word: str) -> str:
    """The singular unit of a unit word: "Months" -> "month", "centuries" -> "century"."""
    w = word.lower()
    if w == "centuries":
        return "century"
    return w[:-1] if w.endswith("s") and w[:-1] in UNITS else w


def number_of(text: str) -> int | None:
    """The count a number text means; None for vague counts ("several")."""
    t = " ".join(text.lower().split())
    if t in VAGUE_NUMBERS:
        return None
    if t in COUPLE:
        return 2
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    if " hundred and " in t:  # "a hundred and fifty" (`_HUNDRED_AND`)
        head, _, rest = t.partition(" hundred and ")
        return (1 if head in ("a", "one") else NUMBER_WORDS[head]) * 100 + _under_100(rest)
    try:
        return int(float(t.replace(",", "")))
    except ValueError:
        return None


def _alt(words) -> str:
    """An alternation in which a prefix never shadows a longer word (a space: any whitespace)."""
    return trie(words, {" ": r"\s+"})


def trie(words: Iterable[str], tokens: dict[str, str] | None = None) -> str:
    """A regex alternation of `words` with shared prefixes factored out: `re` tries a flat list
    of a hundred words one by one at every place, a trie a few letters. As in a flat list sorted
    longest first, a longer word is tried before its prefix (the optional tail is greedy).
    `tokens` maps a character to the regex it stands for (a space to any whitespace); the other
    characters are literal."""
    tokens = tokens or {}
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [
            (tokens.get(ch) or re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


MONTH_FULL = (
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
MONTH_ABBR = (
    r"(?:Janry|Jany|Jan|Febry|Feby|Feb|Mar|Apr|Jun|Jul|Augt|Aug|Septr|Sept|Sep|Octr|Oct|Novr|"
    r"Nov|Decr|Dec)\.?"
)
MONTH = (
    f"(?:{MONTH_FULL}|{MONTH_ABBR}|(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|"
    "SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER))"
)
WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_DIGITS = r"(?:1\d{3}|20\d{2}|21\d{2})"
_UNITS_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNDER_100 = (
    rf"(?:(?:{_TENS_WORDS})(?:[-\s](?:{_UNITS_WORDS}))?|{_TEENS_WORDS}"
    rf"|o[h']?[-\s](?:{_UNITS_WORDS}))"
)
# Years read out ("nineteen ninety-six", "two thousand and one"), as transcripts have them.
YEAR_WORDS = (
    rf"(?i:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    rf"(?:\s+hundred(?:\s+and)?)?\s+{_UNDER_100}"
    rf"|(?:eighteen|nineteen)\s+hundred"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNDER_100}|{_UNITS_WORDS}))?)"
)
YEAR = rf"(?:{YEAR_DIGITS}|{YEAR_WORDS})"
COUNT_WORDS = [*NUMBER_WORDS, *VAGUE_NUMBERS, *COUPLE]
# "a hundred and fifty years ago", "two hundred and five years": hundreds and a rest in words
_HUNDRED_AND = (
    rf"(?i:(?:a|one|{_UNITS_WORDS})\s+hundred\s+and\s+(?:{_UNDER_100}|{_UNITS_WORDS}))(?![\w-])"
)
NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|{_HUNDRED_AND}|(?i:{_alt(COUNT_WORDS)}))"
UNIT = (
    r"(?i:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|century|centuries)"
)
PART_OF_DAY = r"(?i:morning|afternoon|evening|night)"
POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ORDINAL = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{_alt(ORDINALS)}))"


def _under_100(text: str) -> int:
    words = text.replace("-", " ").split()
    if words and words[0] in ("o", "oh", "o'"):
        words = words[1:]
    return sum(NUMBER_WORDS[w] for w in words)


def year_of(text: str) -> int:
    """The year a YEAR match names: "1998", "nineteen ninety-six", "two thousand and one"."""
    t = " ".join(text.lower().split())
    if t[:1].isdigit():
        return int(t)
    t = t.replace(" and ", " ")
    if t.startswith("two thousand"):
        rest = t[len("two thousand") :].strip()
        return 2000 + (_under_100(rest) if rest else 0)
    head, _, rest = t.partition(" ")
    rest = rest.removeprefix("hundred").strip()
    return NUMBER_WORDS[head] * 100 + (_under_100(rest) if rest else 0)
