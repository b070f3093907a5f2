"""Article inputs given as URLs (db/cluster/urls.py), on a real LocalCluster: `file://` URLs of a
folder and of a file, read through fsspec (hashed by the client, staged by the workers), make
the dataset the same files given as paths make, with the URLs as the articles' origins; the
same bytes given as paths afterwards are already in the dataset. A URL that cannot be read is
a failure told by its URL; an unknown scheme, a table URL and an OUT_DIR URL are refused."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from db.cluster.cli import main
from db.cluster.parts import file_hash
from db.cluster.urls import expand_urls, is_url, url_hash
from tests.db.cluster.test_dask_import import PUBLISHED, _events, _write_articles


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    root = tmp_path_factory.mktemp("url-inputs")
    folder = root / "2019" / "wire"
    folder.parent.mkdir()
    _write_articles(folder, 14)  # and two copies: 16 files
    return folder


def test_url_inputs_make_the_dataset_their_paths_make(articles, tmp_path, capsys):
    files = sorted(articles.iterdir())
    args = ["--engine", "dask", "--workers", "1", "--published", PUBLISHED]
    by_path = tmp_path / "by-path"
    assert main([*args, str(by_path), str(articles)]) == 0
    said = capsys.readouterr().out
    assert "imported 14, skipped 2 duplicates" in said

    # The folder's URL, then one of its files again by its own URL (a copy: skipped).
    folder_url, file_url = articles.as_uri(), files[0].as_uri()
    assert is_url(folder_url) and expand_urls(folder_url) == [f.as_uri() for f in files]
    assert url_hash(file_url) == file_hash(files[0])
    by_url = tmp_path / "by-url"
    assert main([*args, str(by_url), folder_url, file_url]) == 0
    said = capsys.readouterr().out
    assert "imported 14, skipped 3 duplicates, 0 already in the dataset, failed 0" in said
    assert _events(by_url) == _events(by_path)
    origins = [
        o for part in sorted((by_url / "parts").glob("batch-*/articles.parquet"))
        for o in pq.read_table(part, columns=["origin"]).column(0).to_pylist()
    ]  # fmt: skip
    assert len(origins) == 14 and set(origins) <= {f.as_uri() for f in files}

    # The same bytes by their paths: already there.
    assert main([*args, str(by_url), str(articles)]) == 0
    said = capsys.readouterr().out
    assert "imported 0, skipped 0 duplicates, 16 already in the dataset" in said


def test_an_unreadable_url_fails_by_its_url_and_bad_urls_are_refused(articles, tmp_path, capsys):
    args = ["--engine", "dask", "--workers", "1", "--published", PUBLISHED]
    missing = (articles / "gone.txt").as_uri()
    out = tmp_path / "dataset"
    assert main([*args, str(out), missing, sorted(articles.iterdir())[0].as_uri()]) == 1
    said = capsys.readouterr().out
    assert "imported 1, skipped 0 duplicates, 0 already in the dataset, failed 1" in said
    assert f"{missing}: cannot read {missing}" in said

    assert main([*args, str(out), "nosuch://bucket/a.txt"]) == 2
    assert "nosuch://bucket/a.txt" in capsys.readouterr().err
    assert main([*args, str(out), (articles / "events.csv").as_uri()]) == 2
    assert "events tables are read from paths" in capsys.readouterr().err
    assert main([*args, "s3://bucket/dataset", str(articles)]) == 2
    assert "OUT_DIR is a folder" in capsys.readouterr().err
