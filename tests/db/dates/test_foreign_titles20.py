"""Titles of events in Spanish, French, Italian, German and Portuguese (the twentieth session's
rules). Sentences written for this test, none taken from an evaluation file. DCT: Thursday
2012-05-10."""

from __future__ import annotations

import pytest

from db.dates.day_part_words import without_part_after, without_part_before
from db.dates.foreign_finish import FOREIGN_TITLE_LIMIT
from tests.db.dates.test_foreign_titles16 import _titles


def test_a_news_clause_past_120_characters_stays_whole() -> None:
    text = (
        "La Policía Local de Valdemora de la Sierra detuvo el martes a dos jóvenes de 19 y 21 "
        "años como presuntos autores de las pintadas en la fachada del antiguo matadero."
    )
    title = _titles("es", text)["2012-05-08"]
    assert title == (
        "La Policía Local de Valdemora de la Sierra detuvo a dos jóvenes de 19 y 21 años como "
        "presuntos autores de las pintadas en la fachada del antiguo matadero"
    )
    assert 120 < len(title) <= FOREIGN_TITLE_LIMIT


def test_a_runaway_title_is_still_cut() -> None:
    text = (
        "Le 3 mai les habitants du quartier des Tanneries réunis en assemblée dans la salle "
        "paroissiale ont voté une motion demandant le maintien de l'école et de la poste et de la "
        "pharmacie et de la ligne de bus qui relie le quartier au centre-ville depuis vingt ans."
    )
    title = _titles("fr", text)["2012-05-03"]
    assert len(title) <= FOREIGN_TITLE_LIMIT and title.endswith("…")


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a part of the day after the date, CLDR's "madrugada" with "de"
            "es",
            "Los bomberos rescataron el martes de madrugada a un vecino atrapado en su coche.",
            "2012-05-08",
            "Los bomberos rescataron a un vecino atrapado en su coche",
        ),
        (  # CLDR's noon with "a"
            "it",
            "Il nuovo ponte sul canale sarà aperto domani a mezzogiorno dal prefetto.",
            "2012-05-11",
            "Il nuovo ponte sul canale sarà aperto dal prefetto",
        ),
        (  # dawn, which CLDR lacks, after an elided "all'"
            "it",
            "La piazza del mercato è stata sgomberata ieri all'alba dalla polizia municipale.",
            "2012-05-09",
            "La piazza del mercato è stata sgomberata dalla polizia municipale",
        ),
        (  # German "am frühen Morgen" after the date
            "de",
            "Die Polizei hat gestern am frühen Morgen einen Lastwagen auf der B 12 gestoppt.",
            "2012-05-09",
            "Die Polizei hat einen Lastwagen auf der B 12 gestoppt",
        ),
        (  # a part of the day before the date's "de"
            "pt",
            "Um ciclista foi atropelado ao fim da tarde de terça-feira na avenida central.",
            "2012-05-08",
            "Um ciclista foi atropelado na avenida central",
        ),
    ],
)
def test_a_part_of_the_day_leaves_with_its_date(
    lang: str, text: str, start: str, title: str
) -> None:
    assert _titles(lang, text)[start] == title


def test_a_night_that_names_a_thing_stays() -> None:
    # "de la noche" before a date joins a noun ("la fiesta de la noche del sábado"), a bare
    # "noche" after one is a word of the title's own, and so is a clock time
    assert without_part_before("la fiesta de la noche") == "la fiesta de la noche"
    assert without_part_before("foi detido ao fim da tarde") == "foi detido "
    assert without_part_after(" noche de bodas") == " noche de bodas"
    assert without_part_after(" a las 9 horas") == " a las 9 horas"


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # an adjunct of sequence after the date's segment joins the title
            "pt",
            "A manifestação dos taxistas foi cancelada ontem, depois de uma reunião com o "
            "secretário dos transportes.",
            "2012-05-09",
            "A manifestação dos taxistas foi cancelada depois de uma reunião com o secretário "
            "dos transportes",
        ),
        (  # a part of the day between the date and the comma, then the adjunct
            "it",
            "La ferrovia è stata riattivata giovedì in serata, dopo la rimozione dei detriti.",
            "2012-05-10",
            "La ferrovia è stata riattivata dopo la rimozione dei detriti",
        ),
        (  # a clock time between, a place after
            "fr",
            "Le club jouera son match en retard le mercredi 16 mai à 18 h, au stade municipal.",
            "2012-05-16",
            "Le club jouera son match en retard au stade municipal",
        ),
        (  # a place kept, the condition after it left
            "pt",
            "O jogo pode ser disputado no dia 20 de maio, no estádio municipal, caso a liga "
            "aprove o pedido do clube.",
            "2012-05-20",
            "O jogo pode ser disputado no estádio municipal",
        ),
        (  # an infinitive after "depois de" is a happening of its own: left out
            "pt",
            "A câmara só aprovou o orçamento ontem, depois de rejeitar as propostas da oposição.",
            "2012-05-09",
            "A câmara só aprovou o orçamento",
        ),
        (  # a span of time after "tras" says how long before, no adjunct of the happening
            "es",
            "El nuevo párroco tomó posesión el domingo, tras dos años de vacante en la parroquia.",
            "2012-05-06",
            "El nuevo párroco tomó posesión",
        ),
    ],
)
def test_adjuncts_after_the_dates_segment(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # verb, date, subject after a comma; the said words' own date and bound go
            "fr",
            "Les commerçants sinistrés par l'inondation du 2 avril seront aidés avant le 30 "
            "juin, a assuré mardi la présidente de la région.",
            "2012-05-08",
            "La présidente de la région a assuré que les commerçants sinistrés par l'inondation "
            "seront aidés",
        ),
        (  # after a colon, the pronoun standing for the words; a dated aside left out
            "it",
            "Non riaprirà la piscina comunale, chiusa da marzo: lo ha annunciato ieri il sindaco.",
            "2012-05-09",
            "Il sindaco ha annunciato che non riaprirà la piscina comunale",
        ),
        (  # the subject first, then "lo" and the verb
            "es",
            "La romería de San Isidro no saldrá este año: la cofradía lo anunció el lunes.",
            "2012-05-07",
            "La cofradía anunció que la romería de San Isidro no saldrá",
        ),
        (  # Portuguese, the date's "nesta" and a bracketed day number
            "pt",
            "O desemprego na região caiu 2% no primeiro trimestre, informou nesta terça-feira "
            "(8) o instituto de estatística.",
            "2012-05-08",
            "O instituto de estatística informou que o desemprego na região caiu 2%",
        ),
    ],
)
def test_a_closing_dated_attribution(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def test_a_closing_segment_that_is_no_attribution() -> None:
    # the subject's relative clause before the verb: the verb's object follows, nothing said
    text = "El alcalde, que llegó al cargo en 2007, anunció ayer su dimisión."
    assert "que el alcalde" not in _titles("es", text)["2012-05-09"].lower()
    # a verb that says nothing: the clause keeps its own title
    text = "La nueva ermita quedó terminada en marzo, llegó ayer el obispo a bendecirla."
    assert not _titles("es", text)["2012-05-09"].startswith("El obispo llegó que")
