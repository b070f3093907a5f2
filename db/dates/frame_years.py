"""A year the text names as the time a document covers ("Her second journal covers 1916.", "the
fourth volume covers 1943 and is the fullest. What follows summarises it."): a frame sentence in
the present, yet the narrative after it is told in that year, so its year-less dates ("On 3
March", "Christmas") take it rather than the publication date. Also the year of an encyclopedia
article's opening definition (`lead_years`). Used by db.dates.extract for the narrative year;
the year stays a plain date of its sentence (no event of its own is made here)."""

from __future__ import annotations

import re

from .diary_entries import Document
from .lead_years import lead_year
from .periods import Point
from .presented_years import presented_year
from .rules.anchoring import HISTORY_YEARS
from .story_heads import title_year
from .topic_years import topic_year

# The verb that makes a document cover a time, right before the year (or month and year).
_COVERS = re.compile(
    r"(?i)\b(?:covers|describes|records|recounts|chronicles|narrates|spans|tells\s+of|"
    r"(?:is|are)\s+dated(?:\s+to)?|(?:is|are)\s+set\s+in)\s+(?:the\s+year\s+)?$"
)
# What covers it: a written account, named before the year in its sentence.
_DOCUMENT = re.compile(
    r"(?i)\b(?:diary|diaries|journals?|notebooks?|volumes?|letters?|chapters?|accounts?|"
    r"memoirs?|chronicles?|logs?|logbooks?|ledgers?|registers?|manuscripts?|books?|parts?|"
    r"sections?|entries|records?|reports?|narratives?|story|stories|novels?|papers)\b"
)


def framing_year(doc: Document, sent: int, begin: int, point: Point) -> bool:
    """Whether the explicit year `point` at `begin` in sentence `sent` sets the narrative year:
    an opening definition's (`lead_year`) or a document's covered time, long past (a news
    report that "covers 2019" frames no story)."""
    if lead_year(doc.text, doc.sentences, sent, point, doc.dct):
        return True
    if doc.dct is not None and point[0].year > doc.dct.year - HISTORY_YEARS:
        return False
    sb = doc.sentences[sent][0]
    if presented_year(doc.text, sb, begin):  # "It is the spring of 1848 and ..."
        return True
    if title_year(doc.text, begin) or topic_year(doc.text, sb, begin):
        return True  # "A winter of strikes, 1871", "The eruption of 1783 is the best described."
    before = doc.text[max(sb, begin - 40) : begin]
    if not _COVERS.search(before):
        return False
    return bool(_DOCUMENT.search(doc.text, sb, begin))
