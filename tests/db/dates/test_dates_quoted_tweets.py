"""Day words inside quoted tweets (db/dates/tweet_days.py, db/dates/inline_tweets.py): a signed
tweet's "hoy" / "ayer" / "mañana" count from its signature's day, an inline "@usuario: ..." tweet's
are placed around the publication day, and an inline tweet a reader of the post scans past dates
nothing. Posts and tweets written for this test; DCT: Saturday 2013-08-17."""

from __future__ import annotations

import datetime
import json

import pytest

from db.dates import dated_sentences, find_timexes
from db.dates.inline_tweets import tweet_span
from db.ingest.events import sentence_events
from db.provenance import dated_by, is_around

DCT = datetime.date(2013, 8, 17)


def timexes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, DCT, lang)]


SIGNED_ES = (
    "La periodista Ana Gil tuitea desde la plaza:\n"
    "Hoy la policía cerró la plaza del mercado y nadie puede entrar.\n"
    "— Ana Gil (@anagil) catorce de agosto de 2013\n"
    "Hoy la policía cerró la plaza del mercado y ya nadie puede entrar al barrio.\n"
    "Hoy, tres días después, el mercado sigue cerrado y los comerciantes esperan noticias del "
    "ayuntamiento, que no ha dicho nada desde entonces sobre la reapertura.\n"
)


def test_a_signed_tweet_s_today_is_its_signature_s_day() -> None:
    # the tweet's "Hoy" and its translation's are the signature's day, which dates the tweet
    # already (one event); the post's own "Hoy" is its publication day
    found = timexes(SIGNED_ES, "es")
    assert found == [("catorce de agosto de 2013", "2013-08-14"), ("Hoy", "2013-08-17")]
    tweet = [d for d in dated_sentences(SIGNED_ES, DCT, "es") if d.start == "2013-08-14"]
    assert [d.title for d in tweet] == [
        "Hoy la policía cerró la plaza del mercado y nadie puede entrar"
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "es",
            "Ayer el ejército disparó contra la multitud — Luis Mora (@luismora) August 12, 2013",
            [("Ayer", "2013-08-11"), ("August 12, 2013", "2013-08-12")],
        ),
        (
            "fr",
            "Demain nous serons tous dans la rue.\n— Karim B. (@karimb) 9 août 2013\n",
            [("Demain", "2013-08-10"), ("9 août 2013", "2013-08-09")],
        ),
        (
            "pt",
            "Ontem a polícia invadiu a reitoria.\n— Rita Lopes (@ritalopes) 10 de agosto de 2013",
            [("Ontem", "2013-08-09"), ("10 de agosto de 2013", "2013-08-10")],
        ),
        (
            "it",
            "Domani il porto resterà chiuso.\n— Marco Neri (@marconeri) 11 agosto 2013\n",
            [("Domani", "2013-08-12"), ("11 agosto 2013", "2013-08-11")],
        ),
    ],
)
def test_signed_tweets_in_each_language(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert timexes(text, lang) == expected


def test_this_morning_in_a_tweet_is_no_tomorrow() -> None:
    text = "Esta mañana cortaron la luz en el barrio.\n— Ana Gil (@anagil) 12 de agosto de 2013\n"
    assert timexes(text, "es") == [("12 de agosto de 2013", "2013-08-12")]


def test_an_inline_tweet_s_day_word_is_around_the_publication_day() -> None:
    text = (
        "Muchos reaccionaron en Twitter. @marta_r: Hoy marchamos miles por la avenida central. "
        "@pedro: Nadie lo esperaba.\n"
        "Hoy el gobierno anunció una investigación sobre los disturbios.\n"
    )
    events = [(d.start, d.timex.text, d.around) for d in dated_sentences(text, DCT, "es")]
    assert events == [("2013-08-17", "Hoy", True), ("2013-08-17", "Hoy", False)]


def test_the_import_records_an_inline_tweet_s_day_word_as_around() -> None:
    text = "Muchos reaccionaron. @marta_r: Hoy marchamos miles por la avenida central.\n"
    (row,) = sentence_events(text, dated_sentences(text, DCT, "es"), article_id=1, lane="News")
    provenance = json.loads(row["provenance"])
    assert is_around(provenance)
    assert dated_by(provenance) == (
        "Day, from 'Hoy', counted from a day the text does not give: around the publication day"
        " of the report (Sat 17 Aug 2013)"
    )


def test_an_inline_tweet_runs_to_the_next_handle() -> None:
    text = "Dice: @ana_r: Hoy cerraron la plaza. @luis: No es cierto.\nOtra línea."
    begin, end = tweet_span(text, text.index("Hoy")) or (0, 0)
    assert text[begin:end].strip() == "Hoy cerraron la plaza."
    assert tweet_span(text, text.index("Otra")) is None
    assert tweet_span("Escríbanos a info@diario.es: hoy", 28) is None  # an e-mail address


@pytest.mark.parametrize(
    "text",
    [
        # an untranslated English tweet in a Spanish post: its numeric date is no event
        "Muchos respondieron. @omar_k: Huge march planned for 15/08/2013 in Damascus, come along\n",
        # a tweet of a word or two
        "Y alguien escribió: @x_y: ¡15/08/2013!\n",
    ],
)
def test_an_inline_tweet_a_reader_scans_past_dates_nothing(text: str) -> None:
    # found, as a signature's date is, but only as a quotation's: no event (`comparison`)
    assert [d.comparison for d in dated_sentences(text, DCT, "es")] == [True]


def test_an_inline_tweet_in_the_post_s_language_is_dated() -> None:
    text = "Muchos respondieron. @omar_k: Habrá una gran marcha el 15/08/2013 en Damasco.\n"
    assert [(d.start, d.around) for d in dated_sentences(text, DCT, "es")] == [
        ("2013-08-15", False)
    ]
