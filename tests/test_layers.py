"""The split between the layers, enforced: db/ imports no Qt and nothing of the viewer; the
viewer runs no SQL itself (only viewer/source.py talks to the data layer's stores)."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_data_layer_imports_no_qt_and_no_viewer():
    for path in (ROOT / "db").rglob("*.py"):
        for name in imports(path):
            assert not name.startswith(("PySide6", "viewer")), f"{path.relative_to(ROOT)}: {name}"


def test_the_viewer_runs_no_sql_outside_its_source_module():
    for path in (ROOT / "viewer").rglob("*.py"):
        if path.name == "source.py":
            continue
        for name in imports(path):
            assert name.split(".")[0] not in {"sqlite3", "sqlite_utils"}, (
                f"{path.relative_to(ROOT)} imports {name}"
            )
