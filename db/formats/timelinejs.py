"""TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): what its importer
(db.ingest.timelinejs_import) and its exporter (db.export) must agree on.

- Date objects <-> ISO text at the precision of the fields given (year, +month, +day,
  +hour/minute, +second). Negative years are BCE, numbered as TimelineJS and JavaScript do:
  year -500 is "-0500" (astronomical numbering, year 0 = 1 BCE).
- Slide fields the schema has no column for (unique_id, display_date, background, the media's
  thumbnail/alt/title/link, a date's display_date/format/millisecond) are kept in the event's
  `data` under the names below, and written back from there.
- The lanes: slides without a group go to TIMELINEJS_LANE (and get no group back), eras are
  events of kind ERA in ERA_LANE.
- Slide text is HTML (db.formats.html_text reads and writes it).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import IO, Any, NamedTuple

from db.formats.reading import (
    UnreadableFile,
    decode_text,
    file_problem,
    load_json,
    open_regular,
    shown,
)
from db.timekeys import DAY, DateError, add_months, days_in_month, key_of

TIMELINEJS_LANE = "TimelineJS"  # the lane of a slide without a group
ERA = "era"  # the kind of the events made from `eras`
ERA_LANE = "Eras"
UNTITLED = "(untitled)"
NO_HEADLINE = "no_headline"  # in `data`: the slide had none, so an export writes none back
# In `data`: the slide's article row holds its media (url, caption, credit), a picture or video
# to show with the event, not a source to read. Not part of the record hash (files imported
# before it was kept are still the same records).
MEDIA = "timelinejs_media"
MEDIA_EXTRAS = ("thumbnail", "alt", "title", "link", "link_target")
SLIDE_EXTRAS = ("unique_id", "display_date", "background", "autolink", "type")
DATE_EXTRAS = ("display_date", "format", "millisecond")
MAX_JSON_BYTES = 64 * 1024 * 1024
# Years as ISO date text has them (db.timekeys reads up to six digits); a larger one would make
# a sort key beyond SQLite's 64-bit integers.
MAX_YEAR = 999_999
MAX_DIGITS = 18

Json = dict[str, Any]  # a JSON object as read: its values are whatever the file holds


class TimelineJSProblem(ValueError):
    """Why one slide cannot become an event (reported with its position)."""


class SlideDate(NamedTuple):
    """A date object read: ISO text, precision, the sort keys of its span, fields kept aside."""

    iso: str
    precision: str
    start_key: int
    end_key: int
    extras: Json


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
        if len(value.strip().lstrip("+-")) > MAX_DIGITS:  # no date field has that many digits
            raise TimelineJSProblem(f"{name} is out of range: {value.strip()[:20]}…")
        return int(value)
    raise TimelineJSProblem(f"{name} is not a whole number: {str(value)[:40]!r}")


def year_text(year: int) -> str:
    return f"{year:04d}" if year >= 0 else f"-{-year:04d}"


def read_date_object(obj: Any, name: str = "start_date") -> SlideDate:
    """A TimelineJS date object -> `SlideDate`; `name` prefixes its extras and messages.

    The precision follows the fields given: a day without a month is ignored, and so on.
    """
    if not isinstance(obj, dict):
        raise TimelineJSProblem(f"{name} is not a date object")
    year = _number(obj.get("year"), f"{name}.year")
    if year is None:
        raise TimelineJSProblem(f"{name} has no year")
    if not -MAX_YEAR <= year <= MAX_YEAR:
        digits = str(year) if abs(year) < 10**20 else f"{str(year)[:20]}… ({len(str(year))} digits)"
        raise TimelineJSProblem(
            f"{name}.year {digits} is out of range (-{MAX_YEAR} to {MAX_YEAR}, as in ISO dates)"
        )
    month, day, hour, minute, second = (
        _number(obj.get(f), f"{name}.{f}") for f in ("month", "day", "hour", "minute", "second")
    )
    extras = {f"{name}_{k}": obj[k] for k in DATE_EXTRAS if obj.get(k) not in (None, "")}
    text = year_text(year)
    if month is None:
        return SlideDate(text, "year", key_of(year), key_of(year + 1), extras)
    if not 1 <= month <= 12:
        raise TimelineJSProblem(f"{name}.month {month} is not 1-12")
    text += f"-{month:02d}"
    if day is None:
        ny, nm = add_months(year, month, 1)
        return SlideDate(text, "month", key_of(year, month), key_of(ny, nm), extras)
    if not 1 <= day <= days_in_month(year, month):
        raise TimelineJSProblem(f"{name}: {text}-{day:02d} does not exist")
    text += f"-{day:02d}"
    start = key_of(year, month, day)
    if hour is None and minute is None:
        return SlideDate(text, "day", start, start + DAY, extras)
    hour, minute = hour or 0, minute or 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise TimelineJSProblem(f"{name}: time {hour}:{minute:02d} out of range")
    text += f"T{hour:02d}:{minute:02d}"
    start += hour * 3600 + minute * 60
    if second is None:
        return SlideDate(text, "minute", start, start + 60, extras)
    if not 0 <= second <= 59:
        raise TimelineJSProblem(f"{name}: second {second} out of range")
    text += f":{second:02d}"
    return SlideDate(text, "second", start + second, start + second + 1, extras)


_ISO_PARTS = re.compile(
    r"^(?P<year>[+-]?\d+)(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?)?)?"
)


def date_object(iso: str, extras: Json | None = None, name: str = "start_date") -> Json:
    """An ISO date text (partial allowed) -> a TimelineJS date object with the fields it has,
    and the extras `read_date_object` kept under `name`."""
    match = _ISO_PARTS.match(iso.strip())
    if not match:
        raise DateError(f"not an ISO date: {iso!r}")
    obj: Json = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    for key in DATE_EXTRAS:
        value = (extras or {}).get(f"{name}_{key}")
        if value is not None:
            obj[key] = value
    return obj


# ---- slide fields kept in `data` -------------------------------------------------------------


def slide_extras(slide: Json) -> Json:
    """A slide's fields without a column, as kept in `data`."""
    return {key: slide[key] for key in SLIDE_EXTRAS if slide.get(key) not in (None, "", {})}


def media_extras(media: Json) -> Json:
    """A slide's media fields without a column, as kept in `data` ("media_thumbnail", ...)."""
    return {f"media_{key}": media[key] for key in MEDIA_EXTRAS if media.get(key) not in (None, "")}


def put_slide_extras(data: Json, slide: Json) -> None:
    """The inverse of `slide_extras`: the kept fields back into `slide`."""
    for key in SLIDE_EXTRAS:
        if key in data:
            slide[key] = data[key]


def put_media_extras(data: Json, media: Json) -> None:
    """The inverse of `media_extras`."""
    for key in MEDIA_EXTRAS:
        if f"media_{key}" in data:
            media[key] = data[f"media_{key}"]


# ---- files -----------------------------------------------------------------------------------


def is_timelinejs(data: Any) -> bool:
    """A JSON object with an "events" list whose items have "start_date" objects."""
    if not isinstance(data, dict) or not isinstance(data.get("events"), list):
        return False
    slides = [e for e in data["events"] if isinstance(e, dict)]
    return any(isinstance(e.get("start_date"), dict) for e in slides)


def read_timelinejs_file(path: Path) -> Any:
    """The JSON in `path` (.gz too); None for a large file that cannot be TimelineJS. Raises
    UnreadableFile when it is not a regular file or not text, OSError/EOFError when it cannot
    be read, ValueError when it is no JSON (or nested too deeply) or too large."""
    with open_regular(path, MAX_JSON_BYTES, "a TimelineJS file") as stored:
        raw: IO[bytes] = stored
        if path.name.lower().endswith(".gz"):
            raw = gzip.GzipFile(fileobj=stored, mode="rb")  # type: ignore[assignment]
        head = raw.read(1 << 20)
        # A cheap look first: most JSON files that are not TimelineJS are ruled out unread.
        if b'"start_date"' not in head and len(head) == 1 << 20:
            return None
        data = head + raw.read(MAX_JSON_BYTES)
    if len(data) > MAX_JSON_BYTES:
        raise ValueError(f"{shown(path.name)} is larger than {MAX_JSON_BYTES >> 20} MB")
    text = decode_text(data, shown(path.name), "JSON")
    return load_json(text.replace("\x00", ""))  # NULs in text are removed


def is_timelinejs_file(path: str | Path) -> bool:
    """Whether `path` (.json, or .json.gz) holds a TimelineJS timeline."""
    path = Path(path)
    name = path.name.lower().removesuffix(".gz")
    if not name.endswith(".json") or file_problem(path, MAX_JSON_BYTES, "a TimelineJS file"):
        return False
    try:
        data = read_timelinejs_file(path)
    except (OSError, ValueError, EOFError, UnreadableFile):
        return False
    return is_timelinejs(data)
