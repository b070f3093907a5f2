"""Constructions the held-out sets lack, in each language: a part of a month ("a finales de
abril", "fin avril", "a fine aprile", "no final de abril", "Ende April"), an opening subordinate
clause, an apposition after the subject, and two events in one sentence whose second clause
opens with its date and shares the first one's subject (db/dates/coordinated_segments.py,
rules/locales.py). Sentences written for this test. DCT: Thursday 2012-05-10."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences

DCT = datetime.date(2012, 5, 10)


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # parts of months
        (
            "es",
            "A finales de abril, la cooperativa cerró su almacén de Aranda.",
            [("2012-04", "La cooperativa cerró su almacén de Aranda", "happened")],
        ),
        (
            "es",
            "Las obras del puente terminarán a mediados de junio.",
            [("2012-06", "Las obras del puente terminarán", "planned")],
        ),
        (
            "fr",
            "Fin avril, la coopérative a fermé son entrepôt de Rodez.",
            [("2012-04", "La coopérative a fermé son entrepôt de Rodez", "happened")],
        ),
        (
            "fr",
            "Les travaux du pont s'achèveront mi-juin.",
            [("2012-06", "Les travaux du pont s'achèveront", "planned")],
        ),
        (
            "it",
            "A fine aprile la cooperativa ha chiuso il suo magazzino di Lodi.",
            [("2012-04", "La cooperativa ha chiuso il suo magazzino di Lodi", "happened")],
        ),
        (
            "it",
            "I lavori del ponte finiranno a metà giugno.",
            [("2012-06", "I lavori del ponte finiranno", "planned")],
        ),
        (
            "pt",
            "No final de abril, a cooperativa fechou o seu armazém de Braga.",
            [("2012-04", "A cooperativa fechou o seu armazém de Braga", "happened")],
        ),
        (
            "pt",
            "A escola vai reabrir no fim de junho.",
            [("2012-06", "A escola vai reabrir", "planned")],
        ),
        (
            "de",
            "Ende April hat die Genossenschaft ihr Lager in Fulda geschlossen.",
            [("2012-04", "Die Genossenschaft hat ihr Lager in Fulda geschlossen", "happened")],
        ),
        (
            "de",
            "Die Arbeiten an der Brücke sollen Mitte Juni enden.",
            [("2012-06", "Die Arbeiten an der Brücke sollen enden", "planned")],
        ),
        # a part of a month with its year, opening the sentence or closing it
        (
            "es",
            "El nuevo puente sobre el Tajo se inaugurará a finales de marzo de 2013.",
            [("2013-03", "El nuevo puente sobre el Tajo se inaugurará", "planned")],
        ),
        (
            "fr",
            "Début avril 2012, la mairie a fermé la piscine municipale pour travaux.",
            [("2012-04", "La mairie a fermé la piscine municipale pour travaux", "happened")],
        ),
        (
            "de",
            "Mitte Mai 2011 schloss die Gemeinde den Spielplatz an der Schule.",
            [("2011-05", "Die Gemeinde schloss den Spielplatz an der Schule", "happened")],
        ),
        (
            "it",
            "Fine maggio 2011 il comune ha chiuso il ponte sul fiume.",
            [("2011-05", "Il comune ha chiuso il ponte sul fiume", "happened")],
        ),
        (
            "pt",
            "Em meados de março de 2011, a prefeitura fechou o mercado municipal.",
            [("2011-03", "A prefeitura fechou o mercado municipal", "happened")],
        ),
        # a relative clause set off after the subject: the date is the relative clause's
        (
            "es",
            "El ministro de Fomento, que visitó la obra el 3 de mayo, prometió más fondos.",
            [("2012-05-03", "El ministro de Fomento visitó la obra", "happened")],
        ),
        (
            "fr",
            "Le ministre, qui a visité le chantier le 3 mai, a promis de nouveaux fonds.",
            [("2012-05-03", "Le ministre a visité le chantier", "happened")],
        ),
        (
            "it",
            "Il ministro, che ha visitato il cantiere il 3 maggio, ha promesso nuovi fondi.",
            [("2012-05-03", "Il ministro ha visitato il cantiere", "happened")],
        ),
        (
            "pt",
            "O ministro, que visitou a obra no dia 3 de maio, prometeu mais verbas.",
            [("2012-05-03", "O ministro visitou a obra", "happened")],
        ),
        (
            "de",
            "Der Minister, der am 3. Mai die Baustelle besuchte, versprach neue Mittel.",
            [("2012-05-03", "Der Minister besuchte die Baustelle", "happened")],
        ),
        # an opening subordinate clause holding the date: its own event
        (
            "es",
            "Cuando llegaron los bomberos el 2 de mayo, el almacén ya había ardido.",
            [("2012-05-02", "Los bomberos llegaron", "happened")],  # subject first
        ),
        (  # "lorsque" ends as a participle does and is none
            "fr",
            "Lorsque les pompiers sont arrivés le 2 mai, l'entrepôt avait déjà brûlé.",
            [("2012-05-02", "Les pompiers sont arrivés", "happened")],
        ),
        (
            "it",
            "Quando i vigili del fuoco sono arrivati il 2 maggio, il magazzino era già bruciato.",
            [("2012-05-02", "I vigili del fuoco sono arrivati", "happened")],
        ),
        (
            "pt",
            "Quando os bombeiros chegaram no dia 2 de maio, o armazém já tinha ardido.",
            [("2012-05-02", "Os bombeiros chegaram", "happened")],
        ),
        (
            "de",
            "Als die Feuerwehr am 2. Mai eintraf, war die Lagerhalle bereits abgebrannt.",
            [("2012-05-02", "Die Feuerwehr traf ein", "happened")],
        ),
        # an apposition after the subject: short, it stays
        (
            "es",
            "El alcalde, Juan Ortega, inauguró el 3 de mayo el nuevo polideportivo.",
            [
                (
                    "2012-05-03",
                    "El alcalde, Juan Ortega, inauguró el nuevo polideportivo",
                    "happened",
                )
            ],
        ),
        (
            "fr",
            "Le maire, Paul Girard, a inauguré le 3 mai le nouveau gymnase.",
            [("2012-05-03", "Le maire, Paul Girard, a inauguré le nouveau gymnase", "happened")],
        ),
        (
            "it",
            "Il sindaco, Mario Conti, ha inaugurato il 3 maggio la nuova palestra.",
            [
                (
                    "2012-05-03",
                    "Il sindaco, Mario Conti, ha inaugurato la nuova palestra",
                    "happened",
                )
            ],
        ),
        (  # a Portuguese simple past in the singular ("-ou") is a verb
            "pt",
            "O prefeito, João Costa, inaugurou no dia 3 de maio o novo ginásio.",
            [("2012-05-03", "O prefeito, João Costa, inaugurou o novo ginásio", "happened")],
        ),
        (
            "de",
            "Der Bürgermeister, Hans Weber, hat am 3. Mai die neue Turnhalle eröffnet.",
            [
                (
                    "2012-05-03",
                    "Der Bürgermeister, Hans Weber, hat die neue Turnhalle eröffnet",
                    "happened",
                )
            ],
        ),
        # two events, the second clause opening with its date: the subject is shared
        (
            "es",
            "La fábrica de Soria cerró el 2 de mayo y el 4 de mayo despidió a sus 80 empleados.",
            [
                ("2012-05-02", "La fábrica de Soria cerró", "happened"),
                ("2012-05-04", "La fábrica de Soria despidió a sus 80 empleados", "happened"),
            ],
        ),
        (
            "it",
            "La fabbrica ha chiuso il 2 maggio e il 4 maggio ha licenziato i suoi 80 operai.",
            [
                ("2012-05-02", "La fabbrica ha chiuso", "happened"),
                ("2012-05-04", "La fabbrica ha licenziato i suoi 80 operai", "happened"),
            ],
        ),
        (
            "fr",
            "L'usine a fermé le 2 mai et le 4 mai a licencié ses 80 salariés.",
            [
                ("2012-05-02", "L'usine a fermé", "happened"),
                ("2012-05-04", "L'usine a licencié ses 80 salariés", "happened"),
            ],
        ),
        (  # ... not when that clause has a subject of its own
            "es",
            "Los vecinos cortaron la calle el 2 de mayo y el 4 de mayo los comerciantes cerraron "
            "sus tiendas.",
            [
                ("2012-05-02", "Los vecinos cortaron la calle", "happened"),
                ("2012-05-04", "Los comerciantes cerraron sus tiendas", "happened"),
            ],
        ),
    ],
)
def test_constructions(lang: str, text: str, expected: list) -> None:
    assert events(text, lang) == expected
