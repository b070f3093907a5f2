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
  the text, `text == content[begin:end]`);
- hostile paths (`paths`): a name that is not UTF-8, symlink loops and broken links, links to
  /dev/zero, FIFOs, a folder without permissions, each beside a good article, through
  `timeline-viewer import` (db.ingest.cli.main) and File > Import's import_file; the good file
  must be imported;
- encodings (`encodings`): an events table and an article re-encoded (UTF-8 with and without
  BOM, UTF-16 and UTF-32 LE/BE with a BOM, UTF-16 without one), comma or tab separated, with
  NUL characters sprinkled in: every row and the article must be imported, as in UTF-8;
- headers (`headers`): the table's column names in random case with spaces around: every row
  must be imported;
- deep JSON (`deep`): JSON Lines and JSON arrays with one record nested up to 200,000 deep, and
  mapping files of the wrong shape: the other records must be imported;
- huge values (`years`): TimelineJS slides with years like 10^15, 10^300, digit strings and lone
  surrogates beside good slides: the good slides must be imported.
An import that reports more than it wrote, or loses a good record, is a broken contract.
- hostile databases (`databases`, read as the window reads them, under small time limits):
  views that never end, cross joins of large tables, NULL, text, blob, real and huge start keys,
  up to 100,000 lanes, WAL mode, and paths that are no database file (FIFO, device, symlink
  loop, a name not UTF-8): each must be shown or refused with a TimelineError, the file left
  unchanged, no -wal/-shm left beside it, every usable event shown and the rest counted, at
  most MAX_LANES lanes in a frame.

Counted: files tried; errors shown (db.errors.TimelineError, and failures the importer reports
for a file); crashes (any other exception, or a broken date-finder contract: must be 0, the
first few are printed with tracebacks); hangs (one input over --limit seconds). The process's
memory is capped (--memory-mb above what it uses at start), so that reading a device without
end is a MemoryError, not the machine's memory. The last line printed is the JSON summary.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
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
from db.ingest.cli import main as import_command  # noqa: E402
from db.ingest.importers import (  # noqa: E402
    import_articles,
    import_events,
    import_file,
    import_timelinejs,
)
from db.ingest.mapping import EventMapping  # noqa: E402
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
        clause = sentence.title_span
        if clause is not None and not (sentence.begin <= clause[0] < clause[1] <= sentence.end):
            raise AssertionError(f"clause span out of its sentence: {sentence}")
    return 0


# ---- hostile files and values (the importers' contracts) ----------------------------------------


class Broken(AssertionError):
    """An importer's contract broken: more reported than written, or a good record lost."""


HARBOUR = (
    "Harbour notes\n\n"
    "The morning ferry left the north pier on 3 March 2015 with forty passengers aboard.\n"
)
ROWS = [
    ("Sluice gate replaced", "2012-05-07", "Crews swapped the rusted gate in two days."),
    ("Towpath resurfaced", "2012-09-21", "Gravel went down over a mile of the path."),
    ("Lock keeper retires", "2013-01-15", "She had worked the lock for thirty-one years."),
]
COLUMNS = ("title", "date", "notes")
MAPPING = {"title": "title", "start": "date", "text": "notes"}
BOMS = {
    "utf-8": b"",
    "utf-8-sig": b"",
    "utf-16": b"",  # Python writes the BOM
    "utf-16-be+bom": b"\xfe\xff",
    "utf-32": b"",
    "utf-32-be+bom": b"\x00\x00\xfe\xff",
    "utf-16-le": b"",  # no BOM: found by its zero bytes
    "utf-16-be": b"",
}


def _counts(db: Path) -> tuple[int, int]:
    if not db.exists():
        return 0, 0
    with contextlib.closing(sqlite3.connect(db)) as conn:
        return (
            conn.execute("SELECT count(*) FROM articles").fetchone()[0],
            conn.execute("SELECT count(*) FROM events").fetchone()[0],
        )


def _written(db: Path, before: tuple[int, int], report, kind: str) -> None:
    """What the report says was imported is in the database."""
    articles, events = _counts(db)
    if kind == "article" and articles - before[0] != report.imported:
        raise Broken(f"{report.imported} articles reported, {articles - before[0]} written")
    if events - before[1] != report.events:
        raise Broken(f"{report.events} events reported, {events - before[1]} written")


def _encode(text: str, encoding: str) -> bytes:
    codec = encoding.split("+")[0]
    return BOMS[encoding] + text.encode(codec)


def _sprinkle(text: str, rng: random.Random) -> str:
    """A few NUL characters at random places (whole characters in any encoding): up to one
    in twenty, well below the share that makes text binary (docs/limits.md)."""
    chars = list(text)
    for _ in range(rng.randint(0, len(text) // 20)):
        chars.insert(rng.randrange(len(chars) + 1), "\x00")
    return "".join(chars)


def _table(header: tuple[str, ...], sep: str) -> str:
    return "\r\n".join([sep.join(header), *(sep.join(row) for row in ROWS)]) + "\r\n"


def _shout(name: str, rng: random.Random) -> str:
    cased = "".join(c.upper() if rng.random() < 0.5 else c for c in name)
    return " " * rng.randint(0, 2) + cased + " " * rng.randint(0, 2)


def through_encodings(case: Path, rng: random.Random, headline: str) -> int:
    encoding = rng.choice(list(BOMS))
    sep = rng.choice([",", "\t"])
    db = case / "out.db"
    table = case / rng.choice(["canal.csv", "canal.tsv", "canal.csv"])
    sep = "\t" if table.suffix == ".tsv" else sep
    table.write_bytes(_encode(_sprinkle(_table(COLUMNS, sep), rng), encoding))
    before = _counts(db)
    report = import_events(db, table, EventMapping.from_dict(MAPPING))
    _written(db, before, report, "table")
    if report.imported != len(ROWS):
        raise Broken(f"{encoding} table: {report.imported} of {len(ROWS)} rows ({report.failed})")
    article = case / "harbour.txt"
    article.write_bytes(_encode(_sprinkle(HARBOUR, rng), encoding))
    before = _counts(db)
    report = import_articles(db, [article])
    _written(db, before, report, "article")
    with contextlib.closing(sqlite3.connect(db)) as conn:
        stored = [h for (h,) in conn.execute("SELECT headline FROM articles")]
    if report.imported != 1 or stored != [headline]:
        raise Broken(f"{encoding} article: {report.summary()} {report.failed} {stored}")
    return len(report.failed)


def through_headers(case: Path, rng: random.Random) -> int:
    header = tuple(_shout(name, rng) for name in COLUMNS)
    table = case / "canal.csv"
    table.write_text(_table(header, ","), encoding="utf-8")
    db = case / "out.db"
    report = import_events(db, table, EventMapping.from_dict(MAPPING))
    _written(db, (0, 0), report, "table")
    if report.imported != len(ROWS):
        raise Broken(f"header {header}: {report.imported} of {len(ROWS)} rows ({report.failed})")
    return 0


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def through_deep(case: Path, rng: random.Random) -> int:
    depth = rng.choice([50, 99, 101, 500, 990, 1000, 5000, 200_000])
    records = [{"title": t, "date": d, "notes": n} for t, d, n in ROWS]
    deep = '{"title": "Deep", "date": "2011-01-01", "x": ' + _nested(depth) + "}"
    at = rng.randrange(len(records) + 1)
    lines = [json.dumps(r) for r in records]
    lines.insert(at, deep)
    db = case / "out.db"
    mapping = EventMapping.from_dict({**MAPPING, "keep": ["x"]} if rng.random() < 0.5 else MAPPING)
    shown = 0
    if rng.random() < 0.5:
        path = case / "deep.jsonl"
        path.write_text("\n".join(lines) + "\n")
        report = import_events(db, path, mapping)
        _written(db, (0, 0), report, "table")
        if report.imported < len(ROWS):
            raise Broken(f"JSON Lines {depth} deep: {report.imported} imported ({report.failed})")
    else:
        path = case / "deep.json"
        path.write_text("[" + ",\n".join(lines) + "]")
        report = import_events(db, path, mapping)
        _written(db, (0, 0), report, "table")
    shown += len(report.failed)
    # A mapping file of the wrong shape: one clear MappingError (a TimelineError).
    bad = rng.choice(
        [
            "[1, 2]",
            '"date"',
            '{"start": {"column": "date", "map": [1]}}',
            '{"start": {"column": ["date"]}}',
            '{"start": "date", "unique": [{}]}',
            '{"start": "date", "keep": {"a": 1}}',
            '{"start": {"column": "date", "first_sentence": "no"}}',
            _nested(depth),
        ]
    )
    mapping_file = case / "map.json"
    mapping_file.write_text(bad)
    try:
        import_events(db, path, mapping_file)
    except TimelineError:
        shown += 1
    return shown


def through_years(case: Path, rng: random.Random) -> int:
    huge = rng.choice(
        [
            10**15,
            -(10**15),
            10**6,
            999_999,
            -1_000_000,
            1e300,
            -1e300,
            "1" * rng.randint(7, 4000),
            "10000000000000000000",
            float(2**63),
        ]
    )
    slides = [
        {"start_date": {"year": 1884, "month": 6}, "text": {"headline": "Signal box built"}},
        {"start_date": {"year": huge}, "text": {"headline": "Far"}},
        {"start_date": {"year": 1900}, "end_date": {"year": huge}, "text": {"headline": "Long"}},
        {"start_date": {"year": 1965}, "text": {"headline": "Branch \ud800 closed"}},
    ]
    rng.shuffle(slides)
    path = case / "rail.json"
    path.write_text(json.dumps({"events": slides}))
    db = case / "out.db"
    report = import_timelinejs(db, path)
    _written(db, (0, 0), report, "timelinejs")
    if report.imported < 2:
        raise Broken(f"year {str(huge)[:30]}: {report.imported} imported ({report.failed})")
    return len(report.failed)


def _hostile_path(case: Path, rng: random.Random) -> Path:
    """One path the importer must refuse (or import) without a traceback or a hang."""
    case.mkdir()
    kind = rng.choice(
        ["non-utf8", "loop", "ping-pong", "dangling", "dev-zero", "fifo", "closed-folder", "folder"]
    )
    suffix = rng.choice([".txt", ".html", ".csv", ".jsonl", ".json", ".csv.gz"])
    path = case / f"hostile{suffix}"
    if kind == "non-utf8":
        path = Path(os.fsdecode(os.fsencode(case) + b"/\xff\xfe" + suffix.encode()))
        path.write_text(HARBOUR.replace("Harbour", "Bay"))
    elif kind == "loop":
        path.symlink_to(path.name)
    elif kind == "ping-pong":
        path.symlink_to(f"other{suffix}")
        (case / f"other{suffix}").symlink_to(path.name)
    elif kind == "dangling":
        path.symlink_to("nowhere")
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path = case / "folder"
        (path / "inner").mkdir(parents=True)
        (path / "inner" / "note.txt").write_text(HARBOUR.replace("Harbour", "Dock"))
        os.mkfifo(path / "inner" / "pipe.txt")
        (path / "inner" / "loop.txt").symlink_to("loop.txt")
        (path / "inner" / "back").symlink_to("..")
        if kind == "closed-folder":
            (path / "inner").chmod(0)
    return path


def through_paths(case: Path, rng: random.Random) -> int:
    good = case / "good.txt"
    good.write_text(HARBOUR)
    mapping = case / "map.json"
    mapping.write_text(json.dumps(MAPPING))
    hostile = [_hostile_path(case / str(i), rng) for i in range(rng.randint(1, 2))]
    files = [good, *hostile]
    rng.shuffle(files)
    db = case / "out.db"
    if rng.random() < 0.5:  # `timeline-viewer import DB FILE... --mapping M`
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            code = import_command([str(db), *map(str, files), "--mapping", str(mapping)])
        first = out.getvalue().splitlines()[:1]
        if code not in (0, 1) or not first or not first[0].startswith("imported "):
            raise Broken(f"import command: exit {code}: {out.getvalue()[:300]}")
        out.getvalue().encode("utf-8")  # printable: no lone surrogates
        imported = int(first[0].split()[1].rstrip(","))
        shown = len(out.getvalue().splitlines()) - 1
    else:  # File > Import: import_file for each, as viewer.source.import_files does
        imported = shown = 0
        for file in files:
            before = _counts(db)
            try:
                report = import_file(db, file)
            except TimelineError:
                shown += 1
                continue
            _written(db, before, report, "article")
            imported += report.imported
            shown += len(report.failed)
            for where, why in report.failed:
                (where + why).encode("utf-8")
    if imported < 1 or _counts(db)[0] < 1:
        raise Broken(f"the good article was not imported beside {[str(f) for f in hostile]}")
    return shown


def _reopen(case: Path) -> None:
    """Make a case folder removable again (a fuzzed folder may have lost its permissions)."""
    for root, dirs, _files in os.walk(case):
        for name in dirs:
            folder = os.path.join(root, name)
            if not os.path.islink(folder):  # a link's target may be outside the case
                with contextlib.suppress(OSError):
                    os.chmod(folder, 0o755)


def _not_regular(folder: str, names: list[str]) -> list[str]:
    """Entries copytree must not open (FIFOs, devices): kept inputs are files and folders."""
    paths = {name: os.path.join(folder, name) for name in names}
    return [n for n, p in paths.items() if not (os.path.isdir(p) or os.path.isfile(p))]


def _memory_cap(extra_mb: int) -> None:
    """Cap the address space at what the process uses now plus `extra_mb`."""
    with open("/proc/self/status") as status:
        kb = next(int(line.split()[1]) for line in status if line.startswith("VmSize:"))
    limit = kb * 1024 + extra_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))


# ---- the loop ----------------------------------------------------------------------------------


NEW_TARGETS = ("paths", "encodings", "headers", "deep", "years", "databases")


def run(
    seconds: float, seed: int, limit: float, keep: Path | None = None, memory_mb: int = 3000
) -> dict:
    rng = random.Random(seed)
    signal.signal(signal.SIGALRM, _alarm)
    counts: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    mutations: Counter[str] = Counter()
    crashes: list[str] = []
    crashed: Counter[str] = Counter()
    hung: Counter[str] = Counter()
    kinds: Counter[str] = Counter()  # the exceptions crashes ended in (Broken: a contract)
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory(prefix="tv-fuzz-") as tmp:
        scratch = Path(tmp)
        articles, databases = seed_files(scratch)
        empty = scratch / "empty.db"
        import_articles(empty, [])  # a fresh database's bytes, copied for each import
        harbour = scratch / "harbour.txt"
        harbour.write_text(HARBOUR)
        import_articles(scratch / "harbour.db", [harbour])
        with contextlib.closing(sqlite3.connect(scratch / "harbour.db")) as conn:
            (headline,) = conn.execute("SELECT headline FROM articles").fetchone()
        if memory_mb:
            _memory_cap(memory_mb)
        started = time.monotonic()
        n = kept = 0
        while time.monotonic() - started < seconds:
            n += 1
            target = rng.choice(
                ["store", "store", "import", "import", "dates", "import-into", *NEW_TARGETS]
            )
            case = scratch / f"case-{n}"
            if target in NEW_TARGETS:
                case.mkdir()
                kind, data = target, b""
            elif target in ("store", "import-into"):
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
            case_rng = random.Random(rng.random())
            if target == "paths":
                work = partial(through_paths, case, case_rng)
            elif target == "encodings":
                work = partial(through_encodings, case, case_rng, headline)
            elif target == "headers":
                work = partial(through_headers, case, case_rng)
            elif target == "deep":
                work = partial(through_deep, case, case_rng)
            elif target == "years":
                work = partial(through_years, case, case_rng)
            elif target == "databases":
                work = partial(through_databases, case, case_rng)
            elif target == "store":
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
                hung[target] += 1
                crashes.append(f"[{target}/{kind}] no answer within {limit} s")
            except Exception as exc:
                counts["crashes"] += 1
                crashed[target] += 1
                kinds[type(exc).__name__] += 1
                crashes.append(f"[{target}/{kind}] {traceback.format_exc()}")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.monotonic() - one
            if took > slowest[0]:
                slowest = (took, f"{target}/{kind}")
            if keep is not None and (took > SLOW or len(crashes) > kept):
                keep.mkdir(parents=True, exist_ok=True)
                source = target_db if target == "import-into" else path
                if target in NEW_TARGETS:
                    _reopen(case)
                    shutil.copytree(
                        case,
                        keep / f"{n}-{target}-{took:.1f}s",
                        symlinks=True,
                        ignore_dangling_symlinks=True,
                        ignore=_not_regular,
                    )
                elif source.exists():
                    shutil.copyfile(source, keep / f"{n}-{target}-{kind}-{took:.1f}s")
                kept = len(crashes)
            for leftover in (path, target_db, Path(f"{target_db}-journal")):
                leftover.unlink(missing_ok=True)
            if case.exists():
                _reopen(case)
                shutil.rmtree(case)
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
        "crashes_by_target": dict(crashed),
        "crash_kinds": dict(kinds),
        "hangs": counts["hangs"],
        "hangs_by_target": dict(hung),
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
    ap.add_argument(
        "--memory-mb",
        type=int,
        default=3000,
        help="address space allowed above the start's (0: no cap)",
    )
    args = ap.parse_args(argv)
    summary = run(args.seconds, args.seed, args.limit, args.keep, args.memory_mb)
    print(json.dumps(summary))
    return 1 if summary["crashes"] or summary["hangs"] else 0


# ---- databases the viewer shows (issue 17, the viewer's side) ----------------------------------
# Added at the end (the import side edits the rest): hostile databases built from scratch, read
# as the viewer reads them, under small time limits so that each case takes a second or two.

DB_FAMILIES = ("endless-view", "cross-join", "bad-keys", "many-lanes", "wal", "not-a-file")
DB_BUDGETS = {"OPEN_BUDGET_S": 0.3, "INDEX_BUDGET_S": 1.0, "SEARCH_BUDGET_S": 0.5,
              "CLICK_BUDGET_S": 0.3}  # fmt: skip


def _plain_db(path: Path, sql: list[str]) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        for statement in sql:
            conn.execute(statement)
        conn.commit()
    return path


def _timeline_db(path: Path, rows: list[tuple], loose: bool = False) -> Path:
    """A real-schema timeline database with `rows` (id, lane, start_key); `loose` drops the
    events table's NOT NULL constraints, as other tools' files lack them."""
    import sqlite_utils

    from db import schema

    db = sqlite_utils.Database(path)
    schema.create(db)
    db.close()
    if loose:  # the new schema text is read by the next connection
        with contextlib.closing(sqlite3.connect(path)) as conn:
            (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()
            conn.execute("PRAGMA writable_schema = ON")
            conn.execute(
                "UPDATE sqlite_master SET sql = ? WHERE name = 'events'",
                (sql.replace("NOT NULL", ""),),
            )
            conn.commit()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        with conn:
            conn.executemany(
                "INSERT INTO events (id, title, start, precision, lane, kind, start_key, end_key)"
                " VALUES (?, 'event', '2010', 'minute', ?, 'record', ?, 0)",
                rows,
            )
    return path


def _hostile_db(case: Path, rng: random.Random, family: str) -> tuple[Path, dict]:
    """One hostile database of `family` and what must hold after reading it."""
    base = 1_262_304_000
    if family == "endless-view":
        step = rng.choice(["x + 1", "x * 2 % 1000003", "x"])
        return _plain_db(case / "endless.db", [
            f"CREATE VIEW {rng.choice(['events', 'timeline', 'log'])} AS WITH RECURSIVE "
            f"c(x) AS (SELECT 1 UNION ALL SELECT {step} FROM c) "
            "SELECT x AS id, 'e' || x AS title, '2020-01-01' AS date FROM c"
        ]), {}  # fmt: skip
    if family == "cross-join":
        n = rng.choice([300, 1000, 3000])
        return _plain_db(case / "join.db", [
            "CREATE TABLE facts (title TEXT, date TEXT)",
            *(f"INSERT INTO facts VALUES ('f{i}', '2020-01-{i % 28 + 1:02d}')" for i in range(n)),
            "CREATE VIEW events AS SELECT a.title AS title, b.date AS date "
            "FROM facts a, facts b, facts c",
        ]), {"shown": n}  # fmt: skip
    if family == "bad-keys":
        bad = [None, "abc", b"\x00\xff", 9.9e300, float("inf"), -(2**63), 2**63 - 1, ""]
        rows, unusable = [], 0
        for i in range(1, rng.randint(2, 400)):
            key: object = base + i * 60
            if rng.random() < 0.3:
                key = rng.choice(bad)
                unusable += 1
            elif rng.random() < 0.1:
                key = base + i * 60 + 0.5  # a real: truncated, kept
            rows.append((i, "One", key))
        return _timeline_db(case / "keys.db", rows, loose=True), {"skipped": unusable}
    if family == "many-lanes":
        lanes = rng.choice([201, 1000, 30_000, 100_000])
        rows = [(i, f"lane {i % lanes}", base + i * 60) for i in range(1, lanes + 50)]
        return _timeline_db(case / "lanes.db", rows), {"shown": len(rows), "lanes": lanes}
    if family == "wal":
        path = _timeline_db(case / "wal.db", [(i, "One", base + i) for i in range(1, 50)])
        with contextlib.closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA journal_mode = WAL")
        return path, {"shown": 49, "no_side_files": True}
    kind = rng.choice(["fifo", "loop", "not-utf8", "device"])
    if kind == "fifo":
        path = case / "pipe.db"
        os.mkfifo(path)
    elif kind == "loop":
        path = case / "a.db"
        path.symlink_to(case / "b.db")
        (case / "b.db").symlink_to(path)
    elif kind == "device":
        path = Path("/dev/zero")
    else:
        path = Path(os.fsdecode(os.fsencode(case) + b"/caf\xe9.db"))
        _plain_db(path, ["CREATE TABLE t (title TEXT, date TEXT)"])
    return path, {"refused": True}


def _digest(path: Path) -> str | None:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def through_databases(case: Path, rng: random.Random) -> int:
    """A hostile database read as the window reads it (viewer.source.DataSource: open, the whole
    frame, events, titles, search, the source grouping, close); the number of TimelineErrors
    shown. Broken: a file changed, side files left, events lost, too many lanes, a wrong skip
    count, or a path that is no database file not refused."""
    from db.store import sqlite_ro
    from db.store.model import MAX_LANES
    from viewer.source import DataSource

    family = rng.choice(DB_FAMILIES)
    path, expect = _hostile_db(case, rng, family)
    before = sorted(os.listdir(case))
    digest = _digest(path) if family != "not-a-file" else None
    saved = {name: getattr(sqlite_ro, name) for name in DB_BUDGETS}
    for name, value in DB_BUDGETS.items():
        setattr(sqlite_ro, name, value)
    shown = 0
    try:
        try:
            source = DataSource.open(path)
        except TimelineError:
            shown = 1
        else:
            if expect.get("refused"):
                raise Broken(f"{family}: {path} opened")
            try:
                whole = source.whole()
                if "shown" in expect and len(whole) != expect["shown"]:
                    raise Broken(f"{family}: {len(whole)} of {expect['shown']} events shown")
                if len(whole.lanes) > MAX_LANES:
                    raise Broken(f"{family}: {len(whole.lanes)} lanes in a frame")
                if "skipped" in expect and source.skipped != expect["skipped"]:
                    raise Broken(f"{family}: {source.skipped} left out, {expect['skipped']} bad")
                ids = whole.ids()[:: max(len(whole) // 20, 1)]
                for event_id in [*map(int, ids), 2**63, -(2**64)]:
                    source.event(event_id)
                source.titles([int(i) for i in ids])
                source.search(rng.choice(["event", "e1", "f2", '"x" OR']))
                if source.is_timeline:
                    source.whole("source")
            except TimelineError:
                shown = 1
            finally:
                source.close()
    finally:
        for name, value in saved.items():
            setattr(sqlite_ro, name, value)
    if digest is not None and _digest(path) != digest:
        raise Broken(f"{family}: the viewer changed {path.name}")
    if expect.get("no_side_files") and sorted(os.listdir(case)) != before:
        raise Broken(f"{family}: left {sorted(set(os.listdir(case)) - set(before))}")
    return shown


if __name__ == "__main__":
    sys.exit(main())
