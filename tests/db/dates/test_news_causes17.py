"""News causes left after session 16's blind sets (issue 13), each in sentences written for
these tests: a lede under a headline, a byline and a date line (its perfect is still the lede's),
told on the day the next paragraph's first sentence gives, past a report's own day and a subject
dated by its own past; not a count's change, an earlier time, or what a record shows."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.lede_heads import lede_start
from db.ingest.events import sentence_events
from tests.db.dates.test_news_causes16 import on_title, placed


def test_the_lede_starts_below_a_label_a_headline_and_a_byline() -> None:
    text = (
        "LOCAL NEWS\n\nFerry back in service\nBy Jo Marr\nFriday 19 March 2027\n\n"
        "The ferry has been repaired. It sails again at noon."
    )
    assert text[lede_start(text) :].startswith("The ferry has been repaired.")
    assert lede_start("The ferry has been repaired.\n\nIt sails at noon.") == 0
    assert lede_start("Ferry repaired\n\nNo sentence ever ends here\n\nNor here") == 0


def test_a_local_papers_lede_under_its_headline_takes_the_vote_told_next() -> None:
    # a local paper: the saving is the councillors' vote on Tuesday, not the day of the paper
    text = (
        "COMMUNITY\n\nRiverside library saved after petition\n\n"
        "The Riverside library has been saved from closure.\n\n"
        "Councillors voted on Tuesday evening to keep it open for five more years, after a "
        "petition signed by 4,000 people."
    )
    got = placed(text, datetime.date(2027, 3, 19))
    assert on_title(got, "The Riverside library has been saved") == {"2027-03-16"}


def test_a_business_briefs_lede_takes_the_signing_past_the_report_day() -> None:
    # a business brief: "the company said on Monday" dates the saying; the sale is the signing
    text = (
        "Marlow Brewery sold to Danish group\nBy Ann Pike\nMonday 8 November 2027\n\n"
        "The family-owned Marlow Brewery has been bought by a Danish drinks group, the "
        "company said on Monday.\n\n"
        "The deal was signed in Copenhagen on Thursday, ending 140 years of family ownership."
    )
    got = placed(text, datetime.date(2027, 11, 8))
    assert on_title(got, "The family-owned Marlow Brewery has been bought") == {"2027-11-04"}


def test_a_sports_reports_lede_takes_the_match_day_past_a_record_since() -> None:
    text = (
        "Harriers crowned champions\n\n"
        "Harriers have been crowned county champions for the first time since 1998.\n\n"
        "They beat Oakwood 3-1 on Saturday to finish two points clear of Mill Lane."
    )
    got = placed(text, datetime.date(2027, 5, 10))
    assert on_title(got, "Harriers have been crowned county champions") == {"2027-05-08"}


def test_a_subject_dated_by_its_own_past_does_not_hold_the_perfect() -> None:
    # a wire report: "stolen in March" is when the theft was; the finding is Sunday's
    text = (
        "Stolen sculpture found\n\n"
        "A bronze hare stolen in March has been found in a barn near Alston.\n\n"
        "A farmer found it under hay bales on Sunday and called the police."
    )
    got = placed(text, datetime.date(2027, 8, 13))
    assert got["A bronze hare stolen has been found in a barn near Alston"] == {"2027-08-08"}
    assert got["A bronze hare stolen"] == {"2027-03"}  # the theft kept, on its own month


def test_a_count_an_earlier_time_and_a_records_content_keep_the_publication_day() -> None:
    dct = datetime.date(2027, 8, 13)
    count = (
        "Waiting list grows\n\n"
        "The waiting list at Dunmere Hospital has risen to 9,000.\n\n"
        "A heatwave on Monday brought hundreds of extra admissions."
    )
    assert on_title(placed(count, dct), "The waiting list") == {"2027-08-13"}
    earlier = (
        "New appeal for missing walker\n\n"
        "Police have issued new photographs of a walker missing on the moors.\n\n"
        "Tom Heald, 64, was last seen at a car park in Edale on Sunday morning."
    )
    assert on_title(placed(earlier, dct), "Police have issued") == {"2027-08-13"}
    record = (
        "Footage of missing man released\n\n"
        "Police have released footage of a missing man's last journey.\n\n"
        "The footage shows him boarding a bus at 10.15pm on Friday."
    )
    assert on_title(placed(record, dct), "Police have released") == {"2027-08-13"}


def test_a_biographys_first_section_heading_opens_no_news_lede() -> None:
    text = (
        "Early life\n\n"
        "Mary Dunn was born in 1901 in Leeds. In 1922 she met a painter who taught her "
        "etching.\n\nCareer\n\nShe opened a print shop in 1930."
    )
    got = placed(text, datetime.date(2027, 8, 13))
    assert all(d < "2000" for days in got.values() for d in days)


def statuses(text: str, dct: datetime.date) -> list[tuple[str, str]]:
    """Each event's (day, status)."""
    rows = sentence_events(text, dated_sentences(text, dct), article_id=0, lane="")
    return [(r["start"][:10], r["status"]) for r in rows]


def test_a_years_cancelled_edition_did_not_take_place() -> None:
    dct = datetime.date(2027, 8, 16)  # a Monday
    # a local paper's history of a fete, a festival's page, a sports report
    got = statuses("The village fete, first held in 1950, was called off in 1987 in a gale.", dct)
    assert ("1987", "negated") in got
    got = statuses("The town regatta was cancelled in 2021 and 2022 but returned this year.", dct)
    assert {("2021", "negated"), ("2022", "negated")} <= set(got)
    got = statuses("The cup final was cancelled in April 2020, when grounds were shut.", dct)
    assert ("2020-04", "negated") in got
    # a day's cancelling and the news of a cancelling are cancellings that happened
    got = statuses("Both ferries were cancelled on Saturday because of the swell.", dct)
    assert ("2027-08-14", "happened") in got
    got = statuses("The county show has been cancelled, the organisers said on Friday.", dct)
    assert "negated" not in {s for _, s in got}
    # the subject's date is the thing's: the calling off happened
    got = statuses("A rail strike planned for 2024 was called off after a new pay offer.", dct)
    assert ("2024", "happened") in got


def test_news_of_a_cancelling_of_days_to_come_is_on_the_publication_day() -> None:
    dct = datetime.date(2027, 8, 16)  # a Monday
    # a live page on a storm: the ferry company's cancelling is today's; the sailings are ahead
    got = statuses("Isle Ferries has cancelled all sailings on Wednesday and Thursday.", dct)
    assert ("2027-08-16", "happened") in got
    assert {"2027-08-18", "2027-08-19"} <= {day for day, _ in got}  # the days called off stay
    # a sports report: the postponed match and its new date
    got = statuses("Saturday's cup tie has been postponed and will be played on 4 September.", dct)
    assert ("2027-08-16", "happened") in got
    assert ("2027-09-04", "planned") in got
    # a day gone by is no day called off: the cancelling stays the one news event of today
    got = statuses("The council has cancelled the market it held on Friday.", dct)
    assert got.count(("2027-08-16", "happened")) == 1
    assert ("2027-08-13", "happened") in got
