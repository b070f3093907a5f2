"""Historical writing in styles the first three rounds lack (bench/reader_styles/narrself4.json,
passages written for these tests with what a careful reader puts on a timeline): a composer's
life by opus numbers, an oral history transcript, a small town's encyclopedia article, a
cookbook's headnote, a cold-case appeal, a climbing guide's route. Each test is one cause the
passages showed; `placed` and `values` are test_reader_styles.py's."""

from __future__ import annotations

from test_reader_styles import placed, values


def test_a_transcript_s_turns_count_from_the_recording_day_its_head_names() -> None:
    # an oral history: the catalogue line above the "Q:" / "A:" turns is a sentence, full stop
    # and all, yet it is the transcript's head: "ago" and "this Christmas" in the answers count
    # from the day it was recorded, not from the day the archive put it online
    text = (
        "Slate Valley Memories. Tape 4: Mr Owen Pryce, interviewed at Llanfor on 2 June 1987.\n\n"
        "Q: When did the quarry close?\n"
        "A: That was twenty years ago now.\n"
        "Q: And what comes next for you?\n"
        "A: We are moving down to Bala this Christmas."
    )
    got = values(text)
    assert got["twenty years ago"] == "1967" and got["this Christmas"] == "1987-12-25"
    assert placed(text)["We are moving down to Bala"] == {"1987-12-25"}
    # a first sentence that tells of recording, with no speakers' turns below, is the body: the
    # publication date stays the now
    text = (
        "The album was recorded in Cardiff on 2 June 1987. Its singer says she is touring again "
        "this Christmas."
    )
    assert values(text)["this Christmas"] == "2026-12-25"


def test_a_weekday_after_whitsun_is_found_in_the_story_s_year() -> None:
    # "Whitsun" is the British name of Whit Sunday: "the Tuesday after Whitsun" is a day of the
    # year the story is in, not a Tuesday near the publication date
    text = "The weavers struck in April 1912 and went back on the Tuesday after Whitsun."
    assert values(text)["the Tuesday after Whitsun"] == "1912-05-28"
    assert values("The fair was held at Whitsun 1875.")["Whitsun 1875"] == "1875-05-16"


def test_the_day_before_a_named_happening_dates_the_happening_a_day_on() -> None:
    # a headnote or a life: ", the day before her wedding" in apposition to a day says the
    # wedding was the day after it, as ", a day before her wedding" does; TimeML marks "the
    # day", the day it stands in apposition to
    text = "She planted the walnut on 11 April 1887, the day before her wedding."
    assert values(text)["the day"] == "1887-04-11"
    assert set().union(*placed(text).values()) == {"1887-04-11", "1887-04-12"}
    counted = text.replace("the day before", "a day before")
    assert set().union(*placed(counted).values()) == {"1887-04-11", "1887-04-12"}
    text = "The mayor opened the bridge on Friday 2 June 1911, the day after the coronation."
    assert set().union(*placed(text).values()) == {"1911-06-01", "1911-06-02"}
    # a clause after it is `days_apart`'s, and "the day before" ending its phrase is the story's
    assert "the day" not in values("On 3 May 1915, the day before she sailed, he wrote.")
    got = values("The treaty was signed on 4 May 1702. The day before, the envoys had quarrelled.")
    assert got["The day before"] == "1702-05-03"


def test_a_record_s_present_tells_the_story_s_year() -> None:
    # a recorder's note (one of the passages run after the fixes): "the register gives his
    # burial as 18 Feb." tells what the record holds, a day of the year the story is in, not
    # the next 18 February; "the accounts show ... on 3 September" likewise
    text = "He died on 14 February 1823. The burial register gives his burial as 18 Feb."
    assert values(text)["18 Feb."] == "1823-02-18"
    text = (
        "The mill burned in June 1788. The accounts show a payment to the glazier on 3 September."
    )
    assert values(text)["3 September"] == "1788-09-03"
    # a timetable in the present is still the reader's
    assert (
        values("The mill burned in June 1788. The mill reopens on 3 September.")["3 September"]
        != "1788-09-03"
    )
