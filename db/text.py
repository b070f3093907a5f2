"""Small text helpers shared by the parsers, the importers and the stores: whitespace, sentences,
short titles, content hashes, JSON objects kept as text."""

from __future__ import annotations

import ctypes
import hashlib
import json
import re
import threading
from typing import Any

import blingfire

TITLE_LENGTH = 110
# Stored text (article bodies, event and caption text) separates paragraphs by a blank line.
PARAGRAPH_SEP = "\n\n"

_BF_TEXT_TO_SENTENCES = blingfire.blingfire.TextToSentences
_SENTENCES_OUT = threading.local()  # `first_sentence`'s output buffer, reused


# A leading link marker: "[en]", "[eng]", "[Liens en anglais]", "(en anglais)": the linked
# pages' language, page furniture a reader scans past in a title
_LANGUAGE_NAME = (
    r"(?:anglais|arabe|fran[çc]ais|espagnol|ingl[ée]s|[áa]rabe|franc[ée]s|espa[ñn]ol|inglese|"
    r"arabo|francese|spagnolo|english|arabic|englisch|arabisch)"
)
LINK_MARKER = re.compile(
    r"(?i)^\W*(?:\[[^\]]{0,12}\]|\[[^\]]{0,60}?\b(?:liens?|links?|enlaces?|collegament[io]|"
    rf"{_LANGUAGE_NAME})\b[^\]]{{0,60}}\]|\((?:en|in)\s+{_LANGUAGE_NAME}\))\s*"
)


def without_link_marker(title: str) -> str:
    """`title` without a leading link marker ("[Liens en anglais] Durant la nuit ..." ->
    "Durant la nuit ..."); unchanged when the marker is all there is."""
    rest = LINK_MARKER.sub("", title, count=1)
    return rest if any(c.isalnum() for c in rest) else title


def collapse(text: str) -> str:
    """All runs of whitespace (non-breaking spaces included) as one space, ends stripped."""
    return " ".join(text.split())  # str.split's whitespace is re's \s; a few times faster


def shorten(text: str, limit: int = TITLE_LENGTH) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` characters with "…"."""
    text = collapse(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # a very long word is cut inside rather than leaving a stub
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


def first_sentence(text: str) -> str:
    """The first sentence of `text` (the whole text when it has no sentence break)."""
    text = text.strip()
    if not text:
        return ""
    # blingfire's text_to_sentences, not ..._and_offsets: the offsets cost ten times the split
    # in Python, and a title is whitespace-collapsed anyway. Called as its wrapper calls it, but
    # into a reused buffer: the wrapper's new one (a new ctypes array type of that length) was
    # a third of the call.
    data = text.encode("utf-8")
    size = len(data) * 2
    buffer = getattr(_SENTENCES_OUT, "buffer", None)
    if buffer is None or len(buffer) < size:
        buffer = _SENTENCES_OUT.buffer = ctypes.create_string_buffer(max(size, 4096))
    n = _BF_TEXT_TO_SENTENCES(
        ctypes.c_char_p(data), ctypes.c_int(len(data)), ctypes.byref(buffer), ctypes.c_int(size)
    )
    if n == -1 or n > size:
        return text  # as the wrapper's "" would give
    # what the wrapper's zero-filled buffer's `.value` holds: the output up to its first NUL
    sentences = ctypes.string_at(buffer, n).split(b"\0", 1)[0].decode("utf-8")
    return sentences.split("\n", 1)[0].strip() or text


def sha256(*parts: str | None) -> str:
    """sha256 of whitespace-collapsed parts; a separator keeps ("ab", "c") != ("a", "bc")."""
    joined = "\x1f".join(collapse(part or "") for part in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()


def json_object(text: str | None) -> dict[str, Any]:
    """A JSON object stored as text (an event's `data`), {} when there is none or it is not one:
    a damaged value costs its extras, never the event."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def json_list(text: str | None) -> list[str]:
    """A list stored as JSON text (an article's categories), or as "a, b" by another tool."""
    if not text:
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return [part.strip() for part in text.split(",") if part.strip()]
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]
