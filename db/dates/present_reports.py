"""A report in the present tense is news of the publication day beside the dated past it
reports: "Farmers along the route say the trust drained a reservoir last spring" tells of the
spring (the draining) and of now (the farmers' saying so). Used by db.dates.happenings (the
report is a happening of its own, placed on the publication day) and db.dates.clauses (a plural
subject's "say" is a verb that opens a report)."""

import re

# Present forms of the reporting verbs db.dates.clauses knows.
_PRESENT = frozenset({
    "say", "says", "tell", "tells", "announces", "reports", "adds", "states", "claim", "claims",
    "confirms", "deny", "denies", "insist", "insists", "warn", "warns", "notes", "writes",
    "argue", "argues", "allege", "alleges", "admit", "admits", "believe", "believes", "think",
    "thinks", "concede", "concedes", "tweets", "cautions", "complain", "complains", "recall",
    "recalls",
})  # fmt: skip
# Words before "say" that make it no finite present: "to say", "would say", "have their say".
_NOT_FINITE_BEFORE = frozenset({
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did",
    "do", "does", "not", "n't", "a", "the", "their", "his", "her", "its", "our", "your", "my",
    "final", "no", "any", ",", "let", "'d", "’d",
})  # fmt: skip


def present_report_verb(
    text: str, pieces: list[tuple[int, int]], word: str
) -> tuple[int, int] | None:
    """Where the present-tense reporting verb `word` of a report clause's `pieces` stands, or
    None when the report is in another tense."""
    if word.lower() not in _PRESENT:
        return None
    verb = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
    for b, e in pieces:
        m = verb.search(text, b, e)
        if m is not None:
            return m.start(), m.end()
    return None


def plural_say(words: list[str], verb: list[bool], i: int) -> bool:
    """Whether the lower-case token `words[i]`, "say", is a finite present with the subject
    before it ("Residents say ...", "Farmers along the route say ..."): no verb before it in
    the sentence and no word before it that makes it an infinitive or a noun."""
    return (
        words[i] == "say" and i > 0 and words[i - 1] not in _NOT_FINITE_BEFORE and not any(verb[:i])
    )
