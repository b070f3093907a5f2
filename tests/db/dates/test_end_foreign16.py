"""Fixes from the blind end set of other languages (bench/data/foreign_holdout7.json), each
tested on sentences of our own."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

_DCT = datetime.date(2025, 3, 13)  # a Thursday


def _starts(text: str, lang: str) -> list[str]:
    return [d.start for d in dated_sentences(text, _DCT, language=lang) if not d.comparison]


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("es", "La empresa despidió el martes de la semana pasada a doce operarios.", "2025-03-04"),
        ("es", "El puente se reabrirá el viernes de la próxima semana.", "2025-03-21"),
        ("fr", "Le club a licencié son entraîneur lundi de la semaine dernière.", "2025-03-03"),
        ("it", "Il museo riaprirà il sabato della settimana prossima.", "2025-03-22"),
        ("pt", "A escola fechou na quarta-feira da semana passada.", "2025-03-05"),
        ("de", "Die Brücke wurde am Freitag vergangener Woche gesperrt.", "2025-03-07"),
    ],
)
def test_a_weekday_of_last_or_next_week(lang: str, text: str, start: str) -> None:
    assert start in _starts(text, lang)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Am kommenden Dienstag öffnet das neue Hallenbad.", "2025-03-18"),
        ("Am vergangenen Sonntag wählte der Ort einen neuen Bürgermeister.", "2025-03-09"),
        ("Der Kreistag hat am gestrigen Mittwochabend den Haushalt beschlossen.", "2025-03-12"),
        ("Das Theater zeigt am morgigen Freitag die Premiere.", "2025-03-14"),
    ],
)
def test_german_weekdays_with_an_adjective(text: str, start: str) -> None:
    starts = _starts(text, "de")
    assert starts == [start]


def test_a_day_adjective_the_weekday_contradicts_is_left_undated() -> None:
    # Thursday's "gestrigen" is a Wednesday: "gestrigen Montag" is no day we can tell
    assert "2025-03-12" not in _starts("Am gestrigen Montag tagte der Rat.", "de")


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("pt", "As matrículas da escola municipal terminam em 21/03.", "2025-03-21"),
        ("es", "El plazo de alegaciones se cierra el 04/04 a mediodía.", "2025-04-04"),
        ("fr", "La consultation publique s'achève le 28/03.", "2025-03-28"),
        ("it", "Le domande vanno presentate entro il 31/03.", "2025-03-31"),
        ("de", "Bewerbungsschluss für das Stipendium ist der 24.03.", "2025-03-24"),
        ("de", "Die Ausstellung läuft noch bis zum 6.4. im Rathaus.", "2025-04-06"),
    ],
)
def test_a_day_and_month_in_figures_without_a_year(lang: str, text: str, start: str) -> None:
    assert start in _starts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A crítica deu ao filme nota 10/10 no jornal."),
        ("es", "Ganó con 12/15 votos a favor en la comisión."),
        ("de", "Die Regel steht in Abschnitt 3.4. des Vertrags."),
    ],
)
def test_figures_that_are_no_date(lang: str, text: str) -> None:
    assert _starts(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        (
            "es",
            "Villaseca del Campo, 12 mar (Agencia Norte).- Un camión ha volcado esta mañana "
            "en la autovía.",
            "2025-03-12",
        ),
        ("it", "(ANS) - MONTEFALCO, 11 MAR - Il sindaco firma oggi l'ordinanza.", "2025-03-11"),
        ("fr", "Lyon, 12 mars (AFP) - Le maire a démissionné hier soir.", "2025-03-11"),
    ],
)
def test_an_agency_dateline_without_a_year_sets_today(lang: str, text: str, start: str) -> None:
    assert start in _starts(text, lang)
    assert "2025-03-13" not in _starts(text, lang)


def test_a_dateline_after_the_publication_date_is_last_year() -> None:
    from db.dates.agency_datelines import yearless_dateline

    found = yearless_dateline("es", "Soria, 20 mar (Agencia Norte).- Nada.", _DCT)
    assert found is not None and found[0] == datetime.date(2024, 3, 20)


def _weeks(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.start, d.precision) for d in dated_sentences(text, _DCT, language=lang)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le marché de nuit s'installera la semaine du 26 mars sur le port."),
        ("es", "Las pruebas de acceso serán la semana del 27 de marzo."),
        ("it", "La mostra aprirà la settimana del 25 marzo."),
        ("pt", "As aulas recomeçam na semana de 24 de março."),
        ("de", "Die Straße bleibt in der Woche vom 28. März gesperrt."),
    ],
)
def test_the_week_of_a_day_is_that_week(lang: str, text: str) -> None:
    # every day named falls in the week of Monday 24 March 2025
    assert ("2025-03-24", "week") in _weeks(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "week"),
    [
        ("fr", "En début de semaine, la mairie a fermé la piscine.", "2025-03-10"),
        ("es", "A finales de la semana pasada el río se desbordó.", "2025-03-03"),
        ("it", "A fine settimana il comune ha chiuso la scuola.", "2025-03-10"),
        ("pt", "No início da semana que vem a ponte será reaberta.", "2025-03-17"),
        ("de", "Mitte nächster Woche beginnt der Abriss der Halle.", "2025-03-17"),
    ],
)
def test_a_part_of_a_week_is_that_week(lang: str, text: str, week: str) -> None:
    assert (week, "week") in _weeks(text, lang)


def test_the_weekend_stays_the_weekend() -> None:
    assert ("2025-03-08", "day") in _weeks("El fin de semana llovió en la costa.", "es")


def _statuses(text: str, lang: str) -> list[str]:
    return [d.status for d in dated_sentences(text, _DCT, language=lang) if not d.comparison]


def test_a_german_happening_called_off_is_negated() -> None:
    text = "Das für kommenden Sonntag geplante Hafenfest fällt wegen Sturmwarnung aus."
    assert _statuses(text, "de") == ["negated"]
    assert _statuses("Die Lesung am Freitag wurde kurzfristig abgesagt.", "de") == ["negated"]


def test_falling_out_of_something_is_no_calling_off() -> None:
    assert _statuses("Am Samstag fiel ein Kind aus dem Fenster.", "de") == ["happened"]


def test_some_weekend_is_no_date() -> None:
    text = "Am Samstag kamen so viele Gäste wie noch nie an einem Wochenende."
    assert _starts(text, "de") == ["2025-03-08"]


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("es", "La feria del libro abrirá el último fin de semana de abril.", "2025-04-26"),
        ("fr", "Le vide-grenier se tiendra le premier week-end d'avril.", "2025-04-05"),
        ("it", "La regata si correrà l'ultimo fine settimana di maggio.", "2025-05-31"),
        ("pt", "O torneio começa no primeiro fim de semana de abril.", "2025-04-05"),
        ("de", "Der Flohmarkt findet am ersten Wochenende im April statt.", "2025-04-05"),
    ],
)
def test_the_first_or_last_weekend_of_a_month(lang: str, text: str, start: str) -> None:
    assert start in _starts(text, lang)


def test_a_german_year_inside_a_perfect_clause() -> None:
    text = "Die Gründerin hatte die Bäckerei 1958 mit ihrem Bruder aufgemacht."
    assert _starts(text, "de") == ["1958"]
    assert _starts("Das Kloster ist 1803 aufgelöst worden.", "de") == ["1803"]


def test_an_amount_before_its_noun_in_a_perfect_clause_is_no_year() -> None:
    assert _starts("Die Gemeinde hat 1200 neue Bäume gepflanzt.", "de") == []
    assert _starts("Der Chor hat 1850 Euro gesammelt.", "de") == []
