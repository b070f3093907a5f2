"""Time-boxed mutation fuzzing of everything that reads outside input, in one process.

    python bench/fuzz.py [--seconds 60] [--seed 1]

Seeds: a small timeline database imported from the sample article, one imported from the sample
and a dozen Global Voices posts, the demo database when it has been built (user data dir), and
the article files themselves (the sample and Global Voices posts unpacked from the demo archive).

Mutations: bit flips, overwritten runs, truncation, insertion of random or hostile bytes (NULs,
control characters, HTML, far dates, runs of web addresses), a zeroed page, a chunk repeated
many times, the lines joined into one, and the text re-encoded (UTF-16 with and without BOM,
UTF-32, Latin-1, cp1252). Each mutant goes through
- the store: TimelineStore.open, load_index, event, titles, search (databases);
- the importer: import_articles into a fresh database (article files), and into a damaged
  database (databases);
- the date finder: find_timexes and dated_sentences with their contract checked (spans inside
  the text, `text == content[begin:end]`).

Counted: files tried; errors shown (db.errors.TimelineError, and failures the importer reports
for a file); crashes (any other exception, or a broken date-finder contract: must be 0, the
first few are printed with tracebacks); hangs (one input over --limit seconds). The last line
printed is the JSON summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import signal
import sys
import tarfile
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.dates import dated_sentences, find_timexes  # noqa: E402
from db.errors import TimelineError  # noqa: E402
from db.ingest.articles import decode, parse_article  # noqa: E402
from db.ingest.importers import import_articles  # noqa: E402
from db.store.timeline import TimelineStore  # noqa: E402

DEMO = ROOT / "resources" / "demo"
SAMPLE = DEMO / "sample" / "turkish-delegation-in-russia.txt"
GV_TAR = DEMO / "globalvoices-arab-spring" / "globalvoices-arab-spring.tar.gz"
PUBLISHED = dt.date(2019, 12, 23)
SHOWN_CRASHES = 5
SLOW = 5.0  # seconds: an input this slow is kept with --keep, like one that crashed

HOSTILE = [
    b"\x00",
    b"\x1b[31m",
    b"\x02\x03",
    b"\r\n\r\n",
    b"\n\n",
    "\u202e".encode(),
    "👨\u200d👩\u200d👧".encode(),
    "يوم الاثنين 23 ديسمبر 2019".encode(),
    b"<script>alert(1)</script>",
    b"(Photo by AFP)",
    b"News / Syria / Turkey",
    b"www.example.com " * 12 + b"!",
    b"\xc2\xa9 2019 2019 2019 2019 2019 2019 2019 2019 2019 2019 2019 2019 2019 2019 !",
    b"on February 30, 2019",
    b"since 2011",
    b"tonight, 23 December 2019",
    b"in 100,000 BC",
    b"in the year 99999",
    b"at 23:59:60 UTC+05:30",
    b"from 2019 to 2011",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252"]


class Hang(Exception):
    """One input took longer than --limit seconds."""


def _alarm(signum, frame) -> None:
    raise Hang()


# ---- mutations ---------------------------------------------------------------------------------


def mutate_bytes(data: bytes, rng: random.Random, text: bool) -> tuple[str, bytes]:
    """One random mutation of `data` (text-aware ones only when it is text)."""
    kinds = ["flip", "overwrite", "truncate", "insert", "repeat"]
    kinds += ["join-lines", "encode", "hostile"] if text else ["zero-page", "header"]
    kind = rng.choice(kinds)
    out = bytearray(data)
    if kind == "flip":
        for _ in range(rng.randint(1, 16)):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    elif kind == "overwrite":
        pos = rng.randrange(len(out))
        out[pos : pos + 64] = rng.randbytes(rng.randint(1, 64))
    elif kind == "truncate":
        del out[rng.randrange(len(out)) :]
    elif kind == "insert":
        pos = rng.randrange(len(out) + 1)
        out[pos:pos] = rng.randbytes(rng.randint(1, 256))
    elif kind == "repeat":
        pos = rng.randrange(len(out))
        chunk = bytes(out[pos : pos + rng.randint(1, 200)])
        out[pos:pos] = chunk * rng.randint(2, 2000)
    elif kind == "zero-page":
        page = rng.randrange(max(len(out) // 4096, 1))
        out[page * 4096 : (page + 1) * 4096] = bytes(min(4096, len(out) - page * 4096))
    elif kind == "header":
        out[rng.randrange(min(100, len(out)))] = rng.randrange(256)
    elif kind == "join-lines":
        out = bytearray(bytes(out).replace(b"\n", b" "))
    elif kind == "encode":
        encoding = rng.choice(ENCODINGS)
        out = bytearray(data.decode("utf-8", "replace").encode(encoding, "replace"))
    else:  # hostile
        for _ in range(rng.randint(1, 5)):
            pos = rng.randrange(len(out) + 1)
            out[pos:pos] = rng.choice(HOSTILE)
    return kind, bytes(out)


# ---- seeds ---------------------------------------------------------------------------------------


def seed_files(scratch: Path) -> tuple[list[bytes], list[bytes]]:
    """(article file contents, database file contents) to mutate."""
    gv = scratch / "gv"
    with tarfile.open(GV_TAR) as tar:
        members = sorted((m for m in tar.getmembers() if m.isfile()), key=lambda m: m.name)
        tar.extractall(gv, members=members[::25], filter="data")  # a spread over the archive
    posts = sorted(gv.rglob("*.txt"))
    articles = [SAMPLE.read_bytes(), *(p.read_bytes() for p in posts)]

    sample_db = scratch / "sample.db"
    import_articles(sample_db, [SAMPLE], published=PUBLISHED)
    mixed_db = scratch / "mixed.db"
    import_articles(mixed_db, [SAMPLE, *posts], published=PUBLISHED)
    databases = [sample_db.read_bytes(), mixed_db.read_bytes()]
    from db.demo import demo_path

    demo = demo_path()
    if demo.is_file() and demo.stat().st_size < 200_000_000:
        databases.append(demo.read_bytes())
    return articles, databases


# ---- targets ---------------------------------------------------------------------------------


def through_store(path: Path) -> int:
    """Everything the viewer asks of a database; the number of TimelineErrors shown."""
    try:
        store = TimelineStore.open(path)
    except TimelineError:
        return 1
    try:
        index = store.load_index()
        ids = index.ids[:: max(len(index) // 20, 1)].tolist()
        for event_id in ids:
            store.event(event_id)
        store.titles(ids)
        store.search("Syria")
        store.search('"Turkey" OR')
        store.load_index("source")
    except TimelineError:
        return 1
    finally:
        store.close()
    return 0


def through_importer(db: Path, files: list[Path]) -> int:
    """Import; the number of errors the user is shown (reported files, or the whole call)."""
    try:
        report = import_articles(db, files, published=PUBLISHED)
    except TimelineError:
        return 1
    return len(report.failed)


def through_date_finder(data: bytes, dct: dt.date | None) -> int:
    """The date finder on the text as the importer would decode it; contract checked."""
    try:
        text = parse_article(decode(data, "fuzz")).body
    except TimelineError:
        text = data.decode("utf-8", "replace")
    for timex in find_timexes(text, dct):
        if not (0 <= timex.begin < timex.end <= len(text)):
            raise AssertionError(f"timex span out of the text: {timex}")
        if text[timex.begin : timex.end] != timex.text:
            raise AssertionError(f"timex text is not content[begin:end]: {timex}")
    for sentence in dated_sentences(text, dct):
        if not (0 <= sentence.begin < sentence.end <= len(text)):
            raise AssertionError(f"sentence span out of the text: {sentence}")
    return 0


# ---- the loop ----------------------------------------------------------------------------------


def run(seconds: float, seed: int, limit: float, keep: Path | None = None) -> dict:
    rng = random.Random(seed)
    signal.signal(signal.SIGALRM, _alarm)
    counts: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    mutations: Counter[str] = Counter()
    crashes: list[str] = []
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory(prefix="tv-fuzz-") as tmp:
        scratch = Path(tmp)
        articles, databases = seed_files(scratch)
        empty = scratch / "empty.db"
        import_articles(empty, [])  # a fresh database's bytes, copied for each import
        started = time.monotonic()
        n = kept = 0
        while time.monotonic() - started < seconds:
            n += 1
            target = rng.choice(["store", "store", "import", "import", "dates", "import-into"])
            if target in ("store", "import-into"):
                source = rng.choice(databases)
                kind, data = mutate_bytes(source, rng, text=False)
            else:
                kind, data = mutate_bytes(rng.choice(articles), rng, text=True)
            mutations[kind] += 1
            tried[target] += 1
            path = scratch / f"mutant-{n}"
            path.write_bytes(data)
            target_db = scratch / f"target-{n}.db"
            work: Callable[[], int]
            if target == "store":
                work = partial(through_store, path)
            elif target == "import":
                shutil.copyfile(empty, target_db)
                article = path.with_suffix(".txt")
                path.rename(article)
                path = article
                work = partial(through_importer, target_db, [article])
            elif target == "import-into":
                shutil.copyfile(path, target_db)
                work = partial(through_importer, target_db, [SAMPLE])
            else:
                dct = rng.choice([None, PUBLISHED, dt.date.min, dt.date.max])
                work = partial(through_date_finder, data, dct)
            one = time.monotonic()
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                counts["errors_shown"] += work()
            except Hang:
                counts["hangs"] += 1
                crashes.append(f"[{target}/{kind}] no answer within {limit} s")
            except Exception:
                counts["crashes"] += 1
                crashes.append(f"[{target}/{kind}] {traceback.format_exc()}")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.monotonic() - one
            if took > slowest[0]:
                slowest = (took, f"{target}/{kind}")
            if keep is not None and (took > SLOW or len(crashes) > kept):
                keep.mkdir(parents=True, exist_ok=True)
                source = target_db if target == "import-into" else path
                if source.exists():
                    shutil.copyfile(source, keep / f"{n}-{target}-{kind}-{took:.1f}s")
                kept = len(crashes)
            for leftover in (path, target_db, Path(f"{target_db}-journal")):
                leftover.unlink(missing_ok=True)
    for text in crashes[:SHOWN_CRASHES]:
        print(text, file=sys.stderr)
    return {
        "seconds": seconds,
        "seed": seed,
        "files_tried": n,
        "by_target": dict(tried),
        "mutations": dict(mutations),
        "errors_shown": counts["errors_shown"],
        "crashes": counts["crashes"],
        "hangs": counts["hangs"],
        "slowest_s": round(slowest[0], 2),
        "slowest": slowest[1],
        "seed_databases": len(databases),
        "seed_articles": len(articles),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same mutants)")
    ap.add_argument("--limit", type=float, default=20.0, help="seconds before an input hangs")
    ap.add_argument("--keep", type=Path, help="save inputs that crash, hang or take 5 s here")
    args = ap.parse_args(argv)
    summary = run(args.seconds, args.seed, args.limit, args.keep)
    print(json.dumps(summary))
    return 1 if summary["crashes"] or summary["hangs"] else 0


if __name__ == "__main__":
    sys.exit(main())
