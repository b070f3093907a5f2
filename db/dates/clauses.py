"""Clauses of an English sentence, without a parser: the happenings a date expression can govern.

A sentence like "The minister said on Monday that the talks would resume in March" holds two
happenings, each with its own date; "The suspect, who was arrested in 2017, fled in August" two,
one inside the other. `split(text, begin, end, atoms)` cuts a sentence into `Clause`s at:
- semicolons and colons;
- a coordinating conjunction ("and", "but", ...) between two finite verbs, each with its subject;
- a subordinate clause that opens with "after", "before", "when", "while", ... and has a verb;
- a relative clause set off by a comma ("..., who was arrested in 2017, ..."): a hole in the
  clause around it;
- reported speech: "X said (on Monday) (that) <content>", "<content>, X said", "<content>, said
  X", "according to X".
The verbs are recognised as in `tense` (word lists and "-ed"), so the cuts are guesses made only
where a verb is seen on both sides; `atoms` (the date expressions) are never cut.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .tense import verb_tag

REPORT, CONTENT, RELATIVE, SUBORDINATE, ATTRIBUTION, MAIN = (
    "report",
    "content",
    "relative",
    "subordinate",
    "attribution",
    "main",
)

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*|\d+(?:[.,:]\d+)*|[^\sA-Za-z\d]")
_COORDINATORS = {"and", "but", "or", "yet", "so"}
_SUBORDINATORS = {
    "after", "before", "when", "while", "because", "although", "though", "whereas", "until",
    "once", "since", "if", "unless", "as",
}  # fmt: skip
_RELATIVES = {"who", "which", "whose", "where", "when"}
REPORTING = {
    "said", "says", "say", "told", "tells", "announced", "announces", "reported", "reports",
    "added", "adds", "stated", "states", "claimed", "claims", "confirmed", "confirms", "denied",
    "denies", "insisted", "insists", "warned", "warns", "explained", "noted", "notes", "wrote",
    "writes", "argued", "argues", "alleged", "alleges", "acknowledged", "admitted", "admits",
    "declared", "revealed", "disclosed", "estimated", "predicted", "promised", "pledged",
    "vowed", "suggested", "indicated", "asserted", "maintained", "reiterated", "stressed",
    "emphasised", "emphasized", "believed", "believes", "thought", "think", "thinks",
}  # fmt: skip
# What may stand between a reporting verb and its content: "told reporters on Monday that".
_REPORT_FILLER = {
    "reporters", "journalists", "the", "a", "an", "press", "media", "parliament", "lawmakers",
    "in", "on", "at", "statement", "interview", "conference", "news", "late", "early",
    "last", "this", "also", "publicly", "repeatedly", "him", "her", "them", "us", "me",
    "today", "yesterday", "previously", "earlier", "later", "recently", "again", "then",
}  # fmt: skip
_BREAKS = {";", ":"}
_SUBJECT_STARTS = {
    "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these",
    "those", "his", "her", "its", "their", "our", "there", "police", "officials", "some",
    "many", "most", "both", "all", "no", "one", "two", "three", "several",
}  # fmt: skip
# Simple pasts `tense` does not list (it weighs tense only near dates): what a clause's verb
# often is in news and history.
_IRREGULAR_PAST = {
    "sank", "burst", "swam", "sang", "rang", "drank", "sprang", "shrank", "stung", "swung",
    "hung", "dug", "spun", "slid", "split", "quit", "cut", "hit", "hurt", "let", "put", "set",
    "shut", "spread", "cost", "bit", "lit", "slept", "swept", "wept", "crept", "dealt", "fought",
    "forgave", "forgot", "mistook", "shed", "shone", "struck", "strove", "tread", "wound",
    "beat", "bid", "blew", "bled", "bent", "bound", "bred", "clung", "drew", "dove", "fled",
    "flung", "forbade", "foresaw", "ground", "lay", "laid", "lent", "lost", "overcame", "rose",
    "said", "sent", "shot", "slew", "sold", "stuck", "swore", "told", "upheld", "withheld",
}  # fmt: skip
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_WINDOW = 10  # words after a conjunction in which its clause's verb must be seen


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


@dataclass(frozen=True, slots=True)
class _Tok:
    begin: int
    end: int
    word: str  # lower case
    verb: bool  # a finite verb or auxiliary as `tense` recognises one
    atom: bool  # inside a date expression


def _tokens(text: str, begin: int, end: int, atoms: list[tuple[int, int]]) -> list[_Tok]:
    starts = [b for b, _ in atoms]
    out: list[_Tok] = []
    prev = ""
    for m in _TOKEN.finditer(text, begin, end):
        k = bisect_right(starts, m.start()) - 1
        atom = k >= 0 and m.start() < atoms[k][1]
        word = m.group()
        verb = (
            not atom
            and word[0].isalpha()
            and (verb_tag(word, prev, not out) is not None or word in _IRREGULAR_PAST)
        )
        out.append(_Tok(m.start(), m.end(), word.lower(), verb, atom))
        prev = word.lower()
    return out


def _verb_ahead(toks: list[_Tok], i: int, stop_at_comma: bool = True) -> int | None:
    """The index of the first verb in the next `_WINDOW` words from `i`, before a break."""
    for j in range(i, min(len(toks), i + _WINDOW)):
        t = toks[j]
        if t.word in _BREAKS or (stop_at_comma and t.word == ",") or t.word in _COORDINATORS:
            return None  # "in Kenya and Tanzania on Thursday and called": no subject of its own
        if t.verb:
            return j
    return None


def _has_verb(toks: list[_Tok], lo: int, hi: int) -> bool:
    return any(t.verb for t in toks[lo:hi])


def _report_content_start(toks: list[_Tok], i: int) -> int | None:
    """After the reporting verb at `i`: where its content clause starts ("that ..." or a
    clause with its own verb), skipping a date, an addressee and "in a statement"."""
    for k in range(i + 1, min(len(toks), i + 9)):  # "told his cabinet on Sunday that ..."
        if toks[k].word == "that":
            return k
        if toks[k].verb or toks[k].word in {",", ";", ":"}:
            break
    j = i + 1
    skipped = 0
    while j < len(toks) and (toks[j].atom or toks[j].word in _REPORT_FILLER) and skipped < 8:
        j += 1
        skipped += 1
    if j < len(toks) and toks[j].word == ",":
        j += 1
    if j >= len(toks):
        return None
    if toks[j].word == "that":
        return j
    v = _verb_ahead(toks, j)
    if v is not None and v > j and not toks[j].verb:
        # "told police he left": the addressee, then the content's own subject
        if j + 1 < v and toks[j].word not in _SUBJECT_STARTS and toks[j + 1].word in _PRONOUNS:
            return j + 1
        return j
    return None


def split(text: str, begin: int, end: int, atoms: list[tuple[int, int]]) -> list[Clause]:
    """The clauses of the sentence text[begin:end] in reading order; `atoms` (sorted spans of
    its date expressions) are never cut."""
    toks = _tokens(text, begin, end, atoms)
    if not toks:
        return [Clause([(begin, end)])]
    # cuts: token index -> (kind of the clause that starts there)
    cuts: dict[int, str] = {}
    report_at: dict[int, int] = {}  # content start (or -report start) -> report verb token
    n = len(toks)
    clause_start = 0
    i = 0
    while i < n:
        t = toks[i]
        if t.atom:
            i += 1
            continue
        w = t.word
        if w in _BREAKS and i + 1 < n and not (w == ":" and toks[i + 1].word[0].isdigit()):
            cuts[i + 1] = MAIN
            clause_start = i + 1
        elif w in _COORDINATORS and i > clause_start:
            nxt = toks[i + 1] if i + 1 < n else None
            if (
                nxt is not None
                and not nxt.verb
                and _has_verb(toks, clause_start, i)
                and (v := _verb_ahead(toks, i + 2)) is not None
                and (
                    nxt.word in _SUBJECT_STARTS
                    or text[nxt.begin].isupper()
                    or w == "but"
                    or v <= i + 3  # a short subject: "and rescuers pulled"
                )
            ):
                cuts[i] = MAIN
                clause_start = i
        elif w in _SUBORDINATORS and (w != "as" or (i and toks[i - 1].word == ",")):
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is not None and not nxt.atom and not nxt.verb:
                v = _verb_ahead(toks, i + 1)
                if v is not None and i > clause_start:
                    cuts[i] = SUBORDINATE
                    clause_start = i
                elif v is not None and i == clause_start:
                    # "After the talks collapsed on Monday, the army ...": up to the comma
                    comma = next((k for k in range(v, n) if toks[k].word == ","), None)
                    cuts[i] = SUBORDINATE
                    if comma is not None and comma + 1 < n:
                        cuts[comma + 1] = MAIN
                        clause_start = comma + 1
                        i = comma + 1
                        continue
        elif w == "," and i + 1 < n and toks[i + 1].word in _RELATIVES and i > clause_start:
            stop = next((k for k in range(i + 2, n) if toks[k].word in {",", ";", ":"}), n)
            if _has_verb(toks, i + 2, stop):
                cuts[i + 1] = RELATIVE
                if stop < n - 1 and toks[stop].word == ",":
                    cuts[stop + 1] = "resume"
                i = stop
                continue
        elif w in REPORTING and t.verb:
            # trailing: "<content>, police said (on Monday)." / "..., said the minister."
            comma = next(
                (k for k in range(i - 1, max(clause_start, i - 6) - 1, -1) if toks[k].word == ","),
                None,
            )
            tail_short = (
                all(toks[k].word not in {",", ";"} or k == n - 1 for k in range(i + 1, n))
                and (n - i) <= 10
            )
            if comma is not None and comma > 0 and tail_short and _has_verb(toks, 0, comma):
                cuts[comma + 1] = REPORT
                report_at[-(comma + 1)] = i
                i = n
                continue
            comma = next(
                (k for k in range(i - 1, max(clause_start, i - 6) - 1, -1) if toks[k].word == ","),
                None,
            )
            if comma is not None and i + 1 < n - 1 and toks[i + 1].word == ",":
                # ", its backers said, ...": an aside; what it reports is the clause around it
                cuts[comma + 1] = ATTRIBUTION
                cuts[i + 2] = "resume"
                i += 2
                continue
            start = _report_content_start(toks, i)
            if start is not None:
                # "X arrived on Monday, a day after Y said ...": the report is the part after
                # the last comma, when a verb of another clause comes before it
                comma = next(
                    (k for k in range(i - 1, clause_start, -1) if toks[k].word == ","), None
                )
                if comma is not None and _has_verb(toks, clause_start, comma):
                    cuts[comma + 1] = MAIN
                cuts[start] = CONTENT
                report_at[start] = i
                clause_start = start
                i = start + 1
                continue
        elif w == "according" and i + 1 < n and toks[i + 1].word == "to":
            if i > 0 and toks[i - 1].word == ",":
                cuts[i] = ATTRIBUTION
                stop = next((k for k in range(i + 2, n) if toks[k].word in {",", ";"}), n)
                if stop < n - 1:
                    cuts[stop + 1] = "resume"
                i = stop
                continue
            if i == clause_start:
                comma = next((k for k in range(i + 2, n) if toks[k].word == ","), None)
                if comma is not None and comma + 1 < n:
                    cuts[i] = ATTRIBUTION
                    cuts[comma + 1] = MAIN
                    clause_start = comma + 1
                    i = comma + 1
                    continue
        i += 1
    return _assemble(text, toks, begin, end, cuts, report_at)


def _assemble(
    text: str,
    toks: list[_Tok],
    begin: int,
    end: int,
    cuts: dict[int, str],
    report_at: dict[int, int],
) -> list[Clause]:
    order = sorted(k for k in cuts if 0 < k < len(toks))
    bounds = [0, *order, len(toks)]
    clauses: list[Clause] = []
    by_start: dict[int, int] = {}
    resume_stack: list[int] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a >= b:
            continue
        lo = begin if a == 0 else toks[a].begin
        hi = toks[b].begin if b < len(toks) else end
        kind = cuts.get(a, MAIN)
        if kind == "resume" and resume_stack:
            clauses[resume_stack.pop()].pieces.append((lo, hi))
            continue
        if kind == "resume":
            kind = MAIN
        clause = Clause([(lo, hi)], kind, word=toks[a].word)
        if kind in (RELATIVE, ATTRIBUTION) and clauses:
            host = len(clauses) - 1
            resume_stack.append(host)
            if kind == RELATIVE:
                hb = clauses[host].pieces[-1][0]
                clause.subject = _antecedent(text[hb:lo])
        by_start[a] = len(clauses)
        clauses.append(clause)
    for start, verb in report_at.items():
        if start >= 0:  # leading report: the clause before `start` holds the verb
            content = by_start.get(start)
            if content is None:
                continue
            report = _holding(clauses, toks[verb].begin)
        else:  # trailing report: the clause at -start is the report, before it the content
            report = by_start.get(-start)
            if report is None:
                continue
            content = report - 1 if report > 0 else None
            if content is None:
                continue
        if report is None or report == content:
            continue
        clauses[report].kind, clauses[report].word = REPORT, toks[verb].word
        clauses[report].partner, clauses[content].partner = content, report
        if clauses[content].kind == MAIN:
            clauses[content].kind = CONTENT
    return clauses


_NP_STOP = {
    "of", "in", "on", "at", "for", "to", "from", "with", "by", "about", "and", "or", "but",
    "that", "said", "says",
}  # fmt: skip
_DETERMINER = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these"}


def _antecedent(before: str) -> str:
    """The noun phrase a relative clause follows: the last words before its comma, back to a
    determiner ("the site"), a preposition or a verb, at most four of them."""
    words = before.strip().rstrip(",").split()
    out: list[str] = []
    for w in reversed(words[-4:]):
        lw = w.lower().strip("`'\"")
        if lw in _NP_STOP or verb_tag(w, "", False) is not None:
            break
        out.append(w)
        if lw in _DETERMINER:
            break
    return " ".join(reversed(out))


def _holding(clauses: list[Clause], at: int) -> int | None:
    for k, c in enumerate(clauses):
        if c.covers(at):
            return k
    return None


def holding(clauses: list[Clause], at: int) -> int:
    """The index of the clause that holds offset `at` (the last one before it, else 0)."""
    k = _holding(clauses, at)
    if k is not None:
        return k
    before = [i for i, c in enumerate(clauses) if c.begin <= at]
    return before[-1] if before else 0
