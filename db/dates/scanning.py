"""The engine's first pass: one language's rules compiled (`Grammar`), and every place in a text
where some rule matches (`scan`), with all the rules matching there.

The trigger words (any word a rule can start with) are found by one regex search over the text.
That search opens on the non-word character before a trigger rather than on a look-behind: `re`
then skips to the next space or punctuation in C, instead of trying the whole alternation at
every letter of every word (what a leading `(?<!\\w)` makes it do).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import trie
from .rule_buckets import MIN_RULES, Buckets
from .rules.table import APOSTROPHE, DIGIT, Rule
from .sentences import BLANK_LINE


@dataclass(frozen=True, slots=True)
class Grammar:
    """One language's rules, compiled: the trigger regex (any word a rule can start with), the
    rules each trigger calls for, each rule's own anchored regex with its groups prefixed r<i>_
    (see rules.table.Groups), and the cues the engine itself reads in that language."""

    rules: list[Rule]
    trigger: re.Pattern[str]
    by_start: dict[str, list[int]]
    singles: list[re.Pattern[str]]
    # the rules each trigger calls for by the characters after it (`rule_buckets`)
    buckets: Buckets
    prefixes: list[str]
    keys: dict[str, str]
    frame: re.Pattern[str]  # the words before a date that frames its sentence ("In 1941, ...")
    since: re.Pattern[str]  # the word before a date that runs to the DCT ("since 2011")
    english: bool  # English's tense guess and comparison cues apply
    # `trigger`'s alternatives after the non-word character before them (`scan`), and the
    # same for lowered ASCII text only, without IGNORECASE (None where the literals need case
    # folding)
    search: re.Pattern[str]
    lower_search: re.Pattern[str] | None
    language: str = "en"  # the language code: other languages' titles (`other_languages`)
    # Other languages' range words: what opens a range of two dates ("del", "du", "vom") and
    # what joins them ("al", "au", "bis"); English's are RANGE_START and _RANGE_GAP.
    range_start: re.Pattern[str] | None = None
    range_gap: re.Pattern[str] | None = None


def compile_grammar(
    rules: list[Rule],
    digit_followers: str,
    followers: dict[str, str],
    frame: re.Pattern[str],
    since: re.Pattern[str],
    english: bool,
) -> Grammar:
    by_start: dict[str, list[int]] = {}
    singles = []
    for i, r in enumerate(rules):
        prefixed = re.sub(r"\(\?P<(\w+)>", rf"(?P<r{i}_\1>", r.pattern)
        singles.append(re.compile(rf"(?<!\w)(?:{prefixed})(?!\w)"))
        for w in r.starts:
            by_start.setdefault(w, []).append(i)
    # (no `*followers` inside the tuple: mypyc cannot compile a starred item there)
    words = [w for w in by_start if w not in (DIGIT, APOSTROPHE) and w not in followers]
    # `scan` tells the alternatives apart by their text (a digit, an apostrophe, else the word
    # is its key): without the groups, `re` skips an alternative on its first character.
    assert not any(w[0].isdecimal() or w[0] in "'’" for w in words)

    def alternatives(named: bool) -> str:
        def group(name: str) -> str:
            return f"(?P<{name}>" if named else "(?:"

        # "the", "a", ... only where a word some rule expects follows (rules.triggers.FOLLOWERS)
        followed = "".join(
            rf"|{group(f'f{i}')}{re.escape(w)})(?=\s+(?:{after}))"
            for i, (w, after) in enumerate(followers.items())
        )
        return (
            rf"{group('digit')}\d)(?={digit_followers})|{group('apos')}['’])(?=\d){followed}"
            rf"|{group('word')}{trie(words)})(?!\w)"
        )

    trigger = re.compile(rf"(?<!\w)(?:{alternatives(True)})", re.IGNORECASE)
    search = re.compile(rf"\W(?:{alternatives(False)})", re.IGNORECASE)
    keys = {"digit": DIGIT, "apos": APOSTROPHE} | {f"f{i}": w for i, w in enumerate(followers)}
    prefixes = [f"r{i}_" for i in range(len(rules))]
    literals = re.sub(r"\\.|\(\?P<\w+>", "", trigger.pattern)  # escapes and group names aside
    folds = any(c.isupper() or c in "ıſ" for c in literals)  # IGNORECASE: "ı" is "i", "ſ" "s"
    # `lower_search` reads ASCII text only: its opening non-word character as a set of ASCII
    # characters, which `re` tests by a bitmap (`\W` asks Unicode's tables of each character).
    # Its inline case-insensitive groups ("the (?i:january|...) following") are plain groups
    # there: their literals are in lower case (`folds`) and so is the text, and `re` skips an
    # alternative on its first character only when it is a case-sensitive literal (at every
    # "the" the month and holiday names were tried one by one, each letter case-folded).
    lower = None
    if not folds:
        lower = re.compile(rf"[^0-9A-Z_a-z](?:{alternatives(False)})".replace("(?i:", "(?:"))
    return Grammar(
        rules,
        trigger,
        by_start,
        singles,
        Buckets(by_start, rules),
        prefixes,
        keys,
        frame,
        since,
        english,
        search,
        lower,
    )


@dataclass(slots=True)
class Group:
    """All rule matches starting at one position, longest first."""

    begin: int
    cands: list[tuple[int, re.Match[str]]]  # (rule index, match)
    sent: int = 0


def scan(text: str, grammar: Grammar) -> list[Group]:
    """Every position where some rule matches, with all the rules matching there."""
    groups: list[Group] = []
    pos = 0
    by_start, singles, buckets = grammar.by_start, grammar.singles, grammar.buckets
    # One character before the text: what a trigger at its start opens on. Offsets in
    # `scanned` are one more than in `text`: a match's start there is its trigger's in `text`.
    if grammar.lower_search is not None and text.isascii():  # same offsets in lower case
        search, scanned = grammar.lower_search.search, " " + text.lower()
    else:
        search, scanned = grammar.search.search, " " + text
    at = 0
    while (t := search(scanned, at)) is not None:
        begin, end = t.start(), t.end() - 1  # the trigger's span in `text`
        # On from the match's last character (in `scanned`): one that is not a word character
        # ("a.d.") may open the next trigger, as `trigger`'s look-behind allows.
        at = end
        if begin < pos:
            continue
        first = scanned[begin + 1]
        if first.isdecimal():
            key = DIGIT
        elif first in "'’":
            key = APOSTROPHE
        else:
            key = scanned[begin + 1 : end + 1].lower()
        cands = []
        every: Sequence[int] = by_start.get(key, ())
        if len(every) >= MIN_RULES:  # (a trigger of fewer rules tries them all)
            every = buckets.rules(key, text, begin, end)
        for ri in every:
            m = singles[ri].match(text, begin)
            if m is not None and not ("\n" in m.group() and BLANK_LINE.search(m.group())):
                cands.append((ri, m))
        if cands:
            # Longest first; the table's order breaks ties (sort is stable).
            cands.sort(key=lambda c: -c[1].end())
            groups.append(Group(begin, cands))
            # Resume after the trigger word: if every candidate here is rejected, an expression
            # inside them ("year-earlier" in "a year-earlier loss") is still found.
            pos = end
    return groups
