"""A subordinate clause after the dated clause is a happening of its own, not the title's: "O
viaduto foi interditado na segunda-feira depois que engenheiros encontraram rachaduras" -> "O
viaduto foi interditado"; "Le musée a fermé lundi parce que le toit fuyait" -> "Le musée a
fermé"; "Docenas de personas fueron asesinadas el 16 de agosto cuando ..." -> "Docenas de
personas fueron asesinadas". Cut where a temporal or causal conjunction opens a clause after
the date, when what is left still reads as a title (for "when", five words, and no question).
Not before the date: an opening clause is `foreign_while`'s and `foreign_fragments`'.

Conjunctions only, a short list a language.
"""

from __future__ import annotations

import re

_AFTER = {
    "es": r"despu[ée]s\s+de\s+que|antes\s+de\s+que|porque|ya\s+que|puesto\s+que|hasta\s+que|"
    r"cuando",
    "fr": r"après\s+qu['’]|après\s+que|avant\s+qu['’]|avant\s+que|parce\s+qu['’]|parce\s+que|"
    r"puisqu['’]|puisque|jusqu['’]à\s+ce\s+qu|quand|lorsqu['’]|lorsque",
    "it": r"dopo\s+che|prima\s+che|perché|poiché|finché|quando",
    "pt": r"depois\s+que|antes\s+que|porque|j[áa]\s+que|at[ée]\s+que|quando",
    "de": r",\s+(?:nachdem|weil|bevor|da|obwohl|bis|als)",
}
_PATTERNS = {k: re.compile(rf"(?i)(?:^|\s|(?=,))(?:{v})(?![\w'’])") for k, v in _AFTER.items()}
_MIN_WORDS = 3
# "when" goes only after a main clause that says enough alone ("Docenas de personas fueron
# asesinadas cuando ...", not "Así es como empezó cuando ...")
_WHEN = re.compile(r"(?i)cuando|quand|lorsqu['’]|lorsque|quando|als")
_WHEN_WORDS = 5
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
    if _WHEN.fullmatch(m.group().strip(" ,")) and ("?" in title or "¿" in title):
        return title  # "¿Dónde quedó el toque de queda cuando ...?": the question is whole
    least = _WHEN_WORDS if _WHEN.fullmatch(m.group().strip(" ,")) else _MIN_WORDS
    return head if len(_WORDS.findall(head)) >= least else title
