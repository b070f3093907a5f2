"""News scenes (issue 13, cause 2): a dateless clause after a dated scene goes on the scene's
day, as a reader puts it; a perfect or a future ends the scene. Sentences written for these
tests in several news styles: a local fire report, a wire report, a court report, a business
brief, a parliamentary sketch, a sports report."""

from __future__ import annotations

import datetime

from tests.db.dates.test_news_causes16 import on_title, placed

WED = datetime.date(2026, 11, 18)  # publication day: Saturday is 14, Sunday 15, Tuesday 17


def test_a_night_opens_a_scene() -> None:
    # a local paper: the crews' night, the finding on it
    text = (
        "On Saturday night crews were called to the quay at Penhallow. They found two boats "
        "burning and evacuated the flats above."
    )
    got = placed(text, WED)
    assert on_title(got, "Crews were called to the quay") == {"2026-11-14"}
    assert on_title(got, "They found two boats burning") == {"2026-11-14"}


def test_being_called_out_is_no_report() -> None:
    # a rescue report: a crew "called out" is sent, a happening; "called for" still reports
    text = (
        "The Kelby lifeboat was called out at 3.40am on Sunday. Its crew pulled a kayaker from "
        "the water off Gull Rock."
    )
    assert on_title(placed(text, WED), "Its crew pulled a kayaker") == {"2026-11-15"}


def test_yesterday_opening_its_sentence_opens_a_scene() -> None:
    # a sketch and a cricket report: what follows "Yesterday ..." in the past is on that day
    text = (
        "Yesterday the Home Secretary faced the committee. She read a prepared statement and "
        "left by a side door.\n\n"
        "Late yesterday Wexford slumped to 201 for six. Their last four wickets fell before "
        "tea."
    )
    got = placed(text, WED)
    assert on_title(got, "She read a prepared statement") == {"2026-11-17"}
    assert on_title(got, "Their last four wickets fell") == {"2026-11-17"}


def test_a_night_or_yesterday_after_its_verb_opens_none() -> None:
    # a storm report: after "on Sunday night" told last, the clearing up may be any day since
    text = (
        "The sea wall at Kelby gave way on Sunday night. Soldiers filled sandbags along the "
        "front.\n\n"
        "The minister toured the harbour yesterday. The council opened a relief fund."
    )
    got = placed(text, WED)
    assert on_title(got, "The sea wall at Kelby gave way") == {"2026-11-15"}
    assert on_title(got, "Soldiers filled sandbags") == {"2026-11-18"}
    assert on_title(got, "The council opened a relief fund") == {"2026-11-18"}


def test_a_night_after_its_verb_still_dates_its_own_sentence() -> None:
    # a yacht race report: the conjunct after "on Friday night," is the same night's
    text = (
        "The Sula lost her mast off Cape Wrath on Friday night, and the crew motored for "
        "eleven hours to Kinlochbervie. Repairs will take a month."
    )
    assert on_title(placed(text, WED), "The crew motored") == {"2026-11-13"}


def test_a_perfect_ends_the_scene() -> None:
    # a court report and a ferry brief: "have since", "has apologised" are told from now
    text = (
        "Police arrested a man in Corwen on Sunday. Officers have since searched his flat and "
        "found a rifle.\n\n"
        "The ferry ran aground off Skell on Friday evening. The operator has apologised, and "
        "engineers found a crack in the hull."
    )
    got = placed(text, WED)
    assert on_title(got, "Officers have since searched") == {"2026-11-18"}
    assert on_title(got, "Engineers found a crack") == {"2026-11-18"}


def test_a_future_ends_the_scene() -> None:
    # a business brief: after "will", the next past clause is no longer the Tuesday's
    text = (
        "Harlow Mills shut its Dunmore plant on Tuesday. The site will be sold. Staff were "
        "offered jobs at Ashgate."
    )
    got = placed(text, WED)
    assert on_title(got, "Harlow Mills shut its Dunmore plant") == {"2026-11-17"}
    assert on_title(got, "Staff were offered jobs") == {"2026-11-18"}


def test_a_perfect_sentence_and_a_background_year_end_the_scene() -> None:
    # a wire report: after the government's perfect, the army's act is news of the day
    text = (
        "On Tuesday night gunmen attacked a checkpoint near Dorlan. Two soldiers died.\n\n"
        "The government has condemned the attack. The army sent reinforcements to the border."
        "\n\nThe harbour board met on Monday. The quay was built in 1890."
    )
    got = placed(text, WED)
    assert on_title(got, "Two soldiers died") == {"2026-11-17"}
    assert on_title(got, "The army sent reinforcements") == {"2026-11-18"}
    assert on_title(got, "The quay was built") == {"1890"}


def test_a_speakers_perfect_or_one_two_sentences_back_leaves_the_scene_open() -> None:
    # a fire report: "what I've done" in a quote, and a perfect further back, end nothing
    text = (
        'A fire broke out in a bakery on Mill Street on Monday. The baker said: "I am sorry '
        "for what I've done.\" Neighbours have praised the crews. The street was closed. "
        "Forty people were evacuated."
    )
    got = placed(text, WED)
    assert on_title(got, "Forty people were evacuated") == {"2026-11-16"}


def test_a_relative_perfect_or_a_would_have_leaves_the_scene_open() -> None:
    # a mountain rescue: "who have" and "would have" between are no telling from now
    text = (
        "Two walkers were reported missing on Scar Fell on Saturday. A dog found them in a gully"
        " with volunteers who have searched the fell before. Without the dog they would have "
        "died. The pair walked down unaided."
    )
    got = placed(text, WED)
    assert on_title(got, "The pair walked down unaided") == {"2026-11-14"}
