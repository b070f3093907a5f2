"""Titles and dates of events in Spanish, French, Italian, German and Portuguese (the
seventeenth session's rules). Sentences written for this test, none taken from an evaluation
file. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.foreign_articles import determiners
from db.dates.german_order import reordered

DCT = datetime.date(2012, 5, 10)


def _titles(lang: str, text: str) -> dict[str, str]:
    return {d.start: d.title for d in dated_sentences(text, DCT, lang) if not d.comparison}


def test_one_article_table_a_language() -> None:
    assert determiners("es", "definite") == "el|la|los|las"
    assert determiners("pt", "definite", "indefinite", "plural") == "o|a|os|as|um|uma|uns|umas"
    # French "des" is "de" + "les" too: only asked for as a partitive
    assert "des" not in determiners("fr", "definite", "indefinite", "plural").split("|")
    assert "des" in determiners("fr", "partitive").split("|")
    assert determiners("xx", "definite") == ""
    with pytest.raises(ValueError):
        determiners("es", "articles")


@pytest.mark.parametrize(
    "title, expected",
    [
        # the place phrase after the subject is the subject's when only the verb follows it
        (
            "wurde die alte Mühle am Mühlbach abgerissen",
            "die alte Mühle am Mühlbach wurde abgerissen",
        ),
        (
            "weil die Schule in Oberau renoviert werden soll",
            "die Schule in Oberau soll renoviert werden",
        ),
        # an active verb's place is the verb's
        ("öffnet das Museum an der Uferstraße", "das Museum öffnet an der Uferstraße"),
        # an adverb or an object after it: the verb's phrase, the order stays
        (
            "fand die Feuerwehr im Keller zwei Verletzte",
            "die Feuerwehr fand im Keller zwei Verletzte",
        ),
        (
            "weil der Kreistag über den Haushalt abgestimmt hat",
            "der Kreistag hat über den Haushalt abgestimmt",
        ),
    ],
)
def test_german_subject_keeps_its_place(title: str, expected: str) -> None:
    assert reordered(title) == expected


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # a subject set off from its verb by an aside: the subject and the verb, in every tense
        # (db/dates/foreign_finite_openings.py)
        (
            "es",
            "El nuevo mercado municipal, situado en la plaza, reabrirá el 3 de junio.",
            "2012-06-03",
            "El nuevo mercado municipal reabrirá",
        ),
        (
            "fr",
            "La nouvelle médiathèque, construite en deux ans, ouvrira le 3 juin.",
            "2012-06-03",
            "La nouvelle médiathèque ouvrira",
        ),
        (
            "pt",
            "O novo hospital, inaugurado em março, entra em funcionamento a 2 de junho.",
            "2012-06-02",
            "O novo hospital entra em funcionamento",
        ),
        (  # a reflexive clitic opening the predicate
            "it",
            "Marco Rossi, sindaco di Borgonuovo, si è dimesso lunedì.",
            "2012-05-07",
            "Marco Rossi si è dimesso",
        ),
        (  # an aside that fits goes too: a title a reader scans
            "fr",
            "Le maire, élu en 2008, a démissionné le 3 mai.",
            "2012-05-03",
            "Le maire a démissionné",
        ),
        (  # German: an apposition after a name
            "de",
            "Hans Brenner, früherer Bürgermeister von Oberau, ist am Montag im Alter von 91 "
            "Jahren gestorben.",
            "2012-05-07",
            "Hans Brenner ist im Alter von 91 Jahren gestorben",
        ),
        # a deadline or a new date leaves with its date (db/dates/foreign_languages.py)
        (
            "it",
            "La nuova palestra sarà completata entro il 2014 grazie ai fondi europei.",
            "2014",
            "La nuova palestra sarà completata grazie ai fondi europei",
        ),
        (
            "pt",
            "A audiência do caso foi adiada para 14 de maio.",
            "2012-05-14",
            "A audiência do caso foi adiada",
        ),
        (
            "fr",
            "Les habitants doivent avoir rempli le formulaire au plus tard le 30 mai, rappelle "
            "la mairie.",
            "2012-05-30",
            "Les habitants doivent avoir rempli le formulaire",
        ),
        (  # ... and a time of day before "of" and the date
            "it",
            "Nel pomeriggio di lunedì una frana ha bloccato la strada provinciale.",
            "2012-05-07",
            "Una frana ha bloccato la strada provinciale",
        ),
        (
            "pt",
            "Um incêndio atingiu o galpão no início da noite de segunda-feira.",
            "2012-05-07",
            "Um incêndio atingiu o galpão",
        ),
        (  # "until" stays: it says how long
            "es",
            "Los trabajos se prolongarán hasta el otoño.",
            "2012-09",
            "Los trabajos se prolongarán hasta el otoño",
        ),
        (  # a German subject and the verb, the German aside of names alone stays
            "de",
            "Der Geschäftsführer der Brauerei, Hans Müller, hat am Montag die Bilanz vorgestellt.",
            "2012-05-07",
            "Der Geschäftsführer der Brauerei, Hans Müller, hat die Bilanz vorgestellt",
        ),
    ],
)
def test_titles(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # a participle of scheduling and its date date the noun it follows, not the clause
        # (db/dates/foreign_planned_nouns.py)
        (
            "es",
            "La rectoría podrá aplazar los exámenes de acceso, previstos para el 4 de junio.",
            "2012-06-04",
            "Los exámenes de acceso",
        ),
        (
            "pt",
            "A votação da proposta que cria o parque, prevista para esta sexta-feira, foi adiada.",
            "2012-05-11",
            "A votação da proposta que cria o parque",
        ),
        (  # not called off: the main clause is the happening, on the date set
            "es",
            "La cumbre, prevista para el 22 de junio, reunirá a los presidentes de la región.",
            "2012-06-22",
            "La cumbre reunirá a los presidentes de la región",
        ),
    ],
)
def test_planned_nouns(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # a verb of saying with an adjunct before its "that": the reported clause is the title
        # of its own date (db/dates/foreign_saying_verbs.py, foreign_reported.py)
        (
            "es",
            "La directora del colegio, Ana Ruiz, anunció ayer en la asamblea que las clases "
            "terminarán el 20 de junio.",
            "2012-06-20",
            "Las clases terminarán",
        ),
        (
            "it",
            "Il sindaco di Borgonuovo ha dichiarato in mattinata che la piazza verrà chiusa a "
            "luglio per i lavori.",
            "2012-07",
            "La piazza verrà chiusa per i lavori",
        ),
        (  # a bracketed note between the verb and "que"
            "es",
            "Un diario digital, cercano a la oposición, informa [en] que dos periodistas fueron "
            "detenidos el martes.",
            "2012-05-08",
            "Dos periodistas fueron detenidos",
        ),
        (  # not after another verb: "que" after a phrase opens a relative clause
            "es",
            "El pintor vive en la casa que compró el 3 de mayo a su hermano.",
            "2012-05-03",
            "El pintor vive en la casa que compró a su hermano",
        ),
    ],
)
def test_reported_after_an_adjunct(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # the verb's adjuncts after a date set off by a comma join its title
        # (db/dates/foreign_tails.py), a clock time and a source aside
        (
            "pt",
            "A feira do livro de Santa Luzia acontece no próximo sábado, às 10h, na Praça da "
            "Matriz.",
            "2012-05-12",
            "A feira do livro de Santa Luzia acontece na Praça da Matriz",
        ),
        (
            "de",
            "Die Versammlung des Sportvereins Ahlen findet am Freitag, 18. Mai, um 20 Uhr im "
            "Gasthaus Krone statt.",
            "2012-05-18",
            "Die Versammlung des Sportvereins Ahlen findet im Gasthaus Krone statt",
        ),
        (
            "es",
            "Las jornadas culturales de Villaverde se celebrarán el primer fin de semana de "
            "julio, con un programa reducido, según la concejalía.",
            "2012-07-07",
            "Las jornadas culturales de Villaverde se celebrarán con un programa reducido",
        ),
        (  # a clause after the comma: the title stays the dated clause
            "it",
            "La sagra si terrà il 3 giugno, a Borgonuovo, e poi il 10 giugno a Pieve.",
            "2012-06-03",
            "La sagra si terrà",
        ),
    ],
)
def test_adjunct_tails(lang: str, text: str, start: str, title: str) -> None:
    assert _titles(lang, text)[start] == title


def _dated(lang: str, text: str) -> dict[str, tuple[str, str]]:
    return {d.start: (d.title, d.status) for d in dated_sentences(text, DCT, lang)}


@pytest.mark.parametrize(
    "lang, text, start, title",
    [
        # named holidays (db/dates/rules/locales_holidays.py): fixed ones on their day, the
        # last one before the publication date in a past clause, the next in a future one
        ("it", "A Ferragosto la spiaggia di Lido Rosso era piena di turisti.", "2011-08-15", ""),
        (
            "fr",
            "Le cimetière sera ouvert tard à la Toussaint, a indiqué la mairie.",
            "2012-11-01",
            "Le cimetière sera ouvert tard",
        ),
        (
            "fr",
            "La nuit de la Saint-Sylvestre, trois voitures ont brûlé à Rouen.",
            "2011-12-31",
            "Trois voitures ont brûlé à Rouen",
        ),
        (
            "de",
            "Am Neujahrsmorgen brannte eine Scheune in Au.",
            "2012-01-01",
            "Eine Scheune brannte in Au",
        ),
        # Easter-based ones by the computus: Pentecost 2011 was 12 June, Good Friday 2012 6 April
        (
            "de",
            "Zu Pfingsten kamen über 3000 Besucher in den Tierpark.",
            "2011-06-12",
            "Über 3000 Besucher kamen in den Tierpark",
        ),
        (
            "es",
            "El Viernes Santo la procesión recorrió el casco antiguo.",
            "2012-04-06",
            "La procesión recorrió el casco antiguo",
        ),
        (  # German's holiday weekend: its Saturday
            "de",
            "Am Pfingstwochenende musste die Feuerwehr zwölfmal ausrücken.",
            "2011-06-11",
            "Die Feuerwehr musste zwölfmal ausrücken",
        ),
    ],
)
def test_named_holidays(lang: str, text: str, start: str, title: str) -> None:
    found = _dated(lang, text)
    assert start in found
    if title:
        assert found[start][0] == title


def test_a_city_named_like_a_holiday_is_no_date() -> None:
    assert _dated("pt", "O voo pousou em Natal às 14h.") == {}


def test_a_holiday_naming_a_kind_is_no_date() -> None:
    # "the Christmas lottery", its draw on another day
    found = _dated("es", "El sorteo de Navidad se celebrará el 22 de diciembre en Madrid.")
    assert list(found) == ["2012-12-22"]


@pytest.mark.parametrize(
    "lang, text",
    [
        # a round count about a number of days ago: the week it falls in
        # (db/dates/rules/locales_ago.py); 10 May 2012 less fifteen days is in the week of 23 April
        ("fr", "Il y a une quinzaine de jours, la mairie avait fermé la piscine."),
        ("es", "Hace una quincena de días se cerró el puente."),
    ],
)
def test_about_so_many_days_ago(lang: str, text: str) -> None:
    found = [d for d in dated_sentences(text, DCT, lang) if not d.comparison]
    assert [(d.start, d.precision) for d in found] == [("2012-04-23", "week")]
