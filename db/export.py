"""Exporters: a timeline database -> TimelineJS3 JSON or the timeline CSV format (docs/formats.md);
`export_store_events` does the same for the events of any open store, a plain table too.

`timeline-viewer export DB OUT [--format timelinejs|csv] [--lane NAME]... [--since D] [--until D]`:
`main(argv)` takes the arguments after "export" and returns 0, 1 on failure (one line saying
why), 2 for a usage error. OUT "-" writes to standard output.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import html
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np

from db.errors import ForeignDatabaseError, SchemaMismatchError, TimelineError
from db.ingest.csv_format import HEADER
from db.ingest.timelinejs import DEFAULT_LANE, ERA, MEDIA_EXTRAS, SLIDE_EXTRAS, date_object
from db.store.timeline import TimelineStore, _json_dict
from db.timekeys import DateError, period

PROG = "timeline-viewer export"
FORMATS = ("timelinejs", "csv")
PAGE = 5000

Output = str | Path | IO[str]


# ---- reading the events ----------------------------------------------------------------------


def _where(
    lanes: Iterable[str] | None,
    since: str | None,
    until: str | None,
    ids: Iterable[int] | None = None,
) -> tuple[str, list[Any]]:
    """SQL conditions for the filters: lanes by name, the events overlapping since..until, and
    (the viewer's filtered view) an explicit list of event ids."""
    clauses, params = [], []
    if ids is not None:
        clauses.append("e.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps([int(i) for i in ids]))
    if lanes is not None:
        lanes = list(lanes)
        clauses.append(f"coalesce(e.lane, '') IN ({','.join('?' * len(lanes))})")
        params += lanes
    if since:
        clauses.append("e.end_key > ?")
        params.append(period(since).start)
    if until:
        clauses.append("e.start_key < ?")
        params.append(period(until).end)
    return " AND ".join(clauses) or "1", params


_NAMES = (
    "id", "title", "text", "start", "end", "precision", "lane", "kind", "data",
    "source", "headline", "url", "caption", "credit", "image",
)  # fmt: skip
_COLUMNS = """e.id, e.title, e.text, e.start, e."end", e.precision, e.lane, e.kind, e.data,
    a.source, a.headline, a.url, c.text, c.credit, c.image"""
# An event's caption: the one its sentence is in, else its article's first.
_JOINS = """LEFT JOIN articles a ON a.id = e.article_id
    LEFT JOIN captions c ON c.id = coalesce(e.caption_id, (SELECT id FROM captions
        WHERE article_id = e.article_id ORDER BY position, id LIMIT 1))"""


def _events(store: TimelineStore, where: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """Events with their article and caption, by start; a page at a time (keyset on the index)."""
    last = (-(2**63), -(2**63))
    while True:
        rows = store._query(
            f"SELECT e.start_key, {_COLUMNS} FROM events e {_JOINS} "
            f"WHERE ({where}) AND (e.start_key, e.id) > (?, ?) "
            f"ORDER BY e.start_key, e.id LIMIT {PAGE}",
            [*params, *last],
        )
        for row in rows:
            yield dict(zip(_NAMES, row[1:], strict=True))
        if len(rows) < PAGE:
            return
        last = (rows[-1][0], rows[-1][1])


@contextlib.contextmanager
def _writer(out: Output) -> Iterator[IO[str]]:
    """A text stream to `out`; a path is written beside and renamed over only when complete."""
    if not isinstance(out, (str, Path)):
        yield out
        return
    path = Path(out)
    folder = path.parent if str(path.parent) else Path(".")
    handle = tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", newline="", dir=folder, prefix=f".{path.name}.", delete=False
    )
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


# ---- TimelineJS ------------------------------------------------------------------------------


def _html(text: str | None) -> str:
    """Plain text -> HTML that reads back to the same text: <p> a paragraph, <br> a line."""
    if not text:
        return ""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


def _is_url(text: str | None) -> bool:
    return bool(text) and text.startswith(("http://", "https://", "//"))


def _slide(event: dict[str, Any]) -> dict[str, Any]:
    data = _json_dict(event["data"])
    slide: dict[str, Any] = {"start_date": date_object(event["start"], data)}
    if event["end"]:
        slide["end_date"] = date_object(event["end"], data, "end_date")
    text: dict[str, str] = {}
    if not data.get("no_headline"):
        text["headline"] = html.escape(event["title"] or "")
    if event["text"]:
        text["text"] = _html(event["text"])
    slide["text"] = text
    url = event["image"] if _is_url(event["image"]) else event["url"]
    if url:
        media: dict[str, Any] = {"url": url}
        if event["caption"]:
            caption = event["caption"]
            media["caption"] = _html(caption) if "\n" in caption else html.escape(caption)
        if event["credit"]:
            media["credit"] = html.escape(event["credit"])
        for key in MEDIA_EXTRAS:
            if f"media_{key}" in data:
                media[key] = data[f"media_{key}"]
        slide["media"] = media
    if event["kind"] != ERA and event["lane"] and event["lane"] != DEFAULT_LANE:
        slide["group"] = event["lane"]
    for key in SLIDE_EXTRAS:
        if key in data:
            slide[key] = data[key]
    return slide


def _era(event: dict[str, Any]) -> dict[str, Any]:
    data = _json_dict(event["data"])
    headline = "" if data.get("no_headline") else html.escape(event["title"] or "")
    era = {
        "start_date": date_object(event["start"], data),
        "end_date": date_object(event["end"] or event["start"], data, "end_date"),
        "text": {"headline": headline},
    }
    if event["text"]:
        era["text"]["text"] = _html(event["text"])
    return era


def _title(store: TimelineStore) -> dict[str, Any]:
    """The title slide and scale kept by a TimelineJS import, escaped back into HTML."""
    try:
        rows = store._query("SELECT value FROM meta WHERE key = 'timelinejs'")
    except TimelineError:
        return {}
    kept = _json_dict(rows[0][0]) if rows else {}
    out: dict[str, Any] = {}
    title = kept.get("title")
    if isinstance(title, dict):
        text = title.get("text") or {}
        out["title"] = {
            **title,
            "text": {
                "headline": html.escape(text.get("headline") or ""),
                "text": _html(text.get("text")),
            },
        }
    if isinstance(kept.get("scale"), str):
        out["scale"] = kept["scale"]
    return out


def _write_timelinejs(
    events: Iterable[dict[str, Any]], out: Output, timeline: dict[str, Any] | None = None
) -> int:
    timeline = dict(timeline or {})
    slides, eras = [], []
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
) -> int:
    """Write the events of a timeline database as TimelineJS3 JSON; the number written.

    Events of kind "era" become `eras`, the others `events`; `lanes`, `since` and `until` (ISO
    dates, partial allowed) keep only the events in those lanes and overlapping that span.
    """
    where, params = _where(lanes, since, until, ids)
    store = TimelineStore.open(db_path)
    try:
        timeline = _title(store)
        events = list(_events(store, where, params))
    finally:
        store.close()
    return _write_timelinejs(events, out, timeline)


# ---- CSV -------------------------------------------------------------------------------------


def _write_csv(events: Iterable[dict[str, Any]], out: Output) -> int:
    written = 0
    with _writer(out) as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(HEADER)
        for event in events:
            writer.writerow(["" if event[k] is None else event[k] for k in HEADER])
            written += 1
    return written


def export_csv(
    db_path: str | Path,
    out: Output,
    *,
    lanes: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    ids: Iterable[int] | None = None,
) -> int:
    """Write the events as timeline CSV (header `id,title,start,end,precision,lane,text,source,
    headline,url`, UTF-8, RFC 4180); the number of rows written. Filters as export_timelinejs."""
    where, params = _where(lanes, since, until, ids)
    store = TimelineStore.open(db_path)
    try:
        return _write_csv(_events(store, where, params), out)
    finally:
        store.close()


# ---- any store (a plain table too) -----------------------------------------------------------


def _detail_events(store: Any, ids: Iterable[int]) -> Iterator[dict[str, Any]]:
    """The events `ids` of a store with `event(id)` (a plain table: no articles or captions),
    as the exporters' rows. A plain table's unmapped columns are not exported: neither format
    has a place for them."""
    for event_id in ids:
        event = store.event(int(event_id))
        if event is None:
            continue
        article = event.article
        yield {
            "id": event.id,
            "title": event.title,
            "text": event.text,
            "start": event.start,
            "end": event.end,
            "precision": event.precision,
            "lane": event.lane,
            "kind": event.kind,
            "data": None,
            "source": article.source if article else None,
            "headline": article.headline if article else None,
            "url": article.url if article else None,
            "caption": None,
            "credit": None,
            "image": None,
        }


def export_store_events(store: Any, kind: str, out: Output, ids: Iterable[int]) -> int:
    """Write the events `ids` of an open store (a timeline database or a plain table) as CSV or
    TimelineJS, in the order given; the number written."""
    events = _detail_events(store, ids)
    return _write_csv(events, out) if kind == "csv" else _write_timelinejs(events, out)


EXPORTERS = {"timelinejs": export_timelinejs, "csv": export_csv}


# ---- the command -----------------------------------------------------------------------------


class UsageError(Exception):
    """Bad command line; its message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # type: ignore[override]
        raise UsageError(message)


def parser() -> argparse.ArgumentParser:
    p = _Parser(
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
) -> int:
    """Export a plain table (not a timeline database) through the mapping the viewer remembers
    for the file, else the detected one; MappingNeededError when neither exists."""
    from db.remembered import recall
    from db.store.opening import open_store as open_any

    store = open_any(db_path, recall(db_path))
    try:
        index = store.load_index()
        keep = np.ones(len(index), dtype=bool)
        if lanes is not None:
            wanted = [i for i, name in enumerate(index.lanes) if name in set(lanes)]
            keep &= np.isin(index.lane, wanted)
        if since:
            keep &= index.end > period(since).start
        if until:
            keep &= index.start < period(until).end
        return export_store_events(store, fmt, out, index.ids[keep].tolist())
    finally:
        store.close()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        fmt = _format(args)
        for name in ("since", "until"):
            value = getattr(args, name)
            if value:
                try:
                    period(value)
                except DateError as exc:
                    raise UsageError(f"--{name}: {exc}") from None
    except UsageError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    to_stdout = args.out == "-"
    out = sys.stdout if to_stdout else Path(args.out)
    try:
        try:
            written = EXPORTERS[fmt](
                args.db, out, lanes=args.lane, since=args.since, until=args.until
            )
        except (ForeignDatabaseError, SchemaMismatchError):
            written = _export_plain(args.db, fmt, out, args.lane, args.since, args.until)
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
