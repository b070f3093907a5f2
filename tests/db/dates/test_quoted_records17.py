"""A quoted record (a diary, a log, a letter) whose lead names its day through a labelled item
told earlier ("On the day of Plate 12 she wrote: '...'"): the record's lines are that day's.
Passages of our own in several registers: what a careful reader puts on the timeline."""

from __future__ import annotations

import datetime as dt

from db.dates import dated_sentences

DCT = dt.date(2026, 12, 7)


def _at(text: str, words: str) -> list[str]:
    """The start of each event whose clause holds `words`."""
    at = text.index(words)
    return [d.start for d in dated_sentences(text, DCT) if d.clause[0] <= at < d.clause[1]]


def test_a_photographers_diary_on_the_day_of_a_plate() -> None:
    # a catalogue of an exhibition of glass negatives
    text = (
        "Plate 12. West front of Ely cathedral, 14.vi.1889. Dull light.\n"
        "Plate 31. Market cross, Wymondham, 2.ix.1893. Retouched.\n\n"
        'Her pocket diary survives. On the day of Plate 12 she wrote: "Set the camera up by the '
        'porch before seven. Cloud broke at noon and I exposed two plates."\n\n'
        "She gave up photography when she married in 1902."
    )
    assert _at(text, "Cloud broke") == ["1889-06-14T12:00"]
    assert _at(text, "she wrote") == ["1889-06-14"]


def test_a_masters_log_on_the_day_of_a_chart() -> None:
    # a maritime history quoting a survey ship's log
    text = (
        "Chart 4. Soundings off Lundy, 3 March 1851.\n"
        "Chart 9. The Bristol Channel bar, 18 May 1852.\n\n"
        "The log of the Heron tells more. On the day of Chart 4 the master wrote: 'Fog lifted "
        "at eight. Anchored in the lee of the island and sent the boats away.'\n\n"
        "The Heron was sold out of the service in 1860."
    )
    assert _at(text, "Anchored in the lee") == ["1851-03-03"]


def test_the_label_named_not_the_last_told() -> None:
    # a war memoir quoting the letters it lists
    text = (
        "Letter 3. From Etaples, 2 May 1916.\n"
        "Letter 7. From Albert, 20 June 1916.\n\n"
        "On the day of Letter 3 he wrote to his sister too: 'Marched all night and slept in a "
        "barn.'"
    )
    assert _at(text, "slept in a barn") == ["1916-05-02"]


def test_a_verbless_holiday_line_of_a_quoted_log() -> None:
    # a village school's history quoting its log book
    text = (
        "The school opened in 1877. For 22 June 1897 the head teacher's log has one line: "
        '"Jubilee. Holiday." Numbers fell that winter.'
    )
    assert _at(text, "Holiday") == ["1897-06-22"]
