"""The words that make a clause's verb group negated: "did not attack", "never", "no longer",
"can't". Not "not until" ("was not finished until the autumn of 1801", "it was not until the
19th that we sighted land", "didn't arrive until Friday"): that says when it happened, late."""

from __future__ import annotations

import re

# "not" or "n't" before "until"/"till", with at most three words between ("not finished
# until", "was not climbed again until 1956", "did not go back there until"); a clause break
# (a comma) between ends it
_NOT_UNTIL = r"(?!(?:\s+\w+){0,3}\s+(?:until|till)\b)"

NEGATION = re.compile(
    rf"(?i)\b(?:not(?!\s+only\b){_NOT_UNTIL}|never|no\s+longer|neither|nor)\b"
    rf"|\w(?:n['’]t)\b{_NOT_UNTIL}|\bcannot\b"
)
