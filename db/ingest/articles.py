"""Article text files -> `Article` values: breadcrumb, headline, captions with credits, body.

Pure parsing, no database. The input is text as captured from a news page ("select all, copy"),
or a plain post with one paragraph per line. What is recognised:

- a category breadcrumb on the first line ("News / Syria / Turkey") -> `categories`;
- a headline: a short first line without final punctuation (else the lead's first sentence stands
  in for it, and stays in the body);
- photo captions: a paragraph ending in a credit ("... (Photo by AFP)", "... Foto de X.") or a
  bare credit line ("Photo: AFP") -> `Caption`, taken out of the body;
- site boilerplate at the end (website/app/subscription/copyright lines, page scripts) is dropped,
  and a framing line repeated as first and last paragraph is dropped from both ends;
- the source name, when the dropped footer says it ("Press TV's website ...");
- the publication date, when not given, from a dateline (db.ingest.published): a line that is
  only a date is taken out of the text, an agency dateline opening it stays.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from db.errors import ArticleError
from db.formats.reading import (
    ARTICLE_LIMIT,
    CONTROL,
    UnreadableFile,
    as_path,
    decode_text,
    read_regular,
    shown,
)
from db.ingest.framing import is_framing
from db.ingest.published import DATELINE, Dateline, find_dateline
from db.text import PARAGRAPH_SEP, collapse, first_sentence, sha256, shorten


@dataclass
class Caption:
    text: str
    credit: str | None
    image: str | None = None


@dataclass
class Article:
    headline: str
    body: str
    categories: list[str]
    captions: list[Caption]
    published: datetime.date | None
    source: str | None
    url: str | None
    language: str | None
    origin: str
    # Where `published` came from when it was not given: "its dateline", "its page's metadata",
    # "its folder or file name" (db.ingest.published).
    published_from: str | None = None
    # A dateline without its year ("ANKARA, Dec. 23 (Reuters) -"): the importer may know it.
    yearless: Dateline | None = None

    @cached_property  # asked for twice per import: the duplicate check and the row
    def content_hash(self) -> str:
        """Same headline and body (whitespace aside) -> same hash -> one article in the database."""
        return sha256(self.headline, self.body)


# C0 control characters other than tab and line breaks, and DEL: never text.
_CONTROL = CONTROL

# ---- paragraphs -------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_SENTENCE_END = re.compile(r"[.!?…:;\"”»)\]]\s*$")


def split_paragraphs(text: str) -> list[str]:
    """Blank-line separated blocks; a block whose line breaks end sentences is one line each.

    So hard-wrapped paragraphs stay whole, while "one paragraph a line" posts (and blocks of
    separate lines such as a footer) are split line by line.
    """
    paragraphs = []
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        ended = sum(bool(_SENTENCE_END.search(line)) for line in lines[:-1])
        if len(lines) > 1 and ended * 2 < len(lines) - 1 and all(len(x) < 100 for x in lines):
            paragraphs.append("\n".join(lines))  # wrapped text: most breaks fall mid-sentence
        else:
            paragraphs.extend(lines)
    return paragraphs


# ---- breadcrumb and headline ------------------------------------------------------------------

_CRUMB_SEP = re.compile(r"\s+[/>»›|]\s+|\s*[»›]\s*")


def breadcrumb(paragraph: str) -> list[str] | None:
    """Categories when `paragraph` is a breadcrumb line ("News / Syria / Turkey"), else None."""
    if "\n" in paragraph or len(paragraph) > 200:
        return None
    parts = [collapse(p) for p in _CRUMB_SEP.split(paragraph.replace("\u00a0", " "))]
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return None
    if any(len(p) > 40 or len(p.split()) > 5 or re.search(r"[.!?:;,]$", p) for p in parts):
        return None
    return parts


def is_headline(paragraph: str) -> bool:
    """A short single line without final punctuation (a question or exclamation is fine)."""
    line = paragraph.strip()
    return (
        "\n" not in line
        and 0 < len(line) <= 200
        and len(line.split()) <= 30
        and not re.search(r"[.,:;…]$", line)
    )


# ---- captions and credits ---------------------------------------------------------------------

_MARKER = (
    r"(?:photo(?:graph)?s?|fotos?|fotograf[íi]as?|images?|imagen(?:es)?|immagin[ei]|pictures?|pics?"
    r"|credits?|cr[ée]dits?|cr[ée]dito|fuente|source|fonte)"
    # "Crédito de la foto", "Credit of the photo"
    r"(?:\s+(?:de\s+las?|du|de|of\s+the)\s+(?:fotos?|imagen|images?|photos?))?"
)
# How a credit follows its marker: "Photo by X", "Foto de X", "Photo: X", "Foto di X",
# "Photo courtesy of X", "Imagen de @x", "Photo @x", "Photo © X". Not "Foto della protesta"
# (Italian "of the ...") nor "Foto desde ...", which describe rather than credit.
_LINK = (
    r"(?:\s+(?:credit\s+)?(?:(?:by|de|del|di|da|dal|par|por|from|von|courtesy(?:\s+of)?)\b\s*"
    r"|(?:dell|dall|d)['’]\s*)|\s*:\s*|\s+(?=[@©]))"
)
_CREDIT_TAIL = re.compile(
    rf"(?:^|(?<=[.!?…)\"”])\s+|,\s+|\s+[–—-]\s+)(?P<marker>{_MARKER}){_LINK}(?P<credit>[^\n]+?)\s*\.?$",
    re.IGNORECASE,
)
_PAREN_CREDIT = re.compile(
    rf"\s*\((?:{_MARKER}){_LINK}(?P<credit>[^()]{{1,80}})\)\s*\.?$"
    rf"|\s*\((?P<credit2>[^()]{{1,60}}?)\s+(?:file\s+)?(?:photo|image|picture)\)\s*\.?$",
    re.IGNORECASE,
)
# What every credit above holds (a marker, or the "photo", "image" or "picture" of a parenthesised
# one), searched in the lowered paragraph: one without any is no caption, told without the two
# slow case-insensitive regexes above. Their IGNORECASE also matches "ı" and "İ" as "i" and "ſ"
# as "s", which str.lower() does not: a paragraph with one of those goes to the regexes.
# (Substring tests: the same answer as one regex of them, at half its cost.)
_CREDIT_WORDS = (
    "photo", "foto", "imag", "immagin", "pic", "credit", "crédit", "fuente", "source", "fonte",
)  # fmt: skip
_FOLDED_LETTERS = ("ı", "İ", "ſ")  # looked for one by one: `in` is faster than a set
# A sentence ends in a word of two or more small letters ("Cairo. More"), not an initial
# ("A. Photographer", "J.R. Smith") or "Dr.".
_SENTENCE_BREAK = re.compile(r"[a-z]{2,}[.!?]\s+\S")
_LICENCE = re.compile(r"licen[cs]|creative commons|\bcc[ -]by|©|copyright|permission", re.I)
MAX_CAPTION = 500
MAX_CREDIT = 120


def _may_credit(paragraph: str) -> bool:
    lowered = paragraph.lower()
    if any(map(lowered.__contains__, _CREDIT_WORDS)):
        return True
    return any(map(paragraph.__contains__, _FOLDED_LETTERS))


def caption_of(paragraph: str) -> Caption | None:
    """A `Caption` when `paragraph` is a photo caption with its credit, or a bare credit line."""
    if len(paragraph) > MAX_CAPTION or "\n" in paragraph or paragraph.rstrip().endswith(":"):
        return None
    if not _may_credit(paragraph):
        return None
    match = _PAREN_CREDIT.search(paragraph)
    if match:
        credit = collapse(match["credit"] or match["credit2"])
        return Caption(text=paragraph[: match.start()].strip(), credit=credit)
    match = _CREDIT_TAIL.search(paragraph)
    if not match:
        return None
    credit = collapse(match["credit"]).rstrip(".")
    text = paragraph[: match.start()].strip().rstrip(",–—-").strip()
    if not credit or len(credit) > MAX_CREDIT:
        return None
    # A bare credit line is one short phrase, or a longer one that states a licence; else it is
    # more likely a sentence about photos ("Photos of today's march in ...").
    if not text and (
        _SENTENCE_BREAK.search(credit) is not None
        or (len(credit) > 80 and not _LICENCE.search(credit))
    ):
        return None
    return Caption(text=text, credit=credit)


# ---- boilerplate ------------------------------------------------------------------------------

# Lines about the site itself. Unmistakable ones anywhere in a short line; the others ("website",
# "app") only in a line that does not end a sentence, so "The ministry's website was hacked." stays.
_SITE_ALWAYS = re.compile(
    r"\b(?:copyright|all rights reserved|subscrib\w*|subscription|newsletter|sign up|follow us"
    r"|share this|alternate address\w*|mirror sites?|app store|google play)\b|©",
    re.IGNORECASE,
)
_SITE_WORDS = re.compile(
    r"\b(?:web\s?site|site web|sitio web|sito web|home\s?page|apps?|application|download|roku"
    r"|apple tv|android|ios|iphone|rss|podcast|follow \w+(?: \w+)? on)\b",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"[.!?…\"”»)\]]\s*$")
# A line of a page script: how it starts, how it ends ("{", "}" or ";"), a tag, a call "f()".
# Told apart rather than by one regex of all four: with no literal to look for first, that one
# was tried at every character of every paragraph (a twentieth of reading an article).
_CODE_START = re.compile(r"\s*(?://|/\*|[{}]|var |let |const |function\b|if\s*\(|\$\(|window\.)")
_CODE_TAG = re.compile(r"</?[a-z]+[^>]*>")
_CODE_CALL = re.compile(r"\w\(\)")


def _is_code(paragraph: str) -> bool:
    if _CODE_START.match(paragraph) or paragraph.rstrip()[-1:] in ("{", "}", ";"):
        return True
    return bool(
        ("<" in paragraph and _CODE_TAG.search(paragraph))
        or ("()" in paragraph and _CODE_CALL.search(paragraph))
    )


# One web address; a line of nothing else is checked word by word (`only_urls`): a single regex
# repeating a group with `\s*` at both ends backtracks exponentially on a line of addresses that
# ends in anything else ("www.a.com www.b.com ... !": ten of them took minutes).
_URL = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?", re.I)
_FOOTER_SOURCE = (
    re.compile(r"^(?P<name>[A-Z][\w&.\- ]{1,40}?)[’']s?\s+(?:web\s?site|site|apps?|newsletter)\b"),
    re.compile(
        # Years as "2019 - 2020 ": one way to split the spaces (`\s*[-–]?\s*` backtracked
        # exponentially on a run of years).
        r"(?:©|copyright)\s*(?:\(c\)\s*)?(?:\d{4}\s*(?:[-–]\s*)?)*(?P<name>[A-Z][\w&.\- ]{1,40})"
    ),
    re.compile(r"\bfollow (?P<name>[A-Z][\w&.\- ]{1,40}?) on\b"),
)


def only_urls(paragraph: str) -> bool:
    """A line of bare web addresses ("www.presstv.ir  www.presstv.co.uk")."""
    words = paragraph.split()
    return bool(words) and all(_URL.fullmatch(word) for word in words)


def is_junk(paragraph: str) -> bool:
    """Site furniture: website/app/subscription/copyright lines, bare addresses, page scripts."""
    if len(paragraph) <= 200 and (
        _SITE_ALWAYS.search(paragraph)
        or (_SITE_WORDS.search(paragraph) and not _ENDS_SENTENCE.search(paragraph))
    ):
        return True
    return _is_code(paragraph) or only_urls(paragraph)


def is_weak(paragraph: str) -> bool:
    """A short line that does not end a sentence ("Press TV News Roku", "written by X"), or a
    "* ..." line (a footnote, or a comment in a page script): dropped only inside a footer."""
    return (len(paragraph) <= 60 and not _SENTENCE_END.search(paragraph)) or paragraph.startswith(
        "* "
    )


def split_footer(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """(article, footer): the footer is the longest run of junk or weak lines at the end that
    starts with a junk line, so a short last line of the article itself is never lost."""
    start = len(paragraphs)
    cut = start
    for i in range(len(paragraphs) - 1, -1, -1):
        if is_junk(paragraphs[i]):
            cut = i
        elif not is_weak(paragraphs[i]):
            break
    return paragraphs[:cut], paragraphs[cut:]


def source_from_footer(footer: list[str]) -> str | None:
    for line in footer:
        for pattern in _FOOTER_SOURCE:
            match = pattern.search(line)
            if match:
                # "Example News. All rights reserved" -> "Example News"
                return re.split(r"\.\s|,|\s[-–|]\s", collapse(match["name"]))[0].rstrip(".")
    return None


# ---- the article ------------------------------------------------------------------------------


def parse_article(
    text: str,
    *,
    origin: str = "",
    published: datetime.date | None = None,
    source: str | None = None,
    language: str | None = None,
) -> Article:
    """Parse the text of an article file. Raises ArticleError when no article text is left."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # Control characters (terminal colours, NULs, bells, the search's own highlight marks
    # \x02/\x03) are never text a reader should see; vertical tab and form feed break lines.
    text = _CONTROL.sub("", text.replace("\x0b", "\n").replace("\x0c", "\n"))
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise ArticleError(f"{origin or 'the article'} has no text.")

    categories = breadcrumb(paragraphs[0]) or []
    if categories:
        paragraphs = paragraphs[1:]

    paragraphs, footer = split_footer(paragraphs)
    if len(paragraphs) >= 3 and collapse(paragraphs[0]) == collapse(paragraphs[-1]):
        paragraphs = paragraphs[1:-1]  # "This post is part of our special coverage ..." framing

    # A dateline line is the article's date, not a headline nor a sentence of it.
    dateline, alone = find_dateline(paragraphs, language)
    if alone is not None:
        paragraphs = paragraphs[:alone] + paragraphs[alone + 1 :]
    published_from = None
    if published is None and dateline is not None and dateline.date is not None:
        published, published_from = dateline.date, DATELINE

    headline = ""
    captions: list[Caption] = []
    body: list[str] = []
    opening = True  # headline and leading captions come before the first body paragraph
    for paragraph in paragraphs:
        caption = caption_of(paragraph)
        if caption:
            captions.append(caption)
        elif opening and is_framing(paragraph):
            continue  # a series' framing line: neither headline nor text; the opening goes on
        elif opening and not headline and is_headline(paragraph):
            headline = collapse(paragraph)
        else:
            opening = False
            body.append(paragraph)
    if not body and not headline:
        raise ArticleError(f"{origin or 'the article'} has no article text, only boilerplate.")
    if not headline:
        headline = shorten(first_sentence(body[0]))
    return Article(
        headline=headline,
        body=PARAGRAPH_SEP.join(body),
        categories=categories,
        captions=captions,
        published=published,
        source=source or source_from_footer(footer),
        url=None,
        language=language,
        origin=origin,
        published_from=published_from,
        yearless=dateline if dateline is not None and dateline.date is None else None,
    )


# ---- files ------------------------------------------------------------------------------------

MAX_FILE_BYTES = ARTICLE_LIMIT


def decode(data: bytes, name: str) -> str:
    """Bytes -> text by db.formats.reading's rule (byte order mark, UTF-16 without one, UTF-8,
    charset-normalizer); ArticleError when it is empty, binary or in no known encoding."""
    try:
        return decode_text(data, name, "article text")
    except UnreadableFile as exc:
        raise ArticleError(str(exc)) from None


def read_file_bytes(path: Path) -> bytes:
    """An article file's bytes; ArticleError for a folder, a FIFO or device, an unreadable or a
    too large file."""
    try:
        return read_regular(path, MAX_FILE_BYTES, "an article")
    except UnreadableFile as exc:
        raise ArticleError(str(exc)) from None


def read_article_file(path: str | Path, **kw) -> Article:
    """Read and parse an article file; keyword arguments as for `parse_article`."""
    path = as_path(path)
    data = read_file_bytes(path)
    kw.setdefault("origin", shown(path))
    return parse_article(decode(data, shown(path.name)), **kw)
