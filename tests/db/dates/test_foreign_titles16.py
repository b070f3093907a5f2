"""Titles of events in Spanish, French, Italian, German and Portuguese, subject first and short
(the sixteenth session's rules). Sentences written for this test, none taken from an evaluation
file. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


def _titles(lang: str, text: str) -> dict[str, str]:
    return {d.start: d.title for d in dated_sentences(text, DCT, lang) if not d.comparison}


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a reflexive verb, an adjunct kept, the subject last (db/dates/foreign_postposed.py)
            "es",
            "Se celebró el pasado lunes, en el salón de plenos, la primera sesión del nuevo "
            "consejo escolar.",
            "2012-05-07",
            "La primera sesión del nuevo consejo escolar se celebró en el salón de plenos",
        ),
        (  # a negation, "come annunciato" left out, a participle after the subject
            "it",
            "Non si svolgerà dal 4 al 6 giugno, come annunciato, la sagra delle castagne, "
            "spostata a ottobre.",
            "2012-06-04",
            "La sagra delle castagne non si svolgerà",
        ),
        (  # Portuguese "-se" after the verb, a relative clause after the subject
            "pt",
            "Inaugurou-se na sexta-feira, em Vila Nova, a nova biblioteca municipal, que custou "
            "dois milhões.",
            "2012-05-04",
            "A nova biblioteca municipal inaugurou-se em Vila Nova",
        ),
        (  # an active verb before a prepositional phrase; an adjunct of time left out
            "it",
            "Tra tre settimane torna in pista, dopo un lungo infortunio, il pilota di Faenza.",
            "2012-05-28",
            "Il pilota di Faenza torna in pista",
        ),
        (  # a verb of starting before its subject in one segment
            "es",
            "En septiembre comenzarán las obras del nuevo polideportivo.",
            "2012-09",
            "Las obras del nuevo polideportivo comenzarán",
        ),
        (  # a verb of starting, its complement, then its subject
            "it",
            "Il 1° luglio entra in vigore il nuovo regolamento edilizio.",
            "2012-07-01",
            "Il nuovo regolamento edilizio entra in vigore",
        ),
        (  # a passive before its subject between commas
            "es",
            "Fue inaugurado el 2 de mayo, con la presencia del alcalde, el nuevo mercado de "
            "abastos.",
            "2012-05-02",
            "El nuevo mercado de abastos fue inaugurado con la presencia del alcalde",
        ),
    ],
)
def test_subject_told_last_goes_first(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # an active verb alone in its segment: the noun phrase at the end is its object
            "es",
            "El martes inauguró, junto al consejero, la nueva biblioteca.",
            "2012-05-08",
            "la nueva biblioteca",
        ),
        (  # a verb of starting and a noun phrase of another number: its object
            "es",
            "En junio comenzarán la obra del puente.",
            "2012-06",
            "La obra del puente comenzarán",
        ),
        (  # an active verb that takes an object: the noun phrase is no subject
            "it",
            "A giugno approveranno il bilancio del comune.",
            "2012-06",
            "Il bilancio del comune approveranno",
        ),
    ],
)
def test_object_is_not_put_first(lang: str, text: str, start: str, title: str) -> None:
    assert not _titles(lang, text)[start].startswith(title[:1].upper() + title[1:])


@pytest.mark.parametrize(
    "text, start, title",
    [
        (  # a name after the subject's noun, an article after it (db/dates/german_order.py)
            "Am 3. Mai hat das Landgericht Hollfeld den Einspruch der Firma abgewiesen.",
            "2012-05-03",
            "Das Landgericht Hollfeld hat den Einspruch der Firma abgewiesen",
        ),
        (  # two capitalised words after "von": a place's name
            "Am Montag wurde im Kreistag von Neu Wulmstorf über die Buslinie beraten.",
            "2012-05-07",
            "Im Kreistag von Neu Wulmstorf wurde über die Buslinie beraten",
        ),
        (  # a subject of two nouns joined by "und", a reflexive pronoun after the verb
            "Am Dienstag trafen sich Vorstand und Betriebsrat der Spedition Kohlhaas zu "
            "Gesprächen.",
            "2012-05-08",
            "Vorstand und Betriebsrat der Spedition Kohlhaas trafen sich zu Gesprächen",
        ),
        (  # "während" opening a clause its finite auxiliary ends
            "Während der erste Antrag am 2. Mai abgelehnt worden war, stimmte der Rat dem "
            "zweiten zu.",
            "2012-05-02",
            "Der erste Antrag war abgelehnt worden",
        ),
        (  # a quotation opening with the date: its subject pronoun first
            "„Am 30. Juni schließen wir das Freibad“, sagte der Bürgermeister.",
            "2012-06-30",
            "Wir schließen das Freibad",
        ),
    ],
)
def test_german_subject_first(text: str, start: str, title: str) -> None:
    assert _titles("de", text)[start] == title


def test_wahrend_as_during_stays() -> None:
    # "während der Sitzung des Rates": a preposition, no clause whose verb ends it
    titles = _titles("de", "Während der Sitzung des Rates wurde am 4. Mai der Antrag abgelehnt.")
    assert titles["2012-05-04"] == "Während der Sitzung des Rates wurde der Antrag abgelehnt"


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # "los días" before a run of days leaves with it (db/dates/foreign_languages.py)
            "es",
            "Los conductores de autobús harán huelga los días 14 y 15 de junio.",
            "2012-06-14",
            "Los conductores de autobús harán huelga",
        ),
        (  # "d'ici" before a deadline leaves with it
            "fr",
            "Le syndicat a annoncé lundi la fermeture de deux ateliers d'ici la fin de l'année.",
            "2012-05-07",
            "Le syndicat a annoncé la fermeture de deux ateliers",
        ),
        (  # "vom ... an": the date's own "an" leaves with it (db/dates/other_languages.py)
            "de",
            "Die Stadtbibliothek bleibt vom 4. Juni an geschlossen.",
            "2012-06-04",
            "Die Stadtbibliothek bleibt geschlossen",
        ),
        (  # a part of the day after a weekday leaves with it
            "fr",
            "La kermesse de l'école a été annulée samedi après-midi à cause de la pluie.",
            "2012-05-05",
            "La kermesse de l'école a été annulée à cause de la pluie",
        ),
    ],
)
def test_date_words_leave_the_title(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def test_a_preposition_is_no_verb_to_reorder() -> None:
    # "an der Grenze": no "an" left with the date, no verb "an" before a subject "der Grenze"
    titles = _titles("de", "Am 4. Juni an der Grenze wurde ein Lastwagen kontrolliert.")
    assert titles["2012-06-04"] == "An der Grenze wurde ein Lastwagen kontrolliert"


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a relative clause another date closed leaves with it (db/dates/foreign_titles.py)
            "fr",
            "La fête du quartier, qui devait avoir lieu le 12 mai, a été repoussée au 2 juin.",
            "2012-06-02",
            "La fête du quartier a été repoussée",
        ),
        (  # so does a participle
            "pt",
            "O exame de condução, marcado para 14 de maio, foi adiado para 28 de maio.",
            "2012-05-28",
            "O exame de condução foi adiado",  # the new date leaves with "para" (session 17)
        ),
    ],
)
def test_an_aside_another_date_closes_leaves(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a verb of saying opens the title, its subject in the segment before
            # (db/dates/foreign_reported.py)
            "es",
            "El diario local, citando a testigos, informa que dos agentes fueron heridos el "
            "martes 8 de mayo.",
            "2012-05-08",
            "Dos agentes fueron heridos",
        ),
        (
            "fr",
            "Le site d'information, proche de l'opposition, rapporte que la gare a été fermée "
            "le 7 mai.",
            "2012-05-07",
            "La gare a été fermée",
        ),
    ],
)
def test_reported_clause_after_a_verb_of_saying(
    lang: str, text: str, start: str, title: str
) -> None:
    assert _titles(lang, text)[start] == title


def test_what_we_asked_is_no_report() -> None:
    titles = _titles("es", "Al llegar, pedimos que nos llevaran al hospital el 8 de mayo.")
    assert titles["2012-05-08"] == "Pedimos que nos llevaran al hospital"


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a subject alone after an opening date, its predicate after a relative clause
            # (db/dates/foreign_predicates.py)
            "es",
            "El 3 de mayo, en plena tormenta, los vecinos del barrio alto, que llevaban meses "
            "esperando, recibieron las llaves de sus casas.",
            "2012-05-03",
            "Los vecinos del barrio alto recibieron las llaves de sus casas",
        ),
        (
            "it",
            "Il 2 maggio, a due giorni dal voto, gli operai della cartiera, che protestano da "
            "settimane, hanno occupato il municipio.",
            "2012-05-02",
            "Gli operai della cartiera hanno occupato il municipio",
        ),
    ],
)
def test_predicate_after_a_relative_clause(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        (  # a "when" clause after the date leaves a main clause that says enough
            # (db/dates/foreign_trailing.py)
            "es",
            "Tres comercios del centro fueron saqueados el 4 de mayo cuando la policía se "
            "retiró de la plaza.",
            "2012-05-04",
            "Tres comercios del centro fueron saqueados",
        ),
        (  # ... not a short one
            "fr",
            "Tout a commencé le 4 mai quand la police a chargé les étudiants.",
            "2012-05-04",
            "Tout a commencé quand la police a chargé les étudiants",
        ),
    ],
)
def test_when_clause_after_the_date(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title
