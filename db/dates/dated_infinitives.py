"""An infinitive of what a verb asks, agrees or promises, or of a plan's noun, with a date of its
own: "The committee has asked the minister to give evidence on October 21", "Both unions agreed
to meet again next Tuesday", "withdrew his invitation to visit in June", "withdrew his invitation
for the president to visit in June". The date is the
evidence's, the meeting's or the visit's, still ahead of the asking or the agreeing: the
infinitive is a happening of its own (a plan), and the clause before it keeps its own date (or
none: news of the day).

Works on the token lists of `clauses._Toks` (words in lower case, verbs, date tokens), given as
lists so that this module does not import `clauses`; `plan_before` reads the text before a date
for `rules.anchoring`, whose year for such a date is the one nearer the DCT, as a plan's.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .cue_guard import guard
from .lexicon import MONTHS

# Verbs whose infinitive is a later happening than they are: one done by their object ("asked
# the minister to ...") and one done by their subject ("agreed to ...", "promised to ...").
# Not "decided", "voted", "tried", "began": their infinitive is often dated with them.
_ASKING = frozenset(
    {
        "ask", "asks", "asked", "invite", "invites", "invited", "urge", "urges", "urged",
        "instruct", "instructs", "instructed",
        "request", "requests", "requested", "encourage", "encourages", "encouraged",
    }
)  # fmt: skip
_AGREEING = frozenset(
    {
        "agree", "agrees", "agreed", "promise", "promises", "promised", "pledge", "pledges",
        "pledged", "vow", "vows", "vowed", "arrange", "arranges", "arranged",
    }
)  # fmt: skip
# Nouns of a plan whose infinitive is the plan's happening: "withdrew his invitation to visit in
# June", "dropped its plan to close the plant in March" (the withdrawing is not in June)
_PLAN_NOUNS = frozenset(
    {
        "invitation", "invitations", "plan", "plans", "offer", "bid", "request", "proposal",
        "proposals", "promise", "pledge", "call", "calls",
    }
)  # fmt: skip
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "new"}
)
_OBJECT_WORDS = 4  # words of the object between an asking verb and "to" ("the two ministers")
_REACH = 14  # words from "to" to its date
_BREAKS = frozenset({",", ";", ":", "(", ")", ".", "!", "?", '"', "“", "”"})
# Not an infinitive's verb after "to": "agreed to a truce", "invited to the palace"
_NOT_BASE = frozenset(
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those",
        "him", "them", "me", "us", "it", "you", "be", "have", "all", "any", "some", "what",
        "which", "whom", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "date", "terms", "plans", "pay", "cut", "cuts", "work",
    }
)  # fmt: skip


def _base_form(word: str) -> bool:
    """Whether a word after "to" may be a verb's base form: not "-ing", "-ed", nor a plural
    noun ("invited them to talks"; "discuss", "focus" are verbs)."""
    if word.endswith(("ing", "ed")):
        return False
    return not word.endswith("s") or word.endswith(("ss", "us"))


def _plan_noun(words: Sequence[str], verb: Sequence[bool], k: int) -> int | None:
    """The index of the plan's noun right before "to" at `k`, or before the one it names to do
    it: "his invitation for Eisenhower to visit", "a call for both sides to meet"."""
    if words[k - 1] in _PLAN_NOUNS:
        return k - 1
    for j in range(k - 2, max(0, k - 2 - _OBJECT_WORDS), -1):
        if words[j] in _BREAKS or verb[j]:
            return None
        if words[j] == "for":
            return j - 1 if j > 1 and words[j - 1] in _PLAN_NOUNS else None
    return None


def _asker(words: Sequence[str], verb: Sequence[bool], k: int) -> int | None:
    """The index of the asking or agreeing verb whose infinitive "to" at `k` opens, if any."""
    if words[k - 1] in _AGREEING:
        return k - 1
    noun = _plan_noun(words, verb, k)
    if noun is not None:
        # a noun after a verb or a determiner ("announced plans", "its plan"), not the verb of
        # a subject ("The ministry plans to ...": the plan is the sentence's own)
        before = words[noun - 1]
        return (
            noun
            if verb[noun - 1] or before in _DETERMINERS or before.endswith(("'s", "’s"))
            else None
        )
    for j in range(k - 1, max(-1, k - 2 - _OBJECT_WORDS), -1):
        if words[j] in _ASKING:
            return j if j < k - 1 else None  # "asked to ...": the asked one's, a passive's
        if words[j] in _BREAKS or (verb[j] and j < k - 1):
            return None
    return None


def dated_infinitives(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[int]:
    """The "to" tokens that open such an infinitive: its verb right after "to", its date within
    a few words and before any break, nothing cut inside it."""
    n = len(words)
    found: list[int] = []
    for k in range(2, n - 2):
        if words[k] != "to" or k in cuts or atom[k] or atom[k + 1]:
            continue
        nxt = words[k + 1]
        if not nxt.isalpha() or nxt in _NOT_BASE or not _base_form(nxt):
            continue
        if _asker(words, verb, k) is None:
            continue
        for j in range(k + 2, min(n, k + 2 + _REACH)):
            if words[j] in _BREAKS or j in cuts:
                break
            if atom[j]:
                if _ahead_words(words, atom, j) and not _occasion_of_asking(words, j):
                    found.append(k)
                break
    return found


# "agreed to consult at its meeting on 19 November": the meeting is where the agreeing was done
_OCCASIONS = frozenset({"meeting", "session", "conference", "summit", "assembly", "congress"})


def _occasion_of_asking(words: Sequence[str], j: int) -> bool:
    """Whether the date at token `j` is that of the occasion the asking or agreeing was done at:
    "at its meeting on 19 November", "at the spring conference in May"."""
    k = j - 1 if words[j - 1] in ("on", "in") else j
    if k < 3 or words[k - 1] not in _OCCASIONS:
        return False
    at = next((i for i in range(k - 2, max(-1, k - 5), -1) if words[i] == "at"), None)
    return at is not None and (words[at + 1] in _DETERMINERS or words[at + 1].endswith("'s"))


def _ahead_words(words: Sequence[str], atom: Sequence[bool], j: int) -> bool:
    """Whether the date at token `j` names its month or says "next": "on October 21", "in June",
    "next Tuesday". A bare weekday ("asked witnesses to come forward on Saturday") is as often
    the asking's own day in news, so it stays with the asking."""
    while j < len(words) and atom[j]:
        if words[j] in MONTHS or words[j] == "next":
            return True
        j += 1
    return False


_PLAN_BEFORE = guard(
    r"(?i)\b(?:(?:" + "|".join(sorted(_AGREEING | _PLAN_NOUNS)) + r")"
    r"(?:\s+for(?:\s+[\w'’-]+){1,4})?|"  # "his invitation for Eisenhower to visit in June"
    r"(?:" + "|".join(sorted(_ASKING)) + r")(?:\s+[\w'’-]+){1,4})"
    r"\s+to\s+([a-z]+)\b[^.;:,!?\"“”]{0,80}$"
)


def plan_before(before: str) -> bool:
    """Whether the text before a date ends inside such an infinitive ("agreed to review the
    model in"): a plan's date, so its year is the one nearer the DCT."""
    if " to " not in before[-100:]:
        return False
    m = _PLAN_BEFORE.search(before[-130:])
    return m is not None and m.group(1).lower() not in _NOT_BASE and _base_form(m.group(1).lower())


_ASKED_ONE = re.compile(
    r"(?i)\b(?:(?:" + "|".join(sorted(_ASKING)) + r")|"
    # "his invitation for Eisenhower": the one the plan names to do it
    r"(?:" + "|".join(sorted(_PLAN_NOUNS)) + r")\s+for)"
    r"\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*$"
)


def asked_one(host: str) -> str | None:
    """The object of an asking verb that ends the clause before such an infinitive ("The panel
    has asked the minister" -> "the minister"), or the one a plan's noun names ("withdrew his
    invitation for Eisenhower" -> "Eisenhower"): who is to do what the infinitive says."""
    m = _ASKED_ONE.search(host)
    return m.group(1) if m else None
