"""The panel's date line: the event's date, lane and status ("15–17 March 2012 · Global Voices ·
Planned or expected"), and where the reporting lag goes, right of it or under it. Where the line
does not fit the header's width it breaks between its parts, never after a "·" left hanging."""

from __future__ import annotations

from collections.abc import Callable

from db.provenance import is_around, status_words
from db.store import EventDetail
from viewer.date_text import describe_date

SEP = "  ·  "
LAG_GAP = 12  # px between the date line and the reporting lag beside it
SLACK = 3  # px: a label wraps its text a pixel or two before its advance (glyph overhangs)


def date_parts(event: EventDetail) -> list[str]:
    """The line's parts: the date ("around" it where it is a guess), the lane, the status."""
    when = describe_date(event.start, event.end, event.precision)
    if event.review is not None and event.review.date is not None and event.review.date.around:
        when = f"around {when}"  # a reviewer's "around" (db.review)
    elif (event.review is None or event.review.date is None) and is_around(event.provenance):
        when = f"around {when}"  # placed on its report's publication day (db.provenance)
    # "Planned or expected", or nothing; kept on one line ("Planned or / expected" misread)
    status = status_words(event.status).replace(" ", "\u00a0")
    return [when, event.lane or "no lane", *([status] if status else [])]


def date_line(
    parts: list[str], width_of: Callable[[str], float], room: float, lag_w: float
) -> tuple[str, bool]:
    """The line's text at `room` px, and whether the lag (`lag_w` px, 0: none) goes beside it:
    where the whole line and the lag fit on one line. Else the parts on as few lines as fit,
    a line ending where a part does."""
    whole = SEP.join(parts)
    if width_of(whole) + SLACK + (LAG_GAP + lag_w + SLACK if lag_w else 0) <= room:
        return whole, bool(lag_w)
    lines: list[str] = []
    for part in parts:
        if lines and width_of(lines[-1] + SEP + part) + SLACK <= room:
            lines[-1] += SEP + part
        else:
            lines.append(part)
    return "\n".join(lines), False
