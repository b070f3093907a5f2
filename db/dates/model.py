"""The public records of the date extractor (see db/dates/__init__.py for the contract)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Timex:
    """One date expression found in a text, TIMEX3-style."""

    begin: int  # char offset in text, inclusive
    end: int  # exclusive; text[begin:end] == self.text
    text: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    value: str  # "2019-12-23", "2019-W52", "P9M", "PAST_REF", "XXXX-10-24", ...


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
