"""A month told inside a sentence whose main clause is in the present, after a paragraph of
long-past years: the month is news time, the last one gone by, not the story's year.
- "He moved abroad in 2015 and has lived in Lisbon since March": a present perfect counted
  "since" a month runs up to now.
- "Its founder, who retired in May, is still a director": a relative clause inside a subject
  whose verb is present.
- "They have three sons and six grandchildren, the youngest born in May": a participle hung on a
  present main clause.
- "The club was founded in 1999. Its Christmas appeal has raised £400": a date naming a thing in
  the subject of a present perfect.
("had lived there since March", "who retired in May, was 80" keep the story's year.)
Used by `anchoring.pick_year_anchored`."""

from __future__ import annotations

import re

from .table import Ctx

_REACH = 160  # characters of the sentence looked at on either side of the month
_PERFECT_SINCE = re.compile(
    r"(?i)\b(?:has|have|['’]ve)\b(?:(?!\b(?:had|was|were|when|after|before)\b)[^.;:!?,]){0,80}"
    r"\bsince\s+(?:early\s+|late\s+|mid-)?$"
)
_RELATIVE = re.compile(r"(?i),\s+(?:who|which)\s+[^,.;:!?\"“”]{0,60}\bin\s+$")
_PRESENT_AFTER = re.compile(
    r"(?i)[^,.;:!?\"“”]{0,30},\s+(?:(?:still|now|also)\s+)?(?:has|have|is|are)\b"
)
_MAIN_PRESENT = re.compile(
    r"(?i)\s*(?:[A-Z][\w'’-]*\s+){1,3}(?:has|have|is|are)\s+[^.;:!?\"“”]{0,120},\s+(?:the\s+)?"
    r"[a-z-]+(?:\s+[a-z-]+){0,2}\s+(?:born|[a-z]{3,}ed)\s+in\s+$"
)

# the date as a modifier of the subject's noun, then its present perfect: "Christmas appeal has"
_SUBJECT_PERFECT = re.compile(r"\s+(?:[a-z-]+\s+){1,2}(?:has|have)\s+(?:been\s+|already\s+)?[a-z]")
_PRONOUN = re.compile(r"(?i)\s+(?:it|they|he|she|we|you|i|this|that|there)\b")
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:by|at|on|in|until|till|since|from|before|after|over|for|through|during)\s+$"
)
_NO_VERB_BEFORE = re.compile(r"(?i)[^.;:!?\"“”]*?\b(?:was|were|had|is|are|has|have|did|said)\b")


def present_main(c: Ctx) -> bool:
    """Whether the month at `c` is told within a present main clause (see above)."""
    start = max(c.sent_begin, c.begin - _REACH)
    before = c.text[start : c.begin]
    if not before.endswith(("since ", "in ", "early ", "late ", "mid-")):
        return _subject_perfect(c, before)  # "Its Christmas appeal has raised"
    if "since" in before and _PERFECT_SINCE.search(before) is not None:
        return True
    if ("who" in before or "which" in before) and _RELATIVE.search(before) is not None:
        return _PRESENT_AFTER.match(c.text, c.end, min(c.sent_end, c.end + _REACH)) is not None
    if c.begin - c.sent_begin > _REACH:
        return False
    return _MAIN_PRESENT.match(c.text, c.sent_begin, c.begin) is not None


def _subject_perfect(c: Ctx, before: str) -> bool:
    """Whether the date at `c` modifies the noun of a subject whose verb, right after, is a
    present perfect, and no verb comes before it in the sentence."""
    after = c.text[c.end : min(c.sent_end, c.end + 40)]
    if " ha" not in after or c.begin - c.sent_begin > 80:
        return False  # the cheap guard
    if _SUBJECT_PERFECT.match(after) is None or _PRONOUN.match(after) is not None:
        return False
    if _PREPOSITION_BEFORE.search(before[-12:]) is not None:
        return False  # "By Christmas it has carried ...": a date of the clause, not the subject's
    return _NO_VERB_BEFORE.match(c.text, c.sent_begin, c.begin) is None
