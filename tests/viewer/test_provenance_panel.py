"""The panel tells how an event's date was found; planned events are drawn hollow and negated
ones hidden until asked for. Real files: the sample article, a short history, a schema 1 file."""

from __future__ import annotations

import pytest
import sqlite_utils
from PySide6.QtCore import Qt

from db import schema
from db.timekeys import period
from tests.conftest import add_events
from tests.provenance_files import (
    as_version_1,
    event_id,
    import_history,
    import_sample,
)
from tests.viewer.helpers import wrapped_lines
from viewer.timeline.layout import IMPRECISE_POINT, PLANNED_BAR, PLANNED_POINT

SUNDAY = "text LIKE '%said on Sunday%'"
SUNDAY_SENTENCE = (
    "Erdogan also said on Sunday that Turkey could increase military support to the Libyan "
    "government, which has been fighting off an offensive by rival forces."
)


def shown(label) -> str:
    """A label's words as read (its no-break spaces as spaces)."""
    return label.text().replace("\u00a0", " ")


@pytest.mark.parametrize("width", [1024, 1400, 1920])
def test_how_the_date_was_found_never_wraps_inside_a_date(make_window, tmp_path, width):
    """ "... against the publication date Mon 23" and "Dec 2019" on the next line read badly:
    the date (and the quoted word) stay whole on one line, at any window width."""
    path = import_sample(tmp_path / "sample.db")
    window = make_window(path, size=(width, 860))
    window.show_event(event_id(path, SUNDAY))
    label = window.panel.dated_by
    lines = wrapped_lines(label)
    assert " ".join(lines) == shown(label)
    assert any("Mon 23 Dec 2019" in line for line in lines)
    assert any("'Sunday'" in line for line in lines)
    assert label.height() >= len(lines) * label.fontMetrics().lineSpacing()  # all of it shown


def test_the_sunday_event_says_it_was_resolved_against_the_publication_date(make_window, tmp_path):
    path = import_sample(tmp_path / "sample.db")
    window = make_window(path, size=(1300, 760))
    window.show_event(event_id(path, SUNDAY))
    panel = window.panel
    assert panel.dated_by.isVisible() and shown(panel.dated_by) == (
        "Day, resolved from 'Sunday' against the publication date Mon 23 Dec 2019"
    )
    assert panel.date_rule.text() == "TIMEX3 DATE 2019-12-22  ·  rule: weekday"
    # the sentence stays highlighted; inside it, the dating word more strongly
    assert panel.highlighted_text() == SUNDAY_SENTENCE
    assert panel.dating_words() == "Sunday"
    assert panel.anchor_words() == ""  # the publication date is in the header, not the text
    assert "Planned" not in panel.event_date.text()


def test_a_history_date_names_the_earlier_expression(make_window, tmp_path):
    path = import_history(tmp_path)
    window = make_window(path)
    window.show_event(event_id(path, "start = '1941-06-22'"))
    panel = window.panel
    assert shown(panel.dated_by) == (
        "Day, resolved from '22 June' against 'June 1941' a sentence earlier"
    )
    assert panel.dating_words() == "22 June"
    assert panel.anchor_words() == "June 1941"  # marked too, where the reader can find it
    window.show_event(event_id(path, "start = '1941-06'"))
    assert shown(panel.dated_by) == "Month, stated in the text: 'June 1941'"


def test_a_version_1_file_says_it_was_imported_before(make_window, tmp_path):
    path = as_version_1(import_sample(tmp_path / "old.db"))
    window = make_window(path)
    window.show_event(event_id(path, SUNDAY))
    panel = window.panel
    assert shown(panel.dated_by) == (
        "This database was imported before dates recorded how they were found (schema 1); "
        "re-import to see it."
    )
    assert not panel.date_rule.isVisible() and panel.dating_words() == ""
    assert panel.highlighted_text() == SUNDAY_SENTENCE


def test_planned_events_are_hollow_and_negated_ones_hidden_until_asked(
    qtbot, make_window, tmp_path
):
    path = tmp_path / "status.db"
    db = sqlite_utils.Database(path)
    schema.create(db)
    add_events(
        db,
        [
            {"id": 1, "title": "Talks held", "start": "2019-12-02", "status": "happened"},
            {"id": 2, "title": "Talks resume", "start": "2019-12-09", "status": "planned"},
            {"id": 3, "title": "Did not attack", "start": "2019-12-05", "status": "negated"},
            {
                "id": 4,
                "title": "Summit planned",
                "start": "2019-12-10",
                "end": "2019-12-20",
                "status": "planned",
            },  # fmt: skip
            {"id": 5, "title": "Some month", "start": "2019-12", "precision": "month"},
        ],
    )
    db.close()
    window = make_window(path)
    timeline = window.timeline
    timeline.set_range(period("2019-11-25").start, period("2020-01-31").end)
    frame = timeline.frame()
    kinds = {m.id: m.kind for m in frame.markers} | {b.id: b.kind for b in frame.bars}
    assert kinds[2] == PLANNED_POINT and kinds[4] == PLANNED_BAR
    assert kinds[1] != PLANNED_POINT and kinds.get(5) in (IMPRECISE_POINT, "imprecise")
    assert 3 not in kinds  # negated: hidden by default

    window.show_event(2)
    assert window.panel.event_date.text().endswith("Planned\u00a0or\u00a0expected")  # one line
    assert timeline.describe is not None
    assert timeline.describe(2).endswith("Talks resume\n(Planned or expected)")  # the tooltip
    assert timeline.describe(1).endswith("Talks held")

    box = window.filter_panel.negated
    assert box.text() == "Show negated/hypothetical" and not box.isChecked()
    box.setChecked(True)
    qtbot.waitUntil(lambda: timeline.marker_position(3) is not None)
    window.show_event(3)
    assert window.panel.event_date.text().endswith("Negated\u00a0or\u00a0hypothetical")
    box.setChecked(False)
    qtbot.waitUntil(lambda: timeline.marker_position(3) is None)
    assert Qt.CheckState.Unchecked == box.checkState()
