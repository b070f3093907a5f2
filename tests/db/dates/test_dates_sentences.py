"""db.dates.sentences: paragraphs on blank lines, then blingfire's sentences as character spans."""

from __future__ import annotations

from db.dates import sentences
from db.dates.sentences import sentence_spans

TEXT = (
    "The council met on Tuesday. It voted to close the old bridge.\n\n"
    "Residents were not told. Many learned of it from the evening news."
)


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[b:e] for b, e in spans]


def test_a_paragraph_without_a_date_stays_whole_until_its_sentences_are_asked_for() -> None:
    first_only = sentence_spans(TEXT, [TEXT.index("Tuesday")])
    assert texts(TEXT, first_only) == [
        "The council met on Tuesday.",
        "It voted to close the old bridge.",
        "Residents were not told. Many learned of it from the evening news.",
    ]
    # every paragraph split (as publication_day asks): the first one's split comes from the
    # cache, and is the same
    assert texts(TEXT, sentence_spans(TEXT)) == [
        "The council met on Tuesday.",
        "It voted to close the old bridge.",
        "Residents were not told.",
        "Many learned of it from the evening news.",
    ]
    assert sentence_spans(TEXT, [TEXT.index("Tuesday")]) == first_only


def test_spans_are_character_offsets_in_text_that_is_not_ascii() -> None:
    text = "Le conseil s’est réuni mardi à Zürich. Il a voté la fermeture du pont."
    assert texts(text, sentence_spans(text)) == [
        "Le conseil s’est réuni mardi à Zürich.",
        "Il a voté la fermeture du pont.",
    ]


def test_a_paragraph_too_long_to_be_cached_is_split_all_the_same() -> None:
    sentence = "The river rose again overnight. "
    text = sentence * (sentences._CACHED // len(sentence) + 10)
    spans = sentence_spans(text.strip())
    assert len(spans) == text.count(".")
    assert set(texts(text, spans)) == {sentence.strip()}


def test_a_sentence_opening_with_an_accented_capital() -> None:
    """blingfire runs on over "nel 1958. È ..." and "en 2010. Él ..."; not after an initial."""
    for text, first in [
        ("La diga fu costruita nel 1958. È ancora in funzione.", "La diga fu costruita nel 1958."),
        ("El puente se abrió en 2010. Él lo inauguró.", "El puente se abrió en 2010."),
    ]:
        spans = sentence_spans(text)
        assert len(spans) == 2 and text[slice(*spans[0])] == first
    text = "Lo ha detto il dottor B. È tornato ieri."
    assert len(sentence_spans(text)) == 1


def test_each_bulleted_item_without_a_stop_is_a_sentence_of_its_own() -> None:
    text = (
        "Restorations:\n• 1921: new bells, a ring of six\n• 1934: clock face regilt\n• 1960: roof"
    )
    assert texts(text, sentence_spans(text)) == [
        "Restorations:\n• 1921: new bells, a ring of six",
        "• 1934: clock face regilt",
        "• 1960: roof",
    ]


def test_items_ending_in_a_stop_and_a_heading_s_first_item_stay_as_read() -> None:
    text = "MONDAY, MAY 4\n- Budget vote in the assembly.\n- Rail strike begins at noon."
    assert texts(text, sentence_spans(text))[0].startswith("MONDAY, MAY 4\n- Budget")


def test_a_dash_inside_a_line_splits_nothing() -> None:
    text = "The score - 3 to 1 - stood at the break.\nThe crowd - some 4,000 - went home."
    assert len(sentence_spans(text)) == 2
