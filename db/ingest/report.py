"""What an import did (`ImportReport`) and how it tells its progress (`Progress`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

GIVEN, NONE = "given", "none"  # dates_from keys beside the places a date was found in

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
    navigation: int = 0  # a table's wiki navigation lines, no events ("Main article: …")
    # Article imports: where each publication date came from ("given", "its dateline", ...):
    # how many files each, and what a file without one left undated, (file, note).
    dates_from: dict[str, int] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: ImportReport) -> None:
        self.imported += other.imported
        self.skipped_duplicates += other.skipped_duplicates
        self.failed.extend(other.failed)
        self.events += other.events
        self.articles += other.articles
        self.grouped += other.grouped
        self.navigation += other.navigation
        for how, n in other.dates_from.items():
            self.dates_from[how] = self.dates_from.get(how, 0) + n
        self.notes.extend(other.notes)

    def dates_line(self) -> str:
        """'publication dates: 3 given, 2 from its dateline, 1 none' (empty for no articles)."""
        parts = []
        order = sorted(self.dates_from.items(), key=lambda kv: (kv[0] != GIVEN, kv[0] == NONE))
        for how, n in order:
            parts.append(f"{n} {how}" if how in (GIVEN, NONE) else f"{n} from {how}")
        return "publication dates: " + ", ".join(parts) if parts else ""

    def summary(self) -> str:
        told = f", {self.grouped} grouped with earlier reports" if self.grouped else ""
        if self.navigation:
            told += f", {self.navigation} navigation lines left out"
        return (
            f"imported {self.imported}, skipped {self.skipped_duplicates} duplicates, "
            f"failed {len(self.failed)}, events {self.events}{told}"
        )
