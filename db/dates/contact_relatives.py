"""A relative clause without a relative word whose date is its own: "helped by a cocoa hedging
programme it set up in 2023", "sold the stadium they built in 1998". A pronoun subject right
after a noun phrase (a determiner at most four words back), then a past verb and a date before
the next break, right before it: that date dates only the relative clause, not the clause it
sits in ("Hoffer reported a rise in profit" is not 2023's). Only after a verb of the clause
around it, so that an opening phrase ("After the war they moved to Leeds in 1946") stays the
main clause's. Used by db.dates.clauses as one more cut made only at a date expression."""

from __future__ import annotations

from collections.abc import Collection, Sequence

_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this"})
_STOPS = frozenset({",", ";", ":", "(", ")", "and", "or", "but", "that", "which", "who"})
# a word that opens a clause of its own: "left it to the library when he died in 1931" has no
# relative clause, "he died" is the "when" clause's
_OPENERS = frozenset({"when", "after", "before", "because", "while", "if", "until", "once", "as"})
_NOUN_WORDS = 4  # words of the noun phrase after its determiner, the pronoun's noun last
_REACH = 10  # tokens after the verb its date is looked for in


def contact_relatives(
    words: Sequence[str], verb: Sequence[bool], atom: Sequence[bool], cuts: Collection[int]
) -> list[tuple[int, str]]:
    """The cuts (token, kind) of each dated relative clause without a relative word: the
    relative clause at its pronoun, and the clause around it resuming after a break that
    follows its date ("the 16 cents it reported last year, despite a rise in revenue")."""
    found: list[tuple[int, str]] = []
    if _PRONOUNS.isdisjoint(words):
        return found  # no pronoun subject
    for r in range(2, len(words) - 2):
        if words[r] not in _PRONOUNS or r in cuts or not verb[r + 1] or atom[r - 1]:
            continue
        prev = words[r - 1]
        if not prev.isalpha() or verb[r - 1] or prev in _DETERMINERS:
            continue
        det = next(
            (k for k in range(r - 2, max(-1, r - 2 - _NOUN_WORDS), -1) if words[k] in _DETERMINERS),
            None,
        )
        if (
            det is None
            or any(verb[det:r])
            or any(w in _STOPS or w in _OPENERS for w in words[det:r])
        ):
            continue
        if not any(verb[:det]):
            continue  # "After the war they moved ...": the main clause's own subject
        for k in range(r + 2, min(len(words), r + 2 + _REACH)):
            if atom[k]:
                # its date ends it ("... it set up in 2023."): else the words after may be the
                # clause around it's ("sold the stadium they built in 1998 to a developer")
                while k < len(words) and atom[k]:
                    k += 1
                if k >= len(words) - 1 or words[k] == ".":
                    found.append((r, "relative"))
                elif words[k] in _STOPS and k + 1 not in cuts:
                    found += [(r, "relative"), (k + 1, "resume")]
                break
            if words[k] in _STOPS or k in cuts:
                break
    return found
