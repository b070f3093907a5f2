"""Score the date extractor on historical narrative: bench/data/narrative_*.json.

    python bench/narrative_eval.py [GOLD.json ...] [--errors]

The gold sets are small and written for this project: nine texts of 160-210 words the narrative
rules were tuned on (narrative_gold.json), four written afterwards and scored once
(narrative_holdout.json; a few general fixes it showed came after), twice three more, each
written after the last fixes and scored once before any change (narrative_holdout2.json,
narrative_holdout3.json), and twice five of 230-280 words in styles the others lack (a
biography across decades, regnal and Roman history with centuries and BC years, campaigns told
day by day across a year boundary, a city history in the present and the past, a flashback;
narrative_holdout4.json, narrative_holdout5.json), and six more in styles still missing (years
under 1000 without an era, Roman Kalends and Ides, regnal, dual and Old Style years, "the turn
of the century", "today" meaning nowadays, a campaign told out of order;
narrative_holdout6.json), and four written after those fixes that also list their events for
bench/event_eval.py (narrative_holdout7.json), and six more with events in styles still missing
(the historical present, centuries, southern seasons, a diary by weekdays, reigns;
narrative_holdout8.json), and four more with events (BC years across the era boundary, a
chronicle's feast days, decades of a discovery, a club's seasons; narrative_holdout9.json), and
five more with events (the Persian wars in BC years, a battle day by day, a life with ages, an
institution's tenures and terms, a town across centuries; narrative_holdout10.json),
and five in encyclopedia styles (a town's history, a composer, a club's seasons, a ship, an
expedition with diary entries; narrative_holdout11.json),
and five Wikipedia-style biographies with headings, ages, "then" and "N years after her
marriage" (narrative_holdout12.json), and five in the style of English
Wikipedia articles on wars, WikiWars' (section headings, "the night of 9/10 March", "Five days
before that", an "Aftermath"; narrative_holdout13.json),
and five in styles still missing (a revolution's article with year-less dates under headings,
an epidemic by weeks, a polar chronology by numbered days, a dynasty's regnal years, an
art-historical account with "c. 1503"; narrative_holdout14.json),
and six in older-style narrative history and memoir prose (a voyage memoir, a borough's
chronicle dated 1876, a regimental history, the discovery of Neptune, a family history written
in 1937, a parish church with feast days; narrative_holdout15.json),
and six encyclopedia articles on modern history (a 20th-century campaign by months and days, a
political crisis by hours, a club's seasons, a company, a flood and its aftermath, an explorer's
life with dates in brackets; narrative_holdout16.json),
and four with genres mixed within each text (an early-modern siege and the succession before
it, a scientist's life, a city's twentieth century ending with news, Everest in 1953 with clock
times; narrative_holdout17.json),
and five on histories the others lack, each ending with news (the Meiji reforms, the
telegraph told out of order, New Zealand's suffrage campaign, the Wilde trials day by day,
Nansen's Fram in diary-like prose; narrative_holdout18.json),
and six in styles still missing (Alexander in BC years with a regnal year, a priory's annals
headed by years and dated by feasts, a naturalist's letters with dates counted from each
letter, a railway over decades, the U-2 incident day by day, a village across nine centuries;
narrative_holdout19.json),
and four more (an Iowa town founded in the 1850s, a wartime diary of 1943 summarised, the Vasa
succession in the seventeenth century, a glacier expedition of 1872-73 with "the following
winter"; narrative_holdout20.json),
and five more (a segregation case's legal history, an Egyptian reign in regnal and BC years, a
first-person memoir of 1916, a book of hours across six centuries, a chemist's notebooks;
narrative_holdout21.json),
and two sets written by helpers that never ran the extractor on them (a trading company by
decades, an excavation by seasons, an oral history, a painting's provenance, a cellist in the
historical present; narrative_holdout22.json; a lighthouse's logbooks, a family of printers, a
quartet's tours, an island's history; narrative_holdout23.json),
each with a publication date and a news
sentence or two among the history (see their "about"). They check that year-less dates, "the
next day", "that autumn" and "the following June" take the year of the text's own time, not the
publication date's, and that the news sentences still take the publication date. Scored with
`timex_eval`'s TempEval-3 figures (strict and relaxed span F1, type and value accuracy, value
F1 = relaxed F1 x value accuracy).

Each gold expression is located in its text by searching for its words after the previous one's
end, so expressions are listed in reading order. The last line printed is the JSON of the
figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_eval import Doc, Span, evaluate, table  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
# The set the rules were tuned on; then the held-out sets, each written after the previous
# one's fixes and scored once before any change (docs/dates.md "Historical narrative" has both runs).
SETS = [
    DATA / f"narrative_{name}.json"
    for name in (
        "gold",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout16",
        "holdout17",
        "holdout18",
        "holdout19",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
    )
]


def load_gold(path: Path) -> list[Doc]:
    """The gold documents, each expression located at its first occurrence after the previous
    one's end (ValueError if its words are not there)."""
    docs = []
    for d in json.loads(path.read_text(encoding="utf-8"))["documents"]:
        text, gold, pos = d["text"], [], 0
        for e in d["expressions"]:
            begin = text.find(e["text"], pos)
            if begin < 0:
                raise ValueError(f"{d['name']}: {e['text']!r} not found after offset {pos}")
            end = begin + len(e["text"])
            gold.append(Span(begin, end, e["text"], e.get("type"), e["value"]))
            pos = end  # gold spans do not nest: '1774' after '30 January 1774' is a later one
        docs.append(Doc(d["name"], text, dt.date.fromisoformat(d["dct"]), gold))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, nargs="*", default=SETS, help="gold JSON files")
    ap.add_argument("--errors", action="store_true", help="list every error, one a line")
    args = ap.parse_args(argv)
    results = {}
    for path in args.gold:
        figures, errors = evaluate(load_gold(path), "ours")
        results[path.stem] = figures
        if args.errors:
            print(f"# errors in {path.name}: text, kind, gold, system")
            print("\n".join(errors))
    print(table(results))
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
