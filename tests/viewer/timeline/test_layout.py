"""The pure layout, asking a frame: checked against brute force on random data."""

from db.store.memory_frame import MemoryFrame
from db.timekeys import DAY
from tests.synthetic import random_index
from viewer.timeline.layout import DETAIL_LIMIT, LaneBox, layout
from viewer.timeline.scale import Scale


def test_layout_never_overlaps_labels_or_markers_and_switches_to_density():
    lanes = MemoryFrame(random_index(600, lanes=2))
    boxes = [LaneBox(0, 44, 200), LaneBox(1, 244, 200)]

    def label_for(event_id: int) -> tuple[str, float]:
        return (f"Event number {event_id}", 70.0 + event_id % 5 * 20)

    # Days narrower than a marker: points (wider, a day is drawn as its band).
    scale = Scale(0, 1, 1000).with_span(100 * DAY, 250 * DAY)
    frame = layout(lanes, scale, boxes, label_for)
    assert set(frame.modes.values()) == {"detail"}
    assert frame.labels and frame.markers
    # Each placed thing occupies [left, right) on its row; nothing on a row overlaps.
    spans: dict[float, list[tuple[float, float]]] = {}
    for m in frame.markers:
        spans.setdefault(m.y, []).append((m.x - 4.5, m.x + 4.5))
    for b in frame.bars:
        spans.setdefault(b.y, []).append((max(b.x0, 0), min(b.x1, 1000)))
    for lb in frame.labels:
        assert lb.x + lb.width <= 1000  # elided at the edge, never cut off
        if not lb.inside:
            spans.setdefault(lb.y, []).append((lb.x, lb.x + lb.width))
    for y, row in spans.items():
        row.sort()
        for (a0, a1), (b0, b1) in zip(row, row[1:], strict=False):
            assert a1 <= b0 + 0.5, f"overlap on row y={y}: {(a0, a1)} and {(b0, b1)}"

    wide = Scale(0, 1, 1000).with_span(-10 * DAY, 420 * DAY)
    dense = layout(MemoryFrame(random_index(20 * DETAIL_LIMIT, lanes=2)), wide, boxes, label_for)
    assert set(dense.modes.values()) == {"density"} and not dense.labels
    assert sum(int(d.counts.sum()) for d in dense.density) > 0
