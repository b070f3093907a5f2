"""After a jump of an unstated number of years ("Decades earlier,", "Years later,") a date
resolved against the story's time keeps no year and makes no event, until a date names its
year again; neither the year before the jump nor a made-up one (issue 13). Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.vague_jumps import jumps

DCT = datetime.date(2026, 3, 1)


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def starts(text: str) -> list[str]:
    return [d.start for d in dated_sentences(text, DCT)]


def test_a_season_after_a_vague_jump_back_has_no_year_and_no_event() -> None:
    text = (
        "In 1721 the fulling mill burned down. Decades earlier, the monks had drained the "
        "marsh below it. That spring the first oats were sown. On 3 May a storm broke the dyke. "
        "The next day the brothers mended it."
    )
    got = values(text)
    assert got["That spring"] == "XXXX-SP"
    assert got["3 May"] == "XXXX-05-03"
    assert got["The next day"] == "XXXX-05-04"
    assert starts(text) == ["1721"]  # no event in 1721's spring, nor in a year made up


def test_the_next_explicit_year_gives_the_story_its_time_back() -> None:
    text = (
        "In 1721 the fulling mill burned down. Years later, the abbot sold the land. In 1730 a "
        "new mill was built. That autumn it ground its first corn."
    )
    assert values(text)["That autumn"] == "1730-FA"


def test_a_counted_jump_or_an_aside_leaves_the_story_time() -> None:
    text = "In 1721 the mill burned. Two years later the miller left. That spring he died."
    assert values(text)["That spring"] == "1723-SP"
    text = "In 1721 the mill, built decades earlier, burned. That spring the miller left."
    assert values(text)["That spring"] == "1721-SP"


def test_where_a_jump_opens_a_sentence_or_clause() -> None:
    assert len(jumps("It fell in 1721. Decades earlier, monks lived there.")) == 1
    assert len(jumps("It fell in 1721, and years later the land was sold.")) == 1
    assert len(jumps("Centuries afterwards the site was dug.")) == 1
    assert (
        jumps("It fell two years later.") == [] and jumps("Built decades earlier, it fell.") == []
    )


def test_a_jump_is_found_whatever_its_case_spacing_or_script_around_it() -> None:
    # the jump is first looked for from its noun on in the lowered text (`_holds_jump`): that
    # look must find every jump the full pattern does, and pass on look-alikes to it
    assert len(jumps("The abbey fell in 1536. Decades EARLIER, the canons had left.")) == 1
    assert len(jumps("The abbey fell in 1536. Many years \n before, the canons had left.")) == 1
    assert len(jumps("The abbey fell in 1536. Long before, a chapel stood on the hill.")) == 1
    assert jumps("The path ran along before, and the wall after it.") == []  # not "long"
    assert len(jumps("L'abbaye tomba en 1536. Decades earlier, the canons had left.")) == 1
