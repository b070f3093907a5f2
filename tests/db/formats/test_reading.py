"""db.formats.reading: which files are opened, how bytes become text, how JSON is bounded."""

from __future__ import annotations

import codecs
import json
import os

import pytest

from db.formats.reading import (
    MAX_DEPTH,
    TooDeep,
    UnreadableFile,
    clean_json,
    decode_text,
    file_problem,
    load_json,
    read_regular,
    replace_surrogates,
    shown,
    text_encoding,
)

TEXT = "Quay notes\n\nThe harbour master logged twelve boats on 8 July 2021, a record.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode(), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
        (codecs.BOM_UTF32_BE + TEXT.encode("utf-32-be"), "utf-32"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (b"\x00" + TEXT.encode(), "utf-8"),  # a stray NUL is not UTF-16's pattern
        (codecs.BOM_UTF16_LE + b"\x00\x00" + TEXT.encode("utf-16-le"), "utf-16"),
    ],
)
def test_the_encoding_is_found_by_bom_then_zero_bytes_then_utf8(data, encoding):
    assert text_encoding(data, "x") == encoding
    assert decode_text(data, "x").replace("\x00", "").lstrip("\ufeff") == TEXT


def test_a_stray_nul_does_not_stop_charset_detection():
    data = b"\x00" + "Été à la mer, en juillet, avec des amis très chers.".encode("cp1252")
    assert text_encoding(data, "x") in ("cp1252", "latin_1", "iso8859_15")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "x is empty."),
        (codecs.BOM_UTF8, "x is empty."),
        (bytes(100), "x is a binary file, not article text."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "x is a binary file, not article text."),
        (TEXT.encode() + bytes(len(TEXT)), "x is a binary file, not article text."),
        (bytes(range(128, 256)) * 20, "x is not text in any encoding this importer recognises."),
        (codecs.BOM_UTF8 + b"\xff", "x starts with a UTF-8 byte order mark but is not UTF-8 text."),
    ],
)
def test_what_is_not_text_says_why(data, message):
    with pytest.raises(UnreadableFile) as caught:
        decode_text(data, "x", "article text")
    assert str(caught.value) == message


def test_a_sample_cut_inside_a_character_is_not_refused():
    data = "Ünïcödé ".encode() * 10
    assert text_encoding(data[:-1], "x", final=False) == "utf-8"
    assert text_encoding(TEXT.encode("utf-16")[:-1], "x", final=False) == "utf-16"


def test_lone_surrogates_and_names():
    assert replace_surrogates("a\ud800b\udfffc") == "a\ufffdb\ufffdc"
    assert replace_surrogates("pair 😀") == "pair 😀"
    assert shown(os.fsdecode(b"/tmp/caf\xe9.txt")) == "/tmp/caf\ufffd.txt"


def test_clean_json_replaces_surrogates_in_keys_and_values_and_bounds_depth():
    value = json.loads('{"\\ud800k": ["x\\udc00", {"y": "\\ud83d\\ude00"}], "n": 1}')
    assert clean_json(value) == {"\ufffdk": ["x\ufffd", {"y": "😀"}], "n": 1}
    assert clean_json(json.loads("[" * MAX_DEPTH + "]" * MAX_DEPTH)) is not None
    with pytest.raises(TooDeep, match=f"more than {MAX_DEPTH} levels"):
        clean_json(json.loads("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)))
    with pytest.raises(TooDeep, match="too deeply to read"):
        load_json("[" * 100_000 + "]" * 100_000)


def test_a_file_is_read_whole_whatever_size_it_reports():
    # /proc's files are regular files that report a size of 0 bytes yet hold text
    status = read_regular("/proc/self/status", 1 << 20, "a status")
    assert status.startswith(b"Name:") and status.endswith(b"\n")
    with pytest.raises(UnreadableFile, match="too large for a status"):
        read_regular("/proc/self/status", 10, "a status")


def test_only_regular_files_are_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert file_problem(fifo, 10, "an article") == (
        f"{fifo} is a named pipe (FIFO), not a file: only regular files are imported."
    )
    assert file_problem(tmp_path, 10, "an article") == f"{tmp_path} is a folder, not a file."
    assert "character device" in file_problem("/dev/zero", 10, "an article")
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 11)
    assert file_problem(small, 10, "an article") == (
        "small.txt is 11 bytes, too large for an article (the limit is 10 bytes)."
    )
    assert read_regular(small, 11, "an article") == b"x" * 11
    with pytest.raises(UnreadableFile, match="No such file"):
        read_regular(tmp_path / "gone.txt", 10, "an article")
    with pytest.raises(UnreadableFile, match="named pipe"):
        read_regular(fifo, 10, "an article")
