"""A relative clause without commas that holds a date of its own ("A boy who was detained on Sunday
afternoon has been released", "The man who was arrested on Sunday appeared in court"; with
"that" only in the subject, before any verb: "A sensor that failed in 2023 has not been
repaired"): its date dates only it, as an aside set off by commas does, and the clause around it
goes on after it; so does a "whose" clause in an apposition the comma after its date closes
("Ingrid Vass, the architect whose plans guided the rebuilding after the fire of 1967, has
died"); and so does a relative clause after a preposition ("built a hut in which they spent the
winter"). Used by db.dates.clauses as one more cut made only at a date expression."""

from .happening_nouns import is_happening_noun
from .past_relatives import cut_object_relatives, cut_past_relatives
from .present_relatives import cut_present_relatives

_RELATIVE_WORDS = frozenset({"who", "which", "whose"})
# A word before "who" that makes it a question's or a content's ("asked who", "of who"), not a
# noun's relative clause.
_NOT_ANTECEDENT = frozenset({
    ",", ";", ":", "and", "or", "but", "of", "about", "to", "on", "know", "knows", "knew",
    "asked", "ask", "asks", "wondered", "said", "says", "told", "tell", "is", "was", "are",
    "were", "see", "saw", "decide", "decided", "determine", "unclear", "clear", "how", "no",
})  # fmt: skip
_BETWEEN_VERBS = frozenset({"not", "also", "been", "being", "be", "later", "then", "n't"})
_RELATIVE_OPENERS = _RELATIVE_WORDS | {"that"}  # the words a relative clause here opens with
_STOPS = frozenset({",", ";", ":", "and", "or", "but", "(", ")", "–", "—", "-"})
_REACH = 14  # tokens a relative clause may run before the verb of the clause around it
_APPOSITION_REACH = 24  # ... before the comma that closes an apposition it is in
_OWNED_WORDS = 6  # words of the noun after "whose" ("whose protest songs of the 1960s")


def cut_restrictive_relatives(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """The cuts (token, kind) of each dated relative clause without commas: the relative
    clause ("relative", at "who") and the clause around it resuming at its next verb
    ("resume"); none where a cut is already inside or the clause's end is unclear."""
    return (
        _worded_relatives(words, verb, atom, cuts)
        + _prepositional_relatives(words, verb, atom, cuts)
        + _dated_participles(words, verb, atom, cuts)
        + cut_past_relatives(words, verb, atom, cuts)
        + cut_object_relatives(words, verb, atom, cuts)
        + cut_present_relatives(words, verb, atom, cuts)
    )


def _worded_relatives(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """ "The man who was arrested on Sunday appeared": a relative word after its noun."""
    out: list[tuple[int, str]] = []
    if _RELATIVE_OPENERS.isdisjoint(words):
        return out  # most sentences hold none: nothing to walk
    n = len(words)
    for r in range(1, n - 2):
        if words[r] == "that" and r not in cuts and not any(verb[:r]):
            # "A sensor that failed in 2023 has not ...": in the subject, before any verb; not
            # after a happening ("the revolution that brought him to power in 1959": its date)
            if is_happening_noun(words[r - 1]):
                continue
        elif words[r] not in _RELATIVE_WORDS or r in cuts or verb[r - 1]:
            continue
        if words[r - 1] in _NOT_ANTECEDENT or not words[r - 1][:1].isalnum():
            continue
        k = r + 1
        owned = False  # a date in the noun after "whose" is the relative clause's too
        if words[r] == "whose":  # "the architect whose plans guided ...": past its noun
            while k < n - 1 and k - r <= _OWNED_WORDS and not verb[k] and words[k] not in _STOPS:
                owned = owned or atom[k]
                k += 1
        if words[r] == "that" and words[k].endswith("ed"):
            k += 1  # "that failed": "that" reads as a determiner to the verb tags
        elif not verb[k]:
            continue
        while k < n and (verb[k] or words[k] in _BETWEEN_VERBS):
            k += 1  # the relative clause's own verb group: "was detained", "had been seen"
        dated = owned
        while k < n and k - r <= _APPOSITION_REACH and not verb[k]:
            if words[k] in _STOPS or k in cuts:
                break
            dated = dated or atom[k]
            k += 1
        if k < n and k - r <= _REACH and verb[k] and dated and not atom[k] and k not in cuts:
            out += [(r, "relative"), (k, "resume")]
        elif dated and k + 1 < n and words[k] == "," and verb[k + 1] and k + 1 not in cuts:
            # in an apposition closed by a comma: "Ingrid Vass, the architect whose plans
            # guided the rebuilding after the fire of 1967, has died" resumes at "has died"
            out += [(r, "relative"), (k + 1, "resume")]
    return out


_TO_COME = frozenset({"will", "would", "shall", "must", "'ll", "’ll"})
_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "this", "that"})
# a word before the participle that makes it its clause's own verb group: "will be restored",
# "will stay closed"
_LINKING = frozenset({
    "be", "been", "being", "is", "are", "was", "were", "stay", "stays", "remain", "remains",
    "get", "gets", "got", "become", "becomes", "keep", "keeps", "kept", "left", "has", "have",
    "had", "not", "n't", "also", "then", "still", "now", "later",
})  # fmt: skip


def _dated_participles(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """ "will miss three weeks with a strain picked up in the nets on Tuesday": a past
    participle after a noun, with a date of its own and running to the sentence's end or a
    stop, in a clause of what is to come, is what happened to the noun (a relative clause
    without its pronoun), not part of the plan."""
    out: list[tuple[int, str]] = []
    if _TO_COME.isdisjoint(words):
        return out  # no clause of what is to come
    n = len(words)
    for r in range(3, n - 1):
        if not (words[r].endswith("ed") and verb[r]) or r in cuts or verb[r - 1]:
            continue
        if words[r - 1] in _STOPS or words[r - 1] in _LINKING or words[r - 1] in _TO_COME:
            continue
        if not any(w in _TO_COME for w in words[:r]):
            continue
        if not any(words[j] in _DETERMINERS for j in range(max(0, r - 4), r - 1)):
            continue  # "a side strain picked": a noun phrase before it
        out += _dated_to_stop(words, verb, atom, cuts, r, r + 1, stop_at_verb=True)
    return out


_PREPOSITIONS = frozenset({"in", "at", "on", "from", "during", "by", "with", "under", "for"})
_SUBJECT_WORDS = 4  # words between "which" and its clause's verb: "in which the two men spent"


def _prepositional_relatives(
    words: list[str], verb: list[bool], atom: list[bool], cuts: dict[int, str]
) -> list[tuple[int, str]]:
    """ "a stone hut in which they spent the winter": a dated relative clause opened by a
    preposition and "which" or "whom" after a noun, up to the next stop; the clause around it
    goes on after that stop."""
    out: list[tuple[int, str]] = []
    if "which" not in words and "whom" not in words:
        return out
    n = len(words)
    for r in range(2, n - 2):
        p = r - 1
        if words[r] not in ("which", "whom") or words[p] not in _PREPOSITIONS or p in cuts:
            continue
        if verb[p - 1] or not words[p - 1][:1].isalnum() or words[p - 1] in _STOPS:
            continue
        k = next((j for j in range(r + 2, min(n, r + 2 + _SUBJECT_WORDS)) if verb[j]), None)
        if k is None:
            continue
        out += _dated_to_stop(words, verb, atom, cuts, p, k, stop_at_verb=False)
    return out


def _dated_to_stop(
    words: list[str],
    verb: list[bool],
    atom: list[bool],
    cuts: dict[int, str],
    opens: int,
    k: int,
    stop_at_verb: bool,
) -> list[tuple[int, str]]:
    """The cuts of a relative clause opening at `opens` whose words from `k` run to the
    sentence's end or a stop (or, if `stop_at_verb`, a verb: then it is no such clause) with a
    date among them; the clause around it resumes after the stop."""
    n, dated = len(words), False
    while k < n and words[k] not in _STOPS and k not in cuts and not (stop_at_verb and verb[k]):
        dated = dated or atom[k]
        k += 1
    if not dated or (k < n and words[k] not in _STOPS) or k in cuts:
        return []
    return [(opens, "relative"), (k, "resume")] if k < n - 1 else [(opens, "relative")]
