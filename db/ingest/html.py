"""Saved article pages -> `Article` (with trafilatura); HTML snippets are db.formats.html_text.

Nothing here fetches anything or runs anything: pages are read from the string given, scripts and
styles are dropped before any text is taken, and image addresses are kept as text only.

What an article page gives: the main text (navigation, related links, footers left out by
trafilatura), headline, publication date (from the page's markup: meta tags, <time>, the URL;
never guessed from the text), site name, canonical URL, language (<html lang>), categories (the
breadcrumb, else the page's section) followed by its tags, and the captions of <figure>s with
their credits ("Photo: X", "(Photo by X)", "(AFP)", or an element classed credit/copyright).
"""

from __future__ import annotations

import codecs
import datetime
import re
from pathlib import Path

from db.errors import ArticleError
from db.formats.reading import CONTROL, shown
from db.ingest.article_paths import HTML_SUFFIXES
from db.ingest.articles import (
    Article,
    Caption,
    caption_of,
    decode,
    read_file_bytes,
)
from db.text import PARAGRAPH_SEP, collapse, first_sentence, shorten

PAGE = "its page's metadata"

# ---- article pages ---------------------------------------------------------------------------

_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CREDIT_CLASS = re.compile(r"credit|copyright|source|photographer|byline|author", re.IGNORECASE)
# "(AFP)", "(AP/EPA)", "(Reuters)": an agency in brackets at the end of a caption. Only names
# that are unmistakably credits, so "(Libya)" stays part of the caption.
_AGENCY = re.compile(
    r"\s*\((?P<credit>(?:[A-Z]{2,}\b|Reuters|Getty Images|Associated Press|Anadolu Agency"
    r"|Xinhua|Shutterstock)(?:\s*[/,]\s*[^()]{1,40})?)\)\s*\.?$"
)
_BREADCRUMB_SEP = re.compile(r"\s*(?:[›»>|/]|\u2192)\s*")
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,60}$")


def _decode(data: bytes, name: str) -> str:
    """A byte order mark first, then the page's declared charset when it names one Python
    knows, else UTF-8 or a guess (db.formats.reading's rule)."""
    declared = None if data.startswith(_BOMS) else _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared[1].decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, name)


def _credit_of(text: str) -> tuple[str, str | None]:
    """(caption, credit) of a caption's text."""
    found = caption_of(text)
    if found is not None:
        return found.text, found.credit
    match = _AGENCY.search(text)
    if match:
        return text[: match.start()].strip(), match["credit"].strip()
    return text, None


def _figure_captions(tree) -> list[Caption]:
    """Captions of the page's <figure>s, which are then taken out of the page."""
    captions = []
    for figure in list(tree.iter("figure")):
        caption_element = next(figure.iter("figcaption"), None)
        image = next(figure.iter("img"), None)
        src = image.get("src") or image.get("data-src") if image is not None else None
        credit = None
        if caption_element is not None:
            credits = [
                el
                for el in caption_element.iter()
                if el is not caption_element
                and (el.tag in ("small", "cite") or _CREDIT_CLASS.search(el.get("class", "")))
            ]
            for el in credits:
                credit_text = collapse(el.text_content())
                if credit_text:
                    found = caption_of(credit_text)
                    credit = (found.credit if found and not found.text else None) or credit_text
                el.drop_tree()
            text = collapse(caption_element.text_content())
            if credit is None:
                text, credit = _credit_of(text)
            if text or credit:
                captions.append(Caption(text=text, credit=credit, image=src))
        if figure.getparent() is not None:
            figure.drop_tree()
    return captions


def _breadcrumb(tree) -> list[str]:
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        marks = " ".join(element.get(a, "") for a in ("class", "id", "aria-label"))
        if "breadcrumb" not in marks.lower():
            continue
        links = [collapse(a.text_content()) for a in element.iter("a")]
        crumbs = [c for c in links if c] or [
            c for c in _BREADCRUMB_SEP.split(collapse(element.text_content())) if c
        ]
        if crumbs:
            return crumbs
    return []


def _drop_code(tree) -> None:
    for element in list(tree.iter("script", "style", "noscript", "template")):
        if element.getparent() is not None:
            element.drop_tree()


def _published(text: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def _headline(title: str | None, site: str | None, tree) -> str:
    title = collapse(title or "")
    if site and title.endswith(site) and _TITLE_SUFFIX.search(title):
        title = _TITLE_SUFFIX.sub("", title)  # "Headline | Example News" -> "Headline"
    if not title:
        h1 = next(tree.iter("h1"), None)
        title = collapse(h1.text_content()) if h1 is not None else ""
    return title


def parse_html(
    html: str | bytes,
    *,
    origin: str = "",
    published: datetime.date | None = None,
    source: str | None = None,
    language: str | None = None,
    url: str | None = None,
) -> Article:
    """An article page -> `Article`. Values given as arguments win over what the page says.

    Raises ArticleError when the page has no article text.
    """
    import lxml.html
    import trafilatura  # imported here: only HTML imports pay for it
    from trafilatura.settings import Document

    name = origin or "the page"
    if isinstance(html, bytes):
        html = _decode(html, name)
    # NULs and other control characters are never text (and lxml refuses them).
    html = CONTROL.sub("", _XML_DECLARATION.sub("", html))
    if not html.strip():
        raise ArticleError(f"{name} is empty.")
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ArticleError(f"{name} cannot be read as HTML ({exc}).") from exc
    _drop_code(tree)
    page_language = (tree.get("lang") or "").split("-")[0].lower() or None
    captions = _figure_captions(tree)
    crumbs = _breadcrumb(tree)
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    # A Document: bare_extraction returns a dict only when asked to (as_dict=True).
    text = doc.text if isinstance(doc, Document) else None
    if not isinstance(doc, Document) or not text or not text.strip():
        raise ArticleError(f"{name} has no article text that could be found.")
    headline = _headline(doc.title, doc.sitename, tree)
    paragraphs = [collapse(line) for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if paragraphs and headline and paragraphs[0] == headline:
        paragraphs = paragraphs[1:]  # the <h1> again
    if not paragraphs:
        raise ArticleError(f"{name} has a headline but no article text.")
    if not headline:
        headline = shorten(first_sentence(paragraphs[0]))
    if crumbs and crumbs[-1] == headline:
        crumbs = crumbs[:-1]  # the breadcrumb's last item is often the page itself
    page_date = _published(doc.date)  # the page's metadata (meta tags, <time>, its URL)
    tags = [t.strip() for tag in doc.tags or [] for t in re.split(r"[,;]", tag) if t.strip()]
    categories = list(dict.fromkeys([*(crumbs or doc.categories or []), *tags]))
    return Article(
        headline=headline,
        body=PARAGRAPH_SEP.join(paragraphs),
        categories=categories,
        captions=captions,
        published=published or page_date,
        published_from=PAGE if published is None and page_date is not None else None,
        source=source or doc.sitename or doc.hostname,
        url=url or doc.url,
        language=language or page_language,
        origin=origin,
    )


def read_html_file(path: str | Path, **kw) -> Article:
    """Read and parse a saved article page; keyword arguments as for `parse_html`."""
    path = Path(path)
    data = read_file_bytes(path)
    kw.setdefault("origin", shown(path))
    return parse_html(data, **kw)


def is_html_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in HTML_SUFFIXES
