"""Causes the narrative sets still missed after the fifteenth session (issue 13), each in
sentences written for these tests in the registers the causes were seen in: a house history's
deeds, a court record, a museum label, a police appeal, a biography."""

from __future__ import annotations

import json

from db.dates import dated_sentences
from db.ingest.events import sentence_events
from tests.db.dates.test_reader_styles import DCT, placed, values


def test_a_day_in_a_regnal_year_before_the_accession_day_is_the_next_calendar_year() -> None:
    # a house history quoting a deed: George III came to the throne on 25 October 1760, so his
    # thirty-fourth year ran from 25 October 1793 to 24 October 1794
    text = (
        "The abstract recites a lease made on the fourth day of March in the thirty-fourth "
        "year of the reign of King George the Third, when the malthouse went to Samuel Rudd."
    )
    got = values(text)
    long = "the fourth day of March in the thirty-fourth year of the reign of King George the Third"
    assert got[long] == "1794-03-04"
    assert placed(text)["The abstract recites a lease made"] == {"1794-03-04"}
    # after the accession day the day keeps the year the regnal year began in
    text = "The vestry met on 2 December in the tenth year of Queen Victoria to choose a sexton."
    assert values(text)["2 December in the tenth year of Queen Victoria"] == "1846-12-02"
    text = "The vestry met on 2 February in the tenth year of Queen Victoria to choose a sexton."
    assert values(text)["2 February in the tenth year of Queen Victoria"] == "1847-02-02"
    # the regnal year alone is still the calendar year it begins in
    assert values("It was rebuilt in the tenth year of Queen Victoria.") == {
        "the tenth year of Queen Victoria": "1846"
    }


def test_a_statute_style_regnal_year_after_a_day() -> None:
    # a court record cites the year as the clerks did: "12 Jan., 5 Will. IV" (William IV from
    # 26 June 1830: his fifth year began on 26 June 1834)
    text = "The indictment is endorsed 12 January, 5 Will. IV, and the prisoner was discharged."
    assert values(text)["12 January, 5 Will. IV"] == "1835-01-12"
    text = "The conveyance is dated 9 November, 5 Will. IV, and names the miller."
    assert values(text)["9 November, 5 Will. IV"] == "1834-11-09"
    # a citation alone: the year its regnal year begins in
    got = values("The turnpike was set up under an act of 3 Geo. IV and wound up in 1871.")
    assert got["3 Geo. IV"] == "1822"
    assert values("The road act of 7 Vict. is framed in the hall.")["7 Vict."] == "1843"
    # a man's name after a number is no reign
    assert "5 Will." not in values("Lot 12 went for 5 guineas to Will. Harte.")
    assert "5 Will." not in values("He owed 5 Will. Marsh had lent him.")


def test_a_past_relative_clause_s_date_does_not_date_a_present_clause() -> None:
    # a police appeal: the appeal is now; only the last sighting is dated
    text = (
        "Officers are renewing their appeal for a pensioner who was last seen near the bus "
        "station in Goole on 11 March 2009."
    )
    got = placed(text)
    assert got["Officers are renewing their appeal for a pensioner"] == {"2026-12-07"}
    assert got["A pensioner was last seen near the bus station in Goole"] == {"2009-03-11"}
    # a museum label: the showing is now, the drowning in 1881
    text = "The gallery is showing a sea chest which washed up at Staithes in 1881."
    got = placed(text)
    assert got["The gallery is showing a sea chest"] == {"2026-12-07"}
    assert got["A sea chest washed up at Staithes"] == {"1881"}
    # a past clause keeps leaning on the date as before
    text = "Police arrested a woman who was seen near the bus station on 11 March 2009."
    assert placed(text) == {
        "Police arrested a woman who was seen near the bus station": {"2009-03-11"}
    }


def test_a_relative_clause_set_off_by_a_comma_runs_on_past_a_place_s_commas() -> None:
    # "in Mill Lane, Hexham, on ...": the commas of an address do not close the relative clause
    text = (
        "Police are appealing again for news of Colin Barr, who was last seen in Station "
        "Road, Alnwick, at about 9pm on Tuesday 4 April 2017."
    )
    got = placed(text)
    assert got["Police are appealing again for news of Colin Barr"] == {"2026-12-07"}
    assert (
        "2017-04-04T21:00"
        in got["Colin Barr was last seen in Station Road, Alnwick, on Tuesday 4 April 2017"]
    )
    # a verb after the comma closes it: the clause around it goes on
    text = "Colin Barr, who was last seen in Station Road on 4 April 2017, is still missing."
    assert placed(text)["Colin Barr is still missing"] == {"2026-12-07"}


def _clauses(text: str) -> dict[str, str]:
    """Each event's clause text -> its date."""
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    out = {}
    for r in rows:
        c = json.loads(r["data"])["clause"]
        out[text[c["begin"] : c["end"]].strip(" ;.")] = r["start"]
    return out


def test_a_dateless_clause_after_a_semicolon_is_on_the_dated_clause_s_date() -> None:
    # a court record: the verdicts follow from the trial of 1831
    text = (
        "The enclosure of Hay Moor was bitterly resisted. Five rioters were tried at the "
        "assizes in 1831; three were acquitted and the fourth, a weaver named Hugh Platt, was "
        "imprisoned for two years."
    )
    got = _clauses(text)
    clause = (
        "three were acquitted and the fourth, a weaver named Hugh Platt, was imprisoned for two "
        "years"
    )
    assert got[clause] == "1831"
    # a local history: the sending home was in the gale's month
    text = (
        "The school opened in 1874. The roof fell in during the great gale of March 1881; the "
        "children were sent home for a fortnight."
    )
    assert _clauses(text)["the children were sent home for a fortnight"] == "1881-03"


def test_a_clause_after_a_semicolon_that_moves_on_or_looks_back_is_not_carried() -> None:
    for tail in ("later the board rebuilt it in six weeks", "it had been patched for ten years"):
        text = (
            "The school opened in 1874. The roof fell in during the great gale of March 1881; "
            f"{tail}."
        )
        assert tail not in _clauses(text)


def test_quarter_in_a_compound_noun_is_no_quarter_of_a_year() -> None:
    # a court record, a tower guide and a rent roll: a court, a ringing, a rent day
    assert values("The poachers were committed to the quarter sessions at Lewes in 1821.") == {
        "1821": "1821"
    }
    assert values("The band rang a quarter peal for the coronation of 1953.") == {"1953": "1953"}
    assert "The Quarter" not in values("The Quarter Sessions sat at Ipswich in the spring.")
    assert "the quarter" not in values("Rents fell due on the quarter day at the hall.")
    # the reporting period and the duration stay
    assert values("Profits rose in the quarter, the brewer said.")["the quarter"] == "2026-Q3"
    assert values("The crossing took a quarter of an hour.") == {"a quarter of an hour": "PT15M"}


def test_a_sale_s_outcome_is_on_the_day_the_notice_set_for_the_sale() -> None:
    # a house history: the knocking down happened at the auction, not on the notice's day
    text = (
        "By 1860 the Hollins family had left the parish. A notice in the county Gazette of "
        'Saturday 2 June 1860 offered the farm "to be sold by auction at the Bell Inn on '
        "Tuesday the 19th instant, at two o'clock precisely\". It was knocked down to a Mr "
        "Hobbs for 1,200 pounds."
    )
    assert _clauses(text)["It was knocked down to a Mr Hobbs for 1,200 pounds"] == "1860-06-19"
    # a museum label: the catalogue's "Monday next" counts from the catalogue's day, and the
    # clock was sold then
    text = (
        "The clock was made in Bristol in about 1790. The sale catalogue of Friday 3 March 1911 "
        'lists it as Lot 41, "to be sold on the premises on Monday next". It fetched eleven '
        "guineas and passed to the rector of Coombe."
    )
    got = _clauses(text)
    assert got["It fetched eleven guineas and passed to the rector of Coombe"] == "1911-03-06"
    assert values(text)["Monday next"] == "1911-03-06"


def test_an_amount_since_or_ago_in_a_quoted_deed_counts_from_the_deed_s_day() -> None:
    # a house history quoting a schedule of deeds: the building was forty years before 1796
    for word in ("since", "ago"):
        text = (
            "The deeds begin in 1702. A schedule drawn up in 1851 recites the conveyance in "
            'full: "By Indenture of the tenth day of June 1796, John Crane, miller, conveyed the '
            f'said mill, built by his father about forty years {word}, to Richard Poole."'
        )
        assert values(text)[f"forty years {word}"] == "1756"
    # a diary quoted under its day: "twenty years since" counts from the entry's day
    text = 'Her diary for 3 May 1843 reads: "Walked to the abbey, burnt twenty years since."'
    assert values(text)["twenty years since"] == "1823"
    # "since" before what it counts from is no "ago"; a news quote opening on a day is no deed
    got = values("It is twenty years since the mill closed.")
    assert "twenty years since" not in got
    text = 'The coach said: "On Monday we trained for two hours, as we did ten years ago."'
    assert values(text)["ten years ago"] == "2016"


def test_the_following_feast_counts_from_the_time_named_last_in_the_sentence() -> None:
    # a chapel's history: the story stood on a day of 1906, the sentence goes back to 1851
    text = (
        "The chapel was damaged in the gale of 3 March 1906. It had been built by Ann Lowe, who "
        "bought the field in 1851 and had the walls roofed by the following Christmas."
    )
    assert values(text)["the following Christmas"] == "1851-12-25"
    # after a bare year, the first such feast after the year's middle
    text = "In 1876 the society was founded. By the following Easter they had bought the plot."
    assert values(text)["the following Easter"] == "1877-04-01"
    # after a day, the first one after that day
    text = "The school opened on 4 May 1874. By the following Easter it had ninety pupils."
    assert values(text)["the following Easter"] == "1875-03-28"


def test_a_day_with_a_postposed_last_or_next_counts_from_the_writing_s_day() -> None:
    # a canal company's history reporting its letters
    text = (
        "The Board wrote on 3 May 1850 that the locks must be finished by the 1st of August next."
    )
    assert values(text)["the 1st of August next"] == "1850-08-01"
    text = "In his report of 2 March 1831 the agent said the mill had burned on 14 January last."
    assert values(text)["14 January last"] == "1831-01-14"
    # without a day told before, from the writer's own day
    assert values("The rent of 14 January last is still unpaid.") == {
        "14 January last": "2026-01-14"
    }
    # a feast so written, in a steward's letter reported
    text = "On 9 June 1802 the steward wrote that the rent due at Lady Day last was unpaid."
    assert values(text)["Lady Day last"] == "1802-03-25"
    # "last year" is the year's
    assert values("The rent was raised on 3 May last year.") == {"3 May last year": "2025-05-03"}
