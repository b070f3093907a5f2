"""Causes news_holdout7 showed (issue 13): a part of the day before "a day after", "said at the
time", "after the hearing" on the day the story leads with, the small hours after "the night of"
a date, "that night" told from those small hours. Sentences written for these tests."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences

DCT = datetime.date(2026, 4, 16)  # a Thursday


def dates_of(text: str, words: str, dct: datetime.date = DCT) -> list[str]:
    """The start of each event whose clause holds `words`."""
    return [
        d.start[:10]
        for d in dated_sentences(text, dct)
        if not d.comparison and words in text[d.clause[0] : d.clause[1]]
    ]


def test_a_day_after_a_named_morning_dates_only_its_own_clause() -> None:
    text = "The ferry docked in Oban on Thursday morning, a day after it lost power off Mull."
    assert dates_of(text, "docked in Oban") == ["2026-04-16"]
    assert dates_of(text, "lost power") == ["2026-04-15"]


def test_said_at_the_time_is_when_the_happening_just_told_took_place() -> None:
    text = (
        "The council rejected the plan on March 3. Its leader, Omar Price, said at the time "
        "that the scheme was too costly."
    )
    assert dates_of(text, "Omar Price, said at the time") == ["2026-03-03"]


def test_at_the_time_of_an_event_is_no_pointer_back() -> None:
    text = (
        "The council rejected the plan on March 3. Its leader said he was abroad at the time "
        "of the vote."
    )
    assert "2026-03-03" not in dates_of(text, "he was abroad")


def test_after_the_hearing_is_the_day_the_story_leads_with() -> None:
    text = (
        "A judge on Wednesday threw out the charges against the ferry company, which had "
        "denied any wrongdoing.\n\nIts lawyers said after the hearing that they were relieved."
    )
    assert dates_of(text, "Its lawyers said after the hearing") == ["2026-04-15"]


def test_after_the_vote_on_a_day_of_its_own_is_left_to_that_day() -> None:
    text = "The mayor resigned on Wednesday. She spoke after the vote on Monday."
    assert dates_of(text, "She spoke") == ["2026-04-13"]


def test_the_small_hours_after_the_night_of_a_date_are_the_next_day() -> None:
    text = (
        "On the night of March 2, 1987, a gale struck the harbour. Shortly after 2 a.m. "
        "the sea wall gave way. Three boats sank that night."
    )
    assert dates_of(text, "the sea wall gave way") == ["1987-03-03"]
    assert dates_of(text, "Three boats sank") == ["1987-03-02"]


def test_the_previous_evening_is_the_evening_before_the_day_told() -> None:
    text = "A cyclist was hit by a van on Saturday. He had left a party the previous evening."
    assert dates_of(text, "left a party") == ["2026-04-10"]


def test_that_decade_is_the_decade_of_the_year_told() -> None:
    text = (
        "The first ferry route opened in 1962. By the end of that decade the company ran "
        "eleven boats."
    )
    assert [d.timex.value for d in dated_sentences(text, DCT) if "eleven" in d.title] == ["196"]


def test_a_report_in_the_present_after_a_past_year_is_news_of_the_day() -> None:
    text = (
        "The bank closed 40 branches last year. The union says the bank cut 600 jobs as it "
        "tried to save money."
    )
    assert dates_of(text, "The union says") == ["2026-04-16"]


def test_as_the_verdict_was_read_is_the_verdict_day_reported_next_morning() -> None:
    text = (
        "A jury found the former councillor Ray Dunn guilty of fraud on Wednesday evening. "
        "Dunn showed no emotion as the verdict was read. Judge Hale, reading the judgment, "
        "called the fraud brazen."
    )
    assert dates_of(text, "showed no emotion") == ["2026-04-15"]
    assert dates_of(text, "reading the judgment") == ["2026-04-15"]


def test_dawn_after_a_night_told_is_the_next_morning_and_that_night_the_one_before() -> None:
    text = (
        "Fire broke out at the Alder Street mill on Monday night.\n\n"
        "Crews fought it for hours, and by dawn three walls had collapsed. A watchman was "
        "hurt that night when a beam fell."
    )
    assert dates_of(text, "three walls had collapsed") == ["2026-04-14"]
    assert dates_of(text, "A watchman was hurt") == ["2026-04-13"]


def test_dawn_after_a_day_told_is_that_day() -> None:
    text = "Fishermen left the harbour on Monday. By dawn the fleet was at sea."
    assert dates_of(text, "the fleet was at sea") == ["2026-04-13"]
