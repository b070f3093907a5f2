"""Titles of events in Spanish, French, Italian and Portuguese that other dates of the sentence
share: `other_languages.happening`'s title and status, then two cuts a reader makes.

- A thing set for a date is that date's happening: "El sindicato convocó el lunes una huelga
  general para el 20 de mayo" -> the 20th's event is "Una huelga general" (an indefinite noun
  right before "para", "pour", "per" and the date: what is to happen then), the Monday's the
  call. Not German: its noun would keep the object's case ("einen Streik").
- A date joined to a noun by "of" ("le elezioni di venerdì", "la rivoluzione del 1979") keeps
  that noun's happening from the clause's negation or future (`foreign_dated_nouns`).
- A title leaves out the other dates of its sentence and the prepositions that bring them
  ("Le syndicat a annoncé jeudi dernier une grève pour le 15 mai": the Thursday's event is "Le
  syndicat a annoncé une grève", the 15th's date belongs to the strike), as it leaves out its
  own; not when too little would be left, nor from words quoted after a colon, a bracketed
  note, a run's first day or what a copula says ("c'est le 11 septembre").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from db.text import shorten

from . import other_languages
from .called_off import attributive_noun, did_not_take_place, scheduled_noun
from .closing_attributions import closing_attribution
from .coordinated_segments import dated_predicate, narrowed, shared_subject
from .corrected_dates import corrected_title
from .dangling_words import without_dangling_word
from .datelines import TITLE_DATELINE
from .foreign_clefts import without_cleft
from .foreign_dated_nouns import noun_status
from .foreign_denials import denied
from .foreign_dropped_subjects import with_subject
from .foreign_finish import FOREIGN_TITLE_LIMIT, finished
from .foreign_late_subjects import late_subject_first
from .foreign_named_subjects import named_subject_first
from .foreign_noun_titles import dated_noun_title
from .foreign_postposed import postposed_subject, unaccusative_first
from .foreign_predicates import predicate_after_relative
from .foreign_relatives import relative_title
from .foreign_reported import reported_title
from .foreign_start_nouns import start_noun
from .foreign_title_order import subject_first, without_clock
from .foreign_trailing import without_trailing_clause
from .foreign_whose import whose_title
from .german_relatives import object_relative_title
from .german_relatives import relative_title as german_relative_title
from .model import NEGATED, PLANNED
from .reported_asides import reported_predicate

# "para el", "pour le", "per il", "para o": the date a thing is set for
_FOR = {
    "es": r"para(?:\s+el|\s+la|\s+los|\s+las)?",
    "fr": r"pour(?:\s+le|\s+la|\s+les|\s+l['’])?",
    "it": r"per(?:\s+il|\s+lo|\s+la|\s+i|\s+l['’])?",
    "pt": r"para(?:\s+o|\s+a|\s+os|\s+as)?",
}
_INDEFINITE = {
    "es": r"un|una|unos|unas",
    "fr": r"un|une|des",
    "it": r"un|uno|una|un['’]",
    "pt": r"um|uma|uns|umas",
}
_NOUN_WORDS = 5  # words of the thing set after its article, at most
_REACH = 120  # characters before the date looked at
_MIN_WORDS = 3  # a title left with fewer words after the other dates keeps them
_ASIDE_WORDS = 8  # an aside a date closes, at most: it leaves with the date
_WORD = re.compile(r"\w+")
_OPEN = re.compile(r"[(\[][^)\]]*$")  # a bracket left open before the date: a note, kept
_RUN_ON = re.compile(r"(?i)\s*(?:[-–—]|(?:e|y|et|a|al|au|bis|und|ao)(?:\s|$))")  # a run's start
# a copula before the date: the date is what is said ("c'est le 11 septembre"), not when
_COPULA = re.compile(
    r"(?i)(?<![\w'’])(?:c['’]est|est|était|sera|es|era|fue|será|è|fu|sarà|é|foi)\s+"
    r"(?:(?:le|la|el|il|lo|o|a|l['’])\s*)?$"
)


@cache
def _scheduled(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i)(?<![\w'’])(?P<noun>(?:{_INDEFINITE[language]})(?:\s+|(?<=['’]))"
        rf"(?:[^\W\d_][\w'’-]*\s+){{0,{_NOUN_WORDS}}}?)(?:{_FOR[language]})\s*$"
    )


def happening(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    start: str,
    dct: str | None,
    others: Sequence[tuple[int, int]] = (),
) -> tuple[str, tuple[int, int], str]:
    """`other_languages.happening`, with a thing set for the date as its title and the other
    dates of the sentence (`others`, their spans) left out of the title; shortened last (a
    cut made on a shortened title keeps its "…": "... sarà chiusa per i…")."""
    title, span, status = _happening(language, text, sentence, expression, start, dct, others)
    lead = other_languages.LANGUAGES[language].lead
    if said := closing_attribution(
        language, text, sentence, expression, others, lambda h: _trimmed(language, h)
    ):
        return shorten(finished(lead, said), FOREIGN_TITLE_LIMIT), span, status  # "a assuré"
    if fixed := corrected_title(
        language, text, sentence, expression, others,
        lambda b, e, a, u: other_languages.without_date(
            other_languages.LANGUAGES[language], text, b, e, a, u
        ),
        lambda t: finished(lead, t),
    ):  # fmt: skip
        title = fixed  # "non rientreranno giovedì 7, ma lunedì 11": "rientreranno"
    title = with_subject(language, text, sentence, title)  # "El alcalde ... . Anunció que"
    title = without_dangling_word(language, title)  # "... ne sera pas achevé avant"
    return shorten(title, FOREIGN_TITLE_LIMIT), span, status


def _trimmed(language: str, head: str) -> str:
    """`head` without the preposition or bound a date after it takes ("avant le", "entro il")."""
    lang = other_languages.LANGUAGES[language]
    for tail in (lang.preposition, lang.bound, lang.preposition):
        if (m := tail.search(head, max(0, len(head) - 40))) is not None:
            head = head[: m.start()]
    return head


def _happening(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    start: str,
    dct: str | None,
    others: Sequence[tuple[int, int]] = (),
) -> tuple[str, tuple[int, int], str]:
    """`other_languages.happening`, with a thing set for the date as its title and the other
    dates of the sentence (`others`, their spans) left out of the title."""
    title, span, status = other_languages.happening(
        language, text, sentence, expression, start, dct
    )
    at = expression[0]
    if (subject := _shared_subject(language, text, sentence, expression, title)) is not None:
        title = f"{subject} {title[:1].lower()}{title[1:]}"  # "... und tritt am 1. Juli in Kraft"
    if (scheduled := scheduled_noun(language, text, sentence, at)) is not None and scheduled[1]:
        return scheduled[0], span, NEGATED  # "La huelga, prevista para el viernes, fue suspendida"
    if (
        planned := attributive_noun(
            language, text, sentence, expression,
            lambda tail: other_languages.after_date(tail, language),
        )
    ) is not None:  # fmt: skip
        # "Le concert prévu samedi à l'Opéra a été annulé": the concert, not that day
        return planned[0], span, NEGATED if planned[1] else status
    if language in _FOR and at - sentence[0] > 0:
        reach = max(sentence[0], at - _REACH)
        m = _scheduled(language).search(text[reach:at])
        if m is not None and len(_WORD.findall(m["noun"])) >= 2:
            noun = m["noun"].strip()
            return noun[:1].upper() + noun[1:], (reach + m.start(), expression[1]), status
    if (noun := start_noun(language, text, sentence, at)) is not None:
        return noun, span, status  # "ordonné la fermeture de l'établissement à compter du 1er"
    lang = other_languages.LANGUAGES[language]
    if whose := whose_title(
        language, text, sentence, expression,
        lambda b, e: other_languages.without_date(lang, text, b, e, *expression),
    ):  # fmt: skip
        title = finished(lang.lead, whose)  # ", cuyas obras comenzaron hace un año,"
    elif language == "de" and (relative := _german_relative(text, sentence, expression)):
        title = relative  # "Die Ausstellung, die am 3. Mai eröffnet wurde, ..."
    elif (relative := _relative(language, text, sentence, expression)) is not None:
        title = relative  # "a los comerciantes que el lunes fueron desalojados"
    if status in (NEGATED, PLANNED) and (dated := noun_status(language, text, at, start, dct)):
        phrase, own = dated  # "le débat de lundi n'était pas ...": the debate took place
        if status != NEGATED or not did_not_take_place(language, text[span[0] : span[1]]):
            status = own  # not "non si è svolta la riunione del 10 marzo"
        if len(_WORD.findall(phrase)) >= _MIN_WORDS:
            title = phrase[:1].upper() + phrase[1:]  # "La rivoluzione iraniana" (del 1979)
    elif (noun := dated_noun_title(language, text, sentence, expression, start, dct)) is not None:
        title = noun  # "Quatre ans après les inondations du 11 mars 2011, ..."
    if (cut := TITLE_DATELINE.sub("", title, count=1)) != title and cut:
        title = cut[:1].upper() + cut[1:]  # "(ANSA) ROMA, 14 dic. – È stato ..."
    title = subject_first(language, without_clock(language, title))  # "È stato arrestato X"
    title = _without_others(language, text, title, expression, others)
    title = reported_title(language, text, sentence, at, title)  # "aseguró que ..."
    title = without_trailing_clause(language, text, sentence, expression[1], title)
    if denied(language, text, sentence, at):
        status = NEGATED  # "negó que se hubiera reunido el 14 de febrero"
    title = without_cleft(language, title)  # "Era il 1976 quando la miniera chiuse"
    if told := postposed_subject(
        language, text, sentence, other_languages.segment(text, *sentence, *expression),
        lambda b, e: other_languages.without_date(lang, text, b, e, *expression),
    ):  # fmt: skip
        title, span = told[0], (span[0], max(span[1], told[1]))  # "Si è tenuta ..., la seduta"
    elif at < span[1] and (
        joined := predicate_after_relative(language, text, sentence, title, span[1])
    ):  # "El 3 de mayo, los vecinos, que ..., recibieron las llaves"
        title = joined
    elif joined := reported_predicate(
        language, text, sentence, title, span[1], others,
        lambda b, e, a, u: other_languages.without_date(lang, text, b, e, a, u),
    ):  # fmt: skip
        title = joined  # "anunció que su fábrica, abierta en 1990, cerrará"
    title = unaccusative_first(language, title)  # "Partiranno i lavori"
    title = late_subject_first(language, title)  # "Fue rescatado un alpinista"
    return named_subject_first(language, title), span, status  # "Murió ... Rosa Vidal"


def _shared_subject(
    language: str, text: str, sentence: tuple[int, int], expression: tuple[int, int], title: str
) -> str | None:
    """The subject a predicate after a conjunction shares with the clause before it, for a title
    that opens with that predicate (`coordinated_segments.shared_subject`)."""
    b, e = other_languages.segment(text, *sentence, *expression)
    start = narrowed(language, text, b, e, *expression)[0]
    conjunction = _WORD.search(text, start)
    if start <= b or conjunction is None:
        return None
    verb = _WORD.search(text, conjunction.end())  # the word after the conjunction
    if dated := dated_predicate(language, text, start, expression[1]):
        verb = _WORD.search(text, expression[1])  # "y el 4 de mayo despidió a ..."
    if verb is None or not title.lower().startswith(verb.group().lower()):
        return None
    return shared_subject(language, text, b, start, dated)


def _relative(
    language: str, text: str, sentence: tuple[int, int], expression: tuple[int, int]
) -> str | None:
    """The title of a date inside a relative clause without commas (`foreign_relatives`)."""
    (sb, se), (at, until) = sentence, expression
    b, e = other_languages.segment(text, sb, se, at, until)
    previous = other_languages.segment(text, sb, se, b - 2, b - 2)[0] if b > sb else b
    lang = other_languages.LANGUAGES[language]
    title = relative_title(
        language, text, (b, e), previous, expression,
        lambda pb: other_languages.without_date(lang, text, pb, e, at, until),
    )  # fmt: skip
    return None if title is None else finished(lang.lead, title)


def _german_relative(
    text: str, sentence: tuple[int, int], expression: tuple[int, int]
) -> str | None:
    """The title of a date in or after a German relative clause (`german_relatives`)."""
    lang = other_languages.LANGUAGES["de"]
    without = lambda b, e: other_languages.without_date(lang, text, b, e, *expression)  # noqa: E731
    title = german_relative_title(text, sentence, expression, without) or object_relative_title(
        text, sentence, expression, without
    )  # "hat einen 34-Jährigen verurteilt, der im Oktober ... bedroht hatte"
    return None if title is None else finished(lang.lead, title)


def _without_others(
    language: str,
    text: str,
    title: str,
    expression: tuple[int, int],
    others: Sequence[tuple[int, int]],
) -> str:
    lang = other_languages.LANGUAGES[language]
    cut = title
    for b, e in others:
        if b < expression[1] and e > expression[0]:
            continue  # the date itself, or a run it is part of
        words = text[b:e]
        if cut.count(words) != 1 or not re.search(r"[^\W\d_]", words):
            continue  # not in the title once, or a bare number ("del 3 al 5")
        i = cut.index(words)
        head = cut[:i]
        if ":" in head or _OPEN.search(head) or _COPULA.search(head):
            continue  # quoted words after a colon, "[14 de febrero]", "C'est le 11 septembre"
        if _RUN_ON.match(cut, i + len(words)):
            continue  # "tra venerdì 18 e ..."
        for tail in (lang.preposition, lang.bound, lang.preposition):  # "pour", "le"
            m = tail.search(head, max(0, len(head) - 40))
            if m is not None:
                head = head[: m.start()]
        # "vendredi soir": the date's own words leave with it
        rest = other_languages.after_date(cut[i + len(words) :], language).lstrip(" ,")
        if cut[i + len(words) :].lstrip(" ").startswith(",") and "," in head:
            # an aside the date closed leaves with it: "La réunion, qui devait se tenir le 2
            # mars, a été reportée", "O resultado, realizado em 12 de fevereiro, será"
            aside = head.rindex(",")
            if len(_WORD.findall(head[aside:])) <= _ASIDE_WORDS:
                head = head[:aside]
        cut = f"{head.rstrip()} {rest}".strip()
    return cut[:1].upper() + cut[1:] if len(_WORD.findall(cut)) >= _MIN_WORDS else title
