"""A dated attribution closing a sentence in Spanish, French, Italian and Portuguese: "Les
éleveurs seront indemnisés avant le 15 décembre, a assuré vendredi le préfet", "Non si farà la
sagra, in programma a fine aprile: lo ha comunicato martedì il comitato", "la feria ya no se
celebrará: el Ayuntamiento lo anunció ayer". Its date is the saying's, a happening of its own;
its title is who said what, as a reader scans it: "Le préfet a assuré que les éleveurs seront
indemnisés", "Il comitato ha comunicato che non si farà la sagra", "El Ayuntamiento anunció que
la feria ya no se celebrará".

The attribution is the sentence's last segment after a comma or colon: the verb of saying
(`foreign_saying_verbs`, its auxiliary and an object pronoun standing for the words before it),
the date, then its subject up to the next comma; or the subject first, then "lo"/"le" and the
verb. What was said is the sentence before it, without its asides that hold a date of their own
("in programma a fine aprile"), a date of a noun ("la grêle du 14 septembre") and what follows
the said happening's own date ("sera bien tiré la veille du 15-Août depuis la jetée" -> "sera
bien tiré"), as a dated report's words are titled (`foreign_reported`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from .day_part_words import without_part_after
from .foreign_dated_nouns import NOT_HAPPENINGS
from .foreign_saying_verbs import is_saying

_THAT = {"es": "que", "fr": "que", "it": "che", "pt": "que"}
_AUXILIARY = {
    "es": r"ha|han|hab[íi]a",
    "fr": r"a|ont|avait",
    "it": r"ha|hanno|aveva",
    "pt": r"tem|havia",
}
_PRONOUN = {"es": r"lo|le", "fr": r"l['’]|le", "it": r"lo|l['’]", "pt": r"o"}
_OF = {  # a date of a noun: "la grêle du 14 septembre", "la riunione del 3 marzo"
    "es": r"del|de\s+la",
    "fr": r"du|de\s+la|des",
    "it": r"del|della|dell['’]|dello|dei",
    "pt": r"do|da|dos|das",
}
# a bound before the said happening's date goes with it: "seront indemnisés avant le 15"
_BOUND = re.compile(
    r"(?i)\s(?:avant|antes\s+d[eoa]|prima\s+d[eil]\w*|entro|hasta|jusqu['’](?:à|au)|até|"
    r"fino\s+a\w*|au\s+plus\s+tard)\s*$"
)
# a segment that is an aside, not the said clause: a preposition or a participle opening it
# ("in programma a fine aprile", "prevista para el sábado"), or a relative pronoun
_ASIDE = re.compile(
    r"(?i)\s*(?:in|en|a|à|em|no|na|per|para|pour|[^\W\d_]+(?:ad|id|at|ut|it|us|ess|ost|ert|ist|é|i|u)[oaei]?s?|"
    r"que|qui|che|cuy[oa]s?|dont|cui|il\s+cui|la\s+cui|el\s+cual|la\s+cual|o\s+qual|a\s+qual)"
    r"(?![\w'’])"
)
_RELATIVE = re.compile(
    r"(?i)\s*(?:que|qui|che|cuy[oa]s?|dont|cui|il\s+cui|la\s+cui|el\s+cual|la\s+cual|"
    r"o\s+qual|a\s+qual)(?![\w'’])"
)
_SUBJECT_WORDS = 8
_BRACKET_DAY = re.compile(r"^\s*\(\d{1,2}º?\)")  # "nesta quarta-feira (18)"


@cache
def _verb_first(language: str) -> re.Pattern[str]:
    # ", a assuré <date> le préfet", ": lo ha comunicato <date> il comitato"
    return re.compile(
        rf"(?i)^(?:(?:{_PRONOUN[language]})(?:\s+|(?<=['’])))?"
        rf"(?P<aux>(?:{_AUXILIARY[language]})\s+)?(?P<verb>[^\W\d_]+)\s*$"
    )


@cache
def _subject_first(language: str) -> re.Pattern[str]:
    # ": el Ayuntamiento lo anunció <date>"
    return re.compile(
        rf"(?i)^(?P<subject>(?:el|la|los|las|le|les|il|lo|i|gli|o|a|os|as)\s+(?:[\w'’-]+\s+)"
        rf"{{0,{_SUBJECT_WORDS - 1}}}?)(?:{_PRONOUN[language]})(?:\s+|(?<=['’]))"
        rf"(?P<aux>(?:{_AUXILIARY[language]})\s+)?(?P<verb>[^\W\d_]+)\s*$"
    )


def _said(
    language: str,
    text: str,
    sb: int,
    end: int,
    others: Sequence[tuple[int, int]],
    trim: Callable[[str], str],
) -> str | None:
    """What was said: text[sb:end] without its dated asides, its nouns' dates and what follows
    its own date; `trim` takes a preposition or bound off the end of a head ("avant le")."""
    pieces = re.split(r"(,\s+)", text[sb:end])
    kept: list[tuple[int, int]] = []
    at = sb
    for k, piece in enumerate(pieces):
        b, e = at, at + len(piece)
        at = e
        if k % 2 or not piece.strip():
            continue
        if (
            kept
            and any(b <= ob < e for ob, _ in others)
            and (k < len(pieces) - 1 or _ASIDE.match(piece))
        ):
            continue  # "in programma a fine aprile": an aside with its own date
        kept.append((b, e))
    words = []
    for b, e in kept:
        piece, at, done = "", b, False
        for ob, oe in sorted(o for o in others if b <= o[0] < e):
            head = text[at:ob]
            noun = re.search(rf"(?i)([\w-]+)\s+(?:{_OF[language]})\s+$", head)
            if noun is None or noun[1].lower() in NOT_HAPPENINGS:  # "la veille du 15-Août"
                # the happening's own date: the words end there
                piece += _BOUND.sub("", trim(head))
                done = True
                break
            piece += head[: noun.end(1)]  # "la grêle du 14 septembre": the noun stays
            at = oe
        if not done:
            piece += text[at:e]
        words.append(" ".join(piece.split()).strip(" ,"))
        if done:
            break
    said = " ".join(w for w in words if w).strip(" ,:;")
    return said or None


def closing_attribution(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    others: Sequence[tuple[int, int]],
    trim: Callable[[str], str],
) -> str | None:
    """The title of a date inside a closing attribution (module docstring); None for another."""
    if language not in _THAT:
        return None
    (sb, se), (at, until) = sentence, expression
    head = text[sb:at]
    mark = max(head.rfind(", "), head.rfind(": "))
    if mark <= 0:
        return None
    opening = trim(head[mark + 2 :])  # "informou nesta": the date's own "nesta" aside
    m = _verb_first(language).match(opening) or _subject_first(language).match(opening)
    if m is None or not is_saying(language, m["verb"]):
        return None
    subject = m.groupdict().get("subject")
    if subject is None:  # the subject after the date, up to the next comma or the end
        rest = _BRACKET_DAY.sub("", text[until:se])
        subject = re.split(r"[,;:(]", rest, maxsplit=1)[0].strip(" .")
        if not subject or len(subject.split()) > _SUBJECT_WORDS:
            return None
    else:
        after = without_part_after(text[until:se]).lstrip()  # "ayer a mediodía, tras"
        if after and after[0] not in ",.;:":
            return None  # more words after the date than a part of the day: no closing report
    before = re.split(r",\s+", head[:mark])[-1]
    if len(re.split(r",\s+", head[:mark])) > 1 and _RELATIVE.match(before):
        return None  # "La presidenta, que asumió el cargo en 2010, anunció ayer su renuncia"
    said = _said(language, text, sb, sb + mark, [o for o in others if o[0] < sb + mark], trim)
    if said is None or len(said.split()) < 3:
        return None
    verb = f"{m['aux'] or ''}{m['verb']}"
    subject = subject.strip()
    return (
        f"{subject[:1].upper()}{subject[1:]} {verb} {_THAT[language]} {said[:1].lower()}{said[1:]}"
    )
