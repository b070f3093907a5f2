"""Rows of the `events` table: an article's publication, its dated sentences, imported records."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from typing import Any

from db.dates import DatedSentence, Timex, language_code
from db.dates.link_notes import without_link_notes
from db.ingest.navigation import on_navigation_line
from db.text import shorten, without_link_marker
from db.timekeys import DateError, span_keys

PUBLICATION = "publication"  # the article itself, at its publication date
SENTENCE = "sentence"  # a dated sentence of an article's body or of a caption
RECORD = "record"  # a row of an imported events table (CSV / JSON)

# The lane of an article's events when neither its categories nor its source name one.
ARTICLES_LANE = "Articles"

# json.dumps(value, ensure_ascii=False), the same text, without a new encoder for every call:
# JSONEncoder.encode builds its C encoder anew at each call (a third of an event's two), so the
# C encoder json.encoder itself uses is built once (no circular check: rows are trees of dicts).
_ENCODER = json.JSONEncoder(ensure_ascii=False)
_MAKE_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)  # None without _json


def _c_encoder(encode_string: Any) -> Any:
    """The C encoder with `_ENCODER`'s separators writing strings with `encode_string`."""
    if _MAKE_C_ENCODER is None:
        return None
    sep = (_ENCODER.key_separator, _ENCODER.item_separator)
    return _MAKE_C_ENCODER(None, _ENCODER.default, encode_string, None, *sep, False, False, True)


_C_ENCODER = _c_encoder(json.encoder.encode_basestring)


# The same with every character outside printable ASCII escaped (ensure_ascii=True): Python
# 3.11's C encoder writes such strings itself, where for ensure_ascii=False it calls back into
# Python for every string of the row.
_C_ASCII_ENCODER = _c_encoder(json.encoder.encode_basestring_ascii)


def _json(value: dict[str, Any]) -> str:
    if _C_ENCODER is None or _C_ASCII_ENCODER is None:  # a Python without _json
        return _ENCODER.encode(value)
    text = "".join(_C_ASCII_ENCODER(value, 0))
    # Without a "\u" escape, every string was printable ASCII (or a control character both
    # write as "\n", "\t", ...): the text ensure_ascii=False writes, byte for byte.
    if "\\u" not in text:
        return text
    return "".join(_C_ENCODER(value, 0))


def event_row(
    *,
    title: str,
    start: str,
    end: str | None,
    precision: str,
    lane: str,
    kind: str,
    text: str | None = None,
    article_id: int | None = None,
    caption_id: int | None = None,
    span: tuple[int, int] | None = None,
    record_hash: str | None = None,
    data: dict[str, Any] | None = None,
    status: str | None = None,
    provenance: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One row of `events`, its sort keys computed. Raises DateError for an unusable date.
    `reported_key` and `story_id` are set by the article import, which knows them."""
    start_key, end_key = span_keys(start, end)
    return {
        "title": title,
        "text": text,
        "start": start,
        "end": end,
        "precision": precision,
        "lane": lane,
        "kind": kind,
        "article_id": article_id,
        "caption_id": caption_id,
        "span_start": span[0] if span else None,
        "span_end": span[1] if span else None,
        "start_key": start_key,
        "end_key": end_key,
        "record_hash": record_hash,
        "data": _json(data) if data else None,
        "status": status,
        "provenance": _json(provenance) if provenance else None,
        "story_id": None,
        "reported_key": None,
    }


def publication_event(
    headline: str,
    published: datetime.date,
    *,
    article_id: int,
    lane: str,
    language: str | None = None,
) -> dict[str, Any]:
    title = without_link_marker(headline)  # "[Liens en anglais] ..." no title
    if language_code(language) not in ("en", None):
        title = without_link_notes(title)  # a translated post's "[en]", "(en anglais)" anywhere
    return event_row(
        title=shorten(title),
        start=published.isoformat(),
        end=None,
        precision="day",
        lane=lane,
        kind=PUBLICATION,
        article_id=article_id,
    )


# An event keeps its sentence as its text and highlight; a "sentence" longer than this (text
# without full stops: a table, a pasted log) keeps the part around its date expression instead,
# so a thousand dates in one 200 kB line do not store it a thousand times.
MAX_SENTENCE = 2000


def _window(text: str, begin: int, end: int, t_begin: int, t_end: int) -> tuple[int, int]:
    """[begin, end), or at most MAX_SENTENCE characters of it around [t_begin, t_end), cut at
    spaces."""
    if end - begin <= MAX_SENTENCE:
        return begin, end
    half = (MAX_SENTENCE - (t_end - t_begin)) // 2
    lo, hi = max(begin, t_begin - half), min(end, t_end + half)
    if lo > begin:
        space = text.find(" ", lo, t_begin)
        lo = space + 1 if space >= 0 else lo
    if hi < end:
        space = text.rfind(" ", t_end, hi)
        hi = space if space >= 0 else hi
    return lo, hi


def date_provenance(
    timex: Timex, precision: str, *, around: bool = False, approximate: bool = False
) -> dict[str, Any]:
    """How a sentence's date was found, as stored in `events.provenance` (docs/schema.md): the
    dating words (offsets into the body or caption text), their TIMEX3 value and type, the
    precision, what anchored them and the rule family that fired; `around` for a happening
    no words date, placed around the publication day (rule "publication-day", no text);
    `approximate` for a date the text marks so ("c. 1815")."""
    out: dict[str, Any] = {
        "begin": timex.begin,
        "end": timex.end,
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "precision": precision,
        "rule": timex.rule,
    }
    if timex.anchor is not None:
        out["anchor"] = timex.anchor.as_dict()
    if around:
        out["around"] = True
    if approximate:
        out["approximate"] = True
    return out


def sentence_events(
    text: str,
    dated: Iterable[DatedSentence],
    *,
    article_id: int,
    lane: str,
    caption_id: int | None = None,
) -> list[dict[str, Any]]:
    """One event per dated clause; spans index `text` (the body, or the caption's text). The
    event's text and span are its sentence (the panel highlights it); its title is its own
    clause, short (`DatedSentence.title`), and `data["clause"]` the clause's span. A
    comparison's reference point ("up from 2010") makes none.

    A date the finder produced but the timeline cannot place (not a partial ISO date, or ending
    before it starts) is left out rather than failing the whole article.
    """
    rows = []
    for item in dated:
        if item.comparison:
            continue  # "the lowest since 2008": nothing happened in 2008
        timex = item.timex
        if _navigation(text, item):
            continue  # "Main article: Siege of Hama (2011)": a page named, nothing happened
        begin, end = _window(text, item.begin, item.end, timex.begin, timex.end)
        sentence = text[begin:end]
        try:
            row = event_row(
                title=item.title or shorten(sentence),
                start=item.start,
                end=item.end_date or None,
                precision=item.precision,
                lane=lane,
                kind=SENTENCE,
                text=sentence,
                article_id=article_id,
                caption_id=caption_id,
                span=(begin, end),
                data=_event_data(item),
                status=item.status,
                provenance=date_provenance(
                    timex, item.precision, around=item.around, approximate=item.approximate
                ),
            )
        except DateError:
            continue
        rows.append(row)
    return rows


def _navigation(text: str, item: DatedSentence) -> bool:
    """Does the event's clause (else its date, else its sentence) lie on a wiki's navigation
    line of `text` ("See also: …", db.ingest.navigation)? Only that line: a sentence the
    splitter ran on past it keeps the events of its other lines."""
    if item.title_span is not None:
        pos = item.title_span[0]
    else:
        pos = item.timex.begin if item.timex.text else item.begin
    return on_navigation_line(text, pos)


def _event_data(item: DatedSentence) -> dict[str, Any]:
    """An event's extras: the expression that dated it, and the clause it dates."""
    timex = item.timex
    data: dict[str, Any] = {
        "timex": {
            "begin": timex.begin,
            "end": timex.end,
            "text": timex.text,
            "type": timex.type,
            "value": timex.value,
        }
    }
    if item.title_span is not None:
        data["clause"] = {"begin": item.title_span[0], "end": item.title_span[1]}
    return data
