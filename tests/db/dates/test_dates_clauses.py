"""Events per clause: each date expression dates its own clause, titled short, with a status.
Sentences written for these tests. DCT: Monday 2019-12-23."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.clauses import CONTENT, RELATIVE, REPORT, SUBORDINATE, split

DCT = datetime.date(2019, 12, 23)


def events(text: str) -> list[tuple[str, str, str]]:
    """(start, title, status) of each event of `text`, comparisons left out."""
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT) if not d.comparison]


def clauses(text: str) -> list[tuple[str, str]]:
    return [
        (c.kind, " ".join(text[b:e] for b, e in c.pieces).strip())
        for c in split(text, 0, len(text), [])
    ]


# ---- the splitter -----------------------------------------------------------------------------


def test_a_conjunction_between_two_clauses_with_their_verbs_splits() -> None:
    got = clauses("The ferry sank near the coast and rescuers pulled 40 people from the water.")
    assert [t for _, t in got] == [
        "The ferry sank near the coast",
        "and rescuers pulled 40 people from the water.",
    ]


def test_a_conjunction_between_nouns_does_not_split() -> None:
    text = "Farmers in Kenya and Uganda lost their harvests to the locusts."
    assert len(clauses(text)) == 1
    # nor one whose second part has no subject of its own ("... and called on ...")
    text = "The council condemned the raids in Gaza and Jenin on Friday and called for calm."
    assert len(split(text, 0, len(text), [(text.index("Friday"), text.index(" and called"))])) == 1


def test_a_semicolon_splits() -> None:
    got = clauses("The bridge reopened to cars; trucks still wait at the border.")
    assert [t for _, t in got] == [
        "The bridge reopened to cars;",
        "trucks still wait at the border.",
    ]


def test_subordinate_clauses() -> None:
    got = clauses("The strike ended after the union accepted the offer.")
    assert got[1] == (SUBORDINATE, "after the union accepted the offer.")
    got = clauses("When the storm reached the coast, thousands were evacuated.")
    assert got == [
        (SUBORDINATE, "When the storm reached the coast,"),
        ("main", "thousands were evacuated."),
    ]
    # a preposition, not a clause: "after the match"
    assert len(clauses("Fans celebrated in the streets after the match.")) == 1


def test_a_relative_clause_between_commas_is_a_hole_in_its_host() -> None:
    text = "The mayor, who was elected in 2015, resigned on Friday."
    got = split(text, 0, len(text), [])
    assert [c.kind for c in got] == ["main", RELATIVE]
    assert [text[b:e] for b, e in got[0].pieces] == ["The mayor, ", "resigned on Friday."]
    assert got[1].subject == "The mayor"


def test_reported_speech() -> None:
    got = clauses("The governor said on Tuesday that the curfew would end.")
    assert got == [
        (REPORT, "The governor said on Tuesday"),
        (CONTENT, "that the curfew would end."),
    ]
    got = clauses("Two soldiers were wounded in the attack, the army said.")
    assert got == [
        (CONTENT, "Two soldiers were wounded in the attack,"),
        (REPORT, "the army said."),
    ]
    got = clauses("The coach told reporters he was leaving the club.")
    assert got == [(REPORT, "The coach told reporters"), (CONTENT, "he was leaving the club.")]


# ---- what each date dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two clauses, two dates, two titles
        (
            "Ukraine and Russia signed a gas transit deal on Friday, and the first "
            "shipments crossed the border in November.",
            [
                ("2019-12-20", "Ukraine and Russia signed a gas transit deal", "happened"),
                ("2019-11", "The first shipments crossed the border", "happened"),
            ],
        ),
        # the saying on its day, what was said on its own and planned
        (
            "The health minister said on Thursday that the clinics would reopen in February.",
            [
                (
                    "2019-12-19",
                    "The health minister said that the clinics would reopen in February",
                    "happened",
                ),
                ("2020-02", "The clinics would reopen", "planned"),
            ],
        ),
        # a report of something that happened: the happening is the event, on the report's day
        (
            "Three fishermen were rescued off the coast, the navy said on Sunday.",
            [("2019-12-22", "Three fishermen were rescued off the coast", "happened")],
        ),
        # a relative clause dates its antecedent's happening; the host keeps its own date
        (
            "The singer, who left the band in 2012, released a solo album in October.",
            [
                ("2012", "The singer left the band", "happened"),
                ("2019-10", "The singer released a solo album", "happened"),
            ],
        ),
        # a leading subordinate clause and the main clause
        (
            "After the dam burst on Saturday, villagers fled to the hills on Sunday.",
            [
                ("2019-12-21", "The dam burst", "happened"),
                ("2019-12-22", "Villagers fled to the hills", "happened"),
            ],
        ),
        # "said on Monday he arrived on Monday": one event, the arrival
        (
            "He said on Monday he arrived on Monday.",
            [("2019-12-23", "He arrived on Monday", "happened")],
        ),
    ],
)
def test_each_date_dates_its_own_clause(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events(text) == expected


def test_a_dateless_clause_leans_on_its_dated_neighbour_but_a_report_does_not() -> None:
    text = "The plane landed in Rome on Friday before the storm closed the airport, officials said."
    (d,) = dated_sentences(text, DCT)
    assert d.title == "The plane landed in Rome"
    assert d.title_span == (0, text.index("officials"))  # "before the storm ..." leans on it


# ---- titles -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # connectives go, the date and its preposition go
        ("However, the airline cut 300 jobs in March.", "The airline cut 300 jobs"),
        ("On Wednesday, protesters blocked the main road.", "Protesters blocked the main road"),
        ("Meanwhile, the river has flooded twice since 2016.", "The river has flooded twice"),
        # a bound stays: it says what the date is
        ("The rebels must leave the city by Friday.", "The rebels must leave the city by Friday"),
        # too little left without the date: it stays
        ("It rained on Sunday.", "It rained on Sunday"),
    ],
)
def test_titles(text: str, title: str) -> None:
    assert [d.title for d in dated_sentences(text, DCT)] == [title]


def test_a_long_clause_is_cut_at_a_word() -> None:
    text = (
        "The committee of the regional parliament approved the revised plan for the expansion of "
        "the northern railway line and its four new stations on Tuesday."
    )
    (d,) = dated_sentences(text, DCT)
    assert len(d.title) <= 90 and d.title.endswith("…")
    assert text.startswith(d.title[:-1].rstrip())
    # the event's text is still its whole sentence
    assert (d.begin, d.end) == (0, len(text))


# ---- status -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The museum reopened on Saturday.", "happened"),
        ("The museum will reopen in March.", "planned"),
        ("The trial is due to start in January.", "planned"),
        ("The company plans to list its shares in 2021.", "planned"),
        ("The final is on Sunday, December 29.", "planned"),  # after the publication date
        ("The army did not enter the town on Friday.", "negated"),
        ("Police never found the painting, stolen in 1990.", "negated"),
        ("Fuel prices could rise in January.", "negated"),
        ("The vote may be delayed until February.", "negated"),
        ("If talks fail in January, the union will strike.", "negated"),
        # "May" the month is no modal
        ("Fuel prices rose in May.", "happened"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert [d.status for d in dated_sentences(text, DCT)] == [status]


def test_what_someone_denied_is_negated_and_the_denial_is_the_event() -> None:
    text = "The ministry denied on Friday that its jets had bombed the market in November."
    got = events(text)
    assert got == [
        (
            "2019-12-20",
            "The ministry denied that its jets had bombed the market in November",
            "happened",
        ),
        ("2019-11", "Its jets had bombed the market", "negated"),
    ]


def test_other_languages_get_the_light_cut() -> None:
    # no clause finder for them: the segment around the date (db/dates/other_languages.py)
    text = "El presidente viajó a Madrid el 25 de enero de 2011."
    (d,) = dated_sentences(text, DCT, "es")
    assert (d.title, d.status) == ("El presidente viajó a Madrid", "happened")
    assert d.title_span == (0, len(text))


def test_a_date_that_names_a_thing_stays_in_its_title() -> None:
    text = "The party won its biggest majority in Thursday's election."
    assert [d.title for d in dated_sentences(text, DCT)] == [
        "The party won its biggest majority in Thursday's election"
    ]


def test_a_report_after_a_comma_does_not_take_the_clause_before_it() -> None:
    text = (
        "The envoy landed in Cairo on Tuesday, two days after the president said the border "
        "crossing had reopened."
    )
    got = events(text)
    assert got[0] == ("2019-12-17", "The envoy landed in Cairo", "happened")


def test_a_report_as_an_aside_leaves_its_clause_whole() -> None:
    text = "The new stadium, its owners said, will open in August."
    assert events(text) == [("2020-08", "The new stadium will open", "planned")]


def test_titles_lose_stray_quotes() -> None:
    text = "``The talks collapsed on Friday,'' the envoy said."
    assert [d.title for d in dated_sentences(text, DCT)] == ["The talks collapsed"]


def test_a_reporting_verb_with_an_object_reports_nothing() -> None:
    assert len(clauses("The government announced a tax cut and the budget passed.")) == 2
    got = clauses("The government announced a tax cut and the budget passed.")
    assert got[0] == ("main", "The government announced a tax cut")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause after a preposition
        (
            "The prisoner was moved to the island, from which he escaped in June 1902.",
            [("1902-06", "He escaped in June 1902", "happened")],
        ),
        # a participle between commas: its antecedent "was" / "were" what it says
        (
            "The truce, signed in April, broke down on Saturday.",
            [
                ("2019-04", "The truce was signed", "happened"),
                ("2019-12-21", "The truce broke down", "happened"),
            ],
        ),
        (
            "The elections, held in October, gave no party a majority.",
            [("2019-10", "The elections were held", "happened")],
        ),
        # ", but" opens a clause even when its verb is not in the word lists
        (
            "The council did not vote in November, but members expect a vote in February.",
            [
                ("2019-11", "The council did not vote", "negated"),
                ("2020-02", "Members expect a vote", "planned"),
            ],
        ),
        # "said the ...": the article belongs to what was said
        (
            "Witnesses said the smugglers fled across the river on Friday.",
            [("2019-12-20", "The smugglers fled across the river", "happened")],
        ),
    ],
)
def test_more_clauses(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert events(text) == expected


def test_a_dateless_clause_leans_on_the_nearest_dated_clause_in_the_text() -> None:
    text = "The truce, signed in April, broke down on Saturday when the rebels shelled the port."
    spans = {d.title: d.title_span for d in dated_sentences(text, DCT)}
    assert spans["The truce broke down"] == (0, len(text))  # "when the rebels ..." leans on it
    assert spans["The truce was signed"] == (text.index("signed"), text.index("broke"))


def test_a_date_between_commas_goes_with_its_commas() -> None:
    text = "The floods, on March 3, destroyed 400 homes."
    assert [d.title for d in dated_sentences(text, DCT)] == ["The floods destroyed 400 homes"]


def test_a_past_form_after_an_apposition_is_the_verb_not_a_participle() -> None:
    text = "The farm where Ann Lee, a retired nurse, lived in 2001, was sold, the family said."
    got = split(text, 0, len(text), [(text.index("2001"), text.index("2001") + 4)])
    assert RELATIVE not in [c.kind for c in got]


def test_a_date_that_is_the_subject_stays() -> None:
    text = "In the capital, today is the tenth day of the strike."
    assert [d.title for d in dated_sentences(text, DCT)] == [
        "In the capital, today is the tenth day of the strike"
    ]


def test_a_long_line_of_clauses_stays_linear() -> None:
    """A "sentence" without full stops (a table, a log) can hold thousands of clauses and dates:
    each event still gets its own clause (and the finder does not go quadratic on it)."""
    text = "the river flooded on 3 May 2011; " * 3000
    got = dated_sentences(text, DCT)
    assert len(got) == 3000
    assert {d.title for d in got} == {"The river flooded"}
    assert got[-1].title_span == (len(text) - 33, len(text))
