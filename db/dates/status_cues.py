"""The cue words of the clause status patterns (db.dates.status_patterns): a verb group in ASCII
holding none of a pattern's cues cannot match it, so the pattern is not run (most verb groups
hold none). Moved out of db.dates.happenings, which asks them."""

from __future__ import annotations

import re

from .clause_negation import NEGATION as _NEGATION
from .status_patterns import COUNTERFACTUAL, HYPOTHETICAL, NOT_DONE, PLAN, WOULD

# "can" / "be able to": an ability or a rule ("Suspects can be held for two days"), no happening.
_ABILITY = re.compile(r"(?i)\b(?:can|(?:is|are)\s+able\s+to)\b(?!['’]t)")
# What every match of a status pattern holds, in lower case: in ASCII text (where `lower` and
# the patterns' IGNORECASE agree) a text with none of a pattern's cues does not match it.
_CUES: dict[re.Pattern[str], tuple[str, ...]] = {
    # "not" (and "cannot"), "never", "no longer", "neither", "nor", "n't"
    _NEGATION: ("not", "never", "longer", "neither", "nor", "n't"),
    NOT_DONE: ("fail", "no"),  # "failed"; "no one", "nobody", "nothing", "none", "there were no"
    HYPOTHETICAL: ("could", "might", "may", "if", "unless"),
    COUNTERFACTUAL: ("have",),
    WOULD: ("would", "'d"),
    # its modals, its "is due/set/... to" words and its "plans/intends/... to" verbs
    PLAN: (
        "will", "shall", "would", "'ll", "due", "set", "schedul", "expect", "plan", "poised",
        "slated", "likely", "going", "intend", "aim", "hope", "seek", "want", "mean", "suppos",
        "is to", "are to", "am to",  # "we are to fly on 4 May"
        "forecast", "predict", "project",
    ),
    _ABILITY: ("can", "able"),
}  # fmt: skip


# By the pattern's id: a compiled pattern's hash and equality read its whole compiled code (a
# long alternation's thousands of words) at every lookup.
_CUES_BY_ID = {id(pattern): cues for pattern, cues in _CUES.items()}


def has_cue(low: str, pattern: re.Pattern[str]) -> bool:
    """Whether `low` holds one of the cue words of `pattern` (`_CUES`)."""
    return any(map(low.__contains__, _CUES_BY_ID[id(pattern)]))  # a C loop over the cues


def may_all(pattern: re.Pattern[str]) -> bool:
    return True  # text not in ASCII: every pattern is tried


def can(group: str) -> bool:
    """Whether a verb group says what can be (`_ABILITY`)."""
    if group.isascii() and not has_cue(group.lower(), _ABILITY):
        return False
    return _ABILITY.search(group) is not None
