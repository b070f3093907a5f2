"""Happenings no expression dates: in news, around the publication day (issue 13, item 1).

"Police said the suspect fled." names no date, yet a reader of the news puts the flight by the
day the report came out: each clause with a happening that no date of its sentence governs
(`happenings.SentenceHappenings.undated`) becomes an event on the publication day, at day
precision and `around` it. Not in a past the text tells of its own (`in_story_time`: after a
date that frames its sentence, "In 1862 ...", or within the reach of a recent past year): there
the reference time governs, and a clause not in the present gets no event of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import Any

from . import story_day_clauses
from .account_happenings import carry_accounts
from .amount_clauses import amount_clause_events
from .announced_deaths import announced_deaths
from .back_references import (
    after_the_occasion,
    at_the_time,
    names_the_occasion,
    then_happenings,
    timed_then,
)
from .but_none import but_none
from .called_off_pairs import called_off_pairs
from .cancelled_ahead import cancelled_ahead
from .comes_after import comes_after
from .completion_dates import completion_date
from .counted_ahead_of import counted_ahead_of
from .court_hearings import court_outcome, hearing_day
from .day_runs import carry_story_days, told_past
from .day_sections import day_headings, heading_day
from .day_topics import carry_day_topics
from .days_apart import days_apart
from .fulfilled_plans import fulfilled_plan
from .gapped_conjuncts import gapped_conjuncts
from .gathering_speeches import gathering_speeches
from .happenings import SentenceHappenings
from .hearing_reports import hearing_reports
from .lasting_clauses import lasting_events
from .later_accounts import later_accounts
from .lede_retold import lede_retold
from .list_middles import list_middles
from .live_entries import LiveEntries, at_stamps, present_events
from .model import PLANNED, PUBLICATION, PUBLICATION_DAY, REFERENCE, Anchor, DatedSentence, Timex
from .month_runs import carry_story_months
from .negated_tails import negated_tails
from .news_cues import asks_for_comment, election_day, entry_day, in_game, match_day
from .past_runs import in_past_run
from .plan_followers import plan_followers
from .pluperfect_relatives import pluperfect_relatives
from .present_runs import carry_present_days
from .record_entries import entry_tails, line_fragment, narrowed, verbless_entry
from .results_periods import focus_period
from .retold_happenings import retold_day
from .rules.anchoring import HISTORY_YEARS
from .sale_outcomes import sale_day
from .semicolon_clauses import semicolon_events
from .sentences import BLANK_LINE, sentence_spans
from .session_moves import carry_session_moves
from .study_periods import study_period
from .subject_asides import subject_asides
from .vague_amounts import vague_amount
from .weeks_later import weeks_later_year
from .writer_days import WriterDays, carry_writer_days, writer_feature, writers_own


def place(
    text: str,
    sentences: list[tuple[int, int]],
    out: list[DatedSentence],
    by_sent: dict[int, list[Any]],
    happenings: dict[int, SentenceHappenings],
    dct: str,
    in_story: Callable[[int], bool],
    entry_day: Callable[[int], str | None] = lambda _s: None,
) -> list[DatedSentence]:
    """`out` (the dated events) with an event around `dct` for each clause with a happening
    that no date governs, in reading order. `by_sent`: each sentence's date expressions (with
    `begin`, `end`, `comparison` and `res.dating`); `happenings`: the sentences' clauses found
    while dating, reused; `in_story(sentence)`: whether it is told in the text's own past;
    `entry_day(sentence)`: the day heading its diary entry in a diary of a year long past, where
    each happening the entry tells is on that day ("14 May. Crossed the icefall."), else None."""
    taken: dict[int, list[tuple[int, int]]] = {}
    events_at: dict[int, list[DatedSentence]] = {}  # each sentence's dated events
    for d in out:
        if not d.comparison:  # "the lowest since 2008" dates nothing: its clause is news
            taken.setdefault(d.begin, []).append(d.clause)
            events_at.setdefault(d.begin, []).append(d)
    extra: list[DatedSentence] = []
    offered: set[story_day_clauses.Key] = set()  # a history's dateless clauses (module doc)
    anchor = Anchor(PUBLICATION, dct)  # frozen: one for all the events it anchors
    whole = _whole_paragraphs(text, sentences, by_sent)
    left_whole = set(whole)
    every: list[tuple[int, int]] | None = None  # the sentences of those paragraphs, split once
    live = LiveEntries(text)  # a live blog's stamped entries: their happenings at the stamp
    headings = day_headings(text, [m for ms in by_sent.values() for m in ms])  # a diary's days
    cuts: list[tuple[int, int]] = []  # the spans of entries' heads and tails (`entry_tails`)
    writer = WriterDays(text, out, dct) if writer_feature(text, out, dct) else None
    for si, (sb, se) in enumerate(sentences):
        mentions = by_sent.get(si)
        entry = entry_day(si)
        narrative = entry is None and not asks_for_comment(text, sb, se)
        narrative = narrative and (
            in_story(si) or in_past_run(text, sentences, by_sent, si, int(dct[:4]))
        )
        narrative = narrative and not names_the_occasion(text, sb, se)  # "Passing sentence, ..."
        if narrative and writer and writer.at(sb) and writers_own(text, sb, se):
            narrative = False  # "The heating in my carriage failed" after a line's history
        if narrative and court_outcome(text[sb:se]):  # "He was fined" after an offence's day
            narrative = hearing_day(text, (sb, se), out, dct) is None
        if si in left_whole:
            # a paragraph without a date was left whole (`sentence_spans`): its sentences
            every = (
                sentence_spans(text, [sentences[k][0] for k in whole]) if every is None else every
            )
            spans = _within(every, sb, se)
        else:
            spans = [(sb, se)]
        dating = [x.begin for x in mentions or () if x.res.dating is not None and not x.comparison]
        for b, e in spans:
            h = happenings.get(si) if mentions is not None else None
            if h is None:
                h = SentenceHappenings(text, b, e, [(x.begin, x.end) for x in mentions or ()], dct)
            placed = len(extra)
            found = h.undated(taken.get(b, []), dating, narrative)
            if narrative and timed_then(text, b, e):  # "In an interview at the time she said"
                found += then_happenings(text, h.undated(taken.get(b, []), dating), found)
            if narrative and "eeks" in text[b:e]:  # "in 2019 ... recalled its envoy weeks later"
                later = h.undated(taken.get(b, []), dating)
                found += [g for g in later if weeks_later_year(text, g.span, out, dct)]
            told = (
                h.undated(taken.get(b, []), dating)
                if narrative
                and not dating
                and story_day_clauses.after_a_day(text, sentences, by_sent, si)
                else []
            )
            if entry is not None and not (found or told or dating or taken.get(b)):
                found = verbless_entry(text, b, e)  # "Baptised, Mary, ...", "For the funeral:"
                found = found or line_fragment(text, b, e)  # "Sept. 11. Cloudy all night."
            elif entry is not None and dating and not found:  # "..., on the 3rd inst., fined 5s."
                found = entry_tails(text, b, e, [(x.begin, x.end) for x in mentions or ()])
                cuts += [got.span for got in found]
            if narrative and dating:  # "tried in 1778; two were acquitted": on 1778
                extra += semicolon_events(
                    text, (b, e), h, taken.get(b, []), dating, events_at.get(b, [])
                )
                extra += amount_clause_events(  # "... in 1870 and acquitted after eleven days"
                    text, (b, e), h, taken.get(b, []), dating, mentions or (), events_at.get(b, [])
                )
            hours_fit = bool(told) and story_day_clauses.in_month_story(by_sent, si)
            told = story_day_clauses.new_ones(text, b, told, found, mentions or (), hours_fit)
            if narrative and not dating and (b, e) == (sb, se):  # "... ran it for ten years"
                extra += lasting_events(
                    text,
                    sentences,
                    out,
                    si,
                    h,
                    taken.get(b, []),
                    [*found, *told],  # "We searched for nine hours" kept in the month already
                    dct,
                )
            for got in [*found, *told]:
                if got.span is not None and vague_amount(text, b, got.span, mentions or ()):
                    continue  # "Years later, the son sold the land": no day a reader knows
                if _weeks_on(text, got.span, out, dct):
                    continue  # "Some weeks later, the crew sighted land" in a history
                if narrative and _present_state(got.span, mentions or (), out, dct):
                    continue  # "He is now buried at Ely" after a history: no news of the day
                at, status = got.span[0], got.status
                if got.status == PLANNED:  # a plan waiting on a deal's completion
                    done = completion_date(text, b, out)
                    if done is None:
                        continue
                    day, at_anchor, precision = done[0], Anchor(REFERENCE, done[0]), done[1]
                elif entry is not None:
                    day, at_anchor, precision = entry, Anchor(REFERENCE, entry), "day"
                elif headings and (under := heading_day(headings, at)) is not None:
                    day, at_anchor, precision = under, Anchor(REFERENCE, under), "day"
                    if under > dct[:10]:  # the week ahead's entry: a plan
                        status = PLANNED
                else:
                    day, at_anchor, precision = _in_match(text, got.span, out, dct) or (
                        dct,
                        anchor,
                        "day",
                    )
                timex = Timex(at, at, "", "DATE", day, at_anchor, PUBLICATION_DAY)
                extra.append(
                    DatedSentence(
                        b,
                        e,
                        day,
                        None,
                        precision,
                        timex,
                        title=got.title,
                        title_span=got.span,
                        status=status,
                        around=entry is None,
                    )
                )
                if got in told:  # a history's day told on: kept only where `day_runs` moves it
                    offered.add(story_day_clauses.key(extra[-1]))
            if live and len(extra) == placed and not taken.get(b):
                extra += present_events(live, text, b, e, dct)  # "The vote passes by 31 to 12"
    out = narrowed(out, cuts)  # an entry's dated aside keeps to its own side of the entry
    if extra:
        out = sorted([*out, *extra], key=lambda d: (d.begin, d.clause[0]))
    out = list_middles(text, out, dct)  # "came down on 6 May, were rehung, and rang on 9 June"
    out = gapped_conjuncts(text, out)  # "will be closed on 3 May, and its roof stripped"
    out = pluperfect_relatives(text, out, dct)  # "the town that had shut in 1486 opened"
    out = carry_story_days(text, out, dct)  # "On Monday ... None of the fuel was lost"
    out = carry_session_moves(text, out, dct)  # "... trading on Friday. Intel eased 1/8"
    out = carry_accounts(text, out, dct, told_past)  # "claimed he aimed at" the shooting's day
    out = carry_writer_days(text, out, dct, writer) if writer else out  # "I slept badly"
    out = carry_present_days(text, sentences, by_sent, out, dct)  # "... Forty people die."
    out = hearing_reports(text, sentences, out, dct)  # "His widow stated that ..." at the inquest
    out = gathering_speeches(text, out, dct)  # "Ministers met on Wednesday. They called on ..."
    out = carry_day_topics(text, out, dct)  # "Then there was Thursday. The mayor announced ..."
    out = carry_story_months(text, out, dct)  # "In late January ... Neither man declared"
    out = story_day_clauses.kept(out, offered, dct)
    out = announced_deaths(text, at_stamps(live, out, dct), dct)  # "has died" ... "on Sunday"
    out = lede_retold(
        text, out, dct
    )  # "have been born" / "were born on 28 June", "has won" / "the award"
    out = called_off_pairs(text, out)  # "was cancelled in 2021 and 2022": both negated
    out = cancelled_ahead(text, out, dct)  # "has cancelled operations on Friday": today's news
    out = later_accounts(text, out)  # "reported in January 1810: 'The water rose ...'"
    out = but_none(text, out)  # "discussed last year, but no deal was signed": negated too
    out = negated_tails(text, out)  # "the sirens sounded, but no planes came"
    out = subject_asides(text, out)  # "The charter, sealed in 1215, gave the town a market"
    return plan_followers(text, sentences, by_sent, out, dct)  # "... will bring the letter"


def _present_state(
    span: tuple[int, int] | None, mentions: Sequence[Any], out: list[DatedSentence], dct: str
) -> bool:
    """Whether a clause told right after a history (`_after_history`) holds "now" or "today"
    as the present against that past (PRESENT_REF: "He is now buried at Ely"): a state, which
    happened on no day."""
    if span is None or not any(
        span[0] <= m.begin < span[1] and m.res.value == "PRESENT_REF" for m in mentions
    ):
        return False
    return _after_history(span[0], out, dct)


# "Some weeks later the crew sighted land": the story moved on by an unstated number of weeks
_WEEKS_ON = re.compile(r"(?i)(?:(?:some|several|a\s+few|many)\s+)?weeks\s+(?:later|afterwards?)\b")


def _weeks_on(text: str, span: tuple[int, int] | None, out: list[DatedSentence], dct: str) -> bool:
    """Whether a clause after a history opens "Some weeks later": no day a reader knows (in
    news, "Weeks later the owners reopened" stays by the publication day)."""
    return (
        span is not None
        and _WEEKS_ON.match(text, span[0]) is not None
        and _after_history(span[0], out, dct)
    )


def _after_history(at: int, out: list[DatedSentence], dct: str) -> bool:
    """Whether the last date told before `at` is at least `HISTORY_YEARS` before the
    publication date."""
    last = [d.start[:4] for d in out if d.timex.text and d.timex.begin < at]
    return bool(last) and last[-1].isdigit() and int(last[-1]) <= int(dct[:4]) - HISTORY_YEARS


def _in_match(
    text: str, span: tuple[int, int], out: list[DatedSentence], dct: str
) -> tuple[str, Anchor, str] | None:
    """The match's day, its anchor and precision for a happening timed within a game
    ("equalised in the second half" after "won Wednesday's final"), told in a timeline's entry
    under its time stamp, or a fact of a vote the story dated, else None (`news_cues`); or the
    time a happening points back at ("said at the time", "after the hearing":
    `back_references`), or the period in focus of a results figure (`results_periods`), or
    the day or week news "comes ... after" (`comes_after`), or the period a study's finding
    was observed in (`study_periods`)."""
    day = entry_day(text, out, span[0], dct) or election_day(text, out, span, dct)
    day = day or hearing_day(text, span, out, dct)  # "He was fined" at the hearing
    if day is None and in_game(text, *span):
        day = match_day(out, span[0], dct)
    day = day or after_the_occasion(text, span, out, dct)
    day = day or retold_day(text, span, out, dct)  # the lead's result told again
    day = day or days_apart(text, span, out, dct)  # ", the day after she was seen"
    day = day or counted_ahead_of(text, span, out, dct)  # "four days after a fire on 11 August"
    if day is not None:
        return day, Anchor(REFERENCE, day), "day"
    then = at_the_time(text, span, out, dct) or focus_period(text, span, out, dct)
    then = then or fulfilled_plan(text, span, out)  # "The opening took place as planned"
    then = then or sale_day(text, span, out, dct)  # "It fetched 310 pounds" at the sale's day
    then = then or comes_after(text, span, dct)  # "The results come a week after X reported"
    then = then or study_period(text, span, out, dct)  # "followed 900 patients in 2024"
    then = then or weeks_later_year(text, span, out, dct)  # "in 2019 ... weeks later"
    return None if then is None else (then[0], Anchor(REFERENCE, then[0]), then[1])


def _whole_paragraphs(
    text: str, sentences: list[tuple[int, int]], by_sent: dict[int, list[Any]]
) -> list[int]:
    """The sentences that are whole paragraphs `sentence_spans` left unsplit: those of a
    paragraph with no date expression in any of its sentences (a paragraph with one was split,
    and its sentences are already sentences: splitting it again gives them back)."""
    whole: list[int] = []
    para: list[int] = []  # the current paragraph's sentences
    dated = False
    for si, (sb, _) in enumerate(sentences):
        if si and BLANK_LINE.search(text, sentences[si - 1][1], sb):
            if not dated:
                whole.extend(para)
            para, dated = [], False
        para.append(si)
        dated = dated or si in by_sent
    if not dated:
        whole.extend(para)
    return whole


def _within(spans: list[tuple[int, int]], begin: int, end: int) -> list[tuple[int, int]]:
    """The sentences of `spans` (sorted) inside [begin, end), else that span itself."""
    k = bisect_left(spans, (begin, -1))
    inside = []
    while k < len(spans) and spans[k][1] <= end:
        inside.append(spans[k])
        k += 1
    return inside or [(begin, end)]


def in_story_time(
    times: tuple[list[int], Sequence[tuple[Any, Any, int]]],
    sent: int,
    paragraphs: list[int],
    dct: dt.date | None,
    reach: tuple[int, int, int],
) -> bool:
    """Whether sentence `sent` is told in a past of the text's own rather than in news time.
    `times`: the sentences that had a date expression and, before each and after the last, the
    narrative year, the text's year (year, sentence, paragraph) and how many story dates
    (`extract._Document._resolve_all`); `reach`: how many story dates make a story, how many
    sentences a story's year reaches, how many a year in passing does."""
    story_dates_min, story_reach, year_reach = reach
    sents, states = times
    k = bisect_right(sents, sent)
    anchor_year, text_year, story_dates = states[k] if k < len(states) else (None, None, 0)
    if anchor_year is not None:
        return True
    if text_year is None or dct is None or text_year[0] >= dct.year:
        return False
    year_sent, year_para = text_year[1], text_year[2]
    gap, para = sent - year_sent, paragraphs[sent]
    if story_dates >= story_dates_min and gap <= story_reach:
        return year_para == para or (para - year_para == 1 and gap <= year_reach)
    return year_para == para and gap <= year_reach
