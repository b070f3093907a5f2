"""An amount counted from a possessive's happening an earlier sentence dated ("two years after
her marriage", "ten years after his death"), wherever the phrase stands in its clause (issue
13). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
from functools import partial

from db.dates.happening_nouns import is_happening_noun, told_with
from tests.db.dates.event_rows import starts_and_precisions

DCT = datetime.date(2026, 10, 14)


events = partial(starts_and_precisions, dct=DCT)


def test_a_phrase_final_happening_counts_from_its_own_year_not_the_last_date() -> None:
    got = events(
        "Clara Heyse married the printer Jakob Lind in 1842. Their first son was born in 1843. "
        "She left for Paris two years after her marriage."
    )
    assert got["She left for Paris"] == ("1844", "year")  # not 1845 from the son's year


def test_a_death_told_with_died_dates_what_follows_it() -> None:
    got = events(
        "The old bridge-master died in 1562 and was buried in the abbey. "
        "Ten years after his death the town walls were rebuilt."
    )
    assert got["The town walls were rebuilt"] == ("1572", "year")


def test_a_death_counts_from_the_life_dates_of_the_opening_bracket() -> None:
    got = events(
        "Matthias Egger (1501–1562) was a stonemason of Ulm. He built the north gate in 1540. "
        "Ten years after his death the guild sold his workshop."
    )
    assert got["The guild sold his workshop"] == ("1572", "year")


def test_an_amount_before_a_happening_counts_back_from_it() -> None:
    got = events(
        "The abbot retired in 1430 and went to live at the grange. In 1432 the chapter met. "
        "Three years before his retirement he had finished the cloister."
    )
    assert got["He had finished the cloister"] == ("1427", "year")


def test_a_happening_no_sentence_dated_with_one_year_dates_nothing() -> None:
    got = events(
        "Between 1560 and 1562 the bridge-master fell ill and died. "
        "Ten years after his death the town walls were rebuilt."
    )
    assert all(start not in ("1570", "1572") for start, _ in got.values())


def test_a_happening_told_long_before_leaves_the_count_to_the_story_time() -> None:
    got = events(
        "Ruth Amory returned to Bristol in 1946 and taught at a girls' school. She stood for "
        "the council in 1950. She lost in 1951. She won the seat in 1955. She held it for a "
        "decade. She won a seat in Parliament in March 1964. Two years after her return she "
        "became a minister."
    )
    assert got["She became a minister"] == ("1966", "year")  # the last date's, not 1948


def test_happening_nouns_and_the_words_that_tell_them() -> None:
    assert is_happening_noun("marriage") and is_happening_noun("death")
    assert is_happening_noun("retirement") and not is_happening_noun("house")
    pattern = told_with("election")
    assert pattern is not None and pattern.search("He was elected mayor in 1890.")
    assert told_with("garden") is None


def test_after_he_died_counts_from_the_death_and_leaves_the_title() -> None:
    got = events(
        "The old bridge-master died in 1562 at Ulm. Ten years after he died the town walls "
        "were rebuilt."
    )
    assert got["The town walls were rebuilt"] == ("1572", "year")
    got = events("Hans Mair (1501 – 1562) was a mason. Ten years after he died the gate fell.")
    assert got["The gate fell"] == ("1572", "year")


def test_the_wedding_the_story_told_is_counted_from_like_her_marriage() -> None:
    got = events(
        "Clara Heyse married the printer Jakob Lind in 1842. Their first son was born in 1843. "
        "She left for Paris two years after the wedding."
    )
    assert got["She left for Paris"] == ("1844", "year")


def test_a_happening_noun_the_text_never_told_counts_from_nothing() -> None:
    got = events("The town voted in 1850. Two years after the war the walls fell.")
    assert list(got.values()) == [("1850", "year")]


def test_a_bracket_after_the_opening_sentence_is_no_life() -> None:
    got = events(
        "Hans Mair was a mason. He served in the Peasants' War (1524–1525) as a gunner. "
        "Ten years after his death the walls were rebuilt."
    )
    assert all(start != "1535" for start, _ in got.values())
