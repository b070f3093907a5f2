"""Known news failures of status and of a day a reader places, each a general rule. Sentences
written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime
import json

from db.dates import dated_sentences
from db.ingest.events import sentence_events

DCT = datetime.date(2026, 5, 12)


def events(text: str, dct: datetime.date = DCT) -> list[tuple[str, str, str]]:
    """(clause words, start, status) of each event the import makes of `text`."""
    out = []
    for r in sentence_events(text, dated_sentences(text, dct), article_id=0, lane=""):
        c = json.loads(r["data"])["clause"]
        out.append((text[c["begin"] : c["end"]], r["start"], r["status"]))
    return out


def status_of(text: str, words: str, dct: datetime.date = DCT) -> str:
    """The status of the event whose clause holds `words`."""
    (status,) = {s for clause, _, s in events(text, dct) if words in clause}
    return status


def test_a_plan_under_a_condition_is_planned() -> None:
    # "would" with an "unless" or "if" after it: the plan is on the timeline as planned
    text = "The dockers said the walkout would start on June 2 unless the port raised its offer."
    assert status_of(text, "walkout would start") == "planned"
    text = "If the council agrees, the market will reopen on June 20."
    assert status_of(text, "market will reopen") == "planned"
    # the condition of another clause in the sentence does not make the plan a hypothesis
    text = "The regulator could halt the sale if it finds harm; it said it would report in July."
    assert status_of(text, "would report") == "planned"


def test_what_may_only_happen_and_the_condition_stay_negated() -> None:
    text = "The league could scrap the final on June 6 if the heat lasts."
    assert status_of(text, "could scrap") == "negated"
    text = "The side would have won on Sunday if the keeper had stayed on his line."
    assert status_of(text, "would have won") == "negated"
    text = "If no buyer is found by the end of June, the plant will close."
    assert status_of(text, "If no buyer") == "negated"
    # a date inside the opening condition dates the condition: still a hypothesis
    text = "If the buyer pulls out in June, the plant will close."
    assert status_of(text, "buyer pulls out") == "negated"


def test_a_report_of_what_did_not_happen_is_negated() -> None:
    text = "The manager said on Friday morning that he had not yet met the new owners."
    assert status_of(text, "had not yet met") == "negated"
    text = "The panel did not question the witness, a spokeswoman said."
    assert status_of(text, "did not question") == "negated"
    text = "No passengers were injured, the ferry company said."
    assert status_of(text, "No passengers") == "negated"


def test_a_report_of_a_negated_state_plan_or_quotation_happened() -> None:
    # the saying is the news: a state, a refused plan, a quotation, a denial
    text = "The owners said on Friday that the stadium was not for sale."
    assert status_of(text, "not for sale") == "happened"
    text = "The ferry company said on Friday that it would not run the night service."
    assert status_of(text, "would not run") == "happened"
    text = '"We never gave up," the captain said on Friday.'
    assert status_of(text, "never gave up") == "happened"
    text = "The treasurer denied on Friday that she had hidden the accounts."
    assert status_of(text, "denied") == "happened"


def test_what_someone_faces_is_ahead() -> None:
    # written in September after a year in passing: the next May, a relative clause of its own
    dct = datetime.date(2026, 9, 14)
    text = "The governor, who took office in 2022, faces re-election in May, aides said."
    assert [(s, st) for c, s, st in events(text, dct) if "faces" in c] == [("2027-05", "planned")]
    text = "Senator Moss, who faces a recall vote in June, said on Friday that she would stay."
    assert ("who faces a recall vote in June, ", "2027-06", "planned") in events(text, dct)
    text = "The striker faces a disciplinary hearing in March."
    assert [(s, st) for _, s, st in events(text, dct)] == [("2027-03", "planned")]
    # what was faced stays gone by
    text = "The striker faced a disciplinary hearing in March."
    assert [(s, st) for _, s, st in events(text, dct)] == [("2026-03", "happened")]


def test_election_night_is_the_night_of_the_vote_the_story_dated() -> None:
    dct = datetime.date(2026, 11, 6)
    text = (
        "Turnout was high in Wednesday's mayoral election. The incumbent stayed silent on "
        "election night. She conceded on Thursday afternoon."
    )
    got = [(s, st) for c, s, st in events(text, dct) if "silent" in c]
    assert got == [("2026-11-04", "happened")]


def test_weeks_later_than_a_past_date_is_in_its_year() -> None:
    # no week a reader knows, but the year: not news of the publication day
    text = "The ferry ran aground in 2023. Weeks later, the owners sold the fleet."
    assert [(s, st) for c, s, st in events(text) if "sold" in c] == [("2023", "happened")]
    text = "The dockers struck in February. The port hired new crews weeks later."
    assert [s for c, s, _ in events(text) if "hired" in c] == ["2026"]
    # late in a year some weeks on may be the next; a month just gone by may be this week's
    text = "The dockers struck in December 2024. The port hired new crews weeks later."
    assert [s for c, s, _ in events(text) if "hired" in c] != ["2024"]
    text = "The dockers struck in April. The port hired new crews weeks later."
    assert [s for c, s, _ in events(text) if "hired" in c] == ["2026-05-12"]
    # a history's "Some weeks later" still gets no event (`publication_day._weeks_on`)
    text = "The caravel left Porto on 4 March 1612. Some weeks later the crew sighted land."
    assert [c for c, _, _ in events(text) if "sighted" in c] == []


def test_what_is_only_possible_is_negated() -> None:
    text = "The governor said a rate rise in July was possible."
    assert status_of(text, "was possible") == "negated"
    text = "A settlement in June is still possible, the mediator said."
    assert status_of(text, "still possible") == "negated"
    # "than ... thought possible" is a comparison, not the clause's modality
    text = "The river rose faster than anyone had thought possible on Sunday."
    assert status_of(text, "river rose") == "happened"


def test_a_superlatives_period_makes_no_event_and_that_evening_keeps_its_that() -> None:
    text = "The blizzard reached the city on Monday. That evening was the coldest of the winter."
    got = events(text)
    assert [(s, st) for c, s, st in got if "coldest" in c] == [("2026-05-11", "happened")]
    dated = dated_sentences(text, DCT)
    assert [d.title for d in dated if d.timex.text == "That evening"] == [
        "That evening was the coldest of the winter"
    ]
    # "the winter" is where the record was set: a comparison, no event of its own
    assert [d.comparison for d in dated if d.timex.text == "the winter"] == [True]


def test_a_contracted_will_after_any_subject_is_a_plan() -> None:
    # "He'll", "They'll", "We’ll": the plan's modal, not only after "I"
    text = "Reyes signed on Monday. He'll lead the attack on Saturday."
    assert status_of(text, "lead the attack") == "planned"
    text = "They’ll name the squad in June."
    assert status_of(text, "name the squad") == "planned"
    # a plan with no date makes no event of the publication day
    text = "He'll be the new captain."
    assert events(text) == []
