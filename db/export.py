"""Exporters: a timeline database -> TimelineJS3 JSON or the timeline CSV format (docs/formats.md);
`export_store_events` does the same for the events of any open store, a plain table too.

`timeline-viewer export DB OUT [--format timelinejs|csv] [--lane NAME]... [--since D] [--until D]
[--as-of D]`:
`main(argv)` takes the arguments after "export" and returns 0, 1 on failure (one line saying
why), 2 for a usage error. OUT "-" writes to standard output.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from db.command_line import Parser, UsageError, parse_command
from db.errors import (
    AsOfUnavailableError,
    ForeignDatabaseError,
    SchemaMismatchError,
    TimelineError,
)
from db.formats.html_text import html_of
from db.formats.timeline_csv import ENCODING, write_timeline_csv
from db.formats.timelinejs import (
    ERA,
    NO_HEADLINE,
    TIMELINEJS_LANE,
    Json,
    date_object,
    put_media_extras,
    put_slide_extras,
)
from db.provenance import anchor_words, dated_by
from db.store.model import EventStore, ExportFilter
from db.store.timeline import TimelineStore
from db.text import json_object
from db.timekeys import DateError, period

PROG = "timeline-viewer export"
FORMATS = ("timelinejs", "csv")

Output = str | Path | IO[str]


# ---- which events ---------------------------------------------------------------------------


def _filter(
    lanes: Iterable[str] | None,
    since: str | None,
    until: str | None,
    ids: Iterable[int] | None = None,
    as_of: str | None = None,
) -> ExportFilter:
    """The export's filters as the store takes them: lanes by name, the events overlapping
    since..until (ISO dates, partial allowed), (the viewer's filtered view) explicit ids, and
    only what was reported by the end of the day (or period) `as_of`."""
    return ExportFilter(
        ids=tuple(int(i) for i in ids) if ids is not None else None,
        lanes=tuple(lanes) if lanes is not None else None,
        start=period(since).start if since else None,
        end=period(until).end if until else None,
        as_of=period(as_of).end - 1 if as_of else None,
    )


@contextlib.contextmanager
def _writer(out: Output) -> Iterator[IO[str]]:
    """A text stream to `out`; a path is written beside and renamed over only when complete."""
    if not isinstance(out, (str, Path)):
        yield out
        return
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    handle = tempfile.NamedTemporaryFile(
        "w", encoding=ENCODING, newline="", dir=folder, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


# ---- TimelineJS ------------------------------------------------------------------------------


def _is_url(text: str | None) -> bool:
    return text is not None and text.startswith(("http://", "https://", "//"))


def _slide(event: Json) -> Json:
    data = json_object(event["data"])
    slide: Json = {"start_date": date_object(event["start"], data)}
    if event["end"]:
        slide["end_date"] = date_object(event["end"], data, "end_date")
    text: dict[str, str] = {}
    if not data.get(NO_HEADLINE):
        text["headline"] = html.escape(event["title"] or "")
    if event["text"]:
        text["text"] = html_of(event["text"])
    slide["text"] = text
    url = event["image"] if _is_url(event["image"]) else event["url"]
    if url:
        media: Json = {"url": url}
        if event["caption"]:
            caption = event["caption"]
            media["caption"] = html_of(caption) if "\n" in caption else html.escape(caption)
        if event["credit"]:
            media["credit"] = html.escape(event["credit"])
        put_media_extras(data, media)
        slide["media"] = media
    if event["kind"] != ERA and event["lane"] and event["lane"] != TIMELINEJS_LANE:
        slide["group"] = event["lane"]
    put_slide_extras(data, slide)
    _put_provenance(event, slide)
    return slide


def _put_provenance(event: Json, slide: Json) -> None:
    """Status and how the date was found, as custom slide fields (TimelineJS ignores them; an
    import of the file does too): `status`, and `provenance` (the stored JSON plus
    `dated_by`, its words)."""
    if event.get("status"):
        slide["status"] = event["status"]
    provenance = json_object(event.get("provenance"))
    if provenance:
        slide["provenance"] = {**provenance, "dated_by": dated_by(provenance)}


def _era(event: Json) -> Json:
    data = json_object(event["data"])
    headline = "" if data.get(NO_HEADLINE) else html.escape(event["title"] or "")
    era: Json = {
        "start_date": date_object(event["start"], data),
        "end_date": date_object(event["end"] or event["start"], data, "end_date"),
        "text": {"headline": headline},
    }
    if event["text"]:
        era["text"]["text"] = html_of(event["text"])
    return era


def _title(kept: Json) -> Json:
    """The title slide and scale a TimelineJS import kept (EventStore.timeline_meta), escaped
    back into HTML."""
    out: Json = {}
    title = kept.get("title")
    if isinstance(title, dict):
        text = title.get("text") or {}
        out["title"] = {
            **title,
            "text": {
                "headline": html.escape(text.get("headline") or ""),
                "text": html_of(text.get("text")),
            },
        }
    if isinstance(kept.get("scale"), str):
        out["scale"] = kept["scale"]
    return out


def _write_timelinejs(events: Iterable[Json], out: Output, timeline: Json | None = None) -> int:
    timeline = dict(timeline or {})
    slides: list[Json] = []
    eras: list[Json] = []
    for event in events:
        (eras if event["kind"] == ERA else slides).append(
            _era(event) if event["kind"] == ERA else _slide(event)
        )
    timeline["events"] = slides
    if eras:
        timeline["eras"] = eras
    with _writer(out) as stream:
        json.dump(timeline, stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    return len(slides) + len(eras)


def export_timelinejs(
    db_path: str | Path,
    out: Output,
    *,
    lanes: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    ids: Iterable[int] | None = None,
    as_of: str | None = None,
) -> int:
    """Write the events of a timeline database as TimelineJS3 JSON; the number written.

    Events of kind "era" become `eras`, the others `events`; `lanes`, `since` and `until` (ISO
    dates, partial allowed) keep only the events in those lanes and overlapping that span,
    `as_of` only those reported by the end of that day.
    """
    which = _filter(lanes, since, until, ids, as_of)
    store = TimelineStore.open(db_path)
    try:
        timeline = _title(store.timeline_meta())
        events = list(store.export_records(which))
    finally:
        store.close()
    return _write_timelinejs(events, out, timeline)


# ---- CSV -------------------------------------------------------------------------------------


def _csv_row(event: Json) -> Json:
    """An exported event with the CSV's provenance columns (db.formats.timeline_csv.HEADER)."""
    provenance = json_object(event.get("provenance"))
    return {
        **event,
        "status": event.get("status"),
        "dated_by": dated_by(provenance),
        "date_rule": provenance.get("rule") or "",
        "date_anchor": anchor_words(provenance),
    }


def _write_csv(events: Iterable[Json], out: Output) -> int:
    with _writer(out) as stream:
        return write_timeline_csv((_csv_row(e) for e in events), stream)


def export_csv(
    db_path: str | Path,
    out: Output,
    *,
    lanes: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    ids: Iterable[int] | None = None,
    as_of: str | None = None,
) -> int:
    """Write the events as timeline CSV (header `id,title,start,end,precision,lane,text,source,
    headline,url,status,dated_by,date_rule,date_anchor`, UTF-8, RFC 4180); the number of rows
    written. Filters as export_timelinejs."""
    which = _filter(lanes, since, until, ids, as_of)
    store = TimelineStore.open(db_path)
    try:
        return _write_csv(store.export_records(which), out)
    finally:
        store.close()


# ---- any store (a plain table too) -----------------------------------------------------------


def export_store_events(store: EventStore, kind: str, out: Output, ids: Iterable[int]) -> int:
    """Write the events `ids` of an open store (a timeline database or a dataset: by start; a
    plain table: in the order given) as CSV or TimelineJS (with the title slide the store
    kept); the number written."""
    events = store.export_records(ExportFilter(ids=tuple(int(i) for i in ids)))
    if kind == "csv":
        return _write_csv(events, out)
    return _write_timelinejs(events, out, _title(store.timeline_meta()))


EXPORTERS = {"timelinejs": export_timelinejs, "csv": export_csv}


# ---- the command -----------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    p = Parser(
        prog=PROG,
        description="Write the events of a timeline database, or of a plain SQLite table the "
        "viewer opens, as TimelineJS3 JSON or as CSV.",
    )
    p.add_argument(
        "db",
        metavar="DB",
        type=Path,
        help="a timeline database, or any SQLite file with an obvious or remembered table mapping",
    )
    p.add_argument("out", metavar="OUT", help="the file to write ('-': standard output)")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="timelinejs or csv (default: from OUT's suffix, .json or .csv)",
    )
    p.add_argument("--lane", action="append", help="only this lane (repeat for more)")
    p.add_argument("--since", metavar="DATE", help="only events that end after DATE (ISO)")
    p.add_argument("--until", metavar="DATE", help="only events that start before DATE (ISO)")
    p.add_argument(
        "--as-of",
        metavar="DATE",
        help="only what was known on DATE: events first reported by its end (ISO)",
    )
    return p


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lower()
    if suffix == ".json":
        return "timelinejs"
    if suffix == ".csv":
        return "csv"
    raise UsageError("give --format timelinejs or --format csv (OUT's suffix does not say).")


def _export_plain(
    db_path: str | Path,
    fmt: str,
    out: Output,
    lanes: Iterable[str] | None,
    since: str | None,
    until: str | None,
    as_of: str | None = None,
) -> int:
    """Export a plain table (not a timeline database) through the mapping the viewer remembers
    for the file, else the detected one (MappingNeededError when neither exists), or a dataset
    folder (db.archive)."""
    from db.opening import open_store as open_any
    from db.remembered import recall

    store = open_any(db_path, None if Path(db_path).is_dir() else recall(db_path))
    try:
        events = store.export_records(_filter(lanes, since, until, as_of=as_of))
        if fmt == "csv":
            return _write_csv(events, out)
        return _write_timelinejs(events, out, _title(store.timeline_meta()))
    finally:
        store.close()


def _check(args: argparse.Namespace) -> None:
    """UsageError for a format OUT does not say or a date that is none."""
    _format(args)
    for name in ("since", "until", "as_of"):
        value = getattr(args, name)
        if value:
            try:
                period(value)
            except DateError as exc:
                raise UsageError(f"--{name.replace('_', '-')}: {exc}") from None


def main(argv: Sequence[str] | None = None) -> int:
    code, args = parse_command(PROG, parser(), argv, _check)
    if args is None:
        return code or 0
    fmt = _format(args)
    to_stdout = args.out == "-"
    out = sys.stdout if to_stdout else Path(args.out)
    try:
        if Path(args.db).is_dir():  # a dataset folder: through its store, as a plain table
            written = _export_plain(
                args.db, fmt, out, args.lane, args.since, args.until, args.as_of
            )
        else:
            try:
                written = EXPORTERS[fmt](
                    args.db, out, lanes=args.lane, since=args.since, until=args.until,
                    as_of=args.as_of,
                )  # fmt: skip
            except (ForeignDatabaseError, SchemaMismatchError):
                written = _export_plain(args.db, fmt, out, args.lane, args.since, args.until)
    except AsOfUnavailableError as exc:  # --as-of of a dataset without report days
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except TimelineError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{PROG}: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(
        f"exported {written} events to {'standard output' if to_stdout else args.out}",
        file=sys.stderr if to_stdout else sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
