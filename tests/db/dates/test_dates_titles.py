"""Titles a reader scans: two dated happenings joined by a coordination each take their own clause
as title (db/dates/coordination.py), and no title ends on a word left hanging
(db/dates/title_words.py). Sentences written for these tests, news and narrative.
DCT: Monday 2019-12-23."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences, find_timexes
from db.dates.clauses import PARTICIPLE, Clause, split
from db.dates.title_words import drop_dangling

DCT = datetime.date(2019, 12, 23)


def titles(text: str) -> list[tuple[str, str]]:
    """(start, title) of each event of `text`."""
    return [(d.start, d.title) for d in dated_sentences(text, DCT) if not d.comparison]


def clauses(text: str) -> list[Clause]:
    """The clauses of a one-sentence `text`, cut around its date expressions."""
    return split(text, 0, len(text), [(t.begin, t.end) for t in find_timexes(text, DCT)])


@pytest.mark.parametrize(
    "text, expected",
    [
        # narrative: years under 1000 and four-digit years, ", and" then a date and a new subject
        (
            "In 771 he defeated the Hastings people, and by 785 he ruled Kent as overlord.",
            [
                ("0771", "He defeated the Hastings people"),
                ("0785", "He ruled Kent as overlord"),
            ],
        ),
        (
            "In 1871 she moved to Paris, and in 1874 she opened a studio.",
            [("1871", "She moved to Paris"), ("1874", "She opened a studio")],
        ),
        # a day date after the conjunction, a pronoun and a past the verb lists leave out
        (
            "The old king fought the Saxons for years, and on 29 July 796 he died.",
            [("0796-07-29", "On 29 July 796 he died")],
        ),
        # news: a month, ", and" / ", but", a noun subject
        (
            "The company cut 300 jobs in March, and in June it closed its Leeds plant.",
            [("2019-03", "The company cut 300 jobs"), ("2019-06", "It closed its Leeds plant")],
        ),
        (
            "Protests began on Monday and on Tuesday police fired tear gas.",
            [("2019-12-23", "Protests began on Monday"), ("2019-12-17", "Police fired tear gas")],
        ),
        (
            "The brewery lost money in 2017, but in 2018 its new lager sold well.",
            [("2017", "The brewery lost money"), ("2018", "Its new lager sold well")],
        ),
        # "and then", ", then": a word of sequence before the date
        (
            "In 1066 William landed in England and then in 1072 he invaded Scotland.",
            [("1066", "William landed in England"), ("1072", "He invaded Scotland")],
        ),
        (
            "The club was founded in 1902, then in 1921 it moved to a new ground.",
            [("1902", "The club was founded"), ("1921", "It moved to a new ground")],
        ),
        # a range the date finder leaves in two
        (
            "He sat in parliament from 1880 to 1885 and from 1890 to 1895 he chaired its"
            " finance committee.",
            [
                ("1880", "He sat in parliament from 1880 to 1885"),
                ("1890", "From 1890 to 1895 he chaired its finance committee"),
            ],
        ),
    ],
)
def test_coordinated_dates_take_their_own_clauses(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert titles(text) == expected


def test_a_clause_without_its_own_subject_borrows_the_one_before() -> None:
    text = "In 1871 the painter moved to Paris and in 1874 opened a studio."
    assert [c.kind for c in clauses(text)][-1] == PARTICIPLE
    assert titles(text) == [
        ("1871", "The painter moved to Paris"),
        ("1874", "The painter opened a studio"),
    ]


@pytest.mark.parametrize(
    "text, title",
    [
        # an opening "by" and its date leave the title (the event is dated by them), the
        # borrowed subject comes first
        ("The mill burned down in 1902 and by 1905 was rebuilt.", "The mill was rebuilt"),
        (
            "Lyle moved to Edinburgh in 1831 and by 1835 had finished his book.",
            "Lyle had finished his book",
        ),
        # a bare year before the verb is the subject: nothing to borrow
        ("Sales fell in 2019 and 2020 saw a strong recovery.", "2020 saw a strong recovery"),
    ],
)
def test_a_borrowed_subject_and_an_opening_by(text: str, title: str) -> None:
    assert titles(text)[-1][1] == title


@pytest.mark.parametrize(
    "text",
    [
        "The river flooded in May and in June.",  # dates alone after "and": no clause
        "Sales rose in 2018 and in 2019 at every store.",  # a phrase, no verb
        "Between 1990 and 1995 the town grew fast.",  # the "and" of a range
    ],
)
def test_no_clause_is_cut_where_no_clause_follows(text: str) -> None:
    assert len(clauses(text)) == 1


def test_a_manner_clause_stays_in_its_clause() -> None:
    text = "By 1790 the duke ran the county as if it were his own estate."
    assert titles(text) == [("1790", "The duke ran the county as if it were his own estate")]


@pytest.mark.parametrize(
    "title, expected",
    [
        ("He ruled Kent as", "He ruled Kent"),
        ("The plant closed, and", "The plant closed"),
        ("The talks resumed in the capital of the", "The talks resumed in the capital"),
        ("Rebels took the town of", "Rebels took the town"),
        # words that do end a clause stay
        ("The fighting went on", "The fighting went on"),
        ("The team was moved to Group A", "The team was moved to Group A"),
        ("She stayed for a while", "She stayed for a while"),
        ("The rules were too strict to begin with", "The rules were too strict to begin with"),
        ("Profit fell sharply in the quarter for", "Profit fell sharply in the quarter"),
        ("Or as", "Or as"),  # too few words to cut
    ],
)
def test_no_title_ends_on_a_dangling_word(title: str, expected: str) -> None:
    assert drop_dangling(title) == expected


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "fr",
            "En 1871 elle s'installa à Paris et en 1874 elle ouvrit un atelier.",
            [("1871", "Elle s'installa à Paris"), ("1874", "Elle ouvrit un atelier")],
        ),
        (
            "es",
            "Las protestas empezaron el lunes y el martes la policía desalojó la plaza.",
            [
                ("2019-12-23", "Las protestas empezaron"),
                ("2019-12-17", "La policía desalojó la plaza"),
            ],
        ),
        (
            "it",
            "Nel 1871 si trasferì a Parigi e nel 1874 aprì uno studio.",
            [("1871", "Si trasferì a Parigi"), ("1874", "Aprì uno studio")],
        ),
        (
            "de",
            "Die Firma baute im März 2019 300 Stellen ab und im Juni 2019 schloss sie ihr Werk.",
            [("2019-03", "Die Firma baute 300 Stellen ab"), ("2019-06", "Schloss sie ihr Werk")],
        ),
    ],
)
def test_other_languages_cut_at_a_conjunction_before_a_dated_clause(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(d.start, d.title) for d in dated_sentences(text, DCT, lang)]
    assert got == expected


def test_other_languages_keep_a_list_of_dates_in_one_clause() -> None:
    text = "El festival se celebró en 2009 y en 2010 en Sevilla."
    got = [d.title for d in dated_sentences(text, DCT, "es")]
    assert all("festival" in t for t in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        # dates of one clause joined by "and (again)": each event titled by the clause alone
        (
            "The canal froze over in 1947 and again in 1963.",
            [("1947", "The canal froze over"), ("1963", "The canal froze over")],
        ),
        (
            "The ferry service was suspended in March 1998 and once more in October 1998.",
            [
                ("1998-03", "The ferry service was suspended"),
                ("1998-10", "The ferry service was suspended"),
            ],
        ),
        # a "by" opening the clause: what held by then is dated then, the title goes without it
        (
            "By 1990 the brewery employed 400 people in Leeds.",
            [("1990", "The brewery employed 400 people in Leeds")],
        ),
        (
            "By the summer of 1916, the hospital had treated 3,000 soldiers.",
            [("1916-06", "The hospital had treated 3,000 soldiers")],
        ),
        # a "by" later in the clause is a deadline: it stays
        (
            "The council must publish its budget by Friday.",
            [("2019-12-27", "The council must publish its budget by Friday")],
        ),
    ],
)
def test_joined_dates_and_an_opening_by_leave_the_title(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert titles(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two dated predicates of one subject: each its own clause, the second borrowing it
        (
            "The mill burned down in 1921 and was rebuilt in 1925.",
            [("1921", "The mill burned down"), ("1925", "The mill was rebuilt")],
        ),
        (
            "The poet was born in 1902 and died in 1961.",
            [("1902", "The poet was born"), ("1961", "The poet died")],
        ),
        (
            "She joined the firm in 1998 and left it in 2004.",
            [("1998", "She joined the firm"), ("2004", "She left it")],
        ),
        # one date only: no cut
        (
            "The mill burned down and was rebuilt in 1925.",
            [("1925", "The mill burned down and was rebuilt")],
        ),
    ],
)
def test_two_dated_predicates_take_their_own_titles(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert titles(text) == expected
