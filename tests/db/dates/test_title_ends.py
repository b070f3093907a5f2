"""A title's loose ends (`title_ends`): each cut is its regex's, the cheap tests before it only
spare the regex its work."""

from __future__ import annotations

import re

from db.dates import title_ends
from db.dates.clause_subjects import LEAD
from db.dates.news_cues import TITLE_STAMP

TITLES = [
    "Police arrested three men near the border",
    "and then the council voted to close the library",
    "However, the ferry resumed its crossings",
    "In addition, two bridges were closed",
    "in which the mayor resigned",
    "That the talks had failed",
    "21:05 – The death toll has risen to 46",
    "Friday, 10 p.m. - Engineers reported a second leak",
    "A well-known half-time score",
    "``Stopping now would be a mistake,''",
    "(Reuters) The bank cut its rates",
    "$5 million was raised for the school --",
    "The strike ended [",
    "Prices rose 4%",
    "Ānd the river rose",  # not ASCII: the regexes decide
    "ſo the mill closed",  # long s: "so" case-insensitively
    "Thuſ the town fell",
    "...",
    "",
    "  \u00a0 ",
    "Talks resumed\n",
    "The fleet sailed;\n",
    "Meanwhile,\u2009the army withdrew",
    "Kelvin-like \u212aelvin readings",
]


def _by_regex(title: str) -> tuple[str, str, str]:
    loose = re.compile(r"^[^\w(\[$£€]+").sub("", title)
    end = re.compile(r"[^\w)\]%]+$").search(loose, max(0, len(loose) - 12))
    return TITLE_STAMP.sub("", title), LEAD.sub("", title), loose[: end.start()] if end else loose


def test_each_cut_is_its_regexs() -> None:
    for title in TITLES:
        stamp, lead, loose = _by_regex(title)
        assert title_ends.without_stamp(title) == stamp, title
        assert title_ends.without_lead(title) == lead, title
        assert title_ends.without_loose_ends(title) == loose, title


def test_what_each_cut_takes() -> None:
    assert title_ends.without_stamp("21:05 – The toll rose") == "The toll rose"
    assert title_ends.without_lead("And then the dam broke") == "the dam broke"
    assert title_ends.without_lead("ſo the mill closed") == "the mill closed"
    assert title_ends.without_loose_ends("``Stopping now is wrong,''") == "Stopping now is wrong"
    assert title_ends.without_loose_ends("Prices rose 4%") == "Prices rose 4%"


def test_every_lead_alternative_opens_with_a_listed_word() -> None:
    """A new alternative whose first word is not listed would be skipped on ASCII titles: each
    word of the pattern that opens a lead there ("in addition", "in which") is listed."""
    words = set(re.findall(r"[a-z]+", LEAD.pattern)) - {"i", "s", "w", "b"}  # not "(?i)", "\\s"
    after = ("the crew left", "which the crew left", "addition", "a result", "fact", "all")
    opening = {w for w in words if any(LEAD.match(f"{w} {rest}, the crew left") for rest in after)}
    assert {"and", "however", "in", "during", "through", "whose"} <= opening
    assert opening <= title_ends.LEAD_FIRST_WORDS
    assert "whom" not in opening
