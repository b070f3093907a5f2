"""The noun phrase a relative clause follows ("the suspect" in "the suspect, who was arrested
in 2017, ..."): what `clauses` gives a relative clause as its subject, for its title."""

from __future__ import annotations

from .tense import verb_tag

NP_STOP = {
    "of", "in", "on", "at", "for", "to", "from", "with", "by", "about", "and", "or", "but",
    "that", "said", "says",
}  # fmt: skip
DETERMINER = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these"}


def antecedent(before: str) -> str:
    """The noun phrase a relative clause follows: the last words before its comma, back to a
    determiner ("the site"), a preposition or a verb, at most four of them."""
    words = before.strip().rstrip(",").split()
    out: list[str] = []
    for w in reversed(words[-4:]):
        lw = w.lower().strip("`'\"")
        if lw in NP_STOP or verb_tag(w, "", False) is not None:
            break
        out.append(w)
        if lw in DETERMINER:
            break
    return " ".join(reversed(out))


def plan_antecedent(before: str) -> str:
    """The noun phrase a plan's relative clause (`clauses._cut_dated_plans`) follows, back to its
    determiner across a preposition ("a trip to Brussels that was due to ...")."""
    words = before.split()[-6:]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in DETERMINER:
            return " ".join(words[k:])
    return antecedent(before)
