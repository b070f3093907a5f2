"""Relative dates, titles and status of events in Spanish, French, Italian and German
(db/dates/rules/locales_relative.py, db/dates/other_languages.py), each rule on a sentence
written for this test. DCT: Tuesday 2011-04-05."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes
from db.dates.foreign_finish import FOREIGN_TITLE_LIMIT

DCT = datetime.date(2011, 4, 5)


def timexes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT, lang)]


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT, lang)]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a bare weekday: the last one on or before the DCT in the past ...
        ("es", "El lunes los taxistas bloquearon la avenida.", [("lunes", "2011-04-04")]),
        ("fr", "Lundi, la police a évacué la place.", [("Lundi", "2011-04-04")]),
        ("it", "Sabato la piazza si è riempita di bandiere.", [("Sabato", "2011-04-02")]),
        ("de", "Am Freitag hat die Polizei den Platz geräumt.", [("Freitag", "2011-04-01")]),
        ("es", "El martes abrió el mercado nuevo.", [("martes", "2011-04-05")]),
        # ... the first one on or after it in a clause told in the future
        ("es", "El lunes los taxistas votarán la huelga.", [("lunes", "2011-04-11")]),
        ("fr", "Les syndicats défileront jeudi dans la capitale.", [("jeudi", "2011-04-07")]),
        ("it", "Il consiglio comunale voterà venerdì il bilancio.", [("venerdì", "2011-04-08")]),
        ("de", "Am Montag wird der Rat über den Haushalt abstimmen.", [("Montag", "2011-04-11")]),
        ("es", "El sábado va a votar el sindicato.", [("sábado", "2011-04-09")]),
        # a day number after the weekday: that day of a month near the DCT
        (
            "es",
            "La capital se unió a las protestas el viernes 1, al mediodía.",
            [("viernes 1", "2011-04-01")],
        ),
        (
            "it",
            "Le scuole hanno riaperto lunedì 14 dopo lo sciopero.",
            [("lunedì 14", "2011-03-14")],
        ),
        (
            "fr",
            "Les cafés ont rouvert mercredi 18.30 heures passées.",
            [("mercredi", "2011-03-30")],
        ),
        # no Monday the 25th near the DCT (a date of another calendar): only the weekday
        ("es", "Todos iremos el lunes 12 Farvardin a las calles.", [("lunes", "2011-04-11")]),
        # a year-less date with "last" after it is the one gone by
        ("it", "Il 16 aprile scorso è crollato il ponte.", [("16 aprile", "2010-04-16")]),
        # every Monday, a name, an abbreviation that is a word: no date
        ("es", "Los lunes abre el mercado de flores.", []),
        ("fr", "Tous les vendredis, ils se retrouvent au café.", []),
        ("it", "Ogni domenica la famiglia pranza insieme.", []),
        ("de", "Jeden Montag trifft sich der Chor.", []),
        ("es", "Miles de personas marcharon en el Viernes de la Ira.", []),
        ("fr", "Le jeu de la mer est fini.", []),
        ("de", "So war es nicht gemeint.", []),
        # tomorrow, not the morning nor the future in general
        ("es", "Mañana se reúne el consejo de ministros.", [("Mañana", "2011-04-06")]),
        ("fr", "Les syndicats manifesteront demain à Lyon.", [("demain", "2011-04-06")]),
        ("it", "Domani il consiglio voterà la delibera.", [("Domani", "2011-04-06")]),
        ("de", "Die Schule bleibt morgen geschlossen.", [("morgen", "2011-04-06")]),
        # this morning, no tomorrow (`rules/locales_day_parts`)
        ("es", "Los pescadores salieron esta mañana al amanecer.", [("esta mañana", "2011-04-05")]),
        ("de", "Er kam am Morgen mit dem Zug an.", []),
        ("fr", "La Tunisie de demain sera plus libre.", []),
        ("fr", "Le musée sera fermé à partir de demain.", [("demain", "2011-04-06")]),
        ("es", "Hoy en día todo es más caro.", []),
        # last / this / next week, month and year: CLDR's phrases and their variants
        ("es", "La semana pasada cerró la fábrica textil.", [("La semana pasada", "2011-W13")]),
        ("es", "La pasada semana cerró la fábrica textil.", [("pasada semana", "2011-W13")]),
        ("es", "El año que viene habrá elecciones.", [("año que viene", "2012")]),
        ("fr", "La semaine dernière, il a démissionné.", [("La semaine dernière", "2011-W13")]),
        ("fr", "L'an dernier la récolte fut mauvaise.", [("an dernier", "2010")]),
        ("fr", "Le mois prochain, la ligne rouvrira.", [("Le mois prochain", "2011-05")]),
        ("it", "La settimana scorsa è piovuto ogni giorno.", [("settimana scorsa", "2011-W13")]),
        ("it", "Quest'anno il raccolto è stato scarso.", [("Quest'anno", "2011")]),
        ("de", "Letzte Woche wurde im Hafen gestreikt.", [("Letzte Woche", "2011-W13")]),
        ("de", "Im vergangenen Jahr stieg die Miete.", [("vergangenen Jahr", "2010")]),
        # "el pasado mes de marzo" is March, not last month
        ("es", "El pasado mes de marzo llovió sin parar.", []),
    ],
)
def test_relative_dates(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes(text, lang) == expected


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # the date's own segment without the date and its preposition
        (
            "es",
            "Los vecinos cortaron la carretera el 3 de marzo de 2011; la policía no intervino.",
            "Los vecinos cortaron la carretera",
        ),
        # an opening date takes the segment after it, past an adjunct of place
        (
            "es",
            "El 25 de enero, miles de personas salieron a la calle en la capital.",
            "Miles de personas salieron a la calle en la capital",
        ),
        (
            "it",
            "Il 12 marzo, a Torino, centinaia di studenti hanno occupato l'ateneo.",
            "Centinaia di studenti hanno occupato l'ateneo",
        ),
        # a closing one the segment before it
        (
            "fr",
            "La mairie a fermé la piscine municipale, le 2 mars.",
            "La mairie a fermé la piscine municipale",
        ),
        # a trailing "scorso" goes with the date; a bound stays
        (
            "it",
            "Il governo è caduto il 20 febbraio scorso, dopo mesi di proteste.",
            "Il governo è caduto",
        ),
        (
            "de",
            "Die Brücke bleibt bis zum 3. Mai 2011 gesperrt.",
            "Die Brücke bleibt bis zum 3. Mai 2011 gesperrt",
        ),
        (
            "es",
            "Las marchas siguieron hasta el 21 de febrero en toda la región.",
            "Las marchas siguieron hasta el 21 de febrero en toda la región",
        ),
        # a link's language tag at the start goes
        (
            "es",
            "Las fotos muestran la plaza; [en] el 4 de marzo de 2011 la fábrica textil cerró.",
            "La fábrica textil cerró",
        ),
        # a conjunction before a dated clause opens it (coordinated_segments); leading
        # conjunctions go
        (
            "fr",
            "Le cortège est parti à midi et le 4 mars les grévistes ont voté la reprise.",
            "Les grévistes ont voté la reprise",
        ),
    ],
)
def test_titles(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


def test_titles_are_short() -> None:
    text = (
        "El 14 de marzo de 2011 los estudiantes de la universidad central ocuparon el rectorado "
        "y exigieron la dimisión del rector y de todo su equipo de gobierno por los recortes en "
        "las becas de comedor, de transporte y de residencia anunciados por la consejería."
    )
    title = events(text, "es")[0][1]
    assert len(title) <= FOREIGN_TITLE_LIMIT and title.endswith("…")
    assert title.startswith("Los estudiantes")


def test_a_clause_longer_than_an_english_title_stays_whole() -> None:
    text = (
        "El 2 de octubre los bomberos forestales de la comarca sofocaron el incendio declarado "
        "junto al embalse de Valdeolmos."
    )  # 103 characters of title: past English's 90
    assert events(text, "es")[0][1] == (
        "Los bomberos forestales de la comarca sofocaron el incendio declarado junto al embalse "
        "de Valdeolmos"
    )


@pytest.mark.parametrize(
    "lang, text, status",
    [
        ("es", "El 3 de marzo de 2011 los mineros votaron la huelga.", "happened"),
        # planned: future endings and periphrasis
        ("es", "El 3 de marzo de 2011 los mineros votarán la huelga.", "planned"),
        ("es", "El 3 de marzo de 2011 los mineros van a votar la huelga.", "planned"),
        ("fr", "Le 3 mars 2011, les mineurs voteront la grève.", "planned"),
        ("fr", "Le 3 mars 2011, les mineurs vont voter la grève.", "planned"),
        ("it", "Il 3 marzo 2011 i minatori voteranno lo sciopero.", "planned"),
        ("it", "Il 3 marzo 2011 il governo sta per cadere.", "planned"),
        ("de", "Am 3. März 2011 werden die Bergleute über den Streik abstimmen.", "planned"),
        # ... or a date after the publication date
        ("es", "La feria del libro abre sus puertas el 20 de mayo de 2011.", "planned"),
        # negated and hypothetical
        ("es", "El 3 de marzo de 2011 los mineros no votaron la huelga.", "negated"),
        ("fr", "Le 3 mars 2011, les mineurs n'ont pas voté la grève.", "negated"),
        ("it", "Il 3 marzo 2011 i minatori non hanno votato lo sciopero.", "negated"),
        ("de", "Am 3. März 2011 haben die Bergleute nicht gestreikt.", "negated"),
        ("de", "Am 3. März 2011 gab es keine Einigung im Tarifstreit.", "negated"),
        ("es", "El 3 de marzo de 2011 la presa podría ceder.", "negated"),
        ("fr", "Le 3 mars 2011, le barrage pourrait céder.", "negated"),
        ("it", "Il 3 marzo 2011 la diga potrebbe cedere.", "negated"),
        ("de", "Am 3. März 2011 könnte der Damm brechen.", "negated"),
        ("es", "Si el 3 de marzo de 2011 llueve, se suspende el partido.", "negated"),
        # "not only" is no negation; a future-looking noun is no future
        ("es", "El 3 de marzo de 2011 no solo votaron, también marcharon.", "happened"),
        ("it", "Il 3 marzo 2011 il tiranno è fuggito dal paese.", "happened"),
        ("fr", "Le 3 mars 2011, les patrons ont signé l'accord.", "happened"),
        ("es", "El 3 de marzo de 2011 el ministro viajó a Irán.", "happened"),
    ],
)
def test_status(lang: str, text: str, status: str) -> None:
    assert events(text, lang)[0][2] == status


@pytest.mark.parametrize(
    "lang, text, status",
    [
        # what was said is not the date's: the saying happened ...
        (
            "es",
            "El 2 de marzo de 2011, el alcalde anunció que el puente se va a cerrar.",
            "happened",
        ),
        ("it", "Il 2 marzo 2011 il sindaco ha detto che non firmerà.", "happened"),
        # ... and a date inside the reported words takes their tense
        ("fr", "Le maire a dit qu'il ne signera pas le 2 mars 2011.", "negated"),
    ],
)
def test_status_stops_at_reported_words(lang: str, text: str, status: str) -> None:
    assert events(text, lang)[0][2] == status


def test_status_is_read_in_the_date_s_own_segment() -> None:
    text = "El 3 de marzo de 2011 cerró la fábrica, pero los obreros no se rindieron."
    assert events(text, "es") == [("2011-03-03", "Cerró la fábrica", "happened")]


def test_english_titles_untouched() -> None:
    # the other languages' cut is never used for English
    got = dated_sentences("Police said on Monday that three men were arrested.", DCT)
    assert [d.title for d in got] == ["Three men were arrested"]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # a few words before a colon take what is said after it
        (
            "es",
            "El 2 de marzo, la alcaldesa escribió: Hoy abrimos el comedor social del barrio.",
            "La alcaldesa escribió: Hoy abrimos el comedor social del barrio",
        ),
        (
            "it",
            "Il 2 marzo il sindaco ha scritto: la biblioteca riapre lunedì.",
            "Il sindaco ha scritto: la biblioteca riapre lunedì",
        ),
        # a fragment of fewer than three words falls back to the sentence without its date
        (
            "es",
            "El 9 de marzo de 2011, Julia Pérez, profesora de música, ganó el premio regional.",
            "Julia Pérez ganó el premio regional",  # the aside goes (session 17)
        ),
        # "el día 2 de marzo": "día" goes with the date
        (
            "es",
            "El pescador fue rescatado el día 2 de marzo por un pesquero gallego.",
            "El pescador fue rescatado por un pesquero gallego",
        ),
        # a time of day left before the clause goes
        (
            "fr",
            "Mercredi 2 mars au soir, le maire a signé le décret.",
            "Le maire a signé le décret",
        ),
        # a photo's credit is no title: the caption's own words are
        (
            "it",
            "Un pescatore ripara le reti al porto, 3 marzo 2011, foto di Anna Rossi.",
            "Un pescatore ripara le reti al porto",
        ),
        (
            "fr",
            "Des enfants jouent dans la cour de l'école, 3 mars 2011, photo de Paul Martin.",
            "Des enfants jouent dans la cour de l'école",
        ),
        # an embedded tweet's signature: the tweet before it is the event
        (
            "es",
            "La plaza sigue llena de gente y nadie se va — Marta Gil (@martagil) 3 de marzo "
            "de 2011",
            "La plaza sigue llena de gente y nadie se va",
        ),
        (
            "es",
            "Nadie se mueve de la plaza.\n— Marta Gil (@martagil) 3 de marzo de 2011",
            "Nadie se mueve de la plaza",
        ),
        # the whole tweet, its commas too, without its picture link
        (
            "es",
            "Llueve, pero nadie se mueve de la plaza pic.twitter.com/Ab12Cd — Marta Gil "
            "(@martagil) 3 de marzo de 2011",
            "Llueve, pero nadie se mueve de la plaza",
        ),
        # a short report ending its sentence at a colon takes the quote on the next line
        (
            "es",
            "El 2 de marzo, la alcaldesa escribió:\nAbrimos el comedor social del barrio.",
            "La alcaldesa escribió: Abrimos el comedor social del barrio",
        ),
        # a weekday after a determiner is a word of the title, not a date to cut out
        (
            "it",
            "È stato un sabato di festa in tutto il paese.",
            "È stato un sabato di festa in tutto il paese",
        ),
        (
            "fr",
            "À Lille ce même samedi, les cheminots ont voté la grève.",
            "À Lille les cheminots ont voté la grève",
        ),
        # a bracketed note before the sentence is no part of its title
        (
            "fr",
            "[Liens en anglais, sauf mention contraire] Le 3 mars, la mairie a rouvert le parc.",
            "La mairie a rouvert le parc",
        ),
    ],
)
def test_titles_of_fragments(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


@pytest.mark.parametrize(
    "lang, text, value",
    [
        ("es", "Hoy (2 de abril) los vecinos limpiaron el río.", "2011-04-02"),
        ("fr", "Aujourd'hui, 2 avril, les habitants ont nettoyé la rivière.", "2011-04-02"),
        ("it", "Ieri, 3 aprile, i volontari hanno pulito il fiume.", "2011-04-03"),
        ("it", "Oggi 2 aprile i volontari hanno pulito il fiume.", "2011-04-02"),
        ("fr", "Aujourd'hui samedi 2 avril, les bénévoles ont nettoyé la rive.", "2011-04-02"),
        # a number that is no day of a month leaves the day word alone
        ("es", "Hoy 3 personas limpiaron el río.", "2011-04-05"),
    ],
)
def test_a_day_word_with_its_date_is_one_event(lang: str, text: str, value: str) -> None:
    """ "hoy (2 de abril)": the date says which day (the post was written before its
    publication date); one event, not one for "hoy" and one for the date."""
    assert [start for start, _, _ in events(text, lang)] == [value]


@pytest.mark.parametrize(
    "text, title",
    [
        # the tweet before its signature is the event, not the post's text after the date;
        # the whole tweet, not its last two words (`foreign_citations`)
        (
            "Los trenes llegan tarde otra vez. Una vergüenza — Pedro Ruiz (@pruiz) March 2, 2011"
            " La compañía no respondió.",
            "Los trenes llegan tarde otra vez. Una vergüenza",
        ),
        # a tweet's last word alone after a full stop: its sentence before too
        (
            "Cortaron la luz en todo el barrio. #Caracas — Pedro Ruiz (@pruiz) March 2, 2011"
            " Nadie explicó nada.",
            "Cortaron la luz en todo el barrio. #Caracas",
        ),
    ],
)
def test_a_signed_tweet_is_the_event(text: str, title: str) -> None:
    assert events(text, "es") == [("2011-03-02", title, "happened")]


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # a segment opening with an auxiliary takes its subject from the sentence's start,
        # without the adjuncts and notes before it
        (
            "fr",
            "À Lyon, la grève des éboueurs, votée par les syndicats, a commencé hier en ville.",
            "La grève des éboueurs a commencé en ville",
        ),
        (
            "it",
            "Il sindaco, dopo una lunga riunione, ha firmato ieri l'ordinanza.",
            "Il sindaco ha firmato l'ordinanza",
        ),
        # ... not what is quoted after a colon
        ("es", "@vecino: Es hoy el día de la marcha", "Es el día de la marcha"),
        # an elided preposition goes with its date
        (
            "it",
            "Il governo ha ritirato la bozza dell'accordo dell'8 marzo.",
            "Il governo ha ritirato la bozza dell'accordo",
        ),
    ],
)
def test_titles_keep_their_subject(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # a leading link marker is the linked pages' language, no part of what happened
        (
            "es",
            "[enlaces en inglés] el 4 de abril los bomberos apagaron el incendio del puerto.",
            "Los bomberos apagaron el incendio del puerto",
        ),
        (
            "fr",
            "[liens en anglais] le 4 avril, les pompiers ont éteint l'incendie du port.",
            "Les pompiers ont éteint l'incendie du port",
        ),
        (
            "it",
            "[link in inglese] il 4 aprile i pescatori sono rimasti bloccati al porto.",
            "I pescatori sono rimasti bloccati al porto",
        ),
        (
            "fr",
            "(en anglais) le 4 avril, les pompiers ont éteint l'incendie du port.",
            "Les pompiers ont éteint l'incendie du port",
        ),
        ("fr", "(en anglais) Pendant la nuit du 4 avril.", "Pendant la nuit"),
    ],
)
def test_titles_skip_a_leading_link_marker(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


@pytest.mark.parametrize(
    "lang, text, title",
    [
        # the caption a credit follows in the sentence
        (
            "it",
            "Il vecchio porto di Genova dopo la mareggiata, 4 aprile 2013.Fonte: Pagina Facebook "
            "di Marco Rossi, pubblicata con il permesso dell'autore.",
            "Il vecchio porto di Genova dopo la mareggiata",
        ),
        # the line without its "Source :" when nothing else is in the sentence
        (
            "fr",
            "Source : archives municipales de Lyon, 4 avril 2013.",
            "Archives municipales de Lyon",
        ),
        (
            "fr",
            "Photo: des pompiers devant le port incendié, 4 avril 2013.",
            "Des pompiers devant le port incendié",
        ),
    ],
)
def test_a_title_is_no_credit_line(lang: str, text: str, title: str) -> None:
    assert events(text, lang)[0][1] == title


def test_a_credit_line_takes_the_sentence_s_next_clause() -> None:
    # the credit's own segment holds the date: what follows it is the event
    text = "Fuente: Agencia Norte el 4 de abril, Los bomberos apagaron el incendio del puerto."
    assert events(text, "es")[0][1] == "Los bomberos apagaron el incendio del puerto"
