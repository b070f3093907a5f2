"""Four short news texts in styles no evaluation set has (a wildfire's evacuation updates, a
company's quarterly results, a council's budget vote, a trial's day report), written for these
tests, read as a careful reader reads them: each happening on its date, with its status."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes

WILDFIRE = """WILDFIRE

Pine Hollow fire: evacuation order widened as flames cross Route 9

Updated 9:15 p.m.: The sheriff's office widened the evacuation order to the Cedar Flats \
subdivision at 8:50 p.m., after the fire crossed Route 9.

Updated 4:30 p.m.: The fire has burned 3,200 acres since it started on Monday afternoon near \
the Pine Hollow campground. It is 10 percent contained.

Updated 11 a.m.: Crews expect the wind to ease on Thursday. A community meeting will be held \
at Ridgeview High School at 7 p.m. tomorrow. Residents who left their homes last night may \
return to Aspen Road on Friday, officials said.
"""

RESULTS = """Harbourline Foods lifts forecast as third-quarter profit jumps

Harbourline Foods reported a third-quarter net profit of 41 million pounds on Wednesday. \
Sales in the three months to September 30 rose 6 percent. The company raised its forecast for \
the full year and will pay an interim dividend of 4 pence a share on December 4. Its shares \
were 5 percent higher by midday. Chief executive Ana Ruiz said the group would open 12 stores \
in the first half of 2027.
"""

COUNCIL = """Brackley council tax to rise 4.9 percent after late-night vote

Councillors in Brackley approved a 4.9 percent rise in council tax at a budget meeting on \
Tuesday. The vote was 28 to 19. Bills will go up from April 1. The council's leader, Sam Ojo, \
said the council had no choice after the government cut its grant in December. A final \
decision on the library will be taken at the cabinet meeting on 17 March.
"""

TRIAL = """Warehouse fire trial: accused bought petrol before blaze, jury told

A jury at Carlow Crown Court heard on Tuesday that the accused, Daniel Price, 34, bought \
petrol at a garage on the night of 14 June, less than an hour before the fire at a warehouse \
in Mill Lane. Mr Price denies arson. The prosecution told jurors that CCTV showed a man in a \
grey hoodie near the warehouse at 11.40pm. The trial, which began on 16 November, is expected \
to last three weeks. It continues tomorrow.
"""


def events(text: str, dct: datetime.date) -> dict[str, tuple[str, str]]:
    """Each event's title -> (its start, its status)."""
    return {e.title: (e.start, e.status) for e in dated_sentences(text, dct)}


def values(text: str, dct: datetime.date) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, dct)}


def test_wildfire_updates() -> None:
    dct = datetime.date(2026, 8, 19)  # a Wednesday
    got = values(WILDFIRE, dct)
    assert got["8:50 p.m."] == "2026-08-19T20:50"
    assert got["Monday afternoon"] == "2026-08-17TAF"
    assert got["11 a.m."] == "2026-08-19T11:00"  # the stamp, not Monday's 11 a.m.
    assert got["Thursday"] == "2026-08-20"  # the wind is expected to ease: ahead
    assert got["7 p.m. tomorrow"] == "2026-08-20T19:00"
    assert got["last night"] == "2026-08-18TNI"
    assert got["Friday"] == "2026-08-21"
    ev = events(WILDFIRE, dct)
    assert ev["Crews expect the wind to ease"] == ("2026-08-20", "planned")
    assert ev["A community meeting will be held at Ridgeview High School"][1] == "planned"
    assert ev["Residents left their homes"] == ("2026-08-18", "happened")


def test_quarterly_results() -> None:
    dct = datetime.date(2026, 10, 28)
    got = values(RESULTS, dct)
    assert got["third-quarter"] == "2026-Q3"
    assert got["the full year"] == "2026"
    assert got["December 4"] == "2026-12-04"
    assert got["midday"] == "2026-10-28T12:00"
    assert got["the first half of 2027"] == "2027-H1"
    ev = events(RESULTS, dct)
    assert ev["Will pay an interim dividend of 4 pence a share"] == ("2026-12-04", "planned")
    assert ev["The group would open 12 stores"][1] == "planned"


def test_council_budget_vote() -> None:
    dct = datetime.date(2027, 3, 3)
    got = values(COUNCIL, dct)
    assert (got["Tuesday"], got["April 1"], got["December"], got["17 March"]) == (
        "2027-03-02",
        "2027-04-01",
        "2026-12",
        "2027-03-17",
    )
    ev = events(COUNCIL, dct)
    assert ev["Bills will go up from April 1"] == ("2027-04-01", "planned")
    assert ev["The government cut its grant"] == ("2026-12", "happened")
    planned = [v for k, v in ev.items() if k.startswith("A final decision on the library")]
    assert planned == [("2027-03-17", "planned")]


def test_trial_day_report() -> None:
    dct = datetime.date(2026, 11, 25)
    got = values(TRIAL, dct)
    assert (got["Tuesday"], got["14 June"], got["16 November"], got["tomorrow"]) == (
        "2026-11-24",
        "2026-06-14",
        "2026-11-16",
        "2026-11-26",
    )
    assert got["11.40pm"] == "2026-06-14T23:40"  # that night, not the next
    ev = events(TRIAL, dct)
    assert ev["CCTV showed a man in a grey hoodie near the warehouse"][0] == "2026-06-14T23:40"
    assert ev["The trial began"] == ("2026-11-16", "happened")
    assert ev["It continues tomorrow"] == ("2026-11-26", "planned")
