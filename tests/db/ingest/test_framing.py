"""A series' framing line at the top of an article is neither its headline nor its text
(db/ingest/framing.py). Texts written for this test."""

from __future__ import annotations

import pytest

from db.ingest.articles import parse_article
from db.ingest.framing import is_framing


@pytest.mark.parametrize(
    "text, headline",
    [
        (
            "Este post forma parte de nuestra cobertura especial de las inundaciones.\n\n"
            "Los vecinos de Ribera Alta pasaron la noche en el polideportivo. El agua subió dos "
            "metros en una hora.",
            "Los vecinos de Ribera Alta pasaron la noche en el polideportivo.",
        ),
        (  # without its full stop it still is no headline; a real one after it is
            "Ce billet fait partie de notre dossier sur les élections municipales\n\n"
            "Les maires sortants en tête\n\n"
            "Dans la plupart des villes, les maires sortants arrivent en tête du premier tour.",
            "Les maires sortants en tête",
        ),
    ],
)
def test_a_framing_line_is_no_headline(text: str, headline: str) -> None:
    article = parse_article(text, language="es")
    assert article.headline == headline
    assert "parte" not in article.body and "partie" not in article.body  # nor text to date


@pytest.mark.parametrize(
    "line, framing",
    [
        ("This article is part of our series on the drought.", True),
        ("Questo articolo fa parte dello speciale sulle elezioni.", True),
        ("Dieser Beitrag ist Teil unserer Serie über den Streik.", True),
        ("Este acuerdo forma parte de un plan más amplio.", False),  # no post or article
        ("Le billet de train fait partie du forfait.", False),
    ],
)
def test_is_framing(line: str, framing: bool) -> None:
    assert is_framing(line) is framing
