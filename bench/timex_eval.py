"""Score the date extractor TempEval-3's way on TimeML (.tml) or brat (timeset) folders.

    python bench/timex_eval.py ../shared/data/tbaq [--system ours|dateparser] [--errors]
    python bench/timex_eval.py ../shared/data/timeset-dev --compare

Figures (as the TempEval-3 scorer reports them):
- strict: a system expression matches a gold one with exactly the same span;
- relaxed: the spans overlap (precision over system expressions that overlap some gold one,
  recall over gold ones that overlap some system one);
- type / value accuracy: over relaxed matches, each gold expression paired with the system one it
  overlaps most; value F1 = relaxed F1 x value accuracy. Values are compared as strings, after
  zero-padding ISO week numbers on both sides ("2000-W7" = "2000-W07", as a few AQUAINT files
  write them); nothing else is normalised.

TimeML: the DCT is the TIMEX3 with functionInDocument="CREATION_TIME"; the raw text is the content
of <TEXT> with its tags stripped and XML entities left as written; gold spans are offsets in it.

brat (timeset-dev): `T<n>\ttimex <b> <e>\t<text>` with the resolved value in `AnnotatorNotes`;
line 2 of the .txt is the publication date. Notes are calendar dates with unknown parts as "xx"
("2023-03-xx", "2011_xx-xx"): the value compared is the note's leading date with the unknown
parts dropped ("2023-03", "2011"), against the system value without its time of day
("2023-04-07TMO" -> "2023-04-07"), by exact string equality. Notes that are not one date
("duration: 1940-xx-xx thru 2002-xx-xx") count for spans, not for value accuracy. Type is not
annotated there: type accuracy is reported as null.

`--system dateparser` is the baseline a Python user would reach for:
`dateparser.search.search_dates` with the DCT as RELATIVE_BASE; each returned substring is located
in the text in order for its span; its value is the returned date at the precision dateparser
itself reports for that substring (DateDataParser's period: year, month, week -> day, day, time),
so "1998" scores as "1998" rather than as a made-up day; type DATE (TIME when the period is time).

The last line printed is the JSON of the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.dates import find_timexes  # noqa: E402


@dataclass(frozen=True)
class Span:
    begin: int
    end: int
    text: str
    type: str | None  # None: not annotated (timeset)
    value: str | None  # None: not comparable


@dataclass
class Doc:
    name: str
    text: str
    dct: dt.date
    gold: list[Span]
    brat: bool = False


# ---- readers ----------------------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load_tml(path: Path) -> Doc:
    xml = path.read_text(encoding="utf-8")
    dct_tag = re.search(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", xml)
    if dct_tag is None:
        raise ValueError(f"{path}: no CREATION_TIME")
    dct = dt.date.fromisoformat(dict(_ATTR.findall(dct_tag.group()))["value"][:10])
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    if body is None:
        raise ValueError(f"{path}: no <TEXT>")
    src = body.group(1)
    out: list[str] = []
    size = 0
    pos = 0
    gold: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    for m in _TAG.finditer(src):
        out.append(src[pos : m.start()])
        size += m.start() - pos
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if not m.group(1):
            open_timex = (size, dict(_ATTR.findall(m.group(3))))
        elif open_timex is not None:
            begin, attrs = open_timex
            gold.append(Span(begin, size, "", attrs.get("type"), attrs.get("value")))
            open_timex = None
    out.append(src[pos:])
    text = "".join(out)
    gold = [Span(g.begin, g.end, text[g.begin : g.end], g.type, g.value) for g in gold]
    return Doc(str(path), text, dct, gold)


_NOTE_DATE = re.compile(r"^(\d{4})(?:[-_](\d\d|xx)(?:[-_](\d\d|xx))?)?", re.I)


def _note_value(note: str) -> str | None:
    """ "2023-03-xx" -> "2023-03", "2011_xx-xx" -> "2011"; None for anything but one date."""
    m = _NOTE_DATE.match(note.strip())
    if m is None:
        return None
    parts = [m.group(1)]
    for p in m.group(2, 3):
        if p is None or p.lower() == "xx":
            break
        parts.append(p)
    return "-".join(parts)


def load_brat(txt: Path) -> Doc:
    from dateutil import parser as dateutil_parser

    text = txt.read_text(encoding="utf-8")
    dct = dateutil_parser.parse(text.splitlines()[1].strip()).date()
    spans: dict[str, tuple[int, int, str]] = {}
    notes: dict[str, str] = {}
    for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if fields[0].startswith("T") and fields[1].startswith("timex "):
            offsets = [int(x) for x in re.findall(r"\d+", fields[1])]
            spans[fields[0]] = (offsets[0], offsets[-1], fields[2] if len(fields) > 2 else "")
        elif fields[0].startswith("#") and fields[1].startswith("AnnotatorNotes "):
            notes[fields[1].split()[1]] = fields[2] if len(fields) > 2 else ""
    gold = []
    for tid, (b, e, _) in spans.items():
        gold.append(Span(b, e, text[b:e], None, _note_value(notes.get(tid, ""))))
    gold.sort(key=lambda s: (s.begin, s.end))
    return Doc(str(txt), text, dct, gold, brat=True)


def load_dir(root: Path) -> list[Doc]:
    docs = [load_tml(p) for p in sorted(root.rglob("*.tml"))]
    docs += [load_brat(p) for p in sorted(root.rglob("*.txt")) if p.with_suffix(".ann").exists()]
    return docs


# ---- systems ----------------------------------------------------------------------------------


def run_ours(doc: Doc) -> list[Span]:
    return [Span(t.begin, t.end, t.text, t.type, t.value) for t in find_timexes(doc.text, doc.dct)]


def run_dateparser(doc: Doc) -> list[Span]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    base = dt.datetime.combine(doc.dct, dt.time())
    settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
    found = search_dates(doc.text, settings=settings, languages=["en"]) or []
    ddp = DateDataParser(languages=["en"], settings=settings)
    out: list[Span] = []
    pos = 0
    for sub, when in found:
        begin = doc.text.find(sub, pos)
        if begin < 0:
            continue
        pos = begin + len(sub)
        period = ddp.get_date_data(sub).period or "day"
        if period == "year":
            value, type_ = f"{when.year:04d}", "DATE"
        elif period == "month":
            value, type_ = f"{when.year:04d}-{when.month:02d}", "DATE"
        elif period == "time":
            value, type_ = when.strftime("%Y-%m-%dT%H:%M"), "TIME"
        else:
            value, type_ = when.date().isoformat(), "DATE"
        out.append(Span(begin, pos, sub, type_, value))
    return out


SYSTEMS: dict[str, Callable[[Doc], list[Span]]] = {"ours": run_ours, "dateparser": run_dateparser}


# ---- scoring ----------------------------------------------------------------------------------


_SHORT_WEEK = re.compile(r"-W(\d)(?!\d)")


def canonical(value: str | None) -> str | None:
    """One spelling per value: ISO weeks zero-padded ("2000-W7" in some AQUAINT files is
    "2000-W07"). Nothing else is rewritten."""
    return None if value is None else _SHORT_WEEK.sub(r"-W0\1", value)


def _sys_value(value: str | None, brat: bool) -> str | None:
    if value is None:
        return None
    return canonical(value.split("T")[0] if brat and value[:1].isdigit() else value)


def _overlap(a: Span, b: Span) -> int:
    return min(a.end, b.end) - max(a.begin, b.begin)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(
    docs: list[Doc], outputs: list[list[Span]]
) -> tuple[dict[str, float | int | None], list[str]]:
    n_gold = n_sys = 0
    strict = relaxed_gold = relaxed_sys = 0
    typed = type_ok = valued = value_ok = 0
    errors: list[str] = []
    kinds: Counter[str] = Counter()

    def fmt(s: Span | None) -> str:
        return "-" if s is None else f"[{s.begin},{s.end}) {s.text!r} {s.type or ''} {s.value}"

    for doc, sys_spans in zip(docs, outputs, strict=True):
        name = Path(doc.name).name
        n_gold += len(doc.gold)
        n_sys += len(sys_spans)
        gold_spans = {(g.begin, g.end) for g in doc.gold}
        strict += sum((s.begin, s.end) in gold_spans for s in sys_spans)
        for s in sys_spans:
            if any(_overlap(s, g) > 0 for g in doc.gold):
                relaxed_sys += 1
            else:
                kinds["spurious"] += 1
                errors.append(f"{name}\tspurious\tgold -\tsys {fmt(s)}")
        for g in doc.gold:
            best = max(sys_spans, key=lambda s: _overlap(s, g), default=None)
            if best is None or _overlap(best, g) <= 0:
                kinds["missed"] += 1
                errors.append(f"{name}\tmissed\tgold {fmt(g)}\tsys -")
                continue
            relaxed_gold += 1
            wrong = []
            if (best.begin, best.end) != (g.begin, g.end):
                wrong.append("span")
            if g.type is not None:
                typed += 1
                if best.type == g.type:
                    type_ok += 1
                else:
                    wrong.append("type")
            if g.value is not None:
                valued += 1
                if _sys_value(best.value, doc.brat) == canonical(g.value):
                    value_ok += 1
                else:
                    wrong.append("value")
            for k in wrong:
                kinds[k] += 1
            if wrong:
                errors.append(f"{name}\t{'+'.join(wrong)}\tgold {fmt(g)}\tsys {fmt(best)}")
    sp, sr = strict / max(n_sys, 1), strict / max(n_gold, 1)
    rp, rr = relaxed_sys / max(n_sys, 1), relaxed_gold / max(n_gold, 1)
    relaxed_f1 = _f1(rp, rr)
    value_acc = value_ok / valued if valued else None
    figures: dict[str, float | int | None] = {
        "documents": len(docs),
        "gold": n_gold,
        "system": n_sys,
        "strict_match": strict,
        "relaxed_match": relaxed_gold,
        "strict_p": round(sp, 4),
        "strict_r": round(sr, 4),
        "strict_f1": round(_f1(sp, sr), 4),
        "relaxed_p": round(rp, 4),
        "relaxed_r": round(rr, 4),
        "relaxed_f1": round(relaxed_f1, 4),
        "type_accuracy": round(type_ok / typed, 4) if typed else None,
        "value_accuracy": round(value_acc, 4) if value_acc is not None else None,
        "value_f1": round(relaxed_f1 * value_acc, 4) if value_acc is not None else None,
        "value_scored": valued,
        **{f"errors_{k}": kinds[k] for k in ("missed", "spurious", "span", "type", "value")},
    }
    return figures, errors


def evaluate(docs: list[Doc], system: str) -> tuple[dict[str, float | int | None], list[str]]:
    run = SYSTEMS[system]
    t = time.perf_counter()
    outputs = [run(d) for d in docs]
    elapsed = time.perf_counter() - t
    figures, errors = score(docs, outputs)
    figures["seconds"] = round(elapsed, 3)
    return figures, errors


_ROWS = [
    ("strict P / R / F1", ("strict_p", "strict_r", "strict_f1")),
    ("relaxed P / R / F1", ("relaxed_p", "relaxed_r", "relaxed_f1")),
    ("type accuracy", ("type_accuracy",)),
    ("value accuracy", ("value_accuracy",)),
    ("value F1", ("value_f1",)),
    ("gold / system", ("gold", "system")),
    ("missed / spurious", ("errors_missed", "errors_spurious")),
    ("span / value / type errors", ("errors_span", "errors_value", "errors_type")),
    ("seconds", ("seconds",)),
]


def _cell(figures: dict, keys: tuple[str, ...]) -> str:
    def one(v: object) -> str:
        if v is None:
            return "n/a"
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    return " / ".join(one(figures[k]) for k in keys)


def table(columns: dict[str, dict]) -> str:
    names = list(columns)
    lines = ["| | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for label, keys in _ROWS:
        lines.append(f"| {label} | " + " | ".join(_cell(columns[n], keys) for n in names) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="folder of .tml files or of brat .txt + .ann pairs")
    ap.add_argument("--system", choices=sorted(SYSTEMS), default="ours")
    ap.add_argument("--compare", action="store_true", help="ours and dateparser side by side")
    ap.add_argument("--errors", action="store_true", help="list every error, one a line")
    args = ap.parse_args(argv)
    docs = load_dir(args.dir)
    if not docs:
        print(f"no .tml or brat .txt/.ann files under {args.dir}", file=sys.stderr)
        return 1
    systems = ["ours", "dateparser"] if args.compare else [args.system]
    results = {}
    for name in systems:
        figures, errors = evaluate(docs, name)
        results[name] = figures
        if args.errors:
            print(f"# errors of {name}: file, kind, gold, system")
            print("\n".join(errors))
    print(table(results))
    print(json.dumps(results if args.compare else results[systems[0]]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
