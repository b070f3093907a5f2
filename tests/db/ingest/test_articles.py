"""Article parsing on real files: the Press TV sample and Global Voices posts; and broken files."""

from __future__ import annotations

import datetime

import pytest

from db.errors import ArticleError
from db.ingest.articles import Caption, is_junk, parse_article, read_article_file
from db.text import first_sentence, shorten

CAPTION = (
    "Smoke billows following a reported Russian airstrike in the northwestern Syrian province of "
    "Idlib, near the village of Rakya, on October 24, 2019."
)


@pytest.fixture(scope="module")
def sample(sample_path):
    return read_article_file(sample_path, published=datetime.date(2019, 12, 23))


def test_sample_breadcrumb_becomes_categories(sample):
    assert sample.categories == ["News", "Syria", "Turkey", "North Africa", "Russia"]


def test_sample_headline(sample):
    assert sample.headline == "Turkish delegation in Russia to discuss Syria, Libya conflicts"


def test_sample_caption_and_credit(sample):
    assert sample.captions == [Caption(text=CAPTION, credit="AFP")]


def test_sample_body_is_the_article_text_only(sample):
    paragraphs = sample.body.split("\n\n")
    assert len(paragraphs) == 10
    assert paragraphs[0].startswith("A Turkish delegation has traveled to Russia")
    assert paragraphs[-1].endswith(
        "to discuss developments in Syria and Libya, without elaborating."
    )
    assert "Turkish delegation in Russia to discuss" not in sample.body  # the headline
    assert "Smoke billows" not in sample.body
    assert "(Photo by AFP)" not in sample.body
    assert "website" not in sample.body
    assert "Roku" not in sample.body


def test_sample_body_keeps_text_as_written(sample, sample_path):
    raw = sample_path.read_text(encoding="utf-8")
    for paragraph in sample.body.split("\n\n"):
        assert paragraph in raw
    assert "Libya.\u00a0Ankara signed" in sample.body  # the page's non-breaking space is kept


def test_sample_source_inferred_from_footer(sample):
    assert sample.source == "Press TV"
    assert sample.published == datetime.date(2019, 12, 23)


def test_given_source_wins(sample_path):
    assert read_article_file(sample_path, source="PressTV.ir").source == "PressTV.ir"


def test_content_hash_ignores_whitespace_only(sample_path):
    text = sample_path.read_text(encoding="utf-8")
    first = parse_article(text)
    assert parse_article(text.replace("\n\n", "\n\n\n").replace(" a ", "  a ")).content_hash == (
        first.content_hash
    )
    assert parse_article(text.replace("nine months", "ten months")).content_hash != (
        first.content_hash
    )


def test_global_voices_photo_credit_line(gv_posts):
    article = read_article_file(gv_posts["credit"], language="fr")
    assert article.categories == []
    assert len(article.captions) == 1
    assert "Samuele Ghilardi" in article.captions[0].credit
    assert "Ghilardi" not in article.body
    assert article.body.startswith("[Liens en anglais] En Syrie, la suspension de l'état d'urgence")
    assert article.body.endswith(
        "malgré la promesse d'un changement, les manifestations continuent."
    )
    assert len(article.body.split("\n\n")) == 16  # one paragraph a line, the credit line out
    # No headline line in these posts: the lead's first sentence stands in for it.
    assert article.headline.startswith("[Liens en anglais] En Syrie, la suspension")
    assert len(article.headline) <= 110
    assert article.language == "fr"


def test_global_voices_framing_line_dropped(gv_posts):
    article = read_article_file(gv_posts["framed"])
    assert "cobertura especial" not in article.body
    assert article.body.startswith("Varios bloggers iraníes reaccionaron a un eslogan")
    assert article.headline == shorten(
        "Varios bloggers iraníes reaccionaron a un eslogan que algunos manifestantes sirios "
        'coreaban [en] el miércoles 23 de marzo durante una protesta: "Ni Irán, ni Hezbolá".'
    )


def test_global_voices_page_script_dropped(gv_posts):
    article = read_article_file(gv_posts["script"])
    assert "attemptCounter" not in article.body
    assert "Share this" not in article.body
    assert article.body.endswith(
        "Continuate a seguire gli aggiornamenti qui su Global Voices, in inglese e in italiano."
    )


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("Rebels near Aleppo. (Photo by AFP)", "Rebels near Aleppo.", "AFP"),
        ("Rebels near Aleppo (AFP Photo)", "Rebels near Aleppo", "AFP"),
        ("Rebels near Aleppo. (Photo: Reuters)", "Rebels near Aleppo.", "Reuters"),
        ("Rebels near Aleppo. Photo: Reuters", "Rebels near Aleppo.", "Reuters"),
        ("Rebels near Aleppo. Photo by Jane Doe.", "Rebels near Aleppo.", "Jane Doe"),
        (
            "Rebels near Aleppo. Image: Wikimedia Commons",
            "Rebels near Aleppo.",
            "Wikimedia Commons",
        ),
        ("Rebels near Aleppo. Credit: Jane Doe/AP", "Rebels near Aleppo.", "Jane Doe/AP"),
        (
            "Manifestantes en Hama. Foto de @user, CC BY 2.0.",
            "Manifestantes en Hama.",
            "@user, CC BY 2.0",
        ),
        ("Manifestanti a Bengasi. Foto dell'autore.", "Manifestanti a Bengasi.", "autore"),
        ("Photo: AFP", "", "AFP"),
        # markers in any case, also where str.lower() and the regexes' IGNORECASE differ
        ("Rebels near Aleppo. PHOTO BY AFP", "Rebels near Aleppo.", "AFP"),
        ("Manifestants à Tunis. CRÉDIT: AFP", "Manifestants à Tunis.", "AFP"),
        ("Rebels near Aleppo. İmage: AFP", "Rebels near Aleppo.", "AFP"),
        ("Photo: A. Photographer", "", "A. Photographer"),  # an initial ends no sentence
        ("Rebels near Aleppo. Photo by J.R. Smith", "Rebels near Aleppo.", "J.R. Smith"),
    ],
)
def test_caption_credit_styles(line, text, credit):
    article = parse_article(
        f"Headline of the story\n\n{line}\n\nThe body of the story, as the reporter wrote it.\n"
    )
    assert article.captions == [Caption(text=text, credit=credit)]
    assert article.body == "The body of the story, as the reporter wrote it."


@pytest.mark.parametrize(
    "line",
    [
        "Un hombre escupe la foto de Gaddafi y luego se va a su casa.",
        "Foto della protesta di oggi a Bengasi.",
        "Fotos de personas heridas también han empezado a salir, como esta imagen:",
        "The photographer was arrested on Monday.",
        "Photos of the march in Cairo. More will follow tomorrow",
    ],
)
def test_ordinary_paragraphs_are_not_captions(line):
    article = parse_article(f"Headline of the story\n\n{line}\n\nMore text follows here.\n")
    assert article.captions == []
    assert line in article.body


def test_hard_wrapped_paragraphs_stay_whole():
    text = (
        "Headline of the story\n\n"
        "The first paragraph of the story was wrapped by the\n"
        "mail program at a short width, as old files often\n"
        "are, and ends here.\n\n"
        "The second paragraph is short.\n"
    )
    article = parse_article(text)
    assert article.body.split("\n\n") == [
        "The first paragraph of the story was wrapped by the\n"
        "mail program at a short width, as old files often\n"
        "are, and ends here.",
        "The second paragraph is short.",
    ]


def test_footer_rule_is_general_and_keeps_a_short_last_line():
    text = (
        "Headline of the story\n\nThe story itself ends with a sentence.\n\nSee you soon\n\n"
        "© 2020 Example Daily News. All rights reserved.\n\nGet the Example Daily app for iOS\n"
    )
    article = parse_article(text)
    assert article.body == "The story itself ends with a sentence.\n\nSee you soon"
    assert article.source == "Example Daily News"
    plain = parse_article("Headline\n\nThe story.\n\nThanks to Jane Doe\n")
    assert plain.body == "The story.\n\nThanks to Jane Doe"
    website = parse_article("Headline\n\nThe story.\n\nThe ministry's website was hacked.\n")
    assert website.body == "The story.\n\nThe ministry's website was hacked."


@pytest.mark.parametrize(
    ("line", "junk"),
    [
        ("  var slides = document.querySelectorAll('.gallery img');", True),  # how it starts
        ("if (window.innerWidth < 600) {", True),
        ("// load the comments", True),
        ("}", True),
        ('trackPageView("home", 42);\n', True),  # how it ends, trailing line break and all
        ('<div class="share-buttons">', True),  # a tag
        ("The widget calls initGallery() once the page has loaded, the developer wrote.", True),
        ("The mayor said the vote (held in March) was fair.", False),
        ("Prices rose by 3 percent < 5 percent forecast, the bureau said.", False),
        ("", False),
    ],
)
def test_page_script_lines_are_junk(line, junk):
    assert is_junk(line) is junk


def test_first_sentence_of_a_short_text_after_a_long_one():
    # the sentence splitter writes into a buffer kept between calls: what a longer text left
    # in it must not show in a shorter one's sentence
    long_text = "The harbour reopened after the storm. " * 200
    assert first_sentence(long_text) == "The harbour reopened after the storm."
    assert first_sentence("  Rail staff struck. Trains stopped.  ") == "Rail staff struck."
    assert first_sentence("Zürich voted on Sunday") == "Zürich voted on Sunday"
    assert first_sentence(" \n ") == ""


def test_latin1_file_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Été à Damas\n\nLe président a parlé à la télévision.\n".encode("latin-1"))
    article = read_article_file(path)
    assert article.headline == "Été à Damas"
    assert article.body == "Le président a parlé à la télévision."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\n \t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    ],
)
def test_unreadable_files_raise_article_error(tmp_path, content, message):
    path = tmp_path / "broken.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError, match=message):
        read_article_file(path)


def test_missing_file_and_folder_raise_article_error(tmp_path):
    with pytest.raises(ArticleError, match="cannot read"):
        read_article_file(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        read_article_file(tmp_path)
