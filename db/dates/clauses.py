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
  X", "according to X", and a participle after a comma: "..., saying (on Friday) (that)
  <content>"; "..., citing officials" is an aside;
- a counted time that opens a clause ("..., a day after talks collapsed", "hours before ...");
- a participle after a comma with a date of its own ("..., reaching the city on 28 June").
The verbs are recognised as in `tense` (word lists and "-ed"), so the cuts are guesses made only
where a verb is seen on both sides; `atoms` (the date expressions) are never cut.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left
from itertools import accumulate, compress

from .clause_antecedents import DETERMINER, NP_STOP
from .clause_assembly import (
    ATTRIBUTION,
    CONTENT,
    MAIN,
    PARTICIPLE,
    PLAN_SUBJECTS,
    RELATIVE,
    REPORT,
    SUBORDINATE,
    Clause,
    assemble,
)
from .clause_verb_words import (
    BARE_CONTENT,
    INTENT_VERBS,
    IRREGULAR_PAST,
    PARTICIPLE_REPORTS,
    PARTICIPLES,
    REPORT_FILLER,
    REPORTING,
    SOURCE_PARTICIPLES,
)
from .comes_after import comes_after_cuts
from .contact_relatives import contact_relatives
from .coordinated_openers import after_date_opener
from .coordination import dated_coordinations, keep_manner_clauses
from .dated_adjectives import dated_adjectives, directed_deadlines
from .dated_infinitives import dated_infinitives
from .name_appositions import name_apposition
from .opening_amounts import opening_date_only
from .present_relatives import runs_on
from .present_reports import plural_say
from .restrictive_relatives import cut_restrictive_relatives
from .scheduled_objects import scheduled_objects
from .tense import VERB_WORDS, verb_tag
from .tense_shift_predicates import (
    negated_predicates,
    plan_shift_predicates,
    tense_shift_predicates,
)
from .with_plans import with_plans

# possessive (nothing follows a token to give letters back to): a tenth less of the scan
_TOKEN = re.compile(r"[A-Za-z]++(?:['’][A-Za-z]++)*+|\d++(?:[.,:]\d++)*+|[^\sA-Za-z\d]")
_COORDINATORS = {"and", "but", "or", "yet", "so"}
_SUBORDINATORS = {
    "after", "before", "when", "while", "because", "although", "though", "whereas", "until",
    "once", "since", "if", "unless", "as",
}  # fmt: skip
_RELATIVES = {"who", "which", "whose", "where", "when"}
_ARTICLES = {"the", "a", "an"}
_BREAKS = {";", ":"}
_SUBJECT_STARTS = {
    "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "these",
    "those", "his", "her", "its", "their", "our", "there", "police", "officials", "some",
    "many", "most", "both", "all", "no", "one", "two", "three", "several",
}  # fmt: skip
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}
_WINDOW = 10  # words after a conjunction in which its clause's verb must be seen


class _Toks:
    """The tokens of a sentence as parallel lists: where each begins, the word in lower case,
    whether it is a verb we know (`tense`), whether it is inside a date expression; and the
    indices of the cue words a clause boundary can be at. Built with list comprehensions and
    set lookups: per-word Python work was most of the clause finder's time."""

    __slots__ = ("begin", "word", "verb", "atom", "cues", "verbs_before", "found", "kind")

    def __init__(self, text: str, begin: int, end: int, atoms: list[tuple[int, int]]) -> None:
        self.found = found = list(_TOKEN.finditer(text, begin, end))
        self.begin = starts = list(map(_START, found))
        self.word = words = list(map(str.lower, map(_GROUP, found)))
        n = len(starts)
        self.atom = atom = [False] * n
        for a, b in atoms:
            lo, hi = bisect_left(starts, a), bisect_left(starts, b)
            atom[lo:hi] = [True] * (hi - lo)
        self.verb = verb = [False] * n
        # What each word may be (`_kinds`), looked up a word in C: the loops below visit only
        # the few tokens that may be a verb or a clause boundary, not every word.
        try:  # (a word not met yet stops the lookups: no test of each for None after them)
            kinds = list(map(_KINDS.__getitem__, words))
        except KeyError:
            kinds = _kinds(words)
        if not text[begin:end].isascii():
            _not_words(found, kinds)
        self.kind = kinds
        marked = list(compress(range(n), map(_MARKS.__and__, kinds)))
        for i in marked:
            if not kinds[i] & MAY_BE_VERB or atom[i]:
                continue
            word, prev = found[i].group(), words[i - 1] if i else ""
            verb[i] = verb_tag(word, prev, i == 0) is not None or (
                words[i] in IRREGULAR_PAST
                and (i == 0 or word[0].islower())
                and prev not in DETERMINER  # "a tax cut", "the set"
            )
        for i in marked:
            if words[i] == "say" and not atom[i]:
                verb[i] = plural_say(words, verb, i)  # "Residents say ...": `present_reports`
        # verbs_before[k]: how many verbs come before token k (a range has one in O(1))
        self.verbs_before = [0, *accumulate(verb)]
        last = n - 1
        self.cues = [
            i
            for i in marked
            if (
                kinds[i] & _CUE
                or (kinds[i] & _COMMA and i < last and _relative_at(words, verb, i + 1))
            )
            and not atom[i]
        ]

    def __len__(self) -> int:
        return len(self.begin)


_VERB_SET = VERB_WORDS | IRREGULAR_PAST
_VERB_ENDINGS = ("ed", "'ll", "’ll")
_START, _GROUP = re.Match.start, re.Match.group
_CUE_WORDS = (
    _BREAKS
    | _COORDINATORS
    | _SUBORDINATORS
    | REPORTING
    | {"according"}
    | PARTICIPLE_REPORTS.keys()
    | SOURCE_PARTICIPLES
)
# What a token may be in `_Toks`, as bits: a verb `verb_tag` or the irregular pasts may make
# (and a few short "-ed"s its test rejects), a cue word a clause boundary may be at, a comma (a
# boundary before a relative clause), a word (letters: what `clause_subjects.WORD` finds); 0
# for the rest. Kept for the tokens met, up to a bound (a vocabulary: news of a year has some
# tens of thousands of words).
MAY_BE_VERB, _CUE, _COMMA, IS_WORD = 1, 2, 4, 8
_MARKS = MAY_BE_VERB | _CUE | _COMMA
_KINDS: dict[str, int] = {}
_KINDS_MAX = 1 << 17


def _kinds(words: list[str]) -> list[int]:
    """Every word's kind, the words not met yet added to `_KINDS` first (a Python step for
    those only; the lookups in C); a word in lower case is a word (`IS_WORD`) when it starts
    with an ASCII letter (`_not_words` corrects the tokens of other scripts whose lower case
    does)."""
    if len(_KINDS) > _KINDS_MAX:
        _KINDS.clear()
    for w in set(words).difference(_KINDS):
        _KINDS[w] = (
            (MAY_BE_VERB if w in _VERB_SET or w.endswith(_VERB_ENDINGS) else 0)
            | (_CUE if w in _CUE_WORDS else 0)
            | (_COMMA if w == "," else 0)
            | (IS_WORD if w[0] in _ASCII_LETTERS else 0)
        )
    return list(map(_KINDS.__getitem__, words))


def _not_words(found: list[re.Match[str]], kinds: list[int]) -> None:
    """Clear `IS_WORD` of the tokens that do not start with an ASCII letter ("K", the Kelvin
    sign, is "k" in lower case)."""
    for i, m in enumerate(found):
        if kinds[i] & IS_WORD and m.group()[0] not in _ASCII_LETTERS:
            kinds[i] &= ~IS_WORD


_ASCII_LETTERS = frozenset(string.ascii_letters)
Tokens = _Toks  # what `clause_words` reads a clause's words from


_RELATIVE_PREPOSITIONS = {
    "in", "on", "at", "from", "to", "for", "by", "with", "under", "during", "of", "after",
    "before", "through", "since",
}  # fmt: skip


def _relative_at(words: list[str], verb: list[bool], i: int) -> int:
    """How many words open a relative clause at `i` (after a comma), 0 for none: "who",
    "which", ... (1); "from which", "in whom" (2); a participle "agreed in March" (0 here: the
    participle is the clause's verb, counted as its first word by the caller, so -1)."""
    w = words[i]
    if w in _RELATIVES:
        return 1
    if w in _RELATIVE_PREPOSITIONS and i + 1 < len(words) and words[i + 1] in ("which", "whom"):
        return 2
    if verb[i] and (w.endswith("ed") or w in PARTICIPLES) and w not in REPORTING:
        return -1
    if w in _PARTICIPLE_ADVERBS and i + 1 < len(words):
        return _relative_at(words, verb, i + 1) if verb[i + 1] else 0  # ", first proposed in"
    return 0


def _who_present(words: list[str], i: int, body: int, stop: int) -> bool:
    """ ", who faces re-election in May,": a present in "-s" right after "who" is its verb."""
    return words[i] == "who" and body < stop and words[body][-1:] == "s" != words[body][-2:-1]


# An adverb before an aside's participle: "The plans, first proposed in 2019, were shelved".
_PARTICIPLE_ADVERBS = {"first", "originally", "initially", "previously", "formerly", "newly"}


def _after_apposition(toks: _Toks, lo: int, comma: int) -> bool:
    """Whether the comma at `comma` closes an apposition (", a retired teacher,", a name: ",
    Jean III,"): a past form after it is the verb of the clause ("Jones, a retired teacher,
    lived there"), no participle."""
    words = toks.word
    before = next((k for k in range(comma - 1, lo - 1, -1) if words[k] == ","), None)
    return (
        before is not None
        and before + 1 < comma
        and (
            words[before + 1] in _ARTICLES
            or name_apposition(toks.found, toks.verb, before + 1, comma)
        )
    )


def _verb_ahead(toks: _Toks, i: int) -> int | None:
    """The index of the first verb in the next `_WINDOW` words from `i`, before a break."""
    words, verb = toks.word, toks.verb
    for j in range(i, min(len(words), i + _WINDOW)):
        w = words[j]
        if w in _BREAKS or w == "," or w in _COORDINATORS:
            return None  # "in Kenya and Tanzania on Thursday and called": no subject of its own
        if verb[j]:
            return j
    return None


def _intent_at(words: list[str], comma: int) -> bool:
    """Whether a verb of intent and "to" follow the comma at `comma` ("..., hopes to")."""
    after = words[comma + 1 : comma + 3]
    return len(after) == 2 and after[0] in INTENT_VERBS and after[1] == "to"


def _has_verb(toks: _Toks, lo: int, hi: int) -> bool:
    counts = toks.verbs_before
    return counts[min(hi, len(counts) - 1)] > counts[lo]


_ASIDE_ADVERBS = {"however", "though", "meanwhile", "also", "again", "nevertheless", "too"}


def _aside_adverb(words: list[str], k: int) -> bool:
    """Whether words[k:k + 3] is an adverb set off by commas: ", however,"."""
    return (
        k + 2 < len(words)
        and words[k] == ","
        and words[k + 1] in _ASIDE_ADVERBS
        and (words[k + 2] == ",")
    )


def _report_content_start(toks: _Toks, i: int) -> int | None:
    """After the reporting verb at `i`: where its content clause starts ("that ..." or a
    clause with its own verb), skipping a date, an addressee and "in a statement"."""
    words, verb, atom = toks.word, toks.verb, toks.atom
    n = len(words)
    for k in range(i + 1, min(n, i + 9)):  # "told his cabinet on Sunday that ..."
        if words[k] == "that" and not atom[k]:  # not "wrote home that autumn"
            return k
        if _aside_adverb(words, k) or (k > 1 and _aside_adverb(words, k - 1)):
            continue  # "warned, however, that ..."
        if k > 2 and _aside_adverb(words, k - 2):
            continue
        if verb[k] or words[k] in {",", ";", ":"}:
            break
    j = i + 1
    skipped = 0
    while (
        j < n
        and skipped < 8
        and (
            atom[j]
            or (words[j] in REPORT_FILLER and words[j] not in _ARTICLES)
            # "in a statement", "told the press": not "said the election would ..."
            or (words[j] in _ARTICLES and j + 1 < n and words[j + 1] in REPORT_FILLER)
        )
    ):
        j += 1
        skipped += 1
    if j < n and words[j] == ",":
        j += 1
    if j >= n:
        return None
    if words[j] == "that":
        return j
    if words[i] not in BARE_CONTENT and PARTICIPLE_REPORTS.get(words[i]) not in BARE_CONTENT:
        return None  # "announced a tax cut": an object, no content without "that"
    v = _verb_ahead(toks, j)
    if v is not None and v > j and not verb[j]:
        # "told police he left": the addressee, then the content's own subject
        if j + 1 < v and words[j] not in _SUBJECT_STARTS and words[j + 1] in _PRONOUNS:
            return j + 1
        return j
    return None


def split(text: str, begin: int, end: int, atoms: list[tuple[int, int]]) -> list[Clause]:
    """The clauses of the sentence text[begin:end] in reading order; `atoms` (sorted spans of
    its date expressions) are never cut."""
    return split_tokens(text, begin, end, atoms)[0]


def split_tokens(
    text: str, begin: int, end: int, atoms: list[tuple[int, int]]
) -> tuple[list[Clause], Tokens]:
    """`split`, and the sentence's tokens it found (for `clause_words`)."""
    toks = _Toks(text, begin, end, atoms)
    n = len(toks)
    if not n:
        return [Clause([(begin, end)])], toks
    words, verb, atom, starts = toks.word, toks.verb, toks.atom, toks.begin
    cuts: dict[int, str] = {}  # token index -> the kind of the clause that starts there
    report_at: dict[int, int] = {}  # content start (or -report start) -> report verb token
    clause_start = 0
    i = 0  # cues before this token were passed over
    for cue in toks.cues:
        if cue < i:
            continue
        i = cue
        w = words[i]
        if w in _BREAKS:
            # "10:30", and an entry's heading date ("Aug: A flood halts work"): no break
            heading = w == ":" and 0 < i and all(atom[:i])
            if i + 1 < n and not (w == ":" and words[i + 1][0].isdigit()) and not heading:
                cuts[i + 1] = MAIN
                clause_start = i + 1
        elif w in _COORDINATORS:
            nxt = after_date_opener(words, atom, i + 1)  # "and from January every pupil will"
            if (
                i > clause_start
                and nxt < n
                and not verb[nxt]
                and _has_verb(toks, clause_start, i)
                and (
                    # ", but ...": a clause, even with a verb the word lists do not know
                    (w == "but" and words[i - 1] == ",")
                    or (
                        (v := _verb_ahead(toks, nxt + 1)) is not None
                        and (
                            words[nxt] in _SUBJECT_STARTS
                            or text[starts[nxt]].isupper()
                            or w == "but"
                            or v <= nxt + 2  # a short subject: "and rescuers pulled"
                        )
                    )
                )
            ):
                cuts[i] = MAIN
                clause_start = i
        elif w in _SUBORDINATORS and (w != "as" or (i and words[i - 1] == ",")):
            nxt = i + 1
            if nxt < n and not atom[nxt] and not verb[nxt]:
                v = _verb_ahead(toks, nxt)
                if v is not None and i > clause_start:
                    cut = _counted_time_start(toks, clause_start, i)
                    cuts[cut] = SUBORDINATE
                    clause_start = cut
                elif v is not None and i == clause_start:
                    # "After the talks collapsed on Monday, the army ...": up to the comma
                    comma = next((k for k in range(v, n) if words[k] == ","), None)
                    cuts[i] = SUBORDINATE
                    if comma is not None and comma + 1 < n:
                        cuts[comma + 1] = MAIN
                        clause_start = i = comma + 1
        elif w == ",":  # before "who", "which", ...: a relative clause up to the next comma
            opening = _relative_at(words, verb, i + 1)
            body = i + 1 + max(opening, 0)
            stop = next(
                (k for k in range(body, n) if words[k] in {",", ";", ":"} and not atom[k]), n
            )
            if (
                i > clause_start
                and (_has_verb(toks, body, stop) or _who_present(words, i + 1, body, stop))
                # a participle ("The ceasefire, agreed in March, collapsed") only between commas,
                # before the verb of the clause around it
                and (
                    opening > 0
                    or (
                        stop < n - 1
                        and words[stop] == ","
                        # "The trust, set up in May, hopes to ...": a verb of intent too
                        and (_verb_ahead(toks, stop + 1) is not None or _intent_at(words, stop))
                        and not _after_apposition(toks, clause_start, i)
                    )
                )
            ):
                cuts[i + 1] = RELATIVE
                if stop < n - 1 and words[stop] == ",":  # not where it runs on past the comma
                    if not runs_on(words, verb, atom, clause_start, i + 1, stop):
                        cuts[stop + 1] = "resume"
                i = stop
        elif w in REPORTING and verb[i]:
            # trailing: "<content>, police said (on Monday)." / "..., said the minister."
            comma = next(
                (k for k in range(i - 1, max(clause_start, i - 6) - 1, -1) if words[k] == ","),
                None,
            )
            tail_short = n - i <= 10 and all(
                words[k] not in {",", ";"} or k == n - 1 for k in range(i + 1, n)
            )
            if (
                comma is not None
                and comma > 0
                and tail_short
                and (_has_verb(toks, 0, comma) or _content_before(toks, comma, i))
                # "The firm, which ..., said it would ...": the comma closes a relative clause
                and cuts.get(comma + 1) != "resume"
                # "..., and manager Hollis said the squad was complete": a report of its own
                and not (words[comma + 1] in _COORDINATORS and _report_content_start(toks, i))
            ):
                cuts[comma + 1] = REPORT
                report_at[-(comma + 1)] = i
                break
            # ", it said on Thursday, after ...": the report's own date inside the aside
            nxt = i + 1
            while nxt < n - 1 and nxt - i <= 5 and (atom[nxt] or words[nxt] == "on"):
                nxt += 1
            dated = atom[nxt - 1] == (nxt > i + 1)  # skipped words: "on" and a date only
            if comma is not None and nxt < n - 1 and words[nxt] == "," and dated:
                # ", its backers said, ...": an aside; what it reports is the clause around it
                cuts[comma + 1] = ATTRIBUTION
                cuts[nxt + 1] = "resume"
                i = nxt + 1
                continue
            start = _report_content_start(toks, i)
            if start is not None:
                # "X arrived on Monday, a day after Y said ...": the report is the part after
                # the last comma, when a verb of another clause comes before it
                comma = next((k for k in range(i - 1, clause_start, -1) if words[k] == ","), None)
                if (
                    comma is not None
                    and cuts.get(comma + 1) != "resume"  # "X, who ..., said": X's own clause
                    and _has_verb(toks, clause_start, comma)
                ):
                    cuts[comma + 1] = MAIN
                cuts[start] = CONTENT
                report_at[start] = i
                clause_start = start
                i = start + 1
        elif w in PARTICIPLE_REPORTS or w in SOURCE_PARTICIPLES:
            if i > clause_start + 1 and words[i - 1] == "," and _has_verb(toks, clause_start, i):
                i = _participle_report(toks, i, cuts, report_at)
                clause_start = max(clause_start, i)
        elif w == "according" and i + 1 < n and words[i + 1] == "to":
            if i > 0 and words[i - 1] == ",":
                cuts[i] = ATTRIBUTION
                stop = next((k for k in range(i + 2, n) if words[k] in {",", ";"}), n)
                if stop < n - 1:
                    cuts[stop + 1] = "resume"
                i = stop
            elif i == clause_start:
                comma = next((k for k in range(i + 2, n) if words[k] == ","), None)
                if comma is not None and comma + 1 < n:
                    cuts[i] = ATTRIBUTION
                    cuts[comma + 1] = MAIN
                    clause_start = i = comma + 1
    if atoms:  # both cut only at a date expression
        _cut_after_counted_days(toks, cuts)
        _cut_dated_participles(toks, cuts)
        _cut_dated_plans(toks, cuts)
        cuts.update(cut_restrictive_relatives(words, toks.verb, atom, cuts))
        for k, own in dated_coordinations(toks.word, toks.verb, atom, toks.cues, cuts):
            if cuts.get(k, MAIN) == MAIN:  # "..., and by 785 he ruled Kent"
                cuts[k] = MAIN if own else PARTICIPLE
        for k, kind in contact_relatives(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, kind)  # "a programme it set up in 2023"
        for k in comes_after_cuts(toks.word):
            cuts.setdefault(k, MAIN)  # "..., and comes two weeks after floods hit the north"
        for k in tense_shift_predicates(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, MAIN)  # "was met ... and will hold talks on Wednesday"
        for k in plan_shift_predicates(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, MAIN)  # "had cut prices in the spring and would cut more"
        for k in dated_adjectives(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, PARTICIPLE)  # "declared a dividend, payable on September 30"
        for k, again in scheduled_objects(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, PARTICIPLE)  # "set sentencing for August 19": the sentencing's
            if again is not None:
                cuts.setdefault(again, MAIN)  # "... and ordered him to ...": the act's side
        for k in directed_deadlines(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, PARTICIPLE)  # "were told to clear the shelves by Wednesday"
        for k in dated_infinitives(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, PARTICIPLE)  # "asked the minister to give evidence on May 2"
        for k in with_plans(toks.word, toks.verb, atom, cuts):
            cuts.setdefault(k, PARTICIPLE)  # "..., with the river expected to peak on Friday"
    for k in negated_predicates(toks.word, toks.verb, cuts):
        cuts.setdefault(k, MAIN)  # "acknowledged the warning but did not change course"
    keep_manner_clauses(words, cuts)  # "ruled Kent as if it were his own"
    return assemble(text, toks.begin, toks.word, begin, end, cuts, report_at), toks


_CONTENT_WORDS = 5  # words before "<comma> X said" that make a content clause of their own


def _content_before(toks: _Toks, comma: int, verb: int) -> bool:
    """ "The airline expects a profit in 2021, its chief executive said": a clause before a
    short reporter whose verb the word lists do not know ("expects"): at least a few words, not
    opening with a preposition ("In the north of the city, police said"), the reporter at most
    four words and no verb ("..., will be disclosed")."""
    words = toks.word
    return (
        comma >= _CONTENT_WORDS
        and words[0] not in _RELATIVE_PREPOSITIONS
        and 0 < verb - comma - 1 <= 4
        and not toks.atom[comma + 1]
        and not _has_verb(toks, comma + 1, verb)  # ", will be disclosed": no reporter
    )


def _participle_report(toks: _Toks, i: int, cuts: dict[int, str], report_at: dict[int, int]) -> int:
    """A participle after a comma that reports ("..., saying on Friday that the truce would
    hold") or names a source ("..., citing officials"): a report with its content clause, or an
    aside up to the next comma. Returns the token the scan goes on from."""
    words, n = toks.word, len(toks)
    if words[i] in SOURCE_PARTICIPLES:
        cuts[i] = ATTRIBUTION
        stop = next((k for k in range(i + 1, n) if words[k] in {",", ";"}), n)
        if stop < n - 1:
            cuts[stop + 1] = "resume"
        return stop
    start = _report_content_start(toks, i)
    if start is None:
        return i  # "warning of floods": no clause reported
    cuts[i] = REPORT
    cuts[start] = CONTENT
    report_at[start] = i
    return start + 1


# A time counted before "after" / "before" that the date finder leaves ("hours after the report
# was published", "shortly before"): it belongs to the subordinate clause, not to its host.
_COUNTED_TIME = {
    "hours", "days", "weeks", "months", "years", "minutes", "moments", "shortly", "soon",
    "just", "only", "long", "a", "an", "few", "several", "some", "two", "three", "four",
    "five", "hour", "day", "week", "month", "year", "minute", "immediately", "not",
}  # fmt: skip


def _counted_time_start(toks: _Toks, lo: int, i: int) -> int:
    """Where the subordinate clause opened by "after" / "before" at `i` starts: back over a
    counted time ("hours after", "two weeks before"), at most four words, not before `lo`."""
    words = toks.word
    if words[i] not in _COUNTED_END:
        return i
    k = i
    while k - 1 > lo and i - k < 4 and (words[k - 1] in _COUNTED_TIME or words[k - 1].isdigit()):
        k -= 1
    return k if k < i and words[k - 1] in {",", "-", "–", "—"} else i


def _cut_dated_participles(toks: _Toks, cuts: dict[int, str]) -> None:
    """ "The army crossed the river in June 1941, reaching Minsk on 28 June": a participle
    clause after a comma with a date of its own is a happening of its own (the clause before it
    keeps its own date and a short title). Without a date it stays in its clause."""
    words, atom, n = toks.word, toks.atom, len(toks)
    for c in [k for k, w in enumerate(words) if w == ","]:
        k = c + 1
        if not (0 < c and k < n - 1 and k not in cuts and _ing_participle(toks, k)):
            continue
        stop = next((j for j in range(k, n) if words[j] in {",", ";", ":"}), n)
        dated = next((j for j in range(k, stop) if atom[j]), None)
        if (
            dated is not None
            and any(atom[:c])
            and _has_verb(toks, 0, c)
            # "ending a search that began in May": the date is the search's, not the ending's
            and not any(w in _RELATIVES or w == "that" for w in words[k:dated])
        ):
            cuts[k] = PARTICIPLE
            if stop < n - 1 and stop + 1 not in cuts:
                cuts[stop + 1] = MAIN


# "a trip that was due to begin on Wednesday", "the talks they were expected to hold in May": a
# plan named by a noun, with a relative clause ("that", "which" or none) of its own.
_PLAN_AUX = {"was", "were", "is", "are", "had", "has", "have", "been"}
_PLAN_WORDS = {"due", "expected", "scheduled", "set", "planned", "supposed", "slated"}


def _cut_dated_plans(toks: _Toks, cuts: dict[int, str]) -> None:
    """ "The minister cancelled a trip that was due to begin on Wednesday": a relative clause of
    a plan, restrictive (no comma) and with a date of its own, is a clause of its own: the date
    is the plan's, not the cancelling's. Only after a verb of the clause before it, and not as
    the "that" of reported speech ("said that it was due to ...")."""
    words, atom, verb, n = toks.word, toks.atom, toks.verb, len(toks)
    if _PLAN_WORDS.isdisjoint(words):
        return  # most sentences: one set test
    for k in range(2, n - 3):
        if words[k] not in PLAN_SUBJECTS or k in cuts or atom[k]:
            continue
        aux = k + 1
        if words[aux] == "had" and words[aux + 1] == "been":
            aux += 1
        if not (
            words[aux] in _PLAN_AUX
            and aux + 2 < n
            and words[aux + 1] in _PLAN_WORDS
            and words[aux + 2] == "to"
        ):
            continue
        prev = words[k - 1]
        if not prev.isalpha() or verb[k - 1] or prev in REPORTING or prev in DETERMINER:
            continue  # "said that", "the that": no noun before it
        if words[k] not in ("that", "which") and prev in NP_STOP:
            continue  # "... to the talks they": a pronoun after a preposition starts nothing
        stop = next((j for j in range(k, n) if words[j] in {",", ";", ":"}), n)
        if any(atom[k:stop]) and _has_verb(toks, 0, k):
            cuts[k] = RELATIVE
            if stop < n - 1 and stop + 1 not in cuts:
                cuts[stop + 1] = "resume"


_NOT_PARTICIPLE = {"during", "including", "according", "following", "regarding", "concerning"}


def _ing_participle(toks: _Toks, k: int) -> bool:
    w = toks.word[k]
    return (
        len(w) > 5
        and w.endswith("ing")
        and w not in _NOT_PARTICIPLE
        and w not in PARTICIPLE_REPORTS
        and w not in SOURCE_PARTICIPLES
        and not toks.atom[k]
    )


# The end of a counted time before a clause: "a day after talks collapsed", "hours before".
_COUNTED_END = {"after", "before"}


def _cut_after_counted_days(toks: _Toks, cuts: dict[int, str]) -> None:
    """ "The strike began on Monday, a day after talks collapsed": the expression "a day after"
    dates the clause it opens (the collapse), not the one before it, so that clause is a
    subordinate one of its own, starting at the expression."""
    words, atom, verb = toks.word, toks.atom, toks.verb
    n = len(words)
    for k in [k for k, w in enumerate(words) if w in _COUNTED_END]:
        if not (0 < k < n - 1 and atom[k] and not atom[k + 1]):
            continue
        first = k
        while first > 0 and atom[first - 1]:
            first -= 1
        if verb[k + 1] or _verb_ahead(toks, k + 1) is None:
            continue
        if first == 0 or (after_date := opening_date_only(words, atom, first)):
            _embed_opening_after(toks, k, cuts, first if first and after_date else k + 1)
            continue
        if not _has_verb(toks, 0, first) or first in cuts:
            continue
        cuts[first] = SUBORDINATE


def _embed_opening_after(toks: _Toks, k: int, cuts: dict[int, str], at: int) -> None:
    """ "Seventeen years after he came to the throne, he founded a university": the amount
    dates the clause after the comma, counted from the happening between; that happening sits
    in its host like a relative clause, and the host's title is what follows the comma. After
    an opening date ("In 1990, thirty years after ...") the amount dates the happening, which
    starts at it (`at`; else at the word after "after")."""
    words, n = toks.word, len(toks.word)
    comma = next((j for j in range(k + 2, n) if words[j] in {",", ";"}), None)
    if comma is None or comma + 1 >= n - 1 or _verb_ahead(toks, comma + 1) is None:
        return
    if (v := _verb_ahead(toks, k + 1)) is None or v > comma or any(toks.atom[k + 1 : comma]):
        return  # "A day after the 3 March vote, ...": no clause, or one with a date of its own
    cuts[at] = RELATIVE
    cuts[comma + 1] = "resume"
