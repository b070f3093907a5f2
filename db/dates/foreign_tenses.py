"""The past tense of Spanish, French, Italian, German and Portuguese clauses, read without a
parser: closed-class auxiliaries before a participle and a simple past's endings
(`other_languages` reads a date's tense with them, `foreign_quotes` a reported day word's)."""

from __future__ import annotations

import re

# Past tense: a perfect's auxiliary before a participle, a simple past's endings, German's
# auxiliaries (closed-class words and verb endings, as the future's patterns).
PAST = {
    "es": re.compile(
        r"(?i)\b(?:ha|han|hab[íi]a|hab[íi]an|hemos)\s+\w+(?:ado|ido)\b"
        r"|\b\w{2,}(?:ó|aron|ieron|yeron)\b"
    ),
    "fr": re.compile(
        r"(?i)\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\w+\s+)?"
        r"\w+(?:é|ée|és|ées|i|is|ie|u|ue|us|it|ert)\b"
    ),
    "it": re.compile(
        r"(?i)\b(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s+(?:\w+\s+)?"
        r"\w+(?:at|ut|it)[oaie]\b|\b\w{2,}(?:ò|arono|erono|irono)\b"
    ),
    "de": re.compile(r"(?i)\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden)\b"),
    "pt": re.compile(
        r"(?i)\b(?:tinha|tinham|havia|haviam)\s+\w+(?:ado|ido)\b"
        r"|\b\w{2,}(?:ou|aram|eram|iram|iu)\b"
    ),
}
