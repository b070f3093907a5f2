"""Records written one entry a line (issue 13): a parish register, a farm diary, a court's order
book and a weather station's notes, each entry a happening on its entry's day, the year and
month carried from the heading lines and the entries above. Texts written for these tests
before the extractor was run on them, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.sentences import sentence_spans

DCT = datetime.date(2026, 12, 7)

REGISTER = (
    "ST MICHAEL, LOWER ASHBY: REGISTER OF BAPTISMS, MARRIAGES AND BURIALS\n\n"
    "1783\n"
    "Jan. 5. Baptised, Mary, daughter of Thomas and Ellen Webb.\n"
    "Jan. 19. Buried, John Cole, aged 71.\n"
    "Feb. 2. Married, William Dyer and Hannah Lake, by banns.\n"
    "April 20, being Easter Day. Baptised, Joseph, son of Richard Farrow, blacksmith.\n"
    "May 1. Buried, an infant of Samuel Ives, unbaptised.\n"
)
FARM_DIARY = (
    "FROM THE DIARY OF ROBERT ALLANBY, LOW GARTH FARM\n\n"
    "1896\n"
    "March 3. Sowed the oats in the long field. Wind cold from the NE.\n"
    "4th. Harrowed. Lambing begun, 3 twins.\n"
    "6th. Rain all day. Mended harness in the barn.\n"
    "Sat. 7th. To Thirsk market with 20 ewes, sold at 38s.\n"
    "Monday. Ploughing again in Low Close.\n"
    "April 1. Cuckoo heard.\n"
)
ORDER_BOOK = (
    "KESTON PETTY SESSIONS: ORDER BOOK, 1851\n\n"
    "At the Sessions holden at Keston on 12 May 1851.\n"
    "James Brack, for being drunk and disorderly on the 3rd inst., fined 5s. and costs.\n"
    "Ann Tilley, for stealing a shawl, committed to the House of Correction for 14 days.\n"
    "Ordered, that the overseers of Hatton pay 2s. weekly towards the keep of the child of "
    "Mary Sayer.\n\n"
    "At the Sessions holden at Keston on 9 June 1851.\n"
    "Thomas Wray, summoned for an assault upon his wife on the 30th of May last; case "
    "dismissed.\n"
)
WEATHER_LOG = (
    "HALLAM MOOR WEATHER STATION: OBSERVER'S NOTES, 1947\n\n"
    "Jan 24. Snow began 16h, heavy by nightfall. Min -9.4.\n"
    "Jan 25. Drifts to 6 ft on the road; no milk lorry.\n"
    "Jan 26. Clear and bitter. Road cut through by the council men about noon.\n"
    "Feb 1. Thaw set in overnight, but froze again by morning.\n"
    "Feb 2. Fresh snowfall, 4 in.\n"
)


def placed(text: str) -> dict[str, set[str]]:
    """Each event's first words (its clause) and the days it is placed on."""
    out: dict[str, set[str]] = {}
    for d in dated_sentences(text, DCT):
        b, e = d.clause
        words = " ".join(text[b:e].split()[:2]).rstrip(".,;:")
        out.setdefault(words, set()).add(d.start[:10])
    return out


def values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, DCT)}


def test_each_line_heading_is_a_sentence_of_its_own() -> None:
    got = [REGISTER[b:e] for b, e in sentence_spans(REGISTER)]
    assert got[1:4] == ["1783", "Jan. 5.", "Baptised, Mary, daughter of Thomas and Ellen Webb."]
    assert "Jan. 19." in got
    got = [FARM_DIARY[b:e] for b, e in sentence_spans(FARM_DIARY)]
    assert {"4th.", "Sat. 7th.", "Monday."} <= set(got)


def test_a_year_alone_on_its_line_heads_the_entries_below() -> None:
    got = values(REGISTER)
    assert got["1783"] == "1783"
    assert got["Jan. 5"] == "1783-01-05"
    assert got["May 1"] == "1783-05-01"


def test_a_day_alone_is_a_day_of_the_month_the_entries_are_in() -> None:
    got = values(FARM_DIARY)
    assert got["4th"] == "1896-03-04"
    assert got["Sat. 7th"] == "1896-03-07"  # the weekday fits
    assert got["Monday"] == "1896-03-09"  # the next Monday after the entry above
    assert got["April 1"] == "1896-04-01"  # the year carried far below its heading
    text = "Notes\n\nOn 29 April 1902 the mill burned.\n30th. Salvaged looms.\n2nd. Paid men off."
    assert values(text)["2nd"] == "1902-05-02"  # on into the next month


def test_a_day_alone_needs_a_day_told_before_it() -> None:
    text = "Race results\n\nHarriet Lowe came in 4th. Tom Reid was 6th.\n"
    assert "4th" not in values(text) and "6th" not in values(text)


def test_a_title_naming_its_year_dates_the_headings_below() -> None:
    got = values(WEATHER_LOG)
    assert got["Jan 24"] == "1947-01-24"
    assert got["Feb 2"] == "1947-02-02"
    recent = "WEATHER NOTES, 2026\n\nJan 24. Snow began at four.\n"
    assert values(recent)["Jan 24"] != "1947-01-24"


def test_a_heading_may_name_its_day_in_apposition() -> None:
    got = placed(REGISTER)
    assert "1783-04-20" in got["Baptised, Joseph"]


def test_register_entries_are_on_their_days() -> None:
    got = placed(REGISTER)
    assert got["Baptised, Mary"] == {"1783-01-05"}
    assert got["Buried, John"] == {"1783-01-19"}
    assert got["Married, William"] == {"1783-02-02"}
    assert got["Buried, an"] == {"1783-05-01"}


def test_farm_diary_entries_without_verbs_are_on_their_days() -> None:
    got = placed(FARM_DIARY)
    assert got["Sowed the"] == {"1896-03-03"}
    assert got["Harrowed"] == {"1896-03-04"}
    assert got["Mended harness"] == {"1896-03-06"}
    assert got["To Thirsk"] == {"1896-03-07"}
    assert got["Ploughing again"] == {"1896-03-09"}
    assert got["Cuckoo heard"] == {"1896-04-01"}
    # the weather noted on a headed line is the day's happening too (`line_fragment`)
    assert got["Rain all"] == {"1896-03-06"}


def test_an_order_book_s_findings_are_on_the_sessions_day() -> None:
    got = placed(ORDER_BOOK)
    assert "1851-05-03" in got["James Brack"]  # the offence, on its own day
    assert got["fined 5s"] == {"1851-05-12"}
    assert got["Ann Tilley"] == {"1851-05-12"}
    assert got["Ordered, that"] == {"1851-05-12"}
    assert "1851-05-30" in got["Thomas Wray"]
    assert got["case dismissed"] == {"1851-06-09"}


def test_weather_log_happenings_are_on_their_days() -> None:
    got = placed(WEATHER_LOG)
    assert got["Snow began"] == {"1947-01-24"}
    assert "1947-01-26" in got["Road cut"]
    assert got["Thaw set"] == {"1947-02-01"}


def test_an_account_book_entry_s_head_is_on_the_entry_s_day() -> None:
    text = (
        "THE HOUSEHOLD BOOK OF MARGERY TALBOT, 1714\n\n"
        "1714\n"
        "Oct. 3. To the thatcher for the barn, blown down in the gale of the 29th past, 12s.\n"
        "Oct. 9. Given to the carol singers against Christmas, 1s.\n"
        "Oct. 12. Received of Mr Hale his rent due at Lady Day last, £4.\n"
        "Oct. 20. For the christening: cakes and wine, 8s.\n"
    )
    got = placed(text)
    assert got["To the"] == {"1714-10-03"}
    assert "1714-10-09" in got["Given to"]
    assert "1714-10-12" in got["Received of"]
    assert got["For the"] == {"1714-10-20"}


def test_a_key_dates_box_without_stops_gives_each_line_its_event() -> None:
    text = (
        "The Brackley Mill\n\n"
        "MILESTONES\n"
        "12 March 1802 - The mill is built by Joseph Hart\n"
        "1835 - Steam engine installed\n"
        "October 1871 - Fire guts the spinning floor\n"
        "The mill closed in 1968.\n"
    )
    events = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert events["The mill is built by Joseph Hart"] == "1802-03-12"
    assert events["Steam engine installed"] == "1835"
    assert events["Fire guts the spinning floor"] == "1871-10"


def test_what_happened_as_planned_is_on_the_plan_s_day() -> None:
    text = (
        "At a Meeting of the Bridge Trustees held on 2 March 1829. Resolved that the new span "
        "be opened to carriages on Whit Monday next.\n\n"
        "The opening took place as planned, with a band and a procession of carts."
    )
    got = placed(text)
    assert "1829-06-08" in got["The opening"]
    assert "2026-12-07" not in got["The opening"]


def test_what_a_meeting_resolves_for_a_feast_is_the_next_one() -> None:
    text = (
        "At a Meeting of the Bridge Trustees held on 2 March 1829. Resolved, that the new span "
        "be opened to carriages on Whit Monday. Ordered that the toll-keeper do pay his rent at "
        "Michaelmas."
    )
    got = values(text)
    assert got["Whit Monday"] == "1829-06-08"
    assert got["Michaelmas"] == "1829-09-29"
    statuses = {d.timex.text: d.status for d in dated_sentences(text, DCT)}
    assert statuses["Whit Monday"] == "planned"


def test_days_alone_under_a_month_s_heading_line() -> None:
    text = (
        "WAR DIARY OF THE 2ND FIELD AMBULANCE\n\n"
        "APRIL 1917\n"
        "9th. Opened a dressing station at Arras.\n"
        "11th. Evacuated 340 wounded by light railway.\n"
        "MAY 1917\n"
        "3rd. Moved to Feuchy.\n"
    )
    got = values(text)
    assert got["APRIL 1917"] == "1917-04"
    assert got["9th"] == "1917-04-09"
    assert got["11th"] == "1917-04-11"
    assert got["3rd"] == "1917-05-03"
    assert placed(text)["Moved to"] == {"1917-05-03"}
