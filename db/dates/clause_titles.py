"""Titles of clauses: a clause's own words, trimmed and short, without the date that dates it.

"On Monday, police arrested two men" is titled "Police arrested two men"; a bound ("by Friday")
stays, since it says what the date is. A mixin of `happenings.SentenceHappenings`.
"""

from __future__ import annotations

import re

from db.text import shorten

from .clause_subjects import WORD as _WORD
from .clause_subjects import with_antecedent as _with_antecedent
from .clauses import RELATIVE, Clause
from .coordinated_dates import joined_span
from .cue_guard import guard
from .date_openings import PERIOD_AFTER, nothing_before, opening_by
from .model import TITLE_LIMIT
from .tense import verb_tag
from .title_ends import without_lead, without_loose_ends, without_stamp
from .title_words import drop_dangling

DATE_PREPOSITION = re.compile(
    r"(?i)(?:\b(?:early|late)\s+(?=in\s))?"  # "Early in 1644 the island was retaken"
    r"(?:\b(?:on|in|at|of|for|over|during|throughout|since|earlier|later|late|early)\s+)?"
    r"(?:\b(?:about|around|approximately|roughly)\s+)?$"
)
_BOUND_BEFORE = guard(
    r"(?i)\b(?:by|until|till|before|after|from|to|between|"
    r"as\s+(?:soon|early|late|recently|far\s+back)\s+as)\s+$"
)
_OPENING_DATE = re.compile(r"^[\s,]*")
_SHARE_OF = re.compile(r"(?i)\b(?:most|much|all|part|rest)\s+of\s*$")


class ClauseTitles:
    """Title-making for a sentence's clauses; `SentenceHappenings` supplies the text and dates."""

    text: str
    atoms: list[tuple[int, int]]

    def _plain_title(self, c: Clause) -> str:
        """A dateless clause's title: the clause, trimmed and short; an opening time it has
        no date from goes as a dated one's does ("That evening, workers marched")."""
        (b, e), *rest = c.pieces
        at = b + len(self.text[b:e]) - len(self.text[b:e].lstrip())
        end = next((y for x, y in self.atoms if x == at), None)
        first = self.text[b:e] if end is None else self._without_date(b, e, at, end)
        title = self._trim(c, [first, *(self.text[x:y] for x, y in rest)])
        if not title:
            title = " ".join(self.text[c.begin : c.end].split())
        return shorten(title[:1].upper() + title[1:], TITLE_LIMIT)

    def _title(self, c: Clause, begin: int, end: int) -> str:
        whole = [self.text[b:e] for b, e in c.pieces]
        begin, end = self._joined_dates(c, begin, end)
        parts = [
            self._without_date(b, e, begin, end) if b <= begin < e else self.text[b:e]
            for b, e in c.pieces
        ]
        title = self._trim(c, parts)
        if len(title.split()) < 3:  # too little left without the date: keep it
            title = self._trim(c, whole)
        if not title:
            title = " ".join(self.text[c.begin : c.end].split())
        return shorten(title[:1].upper() + title[1:], TITLE_LIMIT)

    def _joined_dates(self, c: Clause, begin: int, end: int) -> tuple[int, int]:
        """The date at [begin, end) with the dates of its piece joined to it ("in 1947 and
        again in 1953"): a title leaves them all out."""
        for b, e in c.pieces:
            if b <= begin < e:
                return joined_span(self.text, self.atoms, begin, end, b, e)
        return begin, end

    @staticmethod
    def _trim(c: Clause, parts: list[str]) -> str:
        # Pieces next to each other join as written; around a hole (a relative clause between
        # commas) their commas go: "The suspect, [who ...,] fled" -> "The suspect fled".
        joined = parts[0]
        for (_, prev_end), (b, _), part in zip(c.pieces, c.pieces[1:], parts[1:], strict=False):
            joined = (
                joined + " " + part
                if prev_end == b
                else joined.rstrip(" ,") + " " + part.lstrip(" ,")
            )
        title = " ".join(joined.split()).replace(" ,", ",")
        title = without_lead(without_stamp(title)).strip(" ,;:–—-")
        if c.kind == RELATIVE and c.subject:
            title = _with_antecedent(c.subject, c.word, title)
        # no stray quotes or punctuation at the ends ("``Stopping ...", "... of this,''")
        return drop_dangling(without_loose_ends(title))

    def _without_date(self, b: int, e: int, begin: int, end: int) -> str:
        """text[b:e] without the date expression at [begin, end) and its preposition ("on",
        "since"); a bound ("by Friday", "until March") stays: it says what the date is."""
        head = self.text[b:begin]
        # the patterns end at `$`: try them on the last few words only
        near = head.rfind(" ", 0, max(0, len(head) - 30)) + 1
        bound = _BOUND_BEFORE.search(head, near)
        opening = bound is not None and opening_by(head, bound.start())
        if opening:
            head = ""  # "By 1990 the company employed ...": what held then, dated then
        elif bound or self.text.startswith(("'s", "’s"), end):
            return self.text[b:e]  # "by Friday"; "Thursday's election" names the election
        after = _WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        if (
            after
            and not opening
            and (
                after.group().lower() in PERIOD_AFTER  # "the quarter ended Sept. 30"
                or (verb_tag(after.group(), "", False) is not None and nothing_before(head))
            )
        ):
            return self.text[b:e]  # the date is the subject: "today is the eighth day"
        if head.rstrip().lower().endswith(" of") and (after or _SHARE_OF.search(head[-16:])):
            return self.text[b:e]  # "the approach of the year 2000 has"; "for most of the day"
        prep = DATE_PREPOSITION.search(head, near)
        head = head[: prep.start()] if prep else head
        tail = self.text[end:e]
        if not head.strip(" ,"):
            tail = _OPENING_DATE.sub("", tail)  # "On Monday, police ..."
        head, tail = head.rstrip(), tail.lstrip()
        if head.endswith(",") and tail.startswith(","):  # "The bombings, on Aug. 7, killed"
            head, tail = head[:-1], tail[1:].lstrip()
        return head + (" " if head.strip() and tail.strip() else "") + tail
