"""The public records of the date extractor (see db/dates/__init__.py for the contract)."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter

# How an expression's value was found (`Anchor.kind`).
ABSOLUTE = "absolute"  # it names its own year ("22 June 1941", "2011", "the 1990s")
PUBLICATION = "publication"  # counted from the publication date (DCT): "on Sunday", "last year"
REFERENCE = "reference"  # from an expression of the text: "On 22 June" after "In June 1941"
# The rule family of a happening no expression dates, placed around the publication day.
PUBLICATION_DAY = "publication-day"


# An event's status (DatedSentence.status, stored as events.status).
HAPPENED, PLANNED, NEGATED = "happened", "planned", "negated"
TITLE_LIMIT = 90  # characters of an event's short title, cut on a word


@dataclass(frozen=True)
class Anchor:
    """What an expression was resolved against. For REFERENCE: the anchoring expression's
    text, char offsets and value; for PUBLICATION: the DCT (ISO) as `value`."""

    kind: str  # ABSOLUTE | PUBLICATION | REFERENCE
    value: str | None = None  # the DCT, or the anchoring expression's TIMEX3 value
    text: str | None = None  # REFERENCE: the anchoring expression as written
    begin: int | None = None  # REFERENCE: its char offsets in the text
    end: int | None = None
    # REFERENCE: how many sentences before the dated expression's own it is (0: the same
    # sentence; negative: after it, the other end of a range "from March to May 2011")
    sentences_back: int | None = None

    def as_dict(self) -> dict[str, str | int]:
        """The fields that are set, as stored in events.provenance["anchor"] (docs/schema.md)."""
        # not dataclasses.asdict: it deep-copies every value, and the fields are str or int; nor
        # dataclasses.fields on every call (a third of an event row's time): names taken once
        values = _anchor_values(self)
        return {name: v for name, v in zip(_ANCHOR_FIELDS, values, strict=True) if v is not None}


_ANCHOR_FIELDS = tuple(f.name for f in fields(Anchor))
_anchor_values = attrgetter(*_ANCHOR_FIELDS)


@dataclass(frozen=True)
class Timex:
    """One date expression found in a text, TIMEX3-style."""

    begin: int  # char offset in text, inclusive
    end: int  # exclusive; text[begin:end] == self.text
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # "2019-12-23", "2019-W52", "P9M", "PAST_REF", "XXXX-10-24", ...
    # How the value was found: what anchored it (None: nothing placed it on the calendar) and
    # the rule family that matched (`RULE_FAMILIES`). Explanations, not part of the value: two
    # Timexes with the same span, type and value are equal whatever they say.
    anchor: Anchor | None = field(default=None, compare=False)
    rule: str = field(default="", compare=False)

    def anchoring(self) -> Anchor:
        """This expression as the anchor of a date taken from it: "On 22 June" after "In June
        1941", or a dateless clause placed on this expression's day."""
        return Anchor(REFERENCE, self.value, self.text, self.begin, self.end)


@dataclass(frozen=True)
class DatedSentence:
    """A sentence dated by one of its expressions: one event for the timeline."""

    begin: int  # span of the sentence in text
    end: int
    start: str  # partial ISO date: "2011", "2019-11", "2019-12-22", "2019-12-23T10:00"
    end_date: str | None  # end of a range, partial ISO, else None
    precision: str  # a name in db.timekeys.PRECISIONS, or "fuzzy" for vague periods
    timex: Timex  # the expression that dated it
    # The expression is a comparison's reference point ("its weakest level since May 2002",
    # "up from 2010"): reported, but no event happened then and no range runs from it.
    comparison: bool = False
    # What the expression dates (`happenings`): a short title of its own clause ("Turkey and
    # the GNA signed a security deal"), the span of that clause (or of a report and its
    # content), and whether it happened, is planned, or is negated or hypothetical.
    title: str = ""
    title_span: tuple[int, int] | None = None
    status: str = "happened"
    # Dated by no expression: a happening of news placed on the publication day, "around" it
    # (the report says it happened by then, not that day: `extract`'s publication-day pass).
    around: bool = False
    # The text marks its date approximate ("c. 1815", "circa 18 June 1928", "around 1412"):
    # a reader places it there, but no closer than the words allow (`circa_dates`).
    approximate: bool = False

    @property
    def clause(self) -> tuple[int, int]:
        """The span the event covers: its own clause, else its whole sentence."""
        return self.title_span or (self.begin, self.end)


# Rule names (rules.table.Rule.name; other languages' rules are "<lang>_<name>") to the short,
# stable family names stored with each event: what a reader is told fired.
RULE_FAMILIES = {
    "iso_date": "explicit-date",
    "slash_date": "explicit-date",
    "numeric": "explicit-date",
    "month_day": "month-day",
    "day_month": "month-day",
    "week_of": "week-of",
    "month_year": "month-year",
    "month": "month",
    "year": "year",
    "era": "year",
    "year_words": "year",
    "year_range": "year-range",
    "decade": "decade",
    "century": "century",
    "season": "season",
    "season_ref": "season",
    "quarter": "quarter",
    "half": "half-year",
    "fiscal_half": "half-year",
    "months_to": "reporting-period",
    "reporting_period": "reporting-period",
    "year_back": "reporting-period",
    "period_end": "period-end",
    "new_year": "new-year",
    "that_unit": "same-period",
    "month_ref": "same-period",  # "the following June", "that April"
    "pod_ref": "part-of-day",  # "that night", "the next morning"
    "time": "clock",
    "duration": "duration",
    "half_unit": "duration",
    "holiday": "holiday",
    "weekend": "weekend",
    "relative_day": "relative-day",
    "pod_relative": "relative-day",
    "pod_alone": "part-of-day",
    "weekday": "weekday",
    "relative_weekday": "weekday",
    "modified_weekday": "weekday",  # "el pasado martes", "lo scorso martedì"
    "relative_unit": "relative-unit",
    "offset": "relative-offset",
    "set": "set",
    "vague": "vague",
    "current": "vague",
    "soon": "vague",
    "vague_period": "vague",
    "bare_units": "vague",
}


def rule_family(name: str) -> str:
    """The family of a rule name ("es_day_month" -> "month-day"); unknown names as they are."""
    if name in RULE_FAMILIES:
        return RULE_FAMILIES[name]
    base = name.split("_", 1)[1] if name[2:3] == "_" else name
    return RULE_FAMILIES.get(base, base.replace("_", "-"))
