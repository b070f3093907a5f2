"""A table's record as the side panel shows it: its known fields labelled (sides, deaths,
place...), the rest for "More details", and a web address it carries. Pure functions of the
record's dict (no Qt)."""

from __future__ import annotations

import json

from db.formats.timelinejs import MEDIA

# A record's fields (EventDetail.data, from a table's other columns) shown with a label: the
# label, then the keys whose values make it, in the order they are joined. Keys are compared in
# lower case. Tables name things many ways; these are the common ones (UCDP, ACLED, GDELT-like).
FIELD_LABELS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Source", ("source", "source_name", "publisher", "source_article", "sources")),
    ("Sides", ("side_a", "side_b")),
    ("Actors", ("actors", "actor", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2")),
    ("Deaths", ("best", "deaths", "fatalities", "killed")),
    ("Place", ("where_coordinates", "place", "location", "city", "adm_2", "adm_1", "region",
               "admin1", "country")),
    ("Location", ("latitude", "longitude", "lat", "lon", "lng")),
    ("Date as written", ("date_label", "date_text")),
    ("Page", ("period_page", "page")),
)  # fmt: skip
# Deaths estimates beside the best one ("4 (2–7)").
LOW_HIGH = ("low", "high")
# Written by our own importer to find the dated words again: the highlight shows them already.
INTERNAL_KEYS = frozenset({"timex", MEDIA})
URL_KEYS = ("url", "link", "source_url", "href")


def is_id_key(key: str) -> bool:
    """Keys that name a record rather than describe it: shown to nobody."""
    key = key.lower()
    return key in ("id", "unique_id", "uuid", "guid") or key.endswith(("_id", "_uuid"))


def record_url(data: dict) -> str | None:
    """A web address the record carries (a url column, else its first reference's)."""
    lower = {str(k).lower(): v for k, v in data.items()}
    for key in URL_KEYS:
        if isinstance(lower.get(key), str) and lower[key].strip():
            return lower[key].strip()
    refs = lower.get("refs")
    if isinstance(refs, list):
        for ref in refs:
            if isinstance(ref, dict) and isinstance(ref.get("url"), str) and ref["url"]:
                return ref["url"]
    return None


def record_fields(data: dict) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """A record's fields as (label, text): the known ones in FIELD_LABELS' order, and the rest
    (key, text) for "More details". Ids, empty values and our own bookkeeping are left out."""
    values = {
        str(k).lower(): (str(k), v)
        for k, v in data.items()
        if not is_id_key(str(k)) and str(k).lower() not in INTERNAL_KEYS and not _empty(v)
    }
    used: set[str] = set()
    known: list[tuple[str, str]] = []
    for label, keys in FIELD_LABELS:
        parts = [_text(values[k][1]) for k in keys if k in values]
        used.update(k for k in keys if k in values)
        parts = list(dict.fromkeys(p for p in parts if p))  # "Aleppo, Aleppo" once
        if not parts:
            continue
        if label == "Location":
            text = ", ".join(parts[:2])
        elif label == "Sides":
            text = " – ".join(parts)
        elif label == "Deaths":
            text = parts[0]
            low, high = (_text(values[k][1]) if k in values else "" for k in LOW_HIGH)
            used.update(k for k in LOW_HIGH if k in values)
            if low and high and (low, high) != (text, text):
                text += f" (estimates {low}–{high})"
        else:
            text = ", ".join(parts)
        known.append((label, text))
    if "refs" in values and "Source" not in dict(known):
        titles = _ref_titles(values["refs"][1])
        if titles:
            known.insert(0, ("Sources", titles))
            used.add("refs")
    rest = [(key, _text(v)) for low, (key, v) in values.items() if low not in used]
    return known, [(k, t) for k, t in rest if t]


def _ref_titles(refs: object) -> str:
    if not isinstance(refs, list):
        return ""
    titles = [
        str(r.get("title") or r.get("url") or "").strip() for r in refs if isinstance(r, dict)
    ]
    return "; ".join(t for t in titles if t)


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value in ([], {})


def _text(value: object, limit: int = 300) -> str:
    """A value as one line of plain text (lists and objects as compact JSON), cut at `limit`."""
    if isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    else:
        text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
