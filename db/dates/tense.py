"""A cheap guess at the tense governing a date expression, without a POS tagger.

News anchors "on Monday" before or after the publication date by tense: "said on Sunday" is the
Sunday before, "will meet on Friday" the Friday after. We tag the verbs and auxiliaries we can
recognise from a word list and the "-ed" suffix, and take the tagged word nearest the expression.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from .causal_due import causal_due
from .month_pairs import modal_is_month
from .noun_subject_pasts import noun_subject_past
from .plural_timetable import (
    FIRST_PERSON_GOING,
    PLURAL_SCHEDULE,
    plural_timetable,
    plural_timetable_after_place,
)
from .relative_asides import inside, relative_asides

PAST, PRESENT, FUTURE = "PAST", "PRESENT", "FUTURE"

# A comma or colon not before a digit ("1,000", a clock's "19:42"), or a semicolon, bracket or
# dash: written as one character class first, so that `re` skips to the next such character in C
_CLAUSE_BREAK = re.compile(r"[,;:()–—](?!(?<=[,:])\d)")
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")

_FUTURE_WORDS = {
    "will", "shall", "won't", "won’t", "would", "wouldn't", "can", "could", "may", "might",
    "should", "must", "scheduled", "expected", "planned", "plans", "plan", "intends",
    "upcoming", "forthcoming", "due",
}  # fmt: skip
_PRESENT_WORDS = {"is", "are", "am", "says", "does", "isn't", "aren't"}
# The present of a timetable: "opens in cinemas on Friday", "the summit begins Monday".
_SCHEDULE_PRESENT = {
    "opens", "begins", "starts", "ends", "closes", "meets", "leaves", "arrives", "returns",
    "resumes", "expires", "reopens", "launches", "debuts", "premieres", "kicks", "convenes",
    "shuts", "holds", "hosts", "publishes", "presents", "unveils",
}  # fmt: skip
# A trip or a fixture: "flies to Washington on Thursday", "plays Leeds on Saturday"; after a
# count the word is a plural noun ("two visits on Thursday were called off").
_TRIP_PRESENT = {"flies", "travels", "visits", "departs", "sails", "tours", "plays"}
# A sentence opened by the participle of a question put to someone is told in the past, whatever
# the reply's modal ("Asked on Monday whether ..., the minister would not say").
_ASKED_OPENERS = frozenset(
    "asked questioned pressed interviewed contacted reached approached challenged".split()
)
# the present of a timetable or a trip, as words (`later_today`)
SCHEDULE_WORDS = frozenset(_SCHEDULE_PRESENT | _TRIP_PRESENT)
_COUNTS_BEFORE = {
    "two", "three", "four", "five", "six", "many", "several", "few", "more", "no", "some",
    "all", "both", "other", "these", "those", "her", "his", "its", "their", "our", "my",
}  # fmt: skip
_PAST_WORDS = {
    "was", "were", "had", "did", "has", "have", "wasn't", "weren't", "hadn't", "didn't", "hasn't",
    "haven't", "said", "told", "met", "held", "went", "came", "saw", "took", "made", "gave",
    "began", "left", "sent", "spoke", "wrote", "won", "lost", "fell", "rose", "struck", "became",
    "brought", "bought", "thought", "found", "got", "kept", "led", "meant", "paid", "ran", "sat",
    "shot", "stood", "fought", "caught", "taught", "sought", "drove", "flew", "grew", "knew",
    "threw", "broke", "chose", "froze", "hid", "rode", "shook", "stole", "swore", "tore", "woke",
    "wore", "ate", "fled", "fed", "felt", "heard", "built", "spent", "sold", "understood",
    "withdrew", "overthrew", "undertook", "bore", "been", "done", "gone", "taken", "given",
    "spoken", "written", "shown", "seen", "begun", "known", "chosen", "fallen", "risen",
    # narrative's irregular pasts
    "sank", "sang", "rang", "drank", "swam", "sprang", "shrank", "slew", "dug", "hung", "clung",
    "flung", "spun", "stuck", "swung", "slid", "dealt", "knelt", "leapt", "crept", "slept",
    "swept", "wept", "arose", "awoke", "beheld", "blew", "forbade", "forgave", "forgot",
    "mistook", "overcame", "overtook", "forsook", "shone", "smote", "strode", "strove", "trod",
    "wove", "drew", "befell", "foresaw", "outran", "sprung", "sunk",
    # done again ("rewrote the rules in June"; not "rebuilt", a participle as often)
    "rewrote", "retook", "redrew", "rethought",
    # four-letter "-ed" pasts the "-ed" rule's length floor leaves out
    "died", "owed", "tied",
    # pasts spelt as their present: a modal or "to" before them still makes them future
    # ("will shut", "to hit"), and a determiner makes them nouns ("a hit")
    "shut", "hit", "put",
}  # fmt: skip
# "-ed" words that are adjectives or not verbs at all.
_NOT_PAST = {
    "united", "hundred", "based", "armed", "alleged", "limited", "related", "detailed",
    "supposed", "concerned", "interested", "experienced", "qualified", "talented", "skilled",
    "sacred", "wicked", "naked", "beloved", "aged", "rugged", "ragged", "wretched", "crooked",
    "learned", "blessed", "so-called", "advanced", "embattled", "beleaguered", "disputed",
    "unprecedented", "unidentified", "unnamed", "red", "bed", "shed", "wed",
    "unspecified", "undisclosed", "unexpected", "unchanged", "unconfirmed", "unresolved",
    "unrelated", "unsolved", "unexplained", "unannounced", "unscheduled", "unauthorized",
    "unprovoked", "unarmed", "unopposed", "unlimited", "unsecured", "unaudited", "unfounded",
    "unemployed", "undecided", "unmanned", "unfinished",
}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these"}
_PERFECT = {"has", "have", "hasn't", "haven't", "hasn’t", "haven’t"}
_TO_FUTURE = {"going", "set", "due", "am", "is", "are", "about", "was", "were"}  # "is to meet"
# A forecast or a likelihood looks ahead even told in the past: "was forecast to make landfall
# on Wednesday", "was likely to miss Tuesday's game" (not "likely to have been": a guess back).
_TO_FUTURE |= {"forecast", "predicted", "likely", "unlikely", "poised", "slated"}


# "plan" and "plans" right before a participle are the noun it hangs on, no auxiliary
_PLAN_NOUNS = frozenset({"plan", "plans"})
_MODALS = {"would", "could", "may", "might", "should", "must", "will", "shall", "can"}
_AUX_BETWEEN = {"be", "been", "being", "have", "not", "also", "then", "never", "still", "n't"}
# Copulas a participle may follow as it follows "be": "will stay closed", "will remain shut".
_AUX_BETWEEN |= {"stay", "remain"}
# Pasts done again, participles as often ("the rebuilt pier"): a verb before an object's
# determiner ("In February the club rebuilt its boathouse").
_AGAIN_PASTS = frozenset({"rebuilt", "remade", "resold", "retold", "rewound", "reread"})
_UNTIL = frozenset({"until", "till", "before"})  # "could not resume until Monday": ahead
_FINITE_PAST = {"was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't"}
# After "that", a "-ed" word is an adjective before a noun ("that damaged bridge") but a verb
# before an object's determiner or a preposition ("a landslide that closed the road on Monday").
_THAT_VERB_NEXT = frozenset(_DETERMINERS | {"on", "in", "at", "from", "to", "into", "off", "up"})


def _tag(word: str, prev: str, first: bool) -> str | None:
    if word[0].isupper() and not first:
        return None  # "May", "Will", "Said": names mid-sentence, not verbs
    w = word.lower()
    if first and w in _ASKED_OPENERS:
        return PAST  # "Asked on Wednesday whether ..., the leader would not say": the asking
    if prev in _DETERMINERS and w not in _PAST_WORDS:
        return None  # "the plan", "its due date": nouns and adjectives
    if w in _FUTURE_WORDS or w.endswith(("'ll", "’ll")):
        return FUTURE
    if w in _SCHEDULE_PRESENT:
        return FUTURE  # a timetable's present speaks of what is to come
    if w in _TRIP_PRESENT:
        return FUTURE
    if w in _PRESENT_WORDS:
        return PRESENT
    if w in _PAST_WORDS:
        return PAST
    if (
        word[0].islower()
        and len(w) > 4
        and w.endswith("ed")
        and w not in _NOT_PAST
        and (not w.endswith("eed") or w in {"agreed", "freed", "decreed", "guaranteed"})
        and prev not in _DETERMINERS
    ):
        return PAST
    return None


# Every word `verb_tag` can tag, besides "-ed" and "'ll" forms: for finding candidates in one
# regex pass over a text.
# Pasts spelled as their base form: past after "he", "she", "it", whose present takes an "-s"
# ("In September it cut 200 jobs"; "it cuts"); after other words either ("they cut", "to cut").
_SAME_FORM_PASTS = frozenset(
    "cut put set hit hurt let quit shut split spread cost shed bid burst cast".split()
)
_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
VERB_WORDS = frozenset(
    _FUTURE_WORDS
    | _SCHEDULE_PRESENT
    | _TRIP_PRESENT
    | _PRESENT_WORDS
    | _PAST_WORDS
    | _SAME_FORM_PASTS
)
# "The army withdrew, saying on Friday that ...": a reporting participle has no tense of its
# own; it takes that of the clause it hangs on (the last verb before it), past in news.
_REPORTING_PARTICIPLES = {
    "saying", "adding", "noting", "warning", "claiming", "insisting", "arguing", "stressing",
    "explaining", "declaring", "acknowledging", "admitting", "denying", "alleging", "stating",
    "announcing", "promising", "vowing", "predicting", "telling", "confirming", "citing",
}  # fmt: skip
# The words `SentenceTense` can tag, besides "-ed" and "'ll" forms: the verbs, "to" ("is due
# to appear") and the reporting participles; every other word gets no tag, and is not looked at.
_TAGGABLE = VERB_WORDS | {"to"} | _REPORTING_PARTICIPLES | PLURAL_SCHEDULE | FIRST_PERSON_GOING
_TAGGABLE |= _AGAIN_PASTS


def verb_tag(word: str, prev: str, first: bool) -> str | None:
    """The tense a word marks (PAST, PRESENT, FUTURE) when it is a verb or auxiliary we know,
    else None; `prev` is the word before it (lower case), `first` whether it opens a sentence."""
    if prev in _SINGULAR_PRONOUNS and word in _SAME_FORM_PASTS:
        return PAST
    if word in _TRIP_PRESENT and (prev in _COUNTS_BEFORE or prev[:1].isdigit()):
        return None  # "two visits on Thursday": a plural noun
    if prev == "that" and word in _MODALS:
        # "a voyage that will end in December": "that" opens a clause, it is no determiner
        return _cached_tag(word, False, first)
    return _cached_tag(
        word, prev in _DETERMINERS or prev in _ADJECTIVE_AFTER or _possessive(prev), first
    )


# A participle right after one of these prepositions is an adjective ("in added time", "with
# added sugar", "at reduced prices"), not a verb: read as after a determiner.
_ADJECTIVE_AFTER = {"in", "with", "without", "at", "into"}


# What "has" / "have" owns rather than helps: an object right after it ("has it", "have a
# boat"); not a participle after a pronoun ("has it been", "have they gone": a question).
_OWNED = frozenset({"it", "them", "him", "her", "me", "us", "a", "an", "no", "the"})
_OWNED |= {"their", "his", "its", "my", "our", "your"}  # "have their answer"


def _possession(lowered: list[str], i: int) -> bool:
    """Whether "has"/"have" at word `i` is the verb of owning, not the perfect's auxiliary."""
    nxt = lowered[i + 1] if i + 1 < len(lowered) else ""
    if nxt not in _OWNED:
        return False
    after = lowered[i + 2] if i + 2 < len(lowered) else ""
    return after != "been" and not after.endswith(("ed", "en", "wn"))


# "he's", "it's", "there's": a pronoun's "'s" is "is" or "has", and a verb may follow it.
_NOT_POSSESSIVE = {
    "he", "she", "it", "that", "there", "what", "who", "where", "here", "let", "how",
}  # fmt: skip


def _possessive(prev: str) -> bool:
    """Whether `prev` is a noun's possessive ("the orbiter's extended mission"): a determiner for
    the word after it, which is an adjective or a noun, not a verb."""
    return prev[-2:] in ("'s", "’s") and prev[:-2] not in _NOT_POSSESSIVE


@lru_cache(maxsize=1 << 16)
def _cached_tag(word: str, after_determiner: bool, first: bool) -> str | None:
    # `_tag` reads `prev` only as "is it a determiner": the cache keys on that
    return _tag(word, "the" if after_determiner else "", first)


# the host's predicate going on after a comma-set aside: a preposition of its complement
_RESUMED = re.compile(r",\s*(?:to|from|on|in|at|by|for|until|into|with|after|before)\b")


class SentenceTense:
    """The tagged words of one sentence; `at(begin, end)` gives the tense nearest a span."""

    __slots__ = ("_starts", "_tags", "_perfect", "_bounds", "_asides", "_text", "_offset")

    def __init__(self, text: str, offset: int = 0) -> None:
        self._text, self._offset = text, offset
        found = list(_WORD.finditer(text))
        self._bounds = [m.start() + offset for m in _CLAUSE_BREAK.finditer(text)] or [-1]
        self._asides = relative_asides(text, offset)
        tags: list[tuple[int, str]] = []
        # the words in lower case (`map` over C functions: no Python step a word)
        words = list(map(_GROUP, found))
        lowered = list(map(str.lower, words))
        self._perfect = _first_perfect(found, lowered, offset)
        n = len(found)
        # only the words that can get a tag (a reporting participle takes its clause's): the
        # loop below gives every other word none
        taggable = [
            i for i, low in enumerate(lowered) if low in _TAGGABLE or low[-2:] in ("ed", "ll")
        ]
        for i in taggable:
            pos, word = found[i].start() + offset, found[i].group()
            prev = lowered[i - 1] if i else ""
            tag = verb_tag(word, prev, i == 0)
            if (
                tag is None
                and word.islower()
                and (plural_timetable(lowered[i], prev) or plural_timetable_after_place(lowered, i))
            ):
                tag = FUTURE  # "Pre-orders open on Friday": a timetable's present, plural
            if (
                tag is None
                and lowered[i] in _SAME_FORM_PASTS
                and noun_subject_past(words, lowered, i)
            ):
                tag = PAST  # "The estate let half its men go": "lets" were the present
            if (
                lowered[i] in _AGAIN_PASTS
                and prev not in _DETERMINERS
                and i + 1 < n
                and lowered[i + 1] in _DETERMINERS
            ):
                tag = PAST  # "the club rebuilt its boathouse"; not "the rebuilt pier"
            if tag is None and prev == "that" and i + 1 < n and lowered[i + 1] in _THAT_VERB_NEXT:
                tag = verb_tag(word, "", False)  # "a landslide that closed the road": a verb
            if prev == "due" and lowered[i] == "to" and causal_due(lowered, i - 1):
                tag = None  # "cancelled due to fog on Monday": a reason, no plan
            elif lowered[i] == "due" and tag == FUTURE and causal_due(lowered, i):
                tag = None
            elif lowered[i] == "to" and prev in _TO_FUTURE and lowered[i + 1 : i + 2] != ["have"]:
                # "is due to appear"; but "had been due to appear Thursday" was a plan then
                tag = PAST if i > 2 and lowered[i - 3 : i - 1] == ["had", "been"] else FUTURE
            nxt = lowered[i + 1] if i + 1 < n else ""
            if (
                tag == FUTURE
                and lowered[i] == "may"
                and modal_is_month(word, text[found[i].end() :])
            ):
                tag = None  # "May and June were costly": the month, no guess ahead
            if tag == FUTURE and lowered[i] in _MODALS and nxt == "have":
                tag = PAST  # "may have been responsible": a guess about the past
            elif tag == FUTURE and lowered[i] == "could" and nxt == "not":
                # "Rescuers could not reach the cave on Sunday": past; not "until Monday"
                tag = FUTURE if _UNTIL.intersection(lowered[i + 2 : i + 7]) else PAST
            if tag == FUTURE and i > 1 and lowered[i - 2 : i] == ["had", "been"]:
                tag = PAST  # "had been scheduled to expire Friday": a plan in the past
            if lowered[i] in ("has", "have") and nxt in ("until", "till", "to"):
                tag = FUTURE  # "has until Friday to respond", "have to leave on Monday"
            elif lowered[i] in ("has", "have") and _possession(lowered, i):
                tag = PRESENT  # "the museum has it, and it goes on show in March": no perfect
                if prev == "to" and i > 1 and lowered[i - 2] in _TO_FUTURE:
                    tag = FUTURE  # "I am to have their answer on Thursday": to come
            if (
                tag == PAST
                and lowered[i] not in _FINITE_PAST
                and lowered[i] not in _PERFECT
                and lowered[i] != "to"
            ):
                # "will be held", "to be signed": a modal or "to" shortly before a participle
                # decides the tense; "has been held" stays past.
                # Only across auxiliaries: "ambassador to Washington, said" stays past.
                k = i - 1
                while k > i - 3 and k > 0 and lowered[k] in _AUX_BETWEEN:
                    k -= 1
                back = lowered[k] if k >= 0 and k < i else ""
                if back and k > 0 and found[k].group()[0].isupper():
                    back = ""  # "on May 26 failed": the month, not the modal
                perfect = "have" in lowered[k + 1 : i]  # "may have been": past all the same
                # "the plans approved by the vestry in April": a noun before the participle
                noun = back in _PLAN_NOUNS and k == i - 1
                if (back in _FUTURE_WORDS or back == "to") and not perfect and not noun:
                    tag = FUTURE
            if (
                tag
                and lowered[i] in ("plans", "plan")
                and tags
                and tags[-1][0] == found[i - 1].start() + offset
            ):
                tag = None  # "announced plans to build": a noun after a verb
            if tag is None and lowered[i] in _REPORTING_PARTICIPLES:
                tag = _participle_tense(tags)
            if tag:
                tags.append((pos, tag))
        self._starts = [p for p, _ in tags]
        self._tags = [t for _, t in tags]

    def at(self, begin: int, end: int) -> str | None:
        """The tense governing [begin, end): the nearest tagged word before it in its clause
        (English puts the verb before "on Monday"), else the nearest after it in the clause
        ("On Friday, ... will"), else the nearest anywhere in the sentence."""
        starts, tags = self._starts, self._tags
        if not starts:
            return None
        k = bisect_left(self._bounds, begin)
        lo = self._bounds[k - 1] if k else -1
        hi = self._bounds[bisect_left(self._bounds, end)] if self._bounds[-1] >= end else 1 << 62
        i = bisect_left(starts, begin)
        if i > 0 and starts[i - 1] > lo:
            return tags[i - 1]
        j = bisect_left(starts, end, lo=i)
        if j < len(starts) and starts[j] < hi:
            return tags[j]
        if self._asides and any(
            a >= end or (b <= begin and self._resumes(b, begin)) for a, b in self._asides
        ):
            return self._outside_asides(begin, end)
        before = begin - starts[i - 1] if i > 0 else None
        after = starts[j] - end if j < len(starts) else None
        if after is None or (before is not None and before <= after):
            return tags[i - 1]
        return tags[j]

    def _outside_asides(self, begin: int, end: int) -> str | None:
        """The nearest tagged word in the sentence that is not in a relative aside after the
        span: ", which is midwinter there," after a date does not tell its clause's tense (an
        aside before it may run on to it: ", who stepped down ... in March")."""
        # an aside before the span, closed before it, is not its clause either: "will extend
        # the scheme, which began in March, to two more towns from Monday"
        closed = [a for a, b in self._asides if b <= begin and self._resumes(b, begin)]
        later = [(a, b) for a, b in self._asides if a >= end or a in closed]
        tagged = list(zip(self._starts, self._tags, strict=True))
        if closed:  # the host's verb before the aside just closed
            host = [t for p, t in tagged if p < closed[-1] and not inside(later, p)]
            if host:
                return host[-1]
        kept = [(p, t) for p, t in tagged if not inside(later, p)]
        if not kept:
            return None
        return min(kept, key=lambda pt: begin - pt[0] if pt[0] < begin else pt[0] - end)[1]

    def _resumes(self, aside_end: int, begin: int) -> bool:
        """Whether the words from an aside's end to a span go on with the host's predicate
        (", to two more towns from"), not with a list inside the aside (", president and")."""
        at, to = aside_end - self._offset, begin - self._offset
        return _RESUMED.match(self._text, at, to) is not None

    def has_perfect(self, before: int) -> bool:
        """Whether a present-perfect auxiliary ("has", "have", "'ve") comes before `before`."""
        return self._perfect is not None and self._perfect < before


# "has", "have", "hasn't", "haven't" (`_PERFECT`) after a space: one literal search of a
# sentence's words joined (`_first_perfect`), not a test of every word
_PERFECT_AUX = re.compile(r" ha(?:s|ve)(?:n['’]t)?(?![^ ])")


def _first_perfect(found: list[re.Match[str]], lowered: list[str], offset: int) -> int | None:
    """Where the first present-perfect auxiliary ("has", "have", "'ve") of a sentence's words
    starts (their matches and their lower case), else None."""
    joined = " " + " ".join(lowered)
    if "'ve" in joined or "’ve" in joined:  # rare: every word is looked at
        at = [i for i, low in enumerate(lowered) if low in _PERFECT or low[-3:] in ("'ve", "’ve")]
        return found[at[0]].start() + offset if at else None
    aux = _PERFECT_AUX.search(joined)
    return None if aux is None else found[joined.count(" ", 0, aux.start())].start() + offset


_GROUP = re.Match.group


def _participle_tense(tags: list[tuple[int, str]]) -> str:
    """The tense a reporting participle takes: the last verb's before it, else the past."""
    return tags[-1][1] if tags else PAST


_VERB_THEN_PREP = re.compile(
    r"(?:\b([A-Za-z]+)\s+)?([A-Za-z]+)\s+(?:in|on)\s+(?:(?:early|mid|late)[-\s]+)?$"
)
_PRESENT_PASSIVE = {"is", "are", "am", "be", "being"}  # "when the case is heard in May"


def past_verb_before(before: str) -> bool:
    """Whether `before` ends with a past-tense verb and "in"/"on": "first reported in (early
    January)", "was signed on (Dec. 7)" - the date is when that past event happened."""
    m = _VERB_THEN_PREP.search(before)
    if not m or (m.group(1) or "").lower() in _PRESENT_PASSIVE:
        return False
    return _tag(m.group(2), "", False) == PAST


# Past participles that tell of a plan, not of what happened: "with closing expected in June".
_PLAN_PARTICIPLES = {
    "expected", "scheduled", "planned", "slated", "set", "due", "proposed", "delayed",
    "postponed", "pushed", "moved", "rescheduled", "timed", "targeted", "aimed", "intended",
    "designed", "supposed", "required", "needed", "allowed", "permitted", "asked", "ordered",
    "told", "urged", "called", "promised", "pledged", "vowed", "agreed", "voted", "decided",
    "announced", "said", "reported", "forecast", "predicted", "estimated", "projected",
}  # fmt: skip


_IN_BEFORE = re.compile(
    # "at" only before a month of a sitting: "apologised at the February meeting"
    r"(?i)\b(?:in|on|during|over|throughout|before|at)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:early\s+|late\s+|mid-?)?$"
)
_NOT_FINITE_BEFORE = {"is", "are", "am", "be", "been", "being", "to", "by"}


def past_verb_in_clause(before: str) -> bool:
    """Whether the clause that ends at "in" before a date ("The coach changed the roster in")
    has a finite past verb of its own, one that tells of what happened rather than of a plan
    or a report, with no future after it: the date is when that happened."""
    if _IN_BEFORE.search(before) is None:
        return False
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(before)]
    cut = breaks[-1] + 1 if breaks else 0
    words = [m.group() for m in _WORD.finditer(before, cut)]
    if breaks and words and words[0].endswith("ing") and words[0][0].islower():
        # ", signing a guard in July": a participle clause is told in its main clause's tense
        cut = breaks[-2] + 1 if len(breaks) > 1 else 0
        words = [m.group() for m in _WORD.finditer(before, cut, breaks[-1])] + words
    elif breaks and words[:1] in (["on"], ["in"]) and not any(_tag(w, "", False) for w in words):
        # "closed the road twice, on (May 3)": a verbless phrase after a comma, opening with its
        # preposition, tells more of the predicate before it (", payable on" does not)
        cut = breaks[-2] + 1 if len(breaks) > 1 else 0
        words = [m.group() for m in _WORD.finditer(before, cut, breaks[-1])] + words
    found = False
    for i, word in enumerate(words):
        low, prev = word.lower(), words[i - 1].lower() if i else ""
        tag = _tag(word, prev, i == 0)
        if tag == FUTURE:
            return False  # "will redeem preferred shares on": what follows is to come
        if tag == PAST and low not in _PLAN_PARTICIPLES and low not in _FINITE_PAST:
            found = found or prev not in _NOT_FINITE_BEFORE
        elif tag == PRESENT or low in _PLAN_PARTICIPLES or low == "to":
            found = False
    return found
