"""A dated aside between a happening's subject and its predicate: "The charter, sealed at Lambeth
in May 1215, gave the burgesses a market", "Its report, published that March, blamed the
master", "The fire, which broke out on 2 September 1666, destroyed most of the city". The aside
dates the subject's happening or document, and so what it did: a reader puts the giving, the
blaming, the destroying on the aside's date. The aside's event took only its own clause, so the
predicate after it had none.

Only a subject of a few words opening its sentence whose noun names a happening or a document
("charter", "report", "fire", "eruption"; not "The house, built in 1720, passed to ..."), a
predicate in the past right after the aside's closing comma, and no date of the predicate's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .happening_nouns import is_happening_noun
from .model import HAPPENED, DatedSentence

_DOCUMENTS = frozenset(
    "act bill charter treaty report letter will decree order verdict ruling judgment survey "
    "census petition minute memorandum statute fire flood storm gale eruption raid attack "
    "strike riot battle siege earthquake quake explosion blast plague famine epidemic".split()
)
# the subject opening its sentence or a clause after ", and", then the aside's comma: "The
# charter,", "..., and its report,"
_SUBJECT = re.compile(
    r"(?:^\s*|,\s+and\s+|;\s+)(?P<subject>(?i:the|its|his|her|their|this|that)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z]+)),\s$"
)
# the predicate after the aside: a past verb ("gave", "blamed", "was burned")
_PREDICATE = re.compile(
    r"\s*(?P<verb>(?:was|were)\s+[a-z]+(?:ed|en|wn|nt)|[a-z]{3,}ed|gave|took|made|found|brought|"
    r"set|led|left|drew|broke|struck|swept|tore|threw|wrote|became|began|fell|rose|sent|won|"
    r"lost|held|kept|put|cut|shut|spread|ran|burned|burnt)\b[^.;:!?\n]*"
)


def subject_asides(text: str, out: list[DatedSentence]) -> list[DatedSentence]:
    """`out` with an event for the predicate after a dated aside of a happening's subject
    (module docstring)."""
    if ", " not in text:
        return out  # the cheap exact test first
    starts = [d.timex.begin for d in out if d.timex.text]
    extra: list[DatedSentence] = []
    for d in out:
        if not d.timex.text or d.status != HAPPENED or d.comparison:
            continue
        b, e = d.clause
        if text[e - 2 : e] != ", " or not d.timex.end <= e - 1:
            continue  # an aside that closes with its comma, after its date
        subject = _SUBJECT.search(text[max(d.begin, b - 80) : b])
        if subject is None or not _names_happening(subject["noun"]):
            continue
        p = _PREDICATE.match(text, e, d.end)
        if p is None or any(e <= s < p.end() for s in starts):
            continue  # no past predicate, or one dated by its own words
        if any(x.clause[0] <= p.start("verb") < x.clause[1] and x.start == d.start for x in out):
            continue  # an event on the aside's date holds it already
        words = " ".join(text[p.start("verb") : p.end()].split()).rstrip(" ,")
        title = f"{subject['subject'][:1].upper()}{subject['subject'][1:]} {words}"
        extra.append(replace(d, title=title, title_span=(p.start("verb"), p.end())))
    if not extra:
        return out
    return sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))


def _names_happening(noun: str) -> bool:
    return noun in _DOCUMENTS or is_happening_noun(noun)
