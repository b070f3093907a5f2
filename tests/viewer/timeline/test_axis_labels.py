"""Reading dates off the axis: each tick label is drawn at its own gridline, read back from the
real widget's paint (what the painter placed) and from the rendered pixels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from db.timekeys import DAY, iso_of, period
from viewer.timeline import ticks
from viewer.timeline.ticks import LABEL_PAD
from viewer.timeline.widget import AXIS_H, GUTTER_W


def _ink_from(image: QImage, x0: int, x1: int, y0: int, y1: int) -> int | None:
    """The leftmost column in [x0, x1) with text-dark pixels in rows [y0, y1)."""
    for x in range(max(x0, 0), min(x1, image.width())):
        for y in range(y0, y1):
            if QColor(image.pixel(x, y)).lightness() < 150:
                return x
    return None


@pytest.mark.parametrize(
    ("start", "end", "unit", "step"),
    [
        ("1988", "2029", "year", 5),
        ("2019-03", "2020-02", "month", 1),
        ("2019-11-25", "2020-01-20", "day", 7),
        ("2019-12-19", "2019-12-27", "day", 1),
        ("2019-12-23T06:00", "2019-12-23T14:00", "hour", 1),
    ],
)
def test_a_tick_label_starts_at_its_own_gridline(make_window, tiny_db, start, end, unit, step):
    window = make_window(tiny_db)
    timeline = window.timeline
    timeline.set_range(period(start).start, period(end).end)
    image = timeline.grab().toImage()  # paints the real widget
    minor, major = timeline.painter.axis_labels
    scale = timeline.scale
    info = ticks.choose(scale.t0, scale.t1, scale.width)
    assert (info.minor.unit, info.minor.step) == (unit, step)
    assert len(minor) >= 3
    for label in minor:
        tick_x = scale.x_of(label.key)
        assert label.x - tick_x == pytest.approx(LABEL_PAD)  # right of its line, not mid-period
        assert label.text == info.minor.label(label.key)
        # The ink starts just right of the tick, in the widget's own pixels.
        left = round(GUTTER_W + tick_x)
        ink = _ink_from(image, left + 1, left + 40, AXIS_H - 22, AXIS_H - 4)
        assert ink is not None and ink - left <= LABEL_PAD + 3, (label.text, ink, left)
    for label in major:  # the enclosing period: at its start gridline, or stuck to the left edge
        tick_x = scale.x_of(label.key)
        assert label.x == pytest.approx(tick_x + LABEL_PAD) or (tick_x < 0 and label.x <= LABEL_PAD)
    # Nothing drawn is cut at the right edge ("Jan 20" for "Jan 2020").
    assert all(lb.x + lb.width <= scale.width for lb in minor + major)


def test_an_event_reads_as_its_own_date_at_week_steps(make_window, tiny_db):
    """11 Feb lies right of the "8" label's gridline and left of "15"'s, never under "8"'s
    middle as a centred week label put it."""
    window = make_window(tiny_db)
    timeline = window.timeline
    timeline.set_range(period("2020-01-27").start, period("2020-03-20").end)
    timeline.grab()
    minor, _ = timeline.painter.axis_labels
    by_day = {iso_of(lb.key, "day"): lb for lb in minor}
    eight, fifteen = by_day["2020-02-08"], by_day["2020-02-15"]
    assert (eight.text, fifteen.text) == ("8", "15") and fifteen.key - eight.key == 7 * DAY
    x11 = timeline.scale.x_of(period("2020-02-11").start)
    assert eight.x - LABEL_PAD < x11 < fifteen.x - LABEL_PAD


def test_a_sticky_year_label_goes_whole_rather_than_half_cut():
    """At the left edge the enclosing year's label stays while it fits; when the next year's
    gridline comes close it is left out, never drawn as "010" for 2010."""
    start, end = period("2010-12-01").start, period("2012-08-01").end
    info = ticks.choose(start, end, 560)
    scale_x = lambda t: (t - start) / (end - start) * 560  # noqa: E731
    _minor, major = ticks.place_labels(info, scale_x, 560, lambda text, bold: 8.0 * len(text))
    assert all(label.x >= 0 for label in major)
    assert [label.text for label in major][:1] == ["2011"]
