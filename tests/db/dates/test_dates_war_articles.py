"""Encyclopedia articles on wars and campaigns: section headings inside one chronology, a year
in passing in a participle, a look back in another clause of the sentence, nights across two
dates ("the night of 23/24 April"), "o'clock" hours, a day after "the morning of" and "through
the night". Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import find_timexes

DCT = datetime.date(2026, 7, 14)


def found(text: str, dct: datetime.date = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in find_timexes(text, dct)}


def test_a_look_back_in_another_clause_leaves_the_date_moving_on() -> None:
    got = found(
        "The winter of 1808 had been hard on the garrison: its stores ran out, and the town "
        "fell on 14 February after a long blockade."
    )
    assert got["14 February"] == ("DATE", "1809-02-14")


def test_a_section_heading_does_not_end_the_story() -> None:
    text = (
        "The army crossed the river on 3 June 1808 and took the town on 9 June.\n\n"
        "Siege\n\n"
        "The garrison held out in the citadel. Supplies ran short, and several sorties "
        "failed. On 12 July the gates were opened."
    )
    assert found(text)["12 July"] == ("DATE", "1808-07-12")


def test_a_plain_paragraph_break_after_sentences_without_dates_still_resets() -> None:
    # not a heading: a sentence of its own with a full stop
    text = (
        "The army crossed the river on 3 June 1808 and took the town on 9 June.\n\n"
        "The museum has a room on the siege. It is open daily. Its guide was rewritten. "
        "Its shop reopened on 2 July."
    )
    assert found(text)["2 July"] == ("DATE", "2026-07-02")


def test_a_year_in_a_participle_after_a_noun_is_in_passing() -> None:
    got = found(
        "The siege of the castle began in October 1643. The walls stood below a chapel built "
        "by the Templars in 1187. On 2 December the garrison surrendered."
    )
    assert got["1187"] == ("DATE", "1187")
    assert got["2 December"] == ("DATE", "1643-12-02")


def test_a_passive_with_its_auxiliary_still_moves_the_story() -> None:
    got = found("The fort was built in 1761. On 2 December it was handed to the militia.")
    assert got["2 December"] == ("DATE", "1761-12-02")


def test_a_day_after_the_morning_of_before_a_name() -> None:
    got = found(
        "The armies met near the village on 6 June 1815. Early on the morning of the 9th "
        "Wellington rode out to the ridge."
    )
    assert got["the 9th"] == ("DATE", "1815-06-09")


def test_a_bare_ordinal_before_a_unit_name_is_no_day() -> None:
    got = found("The armies met on 6 June 1815. On the morning of the 9th Division's attack.")
    assert "the 9th" not in got


def test_through_the_night_is_the_story_days_night() -> None:
    got = found("The outpost was attacked on 3 March 1916, and it held out through the night.")
    assert got["the night"] == ("TIME", "1916-03-03TNI")
    assert "the night" not in found("They watched the night sky over the harbour in 1916.")


def test_a_night_across_two_dates_is_the_first_one() -> None:
    got = found("The bridge was blown on the night of 23/24 April 1945.")
    assert got["23/24 April 1945"] == ("DATE", "1945-04-23")
    got = found("The raid of 1942 was planned for months. On the night of May 30/31 it began.")
    assert got["May 30/31"] == ("DATE", "1942-05-30")
    assert "3/9 May" not in found("The fair ran 3/9 May.")


def test_oclock_hours_on_the_story_day() -> None:
    got = found(
        "The bombardment began on 4 August 1917, and the infantry went over the top at "
        "eleven o'clock. The reserves moved up at five o'clock the next morning."
    )
    assert got["eleven o'clock"] == ("TIME", "1917-08-04T11:00")
    assert got["five o'clock the next morning"] == ("TIME", "1917-08-05T05:00")
    got = found("He left the camp on 3 May 1915 and was back by 9 o'clock that evening.")
    assert got["9 o'clock that evening"] == ("TIME", "1915-05-03T21:00")
    assert found("The bells ring at ten o'clock at night in 1915.")["ten o'clock at night"][0] == (
        "TIME"
    )


def test_an_amount_earlier_is_a_duration_but_a_year_earlier_a_date() -> None:
    got = found("The duke died on 12 March 1702. His son had married three months earlier.")
    assert got["three months earlier"] == ("DURATION", "P3M")
    got = found("Sales were $9 million in the quarter, against $7 million a year earlier.")
    assert got["a year earlier"][0] == "DATE"  # the period compared with


def test_a_passive_with_an_adverb_still_moves_the_story() -> None:
    got = found(
        "On 4 June 1794 the fleet sailed. The dock was finally rebuilt in March 1795, and the "
        "fleet returned to it on 6 April."
    )
    assert got["6 April"] == ("DATE", "1795-04-06")


def _events(text: str) -> list[tuple[str, str]]:
    from db.dates import dated_sentences

    return [(text[d.clause[0] : d.clause[1]], d.start) for d in dated_sentences(text, DCT)]


def test_hours_in_a_story_day_date_their_clause_to_that_day() -> None:
    text = (
        "The redoubt was stormed on 7 September 1812. Within three hours the defenders had "
        "been driven out."
    )
    assert any("driven out" in c and s == "1812-09-07" for c, s in _events(text))
    assert found(text)["three hours"] == ("DURATION", "PT3H")
    # news: an amount of hours is no day of its own (the publication day's, as any news)
    news = _events("Within three hours the crowd was driven out.")
    assert all(s == DCT.isoformat() for c, s in news if "driven" in c)


def test_an_amount_before_that_counts_from_the_story_day() -> None:
    text = (
        "The relief column reached the fort on 14 April 1885. Six days before that, the "
        "garrison had beaten off an assault."
    )
    assert any("beaten off" in c and s == "1885-04-08" for c, s in _events(text))
    text = "The rebels surrendered on 2 May 1885. Their leader fled two days after the surrender."
    assert any("fled" in c and s == "1885-05-04" for c, s in _events(text))


def test_a_winter_across_two_years_spans_both() -> None:
    assert found("In the winter of 1916/17 food ran short.")["the winter of 1916/17"] == (
        "DATE",
        "1916-WI",
    )
    assert "The winter of 1914" in found("The winter of 1914-17 was a blur.")
