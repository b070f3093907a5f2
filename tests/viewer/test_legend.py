"""Help ▸ Legend: opened from the real menu, one row per kind of mark, each sample drawn by the
timeline's own code."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from viewer.timeline.legend import ROWS, SAMPLE_H, SAMPLE_W
from viewer.timeline.theme import LANE_BG, PALETTE_COLORS


def menu_action(window, menu_title: str, text: str):
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == menu_title:
            for action in top.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu_title} ▸ {text}")


def test_help_legend_shows_every_mark_with_its_meaning(qtbot, window):
    menu_action(window, "Help", "Legend").trigger()
    legend = window.legend
    assert legend is not None and legend.isVisible()
    assert list(legend.samples) == [kind for kind, _ in ROWS]
    texts = " ".join(meaning for _, meaning in ROWS)
    words = ("known to the day", "publication", "range", "period", "dark tone", "pale tone",
             "scale", "no room", "search hit", "selected")  # fmt: skip
    assert [w for w in words if w not in texts] == []
    background = QColor(LANE_BG[0]).rgb()
    for kind, label in legend.samples.items():
        image: QImage = label.pixmap().toImage()
        inked = sum(
            image.pixel(x, y) != background
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        )
        assert inked > 4, kind  # every sample draws something
    # The solid range is the timeline's: the lane colour at alpha 215 over the lane background.
    bar = legend.samples["range"].pixmap().toImage()
    ratio = bar.devicePixelRatio()
    got = QColor(bar.pixel(round(SAMPLE_W / 2 * ratio), round(SAMPLE_H / 2 * ratio)))
    lane, under = PALETTE_COLORS[0], QColor(LANE_BG[0])
    for channel in ("red", "green", "blue"):
        mine, drawn, under_it = (getattr(c, channel)() for c in (got, lane, under))
        assert abs(mine - (drawn * 215 + under_it * 40) / 255) <= 2, channel
    menu_action(window, "Help", "Legend").trigger()  # a second time: the same dialog, raised
    assert window.legend is legend
    legend.close()


def test_the_legend_shows_the_volume_strip_and_the_as_of_line(qtbot, window):
    from viewer.timeline.theme import AS_OF

    menu_action(window, "Help", "Legend").trigger()
    samples = window.legend.samples
    meanings = dict(ROWS)
    assert "volume strip" in meanings["volume"] and "As known on" in meanings["as_of"]

    def has(kind: str, color: QColor, tolerance: int = 30) -> bool:
        image = samples[kind].pixmap().toImage()
        return any(
            all(abs(a - b) <= tolerance for a, b in zip(
                QColor(image.pixel(x, y)).getRgb()[:3], color.getRgb()[:3], strict=True))
            for x in range(image.width())
            for y in range(image.height())
        )  # fmt: skip

    assert has("as_of", AS_OF)  # the dashed line in the timeline's "as known on" colour
    assert has("volume", QColor(PALETTE_COLORS[0]), 2)  # the day's bars in the lane's colour
    window.legend.close()
