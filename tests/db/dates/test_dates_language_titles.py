"""Titles and status of Spanish, French, Italian and German events beyond the segment cut:
link notes anywhere in a title (db/dates/link_notes.py), the main clause instead of an adverbial
fragment, negation that is not the happening's, German's simple past. Each rule on a sentence
written for this test. DCT: Tuesday 2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.link_notes import without_link_notes
from db.ingest.events import publication_event

DCT = datetime.date(2011, 4, 5)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        (
            "es",
            "Los pescadores bloquearon el puerto [en] el 2 de abril de 2011 [es].",
            "Los pescadores bloquearon el puerto",
        ),
        (
            "fr",
            "Les pompiers ont éteint l'incendie [en anglais] du marché le 2 avril 2011.",
            "Les pompiers ont éteint l'incendie du marché",
        ),
        (
            "es",
            "El alcalde cerró la biblioteca (en inglés) el 2 de abril de 2011.",
            "El alcalde cerró la biblioteca",
        ),
        # a note with its own comma, cut by no segment boundary
        (
            "it",
            "Il sindaco ha chiuso la biblioteca [en, come tutti i link seguenti] il 2 aprile.",
            "Il sindaco ha chiuso la biblioteca",
        ),
        (
            "it",
            "Il sindaco ha chiuso la biblioteca [ar/en] il 2 aprile.",
            "Il sindaco ha chiuso la biblioteca",
        ),
    ],
)
def test_link_notes_leave_titles_wherever_they_stand(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


def test_a_bracket_that_says_something_stays() -> None:
    for kept in (
        "Gritaron Alá es grande [Dios es grandioso] en la plaza",
        "Volvieron a la plaza [en Siria] el viernes",
        "Los dos niños comparecerán [7 de octubre]",
        "Bailaron (en la calle) toda la noche",
    ):
        assert without_link_notes(kept) == kept
    assert without_link_notes("Volvieron a la plaza [eng] el viernes") == (
        "Volvieron a la plaza el viernes"
    )
    assert without_link_notes(
        "Un pêcheur a été blessé (en anglais comme tous les liens du billet) près du port"
    ) == ("Un pêcheur a été blessé près du port")
    # a headline cut inside its note: the note goes, the sign of the cut stays
    assert without_link_notes("Il ponte è stato riaperto [en, come tutti i link che…") == (
        "Il ponte è stato riaperto…"
    )


def test_a_translated_post_s_publication_title_has_no_link_notes() -> None:
    headline = "El puerto reabrió [en] tras la huelga de estibadores [es]"
    day = datetime.date(2011, 4, 5)
    row = publication_event(headline, day, article_id=1, lane="News", language="es")
    assert row["title"] == "El puerto reabrió tras la huelga de estibadores"
    # English headlines are left as they were
    english = publication_event("Workers said [it] was over", day, article_id=1, lane="News")
    assert english["title"] == "Workers said [it] was over"


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # a date inside an adjunct of time: the clause it modifies
        (
            "es",
            "Los vecinos cortaron la carretera durante la asamblea del 2 de abril de 2011.",
            "Los vecinos cortaron la carretera durante la asamblea",
        ),
        (
            "fr",
            "Le maire a démissionné, lors d'une réunion houleuse organisée samedi, sous les huées.",
            "Le maire a démissionné",
        ),
        (
            "it",
            "Gli operai hanno votato lo sciopero, durante l'assemblea convocata sabato.",
            "Gli operai hanno votato lo sciopero",
        ),
        # an opening date, then an adjunct: not the adjunct
        (
            "it",
            "Oggi, dopo settimane di silenzio, la giunta ha approvato il bilancio.",
            "La giunta ha approvato il bilancio",
        ),
        # a gerund's segment: the clause of its subject
        (
            "es",
            "El ayuntamiento cerró el mercado, alegando el 2 de abril problemas de higiene.",
            "El ayuntamiento cerró el mercado",
        ),
        # a bare span of time before the date: the clause
        (
            "fr",
            "Trois jours après le 2 avril, les dockers ont repris le travail.",
            "Les dockers ont repris le travail",
        ),
        # a date inside a phrase of sequence: that phrase's happening
        (
            "it",
            "Il prefetto si è dimesso, in seguito alle violente proteste scoppiate il 2 aprile.",
            "Le violente proteste scoppiate",  # the article "alle" took in
        ),
        (
            "fr",
            "Depuis le début de la grève en mars 2011, les trains ne circulent plus.",
            "Le début de la grève",
        ),
        # a preposition or gerund and "que" before the date's clause: that clause
        (
            "es",
            "Desde que los mineros ocuparon el pozo en marzo de 2011, la empresa no ha pagado.",
            "Los mineros ocuparon el pozo",
        ),
        (
            "fr",
            "La mairie a fermé le parc, sachant que la crue avait débordé en mars 2011.",
            "La crue avait débordé",
        ),
        # a long gerund phrase is no clause of its own
        (
            "es",
            "El gobierno endureció la censura, bloqueando el 2 de abril las páginas de noticias "
            "que informaban sobre las protestas en las ciudades del norte del país.",
            "El gobierno endureció la censura",
        ),
        # an adjunct opening a clause that has its own verb stays
        (
            "es",
            "En la plaza mayor cientos de vecinos protestaron el 2 de abril.",
            "En la plaza mayor cientos de vecinos protestaron",
        ),
    ],
)
def test_adverbial_fragments_give_way_to_the_happening(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


@pytest.mark.parametrize(
    "lang, text, status",
    [
        # litotes: the happening stands
        ("es", "El 2 de abril el alcalde no pudo evitar reírse en el pleno.", "happened"),
        (
            "es",
            "El 2 de abril la policía no pudo impedir que los vecinos ocuparan el ayuntamiento.",
            "happened",
        ),
        ("fr", "Le 2 avril, le ministre n'a pas pu s'empêcher de sourire.", "happened"),
        ("fr", "Le 2 avril, les syndicats n'ont pas hésité à bloquer le port.", "happened"),
        ("it", "Il 2 aprile il sindaco non ha potuto fare a meno di intervenire.", "happened"),
        ("it", "Il 2 aprile gli studenti non hanno smesso di protestare.", "happened"),
        ("de", "Am 2. April konnte die Polizei den Streik nicht verhindern.", "happened"),
        # a bound on a number
        ("es", "El 2 de abril marcharon no menos de cinco mil personas.", "happened"),
        ("it", "Il 2 aprile hanno sfilato non meno di mille persone.", "happened"),
        # a negated participle inside a noun phrase
        ("es", "El 2 de abril murió un poeta nunca publicado en su país.", "happened"),
        ("it", "Il 2 aprile è crollato un ponte mai collaudato.", "happened"),
        # a negation in the other conjunct
        (
            "es",
            "El 2 de abril el alcalde publicó la carta pero no ofreció más comentarios.",
            "happened",
        ),
        (
            "fr",
            "Les inondations du 2 avril ont été graves et la mairie ne nous informe pas.",
            "happened",
        ),
        ("it", "Il 2 aprile è crollato il tetto e il comune non ha risposto.", "happened"),
        # the happening itself negated
        ("es", "El 2 de abril el tren no salió de la estación.", "negated"),
        ("fr", "Le 2 avril, le conseil n'a pas voté le budget.", "negated"),
        ("it", "Il 2 aprile il governo non è riuscito a fermare le proteste.", "negated"),
    ],
)
def test_negation_is_the_happening_s_own(lang: str, text: str, status: str) -> None:
    assert events(text, lang)[0][2] == status


@pytest.mark.parametrize(
    "text, start, title, status",
    [
        # weak and strong simple past: a year-less date months ahead is the one gone by
        (
            "Am 4. Oktober räumte die Polizei den Platz vor dem Rathaus.",
            "2010-10-04",
            "Die Polizei räumte den Platz vor dem Rathaus",
            "happened",
        ),
        (
            "Am 4. Oktober schloss die Stadt das alte Hallenbad.",
            "2010-10-04",
            "Die Stadt schloss das alte Hallenbad",
            "happened",
        ),
        (
            "Der Bürgermeister kam am 4. Oktober nach Leipzig.",
            "2010-10-04",
            "Der Bürgermeister kam nach Leipzig",
            "happened",
        ),
        # an adjective ending like a weak past is none; the present and the future stay ahead
        (
            "Die meisten Läden bleiben am 4. Oktober geschlossen.",
            "2011-10-04",
            "Die meisten Läden bleiben geschlossen",
            "planned",
        ),
        (
            "Am 4. Oktober wird die Stadt das alte Hallenbad schließen.",
            "2011-10-04",
            "Die Stadt wird das alte Hallenbad schließen",
            "planned",
        ),
    ],
)
def test_german_simple_past(text: str, start: str, title: str, status: str) -> None:
    dct = datetime.date(2011, 7, 10)
    (event,) = dated_sentences(text, dct, "de")
    assert (event.start, event.title, event.status) == (start, title, status)


@pytest.mark.parametrize(
    "lang, text, expression, value",
    [
        ("es", "El pasado martes cerraron la biblioteca.", "pasado martes", "2011-03-29"),
        ("it", "Lo scorso martedì hanno chiuso la biblioteca.", "scorso martedì", "2011-03-29"),
        ("it", "La scorsa domenica ha nevicato in collina.", "scorsa domenica", "2011-04-03"),
        # the date after the weekday dates it
        ("es", "El pasado domingo 3 de abril nevó.", "domingo 3 de abril", "2011-04-03"),
    ],
)
def test_a_modifier_before_a_weekday(lang: str, text: str, expression: str, value: str) -> None:
    (event,) = dated_sentences(text, DCT, lang)
    assert (event.timex.text, event.start) == (expression, value)
    assert "pasado" not in event.title and "scors" not in event.title


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # the date after the relative clause: its noun and the predicate
        (
            "es",
            "Marta, quien había dirigido la radio local durante años, fue detenida el 3 de marzo.",
            "Marta fue detenida",
        ),
        (
            "it",
            "Il sindaco, che era stato eletto nel 2009, si è dimesso il 3 marzo.",
            "Il sindaco si è dimesso",
        ),
        (
            "fr",
            "Le préfet, qui avait interdit la marche, a démissionné le 3 mars.",
            "Le préfet a démissionné",
        ),
        # the date inside a possessive relative clause: the thing owned, of its owner
        # (db/dates/foreign_whose.py)
        (
            "es",
            "Los vecinos recordaron al alcalde Gómez, cuyo mandato terminó el 3 de marzo.",
            "El mandato del alcalde Gómez terminó",
        ),
    ],
)
def test_a_relative_clause_keeps_its_noun(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[-1][1] == title


@pytest.mark.parametrize(
    "lang, text, month",
    [
        ("it", "Tutti gli anni, nel mese di ottobre, il comune finanzia la sagra.", "ottobre"),
        ("es", "Cada año en marzo los vecinos celebran la fiesta del barrio.", "marzo"),
        ("fr", "Tous les ans en mars, la ville organise un salon du livre.", "mars"),
        ("de", "Jedes Jahr im März feiert die Stadt ihr Hafenfest.", "März"),
    ],
)
def test_a_month_of_every_year_is_no_event(lang: str, text: str, month: str) -> None:
    from db.dates import find_timexes

    assert [(t.text, t.type) for t in find_timexes(text, DCT, lang)] == [(month, "SET")]
    assert events(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # a span of time counted from the date after it: that day, the date no event
        (
            "es",
            "Dos días después del 25 de marzo, la policía detuvo a cien personas.",
            "2011-03-27",
            "La policía detuvo a cien personas",
        ),
        (
            "fr",
            "Un mois jour pour jour après le 3 février, les dockers ont bloqué le port.",
            "2011-03-03",
            "Les dockers ont bloqué le port",
        ),
        (
            "it",
            "Tre giorni prima del 3 marzo il sindaco aveva chiuso il mercato.",
            "2011-02-28",
            "Il sindaco aveva chiuso il mercato",
        ),
        (
            "de",
            "Zwei Tage nach dem 3. März räumte die Polizei das Lager.",
            "2011-03-05",
            "Die Polizei räumte das Lager",
        ),
        # a month: the month after
        (
            "es",
            "Un mes después del 25 de enero, los vecinos volvieron a la plaza.",
            "2011-02",
            "Los vecinos volvieron a la plaza",
        ),
    ],
)
def test_a_span_counted_from_a_date(lang: str, text: str, start: str, title: str) -> None:
    assert [(s, t) for s, t, _ in events(text, lang) if t] == [(start, title)]
    assert [d for d in dated_sentences(text, DCT, lang) if not d.comparison] == [
        d for d in dated_sentences(text, DCT, lang) if d.title
    ]


def test_a_span_before_a_happening_s_date_titles_that_happening() -> None:
    text = "El alcalde, 30 días después de los violentos disturbios del viernes, sigue callado."
    assert events(text, "es")[0][1] == "Los violentos disturbios"
