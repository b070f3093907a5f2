"""Stories: the sentence events of different articles that tell one happening, grouped at import.

Two events belong to one story when they have the same date at the same precision (the same
`start_key`, `end_key` and `precision`: the blocking key, so only events of one date are ever
compared) and their sentences are near-identical by token similarity
(`rapidfuzz.fuzz.token_sort_ratio`, see `similarity` and THRESHOLD). Only dates known to the day
or finer are grouped: "in 2011" is background that hundreds of unrelated sentences share, not
one happening.

Every member of a story, its first report included, has `events.story_id` set to the id of the
story's first report (the member whose article was published first, ties by id); an event that
is its own story keeps NULL. Grouping only sets `story_id`: it never deletes or changes a report.

Each new event is compared with the events of its date that came before it (lower ids), so the
groups depend only on the order of import, never on how the files were split into calls: an
article imported again adds no event and changes no group.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import sqlite_utils
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

# Measured with bench/story_eval.py on 67 labelled pairs (46 written for it, 21 real pairs of the
# demo's posts): rapidfuzz's token_sort_ratio at 80 groups two thirds of the same-happening pairs
# with a precision of 0.95. token_set_ratio, which ignores the words only one sentence has, let
# through "At least 12 killed in air strikes on a market in Idlib on Saturday, a war monitor
# said" for "At least 17 killed by a car bomb in Azaz on Saturday, ...": at no threshold did it
# reach that precision with more than half the pairs. A wrong group hides a happening (only the
# story's first report is drawn), a missed one draws it twice: precision comes first.
THRESHOLD = 80.0
GROUPED_PRECISIONS = ("day", "hour", "minute", "second")
SENTENCE = "sentence"


class Sentence:
    """A sentence as compared: lower case, punctuation dropped (rapidfuzz's default_process),
    prepared once per event rather than once per pair."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = default_process(text)


def similarity(a: Sentence, b: Sentence) -> float:
    """How near two sentences are, 0..100: rapidfuzz's token_sort_ratio (their words sorted,
    then compared as strings: word order does not count, every word does)."""
    return fuzz.token_sort_ratio(a.text, b.text, processor=None)


@dataclass
class _Report:
    id: int
    article: int
    text: str
    story: int | None
    reported: int | None

    def __post_init__(self) -> None:
        self.sentence = Sentence(self.text)


def _first(reports: Iterable[_Report]) -> _Report:
    """The story's first report: published first, then imported first."""
    return min(reports, key=lambda r: (r.reported is None, r.reported or 0, r.id))


def group_stories(db: sqlite_utils.Database, article_ids: Sequence[int]) -> int:
    """Group the new sentence events of `article_ids` with the earlier events of their dates;
    returns how many of them joined a story. Runs inside the caller's transaction."""
    if not article_ids:
        return 0
    precisions = ",".join("?" * len(GROUPED_PRECISIONS))
    dates = db.execute(
        f"""SELECT DISTINCT start_key, end_key, precision FROM events
            WHERE article_id IN (SELECT value FROM json_each(?)) AND kind = ?
              AND precision IN ({precisions}) AND story_id IS NULL AND text IS NOT NULL""",
        [json.dumps(list(article_ids)), SENTENCE, *GROUPED_PRECISIONS],
    ).fetchall()
    new = set(article_ids)
    joined = 0
    for start_key, end_key, precision in dates:
        joined += _group_date(db, start_key, end_key, precision, new)
    return joined


def _group_date(
    db: sqlite_utils.Database, start_key: int, end_key: int, precision: str, new: set[int]
) -> int:
    """One date's block: each new event, in id order, joins the story of its best match among
    the events before it (of other articles, in a story that has no report of its article yet)."""
    rows = db.execute(
        """SELECT id, article_id, CAST(text AS TEXT), story_id, reported_key FROM events
           WHERE start_key = ? AND end_key = ? AND precision = ? AND kind = ?
             AND article_id IS NOT NULL AND text IS NOT NULL
           ORDER BY id""",
        [start_key, end_key, precision, SENTENCE],
    ).fetchall()
    reports = [_Report(*row) for row in rows]
    if len({r.article for r in reports}) < 2:
        return 0
    stories: dict[int, list[_Report]] = {}  # story key (its first member's id) -> members
    for r in reports:
        if r.story is not None:
            stories.setdefault(r.story, []).append(r)
    story_of = {r.id: r.story for r in reports}
    joined = 0
    for i, report in enumerate(reports):
        if report.article not in new or report.story is not None:
            continue
        best, best_score = None, THRESHOLD
        for earlier in reports[:i]:
            if earlier.article == report.article:
                continue
            key = story_of[earlier.id]
            members = stories.get(key, [earlier]) if key is not None else [earlier]
            if any(m.article == report.article for m in members):
                continue  # a story holds one report of an article
            score = similarity(report.sentence, earlier.sentence)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = earlier, score
        if best is None:
            continue
        old_key = story_of[best.id]
        members = stories.pop(old_key, [best]) if old_key is not None else [best]
        members.append(report)
        first = _first(members).id
        for m in members:
            m.story = story_of[m.id] = first
        stories[first] = members
        _write_story(db, members, first)
        joined += 1
    return joined


def _write_story(db: sqlite_utils.Database, members: list[_Report], first: int) -> None:
    db.conn.executemany(
        "UPDATE events SET story_id = ? WHERE id = ? AND story_id IS NOT ?",
        [(first, m.id, first) for m in members],
    )
