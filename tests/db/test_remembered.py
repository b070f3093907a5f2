"""Remembered table mappings: per file, by resolved path, surviving a damaged store."""

from __future__ import annotations

import json

import pytest

from db import remembered
from db.store.model import TableMapping


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv(remembered.CONFIG_ENV, str(folder))
    return folder


def test_remember_and_recall(tmp_path, monkeypatch):
    mapping = TableMapping("events", "title", "date", lane="category")
    remembered.remember(tmp_path / "my.db", mapping)
    assert remembered.recall(tmp_path / "my.db") == mapping
    monkeypatch.chdir(tmp_path)
    assert remembered.recall("my.db") == mapping  # the same file by a relative path
    assert remembered.recall(tmp_path / "other.db") is None
    other = TableMapping("log", "name", "when")
    remembered.remember("my.db", other)
    assert remembered.recall(tmp_path / "my.db") == other
    remembered.forget(tmp_path / "my.db")
    assert remembered.recall(tmp_path / "my.db") is None


def test_damaged_store_is_ignored(tmp_path, config_dir):
    config_dir.mkdir()
    store = config_dir / remembered.FILE_NAME
    store.write_text("{not json", encoding="utf-8")
    assert remembered.recall(tmp_path / "my.db") is None
    mapping = TableMapping("events", "title", "date")
    remembered.remember(tmp_path / "my.db", mapping)  # replaces the damaged file
    assert remembered.recall(tmp_path / "my.db") == mapping
    data = json.loads(store.read_text(encoding="utf-8"))
    data["mappings"][str((tmp_path / "bad.db").resolve())] = {"table": 3}
    store.write_text(json.dumps(data), encoding="utf-8")
    assert remembered.recall(tmp_path / "bad.db") is None
    assert remembered.recall(tmp_path / "my.db") == mapping
    store.write_text("[1, 2]", encoding="utf-8")
    assert remembered.recall(tmp_path / "my.db") is None
