"""Titles of events in Spanish, French, Italian, German and Portuguese (the nineteenth session's
rules). Sentences written for this test, none taken from an evaluation file. DCT: Thursday
2012-05-10."""

from __future__ import annotations

import pytest

from db.dates.foreign_fragments import is_fragment
from db.dates.german_order import reordered
from tests.db.dates.test_foreign_titles16 import _titles


@pytest.mark.parametrize(
    "title, ordered",
    [
        # a road's number stays with its noun, and the noun's "zwischen ... und ..."
        (
            "ist die Landstraße 7 zwischen Moosbach und Unterau wieder frei",
            "die Landstraße 7 zwischen Moosbach und Unterau ist wieder frei",
        ),
        # a town named with its river after "von"
        (
            "hatte der Stadtrat von Wendelsheim an der Iller den Haushalt beschlossen",
            "der Stadtrat von Wendelsheim an der Iller hatte den Haushalt beschlossen",
        ),
        # a name of two words after its noun, seen by the article after it
        (
            "hat die Volksbank Unteres Filstal den Umbau angekündigt",
            "die Volksbank Unteres Filstal hat den Umbau angekündigt",
        ),
    ],
)
def test_german_subject_keeps_its_attributes(title: str, ordered: str) -> None:
    assert reordered(title) == ordered


def test_german_number_before_an_object_is_no_attribute() -> None:
    # "12 Personen" is the verb's object: the number stays after the verb
    assert reordered("hat die Polizei 12 Personen festgenommen") == (
        "die Polizei hat 12 Personen festgenommen"
    )


def test_german_place_of_an_active_verb_stays_after_it() -> None:
    # "am Rathaus" after a noun with its article is the verb's place, not part of a name; a
    # bare town after "in" is the active verb's place too
    assert reordered("hat der Bürgermeister am Rathaus eine Rede gehalten") == (
        "der Bürgermeister hat am Rathaus eine Rede gehalten"
    )
    assert reordered("hat die alte Apotheke in Hollerbach geschlossen") == (
        "die alte Apotheke hat in Hollerbach geschlossen"
    )


@pytest.mark.parametrize(
    "text, start, title",
    [
        # an opening noun with a number's adjective, a genitive and a place before its relative
        # clause: the clause's date titles the noun and the clause, the main date the predicate
        (
            "Die 17-jährige Schülerin eines Gymnasiums in Lindental, die am Montag vermisst "
            "worden war, ist gestern wohlbehalten bei Freunden gefunden worden.",
            "2012-05-07",
            "Die 17-jährige Schülerin eines Gymnasiums in Lindental war vermisst worden",
        ),
        (
            "Die 17-jährige Schülerin eines Gymnasiums in Lindental, die am Montag vermisst "
            "worden war, ist gestern wohlbehalten bei Freunden gefunden worden.",
            "2012-05-09",
            "Die 17-jährige Schülerin eines Gymnasiums in Lindental ist wohlbehalten bei Freunden "
            "gefunden worden",
        ),
    ],
)
def test_german_relative_after_a_long_noun(text: str, start: str, title: str) -> None:
    assert _titles("de", text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (
            "es",
            "El mercado de abastos, cuya reforma empezó en marzo, reabrirá el lunes.",
            "2012-03",
            "La reforma del mercado de abastos empezó",
        ),
        (
            "fr",
            "Le club a recruté un entraîneur pour l'équipe réserve, dont le premier match se "
            "jouera samedi 12.",
            "2012-05-12",
            "Le premier match de l'équipe réserve se jouera",
        ),
        (
            "it",
            "Il teatro comunale, il cui restauro è cominciato nel 2009, riaprirà a settembre.",
            "2009",
            "Il restauro del teatro comunale è cominciato",
        ),
        (
            "pt",
            "A ponte velha, cujas obras terminaram em abril, foi aberta ontem ao trânsito.",
            "2012-04",
            "As obras da ponte velha terminaram",
        ),
    ],
)
def test_possessive_relative_titles_the_thing_of_its_owner(
    lang: str, text: str, start: str, title: str
) -> None:
    assert _titles(lang, text)[start] == title


def test_dont_without_an_article_owns_nothing() -> None:
    # "dont il a parlé": the pronoun is "of which", no thing owned; the title is left as it was
    titles = _titles("fr", "Le maire a présenté lundi le projet, dont il a parlé au conseil.")
    assert not titles["2012-05-07"].startswith("Le projet de")


@pytest.mark.parametrize(
    "lang, head",
    [
        ("fr", "Près de 200 manifestants ont défilé"),
        ("es", "Cerca de 300 vecinos se concentraron"),
        ("it", "Fino a 40 persone potranno entrare"),
        ("pt", "Perto de uma centena de pessoas protestaram"),
    ],
)
def test_a_hedge_before_a_number_opens_no_fragment(lang: str, head: str) -> None:
    assert not is_fragment(lang, head)


@pytest.mark.parametrize(
    "lang, head",
    [("es", "Cerca de la iglesia del barrio"), ("fr", "Près de la gare routière")],
)
def test_near_a_place_stays_a_fragment(lang: str, head: str) -> None:
    assert is_fragment(lang, head)


def test_a_hedged_subject_keeps_its_clause_not_the_attribution() -> None:
    titles = _titles(
        "fr",
        "Près de 300 bénévoles seront mobilisés samedi 12 pour le marathon de Vignac, a indiqué "
        "l'organisateur.",
    )
    title = "Près de 300 bénévoles seront mobilisés pour le marathon de Vignac"
    assert titles["2012-05-12"] == title
