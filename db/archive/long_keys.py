"""The long events' keys of a dataset (db.windowed.long_keys.LongKeys), grouped by DuckDB."""

from __future__ import annotations

from db.windowed.long_keys import LongKeys as LongKeys

# The distinct keys of the long events matching {where}, by lane, with how many start and end
# at each (DuckDB groups them: the events themselves never leave it).
GROUPED_SQL = """
SELECT lane, key, sum(s)::BIGINT AS starts, sum(e)::BIGINT AS ends FROM (
    SELECT {column} AS lane, start_key AS key, 1 AS s, 0 AS e FROM long_events WHERE {where}
    UNION ALL
    SELECT {column} AS lane, end_key AS key, 0 AS s, 1 AS e FROM long_events WHERE {where}
) GROUP BY ALL ORDER BY lane, key
"""
