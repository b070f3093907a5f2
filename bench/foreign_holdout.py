"""Score dates, titles and statuses of events in Spanish, French, Italian, Portuguese and
German sentences against a labelled file (bench/data/foreign_holdout.json).

    python bench/foreign_holdout.py [bench/data/foreign_holdout.json] [--errors]

Each gold event is looked for among the events `db.dates.dated_sentences` makes of its document
(comparisons aside) by its date (the event's start; a week as its ISO week, "2012-W20", as the
gold writes it). Figures: dates found (of the gold events), titles equal to the gold's (case,
punctuation and spacing aside), statuses right (of the dates found), and extra events (a date
no gold event has).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.dates import DatedSentence, dated_sentences  # noqa: E402

_PUNCT = re.compile(r"[^\w\s]")


def _norm(title: str) -> str:
    return " ".join(_PUNCT.sub(" ", title.lower()).split())


def _value(d: DatedSentence) -> str:
    """An event's start as the gold writes it: a week as its ISO week ("2012-W20"), a season,
    quarter or half as its TIMEX3 value ("2018-SU", "2025-Q4", "2027-H1"), else the start as
    it is (its own precision)."""
    if d.precision == "week" and re.match(r"\d{4}-\d\d-\d\d$", d.start):
        year, week, _ = dt.date.fromisoformat(d.start).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if d.precision == "season" and re.match(r"\d{4}-(SP|SU|FA|WI)$", d.timex.value):
        return d.timex.value
    if re.match(r"\d{4}-(Q[1-4]|H[12])$", d.timex.value):  # a half is dated at month precision
        return d.timex.value
    return d.start


def score(docs: list[dict]) -> tuple[dict[str, int], list[str]]:
    counts = {"gold": 0, "dates": 0, "titles": 0, "statuses": 0, "extra": 0}
    errors: list[str] = []
    for doc in docs:
        dct = dt.date.fromisoformat(doc["dct"])
        ours = [d for d in dated_sentences(doc["text"], dct, doc["lang"]) if not d.comparison]
        starts = {g["value"] for g in doc["events"]}
        counts["extra"] += sum(1 for d in ours if _value(d) not in starts)
        for d in ours:
            if _value(d) not in starts:
                errors.append(f"{doc['id']} extra {_value(d)} {d.title!r}")
        for g in doc["events"]:
            counts["gold"] += 1
            found = [d for d in ours if _value(d) == g["value"]]
            if not found:
                errors.append(f"{doc['id']} no date {g['value']} {g['title']!r}")
                continue
            counts["dates"] += 1
            d = found[0]
            if _norm(d.title) == _norm(g["title"]):
                counts["titles"] += 1
            else:
                errors.append(f"{doc['id']} title {g['value']} {d.title!r} != {g['title']!r}")
            if d.status == g["status"]:
                counts["statuses"] += 1
            else:
                errors.append(f"{doc['id']} status {g['value']} {d.status} != {g['status']}")
    return counts, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file", type=Path, nargs="?", default=ROOT / "bench/data/foreign_holdout.json")
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args(argv)
    counts, errors = score(json.loads(args.file.read_text())["documents"])
    if args.errors:
        print("\n".join(errors))
    g = counts["gold"]
    print(
        f"gold events {g}: dates {counts['dates']}/{g}, titles {counts['titles']}/{g}, "
        f"statuses {counts['statuses']}/{counts['dates']}, extra events {counts['extra']}"
    )
    rates = {  # the last line, for bench/guardrails.py: shares, higher is better
        "dates": round(counts["dates"] / g, 4),
        "titles": round(counts["titles"] / g, 4),
        "statuses": round(counts["statuses"] / max(1, counts["dates"]), 4),
        "extra": counts["extra"],
    }
    print(json.dumps(rates))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
