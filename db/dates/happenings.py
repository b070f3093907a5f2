"""What a date expression dates: its own clause (`clauses`), a short title for it and its status.

"The minister said on Monday that the talks would resume in March" gives "The minister said that
the talks would resume" (Monday, happened) and "The talks would resume" (March, planned). A
reporting clause is the event only where the report is the news (what it reports is planned,
hypothetical or denied, or has a date of its own); otherwise what it reports is the event, dated
by the report's date ("Three men were arrested, police said on Monday": the arrests, Monday).

Status: `planned` for the future ("will", "would" in reported speech, "is due to", "plans to", or
a date after the publication date), `negated` for a negation or a hypothesis ("did not", "never",
"could", "may", "if", what someone "denied"), else `happened`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from db.text import shorten

from .clauses import ATTRIBUTION, RELATIVE, REPORT, SUBORDINATE, Clause, Holder, split
from .model import HAPPENED, NEGATED, PLANNED, TITLE_LIMIT
from .tense import VERB_WORDS, verb_tag

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_NEGATION = re.compile(
    r"(?i)\b(?:not(?!\s+only\b)|never|no\s+longer|neither|nor)\b|\w(?:n['’]t)\b|\bcannot\b"
)
# Modals are written in lower case ("May" is the month), but open a question or a condition.
_HYPOTHETICAL = re.compile(r"\b(?:could|might|may)\b|^\W*(?:[Ii]f|[Uu]nless|Could|Might)\b")
_PLAN = re.compile(
    r"(?i)\b(?:will|shall|would|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|"
    r"planned|poised|slated|likely|going)\s+to|(?:plans?|planned|planning|intends?|intended|"
    r"aims?|hopes?|expects?|seeks?|wants?)\s+to|[a-z]['’]ll)\b"
)
_DENIALS = {"denied", "denies", "deny", "rejected", "dismissed", "refuted"}
# Leading words a title does without: connectives, a subordinator, "that" of reported speech.
_LEAD = re.compile(
    r"(?i)^(?:\W*(?:and|but|or|so|yet|however|meanwhile|moreover|furthermore|also|still|"
    r"instead|then|thus|therefore|nevertheless|in\s+addition|in\s+fact|as\s+a\s+result|"
    r"at\s+the\s+same\s+time|after\s+all|that|after|before|when|while|because|although|though|"
    r"whereas|until|once|since|as|who|which|where|whose|"
    r"(?:in|on|at|from|to|for|by|with|under|during|of|after|before|through|since)\s+"
    r"(?:which|whom))\b[,\s]*)+"
)
_DATE_PREPOSITION = re.compile(
    r"(?i)(?:\b(?:on|in|at|of|for|over|during|throughout|since|earlier|later|late|early)\s+)?"
    r"(?:\b(?:about|around|approximately|roughly)\s+)?$"
)
_BOUND_BEFORE = re.compile(
    r"(?i)\b(?:by|until|till|before|after|from|to|between|as\s+(?:soon|early|late)\s+as)\s+$"
)
_LOOSE_START = re.compile(r"^[^\w(\[$£€]+")
_LOOSE_END = re.compile(r"[^\w)\]%]+$")
_OPENING_DATE = re.compile(r"^[\s,]*")


@dataclass(frozen=True, slots=True)
class Happening:
    title: str  # a short title: the clause, trimmed
    span: tuple[int, int]  # the text the event stands for (its clause, or report and content)
    status: str  # HAPPENED | PLANNED | NEGATED


class SentenceHappenings:
    """The clauses of one sentence and what each date expression in it dates."""

    def __init__(
        self, text: str, begin: int, end: int, atoms: list[tuple[int, int]], dct: str | None
    ) -> None:
        self.text = text
        self.atoms = atoms
        self.dct = dct
        self.clauses = split(text, begin, end, atoms)
        self._holding = Holder(self.clauses)
        self._starts = sorted(b for b, _ in atoms)
        self._leaners: dict[int, list[int]] | None = None  # dated clause -> clauses leaning on it

    def _own_date(self, c: Clause) -> bool:
        starts = self._starts
        for b, e in c.pieces:
            k = bisect_left(starts, b)
            if k < len(starts) and starts[k] < e:
                return True
        return False

    def _lean(self) -> dict[int, list[int]]:
        """Which dateless clauses lean on which dated one (see `_span`), found once a sentence:
        a long "sentence" (a table, a log) can have thousands of clauses."""
        clauses = self.clauses
        dated = [self._own_date(c) for c in clauses]
        by_end = sorted((c.end, i) for i, c in enumerate(clauses) if dated[i])
        by_begin = sorted((c.begin, i) for i, c in enumerate(clauses) if dated[i])
        leaners: dict[int, list[int]] = {}
        for j, c in enumerate(clauses):
            if dated[j] or c.kind in (REPORT, ATTRIBUTION):
                continue
            # the nearest in the text: a clause around a relative one ends after it
            k = bisect_right(by_end, (c.begin, len(clauses))) - 1
            if k >= 0:
                leaners.setdefault(by_end[k][1], []).append(j)
                continue
            k = bisect_left(by_begin, (c.end, -1))
            if k < len(by_begin):
                leaners.setdefault(by_begin[k][1], []).append(j)
        return leaners

    def of(self, begin: int, end: int, start: str) -> Happening:
        """The happening the date expression at [begin, end), dating from `start`, governs."""
        clauses = self.clauses
        k = self._holding(begin)
        c = clauses[k]
        if c.kind == ATTRIBUTION and k > 0:  # "according to X on Monday": the clause before it
            k = k - 1
            c = clauses[k]
        if c.kind == REPORT and c.partner is not None:
            content = clauses[c.partner]
            status = self._status(content, begin, end, start, c.word)
            span = self._span({k, c.partner})
            if status == HAPPENED and not self._own_date(content):
                return Happening(self._title(content, begin, end), span, HAPPENED)
            both = sorted([c, content], key=lambda x: x.begin)
            merged = Clause([p for x in both for p in x.pieces])
            return Happening(self._title(merged, begin, end), span, HAPPENED)
        report = clauses[c.partner] if c.partner is not None else None
        status = self._status(c, begin, end, start, report.word if report else "")
        return Happening(self._title(c, begin, end), self._span({k}), status)

    def _span(self, own: set[int]) -> tuple[int, int]:
        """The text the event stands for: its own clauses and the clauses without a date of
        their own that lean on them ("... on Thursday when he fell ill", "and allowed troops
        in"): a dateless clause leans on the nearest dated one before it, else after it. A
        report or an attribution without a date leans on none: a report is news of the day."""
        clauses = self.clauses
        if self._leaners is None:
            self._leaners = self._lean()
        members = set(own)
        for k in own:
            members.update(self._leaners.get(k, ()))
        chosen = [clauses[j] for j in members]
        return min(c.begin for c in chosen), max(c.end for c in chosen)

    def _status(self, c: Clause, begin: int, end: int, start: str, reported_by: str) -> str:
        text = _verb_group(" ".join(self.text[b:e] for b, e in c.pieces))
        if reported_by in _DENIALS or _NEGATION.search(text):
            return NEGATED
        if _HYPOTHETICAL.search(text) or (c.kind == SUBORDINATE and c.word in ("if", "unless")):
            return NEGATED
        if _PLAN.search(text):
            return PLANNED
        if self.dct is not None and start[:10] > self.dct and start[:4].isdigit():
            return PLANNED  # a date after the publication date is still to come
        return HAPPENED

    def _title(self, c: Clause, begin: int, end: int) -> str:
        whole = [self.text[b:e] for b, e in c.pieces]
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
        title = _LEAD.sub("", title).strip(" ,;:–—-")
        if c.kind == RELATIVE and c.subject:
            title = _with_antecedent(c.subject, c.word, title)
        # no stray quotes or punctuation at the ends ("``Stopping ...", "... of this,''")
        title = _LOOSE_START.sub("", title)
        loose = _LOOSE_END.search(title, max(0, len(title) - 12))  # `$` tried at every place
        return title[: loose.start()] if loose else title

    def _without_date(self, b: int, e: int, begin: int, end: int) -> str:
        """text[b:e] without the date expression at [begin, end) and its preposition ("on",
        "since"); a bound ("by Friday", "until March") stays: it says what the date is."""
        head = self.text[b:begin]
        # the patterns end at `$`: try them on the last few words only
        near = head.rfind(" ", 0, max(0, len(head) - 30)) + 1
        if _BOUND_BEFORE.search(head, near) or self.text.startswith(("'s", "’s"), end):
            return self.text[b:e]  # "by Friday"; "Thursday's election" names the election
        after = _WORD.match(self.text, end + 1) if self.text[end : end + 1] == " " else None
        if after and verb_tag(after.group(), "", False) is not None:
            return self.text[b:e]  # the date is the subject: "today is the eighth day"
        prep = _DATE_PREPOSITION.search(head, near)
        head = head[: prep.start()] if prep else head
        tail = self.text[end:e]
        if not head.strip(" ,"):
            tail = _OPENING_DATE.sub("", tail)  # "On Monday, police ..."
        head, tail = head.rstrip(), tail.lstrip()
        if head.endswith(",") and tail.startswith(","):  # "The bombings, on Aug. 7, killed"
            head, tail = head[:-1], tail[1:].lstrip()
        return head + (" " if head.strip() and tail.strip() else "") + tail


_RELATIVE_WORDS = {"who", "which", "whose", "where", "when"}
_GROUP_AFTER = 4  # words after a clause's first verb that still belong to its verb group


def _verb_group(clause: str) -> str:
    """The clause up to its first verb and a few words after it ("the talks would resume",
    "Israel did not attack"): where its tense, negation and modality are, not those of a clause
    inside it ("provided the border could be secured")."""
    words = _WORD.finditer(clause)
    prev, first = "", True
    for m in words:
        word = m.group()
        low = word.lower()
        # `verb_tag` tags only these words: the test skips its call for the others
        if (low in VERB_WORDS or low[-2:] in ("ed", "ll")) and verb_tag(
            word, prev, first
        ) is not None:
            end = m.end()
            for _, after in zip(range(_GROUP_AFTER), words, strict=False):
                end = after.end()
            return clause[:end]
        prev, first = low, False
    return clause


def _with_antecedent(subject: str, pronoun: str, rest: str) -> str:
    """ "who was arrested in 2017" after "the suspect": "the suspect was arrested in 2017"."""
    subject = _LEAD.sub("", subject).strip(" ,")
    if not subject or not rest:
        return rest
    if pronoun == "whose":
        return f"{subject}'s {rest}"
    if pronoun in ("who", "which"):
        return f"{subject} {rest}"
    if pronoun not in _RELATIVE_WORDS and rest.lower().startswith(pronoun):
        # "The ceasefire, agreed in March, ...": "The ceasefire was agreed"
        last = subject.split()[-1].lower()
        plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
        return f"{subject} {'were' if plural else 'was'} {rest}"
    return rest
