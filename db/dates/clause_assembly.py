"""What `clauses` cuts a sentence into: `Clause`s and their kinds, assembled from the cuts
(`assemble`), and which clause holds an offset (`Holder`). Split out of `clauses`."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .clause_antecedents import antecedent, plan_antecedent

REPORT, CONTENT, RELATIVE, SUBORDINATE, ATTRIBUTION, MAIN, PARTICIPLE = (
    "report",
    "content",
    "relative",
    "subordinate",
    "attribution",
    "main",
    "participle",
)
# what a plan's relative clause opens with ("which was due to open in May")
PLAN_SUBJECTS = {"that", "which", "he", "she", "they", "it", "we", "i", "you"}


@dataclass
class Clause:
    """One clause: its pieces of text (more than one when a relative clause sits inside it), its
    kind, and for a reporting clause the index of its content clause (and back)."""

    pieces: list[tuple[int, int]]
    kind: str = MAIN
    partner: int | None = None  # report <-> content
    word: str = ""  # the reporting verb of a report, the opening word of a subordinate
    subject: str = ""  # a relative clause's antecedent ("the suspect" for "who was ...")

    @property
    def begin(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def covers(self, at: int) -> bool:
        return any(b <= at < e for b, e in self.pieces)


def assemble(
    text: str,
    starts: list[int],
    words: list[str],
    begin: int,
    end: int,
    cuts: dict[int, str],
    report_at: dict[int, int],
) -> list[Clause]:
    n = len(starts)
    order = sorted(k for k in cuts if 0 < k < n)
    bounds = [0, *order, n]
    clauses: list[Clause] = []
    by_start: dict[int, int] = {}
    resume_stack: list[int] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a >= b:
            continue
        lo = begin if a == 0 else starts[a]
        hi = starts[b] if b < n else end
        kind = cuts.get(a, MAIN)
        if kind == "resume" and resume_stack:
            clauses[resume_stack.pop()].pieces.append((lo, hi))
            continue
        if kind == "resume":
            kind = MAIN
        clause = Clause([(lo, hi)], kind, word=words[a])
        if kind in (RELATIVE, ATTRIBUTION) and clauses:
            host = len(clauses) - 1
            resume_stack.append(host)
            if kind == RELATIVE:
                hb = clauses[host].pieces[-1][0]
                before = text[max(hb, lo - 200) : lo]
                plan = words[a] in PLAN_SUBJECTS and words[a] != "which"
                clause.subject = plan_antecedent(before) if plan else antecedent(before)
        by_start[a] = len(clauses)
        clauses.append(clause)
    if not report_at:
        return clauses
    holder = Holder(clauses)
    for start, verb in report_at.items():
        if start >= 0:  # leading report: the clause before `start` holds the verb
            content = by_start.get(start)
            if content is None:
                continue
            report = holder.get(starts[verb])
        else:  # trailing report: the clause at -start is the report, before it the content
            report = by_start.get(-start)
            if report is None:
                continue
            content = report - 1 if report > 0 else None
            if content is None:
                continue
            content = _resumed_host(clauses, content)
        if report is None or report == content:
            continue
        clauses[report].kind, clauses[report].word = REPORT, words[verb]
        clauses[report].partner, clauses[content].partner = content, report
        if clauses[content].kind == MAIN:
            clauses[content].kind = CONTENT
    return clauses


def _resumed_host(clauses: list[Clause], k: int) -> int:
    """The clause a trailing report tells of when clause `k` before it is a relative clause
    the clause around it resumed after ("Harbour will pay those hit by the outage that took
    down its app on Wednesday, the bank said"): the clause around it; else `k`."""
    if clauses[k].kind != RELATIVE:
        return k
    end = clauses[k].end
    for j in range(k - 1, -1, -1):
        if any(b >= end for b, _ in clauses[j].pieces):
            return j
    return k


class Holder:
    """Which clause holds an offset, by bisection over all clauses' pieces (pieces never
    overlap: a relative clause sits in a hole of its host)."""

    __slots__ = ("_starts", "_pieces")

    def __init__(self, clauses: list[Clause]) -> None:
        self._pieces = sorted((b, e, i) for i, c in enumerate(clauses) for b, e in c.pieces)
        self._starts = [b for b, _, _ in self._pieces]

    def get(self, at: int) -> int | None:
        """The clause whose piece holds `at`, else None."""
        k = bisect_right(self._starts, at) - 1
        if k >= 0 and at < self._pieces[k][1]:
            return self._pieces[k][2]
        return None

    def __call__(self, at: int) -> int:
        """The clause that holds `at`, else the one of the last piece before it, else 0."""
        k = bisect_right(self._starts, at) - 1
        return self._pieces[k][2] if k >= 0 else 0
