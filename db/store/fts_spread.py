"""Which of a query's matches a timeline marks when they are more than it can mark: a sample
spread over the whole range of rowids (ids follow the dates in an archive), not the lowest.

FTS5 walks a doclist in rowid order, so `LIMIT n` gives the n lowest rowids: at 100M events the
50,000 lowest of "minister"'s 308,467 event matches all lie in the first decade. Here the rowid
range of the matches is cut into slices (STRATA at most) and each gives its lowest `n / slices`:
one FTS5 cursor a slice, each a seek into the doclist (5-25 ms of CPU for a common term's 1000
slices at 100M). A prefix query of several terms merges their doclists for every cursor (13 ms
each), and a few times the cap read whole costs less than a thousand cursors: those read every
match once and keep every k-th. How many match is counted where every
match was read, else estimated from the slices (a full slice by how far into it its lowest
matches reach). No sqlite3 here: the store runs the statements.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

STRATA = 1000  # slices of the rowid range: at 1600 px a slice is under 2 px of an overview
READ_ALL = 4  # every match read (and every k-th kept) when about this many times the cap

# The lowest n + 1 matches (n + 1: whether there are more than n) and the table's highest rowid
# (the highest match's, read backwards, cost 5-10 ms more for a common word at 1M).
_ENDS = """SELECT (SELECT group_concat(rowid) FROM (
        SELECT rowid FROM {t} WHERE {t} MATCH :q LIMIT :n)),
    (SELECT max(rowid) FROM {t})"""
# Slices :first to :last - 1's lowest :k matches each, one row of ids a slice, in slice order.
_SLICES = """WITH RECURSIVE s(i) AS (
    SELECT :first UNION ALL SELECT i + 1 FROM s WHERE i + 1 < :last)
SELECT i, (SELECT group_concat(rowid) FROM (SELECT rowid FROM {t} WHERE {t} MATCH :q
    AND rowid >= :lo + (:hi - :lo) * i / :s AND rowid < :lo + (:hi - :lo) * (i + 1) / :s
    LIMIT :k)) FROM s"""
# The same, of a piece of the rowid range (:first to :last - 1; ends_in_pieces).
_ENDS_IN = """SELECT (SELECT group_concat(rowid) FROM (
        SELECT rowid FROM {t} WHERE {t} MATCH :q AND rowid >= :first AND rowid < :last LIMIT :n)),
    (SELECT max(rowid) FROM {t})"""
# A table's least rowid and its highest (a seek each; min() and max() would scan an FTS5 table).
_BOUNDS = """SELECT (SELECT rowid FROM {t} ORDER BY rowid LIMIT 1),
    (SELECT rowid FROM {t} ORDER BY rowid DESC LIMIT 1)"""
_EVERY = "SELECT group_concat(rowid) FROM {t} WHERE {t} MATCH :q"
_EVERY_IN = _EVERY + " AND rowid >= :first AND rowid < :last"  # a piece of the rowid range

_NONE = np.empty(0, np.int64)


def _ids(text: str | None) -> np.ndarray:
    return np.fromstring(text, np.int64, sep=",") if text else _NONE


def _last(text: str) -> int:
    """The last id of group_concat's text."""
    return int(text.rsplit(",", 1)[-1])


def _cuts(lo: int, hi: int, pieces: int) -> list[int]:
    """`lo`, `hi` and the bounds between `pieces` (at most hi - lo) equal pieces of the range."""
    pieces = max(1, min(pieces, hi - lo))
    return [lo + (hi - lo) * j // pieces for j in range(pieces + 1)]


def ends_sql(table: str) -> str:
    """The statement whose row a Spread starts from (:q the query, :n the cap + 1)."""
    return _ENDS.format(t=table)


def bounds_sql(table: str) -> str:
    """The statement whose row is `table`'s least and highest rowid (None, None: empty)."""
    return _BOUNDS.format(t=table)


def ends_in_pieces(
    table: str, query: str, n: int, bounds: tuple, pieces: int
) -> list[tuple[str, dict]]:
    """What ends_sql reads, read as `pieces` statements to run at once: each piece of the rowid
    range (`bounds`, bounds_sql's row) gives its own lowest n + 1 matches (Spread.of_pieces
    joins them). Where the matches are then read whole (a few times n), what each piece read is
    not read again: an AND of two common words walks both doclists (a match in three rows at
    100M events: 12.6 ms of CPU for the lowest 50,001, as much again for the rest)."""
    lo, last = bounds
    if lo is None:
        return [(_ENDS.format(t=table), {"q": query, "n": n + 1})]
    cuts = _cuts(int(lo), int(last) + 1, pieces)
    return [
        (_ENDS_IN.format(t=table), {"q": query, "n": n + 1, "first": a, "last": b})
        for a, b in zip(cuts[:-1], cuts[1:], strict=False)
    ]


class Spread:
    """Up to about `n` rowids of `table` matching `query`, spread over the whole range of the
    matches when there are more. `ends` is the row of `ends_sql(table)` run with `n + 1`; if
    `seconds` are not empty their rows, in order (the store runs them, with the other tables'
    at once), finish it. The slices are cut into `pieces` statements, for a store that runs
    that many at once: the slices' cursors are most of a common word's marks (an OR of two,
    which seeks two doclists a cursor, 27 ms of CPU at 100M against 16 for one word)."""

    def __init__(
        self,
        table: str,
        query: str,
        n: int,
        ends: tuple,
        pieces: int = 1,
        read: Sequence[tuple[int, str]] = (),
    ) -> None:
        self.n = n
        text, last = ends[0] or "", ends[1]
        self.seconds: list[tuple[str, dict]] = []
        # (of_pieces) each piece's end and the lowest matches it read, and whether every match
        # is read (then: of the pieces that read their n + 1, the rest, after their lowest)
        self.read, self.whole, self._rest_of = read, False, [False] * len(read)
        # 20 matches a slice (fewer cursors; an archive reads a slice's events' records in a
        # page or two: 500 articles' events cold, 100 slices cost 104 ms of CPU, 25 slices 46),
        # but ten slices at least.
        self.slices = min(STRATA, max(n // 20, min(n, 10)))
        self.k = max(n // self.slices, 1)
        self.hi = int(last) + 1 if last is not None else 0
        # The lowest n + 1 matches are the result when they are n at most; else only their
        # count and ends are read (parsing 50,000 ids costs 0.6-0.8 ms).
        if not text or text.count(",") < n:
            self.lowest = _ids(text)
            self.lo = int(self.lowest[0]) if len(self.lowest) else 0
            return
        self.lowest = _NONE
        self.lo = int(text.split(",", 1)[0])
        # About how many match, as dense past the lowest n as among them.
        guess = n * (self.hi - self.lo) / max(int(text.rsplit(",", 1)[-1]) - self.lo, 1)
        if "*" in query:
            # A prefix merges its terms' doclists for each cursor (whatever its rowids): once.
            self.seconds = [(_EVERY.format(t=table), {"q": query})]
        elif guess <= READ_ALL * n and read:
            # What the pieces read is kept: the rest of those that read their n + 1.
            self.whole = True
            self._rest_of = [piece.count(",") >= n for _end, piece in read]
            self.seconds = [
                (_EVERY_IN.format(t=table), {"q": query, "first": _last(piece) + 1, "last": end})
                for (end, piece), rest in zip(read, self._rest_of, strict=True)
                if rest
            ]
        elif guess <= READ_ALL * n:
            # A doclist of a few times n reads faster whole than by slices (1M events: 5-15 ms
            # against 25-45): read once, in pieces of the rowid range.
            cuts = _cuts(self.lo, self.hi, pieces)
            self.seconds = [
                (_EVERY_IN.format(t=table), {"q": query, "first": a, "last": b})
                for a, b in zip(cuts[:-1], cuts[1:], strict=False)
            ]
        else:
            params = {"q": query, "s": self.slices, "k": self.k, "lo": self.lo, "hi": self.hi}
            cuts = _cuts(0, self.slices, pieces)
            self.seconds = [
                (_SLICES.format(t=table), {**params, "first": a, "last": b})
                for a, b in zip(cuts[:-1], cuts[1:], strict=False)
            ]

    @classmethod
    def of_pieces(
        cls,
        table: str,
        query: str,
        n: int,
        statements: Sequence[tuple[str, dict]],
        rows: Sequence[tuple],
        pieces: int = 1,
    ) -> Spread:
        """The Spread of ends_in_pieces' `statements` and their rows, in order: the same as
        of ends_sql's row (the lowest n + 1 matches of all are the pieces' lowest, joined),
        but where every match is read, the pieces' are not read again."""
        if len(statements) == 1 and "first" not in statements[0][1]:  # an empty table
            return cls(table, query, n, rows[0], pieces)
        read = [
            (int(p["last"]), row[0] or "") for (_sql, p), row in zip(statements, rows, strict=True)
        ]
        texts, found = [], 0
        for _end, piece in read:
            if found > n:
                break
            if piece:
                texts.append(piece)
                found += piece.count(",") + 1
        text = ",".join(texts)
        if found > n + 1:  # the lowest n + 1 of them: up to the (n + 1)-th comma
            text = text[: int(np.flatnonzero(np.frombuffer(text.encode(), np.uint8) == 44)[n])]
        return cls(table, query, n, (text, rows[0][1]), pieces, read)

    def _every(self, every: np.ndarray) -> tuple[np.ndarray, int]:
        """Of every match (sorted), n spread evenly, and how many match."""
        if len(every) <= self.n:
            return every, len(every)
        picked = np.linspace(0, len(every) - 1, self.n).astype(np.int64)
        return every[picked], len(every)

    def result(self, rows: list[tuple] | None) -> tuple[np.ndarray, int]:
        """The rowids marked (sorted) and how many match: exact when every match is marked,
        else more than `n` (estimated from the slices, or counted where all were read). `rows`:
        those of `seconds`, one statement's after the other's."""
        if self.whole:  # each piece's lowest matches, then the rest of it if any
            rest = iter(rows or [])
            texts = [
                text
                for (_end, piece), more in zip(self.read, self._rest_of, strict=True)
                for text in [piece, next(rest)[0] if more else ""]
            ]
            return self._every(_ids(",".join(text for text in texts if text)))
        if not self.seconds or rows is None:
            return self.lowest, len(self.lowest)
        if self.seconds[0][0].startswith("SELECT group_concat"):  # every match read
            return self._every(_ids(",".join(text for (text,) in rows if text)))
        # Every slice's ids parsed at once (not 1,000 parses, one a slice), each slice's
        # count and last id read from the whole.
        texts = [text for _i, text in rows if text]
        every = _ids(",".join(texts))
        sizes = iter([text.count(",") + 1 for text in texts])
        counts = {i: next(sizes) for i, text in rows if text}
        ends = np.cumsum(list(counts.values()), dtype=np.int64)
        lasts = dict(zip(counts, every[ends - 1].tolist(), strict=True))
        about = 0.0
        lo, hi, slices, k = self.lo, self.hi, self.slices, self.k
        for i, _text in rows:
            found = counts.get(i, 0)
            if found < k:  # the slice's every match
                about += found
            else:  # k up to its k-th match, and past it as dense as before it ((k-1)/gap:
                # k/gap counts high, the k-th match ending the gap)
                start = lo + (hi - lo) * i // slices
                end = lo + (hi - lo) * (i + 1) // slices
                last = lasts[i]
                rate = (
                    (k - 1) / (last - start) if k > 1 and last > start else 1 / (last - start + 1)
                )
                about += k + rate * (end - 1 - last)
        return every, max(int(round(about)), self.n + 1)
