"""Whether a date opens its clause, and what a bound before it says (`happenings`' titles)."""

from __future__ import annotations


def opening_by(head: str, at: int) -> bool:
    """Whether the bound before a date is a "by" that opens its clause ("By 1990, the mill
    employed 400 people"): what held by then, dated then; a later "by Friday" is a deadline."""
    before = head[:at].strip(" ,;:–—-(").lower()
    bound = " ".join(head[at:].lower().split())  # "As early as 1649, ...": by then, too
    opens = before in ("", "and", "but", "so", "yet")
    return opens and bound in ("by", "as early as", "as late as")


def nothing_before(head: str) -> bool:
    """Whether a date opens its clause (`head` the clause's text before it): nothing but
    quotes, a phrase closed by a comma ("In the capital, today is ..."), or a word that opens a
    clause ("as Easter week began"); not "The firm on Monday said"."""
    stripped = head.rstrip()
    if not any(ch.isalnum() for ch in stripped) or stripped.endswith(","):
        return True
    last = stripped.rsplit(None, 1)[-1].lower()
    return last in CLAUSE_OPENERS


PERIOD_AFTER = {"ended", "ending", "ends", "end"}
# ... not "after", "since", "until": before a date they are its preposition ("the killings
# since 1993 were ...").
CLAUSE_OPENERS = {
    "as", "when", "while", "because", "and", "but", "that", "if", "once", "though", "although",
}  # fmt: skip
