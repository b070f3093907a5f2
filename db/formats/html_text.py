"""HTML snippets <-> plain text, as TimelineJS slides carry their text (db.formats.timelinejs).

`plain_text` reads a snippet as the timeline stores text: paragraphs separated by a blank line,
a <br> as a line break; `html_of` writes stored text back so that `plain_text` reads the same.
Nothing is run: script and style content is dropped, never executed.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from db.text import PARAGRAPH_SEP, collapse

_SKIPPED = {"script", "style", "template", "noscript", "iframe", "object", "svg", "head", "title"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip


class _Text(HTMLParser):
    """Collects text as paragraphs ("\\n\\n") and line breaks ("\\n"), entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIPPED:
            self.skipping.append(tag)
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in _BLOCKS and not self.skipping:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def plain_text(html: str | None) -> str:
    """The text of an HTML snippet: tags stripped, entities decoded, script/style content gone;
    paragraphs separated by a blank line, <br> kept as a line break, spaces collapsed."""
    if not html:
        return ""
    parser = _Text()
    parser.feed(html)
    parser.close()
    paragraphs = []
    for block in "".join(parser.parts).split("\n\n"):
        lines = [collapse(line) for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return PARAGRAPH_SEP.join(paragraphs)


def plain_line(html: str | None) -> str:
    """`plain_text` on one line (headlines, credits)."""
    return collapse(plain_text(html))


def html_of(text: str | None) -> str:
    """Plain text -> HTML that reads back to the same text: <p> a paragraph, <br> a line."""
    if not text:
        return ""
    paragraphs = [p for p in text.split(PARAGRAPH_SEP) if p.strip()]
    return "".join(
        "<p>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )
