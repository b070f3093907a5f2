"""A family history's register shorthand: "b." born, "m. (2)" a second marriage, "bapt.", a
civil registration quarter ("Sep. qtr 1861"), and a day after the sentence's own year ("b. 1823,
bapt. 9 March"). Sentences written for these tests."""

import datetime

from db.dates import find_timexes
from db.dates.sentences import sentence_spans

_DCT = datetime.date(2025, 10, 20)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, _DCT)}


def test_a_year_after_a_register_abbreviation() -> None:
    got = _values("Robert Ainsley, mason. m. (1) 1771 Jane Hurst; m. (2) 1788 Alice Dunn. d. 1790.")
    assert got["1771"] == "1771"
    assert got["1788"] == "1788"


def test_an_abbreviation_ends_no_sentence_before_its_date() -> None:
    text = "Robert, mason. He m. (1) 1771 Jane Hurst, who d. young. Alice b. 4 May 1790."
    spans = [text[b:e] for b, e in sentence_spans(text)]
    assert "He m. (1) 1771 Jane Hurst, who d. young." in spans


def test_a_registration_quarter() -> None:
    got = _values("Her birth is registered in the Sep. qtr 1861, Leeds district.")
    assert got["Sep. qtr 1861"] == "1861-Q3"
    got = _values("Exports rose in the December quarter 2023.")
    assert got["December quarter 2023"] == "2023-Q4"


def test_a_day_takes_its_own_sentence_year_over_the_story_year() -> None:
    text = (
        "In the 1851 census the family is at Hull.\n\n"
        "5. MARY, dau. of James, b. 1823 at Selby and baptised there on 9 March."
    )
    assert _values(text)["9 March"] == "1823-03-09"
