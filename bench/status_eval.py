"""Score event status (happened / planned / negated) against TimeBank's own marks.

    python bench/status_eval.py ../shared/data/tbaq/TimeBank [--errors]

Gold: a TimeML EVENT with a finite verb's tense (PAST, PRESENT, FUTURE) in its MAKEINSTANCE:
`negated` when its polarity is NEG or its modality is could / may / might, `planned` when its
tense is FUTURE or its modality would / will / shall, else `happened`. (Infinitives and nouns
are left out: TimeML gives "to meet next week" no tense to read a plan from.)
Ours: the status of the event of the project whose clause covers the gold event and whose date
is the gold event's time (as bench/event_eval.py matches them): the status of events placed
right. AQUAINT's polarity marks are left out by default: some of its files mark most events NEG.

Prints a confusion table, per-status precision and recall, and the figures as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from event_eval import _ATTR, _TAG, load_tml, project_value  # noqa: E402

from db.dates import dated_sentences  # noqa: E402

STATUSES = ("happened", "planned", "negated")
_FINITE = {"PAST", "PRESENT", "FUTURE"}


def gold_status(instance: dict[str, str]) -> str | None:
    """A MAKEINSTANCE's status, or None when it is no finite verb."""
    if instance.get("tense") not in _FINITE:
        return None
    modality = instance.get("modality", "").lower()
    if instance.get("polarity") == "NEG" or modality in ("could", "may", "might"):
        return "negated"
    if instance.get("tense") == "FUTURE" or modality in ("would", "will", "shall"):
        return "planned"
    return "happened"


def _event_offsets(xml: str) -> dict[str, int]:
    """eid -> offset of the EVENT in the tag-free text (as event_eval.load_tml counts it)."""
    body = re.search(r"<TEXT>(.*?)</TEXT>", xml, re.S)
    out: dict[str, int] = {}
    if body is None:
        return out
    pos = size = 0
    for m in _TAG.finditer(body.group(1)):
        size += m.start() - pos
        pos = m.end()
        if m.group(2) == "EVENT" and not m.group(1):
            out[dict(_ATTR.findall(m.group(3)))["eid"]] = size
    return out


def score(root: Path, errors: list[str] | None = None) -> Counter[tuple[str, str]]:
    confusion: Counter[tuple[str, str]] = Counter()
    for path in sorted(root.rglob("*.tml")):
        xml = path.read_text(encoding="utf-8")
        doc = load_tml(path)
        gold_at = {g.begin: g for g in doc.events}
        instances: dict[str, dict[str, str]] = {}
        for tag in re.findall(r"<MAKEINSTANCE[^>]*>", xml):
            a = dict(_ATTR.findall(tag))
            instances.setdefault(a["eventID"], a)
        ours = [d for d in dated_sentences(doc.text, doc.dct) if not d.comparison]
        for eid, at in _event_offsets(xml).items():
            gold = gold_status(instances.get(eid, {}))
            g = gold_at.get(at)
            if gold is None or g is None:
                continue
            placed = [
                d
                for d in ours
                if (d.title_span or (d.begin, d.end))[0]
                <= at
                < (d.title_span or (d.begin, d.end))[1]
                and project_value(d.start, d.precision) in g.times
            ]
            if not placed:
                continue
            got = placed[0].status
            confusion[(gold, got)] += 1
            if errors is not None and got != gold:
                errors.append(
                    f"{path.name}\t{at}\t{g.text!r}\tgold {gold}\tours {got}\t{placed[0].title}"
                )
    return confusion


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="folder of TimeML .tml files")
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    args = ap.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    confusion = score(args.dir, errors)
    if errors:
        print("\n".join(errors))
    total = sum(confusion.values())
    print("| gold \\ ours | " + " | ".join(STATUSES) + " |")
    print("|---|" + "---|" * len(STATUSES))
    for g in STATUSES:
        print(f"| {g} | " + " | ".join(str(confusion[(g, o)]) for o in STATUSES) + " |")
    figures: dict[str, float | int | None] = {"events": total}
    for s in STATUSES:
        said = sum(v for (_, o), v in confusion.items() if o == s)
        real = sum(v for (g, _), v in confusion.items() if g == s)
        figures[f"{s}_p"] = round(confusion[(s, s)] / said, 4) if said else None
        figures[f"{s}_r"] = round(confusion[(s, s)] / real, 4) if real else None
    agree = sum(v for (g, o), v in confusion.items() if g == o)
    figures["accuracy"] = round(agree / total, 4) if total else None
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
