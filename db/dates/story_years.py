"""Tests on the words around a date that tell whether its year is the time a story is told in:
a year in passing (a range to the present, a name, a relative clause), an age that moves the
story on, a date modifying a noun. Used by db.dates.extract's reference time."""

import re

# A year that opens a range to the present ("arrested in several states since 1990", "shootings
# dating to 1994") or names a thing ("the Dec. 21, 1988, bombing", "the 1994 election") is no
# time the next sentences are told in.
_NOT_STORY_TIME = re.compile(
    r"(?i)\b(?:since|dating\s+(?:back\s+)?to|dates?\s+(?:back\s+)?(?:to|from)|"
    r"as\s+(?:early|far\s+back)\s+as|the)\s+$"
    # a span in passing: "devices sold between 2022 and 2024"
    r"|\bbetween\s+(?:\d{4}\s+and\s+)?$"
)
# ... nor is one in a relative clause set off by commas, background to its sentence ("the
# suspect, who was arrested in 2017 for fraud, fled the country in August").
_RELATIVE_CLAUSE_BEFORE = re.compile(
    r"(?i),\s*(?:who|which|whose)\b[^,;:()]{0,80}$"
    r"|\bsince\b[^,;:.()]{0,80}$"  # "has worsened since the killing of the president in 2021"
    # a participle set off after a name: "Coach Ana Ruiz, appointed in May 2024 after ..."
    r"|\w,\s*(?:appointed|elected|named|hired|signed|promoted|sworn\s+in|re-?elected|"
    r"installed|nominated|recruited|acquired|bought|founded|born)\b[^,;:()]{0,40}$"
)
_ASIDE_WORDS = (
    "appointed", "elected", "named", "hired", "signed", "promoted", "sworn", "installed",
    "nominated", "recruited", "acquired", "bought", "founded", "born",
)  # fmt: skip
# An age moves the story on by years the text does not give ("Born in 1871, she moved to Paris
# at the age of twenty. In May ..."): the year before it no longer holds.
_AGE = re.compile(r"(?i)\bat\s+(?:the\s+)?age\s+(?:of\s+)?\w+|\baged\s+\d")


def passing_year(text: str, sb: int, begin: int) -> bool:
    """Whether an explicit year at `begin` is in passing (`_NOT_STORY_TIME`,
    `_RELATIVE_CLAUSE_BEFORE`); word tests first, the regexes are slow."""
    near = text[max(sb, begin - 90) : begin].lower()
    tail = near[-30:]
    if ("since" in tail or "the" in tail or "dat" in tail or "as" in tail or "betw" in tail) and (
        _NOT_STORY_TIME.search(text, max(sb, begin - 30), begin)
    ):
        return True
    cue = "since" in near or "wh" in near or ("," in near and any(w in near for w in _ASIDE_WORDS))
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
