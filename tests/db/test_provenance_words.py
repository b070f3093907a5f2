"""db.provenance: how a date was found, in the words the panel and the CSV use."""

from __future__ import annotations

from db.provenance import anchor_words, dated_by, not_recorded_words, rule_words, status_words


def _ref(back: int, begin: int = 0) -> dict:
    return {
        "begin": 50, "end": 57, "text": "22 June", "type": "DATE", "value": "1941-06-22",
        "precision": "day", "rule": "month-day",
        "anchor": {"kind": "reference", "value": "1941-06", "text": "June 1941", "begin": begin,
                   "end": begin + 9, "sentences_back": back},
    }  # fmt: skip


def test_where_the_earlier_expression_is():
    assert dated_by(_ref(2)).endswith("against 'June 1941' two sentences earlier")
    assert dated_by(_ref(1)).endswith("against 'June 1941' a sentence earlier")
    assert dated_by(_ref(7)).endswith("7 sentences earlier")
    assert dated_by(_ref(0, begin=10)).endswith("earlier in the same sentence")
    assert dated_by(_ref(0, begin=80)).endswith("later in the same sentence")
    assert dated_by(_ref(-1)).endswith("later in the text")
    assert anchor_words(_ref(1)) == "reference 'June 1941' (1941-06)"
    assert rule_words(_ref(1)) == "TIMEX3 DATE 1941-06-22  ·  rule: month-day"


def test_a_dateless_clause_told_on_from_an_earlier_date():
    # `day_runs` / `month_runs`: "In early February the mayors met. Neither disclosed it."
    told_on = {"text": "", "precision": "month", "begin": 60, "rule": "publication-day",
               "anchor": {"kind": "reference", "value": "2026-02", "text": "early February",
                          "begin": 3, "end": 17}}  # fmt: skip
    assert dated_by(told_on) == (
        "Month, not stated: told on from 'early February' earlier in the text"
    )


def test_absolute_publication_and_nothing():
    year = {"text": "2011", "precision": "year", "anchor": {"kind": "absolute"}, "rule": "year"}
    assert dated_by(year) == "Year, stated in the text: '2011'"
    assert anchor_words(year) == "absolute"
    vague = {"text": "recent days", "precision": "fuzzy",
             "anchor": {"kind": "publication", "value": "2019-12-23"}}  # fmt: skip
    assert dated_by(vague) == (
        "Vague period, resolved from 'recent days' against the publication date Mon 23 Dec 2019"
    )
    assert dated_by(None) == "" and anchor_words(None) == "" and rule_words(None) == ""


def test_tables_old_files_and_status():
    assert dated_by({"from": "table", "columns": ["date"]}) == "Date from the table's column 'date'"
    assert dated_by({"from": "table", "columns": ["a", "b", "c"]}) == (
        "Date from the table's columns 'a', 'b' and 'c'"
    )
    assert dated_by({"not_recorded": 1}) == not_recorded_words(1)
    assert "(schema 1); re-import to see it." in not_recorded_words(1)
    assert status_words("planned") == "Planned or expected"
    assert status_words("negated") == "Negated or hypothetical"
    assert status_words("happened") == status_words(None) == ""
