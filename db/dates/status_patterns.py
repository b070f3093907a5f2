"""The words of a clause that say what came about: a plan or a verb group to come, a
condition, a denial, what did not happen (`happenings.SentenceHappenings` reads a clause's
status with them)."""

import re

# Modals are written in lower case ("May" is the month), but open a question or a condition.
HYPOTHETICAL = re.compile(r"\b(?:could|might|may)\b|^\W*(?:[Ii]f|[Uu]nless|Could|Might)\b")
# "will" the modal, not the noun: "his will, dated 3 May, was proved", "at will" (the words
# before it looked back at from after "will": a look-behind first was tried at every character)
_WILL = (
    r"will(?<!\bhis\swill)(?<!\bher\swill)(?<!\bthe\swill)(?<!\bits\swill)(?<!\bmy\swill)"
    r"(?<!\bour\swill)(?<!\byour\swill)(?<!\btheir\swill)(?<!\ba\swill)(?<!\bat\swill)"
    r"(?<!\bfree\swill)(?<!\bill\swill)(?<!\bgood\swill)"
)
PLAN = re.compile(  # "was (originally) meant to ship": a plan told as it stood
    rf"(?i)\b(?:{_WILL}|shall|would|(?:is|are|was|were)\s+(?:(?:originally|initially)\s+)?(?:due|"
    r"set|scheduled|expected|planned|poised|slated|likely|going|meant|supposed|forecast|predicted|"
    r"projected)\s+to|(?:plans?|we"
    r" mean|I mean|planned|planning|intends?|intended|aims?|hopes?|expects?|seeks?|wants?)\s+to|"
    r"[a-z]+['’]ll|(?:is|are)\s+(?:due|set|scheduled|slated)\s+(?:for|on|in)|(?:is|are)\s+due\s+"
    r"(?:at|by)|(?:had\s+been|was|were)\s+(?:(?:first|originally|initially)\s+)?(?:due\s+(?:on|"
    r"in|at|by|for)|(?:scheduled|planned|slated)\s+(?:to|for)|first\s+(?:due|set)\s+to)"
    # a plan as it stood before what came instead: "had been due to give birth in January"
    r"|had\s+been\s+(?:(?:first|originally|initially)\s+)?(?:due|scheduled|slated|meant|supposed)"
    r"\s+to"
    # "is set for May", "is due at 5 p.m."; a plan as it stood: "had been due on May 2";
    # "we are to fly on 4 May", "she is to be crowned": a person's appointed task (not "was to",
    # which foretells what did happen, nor "it is to", "the aim is to")
    r"|(?:I\s+am|we\s+are|you\s+are|they\s+are|he\s+is|she\s+is)\s+to\s+(?=[a-z]))\b"
)
# A verb group to come for sure (not "could", "may"), or a perfect's span: no past leans on it.
FUTURE = re.compile(
    rf"(?i)\b(?:{_WILL}|shall|(?:is|are)\s+(?:due|set|scheduled|expected|going)\s+to)\b|[a-z]['’]ll\b"
    r"|^(?:and\s+)?(?:has|have)\s"  # "fell 4 percent and have lost 12 percent since January"
)
DENIALS = {"denied", "denies", "deny", "denying", "rejected", "dismissed", "refuted"}
# What did not come about: "failed to win", "no one was hurt", "there were no injuries",
# "nothing was stolen" (a refusal happened: `refusals`).
NOT_DONE = re.compile(
    r"(?i)\b(?:failed|fails|fail)\s+to\s+"
    r"(?![\d$£€]|(?:a|an|the|its|their|about|around|nearly|almost|some|just|only|less|"
    r"more|under|over|below|record|zero)\b)[a-z]"  # "declined to $35.6 million": a fall
    r"|\b(?:no\s+one|nobody|nothing|none)\b"
    r"|\bthere\s+(?:was|were|is|are|had\s+been|have\s+been|has\s+been)\s+no\b"
    r"|^\W*No\b(?!\.)"  # "No trains ran", not "No. 2"
    # "after no candidate won", "but no deal was reached"; "No calls were logged" under a
    # heading line its sentence took in
    r"|^\W*(?:after|when|because|since|but|and|until|though|although|while)\s+no\s+(?!doubt\b)"
    r"(?:[a-z-]+\s+){1,2}(?:was|were|has|have|had|[a-z]+ed|won|ran|came|went|took|made)\b"
    r"|\n[^\S\n]*No\s(?!doubt\b)"
)
# "The fete was called off in 1987": that year's fete did not take place (`happenings`: for a
# year, a season or a month after the verb; a day's "were cancelled due to fog on Monday" is the
# cancelling, "A planned walkout in 2019 was called off" the calling off of a thing the subject
# dates, and "has been cancelled" the news of one, all happened)
CALLED_OFF = re.compile(r"(?i)\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:cancell?ed|called\s+off)\b")


def called_off(group: str) -> bool:
    """Whether a verb group says its happening was called off ("were cancelled")."""
    return ("cancel" in group or "called off" in group) and CALLED_OFF.search(group) is not None


# "would have won", "could have been avoided": what did not happen.
COUNTERFACTUAL = re.compile(r"\b(?:would|should)(?:\s+not)?\s+have\s+[a-z]+(?:ed|en|wn)\b")
WOULD = re.compile(r"\bwould\b|[a-z]['’]d\b")
