"""What a present timetable or a plain future says is still to come, even inside a history:
"Ainola, now a museum, opens for the summer on 1 May", "the letters go on display on Friday",
"the library will show the diary in July", "hopes to reopen on Friday", "who faces re-election
in May". A story told in days of a year long past takes its own year for a year-less date
(`rules.anchoring`); one that such a clause sets, close ahead of the publication date, is the
reader's. "would" and "could" are left out: a future seen from the story ("he would return on 3
May") stays in it. A fixture list's present is a timetable too: "Harlow travel to Fenwick on
Wednesday", "The Kestrels host Dunmore on Saturday" (a team, its verb of a match, the other side
named).
"""

from __future__ import annotations

import re

from .clause_verb_words import DATED_REPORTS
from .cue_guard import guard

_TO_COME = guard(
    r"(?i)\b(?:will|shall|opens|reopens|begins|starts|closes|ends|resumes|premieres|launches"
    r"|(?:goes|go)\s+on\s+(?:display|sale|show|view|tour|air)"
    # a law's or a rule's start, told in the present: "The ban takes effect on Monday", "the act
    # comes into force in two stages, starting on Friday"; a Q&A heading: "What changes on May 1?"
    r"|(?:comes|enters|goes)\s+into\s+(?:force|effect|operation)|takes\s+effect|kicks\s+in"
    # a sale's or a meeting's day, told in the present: "The sale takes place in London on 16
    # December", "The auction is held on Friday"
    r"|takes?\s+place|(?:is|are)\s+held"
    # a stretch on its timetable: "The alert runs from 9am on Wednesday", "The fair runs from
    # Friday to Sunday", "The works last from Monday until the end of the month"
    r"|(?:runs|run|lasts|last)\s+(?:from|between)"
    r"|what\s+(?:happens|changes)"
    # leaving a post, told in the present: "steps down as chair on Friday", "who retires in May"
    r"|(?:steps|stands)\s+(?:down|aside)|bows\s+out|retires"
    # the end of what a passive directive asks for: "Residents were urged to stay indoors until
    # Friday" (not the day of the asking: "were ordered to leave their homes on Saturday")
    r"|(?:is|are|was|were|been)\s+(?:told|asked|urged|ordered|instructed|advised|warned)\s+to"
    r"\s[^.;:!?,]{0,60}?\b(?:until|till|before)"
    # a present aim: "It hopes to reconnect the rest by Thursday night"
    r"|(?:hopes?|aims?|intends?|expects?)\s+to"
    # a listing's opening times: "The gallery is closed on Mondays and 25-26 December"
    r"|(?:is|are)\s+(?:closed|shut))\b[^.;:!?,]{0,60}"
    # an aside between commas on the way: "hopes to film the comet, still a faint dot, in May"
    r"(?:,[^.;:!?,]{1,30},[^.;:!?,]{0,20}|,\s*(?:starting|beginning)(?:\s+(?:on|from))?\s+)?$"
)

# What one faces is ahead: "the mayor, who faces re-election in May", "faces trial in June",
# "faces a confidence vote on Tuesday" (the next May, not the last one: a reader's future).
_FACES = guard(
    r"(?i)\bfaces\s+(?:re-?election|trial|(?:a|an)\s+(?:[a-z-]+\s+)?(?:vote|ballot|hearing|"
    r"election|run-?off|referendum|contest|trial|deadline))\b[^.;:!?,]{0,40}$"
)


def faces_ahead(before: str) -> bool:
    """Whether the words `before` a date end in what someone faces ("faces re-election in")."""
    return _FACES.search(before[-120:]) is not None


# "..., officials said (on) Friday": the day of the saying, whatever the clause before it says
_SAID_ON = guard(rf"(?i)\b(?:{'|'.join(DATED_REPORTS)})(?:\s+on)?\s+$")

# A sentence that opens with a team's name, a verb of a fixture in the present and the other
# side's name: "Millbrook host Penrith on Saturday", "Leeds travel to Hull on Friday night".
# The team's name may carry a comma-set aside ("Leeds, who lost on Friday, host Hull on
# Tuesday"), and the match a few words ("play their game in hand at Hull on Wednesday").
_FIXTURE = re.compile(
    r"^\s*(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*"
    r"(?:,\s+(?:who|which)\b[^.;:!?,]{1,80},)?\s+"
    r"(?:travel|host|play|face|visit|welcome|entertain)s?\s+"
    r"(?:(?:their|its|a|the)\s+(?:[a-z-]+\s+){1,4}(?:at|against|with|to)\s+)?"
    r"(?:to\s+)?(?:the\s+)?[A-Z][^.;:!?]{0,60}$"
)

# Two sides that "meet" or "clash", named or counted: "Kettering Rovers and Sallow Town meet at
# Mill Lane on Saturday", "The two sides meet again in Cardiff on Sunday": a match to come.
_FIXTURE_MEET = re.compile(
    r"(?:^\s*(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s+and\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*"
    r"|\b(?i:the\s+(?:two\s+)?(?:sides|teams|clubs|rivals|finalists)))"
    r"\s+(?:meet|clash|collide)\s+(?:again\s+)?[^.;:!?]{0,60}$"
)

# A fixture told with "is": "Their next game is at Hull on Friday", "The final is at Wembley on
# Sunday night", "The second leg is away to Porto on Tuesday": a match on its timetable.
_FIXTURE_IS = guard(
    r"(?i)\b(?:game|match|fixture|tie|final|leg|race|bout|friendly|derby|kick-off|decider)\s+"
    r"(?:[^.;:!?,]{0,30}?\s)?(?:is|are)\s+(?:at|against|away|home|on|in)\b[^.;:!?,]{0,60}$"
)


# A deadline a directive sets: "Shops have been told to clear the shelves by Wednesday", "urged
# residents to leave by 6 p.m." (not "were ordered to leave on Saturday": that may be the order's
# day); the order is given, what it asks for is to come.
_DIRECTED_BY = re.compile(
    r"(?i)\b(?:told|asked|ordered|urged|instructed|advised|required|given\s+until)\b"
    r"[^.;:!?,]{0,60}?\bto\s+[a-z]+\b[^.;:!?]{0,60}\bby\s+$"
)
# When a measure an order or announcement brings in starts: "ordered the evacuation of the
# islands, starting at 6 a.m. Friday", "imposed a curfew, effective Monday": after the order.
_STARTS_AFTER_ORDER = re.compile(
    r"(?i)\b(?:ordered|announced|imposed|declared|introduced|issued)\b[^.;:!?]{0,80},\s*"
    r"(?:starting|beginning|effective)\s+(?:from\s+|at\s+|on\s+)?"
    r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+(?:[A-Z]{3}\s+)?(?:on\s+)?)?$"
)


# A written account that "opens" or "ends" on a date tells that date, it does not set it: "The
# third notebook ends on New Year's Eve" is the notebook's last entry, in the year it covers.
_ACCOUNT_TELLS = guard(
    r"(?i)\b(?:diary|diaries|journals?|notebooks?|volumes?|letters?|chapters?|accounts?|"
    r"memoirs?|logs?|logbooks?|entry|entries|narratives?|story|stories|manuscripts?)\s+"
    r"(?:opens|begins|starts|closes|ends|breaks\s+off|stops)\s+(?:on|in|at|with)\s+$"
)


# A record's present tells what it holds, the time it covers: "The burial register gives his
# burial as 18 Feb.", "the accounts show a payment to the glazier on 3 September" (the year the
# story is in, not the reader's); its noun, a verb of telling, then the date's preposition.
_RECORD_TELLS = guard(
    r"(?i)\b(?:registers?|records|accounts|minutes|ledgers?|rolls|deeds?|wills|inventory|census|"
    r"diary|diaries|journals?|logs?|logbooks?|letters?|notebooks?|books)\s+"
    r"(?:gives?|records?|shows?|lists?|notes?|mentions?|names?|puts?|places?|dates?)\s+"
    r"[^.;:!?]{0,50}?\b(?:on|as|in|at|for|dated)\s+(?:the\s+)?$"
)


# A document's own date ("a letter dated 'Kensington, 6th August' apologises", "a note dated the
# 3rd asks"): the day it was written, gone by whatever tense tells what it says (a historian's
# present); its place heading may stand between, in quotation marks or not.
_DATED_DOCUMENT = re.compile(
    r"(?i)\bdated\s+(?:(?:the|on)\s+)?['‘\"“]?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},\s*)?$"
)


def told_by_account(before: str) -> bool:
    """Whether the words `before` a date are a written account opening or ending on it ("The
    notebook ends on"), a record telling what it holds ("the register gives his burial as"), or
    a document's own date ("a letter dated 6th August"): the present of a summary, telling the
    time the account covers."""
    return (
        _ACCOUNT_TELLS.search(before[-60:]) is not None
        or _RECORD_TELLS.search(before[-110:]) is not None
        or ("dated" in before[-45:] and _DATED_DOCUMENT.search(before[-45:]) is not None)
    )


def to_come(before: str) -> bool:
    """Whether the words `before` a date end in a clause whose verb sets a time to come."""
    tail = before[-120:]
    if told_by_account(tail):
        return False  # "The notebook ends on New Year's Eve": what it tells
    if _SAID_ON.search(tail):
        return False  # "The ban takes effect in May, officials said Friday": the saying's day
    return (
        _TO_COME.search(tail) is not None
        or _FACES.search(tail) is not None
        or _FIXTURE.search(before) is not None
        or (("meet" in tail or "clash" in tail) and _FIXTURE_MEET.search(before) is not None)
        or _FIXTURE_IS.search(tail) is not None
        or (tail.endswith("by ") and _DIRECTED_BY.search(tail) is not None)
        or _STARTS_AFTER_ORDER.search(tail) is not None
    )
