"""The labels' text: titles pushed in from a worker (never read while painting), measured once,
elided to their room and laid out as static text, each cached and bounded."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QStaticText

from viewer.timeline.layout import Label

LABEL_CACHE_MAX = 50_000  # titles kept for labels; the database holds the rest

# Notes a site puts on every post ("This post was originally published on …", a series'
# "Este post forma parte de nuestra cobertura especial …"): said of every event, they tell
# none apart, so such a title is no label (the tooltip and the panel still show it).
BOILERPLATE = re.compile(
    r"""^\W*(?:
        (?:this|the)\s+(?:post|article|story|piece|entry)\s+(?:was|is|has\s+been|first)\b
          .{0,30}?\b(?:published|posted|appeared|republished|part\s+of)
      | (?:originally|first)\s+(?:published|posted|appeared)\b
      | (?:continue\s+reading|read\s+more|click\s+here|subscribe\b|share\s+this)
      | este\s+(?:post|art[ií]culo)\s+(?:fue|forma\s+parte|es\s+parte|se\s+public)
      | ce\s+(?:billet|post|article)\s+(?:fait\s+partie|a\s+(?:d'abord\s+)?[ée]t[ée]\s+publi)
      | questo\s+(?:post|articolo)\s+(?:fa\s+parte|[èe]\s+stato\s+pubblicato)
    )""",
    re.IGNORECASE | re.VERBOSE,
)


def is_boilerplate(title: str) -> bool:
    """Is this title a site's standing note rather than what happened?"""
    return bool(BOILERPLATE.match(title))


class Labels:
    """Titles by event id with their widths in `font`, and what is asked for and not yet come."""

    def __init__(self, font: QFont) -> None:
        self.font = font
        self._fm_label = QFontMetricsF(font)
        self._label_cache: dict[int, tuple[str, float]] = {}
        self._asked: set[int] = set()  # ids asked for and not yet answered
        self._by_title: dict[str, list[int]] = {}  # the ids of each title read
        self._elide_cache: dict[tuple[int, int, bool, str], str] = {}
        self._static_cache: dict[tuple[str, bool], QStaticText] = {}

    def label_for(self, event_id: int) -> tuple[str, float]:
        """The label's text and width; empty until its title has come."""
        return self._label_cache.get(event_id, ("", 0.0))

    def wanted(self, ids: list[int]) -> list[int]:
        """Of `ids`, those neither known nor asked for already; from now on they are asked for."""
        cache, asked = self._label_cache, self._asked
        missing = [i for i in ids if i not in cache and i not in asked]
        asked.update(missing)
        return missing

    def pending(self) -> bool:
        """Are titles asked for and not yet come?"""
        return bool(self._asked)

    def add(
        self,
        titles: dict[int, str],
        dates: Callable[[list[int]], dict[int, str]] | None = None,
    ) -> None:
        """Titles read for the ids asked for (an id without one gets an empty label). Events
        that share a title (one sentence, several dates) are told apart by `dates` (id -> a
        short date), put in front of the title so that eliding it keeps the date."""
        cache, by_title = self._label_cache, self._by_title
        if len(cache) > LABEL_CACHE_MAX:  # memory stays bounded at any size
            cache.clear()
            by_title.clear()
        clean = {}
        for eid, title in titles.items():
            text = " ".join((title or "").split())
            clean[eid] = "" if is_boilerplate(text) else text
            if clean[eid]:
                ids = by_title.setdefault(clean[eid], [])
                if eid not in ids:
                    ids.append(eid)
        shared = {t for t in clean.values() if t and len(by_title[t]) > 1}
        title_of = {eid: t for t in shared for eid in by_title[t]}
        when = dates(list(title_of)) if dates is not None and title_of else {}
        measure = self._fm_label.horizontalAdvance
        for eid, text in clean.items():
            cache[eid] = (text, measure(text))
        for eid, date in when.items():  # those read before too
            text = f"{date}: {title_of[eid]}"
            cache[eid] = (text, measure(text))
        self._asked.difference_update(titles)

    def forget(self) -> None:
        """Forget the titles (they are asked for again) and their elisions."""
        self._label_cache.clear()
        self._by_title.clear()
        self._asked.clear()
        self._elide_cache.clear()

    def clear(self) -> None:
        """Forget everything: other data is shown."""
        self.forget()
        self._static_cache.clear()

    def static(self, lb: Label, bold: bool, bold_font: QFont) -> QStaticText:
        """A label's text laid out once (QStaticText) per text and weight, and reused: a label
        cut at the view's edge gets a new room every frame, but mostly the same text."""
        text = self._elided(lb, bold, bold_font)
        key = (text, bold)
        static = self._static_cache.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=bold_font if bold else self.font)
            if len(self._static_cache) > LABEL_CACHE_MAX:
                self._static_cache.clear()
            self._static_cache[key] = static
        return static

    def _elided(self, lb: Label, bold: bool, bold_font: QFont) -> str:
        """A label's text cut to its room, measured once per (event, room, weight)."""
        key = (lb.id, int(lb.width), bold, lb.text)  # a title may get its date later
        text = self._elide_cache.get(key)
        if text is None:
            metrics = QFontMetricsF(bold_font) if bold else self._fm_label
            text = lb.text
            known = None if bold else self._label_cache.get(lb.id)
            # The regular width was measured with the title, by the same metrics.
            full = known[1] if known and known[0] == text else metrics.horizontalAdvance(text)
            if full > lb.width + 0.5:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, lb.width)
            if len(self._elide_cache) > LABEL_CACHE_MAX:
                self._elide_cache.clear()
            self._elide_cache[key] = text
        return text
