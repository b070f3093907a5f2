"""A later `import --engine dask` into a dataset rewrites only the year partitions (and long
classes) its new articles' events fall in: the other files stay byte for byte as they were, and
the dataset is the one a plain SQLite import of every file, converted, gives. A compaction
killed after it wrote partitions but before the manifest is done again without doubling rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from db.archive.convert import convert
from db.cluster.cli import main
from db.ingest.importers import import_articles
from tests.conftest import SAMPLE_ARTICLE
from tests.db.cluster.test_dask_import import LANES, PUBLISHED, _same_dataset


def _articles(folder: Path, first: int, years: list[int]) -> None:
    """Variations of the sample article (lanes the first import has), the caption's date in
    each of `years` in turn: each article has events in its year and in 2019."""
    sample = SAMPLE_ARTICLE.read_text("utf-8")
    folder.mkdir()
    for i, year in enumerate(years, first):
        text = re.sub(r"/(\s+)Syria(\s+)/", rf"/\g<1>{LANES[i % 4]}\g<2>/", sample, count=1)
        text = text.replace("October 24, 2019", f"October 24, {year}")
        text = text.replace("Turkish delegation in Russia", f"Turkish delegation {i} in Russia")
        (folder / f"article-{i:03d}.txt").write_text(text, "utf-8")


def _digests(root: Path) -> dict[str, tuple[str, int, int]]:
    """Each partition file's content hash, inode and time written (a file renamed over one
    has another inode, even with the same bytes)."""
    return {
        str(p.relative_to(root)): (
            hashlib.sha256(p.read_bytes()).hexdigest(),
            p.stat().st_ino,
            p.stat().st_mtime_ns,
        )
        for folder in ("events", "long")
        for p in sorted((root / folder).rglob("*.parquet"))
    }


def first_and_later(root: Path) -> dict[str, Path]:
    """Two folders of articles ("first", "later") under root, and the dataset a plain SQLite
    import of both makes, converted ("reference")."""
    _articles(root / "first", 0, [2000 + i % 15 for i in range(40)])
    _articles(root / "later", 100, [2003] * 6)
    reference = root / "reference.db"
    published = dt.date.fromisoformat(PUBLISHED)
    for folder in ("first", "later"):
        import_articles(reference, sorted((root / folder).iterdir()), published=published)
    convert(reference, root / "reference")
    return {"root": root, "reference": root / "reference"}


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    return first_and_later(tmp_path_factory.mktemp("incremental"))


def _import(out: Path, folder: Path) -> int:
    return main(
        ["--engine", "dask", "--workers", "2", "--published", PUBLISHED, str(out), str(folder)]
    )


def _touched(out: Path, batches: list[int]) -> set[str]:
    """The partition files holding events of these batches (by the parts' own keys)."""
    import duckdb
    import numpy as np

    from db.archive.dataset import LONG, class_file, year_file
    from db.cluster.partition import long_classes
    from db.cluster.parts import part_file

    listed = ", ".join(f"'{part_file(out, b, 'events')}'" for b in batches)
    found = duckdb.sql(
        f"""SELECT year, start_key, CASE WHEN end_key > start_key THEN end_key
            ELSE start_key END AS end_key FROM read_parquet([{listed}])"""
    ).fetchnumpy()
    start, end = np.asarray(found["start_key"]), np.asarray(found["end_key"])
    long = end - start > LONG
    years = {year_file(int(y)) for y in np.asarray(found["year"])[~long]}
    return years | {class_file(int(c)) for c in long_classes(start[long], end[long])}


def test_a_later_import_rewrites_only_the_partitions_it_touches(files, tmp_path, capsys):
    out = tmp_path / "dataset"
    assert _import(out, files["root"] / "first") == 0
    before = _digests(out)
    first = json.loads((out / "manifest.json").read_text())
    assert _import(out, files["root"] / "later") == 0
    assert "imported 6, skipped 0 duplicates, 0 already in the dataset" in capsys.readouterr().out
    after = _digests(out)
    manifest = json.loads((out / "manifest.json").read_text())
    new_batches = [b for b in manifest["source"]["batches"] if b not in first["source"]["batches"]]
    touched = _touched(out, new_batches)
    assert {"events/year=2003/data.parquet", "events/year=2019/data.parquet"} <= touched
    untouched = set(before) - touched
    assert len([name for name in untouched if name.startswith("events/")]) == 14
    for name in untouched:
        assert after[name] == before[name], f"{name} was rewritten"
    for name in touched & set(before):
        assert after[name][0] != before[name][0], f"{name} lacks the new events"
    _same_dataset(out, files["reference"])


def test_a_compaction_killed_before_its_manifest_is_done_again_without_doubles(
    files, tmp_path, capsys
):
    """The second import wrote its partitions, sidecar and articles, and was killed before the
    manifest: the next run compacts the new batches again over those files."""
    out = tmp_path / "dataset"
    assert _import(out, files["root"] / "first") == 0
    old_manifest = (out / "manifest.json").read_bytes()
    assert _import(out, files["root"] / "later") == 0
    (out / "manifest.json").write_bytes(old_manifest)  # as the kill left it
    (out / "events" / "year=2003" / ".data.parquet.tmp-4242").write_bytes(b"PAR1 half")
    capsys.readouterr()
    assert _import(out, files["root"] / "later") == 0
    said = capsys.readouterr().out
    assert "imported 0, skipped 0 duplicates, 6 already in the dataset" in said
    assert not list(out.glob("events/*/.*.tmp-*"))
    _same_dataset(out, files["reference"])


def test_an_import_of_nothing_new_rewrites_nothing(files, tmp_path):
    out = tmp_path / "dataset"
    assert _import(out, files["root"] / "first") == 0
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    assert _import(out, files["root"] / "first") == 0
    for p in sorted(copy.rglob("*")):
        if p.is_file():
            assert (out / p.relative_to(copy)).read_bytes() == p.read_bytes(), p.name


def test_a_new_lane_is_numbered_after_the_dataset_s_lanes(files, tmp_path):
    """Lane numbers are in every partition file: a later import's new lane takes the next
    number (even when its name sorts first), so the files it does not touch stay valid."""
    from db.opening import open_store
    from db.store.model import ExportFilter

    out = tmp_path / "dataset"
    assert _import(out, files["root"] / "first") == 0
    before = _digests(out)
    lanes = json.loads((out / "manifest.json").read_text())["lanes"]
    later = tmp_path / "algeria"
    _articles(later, 200, [2004])
    assert main(
        ["--engine", "dask", "--workers", "2", "--published", PUBLISHED, "--lane", "Algeria",
         str(out), str(later)]
    ) == 0  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["lanes"] == [*lanes, "Algeria"]
    after = _digests(out)
    assert after["events/year=2000/data.parquet"] == before["events/year=2000/data.parquet"]
    store = open_store(out)
    try:
        assert store.lanes[-1] == "Algeria"
        shown = [r for r in store.export_records(ExportFilter()) if r["lane"] == "Algeria"]
        assert shown and {r["headline"] for r in shown} == {
            "Turkish delegation 200 in Russia to discuss Syria, Libya conflicts"
        }
    finally:
        store.close()


def test_a_new_source_is_numbered_after_the_dataset_s_sources(files, tmp_path):
    """Source numbers are in every partition file too: a later import's new source takes the
    next number by source (its name sorts first), its events carry it, and the pyramid by
    source and the manifest count them; the untouched files stay valid."""
    import duckdb

    out = tmp_path / "dataset"
    assert _import(out, files["root"] / "first") == 0
    before = _digests(out)
    first = json.loads((out / "manifest.json").read_text())
    later = tmp_path / "agency"
    _articles(later, 300, [2004, 2004])
    assert main(
        ["--engine", "dask", "--workers", "2", "--published", PUBLISHED, "--source",
         "A Wire Agency", str(out), str(later)]
    ) == 0  # fmt: skip
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["sources"] == [*first["sources"], "A Wire Agency"]
    new = len(first["sources"])
    assert manifest["source_events"][:new] == first["source_events"]
    assert sum(manifest["source_events"]) == manifest["counts"]["events"]
    after = _digests(out)
    assert after["events/year=2000/data.parquet"] == before["events/year=2000/data.parquet"]
    found = duckdb.sql(
        f"""SELECT source, source_no, count(*) FROM read_parquet('{out}/events/*/*.parquet')
            GROUP BY ALL ORDER BY source_no"""
    ).fetchall()
    assert found[-1][:2] == ("A Wire Agency", new) and found[-1][2] > 0
    assert [row[1] for row in found] == list(range(new + 1))
    index = json.loads((out / "pyramid" / "source" / "pyramid.json").read_text())
    assert index["lanes"][f"{new:03d}"]["total"] == found[-1][2]  # its short events, counted


def test_sources_beyond_the_limit_fold_into_the_last_lane_without_renumbering():
    from db.cluster.compact import _extend_sources
    from db.store.model import MAX_LANES, other_lanes

    names = [f"paper {i:03d}" for i in range(MAX_LANES - 2)]
    counts = {n: 5 for n in names} | {"Zeta Post": 9, "Alpha Daily": 3, "Beta Times": 1}
    lanes, number = _extend_sources(names, counts, set(names))
    # the busiest new source gets the last own lane, the other two share the folded one
    assert lanes == [*names, "Zeta Post", other_lanes(2)]
    assert [number[n] for n in names] == list(range(MAX_LANES - 2))
    assert number["Alpha Daily"] == number["Beta Times"] == MAX_LANES - 1
    # a later import: the folded lane keeps its number and takes the next new source too
    counts |= {"Gamma News": 40}
    again, renumbered = _extend_sources(lanes, counts, set(counts) - {"Gamma News"})
    assert again == [*names, "Zeta Post", other_lanes(3)]
    assert renumbered["Gamma News"] == MAX_LANES - 1 and renumbered["Zeta Post"] == MAX_LANES - 2
