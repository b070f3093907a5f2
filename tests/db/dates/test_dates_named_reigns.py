"""Known failures on historical narrative fixed in session 10: a regnal year named by its ruler
("the tenth year of King Edward"), from a small table of well-known reigns. Sentences written
for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates import find_timexes
from db.dates.reigns import REIGNS, reign_of
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 12, 6)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


events = partial(starts_and_precisions, dct=DCT)


def test_a_ruler_with_a_regnal_number_names_one_reign() -> None:
    got = values("The statute was passed in the 12th year of Charles II and repealed in 1688.")
    assert got["the 12th year of Charles II"] == "1660"  # his years count from 1649
    got = values("The decree was signed in the fifth year of Louis XIV's reign.")
    assert got["the fifth year of Louis XIV's reign"] == "1647"
    text = "The bull was issued in the seventh year of the pontificate of Pope Innocent III."
    assert values(text)["the seventh year of the pontificate of Pope Innocent III"] == "1204"
    assert events(text)["The bull was issued"] == ("1204", "year")


def test_a_regnal_number_in_words() -> None:
    text = (
        "The town had a market by 1150. The charter was granted in the fifth year of the reign "
        "of Henry the Second."
    )
    assert values(text)["the fifth year of the reign of Henry the Second"] == "1158"
    text = (
        "The act was passed in the ninth year of the reign of our Sovereign Lord King George "
        "the Second."
    )
    assert values(text)[text[text.index("the ninth") : -1]] == "1735"  # a statute's style
    got = values("The charter was granted in the fifth year of the reign of Henry the Second.")
    assert got["the fifth year of the reign of Henry the Second"] == "XXXX"  # England's or France's


def test_a_king_without_a_number_is_the_one_the_story_is_told_in() -> None:
    text = (
        "The floods of 1315 ruined the harvest. In the tenth year of King Edward the grain "
        "failed again and the abbot sold the plate."
    )
    assert values(text)["the tenth year of King Edward"] == "1316"  # Edward II, from 1307
    text = (
        "The chapel was built about 1370. In the first year of Queen Elizabeth the parish "
        "received a new rector."
    )
    assert values(text)["the first year of Queen Elizabeth"] == "1558"  # I, nearer than II
    assert events(text)["The parish received a new rector"] == ("1558", "year")


def test_a_bare_name_only_within_the_reign_the_text_is_told_in() -> None:
    text = (
        "The new prayer book reached the town in 1560. In the third year of Elizabeth the bells "
        "were recast."
    )
    assert values(text)["the third year of Elizabeth"] == "1560"
    # no story year inside her reign: a pupil's second year, no date
    got = values("In the second year of John at the school he won a prize.")
    assert "the second year of John" not in got


def test_a_reign_the_words_leave_open_stays_on_no_calendar() -> None:
    got = values("The abbey was rebuilt in the tenth year of King Edward's reign.")
    assert got["the tenth year of King Edward's reign"] == "XXXX"  # I, II, III or IV: no year
    assert reign_of("Henry", "IV", "King", 3, None) is None  # England's or France's
    assert reign_of("Henry", "IV", "King", 3, 1600).first == 1589  # type: ignore[union-attr]


def test_the_table_is_well_formed() -> None:
    for r in REIGNS:
        assert r.last is None or r.first <= r.last, r
        assert r.title in {"king", "queen", "emperor", "empress", "tsar", "pope"}, r


def test_a_ruler_whose_accession_the_text_told_counts_from_it() -> None:
    text = (
        "Maud became queen of the island in 1340. In the third year of Queen Maud the harbour "
        "was dredged."
    )
    assert values(text)["the third year of Queen Maud"] == "1342"
    assert events(text)["The harbour was dredged"] == ("1342", "year")
    # a name the table lacks, with no accession told: no regnal year found
    assert values("In the fourth year of Queen Maud the harbour was dredged.") == {}
