"""Which of a window's events a query matches: the search marks of what a zoomed-in view shows.

A common word's marks over the whole range are a sample (db.store.fts_spread), so a view zoomed in
would show gaps where hits lie. The view's events are few (the frame fetched them for drawing), so
their hits are found exactly: each FTS5 table's matches within the rowid range of the events (or of
their articles and captions) are read in one pass of its doclist, and kept where they are among
them. A hit in an article or a caption marks the events standing for it (as db.store.fts_search:
its publication events, else all its events). No sqlite3 here: the store runs the statements.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .fts_search import (
    _TABLES,
    FTS_SYNTAX,
    Run,
    _events_standing,
    in_chunks,
    narrowed,
    plain_fts_query,
)
from .model import held_in, unique_ids

# The matches of a table with rowids in [?, ?]: FTS5 seeks the doclist to the first and stops
# past the last.
_IN_RANGE = "SELECT group_concat(rowid) FROM {t} WHERE {t} MATCH ? AND rowid BETWEEN ? AND ?"
_ARTICLES = "SELECT DISTINCT article_id FROM events WHERE id IN ({marks}) AND article_id NOT NULL"
_CAPTIONS = "SELECT id, article_id FROM captions WHERE article_id IN ({marks})"
_NONE = np.empty(0, np.int64)


def _ids(text: str | None) -> np.ndarray:
    return np.fromstring(text, np.int64, sep=",") if text else _NONE


def _matching(run: Run, tables: Sequence[str], query: str, among: np.ndarray) -> np.ndarray:
    """Of `among` (sorted rowids), those matching `query` in any of `tables`."""
    if not len(among):
        return _NONE
    lo, hi = int(among[0]), int(among[-1])
    found = [_ids(run(_IN_RANGE.format(t=t), (query, lo, hi))[0][0]) for t in tables]
    matched = unique_ids(np.concatenate([_NONE, *found]))
    return among[held_in(among, matched)]


def hits_among(
    run: Run,
    syntax_error: type[Exception] | tuple[type[Exception], ...],
    text: str,
    ids: np.ndarray,
    terms: bool = False,
    counted: bool = False,
    events: Sequence[str] = ("events_fts",),
    folds: np.ndarray | None = None,
) -> np.ndarray:
    """Of the events `ids`, those a search of `text` marks (sorted): their own text matches, or
    an article's or a caption's they stand for. As fts_search.search: text that is not valid FTS5
    syntax is searched as plain words, `terms`/`counted` narrow a prefix to its one term.
    `folds`: (report, the report drawn for its story) sorted by report (db.store.stories): a hit
    on a report not drawn marks its story's drawn report."""
    shown = unique_ids(ids)
    folded = folds[held_in(folds[:, 1], shown)] if folds is not None and len(folds) else None
    if folded is None or not len(folded):
        return _hits_of(run, syntax_error, text, shown, terms, counted, events)
    among = unique_ids(np.concatenate([shown, folded[:, 0]]))
    found = _hits_of(run, syntax_error, text, among, terms, counted, events)
    at = np.minimum(np.searchsorted(folded[:, 0], found), len(folded) - 1)
    drawn = np.where(folded[at, 0] == found, folded[at, 1], found)
    return unique_ids(drawn[held_in(drawn, shown)])


def _hits_of(
    run: Run,
    syntax_error: type[Exception] | tuple[type[Exception], ...],
    text: str,
    among: np.ndarray,
    terms: bool,
    counted: bool,
    events: Sequence[str],
) -> np.ndarray:
    plain = plain_fts_query(text)
    if plain is None or not len(among):
        return _NONE

    def plainly() -> np.ndarray:
        narrow = terms or counted
        tables = narrowed(run, text, counted, events) if narrow else dict.fromkeys(_TABLES, plain)
        return _hits(run, tables, among, events)

    if FTS_SYNTAX.search(text):
        try:
            return _hits(run, dict.fromkeys(_TABLES, text.strip()), among, events)
        except syntax_error:
            return plainly()
    return plainly()


def _hits(run: Run, tables: dict[str, str], among: np.ndarray, events: Sequence[str]) -> np.ndarray:
    own = _matching(run, events, tables["e"], among)
    articles = unique_ids([r[0] for r in in_chunks(run, _ARTICLES, among.tolist())])
    if not len(articles):
        return own
    matched = _matching(run, [_TABLES["a"]], tables["a"], articles)
    captions = in_chunks(run, _CAPTIONS, articles.tolist())
    if captions:
        by_id = np.asarray(captions, np.int64).reshape(-1, 2)
        by_id = by_id[np.argsort(by_id[:, 0], kind="stable")]
        hit = _matching(run, [_TABLES["c"]], tables["c"], by_id[:, 0])
        matched = unique_ids(np.concatenate([matched, by_id[held_in(by_id[:, 0], hit), 1]]))
    standing = _events_standing(run, matched.tolist()) if len(matched) else _NONE
    return unique_ids(np.concatenate([own, standing[held_in(standing, among)]]))
