"""The import on Dask's progress on the terminal (db.terminal_progress), on a real LocalCluster:
files done of all, events, rates and the compaction drawn where stderr is a terminal; nothing but
the summary where it is not (a log, CI)."""

from __future__ import annotations

import re

from db.cluster.cli import main
from tests.conftest import SAMPLE_ARTICLE
from tests.db.cluster.test_dask_import import PUBLISHED, _write_articles

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # colours, cursor moves


def test_the_import_draws_files_events_rates_then_says_its_summary(tmp_path, capsys, monkeypatch):
    _write_articles(tmp_path / "articles", 14)  # and two copies: 16 files
    args = ["--engine", "dask", "--workers", "1", "--batch-size", "4", "--published", PUBLISHED]
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # rich takes stderr for a terminal
    assert main([*args, str(tmp_path / "ds"), str(tmp_path / "articles")]) == 0
    said = capsys.readouterr()
    drawn = ANSI.sub("", said.err)
    assert "imported 14, skipped 2 duplicates, 0 already in the dataset, failed 0" in said.out
    # The last line drawn: every file sent done (the same bytes twice are sent once), the
    # events the summary counts, the rates; then the compaction.
    events = re.search(r"events (\d+)", said.out)
    assert events is not None
    assert re.search(rf"import\b.* (\d+)/\1 files {int(events[1]):,} events ", drawn)
    assert re.search(r"[\d.]+k? files/s, [\d.]+k? events/s", drawn)
    assert re.search(rf"compacting \d batches into {re.escape(str(tmp_path / 'ds'))}", said.err)

    monkeypatch.delenv("TTY_COMPATIBLE")  # as in CI: stderr captured, no terminal
    (tmp_path / "more").mkdir()
    text = SAMPLE_ARTICLE.read_text("utf-8").replace("Turkish delegation", "A new delegation")
    (tmp_path / "more" / "new.txt").write_text(text, "utf-8")
    assert main([*args, str(tmp_path / "ds"), str(tmp_path / "more")]) == 0
    said = capsys.readouterr()
    assert "imported 1, skipped 0 duplicates, 16 already" not in said.out  # (another folder)
    assert re.match(r"imported 1, skipped 0 duplicates, 0 already in the dataset", said.out)
    assert "files/s" not in said.err and "compacting" not in said.err
