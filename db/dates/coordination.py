"""Clause cuts `clauses.split` adds after its scan, so that each date's event takes its own clause.

- A coordination followed by a date expression and a clause of its own: "In 771 he defeated the
  Hastings people, and by 785 he ruled Kent", "She moved to Paris in 1871 and then in 1874 she
  opened a studio", "The company cut 300 jobs in March, but in June it hired again". The scan
  cuts at "and" only when a subject and a verb follow at once; a date between them hid the
  clause, and each date took the whole sentence as its title. With no subject of its own ("...
  and in 1874 opened a studio") the second clause borrows the first one's, as a participle does;
  so does a past predicate with a date of its own after a dated one ("The mill burned down in
  1921 and was rebuilt in 1925"), and a present perfect with no date after a dated past ("We
  stopped selling it on 18 September and have written to every customer": the writing is news of
  now, not of 18 September; `perfect_conjuncts`).
- A manner clause, "as if" / "as though", stays in its clause: no condition, and no title ending
  on a dangling "as" ("he ruled Kent as").

Works on the token lists of `clauses._Toks` (words in lower case, verbs, date tokens), given as
lists so that this module does not import `clauses`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from .perfect_conjuncts import perfect_after_dated_past

_JOINERS = frozenset({"and", "but", "yet", "so"})
# Adverbs of sequence between the conjunction and the date: "and then in 1874", "but later",
# "and shortly after 1 a.m.".
_SEQUENCE = frozenset({
    "then", "later", "soon", "afterwards", "finally", "eventually", "shortly", "just", "sometime",
})  # fmt: skip
# A preposition before a date expression the date finder left out of it: "and by 785".
_BEFORE_DATE = frozenset(
    {"in", "on", "by", "at", "during", "from", "since", "until", "till", "around", "about",
     "after", "before", "early", "late", "within", "c", "circa", "ca"}
)  # fmt: skip
# What a clause's subject does not start with: the next clause is not one.
_NO_SUBJECT = frozenset({",", ";", ":", "and", "or", "but", "to", "of", "than", "as", "(", ")"})
_RANGE = frozenset({"to", "and", "until", "till", "-", "–", "—"})
_SUBJECT_WORDS = 5  # words of a subject before its verb
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "or", "but"})


def dated_coordinations(
    words: Sequence[str],
    verb: Sequence[bool],
    atom: Sequence[bool],
    cues: Iterable[int],
    cuts: Collection[int],
) -> list[tuple[int, bool]]:
    """Where a conjunction opens a dated clause (module docstring), each with whether that
    clause has a subject of its own (else it borrows the one before). `cues`: the tokens the
    scan looked at (commas and conjunctions among them), in order; `cuts`: those it cut at (a
    conjunction among them is found again: its clause may borrow a subject)."""
    n = len(words)
    found: list[tuple[int, bool]] = []
    before = sorted(cuts)
    last_cut, p = 0, 0
    if "then" in words:  # ", then in 1874 she ...": "then" is no cue of the scan
        cues = sorted({*cues, *(k for k, w in enumerate(words) if w == "then")})
    for i in cues:
        if not (0 < i < n - 2) or atom[i]:
            continue
        if words[i] not in _JOINERS and not (words[i] == "then" and words[i - 1] == ","):
            continue
        while p < len(before) and before[p] < i:
            last_cut = max(last_cut, before[p])
            p += 1
        if not any(verb[last_cut:i]):
            continue  # "In May and in June it rained": no clause before the conjunction
        if _dated_predicates(words, verb, atom, last_cut, i):
            found.append((i, False))  # "burned down in 1921 and was rebuilt in 1925"
            last_cut = i
            continue
        if perfect_after_dated_past(words, verb, atom, last_cut, i):
            found.append((i, False))  # "stopped sales on 18 May and have written to buyers"
            last_cut = i
            continue
        j = i + 1
        if words[j] in _SEQUENCE and not atom[j]:
            j += 1
        if j < n and words[j] == ",":
            j += 1
        adverbial = j > i + 1  # a preposition or "then" before the date
        if j + 2 < n and words[j] in ("early", "late") and words[j + 1] in ("in", "on"):
            j += 1  # "and late in 1645 the keep was pulled down"
        if j + 1 < n and words[j] in _BEFORE_DATE and atom[j + 1]:
            j, adverbial = j + 1, True
        if j >= n or not atom[j]:
            continue
        # "and 2020 saw a recovery": a bare year (or "the ...") before a verb is its subject
        subject = not adverbial and (words[j][0].isdigit() or words[j] == "the")
        while j < n and (atom[j] or (words[j] in _RANGE and j + 1 < n and atom[j + 1])):
            j += 1  # "and from 2010 to 2015 he led": a range the finder left in two
        if j < n and words[j] == ",":
            j += 1
        own = _clause_after(words, verb, j)
        if own is False and subject:
            own = True
        if own is not None:
            found.append((i, own))
            last_cut = i
    return found


_PREDICATE_WORDS = 10  # words after "and" a second predicate's date is looked for in


def _dated_predicates(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], start: int, i: int
) -> bool:
    """Whether the conjunction at `i` joins two dated predicates of one subject: a date before
    it in its clause, a past verb right after it and a date of its own before the next break
    ("The mill burned down in 1921 and was rebuilt in 1925")."""
    j = i + 1
    if not any(atom[start:i]) or j >= len(words):
        return False
    if not ((verb[j] and words[j].endswith("ed")) or words[j] in _OPENING_PASTS):
        return False
    for k in range(j + 1, min(len(words), j + 1 + _PREDICATE_WORDS)):
        if words[k] in _BREAKS:
            return False
        if atom[k]:
            return True
    return False


def _clause_after(words: Sequence[str], verb: Sequence[bool], j: int) -> bool | None:
    """What follows a date after a conjunction, from token `j`: True for a subject and a verb
    ("he ruled", "the plant closed"), False for a past verb alone ("opened a studio": the
    subject is the clause's before), None for no clause (a list of dates, a noun phrase)."""
    n = len(words)
    if j >= n:
        return None
    if verb[j]:
        return False if words[j].endswith("ed") or words[j] in _OPENING_PASTS else None
    if words[j] in _NO_SUBJECT or words[j] in _CLAUSE_OPENERS:
        return None  # "in December and January, when the virus peaked": a list of dates
    if words[j] in _PRONOUNS and j + 1 < n and _short_past(words[j + 1]):
        return True  # "and on 29 July 796 he died": a past the verb lists leave out
    for k in range(j + 1, min(n, j + 1 + _SUBJECT_WORDS)):
        if words[k] in _BREAKS:
            return None
        if verb[k]:
            return True
    return None


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
# What opens a clause set on the dates before it, not a subject of a clause of their own.
_CLAUSE_OPENERS = frozenset({"when", "where", "which", "who", "while", "whose"})


def _short_past(word: str) -> bool:
    """A past after a pronoun that `tense` does not tag: "died", "fled", "wed"."""
    return word.endswith("ed") or word in _OPENING_PASTS


# Irregular pasts (and auxiliaries) a clause without a subject can open with: "and in 1874
# built a studio", "and in 1880 was elected mayor".
_OPENING_PASTS = frozenset(
    {"built", "began", "became", "bought", "brought", "came", "died", "fell", "fought", "found",
     "gave", "got", "went", "held", "kept", "led", "left", "lost", "made", "met", "paid", "ran",
     "rose", "sold", "sent", "saw", "set", "took", "told", "won", "wrote", "spent", "struck",
     "was", "were", "had"}
)  # fmt: skip


# "as if" / "as though": a manner clause, part of its host's predicate.
_MANNER = frozenset({"if", "though"})


def keep_manner_clauses(words: Sequence[str], cuts: dict[int, str]) -> None:
    """Drop a cut made at "if" / "though" after "as": "he ruled Kent as if it were his own" is
    one happening, not a condition (and no title ending on a dangling "as")."""
    for k in [k for k in cuts if 0 < k < len(words) and words[k] in _MANNER]:
        if words[k - 1] == "as":
            del cuts[k]
