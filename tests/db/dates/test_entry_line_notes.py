"""A diary's or log's line headed by its day: every short note on it is what the writer noted
of that day, the weather included, and a happening on it (`record_entries.line_fragment`); a
bare reading is none, and a sentence off such a line is left to its own verbs."""

from __future__ import annotations

import datetime as dt

from db.dates import dated_sentences, find_timexes

DCT = dt.date(2026, 12, 8)

LOG = (
    "THE KEEPER'S LOG\n\n1894\n"
    "Jan. 3. Gale from the south-west all day.\n"
    "Jan. 4. Thick fog inshore. Nets dried on the quay.\n"
    "Jan. 6. Ice on the inner basin, no boats out.\n"
    "Jan. 9. Sung carols at the chapel, far too slow.\n"
    "Jan. 11. Glass 29.4.\n"
)


def placed(text: str) -> dict[str, tuple[set[str], set[str]]]:
    """Each event's first two words, the days it is placed on and its statuses."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for d in dated_sentences(text, DCT):
        b, e = d.clause
        words = " ".join(text[b:e].strip(" '").split()[:2]).rstrip(".,;:")
        days, statuses = out.setdefault(words, (set(), set()))
        days.add(d.start[:10])
        statuses.add(d.status)
    return out


def test_a_headed_line_s_weather_is_noted_on_its_day() -> None:
    got = placed(LOG)
    assert got["Gale from"][0] == {"1894-01-03"}
    assert got["Thick fog"][0] == {"1894-01-04"}
    assert got["Nets dried"][0] == {"1894-01-04"}


def test_a_note_of_what_was_not_is_negated() -> None:
    got = placed(LOG)
    assert got["Ice on"] == ({"1894-01-06"}, {"negated"})


def test_an_irregular_participle_counts() -> None:
    assert placed(LOG)["Sung carols"][0] == {"1894-01-09"}


def test_a_bare_reading_is_no_happening() -> None:
    got = placed(LOG)
    assert "Glass 29.4" not in got


def test_a_verbless_sentence_off_a_headed_line_is_none() -> None:
    text = (
        "THE KEEPER'S LOG\n\n1894\n"
        "Jan. 3. Gale from the south-west all day.\n"
        "A hard winter for the fleet, by every account.\n"
    )
    assert "A hard" not in placed(text)


def test_a_quoted_entry_s_day_alone_is_read_after_its_quote() -> None:
    text = (
        "In March 1896 he began a notebook at the mill. The first entry reads:\n\n"
        "'Tues. 3rd. Wheel stopped by ice. Men sent home at noon.'"
    )
    got = {t.text: t.value for t in find_timexes(text, DCT)}
    assert got["Tues. 3rd"] == "1896-03-03"  # a Tuesday
    assert "Wheel stopped" in placed(text)


def test_a_quoted_rank_is_no_day() -> None:
    text = "In March 1896 the mill's team ran the county relay. 'We came 3rd. Ice on the course.'"
    assert "3rd" not in {t.text for t in find_timexes(text, DCT)}
