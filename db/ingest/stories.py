"""Stories: the sentence events of different articles that tell one happening, grouped at import.

Two events belong to one story when they have the same date at the same precision (the same
`start_key`, `end_key` and `precision`: the blocking key, so only events of one date are ever
compared) and their sentences are near-identical by token similarity
(`rapidfuzz.fuzz.token_sort_ratio`, see `similarity` and THRESHOLD). Only dates known to the day
or finer are grouped: "in 2011" is background that hundreds of unrelated sentences share, not
one happening. Nor are events placed around their publication day (no date stated): every
dateless report of a day would be compared with every other, quadratic in a day's articles
(10,000 such events on one day when a thousand articles share it); db.ingest.around_stories
groups those told in the same words, by a hash look-up.

Every member of a story, its first report included, has `events.story_id` set to the id of the
story's first report (the member whose article was published first, ties by id); an event that
is its own story keeps NULL. Grouping only sets `story_id`: it never deletes or changes a report.

Each new event is compared with the events of its date that came before it (lower ids), so the
groups depend only on the order of import, never on how the files were split into calls: an
article imported again adds no event and changes no group.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Protocol, TypeVar

import numpy as np
import sqlite_utils
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from db.schema import AROUND_DRAWN, around_drawn

# Measured with bench/story_eval.py on 67 labelled pairs (46 written for it, 21 real pairs of the
# demo's posts): rapidfuzz's token_sort_ratio at 80 groups two thirds of the same-happening pairs
# with a precision of 0.95. token_set_ratio, which ignores the words only one sentence has, let
# through "At least 12 killed in air strikes on a market in Idlib on Saturday, a war monitor
# said" for "At least 17 killed by a car bomb in Azaz on Saturday, ...": at no threshold did it
# reach that precision with more than half the pairs. A wrong group hides a happening (only the
# story's first report is drawn), a missed one draws it twice: precision comes first.
THRESHOLD = 80.0
# token_sort_ratio is the ratio of the two sentences' words sorted: sorted once per sentence
# (`Sentence`), the pairs are scored by plain `ratio`, which rapidfuzz's cdist runs many times
# faster than token_sort_ratio (that sorts both sentences again for every pair).
SCORER = fuzz.ratio
DATES_A_QUERY = 500  # dates whose events are read by one query
_DATE = itemgetter(0, 1, 2)
SCORE_ROWS = 256  # new events scored at once on a busy date (a float32 row per earlier event)
GROUPED_PRECISIONS = ("day", "hour", "minute", "second")
SENTENCE = "sentence"


class Sentence:
    """A sentence as compared: lower case, punctuation dropped (rapidfuzz's default_process),
    its words sorted; prepared once per event rather than once per pair."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = " ".join(sorted(default_process(text).split()))


def similarity(a: Sentence, b: Sentence) -> float:
    """How near two sentences are, 0..100: rapidfuzz's token_sort_ratio (their words sorted,
    then compared as strings: word order does not count, every word does)."""
    return SCORER(a.text, b.text, processor=None)


@dataclass
class _Report:
    id: int
    article: int
    text: str
    story: int | None
    reported: int | None

    def __post_init__(self) -> None:
        self.sentence = Sentence(self.text)


class Member(Protocol):
    """A report of a story, as both groupings hold it (here and in around_stories)."""

    id: int
    reported: int | None  # its article's publication key, None when unknown


M = TypeVar("M", bound=Member)


def first_report(reports: Iterable[M]) -> M:
    """The story's first report: published first, then imported first."""
    return min(reports, key=lambda r: (r.reported is None, r.reported or 0, r.id))


def group_stories(db: sqlite_utils.Database, article_ids: Sequence[int]) -> int:
    """Group the new sentence events of `article_ids` with the earlier events of their dates;
    returns how many of them joined a story. Runs inside the caller's transaction."""
    if not article_ids:
        return 0
    precisions = ",".join("?" * len(GROUPED_PRECISIONS))
    # Found through the article_id index: the planner would otherwise walk the story_id index
    # over every ungrouped event of the file.
    dates = db.execute(
        f"""SELECT DISTINCT start_key, end_key, precision FROM events
            WHERE article_id IN (SELECT value FROM json_each(?)) AND kind = ?
              AND precision IN ({precisions}) AND +story_id IS NULL AND text IS NOT NULL
              AND NOT {AROUND_DRAWN}""",
        [json.dumps(list(article_ids)), SENTENCE, *GROUPED_PRECISIONS],
    ).fetchall()
    new = set(article_ids)
    joined = 0
    for at in range(0, len(dates), DATES_A_QUERY):
        for _date, block in groupby(_events_of(db, dates[at : at + DATES_A_QUERY]), _DATE):
            joined += _group_date(db, [row[3:] for row in block], new)
    return joined


def _events_of(db: sqlite_utils.Database, dates: list[tuple]) -> list[tuple]:
    """The sentence events of `dates` (start key, end key, precision), by date then id: a few
    hundred dates a query (a query a date cost as much as the grouping), not all at once (an
    import of a million events would hold them all)."""
    return db.execute(
        f"""SELECT e.start_key, e.end_key, e.precision,
                  e.id, e.article_id, CAST(e.text AS TEXT), e.story_id, e.reported_key
           FROM json_each(?) AS d
           JOIN events AS e ON e.start_key = json_extract(d.value, '$[0]')
                           AND e.end_key = json_extract(d.value, '$[1]')
                           AND e.precision = json_extract(d.value, '$[2]')
           WHERE e.kind = ? AND e.article_id IS NOT NULL AND e.text IS NOT NULL
             AND NOT {around_drawn("e.provenance")}
           ORDER BY e.start_key, e.end_key, e.precision, e.id""",
        [json.dumps(dates), SENTENCE],
    ).fetchall()


def _group_date(db: sqlite_utils.Database, rows: list[tuple], new: set[int]) -> int:
    """One date's block (its events' id, article, text, story and reported key, by id): each
    new event, in id order, joins the story of its best match among the events before it (of
    other articles, in a story that has no report of its article yet)."""
    if len({row[1] for row in rows}) < 2:
        return 0  # one article's events: nothing to compare (and no sentence to prepare)
    reports = [_Report(*row) for row in rows]
    stories: dict[int, list[_Report]] = {}  # story key (its first member's id) -> members
    for r in reports:
        if r.story is not None:
            stories.setdefault(r.story, []).append(r)
    story_of = {r.id: r.story for r in reports}
    joined = 0
    todo = [i for i, r in enumerate(reports) if r.article in new and r.story is None and i > 0]
    for i, scores in _scores(reports, todo):
        report = reports[i]
        best = _best_match(report, reports, scores, story_of, stories)
        if best is None:
            continue
        old_key = story_of[best.id]
        members = stories.pop(old_key, [best]) if old_key is not None else [best]
        members.append(report)
        first = first_report(members).id
        changed = [m for m in members if m.story != first]  # the new report, or all of them
        for m in changed:
            m.story = story_of[m.id] = first
        stories[first] = members
        write_story(db, changed, first)
        joined += 1
    return joined


def _scores(reports: list[_Report], todo: list[int]) -> Iterator[tuple[int, np.ndarray]]:
    """For each position in `todo` that has a report before it scoring THRESHOLD or more, its
    scores against the reports before it (the others could join no story). A busy date's are
    computed a chunk of rows at a time in C (rapidfuzz's cdist, which gives up on a pair as soon
    as it cannot reach the threshold), not pair by pair in Python."""
    texts = [r.sentence.text for r in reports]
    for at in range(0, len(todo), SCORE_ROWS):
        rows = todo[at : at + SCORE_ROWS]
        matrix = process.cdist(
            [texts[i] for i in rows],
            texts[: rows[-1]],
            scorer=SCORER,
            processor=None,
            score_cutoff=THRESHOLD,
            dtype=np.float32,
        )
        before = np.arange(matrix.shape[1]) < np.array(rows)[:, None]
        near = ((matrix >= THRESHOLD) & before).any(axis=1)
        for at_row in np.flatnonzero(near).tolist():
            i = rows[at_row]
            yield i, matrix[at_row, :i]


def _best_match(
    report: _Report,
    reports: list[_Report],
    scores: np.ndarray,
    story_of: dict[int, int | None],
    stories: dict[int, list[_Report]],
) -> _Report | None:
    """The earlier report nearest to `report` (the highest score from THRESHOLD, the earliest of
    equals; `scores` are against the reports before it) that it may join: of another article, in
    a story with no report of its article yet."""
    hits = np.flatnonzero(scores >= THRESHOLD)
    for at in hits[np.argsort(-scores[hits], kind="stable")].tolist():
        candidate = reports[at]
        if candidate.article == report.article:
            continue
        key = story_of[candidate.id]
        members = stories.get(key, [candidate]) if key is not None else [candidate]
        if all(m.article != report.article for m in members):  # one report of an article
            return candidate
    return None


def write_story(db: sqlite_utils.Database, members: Sequence[Member], first: int) -> None:
    """Set `first` as the story of `members`."""
    db.conn.executemany(
        "UPDATE events SET story_id = ? WHERE id = ?", [(first, m.id) for m in members]
    )
