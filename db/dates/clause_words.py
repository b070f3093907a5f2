"""A clause's first verb, its verb group and its opening words, read from the tokens its sentence
was split with.

`happenings` asks each clause for the tense of its first verb we know and for its verb group (the
clause up to that verb and a few words after it, where its tense, negation and modality are,
not those of a clause inside it: "provided the border could be secured"), whether a reporting
verb opens it, and whether a sentence holds nothing but its dates' labels. Read again from the
clause's text, each was a scan of its words; the sentence's tokens (`clauses.Tokens`) already
hold each word in lower case and whether it may be a verb, so only the clause's token indices are
walked and `verb_tag` is asked only where it may tag. `first_verb_in_text` reads a clause's text
the same way, for a clause not cut at the tokens.
"""

from __future__ import annotations

from bisect import bisect_left

from .clause_subjects import WORD
from .clauses import IS_WORD, MAY_BE_VERB, Tokens
from .tense import VERB_WORDS, verb_tag

GROUP_AFTER = 4  # words after a clause's first verb that still belong to its verb group
# Words after a verb that open a clause of its own: its modals and negations are not the verb's.
INNER_CLAUSE = frozenset({"that", "whether"})
Pieces = list[tuple[int, int]]


def first_verb_in_text(clause: str) -> tuple[str | None, str]:
    """The tense of the clause's first verb we know (`tense.verb_tag`, None for none) and its
    verb group ("the talks would resume", "Israel did not attack"); the whole clause when it has
    no verb we know."""
    words = WORD.finditer(clause)
    prev, first = "", True
    for m in words:
        word = m.group()
        low = word.lower()
        # `verb_tag` tags only these words: the test skips its call for the others
        if low in VERB_WORDS or low[-2:] in ("ed", "ll"):
            tag = verb_tag(word, prev, first)
            if tag is not None:
                end = m.end()
                for _, after in zip(range(GROUP_AFTER), words, strict=False):
                    if after.group().lower() in INNER_CLAUSE:
                        break  # "drawings show that it may feature": not the showing's "may"
                    end = after.end()
                return tag, clause[:end]
        prev, first = low, False
    return None, clause


def first_verb(text: str, toks: Tokens, pieces: Pieces) -> tuple[str | None, str] | None:
    """`first_verb_in_text` of the clause made of `pieces` of `text` (joined by spaces), from
    the sentence's tokens; None when the pieces are not cut at the tokens (ask that then)."""
    order = _clause_tokens(toks, pieces)
    if order is None:
        return None
    words, kinds = toks.word, toks.kind
    prev, first = "", True
    for at, k in enumerate(order):
        kind = kinds[k]
        if not kind & IS_WORD:
            continue  # punctuation, numbers: no word for the verb test nor for `prev`
        if kind & MAY_BE_VERB:
            tag = verb_tag(toks.found[k].group(), prev, first)
            if tag is not None:
                return tag, _group(text, toks, pieces, order, at)
        prev, first = words[k], False
    return None, " ".join(text[b:e] for b, e in pieces)


def _group(text: str, toks: Tokens, pieces: Pieces, order: list[int], at: int) -> str:
    """The clause's joined text up to the verb at `order[at]` and the few words after it (up to
    a word that opens a clause of its own)."""
    words, kinds = toks.word, toks.kind
    last, taken = order[at], 0
    for k in order[at + 1 :]:
        if taken == GROUP_AFTER:
            break
        if not kinds[k] & IS_WORD:
            continue
        if words[k] in INNER_CLAUSE:
            break
        last, taken = k, taken + 1
    end = toks.found[last].end()
    out = []
    for b, e in pieces:
        if e >= end:
            out.append(text[b:end])
            break
        out.append(text[b:e])
    return " ".join(out)


def _clause_tokens(toks: Tokens, pieces: Pieces) -> list[int] | None:
    """The indices of the tokens of a clause made of `pieces`, in reading order; None when a
    piece does not start at a token (nor at the sentence's start)."""
    starts = toks.begin
    order: list[int] = []
    for b, e in pieces:
        lo = bisect_left(starts, b)
        if lo < len(starts) and b != starts[lo] and (lo or b > starts[0]):
            return None
        order.extend(range(lo, bisect_left(starts, e)))
    return order


def opens_with(toks: Tokens, pieces: Pieces, words: frozenset[str], n: int) -> bool | None:
    """Whether one of the first `n` words of the clause (in lower case) is in `words`; None
    when the pieces are not cut at the tokens."""
    order = _clause_tokens(toks, pieces)
    if order is None:
        return None
    lows, kinds = toks.word, toks.kind
    seen = 0
    for k in order:
        if kinds[k] & IS_WORD:
            if lows[k] in words:
                return True
            seen += 1
            if seen == n:
                break
    return False


def only_words(toks: Tokens, end: int, words: frozenset[str] | set[str]) -> bool:
    """Whether every word of the sentence that starts before `end`, but those inside a date
    expression (`Tokens.atom`), is in `words` (in lower case)."""
    lows, kinds, atom = toks.word, toks.kind, toks.atom
    for k in range(bisect_left(toks.begin, end)):
        if kinds[k] & IS_WORD and not atom[k] and lows[k] not in words:
            return False
    return True
