"""An event's provenance and status in words: what the panel shows and exports carry.

`events.provenance` (docs/schema.md) is JSON that an import writes; these read it back as a
reader wants it: "Day, resolved from 'Sunday' against the publication date Mon 23 Dec 2019".
Pure functions over plain dicts: the panel and the exporters share them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# The key a store puts in an article event's provenance when its file was written before imports
# recorded any (db.store.model.NOT_RECORDED): the value is that file's schema version.
NOT_RECORDED = "not_recorded"

STATUS_WORDS = {
    "planned": "Planned or expected",
    "negated": "Negated or hypothetical",
}

_PRECISION_WORDS = {"fuzzy": "Vague period"}
_COUNTS = {1: "a sentence", 2: "two sentences", 3: "three sentences", 4: "four sentences"}


def status_words(status: str | None) -> str:
    """ "Planned or expected", "Negated or hypothetical"; "" for what happened or is unknown."""
    return STATUS_WORDS.get(status or "", "")


def not_recorded_words(schema: object) -> str:
    return (
        "This database was imported before dates recorded how they were found "
        f"(schema {schema}); re-import to see it."
    )


def short_day(iso: str | None) -> str:
    """ "2019-12-23" -> "Mon 23 Dec 2019"; other text (partial dates, BC years) as it is."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return day.strftime("%a ") + f"{day.day} " + day.strftime("%b ") + str(day.year)


def _where(anchor: dict[str, Any], begin: Any) -> str:
    """Where the anchoring expression is, from the dated one: "two sentences earlier"."""
    back = anchor.get("sentences_back")
    if not isinstance(back, int):
        return "earlier in the text"
    if back == 0:
        before = isinstance(begin, int) and isinstance(anchor.get("begin"), int)
        later = before and anchor["begin"] > begin
        return "later in the same sentence" if later else "earlier in the same sentence"
    if back < 0:
        return "later in the text"
    return f"{_COUNTS.get(back, f'{back} sentences')} earlier"


def dated_by(provenance: dict[str, Any] | None) -> str:
    """How the date was found, in words; "" when nothing was recorded."""
    if not provenance:
        return ""
    if NOT_RECORDED in provenance:
        return not_recorded_words(provenance[NOT_RECORDED])
    if provenance.get("from") == "table":
        return _table_words(provenance.get("columns"))
    precision = str(provenance.get("precision") or "")
    what = _PRECISION_WORDS.get(precision, precision.capitalize() or "Date")
    words = str(provenance.get("text") or "")
    anchor = provenance.get("anchor")
    if not isinstance(anchor, dict):
        return f"{what}, from '{words}'" if words else what
    kind = anchor.get("kind")
    if provenance.get("around") and kind == "publication":
        if words:  # "hoy" in an inline tweet: a day word whose own day the text does not give
            return _counted_around_words(what, words, anchor)
        return _publication_day_words(what, anchor)
    if kind == "absolute":
        return f"{what}, stated in the text: '{words}'"
    if kind == "publication":
        day = short_day(anchor.get("value"))
        return f"{what}, resolved from '{words}' against the publication date" + (
            f" {day}" if day else ""
        )
    if kind == "reference":
        if not words and anchor.get("text"):  # a dateless clause a story's day or month runs on
            where = _where(anchor, provenance.get("begin"))
            return f"{what}, not stated: told on from '{anchor['text']}' {where}"
        if not anchor.get("text"):
            return f"{what}, resolved from '{words}' against an earlier date in the text"
        where = _where(anchor, provenance.get("begin"))
        return f"{what}, resolved from '{words}' against '{anchor['text']}' {where}"
    return f"{what}, from '{words}'"


def _publication_day_words(what: str, anchor: dict[str, Any]) -> str:
    """ "Day, not stated: the publication day of the report (Mon 23 Dec 2019)": a happening
    no words date, placed around the day its report came out."""
    day = short_day(anchor.get("value"))
    return f"{what}, not stated: the publication day of the report" + (f" ({day})" if day else "")


def _counted_around_words(what: str, words: str, anchor: dict[str, Any]) -> str:
    """ "Day, from 'hoy', counted from a day the text does not give: around the publication
    day of the report (Mon 8 Aug 2011)": a quoted tweet's day word (`db.dates.inline_tweets`)."""
    day = short_day(anchor.get("value"))
    return (
        f"{what}, from '{words}', counted from a day the text does not give: around the "
        "publication day of the report" + (f" ({day})" if day else "")
    )


def is_around(provenance: dict[str, Any] | None) -> bool:
    """Whether the date is "around" the one stored: a happening placed on its report's day, or
    a date its text marks approximate ("c. 1815")."""
    return bool((provenance or {}).get("around") or (provenance or {}).get("approximate"))


def _table_words(columns: Any) -> str:
    """ "Date from the table's column 'date'" ("columns 'start' and 'end'")."""
    names = [f"'{c}'" for c in columns if isinstance(c, str)] if isinstance(columns, list) else []
    if not names:
        return "Date from the table's columns"
    if len(names) == 1:
        return f"Date from the table's column {names[0]}"
    return f"Date from the table's columns {', '.join(names[:-1])} and {names[-1]}"


def anchor_words(provenance: dict[str, Any] | None) -> str:
    """The anchor in short, for a CSV cell: "publication 2019-12-23", "reference 'June 1941'
    (1941-06)", "absolute"; "" when none was recorded."""
    anchor = (provenance or {}).get("anchor")
    if not isinstance(anchor, dict):
        return ""
    kind = str(anchor.get("kind") or "")
    if kind == "reference" and anchor.get("text"):
        value = f" ({anchor['value']})" if anchor.get("value") else ""
        return f"reference '{anchor['text']}'{value}"
    return f"{kind} {anchor['value']}" if anchor.get("value") else kind


def rule_words(provenance: dict[str, Any] | None) -> str:
    """The TIMEX3 value and rule family, for the panel's small print: "TIMEX3 DATE 2019-12-22 ·
    rule: weekday"."""
    if not provenance or NOT_RECORDED in provenance:
        return ""
    parts = []
    if provenance.get("value") and not provenance.get("around"):  # no words: no TIMEX3
        parts.append(f"TIMEX3 {provenance.get('type') or 'DATE'} {provenance['value']}")
    if provenance.get("rule"):
        parts.append(f"rule: {provenance['rule']}")
    return "  ·  ".join(parts)
