"""Make a synthetic timeline database through the real schema, for benchmarks and scale tests.

    python bench/make_db.py --events 1000000 --lanes 12 --seed 1 OUT.db

Events spread over several decades with clustered bursts (like news around big days): mostly
day-precision points, some ranges, some month/year-precision dates, titles of realistic length, and
one article (with a caption) per twenty events. Deterministic for a given --seed.

Then, as every import ends (db.import_finish), search segments merged and the viewer's pyramid
and window data kept, so the first open of a large file is windowed ("finish_seconds"; not with
--no-finish, the file as the rows' writing leaves it).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import sqlite_utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db import schema  # noqa: E402
from db.import_finish import finish_import  # noqa: E402
from db.timekeys import DAY, add_months, civil_from_days, iso_of, key_of  # noqa: E402

WORDS = (
    "government forces opposition talks ceasefire city province border refugees aid convoy "
    "airstrike minister president council vote protest army rebels offensive province capital "
    "delegation agreement sanctions election parliament court ruling report casualties shelling "
    "negotiations summit envoy troops withdrawal humanitarian corridor villages strike militia "
    "coalition oil pipeline port bridge hospital school market attack bombing"
).split()
SOURCES = ("Reuters", "AFP", "AP", "Al Jazeera", "BBC", "Press TV", "SANA", "Anadolu")


def make(
    out: Path, events: int, lanes: int, seed: int, years: int = 40, finish: bool = True
) -> dict:
    rng = np.random.default_rng(seed)
    start_day = key_of(2026 - years) // DAY
    span_days = years * 365
    # Bursts: 30 % of events fall within a few days of 200 "big days".
    big_days = rng.integers(0, span_days, 200)
    bursty = rng.random(events) < 0.3
    days = rng.integers(0, span_days, events)
    days[bursty] = big_days[rng.integers(0, 200, bursty.sum())] + rng.integers(-3, 4, bursty.sum())
    days = np.clip(days, 0, span_days - 1) + start_day
    seconds = rng.integers(0, DAY, events)
    kind = rng.random(events)  # < .78 day point, < .86 minute, < .93 range, < .98 month, else year
    lane_no = rng.zipf(1.6, events) % lanes
    title_len = rng.integers(3, 16, events)
    word_idx = rng.integers(0, len(WORDS), (events, 15))
    out.unlink(missing_ok=True)
    db = sqlite_utils.Database(out)
    schema.create(db)
    conn = db.conn
    t = time.perf_counter()
    n_articles = max(1, events // 20)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO articles (id, headline, published, source, url, categories, body, "
        "content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                a + 1,
                " ".join(WORDS[w] for w in word_idx[a * 20 % events, :8]).capitalize(),
                iso_of(int(days[a * 20 % events]) * DAY, "day"),
                SOURCES[a % len(SOURCES)],
                f"https://example.org/news/{a + 1}",
                json.dumps(["News", f"Lane {int(lane_no[a * 20 % events])}"]),
                ("Paragraph text about the story. " * 12 + "\n\n") * 5,
                f"synthetic-{a + 1}",
            )
            for a in range(n_articles)
        ),
    )
    conn.executemany(
        "INSERT INTO captions (article_id, position, text, credit) VALUES (?, 0, ?, ?)",
        ((a + 1, "A photo of the scene.", SOURCES[a % 3]) for a in range(0, n_articles, 3)),
    )

    def rows():
        for i in range(events):
            day = int(days[i])
            k = kind[i]
            y, m, d = civil_from_days(day)
            end = None
            if k < 0.78:
                precision, start = "day", iso_of(day * DAY, "day")
                s_key, e_key = day * DAY, (day + 1) * DAY
            elif k < 0.86:
                precision = "minute"
                s_key = day * DAY + int(seconds[i]) // 60 * 60
                e_key = s_key + 60
                start = iso_of(s_key, "minute")
            elif k < 0.93:
                precision, start = "day", iso_of(day * DAY, "day")
                length = int(rng.integers(1, 60))
                end = iso_of((day + length) * DAY, "day")
                s_key, e_key = day * DAY, (day + length + 1) * DAY
            elif k < 0.98:
                precision, start = "month", f"{y:04d}-{m:02d}"
                ny, nm = add_months(y, m, 1)
                s_key, e_key = key_of(y, m), key_of(ny, nm)
            else:
                precision, start = "year", f"{y:04d}"
                s_key, e_key = key_of(y), key_of(y + 1)
            title = " ".join(WORDS[w] for w in word_idx[i, : title_len[i]]).capitalize()
            yield (
                i + 1,
                title,
                title + " — longer text of the event.",
                start,
                end,
                precision,
                f"Lane {int(lane_no[i])}",
                "record",
                i // 20 + 1 if i // 20 < n_articles else None,
                s_key,
                e_key,
            )

    conn.executemany(
        'INSERT INTO events (id, title, text, start, "end", precision, lane, kind, article_id, '
        "start_key, end_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows(),
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - t
    db.close()
    made = {"events": events, "lanes": lanes, "articles": n_articles, "seconds": round(elapsed, 1)}
    if finish:
        t = time.perf_counter()
        finish_import(out)
        made["finish_seconds"] = round(time.perf_counter() - t, 1)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--lanes", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--years", type=int, default=40)
    parser.add_argument("--no-finish", action="store_true", help="no merge, no pyramid kept")
    args = parser.parse_args()
    made = make(args.out, args.events, args.lanes, args.seed, args.years, not args.no_finish)
    print(json.dumps(made))


if __name__ == "__main__":
    main()
