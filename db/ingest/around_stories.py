"""Stories of happenings no words dated: the same sentence reported by articles of neighbouring
publication days, grouped at import.

An event placed around its report's publication day (provenance "around") has no date of its
own to block on, so db.ingest.stories leaves it out: comparing every dateless report of a day
with every other by similarity is quadratic in the day's articles. Here, instead, a report
joins an earlier one only when both tell the happening in the same words: the same clause
title in the same sentence (lower case, punctuation dropped: rapidfuzz's default_process),
published on the same day or a day apart. That is a hash lookup per event, so the cost is
linear in the events of the neighbouring days. A sentence of fewer than MIN_WORDS words ("He
asked.", "No one was hurt.") is said of many unrelated happenings and groups nothing.

Membership is as in db.ingest.stories: every member's `story_id` is the id of the story's first
report (published first, then imported first), one report of an article a story, earlier ids
first, so groups depend on the order of import and not on how the files were split into calls.
The story's reports are the days it was reported on (the panel lists them with their dates).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

import sqlite_utils
from rapidfuzz.utils import default_process

from db.schema import AROUND_DRAWN, around_drawn
from db.timekeys import DAY

from .stories import first_report, write_story

MIN_WORDS = 6  # a shorter sentence ("He asked.") is said of unrelated happenings
NEIGHBOURS = 1  # days apart that two reports of one dateless happening may be published
SENTENCE = "sentence"


def happening_key(title: str, text: str) -> str | None:
    """What two reports of one dateless happening share: the clause title and its sentence,
    lower case without punctuation; None for a sentence too short to tell happenings apart."""
    sentence = default_process(text)
    if len(sentence.split()) < MIN_WORDS:
        return None
    return f"{default_process(title)}\n{sentence}"


@dataclass
class _Report:
    id: int
    article: int
    day: int  # its start key: the publication day it is placed around
    story: int | None
    reported: int | None


def group_around(db: sqlite_utils.Database, article_ids: Sequence[int]) -> int:
    """Group the new dateless sentence events of `article_ids` (placed around their publication
    day) with the earlier reports of the same words a day apart at most; returns how many of
    them joined a story. Runs inside the caller's transaction."""
    if not article_ids:
        return 0
    days = {
        day
        for (day,) in db.execute(
            f"""SELECT DISTINCT start_key FROM events
                WHERE article_id IN (SELECT value FROM json_each(?)) AND kind = ?
                  AND precision = 'day' AND +story_id IS NULL AND text IS NOT NULL
                  AND {AROUND_DRAWN}""",
            [json.dumps(list(article_ids)), SENTENCE],
        )
    }
    if not days:
        return 0
    near = sorted({d + k * DAY for d in days for k in range(-NEIGHBOURS, NEIGHBOURS + 1)})
    # IN, not a join on json_each: SQLite then tests each around event against one sorted list,
    # where the join scanned the whole list once an event (30 ms of a 0.85 s TBAQ import)
    rows = db.execute(
        f"""SELECT e.id, e.article_id, e.start_key, e.story_id, e.reported_key, e.title,
                   CAST(e.text AS TEXT)
            FROM events AS e
            WHERE e.start_key IN (SELECT value FROM json_each(?)) AND e.kind = ?
              AND e.precision = 'day' AND e.article_id IS NOT NULL AND e.text IS NOT NULL
              AND {around_drawn("e.provenance")}
            ORDER BY e.id""",
        [json.dumps(near), SENTENCE],
    ).fetchall()
    return _group(db, rows, set(article_ids))


def _group(db: sqlite_utils.Database, rows: list[tuple], new: set[int]) -> int:
    """Each new report, in id order, joins the story of the first earlier report of its words
    published within NEIGHBOURS days of it, in a story with no report of its article yet."""
    stories = _stories(db, {row[3] for row in rows if row[3] is not None})
    known = {m.id: m for members in stories.values() for m in members}  # one object an event
    by_key: dict[str, list[_Report]] = {}
    joined = 0
    for eid, article, day, story, reported, title, text in rows:
        key = happening_key(title or "", text or "")
        if key is None:
            continue
        report = known.get(eid) or _Report(eid, article, day, story, reported)
        earlier = by_key.setdefault(key, [])
        match = None
        if article in new and report.story is None:
            match = _match(report, earlier, stories)
        earlier.append(report)
        if match is None:
            continue
        members = stories.pop(match.story, []) if match.story is not None else [match]
        members.append(report)
        first = first_report(members).id
        changed = [m for m in members if m.story != first]  # the new report, or all of them
        for m in changed:
            m.story = first
        stories[first] = members
        write_story(db, changed, first)
        joined += 1
    return joined


def _match(
    report: _Report, earlier: list[_Report], stories: dict[int, list[_Report]]
) -> _Report | None:
    """The first of `earlier` (the same words) that `report` may join: of another article,
    published within NEIGHBOURS days, in a story with no report of its article yet. Each story
    is looked at once, so a sentence repeated by many articles costs a look per story."""
    seen: set[int] = set()
    for candidate in earlier:
        if candidate.article == report.article:
            continue
        if abs(candidate.day - report.day) > NEIGHBOURS * DAY:
            continue
        if candidate.story is None:
            return candidate
        if candidate.story in seen:
            continue
        seen.add(candidate.story)
        if all(m.article != report.article for m in stories.get(candidate.story, [])):
            return candidate
    return None


def _stories(db: sqlite_utils.Database, story_ids: set[int]) -> dict[int, list[_Report]]:
    """Every member of these stories (some may lie outside the days read), by story id."""
    if not story_ids:
        return {}
    stories: dict[int, list[_Report]] = {}
    for eid, article, day, story, reported in db.execute(
        """SELECT id, article_id, start_key, story_id, reported_key FROM events
           WHERE story_id IN (SELECT value FROM json_each(?)) ORDER BY id""",
        [json.dumps(sorted(story_ids))],
    ):
        stories.setdefault(story, []).append(_Report(eid, article, day, story, reported))
    return stories
