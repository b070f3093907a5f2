"""How the columns of an events table become event fields: `EventMapping`, loadable from JSON.

A field is given as a column name ("date"), a template ("{dyad_name}: {best} killed"), or an
object with options:

    {"column": "date_prec", "map": {"1": "day", "5": "year"}, "default": "day"}
                               (default: for a missing value, and for one the map lacks)
    {"template": "{side_a} vs {side_b}"}
    {"value": "Wikipedia timeline"}                          (a constant)
    {"column": "source_office", "split": ";"}                (first item of a joined list)
    {"column": "text", "first_sentence": true}               (titles)
    {"column": "day", "format": "%d/%m/%Y"}                  (dates not in ISO 8601)

Column names may be dotted paths into nested JSON ("refs.0.title"). A `map` value of null means
"treat as missing". Keys starting with "_" in a mapping file are comments.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.errors import TimelineError
from db.formats.reading import (
    MAPPING_LIMIT,
    UnreadableFile,
    clean_json,
    load_json,
    read_regular,
    shown,
)
from db.text import first_sentence

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_MISSING = object()


class MappingError(TimelineError):
    """A mapping file that cannot be used (bad JSON, unknown keys, no start column)."""


@functools.lru_cache(maxsize=4096)  # the same few column names, record after record
def column_key(name: str) -> str:
    """A column name as people mean it: "Title", "DATE" and " date " are "title" and "date"."""
    return " ".join(name.split()).casefold()


def _member(record: Mapping[str, Any], name: str) -> Any:
    """record[name]; else the value of the first key that differs only by case and spacing
    (so an exact match wins when both exist); else _MISSING."""
    if name in record:
        return record[name]
    wanted = column_key(name)
    for key, value in record.items():
        if isinstance(key, str) and column_key(key) == wanted:
            return value
    return _MISSING


def resolve(record: Mapping[str, Any], path: str) -> Any:
    """The value at `path` in `record`: a column name, else a dotted path ("refs.0.title").
    Names match whatever their case and spacing ("Date" finds the column "DATE ")."""
    value = _member(record, path)
    if value is not _MISSING:
        return value
    value = record
    for part in path.split("."):
        if isinstance(value, Mapping):
            value = _member(value, part)
        elif isinstance(value, list) and part.lstrip("-").isdigit():
            index = int(part)
            value = value[index] if -len(value) <= index < len(value) else _MISSING
        else:
            return None
        if value is _MISSING:
            return None
    return value


def as_text(value: Any) -> str | None:
    """A record value as stripped text; None, "" and containers without content are missing."""
    if value is None:
        return None
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, float) and value.is_integer():
        text = str(int(value))
    elif isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False) if value else ""
    else:
        text = str(value)
    text = text.strip()
    return text or None


_TIDY = (
    (re.compile(r"\s+"), " "),
    (re.compile(r"\(\s*\)|\[\s*\]"), ""),  # brackets around a missing value
    (re.compile(r"\s+([,;.:])"), r"\1"),
    (re.compile(r"([,;:])(?:\s*[,;:])+"), r"\1"),  # "a, , b" when a middle value was missing
)


def tidy(text: str) -> str:
    """Clean up what missing values leave in a rendered template (doubled or dangling commas)."""
    for pattern, replacement in _TIDY:
        text = pattern.sub(replacement, text)
    return text.strip(" ,;:–—-")


# The options that are not text (see FieldSpec).
_OPTION_TYPES: dict[str, type] = {"map": dict, "first_sentence": bool}


@dataclass(frozen=True)
class FieldSpec:
    """Where one event field comes from in a record, and how its value is cleaned."""

    column: str | None = None
    template: str | None = None
    value: str | None = None
    map: dict[str, str | None] | None = None
    default: str | None = None
    split: str | None = None
    first_sentence: bool = False
    format: str | None = None

    @classmethod
    def parse(cls, spec: Any, name: str) -> FieldSpec | None:
        if spec is None:
            return None
        if isinstance(spec, str):
            return cls(template=spec) if _PLACEHOLDER.search(spec) else cls(column=spec)
        if not isinstance(spec, dict):
            raise MappingError(f"mapping field '{name}' must be a column name or an object.")
        known = {f for f in cls.__dataclass_fields__}
        unknown = set(spec) - known
        if unknown:
            raise MappingError(
                f"mapping field '{name}' has unknown option(s) {', '.join(sorted(unknown))}; "
                f"known: {', '.join(sorted(known))}."
            )
        for option, value in spec.items():
            wanted = _OPTION_TYPES.get(option, str)
            if value is not None and not isinstance(value, wanted):
                kind = {dict: "an object", bool: "true or false"}.get(wanted, "text")
                raise MappingError(f"mapping field '{name}': option '{option}' must be {kind}.")
        made = cls(**spec)
        if sum(x is not None for x in (made.column, made.template, made.value)) != 1:
            raise MappingError(
                f"mapping field '{name}' needs exactly one of column, template or value."
            )
        if made.map is not None:
            if not all(v is None or isinstance(v, (str, int, float)) for v in made.map.values()):
                raise MappingError(f"mapping field '{name}': 'map' values must be text or null.")
            mapped = {str(k): v if v is None else str(v) for k, v in made.map.items()}
            made = cls(**{**spec, "map": mapped})
        return made

    def columns(self) -> list[str]:
        """The record fields the value is read from: its column, or a template's placeholders."""
        if self.column is not None:
            return [self.column]
        if self.template is not None:
            return [m.strip() for m in _PLACEHOLDER.findall(self.template)]
        return []

    def get(self, record: Mapping[str, Any]) -> str | None:
        """The field's text for `record`, or None when it is missing."""
        if self.value is not None:
            text: str | None = self.value
        elif self.template is not None:
            rendered = _PLACEHOLDER.sub(
                lambda m: as_text(resolve(record, m[1].strip())) or "", self.template
            )
            text = tidy(rendered) or None
        else:
            text = as_text(resolve(record, self.column or ""))
        if text is not None and self.split:
            text = text.split(self.split)[0].strip() or None
        if text is not None and self.map is not None:
            if text in self.map:
                text = self.map[text]
            elif self.default is not None:  # a value the map does not know
                text = self.default
        if text is None:
            text = self.default
        if text is not None and self.first_sentence:
            text = first_sentence(text)
        if text is not None and self.format:
            text = _reformat_date(text, self.format)
        return text


def _reformat_date(text: str, fmt: str) -> str:
    """A date written as `fmt` (strptime) -> ISO, at the precision the format carries."""
    try:
        parsed = datetime.datetime.strptime(text, fmt)
    except ValueError:
        return text  # left as it is: the date check reports it with the record's line
    if any(code in fmt for code in ("%H", "%I", "%M")):
        return parsed.strftime("%Y-%m-%dT%H:%M")
    if "%d" in fmt or "%j" in fmt:
        return parsed.date().isoformat()
    if "%m" in fmt or "%b" in fmt or "%B" in fmt:
        return parsed.strftime("%Y-%m")
    return parsed.strftime("%Y")


@dataclass(frozen=True)
class SourceMapping:
    """The cited article of an event: becomes (or joins) a row of `articles`."""

    headline: FieldSpec | None = None
    name: FieldSpec | None = None
    url: FieldSpec | None = None
    date: FieldSpec | None = None


FIELDS = ("title", "start", "end", "precision", "lane", "text")


@dataclass(frozen=True)
class EventMapping:
    """Which record values make an event's fields; see the module docstring for the forms."""

    start: FieldSpec
    title: FieldSpec | None = None
    end: FieldSpec | None = None
    precision: FieldSpec | None = None
    lane: FieldSpec | None = None
    text: FieldSpec | None = None
    source: SourceMapping = field(default_factory=SourceMapping)
    keep: tuple[str, ...] = ()
    # Event fields whose values, repeated from an earlier record of the same file, mark the
    # record as a duplicate to skip (a scraper that filed one entry under several days).
    unique: tuple[str, ...] = ()
    # Columns whose values, the same in consecutive records, let a record whose text stops
    # mid-sentence be continued by the next (a scraper that cut paragraphs; db.ingest.rejoin).
    rejoin: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> EventMapping:
        data = {k: v for k, v in data.items() if not str(k).startswith("_")}
        unknown = set(data) - {*FIELDS, "source", "keep", "unique", "rejoin"}
        if unknown:
            raise MappingError(
                f"unknown mapping key(s) {', '.join(sorted(unknown))}; known: "
                f"{', '.join(FIELDS)}, source, keep, unique, rejoin."
            )
        unique = data.get("unique") or []
        if not isinstance(unique, list) or not all(u in FIELDS for u in unique):
            raise MappingError(f"mapping 'unique' must be a list of fields ({', '.join(FIELDS)}).")
        start = FieldSpec.parse(data.get("start"), "start")
        if start is None:
            raise MappingError("the mapping names no 'start' column (the event's date).")
        source = data.get("source") or {}
        if not isinstance(source, dict) or set(source) - {"headline", "name", "url", "date"}:
            raise MappingError("mapping 'source' takes headline, name, url and date.")
        keep = data.get("keep") or []
        if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
            raise MappingError("mapping 'keep' must be a list of column names.")
        rejoin = data.get("rejoin") or []
        if not isinstance(rejoin, list) or not all(isinstance(k, str) for k in rejoin):
            raise MappingError("mapping 'rejoin' must be a list of column names.")
        text = FieldSpec.parse(data.get("text"), "text")
        if rejoin and (text is None or text.column is None):
            raise MappingError("mapping 'rejoin' joins the 'text' column: name one.")
        return cls(
            start=start,
            **{name: FieldSpec.parse(data.get(name), name) for name in FIELDS if name != "start"},
            source=SourceMapping(
                **{key: FieldSpec.parse(spec, f"source.{key}") for key, spec in source.items()}
            ),
            keep=tuple(keep),
            unique=tuple(unique),
            rejoin=tuple(rejoin),
        )

    @classmethod
    def load(cls, path: str | Path) -> EventMapping:
        """Read a JSON mapping file."""
        path = Path(path)
        name = shown(path.name)
        try:
            data = load_json(read_regular(path, MAPPING_LIMIT, "a mapping").decode("utf-8-sig"))
            data = clean_json(data)  # column names with lone surrogates, as records get them
        except UnreadableFile as exc:
            raise MappingError(f"mapping: {exc}") from None
        except ValueError as exc:  # not UTF-8, not JSON, nested too deeply
            raise MappingError(f"mapping {name} is not valid JSON: {exc}") from exc
        if not isinstance(data, dict):
            kind = "an array" if isinstance(data, list) else "not an object"
            raise MappingError(f"mapping {name} must be a JSON object; its top level is {kind}.")
        try:
            return cls.from_dict(data)
        except MappingError as exc:
            raise MappingError(f"{name}: {exc}") from exc
