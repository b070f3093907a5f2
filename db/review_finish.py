"""The last step of a review written by the command (`timeline-viewer review`, one change or a
merge of another reviewer's file), once its write connection is closed: what the viewer's next
open needs kept for the file as it is then (db.store.first_open), so that a large reviewed file
still opens windowed rather than loading every event.

A review changes the file's state (its reviews, and the size and time of the file or its
write-ahead log), for which nothing is kept until something keeps it. The window's review keeps
it through the open that follows each change (db.store.keep_pyramid, off the UI thread); the
command keeps it here, after the writer closed: closing, the last connection folds the log into
the file, which is the state the next open sees. Above the write and read paths, as
db.import_finish is; nothing fails for it.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.review.cli import main as review_main
from db.store.first_open import keep_for_first_open


def main(argv: Sequence[str] | None = None) -> int:
    """`timeline-viewer review DB ...` (db.review.cli), finished."""
    return review_main(argv, finish=keep_for_first_open)
