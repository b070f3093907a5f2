"""What an import did (`ImportReport`) and how it tells its progress (`Progress`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# progress(done, total): files for articles, bytes for tables, slides for TimelineJS.
Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    """What an import did. `failed` holds (file or "file:line N", reason) pairs."""

    imported: int = 0
    skipped_duplicates: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    events: int = 0
    articles: int = 0  # rows added to `articles` for the sources that table rows cite
    grouped: int = 0  # new events that joined a story of earlier reports (db.ingest.stories)

    def add(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.skipped_duplicates += other.skipped_duplicates
        self.failed.extend(other.failed)
        self.events += other.events
        self.articles += other.articles
        self.grouped += other.grouped

    def summary(self) -> str:
        told = f", {self.grouped} grouped with earlier reports" if self.grouped else ""
        return (
            f"imported {self.imported}, skipped {self.skipped_duplicates} duplicates, "
            f"failed {len(self.failed)}, events {self.events}{told}"
        )
