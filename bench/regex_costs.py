"""Which compiled patterns the date extractor's time in `re` goes to (issue 13's speed work).

    python bench/regex_costs.py [--tbaq ../shared/data/tbaq] [--top 40]

`re.compile` is wrapped before the extractor is imported, so every pattern it compiles records
its calls (method, text, positions) during an extract of TBAQ texts 20-59 after texts 0-19, as
`bench/instruction_count.py` counts them. Each pattern's calls are then replayed alone, best of
three in CPU seconds: a ranking a loaded machine moves less than it moves a whole run, since each
replay is short. Printed per pattern: its milliseconds, calls, where it was compiled, the most
used methods, the mean length of text searched and the pattern's start. `re` is about a third of
an extract's instructions (callgrind), spread over some 570 patterns: a pattern high in this list
with long spans and few matches is one to give a cheap test first.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

_compile = re.compile
_CALLS: list[tuple[Any, str, tuple, dict]] = []
_RECORDING = [False]
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Recorded:
    """A compiled pattern whose calls are recorded while `_RECORDING`."""

    __slots__ = ("pattern_", "site")

    def __init__(self, pattern: re.Pattern[str], site: str) -> None:
        self.pattern_ = pattern
        self.site = site

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern_, name)

    def __hash__(self) -> int:
        return hash(self.pattern_)

    def __eq__(self, other: object) -> bool:
        return self.pattern_ == (other.pattern_ if isinstance(other, _Recorded) else other)


def _method(name: str) -> Any:
    def call(self: _Recorded, *args: Any, **kwargs: Any) -> Any:
        if _RECORDING[0]:
            _CALLS.append((self, name, args, kwargs))
        return getattr(self.pattern_, name)(*args, **kwargs)

    return call


for _name in _METHODS:
    setattr(_Recorded, _name, _method(_name))


def _recording_compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, _Recorded):
        pattern = pattern.pattern_
    caller = sys._getframe(1)
    site = f"{Path(caller.f_code.co_filename).name}:{caller.f_lineno}"
    return _Recorded(_compile(pattern, flags), site)


def _span(name: str, args: tuple, kwargs: dict) -> int:
    """How many characters a call reads at most."""
    text = args[1] if name in ("sub", "subn") and len(args) > 1 else (args[0] if args else "")
    if not isinstance(text, str):
        return 0
    if name in ("sub", "subn"):
        return len(text)
    pos = args[1] if len(args) > 1 else kwargs.get("pos", 0)
    end = args[2] if len(args) > 2 else kwargs.get("endpos", len(text))
    return max(0, min(end, len(text)) - pos)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    root = Path(__file__).resolve().parent.parent
    ap.add_argument("--tbaq", type=Path, default=root.parent / "shared" / "data" / "tbaq")
    ap.add_argument("--top", type=int, default=40, help="patterns printed")
    args = ap.parse_args(argv)

    re.compile = _recording_compile  # type: ignore[assignment]  # before the extractor's import
    sys.path.insert(0, str(root / "bench"))
    from import_bench import extract, tbaq_files

    items = tbaq_files(args.tbaq, Path(tempfile.mkdtemp(prefix="regex-costs-")))
    extract(items[:20])
    _RECORDING[0] = True
    extract(items[20:60])
    _RECORDING[0] = False

    by_pattern: dict[int, list[tuple[Any, str, tuple, dict]]] = collections.defaultdict(list)
    for call in _CALLS:
        by_pattern[id(call[0])].append(call)
    rows = []
    for calls in by_pattern.values():
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            for recorded, name, a, k in calls:
                got = getattr(recorded.pattern_, name)(*a, **k)
                if name == "finditer":
                    for _m in got:
                        pass
            best = min(best, time.process_time() - start)
        recorded = calls[0][0]
        methods = collections.Counter(name for _, name, _, _ in calls).most_common(2)
        mean = sum(_span(n, a, k) for _, n, a, k in calls) / len(calls)
        rows.append((best, len(calls), recorded.site, methods, mean, recorded.pattern_.pattern))
    rows.sort(key=lambda r: -r[0])
    total = sum(r[0] for r in rows)
    print(f"{total * 1e3:.1f} ms in {len(_CALLS)} calls of {len(rows)} patterns")
    for ms, n, site, methods, mean, pattern in rows[: args.top]:
        used = ",".join(f"{m}:{c}" for m, c in methods)
        print(f"{ms * 1e3:7.2f} ms {n:6d} {site:28s} {used:22s} {mean:7.0f} {pattern[:60]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
