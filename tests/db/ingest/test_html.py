"""Saved article pages (.html): text, headline, date, site, captions with credits; no scripts."""

from __future__ import annotations

import datetime
import json

import pytest
import sqlite_utils

from db.errors import ArticleError
from db.ingest.cli import main as import_main
from db.ingest.html import parse_html
from db.ingest.importers import expand_article_paths

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Turkish delegation visits Moscow | Example News</title>
<meta property="og:title" content="Turkish delegation visits Moscow">
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://news.example.org/world/2019/12/23/turkish-delegation">
<meta property="article:published_time" content="2019-12-23T09:30:00+00:00">
<meta property="article:section" content="World">
<meta name="keywords" content="Syria, Libya">
<style>body { font-family: sans-serif; }</style>
<script>function track() { return "tracking code"; }</script>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/subscribe">Subscribe now</a></li></ul></nav>
<nav aria-label="breadcrumb" class="breadcrumb"><a href="/">News</a> ›
<a href="/world">World</a> › <a href="/world/middle-east">Middle East</a></nav>
<main><article>
<h1>Turkish delegation visits Moscow</h1>
<figure>
<img src="https://news.example.org/img/delegation.jpg" alt="Delegates">
<figcaption>Turkish and Russian delegates meet in Moscow on October 24, 2019.
<span class="credit">Photo: Jane Doe/AFP</span></figcaption>
</figure>
<p>A Turkish delegation has travelled to Russia to discuss the conflicts in Syria and Libya,
a day after President Recep Tayyip Erdogan said Ankara would send troops if asked.</p>
<script>document.write("<p>Injected advertisement text</p>");</script>
<p>The delegation arrived in Moscow on Monday. Ankara signed a security and military cooperation
deal with the Tripoli government in November 2019, a move that angered several countries.</p>
<figure><img src="/img/tripoli.jpg"><figcaption>Fighters outside Tripoli (AFP)</figcaption></figure>
<p>Libya has been in turmoil since 2011, when former dictator Muammar Gaddafi was toppled and
killed. Talks are expected to continue later this week in Ankara, officials said.</p>
</article></main>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Something else entirely</a></li>
</ul></aside>
<footer><p>© 2019 Example News. All rights reserved.</p><p>Follow us on Twitter</p></footer>
</body>
</html>
"""


def test_page_becomes_an_article():
    article = parse_html(PAGE, origin="page.html")
    assert article.headline == "Turkish delegation visits Moscow"
    assert article.published == datetime.date(2019, 12, 23)
    assert article.source == "Example News"
    assert article.url == "https://news.example.org/world/2019/12/23/turkish-delegation"
    assert article.language == "en"
    assert article.categories == ["News", "World", "Middle East", "Syria", "Libya"]
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("A Turkish delegation has travelled to Russia")
    assert "in November 2019" in paragraphs[1]
    for junk in ("tracking code", "Injected", "font-family", "Subscribe", "Most read", "©"):
        assert junk not in article.body, junk
    first, second = article.captions
    assert first.text == "Turkish and Russian delegates meet in Moscow on October 24, 2019."
    assert first.credit == "Jane Doe/AFP"
    assert first.image == "https://news.example.org/img/delegation.jpg"
    assert (second.text, second.credit) == ("Fighters outside Tripoli", "AFP")
    assert "delegates meet" not in article.body  # captions are not body text


def test_given_values_win_over_the_page():
    article = parse_html(PAGE, published=datetime.date(2020, 1, 1), source="Wire")
    assert (article.published, article.source) == (datetime.date(2020, 1, 1), "Wire")


def test_a_page_without_text_is_an_error():
    with pytest.raises(ArticleError):
        parse_html(
            "<html><head><title>T</title></head><body><script>document.write('Long text "
            "written by a script');</script></body></html>",
            origin="x.html",
        )
    with pytest.raises(ArticleError):
        parse_html(b"   ", origin="empty.html")


def test_folder_import_picks_up_html(tmp_path, capsys):
    folder = tmp_path / "saved"
    (folder / "world").mkdir(parents=True)
    (folder / "world" / "delegation.html").write_bytes(PAGE.encode("utf-8"))
    (folder / "notes.txt").write_text("A note\n\nWritten on 23 December 2019 in Ankara.\n")
    assert [p.name for p in expand_article_paths([folder])] == ["notes.txt", "delegation.html"]
    db_path = tmp_path / "pages.db"
    assert import_main([str(db_path), str(folder)]) == 0  # the folder, read recursively
    assert "imported 2" in capsys.readouterr().out
    db = sqlite_utils.Database(db_path)
    try:
        (row,) = db.query("SELECT * FROM articles WHERE origin LIKE '%.html'")
        assert row["source"] == "Example News" and row["published"] == "2019-12-23"
        assert json.loads(row["categories"])[:3] == ["News", "World", "Middle East"]
        credits = [
            r["credit"]
            for r in db.query(
                "SELECT credit FROM captions WHERE article_id = ? ORDER BY position", [row["id"]]
            )
        ]
        assert credits == ["Jane Doe/AFP", "AFP"]
        events = list(db.query("SELECT * FROM events WHERE article_id = ?", [row["id"]]))
        found = {(e["start"], e["kind"], e["caption_id"] is not None) for e in events}
        assert ("2019-12-23", "publication", False) in found
        assert {e["lane"] for e in events} == {"World"}
        # Dated sentences are found in the extracted text and in the caption.
        assert ("2019-12-23", "sentence", False) in found  # "arrived in Moscow on Monday"
        assert ("2019-11", "sentence", False) in found
        assert ("2019-10-24", "sentence", True) in found
    finally:
        db.close()
