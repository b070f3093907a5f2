"""Articles in Spanish, French, Italian and Portuguese imported into a real SQLite file: their
absolute dates become events, read in the article's language; a language the date finder does not
read keeps only the publication event. The articles are written for this test."""

from __future__ import annotations

import datetime
import json
import sqlite3
from pathlib import Path

from db.ingest.importers import ArticleFile, import_articles
from db.text import without_link_marker

PUBLISHED = datetime.date(2011, 4, 5)

ARTICLES = {
    "es": (
        "Vecinos de Valparaíso protestan contra el cierre del puerto\n\n"
        "Cientos de vecinos marcharon el 25 de enero de 2011 hasta la alcaldía.\n"
        "El puerto funciona desde 1998 y da trabajo a 1500 personas.\n"
        "La próxima asamblea será el 12 de abril en el centro cultural.\n"
    ),
    "fr": (
        "Grève des cheminots dans le Nord\n\n"
        "Les cheminots ont cessé le travail le 15 mars 2011 à Lille.\n"
        "Le syndicat réclame 2011 euros de prime pour chaque agent.\n"
        "Un nouveau rassemblement est prévu le 1er mai.\n"
    ),
    "it": (
        "Chiude lo storico cinema del centro\n\n"
        "Il cinema, aperto nel 1952, ha proiettato l'ultimo film il 17 febbraio 2011.\n"
        "Circa 1000 spettatori hanno firmato una petizione.\n"
        "Lunedì 3 marzo 2011 il comune ha respinto la richiesta.\n"
    ),
    "pt": (
        "Pescadores de Setúbal protestam contra o fecho da lota\n\n"
        "Centenas de pescadores marcharam no dia 25 de janeiro de 2011 até a câmara.\n"
        "Cerca de 1000 famílias vivem da pesca na cidade.\n"
        "Na segunda-feira (4), a câmara adiou a decisão para 12 de abril.\n"
    ),
}

EXPECTED = {
    "es": [
        ("25 de enero de 2011", "2011-01-25", None, "day"),
        ("1998", "1998", "2011-04-05", "year"),
        ("12 de abril", "2011-04-12", None, "day"),
    ],
    "fr": [("15 mars 2011", "2011-03-15", None, "day"), ("1er mai", "2011-05-01", None, "day")],
    "it": [
        ("1952", "1952", None, "year"),
        ("17 febbraio 2011", "2011-02-17", None, "day"),
        ("Lunedì 3 marzo 2011", "2011-03-03", None, "day"),
    ],
    "pt": [
        ("25 de janeiro de 2011", "2011-01-25", None, "day"),
        ("segunda-feira (4)", "2011-04-04", None, "day"),
        ("12 de abril", "2011-04-12", None, "day"),
    ],
}


def _import(tmp_path: Path, language: str, text: str) -> list[tuple]:
    path = tmp_path / f"{language}.txt"
    path.write_text(text, encoding="utf-8")
    db_path = tmp_path / f"{language}.db"
    report = import_articles(
        db_path, [ArticleFile(path, published=PUBLISHED, language=language)], lane="News"
    )
    assert report.failed == [] and report.imported == 1
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT kind, start, end, precision, data, text FROM events ORDER BY id"
        ).fetchall()
        (stored,) = conn.execute("SELECT language FROM articles").fetchone()
    assert stored == language
    assert rows[0][:4] == ("publication", "2011-04-05", None, "day")
    out = []
    for kind, start, end, precision, data, sentence in rows[1:]:
        assert kind == "sentence"
        timex = json.loads(data)["timex"]
        assert timex["text"] in sentence
        out.append((timex["text"], start, end, precision))
    return out


def test_spanish_french_italian_portuguese_articles_get_their_dates(tmp_path: Path) -> None:
    for language, text in ARTICLES.items():
        assert _import(tmp_path, language, text) == EXPECTED[language], language


def test_a_language_tag_with_a_region_is_read_as_its_language(tmp_path: Path) -> None:
    assert _import(tmp_path, "es-CL", ARTICLES["es"]) == EXPECTED["es"]


def test_a_language_the_finder_does_not_read_keeps_only_its_publication(tmp_path: Path) -> None:
    assert (
        _import(tmp_path, "nl", "Staking in de haven\n\nDe staking begon op 3 maart 2011.\n") == []
    )


def test_a_publication_title_skips_a_leading_link_marker(tmp_path: Path) -> None:
    # no headline line: the lead's first sentence titles the publication, its marker aside
    path = tmp_path / "fr.txt"
    path.write_text(
        "[Liens en anglais] Durant la nuit du 4 avril, les pompiers de Marseille ont éteint "
        "l'incendie du vieux port.\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "fr.db"
    import_articles(db_path, [ArticleFile(path, published=PUBLISHED, language="fr")], lane="News")
    with sqlite3.connect(db_path) as conn:
        (title,) = conn.execute("SELECT title FROM events WHERE kind = 'publication'").fetchone()
    assert title.startswith("Durant la nuit du 4 avril, les pompiers")


def test_a_link_marker_alone_stays_a_title() -> None:
    assert without_link_marker("(en anglais) Pendant la nuit") == "Pendant la nuit"
    assert without_link_marker("[en] Le port a rouvert") == "Le port a rouvert"
    assert without_link_marker("[liens en anglais]") == "[liens en anglais]"
    assert without_link_marker("[Dios es grandioso] gritaron") == "[Dios es grandioso] gritaron"
