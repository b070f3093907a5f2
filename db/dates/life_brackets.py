"""A person's life dates in brackets after the name, anywhere in a text: "founded in 1887 by
Arthur Pike (1851–1922) and his brother-in-law, who had arrived the previous year", "Its author,
Margaret Ilse (1850–1916), had written it two years earlier", "the painter Jacob Oram (b.
1803)". The bracket says who the person is, not when anything the sentence tells happened: its
years are no time of the story, so "the previous year" and "two years earlier" still count from
the story's own date (`extract`)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from db.text import shorten

from .floruit import NAME_BEFORE
from .model import TITLE_LIMIT

_REACH = 40  # characters from the bracket's opening to a date inside it, and on to its close
# what a life bracket holds: dates (day, month name, year), a dash, "c.", "born", "d.", "?"
_CONTENT = re.compile(
    r"(?:\s|[–—-]|\?|,|\b(?:c|ca|b|d)\.|\b(?:circa|born|died|about)\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\b|\b\d{3,4}\b|\b[A-Z][a-z]{2,8}\.?)+"
)
_YEAR = re.compile(r"\b\d{3,4}\b")
_ONE_END = re.compile(r"(?i)\b(?:b|d)\.|\b(?:born|died)\b")
# the name before it: a capitalised word ("Pike (", "Jr. (", "VIII ("), then the bracket
_NAME_END = re.compile(r"[A-Z][\w'’.-]*\s*$")
# capitalised nouns of a period, not a person: "the Crimean War (1853–1856)"
_PERIODS = frozenset(
    "war wars revolution rebellion rising uprising era age period dynasty republic empire "
    "kingdom reign regency crisis campaign depression famine plague expedition voyage "
    "parliament council commission act treaty movement society company school".split()
)
_SPAN = (10, 110)  # years between a life's two dates


def life_bracket(text: str, begin: int) -> bool:
    """Whether the date at `begin` is inside a bracket of a person's life dates right after a
    name: two years 10-110 apart joined by a dash, or one after "born", "b.", "died", "d."."""
    opens = text.rfind("(", max(0, begin - _REACH), begin)
    if opens < 0 or ")" in text[opens:begin]:
        return False
    closes = text.find(")", begin, begin + _REACH)
    if closes < 0:
        return False
    name = _NAME_END.search(text, max(0, opens - 30), opens)
    if name is None or name.group().strip().rstrip(".").lower() in _PERIODS:
        return False
    content = text[opens + 1 : closes]
    if _CONTENT.fullmatch(content) is None:
        return False
    years = [int(y) for y in _YEAR.findall(content)]
    if len(years) == 1:
        return _ONE_END.search(content) is not None
    if len(years) != 2 or not any(d in content for d in "–—-"):
        return False
    return _SPAN[0] <= years[1] - years[0] <= _SPAN[1]


def life_aside(text: str, begin: int, groups: Sequence[Any], gi: int) -> bool:
    """Whether the date at `begin` (group `gi` of the text's `groups`) is in a life bracket
    while its sentence has a date outside it: the bracket is an aside. A lead's bracket with no
    other date ("Jonas Pettersen (1802–1871) was a shipbuilder.") is the story's time."""
    if not life_bracket(text, begin):
        return False
    opens = text.rfind("(", max(0, begin - _REACH), begin)
    closes = text.find(")", begin)
    sent = groups[gi].sent
    return any(not opens < g.begin < closes for g in _same_sentence(groups, gi, sent))


def _same_sentence(groups: Sequence[Any], gi: int, sent: int) -> Iterator[Any]:
    """The groups of sentence `sent` around group `gi`, nearest first on each side."""
    i = gi - 1
    while i >= 0 and groups[i].sent == sent:
        yield groups[i]
        i -= 1
    i = gi + 1
    while i < len(groups) and groups[i].sent == sent:
        yield groups[i]
        i += 1


def life_title(text: str, sentence_begin: int, begin: int, dates: Sequence[Any]) -> str | None:
    """ "<name>'s life" for the first date of a life bracket after a name ("Arthur Pike
    (1851–1922)": a bar over his life), "<name> born" or "<name> dies" for one after "b.",
    "born", "d.", "died"; None for any other date. The sentence's own happening has its date
    elsewhere ("founded in 1887 by Arthur Pike (1851–1922)"): this one is the person's. With
    no date outside the bracket among the sentence's `dates` (mentions, read only for a bracket:
    "Edvin Marstrand (1861–1927) was born in Skelby"), the bracket dates the sentence: None."""
    if not life_bracket(text, begin):
        return None
    opens = text.rfind("(", max(0, begin - _REACH), begin)
    closes = text.find(")", begin)
    if not any(d.begin < opens or d.begin > closes for d in dates):
        return None
    name = NAME_BEFORE.search(text, max(sentence_begin, opens - 80), opens)
    if name is None or not name.group().strip():
        return None
    who = " ".join(name.group().split())
    content = text[opens + 1 : begin].lower()
    if _YEAR.search(content):
        return None  # the bracket's second date: the end of the life's bar
    ends = _ONE_END.search(text, opens, closes)
    if ends is not None and len(_YEAR.findall(text, opens, closes)) == 1:
        return shorten(who + (" dies" if ends.group().lower()[0] == "d" else " born"), TITLE_LIMIT)
    return shorten(who + "'s life", TITLE_LIMIT)
