"""The search sidecar of a compaction, written by Dask tasks rather than by the client: its
events' FTS5 index in one task, or split by id into parts (db.archive.search.events_part), a
task each; the articles' index in another, the captions and the events' dates in a third (each
FTS5 table's index is built from its own rows only, so they all run at once), joined into one by
copying the other pieces' tables into the first (db.archive.search.copy_tables: no text is
tokenized again). Of one part, the sidecar holds the same rows, and the same FTS5 index, as one
build of every row (db.archive.search.build_sidecar_from); split, a search reads the parts as
one index (db.store.fts_search): the same hits in the same order for plain words.

A dataset extended by a later import has its sidecar extended by one task (a copy of the
dataset's with the new rows added: one FTS5 table cannot be built in pieces).

Each task reads the new batches' parts itself (the text columns: the client never reads them)
and writes its file under a temporary name, renamed when done: run again, it writes the same.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from db.archive import dataset as ds
from db.archive.search import (
    INDEX_TABLES,
    TEXT_TABLES,
    build_sidecar_from,
    copy_tables,
    events_part,
    extend_sidecar,
)

from .parts import PARTS

FETCH = 50_000  # rows a batch when feeding the sidecar
EVENTS, TEXTS, DATES, EXTEND = "events", "texts", "dates", "extend"
# The tables each piece fills: the articles' index apart from the rest (the events' dates, the
# captions), so that no piece is much longer than an events index's part.
PIECE_TABLES = {
    EVENTS: INDEX_TABLES,
    TEXTS: ("articles_fts",),
    DATES: tuple(t for t in TEXT_TABLES if t != "articles_fts"),
}


@dataclass(frozen=True)
class SidecarJob:
    """What one sidecar task writes: an `EVENTS` piece, the `TEXTS` piece (articles), the
    `DATES` piece (the events' dates, the captions), or (`EXTEND`) the dataset's sidecar with
    every new row added."""

    out: str
    piece: str
    events: pa.Table  # batch, lid, id, article_id of the new events kept
    articles: pa.Table  # batch, lid, id
    captions: pa.Table  # batch, lid, id, article_id
    parts: dict[str, list[str]]  # the new batches' parts, by kind
    cut: dict[str, int]  # (EXTEND) rows with ids from these on are new
    part: int = 0  # (EVENTS) the events index's part it writes


def piece_path(out: Path, piece: str, part: int = 0) -> Path:
    """Where a piece is written (beside the parts: the dataset's readers never see it)."""
    name = piece if not part else f"{piece}-{part}"
    return out / PARTS / f".sidecar-{name}.sqlite"


def write_sidecar_piece(job: SidecarJob) -> str:
    """Write the job's piece (EXTEND: the sidecar itself); its path."""
    out = Path(job.out)
    con = duckdb.connect(config={"threads": 1})  # one of several processes on the cores
    try:
        rows = _rows(con, job)
        if job.piece == EXTEND:
            target = out / ds.SEARCH

            def extend(temp: Path) -> None:
                shutil.copyfile(target, temp)
                extend_sidecar(temp, rows[EVENTS], rows["articles"], rows["captions"], job.cut)

            ds.write_atomic(target, extend)
            return str(target)
        target = piece_path(out, job.piece, job.part)
        tables = PIECE_TABLES[job.piece]
        ds.write_atomic(
            target,
            lambda temp: build_sidecar_from(
                temp, rows[EVENTS], rows["articles"], rows["captions"], tables,
                events_part(job.part),
            ),
        )  # fmt: skip
        return str(target)
    finally:
        con.close()


def join_pieces(out: Path, parts: int = 1) -> None:
    """The sidecar from the pieces (written): the texts piece's tables, and the events index's
    other `parts`, copied into the events piece of the first part, which is then renamed over
    the sidecar (the pieces are this compaction's own, beside it on the same filesystem: no copy
    of that part's index); the pieces removed. Killed halfway, the next compaction builds the
    pieces again."""
    events = piece_path(out, EVENTS)
    for piece in (TEXTS, DATES):
        copy_tables(events, piece_path(out, piece), PIECE_TABLES[piece])
    for part in range(1, parts):
        copy_tables(events, piece_path(out, EVENTS, part), [events_part(part)])
    os.replace(events, out / ds.SEARCH)
    remove_pieces(out)


def remove_pieces(out: Path) -> None:
    """A compaction's pieces (a killed one's too, and its half-written temporary files)."""
    folder = out / PARTS
    for stale in [*folder.glob(".sidecar-*.sqlite"), *folder.glob("..sidecar-*.sqlite.tmp-*")]:
        stale.unlink(missing_ok=True)


def _rows(con: duckdb.DuckDBPyConnection, job: SidecarJob) -> dict[str, Iterator[list[tuple]]]:
    """The job's rows as build_sidecar_from takes them (by id), read from the parts; none for
    the tables its piece leaves out."""
    wanted = {
        EVENTS: job.piece != TEXTS,
        "articles": job.piece in (TEXTS, EXTEND),
        "captions": job.piece in (DATES, EXTEND),
    }
    # The dates piece has the events' dates, not their texts (the events pieces index those).
    texts = "NULL, NULL" if job.piece == DATES else "e.title, e.text"
    sql = {
        EVENTS: f"""SELECT p.id, {texts}, p.article_id, e.kind, e.start_key, e.start,
                e.precision, e."end", coalesce(e.lane, '')
            FROM read_parquet({{files}}) e JOIN plan_events p ON e.batch = p.batch AND e.id = p.lid
            ORDER BY p.id""",
        "articles": """SELECT p.id, a.headline, a.body
            FROM read_parquet({files}) a JOIN plan_articles p ON a.batch = p.batch AND a.id = p.lid
            ORDER BY p.id""",
        "captions": """SELECT p.id, p.article_id, c.text, c.credit
            FROM read_parquet({files}) c JOIN plan_captions p ON c.batch = p.batch AND c.id = p.lid
            ORDER BY p.id""",
    }
    plans = {EVENTS: job.events, "articles": job.articles, "captions": job.captions}
    found: dict[str, Iterator[list[tuple]]] = {}
    for kind, query in sql.items():
        files = job.parts.get(kind, [])
        if not wanted[kind] or not files:
            found[kind] = iter(())
            continue
        # A cursor each (the sidecar takes one table after the other), its plan registered on it.
        cursor = con.cursor()
        cursor.register(f"plan_{kind}", plans[kind])
        listed = "[" + ", ".join(f"'{f}'" for f in files) + "]"
        found[kind] = _batches(cursor, query.format(files=listed))
    return found


def _batches(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[list[tuple]]:
    cursor = con.execute(sql)
    while rows := cursor.fetchmany(FETCH):
        yield rows
