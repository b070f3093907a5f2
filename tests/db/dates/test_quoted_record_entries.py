"""A record's entry quoted after a colon ("The keeper's log for 3 March 1795 reads: '...'", or
the next one introduced by its time alone, "A week later: '...'"): what its sentences tell with
no date of their own happened on the entry's day (`quoted_entries`), as under a diary's heading;
not a letter's past ("Father built the barn"). Sentences written for these tests, none from an
evaluation file."""

from __future__ import annotations

import datetime

from db.dates import dated_sentences
from db.dates.extract import analyse
from db.dates.quoted_entries import entry_day

DCT = datetime.date(2026, 12, 7)


def events(text: str) -> dict[str, str]:
    return {d.title: d.start for d in dated_sentences(text, DCT)}


def test_a_logs_dateless_sentence_is_on_the_entrys_day() -> None:
    text = (
        "The lock opened in 1791. The keeper's log for 3 March 1795 reads: \"Ice on the cut. "
        'Broke it with the barge pole and let the coal boats through." The thaw came a week later.'
    )
    got = events(text)
    assert got["Broke it with the barge pole and let the coal boats through"] == "1795-03-03"
    assert got["The thaw came"] == "1795-03-10"


def test_the_next_entry_introduced_by_its_time_alone() -> None:
    text = (
        'The parish school opened in 1868. On 2 May 1870 the master wrote: "Rain all day. Few '
        'children." A week later: "Fever at the mill cottages. Sent the infants home till '
        'further notice." It did not reopen until 6 June.'
    )
    assert events(text)["Sent the infants home till further notice"] == "1870-05-09"


def test_a_letter_is_no_entry() -> None:
    text = (
        'The regiment landed in 1809. On 4 May 1809 the colonel wrote home: "We march at dawn. '
        'Father built the barn when I was a boy."'
    )
    doc = analyse(text, DCT)
    inside = text.index("Father")
    assert entry_day(doc, inside) is None
    log = text.replace("the colonel wrote home", "the colonel's diary reads")
    assert entry_day(analyse(log, DCT), log.index("Father")) == datetime.date(1809, 5, 4)
