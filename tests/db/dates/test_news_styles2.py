"""News in styles the news sets lack (bench/reader_styles/newsself2.json, texts written for these
tests with what a careful reader puts on a timeline), and the lede whose happening a later
paragraph dates (`lede_retold`). Each test is one cause; the sentences here are new ones of the
same kinds, not the texts' own."""

from __future__ import annotations

import datetime

from tests.db.dates.event_rows import dates_and_statuses

DCT = datetime.date(2026, 12, 18)  # a Friday


def placed(text: str, dct: datetime.date = DCT) -> dict[str, set[tuple[str, str]]]:
    return dates_and_statuses(text, dct)


def days_of(text: str, words: str, dct: datetime.date = DCT) -> set[str]:
    """The days of the events whose title holds `words`."""
    return {day for title, got in placed(text, dct).items() if words in title for day, _ in got}


def test_a_lede_s_win_takes_the_day_the_award_is_told_on() -> None:
    # a music prize: "has won" retold as "the award was handed over on Wednesday evening"
    text = (
        'Jonah Ferrow has won the Mardle Medal for "Low Tide", a song he wrote in 2017.\n\n'
        "The medal was handed over at a ceremony in Brisk on Wednesday evening."
    )
    assert days_of(text, "has won the Mardle Medal") == {"2026-12-16"}
    # the year of the song stays the song's
    assert "2017" in days_of(text, "he wrote")


def test_a_lede_s_fine_is_not_dated_by_the_failing_s_years() -> None:
    # a watchdog's fine: the years are the failing's; the fine is the day "the fine" is told on
    text = (
        "The Water Standards Board has fined Ossel Water £2 million for failing to report leaks "
        "between 2015 and 2021.\n\n"
        "The fine was announced on Tuesday after a two-year inquiry."
    )
    assert days_of(text, "has fined Ossel Water") == {"2026-12-15"}
    assert "2015" in days_of(text, "failing to report leaks")
    # no later day: the publication day, still not the years
    text = (
        "The Water Standards Board has fined Ossel Water £2 million for failing to report leaks "
        "between 2015 and 2021.\n\n"
        "Ossel said it had changed its systems."
    )
    assert days_of(text, "has fined Ossel Water") == {"2026-12-18"}


def test_a_relative_s_happening_in_the_lede_takes_the_day_its_place_is_named_on() -> None:
    # a manhunt: "who absconded from a clinic" is the day the clinic is named with
    text = (
        "Detectives searching for a patient who absconded from a clinic in Morley have appealed "
        "for help.\n\n"
        "Ivo Krane, 33, walked out of the Morley Road Clinic at about 3pm on Monday."
    )
    assert "2026-12-14" in days_of(text, "who absconded from a clinic")
    assert "2026-12-18" in days_of(text, "have appealed")


def test_a_happening_an_inquest_heard_is_dated_by_its_account() -> None:
    # an inquest: the hearing's day is the hearing's, the death is the day the account gives
    text = (
        "A climber fell to his death from a ridge on Scar Fell, an inquest heard on Thursday.\n\n"
        "Owen Tay, 52, was crossing the ridge on 9 August when a rock gave way."
    )
    assert days_of(text, "A climber fell") == {"2026-08-09"}
    assert "2026-12-17" in days_of(text, "inquest heard on Thursday")


def test_an_announcement_takes_the_day_of_its_statement() -> None:
    # a retirement: "has announced" retold as "confirmed it in a statement on Wednesday"
    text = (
        "The cyclist Rhea Moss has announced her retirement from racing.\n\n"
        "Moss, 36, confirmed her decision in a statement on Wednesday."
    )
    assert days_of(text, "has announced her retirement") == {"2026-12-16"}


def test_the_lede_keeps_the_publication_day_when_nothing_retells_it() -> None:
    # a later day of another happening is not the lede's
    text = (
        "A new footbridge has opened over the river Lune.\n\n"
        "A bus crashed into a wall in Garth on Monday."
    )
    assert days_of(text, "has opened") == {"2026-12-18"}
    # a day counted from another happening, whose words name the lede's object, is not its own:
    # the trip is the landing's Monday (`lede_nearest`), not the Sunday "a day after" counts to
    text = (
        "A Dutch trade mission has travelled to Peru for talks on mining.\n\n"
        "The mission landed in Lima on Monday, a day after officials said mining in Peru "
        "would be opened to foreign firms."
    )
    assert days_of(text, "has travelled to Peru") == {"2026-12-14"}
    # an earlier time of the same thing is not the lede's
    text = (
        "Kara Wyn has won the Delling Prize.\n\n"
        "She first won the prize on 2 October, for her debut."
    )
    assert days_of(text, "has won the Delling Prize") == {"2026-12-18"}


def test_a_thing_s_age_in_the_lede_does_not_date_its_happening() -> None:
    # a sale: the century is the clock's age; the sale is the day "the sale" is told on
    text = (
        "A collector in Arden has sold an 18th-century clock for £90,000.\n\n"
        "The sale was agreed at an auction in Tarle on Tuesday."
    )
    assert days_of(text, "has sold an 18th-century clock") == {"2026-12-15"}
    # a listing: "the decision" retells a ruling's verb
    text = (
        "A 1930s lido in Penwick has been granted protected status.\n\n"
        "The decision was made by the minister on Wednesday."
    )
    assert days_of(text, "has been granted protected status") == {"2026-12-16"}


def test_a_lede_s_court_outcome_takes_the_day_the_court_heard_the_case() -> None:
    # a celebrity's ban: the offence's day is the offence's, the ban the hearing's
    text = (
        "The singer Tam Orley has been disqualified from driving for a year.\n\n"
        "Orley, 39, was stopped on the A1 on 2 September, Wexby Crown Court heard on Monday."
    )
    assert days_of(text, "has been disqualified") == {"2026-12-14"}


def test_a_match_s_minute_entries_are_of_the_match_day() -> None:
    # a live report by the minute: "62 min:" stamps a present entry of the publication day
    text = (
        "Live: Dunmere 1-0 Selby\n\n"
        "62 min: Okafor scores from close range.\n\n"
        "40 min: The keeper saves a penalty.\n\n"
        "Kick-off: The sides were level on points before tonight."
    )
    got = placed(text)
    assert ("2026-12-18", "happened") in got["Okafor scores from close range"]
    assert ("2026-12-18", "happened") in got["The keeper saves a penalty"]
    # one minute stamp is no live page: its present is no event
    text = "Dunmere beat Selby.\n\n62 min: Okafor scores from close range."
    assert "Okafor scores from close range" not in placed(text)


def test_a_court_report_s_hearing_day_dates_what_the_court_was_told_and_handed_down() -> None:
    # "X Court heard on Monday" is the hearing's day: the lawyer's telling the court and a
    # fine told two paragraphs on are of that day, not the publication day
    text = (
        "A footballer has been banned from driving.\n\n"
        "Joel Arne, 27, was caught at 80mph on 3 October, Fennick Magistrates' Court heard on "
        "Monday.\n\n"
        "His solicitor, Ruth Dale, told the court that he had been late for training.\n\n"
        "He was also fined £900."
    )
    got = placed(text)
    assert ("2026-12-14", "happened") in got["His solicitor, Ruth Dale, told the court"]
    assert ("2026-12-14", "happened") in got["He was also fined £900"]
    # a fine three paragraphs on from any hearing keeps the publication day
    far = text.replace("He was also fined", "Arne joined the club in May.\n\nHe was fined")
    assert ("2026-12-14", "happened") not in placed(far).get("He was fined £900", set())


def test_a_state_of_the_day_counts_back_to_what_it_is_counted_from() -> None:
    # a flood's aftermath: "still closed three days after the river burst its banks"
    text = "The high street in Ollby is still closed three days after the river burst its banks."
    assert days_of(text, "river burst its banks") == {"2026-12-15"}
    text = "The library remains shut two weeks after a fire gutted its reading room."
    assert days_of(text, "fire gutted its reading room") == {"2026-11-30"}
    # a plain past counts from the story's time, not the publication day's
    text = "The street was closed three days after the river burst its banks in 1998."
    assert "2026-12-15" not in days_of(text, "river burst its banks")
