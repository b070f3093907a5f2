"""Tests on the words around a date that tell whether its year is the time a story is told in:
a year in passing (a range to the present, a name, a relative clause), an age that moves the
story on, a date modifying a noun, a look back in the past perfect; and the stand-ins that let a
story told in BC years keep a reference time. Used by db.dates.extract's reference time."""

import datetime as dt
import re

from .bc_dating import bc_dating
from .bc_millennia import stand_in_base
from .bracketed_asides import in_bracketed_sentence
from .cue_guard import guard
from .of_year_names import names_a_thing
from .participle_years import participle_year
from .periods import dating
from .provenance_years import provenance_year
from .purpose_years import year_for_a_thing
from .span_years import span_holds_story
from .telling_years import telling_year
from .when_frame_years import dated_when_frame

# A year that opens a range to the present ("arrested in several states since 1990", "shootings
# dating to 1994") or names a thing ("the Dec. 21, 1988, bombing", "the 1994 election") is no
# time the next sentences are told in.
_NOT_STORY_TIME = re.compile(
    r"(?i)\b(?:since|dating\s+(?:back\s+)?to|dates?\s+(?:back\s+)?(?:to|from)|"
    r"as\s+(?:early|far\s+back)\s+as|the)\s+$"
    # a span in passing: "devices sold between 2022 and 2024"
    r"|\bbetween\s+(?:\d{4}\s+and\s+)?$"
)
# A sports season told by its years is a time, not a thing: "In the 2011-12 season the club won"
_SEASON_AFTER = re.compile(r"(?i)\d{4}(?:[-–/]\d{2}(?:\d{2})?)?\s+season\b")
# ... nor is one in a relative clause set off by commas, background to its sentence ("the
# suspect, who was arrested in 2017 for fraud, fled the country in August").
_RELATIVE_CLAUSE_BEFORE = guard(
    r"(?i),\s*(?:who|which|whose)\b[^,;:()]{0,80}$"
    r"|\bwhose\b[^,;:()]{0,85}$"  # "the architect whose plans guided ... after the fire of 1967"
    r"|\bsince\b[^,;:.()]{0,80}$"  # "has worsened since the killing of the president in 2021"
    # a participle set off after a name: "Coach Ana Ruiz, appointed in May 2024 after ..."
    r"|\w,\s*(?:appointed|elected|named|hired|signed|promoted|sworn\s+in|re-?elected|"
    r"installed|nominated|recruited|acquired|bought|founded|born)\b[^,;:()]{0,40}$"
    # ... or any participle an adverb marks as a thing's history: "The plans, first proposed in
    # 2019, were shelved in December"
    r"|\w,\s*(?:first|originally|initially|previously|formerly)\s+[a-z]+ed\b[^,;:()]{0,40}$"
    # a relative clause without a relative word: "helped by a programme it set up in 2023"
    r"|\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){1,4}(?:it|they)\s+[a-z]+(?:\s+up)?\s+in\s+$"
    # a thing's history as speech puts it, the thing named and taken up again by a pronoun: "the
    # old pier, it was only opened in 1902, and ..."
    r"|\w,\s*(?:it|they)\s+(?:was|were|had\s+been)\s+(?:only\s+|just\s+|first\s+|not\s+)?"
    r"(?:[a-z]+ed|built|begun|made|done|finished|opened|put\s+up)\s+(?:back\s+)?in\s+$"
)
_HISTORY_ADVERBS = ("first", "originally", "initially", "previously", "formerly")
_ASIDE_WORDS = (
    "appointed", "elected", "named", "hired", "signed", "promoted", "sworn", "installed",
    "nominated", "recruited", "acquired", "bought", "founded", "born",
)  # fmt: skip
# An age moves the story on by years the text does not give ("Born in 1871, she moved to Paris
# at the age of twenty. In May ..."): the year before it no longer holds.
_AGE = re.compile(r"(?i)\bat\s+(?:the\s+)?age\s+(?:of\s+)?\w+|\baged\s+\d")


def passing_year(text: str, sb: int, begin: int, text_year: tuple | None = None) -> bool:
    """Whether an explicit year at `begin` is in passing (`_NOT_STORY_TIME`,
    `_RELATIVE_CLAUSE_BEFORE`; in a story told in `text_year`, a thing named by another year:
    `names_a_thing`); word tests first, the regexes are slow."""
    if text_year is not None and names_a_thing(text, sb, begin, text_year[0]):  # "pact of 1932"
        return True
    if participle_year(text, sb, begin):  # "the abbey founded by Saint Benedict in 529"
        return True
    if year_for_a_thing(text, begin):  # "plans to present its budget for 2027 in October"
        return True
    if provenance_year(text, sb, begin):  # "the log of 1916 came to the archive in 1983"
        return True
    if text_year is not None and telling_year(text, sb, begin):  # ", recorded in 1971"
        return True
    if text_year is not None and in_bracketed_sentence(text, sb, begin):
        return True  # "(He was still airing the grievance in 1930.)": an aside in brackets
    if text_year is not None and span_holds_story(text, sb, begin, text_year[0]):
        return True  # "kept a diary from 1831 until his death in 1846" told in 1838
    near = text[max(sb, begin - 90) : begin].lower()
    tail = near[-30:]
    if (
        ("since" in tail or "the" in tail or "dat" in tail or "as" in tail or "betw" in tail)
        and _NOT_STORY_TIME.search(text, max(sb, begin - 30), begin)
        # "the 1994 election" names a thing, "in the 2011-12 season" is a time the story is in
        and not (tail.endswith("the ") and _SEASON_AFTER.match(text, begin))
    ):
        return True
    cue = (
        "since" in near
        or "wh" in near
        or ("," in near and any(w in near for w in _ASIDE_WORDS + _HISTORY_ADVERBS))
        or " it " in near[-30:]
        or " they " in near[-30:]
    )
    return cue and bool(_RELATIVE_CLAUSE_BEFORE.search(text, max(sb, begin - 90), begin))


def age_between(text: str, begin: int, end: int) -> bool:
    """Whether an age is given in text[begin:end] (a substring test first: the regex is slow)."""
    return " age" in text[begin:end].lower() and bool(_AGE.search(text, begin, end))


_THE_BEFORE = re.compile(r"(?i)\b(?:the|a|an)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b(?<!\bof)(?<!\band)(?<!\bor)(?<!\bto)")


def attributive(text: str, begin: int, end: int) -> bool:
    """Whether a date modifies a noun after an article ("the November 27 agreement", "the Aug. 2
    invasion"): it names an event rather than moving the narrative to that date."""
    return bool(
        text[begin:end][:1].isupper()
        and _THE_BEFORE.search(text, max(0, begin - 5), begin)
        and _NOUN_AFTER.match(text, end)
    )


# The past perfect ("had been proclaimed", "had never lost"): what the sentence tells happened
# before the story's time. "had to", "had a" are not it.
_PLUPERFECT = re.compile(
    r"(?i)\bhad\s+(?:(?:not|never|already|long|just|once|first|also|since|previously|earlier)"
    r"\s+)?(?!(?:to|a|an|the|his|her|their|its|our|my|your|no|some|many|few|more|little|much|"
    r"enough|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|every|"
    r"each|all|both|nothing|none|only)\b)[a-z]{2,}\b"
)
_YEAR_IN = re.compile(r"(?<![\d,.$£€])\b(1\d{3}|20\d{2})\b(?![\d,.]\d)")
# a relative clause in the past perfect, to the comma or stop that ends it
_RELATIVE_HAD = re.compile(r"(?i)\b(?:who|which)\s+had\b[^,;:()–—]*")


def looks_back(text: str, sb: int, se: int, story_year: int) -> bool:
    """Whether the sentence text[sb:se] looks back from a story told in `story_year`: a year
    before it, told in the past perfect ("On 28 June 1919 the treaty was signed.
    In January 1871 the empire had been proclaimed in the same hall, and on 18 January ...").
    Its dates take that year, but the story's time is back after it (`extract` restores it at
    the next sentence); substring tests first, the regexes are slow."""
    sentence = text[sb:se]
    if "had " not in sentence.lower() or not (had := _PLUPERFECT.search(sentence)):
        return False
    earlier = [m.start() for m in _YEAR_IN.finditer(sentence) if int(m[1]) < story_year]
    if not earlier:
        return False
    if dated_when_frame(sentence, had.start(), earlier):
        return False  # "When the council wrote in March 1896, he had built nothing for years"
    # "Snow, a doctor who had argued since 1849 that ..., began on 3 September": a relative
    # clause's look back is the person's or thing's, not the sentence's
    outside = _RELATIVE_HAD.sub(",", sentence) if "o had" in sentence or "h had" in sentence else ""
    return not outside or (
        bool(_PLUPERFECT.search(outside))
        and any(int(y) < story_year for y in _YEAR_IN.findall(outside))
    )


# BC years have no date of their own (the calendar here starts at year 1), yet a story told in
# them needs a reference time: "the summer of 48 BC ... the following winter", "46 BC ... the
# next year". A BC year n stands in as year base - n while the text is resolved (later BC
# years are later stand-ins, as time runs; the base is 1000, or higher for a text naming
# earlier years: `bc_millennia`), and `told_in_bc` writes the values found from them back as
# TIMEX3's BC values and places them in astronomical years (`bc_dating`).


def bc_stand_in(year: int, month: int = 1, day: int = 1, gran: str = "year") -> tuple | None:
    """The stand-in point of a BC date (None beyond the stand-in's range or for 29 February
    in a stand-in year that has none)."""
    base = stand_in_base()
    if not 0 < year < base:
        return None
    try:
        return (dt.date(base - year, month, day), gran)
    except ValueError:
        return None


_STAND_IN_YEAR = re.compile(r"\d{4}(?=-|T|$)")


def _from_stand_in(value: str) -> str:
    match = _STAND_IN_YEAR.match(value)
    if match is None:
        return value
    year, base = int(match.group()), stand_in_base()
    # 1 BC is followed by AD 1: no year 0
    era = f"BC{base - year:04d}" if year < base else f"{year - base + 1:04d}"
    return era + value[4:]


def across_the_era(point: tuple | None) -> tuple:
    """A stand-in point past the era boundary ("the following year" after 1 BC: AD 1) as the
    real date and its dating; a BC one (or none) stays off the calendar: (None, None)."""
    base = stand_in_base()
    if point is None or point[0].year < base:
        return None, None
    try:
        real = (point[0].replace(year=point[0].year - base + 1), *point[1:])
    except ValueError:  # 29 February of a stand-in year that is a leap year
        return None, None
    return real, dating(real)


def told_in_bc(mentions: list) -> None:
    """Write back the values resolved from a BC stand-in (a mention's `res.source` chain
    leads to a BC date), and place BC ones in astronomical years (`bc_dating`)."""
    told: set[int] = set()
    for m in mentions:
        res = m.res
        if res.value.startswith("BC") and res.point is not None:
            told.add(id(m))
            res.dating = bc_dating(res.point)  # "-0489-09": the timeline's year numbering
            res.point = None  # no stand-in past here: its year is no real one
            continue
        if res.source is None or id(res.source) not in told:
            continue
        told.add(id(m))
        res.value = _from_stand_in(res.value)
        if res.timeml is not None:
            type_, value, end = res.timeml
            res.timeml = (type_, _from_stand_in(value), end)
        if res.value.startswith("BC"):
            res.dating, res.point = bc_dating(res.point), None
        else:
            res.point, res.dating = across_the_era(res.point)
