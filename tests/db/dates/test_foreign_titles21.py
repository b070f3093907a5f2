"""Titles of events in Spanish, French, Italian, German and Portuguese (the twenty-first
session's rules). Sentences written for this test, none taken from an evaluation file. DCT:
Thursday 2012-05-10."""

from __future__ import annotations

import pytest

from db.dates import dated_sentences
from db.dates.model import HAPPENED, NEGATED, PLANNED
from tests.db.dates.test_foreign_titles16 import DCT, _titles


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # "último" after a date with its year understood
            "es",
            "La junta vecinal aprobó el 2 de mayo último la compra de un nuevo camión de bomberos.",
            "2012-05-02",
            "La junta vecinal aprobó la compra de un nuevo camión de bomberos",
        ),
        (  # French "écoulé"
            "fr",
            "L'assemblée générale du club a adopté le 4 mai écoulé les nouveaux statuts de "
            "l'association.",
            "2012-05-04",
            "L'assemblée générale du club a adopté les nouveaux statuts de l'association",
        ),
        (  # Italian "p.v." (prossimo venturo)
            "it",
            "La commissione ha rinviato al 20 maggio p.v. la decisione sul nuovo regolamento dei "
            "mercati.",
            "2012-05-20",
            "La commissione ha rinviato la decisione sul nuovo regolamento dei mercati",
        ),
        (  # a part of the day after another date of the sentence leaves with it
            "fr",
            "Le maire a annoncé mardi soir en conseil municipal que la kermesse de l'école aurait "
            "lieu le 2 juin.",
            "2012-06-02",
            "La kermesse de l'école aurait lieu",
        ),
        (  # near miss: French "sera" after another date is the verb, kept
            "fr",
            "La décision prise lors du conseil de lundi sera contestée devant le tribunal "
            "administratif le 30 mai.",
            "2012-05-30",
            "La décision prise lors du conseil sera contestée devant le tribunal administratif",
        ),
        (  # Portuguese "desta" before a weekday goes with it
            "pt",
            "A missa será celebrada às 11h desta sexta-feira, na igreja matriz.",
            "2012-05-11",
            "A missa será celebrada na igreja matriz",
        ),
        (  # Italian "dallo scorso"
            "it",
            "Dallo scorso 2 maggio i residenti di via Roma protestano ogni sera sotto il "
            "municipio.",
            "2012-05-02",
            "I residenti di via Roma protestano ogni sera sotto il municipio",
        ),
    ],
)
def test_the_date_s_own_words_leave_with_it(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a place's name after the subject's noun, before a preposition
            "de",
            "Am Sonntag musste die Wasserwacht Hollerbrunn zu vier Einsätzen am Badesee ausrücken.",
            "2012-05-06",
            "Die Wasserwacht Hollerbrunn musste zu vier Einsätzen am Badesee ausrücken",
        ),
        (  # a capitalised adjective with its noun, and the name after them
            "de",
            "Am Dienstag räumte die Freiwillige Feuerwehr Kleinbachau die gesperrte Landstraße.",
            "2012-05-08",
            "Die Freiwillige Feuerwehr Kleinbachau räumte die gesperrte Landstraße",
        ),
        (  # a person's first and last name after a title
            "de",
            "Am kommenden Montag eröffnet Bürgermeisterin Anke Zillmer das neue Jugendhaus am "
            "Marktplatz.",
            "2012-05-14",
            "Bürgermeisterin Anke Zillmer eröffnet das neue Jugendhaus am Marktplatz",
        ),
    ],
)
def test_a_german_subject_keeps_its_name(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def test_a_known_noun_after_the_subject_is_the_verb_s_object() -> None:
    from db.dates.german_order import reordered

    # near miss: "Anzeige" is a noun the dictionary knows, no name: it stays after the verb
    assert reordered("erstattete die Polizei Anzeige gegen den Fahrer") == (
        "die Polizei erstattete Anzeige gegen den Fahrer"
    )


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a participle of scheduling inside the noun phrase, no comma
            "fr",
            "Le récital prévu samedi à la salle des fêtes de Montreuil-le-Bas a été annulé à "
            "cause de la neige.",
            "2012-05-12",
            "Le récital à la salle des fêtes de Montreuil-le-Bas",
        ),
        (  # Italian "in programma"
            "it",
            "La partita in programma il 13 maggio allo stadio comunale di Pieve Alta è stata "
            "annullata per neve.",
            "2012-05-13",
            "La partita allo stadio comunale di Pieve Alta",
        ),
        (  # Spanish, "para el" between the participle and its date
            "es",
            "La feria prevista para el sábado en el recinto ferial de Valdecañas ha sido "
            "suspendida por la lluvia.",
            "2012-05-12",
            "La feria en el recinto ferial de Valdecañas",
        ),
        (  # German: the date and its participle inside the phrase, after the article
            "de",
            "Der für kommenden Sonntag geplante Flohmarkt auf dem Kirchplatz fällt wegen der "
            "Bauarbeiten aus.",
            "2012-05-13",
            "Der Flohmarkt auf dem Kirchplatz",
        ),
        (  # called off before the noun, the participle after it between commas
            "it",
            "Non si terrà la fiera del bestiame di Colle Rosso, in programma a fine maggio: lo "
            "hanno deciso gli allevatori.",
            "2012-05",
            "La fiera del bestiame di Colle Rosso",
        ),
    ],
)
def test_a_thing_set_for_a_date_and_called_off_is_its_noun(
    lang: str, text: str, start: str, title: str
) -> None:
    events = {d.start: d for d in dated_sentences(text, DCT, lang) if not d.comparison}
    assert (events[start].title, events[start].status) == (title, NEGATED)


@pytest.mark.parametrize(
    "lang, text, start",
    [
        (  # near miss: set for the day and still on
            "fr",
            "Le récital prévu samedi à la salle des fêtes de Montreuil-le-Bas affiche déjà "
            "complet.",
            "2012-05-12",
        ),
        (
            "de",
            "Der für kommenden Sonntag geplante Flohmarkt auf dem Kirchplatz lockt viele "
            "Besucher an.",
            "2012-05-13",
        ),
    ],
)
def test_a_thing_set_for_a_date_and_still_on_keeps_its_clause(
    lang: str, text: str, start: str
) -> None:
    events = {d.start: d for d in dated_sentences(text, DCT, lang) if not d.comparison}
    assert events[start].status == PLANNED
    assert len(events[start].title.split()) > 8


@pytest.mark.parametrize(
    "text, start, title",
    [
        (  # an object's relative clause after the main verb: the noun in the nominative
            "Das Landgericht hat einen 27-Jährigen zu drei Jahren Haft verurteilt, der im März "
            "mehrere Autos in der Altstadt aufgebrochen hatte.",
            "2012-03",
            "Ein 27-Jähriger hatte mehrere Autos in der Altstadt aufgebrochen",
        ),
        (  # a definite object, two infinite verbs kept in their order
            "Die Polizei fahndet nach dem Radfahrer, der am Montag einen Fußgänger am Bahnhof "
            "angefahren haben soll.",
            "2012-05-07",
            "Der Radfahrer soll einen Fußgänger am Bahnhof angefahren haben",
        ),
        (  # a genitive attribute's noun ("eines Brandes"), a reflexive verb
            "Die Feuerwehr sucht die Ursache eines Brandes, der sich am Sonntag in einer "
            "Scheune bei Altdorf ereignet hat.",
            "2012-05-06",
            "Ein Brand hat sich in einer Scheune bei Altdorf ereignet",
        ),
    ],
)
def test_a_german_object_s_relative_clause_tells_of_its_noun(
    text: str, start: str, title: str
) -> None:
    assert _titles("de", text)[start] == title


def test_an_article_after_a_comma_opens_no_relative_clause() -> None:
    # near miss: ", der Bürgermeister" is a new clause's subject, no relative pronoun
    text = (
        "Die Stadt hat einen neuen Kämmerer gewählt, der Bürgermeister stellte ihn am Montag "
        "im Rathaus vor."
    )
    assert not _titles("de", text)["2012-05-07"].startswith("Ein neuer Kämmerer")


@pytest.mark.parametrize(
    "lang, text, status",
    [
        (  # a present told of this evening: still to come
            "es",
            "El Deportivo Valdelobos recibe esta tarde al Unión Cerrillo en el campo municipal.",
            PLANNED,
        ),
        ("it", "Allerta arancione per temporali in provincia da stasera alle 22.", PLANNED),
        ("fr", "Ce soir, la chorale donne un concert à l'église Saint-Martin.", PLANNED),
        # near misses: told in the past, it has happened
        ("it", "Stasera il sindaco ha inaugurato la nuova biblioteca comunale.", HAPPENED),
        ("es", "Esta tarde el alcalde ha inaugurado el nuevo parque de la Alameda.", HAPPENED),
    ],
)
def test_this_evening_on_the_publication_day_is_still_to_come(
    lang: str, text: str, status: str
) -> None:
    events = [d for d in dated_sentences(text, DCT, lang) if not d.comparison]
    assert [(d.start, d.status) for d in events] == [("2012-05-10", status)]


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # Portuguese "-eu" simple past, the subject after a comma
            "pt",
            "Morreu no domingo, aos 81 anos, o escritor Tomé Barbosa, autor de vários romances.",
            "2012-05-06",
            "O escritor Tomé Barbosa morreu aos 81 anos",
        ),
        (  # Spanish: no comma left after the words between verb and subject
            "es",
            "Falleció el pasado domingo, a los 81 años, el escritor Tomás Barbero, autor de "
            "varias novelas.",
            "2012-05-06",
            "El escritor Tomás Barbero falleció a los 81 años",
        ),
    ],
)
def test_a_subject_after_a_comma_goes_first(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def test_a_named_object_right_after_an_active_verb_stays() -> None:
    from db.dates.foreign_late_subjects import late_subject_first

    # near miss: no comma, the person named is what was praised
    assert late_subject_first("pt", "Elogiou o ministro João Silva") == (
        "Elogiou o ministro João Silva"
    )
