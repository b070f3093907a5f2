"""The engine: one regex pass over the text, then resolution in reading order.

1. Paragraphs (blank lines) and sentences (blingfire, only where a rule hit) give the spans
   tense and anchoring look in.
2. One trigger regex finds where a rule can start (`scanning`); at each hit every rule that
   matches there is collected, so the longest match wins regardless of the table's order.
3. Matches are resolved left to right, carrying the reference times: the last dated point (what
   "two days later" counts from) and the narrative year (what "On 22 June" takes in a history).
4. Ranges: "since X" runs to the DCT; "from X to Y" / "between X and Y" join, sharing a year.
5. TimeML extents: a clock joins the day after it ("10 p.m. Wednesday"); modifiers TimeML puts
   inside an expression join it ("nearly two years", "the end of 1990", "early Friday").

Each expression records how its value was found (`model.Anchor`, the rule family): what its
normaliser resolved it against (`Ctx.basis`, else its `Res` flags) and, for a reference time, the
mention that set it (`_Document._src`), read back in `_how`. None of it changes a value.

Reference times carried along besides the DCT: the narrative year (set only by a date that frames
its sentence, "In 1941, ..."), the text's year (the last explicit year, for the two sentences
after it, moved on by the dates that take it; `rules.anchoring.pick_year` weighs it against the
DCT by tense), the last dated point, and the quarter a report is about (the last one named that
is already over), which "the quarter" and "a year ago" refer to. Comparisons' reference points
("the lowest since 2008", `rules.comparison`) move none of them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache

from . import (
    bc_millennia,
    quoted_letters,
    quoted_refs,
    vague_jumps,
    writer_years,
)
from .age_times import aged_time
from .bracketed_asides import in_bracketed_sentence
from .counted_asides import counted_aside
from .dated_events import dated_events
from .deadlines import deadline_year
from .frame_years import framing_year
from .headings import paragraph_breaks
from .historical_present import ends_story, planned_day
from .life_brackets import life_aside
from .midnight_ends import midnight_value
from .model import ABSOLUTE, PUBLICATION, REFERENCE, Anchor, DatedSentence, Timex, rule_family
from .news_cues import ends_with_word
from .participle_offsets import participle_offset
from .period_starts import starts_period
from .periods import Point, shift, ymd
from .placing import align_years
from .pluperfect_days import pluperfect_day_back
from .regnal_day_spans import join_regnal_days
from .restated_years import dated_by_its_year, restates_day_year
from .rules import RULES, locales, locales_relative
from .rules.absolute import RANGE_START
from .rules.anchoring import GRAN_RANK, HISTORY_YEARS
from .rules.clock import ref_values
from .rules.comparison import figure_comparison
from .rules.locales_offset import anchor_only
from .rules.table import Ctx, Groups, Res
from .rules.triggers import DIGIT_FOLLOWERS, FOLLOWERS
from .scanning import Grammar, Group, compile_grammar, scan
from .sentences import sentence_spans
from .since_look_backs import since_look_back
from .story_asides import in_passing, leaves_story_time, record_look_back, year_in_passing
from .story_years import age_between, attributive, looks_back, passing_year, told_in_bc
from .tense import FUTURE, PAST, SentenceTense
from .when_clauses import counted_to
from .work_years import work_year_aside

_FRAME = re.compile(
    r"(?i)[\W_]*(?:(?:in|on|by|during|throughout|at|from|after|before|until|of|early|late|"
    r"mid|around|about|the|end|beginning|start|middle|later|earlier|spring|summer|autumn|fall|"
    r"winter)\W+){0,4}"
)
_SINCE = re.compile(r"(?i)\bsince\s+$")
_ENGLISH = compile_grammar(RULES, DIGIT_FOLLOWERS, FOLLOWERS, _FRAME, _SINCE, english=True)
# Other languages: a digit starts a rule before a year, a day and its month, a numeric date,
# or a run of days ("15, 16 et 17 mars", "3-5 de marzo").
_FOREIGN_DIGIT_FOLLOWERS = r"\d{3}(?!\d)|\d?(?:[/.]\d|\.?\s*[^\W\d_]|°|\.?(?:,|\s*[-–])\s*\d)"


@cache
def _grammar(language: str) -> Grammar:
    """The compiled rules of `language` ("en" or one of `locales.FOREIGN`; others: KeyError)."""
    if language == "en":
        return _ENGLISH
    words = locales.WORDS[language]
    compiled = compile_grammar(
        locales.rules_for(language) + locales_relative.rules(language),
        _FOREIGN_DIGIT_FOLLOWERS,
        {},
        re.compile(rf"(?i)[\W_]*(?:(?:{words.frame})\W+){{0,4}}"),
        re.compile(rf"(?i)\b(?:{words.since})\s*$"),
        english=False,
    )
    return replace(
        compiled,
        language=language,
        range_start=re.compile(rf"(?i)\b(?:{words.range_start})\s+$"),
        range_gap=re.compile(rf"(?i)(?:{words.range_gap})"),
    )


_NEAR = 80  # characters before a mention a modifier ("nearly", "from") can sit in
# a dash after a line break is a list's bullet, no range: "MARCH 11\n- Fourth-quarter GDP"
_RANGE_GAP = re.compile(
    r"(?i)(?:\s*(?:to|until|till|through|thru|and)|[^\S\n]*[-–—])\s*(?:c\.\s*)?"
)
_DASH_GAP = re.compile(r"[^\S\n]*[-–—]\s*(?:c\.\s*)?")  # "(c.1815–c.1880)": a life's circa end
_WORD = re.compile(r"\w+")
_CLOCK_DAY_GAP = re.compile(r",?\s{1,2}")
_QUANT_BEFORE = re.compile(
    r"(?i)\b(nearly|almost|around|approximately|roughly|(?:a\s+little\s+)?more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than)\s+$"
)
_EARLY_BEFORE = re.compile(r"(?i)\b(?:early|late|earlier|later)\s+$")
_DAY_WORD = re.compile(
    r"(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tomorrow|tonight"
)
_PART_OF_BEFORE = re.compile(r"(?i)\bthe\s+(?:end|beginning|start|middle)\s+of\s+$")
# The words the three modifiers above end in: text before a mention that ends in none of them
# (told in lower-cased ASCII) is no modifier, without three regex searches over _NEAR characters.
_MODIFIER_ENDS = (
    "nearly", "almost", "around", "approximately", "roughly", "than", "least", "most", "to", "of",
    "early", "late", "earlier", "later",
)  # fmt: skip
_LONGEST_END = 1 + max(map(len, _MODIFIER_ENDS))
_FOCUS_SENTENCES = 8  # how many sentences a named quarter stays the period a report is about
# How many sentences after it (in its paragraph) an explicit year can lend its year to a
# year-less date ("was raised in 1862. It fought at Shiloh in April"); a year that frames its
# sentence ("In 1941, ...") lasts until news time resumes.
_TEXT_YEAR_REACH = 2
# A story told in days and months (two such dates in the text's own time since news time last
# resumed: "crossed the border on 22 June 1941. Three days later ...") keeps its year for this
# many sentences in its paragraph (a sentence or two into the next), even for a date near the
# DCT (an anniversary article's "On 20 July" is 1969's); its tense still decides
# (`rules.anchoring._text_year`): a present or future verb is news time.
_STORY_DATES = 2
_WIDE_PEEK = 5  # `_peek` over this many words skips groups that resolve to nothing
_STORY_REACH = 6


_DEMONSTRATIVE = re.compile(r"(?i)that\s")  # "That winter", "that July", "that year"


@dataclass(slots=True)
class _Mention:
    begin: int
    end: int
    sent: int
    res: Res
    joined: bool = False  # the end of a range whose start carries the dating
    comparison: bool = False  # a comparison's reference point ("the lowest since 2008")
    # an earlier figure's period ("from $1.4 billion in 2025"): no event, no text's year, but
    figure: bool = False  # the story's time moves to it ("flat a year earlier" counts from it)


class _Document:
    """One analysis of a text: its sentences and resolved mentions."""

    def __init__(self, text: str, dct: dt.date | None, grammar: Grammar = _ENGLISH) -> None:
        with bc_millennia.reading(text):  # "1479 BC" has a stand-in year too
            self._read(text, dct, grammar)

    def _read(self, text: str, dct: dt.date | None, grammar: Grammar) -> None:
        self.text = text
        self.dct = dct
        self.grammar = grammar
        self.groups = scan(text, grammar)
        self.sentences = sentence_spans(text, [g.begin for g in self.groups])
        self._paragraphs: list[int] | None = None  # `paragraphs`, once asked
        self._assign_sentences()
        self._tenses: dict[int, SentenceTense] = {}
        self._resolved: dict[int, tuple[int, Res] | None] = {}
        # Provenance: the mention behind each reference time while resolving (see
        # `_resolve_all`), and the expression each group's peek found (`_peek`).
        self._src: dict[str, _Mention] = {}
        self._peeked: dict[int, _Mention] = {}
        self.mentions: list[_Mention] = []
        # (sentences, states): the narrative year, the text's year and how many story dates
        # stood before each sentence with a group, and after the last (`_story_time`)
        self.story_times: tuple[list[int], list[tuple]] = ([], [])
        self._resolve_all()
        self._join_ranges()
        self._join_clock_and_day()
        self.mentions = join_regnal_days(text, self.mentions)  # "4 March, 34 Geo. III"
        told_in_bc(self.mentions)  # values found from a BC year's stand-in
        vague_jumps.unknown_years_after_jumps(text, self.mentions)  # "Decades earlier, ..."
        self._extend_spans()

    def _assign_sentences(self) -> None:
        spans = self.sentences
        if not spans:
            spans.append((0, len(self.text)))
        # A match running over a sentence end means the split was wrong ("Oct. 24"): merge.
        for g in self.groups:
            end = g.cands[0][1].end()
            i = max(0, bisect_right(spans, (g.begin, len(self.text) + 1)) - 1)
            while i + 1 < len(spans) and end > spans[i][1] and spans[i + 1][0] < end:
                spans[i : i + 2] = [(spans[i][0], spans[i + 1][1])]
        starts = [b for b, _ in spans]
        rules_in: dict[int, set[str]] = {}
        for g in self.groups:
            g.sent = max(0, bisect_right(starts, g.begin) - 1)
            rules_in.setdefault(g.sent, set()).add(self.grammar.rules[g.cands[0][0]].name)
        self._sent_rules = {k: frozenset(v) for k, v in rules_in.items()}

    def _tense(self, sent: int) -> SentenceTense:
        t = self._tenses.get(sent)
        if t is None:
            b, e = self.sentences[sent]
            t = self._tenses[sent] = SentenceTense(self.text[b:e], b)
        return t

    def _try(self, gi: int, state: tuple) -> tuple[int, Res] | None:
        """Resolve group `gi` (cached): its longest candidate the rules accept."""
        if gi in self._resolved:
            return self._resolved[gi]
        g = self.groups[gi]
        c = Ctx()  # fresh per match: a peek resolves another match in the middle of this one
        c.dct, c.text = quoted_letters.writer_now(self, g.sent, g.begin), self.text
        # a letter's or an entry's own now, quoted after its introducing words
        c.writer = c.dct != self.dct and quoted_letters.quotation_now(self, g.begin) == c.dct
        c.pub = self.dct
        c.ref, c.sent_ref, c.anchor_year, c.focus, c.ref_offset, c.text_year, c.story = state[:7]
        if c.writer:  # a quotation's own day, named by its introducing words
            c.ref = quoted_refs.writer_ref(self, g.begin, c.ref, c.dct)
        c.year_told_before = state[7]
        c.sent_begin, c.sent_end = self.sentences[g.sent]
        c.ref_values, c.told = ref_values(self._src, self.text), self.mentions
        c.sent_rules = self._sent_rules.get(g.sent, frozenset())
        if self.grammar.english:  # the tense guess reads English verbs
            c._tense = lambda: self._tense(g.sent)
        c._peek = lambda words: self._peek(gi, words, state)
        out = None
        rules, prefixes = self.grammar.rules, self.grammar.prefixes
        for ri, m in g.cands:
            c.begin, c.end = g.begin, m.end()
            c.basis = None
            try:
                res = rules[ri].normalise(Groups(m, prefixes[ri]), c)
            except (ValueError, OverflowError):  # beyond datetime's years 1..9999
                res = None
            if res is not None:
                res.rule = rules[ri].name
                res.basis = _basis(res, c)
                # the expression behind a reference time (`_src` is keyed by Ctx.basis names)
                peeked = res.basis == "next"
                res.source = self._peeked.get(gi) if peeked else self._src.get(res.basis or "")
                out = (m.end() if res.end is None else res.end, res)
                break
        self._resolved[gi] = out
        return out

    def _peek(self, gi: int, words: int, state: tuple) -> Point | None:
        g = self.groups[gi]
        this_end = g.cands[0][1].end()
        for nj in range(gi + 1, len(self.groups)):
            nxt = self.groups[nj]
            if nxt.begin < this_end:
                continue
            if nxt.sent != g.sent:
                return None
            gap = self.text[this_end : nxt.begin]
            if len(_WORD.findall(gap)) > words or any(ch in gap for ch in ",;:.!?"):
                return None
            ref, _, anchor, focus, ref_offset, text_year, story, before = state
            got = self._try(nj, (ref, None, anchor, focus, ref_offset, text_year, story, before))
            if got is None and words >= _WIDE_PEEK:
                continue  # a wide look steps over words that date nothing ("the evening of")
            if got is not None:
                self._peeked[gi] = _Mention(nxt.begin, got[0], nxt.sent, got[1])
            return got[1].point if got else None
        return None

    def _resolve_all(self) -> None:
        ref = sent_ref = None
        # the point this sentence counted back to in passing from the story's time ("two years
        # earlier", "97 days after"): its dates up to that point are in passing too
        counted_back: Point | None = None
        anchor_year = None
        focus: Point | None = None  # the last quarter named: "the quarter" refers to it
        focus_sent = -1
        ref_offset = None
        # The last explicit year of the text and where it was: (year, sentence, paragraph).
        text_year: tuple[int, int, int] | None = None
        year_end = 0  # where the explicit year behind `text_year` ends
        counted = None  # the last `text_year` counted from the DCT ("last February")
        # How many dates finer than a year the text has told in its own time since news time
        # last resumed: from `_STORY_DATES` on, `text_year` is a story's (`Ctx.story`)
        story_dates = 0
        paragraphs = self.paragraphs()
        last_end, last_sent = -1, -1
        src = self._src  # the mention behind each reference time below, for provenance
        times = self.story_times  # the text's own time before each sentence with a group
        # The story's time kept while a sentence looks back from it (`_look_back`)
        kept: tuple | None = None
        look_sent = -1
        before_plan: tuple | None = None  # the reference time a plan moved on from (`_plan_aside`)
        in_record: tuple | None = None  # (where a quoted record closes, the story's ref, its src)
        for gi, g in enumerate(self.groups):
            if g.sent != look_sent and self.grammar.english:
                look_sent = g.sent
                if kept is not None:
                    ref, anchor_year, text_year, year_end, story_dates = kept[:5]
                    src.update(kept[5])
                kept = self._look_back(g.sent, text_year, story_dates)
                if kept is not None:
                    known = {k: src[k] for k in ("ref", "text_year", "narrative") if k in src}
                    kept = (ref, anchor_year, text_year, year_end, story_dates, known)
            if not times[0] or times[0][-1] != g.sent:
                times[0].append(g.sent)
                times[1].append((anchor_year, text_year, story_dates))
            if in_record is not None and g.begin >= in_record[0]:
                (_, ref, src["ref"]), in_record = in_record, None  # the story after the record
                before_plan = None  # a plan inside the record ("will keep until Lady Day") too
            if g.begin < last_end:
                continue  # inside an accepted match
            if g.sent != last_sent:
                sent_ref, last_sent, counted_back = None, g.sent, None
                src.pop("sent_ref", None)
                if before_plan is not None and self._resumes(g, before_plan[0]):
                    (ref, src["ref"]), before_plan = before_plan, None  # back from a plan
            focus = None if g.sent - focus_sent > _FOCUS_SENTENCES else focus
            para, near_year, story = paragraphs[g.sent], None, False
            if text_year and (aged := aged_time(self, year_end, g.begin, paragraphs)):
                ref, text_year, year_end = aged  # "At the age of forty she ... That winter"
            if text_year is not None and not age_between(self.text, year_end, g.begin):
                gap = g.sent - text_year[1]
                # a story begun with a day or month of a year long past ("struck at 5:12 a.m.
                # on April 18, 1906") holds its paragraph as long as a story does
                long_past = (
                    story_dates > 0
                    and self.dct is not None
                    and text_year[0] <= self.dct.year - HISTORY_YEARS
                )
                reach = _STORY_REACH if long_past else _TEXT_YEAR_REACH
                if text_year[2] == para and gap <= reach:
                    near_year = text_year[0]
                # a story runs on in its paragraph; into the next one only for a sentence or two
                on = text_year[2] == para or (para - text_year[2] == 1 and gap <= _TEXT_YEAR_REACH)
                if story_dates >= _STORY_DATES and gap <= _STORY_REACH and on:
                    near_year, story = text_year[0], True
            # told before this sentence and not counted from now ("a fight last February")
            before = text_year is not None and text_year[1] < g.sent and text_year != counted
            state = (ref, sent_ref, anchor_year, focus, ref_offset, near_year, story, before)
            got = self._try(gi, state)
            if got is None:
                continue
            end, res = got
            last_end = end
            mention = _Mention(g.begin, end, g.sent, res)
            self.mentions.append(mention)
            sb = self.sentences[g.sent][0]
            if res.point is not None and res.type in ("DATE", "TIME"):
                mention.comparison = anchor_only(self.grammar.language, self.text, sb, g.begin, end)
                english = self.grammar.english and not mention.comparison
                mention.figure = english and figure_comparison(self.text, sb, g.begin, end)
            aside = res.point is not None and life_aside(self.text, g.begin, self.groups, gi)
            # "Turner's The Mill (1841) sold ... on 3 May": when the work was made, an aside
            aside = aside or (
                res.explicit_year and work_year_aside(self.text, g.begin, end, self.groups, gi)
            )
            # "On 4 June, three days before the fleet sailed, they met": the aside's own day
            aside = aside or (res.point is not None and counted_aside(self.text, sb, g.begin, end))
            # "the Martinmas hiring of 1931": the day's year again, the story stays on the day
            prior = self.mentions[-2] if len(self.mentions) > 1 else None
            aside = aside or restates_day_year(self.text, prior, g.begin, res.point)
            if aside:
                pass  # "founded by Arthur Pike (1851–1922)": who he was, no time of the story
            elif res.point is not None and (
                mention.comparison
                or (
                    attributive(self.text, g.begin, end)
                    and not dated_by_its_year(self.text, end, res.explicit_year)
                )
                or year_in_passing(self.text, sb, g.begin, res.point, res.explicit_year, ref)
                or participle_offset(
                    self.text, sb, g.begin, end
                )  # "a book, printed a year before,"
                # "conceded early on Wednesday after Ortiz won Tuesday's election"
                or (sent_ref is not None and in_passing(self.text, sb, g.begin, end))
                # "who had let the pumps fail since the previous winter": a state's start
                or (not res.explicit_year and since_look_back(self.text, g.begin, res.point, ref))
                # "The pump man had gone down the day before": the story stays on its day
                or pluperfect_day_back(self.text, sb, g.begin, res.point, ref)
                # "three days before Christmas she fled": the story is on the 22nd
                or counted_to(self.text, self.mentions, len(self.mentions) - 2, mention)
                # a sentence that counted back from the story's time in passing stays a look
                # back: "begun two years earlier, after a roof fall in 1884", "on 29 October,
                # 97 days after she was seen mating on 24 July"
                or (counted_back is not None and res.point[0] <= counted_back[0])
            ):
                # "the November 27 agreement" names a thing, "the lowest since 2008" a point of
                # comparison: the story's time stays where it was for "the following day"
                sent_ref = res.point
                src["sent_ref"] = mention
                if res.from_ref and text_year is not None and res.point[0].year == text_year[0]:
                    text_year = (text_year[0], g.sent, para)  # "had arrived only that March"
                elif text_year is not None and in_bracketed_sentence(self.text, sb, g.begin):
                    text_year = (text_year[0], g.sent, para)  # an aside told from the story
                amount = res.timeml is not None and res.timeml[0] == "DURATION"
                if amount and ref is not None and res.point[0] < ref[0]:
                    counted_back = res.point
            elif res.point is not None:
                before_plan = self._plan_aside(mention, ref, before_plan, sent_ref is not None)
                if in_record is None and (
                    close := record_look_back(self.text, g.begin, res.point, ref)
                ):
                    in_record = (close, ref, src.get("ref"))  # "reported: 'on Saturday last ...'"
                coarse = ref is None or GRAN_RANK[ref[1]] >= GRAN_RANK["year"]
                ref = sent_ref = res.point
                if res.yearless and res.point[1] == "season" and coarse:
                    # a season placed by a year alone ("raised in 1862 ... drilled through the
                    # winter"): which end of the year it is, the text does not say, so the story
                    # is in that year, not in its December ("... at Shiloh in April" is 1862's)
                    ref = sent_ref = (dt.date(res.point[0].year, 1, 1), "year")
                src["ref"] = src["sent_ref"] = mention
                ref_offset = res.offset
                # quarters gone by: not "a fourth-quarter charge" ahead, nor "the year-ago quarter"
                if (
                    res.point[1] == "quarter"
                    and res.offset is None
                    and (self.dct is None or _over_by(res.point[0], self.dct))
                ):
                    focus, focus_sent = res.point, g.sent
                    src["focus"] = mention
            fine = res.point is not None and GRAN_RANK[res.point[1]] < GRAN_RANK["year"]
            held = res.relative and writer_years.held(self, g.sent, g.begin, res)
            if held and not res.yearless:
                anchor_year = None  # "until Monday" in a quoted log: the text's year holds
            if res.relative and not held:
                anchor_year = text_year = None
                story_dates = 0
                owner = in_passing(self.text, sb, g.begin, end)  # "Last year's fires"
                if res.point is not None and not (
                    res.yearless or mention.comparison or owner or mention.figure
                ):
                    # "a fight last February": a year counted from the DCT is the text's year
                    # too ("... knock-out loss in February" a sentence later)
                    text_year, year_end = (res.point[0].year, g.sent, para), end
                    src["text_year"] = mention
                    counted = text_year
            elif res.from_ref and res.point is not None and not mention.comparison:
                # "Two years later", "that winter": the text's own time moves on with it (not
                # a look back in passing: "... that had shut its gates a year earlier")
                moves = src.get("ref") is mention
                if anchor_year is not None and moves:
                    anchor_year = res.point[0].year
                    src["narrative"] = mention
                # a demonstrative of a year long past ("That winter") puts the text there itself
                told = moves and _DEMONSTRATIVE.match(self.text, g.begin) is not None
                told = told and self.dct is not None and res.point[0].year <= self.dct.year - 2
                if (text_year is not None or anchor_year is not None or told) and moves:
                    text_year, year_end = (res.point[0].year, g.sent, para), end
                    src["text_year"] = mention
                    story_dates += fine
            elif (res.yearless or held) and res.point is not None and text_year is not None:
                # a date that took the text's year carries it on ("landed on 14 August ... The
                # town fell on 22 September ... on 25 October the armies met"), or moves it on
                # a year ("spent the winter of 1452 ... in the spring")
                year = res.point[0].year
                if year == text_year[0] or (
                    year == text_year[0] + 1 and res.basis in ("narrative", "text_year")
                ):
                    if year != text_year[0]:
                        src["text_year"] = mention
                    if anchor_year is not None and res.basis == "narrative":
                        anchor_year = year
                    carried = text_year == counted
                    text_year, year_end = (year, g.sent, para), end
                    counted = text_year if carried else counted
                    story_dates += fine and not held  # a quotation's day: not a story's step
            elif res.explicit_year and res.point is not None:
                passing = passing_year(self.text, sb, g.begin, text_year) or self._deadline(g, end)
                passing = passing or aside
                if lead := framing_year(self, g.sent, g.begin, res.point):
                    passing = False  # "The Winter Journey was a sledging journey made in 1911"
                if not (mention.comparison or passing or mention.figure):
                    text_year, year_end = (res.point[0].year, g.sent, para), end
                    src["text_year"] = mention
                    story_dates += fine
                # Only a year framing its sentence ("In 1941 ...") sets the narrative year; one in
                # passing ("approved in 1987") is the text's year, weighed by `pick_year` by tense
                if lead or self.grammar.frame.fullmatch(self.text, sb, g.begin):
                    anchor_year = res.point[0].year
                    src["narrative"] = mention
                elif (
                    anchor_year is not None
                    and not (mention.comparison or passing)
                    and (fine or self._starts_period(g, end, res.point[0].year, anchor_year))
                ):
                    # a story's month or day with its year moves the story there wherever it
                    # stands ("was first treated in February 1941. ... he died on 15 March"), and
                    # so does a year that opens a new stretch of it ("The tours began in 1965.")
                    anchor_year = res.point[0].year
                    src["narrative"] = mention
            if (
                self.grammar.english
                and res.point is not None
                and not mention.comparison
                and ends_story(self.text, sb, g.begin, res.point, times[1][-1], self.dct)
            ):
                ref = anchor_year = text_year = None  # "has been on display since 1921"
                story_dates = 0
        times[1].append((anchor_year, text_year, story_dates))  # after the last group

    def _look_back(self, sent: int, text_year: tuple | None, story_dates: int) -> tuple | None:
        """() if sentence `sent` looks back from the story told so far (`looks_back`): the
        caller keeps the story's time to restore at the next sentence; else None."""
        if text_year is None or story_dates == 0:
            return None
        sb, se = self.sentences[sent]
        return () if looks_back(self.text, sb, se, text_year[0]) else None

    def _plan_aside(
        self, m: _Mention, ref: Point | None, before: tuple | None, dated_before: bool
    ) -> tuple | None:
        """The reference time (and its mention) before `m`, for a past sentence after it, when
        `m` dates a plan from the DCT ("cancelled a trip due to begin on Wednesday. Aftershocks
        continued through the evening": Tuesday's), or a report after the date of what it reports
        (`dated_before`: "raided on Saturday night, police said on Tuesday")."""
        if not (self.grammar.english and self.dct is not None and m.res.relative):
            return None
        if not leaves_story_time(self.text, m.begin, dated_before):
            if self._tense(m.sent).at(m.begin, m.end) != FUTURE:
                return None
        elif ref is not None and ref[0] > self.dct:  # the plan a report tells: at its date
            return (ref, self._src.get("ref"))
        return before if before is not None else (ref, self._src.get("ref"))

    def _starts_period(self, g: Group, end: int, year: int, old: int) -> bool:
        """Whether the year at group `g` opens a new stretch of the story (`period_starts`)."""
        sb, se = self.sentences[g.sent]
        past = self.grammar.english and (lambda: self._tense(g.sent).at(g.begin, end) == PAST)
        return starts_period(self.text, sb, se, g.begin, end, year, old, past or None)

    def _deadline(self, g: Group, end: int) -> bool:
        """Whether the year at group `g` is a deadline of what is to come (`deadlines`)."""
        to_come = self.grammar.english and self._tense(g.sent).at(g.begin, end) == FUTURE
        return deadline_year(self.text, self.sentences[g.sent][0], g.begin, to_come)

    def _resumes(self, g: Group, kept: Point | None) -> bool:
        """Whether the expression at group `g` goes back to the time `kept` from before a plan or
        a report's date: told in the past, or ahead when that time is ahead too ("will reopen on
        8 May, the council said on Monday. Buses will return a week later": after 8 May)."""
        english, at = self.grammar.english, (g.begin, g.cands[0][1].end())
        tense = english and self._tense(g.sent).at(*at)
        ahead = kept is not None and self.dct is not None and kept[0] > self.dct
        return tense == (FUTURE if ahead else PAST) and not planned_day(self, g.begin, kept)

    def paragraphs(self) -> list[int]:
        """The paragraph (blank-line separated) each sentence is in (found once a text: the
        reference times and the publication-day pass both ask; callers do not change it)."""
        if self._paragraphs is None:
            breaks = paragraph_breaks(self.text)  # a heading opens the paragraph under it
            self._paragraphs = [bisect_right(breaks, b) for b, _ in self.sentences]
        return self._paragraphs

    def _join_ranges(self) -> None:
        text = self.text
        ms = self.mentions
        gap = self.grammar.range_gap or _RANGE_GAP
        opens = self.grammar.range_start or RANGE_START
        for a, b in zip(ms, ms[1:], strict=False):
            if a.sent != b.sent or a.res.point is None or b.res.point is None or a.joined:
                continue
            if not gap.fullmatch(text, a.end, b.begin):
                continue
            sb = max(self.sentences[a.sent][0], a.begin - _NEAR)
            if not (opens.search(text, sb, a.begin) or _DASH_GAP.fullmatch(text, a.end, b.begin)):
                continue
            align_years(a, b)
            if a.res.dating and b.res.dating:
                start, _, precision = a.res.dating
                b_start, b_end, _ = b.res.dating
                a.res.dating = (start, b_end or b_start, precision)
                b.joined = True
        # "since 2011": open up to the DCT (without one, the end is unknown), or up to the
        # writer's now of a letter quoted from its day
        for m in ms:
            if (
                m.res.dating
                and m.res.dating[1] is None  # "dal 3 al 5 marzo" is a run already
                and m.res.point is not None
                and not m.joined
                and not m.comparison
            ):
                sb = max(self.sentences[m.sent][0], m.begin - _NEAR)
                if self.grammar.english and not ends_with_word(text, sb, m.begin, "since"):
                    continue  # `_SINCE` is tried at every character of the window
                if self.grammar.since.search(text, sb, m.begin):
                    start, _, precision = m.res.dating
                    if self.dct is not None and start > ymd(self.dct):
                        continue  # "a partire dal 6 maggio", said in April: a start to come
                    # up to the writer's now in a letter quoted from its day
                    now = quoted_letters.writer_now(self, m.sent, m.begin) or self.dct
                    m.res.dating = (start, ymd(now) if now else None, precision)

    def _join_clock_and_day(self) -> None:
        """ "10 p.m. Wednesday", "5 p.m. EST, Nov. 9": one TIME, the clock on that day."""
        out: list[_Mention] = []
        for m in self.mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.sent == m.sent
                and prev.res.type == "TIME"
                and "T" in prev.res.value
                and prev.res.value[:1].isdigit()
                and m.res.type == "DATE"
                and m.res.point is not None
                and m.res.point[1] == "day"
                and m.res.rule != "offset"  # "Thursday morning, a day after it made landfall"
                and _CLOCK_DAY_GAP.fullmatch(self.text, prev.end, m.begin)
            ):
                clock = prev.res.value[prev.res.value.index("T") :]
                value = ymd(m.res.point[0]) + clock
                day = m.res  # the day dates the whole expression: its provenance is the day's
                prev.res = Res("TIME", value, m.res.point, (value, None, "minute"))
                prev.res.basis, prev.res.source, prev.res.rule = day.basis, day.source, day.rule
                prev.end = m.end
                continue
            out.append(m)
        self.mentions = out

    def _extend_spans(self) -> None:
        """TimeML puts modifiers inside the expression: "nearly two years", "around Nov. 1",
        "the end of 1990"."""
        text = self.text
        last_end = 0
        for m in self.mentions:
            sb = max(self.sentences[m.sent][0], last_end, m.begin - _NEAR)
            numeric = text[m.begin].isdigit() or m.res.type in ("DURATION", "TIME")
            while True:
                # Non-ASCII letters can match the regexes' case-insensitively ("ſ" as "s"):
                # only an ASCII tail is told by its lower case.
                tail = text[sb : m.begin].rstrip()[-_LONGEST_END:]
                if tail.isascii() and not tail.lower().endswith(_MODIFIER_ENDS):
                    break
                # "around Nov. 1", "nearly two years"; not "get around Wednesday's ruling"
                pre = (
                    numeric or text[m.begin].islower() or m.res.yearless
                ) and _QUANT_BEFORE.search(text, sb, m.begin)
                if pre and m.res.type == "SET" and pre.group(1).lower() == "almost":
                    break  # "almost daily": TimeBank marks how often, not how nearly

                pre = pre or (m.res.type == "DATE" and _PART_OF_BEFORE.search(text, sb, m.begin))
                # "early Friday morning", "late yesterday"
                pre = pre or (
                    _DAY_WORD.match(text, m.begin) and _EARLY_BEFORE.search(text, sb, m.begin)
                )
                if not pre:
                    break
                m.begin = pre.start()
            last_end = m.end

    def timexes(self) -> list[Timex]:
        """The expressions as TIMEX3 marks them (`Res.timeml` where that differs from the
        dated reading the timeline uses: "three days" DURATION in "three days later")."""
        text = self.text
        out = []
        mentions = self.mentions
        for i, m in enumerate(mentions):
            type_, value, end = m.res.type, m.res.value, m.end
            if m.res.timeml is not None:
                type_, value, end = m.res.timeml
            if type_ == "TIME" and text[m.begin] in "mM":
                after = mentions[i + 1] if i + 1 < len(mentions) else None
                nxt = (after.begin, after.res.value) if after and after.sent == m.sent else None
                value = midnight_value(text, m.begin, end, value, nxt)
            out.append(
                Timex(m.begin, end, text[m.begin : end], type_, value, *self.how(m.res, m.sent))
            )
        return out

    def how(self, res: Res, sent: int) -> tuple[Anchor | None, str]:
        """A resolved expression's anchor and rule family (provenance; see model.Anchor)."""
        family = rule_family(res.rule) if res.rule else ""
        if res.point is None and res.dating is None:
            return None, family  # placed on no calendar: nothing anchored it
        if res.basis == "absolute":
            return Anchor(ABSOLUTE), family
        if res.basis == "dct":
            return Anchor(PUBLICATION, ymd(self.dct) if self.dct else None), family
        source = res.source
        if isinstance(source, _Mention):
            text = self.text[source.begin : source.end]
            back = sent - source.sent
            return (
                Anchor(REFERENCE, source.res.value, text, source.begin, source.end, back),
                family,
            )
        return (Anchor(REFERENCE) if res.basis else None), family

    def dated(self) -> list[DatedSentence]:
        return dated_events(self, (_STORY_DATES, _STORY_REACH, _TEXT_YEAR_REACH))


def _over_by(quarter_start: dt.date, dct: dt.date) -> bool:
    """Whether the quarter starting then is over by the DCT (the last one of year 9999 never)."""
    try:
        return shift(quarter_start, 1, "quarter") <= dct
    except (ValueError, OverflowError):
        return False


def _basis(res: Res, c: Ctx) -> str | None:
    """What `res` was resolved against: the normaliser's word for it (`Ctx.basis`), else what
    its flags say; "absolute" for a point that needed no reference. (`c.basis` is read here:
    where the caller has just set it to None, mypyc would check mypy's narrowing at run time.)"""
    basis = c.basis
    if basis is not None:
        return basis
    if res.explicit_year:
        return "absolute"
    if res.from_ref:
        return "ref"
    if res.relative or (res.point is None and res.dating is not None):
        return "dct"  # "yesterday"; "in recent weeks", "the past year": spans from the DCT
    return "absolute" if res.point is not None else None


def analyse(text: str, dct: dt.date | None, language: str = "en") -> _Document:
    """The analysis of `text` in `language` ("en" or one of `rules.locales.FOREIGN`)."""
    try:
        grammar = _grammar(language)
    except KeyError:
        raise ValueError(f"no date rules for language {language!r}") from None
    return _Document(text, dct, grammar)
