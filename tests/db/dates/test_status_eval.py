"""bench/status_eval.py: TimeBank's marks read as a status, scored on a tiny file written here."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


st = _load("status_eval")

TML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2019-12-23" functionInDocument="CREATION_TIME">
2019-12-23</TIMEX3></DCT>
<TEXT>
The port <EVENT eid="e1" class="OCCURRENCE">reopened</EVENT> on <TIMEX3 tid="t1" type="DATE"
value="2019-12-20">Friday</TIMEX3>. The ferries <EVENT eid="e2" class="OCCURRENCE">will
resume</EVENT> in <TIMEX3 tid="t2" type="DATE" value="2020-01">January</TIMEX3>. The navy
did not <EVENT eid="e3" class="OCCURRENCE">patrol</EVENT> the strait in <TIMEX3 tid="t3"
type="DATE" value="2019-11">November</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" polarity="POS" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="FUTURE" polarity="POS" />
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" polarity="NEG" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2" />
<TLINK lid="l3" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToTime="t3" />
</TimeML>
"""


def test_gold_status() -> None:
    assert st.gold_status({"tense": "PAST", "polarity": "POS"}) == "happened"
    assert st.gold_status({"tense": "FUTURE"}) == "planned"
    assert st.gold_status({"tense": "PRESENT", "modality": "would"}) == "planned"
    assert st.gold_status({"tense": "PAST", "polarity": "NEG"}) == "negated"
    assert st.gold_status({"tense": "PRESENT", "modality": "COULD"}) == "negated"
    assert st.gold_status({"tense": "INFINITIVE"}) is None  # no finite verb: left out


def test_statuses_of_events_placed_right(tmp_path: Path) -> None:
    (tmp_path / "doc.tml").write_text(TML, encoding="utf-8")
    confusion = st.score(tmp_path)
    assert confusion == {
        ("happened", "happened"): 1,
        ("planned", "planned"): 1,
        ("negated", "negated"): 1,
    }
