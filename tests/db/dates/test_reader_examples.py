"""The chronology a careful reader would write (issue 13): comparisons that make no event, two
happenings in one clause, reports and what they report, statuses. Sentences written for these
tests, in the shapes of the issue's examples. DCT: Monday 2019-12-23."""

from __future__ import annotations

import datetime

import pytest

from db.dates import dated_sentences
from db.dates.clauses import ATTRIBUTION, CONTENT, PARTICIPLE, REPORT, SUBORDINATE, split
from db.dates.model import PUBLICATION

DCT = datetime.date(2019, 12, 23)


def events(text: str) -> list[tuple[str, str, str]]:
    """(start, title, status) of each event of `text`, comparisons left out."""
    return [(d.start, d.title, d.status) for d in dated_sentences(text, DCT) if not d.comparison]


def statuses(text: str) -> list[str]:
    return [d.status for d in dated_sentences(text, DCT) if not d.comparison]


# ---- comparisons and anchors ------------------------------------------------------------------


def test_a_record_since_a_date_is_one_event_on_its_day_and_nothing_then() -> None:
    text = "The rand slid to its lowest level since March 2016 on Wednesday."
    got = dated_sentences(text, DCT)
    assert [(d.start, d.end_date) for d in got if not d.comparison] == [("2019-12-18", None)]
    assert [d.start for d in got if d.comparison] == ["2016-03"]  # reported, not an event


def test_the_first_visit_since_a_year_is_no_event_then_and_no_range() -> None:
    text = "The chancellor flew to Kyiv on Thursday, the first such trip since 2014."
    got = [d for d in dated_sentences(text, DCT) if not d.comparison]
    assert [(d.start, d.end_date) for d in got] == [("2019-12-19", None)]


def test_a_state_since_a_year_is_a_range() -> None:
    text = "Northern Mali has been the scene of fighting since 2012."
    (d,) = dated_sentences(text, DCT)
    assert (d.start, d.end_date, d.comparison) == ("2012", "2019-12-23", False)
    assert d.title == "Northern Mali has been the scene of fighting"


# ---- two happenings: the report and the figure it reports -------------------------------------


def test_a_figure_reported_for_a_quarter_is_dated_there_and_the_report_is_news_of_the_day() -> None:
    text = "The shipping group reported a profit of $450 million for the second quarter of 2019."
    got = dated_sentences(text, DCT)
    assert [(d.start, d.end_date, d.title) for d in got] == [
        ("2019-04", "2019-06", "The shipping group's profit of $450 million"),
        (
            "2019-12-23",
            None,
            "The shipping group reported a profit of $450 million for the second quarter of 2019",
        ),
    ]
    report = got[1]
    assert report.timex.text == "reported"  # what dated it: the report, on the publication day
    assert report.timex.anchor is not None and report.timex.anchor.kind == PUBLICATION


def test_one_report_for_two_figures() -> None:
    text = (
        "The retailer reported a loss of $30 million for the third quarter of 2019 and a "
        "profit of $90 million for the first half of 2019."
    )
    got = dated_sentences(text, DCT)
    assert [d.start for d in got].count("2019-12-23") == 1


def test_a_report_on_a_named_day_is_on_that_day() -> None:
    text = "The brewer on Thursday posted a loss of $80 million for the third quarter of 2019."
    assert events(text) == [
        (
            "2019-12-19",
            "The brewer posted a loss of $80 million for the third quarter of 2019",
            "happened",
        ),
        ("2019-07", "The brewer's loss of $80 million", "happened"),
    ]


def test_for_a_period_without_a_figure_reported_is_one_event() -> None:
    text = "The regiment was stationed in Malta for the winter of 1941."
    assert len(dated_sentences(text, DCT)) == 1


# ---- reports and what they report -------------------------------------------------------------


def test_the_saying_happened_on_its_day_and_what_was_said_is_planned_on_its_own() -> None:
    text = "The foreign minister said on Tuesday that the negotiations would resume in April."
    got = events(text)
    assert got == [
        (
            "2019-12-17",
            "The foreign minister said that the negotiations would resume in April",
            "happened",
        ),
        ("2020-04", "The negotiations would resume", "planned"),
    ]
    assert len({title for _, title, _ in got}) == 2


def test_a_participle_report_is_a_report_of_its_clause_subject() -> None:
    text = "The rebels withdrew from the hills, saying on Friday that the ceasefire would hold."
    got = split(text, 0, len(text), [(text.index("Friday"), text.index("Friday") + 6)])
    assert [c.kind for c in got] == ["main", REPORT, CONTENT]
    # the saying is in the past like the withdrawal, and the rebels' own
    assert events(text) == [
        ("2019-12-20", "The rebels said that the ceasefire would hold", "happened")
    ]


def test_what_a_participle_report_adds_gets_its_own_date_and_status() -> None:
    text = "The carrier cut 600 jobs in October, adding that more cuts would follow in the spring."
    assert events(text) == [
        ("2019-10", "The carrier cut 600 jobs", "happened"),
        ("2020-03", "More cuts would follow", "planned"),
    ]


def test_a_participle_naming_a_source_is_an_aside() -> None:
    text = "Police arrested two men on Tuesday, citing new evidence from the raid."
    got = split(text, 0, len(text), [])
    assert [c.kind for c in got] == ["main", ATTRIBUTION]
    (d,) = dated_sentences(text, DCT)
    assert (d.title, d.title_span) == ("Police arrested two men", (0, text.index("citing")))


def test_a_trailing_report_after_a_verb_the_lists_do_not_know() -> None:
    text = "The carrier expects a profit in 2021, its chief executive told reporters on Thursday."
    got = split(text, 0, len(text), [])
    assert [c.kind for c in got] == [CONTENT, REPORT]
    assert events(text)[0] == ("2021", "The carrier expects a profit", "planned")
    # an auxiliary before the verb: no reporter, no report
    text = "Results for the group, reflecting its core business, will be disclosed on Friday."
    assert REPORT not in [c.kind for c in split(text, 0, len(text), [])]


def test_a_participle_clause_with_its_own_date_is_its_own_happening() -> None:
    text = "The army crossed the river in June 1941, reaching the city on 28 June."
    assert events(text) == [
        ("1941-06", "The army crossed the river", "happened"),
        ("1941-06-28", "The army reaching the city", "happened"),
    ]
    # a date in a relative clause inside it is not the participle's
    text = "Police arrested the man on Tuesday, ending a hunt that began in May."
    atoms = [(text.index(w), text.index(w) + len(w)) for w in ("Tuesday", "May")]
    assert [c.kind for c in split(text, 0, len(text), atoms)] == ["main"]
    text = "Police arrested the man on Tuesday, ending a hunt in May."
    atoms = [(text.index(w), text.index(w) + len(w)) for w in ("Tuesday", "May")]
    assert [c.kind for c in split(text, 0, len(text), atoms)] == ["main", PARTICIPLE]
    # without a date of its own it stays in its clause
    text = "The king died in 1547, leaving the throne to his young son."
    assert events(text) == [
        ("1547", "The king died, leaving the throne to his young son", "happened")
    ]


def test_a_date_in_a_cited_source_dates_the_source() -> None:
    text = (
        "The ministry said the vaccine would be available in January, citing trial data "
        "released on Monday."
    )
    assert events(text) == [
        # what it says is only planned: the saying is the news of the day
        ("2019-12-23", "The ministry said the vaccine would be available in January", "happened"),
        ("2020-01", "The vaccine would be available", "planned"),
        ("2019-12-23", "Trial data released", "happened"),
    ]


def test_a_day_after_dates_the_clause_it_opens() -> None:
    text = "The board met on Friday, two days before the merger was announced."
    assert events(text) == [
        ("2019-12-20", "The board met", "happened"),
        ("2019-12-22", "The merger was announced", "happened"),
    ]


def test_a_counted_time_before_after_goes_with_the_clause_it_opens() -> None:
    text = "The governor resigned in June, hours after the report was published."
    got = split(text, 0, len(text), [(text.index("June"), text.index("June") + 4)])
    assert got[1].kind == SUBORDINATE
    assert text[got[1].begin : got[1].end] == "hours after the report was published."
    assert events(text) == [("2019-06", "The governor resigned", "happened")]


def test_a_relative_clause_before_the_reporting_verb_stays_in_its_host() -> None:
    text = "The brewery, which opened in 1998, said on Monday it would close two plants."
    assert events(text) == [
        ("1998", "The brewery opened", "happened"),
        ("2019-12-23", "The brewery said it would close two plants", "happened"),
    ]


def test_a_date_between_the_subject_and_its_verb_is_no_subject() -> None:
    text = "The insurer on Monday raised its premiums."
    assert [d.title for d in dated_sentences(text, DCT)] == ["The insurer raised its premiums"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a period the date names stays: "ended" says which
        (
            "The brewer earned $12 million in the quarter ended Sept. 30.",
            "The brewer earned $12 million in the quarter ended Sept. 30",
        ),
        # a date inside an "of" phrase stays with its noun
        (
            "The approach of the year 2000 has worried many programmers.",
            "The approach of the year 2000 has worried many programmers",
        ),
        # a date that is the subject of its clause stays, after a quotation mark too
        ("``Today is a sad day for the club,'' he said.", "Today is a sad day for the club"),
    ],
)
def test_titles_keep_a_date_that_is_part_of_what_they_say(text: str, title: str) -> None:
    assert [d.title for d in dated_sentences(text, DCT)][0] == title


def test_a_participle_report_after_a_subject_with_an_aside_lends_the_subject() -> None:
    text = (
        "The foreign minister, meanwhile, sought to calm the markets, saying on Friday that "
        "the currency would hold."
    )
    assert events(text)[0][1] == "The foreign minister said that the currency would hold"


def test_a_sentence_of_dates_alone_makes_no_event() -> None:
    assert dated_sentences("Monday, Dec. 23, 2019.", DCT) == []
    assert dated_sentences("Last updated: 3 May 2019.", DCT) == []
    # a thing named beside the date is a happening enough
    assert len(dated_sentences("The harvest festival, 2011.", DCT)) == 1


# ---- status -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # what did not come about; a refusal happened (`test_refusals`)
        ("The rebels declined to sign the accord in November.", "happened"),
        # a figure that declined: a fall, not a refusal
        ("Net income declined to $35 million in the third quarter.", "happened"),
        ("The senator failed to win her seat back in 2018.", "negated"),
        ("There were no flights out of the city on Saturday.", "negated"),
        ("No trains ran between the two cities on Sunday.", "negated"),
        ("No. 2 seed Osaka withdrew from the tournament on Sunday.", "happened"),
        ("The striker would have scored on Saturday but for the keeper.", "negated"),
        # a plan under a condition is still a plan (`conditional_plans`); "could" is only possible
        ("The union would strike in January if the talks failed.", "planned"),
        ("The union could strike in January if the talks failed.", "negated"),
        # a past verb before "plans": the announcing happened (on the Friday before)
        ("The firm announced plans to build a plant in Ohio on Friday.", "happened"),
        # plans and expectations to come
        ("The bridge is expected to reopen in February.", "planned"),
        ("The ministry plans to publish the figures in March.", "planned"),
        ("The trial is scheduled for January.", "planned"),
        # on the publication day itself: the timetable says it is still to come
        ("The hearing is scheduled for Monday.", "planned"),
    ],
)
def test_status(text: str, status: str) -> None:
    assert statuses(text) == [status]


def test_a_date_naming_a_thing_takes_that_things_status() -> None:
    # the clause is a future negation; last year's count happened
    text = "Opposition parties will not accept last year's vote count."
    assert statuses(text) == ["happened"]
    # the clause happened, the deadline is to come
    text = "Investors shrugged off the Jan. 15 deadline."
    assert statuses(text) == ["planned"]
    # a hyphenated period before its noun names it too: the profit was made
    text = "The bank did not restate its third-quarter profit."
    assert [(d.start, d.status) for d in dated_sentences(text, DCT)] == [("2019-07", "happened")]
    # a period still running says nothing: the clause's status ("will": planned)
    text = "The storm will mean a fourth-quarter charge of $40 million, the insurer said."
    assert statuses(text)[0] == "planned"
    # a year after its noun is no adjective: the clause's status
    text = "The bank did not restate its profit of 2018."
    assert statuses(text) == ["negated"]


def test_a_reporting_participle_takes_the_tense_of_its_clause() -> None:
    text = "The coalition will vote on the budget, saying on Friday that it had the numbers."
    (d,) = dated_sentences(text, DCT)
    assert d.start == "2019-12-27"  # the Friday to come, like the vote


# ---- which dated clause a dateless one leans on -----------------------------------------------


def test_a_present_does_not_lean_on_a_dated_clause_after_it() -> None:
    # the port is closed now, not in May; a past leans on the clause after it
    text = "The port is closed to ships, and the navy mined the harbour in May."
    now, d = dated_sentences(text, DCT)
    assert d.title_span == (text.index("and the navy"), len(text))
    assert (now.around, now.title) == (True, "The port is closed to ships")
    text = "The port was closed to ships, and the navy mined the harbour in May."
    (d,) = dated_sentences(text, DCT)
    assert d.title_span == (0, len(text))


def test_a_quotation_leans_on_the_dated_clause_after_it_whatever_its_tense() -> None:
    # what is quoted was said at the time the quotation goes on to name
    text = "``Security is tight,'' said the organiser, ``but tonight we are calm.''"
    (d,) = dated_sentences(text, DCT)
    assert d.title_span == (0, len(text))


def test_what_is_done_does_not_lean_on_what_is_to_come() -> None:
    text = (
        "The talks will resume in March, the mediator said, adding that both sides had agreed "
        "in principle."
    )
    d, agreed = dated_sentences(text, DCT)
    assert (agreed.around, agreed.status) == (True, "happened")  # done by the report's day
    assert (d.start, d.status) == ("2020-03", "planned")
    assert text[d.title_span[0] : d.title_span[1]] == "The talks will resume in March, "


# ---- news shapes a held-out news set showed (bench/data/news_holdout.json) -------------------


def test_a_warning_of_what_may_come_is_news_of_the_day() -> None:
    text = "Economists warned that the economy could shrink in the first quarter of 2020."
    assert events(text) == [
        (
            "2019-12-23",
            "Economists warned that the economy could shrink in the first quarter of 2020",
            "happened",
        ),
        ("2020-01", "The economy could shrink", "negated"),
    ]


def test_a_persons_aside_dates_the_person_not_the_clause_around_it() -> None:
    text = "The goalkeeper, who signed in July, saved two penalties."
    assert events(text) == [
        ("2019-12-23", "The goalkeeper saved two penalties", "happened"),
        ("2019-07", "The goalkeeper signed", "happened"),
    ]
    # an aside inside what a report says is the content's, not the report's
    text = "The regulator insisted the licence, granted in March, remained valid."
    assert events(text)[0] == (
        "2019-12-23",
        "The regulator insisted the licence remained valid",
        "happened",
    )


def test_a_plan_takes_the_date_of_its_when_clause() -> None:
    text = "The bridge is expected to reopen when repairs finish in February."
    (d,) = dated_sentences(text, DCT)
    assert (d.start, d.status, d.title_span) == ("2020-02", "planned", (0, len(text)))


def test_a_plans_relative_clause_keeps_its_date_to_itself() -> None:
    text = "The president cancelled a visit to Lima that was due to start on Thursday."
    assert events(text) == [
        ("2019-12-23", "The president cancelled a visit to Lima", "happened"),
        ("2019-12-26", "A visit to Lima was due to start", "planned"),
    ]
    # without a relative pronoun
    text = "The club called off the friendly it was scheduled to play on Saturday."
    assert [start for start, _, _ in events(text)] == ["2019-12-23", "2019-12-28"]
    # "said that" is reported speech, not a relative clause
    text = "The minister said that it was due to open in March."
    assert [c.kind for c in split(text, 0, len(text), [])] == [REPORT, CONTENT]


def test_a_plans_date_does_not_move_the_story_time_of_what_follows() -> None:
    text = (
        "The minister scrapped a summit that was due to open on Friday. "
        "Clashes continued through the evening."
    )
    got = [d for d in dated_sentences(text, DCT) if not d.around]
    assert [d.timex.text for d in got] == ["Friday", "the evening"]
    assert got[1].timex.value == "2019-12-23TEV"  # this evening, not Friday's


def test_what_happened_at_a_comparisons_reference_point_is_an_event_then() -> None:
    text = "Sales were the weakest since 2009, when the financial crisis hit demand."
    got = [d for d in dated_sentences(text, DCT) if not d.comparison]
    assert [(d.start, d.title) for d in got if d.start == "2009"] == [
        ("2009", "The financial crisis hit demand")
    ]


def test_a_modal_inside_what_a_verb_shows_is_not_the_verbs() -> None:
    assert statuses("The drawings showed that the tower may lean.") == ["happened"]


def test_a_report_after_a_scene_setting_phrase_is_news_of_the_day() -> None:
    text = "In the coastal town of Arvel, officials say the water supply cannot be restored."
    assert statuses(text) == ["happened"]


def test_reporting_verbs_of_news_report_what_they_say() -> None:
    text = "The coach tweeted on Sunday that the squad would travel in January."
    assert events(text) == [
        ("2019-12-22", "The coach tweeted that the squad would travel in January", "happened"),
        ("2020-01", "The squad would travel", "planned"),
    ]
    text = "The mayor conceded that the budget would be late."
    assert [c.kind for c in split(text, 0, len(text), [])] == [REPORT, CONTENT]


def test_a_word_after_a_possessive_is_no_verb_for_the_tense() -> None:
    # "restored" after "collector's" is an adjective: the "will" governs March
    text = "The museum will show the collector's restored paintings in March."
    assert [d.start for d in dated_sentences(text, DCT)] == ["2020-03"]


def test_a_plan_as_it_stood_is_dated_near_the_publication_day() -> None:
    # written in December: "was due to ... in March" is the coming March, not next year's
    text = (
        "The carrier will retire its oldest jets next year. It was due to take delivery of "
        "four new aircraft in March, but the maker has delayed them."
    )
    assert [d.timex.value for d in dated_sentences(text, DCT) if d.timex.text == "March"] == [
        "2020-03"
    ]
    # written in May: the March just gone
    text = "The ferry was due to enter service in March, but trials found a fault."
    (d,) = [d for d in dated_sentences(text, datetime.date(2019, 5, 20)) if not d.around]
    assert d.start == "2019-03"


def test_a_year_in_a_persons_participle_aside_is_no_story_time() -> None:
    # written in May 2020: the March of the injury is this year's, not the one after 2018
    text = (
        "Manager Tom Reyes, hired in October 2018 after a poor run, praised the squad. "
        "Defender Ola Berg, who broke his ankle in March, is back in training."
    )
    got = [d for d in dated_sentences(text, datetime.date(2020, 5, 20)) if not d.around]
    assert [d.start for d in got] == ["2018-10", "2020-03"]


def test_what_was_done_does_not_take_the_date_of_a_plan_after_it() -> None:
    text = "The agency said it was sending a rescue team, which is expected to arrive on Thursday."
    assert [(start, status) for start, _, status in events(text)] == [
        ("2019-12-23", "happened"),
        ("2019-12-26", "planned"),
    ]


def test_the_first_since_a_named_events_date_is_a_comparison() -> None:
    text = (
        "The two leaders met on Friday. It was their first meeting since the summit of "
        "March 2017. Aides had met the previous day to settle the agenda."
    )
    got = dated_sentences(text, DCT)
    assert [d.start for d in got if d.comparison] == ["2017-03"]
    # the story's day is still Friday: "the previous day" is Thursday
    assert [d.start for d in got if d.timex.text == "the previous day"] == ["2019-12-19"]


def test_a_year_owning_a_thing_is_not_the_year_of_what_follows() -> None:
    # written in December 2019: "in June" is this year's, not last year's
    text = "Last year’s floods cost $2 billion. The council adopted stricter rules in June."
    got = [d for d in dated_sentences(text, DCT) if d.timex.text == "June"]
    assert [d.start for d in got] == ["2019-06"]


def test_a_present_report_after_a_dated_clause_is_news_of_the_day() -> None:
    text = "The city promised new buses in March, but residents say none have arrived."
    assert events(text) == [
        ("2019-03", "The city promised new buses", "happened"),
        ("2019-12-23", "Residents say none have arrived", "happened"),
    ]


def test_a_reports_date_does_not_move_the_story_time_of_what_it_reports() -> None:
    text = (
        "A warehouse in Dunmore was set on fire on Saturday night, police said on Monday. "
        "Witnesses saw two men leave the building at about 11 p.m."
    )
    (clock,) = [d for d in dated_sentences(text, DCT) if d.timex.text == "11 p.m."]
    assert clock.start == "2019-12-21T23:00"  # Saturday night, not Monday


def test_a_year_in_passing_does_not_replace_the_storys_day() -> None:
    text = (
        "The unions agreed on Friday to end a strike that had run since a pay dispute in 2017. "
        "Their leaders had met ministers the previous day."
    )
    got = [d for d in dated_sentences(text, DCT) if d.timex.text == "the previous day"]
    assert [d.start for d in got] == ["2019-12-19"]


def test_a_day_owning_a_thing_after_the_sentences_own_day_leaves_the_story_there() -> None:
    text = (
        "The mayor resigned early on Thursday after losing Tuesday's confidence vote. "
        "She left city hall at 2 a.m."
    )
    (clock,) = [d for d in dated_sentences(text, DCT) if d.timex.text == "2 a.m."]
    assert clock.start == "2019-12-19T02:00"


def test_a_span_of_years_in_passing_is_not_the_year_of_what_follows() -> None:
    # written in December 2019: the recall "in October" is this year's, not 2018's
    text = (
        "The heaters were sold in 30 countries between 2016 and 2018. "
        "The maker recalled them in October after a string of fires."
    )
    got = [d for d in dated_sentences(text, DCT) if d.timex.text == "October"]
    assert [d.start for d in got] == ["2019-10"]


def test_a_participle_after_will_stay_is_to_come() -> None:
    text = "The border crossing will remain closed until Friday, officials said."
    assert [d.start for d in dated_sentences(text, DCT) if not d.around] == ["2019-12-27"]


def test_a_live_pages_time_stamp_is_not_part_of_a_title() -> None:
    text = "14:20 – Rescue crews reached the village by boat."
    assert [d.title for d in dated_sentences(text, DCT)] == [
        "Rescue crews reached the village by boat"
    ]


# ---- news of the day and what is not (news_holdout3) ------------------------------------------


def test_a_happening_timed_within_a_match_is_on_the_matchs_day() -> None:
    # published Monday 23 December: the derby was on Saturday, its goals too; the fans'
    # celebration with no time of its own is news of the day
    text = (
        "Harlow beat Crestmoor 2-1 in Saturday's derby at the Eastfield ground. "
        "Crestmoor went ahead in the first half through a penalty. "
        "Sam Ibe scored the winner in stoppage time. "
        "Fans gathered outside the stadium."
    )
    got = {d.title: d.start for d in dated_sentences(text, DCT) if not d.comparison}
    assert got["Crestmoor went ahead in the first half through a penalty"] == "2019-12-21"
    assert got["Sam Ibe scored the winner in stoppage time"] == "2019-12-21"
    assert got["Fans gathered outside the stadium"] == "2019-12-23"


def test_the_second_half_of_a_year_is_no_match() -> None:
    text = (
        "The council approved the plan on Friday. "
        "Costs will be reviewed in the second half of 2020."
    )
    assert [d.start for d in dated_sentences(text, DCT) if not d.comparison] == [
        "2019-12-20",
        "2020-07",
    ]


def test_a_request_for_comment_after_background_years_is_news_of_the_day() -> None:
    text = (
        "Police said on Monday that the councillor had been arrested. "
        "Lund, a former teacher, was elected in 2012 and became mayor in 2017. "
        "He did not respond to requests for comment."
    )
    got = [d for d in dated_sentences(text, DCT) if d.around]
    assert [(d.title, d.start, d.status) for d in got] == [
        ("He did not respond to requests for comment", "2019-12-23", "negated")
    ]


def test_a_state_since_a_year_up_to_now_brings_the_text_back_to_this_year() -> None:
    text = (
        "The bridge was built in 1890 and has carried traffic since 1932. "
        "It reopened in March after repairs."
    )
    got = [d for d in dated_sentences(text, DCT) if d.timex.text == "March"]
    assert [d.start for d in got] == ["2019-03"]


def test_an_aside_since_a_year_leaves_the_story_in_its_own_year() -> None:
    text = (
        "In 1944 the regiment, which has kept its name since 1812, crossed the river. "
        "On 22 June it reached the coast."
    )
    got = [d for d in dated_sentences(text, DCT) if d.timex.text == "22 June"]
    assert [d.start for d in got] == ["1944-06-22"]


# ---- parts of the day and the night after -----------------------------------------------------


def _timexes(text: str) -> list[tuple[str, str | None]]:
    from db.dates import find_timexes

    return [(t.text, t.value) for t in find_timexes(text, DCT)]


def test_by_a_bare_part_of_day_is_that_part_of_the_story_day() -> None:
    assert _timexes("The ferry was back in port by evening.") == [("evening", "2019-12-23TEV")]
    text = "Snow began falling on Saturday. The pass was closed by nightfall."
    assert _timexes(text) == [("Saturday", "2019-12-21"), ("nightfall", "2019-12-21TNI")]
    text = "The talks opened on Friday. By late morning both sides had walked out."
    assert _timexes(text)[1] == ("late morning", "2019-12-20TMO")
    text = "By morning the square was empty, and the stalls were replaced by evening markets."
    assert _timexes(text) == [("morning", "2019-12-23TMO")]


def test_a_small_hours_time_after_a_night_is_on_the_next_day() -> None:
    text = "Looters struck on Friday night. The last shop was emptied at 2:40 a.m."
    assert _timexes(text)[1] == ("2:40 a.m.", "2019-12-21T02:40")
    text = "Drones circled overnight on Saturday. One hit a depot at 3 a.m."
    assert _timexes(text)[1] == ("3 a.m.", "2019-12-22T03:00")
    # an evening time, a time of a plain day, and a night still to come stay on their day
    text = "Looters struck on Friday night. The last shop was emptied at 11 p.m."
    assert _timexes(text)[1] == ("11 p.m.", "2019-12-20T23:00")
    text = "Looters struck on Friday. The last shop was emptied at 2:40 a.m."
    assert _timexes(text)[1] == ("2:40 a.m.", "2019-12-20T02:40")
    text = "The tide turns on Monday night. The peak comes at 2 a.m."
    assert _timexes(text)[1] == ("2 a.m.", "2019-12-23T02:00")
