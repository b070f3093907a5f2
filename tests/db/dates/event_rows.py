"""What the date tests read of the event rows the importer makes of a text (`dated_sentences`,
then `sentence_events`), in the shapes they compare, keyed by each event's title: one function
a shape, so that a test file names its publication day and picks one."""

from __future__ import annotations

import datetime
from typing import Any

from db.dates import dated_sentences
from db.ingest.events import sentence_events


def rows(text: str, dct: datetime.date) -> list[dict[str, Any]]:
    """The event rows of `text` published on `dct`."""
    return sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")


def starts_and_precisions(text: str, dct: datetime.date) -> dict[str, tuple[str, str]]:
    """Each event's title -> its start and precision (of a title's last event)."""
    return {r["title"]: (r["start"], r["precision"]) for r in rows(text, dct)}


def dates_placed(text: str, dct: datetime.date) -> dict[str, set[str]]:
    """Each event's title -> the dates it is placed on."""
    got: dict[str, set[str]] = {}
    for r in rows(text, dct):
        got.setdefault(r["title"], set()).add(r["start"])
    return got


def days_placed(text: str, dct: datetime.date) -> dict[str, set[str]]:
    """Each event's title -> the days (or months, years) it is placed on, without a time."""
    got: dict[str, set[str]] = {}
    for r in rows(text, dct):
        got.setdefault(r["title"], set()).add(r["start"][:10])
    return got


def dates_and_statuses(text: str, dct: datetime.date) -> dict[str, set[tuple[str, str]]]:
    """Each event's title -> its (date, status) pairs."""
    got: dict[str, set[tuple[str, str]]] = {}
    for r in rows(text, dct):
        got.setdefault(r["title"], set()).add((r["start"], r["status"]))
    return got
