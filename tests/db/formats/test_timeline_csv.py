"""The timeline CSV format's bytes and header (the round trip through a database:
tests/db/ingest/test_csv_format.py)."""

import gzip
import io

from db.formats.timeline_csv import HEADER, header_of, is_timeline_csv, write_timeline_csv


def test_written_as_rfc_4180_with_crlf():
    stream = io.StringIO(newline="")
    event = dict.fromkeys(HEADER) | {"id": 1, "title": 'Say "hi", then\nleave', "start": "2019"}
    assert write_timeline_csv([event], stream) == 1
    assert stream.getvalue() == (
        "id,title,start,end,precision,lane,text,source,headline,url,"
        "status,dated_by,date_rule,date_anchor\r\n"
        '1,"Say ""hi"", then\nleave",2019,,,,,,,,,,,\r\n'
    )


def test_the_header_is_recognised_with_a_bom_and_gzipped(tmp_path):
    plain = tmp_path / "a.csv"
    header = "ID, Title,start,end,precision,lane,text,source,headline,url\n"
    plain.write_bytes(("\ufeff" + header).encode())
    packed = tmp_path / "b.csv.gz"
    packed.write_bytes(gzip.compress(b",".join(h.encode() for h in HEADER) + b"\r\n1,x"))
    # the ten columns written before status and provenance were added still need no mapping
    assert is_timeline_csv(plain) and is_timeline_csv(packed)
    other = tmp_path / "c.csv"
    other.write_text("date,what\n", encoding="utf-8")
    assert header_of(other) == ("date", "what") and not is_timeline_csv(other)
    assert header_of(tmp_path / "missing.csv") is None
