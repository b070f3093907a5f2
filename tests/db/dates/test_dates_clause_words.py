"""A clause's first verb and opening words read from its sentence's tokens (db.dates.clause_words)
are what reading the clause's own text gives."""

from __future__ import annotations

import pytest

from db.dates.clause_words import first_verb, first_verb_in_text, only_words, opens_with
from db.dates.clauses import split_tokens

SENTENCES = [
    "The harbour master, who had warned of the storm, said on Tuesday that the ferries would "
    "not sail until the weekend.",
    "Officials say the bridge, closed since the flood, could reopen in spring, but engineers "
    "doubt it.",
    "The mayor’s office didn’t comment; residents said they’ll keep protesting, adding that "
    "nobody had listened.",
    "Café owners in Málaga protested after the council raised the rent, citing new rules.",
    "\u212aelvin, a retired teacher, walked to the station when the trains stopped.",  # Kelvin sign
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_first_verb_from_the_tokens_is_the_one_the_clause_text_gives(text: str) -> None:
    clauses, toks = split_tokens(text, 0, len(text), [])
    assert len(clauses) > 1  # the sentences are cut, some around a hole
    for c in clauses:
        joined = " ".join(text[b:e] for b, e in c.pieces)
        assert first_verb(text, toks, c.pieces) == first_verb_in_text(joined)


def test_the_verb_group_is_the_verb_and_a_few_words_but_no_clause_of_its_own() -> None:
    text = "The council will not vote on the plan until the spring."
    clauses, toks = split_tokens(text, 0, len(text), [])
    group = "The council will not vote on the"  # "will" and four words: its negation
    assert first_verb(text, toks, clauses[0].pieces) == ("FUTURE", group)
    text = "Engineers insisted that the bridge may close."
    clauses, toks = split_tokens(text, 0, len(text), [])
    assert first_verb(text, toks, clauses[0].pieces) == ("PAST", "Engineers insisted")


def test_a_piece_not_cut_at_a_token_is_left_to_the_text() -> None:
    text = "The ferries sailed at dawn."
    _, toks = split_tokens(text, 0, len(text), [])
    assert first_verb(text, toks, [(5, len(text))]) is None  # "erries sailed ..." is no token


def test_opening_words_and_a_sentence_of_labels() -> None:
    text = "Rescuers say the road is open again."
    clauses, toks = split_tokens(text, 0, len(text), [])
    assert opens_with(toks, clauses[0].pieces, frozenset({"say"}), 6)
    assert not opens_with(toks, clauses[0].pieces, frozenset({"open"}), 3)
    label = "Posted on 3 May 2019"
    date = (label.index("3"), len(label))
    _, toks = split_tokens(label, 0, len(label), [date])
    assert only_words(toks, len(label), {"posted", "on"})  # the date's own words do not count
    assert not only_words(toks, len(label), {"posted"})
