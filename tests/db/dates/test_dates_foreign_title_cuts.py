"""Title cuts in other languages: a clock time wherever it stands ("vers 22 heures", "Alle 7.15",
"gegen 18.30 Uhr": foreign_title_order.py), a German noun's attribute kept with it and a
subject after place phrases or a fronted adverb put first (german_order.py), the year's noun
with its year ("im Jahr 1998", "en el año 2003") and "à compter du" out of a title
(other_languages.py), "no longer" in the future planned (foreign_no_longer.py), and a "since"
whose day is still to come a start, not a range (extract.py). Sentences written for this test.
DCT: Wednesday 2019-04-10."""

from __future__ import annotations

import datetime as dt

import pytest

from db.dates import dated_sentences

DCT = dt.date(2019, 4, 10)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        ("fr", "Un incendie s'est déclaré hier vers 22 heures dans un garage de Laval.",
         "Un incendie s'est déclaré dans un garage de Laval"),
        ("it", "Alle 7.15 di ieri un autobus è uscito di strada a Lecco.",
         "Un autobus è uscito di strada a Lecco"),
        ("de", "Am Sonntag gegen 18.30 Uhr brannte in Neustadt eine Scheune ab.",
         "Eine Scheune brannte in Neustadt ab"),
    ],
)  # fmt: skip
def test_a_clock_time_leaves_the_title(lang: str, text: str, title: str) -> None:
    assert [t for _, t, _ in events(text, lang)] == [title]


@pytest.mark.parametrize(
    "text, title",
    [
        # a noun's "von", "über", "zwischen ... und" stays with it
        ("Weil die Umgehungsstraße von Bergheim im Juni gesperrt wird, fahren die Busse um.",
         "Die Umgehungsstraße von Bergheim wird gesperrt"),
        ("Am Montag ist die Fähre zwischen Lindau und Bregenz ausgefallen.",
         "Die Fähre zwischen Lindau und Bregenz ist ausgefallen"),
        # an indefinite subject after two place phrases, with its own "mit" and a number
        ("Am Dienstag ist auf der A 8 bei Ulm ein Lastwagen mit 20 Rindern umgekippt.",
         "Ein Lastwagen mit 20 Rindern ist auf der A 8 bei Ulm umgekippt"),
        # a fronted adverb of time or "as announced" does not open the title
        ("Jetzt eröffnet das Museum im Mai seinen neuen Flügel.",
         "Das Museum eröffnet seinen neuen Flügel"),
        ("Wie angekündigt hat die Stadt am Freitag die Gebühren erhöht.",
         "Die Stadt hat die Gebühren erhöht"),
        # "aus" is the verb's as often: not taken into the subject
        ("Am Montag ist der Häftling aus der Justizvollzugsanstalt entlassen worden.",
         "Der Häftling ist aus der Justizvollzugsanstalt entlassen worden"),
    ],
)  # fmt: skip
def test_german_titles_subject_first(text: str, title: str) -> None:
    assert [t for _, t, _ in events(text, "de")] == [title]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("de", "Im Jahr 2003 kaufte die Gemeinde das Schloss.",
         ("2003", "Die Gemeinde kaufte das Schloss", "happened")),
        ("es", "En el año 2003 el club descendió a Segunda.",
         ("2003", "El club descendió a Segunda", "happened")),
        ("fr", "À compter du 3 juin, la piscine sera gratuite pour les enfants.",
         ("2019-06-03", "La piscine sera gratuite pour les enfants", "planned")),
    ],
)  # fmt: skip
def test_the_date_s_own_words_leave_the_title(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert events(text, lang) == [expected]


@pytest.mark.parametrize(
    "lang, text, status",
    [
        ("fr", "Dès le 3 juin, le train ne s'arrêtera plus à Moulins.", "planned"),
        ("es", "Desde el 3 de junio el tren ya no parará en Aranda.", "planned"),
        ("it", "Dal 3 giugno il treno non fermerà più a Lodi.", "planned"),
        ("de", "Ab dem 3. Juni wird der Zug nicht mehr in Husum halten.", "planned"),
        ("pt", "A partir de 3 de junho, o trem não vai mais parar em Tatuí.", "planned"),
        # in the past it stays negated
        ("fr", "Le 3 mars, le bus n'a plus desservi le hameau de Vaux.", "negated"),
    ],
)
def test_no_longer_in_the_future_is_planned(lang: str, text: str, status: str) -> None:
    assert [s for _, _, s in events(text, lang)] == [status]


def test_a_since_still_to_come_is_a_start() -> None:
    found = dated_sentences("Dal 6 maggio il museo resterà aperto anche di sera.", DCT, "it")
    assert [(d.start, d.end_date) for d in found] == [("2019-05-06", None)]


@pytest.mark.parametrize(
    "lang, text, start",
    [
        # a start or a date something takes effect on: the nearer year, whatever the tense
        ("de", "Der Rat hatte die Sperrung der Brücke zum 1. August beschlossen.", "2019-08-01"),
        ("fr", "Le conseil a décidé de fermer la piscine à compter du 1er août.", "2019-08-01"),
        ("es", "El ayuntamiento aprobó cerrar el mercado a partir del 1 de agosto.", "2019-08-01"),
        # German's "Ab dem" opening a sentence is no verb: the present stays present
        ("de", "Ab dem 1. August gilt auf der Brücke Tempo 30.", "2019-08-01"),
        # without such a word, a past still looks back
        ("fr", "Le conseil a fermé la piscine le 1er août.", "2018-08-01"),
    ],
)  # fmt: skip
def test_a_start_is_the_nearer_year(lang: str, text: str, start: str) -> None:
    assert [s for s, _, _ in events(text, lang)] == [start]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("de", "Vor einer Woche hat die Bäckerei am Markt geschlossen."),
        ("pt", "Há uma semana a padaria da praça fechou."),
    ],
)
def test_an_indefinite_article_counts_one_week_back(lang: str, text: str) -> None:
    assert [d.start for d in dated_sentences(text, DCT, lang)] == ["2019-04-01"]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        ("es", "El 3 de marzo, poco después de la medianoche, un coche se salió de la vía en Jaca.",
         "Un coche se salió de la vía en Jaca"),
        ("fr", "Le 3 mars, peu après minuit, une voiture a quitté la route à Vierzon.",
         "Une voiture a quitté la route à Vierzon"),
        ("it", "Il 3 marzo, poco dopo mezzanotte, un'auto è finita fuori strada a Lodi.",
         "Un'auto è finita fuori strada a Lodi"),
        ("pt", "No dia 3 de março, pouco depois da meia-noite, um carro saiu da estrada em Tatuí.",
         "Um carro saiu da estrada em Tatuí"),
        ("de", "Am 3. März, kurz nach Mitternacht, ist ein Auto bei Au von der Straße abgekommen.",
         "Ein Auto ist bei Au von der Straße abgekommen"),
    ],
)  # fmt: skip
def test_a_time_just_after_or_before_is_no_title(lang: str, text: str, title: str) -> None:
    assert [t for _, t, _ in events(text, lang)] == [title]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("fr", "Le préfet a ordonné lundi la fermeture du camping à compter du 1er juin.",
         ("2019-06-01", "La fermeture du camping")),
        ("es", "El pleno aprobó ayer el cierre del mercado de abastos a partir del 1 de julio.",
         ("2019-07-01", "El cierre del mercado de abastos")),
        ("de", "Der Rat hat die Sperrung der Brücke zum 1. Juli beschlossen.",
         ("2019-07-01", "Die Sperrung der Brücke")),
        # a thing that is no happening keeps the clause's title
        ("fr", "La ligne desservira le hameau à compter du 1er juin.",
         ("2019-06-01", "La ligne desservira le hameau")),
    ],
)  # fmt: skip
def test_a_happening_noun_before_its_start(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(s, t) for s, t, _ in events(text, lang)]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        ("fr", "Le musée a fermé lundi parce que le toit fuyait.", "Le musée a fermé"),
        ("es", "El puerto cerró el lunes después de que el temporal rompiera el dique.",
         "El puerto cerró"),
        ("it", "La strada è stata chiusa lunedì perché una frana l'aveva invasa.",
         "La strada è stata chiusa"),
        ("pt", "A escola foi fechada na segunda-feira depois que o teto desabou.",
         "A escola foi fechada"),
        # the date inside the subordinate clause: the title is left as it was
        ("fr", "Le musée est fermé parce que le toit s'est effondré lundi.",
         "Le musée est fermé parce que le toit s'est effondré"),
    ],
)  # fmt: skip
def test_a_trailing_subordinate_clause_leaves_the_title(lang: str, text: str, title: str) -> None:
    assert [t for _, t, _ in events(text, lang)] == [title]
