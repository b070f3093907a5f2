"""Full-text search over the FTS5 tables every store with text keeps (`events_fts`,
`articles_fts`, `captions_fts`, as in db.schema): ranking, snippets, which events an article or a
caption hit stands for, and the fallback from FTS5 syntax to plain words.

The timeline database and an archive's search sidecar hold the same FTS5 tables but read an
event's dates, title and headline from different places, and run SQL with different time limits
and errors: each passes `run` (SQL and parameters to rows), the error its `run` raises for text
that is no valid FTS5 query, and the SQL that reads the hits. No sqlite3 here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

import numpy as np

from . import fts_rank, fts_snippets, fts_spread
from .model import MARK_OFF, MARK_ON, SearchHit, SearchResult, unique_ids

Run = Callable[[str, Any], list[tuple]]
# Several statements to rows, each statement's in order: at once where the store has connections
# to spare (each table's bm25 counts its term's rows: a scan of 10-30 ms at a million rows).
RunEach = Callable[[Sequence[tuple[str, Any]]], list[list[tuple]]]
# Several statements started at once on such connections: a wait for each one's rows, in order.
StartEach = Callable[[Sequence[tuple[str, Any]]], list[Callable[[], list[tuple]]]]

FTS_SYNTAX = re.compile(r'["*():^]|\b(?:AND|OR|NOT|NEAR)\b')
CHUNK = 500  # ids in one `IN (...)` list

RANK_POOL = 2000  # matches of one table ranked for the hits: the latest (by rowid)
STANDING_MARKS = 500  # article and caption matches whose events are marked besides the ranked

# Ranking every match of a common word costs its bm25 for each (150,000 at 1M events: 0.2-0.6 s),
# so each table ranks its latest :pool matches only (all of them for rarer text): FTS5 walks its
# doclist backwards and stops. Ties go latest first (SQLite's sorter kept them in that order).
# Snippets are made afterwards for the rows shown (fts_snippets). {rank} is FTS5's own bm25 or,
# where the store keeps term counts, fts_rank's (the same scores).
_POOLED = """SELECT * FROM (SELECT rowid, {rank} AS rank FROM {table}
        WHERE {table} MATCH :{q} ORDER BY rowid DESC LIMIT :pool)
    ORDER BY rank, rowid DESC LIMIT :n"""


def _best_of(letter: str, counted: bool) -> str:
    """Table `letter`'s best, as (table letter, FTS rowid, rank, the article or event id the row
    stands for); the three are merged by rank, a tie in table order (events, articles,
    captions) as SQLite's UNION ALL ... ORDER BY merges them. `counted`: ranked by
    fts_rank.RANK_FUNCTION with the query's term counts (:docs)."""
    table = _TABLES[letter]
    rank = f"{fts_rank.RANK_FUNCTION}({table}, :docs)" if counted else "rank"
    pooled = _POOLED.format(table=table, q=letter, rank=rank)
    if letter == "c":
        return f"SELECT 'c', f.rowid, f.rank, c.article_id FROM ({pooled}) f " + (
            "JOIN captions c ON c.id = f.rowid"
        )
    return f"SELECT '{letter}', rowid, rank, rowid FROM ({pooled})"


_TABLES = {"e": "events_fts", "a": "articles_fts", "c": "captions_fts"}
_TABLE_NAMES = ", ".join(f"'{t}'" for t in _TABLES.values())
_BEST_OF = {letter: _best_of(letter, False) for letter in _TABLES}
_COUNTED_BEST_OF = {letter: _best_of(letter, True) for letter in _TABLES}
_CAPTIONED = "SELECT article_id FROM captions WHERE id IN ({marks})"

# A prefix query ("minist"*) merges the doclists of every term with the prefix in memory before
# its first row, and bm25 walks the merge again (50-110 ms a table for a word in 80 % of a
# million rows), where one term is read lazily. When a table holds one term with the prefix,
# that term alone matches the same rows with the same bm25: a store that keeps fts5vocab tables
# (TERM_TABLES) or term counts (fts_rank.TERMS) has the last word's prefix narrowed to its term,
# table by table.
TERM_TABLES = "".join(
    f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{t}_terms USING fts5vocab(main, {t}, instance);\n"
    for t in _TABLES.values()
)
_TERM_FROM = "SELECT term FROM temp.{table}_terms WHERE term >= ? LIMIT 1"  # a seek, lazily
_COUNTED_TERM_FROM = (
    f"SELECT term FROM {fts_rank.TERMS} WHERE tbl = '{{table}}' AND term >= ? LIMIT 1"
)
_ASCII_WORD = re.compile(r"[a-z0-9]+")  # what unicode61 keeps as it is, lowercased


def plain_fts_query(text: str) -> str | None:
    """Words as quoted FTS5 terms, the last one a prefix (as-you-type); None if no words."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    return " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'


def _sole_term(run: Run, table: str, prefix: str, counted: bool) -> str | None:
    """The one term of `table` that starts with `prefix`; None if none or several."""
    sql = (_COUNTED_TERM_FROM if counted else _TERM_FROM).format(table=table)
    first = run(sql, (prefix,))
    if not first or not str(first[0][0]).startswith(prefix):
        return None
    term = str(first[0][0])
    after = run(sql, (term + "\0",))  # the next term in byte order
    return None if after and str(after[0][0]).startswith(prefix) else term


def _sole_term_of(run: Run, tables: Sequence[str], prefix: str) -> str | None:
    """The one term that starts with `prefix` in all of `tables` (an index split in parts,
    with term counts); None if none or several."""
    found = set()
    for table in tables:
        sql = _COUNTED_TERM_FROM.format(table=table)
        first = run(sql, (prefix,))
        if first and str(first[0][0]).startswith(prefix):
            term = str(first[0][0])
            after = run(sql, (term + "\0",))
            if after and str(after[0][0]).startswith(prefix):
                return None
            found.add(term)
    return found.pop() if len(found) == 1 else None


def narrowed(
    run: Run, text: str, counted: bool = False, events: Sequence[str] = ("events_fts",)
) -> dict[str, str]:
    """Table letter -> the plain query of `text` (plain_fts_query) with its last word's prefix
    narrowed to the table's one term with it, where the table holds one (TERM_TABLES, or the
    term counts when `counted`). `events`: the events index's parts (db.archive.search), one
    term among them all."""
    plain = plain_fts_query(text)
    assert plain is not None
    out = dict.fromkeys(_TABLES, plain.strip())
    head, _, last = plain.rpartition(" ")
    prefix = last[1:-2].lower()
    if not _ASCII_WORD.fullmatch(prefix):
        return out  # the tokenizer may split it or fold its accents: left as typed
    for letter, table in _TABLES.items():
        if letter == "e" and len(events) > 1:
            term = _sole_term_of(run, events, prefix) if counted else None
        else:
            term = _sole_term(run, table, prefix, counted)
        if term is not None:
            out[letter] = f'{head} "{term}"'.lstrip()
    return out


def in_chunks(run: Run, sql: str, ids: Sequence[int]) -> list[tuple]:
    """Run `sql` (with an `IN ({marks})` list) over `ids`, CHUNK at a time."""
    out: list[tuple] = []
    for i in range(0, len(ids), CHUNK):
        part = [int(x) for x in ids[i : i + CHUNK]]
        out += run(sql.format(marks=",".join("?" * len(part))), part)
    return out


def search(
    run: Run,
    syntax_error: type[Exception] | tuple[type[Exception], ...],
    hits_sql: str,
    text: str,
    limit: int,
    marks: int,
    terms: bool = False,
    start_each: StartEach | None = None,
    counted: bool = False,
    events: Sequence[str] = ("events_fts",),
    events_size: tuple[int, int] | None = None,
    threads: int = 1,
) -> SearchResult:
    """The best `limit` matches (FTS5 rank among each table's latest RANK_POOL) with snippets, in
    date order, and up to `marks` matching event ids without, for marking the timeline. Text that
    is not valid FTS5 syntax (`run` raises `syntax_error`) is searched as plain words. A hit in an
    article or a caption stands for the article's publication event, or else for the events that
    cite it.

    The two halves run apart when asked (a viewer shows the hits first): `marks=0` marks only the
    hits, `limit=0` gives no hits, only the marks. `hits_sql` reads (id, start key, start,
    precision, title, headline) of the events whose ids fill its `IN ({marks})` list. With
    `terms` the store keeps TERM_TABLES, and plain words are matched through `narrowed`; with
    `start_each` the tables are searched at once. With `counted` the store keeps term counts
    (fts_rank.TERMS; narrowed through them) and `start_each` runs on connections with
    fts_rank.RANK_FUNCTION: a query of plain words ranks with the counts. `events`: the events
    index's FTS5 tables, in id order, when it is split in parts (db.archive.search), and
    `events_size` their rows and size together (a counted plain query ranks as one index; the
    rows plan the marks, with `counted`).
    `threads`: how many statements `start_each` runs at once (the marks' longest are cut in as
    many pieces)."""
    plain = plain_fts_query(text)
    if plain is None:
        return SearchResult(text, [], False)
    # (else each statement run, on `run`, when its rows are waited for)
    start = start_each or (lambda statements: [partial(run, sql, p) for sql, p in statements])
    split = _Split(tuple(events), events_size) if len(events) > 1 else None
    rows = events_size[0] if counted and events_size else 0  # (the marks' plan: _may_be_few)

    def plainly(fallback: bool) -> SearchResult:
        tables = (
            narrowed(run, text, counted, events)
            if terms or counted
            else dict.fromkeys(_TABLES, plain)
        )
        return _search(
            run, start, hits_sql, text, plain, tables, limit, marks, fallback, counted, split,
            threads, rows,
        )  # fmt: skip

    if FTS_SYNTAX.search(text):
        match = text.strip()
        try:
            tables = dict.fromkeys(_TABLES, match)
            return _search(
                run, start, hits_sql, text, match, tables, limit, marks, False, counted, split,
                threads, rows,
            )  # fmt: skip
        except syntax_error:  # not valid FTS5: the same words, plainly
            return plainly(True)
    return plainly(False)


def _search(
    run: Run,
    start: StartEach,
    hits_sql: str,
    text: str,
    match: str,
    tables: dict[str, str],
    limit: int,
    marks: int,
    fallback: bool,
    counted: bool,
    split: _Split | None = None,
    threads: int = 1,
    events_rows: int = 0,
) -> SearchResult:
    """`match` as typed (for snippets), `tables` the query each table letter runs;
    `events_rows`: how many rows the events index holds, where the store keeps term counts."""
    hits, ranked = (
        _hits(run, partial(_each, start), hits_sql, match, tables, limit, counted, split)
        if limit > 0
        else ([], [])
    )
    marked = np.asarray(ranked, np.int64)
    sampled_of = 0
    if marks > 0:
        marked, sampled_of = _every_mark(
            run, start, tables, marks, marked, split, threads, events_rows
        )
    return SearchResult(text, hits, fallback, unique_ids(marked), sampled_of)


def _each(start: StartEach, statements: Sequence[tuple[str, Any]]) -> list[list[tuple]]:
    """Each statement's rows, the statements started at once."""
    return [wait() for wait in start(statements)]


def _every_mark(
    run: Run,
    start: StartEach,
    tables: dict[str, str],
    marks: int,
    ranked: np.ndarray,
    split: _Split | None = None,
    threads: int = 1,
    events_rows: int = 0,
) -> tuple[np.ndarray, int]:
    """Up to `marks` matching events and the events of up to STANDING_MARKS article and caption
    matches (each table's matches spread over its whole range when more: fts_spread), with
    `ranked`; and about how many rows match when some were left out (else 0). An events index
    split by id into parts gives each part an equal share of `marks`. `threads`: how many
    statements `start` runs at once. `events_rows`: the events index's rows, where the store
    keeps term counts (else 0): the events' lowest matches are then read in pieces at once
    when the counts say that every match may be read (_may_be_few)."""
    parts = split.tables if split else (_TABLES["e"],)
    share = -(-marks // len(parts))
    wanted = [("e", part, share) for part in parts] + [
        ("a", _TABLES["a"], STANDING_MARKS),
        ("c", _TABLES["c"], STANDING_MARKS),
    ]
    # The events' statements, the longest, cut so that every connection takes a share: the
    # slices, or the matches read whole, and their lowest first when they may be few.
    pieces = max(1, threads // len(parts))
    few = {
        t: k == "e" and pieces > 1 and _may_be_few(run, t, tables[k], n, events_rows)
        for k, t, n in wanted
    }
    firsts = {
        (k, t): fts_spread.ends_in_pieces(
            t, tables[k], n, run(fts_spread.bounds_sql(t), ())[0], pieces
        )
        if few[t]
        else [(fts_spread.ends_sql(t), {"q": tables[k], "n": n + 1})]
        for k, t, n in wanted
        if k == "e"
    }
    # The events' first statements started; the articles' and captions' (a few hundred
    # matches: ~1 ms a statement) run on this thread meanwhile, a connection's queue free for
    # the events' next ones; and the events their matches stand for are looked up while the
    # events' longest statements run: their lowest matches in pieces when every match may be
    # read (the rest of them is short), else the slices.
    waits = iter(start([s for kt in firsts for s in firsts[kt]]))
    found: dict[tuple[str, str], tuple[np.ndarray, int]] = {}
    spreads: dict[tuple[str, str], tuple[fts_spread.Spread, int]] = {}
    for k, t, n in wanted:
        if k != "e":
            ends = run(fts_spread.ends_sql(t), {"q": tables[k], "n": n + 1})[0]
            spread = fts_spread.Spread(t, tables[k], n, ends, 1)
            spreads[k, t] = (spread, n)
            found[k, t] = spread.result([row for s in spread.seconds for row in run(*s)] or None)
    standing = _NONE
    if any(few.values()):
        standing = _standing_of(run, found)
    longer = list(firsts)  # the events' parts, in id order
    for k, t, n in wanted:
        if k == "e":
            rows = [next(waits)()[0] for _ in firsts[k, t]]
            spread = fts_spread.Spread.of_pieces(t, tables[k], n, firsts[k, t], rows, pieces)
            spreads[k, t] = (spread, n)
    seconds = iter(start([s for kt in longer for s in spreads[kt][0].seconds]))
    if not any(few.values()):
        standing = _standing_of(run, found)
    for kt in longer:
        spread = spreads[kt][0]
        found[kt] = spread.result([row for _ in spread.seconds for row in next(seconds)()] or None)
    marked = np.concatenate([ranked, *(found[kt][0] for kt in longer), standing])
    left_out = any(found[kt][1] > n for kt, (_spread, n) in spreads.items())
    return marked, sum(count for _ids, count in found.values()) if left_out else 0


def _standing_of(run: Run, found: dict[tuple[str, str], tuple[np.ndarray, int]]) -> np.ndarray:
    """The events standing for the articles and captions `found` (table letter and name ->
    the rowids marked, and a count)."""
    of = {kind: [ids for (k, _t), (ids, _n) in found.items() if k == kind] for kind in "ac"}
    captioned = in_chunks(run, _CAPTIONED, np.concatenate([_NONE, *of["c"]]).tolist())
    articles = sorted({*np.concatenate([_NONE, *of["a"]]).tolist(), *(r[0] for r in captioned)})
    return _events_standing(run, articles)


def _may_be_few(run: Run, table: str, query: str, n: int, rows: int) -> bool:
    """Are `query`'s matches in `table` (of `rows` rows) few enough to be read whole
    (fts_spread.READ_ALL times n at most), by the store's term counts? A word's rows, or for
    words that must all match, as many as if they fell independently (words that go together
    match more: the slices then follow, and one piece's lowest were read for nothing, ~5 ms of
    CPU at 100M). Not an OR, not a prefix, not without counts (`rows` 0)."""
    terms = fts_rank.plain_terms(query)
    if not rows or terms is None or "OR" in query.split():
        return False
    wanted = sorted(set(terms))
    docs = dict(
        run(
            f"SELECT term, docs FROM {fts_rank.TERMS} WHERE tbl = ? "
            f"AND term IN ({','.join('?' * len(wanted))})",
            [table, *wanted],
        )
    )
    expected = float(rows)
    for term in wanted:
        expected *= int(docs.get(term, 0)) / rows
    return expected <= fts_spread.READ_ALL * n


def _hits(
    run: Run,
    each: RunEach,
    hits_sql: str,
    match: str,
    tables: dict[str, str],
    limit: int,
    counted: bool,
    split: _Split | None = None,
) -> tuple[list[SearchHit], list[int]]:
    """The best `limit` hits in date order, and the ids they and their articles stand for."""
    params = {"n": limit, "pool": max(RANK_POOL, limit)}
    docs = _term_docs(run, tables, split.tables if split else ()) if counted else {}
    statements = [
        (_COUNTED_BEST_OF[letter], {**params, letter: query, "docs": docs[letter]})
        if letter in docs
        else (_BEST_OF[letter], {**params, letter: query})
        for letter, query in tables.items()
        if not (split and letter == "e")
    ]
    if split:
        statements = split.pools(tables["e"], docs.get("e"), params) + statements
    parts = each(statements)
    if split:
        parts = [split.best(parts[: len(split.tables)], limit), *parts[len(split.tables) :]]
    ranked = sorted((row for part in parts for row in part), key=lambda row: row[2])
    standing = _events_of_articles(run, sorted({r[3] for r in ranked if r[0] != "e"}))
    best: dict[int, tuple[str, int]] = {}  # event id -> the FTS row found, best rank first
    for table, rowid, _rank, stands_for in ranked:
        for event_id in [stands_for] if table == "e" else standing.get(stands_for, _NONE).tolist():
            best.setdefault(event_id, (table, rowid))
        if len(best) >= limit:
            break
    snips = _snippets(run, match, set(best.values()), split.tables if split else ())
    hits = [
        SearchHit(
            eid, key, start, precision, title or "", headline, snips.get(best[eid]) or title or ""
        )
        for eid, key, start, precision, title, headline in in_chunks(run, hits_sql, list(best))
    ]
    hits.sort(key=lambda h: (h.start_key, h.event_id))
    marked = [r[1] for r in ranked if r[0] == "e"]
    return hits, marked + np.concatenate([_NONE, *standing.values()]).tolist()


def _term_docs(run: Run, tables: dict[str, str], parts: Sequence[str] = ()) -> dict[str, str]:
    """Table letter -> the rows matching each term of its query (comma separated, as
    fts_rank.bm25 takes them), for the tables whose query is of plain words; the events'
    summed over the index's `parts` when it is split."""
    terms = {letter: fts_rank.plain_terms(query) for letter, query in tables.items()}
    wanted = sorted({t for ts in terms.values() if ts for t in ts})
    if not wanted:
        return {}
    names = _TABLE_NAMES + "".join(f", '{p}'" for p in parts)
    rows = run(
        f"SELECT tbl, term, docs FROM {fts_rank.TERMS} WHERE tbl IN ({names}) "
        f"AND term IN ({','.join('?' * len(wanted))})",
        wanted,
    )
    docs: dict[tuple[str, str], int] = {}
    for tbl, term, n in rows:
        key = ("events_fts" if tbl in parts else str(tbl), str(term))
        docs[key] = docs.get(key, 0) + int(n)
    return {
        letter: ",".join(str(docs.get((_TABLES[letter], t), 0)) for t in ts)
        for letter, ts in terms.items()
        if ts
    }


def _snippets(
    run: Run, match: str, found: set[tuple[str, int]], parts: Sequence[str] = ()
) -> dict[tuple[str, int], str]:
    """The snippet of each (table letter, FTS rowid) found (the events' from whichever of the
    index's `parts` holds it, when it is split)."""
    out: dict[tuple[str, int], str] = {}
    for letter, table in _TABLES.items():
        rowids = sorted(rowid for t, rowid in found if t == letter)
        if not rowids:
            continue
        columns = ", ".join(fts_snippets.COLUMNS[table])
        rows = [
            row
            for name in (parts if parts and letter == "e" else [table])
            for row in in_chunks(
                run, f"SELECT rowid, {columns} FROM {name} WHERE rowid IN ({{marks}})", rowids
            )
        ]
        made = fts_snippets.snippets(table, rows, match, MARK_ON, MARK_OFF)
        out.update(((letter, rowid), snip) for rowid, snip in made.items())
    return out


_NONE = np.zeros(0, np.int64)
_PUBLICATIONS = (
    "SELECT article_id, id FROM events WHERE kind = 'publication' AND article_id IN ({marks})"
)
_EVERY_EVENT = """SELECT article_id, group_concat(id) FROM events WHERE article_id IN ({marks})
    GROUP BY article_id"""
_EVERY_EVENT_AT_ONCE = "SELECT group_concat(id) FROM events WHERE article_id IN ({marks})"


def _ids(text: str | None) -> np.ndarray:
    """Ids from group_concat's text."""
    return np.fromstring(text, np.int64, sep=",") if text else _NONE


def _events_standing(run: Run, article_ids: list[int]) -> np.ndarray:
    """The events standing for these articles (as _events_of_articles), in no order."""
    pubs = in_chunks(run, _PUBLICATIONS, article_ids)
    published = {a for a, _e in pubs}
    rest = [a for a in article_ids if a not in published]
    every = in_chunks(run, _EVERY_EVENT_AT_ONCE, rest)
    return np.concatenate(
        [np.asarray([e for _a, e in pubs], np.int64), *(_ids(r[0]) for r in every)]
    )


def _events_of_articles(run: Run, article_ids: list[int]) -> dict[int, np.ndarray]:
    """Article id -> the events standing for it (sorted ids): its publication events, else all
    its events. The second look-up reads only the index on events.article_id (which holds each
    event's id), the first an index of publication events where the store keeps one."""
    out: dict[int, list[int]] = {}
    for article_id, event_id in in_chunks(run, _PUBLICATIONS, article_ids):
        out.setdefault(article_id, []).append(event_id)
    standing = {a: np.sort(np.asarray(ids, np.int64)) for a, ids in out.items()}
    rest = [a for a in article_ids if a not in standing]
    for article_id, ids in in_chunks(run, _EVERY_EVENT, rest):
        standing[article_id] = np.sort(_ids(ids))
    return standing


class _Split:
    """The events' index split by id into FTS5 tables (db.archive.search), searched as one:
    each part's latest matches are ranked (by the whole index's statistics, for a counted query
    of plain words), the latest RANK_POOL of them all kept, the best of those taken."""

    def __init__(self, tables: tuple[str, ...], size: tuple[int, int] | None) -> None:
        self.tables, self.size = tables, size  # the marks: a share of them a part (fts_spread)

    def pools(self, query: str, docs: str | None, params: dict[str, Any]) -> list[tuple[str, Any]]:
        """A statement a part: its latest :pool matches and their ranks."""
        counted = docs is not None and self.size is not None
        statements = []
        for table in self.tables:
            rank = f"{fts_rank.RANK_FUNCTION}({table}, :docs, :rows, :size)" if counted else "rank"
            sql = (
                f"SELECT 'e', rowid, {rank} AS rank, rowid FROM {table} "
                f"WHERE {table} MATCH :e ORDER BY rowid DESC LIMIT :pool"
            )
            found = {"e": query, "pool": params["pool"]}
            if counted:
                assert self.size is not None
                found.update(docs=docs, rows=self.size[0], size=self.size[1])
            statements.append((sql, found))
        return statements

    @staticmethod
    def best(pools: list[list[tuple]], limit: int) -> list[tuple]:
        """The best `limit` of the latest RANK_POOL matches of all parts, as one table's
        (rank, then the latest first)."""
        rows = sorted((r for pool in pools for r in pool), key=lambda r: -r[1])
        pool = rows[: max(RANK_POOL, limit)]
        return sorted(pool, key=lambda r: (r[2], -r[1]))[:limit]
