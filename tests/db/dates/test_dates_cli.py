"""`timeline-viewer dates --dct YYYY-MM-DD FILE`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.dates.cli import main


def test_prints_one_json_object_per_timex(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    content = "Erdogan’s envoy arrived on Monday.\n\nThe war began in 2011.\n"
    path = tmp_path / "a.txt"
    path.write_text(content, encoding="utf-8")
    assert main(["--dct", "2019-12-23", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"begin": 27, "end": 33, "text": "Monday", "type": "DATE", "value": "2019-12-23",
         "rule": "weekday", "anchor": {"kind": "publication", "value": "2019-12-23"}},
        {"begin": 53, "end": 57, "text": "2011", "type": "DATE", "value": "2011",
         "rule": "year", "anchor": {"kind": "absolute"}},
    ]  # fmt: skip
    for row in rows:
        assert content[row["begin"] : row["end"]] == row["text"]


def test_undecodable_bytes_are_replaced(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(b"\xff\xfe bad bytes, then on 3 March 2011 a protest.")
    assert main(["--dct", "2019-12-23", str(path)]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["text"], row["value"]) == ("3 March 2011", "2011-03-03")


def test_without_dct(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "c.txt"
    path.write_text("They met on Monday.", encoding="utf-8")
    assert main([str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["value"] == "XXXX-WXX-1"


@pytest.mark.parametrize("dct", ["2019-13-01", "yesterday", "2019/12/23", ""])
def test_bad_dct_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture, dct: str
) -> None:
    path = tmp_path / "d.txt"
    path.write_text("On Monday.", encoding="utf-8")
    assert main(["--dct", dct, str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert "--dct" in captured.err


def test_offsets_count_crlf_as_two_chars(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "e.txt"
    path.write_bytes(b"Headline\r\n\r\nThey met on Monday.\r\n")
    assert main(["--dct", "2019-12-23", str(path)]) == 0
    row = json.loads(capsys.readouterr().out)
    content = path.read_bytes().decode("utf-8")
    assert (row["begin"], content[row["begin"] : row["end"]]) == (24, "Monday")


def test_language(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "d.txt"
    path.write_text("La biblioteca reabrió el 2 de mayo.", encoding="utf-8")
    assert main(["--dct", "2011-06-01", "--language", "es-AR", str(path)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["text"], row["value"]) == ("2 de mayo", "2011-05-02")
    assert main(["--language", "nl", str(path)]) == 2
    assert "no date rules for language 'nl'" in capsys.readouterr().err
