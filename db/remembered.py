"""The table mapping chosen for a file, remembered so that reopening it needs no dialog.

One JSON file, `mappings.json`, in the user's config folder (platformdirs'
`user_config_dir("timeline-viewer")`, or `$TIMELINE_VIEWER_CONFIG_DIR`), keyed by the file's
resolved absolute path. A damaged or unreadable file is treated as empty: losing a remembered
mapping costs one dialog, never a failure to open.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from db.store.model import TableMapping

CONFIG_ENV = "TIMELINE_VIEWER_CONFIG_DIR"
FILE_NAME = "mappings.json"


def config_dir() -> Path:
    return Path(os.environ.get(CONFIG_ENV) or user_config_dir("timeline-viewer"))


def _store() -> Path:
    return config_dir() / FILE_NAME


def _key(path: str | Path) -> str:
    return str(Path(path).expanduser().resolve())


def _load() -> dict[str, Any]:
    try:
        data = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    mappings = data.get("mappings") if isinstance(data, dict) else None
    return mappings if isinstance(mappings, dict) else {}


def _save(mappings: dict[str, Any]) -> None:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    # Written beside and renamed over: a crash mid-write leaves the old file, not half a file.
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=folder, prefix=".mappings-", suffix=".json", delete=False
    ) as out:
        json.dump({"version": 1, "mappings": mappings}, out, ensure_ascii=False, indent=1)
    os.replace(out.name, folder / FILE_NAME)


def remember(path: str | Path, mapping: TableMapping) -> None:
    """Remember `mapping` for the file at `path` (replacing what was remembered for it)."""
    mappings = _load()
    mappings[_key(path)] = mapping.to_dict()
    _save(mappings)


def recall(path: str | Path) -> TableMapping | None:
    """The mapping remembered for `path`, or None (never remembered, or the record is damaged)."""
    entry = _load().get(_key(path))
    if entry is None:
        return None
    try:
        return TableMapping.from_dict(entry)
    except ValueError:
        return None


def forget(path: str | Path) -> None:
    """Drop what was remembered for `path` (nothing happens when there is nothing)."""
    mappings = _load()
    if mappings.pop(_key(path), None) is not None:
        _save(mappings)
