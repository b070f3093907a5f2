"""TimelineJS3 JSON files into a timeline database (the format itself: db.formats.timelinejs).

- `events` -> events of kind "record": headline -> title, text -> text, group -> lane
  (TIMELINEJS_LANE when none), dated at the precision of the fields given.
- `media` -> an `articles` row (headline = the event's headline, url = the media URL) with one
  caption (caption text, credit, image = the media URL as text; nothing is fetched), marked
  `MEDIA` in the event's `data` so the panel shows it as the event's picture, not its source.
- `eras` -> events of kind "era" in the lane "Eras".
- the `title` slide and `scale` -> `meta` keys "title" (plain headline) and "timelinejs" (JSON).
- TimelineJS text is HTML: stored as plain text (tags stripped, entities decoded, never run).
- fields the schema has no column for are kept in `data` (db.formats.timelinejs).

One transaction per file; idempotent (record hash), so importing a file twice adds nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlite_utils

from db.formats.html_text import plain_line, plain_text
from db.formats.reading import TooDeep, UnreadableFile, clean_json, shown
from db.formats.timelinejs import (
    ERA,
    ERA_LANE,
    MEDIA,
    NO_HEADLINE,
    TIMELINEJS_LANE,
    UNTITLED,
    Json,
    TimelineJSProblem,
    is_timelinejs,
    media_extras,
    read_date_object,
    read_timelinejs_file,
    slide_extras,
)
from db.ingest.articles import caption_of
from db.ingest.events import RECORD
from db.ingest.report import ImportReport, Progress
from db.ingest.writing import (
    ArticleIds,
    count,
    insert_batches,
    now_utc,
    record_hash,
    url_host,
)
from db.schema import open_for_writing
from db.text import first_sentence, sha256, shorten
from db.timekeys import DateError

# What makes a slide the same slide again; unlike a table's records, slides come in two kinds.
SLIDE_FIELDS = ("title", "text", "start", "end", "precision", "lane", "kind", "data")

Row = dict[str, Any]
Slide = tuple[Row, Row | None, Row | None]  # events row, its article, the article's caption


def _object(value: Any) -> Json:
    """A JSON object field of a slide ({} when absent or not an object)."""
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _text_fields(slide: Json) -> tuple[str, str | None]:
    text = _object(slide.get("text"))
    return plain_line(_str(text.get("headline"))), plain_text(_str(text.get("text"))) or None


def _credit(text: str) -> str | None:
    """ "Photo: Jane Doe" -> "Jane Doe", as credits parsed from articles are stored."""
    bare = caption_of(text) if text else None
    return bare.credit if bare is not None and not bare.text else text or None


def event_of(slide: Any, *, era: bool = False) -> Slide:
    """A slide (or era) -> (events row without article_id, article row or None, caption or None).

    Raises TimelineJSProblem for a slide that cannot be placed.
    """
    if not isinstance(slide, dict):
        raise TimelineJSProblem("not a JSON object")
    if "start_date" not in slide:
        raise TimelineJSProblem("no start_date")
    start, precision, start_key, end_key, extras = read_date_object(slide["start_date"])
    end = None
    if slide.get("end_date") not in (None, {}, ""):
        end, _, _, end_end, end_extras = read_date_object(slide["end_date"], "end_date")
        extras.update(end_extras)
        if end_end <= start_key:
            raise TimelineJSProblem(f"end_date {end} is before start_date {start}")
        if end == start:
            end = None  # a range of one period is a point
        end_key = max(end_key, end_end)
    title, text = _text_fields(slide)
    data: Json = extras
    data.update(slide_extras(slide))
    media = _object(slide.get("media"))
    caption_text = plain_text(_str(media.get("caption")))
    credit = _credit(plain_line(_str(media.get("credit"))))
    url = _str(media.get("url")) or None
    data.update(media_extras(media))
    if not title:
        data[NO_HEADLINE] = True
        title = shorten(first_sentence(text)) if text else shorten(caption_text) or UNTITLED
    lane = ERA_LANE if era else plain_line(_str(slide.get("group"))) or TIMELINEJS_LANE
    row = {
        "title": title,
        "text": text,
        "start": start,
        "end": end,
        "precision": precision,
        "lane": lane,
        "kind": ERA if era else RECORD,
        "article_id": None,
        "caption_id": None,
        "span_start": None,
        "span_end": None,
        "start_key": start_key,
        "end_key": end_key,
        "data": json.dumps(data, ensure_ascii=False, sort_keys=True) if data else None,
    }
    article = caption = None
    if url or caption_text or credit:
        article = {
            "headline": title,
            "published": None,
            "source": url_host(url),
            "url": url,
            "categories": None,
            "language": None,
            "body": "",
            "content_hash": sha256(title, url, caption_text, credit),
            "origin": None,
            "imported_at": now_utc(),
        }
        if caption_text or credit:
            caption = {"position": 0, "text": caption_text, "credit": credit, "image": url}
    row["record_hash"] = record_hash(row, article, SLIDE_FIELDS)
    if article is not None:
        data[MEDIA] = True
        row["data"] = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return row, article, caption


def title_meta(data: Json) -> Json | None:
    """What the file says about the whole timeline: its title slide (as plain text) and scale."""
    kept: Json = {}
    title = data.get("title")
    if isinstance(title, dict):
        headline, text = _text_fields(title)
        slide = {k: v for k, v in title.items() if k not in ("text", "start_date", "end_date")}
        slide["text"] = {"headline": headline, "text": text or ""}
        kept["title"] = slide
    if isinstance(data.get("scale"), str):
        kept["scale"] = data["scale"]
    return kept or None


def _write(db: sqlite_utils.Database, rows: list[Slide], origin: str) -> None:
    """Insert the slides' articles (their captions only with a new article), then the events."""
    articles = [a for _, a, _ in rows if a]
    for cited in articles:
        cited["origin"] = origin
    ids = ArticleIds(db)
    added = ids.resolve(articles)
    captions: dict[str, Row] = {}
    for row, article, caption in rows:
        if article is None:
            continue
        key = article["content_hash"]
        row["article_id"] = ids.ids[key]
        if caption and key in added:
            captions.setdefault(key, {**caption, "article_id": ids.ids[key]})
    if captions:
        insert_batches(db, "captions", captions.values())
    insert_batches(db, "events", [row for row, _, _ in rows], ignore=True)


def import_timelinejs(
    db_path: str | Path, file: str | Path, *, progress: Progress | None = None
) -> ImportReport:
    """Import a TimelineJS3 JSON file (see the module docstring) in one transaction.

    Slides that cannot be placed are reported by position in `failed`; a file that is not
    TimelineJS at all is reported as a whole. Raises the db.errors exceptions when the database
    itself cannot be written.
    """
    file = Path(file)
    where = shown(file)
    try:
        data = read_timelinejs_file(file)
    except UnreadableFile as exc:
        return ImportReport(failed=[(where, str(exc))])
    except (OSError, EOFError) as exc:
        return ImportReport(failed=[(where, f"cannot read it: {exc}")])
    except ValueError as exc:
        return ImportReport(failed=[(where, f"not valid JSON: {exc}")])
    if not is_timelinejs(data):
        return ImportReport(
            failed=[(where, "not a TimelineJS file (no events with start_date objects)")]
        )
    report = ImportReport()
    try:
        meta = title_meta(clean_json({k: v for k, v in data.items() if k in ("title", "scale")}))
    except TooDeep as exc:
        meta = None
        report.failed.append((f"{shown(file.name)}:title", str(exc)))
    rows = []
    items = [(f"event {n}", s, False) for n, s in enumerate(data["events"], 1)]
    eras = data.get("eras") if isinstance(data.get("eras"), list) else []
    items += [(f"era {n}", s, True) for n, s in enumerate(eras, 1)]
    for position, slide, era in items:
        try:
            # Lone surrogates ("\ud800" escapes) replaced; a slide nested too deeply refused.
            rows.append(event_of(clean_json(slide), era=era))
        except (TimelineJSProblem, DateError, TooDeep) as exc:
            report.failed.append((f"{shown(file.name)}:{position}", str(exc)))
    db = open_for_writing(db_path)
    try:
        with db.atomic():
            events_before, articles_before = count(db, "events"), count(db, "articles")
            _write(db, rows, shown(file.name))
            if meta:
                headline = meta.get("title", {}).get("text", {}).get("headline")
                entries = [{"key": "timelinejs", "value": json.dumps(meta, ensure_ascii=False)}]
                if headline:
                    entries.append({"key": "title", "value": headline})
                db.table("meta").upsert_all(entries, pk="key")
            report.imported = report.events = count(db, "events") - events_before
            report.articles = count(db, "articles") - articles_before
            report.skipped_duplicates = len(rows) - report.imported
            if progress:
                progress(len(items), len(items))
    finally:
        db.close()
    return report
