"""Historical writing in further styles (bench/reader_styles/narrself2.json, a second round of
passages written for these tests with what a careful reader puts on a timeline): an expedition's
journal entries with an editor's prose, an obituary of 1890 reprinted, a dynasty's encyclopedia
entry, a war memorial's stories. Each test is one cause the passages shared."""

from __future__ import annotations

from test_reader_styles import DCT, placed, values

from db.dates import dated_sentences
from db.ingest.events import sentence_events


def test_a_journal_quoted_in_entries_then_told_on_keeps_the_story_year() -> None:
    # an entry's year-less heading ("3rd March.") is read from the entry before it, not from the
    # publication date: the story stays in 1898, and the editor's paragraph after the entries
    # is told forward from them, not from the last entry's day backward
    text = (
        "27th February 1898. Sailed from Halvik with the mail steamer.\n"
        "3rd March. Landed at the mission. Fever in the village.\n\n"
        "The surveyors reached the lake on the 19th of April and left it on the 2nd of June."
    )
    got = values(text)
    assert got["3rd March"] == "1898-03-03"
    assert got["the 19th of April"] == "1898-04-19" and got["the 2nd of June"] == "1898-06-02"
    # an entry's own lines still count from its day: "yesterday" under 3 March is 2 March
    text = "27th February 1898. Sailed from Halvik.\n3rd March. The pilot came aboard yesterday."
    assert values(text)["yesterday"] == "1898-03-02"


def test_an_entry_after_the_editor_s_note_counts_on_from_the_entries() -> None:
    # the editor's note between two entries is no entry's; the next entry's heading is, and
    # takes the account's year, as does its "against Christmas"
    text = (
        "THE MILLER'S DAY BOOK, 1771-1773\n\n"
        "The day book runs from Lady Day 1771. A selection follows, with the editor's notes.\n\n"
        "July 20th. To the thatcher for the granary, damaged in the gale of the 14th past, 9s.\n\n"
        "Note. The owner's son married at the chapel on 9 September 1771. The feast cost "
        "£40, more than the mill's wages for a year.\n\n"
        "September 11th. For the wedding supper: a sheep and a cask of ale, £6 4s.\n\n"
        "December 23rd. Given to the widows of the parish against Christmas, £2."
    )
    got = values(text)
    assert got["September 11th"] == "1771-09-11"
    assert got["Christmas"] == "1771-12-25"


def test_a_name_in_apposition_leaves_the_verb_after_it_the_clause_s() -> None:
    # a dynasty's entry: ", Rainald II," is a name, so "died" after it is the verb of the "When"
    # clause (not a participle's aside), and the main clause after it takes its winter
    text = (
        "When the old duke, Rainald II, died in the winter of 1402, the duchy passed to his cousin."
    )
    got = placed(text)
    title = next(t for t in got if "passed to his cousin" in t)
    assert got[title] == {"1402-12"}
    # a participle between commas after a verb and a name is still an aside
    text = "When the talks failed, Hallam, angered by the delay, resigned in May 1931."
    assert any("resigned" in t for t in placed(text))


def test_a_reprinted_paper_s_citation_dates_its_day_words_until_the_notes() -> None:
    # an obituary of 1887 reprinted: "Monday last" and "on Friday" count from the paper's day,
    # and the editor's notes under their heading are told from today
    text = (
        "From the Carlow Courier, 9 March 1887 (reprinted 2026)\n\n"
        "Mr Abel Frane died at his home on Monday last. The funeral will be held on Friday.\n\n"
        "Notes\n"
        "His papers were sold at auction in 1961."
    )
    got = values(text)
    assert got["Monday last"] == "1887-03-07" and got["Friday"] == "1887-03-11"
    papers = next(t for t in placed(text) if "papers were sold" in t)
    assert placed(text)[papers] == {"1961"}
    rows = sentence_events(text, dated_sentences(text, DCT), article_id=0, lane="")
    assert {r["status"] for r in rows if r["title"] == papers} == {"happened"}


def test_a_year_of_a_rule_counts_from_the_realm_taken() -> None:
    # a dynasty's entry: "took the duchy" starts the rule, "the sixth year of his rule" is its
    # sixth calendar year
    text = "Odo took the duchy by force in 1207 and died in the sixth year of his rule."
    assert values(text)["the sixth year of his rule"] == "1212"
    assert "Odo died" in {t for t, v in placed(text).items() if v == {"1212"}}


def test_days_counted_from_a_happening_named_with_its_day() -> None:
    # a memorial's story: "three days after the raid on 2 June" is 5 June, in a story long past
    text = "In 1916 Corporal Lane died of his wounds three days after the raid on 2 June that year."
    got = placed(text)
    assert any(v == {"1916-06-05"} and "died of his wounds" in t for t, v in got.items())
    # in news the amount stays an amount: the vote's day is not moved
    text = "Two days after the vote on Tuesday, the minister resigned."
    assert not any("2026-12-03" in v for v in placed(text).values())


def test_seasons_of_several_years_are_each_year_s_season() -> None:
    # a river's floods: "the winters of 1852 and 1894" are two winters, not two whole years
    text = "The meadows flooded in the summers of 1879, 1903 and 1936, and the mill shut in 1940."
    got = values(text)
    assert got["summers of 1879"] == "1879-SU"
    assert got["1903"] == "1903-SU" and got["1936"] == "1936-SU" and got["1940"] == "1940"
    assert values("The winters of 1740 and 1741 were hard.")["1741"] == "1741-WI"


def test_an_olympiad_s_year_is_its_bc_year() -> None:
    # a translated chronicle: the games of the first Olympiad were in 776 BC, four years apart
    text = "In the third year of the 61st Olympiad the islanders built a harbour wall."
    assert values(text)["the third year of the 61st Olympiad"] == "BC0534"
    assert values("The shrine was burned in Ol. 75.1.")["Ol. 75.1"] == "BC0480"
    # the timeline stores a BC year as its astronomical year (534 BC is -533)
    assert placed(text) == {"The islanders built a harbour wall": {"-0533"}}


def test_a_regnal_year_of_a_named_king_whose_reign_began_as_told_after_it() -> None:
    # a court chronicle: "In the first year of King Alred's reign, which began at Lammas 1270,"
    # frames the story in 1270, so its Christmas is 1270's and "6 January following" 1271's
    text = (
        "In the first year of King Alred's reign, which began in August 1270, the court kept "
        "Christmas at Harlow. The king held a council there on 6 January following."
    )
    got = values(text)
    assert got["the first year of King Alred's reign"] == "1270"
    assert got["Christmas"] == "1270-12-25" and got["6 January"] == "1271-01-06"
