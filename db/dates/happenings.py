"""What a date expression dates: its own clause (`clauses`), a short title for it and its status.

"The minister said on Monday that the talks would resume in March" gives "The minister said that
the talks would resume" (Monday, happened) and "The talks would resume" (March, planned). A
reporting clause is the event only where the report is the news (what it reports is planned,
hypothetical or denied, or has a date of its own); otherwise what it reports is the event, dated
by the report's date ("Three men were arrested, police said on Monday": the arrests, Monday).

Status: `planned` for the future ("will", "would" in reported speech, "is due to", "plans to", or
a date after the publication date), `negated` for a negation or a hypothesis ("did not", "never",
"no one", "failed to", "could", "may", "would have", an "if" clause, what someone
"denied"), else `happened`; a date that names a thing ("last year's election") takes the status
its date gives. A figure reported for a period ("reported a loss for the third quarter") is
dated there, and its report is a second happening (`Happening.report`); a sentence of dates
alone is none (`Happening.empty`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice

from db.text import shorten

from .bracket_negations import after_a_happening, without_brackets
from .clause_assembly import Holder
from .clause_dates import after_opening_when, duration_asides, holds_atom
from .clause_negation import NEGATION as _NEGATION
from .clause_negation import negated_before_but, negates, since_a_happening
from .clause_subjects import WORD as _WORD
from .clause_subjects import subject as _subject
from .clause_subjects import subject_without_dates
from .clause_titles import DATE_PREPOSITION, ClauseTitles
from .clause_words import first_verb, only_words, opens_with
from .clause_words import first_verb_in_text as _first_verb
from .clauses import (
    ATTRIBUTION,
    IRREGULAR_PAST,
    MAIN,
    PARTICIPLE,
    PARTICIPLE_REPORTS,
    RELATIVE,
    REPORT,
    REPORTING,
    SOURCE_PARTICIPLES,
    SUBORDINATE,
    Clause,
    split_tokens,
)
from .completion_dates import waits_on_completion
from .conditional_plans import conditional_plan, possible
from .coordinate_hosts import coordinate_host
from .counted_from import counts_from_all
from .date_status import by_date, names_a_thing, under_way
from .dated_adjectives import OWN_DATE_WORDS, directive_object
from .dated_infinitives import asked_one
from .diary_entries import subjectless_past
from .directive_reports import directive_content
from .fronted_participles import in_fronted_participle
from .future_in_past import told_later
from .hanging_reports import hanging_report
from .infinitive_tasks import infinitive_task
from .later_today import ahead_of_the_day, later_today
from .model import HAPPENED, NEGATED, PLANNED, TITLE_LIMIT
from .negated_reports import negated_report
from .news_cues import own_time
from .news_reports import names_occasion, passive_report
from .news_reports import report_after_scene as _report_after_scene
from .participle_dates import contact_relative_date, participle_date
from .perfect_beside_relatives import past_the_aside, perfect_after_aside, perfect_news
from .perfect_now import perfect_now
from .present_reports import present_report_verb
from .present_states import has_present_state
from .record_dates import writing_date
from .refusals import refusing_part
from .relative_dates import own_relative_date
from .scheduled_objects import ends_in_scheduling
from .scheduling import scheduled
from .since_starts import since_start
from .status_cues import can as _can
from .status_cues import has_cue as _has_cue
from .status_cues import may_all as _may_all
from .status_patterns import (
    COUNTERFACTUAL,
    DENIALS,
    FUTURE,
    HYPOTHETICAL,
    NOT_DONE,
    PLAN,
    WOULD,
    called_off,
)
from .tense import PAST, PRESENT, verb_tag
from .tense_shift_predicates import plan_group
from .title_ends import without_lead
from .title_words import with_subject
from .told_negations import told_status
from .when_clauses import dated_when_after


@dataclass(frozen=True, slots=True)
class Happening:
    title: str  # a short title: the clause, trimmed
    span: tuple[int, int]  # the text the event stands for (its clause, or report and content)
    status: str  # HAPPENED | PLANNED | NEGATED
    # "The airline reported a loss for the third quarter": the date dates the loss; the report
    # is a happening of its own, on no date the clause names (the publication day): its title
    # and the reporting verb's span.
    report: tuple[str, tuple[int, int]] | None = None
    empty: bool = False  # no happening at all: a dateline, "Last updated: 3 May 2019"


class SentenceHappenings(ClauseTitles):
    """The clauses of one sentence and what each date expression in it dates."""

    def __init__(
        self, text: str, begin: int, end: int, atoms: list[tuple[int, int]], dct: str | None
    ) -> None:
        self.text = text
        self.atoms = atoms
        self.dct = dct
        self.clauses, self._toks = split_tokens(text, begin, end, atoms)
        self._holding: Holder | None = None  # which clause holds an offset: for `of` only
        self._starts = sorted(b for b, _ in atoms)
        self._leaners: dict[int, list[int]] | None = None  # dated clause -> clauses leaning on it
        self._empty: bool | None = None  # the sentence is nothing but dates (`_no_happening`)
        self._verbs: dict[tuple[tuple[int, int], ...], tuple[str | None, str]] = {}  # `_verb`
        self._condition: bool | None = None  # `_conditional`, asked once a sentence

    def _own_date(self, c: Clause) -> bool:
        return holds_atom(self._starts, c.pieces)

    def _lean(self) -> dict[int, list[int]]:
        """Which dateless clauses lean on which dated one (`_span`), found once a sentence."""
        clauses = self.clauses
        if not self.atoms:
            return {}  # no clause has a date of its own to lean on
        dated = after_opening_when(clauses, [self._own_date(c) for c in clauses], self.atoms)
        dated = duration_asides(clauses, dated, self.atoms)  # ", which ... for eleven days"
        by_end = sorted((c.end, i) for i, c in enumerate(clauses) if dated[i])
        by_begin = sorted((c.begin, i) for i, c in enumerate(clauses) if dated[i])
        leaners: dict[int, list[int]] = {}
        for j, c in enumerate(clauses):
            if dated[j] or (c.kind in (REPORT, ATTRIBUTION) and not hanging_report(self.text, c)):
                continue  # a report stands alone, unless "after it warned that ..."
            w = dated_when_after(clauses, dated, j)  # "..., and it was sold when ... in 1921"
            if w is not None and self._leans_forward(c, clauses[w]):
                leaners.setdefault(w, []).append(j)
                continue
            # the nearest in the text: a clause around a relative one ends after it
            k = bisect_right(by_end, (c.begin, len(clauses))) - 1
            if k >= 0:
                t = coordinate_host(clauses, dated, by_end[k][1], j)  # ", and" the main clause's
                set_by = clauses[t - 1] if t else None  # "set sentencing for May 3 and ordered"
                if set_by and ends_in_scheduling(self.text[set_by.begin : set_by.end]):
                    continue
                if not (
                    self._past_on_future(c, clauses[t])
                    or self._now_after(c)
                    or self._unnegated_after(c, clauses[t])
                    or perfect_now(self.text, c.begin, c.end, c.word)  # "; none has been made"
                    or past_the_aside(clauses, t, j)  # "A dog that ... has been found after"
                ):
                    leaners.setdefault(t, []).append(j)
                continue
            k = bisect_left(by_begin, (c.end, -1))
            if k < len(by_begin) and self._leans_forward(c, d := clauses[by_begin[k][1]]):
                if not (self._done_before_plan(c, d) or self._past_on_future(c, d)):
                    leaners.setdefault(by_begin[k][1], []).append(j)
        return leaners

    def _past_on_future(self, c: Clause, dated: Clause) -> bool:
        """Whether a past clause would lean on one to come ("will resume in March, adding that
        both had agreed"; `plan_group`), or one to come on a past one: neither dates the other."""
        if self._tense(c) != PAST:
            return self._tense(dated) == PAST and FUTURE.search(self._group(c)) is not None
        return plan_group(self._group(dated), FUTURE, self._group(c))

    def _unnegated_after(self, c: Clause, dated: Clause) -> bool:
        """Whether ", and ..." after a negated clause is a happening the negation does not reach
        ("did not pay a ransom on Monday, and its systems were restored")."""
        return (
            c.word in _COORDINATING
            and self._clause_status(dated, "", "") == NEGATED
            and self._clause_status(c, "", "") == HAPPENED
        )

    def _now_after(self, c: Clause) -> bool:
        """Whether a clause after a dated one speaks of the time of writing: "..., but unions
        say fewer than half have started work" (a present report, not a quotation), as a
        present before a dated clause does (`_leans_forward`)."""
        if c.kind not in (MAIN, SUBORDINATE) or c.word not in _COORDINATING:
            return False
        text = self._joined(c).lstrip()
        if text.startswith(("``", '"', "“", "'")):
            return False
        words = _WORD.findall(text)[:_REPORT_WORDS]
        return any(w.lower() in _PRESENT_REPORTS for w in words) or own_time(text)  # "overnight"

    def _done_before_plan(self, c: Clause, dated: Clause) -> bool:
        """Whether a past clause is followed by a plan's relative clause ("cancelled a visit that
        was due to start on Thursday"), or any clause by one with no "that" (contact_relatives)."""
        contact = dated.word in ("it", "they", "he", "she", "we")  # "a plan it drew up in May"
        if dated.kind != RELATIVE or (self._tense(c) != PAST and not contact):
            return False
        return contact or _is_plan(self._group(dated))

    def _tense(self, c: Clause) -> str | None:
        """The tense of a clause's first verb we know (`tense.verb_tag`), else None."""
        return self._verb(c)[0]

    def _group(self, c: Clause) -> str:
        """The clause's verb group (`_first_verb`)."""
        return self._verb(c)[1]

    def _verb(self, c: Clause) -> tuple[str | None, str]:
        """A clause's tense and verb group (`_first_verb`), found once a clause: each test of
        it asks again. The clause's words are the same joined as within its pieces (pieces
        are cut between tokens)."""
        key = tuple(c.pieces)
        got = self._verbs.get(key)
        if got is None:
            got = first_verb(self.text, self._toks, c.pieces) or _first_verb(self._joined(c))
            if got[0] is None and has_present_state(self.text, c.pieces):
                got = (PRESENT, got[1])  # "Lind heads a team": `present_states`
            self._verbs[key] = got
        return got

    def _around_asides(self, c: Clause, taken: list[tuple[int, int]]) -> bool:
        """Whether `c` is taken by no dated event but the relative clauses set inside it whose
        dates are their own (`_own_aside`): it is a happening of its own."""
        if any(b < pe and pb < e for b, e in taken for pb, pe in c.pieces):
            return False
        inner = [
            x
            for x in self.clauses
            if c.begin < x.begin < c.end and any(b < x.end and x.begin < e for b, e in taken)
        ]
        return bool(inner) and all(self._own_aside(c, x) for x in inner)

    def _own_aside(self, c: Clause, dated: Clause) -> bool:
        """Whether `dated` is a relative clause inside `c` with a date its own: a person's ("Amadi,
        who joined last summer, scored twice"), or in what a report says ("The operators insisted
        their offer, made this month, was final"); a thing's ("The polls, held in May, ...") no."""
        if not (dated.kind == RELATIVE and c.begin < dated.begin and dated.end < c.end):
            return False
        if dated.word in ("who", "whose") or perfect_after_aside(self.text, c):
            return True  # a person's; or "A ferry that sank in 2019 has been raised": now
        head = _WORD.findall(self.text, c.begin, dated.begin)
        return any(w.lower() in REPORTING for w in head)

    def _leans_forward(self, c: Clause, dated: Clause) -> bool:
        """Whether a dateless clause takes the date of the clause `dated` after it: yes for what
        a report dated after it says ("``Security is tight,'' the mayor said on Friday") and for
        a past ("Two men died when the boat sank in May"); no for a present, the time of writing
        ("The party is split over the deal the leader signed in May"), nor a due date's phrase."""
        if dated.word in OWN_DATE_WORDS or ends_in_scheduling(self.text[c.begin : c.end]):
            return False  # "a dividend, payable on May 1" (dated_adjectives); "set sentencing"
        if own_relative_date(dated, self._tense(c)):
            return False  # "sold the depot, which closed in 2019": the closing's alone
        if dated.kind == REPORT or any(
            w.lower() in REPORTING or w.lower() in PARTICIPLE_REPORTS
            for b, e in dated.pieces
            for w in _WORD.findall(self.text, b, e)
        ):
            return True
        text = " ".join(self.text[b:e] for b, e in c.pieces)
        if text.lstrip().startswith(("``", '"', "“", "'")):
            return True  # a quotation: said at the time of the saying, whatever its tense
        return self._tense(c) != PRESENT or _plan_on_its_when(text, dated)

    def of(self, begin: int, end: int, start: str) -> Happening:
        """The happening the date expression at [begin, end), dating from `start`, governs."""
        clauses = self.clauses
        if self._holding is None:
            self._holding = Holder(clauses)
        k = self._holding(begin)
        c = clauses[k]
        if self._no_happening():
            return Happening("", (c.begin, c.end), HAPPENED, empty=True)
        if c.kind == ATTRIBUTION and c.word in SOURCE_PARTICIPLES:
            # "..., citing data released on Monday": the date is the source's own
            status = self._status(c, begin, end, start, "")
            title = self._title(c, begin, end)
            title = _SOURCE_LEAD.sub("", title)
            return Happening(title[:1].upper() + title[1:], (c.begin, c.end), status)
        if c.kind == ATTRIBUTION and k > 0 and c.word != "according":
            # ", it said on Thursday, after ...": the saying's day; the report is news told
            pieces = sorted([*clauses[k - 1].pieces, *c.pieces])
            title = self._title(Clause(pieces), begin, end)
            return Happening(title, self._span({k - 1, k}), HAPPENED)
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
            title = self._title(merged, begin, end)
            if c.word in PARTICIPLE_REPORTS:
                title = self._participle_title(k, c.word, title)
            return Happening(title, span, self._told(status, content, c.word, begin))
        report = clauses[c.partner] if c.partner is not None else None
        status = self._status(c, begin, end, start, report.word if report else "")
        if c.kind == PARTICIPLE and k > 0:
            # "agreed to sell the pier in June": a plan as told ("urged them to save water since
            # May": the urging runs since May, `since_starts`)
            if c.word == "to" and status == HAPPENED and not since_start(self.text, c.begin, begin):
                status = PLANNED
            # "Napoleon escaped from Elba, landing in France on 1 March": the escaper lands
            b, e = clauses[k - 1].pieces[0]
            # "asked the minister to give evidence ...": the one asked does it
            subject = asked_one(self.text[b:e])
            if not subject and self.text.startswith("to ", c.begin):
                subject = directive_object(self.text, b, e)
            if not ends_in_scheduling(self.text[b:e]):  # else "The board adjourned the case"
                subject = subject or subject_without_dates(self.text, b, e, self.atoms)
            if not subject:  # "..., starting at noon Saturday": with the clause it hangs on
                joined = Clause([*clauses[k - 1].pieces, *c.pieces])
                return Happening(self._title(joined, begin, end), self._span({k}), status)
            own = self._trim(
                c,
                [
                    self._without_date(x, y, begin, end) if x <= begin < y else self.text[x:y]
                    for x, y in c.pieces
                ],
            )
            title = shorten(with_subject(subject, own, self.text[begin:end]), TITLE_LIMIT)
            return Happening(title, self._span({k}), status)
        if c.kind == SUBORDINATE and k > 0 and counts_from_all(self.text, begin, end, c.end):
            # "She opened a shop two years after she married.": the shop's date, not the wedding's
            main = clauses[k - 1]
            status = self._status(main, begin, end, start, "")
            return Happening(self._title(main, begin, end), self._span({k - 1, k}), status)
        if report is not None and report.kind == REPORT and self._quoted_entry(c):
            # '"Christmas Eve, and still the same latitude," Nansen wrote.': the writing
            told = f'{self._plain_title(report)}: "{self._title(c, begin, end)}"'
            return Happening(shorten(told, TITLE_LIMIT), self._span({k, c.partner or k}), status)
        figure = self._reported_figure(c, begin, end)
        if figure is not None:
            return Happening(figure[0], self._span({k}), status, figure[1])
        return Happening(self._title(c, begin, end), self._span({k}), status)

    def _quoted_entry(self, c: Clause) -> bool:
        """Whether content clause `c` is a quotation with no verb we know, a diary's or a
        log's line ("Christmas Eve, and still no wind,"): its date is the writing's."""
        return self.text[c.begin : c.begin + 1] in "\"“'‘" and not self._has_verb(c)

    def _reported_figure(
        self, c: Clause, begin: int, end: int
    ) -> tuple[str, tuple[str, tuple[int, int]] | None] | None:
        """ "The airline reported a loss of $1.2 billion for the third quarter of 2018": the
        period dates the figure ("The airline's loss of $1.2 billion"), not the reporting (also
        returned, title and verb span, when the clause names no other date for it); else None."""
        piece = next(((b, e) for b, e in c.pieces if b <= begin < e), None)
        if piece is None or "for " not in self.text[max(piece[0], begin - 10) : begin]:
            return None
        m = _FIGURE.search(self.text, piece[0], begin)
        if m is None or m.end() != begin:
            return None
        head_end = m.start("verb")
        head_end = min([a for a, _ in self.atoms if piece[0] <= a < head_end] or [head_end])
        head = self.text[piece[0] : head_end]  # "The carmaker on Thursday": no date in it
        head = head[: DATE_PREPOSITION.search(head).start()]  # type: ignore[union-attr]
        subject = _subject(head + " " + m.group("verb"))
        if not subject:
            return None
        figure = " ".join(m.group("figure").split())
        figure = re.sub(r"(?i)^(?:an?|the|its|their)\s+", "", figure)
        owner = subject + ("'" if subject.endswith("s") and not subject.endswith("ss") else "'s")
        title = shorten(f"{owner} {figure}"[:1].upper() + f"{owner} {figure}"[1:], TITLE_LIMIT)
        others = [
            a
            for a in self.atoms
            if a[0] != begin
            and c.covers(a[0])
            and not _FOR_BEFORE.search(self.text, max(0, a[0] - 10), a[0])
        ]
        if others:
            return title, None  # "on Thursday reported ...": that date dates the report
        said = " ".join(self.text[piece[0] : end].split())
        said = without_lead(said)
        said = shorten(said[:1].upper() + said[1:], TITLE_LIMIT)
        return title, (said, (m.start("verb"), m.end("verb")))

    def _no_happening(self) -> bool:
        """Whether the sentence is only dates ("Monday, Dec. 23, 2019", "(Photo, 2011)")."""
        if self._empty is None:
            b, e = self.clauses[0].begin, self.clauses[-1].end
            atoms = self.atoms
            if all(x[1] <= y[0] for x, y in zip(atoms, atoms[1:], strict=False)):
                # the dates' own words do not count (`Tokens.atom`, as `_in_atom` for dates
                # in order)
                self._empty = only_words(self._toks, e, _NO_HAPPENING_WORDS)
            else:
                words: Iterator[re.Match[str]] = _WORD.finditer(self.text, b, e)
                words = (m for m in words if not self._in_atom(m.start()))
                self._empty = all(m.group().lower() in _NO_HAPPENING_WORDS for m in words)
        return self._empty

    def _in_atom(self, at: int) -> bool:
        k = bisect_right(self._starts, at) - 1
        return k >= 0 and self.atoms[k][0] <= at < self.atoms[k][1]

    def _participle_title(self, k: int, word: str, title: str) -> str:
        """ "The rebels withdrew, saying that the truce would hold": the saying is the rebels',
        "The rebels said that the truce would hold"; with the clause before it when that has no
        short subject to lend."""
        if k == 0 or not title.lower().startswith(word):
            return title
        host = self.clauses[k - 1]
        b, e = host.pieces[0]
        subject = _subject(self.text[b:e])
        if not subject:  # "..., saying that ..." alone says nothing of who: with its clause
            lead = self._trim(host, [self.text[x:y] for x, y in host.pieces])
            return shorten(f"{lead}, {title[:1].lower()}{title[1:]}", TITLE_LIMIT)
        said = PARTICIPLE_REPORTS[word]
        return shorten(f"{subject} {said}{title[len(word) :]}", TITLE_LIMIT)

    def _span(self, own: set[int]) -> tuple[int, int]:
        """The text the event stands for: its own clauses and the dateless ones leaning on them
        ("... on Thursday when he fell ill"): on the nearest dated one before, else after; a
        report or an attribution without a date leans on none: a report is news of the day."""
        clauses = self.clauses
        if self._leaners is None:
            self._leaners = self._lean()
        members = set(own)
        for k in own:
            members.update(self._leaners.get(k, ()))
        if len(members) == 1:
            (only,) = members
            return clauses[only].begin, clauses[only].end
        chosen = [clauses[j] for j in members]
        return min(c.begin for c in chosen), max(c.end for c in chosen)

    def _status(self, c: Clause, begin: int, end: int, start: str, reported_by: str) -> str:
        if names_a_thing(self.text, begin, end) and not under_way(
            self.text[begin:end], start, self.dct
        ):
            return by_date(start, self.dct)  # "last year's election", "the March 3 deadline"
        if (
            negated_before_but(self.text, c.begin, begin)
            or since_a_happening(self.text, c.begin, begin)
            or after_a_happening(self.text, c.begin, begin)  # "after his death in 1934 ... not"
            or since_start(self.text, c.begin, begin)  # "its chairman since 2015, will step down"
            or in_fronted_participle(self.text, c.begin, begin)
            or participle_date(self.text, c.begin, begin)  # "will hear a recording made in 1958"
            or contact_relative_date(self.text, c.begin, begin)  # "the song she sang in 1990"
            or writing_date(self.text[max(0, begin - 40) : begin])  # "Your article of 28 May"
            or scheduled(self.text[max(0, begin - 80) : begin])  # "declared ... from Monday"
        ):
            return by_date(start, self.dct)  # "did not sail but left on Tuesday"
        status = self._clause_status(c, start, reported_by, self.text[c.begin : begin])
        said, before = self.text[begin:end], self.text[c.begin : begin]
        if status == HAPPENED and later_today(said, start, self.dct, self._verb(c)[0], before):
            return PLANNED  # "Round two starts at 14:00 today"
        if status == HAPPENED and ahead_of_the_day(said, before, self.text[end : c.end]):
            return PLANNED  # "Tomorrow we move the camp": a plan of the diarist's day
        if status == HAPPENED and infinitive_task(before):
            return PLANNED  # "Frost tonight; the boy to light the stoves at ten"
        return status

    def _clause_status(self, c: Clause, start: str, reported_by: str, before: str = "") -> str:
        """The status its verb group gives a clause (`_status` without a date's own)."""
        text = refusing_part(self._group(c))  # "refused to go further": the refusing happened
        text = without_brackets(text)  # "which I ordered (nothing useful)": the aside's "nothing"
        # each pattern is tried only where its cue words are (`_CUES`): most verb groups have
        # none of them
        low = text.lower() if text.isascii() else None
        may = _may_all if low is None else partial(_has_cue, low)

        if (
            reported_by in DENIALS
            or (may(_NEGATION) and negates(text, self._joined(c)))
            or (may(NOT_DONE) and NOT_DONE.search(text))
            or (len(start) < 10 and called_off(before))  # "was cancelled in 2020": that year's
        ):
            return NEGATED
        condition = c.kind == SUBORDINATE and c.word in ("if", "unless")
        if not condition and conditional_plan(text, self._conditional(), before):
            return PLANNED  # "would begin on May 28 unless ...": a plan all the same
        if (may(HYPOTHETICAL) and HYPOTHETICAL.search(text)) or condition or possible(text):
            return NEGATED
        if (may(COUNTERFACTUAL) and COUNTERFACTUAL.search(text)) or (
            may(WOULD) and WOULD.search(text) and self._conditional()
        ):
            return NEGATED  # "would have won"; "would strike if the talks fail"
        if may(PLAN) and _is_plan(text) and not told_later(text, start, self.dct):
            return PLANNED
        if self.dct is not None and start[:10] > self.dct and start[:4].isdigit():
            return PLANNED  # a date after the publication date is still to come
        return HAPPENED

    # -- Happenings no date of the sentence governs (the publication day's, `extract`) --

    def undated(
        self, taken: list[tuple[int, int]], dating: list[int], narrative: bool = False
    ) -> list[Happening]:
        """The happenings of the clauses no date governs: not inside `taken` (the spans of the
        sentence's dated events, leaning clauses included) and without a date of their own.
        A clause counts when it has a verb we know; asides (relative clauses, attributions)
        are background, not happenings. A report is the event only where it is the news (what
        it reports is planned, negated or hypothetical); otherwise its content is. A plan with
        no date makes none: nothing says when it is to come, and the publication day is not
        it ("The ministry will publish the figures"). `dating`: where the expressions that
        dated an event begin (a comparison's "since 2008" or a duration dates nothing); with
        `narrative` (the text tells a past of its own here), a clause not in the present is
        that past's, not the news's: none."""
        if self._no_happening():
            return []
        clauses, out = self.clauses, []
        used: set[int] = set()
        for k, c in enumerate(clauses):
            if k in used or c.kind in (RELATIVE, ATTRIBUTION) or (dating and _holds(c, dating)):
                continue
            if (
                taken
                and any(b < c.end and c.begin < e for b, e in taken)
                and not self._around_asides(c, taken)
            ):
                continue
            partner = clauses[c.partner] if c.partner is not None else None
            if partner is not None and (
                _holds(partner, dating)
                or any(b < partner.end and partner.begin < e for b, e in taken)
            ):
                partner = None  # the other half is dated: this one stands alone
            told = partner if c.kind == REPORT and partner is not None else c
            if narrative and self._tense(told) != PRESENT and not self._says_now(told):
                if not (self._says_now(c) or (partner is not None and self._says_now(partner))):
                    if not perfect_news(self.text, c, clauses, dating):  # "has been found"
                        continue  # "The union says the firm cut 300 jobs": the saying is today's
            if c.kind == REPORT and partner is not None:
                assert c.partner is not None
                used.add(c.partner)
                got = self._undated_report(k, c, partner)
            elif (
                partner is not None and c.partner is not None and clauses[c.partner].kind == REPORT
            ):
                used.add(c.partner)
                got = self._undated_report(c.partner, partner, c)
            elif c.kind == REPORT and c.partner is not None:
                got = self._report_of_dated_plan(k, c, clauses[c.partner])
            elif c.kind == REPORT or not self._has_verb(c):
                got = None  # a report of nothing we found; a clause with no verb we know
            elif _can(self._group(c)):
                got = None  # "The site can also be accessed at ...": what may be, not news
            else:
                # "Experts say the ground cannot absorb more" is news, "Nobody said ..." negated
                joined = self._joined(c)
                reported = (
                    self._opens_with_report(c)
                    and not passive_report(joined)
                    and not negated_report(joined)
                )
                status = HAPPENED if reported else self._clause_status(c, self.dct or "", "")
                # a plan is kept only where it waits on a completion ("once the deal"): asked
                # of plans alone
                end = clauses[-1].end
                waits = status == PLANNED and waits_on_completion(self.text, c.begin, end)
                got = (
                    None
                    if status == PLANNED and not waits
                    else Happening(self._plain_title(c), self._span({k}), status)
                )
            if got is not None:
                out.append(got)
        return out

    def _says_now(self, c: Clause) -> bool:
        """Whether a report clause says in the present ("Residents say"): news of the day."""
        return c.kind == REPORT and present_report_verb(self.text, c.pieces, c.word) is not None

    def _undated_report(self, k: int, report: Clause, content: Clause) -> Happening | None:
        """ "Police said the suspect fled": the flight is the event; "The ministry said it
        would publish the figures": the saying is (the news is that it was said)."""
        if not self._has_verb(content):  # a quotation ("This is ...," he told reporters)
            told = Happening(self._plain_title(report), (report.begin, report.end), HAPPENED)
            return told if names_occasion(self.text, report.pieces) else None
        status = self._clause_status(content, self.dct or "", report.word)
        span = self._span({k, report.partner or 0})
        if status == HAPPENED:
            return Happening(self._plain_title(content), span, HAPPENED)
        both = sorted([report, content], key=lambda x: x.begin)
        title = self._plain_title(Clause([p for x in both for p in x.pieces]))
        if report.word in PARTICIPLE_REPORTS:
            title = self._participle_title(k, report.word, title)
        return Happening(title, span, self._told(status, content, report.word))

    def _told(self, status: str, content: Clause, word: str, at: int = 0) -> str:
        if at and scheduled(self.text[max(0, at - 80) : at]):  # "declared ... from Monday"
            return status  # the date's status, not the telling's (`told_negations`)
        group, told = self._group(content), self.text[self.clauses[0].begin : content.end]
        return told_status(status, group, told, word in DENIALS)

    def _report_of_dated_plan(self, k: int, report: Clause, content: Clause) -> Happening | None:
        """ "Retailers warned that shelves could be empty by Christmas": what is reported has a
        date of its own but is only planned, feared or denied, so the warning is the news of the
        day (the content keeps its own event); a report of a dated happening is none."""
        if report.word in PARTICIPLE_REPORTS or not self._has_verb(content):
            return None  # "..., adding that more cuts would follow": the main clause's own
        if self._clause_status(content, "", report.word) == HAPPENED and not (
            present_report_verb(self.text, report.pieces, report.word)
            or names_occasion(self.text, report.pieces)  # "told analysts on a call": news too
            or directive_content(self.text, report, content)  # "were told to ... by Friday"
        ):
            return None  # a present report ("Residents say ...") is news of the day all the same
        both = sorted([report, content], key=lambda x: x.begin)
        title = self._plain_title(Clause([p for x in both for p in x.pieces]))
        if report.word in PARTICIPLE_REPORTS:
            title = self._participle_title(k, report.word, title)
        return Happening(title, (report.begin, report.end), HAPPENED)

    def _opens_with_report(self, c: Clause) -> bool:
        """Whether a reporting verb is among a clause's first words ("Officials say ...")."""
        joined = self._joined(c)
        opens = opens_with(self._toks, c.pieces, _REPORT_OPENERS, _REPORT_WORDS)
        if opens is None:  # pieces not cut at the tokens: read the words again
            words = [m.group() for m in islice(_WORD.finditer(joined), _REPORT_WORDS)]
            opens = any(w.lower() in _REPORT_OPENERS for w in words)
        return opens or _report_after_scene(joined)

    def _joined(self, c: Clause) -> str:
        return " ".join(self.text[b:e] for b, e in c.pieces)

    def _has_verb(self, c: Clause) -> bool:
        """Whether a clause has a verb we know (`tense.verb_tag`, or a common irregular past)."""
        if self._tense(c) is not None or subjectless_past(self.text, c.begin):
            return True
        return any(w in IRREGULAR_PAST for b, e in c.pieces for w in _WORD.findall(self.text, b, e))

    def _conditional(self) -> bool:
        """Whether the sentence has a condition ("if ...", "unless ...") a "would" hangs on."""
        if self._condition is None:
            self._condition = any(
                x.kind == SUBORDINATE and x.word in ("if", "unless") for x in self.clauses
            )
        return self._condition


_REPORT_WORDS = 6  # words of a clause a reporting verb opening it is looked for in
_REPORT_OPENERS = frozenset(REPORTING | PARTICIPLE_REPORTS.keys())


# A plan and the clause that says when it comes: "is expected to test it when it is switched on
# next month", "will be reviewed once the report is published in May".
_WHEN_WORDS = frozenset({"when", "once", "after", "before", "as", "until"})


def _plan_on_its_when(text: str, dated: Clause) -> bool:
    """Whether a present-tense plan takes the date of the temporal clause after it."""
    return (
        dated.kind == SUBORDINATE and dated.word in _WHEN_WORDS and _is_plan(_first_verb(text)[1])
    )


def _holds(c: Clause, at: list[int]) -> bool:
    """Whether one of the offsets `at` is inside the clause `c`."""
    return any(c.covers(a) for a in at)


# The words a clause without a happening may still hold: a dateline's or a page's labels.
_NO_HAPPENING_WORDS = {
    "on", "in", "at", "of", "the", "a", "by", "from", "to", "and", "or", "as", "date", "dated",
    "posted", "updated", "published", "last", "modified", "revised", "edited", "created",
    "written", "filed", "copyright", "photo", "image", "file", "archive", "edition", "issue",
    "am", "pm", "gmt", "utc", "est", "edt", "cet", "bst", "local", "time",
}  # fmt: skip


def _is_plan(text: str) -> bool:
    """Whether a verb group speaks of what is to come (`PLAN`); "plans" as a noun after a
    determiner or a past verb ("announced plans to buy", "outlined its plans to") is no plan of
    the clause: the announcing happened."""
    for m in PLAN.finditer(text):
        word = m.group().split()[0].lower()
        if word in ("plan", "plans"):
            before = _WORD.findall(text, 0, m.start())
            prev = before[-1] if before else ""  # none: "Plans to ..." opens it, a noun
            if not prev or prev.lower() in _NOUN_BEFORE or verb_tag(prev, "", False) == PAST:
                continue
        return True
    return False


_SOURCE_LEAD = re.compile(r"(?i)^(?:citing|quoting)\s+")
# A figure reported for a period: "reported a loss of $1.2 billion for the third quarter of".
_FIGURE = re.compile(
    r"(?i)\b(?P<verb>reported|reports|posted|posts|announced|announces|recorded|records|"
    r"booked|books|forecast|forecasts|projected)\s+"
    # the figure: an amount, not across an earlier period ("... for the quarter and ...")
    r"(?P<figure>(?:an?|the|its|their)?\s*(?:(?!\bfor\b)[^,;:()]){0,60}?(?:\$|€|£|\d)"
    r"(?:(?!\bfor\b)[^,;:()]){0,40}?)\s+"
    r"for\s+(?:(?:the|its|their)\s+)?$"
)
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+(?:(?:the|its|their)\s+)?$")  # another figure's period
_NOUN_BEFORE = {"the", "a", "its", "their", "his", "her", "our", "no", "any", "new", "with"}
# Reporting verbs in the present: "say", "says", "insists" (not "said", "told", "warned").
_PRESENT_REPORTS = frozenset(
    w for w in REPORTING if not w.endswith("ed") and w not in ("said", "told", "wrote", "thought")
)
_COORDINATING = frozenset({"but", "and", "while", "yet", "although", "though", "whereas"})
