"""The events of a text's dated expressions: one per date and clause, titled by its happening
(`happenings`), then what no expression dates (`publication_day`) and a life's or a reign's
events (`life_events`, `reign_events`). Split out of `extract._Document`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from . import (
    clause_dates,
    foreign_moves,
    foreign_titles,
    publication_day,
    quoted_letters,
    record_days,
)
from .floruit import floruit_title
from .happenings import SentenceHappenings
from .life_brackets import life_title
from .life_events import life_events
from .model import PUBLICATION, Anchor, DatedSentence, Timex
from .periods import ymd
from .placing import placeable
from .reign_events import reign_events
from .scanning import Grammar
from .story_asides import when_of_comparison
from .story_time_clauses import keep_story_time
from .today_quotes import today_now
from .under_way_until import runs_until
from .when_clauses import counted_to
from .year_events import StoryContext


class Analysis(Protocol):
    """What `extract._Document` gives its events: its text, sentence spans and publication date,
    the mentions resolved (`Any`: its `_Mention` records), the grammar, the story's time before
    each sentence and the expressions' anchors."""

    @property
    def text(self) -> str: ...
    @property
    def sentences(self) -> list[tuple[int, int]]: ...
    @property
    def mentions(self) -> Sequence[Any]: ...
    @property
    def dct(self) -> dt.date | None: ...
    @property
    def grammar(self) -> Grammar: ...
    @property
    def story_times(self) -> tuple[list[int], list[tuple]]: ...

    def how(self, res: Any, sent: int) -> tuple[Anchor | None, str]: ...
    def paragraphs(self) -> list[int]: ...


def dated_events(doc: Analysis, reach: tuple[int, int, int]) -> list[DatedSentence]:
    """`doc`'s events in reading order; `reach`: how many story dates make a story, how many
    sentences a story's and a text's year reach (`publication_day.in_story_time`)."""
    out: list[DatedSentence] = []
    seen: dict[tuple[int, str, str | None, str, bool], list[int]] = {}
    text = doc.text
    by_sent: dict[int, list[Any]] = {}
    for m in doc.mentions:
        by_sent.setdefault(m.sent, []).append(m)
        m.comparison = m.comparison or m.figure
    happenings: dict[int, SentenceHappenings] = {}
    inline: dict[tuple[int, str], SentenceHappenings] = {}  # by a record's day quoted inline
    dct = ymd(doc.dct) if doc.dct else None
    for i, m in enumerate(doc.mentions):
        if m.res.dating is None or m.joined or counted_to(text, doc.mentions, i - 1, m):
            continue  # a range's end; the day "three days before Christmas" counts from
        start, end_date, precision = placeable(*m.res.dating)
        if start is None:
            continue  # no period on the calendar ("from 2019 to 2011"): no event
        sb, se = doc.sentences[m.sent]
        title, title_span, status = "", None, "happened"
        moved_to: str | None = None  # a moved date's new day (`foreign_moves`)
        report = None
        nxt = doc.mentions[i + 1] if i + 1 < len(doc.mentions) else None
        joined = nxt is not None and (nxt.joined or counted_to(text, doc.mentions, i, nxt))
        extent = nxt.end if nxt is not None and joined else m.end  # "from X to Y"
        if doc.grammar.english and not m.comparison:
            h = happenings.get(m.sent)
            if h is None:
                atoms = clause_dates.sentence_atoms(by_sent[m.sent])  # + which date nothing
                now = quoted_letters.letter_now(doc, sb)  # a letter's, an item's own day
                now = now or today_now(doc, sb)  # a note's "Today is Friday 3rd July 1981"
                now_ymd = ymd(now) if now else dct
                h = happenings[m.sent] = SentenceHappenings(text, sb, se, atoms, now_ymd)
            if (quoted := quoted_letters.inline_now(doc, m.begin)) is not None:
                # a record quoted inside the sentence: what it tells is seen from its day
                key_now = (m.sent, ymd(quoted))
                if key_now not in inline:
                    atoms = clause_dates.sentence_atoms(by_sent[m.sent])
                    inline[key_now] = SentenceHappenings(text, sb, se, atoms, key_now[1])
                h = inline[key_now]
            happening = h.of(m.begin, extent, start)
            if happening.empty:
                continue  # the sentence is nothing but dates: no happening, no event
            title, title_span, status = happening.title, happening.span, happening.status
            if (active := floruit_title(text, sb, m.begin)) is not None:
                title, status = active, "happened"  # "Walter of Hereford (fl. 1230s) was"
            elif (life := life_title(text, sb, m.begin, by_sent[m.sent])) is not None:
                title, status = life, "happened"  # "founded by Arthur Pike (1851–1922)"
            report = happening.report
        elif not m.comparison:  # other languages: `other_languages`' lighter cut
            others = [(o.begin, o.end) for o in by_sent[m.sent] if not o.joined]
            title, title_span, status = foreign_titles.happening(
                doc.grammar.language, text, (sb, se), (m.begin, extent), start, dct, others
            )
            if end_date and precision == "day" and foreign_moves.moved(text, sb, m.begin):
                moved_to, end_date, status = end_date, None, "negated"  # "aplazado del 4 al 11"
        if (
            dct is not None
            and doc.grammar.english
            and status == "planned"
            and end_date is None
            and precision == "day"
            and runs_until(text, title_span or (sb, se), m.begin)
        ):
            # "Until Monday the council is running a minibus": under way now, to Monday
            start, end_date, status = dct, start, "happened"
        # One event per date and clause: "met on Monday ... and on Monday signed" is two;
        # "said on Monday he arrived on Monday" one (the arrival: the narrower clause).
        key = (m.sent, start, end_date, precision, m.comparison)
        timex = Timex(
            m.begin,
            m.end,
            text[m.begin : m.end],
            m.res.type,
            m.res.value,
            *doc.how(m.res, m.sent),
        )
        item = DatedSentence(
            sb,
            se,
            start,
            end_date,
            precision,
            timex,
            m.comparison,
            title=title,
            title_span=title_span,
            status=status,
        )
        # the last few of that date: mentions come in reading order, so an overlapping
        # clause is a recent one (and a table's thousand equal dates stay linear)
        same = next((k for k in seen.get(key, ())[-4:] if _same_event(text, out[k], item)), None)
        if same is None:
            seen.setdefault(key, []).append(len(out))
            out.append(item)
        elif _width(item) < _width(out[same]):
            out[same] = item
        if moved_to is not None:  # the new day: to come unless gone by
            told = "planned" if dct is None or moved_to[:10] > dct else "happened"
            out.append(replace(item, start=moved_to, status=told))
        if "when" in text[m.end : m.end + 9] and (then := when_of_comparison(text, item)):
            out.append(then)  # "since 1971, when a quake killed 300": the quake's event
        elif extent > m.end and "when" in text[extent : extent + 9]:  # "from X to Y, when"
            out += filter(None, [when_of_comparison(text, item, extent)])
        if report is not None and doc.dct is not None:
            said = _report_on_publication_day(text, (sb, se), report, title_span, dct)
            # one report a clause: "reported a loss for the quarter and a profit for the year"
            if not any(_overlap(o, said) and o.start == said.start for o in out[-4:]):
                out.append(said)
    if doc.grammar.english:  # "The river rose, and shortly after 1 a.m. ...": two times
        out = keep_story_time(text, out)
    if dct is not None and doc.grammar.english:  # what no expression dates
        paragraphs = doc.paragraphs()
        in_story = lambda s: publication_day.in_story_time(  # noqa: E731
            doc.story_times, s, paragraphs, doc.dct, reach
        )
        out = publication_day.place(
            text,
            doc.sentences,
            out,
            by_sent,
            happenings,
            dct,
            in_story,
            record_days.entry_days(doc),  # a diary's entry, a minute's meeting
        )
        story = StoryContext(text, doc.sentences, doc.mentions, happenings, dct, in_story)
        # "During his reign he ...", "at the age of twelve she ...", "He then moved to ..."
        out = life_events(story, reign_events(story, out))
    return out


def _report_on_publication_day(
    text: str,
    sentence: tuple[int, int],
    report: tuple[str, tuple[int, int]],
    span: tuple[int, int] | None,
    dct: str | None,
) -> DatedSentence:
    """ "The airline reported a loss for the third quarter": the reporting is news of the
    publication day (the quarter dates the loss); its event is dated by the reporting verb,
    anchored to the publication date."""
    title, (vb, ve) = report
    timex = Timex(vb, ve, text[vb:ve], "DATE", dct or "", Anchor(PUBLICATION, dct), "publication")
    return DatedSentence(*sentence, dct or "", None, "day", timex, title=title, title_span=span)


def _overlap(a: DatedSentence, b: DatedSentence) -> bool:
    (ab, ae), (bb, be) = a.clause, b.clause
    return ab < be and bb < ae


def _same_event(text: str, a: DatedSentence, b: DatedSentence) -> bool:
    """Whether two events of one date are one: overlapping clauses, unless another expression
    dates an aside between commas nested in the other's clause ("X, shown at the Salon of 1767,
    made her name, and in the same year ...": the aside's event and the sentence's are two)."""
    if not _overlap(a, b):
        return False
    (ab, ae), (bb, be) = a.clause, b.clause
    inner = (bb, be) if ab < bb and be <= ae else (ab, ae) if bb < ab and ae <= be else None
    if inner is None or a.timex.begin == b.timex.begin:
        return True
    before, after = text[max(inner[0] - 2, 0) : inner[0]], text[inner[1] - 2 : inner[1] + 1]
    return not ("," in before and "," in after)  # an aside between commas is its own


def _width(d: DatedSentence) -> int:
    b, e = d.clause
    return e - b
