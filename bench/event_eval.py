"""Score event anchoring: do the article's gold events get an event of the project on their date?

    python bench/event_eval.py ../shared/data/tbaq [--errors]
    python bench/event_eval.py ../shared/data/timeset-dev [--errors]
    python bench/event_eval.py bench/data/news_holdout.json [--errors]

Gold events and their times:
- TimeML (.tml, TimeBank/AQUAINT): an EVENT's instance (MAKEINSTANCE) linked by a TLINK to a
  TIMEX3 or to the DCT with a relation that puts the event at that time or starting there. Seen
  from the event: IS_INCLUDED, INCLUDES, DURING, SIMULTANEOUS, IDENTITY, BEGINS, ENDS, BEGUN_BY
  (links written the other way round, timeID -> relatedToEventInstance, are inverted first).
  BEFORE / AFTER / ENDED_BY give no date. Where an event links to a TIMEX3 of the text, that is
  its time (the DCT link is TimeBank's default for reported events); where it links to several
  of them, matching any one counts. Only calendar values count ("1998-01-20", "1998-01",
  "1998-W03", "1998-Q1", "1998-SU", "1998", "199"); a time of day is compared as its day;
  DURATION, SET and values with X placeholders or *_REF are no gold time, and an event with only
  those is left out.
- brat (timeset-dev): an event (`E<n>`) with a `TIMEX:T<m>` argument; its time is that
  expression's annotator note read as in timex_eval.py ("2023-03-xx" -> "2023-03"); events noted
  "TIMEX: none" or anchored to a duration note are left out. The headline and publication-date
  lines are blanked (same offsets) before the pipeline runs: the importer dates the body only.
- JSON (bench/data/news_*.json, written for the project): documents with a `dct`, a `text` and
  `events`, each a happening as a reader places it: its `anchor` (words of its clause, found in
  reading order after the previous anchor's start), its `value` (a calendar value at its own
  precision; the DCT for news of the day) and its `status` (happened / planned / negated).

Matching: a gold event is placed right when some event of the project covers its first character
(for JSON gold: overlaps its anchor words)
(the project's span: the clause the event dates, `data["clause"]`, or with --spans sentence the
whole sentence that produced it) and the
project's date, written as a TIMEX3 value at the event's own precision (day "2019-12-22", week
"2019-W52", month, quarter, season, year, decade), equals the gold time. A range ("since 2011")
is compared by its start. Too fine is wrong as well as too coarse ("1998-01-20" for "1998-01").

Columns:
- publication day: every gold event on the DCT at day precision (the baseline);
- ours: the import pipeline, `db.dates.dated_sentences` -> `db.ingest.events.sentence_events`;
- ours, else publication day: as ours, and a gold event in a clause (sentence) without an event
  of the project on the DCT (a reader's default for news).

The table is followed by the JSON of the figures (last line).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from timex_eval import _note_value, canonical  # noqa: E402

from db.dates import dated_sentences  # noqa: E402
from db.dates.lexicon import SEASON_FIRST_MONTH  # noqa: E402
from db.ingest.events import sentence_events  # noqa: E402


@dataclass(frozen=True)
class GoldEvent:
    begin: int
    text: str
    times: frozenset[str]  # calendar values; any one is right
    from_dct: bool  # its time is the DCT (no TIMEX3 of the text anchors it)
    end: int = -1  # JSON gold: the end of its anchor words, matched by overlap; else its start
    status: str = ""  # JSON gold: happened / planned / negated


@dataclass
class Doc:
    name: str
    text: str  # what the pipeline reads
    dct: dt.date
    events: list[GoldEvent] = field(default_factory=list)
    skipped: int = 0  # gold events without a calendar time


# A BC value ("BC0044") is a gold time too, though the project places none on its calendar.
_CALENDAR = re.compile(
    r"^(?:BC)?\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?$|^\d{2,3}$"
)


def gold_value(value: str | None) -> str | None:
    """A TIMEX3 value as a calendar period, its time of day dropped and a weekend taken as its
    Saturday ("1968-W19-WE" is "1968-05-11": the project places a weekend's event on its
    Saturday, running to the Sunday); None when it is none."""
    if not value:
        return None
    v = canonical(value.strip().upper().split("T")[0])
    weekend = re.match(r"^(\d{4})-W(\d\d)-WE$", v or "")
    if weekend:
        return dt.date.fromisocalendar(int(weekend[1]), int(weekend[2]), 6).isoformat()
    return v if v and _CALENDAR.match(v) else None


# ---- readers ----------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
# The relation seen from the event, for links written from the time's side.
_INVERSE = {
    "INCLUDES": "IS_INCLUDED",
    "IS_INCLUDED": "INCLUDES",
    "BEGINS": "BEGUN_BY",
    "BEGUN_BY": "BEGINS",
    "ENDS": "ENDED_BY",
    "ENDED_BY": "ENDS",
}
_AT_TIME = {
    "IS_INCLUDED",
    "INCLUDES",
    "DURING",
    "SIMULTANEOUS",
    "IDENTITY",
    "BEGINS",
    "ENDS",
    "BEGUN_BY",
}


def load_tml(path: Path) -> Doc:
    xml = path.read_text(encoding="utf-8")
    dct_tag = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", xml)
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    if dct_tag is None or body is None:
        raise ValueError(f"{path}: no CREATION_TIME or no <TEXT>")
    dct_attrs = dict(_ATTR.findall(dct_tag.group()))
    dct = dt.date.fromisoformat(dct_attrs["value"][:10])
    src = body.group(1)
    out: list[str] = []
    size = pos = 0
    events: dict[str, tuple[int, int]] = {}  # eid -> span
    times: dict[str, str | None] = {dct_attrs["tid"]: dct.isoformat()}
    opened: tuple[str, int, dict[str, str]] | None = None
    for m in _TAG.finditer(src):
        out.append(src[pos : m.start()])
        size += m.start() - pos
        pos = m.end()
        tag = m.group(2)
        if tag not in ("EVENT", "TIMEX3"):
            continue
        if not m.group(1):
            opened = (tag, size, dict(_ATTR.findall(m.group(3))))
        elif opened is not None:
            kind, begin, attrs = opened
            if kind == "EVENT":
                events[attrs["eid"]] = (begin, size)
            elif attrs.get("type") in ("DATE", "TIME"):
                times[attrs["tid"]] = gold_value(attrs.get("value"))
            opened = None
    out.append(src[pos:])
    text = "".join(out)
    instance = {
        a["eiid"]: a["eventID"]
        for a in (dict(_ATTR.findall(t)) for t in re.findall(r"<MAKEINSTANCE[^>]*>", xml))
    }
    linked: dict[str, set[str]] = {}  # eid -> tids
    for t in re.findall(r"<TLINK[^>]*>", xml):
        a = dict(_ATTR.findall(t))
        rel = a.get("relType", "")
        if "eventInstanceID" in a and "relatedToTime" in a:
            ei, tid = a["eventInstanceID"], a["relatedToTime"]
        elif "timeID" in a and "relatedToEventInstance" in a:
            ei, tid, rel = a["relatedToEventInstance"], a["timeID"], _INVERSE.get(rel, rel)
        else:
            continue
        if rel in _AT_TIME and ei in instance:
            linked.setdefault(instance[ei], set()).add(tid)
    doc = Doc(path.name, text, dct)
    dct_tid = dct_attrs["tid"]
    for eid, (b, e) in sorted(events.items(), key=lambda kv: kv[1]):
        tids = linked.get(eid, set())
        in_text = {v for t in tids if t != dct_tid and (v := times.get(t)) is not None}
        if in_text:
            doc.events.append(GoldEvent(b, text[b:e], frozenset(in_text), False))
        elif dct_tid in tids:
            doc.events.append(GoldEvent(b, text[b:e], frozenset({dct.isoformat()}), True))
        elif tids:
            doc.skipped += 1  # linked only to a duration, a set or an X value
    return doc


def load_brat(txt: Path) -> Doc:
    from dateutil import parser as dateutil_parser

    raw = txt.read_text(encoding="utf-8")
    lines = raw.split("\n")
    dct = dateutil_parser.parse(lines[1].strip()).date()
    # The headline and the date line are not body text: blank them, keeping offsets.
    head = len(lines[0]) + 1 + len(lines[1])
    text = re.sub(r"[^\n]", " ", raw[:head]) + raw[head:]
    spans: dict[str, tuple[int, int]] = {}
    notes: dict[str, str] = {}
    anchors: list[tuple[str, str]] = []  # (event trigger T, timex T)
    for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T"):
            offsets = [int(x) for x in re.findall(r"\d+", fields[1])]
            spans[fields[0]] = (offsets[0], offsets[-1])
        elif fields[0].startswith("#") and fields[1].startswith("AnnotatorNotes "):
            notes[fields[1].split()[1]] = fields[2] if len(fields) > 2 else ""
        elif fields[0].startswith("E"):
            args = dict(a.split(":", 1) for a in fields[1].split() if ":" in a)
            if "TIMEX" in args:
                anchors.append((args["event"], args["TIMEX"]))
    doc = Doc(txt.name, text, dct)
    for trigger, tid in anchors:
        value = gold_value(_note_value(notes.get(tid, "")))
        if value is None or trigger not in spans:
            doc.skipped += 1
            continue
        b, e = spans[trigger]
        doc.events.append(GoldEvent(b, raw[b:e], frozenset({value}), False))
    doc.events.sort(key=lambda g: g.begin)
    return doc


def load_json(path: Path) -> list[Doc]:
    """A reader's gold (bench/data/news_*.json): each event's anchor words located at their first
    occurrence after the previous anchor's start (ValueError if they are not there)."""
    docs = []
    for d in json.loads(path.read_text(encoding="utf-8"))["documents"]:
        dct = dt.date.fromisoformat(d["dct"])
        doc, pos = Doc(d["name"], d["text"], dct), 0
        for e in d["events"]:
            begin = doc.text.find(e["anchor"], pos)
            if begin < 0:
                raise ValueError(f"{d['name']}: {e['anchor']!r} not found after offset {pos}")
            value = gold_value(e["value"])
            if value is None:
                raise ValueError(f"{d['name']}: {e['value']!r} is no calendar value")
            end = begin + len(e["anchor"])
            from_dct = value == dct.isoformat()
            doc.events.append(
                GoldEvent(begin, e["anchor"], frozenset({value}), from_dct, end, e["status"])
            )
            pos = begin + 1
        docs.append(doc)
    return docs


def load_dir(root: Path) -> list[Doc]:
    if root.suffix == ".json":
        return load_json(root)
    docs = [load_tml(p) for p in sorted(root.rglob("*.tml"))]
    docs += [load_brat(p) for p in sorted(root.rglob("*.txt")) if p.with_suffix(".ann").exists()]
    return docs


# ---- systems ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Placed:
    begin: int  # the span of text that produced the event
    end: int
    value: str | None  # its date as a TIMEX3 calendar value at its precision
    status: str = ""  # happened / planned / negated


_SEASON = {month: code for code, month in SEASON_FIRST_MONTH.items()}


def project_value(start: str, precision: str) -> str | None:
    """An event's start at its precision, written as TIMEX3 writes that period; a year before
    AD 1 (astronomical: "-0489", 1 BC is "0000") as TIMEX3 writes a BC one ("BC0490")."""
    bc = re.match(r"^(-?)(\d{4})", start)
    if bc and (bc[1] or bc[2] == "0000") and precision not in ("decade", "century"):
        # counted on a positive stand-in year (9000 + the year: four digits back to 8999 BC,
        # leap years kept), then written back
        value = project_value(f"{9000 + int(bc[1] + bc[2]):04d}" + start[bc.end() :], precision)
        return None if value is None else f"BC{9001 - int(value[:4]):04d}" + value[4:]
    try:
        if precision in ("day", "hour", "minute", "second"):
            return start[:10]
        if precision == "week":
            year, week, _ = dt.date.fromisoformat(start[:10]).isocalendar()
            return f"{year:04d}-W{week:02d}"
        if precision == "month":
            return start[:7]
        if precision == "quarter":
            return f"{start[:4]}-Q{(int(start[5:7]) - 1) // 3 + 1}"
        if precision == "season":
            return f"{start[:4]}-{_SEASON[int(start[5:7])]}"
        if precision == "year":
            return start[:4]
        if precision == "decade":
            return start[:3]
        if precision == "century":
            return start[:2]
    except (ValueError, KeyError):
        return None
    return None  # "fuzzy": a vague period is no date to compare


_HALF = re.compile(r"^(\d{4})-H([12])$")


def _half_year(row: dict) -> str | None:
    """A half year the project draws as its six months ("2028-07" to "2028-12"), written as
    TIMEX3 writes it ("2028-H2"), when its expression's value says it is one."""
    data = json.loads(row["data"]) if row.get("data") else {}
    m = _HALF.match((data.get("timex") or {}).get("value", ""))
    if m is None or row["precision"] != "month":
        return None
    first = f"{m[1]}-{'01' if m[2] == '1' else '07'}"
    return f"{m[1]}-H{m[2]}" if row["start"] == first else None


def run_ours(doc: Doc, spans: str = "clause") -> list[Placed]:
    """The pipeline's events; each covers its own clause (`data["clause"]`), or with
    spans="sentence" its whole sentence as before clauses were found."""
    rows = sentence_events(doc.text, dated_sentences(doc.text, doc.dct), article_id=0, lane="")
    out = []
    for r in rows:
        begin, end = r["span_start"], r["span_end"]
        clause = json.loads(r["data"]).get("clause") if r["data"] else None
        if spans == "clause" and clause:
            begin, end = clause["begin"], clause["end"]
        value = _half_year(r) or project_value(r["start"], r["precision"])
        out.append(Placed(begin, end, value, r.get("status") or ""))
    return out


# ---- scoring ----------------------------------------------------------------------------------


def _covering(placed: list[Placed], g: GoldEvent) -> list[Placed]:
    """The events whose span covers the gold event's first character, or overlaps its anchor
    words where it has them."""
    end = g.end if g.end > g.begin else g.begin + 1
    return [p for p in placed if p.begin < end and g.begin < p.end]


def score(docs: list[Doc], outputs: list[list[Placed]]) -> tuple[dict, list[str]]:
    right = {"publication day": 0, "ours": 0, "ours, else publication day": 0}
    by_source = {True: [0, 0], False: [0, 0]}  # from_dct -> [gold, ours right]
    errors: list[str] = []
    n_gold = n_skipped = n_system = 0
    status = [0, 0]  # gold events with a status placed right, and of those with its status
    for doc, placed in zip(docs, outputs, strict=True):
        n_gold += len(doc.events)
        n_skipped += doc.skipped
        n_system += len(placed)
        day = doc.dct.isoformat()
        for g in doc.events:
            covering = _covering(placed, g)
            ours = any(p.value in g.times for p in covering)
            if ours and g.status:
                status[0] += 1
                status_right = any(p.value in g.times and p.status == g.status for p in covering)
                status[1] += status_right
                if not status_right:
                    got = ",".join(sorted({p.status for p in covering if p.value in g.times}))
                    errors.append(
                        f"{doc.name}\t{g.begin}\t{g.text!r}\tstatus {g.status}\tours {got}"
                    )
            right["publication day"] += day in g.times
            right["ours"] += ours
            right["ours, else publication day"] += ours or (not covering and day in g.times)
            by_source[g.from_dct][0] += 1
            by_source[g.from_dct][1] += ours
            if not ours:
                got = ",".join(str(p.value) for p in covering) or "-"
                gold = ",".join(sorted(g.times))
                errors.append(f"{doc.name}\t{g.begin}\t{g.text!r}\tgold {gold}\tours {got}")
    figures: dict = {
        "documents": len(docs),
        "gold_events": n_gold,
        "left_out": n_skipped,
        "system_events": n_system,
        "gold_at_dct": by_source[True][0],
        "gold_at_timex": by_source[False][0],
        "ours_right_at_dct": by_source[True][1],
        "ours_right_at_timex": by_source[False][1],
    }
    for name, n in right.items():
        figures[name] = round(n / n_gold, 4) if n_gold else None
    if status[0]:
        figures["status_right_of_placed"] = round(status[1] / status[0], 4)
    return figures, errors


def table(figures: dict) -> str:
    cols = ["publication day", "ours", "ours, else publication day"]
    n = figures["gold_events"]
    lines = ["| | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    lines.append(
        f"| placed right ({n} gold events) | "
        + " | ".join(f"{figures[c]:.3f}" for c in cols)
        + " |"
    )
    for src in ("dct", "timex"):
        k = figures[f"gold_at_{src}"]
        r = figures[f"ours_right_at_{src}"]
        label = "the DCT" if src == "dct" else "a TIMEX3 of the text"
        lines.append(f"| ours, gold at {label} | | {r} / {k} | |")
    return "\n".join(lines)


SYSTEMS: dict[str, Callable[[Doc], list[Placed]]] = {"ours": run_ours}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "dir",
        type=Path,
        help="folder of .tml files or of brat .txt + .ann pairs, or a JSON gold file",
    )
    ap.add_argument("--errors", action="store_true", help="list every gold event ours misses")
    ap.add_argument(
        "--spans",
        choices=("clause", "sentence"),
        default="clause",
        help="what an event of ours covers: its own clause (default) or its whole sentence",
    )
    args = ap.parse_args(argv)
    docs = load_dir(args.dir)
    if not docs:
        print(f"no .tml or brat .txt/.ann files under {args.dir}", file=sys.stderr)
        return 1
    t = time.perf_counter()
    outputs = [run_ours(d, args.spans) for d in docs]
    elapsed = time.perf_counter() - t
    figures, errors = score(docs, outputs)
    figures["seconds"] = round(elapsed, 3)
    if args.errors:
        print("# gold events ours misses: file, offset, event, gold, ours (covering events)")
        print("\n".join(errors))
    print(table(figures))
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
