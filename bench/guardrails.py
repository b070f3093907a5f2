"""Every accuracy figure of the date extractor, one line each, so two runs can be diffed.

    python bench/guardrails.py > before.txt   # change the rules, then
    python bench/guardrails.py | diff before.txt -

Runs the evaluations the README reports (TIMEX3 on TBAQ and TimeSET-dev, events on TBAQ,
TimeSET-dev and every held-out set that lists its events, the narrative sets, the status table)
and prints the headline figures of each; the scripts themselves print the full tables.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

BENCH = Path(__file__).resolve().parent
DATA = BENCH / "data"
SHARED = BENCH.parent.parent / "shared" / "data"


def _last_json(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, cwd=BENCH.parent
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _jobs() -> list[tuple[str, list[str], tuple[str, ...]]]:
    jobs: list[tuple[str, list[str], tuple[str, ...]]] = []
    for name in ("tbaq", "timeset-dev"):
        corpus = str(SHARED / name)
        jobs.append((f"timex {name}", ["bench/timex_eval.py", corpus], ("strict_f1", "value_f1")))
        jobs.append(
            (f"events {name}", ["bench/event_eval.py", corpus], ("publication day", "ours"))
        )
    jobs.append(
        ("status tbaq", ["bench/status_eval.py", str(SHARED / "tbaq" / "TimeBank")], ("accuracy",))
    )
    for path in sorted(DATA.glob("*.json")):
        gold = path.read_text(encoding="utf-8")
        if path.name.startswith("narrative_") or '"expressions"' in gold:  # news 15 has TIMEX3
            jobs.append(
                (
                    f"timex {path.stem}",
                    ["bench/narrative_eval.py", str(path)],
                    ("strict_f1", "value_f1"),
                )
            )
        if path.name.startswith("foreign_"):  # foreign-language titles: their own scorer
            fields = ("dates", "titles", "statuses")
            jobs.append((f"foreign {path.stem}", ["bench/foreign_holdout.py", str(path)], fields))
        elif '"events"' in gold:
            jobs.append(
                (
                    f"events {path.stem}",
                    ["bench/event_eval.py", str(path)],
                    ("ours", "status_right_of_placed"),
                )
            )
    return jobs


def main() -> None:
    jobs = _jobs()
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda job: _last_json(job[1]), jobs))
    for (label, _args, keys), result in zip(jobs, results, strict=True):
        if len(result) == 1 and isinstance(next(iter(result.values())), dict):
            result = next(iter(result.values()))  # narrative_eval keys its figures by set
        figures = "  ".join(f"{key}={result.get(key)}" for key in keys)
        print(f"{label:34} {figures}")


if __name__ == "__main__":
    main()
