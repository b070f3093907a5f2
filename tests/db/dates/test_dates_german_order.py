"""German titles with the subject first and the finite verb second (db/dates/german_order.py):
a subject's genitive goes with it, a number's subject after a place phrase goes first, a
subordinate clause's last verb comes second, a separable verb's particle goes back to the end.
Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.german_order import reordered

DCT = datetime.date(2012, 5, 10)


def titles(text: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, "de")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject's genitive stays with it, not after the verb
        (
            "Am 3. April traten die Beschäftigten des Flughafens in den Streik.",
            ("2012-04-03", "Die Beschäftigten des Flughafens traten in den Streik"),
        ),
        (
            "Im März legten die Fahrer der Stadtwerke die Arbeit nieder.",
            ("2012-03", "Die Fahrer der Stadtwerke legten die Arbeit nieder"),
        ),
        (
            "Vom 2. bis 4. April streikten die Lehrer der Stadt.",
            ("2012-04-02", "Die Lehrer der Stadt streikten"),
        ),
        # a number's subject with its hedge ("rund", "mehr als")
        (
            "Am Samstag haben rund 5000 Menschen in München gegen den Krieg demonstriert.",
            ("2012-05-05", "Rund 5000 Menschen haben in München gegen den Krieg demonstriert"),
        ),
        # the subject after a place phrase
        (
            "Am Dienstag wurden in Hamburg drei Männer festgenommen.",
            ("2012-05-08", "Drei Männer wurden in Hamburg festgenommen"),
        ),
        (
            "Am 8. März fand in Wien eine Kundgebung statt.",
            ("2012-03-08", "Eine Kundgebung fand in Wien statt"),
        ),
        # a subject that opens with a number joined to its noun
        (
            "Im März war der 17-Jährige aus dem Heim verschwunden.",
            ("2012-03", "Der 17-Jährige war aus dem Heim verschwunden"),
        ),
        # an object pronoun between verb and subject stays after the verb
        (
            "Am Montag nahm ihn die Polizei in Hamburg fest.",
            ("2012-05-07", "Die Polizei nahm ihn in Hamburg fest"),
        ),
        (
            "Im Januar hatte sich der Stadtrat gegen den Neubau entschieden.",
            ("2012-01", "Der Stadtrat hatte sich gegen den Neubau entschieden"),
        ),
        # reported words in subject order already: the article is no verb
        (
            "Ein Sprecher sagte, der Neubau sei am 4. April genehmigt worden.",
            ("2012-04-04", "Der Neubau sei genehmigt worden"),
        ),
        # a focus word before the date goes with it
        (
            "Bereits am 2. Mai hatte die Armee die Stadt umstellt.",
            ("2012-05-02", "Die Armee hatte die Stadt umstellt"),
        ),
        # a subordinate clause's finite verb, last, comes second
        (
            "Nachdem die Regierung am 2. März die Preise erhöht hatte, zogen viele los.",
            ("2012-03-02", "Die Regierung hatte die Preise erhöht"),
        ),
        (
            "Die Schule blieb geschlossen, weil der Hausmeister am 4. April die Heizung abstellte.",
            ("2012-04-04", "Der Hausmeister stellte die Heizung ab"),
        ),
    ],
)
def test_subject_first_and_verb_second(text: str, expected: tuple[str, str]) -> None:
    assert expected in titles(text)


@pytest.mark.parametrize(
    "title, expected",
    [
        ("als die Feuerwehr eintraf", "die Feuerwehr traf ein"),  # a separable verb
        ("weil die Stadt antwortete", "die Stadt antwortete"),  # "an" is no particle here
        ("weil sich die Parteien einigten", "weil sich die Parteien einigten"),  # no subject
        ("Als Präsident hat er es unterzeichnet", "Als Präsident hat er es unterzeichnet"),
        ("Während des Krieges brannte die Mühle", "Während des Krieges brannte die Mühle"),
        ("Noch immer protestieren viele", "Noch immer protestieren viele"),  # nothing to move
    ],
)
def test_reordered_leaves_what_it_cannot_tell(title: str, expected: str) -> None:
    assert reordered(title) == expected
