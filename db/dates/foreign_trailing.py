"""A subordinate clause after the dated clause is a happening of its own, not the title's: "O
viaduto foi interditado na segunda-feira depois que engenheiros encontraram rachaduras" -> "O
viaduto foi interditado"; "Le musée a fermé lundi parce que le toit fuyait" -> "Le musée a
fermé". Cut where a temporal or causal conjunction opens a clause after the date, when what is
left still reads as a title. Not before the date: an opening clause is `foreign_while`'s and
`foreign_fragments`'.

Conjunctions only, a short list a language.
"""

from __future__ import annotations

import re

_AFTER = {
    "es": r"despu[ée]s\s+de\s+que|antes\s+de\s+que|porque|ya\s+que|puesto\s+que|hasta\s+que",
    "fr": r"après\s+qu['’]|après\s+que|avant\s+qu['’]|avant\s+que|parce\s+qu['’]|parce\s+que|"
    r"puisqu['’]|puisque|jusqu['’]à\s+ce\s+qu",
    "it": r"dopo\s+che|prima\s+che|perché|poiché|finché",
    "pt": r"depois\s+que|antes\s+que|porque|j[áa]\s+que|at[ée]\s+que",
    "de": r",\s+(?:nachdem|weil|bevor|da|obwohl|bis)",
}
_PATTERNS = {k: re.compile(rf"(?i)(?:^|\s|(?=,))(?:{v})(?![\w'’])") for k, v in _AFTER.items()}
_MIN_WORDS = 3
_WORDS = re.compile(r"\w+")


def without_trailing_clause(
    language: str, text: str, sentence: tuple[int, int], until: int, title: str
) -> str:
    """`title` up to a subordinate clause that opens after the date ending at `until` in the
    sentence at `sentence` (module docstring)."""
    pattern = _PATTERNS.get(language)
    if pattern is None or pattern.search(text, until, sentence[1]) is None:
        return title
    m = pattern.search(title)
    if m is None or m.start() == 0:
        return title
    head = title[: m.start()].rstrip(" ,;:")
    return head if len(_WORDS.findall(head)) >= _MIN_WORDS else title
