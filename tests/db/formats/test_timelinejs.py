"""TimelineJS date objects and kept fields, both directions (the import and export tests run the
whole round trip through a database: tests/db/ingest/test_timelinejs.py)."""

import pytest

from db.formats.timelinejs import (
    TimelineJSProblem,
    date_object,
    media_extras,
    put_media_extras,
    put_slide_extras,
    read_date_object,
    slide_extras,
)
from db.timekeys import span_keys


@pytest.mark.parametrize(
    "obj, iso, precision",
    [
        ({"year": -753}, "-0753", "year"),
        ({"year": "2019", "month": " 7 "}, "2019-07", "month"),
        ({"year": 2019.0, "month": 12, "day": 23}, "2019-12-23", "day"),
        ({"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17},
         "1969-07-20T20:17", "minute"),
        ({"year": 1969, "month": 7, "day": 21, "hour": 2, "minute": 56, "second": 15},
         "1969-07-21T02:56:15", "second"),
    ],
)  # fmt: skip
def test_date_objects_read_and_write_back(obj, iso, precision):
    read = read_date_object(obj)
    assert (read.iso, read.precision) == (iso, precision)
    assert (read.start_key, read.end_key) == span_keys(iso)
    assert date_object(read.iso) == {k: int(v) for k, v in obj.items()}


@pytest.mark.parametrize(
    "obj", [{"month": 1}, {"year": True}, {"year": 2019, "month": 13}, {"year": 2019, "month": 2,
            "day": 30}, {"year": 2019, "month": 2, "day": 3, "hour": 24}, "2019"],
)  # fmt: skip
def test_dates_that_cannot_be_placed(obj):
    with pytest.raises(TimelineJSProblem):
        read_date_object(obj)


def test_fields_without_a_column_are_kept_and_put_back():
    slide = {"unique_id": "a", "background": {"color": "#000"}, "type": "", "group": "G"}
    media = {"url": "u", "thumbnail": "t", "alt": None}
    read = read_date_object({"year": 2001, "display_date": "then", "format": ""}, "end_date")
    data = {**read.extras, **slide_extras(slide), **media_extras(media)}
    assert data == {
        "end_date_display_date": "then",
        "unique_id": "a",
        "background": {"color": "#000"},
        "media_thumbnail": "t",
    }
    back: dict = {}
    put_slide_extras(data, back)
    put_media_extras(data, back)
    assert back == {"unique_id": "a", "background": {"color": "#000"}, "thumbnail": "t"}
    assert date_object("2001", data, "end_date") == {"year": 2001, "display_date": "then"}
