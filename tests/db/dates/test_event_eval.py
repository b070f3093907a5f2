"""bench/event_eval.py: how gold events get their times and how ours are matched (tiny files
written here, not taken from the corpora)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def _load() -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("event_eval", ROOT / "bench" / "event_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["event_eval"] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


ev = _load()

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-12-23" functionInDocument="CREATION_TIME">
2019-12-23</TIMEX3></DCT>
<TEXT>
The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE"
value="2019-12-20">Friday</TIMEX3>. The mayor <EVENT eid="e2" class="REPORTING">said</EVENT> the
bridge would <EVENT eid="e3" class="OCCURRENCE">open</EVENT> within <TIMEX3 tid="t2"
type="DURATION" value="P2M">two months</TIMEX3>. Its profit was the <EVENT eid="e4"
class="STATE">lowest</EVENT> since <TIMEX3 tid="t3" type="DATE" value="2008">2008</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="NONE" />
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="NONE" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t0" />
<TLINK lid="l3" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2" />
<TLINK lid="l4" relType="DURING" eventInstanceID="ei3" relatedToTime="t2" />
<TLINK lid="l5" relType="BEGUN_BY" eventInstanceID="ei4" relatedToTime="t3" />
</TimeML>
"""


def test_tml_gold_times(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = ev.load_tml(path)
    got = [(g.text, sorted(g.times), g.from_dct) for g in doc.events]
    # the TIMEX3 of the text wins over the DCT; a link from the time's side is inverted; a
    # DURATION is no gold time (left out)
    assert got == [
        ("met", ["2019-12-20"], False),
        ("said", ["2019-12-23"], True),
        ("lowest", ["2008"], False),
    ]
    assert doc.skipped == 1
    figures, _ = ev.score([doc], [ev.run_ours(doc)])
    # ours: "met" on Friday; "said" around the publication day (no words date it); "since
    # 2008" is a comparison
    assert figures["ours"] == round(2 / 3, 4)
    assert figures["publication day"] == round(1 / 3, 4)
    assert figures["ours, else publication day"] == round(2 / 3, 4)


def test_brat_gold_times(tmp_path: Path) -> None:
    text = "Storm hits coast\nMonday, March 6, 2023\nOn Sunday, the storm flooded the port.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    b = text.index("flooded")
    t = text.index("Sunday")
    (tmp_path / "a.ann").write_text(
        f"T1\tevent {b} {b + 7}\tflooded\n"
        f"E1\tevent:T1 TIMEX:T2\n"
        f"T2\ttimex {t} {t + 6}\tSunday\n"
        f"#1\tAnnotatorNotes T2\t2023-03-05\n",
        encoding="utf-8",
    )
    doc = ev.load_brat(tmp_path / "a.txt")
    assert doc.text.startswith(" " * 16 + "\n")  # the headline is blanked, offsets kept
    assert [(g.text, sorted(g.times)) for g in doc.events] == [("flooded", ["2023-03-05"])]
    figures, _ = ev.score([doc], [ev.run_ours(doc)])
    assert figures["ours"] == 1.0
    assert figures["publication day"] == 0.0


def test_values_at_precision() -> None:
    assert ev.project_value("2019-12-16", "week") == "2019-W51"
    assert ev.project_value("2019-07", "quarter") == "2019-Q3"
    assert ev.project_value("2019-06", "season") == "2019-SU"
    assert ev.project_value("2019-12-20", "fuzzy") is None
    # BC years as TIMEX3 writes them (1 BC is year 0), before 1000 BC too
    assert ev.project_value("-0489-09", "month") == "BC0490-09"
    assert ev.project_value("-2499", "year") == "BC2500"
    assert ev.project_value("0000", "year") == "BC0001"
    assert ev.gold_value("1998-01-20TNI") == "1998-01-20"
    assert ev.gold_value("2000-W7") == "2000-W07"
    assert ev.gold_value("1968-W19-WE") == "1968-05-11"
    assert ev.gold_value("XXXX-WXX-WE") is None
    assert ev.gold_value("199X") is None
    assert ev.gold_value("PRESENT_REF") is None


def test_an_event_covers_its_own_clause(tmp_path: Path) -> None:
    """With clauses, a report without a date of its own is not covered by the date of the
    clause beside it: the reader's default (the publication day) places it."""
    text = (
        "Floods in the north\nMonday, March 6, 2023\n"
        "The river burst its banks on Saturday, the mayor said.\n"
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    burst, said, sat = text.index("burst"), text.index("said"), text.index("Saturday")
    (tmp_path / "a.ann").write_text(
        f"T1\tevent {burst} {burst + 5}\tburst\n"
        f"E1\tevent:T1 TIMEX:T2\n"
        f"T2\ttimex {sat} {sat + 8}\tSaturday\n"
        f"#1\tAnnotatorNotes T2\t2023-03-04\n"
        f"T3\tevent {said} {said + 4}\tsaid\n"
        f"E2\tevent:T3 TIMEX:T4\n"
        f"T4\ttimex 20 41\tMonday, March 6, 2023\n"
        f"#2\tAnnotatorNotes T4\t2023-03-06\n",
        encoding="utf-8",
    )
    doc = ev.load_brat(tmp_path / "a.txt")
    by_clause, _ = ev.score([doc], [ev.run_ours(doc)])
    by_sentence, _ = ev.score([doc], [ev.run_ours(doc, "sentence")])
    assert (by_clause["ours"], by_clause["ours, else publication day"]) == (0.5, 1.0)
    assert (by_sentence["ours"], by_sentence["ours, else publication day"]) == (0.5, 0.5)


def test_a_readers_gold_in_json(tmp_path: Path) -> None:
    """bench/data/news_*.json: anchors found in reading order, matched by overlap, with the
    status of the events placed right."""
    text = "The ferry sank on Saturday. The inquiry will report in June, the minister said."
    gold = {
        "about": "written for this test",
        "documents": [
            {
                "name": "ferry",
                "dct": "2023-03-06",
                "text": text,
                "events": [
                    {
                        "what": "sinking",
                        "anchor": "sank",
                        "value": "2023-03-04",
                        "status": "happened",
                    },
                    {
                        "what": "report",
                        "anchor": "will report",
                        "value": "2023-06",
                        "status": "planned",
                    },
                    {
                        "what": "saying",
                        "anchor": "the minister said",
                        "value": "2023-03-06",
                        "status": "happened",
                    },
                ],
            }
        ],
    }
    path = tmp_path / "news.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    (doc,) = ev.load_dir(path)
    assert [(g.text, sorted(g.times), g.from_dct) for g in doc.events] == [
        ("sank", ["2023-03-04"], False),
        ("will report", ["2023-06"], False),
        ("the minister said", ["2023-03-06"], True),
    ]
    figures, _ = ev.score([doc], [ev.run_ours(doc)])
    assert figures["publication day"] == round(1 / 3, 4)
    assert figures["ours"] == 1.0
    assert figures["status_right_of_placed"] == 1.0


def test_a_half_year_is_compared_as_timex3_writes_it(tmp_path: Path) -> None:
    """The project draws "the second half of 2027" as six months; the gold writes "2027-H2"."""
    text = "The agency plans to launch the probe in the second half of 2027."
    gold = {
        "about": "written for this test",
        "documents": [
            {
                "name": "probe",
                "dct": "2026-03-02",
                "text": text,
                "events": [
                    {
                        "what": "launch",
                        "anchor": "to launch",
                        "value": "2027-H2",
                        "status": "planned",
                    }
                ],
            }
        ],
    }
    path = tmp_path / "news.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    (doc,) = ev.load_dir(path)
    assert [p.value for p in ev.run_ours(doc)] == ["2027-H2"]
    figures, _ = ev.score([doc], [ev.run_ours(doc)])
    assert figures["ours"] == 1.0
