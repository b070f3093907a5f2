"""Rules shown by annals, letters and feast days (narrative held-out 19): an annal entry headed by
its year, feasts of the church year by name, movable feasts before the Gregorian calendar, and
dates inside a quoted letter counted from the letter's own date. Sentences written for these
tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.happenings import PLANNED

DCT = datetime.date(2026, 12, 6)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_year_heading_an_annal_entry_is_its_year_and_the_story_s() -> None:
    got = found(
        "The abbey's register runs to 1460.\n\n"
        "1431. This year the frost lasted from Candlemas into March, and the mill stood idle.\n\n"
        "1432. In October the old abbot died.\n\n1433: A new bell was hung in the tower."
    )
    assert got["1431"] == ("DATE", "1431")
    assert got["This year"] == ("DATE", "1431")
    assert got["Candlemas"] == ("DATE", "1431-02-02")
    assert got["1432"] == ("DATE", "1432")
    assert got["October"] == ("DATE", "1432-10")
    assert got["1433"] == ("DATE", "1433")


def test_a_numbered_step_or_a_count_is_no_annal_year() -> None:
    got = found("12. Stir in the flour. This year we won.")
    assert "12" not in got and got["This year"] == ("DATE", "2026")
    got = found("1200. That was the crowd at the final.\n\nIt was the biggest since 1990.")
    assert "1200" not in got
    got = found("Sales rose in 2024.\n\nThis year they fell again.")
    assert got["This year"] == ("DATE", "2026")


def test_feasts_of_the_church_year_by_their_older_names() -> None:
    got = found(
        "The abbey was founded in 1402. In 1431 the frost lasted until the feast of St Laurence. "
        "On St George's day the abbot fell ill, and on the vigil of St James he died. The new "
        "abbot came before Lammas."
    )
    assert got["the feast of St Laurence"] == ("DATE", "1431-08-10")
    assert got["St George's day"] == ("DATE", "1431-04-23")
    assert got["the vigil of St James"] == ("DATE", "1431-07-24")
    assert got["Lammas"] == ("DATE", "1431-08-01")
    assert "Lammas" not in found("The Lammas fair was held in 1431.")


def test_a_movable_feast_before_1583_falls_by_the_julian_easter() -> None:
    got = found(
        "The bridge fell in 1340. At Easter the ferry ran again, and by Whitsunday the work began."
    )
    assert got["Easter"] == ("DATE", "1340-04-16")
    assert got["Whitsunday"] == ("DATE", "1340-06-04")
    got = found("The bridge fell in 1840. At Easter the ferry ran again.")
    assert got["Easter"] == ("DATE", "1840-04-19")


def test_a_letter_quoted_from_a_day_long_past_counts_its_days_from_that_day() -> None:
    got = found(
        "The regiment landed in France in 1915. On Monday 3 May 1915 he wrote home:\n\n"
        "'The shelling this week has been the worst since March. Yesterday we lost forty men, "
        "and tomorrow we go back up the line.'\n\nHe was killed that summer."
    )
    assert got["this week"] == ("DATE", "1915-W18")
    assert got["Yesterday"] == ("DATE", "1915-05-02")
    assert got["tomorrow"] == ("DATE", "1915-05-04")
    assert got["that summer"] == ("DATE", "1915-SU")
    got = found(
        "In a letter of 9 June 1880, sent from Leeds, she told him: 'This morning the mill "
        "stopped.' The strike spread."
    )
    assert got["This morning"] == ("TIME", "1880-06-09TMO")


def test_a_quotation_from_the_news_days_or_without_a_saying_keeps_the_publication_date() -> None:
    got = found("The minister said on Tuesday: 'Yesterday we signed the deal.'")
    assert got["Yesterday"] == ("DATE", "2026-12-05")
    got = found("The sign read, on 4 July 1921: 'Closed today.' Tomorrow the shop opens again.")
    assert got["Tomorrow"] == ("DATE", "2026-12-07")


def test_i_mean_to_is_a_plan() -> None:
    text = "On 2 June 1880 she wrote: 'Tomorrow I mean to walk to the lighthouse.'"
    got = {d.start: d.status for d in dated_sentences(text, DCT)}
    assert got["1880-06-03"] == PLANNED
    text = "The board means to sell the mill next year."
    assert {d.status for d in dated_sentences(text, DCT)} == {PLANNED}


def test_days_told_from_a_feast() -> None:
    got = found(
        "The tithe barn burned in 1319. On the Thursday after Easter the reeve rode to York, and "
        "he came home on the eve of Pentecost. In the same year the roof was mended."
    )
    assert got["the Thursday after Easter"] == ("DATE", "1319-04-12")  # Julian Easter 8 April
    assert got["the eve of Pentecost"] == ("DATE", "1319-05-26")
    assert got["the same year"] == ("DATE", "1319")
    got = found(
        "On the Sunday before Christmas 1850 the choir sang; on the morrow of Candlemas 1851 it "
        "rained."
    )
    assert got["the Sunday before Christmas 1850"] == ("DATE", "1850-12-22")
    assert got["the morrow of Candlemas 1851"] == ("DATE", "1851-02-03")


def test_may_day_is_the_first_of_may_but_a_may_day_is_not() -> None:
    assert found("The strike began on May Day 1926.")["May Day 1926"] == ("DATE", "1926-05-01")
    assert "May day" not in found("It was a fine May day in 1926.")


def test_a_quarter_of_grain_and_a_spring_tide_are_no_times() -> None:
    got = found("By Martinmas 1315 a quarter of barley cost nine shillings.")
    assert "a quarter" not in got
    assert found("Output fell for two quarters of growth in 2009.")["two quarters"] == (
        "DURATION",
        "P2Q",
    )
    got = found(
        "The spring tides this week flooded the quay; in the spring of 1851 it was rebuilt."
    )
    assert "The spring" not in got
    assert got["the spring of 1851"] == ("DATE", "1851-SP")


def test_a_regnal_year_of_a_reign_begun_in_a_bc_year_counts_down() -> None:
    got = found(
        "Ptolemy II came to the throne in 283 BC. In the tenth year of his reign he founded a "
        "new harbour, and that summer the canal was opened."
    )
    assert got["the tenth year of his reign"] == ("DATE", "BC0274")
    assert got["that summer"] == ("DATE", "BC0274-SU")


def test_a_dateless_clause_right_after_a_history_s_day_is_on_that_day() -> None:
    text = (
        "The treaty talks opened in Vienna on 3 March 1871. At the first sitting the envoy "
        "walked out of the hall."
    )
    got = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert got["At the first sitting the envoy walked out of the hall"] == "1871-03-03"
    text = (
        "The academy was founded on 2 June 1790. Its first head ran it for ten years. "
        "During his tenure the academy moved twice."
    )
    starts = {d.start for d in dated_sentences(text, DCT)}
    assert starts <= {"1790-06-02", "1790"}


def test_a_dateless_clause_beside_an_amount_after_a_history_s_day() -> None:
    text = (
        "The canal was opened on 4 May 1822. A choir sang on the quay, and the first barge "
        "took three hours for the passage. He served less than two years."
    )
    got = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert got["A choir sang on the quay"] == "1822-05-04"
    assert not any("took three hours" in t or "served" in t for t in got)


def test_a_bc_day_told_on_keeps_its_whole_date() -> None:
    text = "On 1 October 331 BC the two armies met near Arbela. The Persian king fled once more."
    got = {d.title: d.start for d in dated_sentences(text, DCT)}
    assert got["The Persian king fled once more"] == got["The two armies met near Arbela"]
    assert got["The Persian king fled once more"] == "-0330-10-01"


def test_a_year_after_the_word_years_is_a_year() -> None:
    got = found("The manor rolls survive for the years 1290 to 1348, with gaps.")
    assert got["1290"] == ("DATE", "1290")
    assert got["1348"] == ("DATE", "1348")


def test_a_clause_lasting_an_amount_after_a_history_s_day_has_no_day() -> None:
    text = (
        "The garrison was relieved on 3 June 1644. The defenders held the gate for another "
        "week. The enemy withdrew on 11 June."
    )
    titles = {d.title for d in dated_sentences(text, DCT)}
    assert not any("held the gate" in t for t in titles)
