"""Historical writing in styles neither narrself.json nor narrself2.json has
(bench/reader_styles/narrself3.json, passages written for these tests with what a careful reader
puts on a timeline): an audio-guide script, a warship's service history, a genealogy forum
thread, a hall of fame entry, a novel's author's note, a governor's dispatch in a commentary, a
house's deeds, a parliamentary speech, an auction lot essay, a questions-forum answer. Each test
is one cause the passages shared; `placed` and `values` are test_reader_styles.py's."""

from __future__ import annotations

import datetime

from test_reader_styles import DCT, placed, values

from db.dates import dated_sentences


def test_a_quoted_writing_counts_from_the_day_its_name_gives_the_sentence_before() -> None:
    # a commentary on a dispatch: "He wrote ...:" names no day; the dispatch's own date, a
    # sentence before, is the day its "ultimo" and "instant" count from, and the story stays
    # in 1838 after the quotation
    text = (
        "The resident's dispatch of 6 May 1851 is our only source for the raid. He wrote to "
        "London:\n\n'I have to report that on the 20th ultimo the stores at Pell Creek were "
        "burnt, and that on the 24th I sent a party after the raiders. The mail leaves on the "
        "12th instant.'\n\nThe resident had landed only that January. The raiders were taken "
        "in June."
    )
    got = values(text)
    assert got["the 20th ultimo"] == "1851-04-20" and got["the 24th"] == "1851-04-24"
    assert got["the 12th instant"] == "1851-05-12"
    assert got["that January"] == "1851-01" and got["June"] == "1851-06"
    # the introducing words' own day still wins
    text = (
        "The dispatch of 6 May 1851 survives. On 9 May 1851 he wrote again: 'on the 2nd "
        "instant the mail came in.'"
    )
    assert values(text)["the 2nd instant"] == "1851-05-02"


def test_a_pluperfect_month_looks_back_from_the_story_s_day() -> None:
    # "had arrived only that March" is behind the story's September day: "her letter of 9
    # October" after it is the October after that day, not the one before March
    text = (
        "On 12 September 1838 the magistrate returned with four prisoners. The governor had "
        "arrived only that March, and his figures are lower than those the chaplain gave in "
        "his letter of 9 October."
    )
    got = values(text)
    assert got["that March"] == "1838-03" and got["9 October"] == "1838-10-09"


def test_a_writing_s_own_date_is_past_whatever_the_main_verb() -> None:
    # "his letter of 2 March" names when it was written: past, the story's year, though the
    # sentence's verb is the historian's present
    text = (
        "In 1862 the bishop toured the northern parishes. His figures differ from those in the "
        "archdeacon's letter of 2 March."
    )
    assert values(text)["2 March"] == "1862-03-02"
    assert placed("The lease dated 4 July is in the county archive.", datetime.date(2026, 12, 7))


def test_the_writer_s_own_doing_after_a_third_person_story_is_the_writer_s_time() -> None:
    # an author's note: the history is told in the third person, the writer speaks in the
    # present; "I finished the draft in May" is the writer's May, not 1988's
    dct = datetime.date(2026, 9, 1)
    text = (
        "The abbot is real, but I have moved his death by a year. The best account is a study "
        "by Anne Lowry, published in 1988. I finished the last draft in Wenmarsh in May."
    )
    assert values(text, dct)["May"] == "2026-05"
    # a speech: "my constituents" on a day of this year, after the story's 1923
    text = (
        "I am grateful for this debate. In 1923 the company proposed to close the line, and "
        "the plan was dropped that November. On 14 March my constituents presented a new "
        "petition."
    )
    assert values(text)["14 March"] == "2026-03-14"
    # a memoir's story is told in the first person: its months stay in the story's year
    text = "I remember the summer of 1947 well. In August we were flooded out for a week."
    assert values(text)["August"] == "1947-08"
    # without the writer's present there is no writer's frame: a family story
    text = "My grandfather came to Leeds in 1920. In May he married my grandmother."
    assert values(text)["May"] == "1920-05"


def test_a_sale_s_day_told_in_the_present_is_the_reader_s_after_a_history() -> None:
    # an auction lot's essay ends with the sale: "takes place" is a timetable's present, close
    # ahead of the publication date, whatever year the provenance ended on
    text = (
        "The clock was bought by the museum in 1998 and shown in Leeds in 2004. The sale takes "
        "place at Harrogate on 15 December. The members' dinner is held on Friday."
    )
    got = values(text)
    assert got["15 December"] == "2026-12-15" and got["Friday"] == "2026-12-11"
    # a story's own "took place" stays in the story
    text = "The fair was chartered in 1610. It took place on 9 May."
    assert values(text)["9 May"] == "1610-05-09"


def test_a_bound_s_year_after_at_least() -> None:
    # "worked from at least 1290": a year; "at least 1500 homes" a count
    got = values("The quarry was worked from at least 1290 and closed in 1912.")
    assert got["at least 1290"] == "1290"
    assert not any(v.startswith("1500") for v in values("It flooded at least 1500 homes.").values())
    assert not any(
        v.startswith("1500") for v in values("The bill passed by at least 1500 votes.").values()
    )


def _statuses(text: str) -> dict[str, str]:
    """Each dated event's start -> its status."""
    return {s.start: s.status for s in dated_sentences(text, DCT)}


def test_a_date_ending_a_participle_after_a_noun_has_its_own_status() -> None:
    # an audio guide: what you will hear was recorded in 1958; the hearing is to come
    text = (
        "In the next room you will hear a recording made in 1958 by the last weaver. The "
        "museum will show letters written on 3 May 1915."
    )
    got = _statuses(text)
    assert got["1958"] == "happened" and got["1915-05-03"] == "happened"
    # a plan's own date stays planned
    assert _statuses("The choir will sing in the cathedral in May 2027.")["2027-05"] == "planned"


def test_a_writing_s_date_gives_its_status_whatever_the_clause_plans() -> None:
    # a letter to the editor: the article was printed, though the sentence hopes for a correction
    text = "Your article of 30 November has an error that I hope you will let me put right."
    assert _statuses(text)["2026-11-30"] == "happened"
