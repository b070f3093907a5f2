"""Dates and statuses of events in Spanish, French, Italian, German and Portuguese (session 19,
the causes of the tenth foreign blind set). Sentences written for this test, none taken from an
evaluation file. DCT: Thursday 2028-12-28 (Saturday 30 and Tuesday 2 January ahead, Monday 25
and Saturday 23 gone by, New Year's Eve three days ahead)."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2028, 12, 28)


def _events(lang: str, text: str, dct: datetime.date = DCT) -> dict[str, str]:
    return {d.start: d.status for d in dated_sentences(text, dct, lang) if not d.comparison}


@pytest.mark.parametrize(
    "lang, text, start, status",
    [
        # a night's holiday names its happenings: on that night, even called off in a perfect
        (
            "es",
            "El Ayuntamiento ha cancelado los fuegos artificiales de Nochevieja por el viento.",
            "2028-12-31",
            "negated",
        ),
        ("pt", "A ceia do réveillon no clube será servida às 21 horas.", "2028-12-31", "planned"),
        # the eve of a holiday: the day before it
        (
            "es",
            "La víspera de Navidad, los voluntarios repartieron mantas en la estación.",
            "2028-12-24",
            "happened",
        ),
        (
            "fr",
            "La veille de Noël, la gendarmerie a contrôlé 300 conducteurs sur la rocade.",
            "2028-12-24",
            "happened",
        ),
        (
            "it",
            "La vigilia di Natale i carabinieri hanno fermato due ladri in centro.",
            "2028-12-24",
            "happened",
        ),
        # a holiday's name with a common noun at its head, written in lower case
        ("es", "Los museos de la ciudad abrirán gratis el día de Reyes.", "2029-01-06", "planned"),
        (
            "pt",
            "Os moradores do bairro estão sem luz desde o dia de Natal.",
            "2028-12-25",
            "happened",
        ),
        (
            "pt",
            "O metrô vai funcionar a noite toda na passagem de ano.",
            "2028-12-31",
            "planned",
        ),
        (
            "de",
            "Am zweiten Weihnachtsfeiertag brannte in Lindach eine Scheune ab.",
            "2028-12-26",
            "happened",
        ),
        # an agency's dateline: its day is the item's today
        (
            "it",
            "(ANV) VALLEFONDA, 27 dic. – È stato arrestato stamane un uomo di 40 anni.",
            "2028-12-27",
            "happened",
        ),
        (
            "pt",
            "Vila Nova, 27 dez 2028 (Lusa) – A Câmara anunciou hoje o novo plano de obras.",
            "2028-12-27",
            "happened",
        ),
        # a weekday after "from", "until" or "before": the coming one unless told in the past
        (
            "fr",
            "Dès samedi, la piscine municipale rouvrira ses portes au public.",
            "2028-12-30",
            "planned",
        ),
        ("de", "Die Turnhalle ist ab Samstag wieder geöffnet.", "2028-12-30", "planned"),
        ("pt", "O museu fecha a partir de terça-feira para obras.", "2029-01-02", "planned"),
        ("fr", "Le parking était fermé jusqu'à lundi.", "2028-12-25", "happened"),
        ("es", "Desde el sábado, los vecinos están sin luz.", "2028-12-23", "happened"),
        # a weekday with its day named after it: "(1º)", ", dia 2", ", día 2"
        ("pt", "O novo horário passa a valer na segunda-feira (1º).", "2029-01-01", "planned"),
        ("pt", "As aulas recomeçam na terça-feira, dia 2.", "2029-01-02", "planned"),
        ("es", "El mercado abrirá el próximo martes, día 2, en la plaza.", "2029-01-02", "planned"),
        ("es", "El pleno se reunirá el día 2 en el salón de actos.", "2029-01-02", "planned"),
        # "not until": the happening is planned on the date, not negated
        (
            "es",
            "Los vecinos no podrán regresar a sus casas hasta el martes.",
            "2029-01-02",
            "planned",
        ),
        ("it", "La strada non riaprirà prima di metà gennaio.", "2029-01", "planned"),
        ("de", "Die Brücke wird nicht vor Mitte Januar freigegeben.", "2029-01", "planned"),
        ("es", "El martes no habrá recogida de basura en el centro.", "2029-01-02", "negated"),
        # what should have happened: negated
        (
            "es",
            "Las obras del puente, que deberían haber terminado en noviembre, siguen paradas.",
            "2028-11",
            "negated",
        ),
        ("pt", "O novo hospital deveria ter aberto em outubro.", "2028-10", "negated"),
        ("it", "Il cantiere dovrà chiudersi a metà gennaio.", "2029-01", "planned"),
        # "the new year": the year after, written in December
        ("de", "Im neuen Jahr will der Kreistag über den Haushalt entscheiden.", "2029", "planned"),
        ("it", "Nel nuovo anno il comune assumerà dieci vigili urbani.", "2029", "planned"),
        ("pt", "O prefeito discursa no Ano Novo na praça central.", "2029-01-01", "planned"),
    ],
)
def test_foreign_dates19(lang: str, text: str, start: str, status: str) -> None:
    assert _events(lang, text).get(start) == status


@pytest.mark.parametrize(
    "lang, text, not_start",
    [
        # a thing named after a holiday that is not a night's: a kind, its date another
        ("it", "Il concerto di Capodanno si è tenuto al Teatro Verdi.", "-01-01"),
        # "Natal" alone is also a city
        ("pt", "O prefeito de Natal inaugurou a nova ponte.", "-12-25"),
        # a saint's holiday after "St.": the saint, a church's name
        ("de", "Die Kirche St. Silvester in Oberau wird renoviert.", "-12-31"),
        # the day number after a weekday is not a day of this month
        ("pt", "As aulas recomeçam na terça-feira, dia 2.", "2028-12-02"),
        ("es", "El mercado abrirá el próximo martes, día 2, en la plaza.", "2028-12-02"),
        # "the new year" in lower case is no New Year's Day
        ("de", "Im neuen Jahr will der Kreistag über den Haushalt entscheiden.", "2029-01-01"),
    ],
)
def test_foreign_dates19_left_alone(lang: str, text: str, not_start: str) -> None:
    assert not any(start.endswith(not_start) for start in _events(lang, text))


def test_the_new_year_written_in_january_is_the_one_begun() -> None:
    events = _events("de", "Im neuen Jahr will der Kreistag sparen.", datetime.date(2029, 1, 10))
    assert "2029" in events and "2030" not in events
