"""Which clause a date of a Spanish, French, Italian, Portuguese or German sentence belongs to:
a participle's phrase (db/dates/foreign_participles.py), a run of days' own "between"
(db/dates/foreign_ranges.py), a day word quoted and reported in the past
(db/dates/foreign_quotes.py), a month told in the future. Sentences written for this test.
DCT: Tuesday 2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2011, 4, 5)


def events(text: str, lang: str) -> list[tuple[str, str | None, str, str]]:
    return [(d.start, d.end_date, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        (
            "es",
            "Detenido el 12 de febrero, el periodista pasó dos semanas sin abogado.",
            "El periodista detenido",
        ),
        (
            "es",
            "Publicado por la fundación el 3 de marzo, el informe denuncia torturas.",
            "El informe publicado por la fundación",
        ),
        (
            "fr",
            "Arrêté le 12 février, le blogueur a passé deux semaines sans avocat.",
            "Le blogueur arrêté",
        ),
        (
            "it",
            "Arrestato il 12 febbraio, il giornalista ha trascorso due settimane in cella.",
            "Il giornalista arrestato",
        ),
        (
            "pt",
            "Preso em 12 de fevereiro, o jornalista passou duas semanas sem advogado.",
            "O jornalista preso",
        ),
        # a name as the subject
        (
            "es",
            "Liberado el 2 de marzo, Omar Saleh volvió a escribir en su blog.",
            "Omar Saleh liberado",
        ),
        # the participle set off after its noun
        (
            "es",
            "El decreto, firmado el 3 de marzo, prohíbe las reuniones en la plaza.",
            "El decreto firmado",
        ),
        # after an adverbial fragment: the fragment's last noun
        (
            "it",
            "Nell'anniversario della rivolta, cominciata con un corteo il 15 marzo 2010, cresce "
            "la campagna.",
            "Rivolta cominciata con un corteo",
        ),
        # "dated" only places the scene of the main clause
        (
            "fr",
            "Dans une lettre, datée du 21 février, le ministre parle de sa défiance envers "
            "l'opposition.",
            "Le ministre parle de sa défiance envers l'opposition",
        ),
    ],
)
def test_a_date_in_a_participle_phrase_titles_the_participle(
    lang: str, text: str, title: str
) -> None:
    assert events(text, lang)[0][2] == title


@pytest.mark.parametrize(
    "lang, text",
    [
        # a weekday that ends as a participle does is no participle
        ("fr", "Mardi 1er mars, le maire a fermé la piscine municipale."),
        ("it", "Sabato 5 marzo, il sindaco ha chiuso la piscina comunale."),
        # the date of the main clause
        ("es", "El 1 de marzo, el alcalde cerró la piscina municipal."),
    ],
)
def test_no_participle_leaves_the_main_clause(lang: str, text: str) -> None:
    title = events(text, lang)[0][2]
    assert title.split()[-1] in ("municipale", "comunale", "municipal")
    assert len(title.split()) >= 5


@pytest.mark.parametrize(
    "lang, text",
    [
        ("pt", "Milhares de pessoas protestaram em Coimbra entre 2 e 4 de fevereiro."),
        ("pt", "Entre 2 e 4 de fevereiro, milhares de pessoas protestaram em Coimbra."),
        ("fr", "Entre le 2 et le 4 février, des milliers de personnes ont défilé à Lyon."),
        ("it", "Migliaia di persone hanno sfilato a Torino tra il 2 e il 4 febbraio."),
        ("es", "Miles de personas marcharon en Sevilla entre el 2 y el 4 de febrero."),
        ("de", "Tausende demonstrierten in Leipzig zwischen dem 2. und 4. Februar."),
    ],
)
def test_a_run_of_days_takes_its_between_along(lang: str, text: str) -> None:
    start, end, title, _ = events(text, lang)[0]
    assert (start, end) == ("2011-02-02", "2011-02-04")
    assert not any(w in title.lower().split() for w in ("entre", "tra", "zwischen", "4"))
    assert len(title.split()) >= 4


def test_a_bound_that_is_no_run_stays() -> None:
    title = events("Las obras durarán hasta el 30 de junio.", "es")[0][2]
    assert title == "Las obras durarán hasta el 30 de junio"


@pytest.mark.parametrize(
    "lang, text",
    [
        ("es", 'El concejal escribió: "Hoy nadie vino a la reunión del barrio".'),
        ("es", '"Hoy hemos ganado", dijo la candidata al salir del colegio electoral.'),
        ("fr", 'Les habitants étaient des centaines, criant "plus jamais après aujourd\'hui".'),
        ("it", 'Un lettore ha scritto: "Oggi la piazza era piena".'),
        ("pt", "A prefeita disse: «Hoje é um dia triste para a cidade»."),
        ("es", 'La vecina tuiteó con pesar "¿dónde están hoy los bomberos?" y nadie respondió.'),
    ],
)
def test_a_day_word_quoted_and_reported_in_the_past_dates_nothing(lang: str, text: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize(
    "lang, text",
    [
        # reported in the present: the post's own day
        ("es", 'El concejal escribe: "Hoy nadie vino a la reunión del barrio".'),
        # not quoted
        ("es", "Hoy el concejal cerró la reunión del barrio."),
    ],
)
def test_a_day_word_not_quoted_in_the_past_stays_the_publication_day(lang: str, text: str) -> None:
    assert [e[0] for e in events(text, lang)] == ["2011-04-05"]


def test_a_mark_the_date_left_alone_leaves_the_title() -> None:
    title = events('La concejala escribe: "Hoy es un día triste para el barrio".', "es")[0][2]
    assert title == "Es un día triste para el barrio"


@pytest.mark.parametrize(
    "lang, text, start",
    [
        ("es", 'El presidente dijo anoche: "Me quedaré hasta septiembre".', "2011-09"),
        ("fr", "La mairie organisera un référendum en octobre.", "2011-10"),
        ("it", "Il comune terrà un referendum a ottobre.", "2011-10"),
        # told in the past: the October gone by
        ("es", "El ayuntamiento celebró un referéndum en octubre.", "2010-10"),
        # a future seen from the past is no future of the writer's
        ("es", "Anunció que en octubre se iba a celebrar un referéndum.", "2010-10"),
        # a date just gone is no year ahead for a future beside it
        ("es", "Habrá más gente en la calle que el 1 de abril.", "2011-04-01"),
    ],
)
def test_a_month_told_in_the_future_is_the_one_ahead(lang: str, text: str, start: str) -> None:
    assert events(text, lang)[-1][0] == start  # after "anoche"'s own event, if any


@pytest.mark.parametrize(
    "lang, text, title",
    [
        (
            "es",
            "La alcaldesa tuvo que dimitir el viernes luego de su entrevista en la radio el 2 de "
            "marzo.",
            "Su entrevista en la radio",
        ),
        (
            "es",
            "Las marchas siguen desde la caída del gobernador el 11 de febrero.",
            "La caída del gobernador",
        ),
        (
            "fr",
            "Le quartier se mobilise depuis la fermeture de l'usine en février dernier.",
            "La fermeture de l'usine",
        ),
        (
            "it",
            "L'assessore si è dimesso dopo le proteste scoppiate il 30 marzo.",
            "Le proteste scoppiate",
        ),
        # the noun ends at its date: not the cleft's "que j'ai décidé"
        (
            "fr",
            "C'est après l'incendie de la bibliothèque en avril que j'ai décidé de partir.",
            "L'incendie de la bibliothèque",
        ),
    ],
)
def test_a_date_after_a_preposition_of_sequence_titles_its_phrase(
    lang: str, text: str, title: str
) -> None:
    assert events(text, lang)[-1][2] == title


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # Italian "da": "from" as often as "since"
        (
            "it",
            "Un cartello dalla manifestazione del 12 marzo a Bari.",
            "Un cartello dalla manifestazione a Bari",
        ),
        # "since" right before the date: the main clause's span
        ("es", "Los vecinos protestan desde el 3 de marzo.", "Los vecinos protestan"),
    ],
)
def test_no_inner_sequence(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][2] == title


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # an adjective before the noun stays in the subject
        (
            "fr",
            "Nommé le 2 mars, le nouveau préfet a visité le port.",
            "Le nouveau préfet nommé",
        ),
        # an irregular participle made on another verb ("prever" -> "previsto")
        (
            "es",
            "Propuesto el 2 de marzo, el plan fue rechazado por el pleno.",
            "El plan propuesto",
        ),
        # a bound kept in the participle's phrase: the date is the main clause's too
        (
            "es",
            "El congreso, previsto para el 22 de junio, reunirá a los alcaldes del país.",
            "El congreso reunirá a los alcaldes del país",
        ),
    ],
)
def test_participle_subjects(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][2] == title


def test_a_segment_after_an_apposition_takes_its_subject() -> None:
    text = "Il festival, inaugurato il 2 aprile, resterà aperto fino a settembre."
    assert [(e[0], e[2]) for e in events(text, "it")] == [
        ("2011-04-02", "Il festival inaugurato"),
        ("2011-09", "Il festival resterà aperto fino a settembre"),
    ]


def test_a_french_first_of_the_month_opens_a_run() -> None:
    start, end, title, _ = events(
        "Entre le 1er et le 3 mars, des centaines de cheminots ont fait grève à Lille.", "fr"
    )[0]
    assert (start, end) == ("2011-03-01", "2011-03-03")
    assert title == "Des centaines de cheminots ont fait grève à Lille"
