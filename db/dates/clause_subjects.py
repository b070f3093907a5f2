"""Whom a clause is about, for a title that stands alone: the subject before a clause's first
verb ("The rebels" of "The rebels withdrew"), and a relative or participle clause told with its
antecedent ("who was arrested in 2017" after "the suspect": "the suspect was arrested in 2017")."""

from __future__ import annotations

import re

from .tense import verb_tag

# A word: letters, with inner apostrophes ("don't"); happenings reads its clauses with it too.
WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_RELATIVE_WORDS = {"who", "which", "whose", "where", "when"}
# Leading words a title does without: connectives, a subordinator, "that" of reported speech.
LEAD = re.compile(
    r"(?i)^(?:\W*(?:and|but|or|so|yet|however|meanwhile|moreover|furthermore|also|still|"
    r"instead|then|thus|therefore|nevertheless|in\s+addition|in\s+fact|as\s+a\s+result|"
    r"at\s+the\s+same\s+time|after\s+all|that|after|before|when|while|because|although|though|"
    r"whereas|until|once|since|as|who|which|where|whose|"
    r"(?:in|on|at|from|to|for|by|with|under|during|of|after|before|through|since)\s+"
    r"(?:which|whom))\b[,\s]*)+"
)
_SUBJECT_WORDS = 6  # a subject longer than this is not lent to a participle's title


def subject(clause: str) -> str:
    """The words of a clause before its first verb ("The rebels" of "The rebels withdrew"),
    without a leading connective or date; "" when none or longer than a short noun phrase."""
    prev, first = "", True
    for m in WORD.finditer(clause):
        if verb_tag(m.group(), prev, first) is not None:
            subject = LEAD.sub("", clause[: m.start()]).strip(" ,")
            subject = subject.split(",")[0].strip()  # "The minister, meanwhile,": the minister
            size = len(subject.split())
            return subject if 0 < size <= _SUBJECT_WORDS else ""
        prev, first = m.group().lower(), False
    return ""


# A preposition before a date expression, left with it out of a subject.
# "In 1871", and a part of the day or year the date is of: "On the night of 3 May 1846"
_DATE_PREPOSITION = re.compile(
    r"(?i)\b(?:(?:in|on|at|by|during)\s+the\s+(?:night|morning|afternoon|evening|eve|"
    r"spring|summer|autumn|winter|beginning|middle|end)\s+of|"
    r"in|on|at|by|during|since|from|until|around|about)\s*$"
)


def subject_without_dates(text: str, begin: int, end: int, atoms: list[tuple[int, int]]) -> str:
    """`subject` of text[begin:end] with the date expressions at `atoms` (sorted spans) and
    their prepositions left out: "In 1871 she moved to Paris" is about "she"."""
    parts, at = [], begin
    for b, e in atoms:
        if e <= at or b >= end:
            continue
        parts.append(_DATE_PREPOSITION.sub("", text[at:b]))
        at = e
    parts.append(text[at:end])
    return subject(" ".join(parts))


_PLAN_PRONOUNS = frozenset({"that", "he", "she", "it", "they", "we", "i", "you"})


def with_antecedent(subject: str, pronoun: str, rest: str) -> str:
    """ "who was arrested in 2017" after "the suspect": "the suspect was arrested in 2017"."""
    subject = LEAD.sub("", subject).strip(" ,")
    if not subject or not rest:
        return rest
    if pronoun == "whose":
        return f"{subject}'s {rest}"
    if pronoun in ("who", "which"):
        return f"{subject} {rest}"
    if pronoun in _PLAN_PRONOUNS:
        # a plan's relative clause ("a trip that was due to begin", "the match it was
        # scheduled to play"): the plan and what was to come of it
        return f"{subject} {rest}"
    if pronoun not in _RELATIVE_WORDS and rest.lower().startswith(pronoun):
        # "The ceasefire, agreed in March, ...": "The ceasefire was agreed"
        last = subject.split()[-1].lower()
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
        return f"{subject} {'were' if plural else 'was'} {rest}"
    return rest
