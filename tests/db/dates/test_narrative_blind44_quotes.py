"""Session 20, narrative set 44's causes (quotations and story days): a letter's words going
on after their attribution, "I told him" as a letter's attribution, "am to have" looking ahead,
a fronted "On the Thursday" and the Thursday just named, a future seen from the story's past.
Sentences of our own."""

from __future__ import annotations

import datetime as dt

from db.dates.extract import analyse
from db.dates.tense import FUTURE, PAST, SentenceTense

DCT = dt.date(2026, 12, 7)


def _values(text: str, dct: dt.date = DCT) -> dict[str, str | None]:
    return {t.text: t.value for t in analyse(text, dct).timexes()}


def _tense(sentence: str, word: str) -> str | None:
    at = sentence.index(word)
    return SentenceTense(sentence).at(at, at + len(word))


# A letter's words quoted, its writer and the writing's day told, then more of its words: the
# second part is the same letter's, counted from the day its attribution named.


def test_a_letter_going_on_after_its_attribution_counts_from_the_writing_day() -> None:
    got = _values(
        "In 1843 the canal froze above the locks. 'The ice is a foot thick,' the engineer "
        "wrote to the board on 3 February. 'I am to have the ice-breaker back on Monday.' On "
        "the Monday the boat broke through as far as Hatton, and by Lady Day the traffic was "
        "moving again."
    )
    assert got["Monday"] == "1843-02-06"  # 3 February 1843 was a Friday
    assert got["the Monday"] == "1843-02-06"  # the Monday just named
    assert got["Lady Day"] == "1843-03-25"  # the story stays in 1843


def test_a_recent_letter_going_on_stays_in_news_time() -> None:
    got = _values(
        "'We are ready,' the mayor wrote to residents on 20 February. 'The vote is on Friday.'",
        dt.date(2026, 3, 5),
    )
    assert got["Friday"] == "2026-03-06"  # not the Friday after 20 February


def test_a_letter_told_to_someone_counts_yesterday_from_its_day() -> None:
    got = _values(
        "The gale struck on the night of 4 October 1881, and at about two in the morning the "
        "pier gave way. My grandfather wrote to his sister on the Friday. 'We are all safe,' he "
        "told her. 'The lifeboat went out at half past three and the harbour master came round "
        "yesterday to count the boats.' That winter he sold the boat."
    )
    assert got["the Friday"] == "1881-10-07"
    assert got["yesterday"] == "1881-10-06"
    assert got["half past three"] == "1881-10-05T03:30"  # the gale's night, told by the hour
    assert got["That winter"] == "1881-WI"


# "am to" + verb looks ahead as "is to" does; "to have" owning something ("to have their reply")
# too, unlike the perfect's "likely to have been".


def test_am_to_have_a_thing_looks_ahead() -> None:
    assert _tense("I am to have their reply on Friday.", "Friday") == FUTURE
    assert _tense("I am to see the bishop on Friday.", "Friday") == FUTURE


def test_likely_to_have_been_stays_a_look_back() -> None:
    assert _tense("He was likely to have been told on Friday.", "Friday") == PAST


def test_the_weekday_before_a_noun_inside_a_sentence_is_no_fronted_date() -> None:
    # "the Thursday club": a name, not "On the Thursday" opening the sentence
    got = _values("The vicar arrived on Saturday 3 May 1890. He spoke to the Thursday club.")
    assert "the Thursday" not in got


# A future seen from a story long past ("told her she would not be paid until Friday") is the
# first such day after the story's; "will" in the same story is news time.


def test_would_until_a_weekday_counts_from_the_story_day() -> None:
    got = _values(
        "She joined the mill on Monday 4 June 1923, and the foreman told her she would not be "
        "paid until Friday."
    )
    assert got["Friday"] == "1923-06-08"


def test_will_on_a_weekday_stays_in_news_time() -> None:
    got = _values(
        "She joined the mill on Monday 4 June 1923. Its new owners say they will reopen it on "
        "Friday."
    )
    assert got["Friday"] == "2026-12-11"
