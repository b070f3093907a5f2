"""A state's start told in passing: "the owners, who had let the pumps fail since the previous
winter, were fined that June", "the road had been shut since the spring". A date after "since"
earlier than the story's time says when a state began; the story stays where it was, so "that
June" is the story's June, not the June after the winter named (`extract`)."""

from __future__ import annotations

import re

from .periods import Point

_SINCE = re.compile(r"(?i)\bsince\s+$")
_REACH = 12  # characters looked back for "since"


def since_look_back(text: str, begin: int, point: Point, ref: Point | None) -> bool:
    """Whether the date at `begin` follows "since" and lies before the story's time `ref`."""
    if ref is None or point[0] >= ref[0]:
        return False
    return _SINCE.search(text, max(0, begin - _REACH), begin) is not None
