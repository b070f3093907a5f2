"""A day word inside a quotation told in the past: the day of the saying, not of the post.

"Hoy", "aujourd'hui", "oggi", "hoje" (and "ayer", "mañana", ...) count from the day they were
said. In a signed tweet that is the signature's day (`tweet_days`); in words quoted within
quotation marks and reported in the past ('Sareweshteman tuiteó con pesar: "¿dónde están los
libios hoy?"', '"Hoy hemos ganado", declaró el alcalde', 'affirmant qu'il n'y aurait "plus de
peur après aujourd'hui"') it is the day of that saying, which the post, often a translation or
a review of the week's blogs, does not give: three translations of one post, published on
three days, dated the same tweet on each of them. Such a day word dates nothing; reported in
the present ("escribe", "dice") or not quoted at all, it stays the publication day.
"""

from __future__ import annotations

import re

from .foreign_tenses import PAST

# double quotation marks: an opening and closing pair each, and the straight mark
_PAIRS = {"“": "”", "«": "»", "„": "“"}
_STRAIGHT = '"'
_SENTENCE_END = re.compile(r"[.!?…]\s+(?=[^\W\d_a-zß-ÿ])")
_INTRO = 200  # characters of introducing words read before the opening mark


def _opening(text: str, pb: int, at: int) -> tuple[int, str] | None:
    """The opening mark of the quotation `at` is inside, within text[pb:at], and its closer."""
    best: tuple[int, str] | None = None
    for opener, closer in _PAIRS.items():
        o = text.rfind(opener, pb, at)
        if o >= 0 and (opener == closer or text.find(closer, o + 1, at) < 0):
            if best is None or o > best[0]:
                best = (o, closer)
    if text.count(_STRAIGHT, pb, at) % 2 == 1:
        o = text.rfind(_STRAIGHT, pb, at)
        if best is None or o > best[0]:
            best = (o, _STRAIGHT)
    return best


# Irregular simple pasts of saying the language's past pattern (`other_languages.PAST`) does not
# read: "dijo", "disse"; French "dit" is a present as well.
_SAID = {
    lang: re.compile(rf"(?i)(?<![\w'’])(?:{words})(?![\w'’])")
    for lang, words in {
        "es": "dijo|dijeron|escribi[óo]|escribieron",
        "pt": "disse|disseram|escreveu|escreveram|respondeu|responderam",
        "it": r"disse|dissero|scrisse|scrissero|rispose|risposero"
        r"|(?:ha|hanno|aveva|avevano)\s+(?:scritto|detto|risposto)",
        "fr": r"dirent|déclara|écrivit|ajouta|affirma|répondit|étai(?:t|ent)|avai(?:t|ent)",
        "de": "sagte|sagten|schrieb|schrieben",
    }.items()
}


def reported_in_past(lang: str, text: str, at: int) -> bool:
    """Whether the word at `at` is inside a quotation (on its paragraph) whose introducing or
    closing words, in their sentence, hold a past tense."""
    if lang not in PAST:
        return False
    pb = text.rfind("\n", 0, at) + 1
    pe = text.find("\n", at)
    pe = len(text) if pe < 0 else pe
    opened = _opening(text, pb, at)
    if opened is None:
        return False
    o, closer = opened
    c = text.find(closer, at, pe)
    intro = text[max(pb, o - _INTRO) : o]
    ends = list(_SENTENCE_END.finditer(intro))
    intro = intro[ends[-1].end() :] if ends else intro
    outro = text[c + 1 : pe] if c >= 0 else ""
    stop = _SENTENCE_END.search(outro)
    outro = outro[: stop.start()] if stop else outro
    return any(p.search(intro) or p.search(outro) for p in (PAST[lang], _SAID[lang]))
