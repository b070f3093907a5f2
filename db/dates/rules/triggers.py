"""Where the engine tries the rules at all: the words that may follow "the", "a", "an" and
"that" in some rule's match (`FOLLOWERS`) and what may follow the first digit of one
(`DIGIT_FOLLOWERS`), so that common words and amounts do not wake every rule; also the amount
words ("two more weeks", "eight trading days") the count rules share.
"""

from __future__ import annotations

from ..lexicon import NUMBER_WORDS, trie

# The words that can follow "the" in a match of some rule: the engine only tries the rules
# starting with "the" (a sixth of all words in news) where one of these, or a digit, follows.
THE_FOLLOWERS = (
    "past last next this coming previous preceding following current same prior first second "
    "third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty twenty-first final "
    "thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth "  # years of a life
    "latest latter fiscal year-earlier year-ago prior-year year-before comparable corresponding "
    "full quarter period year week weekend end beginning start middle present future near other "
    "new month turn back kalends calends nones ides whole entire "
    "morning afternoon evening night feast eve vigil morrow monday tuesday wednesday thursday "
    "friday saturday sunday "
    "day days weeks months years early late mid spring summer autumn fall winter twenties "
    "thirties forties fifties sixties seventies eighties nineties "
    + " ".join(sorted({w.split()[0] for w in NUMBER_WORDS if w[0] != "a"}))
    + " few several couple many"
    # the weather of a named season: "the hard winter of 1947" (rules.described_seasons)
    + " hard harsh severe bitter cold freezing snowy icy mild wet dry hot warm long great terrible"
    + " dreadful wretched glorious fine scorching sweltering rainy stormy"
).split()


# What can follow the first digit of a match (the engine tries the rules starting with a digit
# only there; most numbers in news are amounts): a four-digit year, a clock or slash date, an
# ordinal, or a number followed by a unit, a month, a clock suffix, an era or "times".
# In lower case only (the trigger search is case-insensitive): the engine reads ASCII text lowered
# with a case-sensitive copy of the search, which an upper-case letter here turns off
# (`scanning.compile_grammar`; "[ivxIVX]" made the search over TBAQ 116 -> 90 ms slower).
_NEXT_WORD = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?"
    r"|years?|decades?|century|centuries|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|a\.?m\b|p\.?m\b|b\.?c|a\.?d\b|c\.?e\b|times|and\s+a\s+half|of\s|o['’]clock"
    r"|(?:more|additional|extra|further|full|straight|consecutive|trading|business|working)\s)"
)
# The words after which a three-digit number may be a year (`rules.early_years`).
EARLY_YEAR_OPENERS = (
    "in by from until till since before after circa c\\. to and between about around of".split()
)
DIGIT_FOLLOWERS = (
    r"\d{3}(?!\d)"  # 1998, 1990s, 1998-99, 2019-10-24
    r"|\d{0,1}[:./]\d"  # 10:30, 10.30 p.m., 10/24/2019
    r"|\d?[.\s-][ivx]{1,4}[.\s-]\d"  # 14.vii.1868, 14.VII.1868 (rules.figure_dates)
    r"|\d{0,1}(?:st|nd|rd|th)\b"  # 24th, 3rd quarter
    rf"|\d{{0,2}}(?:,\d{{3}})*(?:\.\d+)?(?:\s*[-–]\s*|\s+(?:1/2\s+)?|½\s*)?{_NEXT_WORD}"
    rf"|\d{{0,1}}\s*[-–]\s*\d{{1,2}}\s+{_NEXT_WORD}"  # 3-5 October
    # 3 and 4 October, 3, 4 and 5 October (rules.shared_month_days)
    r"|\d?(?:\s*,\s*\d\d?)*\s*,?\s+(?:and|or|&)\s+\d\d?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|\d?\s+(?:this\s+(?:morning|afternoon|evening)|tonight)\b"  # at 7 this morning
    r"|\d?(?:st|nd|rd|th)?\s+(?:and|or|to|until|till)\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"  # between 2 and 4 december
    r"|\d?\s+(?:geo|vict?|eliz|will|gul|car|jac|edw|hen|ric)\."  # 34 geo. iii (regnal_citations)
    r"|(?<=\d{4}[-–]\d)\d(?!\d)"  # the "94" of "(1893–94," (absolute.year_tail)
    # a year of 100-999 after a word that opens a time ("in 793", "by 870"; rules.early_years)
    + "|(?:"
    + "|".join(rf"(?<=\b(?i:{w}) \d)" for w in EARLY_YEAR_OPENERS)
    + r")\d\d(?!\d)"
)


_UNIT_WORD = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|century|centuries)(?!\w)"
)
# "two more weeks", "an additional year", "eight trading days": still that many units.
_AMOUNT_WORD = (
    r"(?:more|additional|extra|further|full|whole|straight|consecutive|trading|business|working)"
)
_AMOUNT = rf"(?:\s+(?i:{_AMOUNT_WORD}))?"
# "the October following", "the Sunday following" (rules.postposed_following)
_NAME_FOLLOWING = (
    r"(?i:(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+following)(?!\w)"
)
# "in 1947, the March." (rules.spoken_months): a month ending its clause
_MONTH_ENDING = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)\s*[.,;:!?]"
)
# "the Christmas before", "the March before" (rules.named_before): a month or feast counted back
_NAMED_BEFORE = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|christmas|easter|boxing\s+day|halloween|thanksgiving|whitsun|pentecost"
    r"|michaelmas|good\s+friday|new\s+year['’]s\s+day)\s+before(?!\w)"
)
# Common words that start some rule's matches only when followed as here (after whitespace):
# the engine tries those rules at such a word only then.
FOLLOWERS = {
    # a trie (tried at every "the" of a text): a flat list tries its hundred words one by one
    "the": rf"['’]?\d|(?:{trie(THE_FOLLOWERS)})(?!\w)|{_NAME_FOLLOWING}|{_MONTH_ENDING}"
    rf"|{_NAMED_BEFORE}",
    "a": r"(?:(?:single|hundred(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?|thousand|few|couple(?:\s+of)?)"
    rf"\s+)?"  # "a hundred and one years"
    rf"(?:{_AMOUNT_WORD}\s+)?{_UNIT_WORD}"
    # "a generation later" (rules.generations), "a quarter of a century" (rules.quarter_amounts)
    r"|(?:later|future)\s+date\b|generation\s|quarter\s+of\s"
    r"|hundred\s+and\s",  # "a hundred and fifty years ago" (lexicon's hundreds and a rest)
    "an": rf"(?:{_AMOUNT_WORD}\s+)?{_UNIT_WORD}",
    "all": r"(?:saints|souls|fools)['’]?\s",  # "All Saints' Day", "All Fools' Day" (rules.holidays)
    "that": r"(?:same\s+(?:morning|afternoon|evening|night)|"  # "that same night"
    r"day|week|month|quarter|year|decade|spring|summer|autumn|fall|winter|morning"
    r"|afternoon|evening|night|january|february|march|april|june|july|august|september|october|november"
    r"|december|may"  # "that May." where it ends its clause (calendar.month_ref)
    # "began work that Easter", "that Michaelmas" (rules.holidays)
    r"|easter|christmas|whitsun|michaelmas|martinmas|candlemas|lady\s+day|midsummer"
    r"|good\s+friday|shrove\s+tuesday|palm\s+sunday|mothering\s+sunday|thanksgiving)(?!\w)",
}
