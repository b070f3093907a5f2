"""A relative clause in the past with a date of its own, after a clause in the present: "Police are
renewing their appeal for a man who was last seen in Bristol on 2 June 2004", "The museum is
showing a coat which belonged to a sailor who drowned in 1881". The renewing and the showing are
now; only the seeing and the drowning are dated. The relative clause, opened by "who" or "which"
after its noun and right before its verb (a past one, an adverb such as "last" allowed between),
runs to the sentence's end or a stop (a comma only where a verb follows it: "last seen in Mill
Lane, Hexham, on 2 June" runs on); the clause around it is cut off from its date and resumes after
the stop. Used by `restrictive_relatives` as one more cut made at a date; a relative clause set off
by a comma is cut by `clauses`, which asks `runs_on` whether a comma inside it closes it."""

from __future__ import annotations

from .past_relatives import relative_cuts
from .present_states import present_state
from .tense import PAST, PRESENT, verb_tag

_WORDS = frozenset({"who", "which"})
_OPENERS = _WORDS | {"that"}  # "that" after a noun: "a plant that opened in 1998"
# words before "that" that take a content clause or are no noun ("says that", "so that")
_NOT_NOUN = frozenset(
    "so now such says claims believes insists argues notes thinks knows shows means suggests "
    "admits denies fears hopes given except than is are".split()
)
_STOPS = frozenset({";", ":", "(", ")", "–", "—"})
_REACH = 30  # tokens the relative clause runs at most
_BACK = 40  # tokens of the clause before it that are read for its tense
_TAIL = 40  # tokens after a comma inside it that may still be its own (an address, a day)
# what may stand between the relative word and its verb ("who was last seen" has it after)
_ADVERBS = frozenset({"last", "first", "later", "once", "then", "also", "finally", "only"})


def cut_present_relatives(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """The cuts (token, kind) of each dated past relative clause opened by "who" or "which"
    after a clause in the present: the relative clause ("relative") and the clause around it
    resuming after its stop ("resume")."""
    if _OPENERS.isdisjoint(words):
        return []
    out: list[tuple[int, str]] = []
    n = len(words)
    for r in range(2, n - 2):
        if words[r] not in _OPENERS or r in cuts or verb[r - 1]:
            continue
        if not words[r - 1][:1].isalpha() or (words[r] == "that" and words[r - 1] in _NOT_NOUN):
            continue
        k = r + 1 + (words[r + 1] in _ADVERBS)
        # after "that" the tagger reads a "-ed" word as an adjective: ask it as after a noun
        prev = "" if words[r] == "that" and k == r + 1 else words[k - 1]
        if k >= n or verb_tag(words[k], prev, False) != PAST:
            continue
        if not _present_before(words, verb, r - 1):
            continue
        # "..., is still missing": the clause around it goes on
        comma = lambda j: words[j] == "," and j + 1 < n and verb[j + 1]  # noqa: E731
        out += relative_cuts(words, atom, cuts, r, k, _REACH, _STOPS, comma)
    return out


def _present_before(words: list[str], verb: list[bool], r: int, lo: int = 0) -> bool:
    """Whether the clause before word `r` (from word `lo`, at most `_BACK` words) has a verb in
    the present and none in the past."""
    present = False
    for i in range(max(lo, r - _BACK), r):
        if not verb[i]:
            present = present or present_state(words, i)  # "heads a team", "that is tracing"
            continue
        tag = verb_tag(words[i], words[i - 1] if i else "", i == 0)
        if tag == PAST:
            return False
        present = present or tag == PRESENT
    return present


def runs_on(
    words: list[str], verb: list[bool], atom: list[bool], lo: int, r: int, stop: int
) -> bool:
    """Whether the relative clause at `r` (after a comma; its clause begins at `lo`) goes on
    past the comma at `stop`: after a clause in the present, a relative in the past whose words
    after that comma to the sentence's end hold a date and no verb ("Police are renewing their
    appeal for Ann Dale, who was last seen in Mill Lane, Hexham, on 2 June 2004": the place and
    the day are still the seeing's)."""
    n = len(words)
    if n - stop > _TAIL or not any(atom[stop + 1 :]) or any(verb[stop + 1 :]):
        return False  # a long tail (or a text with no full stops) is no address and a day
    k = r + 1 + (r + 1 < n and words[r + 1] in _ADVERBS)
    if words[r] not in _WORDS or k >= n or verb_tag(words[k], words[k - 1], False) != PAST:
        return False
    return _present_before(words, verb, r - 1, lo)
