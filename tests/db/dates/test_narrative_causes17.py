"""Causes that repeat across the blind narrative sets (session 17), each with sentences of our
own in several registers: what a careful reader puts on the timeline for each happening."""

from __future__ import annotations

import datetime as dt

from db.dates import dated_sentences

DCT = dt.date(2026, 12, 7)


def _at(text: str, words: str) -> list[tuple[str, str]]:
    """The (start, precision) of each event whose clause holds `words`."""
    at = text.index(words)
    out = []
    for d in dated_sentences(text, DCT):
        b, e = d.clause
        if b <= at < e:
            out.append((d.start, d.precision))
    return out


# ---- a clause an amount of time cuts off from its dated clause (sets 26, 30, 35) ----------------


def test_acquitted_after_a_trial_of_days_in_the_trials_season() -> None:
    # a local history
    text = (
        "The miller Jonas Pell was tried for arson in the spring of 1834 and acquitted after a "
        "hearing of four days."
    )
    assert _at(text, "acquitted") == [("1834-03", "season")]


def test_rebuilt_in_weeks_counts_on_to_the_month() -> None:
    # a museum label
    text = (
        "The boathouse was wrecked by the gale of 12 October 1881 and was repaired in six weeks "
        "by the club's own members."
    )
    assert _at(text, "repaired") == [("1881-11", "month")]


def test_a_colon_clause_with_an_amount_starts_at_a_span_start() -> None:
    # a memoir
    text = (
        "My aunt kept the post office at Wennick from 1936 until her marriage in 1961: she came "
        "to help for a month and stayed twenty-five years."
    )
    assert _at(text, "she came") == [("1936", "year")]


def test_a_clause_with_an_amount_that_moves_on_or_is_now_is_left() -> None:
    # a society's minutes: "afterwards" moves the story on; a present perfect is now
    later = "The hall was let to the band in May 1950 and afterwards stood empty for three years."
    assert _at(later, "stood empty") == []
    now = "The hall was let to the band in May 1950 and has served for seventy years as a store."
    assert ("1950-05", "month") not in _at(now, "has served")


# ---- a dateless plan right after a dated one (sets 30, 31, 35) ----------------------------------


def test_a_plan_after_a_dated_plan_is_on_its_day() -> None:
    # a society's newsletter
    text = (
        "This year's outing is to Ely Cathedral on Saturday 12 June 2027. Our treasurer, "
        "Mrs Hale, will collect the fares on the coach."
    )
    assert _at(text, "will collect") == [("2027-06-12", "day")]


def test_a_promise_after_a_dated_plan_is_on_its_day() -> None:
    # a parish magazine: the promising is today's, the preaching is the dedication's
    text = (
        "The restored bells will be dedicated at evensong on Sunday 7 March 2027. The bishop, "
        "who rang here as a boy, has promised to preach."
    )
    assert _at(text, "has promised") == [("2027-03-07", "day")]


def test_a_plan_after_a_past_day_or_negated_or_moved_on_is_left() -> None:
    past = "The mill reopened on 3 May 1920. Its owners will be remembered for it."
    assert _at(past, "will be remembered") == []
    negated = (
        "The club dinner is at the Crown on Friday 5 March 2027. The chairman will not attend."
    )
    assert ("2027-03-05", "day") not in _at(negated, "will not")
    moved = (
        "The club dinner is at the Crown on Friday 5 March 2027. Later the room will be "
        "redecorated."
    )
    assert ("2027-03-05", "day") not in _at(moved, "will be")


# ---- a dated past-perfect relative clause inside a story's clause (sets 25, 35) -----------------


def test_the_clause_around_a_dated_pluperfect_relative_keeps_the_storys_day() -> None:
    # a biography: the reproaching is the story's, the quarrel earlier
    text = (
        "On 14 October 1851 Clara sailed for Lisbon. At the quay she met her brother, who had "
        "quarrelled with her in the spring of 1849, and embraced him."
    )
    assert _at(text, "At the quay") == [("1851-10-14", "day")]
    assert _at(text, "who had quarrelled") == [("1849-03", "season")]


def test_a_restrictive_pluperfect_relative_before_the_verb() -> None:
    # a local history: the reopening is on the day told, the closing a year before
    text = (
        "The new manager arrived on Monday 6 March 1922, and the pit that had closed a year "
        "earlier reopened within the week."
    )
    assert ("1922-03-06", "day") in _at(text, "reopened")


def test_a_pluperfect_relative_set_off_by_commas_before_the_verb() -> None:
    # a museum label
    text = (
        "The regiment entered Tarrow on 2 August 1813. Its citizens, who had shut the gates "
        "against the French in 1809, cheered them in the square."
    )
    assert _at(text, "cheered them") == [("1813-08-02", "day")]


# ---- an amount "after her" counts on from the day just told (set 35) ----------------------------


def _values(text: str) -> dict[str, str]:
    from db.dates.extract import analyse

    return {t.text: t.value for t in analyse(text, DCT).timexes()}


def test_an_amount_after_a_pronoun_counts_on_from_the_sentences_day() -> None:
    # a parish history: the curate's burial is four days after the rector's
    text = "The rector was buried on 3 August 1666, and his curate six days after him."
    assert ("1666-08-09", "day") in _at(text, "his curate")


def test_an_amount_after_a_pronoun_in_apposition_counts_back() -> None:
    # a memoir: in apposition to the date, "after him" names his death, ten years before
    text = "My grandmother died on 2 May 1990, ten years after him."
    assert ("1990-05-12", "day") not in _at(text, "ten years")


# ---- a dateless predicate in a list between two dated ones (sets 34, 31, 35) -------------------


def test_a_list_middle_is_in_the_month_both_days_share() -> None:
    # a ship's history
    text = "The brig left Hull on 2 March 1850, called at Leith, and reached Lerwick on 9 March."
    assert _at(text, "called at Leith") == [("1850-03", "month")]
    assert _at(text, "left Hull") == [("1850-03-02", "day")]


def test_a_list_middle_is_in_the_year_both_days_share() -> None:
    # a church guide
    text = (
        "The organ was taken down on 3 May 1890, was cleaned and revoiced in the builder's "
        "shop, and was played again on 14 September."
    )
    assert _at(text, "was cleaned") == [("1890", "year")]


def test_a_list_middle_across_two_years_is_left() -> None:
    text = "The mill shut on 2 December 1890, was sold to a Leeds firm, and reopened on 9 May 1891."
    assert ("1890", "year") not in _at(text, "was sold")


def test_a_date_opening_its_clause_is_no_list() -> None:
    # a local history: the marching is the opening date's own predicate, no middle
    text = "On 4 June 1921, the miners marched to the pithead, and on 5 June the owners gave way."
    assert _at(text, "the miners marched") == [("1921-06-04", "day")]
