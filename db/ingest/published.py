"""An article's publication date when none is given: its dateline, or a date in its path.

- a line of its own near the top that is only a date ("Monday, 23 December 2019", "Tuesday,
  July 11, 2023", "Published: 23 Dec 2019 14:05 GMT", "Posted on December 23, 2019 at 10:30 am");
- an agency dateline opening the text ("ANKARA, Dec. 23 (Reuters) -", "CAIRO, Feb. 11, 2011
  (AP) —"): such datelines often leave out the year, which then comes from the path, else the
  date is not used (a year guessed from the file's age would date the article wrongly);
- the path: ".../2019/12/23/post.txt", "2019-12-23-slug.txt", ".../2011-01-26/post.txt".

Dates are read by db.dates, so what the date finder reads (languages, formats) a dateline may
say. An HTML page's own metadata (article:published_time, <time>) is read by db.ingest.html.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from db.dates import LANGUAGES, find_timexes, language_code
from db.dates.datelines import DATELINE as _AGENCY_DATELINE

DATELINE = "its dateline"
PATH = "its folder or file name"

TOP_PARAGRAPHS = 4  # a dateline line is among the first few paragraphs
MAX_LINE = 90  # characters of a line that is only a date (with "Published", a time, a zone)
# Words a dateline line may carry beside its date and time.
_FILLER = re.compile(
    r"\b(?:published|posted|first|date[ds]?|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]{1,3}t"
    r"|local|time|publicado|publié|pubblicato|veröffentlicht|le|el|il|am|um)\b|[\W\d_]",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"\b(?:updated?|modified|last|actualizado|mis à jour|aggiornato)\b", re.I)
# A day in a path: 2019/12/23, 2019-12-23, 2019_12_23 (not inside a longer number).
_PATH_DAY = re.compile(
    r"(?<!\d)((?:1[6-9]|20)\d\d)([/_-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
)
_PATH_YEAR = re.compile(r"(?:^|/)((?:1[6-9]|20)\d\d)(?=/|[-_][^\d])")


@dataclass(frozen=True)
class Dateline:
    """What a dateline says: the day, or the month and day when it leaves out the year."""

    date: datetime.date | None
    month_day: tuple[int, int] | None = None
    text: str = ""

    def with_year(self, year: int | None) -> datetime.date | None:
        if self.date is not None or self.month_day is None or year is None:
            return self.date
        try:
            return datetime.date(year, *self.month_day)
        except ValueError:  # 29 February of a year without it
            return None


def _language(language: str | None) -> str:
    code = language_code(language) if language else None
    return code if code in LANGUAGES else "en"


def _day(text: str, language: str | None) -> Dateline | None:
    """The one calendar day `text` names (a year-less one as month and day), else None."""
    days = [t for t in find_timexes(text, None, _language(language)) if t.type == "DATE"]
    if len(days) != 1:
        return None
    value = days[0].value
    full = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value)
    if full:
        try:
            return Dateline(datetime.date(*map(int, full.groups())), text=days[0].text)
        except ValueError:
            return None
    yearless = re.fullmatch(r"XXXX-(\d\d)-(\d\d)", value)
    if yearless:
        return Dateline(None, (int(yearless[1]), int(yearless[2])), days[0].text)
    return None


def dateline_line(paragraph: str, language: str | None = None) -> Dateline | None:
    """The date of a paragraph that is nothing but a dateline ("Monday, 23 December 2019",
    "Published: 23 Dec 2019 14:05 GMT"); None for anything else, and for an update's date."""
    line = paragraph.strip()
    if "\n" in line or not 6 <= len(line) <= MAX_LINE or _UPDATED.search(line):
        return None
    found = _day(line, language)
    if found is None:
        return None
    rest = line.replace(found.text, " ")
    # Weekday names and what the date finder read as a time are gone with the filler words.
    for timex in find_timexes(rest, None, _language(language)):
        rest = rest.replace(timex.text, " ")
    rest = _FILLER.sub(" ", rest)
    return found if not rest.strip() else None


def agency_dateline(paragraph: str, language: str | None = None) -> Dateline | None:
    """The date of an agency dateline opening `paragraph` ("ANKARA, Dec. 23 (Reuters) -")."""
    match = _AGENCY_DATELINE.match(paragraph.strip())
    if match is None:
        return None
    return _day(match["date"], language)


def find_dateline(
    paragraphs: list[str], language: str | None = None
) -> tuple[Dateline | None, int | None]:
    """The article's dateline among its first paragraphs, and the index of the paragraph it is
    alone in (to be taken out of the text: it is not a sentence), or None when it opens one."""
    for index, paragraph in enumerate(paragraphs[:TOP_PARAGRAPHS]):
        line = dateline_line(paragraph, language)
        if line is not None:
            return line, index
        opening = agency_dateline(paragraph, language)
        if opening is not None:
            return opening, None
    return None, None


def date_in_path(path: str | Path) -> datetime.date | None:
    """The last day written in `path` (folders or file name): ".../2019/12/23/x.txt",
    "2019-12-23-slug.txt"; None when there is none."""
    text = Path(path).as_posix()
    for match in reversed(list(_PATH_DAY.finditer(text))):
        try:
            return datetime.date(int(match[1]), int(match[3]), int(match[4]))
        except ValueError:
            continue
    return None


def year_in_path(path: str | Path) -> int | None:
    """A year written as a folder or file name prefix (".../2019/post.txt", "2019-slug.txt")."""
    day = date_in_path(path)
    if day is not None:
        return day.year
    years = _PATH_YEAR.findall(Path(path).as_posix())
    return int(years[-1]) if years else None
