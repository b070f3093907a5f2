"""Two articles of different outlets that report one happening (a ferry aground off Port Vila on
Sunday 22 December 2019) in different words, each with another happening of that Sunday: the
real files the story tests import (tests/data/stories/)."""

from __future__ import annotations

import datetime
from pathlib import Path

from db.ingest.importers import ArticleFile, ImportReport, import_articles

FOLDER = Path(__file__).resolve().parent / "data" / "stories"
PUBLISHED = datetime.date(2019, 12, 23)
HARBOUR_POST = ArticleFile(FOLDER / "harbour-post.txt", published=PUBLISHED, source="Harbour Post")
ISLAND_WIRE = ArticleFile(FOLDER / "island-wire.txt", published=PUBLISHED, source="Island Wire")
FERRY_A = "A passenger ferry carrying 212 people ran aground"  # Harbour Post's report
FERRY_B = "All 212 passengers were rescued"  # Island Wire's report
COUNCIL = "The city council of Port Vila approved"  # Harbour Post, the same Sunday
FOOTBALL = "The national football team beat Fiji"  # Island Wire, the same Sunday


def import_both(path: Path) -> ImportReport:
    return import_articles(path, [HARBOUR_POST, ISLAND_WIRE])
