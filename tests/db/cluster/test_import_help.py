"""`timeline-viewer import --help` points to the import into a dataset folder on Dask, whose
own help lists its options."""

from __future__ import annotations

from viewer.cli import main


def _help(capsys, *argv: str) -> str:
    try:
        code = main(list(argv))
    except SystemExit as done:  # argparse's own exit, where a command lets it through
        code = done.code
    assert code == 0
    return " ".join(capsys.readouterr().out.split())


def test_the_import_help_points_to_the_dask_import(capsys):
    plain = _help(capsys, "import", "--help")
    assert "into a timeline database" in plain
    assert "Into a dataset folder instead, on Dask" in plain
    assert "timeline-viewer import --engine dask --help" in plain
    dask = _help(capsys, "import", "--engine", "dask", "--help")
    assert "--scheduler tcp://HOST:8786" in dask and "--workers N" in dask
