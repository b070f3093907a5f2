"""Absolute dates in Spanish, French, Italian and German (db/dates/rules/locales.py), each rule on
a real-looking sentence written for this test, with the year lookalikes it must leave alone.
DCT: Tuesday 2011-04-05 unless noted."""

from __future__ import annotations

import datetime

import pytest

from db.dates import LANGUAGES, dated_sentences, find_timexes, language_code
from db.dates.rules.locales import FOREIGN, fold, names

DCT = datetime.date(2011, 4, 5)


def timexes(text: str, lang: str, dct: datetime.date | None = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, dct, lang)]


def dates(text: str, lang: str, dct: datetime.date | None = DCT) -> list[tuple]:
    return [(d.start, d.end_date, d.precision) for d in dated_sentences(text, dct, lang)]


_CASES = [
    # ---- Spanish
    (
        "es",
        "La marcha partió de la plaza central el 25 de enero de 2011 por la mañana.",
        [("25 de enero de 2011", "2011-01-25")],
    ),
    (
        "es",
        "Los sindicatos convocaron una huelga general el 3 de marzo.",
        [("3 de marzo", "2011-03-03")],
    ),
    (
        "es",
        "El alcalde inauguró el puente el martes 25 de enero de 2011 ante cientos de vecinos.",
        [("martes 25 de enero de 2011", "2011-01-25")],
    ),
    (
        "es",
        "Las obras terminaron el 1º de febrero del 2011.",
        [("1º de febrero del 2011", "2011-02-01")],
    ),
    ("es", "El museo reabrió sus salas en enero de 2011.", [("enero de 2011", "2011-01")]),
    ("es", "La ley de prensa fue aprobada en 2009 tras un largo debate.", [("2009", "2009")]),
    (
        "es",
        "El formulario lleva la fecha 15/03/2011 y la firma del juez.",
        [("15/03/2011", "2011-03-15")],
    ),
    ("es", "La orquesta tocó el 3 de sept. en el teatro.", [("3 de sept.", "2010-09-03")]),
    ("es", "La cooperativa repartió 2011 euros entre sus socios.", []),
    ("es", "Más de 1500 personas firmaron la carta abierta.", []),
    # ---- French
    (
        "fr",
        "Le conseil municipal a voté le budget le 15 mars 2011 après une longue séance.",
        [("15 mars 2011", "2011-03-15")],
    ),
    (
        "fr",
        "Les syndicats défileront le 1er mai dans toutes les grandes villes.",
        [("1er mai", "2011-05-01")],
    ),
    (
        "fr",
        "Le festival a ouvert ses portes mardi 15 mars 2011.",
        [("mardi 15 mars 2011", "2011-03-15")],
    ),
    ("fr", "Les loyers ont augmenté de nouveau en mars 2011.", [("mars 2011", "2011-03")]),
    ("fr", "Le chantier a pris du retard en fevrier 2011.", [("fevrier 2011", "2011-02")]),
    ("fr", "L'usine tourne au ralenti depuis 2008, selon les ouvriers.", [("2008", "2008")]),
    ("fr", "La mairie a versé 2011 euros aux associations du quartier.", []),
    ("fr", "Le stade peut accueillir 1800 spectateurs.", []),
    ("fr", "Ils sont arrivés le 12 janv. au port.", [("12 janv.", "2011-01-12")]),
    ("fr", "La facture est datée du 21/10/2010 et reste impayée.", [("21/10/2010", "2010-10-21")]),
    ("fr", "Le rapport publié le 2011-03-04 chiffre les dégâts.", [("2011-03-04", "2011-03-04")]),
    # ---- Italian
    (
        "it",
        "Il sindaco ha firmato l'ordinanza il 17 febbraio 2011 dopo le proteste.",
        [("17 febbraio 2011", "2011-02-17")],
    ),
    (
        "it",
        "Lunedì 3 marzo 2011 la scuola è rimasta chiusa per la neve.",
        [("Lunedì 3 marzo 2011", "2011-03-03")],
    ),
    ("it", "Il nuovo ponte sarà aperto il 1º giugno.", [("1º giugno", "2011-06-01")]),
    ("it", "Il cantiere è fermo dall'8 gennaio scorso.", [("8 gennaio", "2011-01-08")]),
    ("it", "La biblioteca ha chiuso nel 2009 per mancanza di fondi.", [("2009", "2009")]),
    ("it", "Il contratto è scaduto nel febbraio del 2010.", [("febbraio del 2010", "2010-02")]),
    ("it", "Lunedi 7 marzo 2011 piovve tutto il giorno.", [("Lunedi 7 marzo 2011", "2011-03-07")]),
    ("it", "Circa 1000 poliziotti presidiavano la piazza.", []),
    ("it", "Il verbale porta la data 17/02/2011 e due firme.", [("17/02/2011", "2011-02-17")]),
    ("it", "In piazza sono scese 1500 persone.", []),
    ("it", "La tennista ha vinto in 3 set. Poi ha salutato il pubblico.", []),
    ("it", "A luglio il teatro resterà chiuso per lavori.", [("luglio", "2011-07")]),
    # ---- months without a year, after a word that makes them a time: the DCT's year
    ("es", "En marzo la cosecha fue escasa.", [("marzo", "2011-03")]),
    ("es", "A finales de diciembre llovió sin parar.", [("diciembre", "2010-12")]),
    ("es", "Los turistas llenaron la plaza de Mayo.", []),
    ("fr", "Début février, la neige a bloqué les routes.", [("février", "2011-02")]),
    ("fr", "Le quartier fête la révolution de Février.", []),
    ("de", "Im März wurde der Bürgermeister gewählt.", [("März", "2011-03")]),
    # ---- German
    (
        "de",
        "Der Stadtrat hat am 3. März 2011 den Haushalt beschlossen.",
        [("3. März 2011", "2011-03-03")],
    ),
    ("de", "Die Brücke ist seit 2009 gesperrt.", [("2009", "2009")]),
    ("de", "Das Museum öffnet am 9. Mai wieder.", [("9. Mai", "2011-05-09")]),
    ("de", "Die Mieten stiegen im März 2011 erneut.", [("März 2011", "2011-03")]),
    ("de", "Der Vertrag wurde am 03.03.2011 unterschrieben.", [("03.03.2011", "2011-03-03")]),
    ("de", "In 2011 wurde das Rathaus renoviert.", [("2011", "2011")]),
    ("de", "Die Firma beliefert in 2000 Haushalten die Heizung.", []),
]


@pytest.mark.parametrize("lang, text, expected", _CASES)
def test_absolute_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, dct, expected",
    [
        # year-less: the year of the DCT ...
        ("es", "La reunión se celebró el 3 de marzo en Lima.", DCT, "2011-03-03"),
        # ... or the one before, when that date is nearer to the publication
        (
            "fr",
            "Le maire avait parlé le 20 décembre devant le conseil.",
            DCT.replace(month=1),
            "2010-12-20",
        ),
        # ... or the text's own year, set by a date that frames its sentence
        (
            "it",
            "Nel 1998 la fabbrica cambiò proprietario. Il 12 maggio gli operai scioperarono.",
            DCT,
            "1998-05-12",
        ),
        (
            "es",
            "En 1985 la banda grabó su primer disco. El 4 de julio tocó en el estadio.",
            DCT,
            "1985-07-04",
        ),
    ],
)
def test_yearless_dates_take_the_reference_year(
    lang: str, text: str, dct: datetime.date, expected: str
) -> None:
    assert dates(text, lang, dct)[-1][0] == expected


@pytest.mark.parametrize(
    "lang, text, dct, expected",
    [
        # half a year either way: the one gone by (news is mostly about what happened) ...
        ("es", "Las obras del metro empezaron en marzo.", datetime.date(2011, 9, 30), "2011-03"),
        ("it", "Il teatro ha chiuso il 16 settembre.", datetime.date(2013, 3, 20), "2012-09-16"),
        # ... unless the one ahead is much nearer
        ("it", "Le elezioni comunali del 24 luglio.", datetime.date(2011, 5, 7), "2011-07-24"),
    ],
)
def test_without_a_tense_the_past_is_likelier(
    lang: str, text: str, dct: datetime.date, expected: str
) -> None:
    assert dates(text, lang, dct)[0][0] == expected


def test_weekday_picks_the_year_that_fits() -> None:
    # 3 March was a Thursday in 2011 and a Wednesday in 2010
    assert timexes("El miércoles 3 de marzo cerró la fábrica.", "es") == [
        ("miércoles 3 de marzo", "2010-03-03")
    ]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("es", "La empresa opera en el puerto desde 2008."),
        ("fr", "La route est fermée depuis 2008."),
        ("it", "Il museo è chiuso dal 2008."),
        ("de", "Die Fabrik steht seit 2008 still."),
    ],
)
def test_since_runs_to_the_publication_date(lang: str, text: str) -> None:
    assert dates(text, lang) == [("2008", "2011-04-05", "year")]


def test_since_a_month() -> None:
    assert dates("Da gennaio il parco è chiuso.", "it") == [("2011-01", "2011-04-05", "month")]
    assert dates("Desde febrero no llega el agua.", "es") == [("2011-02", "2011-04-05", "month")]


def test_without_a_dct_a_yearless_date_dates_nothing() -> None:
    assert timexes("Le 3 mars, la neige est tombée.", "fr", None) == [("3 mars", "XXXX-03-03")]
    assert dates("Le 3 mars, la neige est tombée.", "fr", None) == []


def test_names_come_from_cldr() -> None:
    es, fr, it, de = (names(code) for code in ("es", "fr", "it", "de"))
    assert es.months["enero"] == 1 and es.months["sept"] == 9
    assert fr.months["fevrier"] == fr.months["fevr"] == 2  # folded; abbreviation without "."
    assert it.weekdays["lunedi"] == 0 and it.weekdays["domenica"] == 6
    assert de.months["marz"] == 3
    assert fold("Août") == "aout"


def test_english_is_the_default_and_unchanged() -> None:
    text = "The council met on March 3, 2011. Some 2011 euros were raised."
    assert find_timexes(text, DCT) == find_timexes(text, DCT, "en")
    assert timexes(text, "en") == [("March 3, 2011", "2011-03-03")]


def test_language_codes() -> None:
    assert LANGUAGES == ("en", *FOREIGN)
    assert [language_code(t) for t in (None, "", "en", "es-MX", "fr_FR", "IT", "de")] == [
        "en",
        "en",
        "en",
        "es",
        "fr",
        "it",
        "de",
    ]
    assert language_code("ar") is None
    with pytest.raises(ValueError):
        dated_sentences("٢٥ يناير", DCT, "ar")


def test_every_rule_lists_the_words_its_matches_start_with() -> None:
    """As for English (test_dates_rules.py): each match of a rule's own regex starts where the
    trigger calls for that rule."""
    from db.dates.extract import _grammar

    for lang in FOREIGN:
        corpus = "\n\n".join(text for code, text, _ in _CASES + _RELATIVE if code == lang)
        corpus += "\n\nmardi 1 févr. 2011; Sáb 3 de dic. de 2011; 3. Sept. 2011; 2011-03-04"
        g = _grammar(lang)
        for ri, single in enumerate(g.singles):
            for m in single.finditer(corpus):
                t = g.trigger.match(corpus, m.start())
                assert t is not None, (lang, g.rules[ri].name, m.group())
                key = g.keys.get(t.lastgroup or "") or t.group().lower()
                assert ri in g.by_start[key], (lang, g.rules[ri].name, m.group())


_RELATIVE = [
    # CLDR's relative day words, counted from the DCT (Tuesday 2011-04-05)
    ("es", "Ayer los taxistas bloquearon la avenida principal.", [("Ayer", "2011-04-04")]),
    ("es", "El concejo aprobó hoy la nueva tarifa.", [("hoy", "2011-04-05")]),
    ("fr", "Hier soir, les pompiers sont intervenus deux fois.", [("Hier soir", "2011-04-04")]),
    ("fr", "Le marché a rouvert aujourd’hui.", [("aujourd’hui", "2011-04-05")]),
    ("fr", "Le colis est parti avant-hier de Lyon.", [("avant-hier", "2011-04-03")]),
    ("it", "Ieri il treno è arrivato con due ore di ritardo.", [("Ieri", "2011-04-04")]),
    ("it", "L’altro ieri il fiume ha rotto gli argini.", [("L’altro ieri", "2011-04-03")]),
    ("de", "Gestern hat die Bibliothek wieder geöffnet.", [("Gestern", "2011-04-04")]),
    # ... and weekday phrases: the last one before the DCT, the first one after it
    ("es", "El lunes pasado cerraron la escuela.", [("El lunes pasado", "2011-04-04")]),
    ("es", "Los vecinos votarán el próximo domingo.", [("el próximo domingo", "2011-04-10")]),
    ("fr", "Le maire a démissionné mardi dernier.", [("mardi dernier", "2011-03-29")]),
    ("it", "La mostra apre martedì prossimo.", [("martedì prossimo", "2011-04-12")]),
    ("it", "Domenica scorsa ha nevicato in collina.", [("Domenica scorsa", "2011-04-03")]),
    ("de", "Der Zug fährt nächsten Sonntag wieder.", [("nächsten Sonntag", "2011-04-10")]),
    # tomorrow is left out: "mañana" and "Morgen" are also the morning
    ("es", "Los pescadores salen por la mañana.", []),
]


@pytest.mark.parametrize("lang, text, expected", _RELATIVE)
def test_relative_days(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, lang) == expected


def test_any_case_any_form_of_a_name() -> None:
    # what the case-blind regexes take, the name lookups take too
    assert timexes("EL 25 DE SEPTIEMBRE DE 2011 CERRÓ EL BANCO.", "es") == [
        ("25 DE SEPTIEMBRE DE 2011", "2011-09-25")
    ]
    assert timexes("El 25 de ſeptiembre de 2011 cerró el banco.", "es") == [
        ("25 de ſeptiembre de 2011", "2011-09-25")
    ]
    assert timexes("L’ALTRO IERI È PIOVUTO.", "it") == [("L’ALTRO IERI", "2011-04-03")]


# ---- runs of days, ranges, days spelt out, dates inside names (sentences written for these tests)


@pytest.mark.parametrize(
    "lang, text, span",
    [
        (
            "es",
            "Los estibadores pararon el puerto el 3 y el 4 de marzo.",
            ("2011-03-03", "2011-03-04"),
        ),
        (
            "es",
            "La feria del libro abrió entre el 3 y el 5 de marzo.",
            ("2011-03-03", "2011-03-05"),
        ),
        (
            "es",
            "El congreso se celebró del 3 al 5 de marzo en Cádiz.",
            ("2011-03-03", "2011-03-05"),
        ),
        ("fr", "Les cheminots ont fait grève les 3 et 4 mars.", ("2011-03-03", "2011-03-04")),
        ("fr", "Le salon s'est tenu du 3 au 5 mars à Nantes.", ("2011-03-03", "2011-03-05")),
        ("fr", "Des concerts ont eu lieu les 15, 16 et 17 mars.", ("2011-03-15", "2011-03-17")),
        ("it", "La fiera è rimasta aperta dal 3 al 5 marzo a Bari.", ("2011-03-03", "2011-03-05")),
        ("de", "Die Tagung fand vom 3. bis 5. März in Kassel statt.", ("2011-03-03", "2011-03-05")),
        ("de", "Die Tagung fand vom 3.-5. März in Kassel statt.", ("2011-03-03", "2011-03-05")),
        # two whole dates: the engine joins them with the language's range words
        (
            "es",
            "La exposición estuvo abierta del 28 de febrero al 5 de marzo.",
            ("2011-02-28", "2011-03-05"),
        ),
        ("de", "Die Messe lief vom 3. März bis 2. April in Essen.", ("2011-03-03", "2011-04-02")),
        ("it", "Il cantiere è rimasto chiuso 28 febbraio – 3 marzo.", ("2011-02-28", "2011-03-03")),
    ],
)
def test_runs_of_days(lang: str, text: str, span: tuple[str, str]) -> None:
    """One event over the run, its first day and month right: no lone "3" left over."""
    assert [(s, e) for s, e, _ in dates(text, lang)] == [span]


def test_run_of_days_is_not_a_range_to_the_publication_date() -> None:
    """Italian "dal" opens a range to the DCT ("dal 3 marzo"), not when the run has its end."""
    assert dates("Il museo è rimasto chiuso dal 3 al 5 marzo.", "it") == [
        ("2011-03-03", "2011-03-05", "day")
    ]
    assert dates("Il museo è chiuso dal 3 marzo.", "it") == [("2011-03-03", "2011-04-05", "day")]


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("es", "Los sindicatos desfilaron el primero de mayo por la avenida.", "2011-05-01"),
        ("fr", "Les syndicats ont défilé le premier mai devant la mairie.", "2011-05-01"),
        ("it", "I sindacati hanno sfilato il primo maggio in piazza.", "2011-05-01"),
        ("de", "Die Gewerkschaften zogen am ersten Mai durch die Altstadt.", "2011-05-01"),
        # other days as cardinals, as embedded tweets write them
        ("es", "El consejo votó la reforma el catorce de agosto de 2010.", "2010-08-14"),
        ("fr", "Le maire a inauguré le pont le quatorze juillet 2010.", "2010-07-14"),
        ("de", "Der Gemeinderat tagte am dritten Mai im Rathaus.", "2011-05-03"),
    ],
)
def test_days_spelt_as_ordinals(lang: str, text: str, value: str) -> None:
    june = datetime.date(2011, 6, 10)
    assert [v for _, v in timexes(text, lang, june)] == [value]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("es", "Los vecinos cortaron el tráfico en el Puente del 6 de Octubre."),
        ("es", "Varios militantes del Movimiento 6 de Abril firmaron la carta."),
        ("es", "Los carteles recuerdan a la Revolución del 25 de Enero."),
        ("es", "Un veterano de la Guerra de Octubre de 1973 dio una charla."),
        ("fr", "Les manifestants ont traversé le Pont du 6 Octobre à pied."),
        ("it", "Il corteo ha raggiunto la Piazza del 4 Novembre."),
        ("es", "Viernes de la Ira: las plazas se llenaron de gente."),
        ("fr", "Vendredi de la Colère : les places se sont remplies."),
    ],
)
def test_dates_inside_names_date_nothing(lang: str, text: str) -> None:
    """A capitalised month after a capitalised head noun (months are lower case in these
    languages), or a capitalised weekday before "de" and a capitalised noun, is a name."""
    assert timexes(text, lang) == []


def test_a_capitalised_date_to_come_after_of_is_a_name() -> None:
    """Lower-case head, a year-less date after "du"/"del" still to come when written (July): a
    name ("le pont du 6 Octobre"), not a plan; the same date gone by stays a date."""
    july = datetime.date(2013, 7, 6)
    text = "Des milliers de cyclistes traversent le pont du 6 Octobre ce matin."
    assert timexes(text, "fr", july) == [("ce matin", "2013-07-06")]  # only this morning
    # (told in the past: the October gone by, `test_a_yearless_date_told_in_the_past`)
    assert timexes("La foule a rempli la place le 6 Octobre.", "fr", july) == [
        ("6 Octobre", "2012-10-06")
    ]


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("es", "El 14 de Mayo es la fecha de la votación.", "2011-05-14"),  # an article's capital
        ("it", "Il sindaco è stato arrestato il 15 Marzo dalla polizia.", "2011-03-15"),
        ("it", "Roma, 15 Marzo 2011 - Il corteo ha attraversato il centro.", "2011-03-15"),
        ("es", "Desde el 6 de Octubre la ciudad vive en calma.", "2010-10-06"),
        ("es", "Domingo 6 de Marzo: la policía cerró la plaza.", "2011-03-06"),
        ("de", "Die Polizei räumte den Platz am 6. Oktober.", "2010-10-06"),
        ("es", "Miles de personas asistieron a la marcha del 6 de Marzo.", "2011-03-06"),  # past
        (
            "es",
            "La marcha recorrerá la ciudad del 15 al 17 de Abril.",  # a run is no name
            "2011-04-15",
        ),
    ],
)
def test_capitalised_months_that_are_dates(lang: str, text: str, value: str) -> None:
    assert [v for _, v in timexes(text, lang)] == [value]


@pytest.mark.parametrize(
    "lang, text",
    [
        # German: a genitive "des" between a noun and a year-less date names a thing
        ("de", "Der Bus hält an der Brücke des 9. November."),
        ("de", "Die Feier fand im Saal des 3. Oktober statt."),
        # a street's, square's or movement's noun right before the day, whatever the case
        ("it", "Il mercato si tiene in piazza 2 giugno ogni sabato."),
        ("it", "Abito in viale 24 Maggio da dieci anni."),
        ("es", "El taller está en la calle 12 de octubre, cerca del río."),
        ("fr", "Le café de la rue du 8 mai a fermé ses portes."),
        ("fr", "Le mouvement du 14 février a publié un communiqué."),
    ],
)
def test_places_named_after_a_day_date_nothing(lang: str, text: str) -> None:
    assert timexes(text, lang) == []


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("de", "Die Feier fand am 3. Oktober im Saal statt.", "2010-10-03"),
        ("fr", "La réunion du 6 mars se tiendra à la place du 4 mars.", "2011-03-04"),
    ],
)
def test_dates_beside_place_words_still_date(lang: str, text: str, value: str) -> None:
    assert [v for _, v in timexes(text, lang)][-1:] == [value]


@pytest.mark.parametrize(
    "lang, text, value",
    [
        # Latin American "setiembre", Austrian "Jänner": dateparser's variants of CLDR's names
        ("es", "La feria del libro abrió el 12 de setiembre de 2009.", "2009-09-12"),
        ("de", "Am 20. Jänner 2010 schneite es in ganz Wien.", "2010-01-20"),
    ],
)
def test_variant_spellings_of_months(lang: str, text: str, value: str) -> None:
    assert [v for _, v in timexes(text, lang)] == [value]


def test_a_tweet_s_english_signature_date() -> None:
    """An embedded tweet keeps Twitter's English date in a post in another language; an
    English date elsewhere is not read as one of the post's language."""
    text = "Otra vez sin luz en el barrio — Lucía Gómez (@luciag) June 3, 2012"
    assert timexes(text, "es") == [("June 3, 2012", "2012-06-03")]
    assert timexes("La banda tocó June 3, 2012 en Lima.", "es") == []


@pytest.mark.parametrize(
    "lang, text, value",
    [
        # written in July, told in the past: the autumn gone by, not the coming one
        ("fr", "Le 4 octobre, la mairie a fermé la piscine.", "2012-10-04"),
        ("it", "Il 9 novembre il comune ha chiuso la scuola di via Roma.", "2012-11-09"),
        ("es", "El 2 de diciembre los vecinos cortaron la carretera.", "2012-12-02"),
        # told in the future: the coming one
        ("fr", "Le 4 octobre, la mairie fermera la piscine.", "2013-10-04"),
        # a plan told in the past, within a month: still ahead
        ("es", "Los sindicatos fijaron el 20 de julio como día de huelga.", "2013-07-20"),
    ],
)
def test_a_yearless_date_told_in_the_past(lang: str, text: str, value: str) -> None:
    assert [v for _, v in timexes(text, lang, datetime.date(2013, 7, 6))] == [value]
