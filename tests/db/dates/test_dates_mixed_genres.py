"""Rules shown by texts of mixed genres (a history with a news ending, a life, an expedition with
clock times): looks back to a named month ("the previous September"), days of a month in focus
("the last day of the month"), clock times, "current" the noun, "the eve of" a dated happening,
seasons in reported speech, "not ... until" and a change "from" a time. Sentences written for
these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.happenings import HAPPENED, NEGATED

DCT = datetime.date(2026, 7, 14)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_the_previous_month_is_the_last_one_before_the_story_time() -> None:
    got = found(
        "The 1874 survey of the delta began in April. Its chief engineer had been appointed "
        "the preceding November, when the old board resigned."
    )
    assert got["the preceding November"] == ("DATE", "1873-11")
    got = found("The bridge opened in 1902. Work had begun the previous May.")
    assert got["the previous May"] == ("DATE", "1901-05")
    got = found("The mill burned in 1911. It had been insured in the spring of the preceding year.")
    assert got["the spring of the preceding year"] == ("DATE", "1910-SP")


def test_the_last_day_of_the_month_is_that_day_of_the_month_in_focus() -> None:
    got = found(
        "The garrison was relieved on 9 March 1644. Its last stores were eaten on the last day "
        "of the month, and the first day of the year had brought snow."
    )
    assert got["the last day of the month"] == ("DATE", "1644-03-31")
    assert got["the first day of the year"] == ("DATE", "1644-01-01")
    assert "the first day of the trial" not in found("On the first day of the trial he spoke.")


def test_clock_times_in_words_and_with_a_dot() -> None:
    got = found(
        "The lifeboat put out on 3 January 1907. The crew sighted the wreck at a quarter to "
        "eight in the morning and were back in harbour by 11.30, when the tide turned."
    )
    assert got["a quarter to eight in the morning"] == ("TIME", "1907-01-03T07:45")
    assert got["11.30"] == ("TIME", "1907-01-03T11:30")
    got = found("On 5 May 1931 the mail left at half past six in the evening.")
    assert got["half past six in the evening"] == ("TIME", "1931-05-05T18:30")


def test_a_figure_with_a_dot_is_no_clock_time() -> None:
    got = found("On 5 May 1931 the index closed at 11.30, and the rate was cut to 4.25 per cent.")
    assert "11.30" not in got and "4.25" not in got
    assert "12.40" not in found("Tickets cost 12.40 in 1931.")
    assert "0.45" not in found("On 5 May 1931 each holder got about 0.45 of a share.")


def test_current_the_noun_before_a_verb_is_no_present() -> None:
    text = "In 1831 he showed that a magnet could make a current turn steadily around a wire."
    assert "current" not in found(text)
    assert "current" not in found("In 1912 the current swept them past the harbour wall.")
    assert found("The current price of copper is high.")["current"] == ("DATE", "PRESENT_REF")
    assert found("Its current owners bought the farm.")["current"] == ("DATE", "PRESENT_REF")


def test_the_eve_of_a_dated_happening_is_the_day_before() -> None:
    got = found(
        "The referendum was first called for 12 March. It was put off on the eve of the vote "
        "after the court ruled against the ballot papers."
    )
    assert got["the eve of the vote"] == ("DATE", "2026-03-11")
    # a sentence with its own date: that date is the eve
    got = found("Crowds gathered on Sunday 8 March, on the eve of the vote.")
    assert "the eve of the vote" not in got


def test_a_season_told_ahead_in_past_reported_speech_is_the_coming_one() -> None:
    dct = datetime.date(2026, 2, 10)
    got = found("The mayor said a second bridge in the autumn was likely, officials said.", dct)
    assert got["the autumn"] == ("DATE", "2026-FA")
    # told as done, the season is the last one
    got = found("The mayor said repairs in the autumn cost far more than planned.", dct)
    assert got["the autumn"] == ("DATE", "2025-FA")


def test_not_until_with_words_between_says_when_it_happened() -> None:
    text = (
        "The pass was first crossed in 1861. It was not crossed again until 1894, by a survey "
        "party. The road was not built in 1895."
    )
    got = {d.start: d.status for d in dated_sentences(text, datetime.date(1990, 6, 1))}
    assert got["1894"] == HAPPENED
    assert got["1895"] == NEGATED


def test_a_change_from_a_stretch_of_time_starts_then() -> None:
    def comparisons(text: str) -> dict[str, bool]:
        return {d.start: d.comparison for d in dated_sentences(text, datetime.date(2026, 6, 1))}

    text = "The fishing fleet dwindled steadily from the early 1950s, and the harbour silted up."
    assert comparisons(text)["1950"] is False
    assert comparisons("Exports were up from 2019, the ministry said in 2026.")["2019"] is True
    text = "The harbour trade grew 4 percent from the late 1990s level."
    assert comparisons(text)["1990"] is True


def test_the_first_day_of_a_named_month_is_that_day() -> None:
    got = found(
        "The ferry company was wound up on the first day of March 1911, and its last boat had "
        "sailed that evening."
    )
    assert got["the first day of March 1911"] == ("DATE", "1911-03-01")
    assert got["that evening"] == ("TIME", "1911-03-01TEV")
    got = found("The mill reopened in 1923. Its looms stopped again on the last day of February.")
    assert got["the last day of February"] == ("DATE", "1923-02-28")


def test_a_clock_time_with_that_evening_is_in_the_evening() -> None:
    got = found(
        "The strike began on 4 May 1926, and the first buses ran again at a quarter past seven "
        "that evening, under police guard."
    )
    assert got["a quarter past seven that evening"] == ("TIME", "1926-05-04T19:15")
    got = found("On 2 June 1953 the procession ended at half past four that afternoon.")
    assert got["half past four that afternoon"] == ("TIME", "1953-06-02T16:30")


def test_now_before_a_present_name_with_renamed_or_called_is_no_time() -> None:
    got = found("The governor moved his seat to Christiania, now renamed Oslo, in 1624.")
    assert "now" not in got
    got = found("The mission stood at Yerba Buena, now called San Francisco, from 1776.")
    assert "now" not in got
    assert found("The old mill is now a museum, and visitors now pay to enter.")["now"] == (
        "DATE",
        "PRESENT_REF",
    )


def test_a_look_back_by_a_year_leaves_the_story_on_its_day() -> None:
    text = (
        "The bridge was opened on 3 May 1902, after a collapse the year before, and the first "
        "train crossed it four days later."
    )
    starts = {s.start for s in dated_sentences(text, DCT)}
    assert {"1902-05-03", "1901", "1902-05-07"} <= starts


def test_a_dated_relative_clause_after_a_preposition_dates_only_itself() -> None:
    text = (
        "The settlers landed at the cove in late March 1642, and raised a log house in which "
        "they passed the winter, burning driftwood."
    )
    items = {s.start: s.clause for s in dated_sentences(text, DCT)}
    house = text.index("raised a log house")
    assert items["1642-03"][0] <= house < items["1642-03"][1]
    assert items["1642-12"][0] == text.index("in which")
