"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) into a timeline
database, and the format helpers its exporter (db/export.py) shares.

- `events` -> events of kind "record": headline -> title, text -> text, group -> lane
  ("TimelineJS" when none), dates at the precision of the fields given (year, +month, +day,
  +hour/minute, +second). Negative years are BCE, numbered as TimelineJS and JavaScript do:
  year -500 is stored as "-0500" (astronomical numbering, year 0 = 1 BCE).
- `media` -> an `articles` row (headline = the event's headline, url = the media URL) with one
  caption (caption text, credit, image = the media URL as text; nothing is fetched).
- `eras` -> events of kind "era" in the lane "Eras".
- the `title` slide and `scale` -> `meta` keys "title" (plain headline) and "timelinejs" (JSON).
- TimelineJS text is HTML: stored as plain text (tags stripped, entities decoded, never run).
- fields the schema has no column for (unique_id, display_date, background, the media's
  thumbnail/alt/title/link, date display_date/format/millisecond) are kept in `data`.

One transaction per file; idempotent (record hash), so importing a file twice adds nothing.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import sqlite_utils

from db.ingest.articles import caption_of
from db.ingest.events import RECORD
from db.ingest.html import plain_line, plain_text
from db.ingest.importers import (
    BATCH,
    ImportReport,
    Progress,
    _ArticleIds,
    _host,
    count,
    now_utc,
)
from db.schema import open_for_writing
from db.text import first_sentence, sha256, shorten
from db.timekeys import DAY, DateError, add_months, days_in_month, key_of

DEFAULT_LANE = "TimelineJS"
ERA = "era"
ERA_LANE = "Eras"
UNTITLED = "(untitled)"
MEDIA_EXTRAS = ("thumbnail", "alt", "title", "link", "link_target")
SLIDE_EXTRAS = ("unique_id", "display_date", "background", "autolink", "type")
DATE_EXTRAS = ("display_date", "format", "millisecond")
MAX_JSON_BYTES = 64 * 1024 * 1024


class TimelineJSProblem(ValueError):
    """Why one slide cannot become an event (reported with its position)."""


# ---- dates -----------------------------------------------------------------------------------


def _number(value: Any, name: str) -> int | None:
    """A date field: int, integral float or numeric string ("2019", " 07 "); None if absent."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise TimelineJSProblem(f"{name} is not a number: {value!r}")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        return int(value)
    raise TimelineJSProblem(f"{name} is not a whole number: {value!r}")


def year_text(year: int) -> str:
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def read_date(obj: Any, name: str = "start_date") -> tuple[str, str, int, int, dict[str, Any]]:
    """A TimelineJS date object -> (ISO text, precision, start key, end key, extras).

    The precision follows the fields given: a day without a month is ignored, and so on.
    """
    if not isinstance(obj, dict):
        raise TimelineJSProblem(f"{name} is not a date object")
    year = _number(obj.get("year"), f"{name}.year")
    if year is None:
        raise TimelineJSProblem(f"{name} has no year")
    month, day, hour, minute, second = (
        _number(obj.get(f), f"{name}.{f}") for f in ("month", "day", "hour", "minute", "second")
    )
    extras = {f"{name}_{k}": obj[k] for k in DATE_EXTRAS if obj.get(k) not in (None, "")}
    text = year_text(year)
    if month is None:
        return text, "year", key_of(year), key_of(year + 1), extras
    if not 1 <= month <= 12:
        raise TimelineJSProblem(f"{name}.month {month} is not 1-12")
    text += f"-{month:02d}"
    if day is None:
        ny, nm = add_months(year, month, 1)
        return text, "month", key_of(year, month), key_of(ny, nm), extras
    if not 1 <= day <= days_in_month(year, month):
        raise TimelineJSProblem(f"{name}: {text}-{day:02d} does not exist")
    text += f"-{day:02d}"
    start = key_of(year, month, day)
    if hour is None and minute is None:
        return text, "day", start, start + DAY, extras
    hour, minute = hour or 0, minute or 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise TimelineJSProblem(f"{name}: time {hour}:{minute:02d} out of range")
    text += f"T{hour:02d}:{minute:02d}"
    start += hour * 3600 + minute * 60
    if second is None:
        return text, "minute", start, start + 60, extras
    if not 0 <= second <= 59:
        raise TimelineJSProblem(f"{name}: second {second} out of range")
    text += f":{second:02d}"
    return text, "second", start + second, start + second + 1, extras


_ISO_PARTS = re.compile(
    r"^(?P<year>[+-]?\d+)(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?)?)?"
)


def date_object(iso: str, extras: dict[str, Any] | None = None, name: str = "start_date") -> dict:
    """An ISO date text (partial allowed) -> a TimelineJS date object with the fields it has."""
    match = _ISO_PARTS.match(iso.strip())
    if not match:
        raise DateError(f"not an ISO date: {iso!r}")
    obj: dict[str, Any] = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    for key in DATE_EXTRAS:
        value = (extras or {}).get(f"{name}_{key}")
        if value is not None:
            obj[key] = value
    return obj


# ---- slides ----------------------------------------------------------------------------------


def is_timelinejs(data: Any) -> bool:
    """A JSON object with an "events" list whose items have "start_date" objects."""
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        return False
    slides = [e for e in data["events"] if isinstance(e, dict)]
    return any(isinstance(e.get("start_date"), dict) for e in slides)


def is_timelinejs_file(path: str | Path) -> bool:
    """Whether `path` (.json, or .json.gz) holds a TimelineJS timeline."""
    path = Path(path)
    name = path.name.lower().removesuffix(".gz")
    if not name.endswith(".json") or not path.is_file():
        return False
    try:
        data = _read(path)
    except (OSError, ValueError, EOFError):
        return False
    return is_timelinejs(data)


def _read(path: Path) -> Any:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as raw:
        head = raw.read(1 << 20)
        # A cheap look first: most JSON files that are not TimelineJS are ruled out unread.
        if b'"start_date"' not in head and len(head) == 1 << 20:
            return None
        data = head + raw.read(MAX_JSON_BYTES)
    if len(data) > MAX_JSON_BYTES:
        raise ValueError(f"{path.name} is larger than {MAX_JSON_BYTES >> 20} MB")
    return json.loads(data.decode("utf-8-sig"))


def _text_fields(slide: dict) -> tuple[str, str | None]:
    text = slide.get("text") if isinstance(slide.get("text"), dict) else {}
    return plain_line(_str(text.get("headline"))), plain_text(_str(text.get("text"))) or None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _credit(text: str) -> str | None:
    """ "Photo: Jane Doe" -> "Jane Doe", as credits parsed from articles are stored."""
    bare = caption_of(text) if text else None
    return bare.credit if bare is not None and not bare.text else text or None


def _record_hash(row: dict[str, Any], article: dict | None) -> str:
    values = [
        row[k] for k in ("title", "text", "start", "end", "precision", "lane", "kind", "data")
    ]
    return sha256(json.dumps(values, ensure_ascii=False), article and article["content_hash"])


def event_of(slide: Any, *, era: bool = False) -> tuple[dict, dict | None, dict | None]:
    """A slide (or era) -> (events row without article_id, article row or None, caption or None).

    Raises TimelineJSProblem for a slide that cannot be placed.
    """
    if not isinstance(slide, dict):
        raise TimelineJSProblem("not a JSON object")
    if "start_date" not in slide:
        raise TimelineJSProblem("no start_date")
    start, precision, start_key, end_key, extras = read_date(slide["start_date"])
    end = None
    if slide.get("end_date") not in (None, {}, ""):
        end, _, _, end_end, end_extras = read_date(slide["end_date"], "end_date")
        extras.update(end_extras)
        if end_end <= start_key:
            raise TimelineJSProblem(f"end_date {end} is before start_date {start}")
        if end == start:
            end = None  # a range of one period is a point
        end_key = max(end_key, end_end)
    title, text = _text_fields(slide)
    data: dict[str, Any] = extras
    for key in SLIDE_EXTRAS:
        if slide.get(key) not in (None, "", {}):
            data[key] = slide[key]
    media = slide.get("media") if isinstance(slide.get("media"), dict) else {}
    caption_text = plain_text(_str(media.get("caption")))
    credit = _credit(plain_line(_str(media.get("credit"))))
    url = _str(media.get("url")) or None
    for key in MEDIA_EXTRAS:
        if media.get(key) not in (None, ""):
            data[f"media_{key}"] = media[key]
    if not title:
        data["no_headline"] = True  # so an export writes none back
        title = shorten(first_sentence(text)) if text else shorten(caption_text) or UNTITLED
    lane = ERA_LANE if era else plain_line(_str(slide.get("group"))) or DEFAULT_LANE
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
            "source": _host(url),
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
    row["record_hash"] = _record_hash(row, article)
    return row, article, caption


def title_meta(data: dict) -> dict[str, Any] | None:
    """What the file says about the whole timeline: its title slide (as plain text) and scale."""
    kept: dict[str, Any] = {}
    title = data.get("title")
    if isinstance(title, dict):
        headline, text = _text_fields(title)
        slide = {k: v for k, v in title.items() if k not in ("text", "start_date", "end_date")}
        slide["text"] = {"headline": headline, "text": text or ""}
        kept["title"] = slide
    if isinstance(data.get("scale"), str):
        kept["scale"] = data["scale"]
    return kept or None


# ---- the import ------------------------------------------------------------------------------


def _existing(db: sqlite_utils.Database, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(hashes), 500):
        chunk = hashes[i : i + 500]
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT content_hash FROM articles WHERE content_hash IN ({marks})"
        found.update(r[0] for r in db.execute(sql, chunk).fetchall())
    return found


def _write(
    db: sqlite_utils.Database, rows: list[tuple[dict, dict | None, dict | None]], origin: str
) -> None:
    """Insert the slides' articles (their captions only with a new article), then the events."""
    articles = [a for _, a, _ in rows if a]
    for article in articles:
        article["origin"] = origin
    known = _existing(db, [a["content_hash"] for a in articles])
    ids = _ArticleIds(db)
    ids.resolve(articles)
    captions = {}
    for row, article, caption in rows:
        if article is None:
            continue
        key = article["content_hash"]
        row["article_id"] = ids.ids[key]
        if caption and key not in known:
            captions.setdefault(key, {**caption, "article_id": ids.ids[key]})
    if captions:
        db["captions"].insert_all(captions.values(), batch_size=BATCH)
    db["events"].insert_all([row for row, _, _ in rows], batch_size=BATCH, ignore=True)


def import_timelinejs(
    db_path: str | Path, file: str | Path, *, progress: Progress | None = None
) -> ImportReport:
    """Import a TimelineJS3 JSON file (see the module docstring) in one transaction.

    Slides that cannot be placed are reported by position in `failed`; a file that is not
    TimelineJS at all is reported as a whole. Raises the db.errors exceptions when the database
    itself cannot be written.
    """
    file = Path(file)
    try:
        data = _read(file)
    except (OSError, EOFError) as exc:
        return ImportReport(failed=[(str(file), f"cannot read it: {exc}")])
    except ValueError as exc:
        return ImportReport(failed=[(str(file), f"not valid JSON: {exc}")])
    if not is_timelinejs(data):
        return ImportReport(
            failed=[(str(file), "not a TimelineJS file (no events with start_date objects)")]
        )
    report = ImportReport()
    rows = []
    items = [(f"event {n}", s, False) for n, s in enumerate(data["events"], 1)]
    eras = data.get("eras") if isinstance(data.get("eras"), list) else []
    items += [(f"era {n}", s, True) for n, s in enumerate(eras, 1)]
    for where, slide, era in items:
        try:
            rows.append(event_of(slide, era=era))
        except (TimelineJSProblem, DateError) as exc:
            report.failed.append((f"{file.name}:{where}", str(exc)))
    db = open_for_writing(db_path)
    try:
        with db.atomic():
            events_before, articles_before = count(db, "events"), count(db, "articles")
            _write(db, rows, file.name)
            meta = title_meta(data)
            if meta:
                headline = meta.get("title", {}).get("text", {}).get("headline")
                entries = [{"key": "timelinejs", "value": json.dumps(meta, ensure_ascii=False)}]
                if headline:
                    entries.append({"key": "title", "value": headline})
                db["meta"].upsert_all(entries, pk="key")
            report.imported = report.events = count(db, "events") - events_before
            report.articles = count(db, "articles") - articles_before
            report.skipped_duplicates = len(rows) - report.imported
            if progress:
                progress(len(items), len(items))
    finally:
        db.close()
    return report
