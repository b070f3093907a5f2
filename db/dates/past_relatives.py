"""A relative clause in the past with a date of its own, inside a clause of what is to come: "The
airline will refund every passenger hit by the strike that grounded its fleet on Monday and
Tuesday", "The council will rebuild the bridge that collapsed in March". What is to come is the
refund or the rebuilding; the grounding and the collapse happened, on their own dates. The
relative clause runs from "that" to the next stop (a comma, a colon, a dash, a bracket or "and"
before a verb); it is cut only where it holds a date and "that" is its subject, right before a
simple past. So is one after the object of a clause in the past ("Divers reached the wreck of a
ferry that capsized on Sunday", "Investigators recovered the recorder of the jet that crashed in
May"): the capsizing and the crash have their dates, the reaching and the recovering came after
and are not dated by them (`cut_object_relatives`). Used by `restrictive_relatives` as one more
cut made at a date."""

from __future__ import annotations

from collections.abc import Callable

from .happening_nouns import is_happening_noun
from .tense import PAST, verb_tag

_TO_COME = frozenset({"will", "shall", "'ll", "’ll"})
_STOPS = frozenset({",", ";", ":", "(", ")", "–", "—"})
_REACH = 24  # tokens the relative clause runs at most


def cut_past_relatives(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """The cuts (token, kind) of each dated past relative clause opened by "that" in a clause
    of what is to come: the relative clause ("relative") and the clause around it resuming
    after its stop ("resume")."""
    if "that" not in words or _TO_COME.isdisjoint(words):
        return []
    out: list[tuple[int, str]] = []
    n = len(words)
    for r in range(2, n - 2):
        if words[r] != "that" or r in cuts or verb[r - 1]:
            continue
        if not words[r - 1][:1].isalnum() or not any(w in _TO_COME for w in words[:r]):
            continue
        k = r + 1  # "that" reads as a determiner to the verb tags: its verb is read alone
        if verb_tag(words[k], "", False) != PAST:
            continue
        # "... and will pay": the clause around it goes on
        conjunction = lambda j: words[j] in ("and", "or", "but") and j + 1 < n and verb[j + 1]  # noqa: E731
        out += relative_cuts(words, atom, cuts, r, k, _REACH, _STOPS, conjunction)
    return out


# words before "that" that take a content clause or are no noun ("said that", "so that")
_NOT_NOUN = frozenset(
    "so now such says said claims claimed believes believed insists insisted argues argued notes "
    "noted thinks thought knows knew shows showed means meant suggests suggested admits admitted "
    "denies denied fears feared hopes hoped given except than is are was were reports reported "
    "warned warns told tells after before since until once and or but".split()
)
_OBJECT_BACK = 12  # tokens before the noun the clause's past verb is looked for in
# what makes the noun no object's: a clause break, or a preposition of the occasion the past
# clause took part in ("voted in a ballot that closed on 25 September", "sat on the committee
# that reviewed it the following year": the voting and the sitting are that ballot's and that
# committee's); only an "of" phrase of the object is still the object's
_NOT_OBJECT = frozenset(
    ", that which who in on at during from for with by into onto to under over after before "
    "through across within without among between against".split()
)


def cut_object_relatives(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """The cuts (token, kind) of each dated past relative clause opened by "that" after the
    object of a past clause (module doc): its verb a simple past right after "that", its noun no
    happening's ("the storm that hit on Sunday" dates what the storm did, `is_happening_noun`),
    and a past verb before the noun in its clause with no date between."""
    if "that" not in words:
        return []
    out: list[tuple[int, str]] = []
    n = len(words)
    for r in range(3, n - 2):
        if words[r] != "that" or r in cuts or verb[r - 1]:
            continue
        noun = words[r - 1]
        if not noun.isalpha() or noun in _NOT_NOUN or is_happening_noun(noun):
            continue
        k = r + 1
        if verb_tag(words[k], "", False) != PAST or not _past_object_of(words, verb, atom, r - 1):
            continue
        conjunction = lambda j: words[j] in ("and", "or", "but") and j + 1 < n and verb[j + 1]  # noqa: E731
        out += relative_cuts(words, atom, cuts, r, k, _REACH, _STOPS, conjunction)
    return out


def _past_object_of(words: list[str], verb: list[bool], atom: list[bool], noun: int) -> bool:
    """Whether the noun at `noun` is in the object of a past verb before it in its clause: the
    nearest verb back (past a determiner, adjectives, "of" phrases) is a simple past, and no
    date, stop or other preposition stands between."""
    for i in range(noun - 1, max(-1, noun - 1 - _OBJECT_BACK), -1):
        if atom[i] or words[i] in _STOPS or words[i] in _NOT_OBJECT:
            return False
        if verb[i]:
            return i > 0 and verb_tag(words[i], words[i - 1], False) == PAST
    return False


def relative_cuts(
    words: list[str],
    atom: list[bool],
    cuts: dict[int, str],
    r: int,
    k: int,
    reach: int,
    stops: frozenset[str],
    closes: Callable[[int], bool],
) -> list[tuple[int, str]]:
    """The cuts of the relative clause opened at word `r` whose verb is word `k`: it runs from
    after its verb to a stop or a word `closes` says ends it, at most `reach` words from `r`,
    and is cut ("relative", then "resume" where the clause around it goes on) only if it holds a
    date; none where it runs too far or into another cut."""
    n = len(words)
    dated, j = False, k + 1
    while j < n and j - r <= reach and words[j] not in stops and j not in cuts:
        if closes(j):
            break
        dated = dated or atom[j]
        j += 1
    if not dated or j in cuts or (j < n and j - r > reach):
        return []
    return [(r, "relative"), (j, "resume")] if j < n - 1 else [(r, "relative")]
