"""A copy of this tree with the date extractor compiled by mypyc: to measure what compiling would
give (the application does not use it; see docs/benchmarks.md, "Importing articles").

    python bench/mypyc_build.py /tmp/compiled     # mypy, then gcc: minutes
    python bench/import_bench.py --rounds 5       # in this tree, and alternately
    python /tmp/compiled/bench/import_bench.py --rounds 5
    python /tmp/compiled/bench/dump_events.py /tmp/c.json   # cmp with this tree's dump

Copies the tracked files (`git ls-files`, as they are in the working tree) into OUT, which must
not exist, and compiles every module of `db/dates` and `db/dates/rules` but the package entries,
the command line and `clause_dates` (its `Atoms` subclasses `list`, which mypyc cannot compile),
with the two modules they call per sentence (`db/text.py`, `db/timekeys.py`), in place: an
extension beside each `.py`, which Python imports in its stead. mypy reads the settings of
pyproject.toml; setuptools must not (its `[project]` table needs a newer setuptools than some
venvs hold), so the file is moved aside while the build runs.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = ("__init__.py", "cli.py", "clause_dates.py")
EXTRA = ["db/text.py", "db/timekeys.py"]
SETUP = """\
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="compiled-dates",
    ext_modules=mypycify(["--config-file", "mypy-config.toml", *{modules!r}], multi_file=True),
)
"""


def compiled_modules(root: Path) -> list[str]:
    """The modules to compile, as paths relative to `root`."""
    found = sorted([*root.glob("db/dates/*.py"), *root.glob("db/dates/rules/*.py")])
    return [p.relative_to(root).as_posix() for p in found if p.name not in SKIP] + EXTRA


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--jobs", type=int, default=2, help="extensions built at once")
    args = ap.parse_args(argv)
    out: Path = args.out.resolve()
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        src = ROOT / name.decode()
        if src.is_file():
            dst = out / name.decode()
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dst)
    (out / "pyproject.toml").rename(out / "mypy-config.toml")
    (out / "setup_compiled.py").write_text(SETUP.format(modules=compiled_modules(out)))
    try:
        subprocess.run(
            [sys.executable, "setup_compiled.py", "build_ext", "--inplace", "-j", str(args.jobs)],
            cwd=out,
            check=True,
        )
    finally:
        (out / "mypy-config.toml").rename(out / "pyproject.toml")
    built = len(list(out.glob("db/**/*.so")))
    print(f"{built} compiled modules in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
