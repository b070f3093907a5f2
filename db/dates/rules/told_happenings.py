""" "Seventeen years after he came to the throne", "two years after she married": an amount
after a happening the text dated earlier ("Casimir came to the throne in 1333. ... Seventeen
years after he came to the throne, he founded the university": 1350). The happening is found
by its own words in an earlier sentence that names a year; the amount counts from that year.
Only for years and decades: a year is all the earlier sentence is read for.

A possessive's happening counts the same way, after or before it and wherever the phrase stands:
"She left for Paris two years after her marriage." from the sentence that tells her marrying,
"Ten years after his death" from "he died in 1562", or from the second year of the opening
bracket's life dates ("Hans Mair (1501 – 1562) ..."), a birth from its first; a birth or a
death told only later in the text from the year it is told with there (`told_later`)."""

from __future__ import annotations

import datetime as dt
import re

from ..happening_nouns import POSSESSOR, told_with
from ..periods import shift
from ..story_years import bc_stand_in
from .table import Ctx
from .told_later import told_after

# "after he came to the throne", "after she had married": a pronoun, then the happening's words
_CLAUSE_AFTER = re.compile(
    r"\s+(?:he|she|they|we|it)\s+(?:had\s+)?(?P<words>[a-z]+(?:\s+[a-z]+){0,3})", re.I
)
# words that end the happening's own phrase ("came to the throne in ...", "married, ...")
_STOP = frozenset(
    "in on at and but or when while as after before since for by with he she they it".split()
)
_WEAK_VERBS = frozenset("was were had did went got made took came gave became".split())
_YEAR = re.compile(r"(?<![\d,.$£€])\b(1\d{3}|20\d{2}|[1-9]\d{2})\b(?![\d,.]\d|\s*(?:BC|B\.C))")
_BC_YEAR = re.compile(r"(?<![\d,.])\b(\d{1,4})\s*(?:BCE|BC|B\.C\.)(?!\w)")
_SENTENCE_END = re.compile(r"(?<!\bc)(?<!\bca)[.!?]\s")  # not "died c. 1458 BC"
_REACH = 4000  # characters back the dated happening may stand


def _phrases(words: str) -> list[str]:
    """The happening's phrase and its shorter openings, longest first ("came to the throne",
    "came to the", ...), down to a distinctive verb alone ("married", not "came")."""
    kept: list[str] = []
    for word in words.split():
        if word.lower() in _STOP:
            break
        kept.append(word)
    out = [" ".join(kept[:k]) for k in range(len(kept), 1, -1)]
    if kept and kept[0].lower() not in _WEAK_VERBS and len(kept[0]) >= 6:
        out.append(kept[0])
    return out


def after_told_happening(c: Ctx, step: int, unit: str) -> dt.date | None:
    """The year `step` units after the year of the happening the words after "after" name,
    where an earlier sentence tells it with a year; None where none does."""
    if unit not in ("year", "decade") or step <= 0:
        return None
    clause = _CLAUSE_AFTER.match(c.after())
    if clause is None:
        return None
    lo = max(0, c.sent_begin - _REACH)
    before = c.text[lo : c.sent_begin]
    for phrase in _phrases(clause["words"]):
        found = None
        for found in re.finditer(rf"(?i)\b{re.escape(phrase)}\b", before):  # noqa: B007
            continue
        if found is None:
            continue
        start = max((m.end() for m in _SENTENCE_END.finditer(before, 0, found.start())), default=0)
        tail = _SENTENCE_END.search(before, found.end())
        sentence = before[start : tail.start() + 1 if tail else len(before)]
        years = [int(y) for y in _YEAR.findall(sentence)]
        if len(years) != 1:
            return None  # no year, or two: which one dates it the sentence must say
        return shift(dt.date(years[0], 1, 1), step, unit)
    return None


# "after her marriage", "before his death", "after the king's second coronation"
# ("the wedding", "the death of the old master": a happening the story told)
_POSSESSED = re.compile(rf"\s+(?:{POSSESSOR}|the)\s+(?P<first>[\w-]+)(?:\s+(?P<second>[a-z]+)\b)?")
# "after he died", "before she married": the happening's verb, for its noun
_CLAUSE_VERB = re.compile(r"\s+(?:he|she|they)\s+(?:had\s+)?(?P<verb>died|married|wed)\b")
_VERB_NOUNS = {"died": "death", "married": "marriage", "wed": "marriage"}
# an opening bracket's life dates: "(1501 – 1562)", "(c. 3 May 1501 – 1562)", "(b. 1501 - d. 1562)"
_LIFE = re.compile(r"\((?P<life>[^()]{0,60}?\d\s*[–—-]\s*[^()]{0,40}?\d)\s*\)")
_LIFE_ENDS = {"birth": 0, "death": -1}
_LIFE_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")
_NEAR_SENTENCES = 3  # sentences back the happening's verb may be told
_NEAR_LIFE = 8  # ... a birth's or a death's, which a life has one of
_LEAD = 200  # characters into the text its opening bracket of life dates may close
_FIRST_END = re.compile(r"[.!?]\s+[A-Z]")


def from_told_noun(c: Ctx, step: int, unit: str) -> dt.date | None:
    """The year `step` units (negative: before) from the year an earlier sentence tells the
    possessive's happening after the amount with ("two years after her marriage"); None where
    no earlier sentence tells it with a single year."""
    if unit not in ("year", "decade") or step == 0:
        return None
    after = c.after()
    if (verb := _CLAUSE_VERB.match(after)) is not None:
        noun = _VERB_NOUNS[verb["verb"].lower()]  # "ten years after he died"
        told = told_with(noun)
    elif (possessed := _POSSESSED.match(after)) is not None:
        noun = possessed["first"]  # "his death", else "his second marriage"
        told = told_with(noun)
        if told is None and possessed["second"]:
            noun = possessed["second"]
            told = told_with(noun)
    else:
        return None
    if told is None:
        return None
    life_end = _LIFE_ENDS.get(noun.lower())
    year = _told_year(c.text, c.sent_begin, told, life_end)
    if year is None and life_end is not None:
        year = told_after(c.text, c.sent_end, told)  # "Two years before he died, ... He died in"
    return None if year is None else shift(dt.date(year, 1, 1), step, unit)


def _told_year(
    text: str, sent_begin: int, told: re.Pattern[str], life_end: int | None
) -> int | None:
    """The single year of the last sentence before `sent_begin` with a word `told` finds, a few
    sentences back at most, or where the happening is a birth or a death, of the life dates in
    the text's opening bracket, whichever comes last."""
    lo = max(0, sent_begin - _REACH)
    before = text[lo:sent_begin]
    found = None
    for found in told.finditer(before):  # noqa: B007
        continue
    life = _LIFE.search(text, 0, min(sent_begin, _LEAD)) if life_end is not None else None
    if life is not None and _FIRST_END.search(text, 0, life.start()):
        life = None  # a bracket after the first sentence: "the Peasants' War (1524–1525)"
    if (
        life is not None
        and life_end is not None
        and (found is None or life.start() > lo + found.start())
    ):
        years = _LIFE_YEAR.findall(life["life"])  # "(c.1501–c.1562)", "(3 May 1501 – 1562)"
        return int(years[life_end]) if len(years) == 2 else None
    near = _NEAR_SENTENCES if life_end is None else _NEAR_LIFE
    if found is None or len(_SENTENCE_END.findall(before, found.end())) > near:
        return None  # told long before: "her return" may be one told in other words since
    start = max((m.end() for m in _SENTENCE_END.finditer(before, 0, found.start())), default=0)
    tail = _SENTENCE_END.search(before, found.end())
    sentence = before[start : tail.start() + 1 if tail else len(before)]
    years = _YEAR.findall(sentence)
    if not years and len(bc := _BC_YEAR.findall(sentence)) == 1:
        # "The queen died c. 1458 BC. ... twenty years after her death": on the story's stand-in
        # years, as the BC story around it is resolved (`story_years.told_in_bc`)
        stand_in = bc_stand_in(int(bc[0]))
        return None if stand_in is None else stand_in[0].year
    return int(years[0]) if len(years) == 1 else None
