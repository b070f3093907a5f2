"""The happening an amount counts from, which a title leaves out with the amount: "Two years after
her marriage she left for Paris" is titled "She left for Paris". Only a short phrase after
"after" / "before" that ends at a comma or at the main clause's pronoun subject, before the main
clause (at a clause's end, "two days before the merger was announced", it may be a clause that
is the title; "three days after that it was printed" counts from no happening named); used by
`coordinated_dates.joined_span`, the span of the dates a title leaves out. A possessive's
happening noun (`happening_nouns`) is such a phrase wherever it stands: "She left for Paris two
years after her marriage." and "Ten years after his death the walls were rebuilt" are titled
"She left for Paris" and "The walls were rebuilt"."""

from __future__ import annotations

import re

from .happening_nouns import POSSESSOR, is_happening_noun

# a determiner or possessive, then at most four words ("her marriage", "the old king's death")
_COUNTED_FROM = re.compile(
    r"\s+(?:her|his|their|its|the|our|my)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    r"(?=\s*,|\s+(?:he|she|they|it|we|I)\s+[a-z])"
)
_COUNTS = ("after", "before")
# "her marriage", "his second marriage", "the king's death": the noun ends the phrase
# ("the wedding" too; not "the death of the old master": the title keeps what it leaves)
_POSSESSED = re.compile(
    rf"\s+(?:{POSSESSOR}|the)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]+)\b(?![\w'’-]|\s+of\b)"
)


def counted_from_end(text: str, begin: int, end: int, hi: int) -> int:
    """The end of the happening the amount text[begin:end] ("Two years after") counts from,
    within the clause piece ending at `hi`; `end` where the amount counts from none."""
    if not text[begin:end].lower().endswith(_COUNTS):
        return end
    found = _COUNTED_FROM.match(text, end, hi)
    if found:
        return found.end()
    if died := _DIED.match(text, end, hi):  # "Ten years after he died the walls were rebuilt"
        return died.end()
    of = _NOUN_OF.match(text, end, hi)  # "Ten years after the death of the old master, ..."
    if of and is_happening_noun(of["noun"]):
        return of.end()
    for possessed in (_POSSESSED.match(text, end, hi), _ONE_WORD.match(text, end, hi)):
        if possessed and is_happening_noun(possessed["noun"]):
            return possessed.end()
    return end


# a happening's intransitive verb ends the phrase; "married" only before a comma or the end
_DIED = re.compile(
    r"\s+(?:he|she|they)\s+(?:had\s+)?"
    r"(?:died\b|(?:married|wed)(?=\s*[,.;]|\s*$|\s+(?:he|she|they|it|we|I)\s))"
)
# a happening noun "of" whom or what, to a comma or the sentence's end
_NOUN_OF = re.compile(
    rf"\s+(?:{POSSESSOR}|the)\s+(?P<noun>[a-z]+)\s+of\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
    r"(?=\s*[,.;]|\s*$)"
)
_ONE_WORD = re.compile(rf"\s+(?:{POSSESSOR}|the)\s+(?P<noun>[a-z]+)\b(?![\w'’-]|\s+of\b)")


def counts_from_all(text: str, begin: int, end: int, hi: int) -> bool:
    """Whether the amount text[begin:end] ("two years after") and the happening it counts from
    are all of text[begin:hi] but its closing punctuation: "..., two years after she married."
    is a clause of nothing else, so the amount dates the clause it hangs on."""
    counted = counted_from_end(text, begin, end, hi)
    return counted > end and not text[counted:hi].strip(" ,.;:!?")
