"""A news lede's happening told without a day, retold with one later: "Twin cubs have been born at
the park ... The cubs were born on 28 June"; "Ana Ruiz has won the Pellow Prize ... The award was
presented on Tuesday night"; "Police hunting a man who escaped from a hospital in Tarn ... He was
taken to Tarn General Hospital on Monday"; "A cyclist died after a lorry turned, an inquest heard
on Friday ... the lorry turned left on 4 June". A reader puts the lede's happening on the day of
the first later clause (next `_PARAGRAPHS` paragraphs) that tells the same happening: the verb's
stem or noun ("have been born" / "The cubs were born", "fined" / "the fine", "won" / "the
winner"), a prize's "award", an announcement's "statement", or a noun of the lede's object named
again ("hospital"). The lede is a perfect
("has won", "have been born"), a relative's past ("who escaped") or a plain past dated only by an
inquest's or a court's hearing; a date that is a background year's ("for failing ... between
2018 and 2023") is not the perfect's (English does not date a perfect by a past year).
Not a report's ("said on Monday that she had resigned"), not an earlier time of the same thing
("last resigned in 2019", "had also been arrested in May"). The later day must be gone by, within
`_RECENT_DAYS` (a year for a hearing's account); with none, the publication day stays (issue 13,
news reader styles; deaths: `announced_deaths`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from db.text import shorten

from .attributive_years import attributive_year
from .lede_heads import lede_start
from .lede_nearest import first_recent, report_tail
from .model import (
    HAPPENED,
    PUBLICATION_DAY,
    REFERENCE,
    TITLE_LIMIT,
    Anchor,
    DatedSentence,
    Timex,
)
from .sentences import BLANK_LINE

_IRREGULAR = {
    "won": "win", "made": "make", "taken": "take", "took": "take", "found": "find",
    "fled": "flee", "lost": "loss", "sold": "sale", "bought": "buy", "struck": "strike",
    "broken": "break", "broke": "break", "stolen": "theft", "stole": "theft", "paid": "pay",
    "chosen": "choice", "chose": "choice", "held": "hold", "caught": "catch", "ran": "run",
    "beaten": "beat", "given": "give", "gave": "give", "sent": "send", "drawn": "draw",
}  # fmt: skip
# "has won", "have been fined", "who escaped": the lede's verb
_LEDE_VERB = re.compile(
    r"\b(?:(?P<perf>(?:has|have)\s+(?:now\s+)?(?:been\s+)?)|(?P<rel>who\s+))(?P<v>[a-z]{3,})\b"
)
# where the lede's happening ends: a comma, a purpose or time tail, the main verb after a relative
_TAIL = re.compile(
    r"[,;:]|\.(?:\s|$)|\s(?:for\s+[a-z]+ing|after|before|when|while|since|amid|following)\b"
    r"|\s(?:has|have|had|is|are|was|were|will|that|which|who|whose)\b"
)
# ", an inquest heard on Wednesday": the day is the hearing's, the happening told in it is not
_HEARD = re.compile(
    r",\s+(?:an?|the)\s+(?:[a-z]+\s+)?(?:inquest|court|hearing|tribunal|jury|trial)\s+"
    r"(?:heard|was\s+told)\b"
)
_SAID = re.compile(r"\b(?:said|says|told|reported)\b")
_EARLIER = re.compile(r"\b(?:last|first|also|again|previously|already|had)\b")
_ANNOUNCING = {"announced", "confirmed", "revealed", "unveiled"}
_ANNOUNCED_LATER = re.compile(r"\b(?:statement|announcement|announced|confirmed|revealed)\b")
_NOUNS = {"bought": "purchase", "sold": "sale", "stolen": "theft", "elected": "election"}
# a ruling's or a choice's verbs, retold as "the decision"; a court's outcomes, as the hearing
_DECIDED = {"given", "granted", "awarded", "approved", "rejected", "refused", "listed", "chosen",
            "picked", "appointed", "named", "announced", "confirmed"}  # fmt: skip
_DECISION_LATER = re.compile(r"\b(?:decision|ruling|choice)\b")
_SENTENCED = {"banned", "fined", "jailed", "sentenced", "convicted", "cleared", "disqualified"}
_COURT_LATER = re.compile(r"\b(?:court|magistrates|judge|jury|hearing|tribunal)\b")
_PRIZE = re.compile(r"\b(?:prize|award|medal|trophy|cup|title)\b", re.IGNORECASE)
_PRIZE_LATER = re.compile(r"\b(?:award|prize|trophy|medal|title|win|victory)\b")
_NOT_PARTICIPLES = {"been", "open", "often", "even", "then", "when", "seven", "eleven", "modern",
                    "northern", "southern", "eastern", "western", "return"}  # fmt: skip
# the perfect's auxiliary right after a date ending its subject: "... years ago has washed"
_AUXILIARY = re.compile(r"\s+(?:has|have)\s+(?:now\s+|finally\s+|just\s+)?(?:been\s+)?")
_STOP = {"which", "their", "there", "these", "those", "about", "after", "other", "first"}
_AGES = ("century", "decade", "millennium")  # "a 14th-century book": the thing's age
_COUNTED = re.compile(r"(?i)\b(?:after|before|earlier|later)$")
_AGENT = re.compile(r"\bby\s+(?:the\s+)?[a-z]+\b")
_LEADING = re.compile(r"\s+(?:in|on|at|during|last)\s*$")  # "stolen in (March)": its word
_SHOWS = re.compile(r"\b(?:shows?|showed|showing|depicts?)\b")
_PARAGRAPHS = 2
_RECENT_DAYS = 120
_HEARD_DAYS = 366
# A lede is a paragraph's worth at most: a text with no blank lines, or a huge first paragraph,
# has no lede past this, nor a reach past `_REACH` characters after it (linear in the text)
LEDE_CHARS = 1500
_REACH = 6000  # characters after the lede looked at, at most (`reach_end`)


def lede_retold(text: str, out: list[DatedSentence], dct: str) -> list[DatedSentence]:
    """`out` with the lede's dateless happening on the day a later clause retells it on."""
    start = lede_start(text)  # below a headline, a byline, a date line
    first_break = BLANK_LINE.search(text, start)
    if first_break is None:
        return out  # one paragraph: no later paragraph to tell the day
    lede_end = min(first_break.start(), start + LEDE_CHARS)
    lede = text[start:lede_end]
    if " ha" not in lede and "who " not in lede and " heard" not in lede and " told" not in lede:
        return out  # the cheap exact test first
    try:
        today = dt.date.fromisoformat(dct[:10])
    except ValueError:
        return out
    happenings = _lede_happenings(lede)
    alone = len(happenings) == 1  # "who absconded ... have appealed": the day is the relative's
    for (b, e), verb, heard in happenings:
        if start and (heard or lede.startswith("who ", b)):
            continue  # below a heading: a perfect's lede only ("Early life" opens no news)
        span = (start + b, start + e)
        out = _place(text, out, span, verb, heard, lede_end, today, nearest=alone) or out
    return out


def _lede_happenings(lede: str) -> list[tuple[tuple[int, int], str, bool]]:
    """The lede's happenings: (span, verb, told at a hearing)."""
    found: list[tuple[tuple[int, int], str, bool]] = []
    heard = _HEARD.search(lede)
    if heard is not None:
        begin = lede.rfind(". ", 0, heard.start()) + 1
        found.append(((begin + (lede[begin] == " "), heard.start()), "", True))
    for m in _LEDE_VERB.finditer(lede):
        verb = m["v"]
        # "have been born", "has been shown": a perfect's participle of its own form
        participle = m["perf"] is not None and verb.endswith(("en", "wn", "rn"))
        participle = participle and verb not in _NOT_PARTICIPLES  # "has been in", "has often"
        if not (verb.endswith("ed") or verb in _IRREGULAR or participle) or verb == "died":
            continue  # not a past; a death: `announced_deaths`
        begin = m.start() if m["rel"] else lede.rfind(". ", 0, m.start()) + 1
        begin += lede[begin : begin + 1] == " "
        tail = _TAIL.search(lede, m.end())
        found.append(((begin, tail.start() if tail else len(lede)), verb, False))
    return found


def _place(
    text: str,
    out: list[DatedSentence],
    span: tuple[int, int],
    verb: str,
    heard: bool,
    lede_end: int,
    today: dt.date,
    nearest: bool = False,
) -> list[DatedSentence] | None:
    b, e = span
    at = b if heard else text.index(verb, b, e) if verb else b
    covering = [d for d in out if d.clause[0] <= at < d.clause[1]]
    own = [d for d in covering if b <= d.timex.begin < e and d.timex.rule != PUBLICATION_DAY]
    # "A bottle dropped ... forty-three years ago has washed up": the subject's, not the perfect's
    subject = [
        d
        for d in own
        if (_background(d, today) or d.start[:10] < today.isoformat())  # "sold in July has"
        and _AUXILIARY.fullmatch(text, d.timex.end, at)
    ]
    own = [d for d in own if d not in subject]
    if any(not _names_a_thing(text, d) or not verb for d in own):
        return None  # a date of its own dates it, not only a thing's age ("a 1960s station")
    background = [d for d in covering if d.timex.rule != PUBLICATION_DAY]
    if heard:
        if not any(d.timex.begin >= e for d in background):
            return None
    recent = [d for d in background if not _background(d, today) and d not in subject]
    reported = [d for d in recent if report_tail(text, e, d)]  # ", keepers announced on Monday"
    if not heard and len(reported) < len(recent):
        return None  # dated by a recent day after it: not ours to move
    words = _happening_words(text[b:e], verb)
    later = _told_later(text, out, lede_end, words, verb, heard, today)
    if later is None and verb and nearest:  # "has been lifted" / "was raised ... on Wednesday"
        later = first_recent(text, out, text[b:e], lede_end, today)
    if later is None and (reported or not background):
        return None  # the publication day stays
    day = later.start[:10] if later else today.isoformat()
    anchor = Anchor(REFERENCE, day, later.timex.text, later.timex.begin) if later else None
    timex = Timex(at, at, "", "DATE", day, anchor, PUBLICATION_DAY)
    told = (
        text[b:e]
        if not subject
        else _LEADING.sub("", text[b : subject[0].timex.begin]) + text[subject[0].timex.end : e]
    )
    title = shorten(" ".join(told.split()), TITLE_LIMIT)
    new = DatedSentence(b, e, day, None, "day", timex, title=title, title_span=(b, e))
    kept: list[DatedSentence] = []
    relative = text.startswith("who ", b)
    for d in out:
        if d in covering and d.timex.rule == PUBLICATION_DAY and verb and not relative:
            if verb in d.title:
                continue  # the lede's own publication-day event: replaced
        if d in own:
            continue  # a thing's age ("a 14th-century book") is no happening of its own
        if d in subject:  # "A bottle dropped from a ferry (forty-three years ago)"
            title = shorten(_LEADING.sub("", text[b : d.timex.begin]).strip(" ,"), TITLE_LIMIT)
            kept.append(replace(d, title=title, title_span=(b, d.timex.end)))
            continue
        if d in background and d.clause[0] <= at:
            rest = e + len(text[e:]) - len(text[e:].lstrip(" ,;"))
            tail = text[rest : d.clause[1]].strip(" .")
            title = tail[:1].upper() + tail[1:]
            d = replace(d, title=title, title_span=(rest, d.clause[1]))  # the tail's date
        kept.append(d)
    return sorted([*kept, replace(new, status=HAPPENED)], key=lambda d: (d.begin, d.clause[0]))


def _names_a_thing(text: str, d: DatedSentence) -> bool:
    """Whether the date only says which thing: its age ("a 1960s bus station") or a year set
    as its adjective ("a 2021 study": `attributive_year`)."""
    return d.precision in _AGES or attributive_year(text, d.timex.begin, d.timex.end)


def _background(d: DatedSentence, today: dt.date) -> bool:
    """A date no perfect takes: a year or month well before the publication day."""
    if d.precision in _AGES:
        return True  # "a 14th-century book", "a 1960s bus station": the thing's age
    if len(d.start) >= 10 or len(d.start) < 4:
        return False
    return d.start[:4] < str(today.year - 1) or (
        len(d.start) == 7 and (today - dt.date.fromisoformat(d.start + "-01")).days > 2 * 366
    )


def _happening_words(lede: str, verb: str) -> list[re.Pattern[str]]:
    """What a later clause retelling the happening says: the verb's stem or noun, a prize's
    award, an announcement's statement, a noun of the object named again."""
    found: list[re.Pattern[str]] = []
    if verb:
        stems = {verb, _IRREGULAR.get(verb, ""), _NOUNS.get(verb, "")}
        if verb.endswith("ed"):
            stems |= {verb[:-1], verb[:-2]}
        found += [re.compile(rf"\b{s}") for s in stems if len(s) >= 4]
        found += [re.compile(rf"\b{s}\b") for s in stems if len(s) == 3]
        if verb in _ANNOUNCING:
            found.append(_ANNOUNCED_LATER)
        if verb in _DECIDED:
            found.append(_DECISION_LATER)
        if verb in _SENTENCED:
            found.append(_COURT_LATER)
        after = lede[lede.index(verb) + len(verb) :]
        after = _AGENT.sub("", after)  # "rated good by inspectors": the doer, not the thing done
    else:
        after = lede
    if _PRIZE.search(after):
        found.append(_PRIZE_LATER)
    nouns = {w.lower() for w in re.findall(r"[A-Za-z]{5,}", after)} - _STOP
    found += [re.compile(rf"\b{n}\b") for n in sorted(nouns) if not n.endswith("ing")]
    return found


def _told_later(
    text: str,
    out: list[DatedSentence],
    lede_end: int,
    words: list[re.Pattern[str]],
    verb: str,
    heard: bool,
    today: dt.date,
) -> DatedSentence | None:
    """The first event of the next paragraphs on a day of its own whose clause retells it."""
    reach = _RECENT_DAYS if not heard else _HEARD_DAYS
    limit = reach_end(text, lede_end, _PARAGRAPHS, _REACH)
    for d in out:
        if d.clause[0] < lede_end or d.timex.begin < lede_end:
            continue
        if d.clause[0] >= limit:
            return None
        if d.timex.rule == PUBLICATION_DAY or len(d.start) < 10 or d.end_date is not None:
            continue
        try:
            day = dt.date.fromisoformat(d.start[:10])
        except ValueError:
            continue
        if not 0 <= (today - day).days <= reach:
            continue
        before = text[d.clause[0] : d.timex.begin].lower()
        if _EARLIER.search(before) or (verb not in _ANNOUNCING and _SAID.search(before)):
            continue
        if _COUNTED.search(d.timex.text):
            continue  # "a day after ...": another happening's day, counted
        stretch = _stretch(text, d, heard)
        if _SHOWS.search(stretch):
            continue  # "The footage shows her walking at 11.52pm": what it shows, not its day
        if any(w.search(stretch) for w in words):
            return d
    return None


def _stretch(text: str, d: DatedSentence, heard: bool) -> str:
    """The words of `d`'s clause told with its date: from the comma before the date up to it
    ("The award was presented at a dinner on Tuesday"), and for a hearing's account on to the
    comma after it ("Reyl, 24, was crossing the field on 9 May when the tractor slid, ...")."""
    b, e = d.clause
    comma = text.rfind(", ", b, d.timex.begin)
    after = text.find(", ", d.timex.end, e) if heard else d.timex.end
    return text[comma + 1 if comma >= 0 else b : after if after >= 0 else e].lower()


def reach_end(text: str, begin: int, paragraphs: int, most: int) -> int:
    """Where a look on from `begin` over the next `paragraphs` paragraphs ends: the end of the
    blank line after them, and `most` characters on at the furthest."""
    limit = min(len(text), begin + most)
    for n, m in enumerate(BLANK_LINE.finditer(text, begin, limit), 1):
        if n > paragraphs:
            return m.end()
    return limit
