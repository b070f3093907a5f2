"""`timeline-viewer review`: the same changes as the viewer's, for scripts."""

import sqlite3

from db.store.timeline import TimelineStore
from viewer.cli import main


def _reviews(path):
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT event_id, action, new_value, reviewer, note FROM reviews"
    ).fetchall()
    conn.close()
    return rows


def test_the_command_accepts_rejects_and_corrects(tiny_db, capsys):
    assert main(["review", str(tiny_db), "1", "--accept", "--reviewer", "ana"]) == 0
    assert "event 1: accepted (by ana)" in capsys.readouterr().out
    assert main(["review", str(tiny_db), "4", "--date", "~2019-12", "--note", "vague"]) == 0
    assert main(["review", str(tiny_db), "2", "--title", "Talks"]) == 0
    assert main(["review", str(tiny_db), "3", "--reject"]) == 0
    rows = _reviews(tiny_db)
    assert [(r[0], r[1]) for r in rows] == [(1, "accept"), (4, "date"), (2, "title"), (3, "reject")]
    assert rows[1][4] == "vague"
    store = TimelineStore.open(tiny_db)
    try:
        four = store.event(4)
        assert (four.start, four.precision, four.review.date.around) == ("2019-12", "month", True)
        assert store.event(2).title == "Talks"
    finally:
        store.close()


def test_the_command_says_what_is_wrong(tiny_db, capsys):
    before = tiny_db.read_bytes()
    assert main(["review", str(tiny_db), "1"]) == 2  # no change named: nothing opened for writing
    assert "give one of" in capsys.readouterr().err
    assert main(["review", str(tiny_db), "1", "--date", "soon"]) == 2
    assert "--date" in capsys.readouterr().err
    assert main(["review", str(tiny_db), "1", "--accept", "--reject"]) == 2
    assert tiny_db.read_bytes() == before
    assert main(["review", str(tiny_db), "99", "--accept"]) == 1
    assert "no event 99" in capsys.readouterr().err


def test_the_command_merges_another_reviewers_file(tiny_db, tmp_path, capsys):
    theirs = tmp_path / "theirs.db"
    theirs.write_bytes(tiny_db.read_bytes())
    assert main(["review", str(theirs), "2", "--reject", "--reviewer", "ben"]) == 0
    assert main(["review", str(tiny_db), "--merge-from", str(theirs)]) == 0
    assert "1 review rows added" in capsys.readouterr().out
    assert _reviews(tiny_db) == [(2, "reject", '"rejected"', "ben", None)]


def test_the_command_merges_two_events(tiny_db, capsys):
    assert main(["review", str(tiny_db), "4", "--merge-into", "1"]) == 0
    assert "event 4: merged into event 1" in capsys.readouterr().out
    assert main(["review", str(tiny_db), "4", "--unmerge"]) == 0
    assert [r[1] for r in _reviews(tiny_db)] == ["merge", "unmerge"]
    assert main(["review", str(tiny_db), "4", "--merge-into", "99"]) == 1
    assert "no event 99" in capsys.readouterr().err
