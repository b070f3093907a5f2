"""Story grouping at import (db/ingest/stories.py), on real article files."""

from __future__ import annotations

import sqlite3

from db.ingest.importers import import_articles
from db.ingest.stories import Sentence, similarity
from tests.stories import (
    COUNCIL,
    FERRY_A,
    FERRY_B,
    FOOTBALL,
    HARBOUR_POST,
    ISLAND_WIRE,
    import_both,
)


def _stories(path) -> dict[str, tuple[int, int | None]]:
    """Sentence -> (event id, story id) of every sentence event."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, story_id, text FROM events WHERE kind = 'sentence'").fetchall()
    conn.close()
    return {text: (eid, story) for eid, story, text in rows}


def _of(stories: dict, start: str) -> tuple[int, int | None]:
    """The event whose sentence starts with `start`."""
    (found,) = [v for text, v in stories.items() if text.startswith(start)]
    return found


def test_two_outlets_reporting_one_happening_make_one_story(tmp_path):
    path = tmp_path / "news.db"
    report = import_both(path)
    assert report.grouped == 1
    stories = _stories(path)
    (a, story_a), (b, story_b) = _of(stories, FERRY_A), _of(stories, FERRY_B)
    # Both reports kept, both marked with the id of the first report (published the same day:
    # the first imported).
    assert story_a == story_b == a < b
    # Other happenings of the same Sunday, in the same articles, stay their own stories.
    assert _of(stories, COUNCIL)[1] is None
    assert _of(stories, FOOTBALL)[1] is None
    assert sum(1 for _eid, story in stories.values() if story is not None) == 2


def test_reimport_gives_the_same_groups(tmp_path):
    path = tmp_path / "news.db"
    import_both(path)
    before = _stories(path)
    again = import_both(path)
    assert (again.imported, again.skipped_duplicates, again.grouped) == (0, 2, 0)
    assert _stories(path) == before


def test_groups_do_not_depend_on_how_the_files_were_split_into_imports(tmp_path):
    together, apart = tmp_path / "together.db", tmp_path / "apart.db"
    import_both(together)
    import_articles(apart, [HARBOUR_POST])
    assert import_articles(apart, [ISLAND_WIRE]).grouped == 1
    assert _stories(apart) == _stories(together)


def test_a_story_holds_one_report_of_an_article(tmp_path):
    path = tmp_path / "news.db"
    import_both(path)
    conn = sqlite3.connect(path)
    articles = conn.execute(
        "SELECT story_id, count(*), count(DISTINCT article_id) FROM events "
        "WHERE story_id IS NOT NULL GROUP BY story_id"
    ).fetchall()
    conn.close()
    assert [(n, distinct) for _story, n, distinct in articles] == [(2, 2)]


def test_similarity_tells_a_retelling_from_another_happening():
    ferry_a = Sentence(
        "A passenger ferry carrying 212 people ran aground on a reef outside Port Vila harbour "
        "on Sunday, and all the passengers were rescued by coast guard boats."
    )
    ferry_b = Sentence(
        "All 212 passengers were rescued by the coast guard on Sunday after their ferry ran "
        "aground on a reef just outside Port Vila harbour."
    )
    cargo = Sentence(
        "A cargo ship caught fire in Port Vila harbour on Sunday, and its crew of 14 was rescued "
        "by coast guard boats."
    )
    assert similarity(ferry_a, ferry_b) >= 80 > similarity(ferry_a, cargo)


def test_dates_read_a_few_at_a_time_give_the_same_groups(tmp_path, monkeypatch):
    """The events of the dates an import touched are read some hundreds of dates a query: one
    date a query must group the same (the articles have several dates: Sunday, the council's)."""
    import_both(tmp_path / "many.db")
    monkeypatch.setattr("db.ingest.stories.DATES_A_QUERY", 1)
    import_both(tmp_path / "one.db")
    assert _stories(tmp_path / "one.db") == _stories(tmp_path / "many.db")
    assert any(story is not None for _eid, story in _stories(tmp_path / "one.db").values())
