"""Real news, eighteenth session (issue 13): what a careful reader puts on the timeline.
Sentences written for these tests, none from an evaluation file."""

from __future__ import annotations

import datetime

from db.dates import DatedSentence, dated_sentences

DCT = datetime.date(2026, 3, 14)  # a Saturday


def _events(text: str, dct: datetime.date = DCT) -> list[DatedSentence]:
    return list(dated_sentences(text, dct))


def _days_of(text: str, words: str, dct: datetime.date = DCT) -> set[str]:
    """The days of the events whose clauses hold `words`' start."""
    at = text.index(words)
    return {d.start[:10] for d in _events(text, dct) if d.clause[0] <= at < d.clause[1]}


# ---- a teller's account carried on: more of it is the story's day -----------------------------

_WAREHOUSE = (  # wire
    "A fire destroyed a timber warehouse in Leeds on Tuesday. Forty firefighters fought the "
    "blaze.\n\n"
    "The night watchman on Thursday told police he locked the gates at nine and went to the "
    "canteen. He said he smelled smoke and ran back to the yard.\n"
)

_JEWELLER = (  # court report
    "Two men robbed a jeweller's shop in Bath at gunpoint on Monday. They escaped with rings "
    "worth 80,000 pounds.\n\n"
    "A shop assistant on Wednesday told detectives she saw the men leave in a blue van. "
    "She added that one of them dropped a bag on the pavement.\n"
)

_MINE = (  # foreign desk: another teller's saying is that teller's news
    "A gas blast trapped 30 miners in a coal pit near Katowice on Tuesday. Rescuers reached "
    "the shaft at night.\n\n"
    "The shift foreman on Thursday told investigators he heard a loud bang at noon. The "
    "union said the owners ignored earlier warnings.\n"
)

_SHOP = (  # business brief: a present content stays the report's news
    "A fault halted trading at the Oslo exchange on Monday. Brokers waited for two hours.\n\n"
    "The exchange's chief on Wednesday told reporters the system recovered by noon. She said "
    "the exchange is reviewing its backup servers.\n"
)


def test_a_further_saying_of_the_same_teller_tells_the_story_day() -> None:
    assert _days_of(_WAREHOUSE, "he locked the gates") == {"2026-03-10"}
    assert _days_of(_WAREHOUSE, "He said he smelled smoke") == {"2026-03-10"}


def test_an_added_saying_in_a_conjunct_tells_the_story_day() -> None:
    assert _days_of(_JEWELLER, "She added that one of them dropped") == {"2026-03-09"}


def test_another_tellers_saying_stays_on_the_publication_day() -> None:
    assert _days_of(_MINE, "The union said") == {"2026-03-14"}


def test_a_present_content_of_the_teller_stays_on_the_publication_day() -> None:
    assert _days_of(_SHOP, "She said the exchange is reviewing") == {"2026-03-14"}


# ---- a market report's price moves: the trading session's day --------------------------------

_OSLO = (  # business brief, published on Saturday about Thursday's session
    "Oil shares led the Oslo market lower in heavy trading on Thursday. Shares in Norsk Hydro "
    "fell 3% after a profit warning.\n\n"
    "Equinor slipped 40 ore to 250 kroner. Aker BP, the field operator, gained 1.20 to 198.40, "
    "and DNB closed at 201 kroner.\n"
)

_BID = (  # a move inside a relative clause: the sentence's own news stays on its day
    "Tech stocks fell in New York trading on Thursday.\n\n"
    "Halden, which dropped 2 to 37, has offered $40 a share for Brixham.\n"
)


def test_a_dateless_price_move_is_on_the_session_day() -> None:
    assert _days_of(_OSLO, "Equinor slipped") == {"2026-03-12"}
    assert _days_of(_OSLO, "Aker BP, the field operator, gained") == {"2026-03-12"}


def test_a_move_in_a_relative_clause_leaves_the_offer_on_its_day() -> None:
    assert _days_of(_BID, "Halden, which dropped") == {"2026-03-14"}
