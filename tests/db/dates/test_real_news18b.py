"""Real news, eighteenth session, second part (issue 13): what a careful reader puts on the
timeline. Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

from db.dates.present_states import has_present_state
from tests.db.dates.test_real_news18 import _days_of

# ---- a present clause around a dated past relative clause: the present is now ----------------


def test_a_role_told_with_heads_is_now_beside_the_relative_clauses_date() -> None:
    # foreign desk: the comma-set "including ..." inside the relative clause does not close it
    text = (
        "Maria Lind heads a task force that is tracing the arsonists who burned three "
        "mosques, including one in Malmo, on 4 May 2024."
    )
    assert _days_of(text, "heads a task force") == {"2026-03-14"}
    assert _days_of(text, "who burned three mosques") == {"2024-05-04"}


def test_a_holding_told_with_owns_is_now_and_that_opens_the_dated_relative() -> None:
    # business brief
    text = "The Lyon group owns a glassworks that opened in 1998 near the Rhone."
    assert _days_of(text, "owns a glassworks") == {"2026-03-14"}
    assert _days_of(text, "that opened in 1998") == {"1998"}


def test_a_suspect_told_with_is_stays_now_beside_the_crimes_month() -> None:
    # court report
    text = (
        "Detectives believe Kessler is a suspect in a string of robberies that hit jewellers "
        "in Bonn and Cologne in January."
    )
    assert _days_of(text, "Kessler is a suspect") == {"2026-03-14"}
    assert _days_of(text, "that hit jewellers") == {"2026-01"}


def test_a_chair_and_an_employer_are_now() -> None:
    # wire
    text = (
        "Greta Holm chairs the panel which investigated the collapse of the Tay footbridge on "
        "3 March 2025. The charity employs a nurse who treated victims of the floods in "
        "October 2022."
    )
    assert _days_of(text, "chairs the panel") == {"2026-03-14"}
    assert _days_of(text, "which investigated") == {"2025-03-03"}
    assert _days_of(text, "employs a nurse") == {"2026-03-14"}
    assert _days_of(text, "who treated victims") == {"2022-10"}


def test_heads_and_runs_as_nouns_are_no_present_verbs() -> None:
    # "heads of state", "company heads said", "two home runs": nouns, not a present role
    for text in (
        "The heads of state met in Oslo.",
        "Company heads said the plant would close.",
        "Two home runs in the ninth won the game.",
        "Her club runs the whole show.",
    ):
        assert has_present_state(text, [(0, len(text))]) == text.startswith("Her club")


# ---- an account of the story's happening: on the happening's day ------------------------------

_TRAM = (  # foreign desk
    "Riots spread across Lyon after the police shooting of a courier during a Wednesday "
    "traffic check. Shops were looted overnight.\n\n"
    "The mayor condemned the shooting. An officer who admitted firing claimed he aimed at the "
    "tyres but hit the courier with a single shot.\n"
)

_DEPOT = (  # wire: a claim that names no form of the bombing
    "A bombing at a bus depot in Izmir on Monday wounded nine people. Police sealed off the "
    "area.\n\n"
    "The transport minister visited the depot. The drivers union claimed managers ignored "
    "safety warnings.\n"
)


def test_an_account_naming_the_shooting_again_is_on_the_shootings_day() -> None:
    assert _days_of(_TRAM, "he aimed at the tyres") == {"2026-03-11"}
    assert _days_of(_TRAM, "hit the courier") == {"2026-03-11"}


def test_a_reaction_naming_the_happening_stays_news_of_the_day() -> None:
    # "condemned the shooting" is no account: the condemning is today's news
    assert _days_of(_TRAM, "The mayor condemned") == {"2026-03-14"}


def test_a_claim_naming_no_form_of_the_happening_stays_news_of_the_day() -> None:
    assert _days_of(_DEPOT, "The drivers union claimed") == {"2026-03-14"}
    assert _days_of(_DEPOT, "A bombing at a bus depot") == {"2026-03-09"}
