"""Titles of Spanish, French and Italian events beside a "while" clause (db/dates/foreign_while.py):
the happening, not the scene set beside it. Sentences written for this test. DCT: Tuesday
2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2011, 4, 5)


def titles(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # an opening date goes with the main clause after the "while" segment
        (
            "it",
            "Il 12 marzo, mentre i tifosi aspettavano fuori dallo stadio, il sindaco ha"
            " annunciato la chiusura della curva sud.",
            ("2011-03-12", "Il sindaco ha annunciato la chiusura della curva sud"),
        ),
        (
            "es",
            "El 12 de marzo, mientras los aficionados esperaban fuera del estadio, el alcalde"
            " anunció el cierre de la grada sur.",
            ("2011-03-12", "El alcalde anunció el cierre de la grada sur"),
        ),
        (
            "fr",
            "Le 12 mars, alors que les supporters attendaient devant le stade, le maire a"
            " annoncé la fermeture de la tribune sud.",
            ("2011-03-12", "Le maire a annoncé la fermeture de la tribune sud"),
        ),
        # "Persino ieri, mentre ...": a word before the conjunction
        (
            "it",
            "Persino ieri, mentre la città era sotto la neve, i vigili del fuoco hanno spento"
            " tre incendi.",
            ("2011-04-04", "I vigili del fuoco hanno spento tre incendi"),
        ),
        # a "while" clause after the date's own ends the title
        (
            "it",
            "Il sindaco di Varese è stato arrestato il 4 marzo mentre i consiglieri votavano il"
            " bilancio.",
            ("2011-03-04", "Il sindaco di Varese è stato arrestato"),
        ),
        (
            "fr",
            "Le maire a été arrêté le 4 mars tandis que les conseillers votaient le budget.",
            ("2011-03-04", "Le maire a été arrêté"),
        ),
        # the date in a "while" clause after the main one dates both: the main clause is the title
        (
            "fr",
            "Le photographe Paul Martin a été blessé alors qu'il couvrait la manifestation du 19"
            " mars.",
            ("2011-03-19", "Le photographe Paul Martin a été blessé"),
        ),
        (
            "es",
            "Un fotógrafo fue herido mientras cubría la marcha del 19 de marzo en Valencia.",
            ("2011-03-19", "Un fotógrafo fue herido"),
        ),
        # a "while" clause opening the sentence with its own date: it stays the title
        (
            "it",
            "Mentre il 4 marzo i consiglieri votavano il bilancio, fuori pioveva.",
            ("2011-03-04", "I consiglieri votavano il bilancio"),
        ),
    ],
)
def test_a_while_clause_is_no_title(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert titles(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a caption listing who is in the photo: the caption without its date
        (
            "es",
            "Marta Ruiz, a la derecha, y Jorge Ibáñez, a la salida del juzgado el lunes 28.",
            ("2011-03-28", "Marta Ruiz, a la derecha, y Jorge Ibáñez, a la salida del juzgado"),
        ),
        # a credit line after its caption: the caption before it
        (
            "fr",
            "Des pêcheurs bloquent l'entrée du port de Sète. Photo Anne Morel, droits réservés"
            " Demotix (14/03/2011).",
            ("2011-03-14", "Des pêcheurs bloquent l'entrée du port de Sète"),
        ),
        (
            "it",
            "I lavoratori del porto in sciopero davanti ai cancelli. Genova, 14 marzo – Via"
            " Lavoce.info",
            ("2011-03-14", "I lavoratori del porto in sciopero davanti ai cancelli"),
        ),
    ],
)
def test_names_or_a_credit_are_no_title(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert titles(text, lang) == [expected]


@pytest.mark.parametrize(
    "title",
    ["Gana el Premio Nobel de Paz", "Foto dalla protesta a Bengasi", "Manifestantes"],
)
def test_a_title_with_a_verb_or_one_word_is_kept(title: str) -> None:
    from db.dates.foreign_names import names_no_happening

    assert not names_no_happening(title)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "während" before a clause's subject: a "while" clause, skipped for the main one
        (
            "Am 12. März, während die Fans vor dem Stadion warteten, kündigte der Bürgermeister"
            " die Schließung der Südkurve an.",
            ("2011-03-12", "Der Bürgermeister kündigte die Schließung der Südkurve an"),
        ),
        (
            "Am 9. Oktober, während er in Leipzig eine Rede hielt, wurde der Pfarrer verhaftet.",
            ("2010-10-09", "Der Pfarrer wurde verhaftet"),
        ),
        (
            "Der Bürgermeister von Kassel wurde am 4. März festgenommen, während die Stadträte"
            " über den Haushalt abstimmten.",
            ("2011-03-04", "Der Bürgermeister von Kassel wurde festgenommen"),
        ),
        # "während" before a genitive: a preposition, which the title keeps
        (
            "Während des Krieges wurde die Brücke am 4. März 1944 gesprengt.",
            ("1944-03-04", "Während des Krieges wurde die Brücke gesprengt"),
        ),
        (
            "Während der Proteste am 9. Oktober blieb die Polizei in den Kasernen.",
            ("2010-10-09", "Während der Proteste blieb die Polizei in den Kasernen"),
        ),
    ],
)
def test_german_while_is_a_conjunction_only_before_a_subject(
    text: str, expected: tuple[str, str]
) -> None:
    assert titles(text, "de") == [expected]
