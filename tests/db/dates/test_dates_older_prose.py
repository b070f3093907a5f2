"""Older narrative prose: memoirs, chronicles and parish and regimental histories. An aside
(", which ... is ...,") told in its own tense, "it was not until the 21st that", "following"
put after what it counts ("the year following", "the Sunday following"), the present and last
century of a text written in its own time, "the present bridge", a saint's Eve, "in the year
1290" after a feast, "every Michaelmas", "that same night", "a quarter of a century", and
"not finished until 1852" (it happened then), "at ten o'clock" on the night the story is on,
"two years and eight months", "went to sea at fourteen" after a birth year, "the winter of 1846-7".
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences, find_timexes
from db.dates.happenings import HAPPENED, NEGATED, SentenceHappenings

DCT = datetime.date(2026, 1, 10)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_relative_aside_after_a_date_does_not_tell_its_tense() -> None:
    got = found(
        "The brig left the Cape in March 1788. On Midsummer Day, which in those latitudes "
        "is the middle of winter, she anchored off the island."
    )
    assert got["Midsummer Day"] == ("DATE", "1788-06-24")


def test_an_aside_before_a_date_still_tells_its_tense() -> None:
    got = found(
        "The bank named a new head. She replaces Ann Cole, who retired as chair, president "
        "and director in March for family reasons.",
        datetime.date(1989, 11, 2),
    )
    assert got["March"] == ("DATE", "1989-03")


def test_a_day_of_the_month_before_a_cleft_that() -> None:
    got = found(
        "The fleet left Plymouth on 2 June 1790, and it was not until the 21st that it "
        "sighted land."
    )
    assert got["the 21st"] == ("DATE", "1790-06-21")


def test_following_put_after_the_year_month_date_or_weekday_it_counts() -> None:
    got = found(
        "The mill was built in 1820, and in the year following, a weir was cut above it. "
        "The vicar came in the spring of 1832 and preached on the 3rd of May following. "
        "The guild met in September 1845, and in the November following they chose a "
        "master. The chapel reopened on 6 May 1871, and on the Sunday following the "
        "bells were rung."
    )
    assert got["the year following"] == ("DATE", "1821")
    assert got["the 3rd of May following"] == ("DATE", "1832-05-03")
    assert got["the November following"] == ("DATE", "1845-11")
    assert got["the Sunday following"] == ("DATE", "1871-05-07")


def test_the_year_following_an_event_named_is_not_the_story_year_after() -> None:
    got = found("The mill was built in 1820. The year following the flood was a hard one.")
    assert "the year following" not in {k.lower() for k in got}


def test_the_present_and_last_century_of_a_text_written_in_its_own_time() -> None:
    got = found(
        "The present century has doubled the trade of the port, which the last century "
        "had seen halved.",
        datetime.date(1881, 5, 1),
    )
    assert got["The present century"] == ("DATE", "18")
    assert got["the last century"] == ("DATE", "17")
    stretch = found("Over the last century the harbour silted up.", datetime.date(1881, 5, 1))
    assert stretch["the last century"] == ("DURATION", "P100Y")


def test_the_present_before_a_noun_is_no_time() -> None:
    assert "The present" not in found("The present bridge replaced a ford in 1790.")
    assert found("From 1790 to the present the bridge has carried the road.")["the present"] == (
        "DATE",
        "PRESENT_REF",
    )


def test_a_saints_eve_and_a_feast_in_the_year() -> None:
    got = found(
        "The abbey burned on St Lawrence's Eve, 1410. Its church had been hallowed on the "
        "feast of St Andrew in the year 1290."
    )
    assert got["St Lawrence's Eve, 1410"] == ("DATE", "1410-08-09")
    assert got["the feast of St Andrew in the year 1290"] == ("DATE", "1290-11-30")


def test_every_fixed_feast_is_a_set() -> None:
    got = found("My aunt sent us a goose every Michaelmas and a letter each Christmas.")
    assert got["every Michaelmas"] == ("SET", "XXXX-09-29")
    assert got["each Christmas"] == ("SET", "XXXX-12-25")
    assert "every Easter" not in found("The choir sang there every Easter.")


def test_that_same_night() -> None:
    got = found("The dam broke on 4 April 1902; that same night the village was emptied.")
    assert got["that same night"] == ("TIME", "1902-04-04TNI")


def test_a_quarter_of_a_century() -> None:
    got = found("He kept the inn for a quarter of a century. We waited three quarters of an hour.")
    assert got["a quarter of a century"] == ("DURATION", "P25Y")
    assert got["three quarters of an hour"] == ("DURATION", "PT45M")


def test_a_quarter_hour_and_a_quarter_century() -> None:
    got = found(
        "The lock keeper held the barge for a quarter hour. After a quarter-century in office "
        "she stood down, and the hall emptied in three-quarters of an hour."
    )
    assert got["a quarter hour"] == ("DURATION", "PT15M")
    assert got["a quarter-century"] == ("DURATION", "P25Y")
    assert got["three-quarters of an hour"] == ("DURATION", "PT45M")


def test_a_quarter_hourly_service_is_no_amount() -> None:
    got = found("Since May the village has had a quarter-hourly bus to the station.")
    assert not any("quarter" in text for text in got)


def test_not_until_a_date_says_when_it_happened() -> None:
    text = (
        "The brig left Plymouth on 2 June 1790. It was not until the 21st that she sighted "
        "land. The spire of the church was not finished until the autumn of 1852. The old "
        "tower was not rebuilt in 1853."
    )
    got = {d.start: d.status for d in dated_sentences(text, datetime.date(1901, 6, 1))}
    assert got["1790-06-21"] == HAPPENED
    assert got["1852-09"] == HAPPENED
    assert got["1853"] == NEGATED
    dct = "1901-06-01"
    for line, status in [
        ("The spire was not finished until the autumn of 1852.", HAPPENED),
        ("The ferry didn't sail until 4 May.", HAPPENED),
        ("The ferry didn't sail that week.", NEGATED),
    ]:
        h = SentenceHappenings(line, 0, len(line), [], dct)
        assert h._clause_status(h.clauses[0], dct, "") == status, line


def test_an_hour_on_a_night_the_story_is_on_is_in_the_evening() -> None:
    got = found(
        "The storming party formed up on the night of 9 June 1811. At ten o'clock the "
        "ladders went up against the wall."
    )
    assert got["ten o'clock"] == ("TIME", "1811-06-09T22:00")
    day = found("The fair opened on 9 June 1811. At ten o'clock the gates were unbarred.")
    assert day["ten o'clock"] == ("TIME", "1811-06-09T10:00")


def test_an_amount_in_two_units_is_one_duration() -> None:
    got = found(
        "The voyage home took a little more than one year and four months, and the last "
        "leg six days and twelve hours."
    )
    assert got["a little more than one year and four months"] == ("DURATION", "P1Y4M")
    assert got["six days and twelve hours"] == ("DURATION", "P6DT12H")


def test_an_age_after_its_verb_dates_a_life_event() -> None:
    text = (
        "Ann Moss was born at Hayle in 1801. She went into service at thirteen, and she "
        "married at twenty-two. The coach left at ten."
    )
    got = {(d.start, d.title) for d in dated_sentences(text, datetime.date(1937, 10, 15))}
    assert ("1814", "She went into service") in got
    assert any(start == "1823" and title.startswith("She married") for start, title in got)
    assert not any(start == "1811" for start, _ in got)  # "at ten": an hour, not an age


def test_a_winter_across_two_years_with_one_digit_for_the_second() -> None:
    got = found("In the winter of 1878-9 the river froze, and again in the winter of 1878-6.")
    assert got["the winter of 1878-9"] == ("DATE", "1878-WI")
    assert got["the winter of 1878"] == ("DATE", "1878-WI")  # "-6" is no year after 1878


def test_a_winter_across_two_years_written_in_full() -> None:
    got = found("The canal stayed frozen through the winter of 1799–1800, and the barges waited.")
    assert got["the winter of 1799–1800"] == ("DATE", "1799-WI")
