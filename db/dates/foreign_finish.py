"""The last touch of a title in Spanish, French, Italian, German or Portuguese
(`other_languages`): without links, credits, link notes, empty brackets, the leading
conjunction and loose punctuation, capitalised, at most `FOREIGN_TITLE_LIMIT` characters.
"""

from __future__ import annotations

import re

from db.text import LINK_MARKER, shorten

from .foreign_citations import without_credit
from .link_notes import without_link_notes
from .model import TITLE_LIMIT

_LOOSE_START = re.compile(r"^(?:[^\w(\[«“\"¿¡$€£]|[\"«“]\s)+")  # and a mark the date left alone
_LOOSE_END = re.compile(r"[^\w)\]%?!»”\"]+$")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]")
_SPACE_BEFORE = re.compile(r"\s+(?=[,.;:!?)\]])")
# The same clause runs a quarter to a third longer in these languages than in English (their
# articles, prepositions and compound names: "la reapertura de la carretera comarcal" for "the
# reopening of the county road"), and a news lede's clause in them, its agent, place and
# purpose kept ("... ha detenido a un vecino de 46 años como presunto autor del incendio"),
# often runs past 120 characters: a title cut there loses the end a reader scans for. The
# limit only stops a runaway fallback (a whole sentence), so it sits past such a clause.
FOREIGN_TITLE_LIMIT = TITLE_LIMIT * 16 // 9
LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+")


def without_unclosed(title: str) -> str:
    """`title` without a bracket the cut left open at its end: "Las protestas del mundo árabe
    (Bahréin" is "Las protestas del mundo árabe"; an opening one alone goes, its words stay."""
    for mark, close in ("()", "[]"):
        k = title.rfind(mark)
        if k < 0 or close in title[k:]:
            continue
        head = title[:k].rstrip(" ,;:-–")
        title = head if len(head.split()) >= 2 else title[:k] + title[k + 1 :]
    return title


def finished(lead: re.Pattern[str], title: str, limit: int | None = FOREIGN_TITLE_LIMIT) -> str:
    """`title` made ready to show; `lead` matches the language's leading words to drop ("y",
    "mais", "e poi"); shortened to `limit` characters unless None (the caller shortens it when
    its last cut is made: `foreign_titles`)."""
    title = LINK.sub("", title)  # a tweet's picture link ("pic.twitter.com/…") reads as noise
    title = without_credit(title)  # "... forces d'Al Assad- Photo Mohammed Ibrahim"
    title = without_link_notes(title)  # "[en]", "(en inglés)" anywhere in it
    title = _SPACE_BEFORE.sub("", _EMPTY_BRACKETS.sub("", " ".join(title.split())))
    title = lead.sub("", LINK_MARKER.sub("", title))  # "[en] y ...": the "y" too
    title = _LOOSE_START.sub("", LINK_MARKER.sub("", title))
    title = _LOOSE_END.sub("", without_unclosed(title))
    title = title.strip('"') if title.count('"') % 2 else title  # '"Hoy es ...": '"' left alone
    title = title[:1].upper() + title[1:]
    return title if limit is None else shorten(title, limit)
