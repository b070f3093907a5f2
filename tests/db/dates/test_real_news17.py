"""Real news, as professionals write it: what a careful reader puts on the timeline (issue 13,
seventeenth session). Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import DatedSentence, dated_sentences

DCT = datetime.date(2026, 3, 14)  # a Saturday


def _events(text: str, dct: datetime.date = DCT) -> list[DatedSentence]:
    return list(dated_sentences(text, dct))


def _day_of(text: str, words: str, dct: datetime.date = DCT) -> str:
    """The day of the event whose clause holds `words`."""
    at = text.index(words)
    days = {d.start[:10] for d in _events(text, dct) if d.clause[0] <= at < d.clause[1]}
    assert len(days) == 1, days
    return days.pop()


# ---- what speakers said at a dated gathering is on the gathering's day -------------------------

_SUMMIT = (
    "Fisheries ministers of the five Baltic states met in Gdansk on Wednesday to settle this "
    "year's herring quotas.\n\n"
    "They called on the European Commission to fund a new survey of spawning grounds. The "
    "Estonian minister said the cod stock was close to collapse.\n"
)

_CEREMONY = (
    "The new Severn crossing was opened to traffic by the mayor of Chepstow at a ceremony "
    "on Thursday.\n\n"
    "In a short speech, the transport secretary thanked the 2,000 engineers who built it. "
    "The mayor of Chepstow said the crossing was the finest in Europe.\n"
)

_BOARD = (
    "Shareholders of Halden Mining gathered in Toronto on Tuesday for a special meeting to hear "
    "its chief executive defend the proposed merger.\n\n"
    "The chief executive told them the deal would lift output by a third. Several shareholders "
    "urged the board to raise the price.\n"
)


def test_a_pronoun_speakers_call_at_a_summit_is_on_its_day() -> None:
    assert _day_of(_SUMMIT, "They called on") == "2026-03-11"


def test_a_ministers_words_at_the_summit_are_on_its_day() -> None:
    assert _day_of(_SUMMIT, "The Estonian minister said") == "2026-03-11"


def test_a_speech_at_a_ceremony_is_on_the_ceremony_day() -> None:
    assert _day_of(_CEREMONY, "the transport secretary thanked") == "2026-03-12"
    assert _day_of(_CEREMONY, "The mayor of Chepstow said") == "2026-03-12"


def test_what_was_said_at_a_shareholders_meeting_is_on_its_day() -> None:
    assert _day_of(_BOARD, "The chief executive told") == "2026-03-10"
    assert _day_of(_BOARD, "Several shareholders urged") == "2026-03-10"


def test_without_a_gathering_a_later_reaction_stays_news_of_the_day() -> None:
    text = (
        "A freight train derailed near Ashford on Wednesday, spilling diesel into a stream.\n\n"
        "The rail union said the line was unsafe.\n"
    )
    assert _day_of(text, "The rail union said") == "2026-03-14"


def test_a_reaction_in_the_present_stays_news_of_the_day() -> None:
    text = _SUMMIT.replace("The Estonian minister said", "The Estonian minister says")
    assert _day_of(text, "The Estonian minister says") == "2026-03-14"


def test_a_speaker_who_took_no_part_stays_news_of_the_day() -> None:
    text = (
        "The health minister met hospital managers on Wednesday but no deal on staffing was "
        "reached.\n\n"
        "Patient groups warned that waiting lists would grow.\n"
    )
    assert _day_of(text, "Patient groups warned") == "2026-03-14"


def test_a_look_back_at_when_talks_began_is_no_gathering() -> None:
    text = (
        "The two unions walked out of pay talks on Thursday. The talks had begun on "
        "February 2.\n\nThe employers said the door remained open.\n"
    )
    assert _day_of(text, "The employers said") != "2026-02-02"


def test_a_speech_of_its_own_is_no_gathering_of_the_others() -> None:
    text = (
        '"We will not back down," the union leader told a rally on Wednesday.\n\n'
        "The employers insisted their offer was final.\n"
    )
    assert _day_of(text, "The employers insisted") == "2026-03-14"


def test_a_later_date_ends_the_gatherings_reach() -> None:
    text = _SUMMIT.replace(
        "They called on", "On Friday the Polish fleet returned to port. They called on"
    )
    assert _day_of(text, "They called on") != "2026-03-11"


def test_a_run_of_one_paragraph_speeches_stays_at_the_gathering() -> None:
    text = (
        "GENEVA, March 13 --\n\n"
        "Ministers and delegates from forty countries signed a treaty on river pollution on "
        "Wednesday at a conference held in Geneva.\n\n"
        "The Swiss delegate said the treaty was overdue.\n\n"
        "The Dutch minister praised the negotiators.\n\n"
        "The Austrian delegate warned that funding was short.\n\n"
        "And the Danish minister said it was a fine day for Europe.\n"
    )
    assert _day_of(text, "And the Danish minister said") == "2026-03-11"


# ---- what an act of scheduling sets is ahead of it, however long its object -------------------


def _only(text: str) -> DatedSentence:
    (event,) = [d for d in _events(text) if d.timex.text]
    return event


def test_a_court_sets_a_hearing_with_a_long_object_for_a_day_ahead() -> None:
    got = _only("The judge set a hearing on further civil damages for September 4.")
    assert (got.start, got.status) == ("2026-09-04", "planned")


def test_a_participle_of_setting_points_ahead_too() -> None:
    text = (
        "On Monday the tribunal cleared the two builders, setting a hearing on the "
        "residents' claims for June 2."
    )
    days = {d.timex.text: (d.start, d.status) for d in _events(text)}
    assert days["June 2"] == ("2026-06-02", "planned")
    assert days["Monday"] == ("2026-03-09", "happened")


def test_a_postponement_until_a_weekday_is_the_coming_one() -> None:
    got = _only("The league postponed until Tuesday morning its ruling on the two clubs.")
    assert got.start == "2026-03-17"


def test_a_sitting_adjourned_until_a_weekday_resumes_on_the_coming_one() -> None:
    assert _only("The inquiry adjourned until Monday.").start == "2026-03-16"


def test_a_plan_told_as_it_stood_is_left_to_its_tense() -> None:
    # "was set for": nothing says when it was set (`scheduling`'s own rule, kept)
    got = _only("The final was set for Thursday but rain washed it out.")
    assert got.start == "2026-03-12"


# ---- "were reported missing" is what became of them, on the story's day ------------------------

_FERRY = (
    "A ferry capsized in a squall off the island of Kos on Thursday. Four passengers were "
    "reported missing.\n"
)


def test_people_reported_missing_are_missing_on_the_story_day() -> None:
    assert _day_of(_FERRY, "Four passengers were reported missing") == "2026-03-12"


def test_a_report_of_the_coastguards_stays_news_of_the_day() -> None:
    text = _FERRY.replace(
        "Four passengers were reported missing.",
        "The coastguard reported that four passengers were missing.",
    )
    assert _day_of(text, "The coastguard reported") == "2026-03-14"


# ---- an allegation's content told in the past is the story's happening -------------------------

_SPRINTER = (
    "On Thursday the sprinter collapsed after the 200 metres final in Lyon. She was taken to "
    "hospital. Her coach alleged she drank a sports drink laced with a stimulant.\n"
)


def test_what_an_allegation_tells_happened_on_the_story_day() -> None:
    assert _day_of(_SPRINTER, "she drank a sports drink") == "2026-03-12"


def test_an_admission_to_the_police_tells_the_story_day_too() -> None:
    text = (
        "A fire destroyed a bakery in Rouen on Tuesday. Hours later the baker told police he "
        "left an oven on overnight.\n"
    )
    text = text.replace("Hours later the baker", "The baker")
    assert _day_of(text, "he left an oven on") == "2026-03-10"


def test_a_plain_saying_stays_news_of_the_day() -> None:
    text = _SPRINTER.replace("Her coach alleged she drank", "Her coach said she drank")
    assert _day_of(text, "Her coach said") == "2026-03-14"


def test_an_allegation_of_what_is_to_come_is_no_happening() -> None:
    text = _SPRINTER.replace(
        "Her coach alleged she drank a sports drink laced with a stimulant.",
        "Her coach alleged she would be banned.",
    )
    assert _day_of(text, "Her coach alleged") == "2026-03-14"


# ---- a report of a later day: the report on its day, its content on the story's ----------------

_BAKERY = (
    "A fire destroyed a bakery in Rouen on Tuesday. The baker yesterday told police he left an "
    "oven on and went out. Hundreds were evacuated.\n"
)


def test_a_dated_reports_content_is_on_the_story_day() -> None:
    assert _day_of(_BAKERY, "he left an oven on") == "2026-03-10"


def test_the_report_itself_keeps_its_own_day_and_words() -> None:
    (report,) = [d for d in _events(_BAKERY) if d.timex.text == "yesterday"]
    assert (report.start, report.title) == ("2026-03-13", "The baker told police")


def test_a_dated_reports_plan_stays_with_the_report() -> None:
    text = _BAKERY.replace("he left an oven on and went out", "he would reopen in May")
    assert not any(d.title.startswith("He would") for d in _events(text))
