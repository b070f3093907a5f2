"""How a caption's credit reads in the panel."""

from __future__ import annotations

import re

# A credit that says what it is ("Photo by X", "Courtesy of X", "© X": imports keep what they
# cannot take apart as it was written) is shown as written, not under a second "Photo:".
_LABELLED_CREDIT = re.compile(
    r"^(?:(?:photo\w*|foto\w*|images?|imagen|pictures?|pics?|credits?|cr[ée]dito?s?|courtesy"
    r"|source|fuente|fonte|copyright)\b|©|\(c\))",
    re.IGNORECASE,
)


def credit_words(credit: str) -> str:
    """How a caption's credit reads in the panel: "Photo: AFP", or the credit as written when it
    carries its own label."""
    credit = credit.strip()
    return credit if _LABELLED_CREDIT.match(credit) else f"Photo: {credit}"
