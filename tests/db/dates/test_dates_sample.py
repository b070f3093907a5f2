"""The sample article (Press TV, published Monday 2019-12-23) dated as its README's table says."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from db.dates import DatedSentence, Timex, dated_sentences, find_timexes

SAMPLE = Path("/work/shared/data/sample/turkish-delegation-in-russia.txt")
DCT = datetime.date(2019, 12, 23)

pytestmark = pytest.mark.skipif(not SAMPLE.exists(), reason="shared sample data not present")

# (words of the sentence the row is about, start, end_date, precision), in reading order.
TABLE = [
    ("on October 24, 2019", "2019-10-24", None, "day"),
    ("arrived in Moscow on Monday", "2019-12-23", None, "day"),
    ("a day after President Recep Tayyip Erdogan said", "2019-12-22", None, "day"),
    ("In recent days", "2019-12-20", "2019-12-23", "fuzzy"),
    ("deal with the Libyan government last month", "2019-11", None, "month"),
    ("Erdogan also said on Sunday", "2019-12-22", None, "day"),
    ("since 2011, when former dictator Muammar Gaddafi", "2011", "2019-12-23", "year"),
    ("seize the capital for nine months", "2019-03", "2019-12", "month"),
    ("Later on Monday", "2019-12-23", None, "day"),
]


@pytest.fixture(scope="module")
def content() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _stated(text: str, dct: datetime.date | None) -> list:
    """The events dated by an expression (not those placed around the publication day)."""
    return [d for d in dated_sentences(text, dct) if not d.around]


def test_every_row_of_the_table(content: str) -> None:
    got = _stated(content, DCT)
    assert [(d.start, d.end_date, d.precision) for d in got] == [row[1:] for row in TABLE]
    for d, (words, *_) in zip(got, TABLE, strict=True):
        assert words in content[d.begin : d.end]


def test_two_dates_in_one_sentence_share_its_span(content: str) -> None:
    monday, day_after = _stated(content, DCT)[1:3]
    assert (monday.begin, monday.end) == (day_after.begin, day_after.end)
    assert content[monday.begin : monday.end].startswith("The Turkish delegation arrived")
    assert content[monday.begin : monday.end].endswith(
        "in the Arab country’s northwestern province of Idlib."
    )
    assert (monday.timex.text, day_after.timex.text) == ("Monday", "a day after")


def test_caption_alone(content: str) -> None:
    caption = next(line for line in content.splitlines() if line.startswith("Smoke billows"))
    (d,) = dated_sentences(caption, DCT)
    assert (d.start, d.end_date, d.precision) == ("2019-10-24", None, "day")
    assert d.timex == Timex(
        d.timex.begin, d.timex.begin + 16, "October 24, 2019", "DATE", "2019-10-24"
    )
    assert caption[d.begin : d.end].endswith("on October 24, 2019.")


def test_timexes_of_the_article(content: str) -> None:
    got = [(t.text, t.type, t.value) for t in find_timexes(content, DCT)]
    assert got == [
        ("October 24, 2019", "DATE", "2019-10-24"),
        ("Monday", "DATE", "2019-12-23"),
        ("a day after", "DATE", "2019-12-22"),
        ("recent days", "DATE", "PAST_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("last month", "DATE", "2019-11"),
        ("Sunday", "DATE", "2019-12-22"),
        ("2011", "DATE", "2011"),
        ("nine months", "DURATION", "P9M"),
        ("Monday", "DATE", "2019-12-23"),
    ]


def test_without_dct_only_absolute_dates_are_dated(content: str) -> None:
    assert [(d.start, d.end_date, d.precision) for d in dated_sentences(content, None)] == [
        ("2019-10-24", None, "day"),
        ("2011", None, "year"),
    ]
    values = {t.text: t.value for t in find_timexes(content, None)}
    assert values["Monday"] == "XXXX-WXX-1"
    assert values["Sunday"] == "XXXX-WXX-7"
    assert values["last month"] == "XXXX-XX"


def test_footer_boilerplate_is_not_dated(content: str) -> None:
    footer = content[content.index("Press TV’s website") :]
    assert dated_sentences(footer, DCT) == []


def _check_offsets(content: str, timexes: list[Timex]) -> None:
    for t in timexes:
        assert content[t.begin : t.end] == t.text
    spans = [(t.begin, t.end) for t in timexes]
    assert spans == sorted(spans)
    assert all(a_end <= b_begin for (_, a_end), (b_begin, _) in zip(spans, spans[1:], strict=False))


@pytest.mark.parametrize(
    "text",
    [
        "Smoke billows ... near the village of Rakya, on October 24, 2019. (Photo by AFP)",
        "He came 😀 on Monday. 𝔸 Then left on Tuesday.\nNew  line\r\nhere on 3 March 2011.",
        "Talks\u00a0resumed\u00a0on\u00a0Oct.\u00a024 and ended Oct. 26.\n\n\nSince 2011,\n\n"
        "the war ... for nine\nmonths.",
        "",
        "   \n\n  ",
    ],
)
def test_find_timexes_offsets_index_the_original_text(text: str) -> None:
    _check_offsets(text, find_timexes(text, DCT))
    for d in dated_sentences(text, DCT):
        assert isinstance(d, DatedSentence)
        assert d.begin <= d.timex.begin < d.timex.end <= d.end
        assert text[d.timex.begin : d.timex.end] == d.timex.text


def test_find_timexes_offsets_on_the_article(content: str) -> None:
    _check_offsets(content, find_timexes(content, DCT))


def test_a_match_never_crosses_a_paragraph_break() -> None:
    text = "The talks began in October\n\n24 delegates attended."
    assert [t.text for t in find_timexes(text, DCT)] == ["October"]
