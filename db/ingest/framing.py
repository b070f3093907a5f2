"""A line that frames an article within a series, not its headline: "This post is part of our
special coverage of ...", "Este post forma parte de nuestra cobertura especial ...", "Ce billet
fait partie du dossier ...", "Questo articolo fa parte dello speciale ...". Sites put it at the
top (and often again at the bottom, where `parse_article` drops the pair); alone at the top it
would become the headline, and with it the article's publication event's title, or a sentence
dated by its series' year ("... sur le soulèvement en Libye en 2011"). It is dropped as the
pair is.

The words are the few a sentence of this kind is made of: "this", a word for a post or an article,
and "is part of" in each language the importer reads.
"""

from __future__ import annotations

import re

_THIS = r"this|este|esta|ce|cet|cette|questo|questa|dieser|diese|dieses"
_PIECE = (
    r"post|article|artículo|articulo|billet|articolo|artigo|beitrag|artikel|story|report|"
    r"reportaje|texto|testo|texte|entry|entrada"
)
_IS_PART = (
    r"is\s+(?:a\s+)?part|es\s+parte|forma\s+parte|fait\s+partie|fa\s+parte|faz\s+parte|"
    r"é\s+parte|ist\s+teil"
)
_FRAMING = re.compile(rf"(?i)^\W*(?:{_THIS})\s+(?:{_PIECE})\s+(?:{_IS_PART})\b")
_MAX_FRAMING = 300  # characters: a framing line is one sentence


def is_framing(paragraph: str) -> bool:
    """Whether `paragraph` is a series' framing line ("This post is part of our coverage ...")."""
    return len(paragraph) <= _MAX_FRAMING and _FRAMING.match(paragraph) is not None
