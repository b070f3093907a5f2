"""Records a scraper cut mid-sentence, joined back (a mapping's `rejoin`).

Some scrapers file one paragraph as several records, cut at each citation mark or inline link
("6 March, in the southern city of Daraa, fifteen" / "teenagers were arrested …"). Read one by
one, each piece is an event whose text stops mid-sentence. A record is continued by the next
when their `rejoin` columns agree (the same day heading of the same page) and the two read as
one sentence cut in two: their texts are joined with a space, list values (the references each
piece cited) put end to end without repeats, other values the first's.

Two texts read as one sentence when the second goes on in lower case ("… fifteen" /
"teenagers were arrested"; "… killed in Homs." / "and 1 in Aleppo."), or the first stops
where no sentence can: after a comma, a dash or an opening bracket, on a word that needs more
("… a battery of" / "SA-17 were being sent"), or on a title's abbreviation ("… said Gen." /
"Mustafa al-Dabi"). A first text that stops on a plain word before a capital is taken for an
item of a list without full stops ("In Damascus, 300 people were arrested" / "The army pulled
out of Daraa"), and kept apart. A sentence breaker (blingfire) judges these pairs worse: it
reads no break before a sentence that starts with a number ("… in four cities." / "19 March,
…") or after a web address ("… at syriancouncil.org." / "SANA reported …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from db.ingest.mapping import as_text, resolve
from db.ingest.navigation import is_navigation
from db.ingest.records import Record

MAX_JOINED_CHARS = 20_000  # a paragraph longer than this is not one cut up: stop joining
# Goes on in lower case: a word of two letters or more ("c. 3-7 April" is an abbreviation).
_LOWER_START = re.compile(r"^\W{0,2}[^\W\d_A-Z]{2,}(?![.\w])", re.UNICODE)
_OPEN_END = re.compile(r"[,;(\[–—-]\s*$")  # a comma, a dash, an open bracket
# Words a sentence cannot stop on: articles, prepositions, conjunctions, relative pronouns.
_NEEDS_MORE = frozenset(
    "a an the of to in on at by for from with into onto over under near between against "
    "about after before during since until toward towards through across along among around "
    "including and or but nor as than that which who whom whose where while whereas because "
    "if although though whether his her its their our its".split()
)
# Titles and abbreviations that stand before a name or number, never at a sentence's end.
_TITLE_ABBREVIATIONS = frozenset(
    "gen lt col maj brig capt sgt cpl adm cmdr dr mr mrs ms prof sen rep gov pres st mt "
    "no nos vs approx ca jr sr".split()
)
_LAST_WORD = re.compile(r"([^\W\d_][\w'’]*)(\.?)\s*$", re.UNICODE)


def continues(text: str | None, following: str | None) -> bool:
    """Do `text` and `following` read as one sentence cut in two (see the module's doc)?"""
    if not text or not following or len(text) + len(following) > MAX_JOINED_CHARS:
        return False
    # A wiki's navigation lines ("Main article: Siege of Hama (2011)", "See also: …") end no
    # sentence yet are whole: they neither continue a record nor are continued.
    if is_navigation(text) or is_navigation(following):
        return False
    if _LOWER_START.match(following):
        return True
    if _OPEN_END.search(text):
        return True
    last = _LAST_WORD.search(text)
    if last is None:
        return False
    word, stop = last[1].lower(), last[2]
    return word in _TITLE_ABBREVIATIONS if stop else word in _NEEDS_MORE


def joined(first: dict[str, Any], then: dict[str, Any], text_column: str) -> dict[str, Any]:
    """One record of `first` continued by `then`: the texts joined, lists put end to end
    (without repeating an item), the other values `first`'s (or `then`'s where it has none)."""
    out = dict(first)
    for key, value in then.items():
        mine = out.get(key)
        if key == text_column:
            out[key] = f"{(as_text(mine) or '').rstrip()} {as_text(value) or ''}".strip()
        elif isinstance(mine, list) and isinstance(value, list):  # a reference cited again
            out[key] = mine + [v for v in value if v not in mine]  # by the next piece: once
        elif mine is None:
            out[key] = value
    return out


def rejoined(
    records: Iterable[Record], text_column: str, within: tuple[str, ...]
) -> Iterator[Record]:
    """`records` with each run of pieces of one cut paragraph joined into its first record
    (its line number); pieces join only when their `within` columns agree. A record that
    could not be read ends any run."""
    held: Record | None = None
    for item in records:
        _where, record, problem = item
        if held is not None and record is not None and not problem:
            first = held[1]
            assert first is not None
            same = all(resolve(first, c) == resolve(record, c) for c in within)
            text, more = as_text(resolve(first, text_column)), as_text(resolve(record, text_column))
            if same and continues(text, more):
                held = (held[0], joined(first, record, text_column), None)
                continue
        if held is not None:
            yield held
        held = item if record is not None and not problem else None
        if held is None:
            yield item
    if held is not None:
        yield held
