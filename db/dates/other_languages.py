"""Titles and status of events in Spanish, French, Italian, German and Portuguese, without a
parser.

English events get their own clause from a verb tagger (`happenings`); for the other languages a
light cut does: the comma-, semicolon- or colon-delimited segment around the date, without the
date and the preposition before it ("El 25 de enero, miles de personas salieron a la calle" ->
"Miles de personas salieron a la calle"), the neighbouring segment added where the date's own
leaves fewer than three words, at most `FOREIGN_TITLE_LIMIT` characters on a word boundary.

Status from small per-language word patterns read in that segment: `planned` for the future
("va a votar", "votará", "votera", "voterà", "sta per", "wird ... wählen") or a date after the
publication date; `negated` for a negation or a hypothesis ("no", "ne ... pas", "non", "nicht",
"kein"; "podría", "pourrait", "potrebbe", "könnte", a clause opening with "si"/"se"/"falls").
These are function words and verb endings (`foreign_languages`), not names: the names are
CLDR's (`rules.locales`).
"""

from __future__ import annotations

import re

from . import (
    called_off,
    foreign_fragments,
    foreign_names,
    foreign_negation,
    foreign_participles,
    german_tense,
)
from .coordinated_segments import narrowed
from .day_part_words import without_part_after, without_part_before
from .foreign_asides import after_subordinator, opens_with_verb, verb_after_aside, without_asides
from .foreign_citations import tweet_title
from .foreign_finish import LINK as _LINK
from .foreign_finish import finished
from .foreign_finite_openings import opens_with_finite
from .foreign_languages import LANGUAGES, Language
from .foreign_moves import moved_off
from .foreign_objects import ends_with_verb, object_tail
from .foreign_planned_nouns import planned_noun
from .foreign_ranges import without_between
from .foreign_tails import CLOCK, adjunct_tail
from .foreign_tenses import PAST
from .foreign_title_order import without_clock
from .foreign_while import before_scene, opens_scene
from .german_order import reordered
from .link_notes import without_link_notes
from .model import HAPPENED, NEGATED, PLANNED
from .not_until import not_until
from .offset_words import with_anchor
from .participle_weekdays import done_by_participle
from .plan_participles import after_plan
from .relative_subjects import antecedent_noun, clause_subject_title, subject_relative
from .should_have import should_have
from .weekday_day_numbers import without_day_number

_MIN_WORDS = 3  # a title of fewer words left after the date takes its neighbour segment
_MAX_SKIPPED = 2  # adjunct segments skipped looking for the one an opening date goes with

# Where a segment ends: a comma, semicolon or colon before a space, a dash set off by spaces.
# A comma inside a number ("1,5") is no boundary.
# A bracketed note's end before a capital: "[Liens en anglais, sauf mention contraire] Le 28 ...";
# a comma inside a bracketed note is none ("[en, come tutti i link seguenti]").
_BOUNDARY = re.compile(r"[,;:](?=\s)(?![^\[\]\n]{0,80}\])|\s[–—-]\s|\](?=\s+[^\W\d_a-zß-ÿ])")
_WORDS = re.compile(r"\w+(?:['’]\w+)*")


# A photo's or video's credit or source, in any of the languages: no title ("Rabat, 20 marzo –
# Via Larbi.org", "..., 18 febbraio 2014, fermo immagine da YouTube", "Foto: Reuters").
_CREDIT = re.compile(
    r"(?i)\W*(?:fotos?|photos?|fotograf[íi]a|image|imagen|immagine|fermo\s+immagine|"
    r"captura|capture|screenshot|via|fuente|source|fonte|quelle|bild|cr[ée]dits?|"
    r"droits|derechos|diritti|©)(?![\w'’])"
)
# An embedded tweet's signature: "— Nombre (@usuario) 15 de agosto de 2013" follows the tweet.
_SIGNATURE = re.compile(r"[^()]{0,60}\(@\w+\)\s*")
_REPORT_WORDS = 4  # a title of at most so many words before a colon takes what follows it


def segment(text: str, begin: int, end: int, at: int, until: int) -> tuple[int, int]:
    """The segment of the sentence text[begin:end] around the expression at [at, until): from
    the boundary (`_BOUNDARY`) before it to the one after it."""
    start = begin
    for m in _BOUNDARY.finditer(text, begin, at):
        start = m.end()
    after = _BOUNDARY.search(text, until, end)
    return start, (after.start() if after is not None else end)


def is_future(language: str, clause: str) -> bool:
    """Whether a clause is told in the future tense (or a periphrasis of it)."""
    lang = LANGUAGES[language]
    return any(m.group().lower() not in lang.exceptions for m in lang.future.finditer(clause))


# a sentence opening with a condition or a time clause: the segment after it is the main one
_CONDITION = re.compile(r"(?i)\W*(?:si|se|cuando|quand|lorsque|quando|mientras|mentre|enquanto)\b")


def _with_subject(language: str, text: str, sb: int, b: int, at: int) -> int:
    """Where a title starts: the sentence's start (its opening adjuncts aside) instead of a
    segment opening with a finite auxiliary or a simple past (a predicate cut from its
    subject: `foreign_asides.opens_with_verb`), when the date is not before that segment."""
    lt = (language, text)
    finite = opens_with_finite(*lt, b) and not _CONDITION.match(text, sb)
    if b <= sb or at < b or not (opens_with_verb(*lt, b) or finite or verb_after_aside(*lt, b, at)):
        return b
    if text[sb:b].rstrip().endswith(":"):
        return b  # "@usuario: Es ...": what is quoted after a colon is whole
    start, adjunct = sb, LANGUAGES[language].adjunct
    for _ in range(_MAX_SKIPPED):
        # not the adjuncts or a bracketed note before the subject: "[Liens en anglais] En
        # Syrie, la suspension ..."
        boundary = _BOUNDARY.search(text, start, b - 1)
        if boundary is None or not (adjunct.match(text, start) or text[start] == "["):
            break
        start = boundary.end()
    return after_subordinator(LANGUAGES[language].complementizer, text, start, b)


def told_in_past(
    language: str, text: str, sentence: tuple[int, int], expression: tuple[int, int]
) -> bool:
    """Whether the clause an expression dates (`clause_of`, the part between complementizers
    around it) is told in the past tense with no future in it."""
    b, e = clause_of(language, text, sentence, expression)
    lang = LANGUAGES[language]
    piece = own_piece(lang, text, b, e, expression[0])
    if is_future(language, piece):
        return False
    if PAST[language].search(piece):
        return True
    if language != "de":
        return False
    # German's simple past: a weak verb's anywhere, a strong one's right after an opening date
    at, until = expression
    opening = not text[b:at].strip(" ,;:") or _only_preposition(lang, text[b:at])
    if german_tense.weak_preterite(piece) or german_tense.strong_past_second(piece):
        return True
    return opening and german_tense.strong_past_after(text, until)


def status(language: str, clause: str, start: str, dct: str | None, date: str | None = None) -> str:
    """happened / planned / negated of a clause dated from `start` (ISO) in `language`; a
    negation in another conjunct than the date's (`date`: its words as written) is not its."""
    lang = LANGUAGES[language]
    at = clause.find(date) if date else -1
    if (
        lang.hypothesis.search(clause)
        or should_have(language, clause)
        or any(
            not foreign_negation.leaves_happening(language, clause, m, is_future)
            and not foreign_negation.in_other_conjunct(language, clause, m, at)
            and not not_until(language, clause, m, at)  # "no volverán hasta el lunes"
            for m in lang.negation.finditer(clause)
        )
    ):
        return NEGATED  # not "no pudo evitar", "no menos de", "un héroe no conocido"
    if dct is not None and start[:10] > dct and called_off.cancels(language, clause):
        return NEGATED  # "ha suspendido las campanadas de Nochevieja": that day's is off
    if is_future(language, clause):
        return PLANNED
    if (
        dct is not None
        and start[:10] == dct
        and date
        and _TONIGHT.search(date)
        and not PAST[language].search(clause)
    ):
        return PLANNED  # "recibe esta tarde", "il posticipo di stasera": later on the day
    if dct is not None and start[:4].isdigit() and start[:10] > dct:
        return PLANNED  # a date after the publication date is still to come
    return HAPPENED


# This evening or tonight, told on the publication day: still to come unless told in the past
_TONIGHT = re.compile(
    r"(?i)^(?:esta\s+(?:tarde|noche|noite)|stasera|stanotte|questa\s+(?:sera|notte)|"
    r"ce\s+soir|cette\s+nuit|heute\s+(?:abend|nacht)|hoje\s+(?:à|a)\s+noite)$"
)


def happening(
    language: str,
    text: str,
    sentence: tuple[int, int],
    expression: tuple[int, int],
    start: str,
    dct: str | None,
) -> tuple[str, tuple[int, int], str]:
    """The title, span (the segments the title was cut from) and status of the event the
    expression at `expression` dates in the sentence at `sentence`, in `language` (one of
    `LANGUAGES`)."""
    lang = LANGUAGES[language]
    sb, se = sentence
    at, until = expression
    until = with_anchor(language, text, at, until)  # "un mes después del 25 de enero"
    expression = (at, until)
    seg = lambda p: segment(text, sb, se, p, p)  # noqa: E731
    if own := foreign_participles.participial(  # "Detenido el 12 de febrero, el periodista"
        language, text, sentence, expression, seg,
        lambda pb, pe: _without_date(lang, text, pb, pe, at, until),
    ):  # fmt: skip
        told = status(language, own[2], start, dct, text[at:until])
        if after_plan(language, text[sb:at]) and moved_off(text[at:se]):
            told = NEGATED  # "la réunion, prévue jeudi, a été reportée": not that day
        return _finish(lang, own[0]), own[1], told
    b, e = clause_of(language, text, sentence, expression)
    b = _with_subject(language, text, sb, b, at)
    title = _without_date(lang, text, b, e, at, until)
    if subject := foreign_participles.apposition_subject(language, text, sentence, b, seg):
        title = f"{subject} {title.strip()}"  # "La mostra, inaugurata il 5 maggio, resterà ..."
    if b < at and _ends_segment(text, until, e) and (tail := adjunct_tail(lang, text, e, se)):
        title, e = f"{title.rstrip()} {tail}", se  # "..., con un presupuesto reducido"
    elif b < at and until >= e and ends_with_verb(language, lang, title):
        if (joined := object_tail(language, lang, text, e, se)) is not None:
            title, e = f"{title.rstrip()} {joined[0]}", joined[1]  # "eligió, tras ..., a su"
    clause = own_piece(lang, text, b, e, at)
    signed = b <= at and bool(_SIGNATURE.fullmatch(text, b, at))
    if signed:
        # "<tweet> — Nombre (@usuario) 15 de agosto de 2013": the tweet is the event, told
        # when it was posted; what follows the date is the post's own text again
        title = (
            tweet_title(language, text, at, until)
            or _signed(text, sb, b)
            or _next_sentence(text, se)
        )
        e, clause = until, ""
    elif len(_WORDS.findall(title)) <= _REPORT_WORDS and _COLON_AFTER.match(text, e, se):
        # "El 6 de abril, Capitalismo confiesa: Soy ...": what is said after the colon too
        after = _BOUNDARY.search(text, e + 2, se)
        e = after.start() if after else se
        title = _without_date(lang, text, b, e, at, until)
    instead = (
        None
        if signed
        else _instead_of_fragment(language, text, sentence, (b, e), expression, title)
    )
    if instead is None and not signed:  # "quien había pasado ..., fue liberado"
        instead = _with_antecedent(language, text, sentence, (b, e), expression)
    if instead is not None:  # "durante el sermón del viernes": the clause it modifies
        title, cut, piece = instead
        if cut is not None:
            b, e = min(b, cut[0]), max(e, cut[1])
        clause = clause if piece is None else piece
    elif not signed and (inner := foreign_fragments.inner_sequence(language, text, b, at)):
        noun = foreign_fragments.sequence_noun(
            language, _without_date(lang, text, inner, until, *expression)
        )
        if noun and _is_title(lang, noun) and not foreign_fragments.is_fragment(language, noun):
            title, clause = noun, noun  # "renunció luego de su aparición del 2 de marzo"
    if not signed and len(_WORDS.findall(_finish(lang, title))) < _MIN_WORDS:  # a fragment
        title = _without_date(lang, text, sb, before_scene(language, text, sb, se), at, until)
    if len(_WORDS.findall(title)) <= _REPORT_WORDS and _COLON_END.search(text, sb, se):
        # "El 9 de abril admite:" and the quote in the next sentence (its own line)
        title = title.rstrip(" :") + ": " + _next_sentence(text, se)
    if language == "de":  # "räumte die Polizei den Platz", "nachdem die Regierung ... hatte"
        title = reordered(without_clock(language, title))  # "gegen 17.45 Uhr" first
    span = (min(b, at), max(e, until))
    if _CREDIT_LINE.match(_finish(lang, title)):
        title = _instead_of_credit(lang, text, sentence, (b, e), expression, title)
    if not signed and _names_caption(language, text, sentence, title):
        title = _instead_of_names(lang, text, sentence, expression, title)
    told = status(language, clause, start, dct, text[at:until])
    if told == PLANNED and done_by_participle(language, text[sb:at], start, dct):
        told = HAPPENED  # "l'accordo firmato domenica", "a assuré vendredi": done, gone by
    elif told != NEGATED and after_plan(language, text[sb:at]) and moved_off(text[at:se]):
        told = NEGATED  # "la reunión, prevista para el jueves, fue aplazada": not that day
    return _finish(lang, title), span, told


def _names_caption(language: str, text: str, sentence: tuple[int, int], title: str) -> bool:
    """Whether a title is only names or a credit, or says only where when the sentence opens
    with names ("Marta Ruiz y Jorge Ibáñez, frente al ayuntamiento el lunes 28")."""
    if foreign_names.names_no_happening(_finish(LANGUAGES[language], title)):
        return True
    if not foreign_fragments.is_fragment(language, title.lstrip(" ,;:")):
        return False
    first = _BOUNDARY.search(text, *sentence)
    return first is not None and foreign_names.names_no_happening(text[sentence[0] : first.start()])


def _instead_of_names(
    lang: Language, text: str, sentence: tuple[int, int], expression: tuple[int, int], title: str
) -> str:
    """A title for an event whose title is only names or a credit (`foreign_names`): the
    sentence without its date, else the caption before a credit (its opening adjunct aside:
    "En el segundo día, ..."), else the title as it was."""
    whole = _without_date(lang, text, *sentence, *expression)
    caption = foreign_names.caption_before(text, sentence[0])
    first = _BOUNDARY.search(caption) if lang.adjunct.match(caption) else None
    for other in (whole, caption, caption[first.end() :] if first else ""):
        finished = _finish(lang, other)
        if _is_title(lang, other) and not foreign_names.names_no_happening(finished):
            return other
    return title


_MAX_SEGMENTS = 8  # segments of a sentence looked through for its main clause
_CLAUSE_WORDS = 12  # a fragment's title of more words holds a clause of its own


def _instead_of_fragment(
    language: str,
    text: str,
    sentence: tuple[int, int],
    cut: tuple[int, int],
    expression: tuple[int, int],
    title: str,
) -> tuple[str, tuple[int, int] | None, str | None] | None:
    """A title, the segment it was cut from and the text its status is read in, for a title
    that is an adverbial fragment (`foreign_fragments`); None when it is none. In order: what
    follows the fragment in the title; the phrase after a preposition of sequence holding the
    date ("tras las protestas del 30 de junio" -> "Las protestas"); the sentence's main clause,
    its first segment that is neither a fragment nor a note."""
    lang = LANGUAGES[language]
    head = _head(lang, title)
    if not foreign_fragments.is_fragment(language, head):
        return None
    for m in _BOUNDARY.finditer(title):
        rest = title[m.end() :]
        if foreign_fragments.is_fragment(language, _head(lang, rest)):
            continue
        return (rest, None, None) if _is_title(lang, rest) else None
    b, e = cut
    at, until = expression
    noun = foreign_fragments.sequence_noun(language, head)
    opening = text.find(head[:12], b, e)  # the date inside the phrase, not before it
    if noun is not None and 0 <= opening <= at and not _BOUNDARY.search(text, opening, at):
        if _is_title(lang, noun) and not foreign_fragments.is_fragment(language, noun):
            return noun, None, None  # its status is the date's own
    inside = 0 <= opening <= at and not _BOUNDARY.search(text, opening, at)
    subordinate = foreign_fragments.subordinate_clause(language, head)
    if subordinate is not None and inside and _is_title(lang, subordinate):
        # "desde que las protestas empezaron en marzo": told as a happening, in the past (not
        # the words reported after "affirmant qu'il n'y aurait plus de peur")
        if PAST[language].search(subordinate):
            return subordinate, None, None
    past = PAST[language].search(head) or (language == "de" and german_tense.weak_preterite(head))
    if not foreign_fragments.opens_with_gerund(language, head) and (
        len(_WORDS.findall(head)) > _CLAUSE_WORDS or past
    ):
        return None  # "En Siria miles de personas protestaron": a clause after all
    sb, se = sentence
    start = sb
    for _ in range(_MAX_SEGMENTS):
        boundary = _BOUNDARY.search(text, start, se)
        stop = boundary.start() if boundary else se
        piece = _without_date(lang, text, start, stop, at, until)
        own = _head(lang, piece)
        if (
            own
            and not own.startswith("[")
            and not foreign_fragments.is_fragment(language, own)
            and _is_title(lang, piece)
        ):
            return piece, (start, stop), own_piece(lang, text, start, stop, at)
        if boundary is None:
            break
        start = boundary.end()
    return None


# A relative pronoun opening a segment: its antecedent ends the segment before. "que" and
# "che" only right after a comma (else they are "that").
_RELATIVE = {
    "es": r"quien|quienes|cuy[oa]s?|(?:el|la|lo)\s+cual|(?:los|las)\s+cuales|donde|(?<=,\s)que",
    "fr": r"qui|dont|lequel|laquelle|lesquel(?:le)?s|où",
    "it": r"(?:il|la)\s+quale|(?:i|le)\s+quali|cui|dove|(?<=,\s)che",
    "de": r"(?!)",  # German's relative pronouns are its articles
    "pt": r"quem|cuj[oa]s?|(?:o|a)\s+qual|(?:os|as)\s+quais|onde|(?<=,\s)que",
}
_RELATIVE_OPENING = {k: re.compile(rf"(?i)\s*(?:{v})(?![\w'’])") for k, v in _RELATIVE.items()}
_ANTECEDENT_WORDS = 8  # a longer segment before a relative clause is a clause of its own


def _with_antecedent(
    language: str,
    text: str,
    sentence: tuple[int, int],
    cut: tuple[int, int],
    expression: tuple[int, int],
) -> tuple[str, tuple[int, int], str | None] | None:
    """For a title cut from a relative clause on: the noun it is about, from the segment
    before. The predicate after the relative clause when the date is there ("Kareem, quien
    había pasado cuatro años en prisión, fue liberado el 15 de noviembre" -> "Kareem fue
    liberado"), else the relative clause after its noun ("El alcalde, cuyo mandato fue
    interrumpido el 3 de marzo" -> "El alcalde, cuyo mandato fue interrumpido")."""
    lang = LANGUAGES[language]
    sb, se = sentence
    b, e = cut
    at, until = expression
    rel = _RELATIVE_OPENING[language].match(text, b)
    before = segment(text, sb, se, b - 2, b - 2)[0] if b > sb else b
    if rel is not None and b > sb:
        ab = before
    elif before < b and _RELATIVE_OPENING[language].match(text, before) and before > sb:
        # a predicate after a relative clause between commas: "Il sindaco, che era stato eletto
        # nel 2009, si è dimesso il 3 marzo"
        ab = segment(text, sb, se, before - 2, before - 2)[0]
        antecedent = text[ab:before].rstrip(" ,;:")
        title = _without_date(lang, text, b, e, at, until).strip(" ,;:")
        if (
            not 0 < len(_WORDS.findall(antecedent)) <= _ANTECEDENT_WORDS
            or len(_WORDS.findall(title)) < _MIN_WORDS
            or foreign_fragments.is_fragment(language, _head(lang, antecedent))
            or foreign_fragments.is_fragment(language, _head(lang, title))
        ):
            return None
        return f"{antecedent} {title}", (ab, e), None
    else:  # the title's first segment, then a relative clause: "Il giornalista, che ..."
        first = _BOUNDARY.search(text, b, e)
        rel = _RELATIVE_OPENING[language].match(text, first.end()) if first else None
        if first is None or rel is None:
            return None
        ab, b = b, first.end()
    antecedent = text[ab:b].rstrip(" ,;:")
    words = len(_WORDS.findall(antecedent))
    if words > _ANTECEDENT_WORDS and ab < cut[0]:  # after a clause: its last noun phrase
        relative = _without_date(lang, text, b, e, at, until).strip(" ,;:")
        own = clause_subject_title(language, antecedent, relative)
        return None if own is None else (own, (ab, e), None)
    if not 0 < words <= _ANTECEDENT_WORDS or foreign_fragments.is_fragment(
        language, _head(lang, antecedent)
    ):
        return None
    end = _BOUNDARY.search(text, rel.end(), e)
    if end is not None and end.end() <= at:
        rest = _without_date(lang, text, end.end(), e, at, until).strip(" ,;:")
        if rest:
            return f"{antecedent} {rest}", (ab, e), own_piece(lang, text, end.end(), e, at)
    title = _without_date(lang, text, b, e, at, until).strip(" ,;:")
    if (ab < cut[0] or at >= b) and (own := subject_relative(language, title)) is not None:
        return f"{antecedent_noun(language, antecedent)} {own}", (ab, e), None  # "La feria, que"
    # else the date inside the relative clause of a title that has its noun already
    return (f"{antecedent}, {title}", (ab, e), None) if ab < cut[0] else None


def _head(lang: Language, title: str) -> str:
    """A title as written, without its link notes, leading conjunctions and punctuation."""
    return lang.lead.sub("", without_link_notes(title).lstrip(" ,;:")).lstrip(" ,;:\"'«“(")


def _instead_of_credit(
    lang: Language,
    text: str,
    sentence: tuple[int, int],
    cut: tuple[int, int],
    expression: tuple[int, int],
    title: str,
) -> str:
    """A title for an event whose title is a source or credit line ("Fonte: ..."): the caption
    the credit follows in the sentence, else the sentence's next clause, else the line without
    its "Fonte:"; the credit line itself when nothing else is left."""
    sb, se = sentence
    b, e = cut
    at, until = expression
    credit = _CREDIT_INSIDE.search(text, sb, se)
    if credit is not None and credit.start() > sb:
        caption = _without_date(lang, text, sb, credit.start(), at, until)
        if _is_title(lang, caption):
            return caption
    after = _BOUNDARY.search(text, e, se)
    if after is not None:
        nb = after.end()
        stop = _BOUNDARY.search(text, nb, se)
        following = text[nb : stop.start() if stop else se]
        if _is_title(lang, following):
            return following
    rest = _CREDIT_LINE.sub("", _finish(lang, title), count=1)
    return rest if len(_WORDS.findall(rest)) >= _MIN_WORDS else title


def _is_title(lang: Language, text: str) -> bool:
    """Enough words for a title, and no credit or adjunct of its own."""
    finished = _finish(lang, text)
    return (
        len(_WORDS.findall(finished)) >= _MIN_WORDS
        and not _CREDIT.match(finished)
        and not lang.adjunct.match(text.lstrip(" ,;:"))
    )


_COLON_AFTER = re.compile(r":\s+\S")
_COLON_END = re.compile(r":\s*$")
_QUOTE_LIMIT = 300  # characters of the next sentence a title ending in a colon may take


def _next_sentence(text: str, se: int) -> str:
    following = text[se : se + _QUOTE_LIMIT].lstrip()
    end = _SENTENCE_END.search(following)
    return following[: end.start() if end else len(following)]


def _signed(text: str, sb: int, b: int) -> str:
    """The tweet a signature at `b` follows: the sentence up to it, else (a signature opening
    the sentence) the sentence before; "" when none is there (the tweet is the headline)."""
    # the whole tweet: its own commas and colons are no boundaries
    head = text[sb:b].rstrip(" —–-") if b > sb else ""
    if len(_WORDS.findall(_LINK.sub("", head))) > 1:
        return head
    # a tweet's last word after a full stop ("... now. #Egypt — Name (@name)"): its sentence
    # before too, when in the same paragraph
    before = _LINK.sub("", text[max(0, sb - 400) : sb]).rstrip(" ")  # its picture's link
    if before.endswith("\n") and head:
        return head
    before = before.rstrip()
    starts = [m.end() for m in _SENTENCE_END.finditer(before, 0, max(0, len(before) - 1))]
    return " ".join(part for part in (before[starts[-1] if starts else 0 :], head) if part)


_SENTENCE_END = re.compile(r"[.!?…]\s+|\n")


def own_piece(lang: Language, text: str, b: int, e: int, at: int) -> str:
    """The part of text[b:e] between the complementizers ("que", "che", "dass") around the
    date at `at` (the first part when the date is before the text): where its status is read."""
    start, stop = b, e
    for m in lang.complementizer.finditer(text, b, e):
        if m.start() < at:
            start = m.start()
        else:
            stop = m.start()
            break
    return text[start:stop]


def clause_of(
    language: str, text: str, sentence: tuple[int, int], expression: tuple[int, int]
) -> tuple[int, int]:
    """The text an expression's title is cut from and its tense read in: its segment, with the
    neighbour a reader takes it with where the segment is little more than the date ("En mars,
    la mairie rouvrira la piscine")."""
    lang = LANGUAGES[language]
    at, until = expression
    b, e = narrowed(language, text, *segment(text, *sentence, at, until), at, until)
    if len(_WORDS.findall(_without_date(lang, text, b, e, at, until))) < _MIN_WORDS:
        b, e = _with_neighbour(language, text, sentence, (b, e), at)
    return b, before_scene(language, text, b, e)  # not "... mentre Safana resta in carcere"


def _with_neighbour(
    language: str, text: str, sentence: tuple[int, int], own: tuple[int, int], at: int
) -> tuple[int, int]:
    """The date's segment and the one a reader takes it with: after an opening date ("El 25 de
    enero, miles de personas salieron") the next one that does not open with a preposition (an
    adjunct: "Oggi a Yüksekova, nella provincia di Hakkari, i curdi ..."); after a closing one
    ("..., el 25 de enero") the one before."""
    lang = LANGUAGES[language]
    sb, se = sentence
    b, e = own
    opening = not text[b:at].strip(" ,;:") or _only_preposition(lang, text[b:at])
    if _CREDIT.match(text, e + 1) and b > sb:  # "..., 18 febbraio 2014, fermo immagine"
        opening = False
    if opening or b <= sb:
        stop = nb = e
        for _ in range(_MAX_SKIPPED + 1):
            if stop >= se:
                break
            boundary = _BOUNDARY.match(text, stop)
            nb = boundary.end() if boundary else stop + 1
            after = _BOUNDARY.search(text, nb, se)
            stop = after.start() if after else se
            if not (
                lang.adjunct.match(text, nb)
                or _CREDIT.match(text, nb)
                or opens_scene(language, text, nb)  # "mentre le autorità ...": a scene
            ):
                break
        # the date's own segment joins only when nothing was skipped, or when it holds the
        # verb ("Morreu no domingo, aos 78 anos, o radialista ...")
        own_verb = b < at and opens_with_finite(language, text[b:at].lstrip(" ,;:").lower(), 0)
        return (b if nb <= e + 2 or own_verb else nb), stop
    return segment(text, sb, se, b - 2, b - 2)[0], e


def _ends_segment(text: str, until: int, e: int) -> bool:
    """Whether the date at [.., until) ends its segment [.., e), a part of the day or a clock
    time after it aside ("mercoledì all'alba", "le mercredi 10 mars à 20 h")."""
    if until >= e:
        return True
    rest = without_part_after(_AFTER_DATE.sub("", text[until:e]))
    return not rest.strip() or CLOCK.fullmatch(rest) is not None


def _only_preposition(lang: Language, head: str) -> bool:
    m = lang.preposition.search(head)
    return m is not None and not head[: m.start()].strip(" ,;:")


_FROM_ON = re.compile(r"(?i)(?<![\w'’])(?:vom|von|ab)\s*$")
_ON = re.compile(r"(?i)^\s*an(?![\w'’])(?!\s+(?:der|den|dem|die|das|einer?|einem)\s)")
_AFTER_DATE = re.compile(  # ... and a time of day: "est décédée hier matin des suites de"
    # "el 30 de diciembre último", "le 21 décembre écoulé", "du 2 courant", "il 15 gennaio
    # p.v.", "da lunedì a mercoledì prossimi", "am 3. Mai vergangenen Jahres": the date's own
    r"(?i)^\s*(?:(?:(?:vergangenen|letzten|kommenden|nächsten|dieses)\s+(?:jahres|monats)|"
    r"pasad[oa]s?|derni(?:er|[èe]re)s?|pass[ée]e?s?|scors[oaie]|letzten|vergangenen|"
    r"prochaine?s?|prossim[oaie]|pr[óo]xim[oa]s?|[úu]ltim[oa]s?|[ée]coul[ée]e?s?|courant|"
    r"passad[oa]|matin|soir|apr[èe]s-midi|mattina|sera|pomeriggio|notte|abend|nachmittag|um\s+\d{1,2}(?:[.:]\d\d)?\s+uhr|"
    r"(?:por|pela|à|a)\s+(?:la\s+)?(?:mañana|tarde|noche|manhã|noite))\b"
    r"|(?:p\.\s?v|u\.\s?s)\.(?!\w))"
)


def after_date(tail: str, language: str) -> str:
    """The words right after a removed date without those that are the date's own: "scorso",
    "écoulé", "p.v.", a part of the day ("soir", "de madrugada"); not French "sera" (will be)."""
    if language == "fr" and _SERA.match(tail):
        return without_part_after(tail)
    return without_part_after(_AFTER_DATE.sub("", tail))


_SERA = re.compile(r"(?i)\s*sera\b")


def _without_date(lang: Language, text: str, b: int, e: int, at: int, until: int) -> str:
    """text[b:e] without the expression at [at, until) and the preposition before it; a bound
    ("hasta el 3 de marzo", "bis zum 3. März") stays: it says what the date is."""
    if not b <= at < e:
        return text[b:e]
    head = text[b:at]
    near = max(0, len(head) - 40)
    prep = lang.preposition.search(head, near)
    if prep is not None:
        head = without_part_before(head[: prep.start()])  # "ao fim da tarde de quarta-feira"
    if (run := without_between(head, text[at:until])) is not None:
        head = run  # "entre 2 e 4 de fevereiro": one expression, its "between" with it
    elif lang.bound.search(head, max(0, len(head) - 40)):  # "hasta el", "entre el"
        return text[b:e]
    if prep is None and _DETERMINER.search(head):
        return text[b:e]  # "un venerdì di rabbia", "ce même vendredi": a noun phrase's word
    code = next(k for k, v in LANGUAGES.items() if v is lang)
    tail = after_date(text[until:e], code)  # "el 3 de marzo pasado", "ayer de madrugada"
    tail = without_day_number(code, text[at:until], tail)  # "el lunes 4 el plazo"
    if prep is not None and _FROM_ON.search(prep.group()):
        tail = _ON.sub("", tail)  # "vom 8. März an": the date's own "on"
    head, tail = head.rstrip(), tail.lstrip(" ,")
    return head + (" " if head.strip() and tail.strip() else "") + tail


without_date = _without_date  # for `foreign_titles`' relative clauses


# A determiner right before a date makes it a noun inside the title: it stays.
_DETERMINER = re.compile(
    r"(?i)(?<![\w'’])(?:un|una|uno|une|un['’]|nouveau|nouvel|nuevo|nueva|nuovo|nuova|otro|otra|"
    r"autre|altro|altra|ein|eine|einen|einem|einer|um|uma|novo|nova|outro|outra)\s+$"
)


# A source or credit line opening a title ("Fonte: Profilo Facebook di ...", "Foto: Reuters"):
# who took or published it, not what happened
_CREDIT_WORD = (
    r"(?:fuente|fonte|source|quelle|fotos?|photos?|bild|cr[ée]dits?|image|imagen|immagine)"
)
_CREDIT_LINE = re.compile(rf"(?i)^\W*{_CREDIT_WORD}\s*:\s*")
_CREDIT_INSIDE = re.compile(rf"(?i)(?<![^\W\d_]){_CREDIT_WORD}\s*:")  # "... 2012.Fonte:"


def _finish(lang: Language, title: str) -> str:
    code = next(k for k, v in LANGUAGES.items() if v is lang)
    title = planned_noun(code, title)  # "..., las pruebas, previstas": "Las pruebas"
    # whole: `foreign_titles` shortens it after its own cuts (a date or a reporter left)
    return finished(lang.lead, without_asides(code, title), limit=None)
