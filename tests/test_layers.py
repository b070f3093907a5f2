"""The house rules the import contracts cannot state. The layers themselves (db never imports
Qt or the viewer; the viewer never imports an SQLite module; ingest and store independent; the
date finder alone; no cycles) are import-linter contracts in pyproject.toml, checked by
`lint-imports` in the test command."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_LINES = 800


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_module_holds_more_than_one_room():
    for folder in ("db", "viewer"):
        for path in (ROOT / folder).rglob("*.py"):
            name = path.relative_to(ROOT).as_posix()
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= MAX_LINES, f"{name}: {lines} lines"


def test_the_store_interface_imports_no_sqlite():
    for name in ("model.py", "frame.py"):
        found = imports(ROOT / "db" / "store" / name)
        assert not {n.split(".")[0] for n in found} & {"sqlite3", "sqlite_utils"}, name
        assert not any(n.startswith("db.schema") for n in found), name


def test_the_viewer_runs_no_sql_itself():
    for path in (ROOT / "viewer").rglob("*.py"):
        for name in imports(path):
            assert name.split(".")[0] not in {"sqlite3", "sqlite_utils"}, (
                f"{path.relative_to(ROOT)} imports {name}"
            )
